// From the result to the conversation, on the loader's side: the host page's campaign tags
// passed on only when asked, the `step` and `cta` events and the dataLayer (never an answer),
// overlays opening by themselves (after a time, a share scrolled, on leaving; once; never after
// completion), close() and destroy() (and the loader loaded again), and the companion held to
// its integrity. The recipes for forms are in recipes.spec.mjs.
import { test, expect } from "@playwright/test";
import { answerAll, coreScore, items, keyedAnswers } from "./assessment.mjs";
import { APP, HOST, openHost, seen } from "./host.mjs";

const ITEMS = items();
const answers = keyedAnswers((d, item) => (d * 2) % item.options);
const LABEL = "Take the assessment";
const LOADER = `<script src="${APP}embed.js" async></script>`;
const CAMPAIGN = "?utm_source=news&utm_medium=mail&utm_campaign=spring%20offer&gclid=abc123&fbclid=fb9&email=jane%40example.com";

/** The `forward` setting in a frame's address, as the query string it holds (null without). */
async function forwarded(page, selector) {
  const src = await page.locator(selector).getAttribute("src");
  return new URL(src).searchParams.get("forward");
}

/** What the page has pushed into window.dataLayer. */
const dataLayer = (page) => page.evaluate(() => JSON.parse(JSON.stringify(window.dataLayer ?? null)));

/** Waits until the overlay's control is drawn (the companion has run and set its triggers). */
async function ready(page, label = LABEL) {
  await expect(page.getByRole("button", { name: label })).toBeVisible();
}

/** Scrolls the page to `y` and waits until its scroll listeners (the loader's, added before
 *  this one) have run. */
async function scrollTo(page, y) {
  await page.evaluate(
    (y) =>
      new Promise((done) => {
        addEventListener("scroll", () => requestAnimationFrame(() => done()), { once: true });
        scrollTo(0, y);
      }),
    y,
  );
}

/** A mouse leaving the window through its top edge, as the browser reports it. */
const leaveThroughTop = (page) =>
  page.evaluate(() => document.body.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, clientX: 200, clientY: -1, relatedTarget: null })));

test.describe("campaign tags", () => {
  test("only the parameters a widget names reach its frame, as one `forward` value; nothing without the setting", async ({ page }) => {
    await openHost(
      page,
      `<div id="tags" data-partner-or-vendor data-forward-params="utm gclid"></div>
       <div id="commas" data-partner-or-vendor data-forward-params="gclid, fbclid,utm_source"></div>
       <div id="none" data-partner-or-vendor></div>
       <div id="absent" data-partner-or-vendor data-forward-params="msclkid"></div>${LOADER}`,
      { search: CAMPAIGN },
    );
    for (const id of ["tags", "commas", "none", "absent"]) await expect(page.locator(`#${id} iframe`)).toHaveCount(1);
    expect(await forwarded(page, "#tags iframe")).toBe("utm_source=news&utm_medium=mail&utm_campaign=spring+offer&gclid=abc123");
    expect(await forwarded(page, "#commas iframe")).toBe("utm_source=news&gclid=abc123&fbclid=fb9");
    expect(await forwarded(page, "#none iframe")).toBeNull();
    expect(await forwarded(page, "#absent iframe")).toBeNull();
    // Nothing else of the page's address reaches the app, and the setting itself stays here.
    for (const id of ["tags", "commas", "none", "absent"]) {
      const src = await page.locator(`#${id} iframe`).getAttribute("src");
      expect(src).not.toContain("jane");
      expect(src).not.toContain("forward-params");
      // Encoded as one value: no parameter of the page stands in the frame's query by itself.
      expect(new URL(src).searchParams.get("utm_source")).toBeNull();
    }
  });

  test("an overlay's frame gets them too, and no warning names the loader's own settings", async ({ page }) => {
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await openHost(
      page,
      `<div id="w" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}" data-forward-params="utm"
         data-datalayer data-open-after="60" data-show-once="offer"></div>${LOADER}`,
      { search: CAMPAIGN },
    );
    await page.getByRole("button", { name: LABEL }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await forwarded(page, "dialog iframe")).toBe("utm_source=news&utm_medium=mail&utm_campaign=spring+offer");
    expect(warnings.filter((w) => /forward-params|datalayer|open-after|show-once/.test(w))).toEqual([]);
  });
});

