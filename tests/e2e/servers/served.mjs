// What the journeys against nginx and caddy share: which server, where its root is, and a
// folder of a test's own under that root.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { expect } from "@playwright/test";
import { items, radioIndex } from "../assessment.mjs";

export const SERVER = process.env.SERVER ?? "nginx";
/** The served root (scripts/serve-with). */
export const ROOT = new URL(`../../../target/servers/${SERVER}/www/`, import.meta.url).pathname;
export const DIST = new URL("../../../dist/", import.meta.url).pathname;
export const ITEMS = items();
/** One answer for every question. */
export const ANSWERS = ITEMS.map((item, i) => String((i * 3) % item.options)).join("");

/** A fresh copy of the release at `/<name>/`; its folder on disk. */
export function folder(name) {
  const path = `${ROOT}${name}/`;
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  cpSync(DIST, path, { recursive: true });
  return path;
}

/** Answers questions `from`…`to` (0-based, `to` exclusive) of `ANSWERS`, in `scope`. */
export async function answerRange(scope, from, to = ITEMS.length) {
  for (let k = from; k < to; k++) {
    await scope.getByRole("radio").nth(radioIndex(ANSWERS[k], ITEMS[k].options)).check();
    await scope.getByRole("button", { name: "Next" }).click();
  }
}

/** Resolves once the page's service worker is active. */
export async function workerReady(frame) {
  await expect.poll(() => frame.evaluate(() => navigator.serviceWorker.ready.then((r) => Boolean(r.active))), { timeout: 15_000 }).toBe(true);
}
