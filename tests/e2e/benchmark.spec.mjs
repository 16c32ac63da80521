// The norms file: made in the team view from 20 or more results links (the core's own,
// examples/score.rs), downloaded, served beside the app, and the visitor's comparison line
// under the index with the numbers the file gives; nothing for fewer than 20 results, a damaged
// file, or a file named on another origin.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { answerAll, coreScore, deployAs, keyedAnswers } from "./assessment.mjs";

const PASTE = "Results links, one per line";
const SAVE = "Save norms file";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
const MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
  "Oktober", "November", "Dezember"];

/** Respondent `k`'s answers: every dimension at its own level, keyed so no statement is
 *  answered like its opposite (each result settled, with a stage). */
const answersOf = (k) => keyedAnswers((d, item) => (k + d * (k % 3)) % item.options);

/** `n` respondents as the core scores them (their links and indices). */
const respondents = (n) => Array.from({ length: n }, (_, k) => coreScore(answersOf(k)));

/** Pastes the links into the team view. */
async function showTeam(page, links) {
  await page.goto("team.html");
  await page.getByRole("textbox", { name: PASTE }).fill(links.join("\n"));
  await page.getByRole("button", { name: "Compare results" }).click();
  await expect(page.getByRole("heading", { name: "A norms file for your visitors" })).toBeVisible();
}

/** Makes the norms file of `people` in the team view and returns its text. */
async function normsFile(page, people) {
  await showTeam(page, people.map((p) => p.link));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: SAVE }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^norms-partner-or-vendor-\d+\.json$/);
  return readFileSync(await download.path(), "utf8");
}

/** Serves `body` as `norms.json` beside the app; returns the requests it answered. */
async function serveNorms(page, body) {
  const asked = [];
  await page.route("**/norms.json", (route) => {
    asked.push(route.request().url());
    return route.fulfill({ contentType: "application/json", body });
  });
  return asked;
}

/** The visitor answers with `answers` and sees their own result. */
async function ownResult(page, path, answers) {
  await page.goto(path);
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await answerAll(page, answers);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your result");
}

/** Waits for the app's console warning that no comparison is shown, and returns it. */
const noComparison = (page) =>
  page.waitForEvent("console", (m) => m.type() === "warning" && m.text().includes("no comparison"));

/** The comparison line under the index, in either language. */
const line = (page) => page.getByText(/^(Your partner index is higher than \d+% of the|Ihr Partner-Index liegt höher als bei \d+\u00a0% der) /);

test("24 results make a norms file of counts only; the visitor sees where their index stands, in both languages", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const people = respondents(24);
  const text = await normsFile(page, people);
  const file = JSON.parse(text);
  // Counts per whole score and nothing of a person: no labels, answers or links.
  expect(Object.keys(file).sort()).toEqual(["asOf", "count", "dimensions", "format", "index", "lens",
    "questionnaire", "questionnaireVersion", "version"]);
  expect(file.count).toBe(24);
  expect(file.lens).toBe("client");
  for (const p of people) expect(text).not.toContain(p.link);
  const expected = Array(101).fill(0);
  for (const p of people) expected[p.overall] += 1;
  expect(file.index).toEqual(expected);
  const now = new Date();
  expect(file.asOf).toBe(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`);

  // A visitor of a deployment that names its firm.
  // On a page of its own, the firm's norms file comes from its deployment's line, as its name
  // does (the service worker, which would answer a reload past the line, is kept out).
  const context = await browser.newContext({ serviceWorkers: "block" });
  const visitor = await context.newPage();
  await deployAs(visitor, "firm=Acme IT&amp;benchmark=norms.json");
  const asked = await serveNorms(visitor, text);
  const mine = coreScore(answersOf(5));
  const below = people.filter((p) => p.overall < mine.overall).length;
  const percent = Math.floor((below * 100) / 24);
  const month = `${MONTHS[now.getMonth()]} ${now.getFullYear()}`;
  await ownResult(visitor, "./", answersOf(5));
  await expect(visitor.getByTestId("overall-index")).toHaveText(String(mine.overall));
  await expect(line(visitor)).toHaveText(
    `Your partner index is higher than ${percent}% of the 24 results shared with Acme IT (as of ${month}).`);
  expect(asked).toHaveLength(1);
  // Read in German once the German texts are here.
  await visitor.getByRole("button", { name: "Deutsch" }).click();
  const monat = `${MONATE[now.getMonth()]} ${now.getFullYear()}`;
  await expect(line(visitor)).toHaveText(
    `Ihr Partner-Index liegt höher als bei ${percent}\u00a0% der 24 Ergebnisse, die Acme IT erhalten hat (Stand: ${monat}).`);
  expect(asked).toHaveLength(1);
  await context.close();
});

test("under 20 results the team view offers no file and says how many more it needs", async ({ page }) => {
  await showTeam(page, respondents(19).map((p) => p.link));
  await expect(page.getByText(
    "1 more result with a stage is needed for a norms file (it takes at least 20).")).toBeVisible();
  await expect(page.getByRole("button", { name: SAVE })).toHaveCount(0);
});

test("nothing is shown for a file under 20, a damaged file, or one named on another origin", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const good = JSON.parse(await normsFile(page, respondents(20)));
  const visitor = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
  await deployAs(visitor, "benchmark=norms.json");
  const files = [
    JSON.stringify({ ...good, count: 19, index: good.index.map((c, s) => (s === good.index.findIndex((n) => n > 0) ? c - 1 : c)) }),
    JSON.stringify(good).slice(0, 200),
    JSON.stringify({ ...good, questionnaireVersion: good.questionnaireVersion + 1 }),
  ];
  let body = files[0];
  const asked = [];
  await visitor.route("**/norms.json", (route) => {
    asked.push(route.request().url());
    return route.fulfill({ contentType: "application/json", body });
  });
  const warned = noComparison(visitor);
  await ownResult(visitor, "./", answersOf(3));
  expect((await warned).text()).toContain("fewer than 20 results");
  await expect(line(visitor)).toHaveCount(0);
  for (const [file, why] of [[files[1], "not JSON"], [files[2], "another questionnaire"]]) {
    body = file;
    const warning = noComparison(visitor);
    await visitor.reload();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Your result");
    expect((await warning).text()).toContain(why);
    await expect(line(visitor)).toHaveCount(0);
  }
  expect(asked).toHaveLength(3);
  // Another origin is refused as a setting: nothing is fetched at all.
  for (const elsewhere of ["https://elsewhere.example/norms.json", "//elsewhere.example/norms.json"]) {
    const page = await (await browser.newContext({ serviceWorkers: "block" })).newPage();
    page.on("request", (request) => asked.push(request.url()));
    await deployAs(page, `benchmark=${elsewhere}`);
    const refused = page.waitForEvent("console", (m) => m.type() === "warning" && m.text().includes("benchmark"));
    await page.goto(`./#r=${coreScore(answersOf(3)).link}`);
    expect((await refused).text()).toContain("a path on this app's own site");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shared result");
    expect(asked.filter((url) => url.includes("elsewhere"))).toEqual([]);
    await page.context().close();
  }
  expect(asked.filter((url) => url.endsWith("norms.json"))).toHaveLength(3);
});