test("step and cta reach the page as events and, with data-datalayer, the dataLayer in order, without any answer", async ({ page, context }) => {
  // The call to action's page, answered here: nothing leaves the machine.
  const visited = [];
  await context.route("https://acme.example/**", (route) => {
    visited.push(route.request().url());
    return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Contact</title><h1>Contact</h1>" });
  });
  await openHost(
    page,
    `<div id="w" data-partner-or-vendor data-datalayer data-forward-params="utm gclid"
       data-cta-url="https://acme.example/contact" data-cta-label="Talk to us"></div>${LOADER}`,
    { search: CAMPAIGN },
  );
  const frame = page.frameLocator("#w iframe");
  // Once the app runs: the page's own Start before it is another journey (answerable.spec).
  await expect.poll(async () => (await seen(page, "ready")).length).toBe(1);
  await frame.getByRole("button", { name: "Start the assessment" }).click();
  await answerAll(frame, answers);
  const core = coreScore(answers);
  await expect(frame.getByTestId("overall-index")).toHaveText(String(core.overall));
  const cta = frame.getByRole("link", { name: "Talk to us" });
  // The call to action carries the campaign tags the firm asked for, and nothing else of the page.
  const href = new URL(await cta.getAttribute("href"));
  expect(href.searchParams.get("utm_source")).toBe("news");
  expect(href.searchParams.get("gclid")).toBe("abc123");
  expect(href.searchParams.get("fbclid")).toBeNull();
  expect(href.searchParams.get("email")).toBeNull();
  const popup = page.waitForEvent("popup");
  await cta.click();
  await (await popup).waitForLoadState();
  expect(visited.length).toBe(1);

  await expect.poll(async () => (await seen(page, "cta")).length).toBe(1);
  const count = ITEMS.length;
  const steps = (await seen(page, "step")).map((e) => e.detail);
  expect(steps).toEqual(ITEMS.map((_, i) => ({ question: i + 1, count })));
  const [complete] = await seen(page, "complete");
  const [ctaEvent] = await seen(page, "cta");
  expect(ctaEvent.id).toBe("w");
  expect(ctaEvent.detail).toEqual({ stage: complete.detail.stage, index: core.overall, host: "acme.example" });
  // The events in order: start, every step, complete, then the call to action.
  const order = await page.evaluate(() => window.seen.map((e) => e.type.slice(18)).filter((t) => t !== "ready"));
  expect(order).toEqual(["start", ...ITEMS.map(() => "step"), "complete", "cta"]);

  const layer = await dataLayer(page);
  expect(layer).toEqual([
    { event: "partner_or_vendor_start" },
    ...ITEMS.map((_, i) => ({ event: "partner_or_vendor_step", question: i + 1, count })),
    { event: "partner_or_vendor_complete", overall: core.overall, stage: complete.detail.stage },
    { event: "partner_or_vendor_cta", stage: complete.detail.stage, index: core.overall, host: "acme.example" },
    { event: "generate_lead", lead_source: "partner-or-vendor" },
  ]);
  // Nothing that holds the answers: not the link, its fragment or the dimensions.
  const text = JSON.stringify(layer);
  expect(text).not.toContain(core.link);
  expect(text).not.toContain("#r=");
  expect(text).not.toContain("dimensions");
});

test("without data-datalayer nothing is pushed, and a page's own dataLayer is added to, not replaced", async ({ page }) => {
  // The two widgets rate different seats: two frames of one seat share its saved progress, so
  // the second would open at the question the first is on.
  await openHost(
    page,
    `<script>window.dataLayer = [{ event: "gtm.js" }];</script>
     <div id="a" data-partner-or-vendor></div><div id="b" data-partner-or-vendor data-datalayer data-lens="provider"></div>${LOADER}`,
  );
  await expect.poll(async () => (await seen(page, "ready")).length).toBe(2);
  await page.frameLocator("#a iframe").getByRole("button", { name: "Start the assessment" }).click();
  await expect.poll(async () => (await seen(page, "step")).length).toBe(1);
  expect(await dataLayer(page)).toEqual([{ event: "gtm.js" }]);
  await page.frameLocator("#b iframe").getByRole("button", { name: "Start the assessment" }).click();
  await expect.poll(() => dataLayer(page)).toEqual([
    { event: "gtm.js" },
    { event: "partner_or_vendor_start" },
    { event: "partner_or_vendor_step", question: 1, count: coreScore("", "provider").items.length },
  ]);
});

