// Whole journeys as a visitor performs them.
import { test, expect } from "@playwright/test";
import { Assessment, coreScore, items } from "./assessment.mjs";

const ITEMS = items();
const N = ITEMS.length;

/** A varied answer string: every option position used, a few "Not sure". */
function pattern(seed) {
  return ITEMS.map((item, i) => {
    if ((i + seed) % 9 === 4) return "?";
    return String((i * 7 + seed) % item.options);
  }).join("");
}

test("the intro says what, how long and that answers stay in the browser", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await expect(app.heading()).toHaveText("Partner or Vendor?");
  await expect(page.getByText(`${N} questions, about`)).toBeVisible();
  await expect(page.getByText(/answers stay in this browser/i)).toBeVisible();
  await expect(app.startButton()).toBeVisible();
  await app.expectNoErrors();
});

test("complete the questionnaire by keyboard alone and match the core's scoring", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  const answers = pattern(3);
  await app.startButton().focus();
  await page.keyboard.press("Enter");
  for (let k = 0; k < N; k++) {
    await app.expectQuestion(k + 1, N);
    await expect(page.locator("#step-heading")).toBeFocused();
    const symbol = answers[k];
    await app.answerByKeyboard(symbol === "?" ? "?" : Number(symbol), ITEMS[k].options);
  }
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.locator("#step-heading")).toBeFocused();

  const core = coreScore(answers);
  await expect(page.getByTestId("overall-index")).toHaveText(String(core.overall));
  await expect(page.getByTestId("stage")).toHaveText(core.stage);
  const table = page.getByRole("table", { name: "Scores by dimension" });
  for (const [id, score] of Object.entries(core.dimensions)) {
    const row = table.locator(`tr[data-dimension="${id}"]`);
    await expect(row.getByRole("cell").first()).toHaveText(score === null ? "no score" : String(score));
  }
  const leftOut = answers.split("").filter((a) => a === "?").length;
  expect(core.left_out).toBe(leftOut);
  await expect(page.getByText(`${leftOut} of ${N} questions were answered “Not sure”`)).toBeVisible();
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
  await page.getByRole("radio", { name: "Not sure" }).check();
  await expect(alert).toHaveCount(0);
  await page.getByRole("button", { name: "Next" }).click();
  await app.expectQuestion(2, N);
  await page.getByRole("button", { name: "Back" }).click();
  await app.expectQuestion(1, N);
  await expect(page.getByRole("radio", { name: "Not sure" })).toBeChecked();
  await app.expectNoErrors();
});

test("reload mid-way restores answers and position", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  const answers = pattern(1);
  for (let k = 0; k < 5; k++) {
    await app.radios().nth(answers[k] === "?" ? ITEMS[k].options : Number(answers[k])).check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await app.expectQuestion(6, N);
  await page.reload();
  await app.expectQuestion(6, N);
  await expect(page.getByText(/answers so far have been restored/)).toBeVisible();
  for (let k = 4; k >= 0; k--) {
    await page.getByRole("button", { name: "Back" }).click();
    await app.expectQuestion(k + 1, N);
    const expected = answers[k] === "?" ? ITEMS[k].options : Number(answers[k]);
    await expect(app.radios().nth(expected)).toBeChecked();
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

test("Start over clears everything", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  for (let k = 0; k < N; k++) {
    await page.getByRole("radio", { name: "Not sure" }).check();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.getByText(/nothing to score yet/)).toBeVisible();
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(app.startButton()).toBeVisible();
  await page.reload();
  await expect(app.startButton()).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
  await app.expectNoErrors();
});

test("corrupt saved state is discarded with a notice, never a crash", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  // The app must have started before the damage is planted, or it would read (and clear) it
  // before the reload does.
  await expect(app.startButton()).toBeVisible();
  for (const bad of ["{broken", '{"f":1,"q":"partner-or-vendor","qv":1,"s":"99","a":"x"}', "null", "\u0000"]) {
    await page.evaluate((value) => {
      window.localStorage.setItem("partner-or-vendor:progress:partner-or-vendor", value);
    }, bad);
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

test("the fatal view's Start over link forgets saved progress", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  await app.radios().first().check();
  await page.getByRole("button", { name: "Next" }).click();
  await app.open("./?start-over");
  await expect(app.startButton()).toBeVisible();
  expect(new URL(page.url()).search).toBe("");
  await app.expectNoErrors();
});

test("the page tells people without JavaScript what is needed", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./");
  await expect(page.getByText(/needs JavaScript and WebAssembly/)).toBeVisible();
  await context.close();
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
  expect(await page.context().cookies()).toEqual([]);
  await app.expectNoErrors();
});
