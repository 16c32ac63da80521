// Whole journeys as a visitor performs them.
import { test, expect } from "@playwright/test";
import { Assessment, PROGRESS_KEY, TEXT, content, contentNamed, coreScore, countedText, items, keyedAnswers, radioIndex, unhashed, withEscapes } from "./assessment.mjs";

const ITEMS = items();
const N = ITEMS.length;
const QUESTIONNAIRE = content("client");

/** The positions of a dimension's items in the questionnaire. */
function itemsOf(dimension) {
  return ITEMS.flatMap((item, i) => (item.dimension === dimension ? [i] : []));
}

/** A varied answer string: every option position used, a few "I can't judge" (`?`) and a few
 *  "Doesn't apply to us" (`-`). */
function pattern(seed) {
  return ITEMS.map((item, i) => {
    if ((i + seed) % 9 === 4) return "?";
    if ((i + seed) % 10 === 7) return "-";
    return String((i * 7 + seed) % item.options);
  }).join("");
}

test("the intro says what, how long and that answers stay in the browser", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await expect(app.heading()).toHaveText("Partner or Vendor?");
  await expect(page.getByText(`${N} questions, about`)).toBeVisible();
  await expect(page.getByText(/This browser keeps your progress and results until you clear them\. Nothing is sent anywhere unless you share or send your result yourself/)).toBeVisible();
  await expect(app.startButton()).toBeVisible();
  await app.expectNoErrors();
});

test("complete the questionnaire by keyboard alone and match the core's scoring", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  // Every dimension partner-like but "when things go wrong", a keystone at its worst, so the
  // stage is held back below what the index alone would give; both escapes on two of the three
  // access items, so that dimension gets no score and the other nine still make an index.
  const answers = withEscapes(
    keyedAnswers((d, item) => (item.dimension === "trouble" ? 0 : item.options - 1 - (d % 2))),
    { "-": [itemsOf("access")[0]], "?": [itemsOf("access")[1]] },
  );
  const core = coreScore(answers);
  // What this journey is meant to cover, so a change of content cannot hollow it out.
  expect(core.provisional).toBe(false);
  expect(Object.values(core.dimensions).filter((s) => s === null)).toHaveLength(1);
  expect(core.held_back.length).toBeGreaterThan(0);
  expect(core.cant_judge).toBeGreaterThan(0);
  expect(core.not_applicable).toBeGreaterThan(0);

  await app.startButton().focus();
  await page.keyboard.press("Enter");
  for (let k = 0; k < N; k++) {
    await app.expectQuestion(k + 1, N);
    await expect(page.locator("#step-heading")).toBeFocused();
    await app.answerByKeyboard(answers[k], ITEMS[k].options);
  }
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.locator("#step-heading")).toBeFocused();

  await expect(page.getByTestId("overall-index")).toHaveText(String(core.overall));
  await expect(page.getByTestId("stage")).toHaveText(core.stage);
  await expect(page.getByRole("heading", { name: TEXT.en.provisionalHeading })).toHaveCount(0);
  // The stage the index alone would give, and the keystone dimensions that hold it back.
  const dimensionName = (id) => QUESTIONNAIRE.dimensions.find((d) => d.id === id).name.en;
  const byIndex = QUESTIONNAIRE.stages.filter((s) => core.overall >= s.from).pop().name.en;
  expect(byIndex).not.toBe(core.stage);
  await expect(page.getByText(`On the index alone this would be “${byIndex}”. It is held back by:`)).toBeVisible();
  for (const id of core.held_back) {
    await expect(page.getByRole("listitem").filter({ hasText: new RegExp(`^${dimensionName(id)}: `) })).toBeVisible();
  }
  const table = page.getByRole("table", { name: "Scores by dimension" });
  for (const [id, score] of Object.entries(core.dimensions)) {
    const cells = table.locator(`tr[data-dimension="${id}"]`).getByRole("cell");
    await expect(cells.first()).toHaveText(score === null ? "–" : String(score));
    if (score === null) await expect(cells.nth(1)).toHaveText("not enough answers");
  }
  expect(core.cant_judge).toBe([...answers].filter((a) => a === "?").length);
  expect(core.not_applicable).toBe([...answers].filter((a) => a === "-").length);
  await expect(page.getByText(countedText(core), { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: /bar chart/i })).toBeVisible();
  await app.expectNoErrors();
});

