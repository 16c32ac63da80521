// Regenerates the README's pictures with Debian's Chromium: intro, a question and the result, in
// light and dark, at phone and desktop widths. Run `scripts/screenshots` (it builds and serves
// dist/ on 127.0.0.1 first). Writes docs/screenshots/<screen>-<theme>-<width>.png.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";

const port = 4179;
const base = `http://127.0.0.1:${port}/`;
const out = "docs/screenshots";
mkdirSync(out, { recursive: true });

const server = spawn("node", ["scripts/static-server.mjs", "dist", String(port), "--max-seconds", "300"], { stdio: "ignore" });
try {
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
  for (const theme of ["light", "dark"]) {
    for (const [size, viewport] of Object.entries(sizes)) {
      const context = await browser.newContext({ viewport, colorScheme: theme, reducedMotion: "reduce", locale: "en-GB" });
      const page = await context.newPage();
      const shot = (name) => page.screenshot({ path: `${out}/${name}-${theme}-${size}.png`, fullPage: name === "result" });
      await page.goto(base);
      await page.getByRole("button", { name: "Start the assessment" }).waitFor();
      await shot("intro");
      await page.getByRole("button", { name: "Start the assessment" }).click();
      await page.getByRole("radio").nth(3).check();
      await shot("question");
      const count = await page.getByText(/^Question 1 of (\d+)$/).textContent();
      const total = Number(count.match(/of (\d+)/)[1]);
      for (let k = 0; k < total; k++) {
        const radios = page.getByRole("radio");
        const n = await radios.count();
        await radios.nth((k * 3 + 1) % (n - 1)).check();
        await page.getByRole("button", { name: "Next" }).click();
      }
      await page.getByRole("heading", { name: "Your result" }).waitFor();
      await shot("result");
      await context.close();
    }
  }
  await browser.close();
  console.log(`screenshots written to ${out}/`);
} finally {
  server.kill();
}
