// The firm's call to action, routed by the result: each stage's own address, label and
// paragraph on a firm's page of another site, addresses filled from the result and encoded, the
// host page told of the click without any answer, a provisional result given the general one,
// a mail with the summary, and campaign tags only where the loader passes them.
import { test, expect } from "@playwright/test";
import { answerAll, coreScore, deployAs, keyedAnswers } from "./assessment.mjs";
import { APP, openHost, seen } from "./host.mjs";

const VENDOR = keyedAnswers(() => 0);
const PARTNER = keyedAnswers((d, item) => item.options - 1);
// Every dimension at the top but the second, one step below it, which holds the stage back.
const TRUSTED = keyedAnswers((d, item) => item.options - (d === 1 ? 2 : 1));

const WIDGET = `<div id="w" data-partner-or-vendor data-firm="Acme IT" data-lang="en"
  data-cta-url="https://acme.example/contact?src=quiz" data-cta-label="Talk to us"
  data-cta-url-vendor="https://calendly.com/acme/intro?a1={summary}&amp;a2={link}&amp;utm_content={stage_id}"
  data-cta-label-vendor="Book a first call"
  data-cta-text-vendor="Start with one service whose results you can both measure."
  data-cta-url-partner="https://cal.com/acme/review?notes={summary}&amp;metadata[pov_overall]={overall}&amp;metadata[pov_weakest]={weakest}#{stage_id}"
  data-cta-label-partner="Plan the next year together"></div>
  <script src="${APP}embed.js" async></script>`;

/** Answers `page`'s widget with `answers` and returns its frame, on the result. */
async function answered(page, answers) {
  // The addresses the call to action opens are answered here: nothing leaves the machine.
  await page.context().route(/^https:\/\/(calendly\.com|cal\.com|acme\.example)\//, (route) =>
    route.fulfill({ contentType: "text/plain", body: "booking page" }),
  );
  await openHost(page, WIDGET);
  const frame = page.frameLocator("#w iframe");
  await frame.getByRole("button", { name: "Start the assessment" }).click();
  await answerAll(frame, answers);
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Your result");
  return frame;
}

