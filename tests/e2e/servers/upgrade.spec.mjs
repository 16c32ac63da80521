// An upgrade on a live server (nginx with deploy/nginx.conf): release A is served and a visitor
// answers some questions; release B, with another wasm and another JS glue, takes its place at
// once (one rename). A reload gets B whole, never A's glue with B's wasm; the tab still open on
// A keeps working to its result; the answers saved under A resume in B.
import { test, expect } from "@playwright/test";
import { appendFileSync, copyFileSync, cpSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, utimesSync } from "node:fs";
import { basename, dirname } from "node:path";
import { Assessment, NAMED, WASM, contentNamed, coreScore } from "../assessment.mjs";
import { hashAssets } from "../../../scripts/hash-assets.mjs";
import { ANSWERS, DIST, ITEMS, ROOT, SERVER, answerRange, workerReady } from "./served.mjs";

test.skip(SERVER !== "nginx", "the upgrade runs against nginx");

const N = ITEMS.length;
const RELEASES = `${dirname(ROOT)}/releases`;
const GLUE = contentNamed("partner-or-vendor.js");

/** A custom section ("release": `name`) at the end of a wasm module: another wasm that runs
 *  the same. */
const section = (name) => Buffer.from([0, 8 + name.length, 7, ..."release", ...name].map((c) => (typeof c === "string" ? c.charCodeAt(0) : c)));

const find = (dir, pattern) => readdirSync(dir).find((f) => pattern.test(f));

/** Points `/upgrade/` at a release, in one rename, as a deployment that swaps folders does. */
function serve(release) {
  symlinkSync(`${RELEASES}/${release}`, `${RELEASES}/next`);
  renameSync(`${RELEASES}/next`, `${RELEASES}/current`);
}

test("after an upgrade a reload gets the new release whole, an open tab finishes on the old one, and saved answers resume", async ({ browser, baseURL }) => {
  rmSync(RELEASES, { recursive: true, force: true });
  mkdirSync(RELEASES, { recursive: true });
  cpSync(DIST, `${RELEASES}/a`, { recursive: true });
  const B = releaseB(`${RELEASES}/b`);
  const A = { wasm: find(`${RELEASES}/a`, WASM), glue: find(`${RELEASES}/a`, GLUE) };
  expect(B.wasm).not.toBe(A.wasm);
  expect(B.glue).not.toBe(A.glue);
  serve("a");
  rmSync(`${ROOT}upgrade`, { force: true });
  symlinkSync(`${RELEASES}/current`, `${ROOT}upgrade`);

  const context = await browser.newContext();
  const requested = [];
  context.on("request", (r) => requested.push(basename(new URL(r.url()).pathname)));
  const onA = await context.newPage();
  const old = new Assessment(onA);
  await old.open(`${baseURL}upgrade/`);
  await old.startButton().click();
  await answerRange(onA, 0, 5);
  await workerReady(onA);
  expect(requested).toContain(A.wasm);

  serve("b");
  const since = requested.length;
  const onB = await context.newPage();
  const fresh = new Assessment(onB);
  await fresh.open(`${baseURL}upgrade/`);
  // (c) What was answered under A is restored under B…
  await fresh.expectQuestion(6, N);
  await expect(onB.getByText("Welcome back: your answers so far have been restored.")).toBeVisible();
  // (a) …by B's own glue and wasm, never A's.
  const loaded = await onB.evaluate(() => performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname.split("/").pop()));
  expect(loaded).toEqual(expect.arrayContaining([B.glue, B.wasm]));
  expect(loaded).not.toContain(A.glue);
  expect(loaded).not.toContain(A.wasm);
  expect(requested.slice(since)).not.toContain(A.wasm);
  expect(requested.slice(since)).not.toContain(A.glue);
  await fresh.expectNoErrors();

  // (b) The tab still open on A answers to its result, and its German part still comes.
  await onA.bringToFront();
  await answerRange(onA, 5);
  await expect(old.heading()).toHaveText("Your result");
  await expect(onA.getByTestId("overall-index")).toHaveText(String(coreScore(ANSWERS).overall));
  await onA.getByRole("button", { name: "Deutsch" }).click();
  await expect(old.heading()).toHaveText("Ihr Ergebnis");
  await old.expectNoErrors();
  await context.close();
});

test("without a worker, a tab whose release's files are gone says to reload, and loses no answer", async ({ browser, baseURL }) => {
  // A release of its own, and a browser that registers no worker (one that blocks them).
  const dir = `${ROOT}gone/`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(DIST, dir, { recursive: true });
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const app = new Assessment(page);
  await app.open(`${baseURL}gone/`);
  await app.startButton().click();
  await answerRange(page, 0, 3);
  // The host deletes the files the tab would fetch next: the German questions.
  for (const name of readdirSync(dir).filter((f) => f.startsWith("questionnaire.client.de."))) {
    renameSync(`${dir}${name}`, `${dir}${name}.away`);
  }
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.getByText(/reload the page|laden Sie die Seite neu/)).toBeVisible();
  // Back in place (as a reload would find the release it names), the answers are all there.
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".away"))) renameSync(`${dir}${name}`, `${dir}${name.slice(0, -5)}`);
  await page.reload();
  await expect(page.getByText(/Frage 4 von|Question 4 of/)).toBeVisible();
  await context.close();
});

