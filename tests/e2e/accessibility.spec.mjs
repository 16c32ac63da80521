// WCAG 2.2 AA: axe-core on every screen in light and dark themes, and reflow at 320 CSS pixels.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { PROGRESS_KEY, WASM, answerAll, coreScore, deployAs, items } from "./assessment.mjs";

const ITEMS = items();
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

const mine = ITEMS.map((item, i) => String((i * 3) % item.options)).join("");
const theirs = ITEMS.map((item, i) => String((i + 2) % item.options)).join("");

/** Each screen: a name and how to reach it from a fresh page. */
const SCREENS = [
  ["intro", async (page) => {
    await page.goto("./");
    await expect(page.getByRole("button", { name: "Start the assessment" })).toBeVisible();
  }],
  ["intro (German)", async (page) => {
    await page.goto("./?lang=de");
    await expect(page.getByRole("button", { name: "Einschätzung starten" })).toBeVisible();
  }],
  ["question with an error", async (page) => {
    await page.goto("./");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.locator("fieldset")).toHaveAccessibleDescription(/Choose an answer/);
  }],
  ["question 1 before the app is here", async (page) => {
    await page.route(WASM, () => {}); // held back for good
    await page.goto("./");
    await page.getByRole("link", { name: "Start the assessment" }).click();
    await expect(page.getByRole("radio")).toHaveCount(7);
    await expect(page.locator(".app")).toHaveCount(0);
  }],
  ["question 1 before the app is here (German)", async (page) => {
    await page.route(WASM, () => {});
    await page.goto("./?lang=de");
    // The German page: its intro and question 1 in German before the app is here.
    await page.getByRole("link", { name: "Einschätzung starten" }).click();
    await expect(page.getByText("Frage 1 von")).toBeVisible();
    await expect(page.locator(".app")).toHaveCount(0);
  }],
  ["result", async (page) => {
    await page.goto("./");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await answerAll(page, mine);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your result");
  }],
  ["provisional result", async (page) => {
    await page.goto("./");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await answerAll(page, `1${"?".repeat(ITEMS.length - 1)}`);
    await expect(page.getByRole("button", { name: `Answer the ${ITEMS.length - 1} skipped questions` })).toBeVisible();
  }],
  ["result (German)", async (page) => {
    await page.goto("./?lang=de");
    await page.getByRole("button", { name: "Einschätzung starten" }).click();
    await answerAll(page, mine, "Weiter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihr Ergebnis");
  }],
  ["embedded result with the firm's settings", async (page) => {
    await deployAs(page, "firm=Acme IT&amp;cta-url=https://acme.example/");
    await page.goto("./?accent=%23ffbf47");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await answerAll(page, mine);
    await expect(page.getByRole("link", { name: "Talk to us" })).toBeVisible();
  }],
  ["shared result", async (page) => {
    await page.goto(`./#r=${coreScore(mine).link}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shared result");
  }],
  ["comparison", async (page) => {
    const client = coreScore(mine).link;
    const provider = coreScore(theirs, "provider").link;
    await page.goto(`./#r=${client}&vs=${provider}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Both sides compared");
  }],
  ["broken link", async (page) => {
    await page.goto("./#r=not-a-link");
    await expect(page.getByTestId("link-error")).toBeVisible();
  }],
  ["configurator", async (page) => {
    // The older address forwards to the configurator's own page.
    await page.goto("./#/configure");
    await expect(page).toHaveURL(/\/configure\.html$/);
    await page.getByRole("textbox", { name: "Accent colour" }).fill("#808080");
    await expect(page.getByRole("textbox", { name: "Accent colour" })).toHaveAttribute("aria-invalid", "true");
  }],
  ["configurator with a stage's own call to action and its result previewed", async (page) => {
    await page.goto("./configure.html");
    await page.getByRole("button", { name: "Partner", exact: true }).click();
    await page.getByRole("combobox", { name: "Start from a ready address for “Partner”" }).selectOption({ label: "Cal.com booking page" });
    await page.getByRole("textbox", { name: "Call to action", exact: true }).fill(`mailto:${"a".repeat(900)}@acme.example`);
    await page.getByRole("combobox", { name: "How it appears" }).selectOption({ label: "Pop-up window in the middle" });
    await page.getByRole("textbox", { name: "Open by itself" }).fill("soon");
    await page.getByRole("combobox", { name: "Preview the result of" }).selectOption({ label: "Partner" });
    await expect(page.getByRole("region", { name: "The call to action this result gets" }).getByRole("link")).toBeVisible();
  }],
  ["configurator (German)", async (page) => {
    await page.goto("./configure.html?lang=de");
    await page.getByRole("textbox", { name: "Akzentfarbe" }).fill("#808080");
    await expect(page.getByRole("textbox", { name: "Akzentfarbe" })).toHaveAttribute("aria-invalid", "true");
  }],
  ["notice after discarded progress", async (page) => {
    await page.goto("./");
    await expect(page.getByRole("button", { name: "Start the assessment" })).toBeVisible();
    await page.evaluate((key) => localStorage.setItem(key, "garbage"), PROGRESS_KEY);
    await page.reload();
    await expect(page.getByRole("button", { name: "Dismiss" })).toBeVisible();
  }],
];

for (const scheme of ["light", "dark"]) {
  for (const [name, reach] of SCREENS) {
    test(`axe finds no WCAG 2.2 A/AA violation: ${name}, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await reach(page);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
      );
      console.log(`axe ${name}, ${scheme}: ${results.violations.length} violations, ${results.passes.length} rules passed`);
      expect(summary, summary.join("\n")).toEqual([]);
    });
  }
}

for (const [name, reach] of SCREENS) {
  test(`reflows at 320 CSS pixels without horizontal scrolling: ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await reach(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${name} is ${width}px wide`).toBeLessThanOrEqual(320);
  });
}

test("buttons, radios and links are at least 24 by 24 CSS pixels", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("button, a[href], input, select, textarea, label")]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => ({ text: e.textContent.trim().slice(0, 30) || e.outerHTML.slice(0, 60), rect: e.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width < 24 || rect.height < 24)
      .map(({ text, rect }) => `${text}: ${Math.round(rect.width)}×${Math.round(rect.height)}`));
  // A radio input may be smaller when its whole label (at least 24 px high) is its target.
  expect(small.filter((s) => !s.startsWith("<input type=\"radio\""))).toEqual([]);
});
