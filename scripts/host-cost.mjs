// What the widget costs a firm's own page: part of the benchmark (scripts/bench,
// docs/PERFORMANCE.md); also runs alone on a built dist/:
//   node scripts/host-cost.mjs [--runs N]
//
// A long article page (about twenty screens on a phone) is written three times and served from
// an origin of its own, with the app's dist/ on another: without the widget, with the inline
// widget at its end (below the fold), and with a popup opened by a drawn button at its top, not
// opened. Lighthouse (mobile, median of N runs, 3 unless told) loads each with applied
// throttling (its "devtools" method: 150 ms round trip, 1.6 Mbps, CPU 4×), so the figures are
// observed ones. Its simulated method would charge the loader's connection to the article's
// first paint, because on 127.0.0.1 the loader arrives before that paint: +283 ms simulated LCP
// for a script that blocks nothing, where the observed LCP moves within run-to-run noise;
// the report gives each page's transferred bytes, Total Blocking Time, LCP and the requests to
// the app's origin, and the difference from the page without the widget. The target: the only
// requests to the app's origin are the loader's (embed.js, and for the popup its companion
// embed-more.<hash>.js, which draws the button), the difference is the loader alone, and no
// long task (the stuff of Total Blocking Time) is the loader's.
import { mkdirSync, writeFileSync } from "node:fs";
import { spawn, execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const PAGES = {
  "without the widget": "",
  "inline, below the fold": "inline",
  "popup, not opened": "popup",
};

const SENTENCES = [
  "Our team has looked after the networks of small practices and offices for many years.",
  "Most of the work happens before anything breaks: updates, backups, and a look at what is coming.",
  "When something does break, the first call decides how the rest of the week goes.",
  "We write down what we changed and why, so the next person does not have to guess.",
  "A good plan for next year starts with an honest look at how this year went.",
  "Budgets are easier to defend when everyone can see where the money went and what it bought.",
];

function article(widget, app) {
  const paragraphs = [];
  for (let i = 0; i < 60; i++) {
    const text = [0, 1, 2, 3].map((k) => SENTENCES[(i + k) % SENTENCES.length]).join(" ");
    if (i % 6 === 0) paragraphs.push(`<h2>Part ${i / 6 + 1}</h2>`);
    paragraphs.push(`<p>${text}</p>`);
  }
  const popup = widget === "popup"
    ? `<div data-partner-or-vendor data-mode="popup" data-button-label="Check your provider" data-firm="Acme IT"></div>\n`
    : "";
  const inline = widget === "inline" ? `<div data-partner-or-vendor data-firm="Acme IT"></div>\n` : "";
  const loader = widget ? `<script src="${app}embed.js" async></script>\n` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A long article on a firm's own site, for measuring what the widget costs it.">
<title>How we look after your office's IT — Acme IT</title>
<link rel="icon" href="data:,">
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem;color:#1b1f24}</style>
</head>
<body>
<main>
<h1>How we look after your office's IT</h1>
${popup}${paragraphs.join("\n")}
${inline}</main>
${loader}</body>
</html>
`;
}

/** One Lighthouse run (12.8.2, scripts/bench-tools) on Debian's Chromium, mobile, with `flags`;
 *  its report. The benchmark's own runs use it too. */
export function runLighthouse(url, flags) {
  const out = execFileSync("scripts/bench-tools/node_modules/.bin/lighthouse", [
    url, "--quiet", "--output=json", "--form-factor=mobile", ...flags,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" }, maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

function lighthouse(url) {
  const report = runLighthouse(url, ["--throttling-method=devtools", "--only-categories=performance", "--disable-full-page-screenshot"]);
  return {
    bytes: report.audits["total-byte-weight"].numericValue,
    tbt: report.audits["total-blocking-time"].numericValue,
    lcp: report.audits["largest-contentful-paint"].numericValue,
    requests: report.audits["network-requests"].details.items.map((r) => ({ url: r.url, bytes: r.transferSize })),
    longTasks: (report.audits["long-tasks"].details?.items ?? []).map((t) => ({ url: t.url, ms: t.duration })),
  };
}

// The snippet's markup in the page, brotli: what a page may add beside the loader's own transfer.
export const SNIPPET_BYTES = 200;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Measures each page; `app` is the app's base address (ending in "/"), on another origin. */
export async function measureHostCost(app, hostDir, hostPort, runs = 3) {
  mkdirSync(hostDir, { recursive: true });
  const files = Object.entries(PAGES).map(([name, widget], i) => {
    writeFileSync(`${hostDir}/page${i}.html`, article(widget, app));
    return [name, `page${i}.html`];
  });
  const server = spawn("node", ["scripts/static-server.mjs", hostDir, String(hostPort), "--max-seconds", "900", "--brotli"], { stdio: "ignore" });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const pages = [];
    for (const [name, file] of files) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(lighthouse(`http://127.0.0.1:${hostPort}/${file}`));
      const appRequests = results.map((r) => r.requests.filter((q) => q.url.startsWith(app)));
      pages.push({
        name,
        bytes: median(results.map((r) => r.bytes)),
        tbt: median(results.map((r) => r.tbt)),
        lcp: median(results.map((r) => r.lcp)),
        // Every run's requests to the app's origin (the most any run made).
        appRequests: appRequests.reduce((a, b) => (b.length > a.length ? b : a)),
        // Tasks over 50 ms that Lighthouse attributes to a script of the app's origin, in any run.
        appLongTasks: results.flatMap((r) => r.longTasks.filter((t) => t.url.startsWith(app))),
        pageLongTasks: median(results.map((r) => r.longTasks.length)),
      });
    }
    return pages;
  } finally {
    server.kill();
  }
}

