// What the journeys share: the core's own scoring (examples/score.rs) and questionnaires, the
// interface's texts, answer strings and how to give them, the release's content-named files,
// and a page object for the assessment, finding everything by role and accessible name, the way
// a person and a screen reader do.
import { expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { contentNamed, isNamed, unhashed } from "../../scripts/hash-assets.mjs";

/** Where the app saves the client seat's progress (the core's `STORAGE_KEY_PREFIX` and the
 *  questionnaire id; tests/facts.rs checks this copy). */
export const PROGRESS_KEY = "partner-or-vendor:progress:partner-or-vendor";

/** The core's own scoring of an answer string (see examples/score.rs), with its link. */
export function coreScore(answers, seat = "client", label = null, quick = false) {
  const binary = process.env.SCORE_BIN ?? "target/debug/examples/score";
  const args = ["--seat", seat, ...(quick ? ["--quick"] : []), ...(label ? ["--label", label] : []), answers];
  return JSON.parse(execFileSync(binary, args, { encoding: "utf8" }));
}

/** The questionnaire's items and how many options each has, from the core. */
export function items() {
  return coreScore("").items;
}

/** A questionnaire's own file (titles, prompts, dimension and stage names in every language),
 *  for texts the core's scoring CLI does not print. */
export function content(seat = "client") {
  const file = seat === "provider" ? "provider.json" : "questionnaire.json";
  return JSON.parse(readFileSync(new URL(`../../content/${file}`, import.meta.url), "utf8"));
}

/** The interface's texts that tests look for, in English and German (src/app/text.rs). */
export const TEXT = {
  en: {
    cantJudge: "I can't judge",
    notApplicable: "Doesn't apply to us / hasn't come up",
    provisionalHeading: "Not enough answers for an overall result yet",
    loadFailed: /^The questions needed here \(for the other side, in another language or from an earlier version\) could not be loaded just now/,
    tryAgain: "Try again",
    howLink: "How this assessment works (opens in a new tab)",
    howHeading: "How this assessment works",
  },
  de: {
    cantJudge: "Kann ich nicht beurteilen",
    notApplicable: "Betrifft uns nicht / kam nicht vor",
    loadFailed: /^Die hier benötigten Fragen \(für die andere Sicht, in einer anderen Sprache oder aus einer früheren Version\) ließen sich gerade nicht laden/,
    tryAgain: "Erneut versuchen",
    provisionalHeading: "Noch zu wenige Antworten für ein Gesamtergebnis",
    howLink: "So funktioniert die Einschätzung (öffnet in einem neuen Tab)",
    howHeading: "So funktioniert die Einschätzung",
  },
};

/** The result's line on what was scored and what was left out, as text.rs's `counted` fills it. */
export function countedText(core, lang = "en") {
  const n = core.items.length;
  const scored = n - core.cant_judge - core.not_applicable;
  if (lang === "de") {
    const head = `${scored} von ${n} Antworten gehen in die Wertung ein.`;
    if (scored === n) return head;
    return `${head} Nicht gewertet: „Kann ich nicht beurteilen“: ${core.cant_judge}, „Betrifft uns nicht / kam nicht vor“: ${core.not_applicable}.`;
  }
  const head = `${scored} of ${n} answers count towards the score.`;
  if (scored === n) return head;
  return `${head} Left out of the score: “I can't judge”: ${core.cant_judge}, “Doesn't apply to us / hasn't come up”: ${core.not_applicable}.`;
}

/** An answer string (one digit per item, see `radioIndex`) that says the same of a dimension
 *  whichever way each of its items is keyed, so no statement is answered like its opposite and
 *  the result gets a stage. `level(d, item)` is how partner-like the answer is, from 0 (the most
 *  vendor-like option) to `item.options - 1`, clamped to the item's options; `d` numbers the
 *  dimensions in the order their first item comes. */
export function keyedAnswers(level, seat = "client") {
  const all = coreScore("", seat).items;
  const dimensions = [...new Set(all.map((item) => item.dimension))];
  return all.map((item) => keyedOption(item, level(dimensions.indexOf(item.dimension), item))).join("");
}

/** The option (as an answer digit) that is `k` steps from an item's most vendor-like answer,
 *  whichever way the item is stored; `k` is clamped to the item's options. */
export function keyedOption(item, k) {
  const top = item.options - 1;
  const steps = Math.max(0, Math.min(top, k));
  return String(item.reverse ? top - steps : steps);
}

/** `answers` with the given escapes (`"-"` or `"?"`) at the given positions. */
export function withEscapes(answers, escapes) {
  const out = [...answers];
  for (const [symbol, positions] of Object.entries(escapes)) for (const i of positions) out[i] = symbol;
  return out.join("");
}

/** The radio index of an answer symbol for an item with `options` options: a digit is that
 *  option, "?" is "I can't judge" and "-" is "Doesn't apply to us" (the two radios after the
 *  options). */
export function radioIndex(symbol, options) {
  if (symbol === "?") return options;
  if (symbol === "-") return options + 1;
  return Number(symbol);
}

/** The questionnaire's items, asked of the core once, by the first `answerAll`. */
let cachedItems = null;

/** Answers every question by clicking, in `scope` (a page, or a frame locator for an embedded
 *  widget). `answers` holds one character per item (see `radioIndex`). `next` is the Next
 *  button's name in the page's language. */
export async function answerAll(scope, answers, next = "Next") {
  cachedItems ??= items();
  for (let k = 0; k < answers.length; k++) {
    const index = radioIndex(answers[k], cachedItems[k].options);
    await scope.getByRole("radio").nth(index).check();
    await scope.getByRole("button", { name: next }).click();
  }
}

// The release's content-named files, by the script that names them: `unhashed` (a name
// without its hash, `main.1a2b3c4d.css` → `main.css`), `isNamed` (whether a name is one it
// gave), `NAMED` and `contentNamed` (patterns for such names).
export { NAMED, contentNamed, isNamed, unhashed } from "../../scripts/hash-assets.mjs";

/** The assessment's wasm, wherever it is served. */
export const WASM = contentNamed("partner-or-vendor_bg.wasm");

/** Whether a request or route is for a fetched part of the catalog: one seat in one language
 *  (`questionnaire.<seat>.<lang>.<hash>.bin`) or the whole (`questionnaires.<hash>.bin`). */
export const isCatalog = (url) => {
  const name = new URL(url).pathname.split("/").pop();
  return isNamed(name) && /^questionnaires?(\.[a-z]+)*\.bin$/.test(unhashed(name));
};

/** Makes every fetch of the catalog fail while `failing` is true (set it on the returned
 *  switch); the rest of the page loads as usual. */
export async function failCatalogFetches(page) {
  const fetches = { failing: true };
  await page.route(isCatalog, (route) => (fetches.failing ? route.abort() : route.continue()));
  return fetches;
}

/** A failed fetch is logged by the browser itself ("Failed to load resource"); anything else
 *  on the console or thrown (a panic is both) is a fault. */
export function faults(app) {
  return app.errors.filter((e) => !/^console: Failed to load resource: net::ERR_FAILED/.test(e));
}

/** Serves the app's own page as a deployment that names its firm in its `<meta>` line
 *  (docs/deployment.md): `content` as the site's owner writes it. Tests using it block the
 *  service worker, whose own fetches a page's routes do not see. */
export async function deployAs(page, content) {
  await page.route(
    (url) => /\/(index\.html)?$/.test(url.pathname),
    async (route) => {
      if (route.request().resourceType() !== "document") return route.fallback();
      const response = await route.fetch();
      const line = `<meta name="partner-or-vendor" content="${content}">`;
      const body = (await response.text()).replace(/<meta charset="?utf-8"?>/i, (charset) => charset + line);
      await route.fulfill({ response, body });
    },
  );
}

export class Assessment {
  constructor(page) {
    this.page = page;
    this.errors = [];
    page.on("pageerror", (error) => this.errors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") this.errors.push(`console: ${message.text()}`);
    });
  }

  async open(path = "./") {
    await this.page.goto(path);
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  startButton() {
    return this.page.getByRole("button", { name: "Start the assessment" });
  }

  counter() {
    return this.page.getByText(/^Question \d+ of \d+$/);
  }

  async expectQuestion(k, n) {
    await expect(this.counter()).toHaveText(`Question ${k} of ${n}`);
  }

  radios() {
    return this.page.getByRole("radio");
  }

  /** Answers the question on screen by keyboard alone: Tab into the group (which lands on the
   *  checked radio, or the first when none is), then arrows or Space, then Enter. `choice` is
   *  an answer symbol (see `radioIndex`). */
  async answerByKeyboard(choice, optionCount) {
    const keyboard = this.page.keyboard;
    const checked = await this.radios().evaluateAll((radios) => radios.findIndex((r) => r.checked));
    await keyboard.press("Tab"); // from the focused question heading into the radio group
    const from = Math.max(checked, 0);
    await expect(this.radios().nth(from)).toBeFocused();
    const target = radioIndex(String(choice), optionCount);
    if (target === from) {
      if (checked < 0) await keyboard.press("Space");
    } else {
      const key = target > from ? "ArrowDown" : "ArrowUp";
      for (let i = 0; i < Math.abs(target - from); i++) await keyboard.press(key);
    }
    await expect(this.radios().nth(target)).toBeChecked();
    await keyboard.press("Enter");
  }

  async expectNoErrors() {
    expect(this.errors, this.errors.join("\n")).toEqual([]);
  }
}
