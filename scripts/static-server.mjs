// A small static file server for dist/, on 127.0.0.1 only. Used by `scripts/serve` and by the
// end-to-end tests. Usage:
//   node scripts/static-server.mjs <dir> <port> [--max-seconds N] [--base /sub/path/] [--csp] [--brotli]
// With --max-seconds it stops by itself, so a test run can never leave it behind. With --base the
// site is served under that sub-path only (as on a firm's host); with --csp every response
// carries the Content-Security-Policy that docs/deployment.md documents.
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import { HASH } from "./hash-assets.mjs";
// A folder's address sends the page in the visitor's language, as the shipped servers choose it.
import { folderPage } from "./page-language.mjs";

const [dir = "dist", portText = "8080", ...rest] = process.argv.slice(2);
const root = resolve(dir);
const port = Number(portText);
const maxIndex = rest.indexOf("--max-seconds");
const maxSeconds = maxIndex >= 0 ? Number(rest[maxIndex + 1]) : 0;
const baseIndex = rest.indexOf("--base");
const base = baseIndex >= 0 ? rest[baseIndex + 1] : "/";
// The policy is written once, in deploy/content-security-policy.txt (tests and docs/deployment.md check it).
const CSP = (await readFile(new URL("../deploy/content-security-policy.txt", import.meta.url), "utf8")).trim();
const headers = rest.includes("--csp") ? { "content-security-policy": CSP } : {};
// --brotli: compress responses as a CDN would (quality 11, computed once per file).
const brotli = rest.includes("--brotli");
const compressed = new Map();

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".bin": "application/octet-stream",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url, "http://127.0.0.1");
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    let path = normalize(decodeURIComponent("/" + url.pathname.slice(base.length)));
    // (A release from before the German page has index.html only.)
    if (path.endsWith("/")) path += [folderPage(url.search, request.headers["accept-language"]), "index.html"].find((page) => existsSync(join(root, path, page)));
    const file = join(root, path);
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    let body = await readFile(file);
    // A folder's address sends one page or the other by the browser's languages.
    const extra = file.endsWith(".html") ? { vary: "accept-language" } : {};
    if (brotli && /\bbr\b/.test(request.headers["accept-encoding"] ?? "") && extname(file) !== ".png") {
      if (!compressed.has(file)) {
        compressed.set(file, brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      body = compressed.get(file);
      extra["content-encoding"] = "br";
      extra["vary"] = [extra.vary, "accept-encoding"].filter(Boolean).join(", ");
    }
    // The loader and its copy named by its content, which a snippet may load with `integrity`
    // (so with CORS), and the companion they load so, as the shipped servers send them.
    if (new RegExp(`/embed(-more\\.${HASH}|\\.${HASH})?\\.js$`).test(file)) extra["access-control-allow-origin"] = "*";
    response.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
      ...headers,
      ...extra,
    });
    response.end(request.method === "HEAD" ? undefined : body);
  } catch {
    response.writeHead(400).end();
  }
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
if (maxSeconds > 0) {
  setTimeout(() => server.close(() => process.exit(0)), maxSeconds * 1000).unref();
  setTimeout(() => process.exit(0), maxSeconds * 1000 + 2000).unref();
}
