// The configurator's own page (configure.html, with its own wasm): reached from the intro and
// from the older address ./#/configure, in either language, and back to the assessment; its
// checks of each setting, its live preview of every mode, and its snippets pasted on a firm's
// page. axe runs on it in accessibility.spec.mjs; the pinned snippet, which needs a server's
// headers, in servers/journeys.spec.mjs.
import { test, expect } from "@playwright/test";
import { content } from "./assessment.mjs";
import { APP, openHost, seen } from "./host.mjs";

const PROVIDER_TITLE = content("provider").title.en;

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

test("the configurator checks each setting as it is typed and its snippets work when pasted", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: APP.slice(0, -1) });
  await page.goto("./");
  await page.getByRole("link", { name: "For firms: put this assessment on your website" }).click();
  // A page of its own, in the language of the intro it was opened from.
  await expect(page).toHaveURL(`${APP}configure.html?lang=en`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Put the assessment on your website");

  const firm = page.getByRole("textbox", { name: "Firm name" });
  const accent = page.getByRole("textbox", { name: "Accent colour" });
  const cta = page.getByRole("textbox", { name: "Call to action", exact: true });
  await firm.fill("Acme <b>IT</b>");
  await expect(firm).toHaveAttribute("aria-invalid", "true");
  await expect(firm).toHaveAccessibleDescription(/without < or >/);
  await firm.fill("Acme IT");
  await expect(firm).not.toHaveAttribute("aria-invalid", "true");
  await accent.fill("#808080");
  await expect(accent).toHaveAccessibleDescription(/neither white nor dark text/);
  await accent.fill("#0b6e4f");
  await cta.fill("javascript:alert(1)");
  await expect(cta).toHaveAccessibleDescription(/https:\/\/ address or a mailto: link/);
  await cta.fill("mailto:hello@acme.example");
  await expect(cta).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("combobox", { name: "Who answers" }).selectOption("provider");

  const preview = page.frameLocator("iframe[title='Preview of your widget']");
  await expect(preview.getByText("Acme IT", { exact: true })).toBeVisible();
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText(PROVIDER_TITLE);

  await page.getByRole("button", { name: "Copy loader snippet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Snippet copied." })).toBeVisible();
  const loader = await page.evaluate(() => navigator.clipboard.readText());
  expect(loader).toContain('data-firm="Acme IT"');
  expect(loader).toContain(`src="${APP}embed.js"`);
  await page.getByRole("button", { name: "Copy iframe snippet" }).click();
  const iframeSnippet = await page.evaluate(() => navigator.clipboard.readText());

  await openHost(page, loader.replace("data-partner-or-vendor", 'id="pasted" data-partner-or-vendor'));
  const pasted = page.frameLocator("#pasted iframe");
  await expect(pasted.getByText("Acme IT", { exact: true })).toBeVisible();
  await expect(pasted.getByRole("button", { name: "Start the assessment" })).toHaveCSS("background-color", "rgb(11, 110, 79)");
  await expect.poll(async () => (await seen(page, "ready")).map((e) => e.id)).toEqual(["pasted"]);

  await openHost(page, iframeSnippet);
  const plain = page.frameLocator("iframe");
  await expect(plain.getByText("Acme IT", { exact: true })).toBeVisible();
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText(PROVIDER_TITLE);
});

test("the configurator offers every mode with a live preview and writes the snippet that places it", async ({ page }) => {
  await page.goto(`${APP}configure.html`);
  const mode = page.getByRole("combobox", { name: "How it appears" });
  const loader = page.getByRole("textbox", { name: /Snippet with the loader/ });
  await page.getByRole("textbox", { name: "Firm name" }).fill("Acme IT");
  for (const [label, name] of [["Pop-up window in the middle", "popup"], ["Panel sliding in from the edge", "slider"], ["Round button in the corner", "floating"], ["Tab on the edge of the window", "side-tab"]]) {
    await mode.selectOption({ label });
    await expect(loader).toHaveValue(new RegExp(`data-mode="${name}"`));
  }
  await page.getByRole("combobox", { name: "Edge" }).selectOption({ label: "Left" });
  await page.getByRole("textbox", { name: "Button text" }).fill("Check your provider");
  await expect(loader).toHaveValue(/^<div data-partner-or-vendor data-mode="side-tab" data-side="left" data-button-label="Check your provider" data-firm="Acme IT"><\/div>/);

  // The live preview: the loader on the configurator's page draws the tab; it opens the app.
  const tab = page.getByRole("button", { name: "Check your provider" });
  await expect(tab).toBeVisible();
  expect((await tab.boundingBox()).x).toBe(0);
  await tab.click();
  await expect(page.getByRole("dialog", { name: /Acme IT/ })).toBeVisible();
  await expect(page.frameLocator("dialog iframe").getByText("Acme IT", { exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(tab).toBeFocused();

  // Pasted into a firm's page, the snippet places the same tab.
  const snippet = await loader.inputValue();
  await openHost(page, snippet);
  await page.getByRole("button", { name: "Check your provider" }).click();
  await expect(page.frameLocator("dialog iframe").getByText("Acme IT", { exact: true })).toBeVisible();

  // Back inline, the snippet carries no placement at all.
  await page.goto(`${APP}configure.html`);
  await page.getByRole("combobox", { name: "How it appears" }).selectOption({ label: "In the page" });
  await expect(page.getByRole("textbox", { name: /Snippet with the loader/ })).toHaveValue(/^<div data-partner-or-vendor><\/div>/);
});
