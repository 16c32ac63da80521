// The benchmark's measuring and reporting half; see scripts/bench.
// Usage: node scripts/bench.mjs <perf.json> <links.json> [--runs N]
import { readFileSync, readdirSync, statSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { spawn } from "node:child_process";
import { report } from "./answerable.mjs";
import { measureFirstPaint, firstPaintTable } from "./first-paint.mjs";
import { measureHostCost, hostReport, runLighthouse, SNIPPET_BYTES } from "./host-cost.mjs";
import { measureRepeatVisit, repeatReport } from "./repeat-visit.mjs";
import { unhashed } from "./hash-assets.mjs";

const [perfFile, linksFile, ...rest] = process.argv.slice(2);
const runs = rest.includes("--runs") ? Number(rest[rest.indexOf("--runs") + 1]) : 3;
// Another release to measure beside this one in the same run (its dist/ kept somewhere).
const compare = rest.includes("--compare") ? rest[rest.indexOf("--compare") + 1] : null;
const perf = JSON.parse(readFileSync(perfFile, "utf8"));
const links = JSON.parse(readFileSync(linksFile, "utf8"));

// Budgets (docs/PERFORMANCE.md).
// The first paint's against the floor with its styles in the page (scripts/first-paint.mjs):
// answerable within 1.3× the floor in either language, the largest paint under applied
// throttling within 1.2 s, Lighthouse's simulated LCP within 1.4× the floor's, no English
// painted for a German visitor, and the app's own view within 1.7 s (English) and 1.8 s (German).
const BUDGET = { answerableRatio: 1.3, firstLoadBrotli: 100 * 1024, performance: 98, tbt: 0, lcp: 1200, simulatedLcpRatio: 1.4, takeoverEn: 1700, takeoverDe: 1800, accessibility: 100, bestPractices: 100, stepMs: 4, scoringMs: 1, bitsPerItem: 3 };
const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); return ok ? "ok" : "OVER"; };

// 1. Bytes. The first load is every file a visitor's first page load fetches: not the loader,
// which a host page loads, and not the files fetched on demand, as scripts/size-check lists them.
const ON_DEMAND = readFileSync("scripts/size-check", "utf8").match(/^ON_DEMAND="([^"]*)"/m)[1].split(" ");
// As scripts/size-check counts them: not the loader and its companion (the firm's page loads
// them), the worker, the link preview's picture (no visitor fetches it), nor the German page (a
// German visitor's in place of index.html).
const APART = ["embed.js", "embed-more.js", "sw.js", "link-preview.png", "index.de.html"];
const onDemand = (file) => APART.includes(file) || ON_DEMAND.includes(file);
// Files are named by their content (scripts/hash-assets.mjs); listed without the hash, and
// without the .br and .gz copies beside them.
const rows = [];
for (const name of readdirSync("dist").sort()) {
  if (!statSync(`dist/${name}`).isFile() || /\.(br|gz)$/.test(name)) continue;
  const body = readFileSync(`dist/${name}`);
  const file = unhashed(name);
  rows.push({
    file,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    firstLoad: !onDemand(file),
  });
}
const sum = (key) => rows.filter((r) => r.firstLoad).reduce((n, r) => n + r[key], 0);

// 2. Lighthouse, mobile with simulated throttling, against a brotli server on 127.0.0.1.
const port = 4300 + Math.floor(Math.random() * 100);
const server = spawn("node", ["scripts/static-server.mjs", "dist", String(port), "--max-seconds", "900", "--brotli", "--csp"], { stdio: "ignore" });
const results = [];
let firstPaint = [];
let hostCost = [];
let repeatVisit;
try {
  await new Promise((r) => setTimeout(r, 500));
  for (let i = 0; i < runs; i++) {
    const report = runLighthouse(`http://127.0.0.1:${port}/`, [
      "--throttling-method=simulate", "--only-categories=performance,accessibility,best-practices",
    ]);
    results.push({
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      bestPractices: Math.round(report.categories["best-practices"].score * 100),
      lcp: report.audits["largest-contentful-paint"].numericValue,
      tbt: report.audits["total-blocking-time"].numericValue,
      fcp: report.audits["first-contentful-paint"].numericValue,
    });
  }
  // The first paint against the floor with its styles in the page, in English and in German
  // (and the release to compare with, in the same run).
  firstPaint = await measureFirstPaint([...(compare ? [compare] : []), "dist"], port + 100, runs);
  // A returning visitor, served by nginx with deploy/nginx.conf: what the second visit fetches.
  repeatVisit = await measureRepeatVisit(port + 300);
  // What the widget costs a firm's page: a long article without it, with the inline widget
  // below the fold, and with a popup not opened, on an origin of its own.
  hostCost = await measureHostCost(`http://127.0.0.1:${port}/`, "target/bench-host", port + 200, runs);
} finally {
  server.kill();
}
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];

