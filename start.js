// Starts a page's app: the assessment (`start.js`) or the configurator (`start.js?app=configure`).
// A file of its own rather than an inline script, so the pages run under a
// Content-Security-Policy without 'unsafe-inline'; paths are relative so any sub-path works.
const name =
  new URL(import.meta.url).searchParams.get("app") === "configure" ? "configure" : "partner-or-vendor";

import(`./${name}.js`)
  .then(({ default: init }) => init({ module_or_path: new URL(`./${name}_bg.wasm`, import.meta.url) }))
  .catch((error) => {
    console.error("Partner or Vendor? could not start:", error);
    const root = document.getElementById("app");
    if (root) {
      const message = document.createElement("p");
      message.className = "error-message";
      message.setAttribute("role", "alert");
      // The same texts as `start_failed` in src/app/text.rs (tests/facts.rs checks them): the
      // app that holds the texts is what could not start.
      const german = (navigator.language || "").toLowerCase().startsWith("de");
      message.textContent = german
        ? "Die Einschätzung konnte in diesem Browser nicht starten. Bitte laden Sie die Seite neu oder verwenden Sie einen aktuellen Browser."
        : "The assessment could not start in this browser. Please reload the page, or try an up-to-date browser.";
      root.replaceChildren(message);
    }
  });
