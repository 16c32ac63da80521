// "Your earlier results": kept in this browser across reloads, listed with date and index on
// the intro and under the result, opened again, compared with now (the change per dimension
// as the core computes it), forgotten with one click, keeping turned off with one; blocked
// storage leaves the list out and never crashes.
import { test, expect } from "@playwright/test";
import { answerAll, content, coreScore, faults, items, Assessment } from "./assessment.mjs";

const ITEMS = items();
const first = ITEMS.map((item, i) => String(i % item.options)).join("");
const SHARED = "Shared result";
const second = ITEMS.map((item, i) => String((i + 2) % item.options)).join("");

async function answer(page, answers) {
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await answerAll(page, answers);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your result");
}

const today = () => {
  const d = new Date();
  return `${d.getDate()} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getMonth()]} ${d.getFullYear()}`;
};

test("a result is kept across reloads, listed with its date and index, opened again and compared with now", async ({ page }) => {
  const app = new Assessment(page);
  await page.goto("./");
  // A first visit lists nothing.
  await expect(page.getByRole("heading", { name: "Your earlier results" })).toHaveCount(0);
  await answer(page, first);
  const earlier = page.getByRole("region", { name: "Your earlier results" });
  // Under the result: keeping is on; the result itself is not listed as an earlier one.
  await expect(earlier.getByRole("checkbox", { name: "Keep my results in this browser" })).toBeChecked();
  await expect(earlier.getByRole("listitem")).toHaveCount(0);
  await page.getByRole("button", { name: "Start over" }).click();
  await page.reload();
  const core1 = coreScore(first);
  const entry = earlier.getByRole("link", { name: `${today()}: partner index ${core1.overall}` });
  await expect(entry).toBeVisible();
  // A second result lists the first, with "Compare with now".
  await answer(page, second);
  await expect(earlier.getByRole("listitem")).toHaveCount(1);
  await earlier.getByRole("link", { name: "Compare with now" }).click();
  await expect(page.getByRole("heading", { name: "Your result then and now" })).toBeVisible();
  const core2 = coreScore(second);
  const rows = await page.getByRole("table", { name: "Scores then and now (0–100)" }).locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent.trim())));
  const change = (a, b) => (b > a ? `↑ +${b - a}` : b < a ? `↓ −${a - b}` : "= no change");
  const expected = core2.dimension_names.map((name, d) => {
    const id = content("client").dimensions[d].id;
    const [a, b] = [core1.dimensions[id], core2.dimensions[id]];
    return [name, String(a), String(b), change(a, b)];
  });
  expected.push(["Partner index", String(core1.overall), String(core2.overall), change(core1.overall, core2.overall)]);
  expect(rows).toEqual(expected);
  // Back on the assessment (the second result on screen): opening the earlier one shows it.
  await page.goto("./");
  await earlier.getByRole("link", { name: `${today()}: partner index ${core1.overall}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SHARED);
  await expect(page.getByRole("table").first()).toContainText(core1.dimension_names[0]);
  expect(faults(app)).toEqual([]);
});

test("forget all, and keeping turned off, each with one click", async ({ page }) => {
  await page.goto("./");
  await answer(page, first);
  await page.getByRole("button", { name: "Start over" }).click();
  await answer(page, second);
  const earlier = page.getByRole("region", { name: "Your earlier results" });
  await expect(earlier.getByRole("listitem")).toHaveCount(1);
  await earlier.getByRole("button", { name: "Forget all" }).click();
  await expect(earlier.getByRole("listitem")).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("partner-or-vendor:history"))).toBeNull();
  // The saved answers go too: a reload starts afresh, with nothing to resume.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("partner-or-vendor:progress")))).toEqual([]);
  await page.reload();
  await expect(page.getByRole("button", { name: "Start the assessment" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue where I left off" })).toHaveCount(0);
  await answer(page, second);
  // Off: nothing is kept from now on, and the page says so.
  await earlier.getByRole("checkbox", { name: "Keep my results in this browser" }).uncheck();
  await expect(earlier.getByText("Results are not kept in this browser.")).toBeVisible();
  await page.getByRole("button", { name: "Start over" }).click();
  await answer(page, first);
  await page.reload();
  await expect(earlier.getByRole("checkbox", { name: "Keep my results in this browser" })).not.toBeChecked();
  await expect(earlier.getByRole("listitem")).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("partner-or-vendor:history"))).toBeNull();
  // On again: the next result is kept.
  await earlier.getByRole("checkbox", { name: "Keep my results in this browser" }).check();
  await page.getByRole("button", { name: "Start over" }).click();
  await answer(page, second);
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(earlier.getByRole("listitem")).toHaveCount(1);
});

test("storage that is blocked leaves the list out with a note, never a crash", async ({ page }) => {
  const app = new Assessment(page);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("blocked", "SecurityError"); } });
  });
  await page.goto("./");
  await answer(page, first);
  const earlier = page.getByRole("region", { name: "Your earlier results" });
  await expect(earlier.getByText("This browser does not let the assessment keep results")).toBeVisible();
  await expect(earlier.getByRole("checkbox")).toHaveCount(0);
  expect(faults(app)).toEqual([]);
});

test("a damaged record of earlier results is read as far as it goes", async ({ page }) => {
  const good = coreScore(first);
  await page.addInitScript((payload) => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("partner-or-vendor:history", `history 1\n2026-01-05 ${0} ${payload}\n<img src=x onerror=alert(1)>\n2026-99 x y`);
    }
  }, good.link);
  const app = new Assessment(page);
  await page.goto("./");
  const earlier = page.getByRole("region", { name: "Your earlier results" });
  await expect(earlier.getByRole("listitem")).toHaveCount(1);
  await expect(earlier.getByRole("link", { name: "5 Jan 2026: partner index 0" })).toBeVisible();
  expect(faults(app)).toEqual([]);
});
