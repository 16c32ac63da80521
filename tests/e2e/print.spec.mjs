// The result prints cleanly: a PDF rendered by Chromium holds the stage and every dimension's name,
// and none of the controls.
import { test, expect } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { answerAll, coreScore, deployAs, keyedAnswers } from "./assessment.mjs";

async function pdfText(buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buffer), disableFontFace: true, useSystemFonts: false }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(" "));
  }
  return { pages: pdf.numPages, text: pages.join("\n").replace(/\s+/g, " ") };
}

for (const format of ["A4", "Letter"]) {
  test(`the result saved as a PDF (${format}) holds the stage, the index and every dimension`, async ({ page }) => {
    const answers = keyedAnswers((d, item) => (d * 3 + 1) % item.options);
    await page.goto("./");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await answerAll(page, answers);
    await expect(page.getByRole("button", { name: "Save as PDF" })).toBeVisible();
    const core = coreScore(answers);
    expect(core.stage).toBeTruthy();
    const { pages, text } = await pdfText(await page.pdf({ format, printBackground: true }));
    expect(text).toContain(core.stage);
    expect(text).toContain(`Partner index ${core.overall}`);
    for (const name of core.dimension_names) expect(text).toContain(name);
    for (const control of ["Save as PDF", "Copy link", "Start over", "Deutsch"]) expect(text).not.toContain(control);
    // Each dimension's next step is on paper too, which costs about a page.
    expect(pages).toBeLessThanOrEqual(5);
  });
}

test("Save as PDF opens the print dialog", async ({ page }) => {
  await page.goto(`./#r=${coreScore(keyedAnswers(() => 1)).link}`);
  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  await page.getByRole("button", { name: "Save as PDF" }).click();
  expect(await page.evaluate(() => window.printed)).toBe(1);
});

test("the printed report carries the firm, every dimension's next step and the stage's call to action", async ({ page }) => {
  const answers = keyedAnswers(() => 0);
  const core = coreScore(answers);
  await page.route("https://acme.example/logo.svg", (route) =>
    route.fulfill({ contentType: "image/svg+xml", body: '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#0b6e4f"/></svg>' }),
  );
  await deployAs(
    page,
    "firm=Acme IT&amp;logo=https://acme.example/logo.svg&amp;cta-url=https://acme.example/contact" +
      "&amp;cta-label-vendor=Book a first call&amp;cta-text-vendor=Start with one service whose results you can both measure.",
  );
  await page.goto("./");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await answerAll(page, answers);
  await expect(page.getByRole("link", { name: "Book a first call" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".brand-logo")).toBeVisible();
  await expect(page.getByText(core.next_steps.find(Boolean), { exact: false }).first()).toBeVisible();
  await page.emulateMedia({ media: null });
  const { text } = await pdfText(await page.pdf({ format: "A4", printBackground: true }));
  // Compared without spaces and ligatures, which the PDF's text layer adds and makes.
  const squeeze = (s) => s.normalize("NFKC").replace(/\s+/g, "");
  const printed = squeeze(text);
  for (const line of [
    "Acme IT",
    "Talk it through with Acme IT",
    "Start with one service whose results you can both measure.",
    "Book a first call: acme.example",
  ]) expect(printed).toContain(squeeze(line));
  // Every dimension with its next step, where its answers give it a reading.
  const steps = core.next_steps.filter(Boolean);
  expect(steps.length).toBe(core.dimension_names.length);
  for (const step of steps) expect(printed).toContain(squeeze(step));
  // The line for the screen about what the button sends is not on paper, nor are controls.
  expect(text).not.toContain("The button opens");
  for (const control of ["Save as PDF", "Copy link", "Start over", "What it means, and a next step"]) expect(text).not.toContain(control);
});

test("a comparison printed keeps both views, the gaps between them and the call to action", async ({ page }) => {
  const client = coreScore(keyedAnswers((d, item) => (d * 3) % item.options));
  await deployAs(page, "firm=Acme IT&amp;cta-url=https://acme.example/contact&amp;cta-label=Talk to us");
  await page.goto(`./#r=${client.link}`);
  await page.getByRole("button", { name: "Compare: answer as the provider" }).click();
  await answerAll(page, keyedAnswers((d, item) => item.options - 1 - (d % 2), "provider"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Both sides compared");
  const gaps = await page.locator("h2", { hasText: "Where the views differ most" }).locator("xpath=following-sibling::*[1]").innerText();
  const { text } = await pdfText(await page.pdf({ format: "A4", printBackground: true }));
  const squeeze = (s) => s.normalize("NFKC").replace(/\s+/g, "");
  const printed = squeeze(text);
  for (const line of ["The client's view", "The provider's view", "Where the views differ most", "Talk to us: acme.example"]) {
    expect(printed).toContain(squeeze(line));
  }
  // The gaps as the screen lists them, each one on paper.
  for (const line of gaps.split("\n").filter((l) => l.trim().length > 20)) expect(printed).toContain(squeeze(line));
});
