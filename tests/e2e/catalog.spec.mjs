// The lazy catalog: the wasm carries only the current client seat in English; another language,
// the provider seat and older versions come from the app's own origin the first time they are
// needed (one seat in one language, or the whole catalog for links and progress it cannot read):
// a German visitor fetches the client seat in German only. Opened in a fresh browser, every kind
// of address that needs them works; when the fetch fails or stalls, a notice says so (in the
// language the app carries), the visitor's answers stay, nothing crashes, and trying again
// fetches again.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { Assessment, PROGRESS_KEY, TEXT, content, contentNamed, coreScore, failCatalogFetches, faults, isCatalog, items, unhashed } from "./assessment.mjs";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const CSP_APP = `http://127.0.0.1:${PORT + 2}/tools/assessment/`;

const ITEMS = items();
const N = ITEMS.length;
const CLIENT = content("client");
const PROVIDER = content("provider");
const PROVIDER_ITEMS = coreScore("", "provider").items;
const mine = ITEMS.map((item, i) => (i % 7 === 3 ? "?" : String((i * 3 + 2) % item.options))).join("");
const theirs = PROVIDER_ITEMS.map((item, i) => (i % 8 === 5 ? "-" : String((i * 2 + 1) % item.options))).join("");

/** Results links made by released versions, pinned for the core's own tests. */
const PINNED = JSON.parse(readFileSync(new URL("../fixtures/links.json", import.meta.url), "utf8")).links;
const FIRST_RELEASE = PINNED.filter((l) => l.questionnaire_version === 1);


/** Opens `path` in a browser context of its own, recording fetches of the catalog. */
async function openFresh(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new Assessment(page);
  const fetched = [];
  page.on("request", (request) => {
    if (isCatalog(request.url())) fetched.push(request.url());
  });
  await page.goto(path);
  return { context, page, app, fetched };
}


test("a provider link, a comparison link and the provider lens each fetch the rest of the catalog in a fresh browser", async ({ browser }) => {
  const client = coreScore(mine);
  const provider = coreScore(theirs, "provider");
  expect(provider.provisional).toBe(false);

  // A provider seat's results link.
  {
    const { context, page, app, fetched } = await openFresh(browser, `./#r=${provider.link}`);
    await expect(app.heading()).toHaveText("Shared result");
    await expect(page.getByTestId("overall-index")).toHaveText(String(provider.overall));
    await expect(page.getByTestId("stage")).toHaveText(provider.stage);
    for (const [id, score] of Object.entries(provider.dimensions)) {
      await expect(page.locator(`tr[data-dimension="${id}"] td.score`)).toHaveText(score === null ? "–" : String(score));
    }
    await expect(page.getByRole("button", { name: "Compare: answer as the client" })).toBeVisible();
    expect(fetched).toHaveLength(1);
    await app.expectNoErrors();
    await context.close();
  }

  // A comparison link.
  {
    const { context, page, app, fetched } = await openFresh(browser, `./#r=${client.link}&vs=${provider.link}`);
    await expect(app.heading()).toHaveText("Both sides compared");
    const table = page.getByRole("table", { name: "Scores by dimension, from both sides" });
    for (const [id, score] of Object.entries(client.dimensions)) {
      const cells = table.locator(`tr[data-dimension="${id}"] td`);
      // A dimension without a score says so in words in the comparison.
      const shown = (s) => (s === null ? "no score" : String(s));
      await expect(cells.nth(0)).toHaveText(shown(score));
      await expect(cells.nth(1)).toHaveText(shown(provider.dimensions[id]));
    }
    expect(fetched).toHaveLength(1);
    await app.expectNoErrors();
    await context.close();
  }

  // The provider lens, straight to the provider's own questions.
  {
    const { context, page, app, fetched } = await openFresh(browser, "./?lens=provider");
    await expect(app.heading()).toHaveText(PROVIDER.title.en);
    await app.startButton().click();
    await app.expectQuestion(1, N);
    await expect(app.heading()).toHaveText(PROVIDER.items[0].prompt.en);
    expect(fetched).toHaveLength(1);
    await app.expectNoErrors();
    await context.close();
  }

  // A provider link pasted into a tab where the client seat is open: fetched only then.
  {
    const { context, page, app, fetched } = await openFresh(browser, "./");
    await expect(app.startButton()).toBeVisible();
    expect(fetched).toHaveLength(0);
    await page.evaluate((hash) => { window.location.hash = hash; }, `r=${provider.link}`);
    await expect(app.heading()).toHaveText("Shared result");
    await expect(page.getByTestId("overall-index")).toHaveText(String(provider.overall));
    expect(fetched).toHaveLength(1);
    await app.expectNoErrors();
    await context.close();
  }

  // On a firm's sub-path under the strict Content-Security-Policy.
  {
    const { context, page, app, fetched } = await openFresh(browser, `${CSP_APP}?lens=provider`);
    await expect(app.heading()).toHaveText(PROVIDER.title.en);
    expect(fetched).toHaveLength(1);
    // Only the provider seat in English, not the whole catalog.
    expect(fetched[0]).toMatch(contentNamed("questionnaire.provider.en.bin", CSP_APP));
    await app.expectNoErrors();
    await context.close();
  }
});

