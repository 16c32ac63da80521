// Partner or Vendor? loader. Paste on a page:
//   <div data-partner-or-vendor data-firm="Acme IT" data-accent="#0b6e4f"></div>
//   <script src="https://assess.example/embed.js" async></script>
// Each marked element gets the app in an iframe, from this script's own origin and path, with
// the element's data- settings in the query (the app checks every one; nothing here is executed
// or inserted as markup). The loader's own settings stay here:
// - data-mode: "inline" (the default: the frame in place of the element, loaded when it comes
//   near the viewport), or an overlay opened on demand, loading the app only then: "popup" (a
//   centred dialog), "slider" (a panel from the edge named by data-side, "right" or "left"),
//   "side-tab" (a fixed tab on that edge opens the slider) or "floating" (a round button in the
//   corner opens a popover);
// - data-button-label: the text of the control the loader draws to open an overlay (a button,
//   the tab, the round button); without it, the page's own elements marked
//   data-partner-or-vendor-open (its value: the widget element's id, or empty for the first
//   overlay) open it, as does window.PartnerOrVendor.open(element?).
// The element dispatches the bubbling events partner-or-vendor:ready, :start, :complete, :open
// and :close. Styles come through the CSS object model, so a strict Content-Security-Policy on
// the page needs nothing for them; nothing moves, so there is no motion to reduce.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src || window.PartnerOrVendor) return;
  var app = new URL("./", script.src);
  var origin = app.origin;
  var host = location.origin;
  var MARK = "data-partner-or-vendor";
  var OPEN = MARK + "-open";
  var MODES = ["inline", "popup", "slider", "side-tab", "floating"];
  // The app's default accent and the text colours on an accent (tests/facts.rs ties them to the
  // app's stylesheet and settings).
  var ACCENT = "#0b5cad";
  var LIGHT = "#ffffff";
  var DARK = "#1b1f24";
  var widgets = [];

  var CSS =
    ".pov-d{border:0;padding:0;margin:auto;width:min(40rem,100vw);height:min(48rem,100dvh);max-width:100vw;max-height:100dvh;overflow:hidden;background:#fff;color:#1b1f24;border-radius:.5rem}" +
    ".pov-d[open]{display:flex;flex-direction:column}" +
    ".pov-d::backdrop{background:#0009}" +
    ".pov-d iframe{flex:1;width:100%;border:0}" +
    ".pov-slider,.pov-side-tab{margin:0 0 0 auto;height:100dvh;width:min(30rem,100vw);border-radius:0}" +
    ".pov-left{margin:0 auto 0 0}" +
    ".pov-floating{margin:auto 1rem 5.5rem auto;width:min(26rem,100vw - 2rem);height:min(40rem,100dvh - 7rem)}" +
    ".pov-bar{display:flex;justify-content:flex-end;border-bottom:1px solid #d0d7de}" +
    ".pov-x{font:inherit;font-size:1.5rem;line-height:1;min-width:44px;min-height:44px;border:0;background:none;color:inherit;cursor:pointer}" +
    ".pov-t{font:inherit;font-weight:600;cursor:pointer;border:2px solid var(--pov-accent);border-radius:.5rem;padding:.6rem 1.2rem;min-height:44px;background:var(--pov-accent);color:var(--pov-on);z-index:2147483000}" +
    ".pov-t-side-tab{position:fixed;top:50%;right:0;transform:translateY(-50%);writing-mode:vertical-rl;border-radius:.5rem 0 0 .5rem;padding:1rem .6rem}" +
    ".pov-t-side-tab.pov-left{right:auto;left:0;transform:translateY(-50%) rotate(180deg)}" +
    ".pov-t-floating{position:fixed;right:1rem;bottom:1rem;min-width:3.5rem;min-height:3.5rem;border-radius:999px;box-shadow:0 .25rem 1rem #0005}" +
    "@media (max-width:30rem){.pov-d{margin:0;width:100vw;height:100dvh;border-radius:0}}";

  function warn(message) {
    console.warn("Partner or Vendor?: " + message);
  }

  function emit(widget, type, detail) {
    widget.element.dispatchEvent(
      new CustomEvent("partner-or-vendor:" + type, { bubbles: true, detail: detail || {} })
    );
  }

  // The app's rule for an accent (src/model/settings, check_accent; tests/facts.rs runs both on
  // the same values): #rgb or #rrggbb, trimmed, with the text colour that contrasts more (light
  // on a tie), as [colour, text]; nothing when even that one stays under 4.5:1 (WCAG 2 AA).
  function accentOf(value) {
    value = value.trim();
    if (/^#[0-9a-f]{3}$/i.test(value)) value = value.replace(/[0-9a-f]/gi, "$&$&");
    if (!/^#[0-9a-f]{6}$/i.test(value)) return;
    // A ratio is (lighter + 0.05) / (darker + 0.05); nothing is lighter than LIGHT.
    var accent = luminance(value) + 0.05;
    var dark = luminance(DARK) + 0.05;
    var light = (luminance(LIGHT) + 0.05) / accent;
    dark = accent > dark ? accent / dark : dark / accent;
    var on = light >= dark ? light >= 4.5 && LIGHT : dark >= 4.5 && DARK;
    return on && [value, on];
  }

  // Relative luminance of #rrggbb (WCAG 2).
  function luminance(hex) {
    var sum = 0;
    for (var i = 0; i < 3; i++) {
      var c = parseInt(hex.substr(1 + 2 * i, 2), 16) / 255;
      c = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      sum += c * [0.2126, 0.7152, 0.0722][i];
    }
    return sum;
  }

  // The frame, with the element's settings of the app: only those (the app's
  // src/model/settings names them; tests/facts.rs keeps the two lists equal), so a firm's own
  // data- attributes on the element (data-user-email and the like) never reach the app's server log.
  var SETTINGS = /^data-(firm|accent|logo|cta-url|cta-label|cta-text|lens|form|lang|benchmark|cta-(url|label|text)-[a-z0-9-]+)$/;
  function frame(widget) {
    var element = widget.element;
    var query = new URLSearchParams();
    for (var i = 0; i < element.attributes.length; i++) {
      var name = element.attributes[i].name;
      if (SETTINGS.test(name)) query.append(name.slice(5), element.attributes[i].value);
      else if (/^data-(?!(mode|side|button-label|partner-or-vendor)$)/.test(name)) warn(name.slice(0, 60) + " is not a setting; not passed on");
    }
    // The app posts only to this origin; an opaque one (a file:// page) gets no messages.
    if (host !== "null") query.set("host", host);
    var iframe = document.createElement("iframe");
    // Through the CSS object model, which a strict policy on the page allows.
    if (widget.mode === "inline") iframe.style.cssText = "width:100%;height:640px;border:0;display:block";
    iframe.src = app.href + "?" + query.toString();
    // A neutral title until the app, which checks the firm's name, sends its own in the
    // visitor's language.
    iframe.title = "Partner or Vendor?";
    iframe.setAttribute("allow", "clipboard-write; web-share");
    widget.frame = iframe;
    return iframe;
  }

  // The overlay's dialog, made (and the app loaded) on first use.
  function dialog(widget) {
    if (widget.dialog) return widget.dialog;
    var d = document.createElement("dialog");
    d.className = "pov-d pov-" + widget.mode + (widget.left ? " pov-left" : "");
    d.setAttribute("aria-label", "Partner or Vendor?");
    var bar = document.createElement("div");
    bar.className = "pov-bar";
    var close = document.createElement("button");
    close.type = "button";
    close.className = "pov-x";
    close.textContent = "\u00d7";
    close.setAttribute("aria-label", /^de/i.test(widget.element.getAttribute("data-lang") || document.documentElement.lang) ? "Schlie\u00dfen" : "Close");
    close.addEventListener("click", function () {
      shut(widget);
    });
    bar.appendChild(close);
    d.append(bar, frame(widget));
    // Escape on the page's side closes the dialog by itself. (The event comes a task later:
    // by then the dialog may have been opened again.)
    d.addEventListener("close", function () {
      if (!d.open) closed(widget);
    });
    document.body.appendChild(d);
    widget.dialog = d;
    return d;
  }

  function shut(widget) {
    if (widget.dialog && widget.dialog.open) widget.dialog.close();
    closed(widget);
  }

  // After the dialog closed, however it did (once): the page scrolls again, focus goes back to
  // what opened it, and the page hears of it at once.
  function closed(widget) {
    if (!widget.shown) return;
    widget.shown = false;
    if (!widgets.some(function (w) { return w.shown; })) {
      document.documentElement.style.overflow = widget.overflow || "";
    }
    var opener = widget.opener;
    widget.opener = null;
    if (opener && opener.isConnected && opener.focus) opener.focus();
    emit(widget, "close");
  }

  function open(widget, opener) {
    if (widget.mode === "inline") {
      widget.element.scrollIntoView();
      return;
    }
    var d = dialog(widget);
    if (d.open) return;
    widget.opener = opener || document.activeElement;
    widget.overflow = document.documentElement.style.overflow;
    d.showModal();
    widget.shown = true;
    document.documentElement.style.overflow = "hidden";
    emit(widget, "open");
  }

  // The overlays' styles, adopted with the first overlay: a page with inline widgets only is
  // spared the style pass over the whole page that a new stylesheet costs.
  var styled = false;
  function style() {
    if (styled) return;
    styled = true;
    // A browser without constructable or adopted stylesheets throws here.
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    } catch (e) {
      // Unstyled overlays still open, close and hold the app.
    }
  }

  function mount(element) {
    if (element.partnerOrVendor) return;
    var mode = element.getAttribute("data-mode") || "inline";
    if (MODES.indexOf(mode) < 0) {
      warn('data-mode "' + mode.slice(0, 40) + '" is not one of ' + MODES.join(", ") + "; shown inline");
      mode = "inline";
    }
    var side = element.getAttribute("data-side");
    if (side && side !== "left" && side !== "right") warn('data-side "' + side.slice(0, 40) + '" is not left or right; right it is');
    var widget = { element: element, mode: mode, left: side === "left" };
    element.partnerOrVendor = widget;
    widgets.push(widget);
    if (mode === "inline") {
      // The frame is made when the element comes within a screen or two of the viewport:
      // even a lazy frame costs the page a browsing context of its own as soon as it exists.
      var near = new IntersectionObserver(function (entries) {
        // One element observed: its newest record says where it is now.
        if (entries.pop().isIntersecting) {
          near.disconnect();
          element.replaceChildren(frame(widget));
        }
      }, { rootMargin: "1500px 0px" });
      near.observe(element);
      return;
    }
    style();
    var label = (element.getAttribute("data-button-label") || "").trim().slice(0, 80);
    if (!label) return;
    // The firm's accent where the app takes it, else the app's default.
    var accent = element.getAttribute("data-accent") || ACCENT;
    var colours = accentOf(accent);
    if (!colours) {
      warn('data-accent "' + accent.slice(0, 40) + '" is not a colour text reads on at 4.5:1; the default it is');
      colours = accentOf(ACCENT);
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "pov-t pov-t-" + mode + (widget.left ? " pov-left" : "");
    button.textContent = label;
    button.style.setProperty("--pov-accent", colours[0]);
    button.style.setProperty("--pov-on", colours[1]);
    // An opener like the page's own: the page-wide listeners open it on a click and load the
    // app ahead on hover or focus, and it names its widget by being inside it.
    button.setAttribute(OPEN, "");
    element.replaceChildren(button);
  }

  // The widget an opener or a call names: a widget's element (or one inside it), the element an
  // opener's id names, or else the first overlay.
  function find(target) {
    for (var node = target; node && node.nodeType === 1; node = node.parentNode) {
      if (node.partnerOrVendor) return node.partnerOrVendor;
    }
    var id = target && target.getAttribute && target.getAttribute(OPEN);
    var named = id && document.getElementById(id);
    if (named && named.partnerOrVendor) return named.partnerOrVendor;
    return (
      widgets.filter(function (w) {
        return w.mode !== "inline";
      })[0] || widgets[0]
    );
  }

  function scan() {
    document.querySelectorAll("[" + MARK + "]").forEach(mount);
  }

  window.PartnerOrVendor = {
    open: function (element) {
      scan();
      var widget = find(element);
      if (widget) open(widget);
    },
    close: function () {
      widgets.forEach(shut);
    },
  };

  // The page's opener (or the loader's button) an event came from, if any.
  function openerOf(event) {
    return event.target.closest && event.target.closest("[" + OPEN + "]");
  }

  document.addEventListener("click", function (event) {
    var from = openerOf(event);
    if (!from) return;
    scan();
    var widget = find(from);
    if (!widget) return warn("nothing to open: no element marked " + MARK);
    event.preventDefault();
    open(widget, from);
  });
  // The page's own openers load the app ahead of the click, too.
  function prefetch(event) {
    var from = openerOf(event);
    var widget = from && find(from);
    if (widget && widget.mode !== "inline") dialog(widget);
  }
  document.addEventListener("pointerover", prefetch);
  document.addEventListener("focusin", prefetch);

  window.addEventListener("message", function (event) {
    // Only the app's origin, and only from the window of one of our own frames.
    if (event.origin !== origin) return;
    var widget = widgets.filter(function (w) {
      return w.frame && w.frame.contentWindow === event.source;
    })[0];
    var data = event.data;
    if (!widget || !data || data.partnerOrVendor !== 1) return;
    var type = data.type;
    if (type === "height") {
      // Anything but a positive number is ignored; the ceiling takes the rest.
      if (widget.mode === "inline" && data.height > 0) {
        widget.frame.style.height = Math.min(Math.ceil(data.height), 100000) + "px";
      }
    } else if (type === "title" && typeof data.title === "string") {
      widget.frame.title = data.title.slice(0, 200);
      if (widget.dialog) widget.dialog.setAttribute("aria-label", widget.frame.title);
    } else if (type === "escape") {
      shut(widget);
    } else if (/^(ready|start|step|complete|cta)$/.test(type)) {
      // Passed on as events, with the detail step, complete and cta carry.
      emit(widget, type, data.detail);
    }
  });

  scan();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  // Widgets added later (by a page's own scripts) are mounted too. (Every browser with the
  // IntersectionObserver the inline widgets need has this one.)
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