test.describe("an overlay that opens by itself", () => {
  test("after the seconds given, as the button opens it: focus, Escape, the close event; only once", async ({ page }) => {
    await page.clock.install();
    await openHost(page, `<div id="w" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}" data-open-after="20"></div>${LOADER}`);
    await ready(page);
    const dialog = page.getByRole("dialog");
    await page.clock.runFor(19_000);
    await expect(dialog).toBeHidden();
    await page.clock.runFor(1_000);
    await expect(dialog).toBeVisible();
    await expect(page.getByRole("button", { name: "Close" })).toBeFocused();
    await expect(page.frameLocator("dialog iframe").getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe("hidden");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect.poll(async () => (await seen(page, "close")).length).toBe(1);
    expect((await seen(page, "open")).length).toBe(1);
    expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe("");
    await page.clock.runFor(120_000);
    await expect(dialog).toBeHidden();
    expect((await seen(page, "open")).length).toBe(1);
  });

  test("not when the visitor opened it first", async ({ page }) => {
    await page.clock.install();
    await openHost(page, `<div id="w" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}" data-open-after="10"></div>${LOADER}`);
    await ready(page);
    await page.getByRole("button", { name: LABEL }).click();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
    await page.clock.runFor(30_000);
    await expect(page.getByRole("dialog")).toBeHidden();
    expect((await seen(page, "open")).length).toBe(1);
  });

  test("once the visitor has scrolled the share of the page given", async ({ page }) => {
    await openHost(
      page,
      `<div id="w" data-partner-or-vendor data-mode="slider" data-button-label="${LABEL}" data-open-after="50%"></div>
       <div style="height: 6000px">A long article.</div>${LOADER}`,
    );
    await ready(page);
    const room = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    await scrollTo(page, Math.floor(room * 0.4));
    await expect(page.getByRole("dialog")).toBeHidden();
    expect(await seen(page, "open")).toEqual([]);
    await scrollTo(page, Math.ceil(room * 0.55));
    await expect(page.getByRole("dialog")).toBeVisible();
    expect((await seen(page, "open")).length).toBe(1);
  });

  test("on leaving through the top of the window, with a mouse", async ({ page }) => {
    await openHost(page, `<div id="w" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}" data-open-after="exit"></div>${LOADER}`);
    await ready(page);
    // Leaving by a side or into a child element is not leaving.
    await page.evaluate(() => document.body.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, clientX: -1, clientY: 300, relatedTarget: null })));
    await page.evaluate(() => document.body.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, clientY: 0, relatedTarget: document.querySelector("h1") })));
    expect(await seen(page, "open")).toEqual([]);
    await page.mouse.move(200, 200);
    await page.mouse.move(200, -20, { steps: 4 });
    await expect(page.getByRole("dialog")).toBeVisible();
    expect((await seen(page, "open")).length).toBe(1);
  });

  test("never on leaving from a touch-only device", async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await openHost(page, `<div id="w" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}" data-open-after="exit"></div>${LOADER}`);
    await ready(page);
    expect(await page.evaluate(() => matchMedia("(any-hover: hover)").matches)).toBe(false);
    // The event is handled as it is dispatched: had it opened the overlay, `open` is recorded now.
    await leaveThroughTop(page);
    expect(await seen(page, "open")).toEqual([]);
    await expect(page.locator("dialog[open]")).toHaveCount(0);
    await context.close();
  });

  test("with data-show-once, never again in this browser once closed; without it, again on the next visit", async ({ page }) => {
    await page.clock.install();
    const body = `<div id="offer" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}" data-open-after="5" data-show-once></div>
      <div id="plain" data-partner-or-vendor data-mode="floating" data-button-label="Again" data-open-after="5"></div>${LOADER}`;
    await openHost(page, body, { path: "offers.html" });
    await ready(page);
    await page.clock.runFor(5_000);
    // Both opened; the one opened last is on top. Close both.
    await expect(page.locator("dialog[open]")).toHaveCount(2);
    await page.evaluate(() => window.PartnerOrVendor.close());
    await expect(page.locator("dialog[open]")).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem("partner-or-vendor:auto:offer"))).toBe("closed");
    expect(await page.evaluate(() => localStorage.getItem("partner-or-vendor:auto:plain"))).toBeNull();

    // The next visit: only the one without data-show-once opens by itself.
    await page.reload();
    await ready(page);
    await page.clock.runFor(10_000);
    await expect(page.locator("dialog[open]")).toHaveCount(1);
    expect((await seen(page, "open")).map((e) => e.id)).toEqual(["plain"]);
  });

  test("never after the visitor completed the assessment in it, remembered across visits", async ({ page }) => {
    const body = `<div id="w" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}" data-open-after="exit"></div>
      <div id="other" data-partner-or-vendor data-mode="slider" data-button-label="Other" data-open-after="exit"></div>${LOADER}`;
    await openHost(page, body, { path: "done.html" });
    await ready(page);
    await page.getByRole("button", { name: LABEL }).click();
    const frame = page.frameLocator("dialog iframe");
    await frame.getByRole("button", { name: "Start the assessment" }).click();
    await answerAll(frame, answers);
    await expect.poll(async () => (await seen(page, "complete")).length).toBe(1);
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => localStorage.getItem("partner-or-vendor:auto:w"))).toBe("complete");
    await page.reload();
    await ready(page);
    // Leaving opens the overlay the visitor has not completed, and only that one.
    await leaveThroughTop(page);
    await expect(page.getByRole("dialog")).toBeVisible();
    expect((await seen(page, "open")).map((e) => e.id)).toEqual(["other"]);
  });

  test("with the page's storage blocked it still opens once, and nothing breaks", async ({ page }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.clock.install();
    // The host page's storage only; the app's frame keeps its own.
    await page.addInitScript((host) => {
      if (location.origin !== host) return;
      Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
    }, HOST);
    await openHost(page, `<div id="w" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}" data-open-after="5" data-show-once></div>${LOADER}`);
    await ready(page);
    expect(await page.evaluate(() => { try { return Boolean(localStorage); } catch { return "blocked"; } })).toBe("blocked");
    await page.clock.runFor(5_000);
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
    await page.clock.runFor(60_000);
    await expect(page.getByRole("dialog")).toBeHidden();
    expect((await seen(page, "open")).length).toBe(1);
    expect(errors).toEqual([]);
  });

  test("a bad value, or one on an inline widget, gets a console warning and no trigger", async ({ page }) => {
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.clock.install();
    await openHost(
      page,
      `<div id="a" data-partner-or-vendor data-mode="popup" data-button-label="A" data-open-after="soon"></div>
       <div id="b" data-partner-or-vendor data-mode="popup" data-button-label="B" data-open-after="150%"></div>
       <div id="c" data-partner-or-vendor data-mode="popup" data-button-label="C" data-open-after="-5"></div>
       <div id="d" data-partner-or-vendor data-open-after="5"></div>${LOADER}`,
    );
    await ready(page, "C");
    await expect(page.locator("#d iframe")).toHaveCount(1);
    for (const value of ["soon", "150%", "-5", "5"]) {
      expect(warnings.some((w) => w.includes(`data-open-after "${value}" is not seconds`)), value).toBe(true);
    }
    await page.clock.runFor(60_000);
    await leaveThroughTop(page);
    await expect(page.locator("dialog[open]")).toHaveCount(0);
    expect(await seen(page, "open")).toEqual([]);
  });
});

