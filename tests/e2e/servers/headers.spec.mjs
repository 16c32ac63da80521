// What the server sends for each kind of file, at the root and on a sub-path, against the
// table in docs/deployment.md ("Headers"): the server is nginx with deploy/nginx.conf or caddy with
// deploy/Caddyfile (playwright.servers.config.mjs). Any difference fails.
import { test, expect } from "@playwright/test";
import { DIST, POLICY, expectedSecurity, named, securityTable, table } from "../header-tables.mjs";

test("the table in docs/deployment.md names every kind of file the release has", () => {
  const rows = table();
  expect(rows.length).toBeGreaterThanOrEqual(6);
  const kinds = new Set(DIST.map((f) => f.split(".").pop()));
  const covered = new Set(rows.flatMap((r) => r.files).map((f) => f.split(".").pop()));
  for (const kind of kinds) expect(covered, `a row for .${kind}`).toContain(kind);
});

for (const base of ["", "tools/assessment/"]) {
  test(`every file is sent with the documented headers${base ? " on a sub-path" : ""}`, async ({ request, baseURL }) => {
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
        const { want, not } = expectedSecurity(file);
        for (const [name, value] of Object.entries(want)) expect(headers[name], `${where}${name}`).toBe(value);
        for (const name of not) expect(headers[name], `${where}no ${name}`).toBeUndefined();
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

test("a missing file is a 404 with the same policy, and never stored", async ({ request, baseURL }) => {
  // A content-named file of a release not (or no longer) there, as during a deploy.
  for (const missing of ["no-such-file.js", "start.00000000.js", "tools/assessment/main.00000000.css"]) {
    const response = await request.get(`${baseURL}${missing}`);
    expect(response.status(), missing).toBe(404);
    const headers = response.headers();
    expect(headers["content-security-policy"], missing).toBe(POLICY);
    const { want } = expectedSecurity(missing, 404);
    expect(want["cache-control"]).toBe("no-store");
    for (const [name, value] of Object.entries(want)) expect(headers[name], `${missing}: ${name}`).toBe(value);
    // The release's own 404 page, never the app's page in its place.
    expect(headers["content-type"], missing).toContain("text/html");
    const page = await response.text();
    expect(page, missing).toContain("<h1>Page not found</h1>");
    expect(page, missing).not.toContain("data-first-question");
  }
});

test("docs/deployment.md lists the security headers it promises", () => {
  const names = securityTable().map((row) => row.name);
  for (const name of ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy", "cross-origin-resource-policy", "strict-transport-security"]) {
    expect(names).toContain(name);
  }
  expect(securityTable().find((row) => row.name === "content-security-policy").value).toBe(POLICY);
});