test("Next needs an answer, and says so", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  await page.getByRole("button", { name: "Next" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Choose an answer");
  await app.expectQuestion(1, N);
  const group = page.getByRole("group");
  await expect(group).toHaveAttribute("aria-describedby", "answer-error");
  // The error names the two escapes, and both are there, after the options.
  await expect(alert).toContainText(`If the situation never came up, or you can't judge, one of the last two answers fits`);
  await expect(app.radios()).toHaveCount(ITEMS[0].options + 2);
  await expect(app.radios().nth(ITEMS[0].options)).toHaveAccessibleName(TEXT.en.cantJudge);
  await expect(app.radios().nth(ITEMS[0].options + 1)).toHaveAccessibleName(TEXT.en.notApplicable);
  await page.getByRole("radio", { name: TEXT.en.cantJudge }).check();
  await expect(alert).toHaveCount(0);
  await expect(group).not.toHaveAttribute("aria-describedby", "answer-error");
  await page.getByRole("button", { name: "Next" }).click();
  await app.expectQuestion(2, N);
  await page.getByRole("radio", { name: TEXT.en.notApplicable }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await app.expectQuestion(3, N);
  await page.getByRole("button", { name: "Back" }).click();
  await app.expectQuestion(2, N);
  await expect(page.getByRole("radio", { name: TEXT.en.notApplicable })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await app.expectQuestion(1, N);
  await expect(page.getByRole("radio", { name: TEXT.en.cantJudge })).toBeChecked();
  await app.expectNoErrors();
});

test("reload mid-way restores answers and position", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  // The first seven answers hold both escapes.
  const answers = pattern(1);
  expect(answers.slice(0, 7)).toMatch(/\?.*-|-.*\?/);
  for (let k = 0; k < 7; k++) {
    await app.radios().nth(radioIndex(answers[k], ITEMS[k].options)).check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await app.expectQuestion(8, N);
  await page.reload();
  await app.expectQuestion(8, N);
  await expect(page.getByText(/answers so far have been restored/)).toBeVisible();
  for (let k = 6; k >= 0; k--) {
    await page.getByRole("button", { name: "Back" }).click();
    await app.expectQuestion(k + 1, N);
    await expect(app.radios().nth(radioIndex(answers[k], ITEMS[k].options))).toBeChecked();
  }
  await app.expectNoErrors();
});

test("closing the tab and coming back in a new one resumes too", async ({ context }) => {
  const first = await context.newPage();
  const app = new Assessment(first);
  await app.open();
  await app.startButton().click();
  await app.radios().first().check();
  await first.getByRole("button", { name: "Next" }).click();
  await app.expectQuestion(2, N);
  await first.close();
  const second = await context.newPage();
  const again = new Assessment(second);
  await again.open();
  await again.expectQuestion(2, N);
  await again.expectNoErrors();
});

test("two tabs answering side by side lose none of each other's answers", async ({ context }) => {
  const answer = async (page, app, k, option) => {
    await app.expectQuestion(k, N);
    await app.radios().nth(option).check();
    await page.getByRole("button", { name: "Next" }).click();
  };
  const a = await context.newPage();
  const tabA = new Assessment(a);
  await tabA.open();
  await tabA.startButton().click();
  for (const k of [1, 2, 3]) await answer(a, tabA, k, 1);
  // A second tab resumes at question 4 and answers 4 and 5; the first, still at 4, answers
  // 4 otherwise, after the second's answers were saved.
  const b = await context.newPage();
  const tabB = new Assessment(b);
  await tabB.open();
  for (const k of [4, 5]) await answer(b, tabB, k, 3);
  await a.bringToFront();
  await answer(a, tabA, 4, 0);
  // A third tab finds every answer: the first tab's 1–4 and the second's 5.
  const c = await context.newPage();
  const tabC = new Assessment(c);
  await tabC.open();
  await tabC.expectQuestion(5, N);
  await expect(tabC.radios().nth(3)).toBeChecked();
  await c.getByRole("button", { name: "Back" }).click();
  await tabC.expectQuestion(4, N);
  await expect(tabC.radios().nth(0)).toBeChecked();
  for (const app of [tabA, tabB, tabC]) await app.expectNoErrors();
});

test("Start over clears everything", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  for (let k = 0; k < N; k++) {
    await page.getByRole("radio", { name: TEXT.en.cantJudge }).check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  // Nothing scored: a provisional result, with no index or stage, and the way back.
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.getByRole("heading", { name: TEXT.en.provisionalHeading })).toBeVisible();
  await expect(page.getByTestId("overall-index")).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Answer the ${N} skipped questions` })).toBeVisible();
  await expect(page.getByText(countedText(coreScore("?".repeat(N))), { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(app.startButton()).toBeVisible();
  await page.reload();
  await expect(app.startButton()).toBeVisible();
  // Progress is gone; only the earlier results are kept (they have their own "Forget all").
  expect(await page.evaluate(() => Object.keys(window.localStorage))).toEqual(["partner-or-vendor:history"]);
  await app.expectNoErrors();
});

test("thin evidence gives a provisional result, whose skipped questions lead to a full one", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  // One answer, then "I can't judge" for every other question.
  await page.getByRole("radio", { name: "Agree", exact: true }).check();
  await page.getByRole("button", { name: "Next" }).click();
  for (let k = 1; k < N; k++) {
    await app.expectQuestion(k + 1, N);
    await page.getByRole("radio", { name: TEXT.en.cantJudge }).check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  const agree = QUESTIONNAIRE.scales.find((s) => s.id === QUESTIONNAIRE.items[0].scale).options.findIndex((o) => o.en === "Agree");
  const thin = `${agree}${"?".repeat(N - 1)}`;
  const before = coreScore(thin);
  expect(before.provisional).toBe(true);

  // Provisional: no index and no stage, what is missing, and how to get there.
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.getByRole("heading", { level: 2, name: TEXT.en.provisionalHeading })).toBeVisible();
  await expect(page.getByTestId("overall-index")).toHaveCount(0);
  await expect(page.getByTestId("stage")).toHaveCount(0);
  await expect(page.getByText("Partner index", { exact: true })).toHaveCount(0);
  const dimensions = QUESTIONNAIRE.dimensions.length;
  await expect(page.locator(".result-provisional")).toContainText(
    `An overall partner index needs scores in at least ${QUESTIONNAIRE.min_dimensions} of the ${dimensions} dimensions, ` +
      `and a dimension needs at least ${QUESTIONNAIRE.min_answers} scored answers. So far 0 of ${dimensions} dimensions have a score.`,
  );
  await expect(page.getByRole("heading", { level: 3, name: "Dimensions without a score" })).toBeVisible();
  await expect(page.locator(".missing-list").getByRole("listitem")).toHaveText(before.dimension_names);
  const table = page.getByRole("table", { name: "Scores by dimension" });
  await expect(table.locator("td.score")).toHaveText(Array(dimensions).fill("–"));
  await expect(page.getByText(countedText(before), { exact: true })).toBeVisible();
  // How the result comes about, one link away (in a new tab).
  const how = page.getByRole("link", { name: TEXT.en.howLink });
  await expect(how).toHaveAttribute("href", "how-it-works.en.html");
  await expect(how).toHaveAttribute("target", "_blank");

  // The way back, by keyboard: only the skipped questions, then the result again.
  const revisit = page.getByRole("button", { name: `Answer the ${N - 1} skipped questions` });
  await revisit.focus();
  await page.keyboard.press("Enter");
  await app.expectQuestion(2, N);
  await expect(page.locator("#step-heading")).toBeFocused();
  await expect(page.getByRole("radio", { name: TEXT.en.cantJudge })).toBeChecked();
  // Back from the first of them returns to the result, not to the question before.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("heading", { name: TEXT.en.provisionalHeading })).toBeVisible();
  await revisit.focus();
  await page.keyboard.press("Enter");

  const full = ITEMS.map((item, i) => (i === 0 ? thin[0] : String((i * 3 + 1) % item.options))).join("");
  for (let k = 1; k < N; k++) {
    await app.expectQuestion(k + 1, N);
    await expect(page.locator("#step-heading")).toBeFocused();
    await app.answerByKeyboard(full[k], ITEMS[k].options);
    if (k === 2) {
      // Back goes to the previous skipped question, which keeps its new answer.
      await app.expectQuestion(4, N);
      await page.getByRole("button", { name: "Back" }).click();
      await app.expectQuestion(3, N);
      await expect(app.radios().nth(Number(full[2]))).toBeChecked();
      await page.getByRole("button", { name: "Next" }).click();
    }
  }
  const after = coreScore(full);
  expect(after.provisional).toBe(false);
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.locator("#step-heading")).toBeFocused();
  await expect(page.getByTestId("overall-index")).toHaveText(String(after.overall));
  await expect(page.getByTestId("stage")).toHaveText(after.stage);
  await expect(page.getByRole("heading", { name: TEXT.en.provisionalHeading })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /skipped question/ })).toHaveCount(0);
  await expect(page.getByText(countedText(after), { exact: true })).toBeVisible();
  await app.expectNoErrors();
});

test("“Doesn't apply to us” is counted apart from “I can't judge”, also through the results link", async ({ page, browser }) => {
  // One escape in each of six dimensions that need no minimum of their own: every dimension
  // keeps a score and the result a stage.
  const free = QUESTIONNAIRE.dimensions.filter((d) => !d.min_answers).map((d) => itemsOf(d.id)[0]);
  const notApplicable = free.slice(0, 4);
  const cantJudge = free.slice(4, 6);
  const answers = withEscapes(keyedAnswers((d, item) => (d * 2 + 1) % item.options), { "-": notApplicable, "?": cantJudge });
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  for (let k = 0; k < N; k++) {
    const radio = notApplicable.includes(k)
      ? page.getByRole("radio", { name: TEXT.en.notApplicable })
      : cantJudge.includes(k)
        ? page.getByRole("radio", { name: TEXT.en.cantJudge })
        : app.radios().nth(Number(answers[k]));
    await radio.check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(app.heading()).toHaveText("Your result");
  const core = coreScore(answers);
  expect([core.cant_judge, core.not_applicable, core.provisional]).toEqual([2, 4, false]);
  const counted = countedText(core);
  expect(counted).toBe(`${N - 6} of ${N} answers count towards the score. Left out of the score: “I can't judge”: 2, “Doesn't apply to us / hasn't come up”: 4.`);
  await expect(page.getByText(counted, { exact: true })).toBeVisible();
  await expect(page.getByTestId("overall-index")).toHaveText(String(core.overall));

  // The link keeps the two apart.
  const link = await page.getByRole("textbox", { name: "Link to this result" }).inputValue();
  expect(new URL(link).hash).toBe(`#r=${core.link}`);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Shared result");
  await expect(other.getByText(counted, { exact: true })).toBeVisible();
  await fresh.close();
  await app.expectNoErrors();
});

test("corrupt saved state is discarded with a notice, never a crash", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  // The app must have started before the damage is planted, or it would read (and clear) it
  // before the reload does.
  await expect(app.startButton()).toBeVisible();
  for (const bad of ["{broken", '{"f":1,"q":"partner-or-vendor","qv":1,"s":"99","a":"x"}', "null", "\u0000"]) {
    await page.evaluate(([key, value]) => {
      window.localStorage.setItem(key, value);
    }, [PROGRESS_KEY, bad]);
    await page.reload();
    await expect(page.getByText(/could not be used/)).toBeVisible();
    await expect(app.startButton()).toBeVisible();
  }
  await app.expectNoErrors();
});

test("with storage blocked the assessment still works, without resume", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  const app = new Assessment(page);
  await app.open();
  await expect(page.getByText(/not letting the page save your progress/)).toBeVisible();
  await app.startButton().click();
  for (let k = 0; k < N; k++) {
    await app.radios().first().check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.getByTestId("overall-index")).toHaveText(String(coreScore("0".repeat(N)).overall));
  await app.expectNoErrors();
});