test("a vendor-like result gets the vendor stage's call to action, filled from the result", async ({ page }) => {
  const core = coreScore(VENDOR);
  expect(core.stage_id).toBe("vendor");
  const frame = await answered(page, VENDOR);
  await expect.poll(async () => (await seen(page, "complete")).length).toBe(1);
  const [complete] = await seen(page, "complete");

  const cta = frame.getByRole("link", { name: "Book a first call" });
  await expect(frame.getByRole("link", { name: /Talk to us|Plan the next year/ })).toHaveCount(0);
  await expect(frame.getByText("Start with one service whose results you can both measure.")).toBeVisible();
  const href = new URL(await cta.getAttribute("href"));
  expect(href.origin + href.pathname).toBe("https://calendly.com/acme/intro");
  // Each placeholder filled with the result, encoded where it landed: no brace is left, the
  // results link carries no label, and the address has its own parameters only.
  expect(await cta.getAttribute("href")).not.toMatch(/[{}]/);
  expect(href.searchParams.get("a2")).toBe(complete.detail.link);
  expect(href.searchParams.get("utm_content")).toBe("vendor");
  expect(href.searchParams.has("result")).toBe(false);
  const summary = href.searchParams.get("a1");
  expect(summary).toContain(`Partner index ${core.overall} out of 100: ${core.stage}.\nThe client's view`);
  for (const name of core.dimension_names) expect(summary).toContain(`${name}: `);
  expect(summary.length).toBeLessThan(1500);
  // The visitor is told what the address sends.
  await expect(cta).toHaveAccessibleDescription(
    "The button opens a page on calendly.com and at once sends it the link to this result (it holds all the answers, but no company name) and your scores (index, stage, dimensions).",
  );

  // Following it opens the booking page in a new tab and tells the firm's page where to, with
  // the stage and index and nothing of the answers.
  const [tab] = await Promise.all([page.context().waitForEvent("page"), cta.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(href.href);
  await expect.poll(async () => (await seen(page, "cta")).length).toBe(1);
  const [clicked] = await seen(page, "cta");
  expect(clicked.id).toBe("w");
  expect(clicked.detail).toEqual({ stage: "vendor", index: core.overall, host: "calendly.com" });
  const events = await page.evaluate(() => JSON.stringify(window.seen.filter((e) => e.type !== "partner-or-vendor:complete")));
  expect(events).not.toContain(core.link);
});

test("a partner-like result gets the partner stage's address, filled with its index and stage", async ({ page }) => {
  const core = coreScore(PARTNER);
  expect(core.stage_id).toBe("partner");
  const frame = await answered(page, PARTNER);
  const cta = frame.getByRole("link", { name: "Plan the next year together" });
  await expect(cta).toBeVisible();
  // No paragraph of the partner stage's own, and every dimension alike: the general line.
  await expect(frame.getByText(/^A result is a starting point/)).toBeVisible();
  const href = new URL(await cta.getAttribute("href"));
  expect(href.origin + href.pathname).toBe("https://cal.com/acme/review");
  expect(href.searchParams.get("metadata[pov_overall]")).toBe(String(core.overall));
  expect(href.searchParams.get("metadata[pov_weakest]")).toBe("");
  expect(href.searchParams.get("notes")).toContain(`${core.stage}`);
  expect(href.hash).toBe("#partner");
  // Without {link}, the results link is not sent, and the line under the button says so.
  expect(await cta.getAttribute("href")).not.toContain(encodeURIComponent("#r="));
  await expect(cta).toHaveAccessibleDescription(
    "The button opens a page on cal.com and at once sends it your scores (index, stage, dimensions).",
  );
});

test("a stage without a call to action of its own gets the general one, its paragraph naming the lowest dimension", async ({ page }) => {
  const core = coreScore(TRUSTED);
  expect(core.stage_id).toBe("trusted-provider");
  expect(core.weakest).toBe(core.dimension_names[1]);
  const frame = await answered(page, TRUSTED);
  const cta = frame.getByRole("link", { name: "Talk to us" });
  await expect(frame.getByText(`This relationship scores lowest on ${core.weakest}.`, { exact: false })).toBeVisible();
  const href = new URL(await cta.getAttribute("href"));
  expect(href.origin + href.pathname).toBe("https://acme.example/contact");
  await cta.click();
  await expect.poll(async () => (await seen(page, "cta")).map((e) => e.detail)).toEqual([
    { stage: "trusted-provider", index: core.overall, host: "acme.example" },
  ]);
});

test("a provisional result gets the general call to action with the results link as result", async ({ page }) => {
  const answers = "?".repeat(VENDOR.length);
  expect(coreScore(answers).provisional).toBe(true);
  const frame = await answered(page, answers);
  const cta = frame.getByRole("link", { name: "Talk to us" });
  const href = new URL(await cta.getAttribute("href"));
  expect(href.origin + href.pathname).toBe("https://acme.example/contact");
  expect(href.searchParams.get("src")).toBe("quiz");
  expect(href.searchParams.get("result")).toContain(`#r=${coreScore(answers).link}`);
  await expect(frame.getByText(/A result is a starting point/)).toBeVisible();
  await cta.click();
  await expect.poll(async () => (await seen(page, "cta")).map((e) => e.detail)).toEqual([
    { stage: null, index: null, host: "acme.example" },
  ]);
});

test("a mail address gets the summary and the link in the body, under 1,500 characters", async ({ page }) => {
  await deployAs(page, "firm=Acme IT&amp;cta-url-vendor=mailto:hello@acme.example&amp;cta-label-vendor=Write to us");
  await page.goto("./");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await answerAll(page, VENDOR);
  const core = coreScore(VENDOR);
  const cta = page.getByRole("link", { name: "Write to us" });
  const href = await cta.getAttribute("href");
  expect(href.startsWith("mailto:hello@acme.example?subject=")).toBe(true);
  expect(href.length).toBeLessThan(1500);
  const body = new URLSearchParams(href.split("?")[1]).get("body");
  expect(body).toContain(`Partner index ${core.overall} out of 100: ${core.stage}`);
  expect(body).toContain(`#r=${core.link}`);
});

test("campaign tags passed on by the loader reach a web address, never a results link", async ({ page }) => {
  await deployAs(page, "cta-url=https://acme.example/contact?utm_source=assessment");
  await page.goto(`./?forward=${encodeURIComponent("utm_source=news&utm_campaign=spring&gclid=abc")}`);
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await answerAll(page, VENDOR);
  const href = new URL(await page.getByRole("link", { name: "Talk to us" }).getAttribute("href"));
  // The firm's own parameter stands; the others are added.
  expect(href.searchParams.getAll("utm_source")).toEqual(["assessment"]);
  expect(href.searchParams.get("utm_campaign")).toBe("spring");
  expect(href.searchParams.get("gclid")).toBe("abc");
  const shared = await page.getByRole("textbox", { name: "Link to this result" }).inputValue();
  expect(shared).not.toMatch(/utm_|gclid|forward/);
});
