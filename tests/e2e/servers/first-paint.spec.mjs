// The first paint behind nginx and caddy, as a visitor on a slow phone gets it: the page's
// language from its first frame (a German visitor never has English painted, by `?lang=de`, by
// the loader's `data-lang="de"` or by the browser's languages), and the strict policy kept with
// the stylesheet in the page (allowed by its hash, never by 'unsafe-inline').
import { test, expect } from "@playwright/test";
import { APP, openHost } from "../host.mjs";
import { SERVER } from "./served.mjs";
import { throttle as throttleProfile } from "../../../scripts/answerable.mjs";

// As the benchmark throttles (scripts/answerable.mjs): 150 ms round trip, 1.6 Mbps, CPU 4×.
const throttle = async (page) => throttleProfile(await page.context().newCDPSession(page));

// Before every frame the browser renders (in every frame of the page, from the document's
// start): the headings a visitor can see and the page's language, as they are painted.
const PROBE = () => {
  const frames = (window.__frames = []);
  const look = () => {
    const headings = [...document.querySelectorAll("h1")].filter((h) => h.checkVisibility()).map((h) => h.textContent.trim());
    const last = frames.at(-1);
    const frame = { lang: document.documentElement.lang, headings, app: Boolean(document.querySelector(".app")) };
    if (!last || JSON.stringify(last) !== JSON.stringify(frame)) frames.push(frame);
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

const ENGLISH = ["Partner or Vendor?", "Question 1 of 30"];

/** What `scope` (a page or a frame) painted until the app drew its German intro. */
async function paintedUntilTheApp(scope) {
  await expect.poll(() => scope.evaluate(() => window.__frames.some((f) => f.app && f.headings.length > 0)), { timeout: 30_000 }).toBe(true);
  return scope.evaluate(() => window.__frames.filter((f) => f.headings.length > 0));
}

function expectGermanOnly(frames) {
  expect(frames.length, "frames with a heading").toBeGreaterThan(1);
  for (const frame of frames) {
    expect(frame.lang, JSON.stringify(frame)).toBe("de");
    for (const english of ENGLISH) expect(frame.headings, JSON.stringify(frames)).not.toContain(english);
  }
  expect(frames[0].headings).toEqual(["Partner oder Lieferant?"]);
  expect(frames[0].app, "the page's own heading is painted before the app's").toBe(false);
}

test.describe("a German visitor on a slow phone never has English painted", () => {
  test(`by ?lang=de (${SERVER})`, async ({ page }) => {
    await page.addInitScript(PROBE);
    await throttle(page);
    const response = await page.goto("./?lang=de");
    expect(response.headers().vary).toMatch(/Accept-Language/);
    expectGermanOnly(await paintedUntilTheApp(page));
  });

  test(`by a browser that prefers German and an address that names no language (${SERVER})`, async ({ browser }) => {
    const context = await browser.newContext({ locale: "de-AT" });
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await throttle(page);
    await page.goto(new URL("tools/assessment/", APP).href);
    expectGermanOnly(await paintedUntilTheApp(page));
    await context.close();
  });

  test(`by the loader's data-lang="de" on a firm's page (${SERVER})`, async ({ page }) => {
    await page.addInitScript(PROBE);
    await throttle(page);
    await openHost(page, `<div id="w" data-partner-or-vendor data-lang="de"></div><script src="${APP}embed.js" async></script>`);
    await expect(page.locator("#w iframe")).toHaveAttribute("src", /\/index\.de\.html\?lang=de&/);
    const framed = () => page.frames().find((f) => f.url().includes("index.de.html"));
    await expect.poll(() => Boolean(framed())).toBe(true);
    const frame = framed();
    expectGermanOnly(await paintedUntilTheApp(frame));
  });
});

test.describe("the page in the language asked for", () => {
  for (const [locale, address, lang] of [
    ["de-DE", "./?lang=en", "en"],
    ["de-DE", "./?lang=DE", "de"],
    ["de-DE", "./?lang=fr", "de"],
    ["fr-CH", "./", "en"],
    ["en-US", "./", "en"],
    ["en-US", "./?lang=de", "de"],
  ]) {
    test(`a browser in ${locale} at ${address} gets the ${lang} page, and the app speaks it too (${SERVER})`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const response = await page.goto(address);
      expect(await response.text()).toMatch(new RegExp(`<html lang="?${lang}"?>`));
      await expect(page.locator(".app")).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await context.close();
    });
  }
});

test(`the policy stays strict: the pages' own stylesheet is allowed by its hash, nothing is refused (${SERVER})`, async ({ page }) => {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  // The assessment's pages and the page for a missing address carry the stylesheet; the tools
  // link it.
  for (const [address, inline] of [["./", true], ["./?lang=de", true], ["no-such-page", true], ["team.html", false], ["configure.html", false]]) {
    requested.length = 0;
    const response = await page.goto(address);
    const policy = response.headers()["content-security-policy"];
    expect(policy).not.toContain("unsafe-inline");
    expect(policy, policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]{44}';/);
    const style = await page.evaluate(() => document.querySelector("style")?.textContent ?? "");
    expect(style.includes("--accent"), address).toBe(inline);
    expect(requested.some((p) => p.endsWith(".css")), address).toBe(!inline);
    await expect(page.locator("body")).toHaveCSS("margin", "0px");
    await page.waitForLoadState("load");
    expect(await page.evaluate(() => window.violations), address).toEqual([]);
  }
});