/** The table, and what fails the budget: any app file but the loader, a long task of the loader's, more than `limit` bytes added beside the loader. */
export function hostReport(pages, limit) {
  const [bare] = pages;
  const failures = [];
  const pad = (s, n) => String(s).padStart(n);
  const lines = [`${"host page".padEnd(26)}${pad("bytes", 9)}${pad("+bytes", 9)}${pad("TBT", 8)}${pad("LCP", 9)}${pad("+LCP", 8)}${pad("long tasks (loader's)", 23)}  requests to the app`];
  for (const p of pages) {
    const files = p.appRequests.map((r) => new URL(r.url).pathname.split("/").pop());
    const listed = p.appRequests.map((r) => `${new URL(r.url).pathname.split("/").pop()} (${r.bytes} B with headers)`);
    lines.push(`${p.name.padEnd(26)}${pad(p.bytes, 9)}${pad(p.bytes - bare.bytes, 9)}${pad(Math.round(p.tbt) + " ms", 8)}${pad(Math.round(p.lcp) + " ms", 9)}${pad(Math.round(p.lcp - bare.lcp) + " ms", 8)}${pad(`${p.pageLongTasks} (${p.appLongTasks.length})`, 23)}  ${listed.join(", ") || "none"}`);
    if (p === bare) continue;
    const isLoader = (f) => f === "embed.js" || /^embed-more\.[0-9a-f]{8}\.js$/.test(f);
    if (files.some((f) => !isLoader(f))) failures.push(`${p.name}: fetched ${files.join(", ")} before the widget was needed`);
    // The article's own first layout makes tasks of 50–90 ms at 4× CPU on every page, so TBT
    // moves by 0–20 ms between runs with or without the widget; what the loader adds is read
    // from the tasks Lighthouse attributes to it, which must be none.
    if (p.appLongTasks.length) failures.push(`${p.name}: the loader ran ${p.appLongTasks.length} long task(s), up to ${Math.round(Math.max(...p.appLongTasks.map((t) => t.ms)))} ms`);
    // Beyond the loader's transfer (its brotli body has its own budget in scripts/size-check),
    // only the snippet's few bytes of markup in the page.
    const loader = p.appRequests.filter((r) => isLoader(new URL(r.url).pathname.split("/").pop())).reduce((n, r) => n + r.bytes, 0);
    if (p.bytes - bare.bytes - loader > limit) failures.push(`${p.name}: +${p.bytes - bare.bytes - loader} bytes beyond the loader, over ${limit}`);
  }
  return { text: lines.join("\n"), failures };
}

// Alone: serve dist/ as the app's origin and measure.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 3;
  const port = 4500 + Math.floor(Math.random() * 100);
  const app = spawn("node", ["scripts/static-server.mjs", "dist", String(port), "--max-seconds", "900", "--brotli", "--csp"], { stdio: "ignore" });
  try {
    const pages = await measureHostCost(`http://127.0.0.1:${port}/`, "target/bench-host", port + 100, runs);
    const { text, failures } = hostReport(pages, SNIPPET_BYTES);
    console.log(text);
    if (failures.length) console.log(`over budget: ${failures.join("; ")}`);
  } finally {
    app.kill();
  }
}