test("links and saved progress of the first release open with its questions, fetched on demand", async ({ browser }) => {
  expect(FIRST_RELEASE.length).toBeGreaterThanOrEqual(10);
  const { context, page, app, fetched } = await openFresh(browser, "./");
  await expect(app.startButton()).toBeVisible();
  expect(fetched).toHaveLength(0);
  for (const pinned of FIRST_RELEASE) {
    await app.open(`./#r=${pinned.payload}`);
    await expect(app.heading(), pinned.description).toHaveText("Shared result");
    if (pinned.overall === null) {
      await expect(page.getByRole("heading", { name: TEXT.en.provisionalHeading }), pinned.description).toBeVisible();
    } else {
      await expect(page.getByTestId("overall-index"), pinned.description).toHaveText(String(pinned.overall));
    }
    if (pinned.label) await expect(page.getByText(`Shared result: ${pinned.label}.`)).toBeVisible();
  }
  // Fetched once, when the first of them needed it.
  expect(fetched).toHaveLength(1);
  await app.expectNoErrors();
  await context.close();

  // Progress saved by the first release (its own record format): offline it is kept for a
  // later visit; online it resumes with the first release's 27 questions.
  const v1Items = FIRST_RELEASE[0].answers.length;
  const record = `{"f":1,"q":"partner-or-vendor","qv":1,"s":"2","a":"3?${".".repeat(v1Items - 2)}"}`;
  const other = await browser.newContext();
  const visitor = await other.newPage();
  const returning = new Assessment(visitor);
  await returning.open();
  await expect(returning.startButton()).toBeVisible();
  await visitor.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, record]);
  await visitor.route(isCatalog, (route) => route.abort());
  await visitor.reload();
  await expect(visitor.getByRole("status").filter({ hasText: TEXT.en.loadFailed })).toBeVisible();
  await expect(returning.startButton()).toBeVisible();
  expect(await visitor.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(record);
  await visitor.unroute(isCatalog);
  await visitor.reload();
  await expect(visitor.getByText("Welcome back: your answers so far have been restored.")).toBeVisible();
  await returning.expectQuestion(3, v1Items);
  await visitor.getByRole("button", { name: "Back" }).click();
  await returning.expectQuestion(2, v1Items);
  // The first release had one escape: "Not sure", now read as "I can't judge".
  await expect(visitor.getByRole("radio", { name: TEXT.en.cantJudge })).toBeChecked();
  await expect(visitor.getByRole("radio", { name: TEXT.en.notApplicable })).toHaveCount(0);
  expect(faults(returning)).toEqual([]);
  await other.close();
});

