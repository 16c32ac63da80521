// Results links as people use them: share, open elsewhere, compare both seats, and damaged links.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { crc32 } from "node:zlib";
import { Assessment, answerAll, content, coreScore, items, keyedAnswers } from "./assessment.mjs";

const ITEMS = items();
const N = ITEMS.length;

// Links made by released versions (never edited: tests/links.rs decodes every one).
const PINNED = JSON.parse(readFileSync(new URL("../fixtures/links.json", import.meta.url), "utf8")).links;
function pinned(description) {
  const link = PINNED.find((l) => l.description === description);
  if (!link) throw new Error(`no pinned link "${description}"`);
  return link;
}

/** A pinned link's bytes (src/model/link.rs: a 4-byte header, the answers, the label, then a
 *  CRC-32), changed by `damage(bytes, answersEnd)` and sealed again with a correct checksum,
 *  so that the checksum is not what the link is refused for. */
function resealed(payload, damage) {
  const bytes = Buffer.from(payload, "base64url");
  const body = Buffer.from(bytes.subarray(0, bytes.length - 4));
  damage(body, body.length);
  const check = Buffer.alloc(4);
  check.writeUInt32BE(crc32(body));
  return Buffer.concat([body, check]).toString("base64url");
}

/** The English names of a seat's dimensions, by id. */
function dimensionNames(seat = "client") {
  return Object.fromEntries(content(seat).dimensions.map((d) => [d.id, d.name.en]));
}

/** A table's cells in the row headed by `name`, found by role. */
function rowCells(table, page, name) {
  return table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) })
    .getByRole("cell");
}

const mine = ITEMS.map((item, i) => (i % 5 === 2 ? "?" : String((i * 3) % item.options))).join("");

