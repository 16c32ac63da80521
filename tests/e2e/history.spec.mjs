// Real history: every question and screen is an entry, so the browser's Back and Forward (a
// phone's back gesture) move between them, a reload lands where the address says, and the
// widget in a firm's page never adds entries to that page's history.
import { test, expect } from "@playwright/test";
import { Assessment, TEXT, answerAll, coreScore, items } from "./assessment.mjs";
import { APP, SAME_SITE_HOST, openHost } from "./host.mjs";

const ITEMS = items();
const N = ITEMS.length;

const fragment = (page) => page.evaluate(() => window.location.hash);
const historyLength = (page) => page.evaluate(() => window.history.length);

test("Back and Forward move between the intro, the questions and the result, keeping answers", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  await app.expectQuestion(1, N);
  expect(await fragment(page)).toBe("#/q/1");
  await expect(page).toHaveTitle(`Question 1 of ${N} — Partner or Vendor?`);
  await page.getByRole("radio", { name: TEXT.en.notApplicable }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await app.expectQuestion(2, N);
  await app.radios().nth(1).check();
  await page.getByRole("button", { name: "Next" }).click();
  await app.expectQuestion(3, N);
  expect(await fragment(page)).toBe("#/q/3");

  await page.goBack();
  await app.expectQuestion(2, N);
  await expect(app.radios().nth(1)).toBeChecked();
  await page.goBack();
  await app.expectQuestion(1, N);
  await expect(page.getByRole("radio", { name: TEXT.en.notApplicable })).toBeChecked();
  await page.goForward();
  await app.expectQuestion(2, N);
  expect(await fragment(page)).toBe("#/q/2");

  // The app's own Back goes back in the history rather than adding an entry.
  const before = await historyLength(page);
  await page.getByRole("button", { name: "Back" }).click();
  await app.expectQuestion(1, N);
  expect(await historyLength(page)).toBe(before);
  await page.goForward();
  await app.expectQuestion(2, N);

  // Back from the first question is the intro, at the app's bare address.
  await page.goBack();
  await page.goBack();
  await expect(app.heading()).toHaveText("Partner or Vendor?");
  expect(await fragment(page)).toBe("");
  await expect(page).toHaveTitle("Partner or Vendor?");
  await app.expectNoErrors();
});

test("a reload lands where the address says, as far as the answers reach", async ({ page, browser }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  const answers = ITEMS.map((item) => String(item.options - 1)).join("");
  await answerAll(page, answers.slice(0, 3));
  await app.expectQuestion(4, N);
  await page.goBack();
  await app.expectQuestion(3, N);
  await page.reload();
  await app.expectQuestion(3, N);
  await expect(app.radios().nth(ITEMS[2].options - 1)).toBeChecked();

  // A question not reached yet shows the first open one, and the address says so.
  await app.open("./#/q/9");
  await app.expectQuestion(4, N);
  await expect.poll(() => fragment(page)).toBe("#/q/4");

  // The result's address reopens the result.
  await app.open("./#/q/4");
  await answerAll(page, answers.slice(3));
  await expect(app.heading()).toHaveText("Your result");
  expect(await fragment(page)).toBe("#/result");
  await expect(page).toHaveTitle("Your result — Partner or Vendor?");
  await page.reload();
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.getByTestId("overall-index")).toHaveText(String(coreScore(answers).overall));
  await page.goBack();
  await app.expectQuestion(N, N);

  // Someone else opening a question's address, with no answers saved, starts at the intro.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  const other = new Assessment(fresh);
  await other.open("./#/q/5");
  await expect(other.heading()).toHaveText("Partner or Vendor?");
  await expect.poll(() => fragment(fresh)).toBe("");
  await other.expectNoErrors();
  await context.close();
  await app.expectNoErrors();
});

test("answering the other seat against a shared result: Back returns to it, and nothing gets stuck", async ({ browser }) => {
  const shared = coreScore(ITEMS.map(() => "1").join(""));
  const context = await browser.newContext();
  const page = await context.newPage();
  const app = new Assessment(page);
  await app.open(`./#r=${shared.link}`);
  await expect(app.heading()).toHaveText("Shared result");
  await page.getByRole("button", { name: "Compare: answer as the provider" }).click();
  await app.expectQuestion(1, N);
  expect(await fragment(page)).toBe(`#r=${shared.link}&q=1`);

  // Back on the first question returns to the shared result, by the app's button or the browser's.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(app.heading()).toHaveText("Shared result");
  expect(await fragment(page)).toBe(`#r=${shared.link}`);
  await page.goForward();
  await app.expectQuestion(1, N);
  await page.goBack();
  await expect(app.heading()).toHaveText("Shared result");

  // From the shared result to the visitor's own intro, the configurator and back: every step
  // leaves by Back as it came.
  await page.getByRole("button", { name: "Take the assessment yourself" }).click();
  await expect(app.heading()).toHaveText("Partner or Vendor?");
  await page.getByRole("link", { name: "For firms: put this assessment on your website" }).click();
  await expect(app.heading()).toHaveText("Put the assessment on your website");
  await page.goBack();
  await expect(app.heading()).toHaveText("Partner or Vendor?");
  await page.goBack();
  await expect(app.heading()).toHaveText("Shared result");

  // Answered to the end, the address is the comparison link; Back reaches the last question.
  await page.getByRole("button", { name: "Compare: answer as the provider" }).click();
  await app.expectQuestion(1, N);
  const theirs = ITEMS.map((item) => String(item.options - 1)).join("");
  await answerAll(page, theirs);
  await expect(app.heading()).toHaveText("Both sides compared");
  const mine = coreScore(theirs, "provider").link;
  expect(await fragment(page)).toBe(`#r=${shared.link}&vs=${mine}`);
  await page.goBack();
  await app.expectQuestion(N, N);
  await page.goForward();
  await expect(app.heading()).toHaveText("Both sides compared");
  await app.expectNoErrors();
  await context.close();
});

test("the widget in a firm's page adds no entries to that page's history", async ({ page }) => {
  await openHost(
    page,
    `<div id="w" data-partner-or-vendor data-firm="Acme IT"></div><script src="${APP}embed.js" async></script>`,
    { host: SAME_SITE_HOST },
  );
  const frame = page.frameLocator("#w iframe");
  const before = await historyLength(page);
  await frame.getByRole("button", { name: "Start the assessment" }).click();
  await expect(frame.getByText(`Question 1 of ${N}`)).toBeVisible();
  await answerAll(frame, ITEMS.slice(0, 3).map(() => "0").join(""));
  await expect(frame.getByText(`Question 4 of ${N}`)).toBeVisible();
  expect(await historyLength(page)).toBe(before);
  // The frame's own address still says where it is, so a reload of the frame lands there.
  const inner = page.frames().find((f) => f.url().startsWith(APP));
  expect(new URL(inner.url()).hash).toBe("#/q/4");
});