// 3. Report.
const pad = (s, n) => String(s).padStart(n);
console.log(`Partner or Vendor? benchmark, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(`${"file".padEnd(34)}${pad("raw", 9)}${pad("gzip", 9)}${pad("brotli", 9)}`);
const NOTES = { "embed.js": " (host page)", "embed-more.js": " (host page)", "sw.js": " (after start)", "link-preview.png": " (previews)", "index.de.html": " (German)" };
const note = (r) => (r.firstLoad ? "" : NOTES[r.file] ?? " (on demand)");
for (const r of rows) console.log(`${(r.file + note(r)).padEnd(34)}${pad(r.raw, 9)}${pad(r.gzip, 9)}${pad(r.brotli, 9)}`);
console.log(`${"first load total".padEnd(34)}${pad(sum("raw"), 9)}${pad(sum("gzip"), 9)}${pad(sum("brotli"), 9)}   budget ${BUDGET.firstLoadBrotli} ${check(sum("brotli") <= BUDGET.firstLoadBrotli, "first load over 100 KB brotli")}`);
console.log("");
console.log(`Lighthouse (mobile, simulated, median of ${runs}; runs: ${results.map((r) => r.performance).join(", ")})`);
console.log(`  Performance        ${pad(median("performance"), 7)}   budget >= ${BUDGET.performance} ${check(median("performance") >= BUDGET.performance, "Lighthouse performance")}`);
console.log(`  Total Blocking Time${pad(Math.round(median("tbt")) + " ms", 8)}   budget ${BUDGET.tbt} ms ${check(median("tbt") <= BUDGET.tbt, "Total Blocking Time")}`);
// The LCP budgets are below, with the floor's.
console.log(`  Largest Contentful Paint${pad(Math.round(median("lcp")) + " ms", 8)}   (simulated; budgets below)`);
console.log(`  First Contentful Paint${pad(Math.round(median("fcp")) + " ms", 10)}`);
console.log(`  Accessibility      ${pad(median("accessibility"), 7)}   budget ${BUDGET.accessibility} ${check(median("accessibility") >= BUDGET.accessibility, "Lighthouse accessibility")}`);
console.log(`  Best Practices     ${pad(median("bestPractices"), 7)}   budget ${BUDGET.bestPractices} ${check(median("bestPractices") >= BUDGET.bestPractices, "Lighthouse best practices")}`);
console.log("");
const fp = firstPaint.at(-1);
console.log(`The first paint against the floor: the same questionnaire as a plain form with its styles in the page (applied throttling: 150 ms round trip, 1.6 Mbps, CPU 4×, medians of 5; Lighthouse simulated, median of ${runs})`);
console.log(firstPaintTable(firstPaint));
console.log(`  budget: answerable <= ${BUDGET.answerableRatio}× the floor ${check(fp.en.ratio <= BUDGET.answerableRatio && fp.de.ratio <= BUDGET.answerableRatio, "first question answerable")}`);
console.log(`  budget: largest paint <= ${BUDGET.lcp} ms ${check(fp.en.lcp <= BUDGET.lcp && fp.de.lcp <= BUDGET.lcp, "LCP")}`);
console.log(`  budget: simulated LCP <= ${BUDGET.simulatedLcpRatio}× the floor's ${check(fp.lighthouse.en.lcp <= BUDGET.simulatedLcpRatio * fp.lighthouse.floor.lcp && fp.lighthouse.de.lcp <= BUDGET.simulatedLcpRatio * fp.lighthouse.floor.lcp, "Lighthouse simulated LCP")}`);
console.log(`  budget: no English painted for a German visitor ${check(fp.de.englishPainted === 0, "English painted first")}`);
console.log(`  budget: the app takes over <= ${BUDGET.takeoverEn} ms (English), ${BUDGET.takeoverDe} ms (German) ${check(fp.en.appReady <= BUDGET.takeoverEn && fp.de.appReady <= BUDGET.takeoverDe, "the app takes over")}`);
console.log("");
console.log(report(fp.en));
console.log("");
const repeat = repeatReport(repeatVisit);
console.log("A returning visitor (nginx with deploy/nginx.conf; bytes as the server logged them)");
console.log(repeat.text);
console.log(`  budget: 0 bytes of app files, only pages revalidated ${check(repeat.appBytes === 0 && repeatVisit.repeat.every((r) => r.status === 304), "repeat visit")}`);
console.log("");
const host = hostReport(hostCost, SNIPPET_BYTES);
console.log(`What the widget costs a firm's page (Lighthouse mobile, applied throttling, median of ${runs}; a long article)`);
console.log(host.text);
console.log(`  budget: no app file but the loader, no long task of the loader's, nothing beyond the loader and ${SNIPPET_BYTES} bytes of snippet ${check(!host.failures.length, host.failures.join("; "))}`);
console.log("");
console.log(`Work as it grows (${perf.items} items, ${perf.dimensions} dimensions, headless Chromium, performance.now())`);
console.log(`  one step to the next, median of ${perf.steps}${pad(perf.step_ms_median.toFixed(2) + " ms", 10)}   budget < ${BUDGET.stepMs} ms ${check(perf.step_ms_median < BUDGET.stepMs, "step time")}`);
console.log(`  scoring every answer, median of ${perf.scorings}${pad(perf.scoring_ms_median.toFixed(3) + " ms", 9)}   budget < ${BUDGET.scoringMs} ms ${check(perf.scoring_ms_median < BUDGET.scoringMs, "scoring time")}`);
console.log("");
const [[n1, c1], , [n3, c3]] = links.growth;
const bitsPerItem = ((c3 - c1) * 6) / (n3 - n1);
console.log(`Results link`);
console.log(`  built-in questionnaire   ${links.builtin_chars} characters (${links.builtin_chars * 6} bits with header and checksum; the answers need at least ${links.builtin_min_bits} bits)`);
console.log(`  generated, five options  ${links.growth.map(([n, c]) => `${n} items: ${c}`).join(", ")} characters`);
console.log(`  growth                   ${bitsPerItem.toFixed(2)} bits per item   budget <= ${BUDGET.bitsPerItem} ${check(bitsPerItem <= BUDGET.bitsPerItem, "link growth")}`);
console.log("");
if (failures.length) {
  console.log(`over budget: ${failures.join("; ")}`);
  process.exit(1);
}
console.log("every figure within its budget");