test("the fatal view's Start over link forgets saved progress once the visitor confirms it", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  await app.radios().first().check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(app.counter()).toHaveText(`Question 2 of ${N}`);
  const asked = [];
  // Any link can carry the parameter: declined, nothing is forgotten.
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    dialog.dismiss();
  });
  await app.open("./?start-over");
  await expect(page.getByText("Welcome back: your answers so far have been restored.")).toBeVisible();
  expect(new URL(page.url()).search).toBe("");
  // Confirmed, the answers are gone.
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    dialog.accept();
  });
  await app.open("./?start-over");
  await expect(app.startButton()).toBeVisible();
  await expect(page.getByText("Welcome back")).toHaveCount(0);
  expect(new URL(page.url()).search).toBe("");
  expect(asked).toEqual(Array(2).fill("Start over and forget the answers saved in this browser? Your earlier results are kept."));
  await app.expectNoErrors();
});

test("the page tells people without JavaScript what is needed", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./");
  await expect(page.getByText(/needs JavaScript and WebAssembly/)).toBeVisible();
  // The page's own Start would lead nowhere without scripts: it is not offered.
  await expect(page.getByRole("link", { name: "Start the assessment" })).toBeHidden();
  await context.close();
});

test("a browser with WebAssembly turned off is told so, in its language", async ({ page }) => {
  // As in Lockdown Mode on an iPhone: no WebAssembly object at all.
  await page.addInitScript(() => delete globalThis.WebAssembly);
  await page.goto("./?lang=de");
  await expect(page.getByRole("alert")).toHaveText(/^Die Einschätzung benötigt WebAssembly, das in diesem Browser ausgeschaltet ist/);
  await page.goto("./");
  await expect(page.getByRole("alert")).toHaveText(/^The assessment needs WebAssembly, which is turned off in this browser/);
  await expect(page.getByRole("link", { name: "Start the assessment" })).toHaveCount(0);
});