/** Starts the client seat and answers the first two questions with `mine`; returns the page
 *  object and the progress record saved at question 3. */
async function answerTwo(page) {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  for (let k = 0; k < 2; k++) {
    await app.radios().nth(Number(mine[k])).check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await app.expectQuestion(3, N);
  const saved = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  return { app, saved };
}

test("when the catalog can't be fetched, the provider lens says so and keeps the visitor's answers", async ({ page }) => {
  const { app, saved } = await answerTwo(page);

  await page.route(isCatalog, (route) => route.abort());
  await app.open("./?lens=provider");
  const notice = page.getByRole("status").filter({ hasText: TEXT.en.loadFailed });
  await expect(notice).toBeVisible();
  await expect(notice).toHaveText(TEXT.en.loadFailed);
  // The answers so far are still there, where the visitor left them.
  await app.expectQuestion(3, N);
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(saved);
  await page.getByRole("button", { name: "Back" }).click();
  await app.expectQuestion(2, N);
  await expect(app.radios().nth(Number(mine[1]))).toBeChecked();
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
  expect(faults(app)).toEqual([]);

  // With the connection back, the same address opens the provider seat.
  await page.unroute(isCatalog);
  await app.open("./?lens=provider");
  await expect(app.heading()).toHaveText(PROVIDER.title.en);
  await expect(page.getByRole("status").filter({ hasText: TEXT.en.loadFailed })).toHaveCount(0);
  expect(faults(app)).toEqual([]);
});

test("when the catalog can't be fetched, the compare button says so, keeps the answers and works when tried again", async ({ page }) => {
  const { app, saved } = await answerTwo(page);

  // A client's result shared with this visitor opens with what the first download holds.
  let fetches = 0;
  await page.route(isCatalog, (route) => {
    fetches += 1;
    return route.abort();
  });
  const client = coreScore(mine);
  await app.open(`./#r=${client.link}`);
  await expect(app.heading()).toHaveText("Shared result");
  expect(fetches).toBe(0);

  const compare = page.getByRole("button", { name: "Compare: answer as the provider" });
  await compare.click();
  const notice = page.getByRole("status").filter({ hasText: TEXT.en.loadFailed });
  await expect(notice).toBeVisible();
  expect(fetches).toBe(1);
  // Nothing else changed: the shared result is still on screen, the visitor's answers are kept.
  await expect(app.heading()).toHaveText("Shared result");
  await expect(page.getByTestId("overall-index")).toHaveText(String(client.overall));
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(saved);
  expect(faults(app)).toEqual([]);

  // Trying again fetches again, and now it works.
  await page.unroute(isCatalog);
  await compare.click();
  await app.expectQuestion(1, N);
  await expect(app.heading()).toHaveText(PROVIDER.items[0].prompt.en);
  await expect(notice).toHaveCount(0);

  // The visitor's own client answers are still waiting for them.
  await app.open("./");
  await expect(page.getByText("Welcome back: your answers so far have been restored.")).toBeVisible();
  await app.expectQuestion(3, N);
  await page.getByRole("button", { name: "Back" }).click();
  await expect(app.radios().nth(Number(mine[1]))).toBeChecked();
  expect(faults(app)).toEqual([]);
});

test("a fetch of the catalog that stalls is given up after ten seconds, with Try again that works", async ({ page }) => {
  const app = new Assessment(page);
  // The server accepts the request and never answers, as a dead connection does.
  let stalled = 0;
  await page.route(isCatalog, () => {
    stalled += 1;
  });
  // The app's patience is a timer set with the request: the page's clock is moved on past it
  // rather than waited for (it also runs on by itself, as a real one does).
  await page.clock.install();
  await app.open("./");
  await app.startButton().click();
  await app.expectQuestion(1, N);
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect.poll(() => stalled).toBe(1);
  const notice = page.getByRole("status").filter({ hasText: TEXT.en.loadFailed });
  // Eight seconds on (give or take the moments the test itself takes), still waiting…
  await page.clock.runFor(8_000);
  await expect(notice).toHaveCount(0);
  // …and given up by ten.
  await page.clock.runFor(2_000);
  await expect(notice).toBeVisible();
  expect(stalled).toBe(1);
  // Still answerable in English where the visitor was.
  await app.expectQuestion(1, N);
  await page.unroute(isCatalog);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText("Frage 1 von")).toBeVisible();
  await expect(notice).toHaveCount(0);
});

