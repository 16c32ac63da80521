// A firm's page on a second origin (tests/e2e/host-server.mjs), for the embedding journeys.
import { expect } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The app's origin and path, where the loader comes from. */
export const APP = `http://127.0.0.1:${PORT}/`;
/** The firm's page's origin: another site than the app's (`localhost` against `127.0.0.1`),
 *  as a firm's website is, so the frame's storage is partitioned and it runs in a process of
 *  its own. */
export const HOST = `http://localhost:${PORT + 1}`;
/** The same page server as a site of the app's own (another port), as a firm that puts the
 *  app on a subdomain of its website has it. */
export const SAME_SITE_HOST = `http://127.0.0.1:${PORT + 1}`;

/** Every event the loader's widgets dispatch. */
export const EVENTS = ["ready", "start", "complete", "open", "close"];

/** Serves `body` as a page of the host origin (with the Content-Security-Policy `csp`, if
 *  given) and opens it. Events reaching the document are recorded in `window.seen`, in order,
 *  with the id of the element that dispatched them. */
let pageCount = 0;
export async function openHost(page, body, { csp, head = "", host = HOST } = {}) {
  const path = `/host-${process.pid}-${++pageCount}.html`;
  const stored = await page.request.put(`${host}${path}`, {
    headers: { "content-type": "text/html", ...(csp ? { "x-page-csp": csp } : {}) },
    data: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme IT</title>${head}</head>
<body><h1>Acme IT</h1>
<script${csp ? ` src="${host}/record.js"` : ""}>${csp ? "" : RECORD}</script>
${body}
</body></html>`,
  });
  expect(stored.status()).toBe(204);
  if (csp) {
    const script = await page.request.put(`${host}/record.js`, { headers: { "content-type": "text/javascript" }, data: RECORD });
    expect(script.status()).toBe(204);
  }
  await page.goto(`${host}${path}`);
}

const RECORD = `
  window.seen = [];
  for (const type of ${JSON.stringify(EVENTS)}) {
    document.addEventListener("partner-or-vendor:" + type, (event) =>
      window.seen.push({ type: event.type, id: event.target.id, detail: event.detail }));
  }
`;

/** The events of `type` recorded so far. */
export async function seen(page, type) {
  return page.evaluate((type) => window.seen.filter((e) => e.type === `partner-or-vendor:${type}`), type);
}
