// "How this assessment works": a static page per language, written at build time from the
// questionnaire, linked from the intro and the result (opening in a new tab).
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { TEXT, content, coreScore, items } from "./assessment.mjs";
import { readFileSync } from "node:fs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const QUESTIONNAIRE = content("client");
const EXPLAINER = JSON.parse(readFileSync(new URL("../../content/how-it-works.json", import.meta.url), "utf8"));
const ITEMS = items();
const OTHER = { en: ["de", "Deutsch"], de: ["en", "English"] };

test("the intro and the result link to how the assessment works, in a new tab and the visitor's language", async ({ page, context }) => {
  await page.goto("./");
  const link = page.getByRole("link", { name: TEXT.en.howLink });
  await expect(link).toHaveAttribute("href", "how-it-works.en.html");
  await expect(link).toHaveAttribute("target", "_blank");
  // The "(opens in a new tab)" is for screen readers; sighted readers see the link text alone.
  await expect(link.locator(".visually-hidden")).toHaveText(" (opens in a new tab)");
  const [opened] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await expect(opened.getByRole("heading", { level: 1 })).toHaveText(TEXT.en.howHeading);
  expect(new URL(opened.url()).pathname).toBe("/how-it-works.en.html");
  await opened.close();
  // The assessment stayed where it was.
  await expect(page.getByRole("button", { name: "Start the assessment" })).toBeVisible();

  await page.getByRole("navigation", { name: "Language" }).getByRole("button", { name: "Deutsch" }).click();
  const german = page.getByRole("link", { name: TEXT.de.howLink });
  await expect(german).toHaveAttribute("href", "how-it-works.de.html");
  await expect(german).toHaveAttribute("target", "_blank");

  // A result (here a shared one; the visitor's own is checked in journey.spec.mjs).
  await page.goto(`./?lang=en#r=${coreScore(ITEMS.map(() => "2").join("")).link}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shared result");
  const fromResult = page.getByRole("link", { name: TEXT.en.howLink });
  await expect(fromResult).toHaveAttribute("target", "_blank");
  const [again] = await Promise.all([context.waitForEvent("page"), fromResult.click()]);
  await expect(again.getByRole("heading", { level: 1 })).toHaveText(TEXT.en.howHeading);
  await again.close();
});

for (const lang of ["en", "de"]) {
  for (const scheme of ["light", "dark"]) {
    test(`the how-it-works page (${lang}, ${scheme}) passes axe and lists every dimension and stage`, async ({ page }) => {
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await page.goto(`./how-it-works.${lang}.html`);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[lang].howHeading);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);

      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
      );
      expect(summary, summary.join("\n")).toEqual([]);

      // All ten dimensions, each a term with its description.
      const names = QUESTIONNAIRE.dimensions.map((d) => d.name[lang]);
      expect(names).toHaveLength(10);
      await expect(page.getByRole("term")).toHaveText(names);
      await expect(page.getByRole("definition")).toHaveCount(names.length);

      // Every stage with its range of the index, and the keystone conditions of the stages
      // that have them.
      const to = lang === "de" ? "bis" : "to";
      const stages = QUESTIONNAIRE.stages;
      for (const [k, stage] of stages.entries()) {
        const last = k + 1 < stages.length ? stages[k + 1].from - 1 : 100;
        await expect(page.getByRole("listitem").filter({ hasText: `${stage.name[lang]}: ${stage.from} ${to} ${last}` }))
          .toHaveCount(1);
        if (!stage.requires) continue;
        const [open, close] = lang === "de" ? ["„", "“"] : ["“", "”"];
        // The paragraph that starts with the stage's conditions (other paragraphs may name it).
        const opening = EXPLAINER.requires[lang].split("{band}")[0].replace("{stage}", stage.name[lang]);
        const condition = page.getByRole("paragraph").filter({ hasText: opening });
        await expect(condition).toHaveCount(1);
        for (const requirement of stage.requires) {
          const band = QUESTIONNAIRE.bands.find((b) => b.id === requirement.band).name[lang];
          const dimension = requirement.dimension === "*"
            ? EXPLAINER.every_dimension[lang]
            : QUESTIONNAIRE.dimensions.find((d) => d.id === requirement.dimension).name[lang];
          await expect(condition).toContainText(`${open}${band}${close}`);
          await expect(condition).toContainText(dimension);
        }
      }

      // No horizontal scrolling at 320 CSS pixels.
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      // The other language is one link away.
      const [other, otherName] = OTHER[lang];
      await page.getByRole("link", { name: otherName }).click();
      await expect(page).toHaveURL(new RegExp(`how-it-works\\.${other}\\.html$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[other].howHeading);
      expect(errors).toEqual([]);
    });
  }
}
