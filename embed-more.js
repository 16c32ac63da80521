// Partner or Vendor? loader, its companion: what only some widgets need, fetched by embed.js
// the first time a widget needs it (never to be pasted on a page by itself). It gets embed.js's
// kit on the script element that loads it, and puts its own functions in it:
// - the overlays: their dialogs, the control that opens one, and their styles;
// - data-forward-params: the host page's campaign tags, passed on to the app as `forward`;
// - data-datalayer: the events pushed into window.dataLayer for the firm's tag manager;
// - data-open-after and data-show-once: an overlay that opens by itself.
// Everything it adds to the page, it hands to the kit's undo list for destroy().
(function (kit) {
  "use strict";
  if (!kit) return;
  var widgets = kit.widgets;
  var undo = kit.undo;
  var emit = kit.emit;
  var warn = kit.warn;
  var on = kit.on;
  // The app's default accent and the text colours on an accent (tests/facts.rs ties them to the
  // app's stylesheet and settings).
  var ACCENT = "#0b5cad";
  var LIGHT = "#ffffff";
  var DARK = "#1b1f24";
  // What the host page's storage keeps of an overlay that opens by itself (see remembered).
  var KEY = "partner-or-vendor:auto:";

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
    d.append(bar, kit.frame(widget));
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
  // what opened it, the page hears of it at once, and an overlay shown once is not opened by
  // itself again.
  function closed(widget) {
    if (!widget.shown) return;
    widget.shown = false;
    if (!widgets.some(function (w) { return w.shown; })) {
      document.documentElement.style.overflow = widget.overflow || "";
    }
    var opener = widget.opener;
    widget.opener = null;
    if (opener && opener.isConnected && opener.focus) opener.focus();
    if (once(widget) && remembered(widget) !== "complete") remember(widget, "closed");
    emit(widget, "close");
  }

  function open(widget, opener) {
    var d = dialog(widget);
    if (d.open) return;
    // Once open, by whatever means, it is never opened by itself on this page.
    widget.opened = true;
    widget.opener = opener || document.activeElement;
    widget.overflow = document.documentElement.style.overflow;
    d.showModal();
    widget.shown = true;
    document.documentElement.style.overflow = "hidden";
    emit(widget, "open");
  }

  // The overlays' styles, adopted with the first overlay: a page with inline widgets only is
  // spared the style pass over the whole page that a new stylesheet costs.
  var sheet;
  function style() {
    if (sheet) return;
    // A browser without constructable or adopted stylesheets throws here.
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
      undo.push(function () {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter(function (s) {
          return s !== sheet;
        });
      });
    } catch (e) {
      // Unstyled overlays still open, close and hold the app.
    }
  }

  // The overlay's own control, when data-button-label names it.
  function button(widget) {
    var element = widget.element;
    var label = (element.getAttribute("data-button-label") || "").trim().slice(0, 80);
    if (!label) return;
    // The firm's accent where the app takes it, else the app's default.
    var accent = element.getAttribute("data-accent") || ACCENT;
    var colours = accentOf(accent);
    if (!colours) {
      warn('data-accent "' + accent.slice(0, 40) + '" is not a colour text reads on at 4.5:1; the default it is');
      colours = accentOf(ACCENT);
    }
    var b = document.createElement("button");
    b.type = "button";
    b.className = "pov-t pov-t-" + widget.mode + (widget.left ? " pov-left" : "");
    b.textContent = label;
    b.style.setProperty("--pov-accent", colours[0]);
    b.style.setProperty("--pov-on", colours[1]);
    // An opener like the page's own: the page-wide listeners open it on a click and load the
    // app ahead on hover or focus, and it names its widget by being inside it.
    b.setAttribute("data-partner-or-vendor-open", "");
    element.replaceChildren(b);
    widget.button = b;
  }

  // The host page's campaign tags the firm named (data-forward-params: names separated by
  // spaces or commas, `utm` for every utm_* parameter), as one query string; nothing else of
  // the page's address. Undefined without the setting, empty when the address has none.
  function forward(element) {
    var names = element.getAttribute("data-forward-params");
    if (names === null) return;
    names = names.split(/[\s,]+/);
    var kept = new URLSearchParams();
    new URLSearchParams(location.search).forEach(function (value, name) {
      if (names.indexOf(name) >= 0 || (names.indexOf("utm") >= 0 && /^utm_/.test(name))) kept.append(name, value);
    });
    return kept.toString();
  }

  // With data-datalayer, each event also goes into window.dataLayer, for the firm's tag
  // manager (which, with its consent settings, decides whether anything is sent anywhere):
  // never the results link, the dimensions or anything else that holds the answers.
  function layer(widget) {
    function push(type, entry) {
      on(widget.element, "partner-or-vendor:" + type, function (event) {
        var list = (window.dataLayer = window.dataLayer || []);
        entry(event.detail).forEach(function (e) {
          list.push(e);
        });
      });
    }
    push("start", function () {
      return [{ event: "partner_or_vendor_start" }];
    });
    push("step", function (d) {
      return [{ event: "partner_or_vendor_step", question: d.question, count: d.count }];
    });
    push("complete", function (d) {
      return [{ event: "partner_or_vendor_complete", overall: d.overall, stage: d.stage }];
    });
    // The call to action is also a lead, by Google Analytics' own name for one (its
    // recommended event generate_lead; no value or currency: what a lead is worth is the firm's).
    push("cta", function (d) {
      return [
        { event: "partner_or_vendor_cta", stage: d.stage, index: d.index, host: d.host },
        { event: "generate_lead", lead_source: "partner-or-vendor" },
      ];
    });
  }

  // What the host page's storage holds of an overlay that opens by itself, under a key of its
  // own: its data-show-once value, else its element's id, else its mode (so the same overlay
  // on every page of a site is one). "closed" (with data-show-once) or "complete". Without
  // storage (blocked, or full), the widget remembers for this page only.
  function remembered(widget) {
    try {
      return widget.memory || localStorage.getItem(KEY + name(widget));
    } catch (e) {
      return widget.memory;
    }
  }
  function remember(widget, what) {
    widget.memory = what;
    try {
      localStorage.setItem(KEY + name(widget), what);
    } catch (e) {
      // Remembered on this page only.
    }
  }
  function name(widget) {
    var element = widget.element;
    return element.getAttribute("data-show-once") || element.id || widget.mode;
  }
  function once(widget) {
    return widget.element.hasAttribute("data-show-once");
  }

  // data-open-after: seconds ("20"), a share of the way down the page ("50%"), or "exit" (the
  // pointer leaving the window through its top, on a device with a mouse); once, and never
  // after the visitor closed a data-show-once overlay or completed the assessment.
  function trigger(widget) {
    var element = widget.element;
    var value = element.getAttribute("data-open-after");
    if (value === null) return;
    on(element, "partner-or-vendor:complete", function () {
      remember(widget, "complete");
    });
    var when = /^(?:(\d{1,4})|(\d{1,3})%|(exit))$/.exec(value.trim());
    if (widget.mode === "inline" || !when || when[2] > 100) {
      return warn('data-open-after "' + value.slice(0, 40) + '" is not seconds ("20"), a share of the page scrolled ("50%") or "exit" on an overlay; not opened by itself');
    }
    // ("closed" counts only while the overlay is still to be shown once.)
    function go() {
      var memory = remembered(widget);
      if (widget.opened || memory === "complete" || (memory && once(widget))) return;
      open(widget);
    }
    if (when[1]) {
      var timer = setTimeout(go, when[1] * 1000);
      undo.push(function () {
        clearTimeout(timer);
      });
    } else if (when[2]) {
      on(window, "scroll", function () {
        var root = document.documentElement;
        var room = root.scrollHeight - innerHeight;
        if (room > 0 && scrollY >= (room * when[2]) / 100 - 1) go();
      }, { passive: true });
    } else if (matchMedia("(any-hover: hover)").matches) {
      // Touch-only devices have no pointer to leave with.
      on(document, "mouseout", function (event) {
        if (!event.relatedTarget && event.clientY <= 0) go();
      });
    }
  }

  kit.open = open;
  kit.shut = shut;
  kit.dialog = dialog;
  kit.forward = forward;
  kit.mount = function (widget) {
    if (widget.element.hasAttribute("data-datalayer")) layer(widget);
    trigger(widget);
    if (widget.mode === "inline") return;
    style();
    button(widget);
  };
})(document.currentScript && document.currentScript.kit);
