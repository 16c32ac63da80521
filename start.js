// Starts a page's app: the assessment (`start.js`), the configurator (`start.js?app=configure`)
// or the team view (`start.js?app=team`).
// A file of its own rather than an inline script, so the pages run under a
// Content-Security-Policy without 'unsafe-inline'; paths are relative so any sub-path works.
const page = new URL(import.meta.url).searchParams.get("app");
const name = page === "configure" || page === "team" ? page : "partner-or-vendor";
// Each page's JS glue and wasm. The release names every file by its content
// (scripts/hash-assets.mjs writes the names it gives them into these strings), so this file
// names exactly the glue and wasm of its own release.
const APPS = {
  "partner-or-vendor": ["./partner-or-vendor.js", "./partner-or-vendor_bg.wasm"],
  configure: ["./configure.js", "./configure_bg.wasm"],
  team: ["./team.js", "./team_bg.wasm"],
};
const root = document.getElementById("app");
// The line comparing a result with the firm's norms file: its module is fetched only when the
// assessment first asks for it (src/app/hooks/benchmark.rs).
globalThis.partnerOrVendorBenchmark = (request) => import("./benchmark.js").then((m) => m.show(request));
// The assessment's address `#/team` is the team view's page (a binary of its own).
if (name === "partner-or-vendor" && location.hash === "#/team") location.replace(`team.html${location.search}`);
// The wasm is fetched from here, not named in the page: a preload would start its download
// before the first paint, where Lighthouse's simulation counts it as something the largest
// paint waited for (1.66 s against 0.97 s in the bench, the preload's low priority
// notwithstanding). Asked for before the rest of this module runs, so the download starts sooner.
const wasm = fetch(new URL(APPS[name][1], import.meta.url));

// The language the app will choose (the firm's `lang` setting, else the browser's first
// preference it has), for the few words shown before it is here.
// As the app chooses (src/model/settings/language.rs, tied by tests/facts.rs): a `lang` setting
// counts only when it names one of these exactly (in the address, else in the deployment's
// <meta name=partner-or-vendor>); the browser's preferences by their primary subtag.
const LANGUAGES = ["en", "de"];
const query = new URLSearchParams(location.search);
const deployed = new URLSearchParams(document.querySelector("meta[name=partner-or-vendor]")?.content ?? "");
const setting = [query.get("lang"), deployed.get("lang")]
  .map((code) => (code ?? "").trim().toLowerCase())
  .find((code) => LANGUAGES.includes(code));
const preferred = (navigator.languages ?? [])
  .map((code) => code.split(/[-_]/)[0].toLowerCase())
  .find((code) => LANGUAGES.includes(code));
const german = (setting ?? preferred) === "de";
// A German visitor's part of the catalog, which the app fetches before its first view, is asked
// for now too (a preload the app's own request then finds).
const lens = (query.get("lens") ?? deployed.get("lens"))?.trim();
if (name === "partner-or-vendor" && german && lens !== "provider") {
  const part = document.createElement("link");
  part.rel = "preload";
  part.as = "fetch";
  part.crossOrigin = "anonymous";
  part.href = new URL("./questionnaire.client.de.bin", import.meta.url).href;
  document.head.append(part);
}
// Framed by the loader, Escape anywhere in the app asks the page to close an overlay (the
// frame is another origin, so the page cannot see the key itself); the page ignores it for a
// widget shown inline.
// Posted only to an exact origin, as the app checks it (never "*").
const host = query.get("host");
let exact = false;
try {
  exact = new URL(host).origin === host;
} catch {
  // Not an address: the app warns about the setting and posts nothing either.
}
if (exact && parent !== window) {
  addEventListener("keydown", (event) => {
    if (event.key === "Escape") parent.postMessage({ partnerOrVendor: 1, type: "escape" }, host);
  });
}
// The shipped policy enforces Trusted Types: a script's address (the service worker's, the
// message for a browser without WebAssembly) must come through the policy it names, which passes
// only this release's own files.
const trusted = globalThis.trustedTypes?.createPolicy("partner-or-vendor", {
  createScriptURL: (url) => {
    const own = new URL(url, import.meta.url);
    if (own.origin !== location.origin || !/^(sw|nomodule(\.[0-9a-f]{8})?)\.js$/.test(own.pathname.split("/").pop())) {
      throw new TypeError(`not one of the app's own scripts: ${url}`);
    }
    return own.href;
  },
});
const scriptURL = (url) => (trusted ? trusted.createScriptURL(url) : url);
const loading = german ? "Die Frage wird geladen\u00a0…" : "Loading the question…";

