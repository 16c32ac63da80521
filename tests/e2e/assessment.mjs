// A page object for the assessment, finding everything by role and accessible name, the way a
// person and a screen reader do.
import { expect } from "@playwright/test";
import { execFileSync } from "node:child_process";

/** The core's own scoring of an answer string (see examples/score.rs), with its link. */
export function coreScore(answers, seat = "client", label = null) {
  const binary = process.env.SCORE_BIN ?? "target/debug/examples/score";
  const args = ["--seat", seat, ...(label ? ["--label", label] : []), answers];
  return JSON.parse(execFileSync(binary, args, { encoding: "utf8" }));
}

/** The questionnaire's items and how many options each has, from the core. */
export function items() {
  return coreScore("").items;
}

let cachedItems = null;

/** The radio index of an answer symbol for an item with `options` options: a digit is that
 *  option, "?" is "I can't judge" and "-" is "Doesn't apply to us" (the two radios after the
 *  options). */
export function radioIndex(symbol, options) {
  if (symbol === "?") return options;
  if (symbol === "-") return options + 1;
  return Number(symbol);
}

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

  /** Answers the question on screen by keyboard alone: Tab into the group, then arrows or
   *  Space, then Enter. `choice` is an answer symbol (see `radioIndex`). */
  async answerByKeyboard(choice, optionCount) {
    const keyboard = this.page.keyboard;
    await keyboard.press("Tab"); // from the focused question heading into the radio group
    await expect(this.radios().first()).toBeFocused();
    const target = radioIndex(String(choice), optionCount);
    if (target === 0) {
      await keyboard.press("Space");
    } else {
      for (let i = 0; i < target; i++) await keyboard.press("ArrowDown");
    }
    await expect(this.radios().nth(target)).toBeChecked();
    await keyboard.press("Enter");
  }

  async expectNoErrors() {
    expect(this.errors, this.errors.join("\n")).toEqual([]);
  }
}
