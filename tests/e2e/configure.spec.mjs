// The configurator's own page (configure.html, with its own wasm): reached from the intro and
// from the older address ./#/configure, in either language, and back to the assessment.
// Its checks, preview and snippets are in embed.spec.mjs; axe runs on it in accessibility.spec.mjs.
import { test, expect } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const APP = `http://127.0.0.1:${PORT}/`;

function recordErrors(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && errors.push(`console: ${m.text()}`));
  return errors;
}

test("the old address forwards to the configurator's page, which switches to German and links back", async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto("./#/configure");
  await expect(page).toHaveURL(`${APP}configure.html`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Put the assessment on your website");
  await expect(page).toHaveTitle("Put the assessment on your website");
  // The forward replaced the old address in the history: Back leaves, rather than landing on
  // the old address and bouncing here again.
  await page.goBack();
  expect(page.url()).toBe("about:blank");
  await page.goForward();
  await expect(page).toHaveURL(`${APP}configure.html`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Put the assessment on your website");

  const firm = page.getByRole("textbox", { name: "Firm name" });
  await firm.fill("Acme IT");
  await page.getByRole("textbox", { name: "Accent colour" }).fill("#808080");
  await expect(page.getByRole("button", { name: "Back to the assessment" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Back to the assessment" })).toHaveAttribute("href", "./?lang=en");

  // The switch changes the page's language and keeps what was typed.
  const english = page.getByRole("navigation", { name: "Language" });
  await english.getByRole("button", { name: "Deutsch" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Die Einschätzung auf Ihrer Website einbinden");
  await expect(page).toHaveTitle("Die Einschätzung auf Ihrer Website einbinden");
  await expect(page.getByRole("navigation", { name: "Sprache" }).getByRole("button", { name: "Deutsch" }))
    .toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("textbox", { name: "Firmenname" })).toHaveValue("Acme IT");
  const accent = page.getByRole("textbox", { name: "Akzentfarbe" });
  await expect(accent).toHaveAttribute("aria-invalid", "true");
  await expect(accent).toHaveAccessibleDescription(/weder weiße noch dunkle Schrift gut lesbar \(bester Kontrast \d,\d:1/);
  await expect(page.getByRole("button", { name: "Loader-Snippet kopieren" })).toBeVisible();

  // Back to the assessment, in the language chosen here.
  await page.getByRole("link", { name: "Zurück zur Einschätzung" }).click();
  await expect(page).toHaveURL(`${APP}?lang=de`);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("button", { name: "Einschätzung starten" })).toBeVisible();

  // The intro's link opens the configurator in the intro's language.
  await page.getByRole("link", { name: "Für Unternehmen: Bieten Sie diese Einschätzung auf Ihrer Website an" }).click();
  await expect(page).toHaveURL(`${APP}configure.html?lang=de`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Die Einschätzung auf Ihrer Website einbinden");
  expect(errors).toEqual([]);
});

test("the old address keeps its query, also when typed into an open tab", async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto("./?lang=de#/configure");
  await expect(page).toHaveURL(`${APP}configure.html?lang=de`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Die Einschätzung auf Ihrer Website einbinden");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");

  await page.goto("./?lang=en");
  await expect(page.getByRole("button", { name: "Start the assessment" })).toBeVisible();
  await page.evaluate(() => { window.location.hash = "/configure"; });
  await expect(page).toHaveURL(`${APP}configure.html?lang=en`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Put the assessment on your website");
  expect(errors).toEqual([]);
});
