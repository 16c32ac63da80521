// The loader's modes on a firm's page (a second origin): popup, slider, side tab and floating
// button open the app in a modal dialog, only when asked; an inline widget below the fold loads
// only when it comes near the viewport; the page's own openers and window.PartnerOrVendor. The
// configurator's choice of mode is in configure.spec.mjs.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { answerAll, coreScore, items } from "./assessment.mjs";
import { APP, HOST, openHost, seen } from "./host.mjs";

const ITEMS = items();
const answers = ITEMS.map((item, i) => String((i + 1) % item.options)).join("");
const LABEL = "Take the assessment";
const LOADER = `<script src="${APP}embed.js" async></script>`;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** Requests for the app's files (anything from its origin but the loader itself and its
 *  companion, which an overlay fetches at once for its control and styles). */
function appRequests(page) {
  const urls = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin + "/" === APP && !/\/embed(-more\.[0-9a-f]{8})?\.js$/.test(url.pathname)) urls.push(url.pathname);
  });
  return urls;
}

/** Whether focus is where an open dialog allows it, never on the page behind: inside the dialog
 *  (on the page's side, the frame counts as inside), or outside the page, on the browser's own
 *  controls, where Tab goes after the dialog's last element as from any page (a headless
 *  browser has none, and with the frame another site's, running in a process of its own, the
 *  page's body holds focus then). */
const focusInDialog = (page) =>
  page.evaluate(
    () => !document.hasFocus() || document.activeElement === document.body || Boolean(document.querySelector("dialog[open]")?.contains(document.activeElement)),
  );

/** Waits until the loader has set an overlay up on the page (opened with its `load` event, so
 *  the async loader has run): its control drawn, and still neither dialog nor frame. The loader
 *  mounts every widget at once and has no timer, so from here only the visitor's hover, focus
 *  or click can load the app, and a request not seen yet was never made. */
async function loaderSetUp(page, trigger) {
  await expect(trigger).toBeVisible();
  await expect(page.locator("dialog, iframe")).toHaveCount(0);
}

const counts = async (page) => {
  const all = await page.evaluate(() => window.seen.map((e) => e.type.replace("partner-or-vendor:", "")));
  return Object.fromEntries(["open", "close", "start", "complete"].map((t) => [t, all.filter((x) => x === t).length]));
};

for (const mode of ["popup", "slider", "side-tab", "floating"]) {
  test(`${mode}: opens by mouse and keyboard, closes with Escape and its button, keeps the answers, loads nothing before`, async ({ page }) => {
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const requests = appRequests(page);
    await openHost(
      page,
      `<p>Our article.</p><div id="w" data-partner-or-vendor data-mode="${mode}" data-button-label="${LABEL}" data-firm="Acme IT"></div>
       <div style="height: 3000px"></div>${LOADER}`,
    );
    const trigger = page.getByRole("button", { name: LABEL });
    await loaderSetUp(page, trigger);
    expect(requests).toEqual([]);

    // Open by mouse: a modal dialog with the app, focus inside, the page behind still.
    await trigger.click();
    const dialog = page.getByRole("dialog", { name: "Partner or Vendor? assessment by Acme IT" });
    await expect(dialog).toBeVisible();
    const frame = page.frameLocator("dialog iframe");
    await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await focusInDialog(page)).toBe(true);
    await page.mouse.wheel(0, 800);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      expect(await focusInDialog(page)).toBe(true);
    }
    await page.getByRole("button", { name: "Close" }).focus();

    // Three answers, then Escape pressed inside the frame (another origin) closes it.
    await frame.getByRole("button", { name: "Start the assessment" }).click();
    await answerAll(frame, answers.slice(0, 3));
    await expect(frame.getByText(`Question 4 of ${ITEMS.length}`)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();

    // Reopened by keyboard, it is where the visitor left it, with the answers.
    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await expect(frame.getByText(`Question 4 of ${ITEMS.length}`)).toBeVisible();
    await frame.getByRole("button", { name: "Back" }).click();
    await expect(frame.getByRole("radio").nth(Number(answers[2]))).toBeChecked();
    await frame.getByRole("button", { name: "Next" }).click();
    await answerAll(frame, answers.slice(3));
    await expect(frame.getByTestId("overall-index")).toHaveText(String(coreScore(answers).overall));

    // Closed with its button; focus back on the control that opened it.
    await page.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe("");
    // Escape on the page's side of the dialog closes it too.
    await trigger.click();
    await expect(dialog).toBeVisible();
    await page.getByRole("button", { name: "Close" }).focus();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect.poll(() => counts(page)).toEqual({ open: 3, close: 3, start: 1, complete: 1 });
    expect(errors).toEqual([]);
  });
}

