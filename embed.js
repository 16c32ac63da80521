// Partner or Vendor? loader. Paste on a page:
//   <div data-partner-or-vendor data-firm="Acme IT" data-accent="#0b6e4f"></div>
//   <script src="https://assess.example/embed.js" async></script>
// Each marked element gets an iframe of the app, from this script's own origin and path, with the
// element's data- settings in the query (the app checks every one; nothing here is executed or
// inserted as markup). The frame takes its content's height, and the element dispatches the
// bubbling events partner-or-vendor:ready, partner-or-vendor:start and partner-or-vendor:complete.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src || window.URL === undefined) return;
  var app = new URL("./", script.src);
  var origin = app.origin;
  var host = location.origin;
  var marker = "data-partner-or-vendor";
  var frames = []; // [{ frame, element }]

  function mount(element) {
    if (element.partnerOrVendorFrame) return;
    var query = new URLSearchParams();
    for (var i = 0; i < element.attributes.length; i++) {
      var attribute = element.attributes[i];
      if (attribute.name.indexOf("data-") === 0 && attribute.name !== marker) {
        query.append(attribute.name.slice(5), attribute.value);
      }
    }
    // The app posts only to this origin; an opaque one (a file:// page) gets no messages.
    if (host && host !== "null") query.set("host", host);
    var frame = document.createElement("iframe");
    frame.src = app.href + "?" + query.toString();
    // A neutral title until the app, which checks the firm's name, sends its own in the
    // visitor's language.
    frame.title = "Partner or Vendor?";
    frame.setAttribute("allow", "clipboard-write; web-share");
    frame.style.width = "100%";
    frame.style.height = "640px";
    frame.style.border = "0";
    frame.style.display = "block";
    element.partnerOrVendorFrame = frame;
    frames.push({ frame: frame, element: element });
    element.replaceChildren(frame);
  }

  function scan() {
    var elements = document.querySelectorAll("[" + marker + "]");
    for (var i = 0; i < elements.length; i++) mount(elements[i]);
  }

  window.addEventListener("message", function (event) {
    // Only the app's origin, and only from the window of one of our own frames.
    if (event.origin !== origin) return;
    var entry = null;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].frame.contentWindow === event.source) entry = frames[i];
    }
    var data = event.data;
    if (!entry || !data || data.partnerOrVendor !== 1 || typeof data.type !== "string") return;
    if (data.type === "height") {
      var height = Number(data.height);
      if (isFinite(height) && height > 0) {
        entry.frame.style.height = Math.min(Math.ceil(height), 100000) + "px";
      }
    } else if (data.type === "title" && typeof data.title === "string") {
      entry.frame.title = data.title.slice(0, 200);
    } else if (data.type === "ready" || data.type === "start" || data.type === "complete") {
      var detail = data.type === "complete" ? data.detail : {};
      entry.element.dispatchEvent(
        new CustomEvent("partner-or-vendor:" + data.type, { bubbles: true, detail: detail })
      );
    }
  });

  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  // Widgets added later (by a page's own scripts) are mounted too.
  if (window.MutationObserver) {
    new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
