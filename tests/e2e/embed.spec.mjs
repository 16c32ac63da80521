// Embedding as a firm does it: host pages on a second origin with the loader, hostile settings,
// forged messages, a strict Content-Security-Policy on a sub-path, and the firm's identity from
// its deployment. The loader's overlay modes are in overlay.spec.mjs, the configurator that
// writes the snippet in configure.spec.mjs.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { TEXT, answerAll, content, coreScore, deployAs, items, keyedAnswers } from "./assessment.mjs";
import { APP, HOST, openHost, seen } from "./host.mjs";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const CSP_APP = `http://127.0.0.1:${PORT + 2}/tools/assessment/`;
const CSP = readFileSync(new URL("../../deploy/content-security-policy.txt", import.meta.url), "utf8").trim();

const ITEMS = items();
// The seats' titles, the first heading of each intro.
const CLIENT_TITLE = content("client").title.en;
const PROVIDER_TITLE = content("provider").title.en;

/** The iframe's height and its content's height, once the two agree. */
async function expectFrameFitsContent(page, iframe, frame) {
  await expect
    .poll(async () => {
      const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
      const inner = await frame.locator("body").evaluate((b) => b.offsetHeight);
      return Math.abs(outer - inner) <= 1 && inner > 100;
    })
    .toBe(true);
  return iframe.evaluate((f) => f.getBoundingClientRect().height);
}

const answers = keyedAnswers((d, item) => (d * 2) % item.options);

