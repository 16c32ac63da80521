// The result prints cleanly: a PDF rendered by Chromium holds the stage and every dimension's name,
// and none of the controls.
import { test, expect } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { answerAll, coreScore, keyedAnswers } from "./assessment.mjs";

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
    expect(pages).toBeLessThanOrEqual(4);
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
