// Answerable sooner: the page's own Start works before the wasm has arrived, the page paints
// with nothing but itself, and start.js fetches the wasm at once (and once). Which parts of the catalog a
// visitor fetches, and a failed fetch, are in catalog.spec.mjs.
import { test, expect } from "@playwright/test";
import { Assessment, WASM, content, items, unhashed } from "./assessment.mjs";

const N = items().length;
const CLIENT = content("client");
const PROVIDER = content("provider");
const START = "Start the assessment";

/** Holds every request for the app's wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(WASM, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test("a click on Start before the wasm has arrived shows question 1 at once; the answer given carries into the app", async ({ page }) => {
  const app = new Assessment(page);
  const release = await holdWasm(page);
  await app.open();
  const start = page.getByRole("link", { name: START });
  await expect(start).toBeVisible();
  await start.click();
  // The page's own question 1, answerable now, with focus on it.
  await expect(page).toHaveURL(/#\/q\/1$/);
  await expect(app.heading()).toHaveText(CLIENT.items[0].prompt.en);
  await expect(app.heading()).toBeFocused();
  await app.expectQuestion(1, N);
  await expect(start).toHaveCount(0);
  await expect(app.radios()).toHaveCount(7);
  await app.radios().nth(2).check();
  release();
  // The app takes over with the same answer chosen, and goes on from there.
  await expect(page.locator(".app")).toBeVisible();
  await app.expectQuestion(1, N);
  await expect(app.radios().nth(2)).toBeChecked();
  await page.getByRole("button", { name: "Next" }).click();
  await app.expectQuestion(2, N);
  // Back leads to question 1, with the answer, then to the intro.
  await page.getByRole("button", { name: "Back" }).click();
  await app.expectQuestion(1, N);
  await expect(app.radios().nth(2)).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(app.startButton().or(page.getByRole("button", { name: "Continue where I left off" }))).toBeVisible();
  await app.expectNoErrors();
});

test("Next before the wasm has arrived: with an answer it moves on once the app is here; without one the browser asks for one", async ({ page }) => {
  const app = new Assessment(page);
  const release = await holdWasm(page);
  await app.open();
  await page.getByRole("link", { name: START }).click();
  await expect(app.heading()).toHaveText(CLIENT.items[0].prompt.en);
  // Without an answer, the browser's own check: focus on the first answer, nothing moves on.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(app.radios().first()).toBeFocused();
  expect(await app.radios().first().evaluate((radio) => radio.validity.valueMissing)).toBe(true);
  await expect(page.getByRole("status")).toHaveText("");
  await app.radios().nth(4).check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Loading the question…" })).toBeVisible();
  release();
  await app.expectQuestion(2, N);
  await expect(app.heading()).toHaveText(CLIENT.items[1].prompt.en);
  await page.getByRole("button", { name: "Back" }).click();
  await app.expectQuestion(1, N);
  await expect(app.radios().nth(4)).toBeChecked();
  await app.expectNoErrors();
});

test("by keyboard, Start before the wasm has arrived works the same, in the visitor's language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  const app = new Assessment(page);
  const release = await holdWasm(page);
  await app.open();
  // The German page, for a browser that prefers German: its own Start.
  const start = page.getByRole("link", { name: "Einschätzung starten" });
  await expect(start).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(start).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(app.heading()).toHaveText(CLIENT.items[0].prompt.de);
  await expect(app.heading()).toBeFocused();
  await expect(page.getByText(`Frage 1 von ${N}`)).toBeVisible();
  // Into the group, and down to the second answer.
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  const second = app.radios().nth(1);
  await expect(second).toBeFocused();
  await expect(second).toBeChecked();
  release();
  await expect(page.locator(".app")).toBeVisible();
  // Focus stays on the answer, now the app's, and Enter moves on as it does in the app.
  await expect(app.radios().nth(1)).toBeFocused();
  await expect(app.radios().nth(1)).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Frage 2 von ${N}`)).toBeVisible();
  await expect(app.heading()).toHaveText(CLIENT.items[1].prompt.de);
  await app.expectNoErrors();
  await context.close();
});

test("a firm's provider lens and saved progress wait for the app: a calm loading state, then the app's question", async ({ page }) => {
  const app = new Assessment(page);
  let release = await holdWasm(page);
  await app.open("./?lens=provider#/q/1");
  await expect(page.getByRole("heading", { level: 1, name: "Question 1" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Loading the question…");
  await expect(app.radios()).toHaveCount(0);
  release();
  await expect(app.heading()).toHaveText(PROVIDER.items[0].prompt.en);
  // Saved progress: question 1 waits for the app, which shows the answer saved.
  await page.unrouteAll({ behavior: "wait" });
  await app.open();
  await app.startButton().click();
  await app.radios().nth(3).check();
  release = await holdWasm(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Question 1" })).toBeVisible();
  await expect(app.radios()).toHaveCount(0);
  release();
  await expect(app.radios().nth(3)).toBeChecked();
  await app.expectNoErrors();
});

test("a reload on a question shows the loading state there, and moves no focus", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  await app.radios().nth(1).check();
  await page.getByRole("button", { name: "Next" }).click();
  await app.expectQuestion(2, N);
  const release = await holdWasm(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Question 2" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Question 2" })).not.toBeFocused();
  release();
  await app.expectQuestion(2, N);
  await app.expectNoErrors();
});

test("nothing but the page before the first paint: its styles are in it, start.js fetches the wasm and, after the paint, the glue, each once", async ({ page }) => {
  const app = new Assessment(page);
  const fetched = [];
  const warnings = [];
  page.on("request", (r) => fetched.push(unhashed(new URL(r.url()).pathname.split("/").pop())));
  page.on("console", (m) => {
    if (m.type() === "warning") warnings.push(m.text());
  });
  await app.open();
  await expect(app.startButton()).toBeVisible();
  expect(fetched.filter((name) => name === "partner-or-vendor_bg.wasm")).toHaveLength(1);
  expect(fetched.filter((name) => name === "partner-or-vendor.js")).toHaveLength(1);
  expect(fetched.filter((name) => name.endsWith(".css"))).toEqual([]);
  // The page names no file it would fetch before its first paint but start.js.
  const html = await (await page.request.get(page.url())).text();
  expect(html).toMatch(/<style>[^<]*--accent/);
  expect(html).not.toMatch(/<link[^>]*rel="?(stylesheet|preload|modulepreload)/);
  const started = Object.fromEntries(
    (await page.evaluate(() => performance.getEntriesByType("resource").map((r) => [new URL(r.name).pathname.split("/").pop(), r.startTime]))).map(([name, time]) => [unhashed(name), time]),
  );
  const painted = await page.evaluate(() => performance.getEntriesByType("paint").find((p) => p.name === "first-contentful-paint")?.startTime);
  expect(started["start.js"]).toBeLessThan(painted);
  expect(started["partner-or-vendor_bg.wasm"]).toBeGreaterThanOrEqual(started["start.js"]);
  expect(started["partner-or-vendor.js"]).toBeGreaterThanOrEqual(painted);
  // Chromium warns when a preload is not used (fetched twice, or the wrong `as`/`crossorigin`).
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
  // The visitor reading English with the client seat fetches no part of the catalog.
  expect(fetched.filter((name) => name.endsWith(".bin"))).toEqual([]);
  await app.expectNoErrors();
});

test("a German visitor's part of the catalog is asked for with the wasm and fetched once", async ({ page }) => {
  const fetched = [];
  const warnings = [];
  page.on("request", (r) => fetched.push(unhashed(new URL(r.url()).pathname.split("/").pop())));
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto("./?lang=de");
  await expect(page.getByRole("button", { name: "Einschätzung starten" })).toBeVisible();
  expect(fetched.filter((name) => name === "questionnaire.client.de.bin")).toHaveLength(1);
  expect(fetched.filter((name) => name.endsWith(".bin"))).toEqual(["questionnaire.client.de.bin"]);
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
});

