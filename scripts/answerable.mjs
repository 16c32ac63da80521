// "First question answerable": what a visitor on a slow phone waits for. Part of the benchmark
// (scripts/bench, docs/PERFORMANCE.md); also runs alone:
//   node scripts/answerable.mjs [--runs N] [--app URL] [--json FILE]
//
// Each run opens the page in a fresh browser context (empty cache) under applied throttling like
// Lighthouse's mobile profile (150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4× slower, set
// through the DevTools protocol), clicks "Start the assessment" as soon as it is visible, and
// stops the clock when the first answer (a radio button) is visible. The same is measured, in
// the same run, for the floor: the same questionnaire as a plain HTML form with no script at
// all, generated here from content/questionnaire.json, served the same way. Medians of N runs
// (5 unless told). The page's own clock (performance.now(), from navigation start) times both.
import { chromium } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option("--runs", 5));
// The app's own Start, in each language (src/app/text; the floor's is the same words).
const START = { en: "Start the assessment", de: "Einschätzung starten" };

// The throttling profile, written once.
export const PROFILE = { latencyMs: 150, downKbps: 1600, upKbps: 750, cpu: 4 };

/** Applies PROFILE to a page through its DevTools session `cdp`. */
export async function throttle(cdp) {
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: (PROFILE.downKbps * 1000) / 8,
    uploadThroughput: (PROFILE.upKbps * 1000) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PROFILE.cpu });
}

/** The floor: the client questionnaire as one plain form in `lang`, its Start a link to it,
 *  its styles in the page (the physical floor: nothing but the page before the first paint). */
