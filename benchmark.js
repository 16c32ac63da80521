// The line under a visitor's settled result that says where its index stands among the firm's
// norms file (`data-benchmark`; the format is in docs/formats.md and src/model/norms.rs, which
// makes it). A module of its own, imported by start.js only when the app asks for it, so no
// visitor of a firm without a norms file downloads it, and the assessment's wasm carries none
// of it.
//
// The app renders an empty, hidden paragraph (`#result-benchmark`) under the index and calls
// `show` with one line per value (src/app/hooks/benchmark.rs): the file's path (checked to be a
// path on the app's own site), the questionnaire's id, version and seat, the settled index and
// the firm's checked name. The line is written in the page's language (`<html lang>`, which the
// app keeps), and again when that changes. The file is fetched once, from the app's own origin
// only, and checked as the core checks it; anything that does not fit costs a console warning
// and shows nothing.

/** The fewest results a file may hold, and the largest file read (as `model::norms`). */
const MIN_COUNT = 20;
const MAX_BYTES = 64 * 1024;

const TEXTS = {
  en: {
    firm: "Your partner index is higher than {p}% of the {n} results shared with {firm} (as of {date}).",
    plain: "Your partner index is higher than {p}% of the {n} results collected with this assessment (as of {date}).",
    months: "January February March April May June July August September October November December",
  },
  de: {
    firm: "Ihr Partner-Index liegt höher als bei {p}\u00a0% der {n} Ergebnisse, die {firm} erhalten hat (Stand: {date}).",
    plain: "Ihr Partner-Index liegt höher als bei {p}\u00a0% der {n} Ergebnisse, die mit dieser Einschätzung erhoben wurden (Stand: {date}).",
    months: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
  },
};

/** Each file's reading, by path: fetched and checked once per page. */
const files = new Map();

const whole = (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff;

/** The counts per whole score of a file's `index`, or why not. */
export function check(file, { questionnaire, version, lens }) {
  if (!file || file.format !== "partner-or-vendor-norms") return "not a norms file";
  if (!whole(file.version) || file.version < 1) return "version";
  if (file.version > 1) return "made by a newer version";
  if (file.questionnaire !== questionnaire || file.questionnaireVersion !== version) return "another questionnaire or version";
  if (file.lens !== lens) return "the other lens";
  const asOf = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(file.asOf);
  if (!asOf) return "asOf";
  const counts = file.index;
  if (!Array.isArray(counts) || counts.length !== 101 || !counts.every(whole)) return "index";
  if (!whole(file.count)) return "count";
  if (file.count < MIN_COUNT) return "fewer than 20 results";
  const sum = (list) => list.reduce((a, b) => a + b, 0);
  if (sum(counts) !== file.count) return "counts that do not add up";
  // Each dimension's counts, as the core checks them: 101 whole numbers, at most `count` in all.
  const dimensions = Object.values(file.dimensions ?? {});
  if (typeof file.dimensions !== "object" || Array.isArray(file.dimensions) || !dimensions.length) return "dimensions";
  for (const d of dimensions) {
    if (!Array.isArray(d) || d.length !== 101 || !d.every(whole)) return "dimensions";
    if (sum(d) > file.count) return "counts that do not add up";
  }
  return { counts, count: file.count, year: asOf[1], month: Number(asOf[2]) };
}

/** "Higher than P%": the share of results strictly below `index`, rounded down. */
export function percent(norms, index) {
  const below = norms.counts.slice(0, index).reduce((a, b) => a + b, 0);
  return Math.floor((below * 100) / norms.count);
}

/** The line in `lang` (English for any other). */
export function line(norms, index, firm, lang) {
  const texts = TEXTS[lang] ?? TEXTS.en;
  const date = `${texts.months.split(" ")[norms.month - 1]} ${norms.year}`;
  const values = { p: percent(norms, index), n: norms.count, date };
  // The firm's name is filled last, so nothing in it is read as a placeholder.
  return (firm ? texts.firm : texts.plain).replace(/\{(p|n|date)\}/g, (_, k) => values[k]).replace("{firm}", firm);
}

async function read(path) {
  // Same origin only: another origin, or a redirect to one, is refused by the browser.
  const response = await fetch(new URL(path, location.href), { mode: "same-origin" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > MAX_BYTES) throw new Error("larger than 64 KB");
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new Error("not JSON");
  }
}

/** The line on screen, written again in the page's new language when it changes. */
let shown = null;
let watching = false;

export async function show(request) {
  const [path, questionnaire, version, lens, index, firm] = request.split("\n");
  if (!files.has(path)) files.set(path, read(path));
  let norms;
  try {
    norms = check(await files.get(path), { questionnaire, version: Number(version), lens });
  } catch (error) {
    norms = error.message || "not JSON";
  }
  if (typeof norms === "string") {
    console.warn("Partner or Vendor?: no comparison with the norms file:", path, norms);
    return;
  }
  shown = () => {
    const paragraph = document.getElementById("result-benchmark");
    if (!paragraph) return;
    paragraph.textContent = line(norms, Number(index), firm, document.documentElement.lang);
    paragraph.hidden = false;
  };
  shown();
  if (!watching) {
    watching = true;
    new MutationObserver(() => shown()).observe(document.documentElement, { attributeFilter: ["lang"] });
  }
}
