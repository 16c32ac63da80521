// Where the time until the app takes over goes: one load of a release under the benchmark's
// throttling (scripts/answerable.mjs), traced by Chromium, summed by what the main thread did
// and when each request ran. Part of the benchmark's toolbox (docs/PERFORMANCE.md):
//   node scripts/takeover-trace.mjs [--dist dist] [--query '?lang=de'] [--runs 3]
// Prints, per run, from navigation start: the requests, the main thread's work by kind (HTML,
// style and layout, paint, script, wasm compile, the wasm's start and first render), and when
// the app's own view was drawn.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { throttle } from "./answerable.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = option("--dist", "dist");
const query = option("--query", "");
const runs = Number(option("--runs", 3));
const port = 4600 + Math.floor(Math.random() * 100);

// Trace events by what they are, as DevTools' performance panel groups them.
const KINDS = [
  ["HTML", /^(ParseHTML)$/],
  ["style and layout", /^(UpdateLayoutTree|Layout|RecalculateStyles|ParseAuthorStyleSheet|UpdateLayerTree|PrePaint)$/],
  ["paint", /^(Paint|Layerize|Commit|CompositeLayers)$/],
  ["script compile", /^(v8\.compile|v8\.compileModule|CompileScript|CompileCode|v8\.parseOnBackground)$/],
  ["wasm compile", /^(v8\.wasm\.(compile|compileLazy|streamFromResponseCallback|finishedStreaming|startStreamingCompilation|compileConsume|cachedModule)|WasmCompileLazy|v8\.wasm\.compileLazy)/],
  ["script run (start.js, glue, the wasm's start and first render)", /^(EvaluateScript|v8\.evaluateModule|FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.callFunction|V8\.Execute)$/],
  ["garbage collection", /^(MinorGC|MajorGC|V8\.GC|BlinkGC)/],
];

async function once(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.wasm,blink.user_timing,loading", transferMode: "ReportEvents" });
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => document.querySelector(".app") !== null, null, { timeout: 60_000, polling: "raf" });
  const app = await page.evaluate(() => performance.now());
  const timing = await page.evaluate(() => ({
    resources: performance.getEntriesByType("resource").map((r) => [new URL(r.name).pathname.split("/").pop(), r.startTime, r.responseEnd]),
    paint: performance.getEntriesByType("paint").map((p) => [p.name, p.startTime]),
  }));
  await cdp.send("Tracing.end");
  await done;
  await context.close();
  // The navigation's start in the trace's clock.
  const nav = events.find((e) => e.name === "navigationStart" || e.name === "NavigationBodyLoader::StartLoadingBody" || e.name === "ResourceSendRequest");
  const zero = nav.ts;
  const main = events.find((e) => e.name === "TracingStartedInBrowser")?.args?.data?.frames?.find((f) => !f.parent);
  const renderer = events.filter((e) => e.name === "ParseHTML").map((e) => `${e.pid}:${e.tid}`)[0];
  const sums = new Map(KINDS.map(([k]) => [k, 0]));
  for (const e of events) {
    if (e.ph !== "X" || `${e.pid}:${e.tid}` !== renderer) continue;
    const at = (e.ts - zero) / 1000;
    if (at > app) continue;
    const kind = KINDS.find(([, re]) => re.test(e.name));
    if (kind) sums.set(kind[0], sums.get(kind[0]) + (e.dur ?? 0) / 1000);
  }
  void main;
  // The main thread's tasks of 10 ms or more until then, each with what took most of it.
  const tasks = events
    .filter((e) => e.ph === "X" && e.name === "RunTask" && `${e.pid}:${e.tid}` === renderer && e.dur >= 10_000 && (e.ts - zero) / 1000 <= app)
    .map((task) => {
      const inner = events.filter((e) => e.ph === "X" && `${e.pid}:${e.tid}` === renderer && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e.dur >= 2_000);
      const top = inner.sort((a, b) => b.dur - a.dur).slice(0, 4).map((e) => `${e.name} ${Math.round(e.dur / 1000)}`).join(", ");
      return { at: (task.ts - zero) / 1000, ms: task.dur / 1000, top };
    });
  return { app, timing, sums, tasks };
}

const server = spawn("node", ["scripts/static-server.mjs", dist, String(port), "--max-seconds", "600", "--brotli", "--csp"], { stdio: "ignore" });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  await new Promise((r) => setTimeout(r, 500));
  const url = `http://127.0.0.1:${port}/${query}`;
  await (await browser.newPage()).goto(url, { waitUntil: "networkidle" });
  for (let i = 0; i < runs; i++) {
    const { app, timing, sums, tasks } = await once(browser, url);
    const ms = (x) => `${Math.round(x)} ms`.padStart(8);
    console.log(`run ${i + 1}: the app took over at ${ms(app)}`);
    for (const [name, start, end] of timing.resources) console.log(`  ${name.padEnd(40)} ${ms(start)} → ${ms(end)}`);
    for (const [name, at] of timing.paint) console.log(`  ${name.padEnd(40)} ${ms(at)}`);
    console.log("  main thread until then (overlapping kinds counted each):");
    for (const [kind, total] of sums) console.log(`    ${kind.padEnd(62)} ${ms(total)}`);
    console.log("  the main thread's tasks of 10 ms or more (start, length: what took most of it, ms):");
    for (const t of tasks) console.log(`    ${ms(t.at)} ${ms(t.ms)}: ${t.top}`);
  }
} finally {
  await browser.close();
  server.kill();
}
