// Starts a page's app: the assessment (`start.js`) or the configurator (`start.js?app=configure`).
// A file of its own rather than an inline script, so the pages run under a
// Content-Security-Policy without 'unsafe-inline'; paths are relative so any sub-path works.
const name =
  new URL(import.meta.url).searchParams.get("app") === "configure" ? "configure" : "partner-or-vendor";
const root = document.getElementById("app");

// The language the app will choose (the firm's `lang` setting, else the browser's first
// preference it has), for the few words shown before it is here.
const german = [new URLSearchParams(location.search).get("lang"), ...(navigator.languages ?? [])]
  .map((code) => (code ?? "").toLowerCase().slice(0, 2))
  .find((code) => code === "en" || code === "de") === "de";

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
  const follow = (moved) => {
    if (!intro.isConnected && !pending.isConnected) return; // the app is here and owns the page
    const question = /^#\/q\/([1-9][0-9]{0,3})$/.exec(location.hash);
    if (question) {
      heading.textContent = german ? `Frage ${question[1]}` : `Question ${question[1]}`;
      status.textContent = german ? "Die Frage wird geladen\u00a0…" : "Loading the question…";
      if (intro.isConnected) intro.replaceWith(pending);
      if (moved) heading.focus();
    } else if (pending.isConnected) {
      pending.replaceWith(intro);
    }
  };
  addEventListener("hashchange", () => follow(true));
  follow(false);
}

import(`./${name}.js`)
  .then(({ default: init }) => init({ module_or_path: new URL(`./${name}_bg.wasm`, import.meta.url) }))
  .catch((error) => {
    console.error("Partner or Vendor? could not start:", error);
    if (root) {
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
