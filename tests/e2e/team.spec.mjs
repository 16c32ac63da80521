// The team view (team.html): people's results links pasted or opened as one team link, their
// numbers checked against the core's own (examples/team.rs), a damaged line, the CSV export
// read back cell by cell, axe in both themes and languages, and 320 px.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { answerAll, content, coreScore, items } from "./assessment.mjs";

const ITEMS = items();
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** The core's reading of pasted lines (examples/team.rs). */
function coreTeam(lines) {
  const binary = process.env.TEAM_BIN ?? "target/debug/examples/team";
  return JSON.parse(execFileSync(binary, lines, { encoding: "utf8" }));
}

/** An answer string: person `k`'s way of seeing things. */
const answers = (k) => ITEMS.map((item, i) => String((i * (k + 1) + k) % item.options)).join("");

const PASTE = "Results links, one per line";

/** Pastes `lines` and shows the team. */
async function showTeam(page, lines, lang = "en") {
  await page.goto(`team.html?lang=${lang}`);
  await page.getByRole("textbox", { name: lang === "de" ? "Ergebnis-Links, einer pro Zeile" : PASTE }).fill(lines.join("\n"));
  await page.getByRole("button", { name: lang === "de" ? "Ergebnisse vergleichen" : "Compare results" }).click();
}

/** The table's rows as text cells (dimension, median, range, each respondent). */
async function tableRows(page) {
  const table = page.getByRole("table", { name: "Scores by dimension (0–100)" });
  await expect(table).toBeVisible();
  return table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent.trim())));
}

/** What the table must say, from the core's group. */
function expectedRows(group) {
  const show = (v) => (v === null ? "–" : String(v));
  const row = (name, s) => [name, show(s.median), s.min === null ? "–" : `${s.min}–${s.max}`, ...s.scores.map(show)];
  return [...group.dimensions.map((d) => row(d.name, d)), row("Partner index", group.overall)];
}

test("five people answer in five browsers; pasted together and reopened from the team link, the numbers are the core's", async ({ browser }) => {
  test.setTimeout(240_000);
  const links = [];
  for (let k = 0; k < 5; k++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("./");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await answerAll(page, answers(k));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your result");
    links.push(await page.getByRole("textbox", { name: "Link to this result" }).inputValue());
    if (k === 0) {
      // The result leads to the team view with itself in it.
      const [team] = await Promise.all([
        context.waitForEvent("page"),
        page.getByRole("link", { name: "Compare with your team's results (team view) (opens in a new tab)" }).click(),
      ]);
      await expect(team.getByRole("heading", { name: "The client's view: how the team sees its provider" })).toBeVisible();
      await expect(team.getByText("1 respondent", { exact: true })).toBeVisible();
      await expect(team.getByText("Only one person has answered so far.")).toBeVisible();
      await expectOwnFiles(context, page, answers(k));
    }
    await context.close();
  }
  const core = coreTeam(links);
  expect(core.groups).toHaveLength(1);
  const page = await browser.newPage();
  await showTeam(page, links);
  expect(await tableRows(page)).toEqual(expectedRows(core.groups[0]));
  const [group] = core.groups;
  await expect(page.getByText(`Middle score ${group.overall.median} (lowest ${group.overall.min}, highest ${group.overall.max})`)).toBeVisible();
  await expect(page.getByText("Stage based on the middle scores:")).toContainText(group.stage);
  const disagreement = page.getByRole("list").filter({ hasText: "(gap " }).getByRole("listitem");
  await expect(disagreement.first()).toContainText(group.disagreement[0]);
  await expect(page.getByRole("img", { name: /one dot per person/ }).locator("circle")).toHaveCount(
    group.dimensions.reduce((n, d) => n + d.scores.filter((s) => s !== null).length, 0) + group.overall.scores.filter((s) => s !== null).length,
  );
  // The team link reopens the same view in a fresh browser.
  const teamLink = await page.getByRole("textbox", { name: "Team link" }).inputValue();
  expect(teamLink).toContain(`#t=${core.team}`);
  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  await again.goto(teamLink);
  expect(await tableRows(again)).toEqual(expectedRows(core.groups[0]));
  await fresh.close();
});

test("a damaged line among good ones is named and skipped; nothing else is lost", async ({ page }) => {
  const good = [0, 1, 2].map((k) => coreScore(answers(k)).link);
  const damaged = good[1].slice(0, 8) + (good[1][8] === "A" ? "B" : "A") + good[1].slice(9);
  const lines = [`http://127.0.0.1/#r=${good[0]}`, `http://127.0.0.1/#r=${damaged}`, "hello", good[1], good[2]];
  await showTeam(page, lines);
  const skipped = page.getByRole("region", { name: "Lines that were skipped" });
  await expect(skipped.getByRole("listitem")).toHaveText([
    "Line 2: some characters of the link were changed on the way.",
    "Line 3: this is not a results link.",
  ]);
  await expect(page.getByText("3 respondents")).toBeVisible();
  expect(await tableRows(page)).toEqual(expectedRows(coreTeam(lines).groups[0]));
  // Labels in links name their column; the pasted text is still there to correct.
  await expect(page.getByRole("textbox", { name: PASTE })).toHaveValue(lines.join("\n"));
});

