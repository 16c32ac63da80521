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
//   overlay) open it, as does window.PartnerOrVendor.open(element?);
// - data-forward-params (the host page's campaign tags passed on to the call to action),
//   data-datalayer (the events pushed into window.dataLayer too), data-open-after (an overlay
//   opened by itself: after seconds, a share of the page scrolled, or on leaving) and
//   data-show-once (never again by itself once closed).
// This file holds what every widget needs: the frames, the messages and the page's openers.
// What only some widgets need (the overlays' dialogs, buttons and styles, and the four
// settings above) is in its companion, embed-more.js, fetched from beside this file the first
// time a widget needs it, checked against the integrity the build writes in here, and named by
// its content, so a pinned loader (embed.<hash>.js) always gets the companion it was built with.
// The element dispatches the bubbling events partner-or-vendor:ready, :start, :step, :complete,
// :cta, :open and :close. Styles come through the CSS object model, so a strict
// Content-Security-Policy on the page needs nothing for them; nothing moves, so there is no
// motion to reduce. window.PartnerOrVendor.destroy() undoes all of it, for single-page sites.
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
  var widgets = [];
  // What destroy() runs to take back what the loader (and its companion) added to the page.
  var undo = [];
  // What the companion gets: the widgets and helpers, and in their place of the no-ops below,
  // its own functions once it has run (if it cannot be loaded, the no-ops stay: inline widgets
  // still work).
  var nothing = function () {};
  var kit = { widgets: widgets, undo: undo, emit: emit, warn: warn, frame: frame, on: on, mount: nothing, open: nothing, shut: nothing, dialog: nothing, forward: nothing };
  // Calls waiting for the companion; null once it has run (or failed to load).
  var waiting;

  function warn(message) {
    console.warn("Partner or Vendor?: " + message);
  }

  function emit(widget, type, detail) {
    widget.element.dispatchEvent(
      new CustomEvent("partner-or-vendor:" + type, { bubbles: true, detail: detail || {} })
    );
  }

  // A listener that destroy() removes again.
  function on(target, type, listener, options) {
    target.addEventListener(type, listener, options);
    undo.push(function () {
      target.removeEventListener(type, listener, options);
    });
  }

  // Runs `then` once the companion has run, fetching it the first time.
  function more(then) {
    if (waiting === null) return then();
    if (waiting) return waiting.push(then);
    waiting = [then];
    var s = document.createElement("script");
    s.onerror = function () {
      warn("embed-more.js could not be loaded; overlays and their settings are off");
      s.onload();
    };
    s.onload = function () {
      var calls = waiting;
      waiting = null;
      calls.forEach(function (call) {
        call();
      });
    };
    // The build writes the companion's SHA-384 here, and its name below.
    s.integrity = "sha384-embed-more";
    s.crossOrigin = "anonymous";
    s.kit = kit;
    // A page that enforces Trusted Types refuses a script's address set from a string.
    try {
      s.src = new URL("embed-more.js", script.src).href;
      document.head.appendChild(s);
    } catch (e) {
      s.onerror();
    }
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
      else if (/^data-(?!(mode|side|button-label|forward-params|datalayer|open-after|show-once|partner-or-vendor)$)/.test(name)) warn(name.slice(0, 60) + " is not a setting; not passed on");
    }
    var forward = kit.forward(element);
    if (forward) query.set("forward", forward);
    // The app posts only to this origin; an opaque one (a file:// page) gets no messages.
    if (host !== "null") query.set("host", host);
    var iframe = document.createElement("iframe");
    // Through the CSS object model, which a strict policy on the page allows.
    if (widget.mode === "inline") iframe.style.cssText = "width:100%;height:640px;border:0;display:block";
    // German, by the app's rule for the setting: the German page, whose first paint is German
    // on any host (the app's directory is the English page, or whatever the server picks).
    var german = (query.get("lang") || "").trim().toLowerCase() === "de";
    iframe.src = app.href + (german ? "index.de.html" : "") + "?" + query.toString();
    // A neutral title until the app, which checks the firm's name, sends its own in the
    // visitor's language.
    iframe.title = "Partner or Vendor?";
    iframe.setAttribute("allow", "clipboard-write; web-share");
    widget.frame = iframe;
    return iframe;
  }

  function shut(widget) {
    kit.shut(widget);
  }

  function open(widget, opener) {
    if (widget.mode === "inline") return widget.element.scrollIntoView();
    opener = opener || document.activeElement;
    more(function () {
      kit.open(widget, opener);
    });
  }

  // An inline widget's frame is made when the element comes within a screen or two of the
  // viewport: even a lazy frame costs the page a browsing context of its own as soon as it exists.
  function inline(widget) {
    var near = new IntersectionObserver(function (entries) {
      // One element observed: its newest record says where it is now.
      if (entries.pop().isIntersecting) {
        near.disconnect();
        widget.element.replaceChildren(frame(widget));
      }
    }, { rootMargin: "1500px 0px" });
    near.observe(widget.element);
    undo.push(function () {
      near.disconnect();
    });
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
    if (mode === "inline" && !element.matches("[data-forward-params],[data-datalayer],[data-open-after],[data-show-once]")) return inline(widget);
    // The companion sets up what it holds before any frame exists, so the frame's address has
    // the campaign tags and no message comes before its listeners.
    more(function () {
      kit.mount(widget);
      if (mode === "inline") inline(widget);
    });
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
    // Takes back everything the loader added (frames, dialogs, buttons, styles, listeners,
    // observers, timers) and itself, so that a single-page site can load it again.
    destroy: function () {
      widgets.forEach(shut);
      if (waiting) waiting.length = 0;
      undo.forEach(function (call) {
        call();
      });
      widgets.forEach(function (w) {
        [w.frame, w.dialog, w.button].forEach(function (node) {
          if (node) node.remove();
        });
        delete w.element.partnerOrVendor;
      });
      delete window.PartnerOrVendor;
    },
  };

  // The page's opener (or the loader's button) an event came from, if any.
  function openerOf(event) {
    return event.target.closest && event.target.closest("[" + OPEN + "]");
  }

  on(document, "click", function (event) {
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
    if (widget && widget.mode !== "inline") more(function () {
      kit.dialog(widget);
    });
  }
  on(document, "pointerover", prefetch);
  on(document, "focusin", prefetch);

  on(window, "message", function (event) {
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
  if (document.readyState === "loading") on(document, "DOMContentLoaded", scan);
  // Widgets added later (by a page's own scripts) are mounted too. (Every browser with the
  // IntersectionObserver the inline widgets need has this one.)
  var added = new MutationObserver(scan);
  added.observe(document.documentElement, { childList: true, subtree: true });
  undo.push(function () {
    added.disconnect();
  });
})();
