// The app's service worker: after a first visit, the assessment opens and finishes without a
// connection. Registered by start.js; never needed for the app to work.
//
// The release's build (scripts/hash-assets.mjs) writes this release's file names into SHELL and
// its id into RELEASE, so each release has a worker and a cache of its own. A new release's
// worker fetches its whole shell before it may take over, and takes over only once no page of
// the release before is open (no skipWaiting): an open tab keeps its own release, whole.
//
// Only requests in the worker's own scope on its own origin are looked at; anything else (a
// firm's page, its logo, a link out) goes to the network untouched.
const RELEASE = "release-dev";
// The assessment's first load. Installing after that load, the worker finds these in the
// browser's HTTP cache (the named files are kept for a year), so they are not fetched twice.
const SHELL = ["./", "start.js", "partner-or-vendor.js", "partner-or-vendor_bg.wasm", "main.css", "favicon.svg"];
const SCOPE = self.registration.scope;
// Several deployments can share an origin (each on its own sub-path): each cache is named by
// its scope, and a release removes only its own scope's older caches.
const PREFIX = `partner-or-vendor ${SCOPE} `;
const CACHE = PREFIX + RELEASE;
// Files named by their content never change, so a copy in the cache is as good as the network.
const NAMED = /\.[0-9a-f]{8}\.(js|wasm|css|svg|bin)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)))),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  if (NAMED.test(url.pathname)) {
    event.respondWith(named(request));
  } else if (request.mode === "navigate") {
    event.respondWith(page(request, url));
  }
  // Anything else (embed.js, this file) goes to the network as it would without a worker.
});

/** A file named by its content: from this release's cache, else fetched and kept (a part of
 *  the catalog, or the team view's files once a visitor opens it). */
async function named(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") await cache.put(request, response.clone()).catch(() => {});
  return response;
}

/** A page: from the network (so an upgrade shows at once), kept for when there is none;
 *  offline, the kept copy, and for a page never kept, the assessment's own. */
async function page(request, url) {
  const cache = await caches.open(CACHE);
  const key = url.origin + url.pathname;
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) await cache.put(key, response.clone()).catch(() => {});
    return response;
  } catch (offline) {
    const own = key === SCOPE || key === `${SCOPE}index.html`;
    const kept = (await cache.match(key, { ignoreVary: true })) ?? (own ? await cache.match(SCOPE, { ignoreVary: true }) : undefined);
    if (kept) return kept;
    throw offline;
  }
}