export function writeFloor(dir, lang = "en") {
  const q = JSON.parse(readFileSync(new URL("../content/questionnaire.json", import.meta.url), "utf8"));
  const scales = Object.fromEntries(q.scales.map((s) => [s.id, s.options]));
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const items = q.items.map((item, i) => {
    const options = item.options ?? scales[item.scale];
    return `<fieldset><legend>${i + 1}. ${escape(item.prompt[lang])}</legend>${options
      .map((o, k) => `<label><input type="radio" name="${item.id}" value="${k}"> ${escape(o[lang])}</label>`)
      .join("")}</fieldset>`;
  });
  const style = [
    "body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem}",
    "form{display:none}form:target{display:block}main:has(form:target) .intro{display:none}",
    "fieldset{border:0;padding:0;margin:0 0 1.5rem}label{display:block;padding:.5rem 0}",
    "a.button{display:inline-block;padding:.75rem 1.25rem;background:#1d4ed8;color:#fff;border-radius:.5rem}",
  ].join("");
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/index.html`, `<!doctype html><html lang="${lang}"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(q.title[lang])}</title>
<style>${style}</style><main><section class="intro"><h1>${escape(q.title[lang])}</h1>
<p><a class="button" href="#form">${START[lang]}</a></p></section>
<form id="form">${items.join("\n")}<button>${lang === "de" ? "Zum Ergebnis" : "See my result"}</button></form></main></html>\n`);
}

// Runs in the page before any of its own code: remembers when Start was clicked and, from then
// on, polls every frame for the first visible radio button (the page's own question 1 when Start
// was followed before the app is here), then for the app's own (`app`: the app has taken over).
const PROBE = () => {
  const probe = (window.__probe = { clicked: null, answerable: null, app: null, lcp: null, painted: [] });
  // The page's language at every frame that shows a heading, until the app has taken over.
  const watch = () => {
    const lang = document.documentElement.lang;
    if (document.querySelector("h1")?.checkVisibility() && !probe.painted.includes(lang)) probe.painted.push(lang);
    if (probe.app === null) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  // The largest paint before the visitor's first input (the Start click), as the browser reports
  // it under this throttling: Lighthouse's simulated LCP cannot be used for an app that preloads
  // its wasm, since on 127.0.0.1 the wasm is fully fetched before the first paint and the
  // simulation then charges its download at 1.6 Mbps to that paint.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (probe.clicked === null) probe.lcp = entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
  addEventListener("click", () => {
    if (probe.clicked !== null) return;
    probe.clicked = performance.now();
    const look = () => {
      const radio = document.querySelector('input[type="radio"]');
      if (probe.answerable === null && radio?.checkVisibility()) probe.answerable = performance.now();
      if (document.querySelector('.app input[type="radio"]')?.checkVisibility()) probe.app = performance.now();
      else requestAnimationFrame(look);
    };
    look();
  }, { capture: true });
};

async function once(browser, url, app) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await throttle(await context.newCDPSession(page));
  await page.addInitScript(PROBE);
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname.split("/").pop() || "index.html"));
  await page.goto(url, { waitUntil: "commit" });
  // Whichever Start is shown first (a release that paints English first for a German visitor
  // shows the English one).
  const name = new RegExp(`^(${START.en}|${START.de})$`);
  const start = page.getByRole("link", { name }).or(page.getByRole("button", { name }));
  await start.first().click({ timeout: 60_000 });
  await page.waitForFunction(() => window.__probe.answerable !== null, null, { timeout: 60_000, polling: 100 });
  if (app) await page.waitForFunction(() => window.__probe.app !== null, null, { timeout: 60_000, polling: 100 });
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    return {
      ...window.__probe,
      html: { start: nav.requestStart, firstByte: nav.responseStart, end: nav.responseEnd },
      resources: performance.getEntriesByType("resource").map((r) => ({
        name: new URL(r.name).pathname.split("/").pop(),
        start: r.startTime,
        end: r.responseEnd,
      })),
    };
  });
  await context.close();
  return { ...result, requests };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Measures the app at `appUrl` and the floor at `floorUrl`, `runs` times each, alternating. */
export async function measure(appUrl, floorUrl, n = runs) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  const app = [];
  const floor = [];
  try {
    // One load of each page first, unthrottled and not counted: a server that compresses on
    // first request (as the test server does) would otherwise slow the first run alone.
    for (const url of [appUrl, floorUrl]) {
      const context = await browser.newContext();
      await (await context.newPage()).goto(url, { waitUntil: "networkidle" });
      await context.close();
    }
    for (let i = 0; i < n; i++) {
      app.push(await once(browser, appUrl, true));
      floor.push(await once(browser, floorUrl, false));
    }
  } finally {
    await browser.close();
  }
  const ours = median(app.map((r) => r.answerable));
  const base = median(floor.map((r) => r.answerable));
  // The waterfall of the median run: when each request started, from navigation start.
  const typical = app.find((r) => r.answerable === ours);
  const wasmRequests = median(app.map((r) => r.requests.filter((name) => name.endsWith(".wasm")).length));
  return {
    runs: n,
    ours,
    ourRuns: app.map((r) => Math.round(r.answerable)),
    oursClicked: median(app.map((r) => r.clicked)),
    appReady: median(app.map((r) => r.app)),
    lcp: median(app.map((r) => r.lcp)),
    floorLcp: median(floor.map((r) => r.lcp)),
    floor: base,
    floorRuns: floor.map((r) => Math.round(r.answerable)),
    ratio: ours / base,
    html: typical.html,
    waterfall: typical.resources,
    wasmRequests,
    // For a German address: the loads that painted an English page first.
    englishPainted: app.filter((r) => r.painted.includes("en")).length,
  };
}

export function report(m) {
  const ms = (x) => `${Math.round(x).toLocaleString("en")} ms`;
  const lines = [
    `First question answerable (fresh cache; ${PROFILE.latencyMs} ms round trip, ${PROFILE.downKbps / 1000} Mbps down, CPU ${PROFILE.cpu}× slower; median of ${m.runs})`,
    `  this app          ${ms(m.ours).padStart(9)}   (runs: ${m.ourRuns.join(", ")}; Start clicked at ${ms(m.oursClicked)})`,
    `  plain HTML form   ${ms(m.floor).padStart(9)}   (runs: ${m.floorRuns.join(", ")})`,
    `  ratio             ${m.ratio.toFixed(2).padStart(6)}×`,
    `  the app takes over ${ms(m.appReady).padStart(8)}   (its own question 1 drawn; an answer chosen before carries over)`,
    `  largest paint      ${ms(m.lcp).padStart(8)}   (the plain form: ${ms(m.floorLcp)})`,
    `  requests, start → end from navigation start (median run):`,
    `    ${"index.html".padEnd(30)} ${ms(m.html.start).padStart(9)} → ${ms(m.html.end)}  (first byte ${ms(m.html.firstByte)})`,
    ...m.waterfall.map((r) => `    ${r.name.padEnd(30)} ${ms(r.start).padStart(9)} → ${ms(r.end)}`),
    `  wasm requests per load: ${m.wasmRequests}`,
  ];
  return lines.join("\n");
}

// Alone: serve dist/ (brotli, the production policy) and the floor, measure, print.
if (import.meta.url === `file://${process.argv[1]}`) {
  const port = 4400 + Math.floor(Math.random() * 100);
  writeFloor("target/bench-floor");
  const servers = [
    spawn("node", ["scripts/static-server.mjs", "dist", String(port), "--max-seconds", "900", "--brotli", "--csp"], { stdio: "ignore" }),
    spawn("node", ["scripts/static-server.mjs", "target/bench-floor", String(port + 1), "--max-seconds", "900", "--brotli"], { stdio: "ignore" }),
  ];
  try {
    await new Promise((r) => setTimeout(r, 500));
    const m = await measure(option("--app", `http://127.0.0.1:${port}/${option("--query", "")}`), `http://127.0.0.1:${port + 1}/`);
    console.log(report(m));
    const json = option("--json", null);
    if (json) writeFileSync(json, JSON.stringify(m, null, 2));
  } finally {
    for (const s of servers) s.kill();
  }
}
