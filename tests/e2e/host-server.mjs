// A stand-in for a firm's website, on a second origin (127.0.0.1 only): a test stores a page
// with PUT /<name> and then opens GET /<name>, sent with the Content-Security-Policy the PUT
// named in its `x-page-csp` header, if any. It stops by itself after --max-seconds.
// Usage: node tests/e2e/host-server.mjs <port> [--max-seconds N]
import { createServer } from "node:http";

const [portText = "4174", ...rest] = process.argv.slice(2);
const maxIndex = rest.indexOf("--max-seconds");
const maxSeconds = maxIndex >= 0 ? Number(rest[maxIndex + 1]) : 600;
const pages = new Map();

const server = createServer((request, response) => {
  const path = new URL(request.url, "http://127.0.0.1").pathname;
  if (request.method === "PUT") {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      pages.set(path, { body: Buffer.concat(chunks), csp: request.headers["x-page-csp"] });
      response.writeHead(204).end();
    });
    return;
  }
  const page = path === "/" ? { body: Buffer.from("<!doctype html><title>Host</title><p>Host pages for tests.") } : pages.get(path);
  if (!page) {
    response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    return;
  }
  const type = path.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8";
  const headers = { "content-type": type, "cache-control": "no-store" };
  if (page.csp) headers["content-security-policy"] = page.csp;
  response.writeHead(200, headers);
  response.end(page.body);
});

server.listen(Number(portText), "127.0.0.1");
setTimeout(() => server.close(() => process.exit(0)), maxSeconds * 1000).unref();
setTimeout(() => process.exit(0), maxSeconds * 1000 + 2000).unref();
