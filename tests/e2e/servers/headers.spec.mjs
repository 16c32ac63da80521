// What the server sends for each kind of file, at the root and on a sub-path, against the
// README's table ("Headers"): the server is nginx with deploy/nginx.conf or caddy with
// deploy/Caddyfile (playwright.servers.config.mjs). Any difference from the README fails.
import { test, expect } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { unhashed } from "../assessment.mjs";

const POLICY = readFileSync(new URL("../../../deploy/content-security-policy.txt", import.meta.url), "utf8").trim();
const README = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const DIST = readdirSync(new URL("../../../dist/", import.meta.url)).filter((f) => !/\.(br|gz)$/.test(f));

/** The README's table of headers: per row, the files (`<hash>` standing for a file's hash) and
 *  the values each column allows. */
function table() {
  const section = README.split("\n### Headers\n")[1]?.split("\n#")[0];
  if (!section) throw new Error("README has no ### Headers section");
  const rows = section.split("\n").filter((line) => line.startsWith("| `"));
  const cells = (line) => line.split("|").slice(1, -1).map((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  return rows.map((line) => {
    const [files, type, cache, encoding] = cells(line);
    return { files, type, cache, encoding };
  });
}

/** The file in dist/ a README name stands for. */
function named(file) {
  if (!file.includes("<hash>")) return file;
  const found = DIST.find((f) => unhashed(f) === file.replace(".<hash>", ""));
  if (!found) throw new Error(`dist/ has no ${file}`);
  return found;
}

test("the README's table names every kind of file the release has", () => {
  const rows = table();
  expect(rows.length).toBeGreaterThanOrEqual(6);
  const kinds = new Set(DIST.map((f) => f.split(".").pop()));
  const covered = new Set(rows.flatMap((r) => r.files).map((f) => f.split(".").pop()));
  for (const kind of kinds) expect(covered, `a row for .${kind}`).toContain(kind);
});

for (const base of ["", "tools/assessment/"]) {
  test(`every file is sent with the README's headers${base ? " on a sub-path" : ""}`, async ({ request, baseURL }) => {
    for (const row of table()) {
      for (const file of row.files) {
        const url = `${baseURL}${base}${file === "./" ? "" : named(file)}`;
        const response = await request.get(url, { headers: { "accept-encoding": "br, gzip" } });
        const where = `${url}: `;
        expect(response.status(), where).toBe(200);
        const headers = response.headers();
        expect(row.type, `${where}content-type`).toContain((headers["content-type"] ?? "").split(";")[0].trim());
        expect(row.cache, `${where}cache-control`).toContain(headers["cache-control"]);
        expect(row.encoding, `${where}content-encoding`).toContain(headers["content-encoding"]);
        expect(headers["content-security-policy"], `${where}policy`).toBe(POLICY);
        expect(headers["x-content-type-options"], `${where}nosniff`).toBe("nosniff");
      }
    }
  });
}

test("without brotli the server sends gzip, and without either the file as it is", async ({ request, baseURL }) => {
  const wasm = named("partner-or-vendor_bg.<hash>.wasm");
  const gzip = await request.get(`${baseURL}${wasm}`, { headers: { "accept-encoding": "gzip" } });
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
  const plain = await request.get(`${baseURL}${wasm}`, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect((await plain.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
});

test("a missing file is a 404 with the same policy", async ({ request, baseURL }) => {
  const response = await request.get(`${baseURL}no-such-file.js`);
  expect(response.status()).toBe(404);
  expect(response.headers()["content-security-policy"]).toBe(POLICY);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});
