// A visitor's journey, a sub-path's and an embedded one, against nginx with deploy/nginx.conf;
// against caddy with deploy/Caddyfile, the visitor's journey as a smoke test.
import { test, expect } from "@playwright/test";
import { Assessment, contentNamed, coreScore } from "../assessment.mjs";
import { APP, openHost, seen } from "../host.mjs";
import { ANSWERS, SERVER, answerRange, workerReady } from "./served.mjs";

const CORE = coreScore(ANSWERS);

async function journey(page, path) {
  const app = new Assessment(page);
  await app.open(path);
  await app.startButton().click();
  await answerRange(page, 0);
  await expect(app.heading()).toHaveText("Your result");
  await expect(page.getByTestId("overall-index")).toHaveText(String(CORE.overall));
  await app.expectNoErrors();
}

test(`a visitor answers every question and sees the core's result (${SERVER})`, async ({ page }) => {
  await journey(page, "./");
});

test.describe(() => {
  test.skip(SERVER !== "nginx", "caddy runs the visitor's journey only");

  test("on a firm's sub-path the journey is the same", async ({ page }) => {
    await journey(page, "tools/assessment/");
  });

  test("embedded on a firm's page on another origin, the widget reaches its result", async ({ page }) => {
    await openHost(page, `<div id="w" data-partner-or-vendor data-firm="Acme IT"></div><script src="${APP}embed.js" async></script>`);
    const frame = page.frameLocator("#w iframe");
    await frame.getByRole("button", { name: "Start the assessment" }).click();
    await answerRange(frame, 0);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Your result");
    await expect(frame.getByTestId("overall-index")).toHaveText(String(CORE.overall));
    await expect.poll(async () => (await seen(page, "complete")).map((e) => e.detail.overall)).toEqual([CORE.overall]);
  });

  test("with Trusted Types enforced, a whole journey and the worker's registration break no rule of the policy", async ({ page }) => {
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    const response = await page.goto("./");
    expect(response.headers()["content-security-policy"]).toContain("require-trusted-types-for 'script'; trusted-types partner-or-vendor");
    await journey(page, "./");
    await workerReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then((r) => Boolean(r.active)))).toBe(true);
    expect(await page.evaluate(() => window.violations)).toEqual([]);
  });

  test("the configurator's pinned snippet, pasted on a firm's page, loads the loader held to its integrity", async ({ page }) => {
    await page.goto("./configure.html");
    const pinned = await page.getByRole("textbox", { name: /pinned to this version/ }).inputValue();
    const script = pinned.match(/<script src="([^"]+)" integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous" async><\/script>$/);
    expect(script?.[1]).toMatch(contentNamed("embed.js", APP));
    await openHost(page, pinned.replace("<div data-partner-or-vendor", '<div id="w" data-partner-or-vendor'));
    const frame = page.frameLocator("#w iframe");
    await frame.getByRole("button", { name: "Start the assessment" }).click();
    await expect(frame.getByText(/^Question 1 of/)).toBeVisible();
    // Another digest than the file's: the browser refuses the script, and no widget appears.
    const tampered = pinned.replace(/sha384-[A-Za-z0-9+/=]{64}/, `sha384-${"A".repeat(64)}`);
    await openHost(page, tampered.replace("<div data-partner-or-vendor", '<div id="w" data-partner-or-vendor'));
    await expect(page.locator("#w iframe")).toHaveCount(0);
  });

  test("the pinned loader's overlay loads the companion it was built with, held to its integrity, with CORS", async ({ page }) => {
    await page.goto("./configure.html");
    const pinned = await page.getByRole("textbox", { name: /pinned to this version/ }).inputValue();
    const script = pinned.match(/<script [^>]+><\/script>$/)[0];
    const companion = [];
    page.on("response", (response) => {
      if (contentNamed("embed-more.js", APP).test(response.url())) companion.push(response.headers());
    });
    await openHost(page, `<div id="w" data-partner-or-vendor data-mode="popup" data-button-label="Take the assessment"></div>${script}`);
    await page.getByRole("button", { name: "Take the assessment" }).click();
    await expect(page.getByRole("dialog").frameLocator("iframe").getByRole("button", { name: "Start the assessment" })).toBeVisible();
    expect(companion).toHaveLength(1);
    expect(companion[0]["access-control-allow-origin"]).toBe("*");
    expect(companion[0]["cache-control"]).toBe("public, max-age=31536000, immutable");
  });
});