test("the page's own openers and window.PartnerOrVendor: two overlays stay independent", async ({ page }) => {
  await openHost(
    page,
    `<button type="button" data-partner-or-vendor-open="w1">Check your provider</button>
     <a href="#" data-partner-or-vendor-open="w2">For providers</a>
     <div id="w1" data-partner-or-vendor data-mode="popup" data-firm="Acme IT"></div>
     <div id="w2" data-partner-or-vendor data-mode="slider" data-side="left" data-firm="Beta Services" data-lens="provider"></div>
     ${LOADER}`,
  );
  const first = page.getByRole("dialog", { name: /Acme IT/ });
  const second = page.getByRole("dialog", { name: /Beta Services/ });
  const opener1 = page.getByRole("button", { name: "Check your provider" });
  await opener1.click();
  await expect(first).toBeVisible();
  const frame1 = page.frameLocator('iframe[title*="Acme IT"]');
  await frame1.getByRole("button", { name: "Start the assessment" }).click();
  await answerAll(frame1, answers.slice(0, 2));
  await page.keyboard.press("Escape");
  await expect(first).toBeHidden();
  await expect(opener1).toBeFocused();

  // The second, from the page's link: its own dialog on the left, its own app and events.
  await page.getByRole("link", { name: "For providers" }).click();
  await expect(second).toBeVisible();
  const box = await second.boundingBox();
  expect(box.x).toBe(0);
  await expect(page.frameLocator('iframe[title*="Beta Services"]').getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => location.hash)).toBe("");
  await page.evaluate(() => window.PartnerOrVendor.close());
  await expect(second).toBeHidden();

  // The API opens a named widget, or the first overlay; the first is where it was left.
  await page.evaluate(() => window.PartnerOrVendor.open(document.getElementById("w2")));
  await expect(second).toBeVisible();
  await page.evaluate(() => window.PartnerOrVendor.close());
  await page.evaluate(() => window.PartnerOrVendor.open());
  await expect(first).toBeVisible();
  await expect(frame1.getByText(`Question 3 of ${ITEMS.length}`)).toBeVisible();
  await page.evaluate(() => window.PartnerOrVendor.close());
  await expect(first).toBeHidden();
  // The dialog's close event comes a task after it closes.
  const events = () => page.evaluate(() => window.seen.filter((e) => /open|close/.test(e.type)).map((e) => `${e.type.slice(18)} ${e.id}`));
  await expect.poll(events).toEqual(["open w1", "close w1", "open w2", "close w2", "open w2", "close w2", "open w1", "close w1"]);
});

test("an inline widget below the fold loads the app only near the viewport; an unknown mode is inline, with a warning", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const requests = appRequests(page);
  await openHost(
    page,
    `<div id="top" data-partner-or-vendor data-mode="modal" data-firm="Top"></div>
     <div style="height: 20000px">A long article.</div>
     <div id="w" data-partner-or-vendor data-firm="Acme IT"></div>${LOADER}`,
  );
  await expect(page.frameLocator("#top iframe").getByRole("heading", { level: 1 })).toBeVisible();
  expect(warnings.some((w) => /data-mode "modal" is not one of inline, popup, slider, side-tab, floating; shown inline/.test(w))).toBe(true);
  // The two widgets' observers were made together and first report together: once the top
  // one's frame is there, the one below has been told it is far from the viewport. Only the
  // widget at the top has loaded; the one below has not even an empty frame yet.
  expect(requests.filter((p) => p.endsWith("/") || p.endsWith(".html")).length).toBe(1);
  await expect(page.locator("#w iframe")).toHaveCount(0);
  const before = requests.length;
  await page.locator("#w").scrollIntoViewIfNeeded();
  await expect(page.frameLocator("#w iframe").getByRole("heading", { level: 1 })).toBeVisible();
  expect(requests.length).toBeGreaterThan(before);
});

test("an overlay loads the app ahead of the click when its control is hovered", async ({ page }) => {
  const requests = appRequests(page);
  await openHost(page, `<div id="w" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}"></div>${LOADER}`);
  const trigger = page.getByRole("button", { name: LABEL });
  await loaderSetUp(page, trigger);
  expect(requests).toEqual([]);
  await trigger.hover();
  await expect.poll(() => requests.length).toBeGreaterThan(0);
  await expect(page.getByRole("dialog")).toBeHidden();
});

test("under the page's strict Content-Security-Policy the overlay is styled and nothing is refused", async ({ page }) => {
  const app = new URL(APP).origin;
  const violations = [];
  page.on("console", (m) => /Content Security Policy|Content-Security-Policy/.test(m.text()) && violations.push(m.text()));
  await openHost(
    page,
    `<div id="w" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}" data-accent="#ffbf47"></div>${LOADER}`,
    { csp: `default-src 'none'; script-src ${HOST} ${app}; frame-src ${app}; style-src 'none'` },
  );
  const trigger = page.getByRole("button", { name: LABEL });
  // The firm's light accent gets dark text (WCAG contrast), set through the CSS object model.
  await expect(trigger).toHaveCSS("background-color", "rgb(255, 191, 71)");
  await expect(trigger).toHaveCSS("color", "rgb(27, 31, 36)");
  await trigger.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveCSS("border-radius", "8px");
  await expect(page.frameLocator("dialog iframe").getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

for (const scheme of ["light", "dark"]) {
  test(`axe finds no WCAG 2.2 A/AA violation on the page with the dialog open, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await openHost(page, `<div id="w" data-partner-or-vendor data-mode="floating" data-button-label="${LABEL}"></div>${LOADER}`);
    await page.getByRole("button", { name: LABEL }).click();
    await expect(page.frameLocator("dialog iframe").getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary, summary.join("\n")).toEqual([]);
  });
}

test("on a 320 px phone the dialog is the whole screen, with no horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openHost(page, `<div id="w" data-partner-or-vendor data-mode="popup" data-button-label="${LABEL}"></div>${LOADER}`);
  await page.getByRole("button", { name: LABEL }).click();
  const frame = page.frameLocator("dialog iframe");
  await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
  const box = await page.getByRole("dialog").boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await frame.getByRole("button", { name: "Start the assessment" }).click();
  const inner = await frame.locator("html").evaluate((html) => html.scrollWidth - html.clientWidth);
  expect(inner).toBe(0);
});

