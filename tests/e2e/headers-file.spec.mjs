// deploy/_headers, for static hosts that read one (Netlify, Cloudflare Pages), read the way those
// hosts read it and checked against the tables in docs/deployment.md ("Headers" and "Security headers") for
// every file of the release: no server here runs it, so this is what keeps it honest.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { DIST, POLICY, expectedSecurity, named, table } from "./header-tables.mjs";
import { unhashed } from "./assessment.mjs";

const FILE = readFileSync(new URL("../../deploy/_headers", import.meta.url), "utf8");

/** The file's rules: a path pattern (`*` matching any characters) and its header lines. */
function rules(text) {
  const out = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().split("*").map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, "\\$&")).join(".*")}$`);
      out.push({ path: line.trim(), pattern, headers: [] });
      continue;
    }
    const colon = line.indexOf(":");
    if (!out.length || colon < 0) throw new Error(`_headers: a header outside a rule or without a colon: ${line}`);
    out.at(-1).headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return out;
}

/** What such a host sends for a path: the headers of every rule that matches, each value once
 *  per matching rule (these hosts join them). */
function sent(path) {
  const headers = {};
  for (const rule of rules(FILE)) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) (headers[name] ??= []).push(value);
  }
  return headers;
}

test("_headers gives every file of the release one Cache-Control, a year only for content-named files", () => {
  const files = ["./", ...DIST.filter((f) => f !== "_headers")];
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    const headers = sent(file === "./" ? "/" : `/${file}`);
    const cache = headers["cache-control"] ?? [];
    expect(cache, file).toHaveLength(1);
    const contentNamed = unhashed(file) !== file;
    expect(cache[0], file).toBe(contentNamed ? "public, max-age=31536000, immutable" : "no-cache");
    for (const [name, values] of Object.entries(headers)) expect(values, `${file}: ${name} once`).toHaveLength(1);
  }
});

test("_headers sends what the tables in docs/deployment.md say, file by file", () => {
  let checked = 0;
  for (const row of table()) {
    for (const file of row.files) {
      const path = file === "./" ? "/" : `/${named(file)}`;
      const headers = sent(path);
      expect(row.cache, `${file}: cache-control`).toContain(headers["cache-control"]?.[0]);
      expect(headers["content-security-policy"]?.[0], file).toBe(POLICY);
      const { want, not } = expectedSecurity(file);
      for (const [name, value] of Object.entries(want)) expect(headers[name]?.[0], `${file}: ${name}`).toBe(value);
      for (const name of not) expect(headers[name], `${file}: no ${name}`).toBeUndefined();
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(15);
});