test("close() closes any overlay; destroy() takes back everything, and the loader can be loaded again", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.clock.install();
  await openHost(
    page,
    `<div id="inline" data-partner-or-vendor></div>
     <div id="pop" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}" data-open-after="30"></div>
     <div id="tab" data-partner-or-vendor data-mode="side-tab" data-button-label="Side"></div>${LOADER}`,
  );
  await ready(page);
  await expect(page.frameLocator("#inline iframe").getByRole("button", { name: "Start the assessment" })).toBeVisible();
  await page.getByRole("button", { name: "Side" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.evaluate(() => window.PartnerOrVendor.close());
  await expect(page.getByRole("dialog")).toBeHidden();
  await page.getByRole("button", { name: LABEL }).click();
  await expect(page.getByRole("dialog")).toBeVisible();

  // destroy() with an overlay open: closed, then everything the loader added is gone.
  await page.evaluate(() => window.PartnerOrVendor.destroy());
  expect(await page.evaluate(() => ({
    api: "PartnerOrVendor" in window,
    frames: document.querySelectorAll("iframe").length,
    dialogs: document.querySelectorAll("dialog").length,
    buttons: document.querySelectorAll("button").length,
    sheets: document.adoptedStyleSheets.length,
    overflow: document.documentElement.style.overflow,
  }))).toEqual({ api: false, frames: 0, dialogs: 0, buttons: 0, sheets: 0, overflow: "" });
  expect((await seen(page, "close")).map((e) => e.id)).toEqual(["tab", "pop"]);
  // Its trigger, its observers and its listeners are gone: no timer opens anything, a widget
  // added now stays as it is, and an opener of the page does nothing.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML("beforeend", '<div id="late" data-partner-or-vendor></div><button type="button" data-partner-or-vendor-open="pop">Open</button>');
  });
  await page.getByRole("button", { name: "Open" }).click();
  await page.clock.runFor(60_000);
  await expect(page.locator("iframe, dialog")).toHaveCount(0);
  expect((await seen(page, "open")).length).toBe(2);

  // Loaded again (as a single-page site does on its next route): every widget is back.
  await page.evaluate((src) => {
    const loader = document.createElement("script");
    loader.src = src;
    document.head.append(loader);
  }, `${APP}embed.js`);
  await expect(page.getByRole("button", { name: LABEL })).toBeVisible();
  await expect(page.frameLocator("#late iframe").getByRole("button", { name: "Start the assessment" })).toBeVisible();
  await expect(page.frameLocator("#inline iframe").getByRole("button", { name: "Start the assessment" })).toBeVisible();
  await page.getByRole("button", { name: "Open" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
  expect(errors).toEqual([]);
});

test("on a page that enforces Trusted Types the companion is refused with a warning, and inline widgets still work", async ({ page }) => {
  const errors = [];
  const warnings = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const app = new URL(APP).origin;
  await openHost(
    page,
    `<div id="a" data-partner-or-vendor data-datalayer></div><div id="b" data-partner-or-vendor></div>
     <div id="pop" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}"></div>${LOADER}`,
    { csp: `script-src ${HOST} ${app}; require-trusted-types-for 'script'` },
  );
  for (const id of ["a", "b"]) await expect(page.frameLocator(`#${id} iframe`).getByRole("button", { name: "Start the assessment" })).toBeVisible();
  expect(warnings.some((w) => /embed-more\.[0-9a-f]{8}\.js could not be loaded/.test(w))).toBe(true);
  await expect(page.getByRole("button", { name: LABEL })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("the companion is held to the integrity in the loader: another file is refused, and inline widgets still work", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.route(/\/embed-more\.[0-9a-f]{8}\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()) + "\nwindow.tampered = true;" });
  });
  await openHost(
    page,
    `<div id="inline" data-partner-or-vendor data-datalayer></div>
     <div id="pop" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}"></div>${LOADER}`,
  );
  await expect(page.frameLocator("#inline iframe").getByRole("button", { name: "Start the assessment" })).toBeVisible();
  expect(warnings.some((w) => /embed-more\.[0-9a-f]{8}\.js could not be loaded/.test(w))).toBe(true);
  expect(await page.evaluate(() => window.tampered)).toBeUndefined();
  await expect(page.getByRole("button", { name: LABEL })).toHaveCount(0);
});
