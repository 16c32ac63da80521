// Offline after the first visit (sw.js), against nginx with deploy/nginx.conf: a visitor who
// loses the connection reloads, finishes and sees the result, alone and embedded on a firm's
// page; nothing cross-origin is kept; a host that stops serving the worker turns it off; a
// broken worker never stops the app.
import { test, expect } from "@playwright/test";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { Assessment, coreScore } from "../assessment.mjs";
import { APP, SAME_SITE_HOST, openHost } from "../host.mjs";
import { ANSWERS, ITEMS, SERVER, answerRange, folder, workerReady } from "./served.mjs";

test.skip(SERVER !== "nginx", "the worker's journeys run against nginx");

const CORE = coreScore(ANSWERS);
const N = ITEMS.length;

/** Every address the origin's caches hold. */
const cached = (frame) =>
  frame.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return urls;
  });

test("a visitor who loses the connection mid-way reloads, finishes and sees the result", async ({ page, context, baseURL }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  await answerRange(page, 0, 10);
  await workerReady(page);
  await context.setOffline(true);
  const fromWorker = [];
  page.on("response", (r) => fromWorker.push([new URL(r.url()).pathname, r.fromServiceWorker()]));
  await page.reload();
  await app.expectQuestion(11, N);
  await answerRange(page, 10);
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.getByTestId("overall-index")).toHaveText(String(CORE.overall));
  // The page, its script, glue and wasm came from the worker, not the network.
  const app_files = fromWorker.filter(([path]) => path === "/" || /\.(js|wasm|css)$/.test(path));
  expect(app_files.length).toBeGreaterThanOrEqual(4);
  expect(app_files.filter(([, worker]) => !worker)).toEqual([]);
  for (const url of await cached(page)) expect(url.startsWith(baseURL)).toBe(true);
  await context.setOffline(false);
  await app.expectNoErrors();
});

test("embedded on a firm's page, the widget finishes offline too, and keeps nothing of the firm's", async ({ page, context }) => {
  await openHost(
    page,
    `<div id="w" data-partner-or-vendor data-firm="Acme IT" data-logo="https://acme.example/logo.svg"></div>
     <script src="${APP}embed.js" async></script>`,
    // The firm's page on a site of the app's own: in a frame of another site, the Chromium the
    // suite runs never has the worker ready (the widget then works online, without one).
    { host: SAME_SITE_HOST },
  );
  const frame = page.frameLocator("#w iframe");
  await frame.getByRole("button", { name: "Start the assessment" }).click();
  await answerRange(frame, 0, 10);
  const app = page.frames().find((f) => f.url().startsWith(APP));
  await workerReady(app);
  await context.setOffline(true);
  await app.evaluate(() => location.reload());
  await expect(frame.getByText(`Question 11 of ${N}`)).toBeVisible();
  await answerRange(frame, 10);
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Your result");
  await expect(frame.getByTestId("overall-index")).toHaveText(String(CORE.overall));
  const urls = await cached(page.frames().find((f) => f.url().startsWith(APP)));
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url.startsWith(APP)).toBe(true);
  await context.setOffline(false);
});

test("a host that stops serving sw.js turns the worker off, and the app goes on without it", async ({ page, baseURL }) => {
  const dir = folder("turned-off");
  const app = new Assessment(page);
  await app.open(`${baseURL}turned-off/`);
  await workerReady(page);
  for (const name of ["sw.js", "sw.js.br", "sw.js.gz"]) rmSync(`${dir}${name}`);
  expect(existsSync(`${dir}sw.js`)).toBe(false);
  await page.reload();
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await app.startButton().click();
  await app.expectQuestion(1, N);
});

test("a broken worker never stops the app", async ({ page, baseURL }) => {
  const dir = folder("broken-worker");
  for (const name of ["sw.js.br", "sw.js.gz"]) rmSync(`${dir}${name}`);
  writeFileSync(`${dir}sw.js`, "throw new Error('a broken worker');\n");
  const app = new Assessment(page);
  await app.open(`${baseURL}broken-worker/`);
  await app.startButton().click();
  await answerRange(page, 0);
  await expect(app.heading()).toHaveText("Your result");
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  await app.expectNoErrors();
});

test("the worker keeps to its own release: another application's page and script beside it are neither kept nor served offline", async ({ page, context, baseURL }) => {
  const dir = folder("neighbour");
  // Another application deployed in the same folder, with a page and a content-named script.
  writeFileSync(`${dir}other.html`, "<!doctype html><title>Another app</title><p>Another app's page</p>\n");
  writeFileSync(`${dir}other.12345678.js`, "// another app's script\n");
  const app = new Assessment(page);
  await app.open(`${baseURL}neighbour/`);
  await workerReady(page);
  // Controlled by the worker from here on.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const script = await page.evaluate(async () => (await fetch("other.12345678.js")).text());
  expect(script).toContain("another app's script");
  await page.goto(`${baseURL}neighbour/other.html`);
  await expect(page.getByText("Another app's page")).toBeVisible();
  const urls = await cached(page);
  expect(urls.some((url) => url.endsWith("/neighbour/"))).toBe(true);
  expect(urls.filter((url) => /other\.(html|12345678\.js)$/.test(url))).toEqual([]);
  // Offline, the assessment still opens, the other application's page does not.
  await context.setOffline(true);
  await expect(page.goto(`${baseURL}neighbour/other.html`)).rejects.toThrow();
  const again = new Assessment(await context.newPage());
  await again.page.goto(`${baseURL}neighbour/`);
  await expect(again.startButton()).toBeVisible();
  await context.setOffline(false);
});
