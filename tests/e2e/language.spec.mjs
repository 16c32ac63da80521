// Two languages: from the setting, else the browser's preference, else English; a switch at any
// step that keeps the answers; language-free links.
import { test, expect } from "@playwright/test";
import { WASM, answerAll, coreScore, countedText, items, keyedAnswers, withEscapes } from "./assessment.mjs";

const ITEMS = items();

test("the firm's lang setting opens German, and the switch changes language mid-way without losing answers", async ({ page }) => {
  await page.goto("./?lang=de");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partner oder Lieferant?");
  await page.getByRole("button", { name: "Einschätzung starten" }).click();
  await expect(page.getByText(`Frage 1 von ${ITEMS.length}`)).toBeVisible();
  // The agreement scale and both escapes, in German.
  const german = [
    "Stimme überhaupt nicht zu", "Stimme nicht zu", "Teils, teils", "Stimme zu", "Stimme voll und ganz zu",
    "Kann ich nicht beurteilen", "Betrifft uns nicht / kam nicht vor",
  ];
  await expect(page.getByRole("radio")).toHaveCount(german.length);
  for (const [i, name] of german.entries()) await expect(page.getByRole("radio").nth(i)).toHaveAccessibleName(name);
  await page.getByRole("radio", { name: "Stimme voll und ganz zu" }).check();
  await page.getByRole("button", { name: "Weiter" }).click();
  await page.getByRole("radio", { name: "Betrifft uns nicht / kam nicht vor" }).check();

  await page.getByRole("navigation", { name: "Sprache" }).getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText(`Question 2 of ${ITEMS.length}`)).toBeVisible();
  await expect(page.getByRole("radio", { name: "Doesn't apply to us" })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Strongly agree" })).toBeChecked();
  await expect(page.getByRole("navigation", { name: "Language" }).getByRole("button", { name: "English" }))
    .toHaveAttribute("aria-pressed", "true");
});

test("the browser's preferred language is used when the firm sets none", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-AT" });
  const page = await context.newPage();
  await page.goto("./");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("button", { name: "Einschätzung starten" })).toBeVisible();
  await context.close();
});

test("before the app is here, the page speaks the language the app will: a regional tag is no setting, a preference counts by its primary subtag", async ({ browser }) => {
  // The app held back, so what shows is the page's own question 1, in the language start.js chose.
  for (const [locale, address, heading] of [
    ["en-US", "./?lang=de-AT#/q/1", "Question 1 of"],
    ["en-US", "./?lang=deutsch#/q/1", "Question 1 of"],
    ["en-US", "./?lang=de#/q/1", "Frage 1 von"],
    ["de-CH", "./#/q/1", "Frage 1 von"],
    ["de-CH", "./?lang=EN#/q/1", "Question 1 of"],
  ]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    // The wasm never arrives (the request is left unanswered).
    await page.route(WASM, () => {});
    await page.goto(address);
    await expect(page.getByText(heading), `${locale} ${address}`).toBeVisible();
    await context.close();
  }
  // And the app, once here, agrees.
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await page.goto("./?lang=de-AT");
  await expect(page.getByRole("button", { name: "Start the assessment" })).toBeVisible();
  await context.close();
});

test("a result made in German opens in English for an English reader", async ({ page, browser }) => {
  const answers = withEscapes(keyedAnswers((d, item) => (d + 1) % item.options), { "-": [5], "?": [14] });
  await page.goto("./?lang=de");
  await page.getByRole("button", { name: "Einschätzung starten" }).click();
  await answerAll(page, answers, "Weiter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Ergebnis");
  const core = coreScore(answers);
  expect(core.stage).toBeTruthy();
  await expect(page.getByTestId("overall-index")).toHaveText(String(core.overall));
  await expect(page.getByText(countedText(core, "de"), { exact: true })).toBeVisible();
  const link = await page.getByRole("textbox", { name: "Link zu diesem Ergebnis" }).inputValue();
  expect(new URL(link).hash).toBe(`#r=${core.link}`);

  const context = await browser.newContext({ locale: "en-GB" });
  const other = await context.newPage();
  // The link carries no language, even when the firm set one.
  expect(new URL(link).search).toBe("");
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Shared result");
  await expect(other.getByTestId("overall-index")).toHaveText(String(core.overall));
  await expect(other.getByTestId("stage")).toHaveText(core.stage);
  await expect(other.getByText(countedText(core, "en"), { exact: true })).toBeVisible();
  await context.close();
});