test("the loader embeds independent widgets that fit their content and report completion", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await openHost(
    page,
    `<div id="w1" data-partner-or-vendor data-firm="Acme IT" data-accent="#0b6e4f"
       data-cta-url="https://acme.example/contact?src=quiz" data-cta-label="Talk to us" data-lang="en"></div>
     <div id="w2" data-partner-or-vendor data-firm="Beta Services" data-lens="provider"></div>
     <script src="${APP}embed.js" async></script>`,
  );
  const iframe1 = page.locator("#w1 iframe");
  const frame1 = page.frameLocator("#w1 iframe");
  const frame2 = page.frameLocator("#w2 iframe");
  await expect(iframe1).toHaveAttribute("title", "Partner or Vendor? assessment by Acme IT");
  await expect(frame1.getByText("Acme IT", { exact: true })).toBeVisible();
  await expect(frame2.getByText("Beta Services", { exact: true })).toBeVisible();
  await expect(frame1.getByRole("heading", { level: 1 })).toHaveText(CLIENT_TITLE);
  await expect(frame2.getByRole("heading", { level: 1 })).toHaveText(PROVIDER_TITLE);
  // The intro names the page that will hear the scores: the host page, whatever firm it names.
  await expect(frame1.getByText(`The page on ${new URL(HOST).host} that shows it is told when you start, the number of each question you reach (never your answer), and, when you finish, your scores`)).toBeVisible();
  await expect.poll(async () => (await seen(page, "ready")).map((e) => e.id).sort()).toEqual(["w1", "w2"]);

  // The firm's colour is on the buttons, with text that reads on it.
  const start = frame1.getByRole("button", { name: "Start the assessment" });
  await expect(start).toHaveCSS("background-color", "rgb(11, 110, 79)");
  await expect(start).toHaveCSS("color", "rgb(255, 255, 255)");

  const introHeight = await expectFrameFitsContent(page, iframe1, frame1);
  await start.click();
  await expect.poll(async () => (await seen(page, "start")).map((e) => e.id)).toEqual(["w1"]);
  await answerAll(frame1, answers);
  await expect(frame1.getByRole("heading", { level: 1 })).toHaveText("Your result");
  const resultHeight = await expectFrameFitsContent(page, iframe1, frame1);
  expect(resultHeight).toBeGreaterThan(introHeight);

  const core = coreScore(answers);
  await expect(frame1.getByTestId("overall-index")).toHaveText(String(core.overall));
  await expect.poll(async () => (await seen(page, "complete")).length).toBe(1);
  const [complete] = await seen(page, "complete");
  expect(complete.id).toBe("w1");
  expect(complete.detail.overall).toBe(core.overall);
  expect(complete.detail.stageName).toBe(core.stage);
  expect(complete.detail.provisional).toBe(false);
  expect(complete.detail.lens).toBe("client");
  expect(Number(await frame1.getByTestId("overall-index").textContent())).toBe(complete.detail.overall);
  expect(Object.keys(complete.detail.dimensions).length).toBe(Object.keys(core.dimensions).length);
  for (const [id, score] of Object.entries(core.dimensions)) expect(complete.detail.dimensions[id]).toBe(score);
  // A results link carries the firm's colour, never its name or call to action: a page of
  // its own takes those from its deployment.
  expect(complete.detail.link.startsWith(`${APP}?accent=%230b6e4f#r=`)).toBe(true);
  expect(complete.detail.link).not.toContain("host=");
  expect(complete.detail.link.endsWith(`#r=${core.link}`)).toBe(true);

  // The call to action carries the results link as `result`, and opens a new tab.
  const cta = frame1.getByRole("link", { name: "Talk to us" });
  const href = new URL(await cta.getAttribute("href"));
  expect(href.origin + href.pathname).toBe("https://acme.example/contact");
  expect(href.searchParams.get("src")).toBe("quiz");
  expect(href.searchParams.get("result")).toBe(complete.detail.link);
  await expect(cta).toHaveAttribute("target", "_blank");
  await expect(cta).toHaveAttribute("rel", "noopener noreferrer");
  // Beside it, the visitor is told who receives what.
  await expect(cta).toHaveAccessibleDescription(
    "The button opens a page on acme.example and at once sends it the link to this result (it holds all the answers, but no company name).",
  );

  // A label typed for the people the visitor shares the link with reaches the share link only:
  // the firm's page is not told again, and never hears the label, nor does the call to action.
  const shareLink = frame1.getByRole("textbox", { name: "Link to this result" });
  const unlabelled = await shareLink.inputValue();
  await frame1.getByRole("textbox", { name: "Your company's name (optional)" }).pressSequentially("Jane Doe, CIO");
  await expect(shareLink).not.toHaveValue(unlabelled);
  const labelled = await shareLink.inputValue();
  expect(new URL(await cta.getAttribute("href")).searchParams.get("result")).toBe(complete.detail.link);
  await expect.poll(async () => (await seen(page, "complete")).length).toBe(1);
  const events = await page.evaluate(() => JSON.stringify(window.seen));
  expect(events).not.toContain("Jane");
  expect(events).not.toContain(new URL(labelled).hash);

  // The shared link opens the same result outside any frame, in the firm's colour; this
  // deployment names no firm, so none is shown.
  await page.goto(complete.detail.link);
  await expect(page.getByTestId("overall-index")).toHaveText(String(core.overall));
  await expect(page.getByRole("button", { name: "Take the assessment yourself" })).toHaveCSS("background-color", "rgb(11, 110, 79)");
  await expect(page.getByText("Acme IT")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("hostile settings run nothing and leave the defaults, each named in a warning", async ({ page }) => {
  const dialogs = [];
  const warnings = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await openHost(
    page,
    `<div id="w" data-partner-or-vendor
       data-firm="&lt;img src=x onerror=&quot;alert('firm')&quot;&gt;"
       data-accent="red;background:url(javascript:alert('accent'))"
       data-logo="javascript:alert('logo')"
       data-cta-url="javascript:alert('cta')"
       data-cta-label="&lt;script&gt;alert('label')&lt;/script&gt;"
       data-lens="admin" data-lang="xx" data-onload="alert('attribute')" data-user-email="jane@example.com"
       data-host="*"></div>
     <script src="${APP}embed.js" async></script>`,
  );
  const frame = page.frameLocator("#w iframe");
  const start = frame.getByRole("button", { name: "Start the assessment" });
  await expect(start).toBeVisible();
  await expect(page.locator("#w iframe")).toHaveAttribute("title", "Partner or Vendor? assessment");
  for (const name of ["firm", "accent", "logo", "cta-url", "cta-label", "lens", "lang", "onload", "user-email"]) {
    expect(warnings.some((w) => w.includes(`data-${name} `)), `a warning names data-${name}`).toBe(true);
  }
  // What is not a setting of the app stays on the firm's page.
  const src = await page.locator("#w iframe").getAttribute("src");
  expect(src).not.toContain("user-email");
  expect(src).not.toContain("onload");
  // Defaults: no firm header, no logo, the app's own colour, the client seat.
  await expect(frame.locator("header.brand")).toHaveCount(0);
  await expect(frame.locator("img")).toHaveCount(0);
  await expect(start).toHaveCSS("background-color", "rgb(11, 92, 173)");
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(CLIENT_TITLE);
  // The loader's own host origin stands: events still arrive.
  await expect.poll(async () => (await seen(page, "ready")).length).toBe(1);

  await start.click();
  await answerAll(frame, ITEMS.map(() => "?").join(""));
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Your result");
  // Nothing answered is a provisional result, and the host page is told so.
  await expect(frame.getByRole("heading", { name: TEXT.en.provisionalHeading })).toBeVisible();
  await expect.poll(async () => (await seen(page, "complete")).length).toBe(1);
  const [complete] = await seen(page, "complete");
  expect(complete.detail).toMatchObject({ overall: null, stage: null, provisional: true, lens: "client" });
  await expect(frame.getByRole("link", { name: /alert|Talk to us/ })).toHaveCount(0);
  await expect(frame.locator("a[href^='javascript:' i]")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("messages from other windows and frames are ignored", async ({ page }) => {
  await openHost(
    page,
    `<div id="w" data-partner-or-vendor></div>
     <iframe id="other" title="Another frame of the app's origin" src="${APP}how-it-works.en.html"></iframe>
     <script src="${APP}embed.js" async></script>`,
  );
  const iframe = page.locator("#w iframe");
  const frame = page.frameLocator("#w iframe");
  await expect(frame.getByRole("button", { name: "Start the assessment" })).toBeVisible();
  const height = await expectFrameFitsContent(page, iframe, frame);
  // A listener added now runs after the loader's (added when embed.js ran), so once it has
  // seen a forged message, the loader has already handled it: then nothing may have happened.
  await page.evaluate(() => {
    window.forgedArrived = [];
    window.addEventListener("message", (event) => {
      if (event.data && event.data.forged) window.forgedArrived.push(event.data.forged);
    });
  });
  const forged = { partnerOrVendor: 1, type: "complete", height: 5000, detail: { overall: 99 } };
  // From the host page itself (wrong origin and source)…
  await page.evaluate((m) => {
    window.postMessage({ ...m, forged: "host complete" }, "*");
    window.postMessage({ ...m, type: "height", forged: "host height" }, "*");
  }, forged);
  // …and from a frame of the app's own origin that is not the widget (right origin, wrong source).
  const other = page.frames().find((f) => f.url().endsWith("how-it-works.en.html"));
  await other.evaluate((m) => {
    parent.postMessage({ ...m, forged: "frame complete" }, "*");
    parent.postMessage({ ...m, type: "height", forged: "frame height" }, "*");
  }, forged);
  await expect
    .poll(() => page.evaluate(() => [...window.forgedArrived].sort()))
    .toEqual(["frame complete", "frame height", "host complete", "host height"]);
  expect(await seen(page, "complete")).toEqual([]);
  expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).toBe(height);
  // The widget's own messages still get through: starting is reported.
  await frame.getByRole("button", { name: "Start the assessment" }).click();
  await expect.poll(async () => (await seen(page, "start")).length).toBe(1);
  expect(await seen(page, "complete")).toEqual([]);
});

test("under a sub-path with a strict Content-Security-Policy the journey completes with no violation", async ({ page }) => {
  const problems = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("console", (m) => {
    if (m.type() === "error" || /Content.Security.Policy|Refused/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  const response = await page.goto(`${CSP_APP}?firm=Acme%20IT&accent=%230b6e4f`);
  expect(response.headers()["content-security-policy"]).toBe(CSP);
  const start = page.getByRole("button", { name: "Start the assessment" });
  await expect(start).toHaveCSS("background-color", "rgb(11, 110, 79)");
  await start.click();
  await answerAll(page, answers);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your result");
  await expect(page.getByTestId("overall-index")).toHaveText(String(coreScore(answers).overall));
  const link = await page.getByRole("textbox", { name: "Link to this result" }).inputValue();
  expect(link.startsWith(`${CSP_APP}?accent=%230b6e4f#r=`)).toBe(true);
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test.describe("the firm's identity comes from its deployment", () => {
  test.use({ serviceWorkers: "block" });
  const FORGED =
    "?firm=Evil%20Corp&logo=https%3A%2F%2Fevil.example%2Fl.svg&cta-url=https%3A%2F%2Fevil.example%2Flogin&cta-label=Sign%20in";

  test("a forged link names no firm, loads no foreign logo and offers no foreign call to action", async ({ page }) => {
    const foreign = [];
    page.on("request", (request) => new URL(request.url()).hostname.endsWith("evil.example") && foreign.push(request.url()));
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.goto(`./${FORGED}#r=${coreScore(answers).link}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shared result");
    // The note says what a link is worth: anyone can make one.
    await expect(page.getByText(/Anyone can make such a link and put any name on it: it shows the answers it carries, not who gave them/)).toBeVisible();
    await expect(page.getByText("Evil Corp")).toHaveCount(0);
    await expect(page.locator('img[src*="evil.example"]')).toHaveCount(0);
    for (const name of ["firm", "logo", "cta-url", "cta-label"]) {
      expect(warnings.some((w) => w.includes(`"${name}"`) && w.includes("outside a frame, only the page's <meta name=partner-or-vendor> line can set it")), name).toBe(true);
    }
    // Taking the assessment from there ends without the forged call to action.
    await page.getByRole("button", { name: "Take the assessment yourself" }).click();
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await answerAll(page, answers);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your result");
    await expect(page.getByRole("link", { name: "Sign in" })).toHaveCount(0);
    await expect(page.locator('a[href*="evil.example"]')).toHaveCount(0);
    expect(foreign).toEqual([]);
  });

  test("the deployment's own line names the firm and its call to action, and a link cannot change them", async ({ page }) => {
    await deployAs(page, "firm=Acme IT&amp;cta-url=https://acme.example/contact?src=assessment&amp;cta-label=Talk to us");
    await page.goto(`./${FORGED}`);
    await expect(page.getByText("Acme IT", { exact: true })).toBeVisible();
    await expect(page.getByText("Evil Corp")).toHaveCount(0);
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await answerAll(page, answers);
    const cta = page.getByRole("link", { name: "Talk to us" });
    const href = new URL(await cta.getAttribute("href"));
    expect(href.origin + href.pathname).toBe("https://acme.example/contact");
    expect(href.searchParams.get("src")).toBe("assessment");
    await expect(page.locator('a[href*="evil.example"]')).toHaveCount(0);
  });
});