// Until the app is here, an address that names a question (the static intro's Start followed,
// or a reload on question 3) shows a calm loading state in place of the intro; the app opens
// that question when it mounts. Focus follows a Start that was followed, so keyboard and
// screen-reader users land where the question will appear.
const intro = root?.querySelector(".intro[data-static]");
if (intro) {
  const pending = document.createElement("section");
  pending.className = "pending";
  const heading = document.createElement("h1");
  heading.tabIndex = -1;
  const status = document.createElement("p");
  status.className = "loading";
  status.setAttribute("role", "status");
  pending.append(heading, status);
  const first = firstQuestion();
  const follow = (moved) => {
    if (!intro.isConnected && !pending.isConnected && !first?.isConnected) return; // the app owns the page
    const question = /^#\/q\/([1-9][0-9]{0,3})$/.exec(location.hash);
    const shown = question?.[1] === "1" && first ? first : question ? pending : intro;
    if (question && shown === pending) {
      heading.textContent = german ? `Frage ${question[1]}` : `Question ${question[1]}`;
      status.textContent = loading;
    }
    const current = [intro, pending, first].find((part) => part?.isConnected);
    if (current !== shown) current.replaceWith(shown);
    if (moved && shown !== intro) shown.querySelector("h1").focus();
  };
  addEventListener("hashchange", () => follow(true));
  follow(false);
}

// Question 1 as the app draws it, from the page's template in the visitor's language: shown for
// Start followed before the app is here, so the visitor can read and answer it at once. When the
// app mounts, the answer chosen here is chosen again in the app (and Next, if it was pressed), and
// focus goes back to the answer it was on. Not for a firm's provider lens (another questionnaire)
// nor over saved progress (the app shows those answers).
function firstQuestion() {
  const template = [...document.querySelectorAll("template[data-first-question]")].find(
    (template) => template.content.firstElementChild?.lang === (german ? "de" : "en"),
  );
  if (!template || query.get("lens") === "provider") return null;
  try {
    if (localStorage.getItem(template.dataset.saved) !== null) return null;
  } catch {
    // Storage blocked: nothing saved to show.
  }
  const shown = template.content.firstElementChild.cloneNode(true);
  const form = shown.querySelector("form");
  let next = false;
  // What had focus last (nothing else on the page can take it while this is shown).
  let focused = null;
  shown.addEventListener("focusin", (event) => (focused = event.target.id));
  // Submitted only with an answer chosen (the group is required; the browser says so).
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    next = true;
    form.querySelector("[role=status]").textContent = loading;
  });
  // The app replaces the page's content when it mounts; once it has drawn its view, do again
  // what the visitor did here (the app's radios have the same ids).
  const own = (id) => document.getElementById(id ?? "");
  const observer = new MutationObserver(() => {
    if (shown.isConnected || !root.querySelector(".app")) return;
    observer.disconnect();
    setTimeout(() => {
      const chosen = own(form.querySelector("input:checked")?.id);
      chosen?.click();
      own(focused)?.focus();
      if (next) chosen?.form?.requestSubmit();
    });
  });
  observer.observe(root, { childList: true });
  return shown;
}

// The app starts once the page's first paint is reported (or after a second in a tab or frame
// that does not paint), so the static intro is what the page paints first and the app's
// identical intro replaces it later. Replaced sooner, the app's would be the largest paint.
new Promise((painted) => {
  new PerformanceObserver(painted).observe({ type: "paint", buffered: true });
  setTimeout(painted, 1000);
})
  .then(() => import(APPS[name][0]))
  .then(({ default: init }) => init({ module_or_path: wasm }))
  .then(() => name === "partner-or-vendor" && offline())
  .catch((error) => {
    console.error("Partner or Vendor? could not start:", error);
    // A browser with WebAssembly turned off is told so by nomodule.js (fetched only then), since
    // a reload would not help.
    if (typeof WebAssembly !== "object") {
      const script = document.createElement("script");
      script.src = scriptURL(new URL("./nomodule.js", import.meta.url).href);
      document.head.append(script);
    } else if (root) {
      const message = document.createElement("p");
      message.className = "error-message";
      message.setAttribute("role", "alert");
      // The same texts as `start_failed` in src/app/text (tests/facts.rs checks them): the
      // app that holds the texts is what could not start.
      message.textContent = german
        ? "Die Einschätzung konnte in diesem Browser nicht starten. Bitte laden Sie die Seite neu oder verwenden Sie einen aktuellen Browser."
        : "The assessment could not start in this browser. Please reload the page, or try an up-to-date browser.";
      root.replaceChildren(message);
    }
  });

// Once the assessment runs, its service worker (sw.js) is registered, so that a later visit
// opens and finishes without a connection. A host turns it off by not serving sw.js: a worker
// found missing while online is removed. Whatever fails here leaves the app as it is.
function offline() {
  const workers = navigator.serviceWorker;
  if (!workers) return;
  const script = new URL("./sw.js", import.meta.url);
  const remove = () => navigator.onLine && workers.getRegistration(new URL("./", script).href).then((r) => r?.unregister());
  workers
    .register(scriptURL(script.href))
    .then((registration) => registration.update())
    .catch(() => remove())
    .catch(() => {});
}