/** Release B beside A: another wasm and JS glue that run the same, written later than A. */
function releaseB(dir) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(DIST, dir, { recursive: true });
  appendFileSync(`${dir}/${find(dir, WASM)}`, section("B"));
  appendFileSync(`${dir}/${find(dir, GLUE)}`, "\n// release B\n");
  hashAssets(dir, { compress: true });
  // nginx's validators are the file's size and modification time in seconds: B's pages have
  // the same size as A's (only hashes differ), so written in the same second they would look
  // unchanged to a browser revalidating A's copy. A real release is written later than the last.
  const later = new Date(Date.now() + 5000);
  for (const f of readdirSync(dir)) utimesSync(`${dir}/${f}`, later, later);
  return { wasm: find(dir, WASM), glue: find(dir, GLUE) };
}

/** The deploy order of docs/deployment.md, as steps: which of a release's files each copies. */
const CONTENT_NAMED = (f) => NAMED.test(f.replace(/\.(br|gz)$/, ""));
const PAGES = (f) => /\.html(\.br|\.gz)?$/.test(f);
const REST = (f) => !CONTENT_NAMED(f) && !PAGES(f);
const copy = (from, to, which) => readdirSync(from).filter(which).forEach((f) => copyFileSync(`${from}/${f}`, `${to}/${f}`));

/** A live folder `/<name>/` holding release A, with release B ready beside the served root
 *  (`from`) to be copied over it. */
function liveWithB(name) {
  const live = `${ROOT}${name}`;
  rmSync(live, { recursive: true, force: true });
  cpSync(DIST, live, { recursive: true });
  const from = `${dirname(ROOT)}/${name}-b`;
  return { live, from, B: releaseB(from) };
}

/** Resource names the page loaded. */
const loadedBy = (page) => page.evaluate(() => performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname.split("/").pop()));

test("copied over in the documented order, every step of a half-copied release works", async ({ browser, baseURL }) => {
  const { live, from, B } = liveWithB("half");
  const context = await browser.newContext();
  const first = await context.newPage();
  const app = new Assessment(first);
  await app.open(`${baseURL}half/`);
  await app.startButton().click();
  await answerRange(first, 0, 3);
  await workerReady(first);

  // Each step, then a visitor arriving (with the worker of the release before) and one
  // reloading the tab they had open: the assessment runs, the answers are there.
  for (const [step, which] of [["content-named files", CONTENT_NAMED], ["pages", PAGES], ["loader and worker", REST]]) {
    copy(from, live, which);
    const arriving = await context.newPage();
    const visitor = new Assessment(arriving);
    await visitor.open(`${baseURL}half/`);
    await visitor.expectQuestion(4, N);
    await visitor.expectNoErrors();
    const loaded = await loadedBy(arriving);
    // B's own glue and wasm once B's pages are there; A's (still present) before.
    if (step === "content-named files") expect(loaded, step).not.toContain(B.wasm);
    else expect(loaded, step).toEqual(expect.arrayContaining([B.glue, B.wasm]));
    await first.reload();
    await app.expectQuestion(4, N);
    await arriving.close();
  }
  await answerRange(first, 3);
  await expect(app.heading()).toHaveText("Your result");
  await app.expectNoErrors();
  await context.close();
});

test("copied in the wrong order (pages first), a visitor who found files missing is whole after one reload", async ({ browser, baseURL }) => {
  const { live, from, B } = liveWithB("wrong");
  const context = await browser.newContext();
  const page = await context.newPage();
  const statuses = new Map();
  page.on("response", (r) => statuses.set(basename(new URL(r.url()).pathname), r.status()));
  // The pages arrive before the files they name: the app's files are missing for a moment.
  copy(from, live, PAGES);
  await page.goto(`${baseURL}wrong/`);
  await expect(page.getByRole("heading", { name: "Partner or Vendor?" })).toBeVisible();
  await expect.poll(() => [...statuses].filter(([, s]) => s === 404).length).toBeGreaterThan(0);
  // The rest of the copy lands; one reload finds every file (a 404 is never kept).
  copy(from, live, (f) => !PAGES(f));
  statuses.clear();
  await page.reload();
  const app = new Assessment(page);
  await app.startButton().click();
  await app.expectQuestion(1, N);
  expect([...statuses].filter(([, s]) => s >= 400)).toEqual([]);
  expect(await loadedBy(page)).toEqual(expect.arrayContaining([B.glue, B.wasm]));
  await app.expectNoErrors();
  await context.close();
});