test("a shared link opens the same result in a fresh browser", async ({ page, browser }) => {
  const app = new Assessment(page);
  await app.open();
  await app.startButton().click();
  await answerAll(page, mine);
  await expect(app.heading()).toHaveText("Your result");
  await page.getByRole("textbox", { name: "Your company's name (optional)" }).fill("Müller & Söhne 🚀");
  const link = await page.getByRole("textbox", { name: "Link to this result" }).inputValue();
  const payload = new URL(link).hash.replace(/^#r=/, "");
  expect(payload.length).toBeLessThanOrEqual(24 + 40 * 4 / 0.75);
  const core = coreScore(mine);
  await expect(page.getByTestId("overall-index")).toHaveText(String(core.overall));

  // Copy with the Clipboard API, then read what was copied.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  const mail = await page.getByRole("link", { name: "Email this result" }).getAttribute("href");
  expect(mail.startsWith("mailto:?subject=")).toBe(true);
  expect(decodeURIComponent(mail)).toContain(link);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const receiver = new Assessment(other);
  await other.goto(link);
  await expect(receiver.heading()).toHaveText("Shared result");
  await expect(other.getByText(/^Shared result: Müller & Söhne 🚀\. /)).toBeVisible();
  await expect(other.getByTestId("overall-index")).toHaveText(String(core.overall));
  await expect(other.getByTestId("stage")).toHaveText(core.stage);
  const names = dimensionNames();
  const scores = other.getByRole("table", { name: "Scores by dimension", exact: true });
  for (const [id, score] of Object.entries(core.dimensions)) {
    await expect(rowCells(scores, other, names[id]).first()).toHaveText(score === null ? "–" : String(score));
  }
  // A shared result offers no editing, and a way to take the assessment oneself.
  await expect(other.getByRole("radio")).toHaveCount(0);
  await expect(other.getByRole("button", { name: "Change my answers" })).toHaveCount(0);
  await other.getByRole("button", { name: "Take the assessment yourself" }).click();
  await expect(receiver.startButton()).toBeVisible();
  expect(new URL(other.url()).hash).toBe("");
  await receiver.expectNoErrors();
  await app.expectNoErrors();
  await fresh.close();
});

test("the other seat answers a shared result and the comparison link opens anywhere", async ({ page, browser }) => {
  // Every dimension scored on both sides, so every row has a gap.
  const client = coreScore(keyedAnswers((d, item) => (d * 3) % item.options));
  await page.goto(`./#r=${client.link}`);
  await page.getByRole("button", { name: "Compare: answer as the provider" }).click();
  const app = new Assessment(page);
  await app.expectQuestion(1, N);
  // The provider's own wording: it rates this one client.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(content("provider").items[0].prompt.en);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("this client");
  const theirs = keyedAnswers((d, item) => item.options - 1 - (d % 2), "provider");
  await answerAll(page, theirs);
  await expect(app.heading()).toHaveText("Both sides compared");
  const provider = coreScore(theirs, "provider");
  expect(provider.overall).not.toBe(client.overall);
  // Each side's summary, found by its heading; its index, scale and stage each on their own.
  for (const [name, core] of [["The client's view", client], ["The provider's view", provider]]) {
    const side = page
      .locator(".comparison-side")
      .filter({ has: page.getByRole("heading", { level: 2, name, exact: true }) });
    await expect(side).toHaveCount(1);
    await expect(side.getByText("Partner index", { exact: true })).toBeVisible();
    await expect(side.getByText(String(core.overall), { exact: true })).toBeVisible();
    await expect(side.getByText("out of 100", { exact: true })).toBeVisible();
    await expect(side.getByText(core.stage, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Where the views differ most" })).toBeVisible();
  await expect(page.locator(".gap-item")).toHaveCount(3);

  const link = await page.getByRole("textbox", { name: "Link to this result" }).inputValue();
  expect(link).toContain(`#r=${client.link}&vs=${provider.link}`);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const receiver = new Assessment(other);
  await other.goto(link);
  await expect(receiver.heading()).toHaveText("Both sides compared");
  const table = other.getByRole("table", { name: "Scores by dimension, from both sides" });
  const names = dimensionNames();
  for (const [id, score] of Object.entries(client.dimensions)) {
    const cells = rowCells(table, other, names[id]);
    await expect(cells).toHaveCount(3);
    await expect(cells.nth(0)).toHaveText(String(score));
    await expect(cells.nth(1)).toHaveText(String(provider.dimensions[id]));
    await expect(cells.nth(2)).toHaveText(String(Math.abs(score - provider.dimensions[id])));
  }
  await receiver.expectNoErrors();
  await app.expectNoErrors();
  await fresh.close();
});

test("damaged links each say what is wrong, offer a fresh start and log no error", async ({ page }) => {
  const good = coreScore(mine).link;
  // Flip one character in the middle, keeping it in the alphabet.
  const flipped = good.slice(0, 8) + (good[8] === "A" ? "B" : "A") + good.slice(9);
  // The damage below is done to a pinned link that opens (checked first), and each damaged
  // link is sealed with a correct checksum where the damage is meant to be something else.
  const base = pinned("client seat v2, a mixed answer set");
  expect(base.label).toBeNull(); // so the bytes between the header and the checksum are the answers
  const cases = [
    [good.slice(0, 12), /^This link is incomplete/],
    ["not-a-link-at-all!", /^This isn't a Partner or Vendor\? results link/],
    [flipped, /^This link was changed or damaged on its way/],
    // Link format 2, from a future version (the header's high four bits).
    [resealed(base.payload, (b) => { b[0] = (b[0] & 0x0f) | 0x20; }), /^This link was made by a newer version/],
    // A version of the questionnaire not released yet.
    [resealed(base.payload, (b) => { b[3] = 7; }), /^This link was made by a newer version/],
    // Intact, for a questionnaire this site does not have (its 16-bit tag changed).
    [resealed(base.payload, (b) => { b[1] ^= 0x55; b[2] ^= 0x55; }), /^This link belongs to a questionnaire that this site doesn't have/],
    // Intact, but the answers are beyond what the questionnaire offers.
    [resealed(base.payload, (b, end) => b.fill(0xff, 4, end)), /^This link holds answers that don't exist/],
    // A comparison whose second half was cut off.
    [`${good}&vs=${good.slice(0, 10)}`, /^This link is incomplete/],
  ];
  const app = new Assessment(page);
  await page.goto(`./#r=${base.payload}`);
  await expect(app.heading()).toHaveText("Shared result");
  await expect(page.getByTestId("overall-index")).toHaveText(String(base.overall));
  for (const [payload, message] of cases) {
    await page.goto(`./#r=${payload}`);
    await expect(app.heading()).toHaveText("This link can't be opened");
    await expect(page.getByTestId("link-error")).toHaveText(message);
    await expect(page.getByRole("button", { name: "Take the assessment yourself" })).toBeVisible();
  }
  await page.getByRole("button", { name: "Take the assessment yourself" }).click();
  await expect(app.startButton()).toBeVisible();
  await app.expectNoErrors();
});

test("a link pasted into an open tab opens at once", async ({ page }) => {
  const app = new Assessment(page);
  await app.open();
  await expect(app.startButton()).toBeVisible();
  const core = coreScore(mine);
  await page.evaluate((hash) => { window.location.hash = hash; }, `r=${core.link}`);
  await expect(app.heading()).toHaveText("Shared result");
  await expect(page.getByTestId("overall-index")).toHaveText(String(core.overall));
  await app.expectNoErrors();
});

test("every pinned results link still opens, in a fresh browser each", async ({ browser }) => {
  // 28 fresh browser contexts, each loading the app: about 20 s alone, more beside other tests.
  test.setTimeout(180_000);
  for (const pinned of PINNED) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const app = new Assessment(page);
    await app.open(`./#r=${pinned.payload}`);
    await expect(app.heading()).toHaveText("Shared result");
    if (pinned.label) await expect(page.getByText(pinned.label).first()).toBeVisible();
    if (pinned.overall !== null && pinned.overall !== undefined) {
      await expect(page.getByTestId("overall-index")).toHaveText(String(pinned.overall));
    }
    await app.expectNoErrors();
    await context.close();
  }
});
