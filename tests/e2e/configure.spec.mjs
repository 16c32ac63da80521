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
  // The stages are named in the page's language, from the questionnaire's German part.
  await expect(page.getByRole("button", { name: "Bewährter Dienstleister" })).toBeVisible();

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

test("each stage gets its own call to action from a ready address, previewed on a result at that stage", async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto(`${APP}configure.html`);
  const loader = page.getByRole("textbox", { name: /Snippet with the loader/ });
  await page.getByRole("textbox", { name: "Call to action", exact: true }).fill("https://acme.example/contact");

  // A stage's fields appear once it is opened.
  const partner = page.getByRole("button", { name: "Partner", exact: true });
  await expect(partner).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("textbox", { name: "Call to action for “Partner”" })).toHaveCount(0);
  await partner.click();
  await expect(partner).toHaveAttribute("aria-expanded", "true");

  // A ready address: the firm's own part in angle brackets keeps it out until replaced.
  await page.getByRole("combobox", { name: "Start from a ready address for “Partner”" }).selectOption({ label: "Calendly booking page" });
  const url = page.getByRole("textbox", { name: "Call to action for “Partner”" });
  await expect(url).toHaveValue("https://calendly.com/<your-name>/<event>?a1={summary}&a2={link}");
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expect(url).toHaveAccessibleDescription(/Leave it empty to use the general address\. it is not a valid address/);
  await expect(page.getByText(/a1 and a2 fill your event's first two invitee questions/)).toBeVisible();
  await expect(page.getByText("Not used until corrected: data-cta-url-partner")).toBeVisible();
  await expect(loader).not.toHaveValue(/cta-url-partner/);

  await url.fill("https://calendly.com/acme-it/intro?a1={summary}&a2={link}");
  await expect(url).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("textbox", { name: "Call to action label for “Partner”" }).fill("Book your partner review");
  await expect(loader).toHaveValue(/ data-cta-url="https:\/\/acme.example\/contact" data-cta-url-partner="https:\/\/calendly.com\/acme-it\/intro\?a1=\{summary\}&amp;a2=\{link\}" data-cta-label-partner="Book your partner review"/);

  // The preview opens a result at the stage chosen, with the call to action it gets, its
  // address filled with that result.
  const frame = page.frameLocator("iframe[title='Preview of your widget']");
  const stage = page.getByRole("combobox", { name: "Preview the result of" });
  const gets = page.getByRole("region", { name: "The call to action this result gets" });
  await expect(gets).toHaveCount(0);
  await stage.selectOption({ label: "Partner" });
  await expect(frame.getByTestId("stage")).toHaveText("Partner");
  const book = gets.getByRole("link", { name: "Book your partner review" });
  await expect(book).toBeVisible();
  const href = new URL(await book.getAttribute("href"));
  expect(href.origin + href.pathname).toBe("https://calendly.com/acme-it/intro");
  expect(href.searchParams.get("a1")).toMatch(/^Partner index \d+ out of 100: Partner\.\n/);
  expect(href.searchParams.get("a2")).toMatch(new RegExp(`^${APP.replace(/[.]/g, "\\.")}#r=[\\w-]+$`));

  // Any other stage gets the general call to action, with the results link as `result`.
  await stage.selectOption({ label: "Service provider" });
  await expect(frame.getByTestId("stage")).toHaveText("Service provider");
  const talk = gets.getByRole("link", { name: "Talk to us" });
  await expect(talk).toHaveAttribute("href", /^https:\/\/acme\.example\/contact\?result=http/);

  // A bad value shows its problem and stays out of the snippet and the preview.
  await url.fill("http://calendly.com/acme-it/intro");
  await expect(url).toHaveAccessibleDescription(/https:\/\/ address or a mailto: link/);
  await expect(loader).not.toHaveValue(/data-cta-url-partner/);
  await stage.selectOption({ label: "Partner" });
  await expect(gets.getByRole("link", { name: "Book your partner review" })).toHaveAttribute("href", /^https:\/\/acme\.example\/contact\?result=/);
  expect(errors).toEqual([]);
});

test("a mail link a result makes too long is warned of, and the loader's own settings land in the snippet", async ({ page }) => {
  const errors = recordErrors(page);
  await page.goto(`${APP}configure.html`);
  const loader = page.getByRole("textbox", { name: /Snippet with the loader/ });
  await page.getByRole("combobox", { name: "Start from a ready address", exact: true }).selectOption({ label: "Mail to your team" });
  const cta = page.getByRole("textbox", { name: "Call to action", exact: true });
  await expect(cta).toHaveValue("mailto:<you>@<your-firm.example>");
  await cta.fill(`mailto:${"partnerships".repeat(60)}@acme.example`);
  await expect(cta).not.toHaveAttribute("aria-invalid", "true");
  await expect(cta).toHaveAccessibleDescription(/A result can make this mail link \d+ characters long: more than the 1500 that mail programs are sure to open\./);
  // Used all the same: a warning, not a refusal.
  await expect(loader).toHaveValue(/data-cta-url="mailto:(partnerships){60}@acme.example"/);
  await cta.fill("mailto:partnerships@acme.example");
  await expect(cta).not.toHaveAccessibleDescription(/characters long/);

  const tags = page.getByRole("textbox", { name: "Campaign tags passed on" });
  await tags.fill("utm_source=news");
  await expect(tags).toHaveAccessibleDescription(/it must be at most 20 parameter names/);
  await expect(loader).not.toHaveValue(/data-forward-params/);
  await tags.fill("utm, gclid");
  await page.getByRole("checkbox", { name: "Also push the events into the dataLayer" }).check();
  await expect(page.getByRole("checkbox", { name: "Also push the events into the dataLayer" })).toHaveAccessibleDescription(/A push sends nothing by itself/);

  const norms = page.getByRole("textbox", { name: "Norms file" });
  await norms.fill("https://elsewhere.example/norms.json");
  await expect(norms).toHaveAccessibleDescription(/it must be a path on this app's own site/);
  await norms.fill("norms.json");

  // The triggers are an overlay's only.
  await expect(page.getByRole("textbox", { name: "Open by itself" })).toHaveCount(0);
  await page.getByRole("combobox", { name: "How it appears" }).selectOption({ label: "Pop-up window in the middle" });
  const after = page.getByRole("textbox", { name: "Open by itself" });
  await after.fill("soon");
  await expect(after).toHaveAccessibleDescription(/it must be seconds \(20\), a share scrolled \(50%\) or exit/);
  await after.fill("50%");
  await page.getByRole("checkbox", { name: "Only until it is closed once" }).check();
  await expect(loader).toHaveValue(/^<div data-partner-or-vendor data-mode="popup" data-open-after="50%" data-show-once data-forward-params="utm gclid" data-datalayer data-cta-url="mailto:partnerships@acme.example" data-benchmark="norms.json"><\/div>/);
  await expect(page.getByText(/Not used until corrected/)).toHaveCount(0);
  expect(errors).toEqual([]);
});