test("a browser without JavaScript modules is told the assessment needs a newer one", async ({ page }) => {
  // Such a browser runs the page's `nomodule` script and never its module: played here by
  // serving the page with the module taken out and the other script made an ordinary one, in
  // a browser that does not know the `noModule` property.
  await page.addInitScript(() => delete HTMLScriptElement.prototype.noModule);
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.route(/\/(index\.html)?$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script[^>]*type="?module"?[^>]*><\/script>/, "")
      .replace(/<link[^>]*rel="?modulepreload"?[^>]*>/g, "")
      .replace(/(<script[^>]*?)\snomodule\b/, "$1");
    await route.fulfill({ response, body: html });
  });
  await page.goto("./");
  await expect(page.getByRole("alert")).toHaveText("This browser is too old for the assessment. Please open the page in an up-to-date browser.");
  await expect(page.getByRole("link", { name: "Start the assessment" })).toHaveCount(0);
  expect(requested.some((path) => contentNamed("nomodule.js").test(path))).toBe(true);
});

test("a browser with modules never fetches the nomodule script", async ({ page }) => {
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  const app = new Assessment(page);
  await app.open();
  await expect(app.startButton()).toBeVisible();
  expect(requested.filter((path) => path.includes("nomodule"))).toEqual([]);
});

test("nothing is requested from anywhere but the page's own origin", async ({ page, baseURL }) => {
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  for (let k = 0; k < N; k++) {
    await app.radios().nth(1).check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(app.heading()).toHaveText("Your result");
  const origin = new URL(baseURL).origin;
  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:"));
  expect(foreign).toEqual([]);
  // The client seat is in the first download: the rest of the catalog is never fetched for it.
  expect(requests.filter((url) => unhashed(new URL(url).pathname).endsWith("/questionnaires.bin"))).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
  await app.expectNoErrors();
});
