// The quick check, contradictions and the evidence under a reading, as a visitor meets them.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { Assessment, coreScore, items, keyedOption } from "./assessment.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const FULL = items();
const QUICK = coreScore("", "client", null, true).items;
// The time each form announces, as the core estimates it from its words.
const FULL_MINUTES = coreScore("").minutes;
const QUICK_MINUTES = coreScore("", "client", null, true).minutes;

/** The option of an item that leans to the partner side (`lean` 1) or its middle (`lean` 0). */
function option(item, lean) {
  const top = item.options - 1;
  return keyedOption(item, lean ? top : Math.floor(top / 2));
}

/** Mostly partner-like, every fourth answer in the middle: a result with a stage. */
function leaning(list) {
  return list.map((item, i) => option(item, i % 4 !== 0)).join("");
}

async function answer(page, list, answers) {
  for (let k = 0; k < answers.length; k++) {
    await expect(page.getByText(/^Question \d+ of \d+$/)).toHaveText(`Question ${k + 1} of ${list.length}`);
    await page.getByRole("radio").nth(Number(answers[k])).check();
    await page.getByRole("button", { name: "Next" }).click();
  }
}

async function expectAxeClean(page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, summary.join("\n")).toEqual([]);
}

test("the quick check from the intro to an indicative result, then on into the full assessment with every answer kept", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await expect(page.getByText(/^Keep one provider in mind throughout/)).toBeVisible();
  await expect(page.getByText(`${FULL.length} questions, about ${FULL_MINUTES} minutes.`)).toBeVisible();
  const offer = page.getByRole("button", { name: `Take the quick check instead: ${QUICK.length} questions, about ${QUICK_MINUTES} minutes` });
  await expectAxeClean(page);
  await offer.click();

  const quick = leaning(QUICK);
  const core = coreScore(quick, "client", null, true);
  expect(core.provisional).toBe(false);
  await answer(page, QUICK, quick);
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.getByText(`Quick check: an indicative result from ${QUICK.length} questions.`, { exact: false })).toBeVisible();
  await expect(page.getByTestId("overall-index")).toHaveText(String(core.overall));
  await expect(page.getByTestId("stage")).toHaveText(core.stage);
  await expectAxeClean(page);

  // The quick result's link opens as a quick result in a fresh page.
  const shared = await page.context().newPage();
  await shared.goto(`./#r=${core.link}`);
  await expect(shared.getByRole("heading", { level: 1 })).toHaveText("Shared result");
  await expect(shared.getByText(/^Quick check: an indicative result/)).toBeVisible();
  await expect(shared.getByTestId("overall-index")).toHaveText(String(core.overall));
  await shared.close();

  // On into the full form: the questions the quick check did not ask, the rest kept.
  const more = FULL.length - QUICK.length;
  await page.getByRole("button", { name: `Continue with the full assessment (${more} more questions, your answers are kept)` }).click();
  const byId = Object.fromEntries(QUICK.map((item, i) => [item.id, quick[i]]));
  const full = FULL.map((item, i) => byId[item.id] ?? option(item, i % 2 === 0)).join("");
  const missing = FULL.map((item, i) => [item, i]).filter(([item]) => !(item.id in byId));
  expect(missing).toHaveLength(more);
  for (const [item, i] of missing) {
    await expect(page.getByText(/^Question \d+ of \d+$/)).toHaveText(`Question ${i + 1} of ${FULL.length}`);
    await page.getByRole("radio").nth(Number(full[i])).check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  const whole = coreScore(full);
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.getByText(/^Quick check/)).toHaveCount(0);
  await expect(page.getByTestId("overall-index")).toHaveText(String(whole.overall));
  await app.expectNoErrors();
});

test("a firm's form=quick starts with the quick check, and the full one stays on offer", async ({ page }) => {
  const app = new Assessment(page);
  await app.open("./?form=quick");
  await expect(page.getByText(`${QUICK.length} questions, about ${QUICK_MINUTES} minutes.`)).toBeVisible();
  await page.getByRole("button", { name: `Take the full assessment instead: ${FULL.length} questions, about ${FULL_MINUTES} minutes` }).click();
  await expect(page.getByText(`Question 1 of ${FULL.length}`)).toBeVisible();
  await app.expectNoErrors();
});

test("answers that contradict each other get no stage, and the pairs are listed with a way back", async ({ page }) => {
  // Agreeing with every statement, partner-like choices.
  const answers = FULL.map((item) => (item.statement ? "4" : option(item, 1))).join("");
  const core = coreScore(answers);
  expect(core.inconsistent).toBe(true);
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  await answer(page, FULL, answers);
  await expect(page.getByRole("heading", { name: "Some answers pull against each other" })).toBeVisible();
  await expect(page.getByTestId("overall-index")).toHaveText(String(core.overall));
  await expect(page.getByTestId("stage")).toHaveCount(0);
  await expectAxeClean(page);
  const statements = core.contradictions.length * 2;
  await page.getByRole("button", { name: `Look at these ${statements} statements again` }).click();
  await expect(app.heading()).toHaveText(FULL.find((item) => item.statement).prompt);
  await app.expectNoErrors();
});

test("under a weak dimension, the answers that pulled it down", async ({ page }) => {
  // Partner-like throughout but for reliability, answered vendor-like.
  const answers = FULL.map((item) => {
    const vendor = item.id.startsWith("rl-");
    const top = item.options - 1;
    const partner = item.reverse ? 0 : top;
    return String(vendor ? top - partner : partner);
  }).join("");
  const core = coreScore(answers);
  expect(core.dimensions.reliability).toBe(0);
  const app = new Assessment(page);
  await app.open(`./#r=${core.link}`);
  const weak = page.locator(".focus-weak");
  await expect(weak.getByText("Answers that pulled it down:")).toBeVisible();
  const reliability = FULL.map((item, i) => [item, i]).filter(([item]) => item.id.startsWith("rl-"));
  const shown = core.evidence[core.dimension_names.indexOf("Reliability")];
  expect(shown).toHaveLength(2);
  for (const id of shown) {
    const [item, i] = reliability.find(([it]) => it.id === id);
    const said = item.option_texts[Number(answers[i])];
    await expect(weak.getByText(`“${item.prompt}” — you answered “${said}”.`)).toBeVisible();
  }
  await app.expectNoErrors();
});

test("German: the escape says it also covers what never came up", async ({ page }) => {
  await page.goto("./?lang=de");
  await page.getByRole("button", { name: "Einschätzung starten" }).click();
  await expect(page.getByRole("radio", { name: "Betrifft uns nicht / kam nicht vor" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Kann ich nicht beurteilen" })).toBeVisible();
});