test("the CSV download holds every respondent, cell by cell, and never a formula", async ({ page }) => {
  const people = [
    coreScore(answers(3), "client", "=cmd|' /C calc'!A0"),
    coreScore(answers(4), "client", "Büro, Empfang"),
    coreScore(answers(1), "provider"),
  ];
  await showTeam(page, people.map((p) => p.link));
  await expect(page.getByRole("heading", { name: "The provider's view: how the firm rates itself" })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download all answers (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("team-results.csv");
  const text = readFileSync(await download.path(), "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = parseCsv(text.slice(1));
  const header = rows[0];
  expect(header.slice(0, 7)).toEqual(["label", "seat", "questionnaire", "version", "date", "index", "stage"]);
  expect(rows).toHaveLength(4);
  const client = content("client");
  const provider = content("provider");
  const expected = [
    ["'=cmd|' /C calc'!A0", "client", people[0], client],
    ["Büro, Empfang", "client", people[1], client],
    ["Respondent 3", "provider", people[2], provider],
  ];
  expected.forEach(([label, seat, core, questionnaire], k) => {
    const row = Object.fromEntries(header.map((h, i) => [h, rows[k + 1][i]]));
    expect(row.label).toBe(label);
    expect(row.seat).toBe(seat);
    expect(row.questionnaire).toBe(questionnaire.id);
    expect(row.index).toBe(core.overall === null ? "" : String(core.overall));
    expect(row.stage).toBe(questionnaire.stages.find((s) => s.name.en === core.stage)?.id ?? "");
    for (const [id, score] of Object.entries(core.dimensions)) {
      expect(row[`dimension:${id}`]).toBe(score === null ? "" : String(score));
    }
    const seatAnswers = seat === "client" ? answers(k === 0 ? 3 : 4) : answers(1);
    questionnaire.items.forEach((item, i) => {
      const options = item.options ?? questionnaire.scales.find((s) => s.id === item.scale).options;
      expect(row[`item:${item.id}`]).toBe(options[Number(seatAnswers[i])].en);
    });
  });
  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download all answers (JSON)" }).click(),
  ]);
  const parsed = JSON.parse(readFileSync(await json.path(), "utf8"));
  expect(parsed.respondents.map((r) => r.label)).toEqual(expected.map(([label]) => label.replace(/^'/, "")));
  expect(parsed.respondents[2].index).toBe(people[2].overall);
});

/** The result's own download buttons save its answers as CSV and as JSON, as the core reads
 *  them: each opens the team view with the result and a button that saves the file (a link
 *  alone never saves one). */
async function expectOwnFiles(context, page, given) {
  const core = coreScore(given);
  const questionnaire = content("client");
  const saved = async (name, file) => {
    const opened = context.waitForEvent("page");
    await page.getByRole("link", { name: `${name} (opens in a new tab)` }).click();
    const tab = await opened;
    const downloads = [];
    tab.on("download", (d) => downloads.push(d));
    const button = tab.getByRole("button", { name: `Download ${file}` });
    await expect(button).toBeFocused();
    const [download] = await Promise.all([tab.waitForEvent("download"), button.click()]);
    // One file, from the press: opening the page saved nothing by itself.
    expect(downloads).toEqual([download]);
    await tab.close();
    return download;
  };
  const csv = await saved("Download the answers (CSV)", "result.csv");
  expect(csv.suggestedFilename()).toBe("result.csv");
  const rows = parseCsv(readFileSync(await csv.path(), "utf8").slice(1));
  expect(rows).toHaveLength(2);
  const row = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
  expect(row.label).toBe("Respondent 1");
  expect(row.seat).toBe("client");
  expect(row.index).toBe(core.overall === null ? "" : String(core.overall));
  for (const [id, score] of Object.entries(core.dimensions)) {
    expect(row[`dimension:${id}`]).toBe(score === null ? "" : String(score));
  }
  questionnaire.items.forEach((item, i) => {
    const options = item.options ?? questionnaire.scales.find((s) => s.id === item.scale).options;
    expect(row[`item:${item.id}`]).toBe(options[Number(given[i])].en);
  });
  const json = await saved("Download the answers (JSON)", "result.json");
  expect(json.suggestedFilename()).toBe("result.json");
  const parsed = JSON.parse(readFileSync(await json.path(), "utf8"));
  expect(parsed.respondents).toHaveLength(1);
  expect(parsed.respondents[0].index).toBe(core.overall);
}

/** RFC 4180, as a spreadsheet reads it. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else if (c !== "\r") cell += c;
  }
  return rows;
}

test("#/team on the assessment's page opens the team view", async ({ page }) => {
  await page.goto("./?lang=de#/team");
  await expect(page).toHaveURL(/team\.html\?lang=de$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Die Ergebnisse Ihres Teams im Vergleich");
});

for (const [lang, scheme] of [["en", "light"], ["en", "dark"], ["de", "light"], ["de", "dark"]]) {
  test(`axe finds no WCAG 2.2 A/AA violation on the team view, ${lang}, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const links = [0, 1, 2, 3].map((k) => coreScore(answers(k), "client", k === 0 ? "Owner" : null).link);
    await showTeam(page, [...links, "not a link"], lang);
    await expect(page.getByRole("table")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}

test("at 320 px the team view has no horizontal scrolling; its table scrolls in its own region", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const links = [0, 1, 2, 3, 4, 5].map((k) => coreScore(answers(k)).link);
  await showTeam(page, links);
  await expect(page.getByRole("table")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("region", { name: "Scores by dimension (0–100)" })).toBeVisible();
});

test("the team view prints its figures and table, without the controls", async ({ page }) => {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const links = [0, 1, 2].map((k) => coreScore(answers(k), "client", `Person ${"ABC"[k]}`).link);
  await showTeam(page, links);
  await expect(page.getByRole("table")).toBeVisible();
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: "A4", printBackground: true })), disableFontFace: true, useSystemFonts: false }).promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n++) {
    text += (await (await pdf.getPage(n)).getTextContent()).items.map((item) => item.str).join(" ") + " ";
  }
  text = text.replace(/\s+/g, " ");
  const [group] = coreTeam(links).groups;
  expect(text).toContain(`Middle score ${group.overall.median} (lowest ${group.overall.min}, highest ${group.overall.max})`);
  for (const d of group.dimensions) expect(text).toContain(d.name);
  for (const name of ["Person A", "Person B", "Person C"]) expect(text).toContain(name);
  for (const control of ["Compare results", "Download all answers (CSV)", "Copy team link", "Deutsch", "Results links, one per line"]) {
    expect(text).not.toContain(control);
  }
});

test("links read from a chosen text file join the pasted ones and are shown at once", async ({ page }) => {
  const links = [0, 1].map((k) => coreScore(answers(k)).link);
  await showTeam(page, [`#r=${links[0]}`]);
  await expect(page.getByText("1 respondent", { exact: true })).toBeVisible();
  await page.getByLabel("Or read them from a text file").setInputFiles({
    name: "links.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`https://assess.example/#r=${links[1]}\r\nnot a link\r\n`),
  });
  await expect(page.getByText("2 respondents")).toBeVisible();
  await expect(page.getByRole("region", { name: "Lines that were skipped" }).getByRole("listitem")).toHaveText(["Line 3: this is not a results link."]);
  expect(await tableRows(page)).toEqual(expectedRows(coreTeam([links[0], links[1]]).groups[0]));
});

test("a text file dropped on the field is read like a chosen one", async ({ page }) => {
  const links = [2, 3].map((k) => coreScore(answers(k)).link);
  await page.goto("team.html");
  const field = page.getByRole("textbox", { name: PASTE });
  await expect(field).toBeVisible();
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "links.txt", { type: "text/plain" }));
    return transfer;
  }, links.map((l) => `#r=${l}`).join("\n"));
  await field.dispatchEvent("drop", { dataTransfer });
  await expect(page.getByText("2 respondents")).toBeVisible();
  expect(await tableRows(page)).toEqual(expectedRows(coreTeam(links).groups[0]));
});

test("a file too large to be a list of links is refused with a message, and nothing is lost", async ({ page }) => {
  const link = coreScore(answers(4)).link;
  await showTeam(page, [`#r=${link}`]);
  await expect(page.getByText("1 respondent", { exact: true })).toBeVisible();
  const field = page.getByRole("textbox", { name: PASTE });
  const before = await field.inputValue();
  const huge = Buffer.alloc(1024 * 1024 + 1, "x");
  await page.getByLabel("Or read them from a text file").setInputFiles({ name: "export.txt", mimeType: "text/plain", buffer: huge });
  await expect(page.getByRole("alert")).toHaveText("This file is larger than 1 MB, too large to be a list of results links, so nothing was read from it.");
  await expect(field).toHaveValue(before);
  await expect(page.getByText("1 respondent", { exact: true })).toBeVisible();
  // A file of the right size afterwards is read, and the message goes.
  await page.getByLabel("Or read them from a text file").setInputFiles({
    name: "links.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`#r=${coreScore(answers(5)).link}\n`),
  });
  await expect(page.getByText("2 respondents")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
