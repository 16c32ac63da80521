// Says why the assessment cannot run in this browser, in place of the page's content. Run by
// browsers that cannot run JavaScript modules (a `<script nomodule>` on each page), where
// start.js and so the app never run, and loaded by start.js in a browser with WebAssembly turned
// off (Lockdown Mode on an iPhone, some company settings), where a reload would not help.
// Written for the oldest of them (ES5, ASCII); no other browser fetches it.
(function () {
  var root = document.getElementById("app");
  if (!root) return;
  var lang = /[?&]lang=([a-z]{2})/i.exec(location.search);
  var german = /^de/i.test(lang ? lang[1] : navigator.language || navigator.userLanguage || "");
  var modules = "noModule" in document.createElement("script");
  var text = modules
    ? german
      ? "Die Einsch\u00e4tzung ben\u00f6tigt WebAssembly, das in diesem Browser ausgeschaltet ist (etwa durch den Blockierungsmodus auf Apple-Ger\u00e4ten oder durch Vorgaben Ihres Unternehmens). Bitte \u00f6ffnen Sie die Seite auf einem anderen Ger\u00e4t, deaktivieren Sie den Blockierungsmodus f\u00fcr diese Website oder erlauben Sie WebAssembly f\u00fcr diese Website."
      : "The assessment needs WebAssembly, which is turned off in this browser (for example by Lockdown Mode on Apple devices, or by company settings). Please open the page on another device, turn off Lockdown Mode for this website, or allow WebAssembly for this site."
    : german
    ? "Dieser Browser ist zu alt f\u00fcr die Einsch\u00e4tzung. Bitte \u00f6ffnen Sie die Seite in einem aktuellen Browser."
    : "This browser is too old for the assessment. Please open the page in an up-to-date browser.";
  var message = document.createElement("p");
  message.className = "error-message";
  message.setAttribute("role", "alert");
  message.appendChild(document.createTextNode(text));
  while (root.firstChild) root.removeChild(root.firstChild);
  root.appendChild(message);
})();
