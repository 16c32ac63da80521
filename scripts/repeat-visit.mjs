// What a returning visitor downloads: the release served by nginx with deploy/nginx.conf
// (scripts/serve-with), a first visit and then a second one in the same browser, counted from
// the server's own log of what it sent (so the service worker's requests count too).
//   node scripts/repeat-visit.mjs        (after trunk build --release; scripts/bench runs it)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { isNamed } from "./hash-assets.mjs";

const LOG = "target/servers/nginx/access.log";

/** The log's lines since `from`: status, bytes sent (headers included) and address. */
function sent(from) {
  const lines = readFileSync(LOG, "utf8").split("\n").filter(Boolean).slice(from);
  return lines.map((line) => {
    const [status, bytes, url] = line.split(" ");
    return { status: Number(status), bytes: Number(bytes), url };
  });
}
const logLength = () => readFileSync(LOG, "utf8").split("\n").filter(Boolean).length;

/** An app file, named by its content (not the page, the loader or the worker). */
const named = (url) => isNamed(url.split("?")[0].split("/").pop());

async function visit(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(".app").waitFor();
  // The worker installed and active, and whatever it fetched logged.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(1000);
  await page.close();
}

export async function measureRepeatVisit(port = 4390) {
  const server = spawn("scripts/serve-with", ["nginx", String(port), "--max-seconds", "120"], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const context = await browser.newContext();
    const start = logLength();
    await visit(context, url);
    const first = sent(start);
    const middle = logLength();
    await visit(context, url);
    const repeat = sent(middle);
    return { first, repeat };
  } finally {
    await browser.close();
    server.kill();
  }
}

/** The figures as text, and whether the repeat visit fetched any app file anew. */
export function repeatReport({ first, repeat }) {
  const total = (rows) => rows.reduce((n, r) => n + r.bytes, 0);
  const appBytes = repeat.filter((r) => r.status === 200 && named(r.url)).reduce((n, r) => n + r.bytes, 0);
  const lines = [
    `  first visit    ${first.length} requests, ${total(first)} bytes sent (headers included): ${first.map((r) => `${r.url} ${r.status}`).join(", ")}`,
    `  repeat visit   ${repeat.length} requests, ${total(repeat)} bytes sent: ${repeat.map((r) => `${r.url} ${r.status}`).join(", ")}`,
    `  app files fetched again on the repeat visit: ${appBytes} bytes`,
  ];
  return { text: lines.join("\n"), appBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(repeatReport(await measureRepeatVisit()).text);
}