/** The parts of the catalog a page fetches, by file name. */
function catalogRequests(page) {
  const names = [];
  page.on("request", (request) => {
    if (isCatalog(request.url())) names.push(unhashed(new URL(request.url()).pathname.split("/").pop()));
  });
  return names;
}

test("a German visitor fetches the client seat in German only, not the whole catalog", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  const app = new Assessment(page);
  const parts = catalogRequests(page);
  await app.open();
  await expect(app.heading()).toHaveText(CLIENT.title.de);
  expect(parts).toEqual(["questionnaire.client.de.bin"]);
  // Switching to English and back needs nothing more: the part holds English too.
  await page.getByRole("button", { name: "English" }).click();
  await expect(app.heading()).toHaveText(CLIENT.title.en);
  await page.getByRole("button", { name: "Deutsch" }).click();
  await expect(app.heading()).toHaveText(CLIENT.title.de);
  // The provider seat comes in German, when asked for.
  await page.getByRole("button", { name: /Dienstleister/ }).click();
  await expect(app.heading()).toHaveText(PROVIDER.title.de);
  expect(parts).toEqual(["questionnaire.client.de.bin", "questionnaire.provider.de.bin"]);
  await app.expectNoErrors();
  await context.close();
});

test("a failed fetch of the other seat or language says so, and Try again works", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await expect(app.startButton()).toBeVisible();
  const fetches = await failCatalogFetches(page);

  // The other seat.
  await page.getByRole("button", { name: /provider/ }).click();
  const notice = page.getByRole("status").filter({ hasText: TEXT.en.loadFailed });
  await expect(notice).toBeVisible();
  await expect(app.heading()).toHaveText(CLIENT.title.en);
  fetches.failing = false;
  await notice.getByRole("button", { name: TEXT.en.tryAgain }).click();
  await expect(app.heading()).toHaveText(PROVIDER.title.en);
  await expect(notice).toHaveCount(0);

  // Another language: the German interface comes with the German questions, so until they
  // are here the page stays in English, and says so in English.
  fetches.failing = true;
  await page.getByRole("button", { name: "Deutsch" }).click();
  const german = page.getByRole("status").filter({ hasText: TEXT.en.loadFailed });
  await expect(german).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  fetches.failing = false;
  await german.getByRole("button", { name: TEXT.en.tryAgain }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(app.heading()).toHaveText(PROVIDER.title.de);
  await expect(german).toHaveCount(0);
  expect(faults(app)).toEqual([]);
});

test("a German visitor whose first fetch fails can try again from the notice", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  const app = new Assessment(page);
  const fetches = await failCatalogFetches(page);
  await app.open();
  // The German interface comes with the German questions: until they are here, the app
  // speaks the language it carries, and its page says so.
  const notice = page.getByRole("status").filter({ hasText: TEXT.en.loadFailed });
  await expect(notice).toBeVisible();
  await expect(app.heading()).toHaveText(CLIENT.title.en);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  fetches.failing = false;
  await notice.getByRole("button", { name: TEXT.en.tryAgain }).click();
  await expect(app.heading()).toHaveText(CLIENT.title.de);
  await expect(notice).toHaveCount(0);
  expect(faults(app)).toEqual([]);
  await context.close();
});
