// The app's service worker: after a first visit, the assessment opens and finishes without a
// connection. Registered by start.js; never needed for the app to work.
//
// The release's build (scripts/hash-assets.mjs) writes this release's file names into SHELL and
// its id into RELEASE, so each release has a worker and a cache of its own. A new release's
// worker fetches its whole shell before it may take over, and takes over only once no page of
// the release before is open (no skipWaiting): an open tab keeps its own release, whole.
//
// Only this release's own files and pages are looked at; anything else (a firm's page, its
// logo, a link out, another application's pages or scripts under the same path) goes to the
// network untouched and is never kept.
const RELEASE = "release-dev";
// This release's content-named files and its pages, written by the build like RELEASE after the
// list's first word (none in a development build, where every content-named name and page in
// the scope counts).
const FILES = "files-dev".split(" ").slice(1);
const PAGES = "pages-dev".split(" ").slice(1);
// The assessment's first load (its page carries its stylesheet). Installing after that load, the
// worker finds these in the browser's HTTP cache (the named files are kept for a year), so they
// are not fetched twice.
const SHELL = ["./", "start.js", "partner-or-vendor.js", "partner-or-vendor_bg.wasm", "favicon.svg"];
const SCOPE = self.registration.scope;
// Several deployments can share an origin (each on its own sub-path): each cache is named by
// its scope, and a release removes only its own scope's older caches.
const PREFIX = `partner-or-vendor ${SCOPE} `;
const CACHE = PREFIX + RELEASE;
// Files named by their content never change, so a copy in the cache is as good as the network.
const NAMED = /\.[0-9a-f]{8}\.(js|wasm|css|svg|bin|png|jpg)$/;
// How long a page may take from the network before a kept copy is shown instead.
const PATIENCE_MS = 4000;

/** The address relative to the scope, when it is one of this release's content-named files or
 *  pages: `"file"`, `"page"`, or `undefined` for anything else. */
function kind(url) {
  const name = url.href.slice(SCOPE.length).split(/[?#]/)[0];
  if (FILES.length ? FILES.includes(name) : NAMED.test(name)) return "file";
  if (name === "" || (PAGES.length ? PAGES.includes(name) : name.endsWith(".html"))) return "page";
  return undefined;
}

/** A response that may be kept: whole, from this origin, and not marked `no-store`. */
const keepable = (response) =>
  response.ok && response.type === "basic" && !response.redirected && !/no-store/i.test(response.headers.get("cache-control") ?? "");

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
  const what = kind(url);
  if (what === "file") {
    event.respondWith(named(request));
  } else if (what === "page" && request.mode === "navigate") {
    event.respondWith(page(request, url, event));
  }
  // Anything else (embed.js, this file, what is not this release's) goes to the network as it
  // would without a worker.
});

/** A file named by its content: from this release's cache, else fetched and kept (a part of
 *  the catalog, or the team view's files once a visitor opens it). */
async function named(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (keepable(response)) await cache.put(request, response.clone()).catch(() => {});
  return response;
}

/** A page: from the network (so an upgrade shows at once), kept for when there is none;
 *  offline, or when the network takes longer than PATIENCE_MS and a copy is kept, the kept
 *  copy (the network's answer still updates it), and for a page never kept, the assessment's
 *  own. */
async function page(request, url, event) {
  const cache = await caches.open(CACHE);
  const key = url.origin + url.pathname;
  const own = key === SCOPE || key === `${SCOPE}index.html`;
  const kept = async () =>
    (await cache.match(key, { ignoreVary: true })) ?? (own ? await cache.match(SCOPE, { ignoreVary: true }) : undefined);
  const network = fetch(request).then(async (response) => {
    if (keepable(response)) await cache.put(key, response.clone()).catch(() => {});
    return response;
  });
  event.waitUntil(network.catch(() => {}));
  const slow = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS, "slow"));
  const first = await Promise.race([network.catch(() => "offline"), slow]);
  if (first instanceof Response) return first;
  const copy = await kept();
  if (copy) return copy;
  // Nothing kept: wait for the network after all (or fail as the network does).
  return network;
}
