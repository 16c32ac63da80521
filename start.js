// Starts the app. A file of its own rather than an inline script, so the page runs under a
// Content-Security-Policy without 'unsafe-inline'; paths are relative so any sub-path works.
import init from "./partner-or-vendor.js";

init({ module_or_path: new URL("./partner-or-vendor_bg.wasm", import.meta.url) }).catch((error) => {
  console.error("Partner or Vendor? could not start:", error);
  const root = document.getElementById("app");
  if (root) {
    const message = document.createElement("p");
    message.className = "error-message";
    message.setAttribute("role", "alert");
    message.textContent =
      "The assessment could not start in this browser. Please reload the page, or try an up-to-date browser.";
    root.replaceChildren(message);
  }
});
