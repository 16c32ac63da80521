// The first paint, against the physical floor: part of the benchmark (scripts/bench,
// docs/PERFORMANCE.md); also runs alone, and compares two releases in one run:
//   node scripts/first-paint.mjs [--runs N] [--compare <dir of another release>]… [--dist <dir>]
//
// For a release in a folder, served by scripts/static-server.mjs with brotli and the production
// policy (which picks the German page as nginx and caddy do):
// - first question answerable and the app taking over, in English and in German, beside the
//   floor: the same questionnaire as one plain form with its styles in the page, in the same
//   language (scripts/answerable.mjs; applied throttling, medians of 5);
// - the largest paint under that throttling, beside the floor's;
// - how many German loads painted an English heading first (none may);
// - Lighthouse's simulated LCP (mobile, its default throttling: what PageSpeed Insights shows a
//   firm), in English and in German, median of N (3 unless told).
import { spawn } from "node:child_process";
import { measure, median, writeFloor } from "./answerable.mjs";
import { runLighthouse } from "./host-cost.mjs";

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts a static server for `dir` on `port`; returns a function that stops it. */
function serve(dir, port, policy = true) {
  const server = spawn("node", ["scripts/static-server.mjs", dir, String(port), "--max-seconds", "1800", "--brotli", ...(policy ? ["--csp"] : [])], { stdio: "ignore" });
  return () => server.kill();
}

/** Lighthouse's simulated figures for `url`, median of `runs`. */
function simulated(url, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const report = runLighthouse(url, ["--throttling-method=simulate", "--only-categories=performance"]);
    results.push({
      lcp: report.audits["largest-contentful-paint"].numericValue,
      fcp: report.audits["first-contentful-paint"].numericValue,
      performance: Math.round(report.categories.performance.score * 100),
    });
  }
  return { lcp: median(results.map((r) => r.lcp)), fcp: median(results.map((r) => r.fcp)), performance: median(results.map((r) => r.performance)), runs: results };
}

/** Every figure for the releases in `dirs` (each measured with the same floors, one after the
 *  other, in this one run). */
export async function measureFirstPaint(dirs, port, runs = 3) {
  writeFloor("target/bench-floor");
  writeFloor("target/bench-floor/de", "de");
  const stopFloor = serve("target/bench-floor", port, false);
  const out = [];
  try {
    await wait(500);
    // The floor as Lighthouse's simulation sees it: the figure a page with nothing but itself gets.
    const floorLighthouse = simulated(`http://127.0.0.1:${port}/`, runs);
    for (const [i, dir] of dirs.entries()) {
      const appPort = port + 1 + i;
      const stop = serve(dir, appPort);
      try {
        await wait(500);
        const app = `http://127.0.0.1:${appPort}/`;
        const floor = `http://127.0.0.1:${port}/`;
        out.push({
          dir,
          en: await measure(app, floor, 5),
          de: await measure(`${app}?lang=de`, `${floor}de/?lang=de`, 5),
          lighthouse: { en: simulated(app, runs), de: simulated(`${app}?lang=de`, runs), floor: floorLighthouse },
        });
      } finally {
        stop();
      }
    }
  } finally {
    stopFloor();
  }
  return out;
}

/** The table: one row per figure, one column per release. */
export function firstPaintTable(results) {
  const ms = (x) => (x === null || x === undefined ? "–" : `${Math.round(x).toLocaleString("en")} ms`);
  const rows = [
    ["first question answerable, English", (r) => `${ms(r.en.ours)} (${r.en.ratio.toFixed(2)}×)`],
    ["  the floor (inline styles)", (r) => ms(r.en.floor)],
    ["first question answerable, German", (r) => `${ms(r.de.ours)} (${r.de.ratio.toFixed(2)}×)`],
    ["  the floor (inline styles)", (r) => ms(r.de.floor)],
    ["largest paint, applied, English", (r) => `${ms(r.en.lcp)} (floor ${ms(r.en.floorLcp)})`],
    ["largest paint, applied, German", (r) => `${ms(r.de.lcp)} (floor ${ms(r.de.floorLcp)})`],
    ["German loads with English painted", (r) => `${r.de.englishPainted} of ${r.de.runs}`],
    ["Lighthouse simulated LCP, English", (r) => `${ms(r.lighthouse.en.lcp)} (floor ${ms(r.lighthouse.floor.lcp)})`],
    ["Lighthouse simulated LCP, German", (r) => ms(r.lighthouse.de.lcp)],
    ["Lighthouse simulated FCP, English", (r) => ms(r.lighthouse.en.fcp)],
    ["Lighthouse Performance, English", (r) => `${r.lighthouse.en.performance} (runs ${r.lighthouse.en.runs.map((x) => x.performance).join(", ")})`],
    ["the app takes over, English", (r) => ms(r.en.appReady)],
    ["the app takes over, German", (r) => ms(r.de.appReady)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const col = 30;
  const lines = [`${"".padEnd(width)}${results.map((r) => r.dir.padEnd(col)).join("")}`];
  for (const [label, cell] of rows) lines.push(`${label.padEnd(width)}${results.map((r) => cell(r).padEnd(col)).join("")}`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const dirs = [...args.entries()].filter(([, a]) => a === "--compare").map(([i]) => args[i + 1]).concat(option("--dist", "dist"));
  const results = await measureFirstPaint(dirs, 4500 + Math.floor(Math.random() * 50), Number(option("--runs", 3)));
  console.log(firstPaintTable(results));
}
