// A firm's page on a second origin, for the embedding journeys: served by the browser context's
// own routes (`route.fulfill`), so no server listens there and nothing is stored between tests.
const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The app's origin and path, where the loader comes from. */
export const APP = `http://127.0.0.1:${PORT}/`;
/** The firm's page's origin: another site than the app's (`localhost` against `127.0.0.1`),
 *  as a firm's website is, so the frame's storage is partitioned and it runs in a process of
 *  its own. */
export const HOST = `http://localhost:${PORT + 1}`;
/** The same kind of page as a site of the app's own (another port), as a firm that puts the
 *  app on a subdomain of its website has it. */
export const SAME_SITE_HOST = `http://127.0.0.1:${PORT + 1}`;

/** Every event the loader's widgets dispatch. */
export const EVENTS = ["ready", "start", "step", "complete", "cta", "open", "close"];

const RECORD = `
  window.seen = [];
  for (const type of ${JSON.stringify(EVENTS)}) {
    document.addEventListener("partner-or-vendor:" + type, (event) =>
      window.seen.push({ type: event.type, id: event.target.id, detail: event.detail }));
  }
`;

/** The host pages of each browser context, by address: what its routes answer with. */
const hosted = new WeakMap();
/** How many pages this worker has made, for a new address each. */
let pageCount = 0;

/** The host pages of `page`'s browser context, routed on first use: a page stored here is
 *  answered with its own headers, any other address of the two host origins with a 404. */
async function hostPages(page) {
  const context = page.context();
  let pages = hosted.get(context);
  if (pages) return pages;
  pages = new Map();
  hosted.set(context, pages);
  const origins = new Set([HOST, SAME_SITE_HOST]);
  await context.route(
    (url) => origins.has(url.origin),
    (route) => {
      const url = new URL(route.request().url());
      const stored = pages.get(url.origin + url.pathname);
      if (!stored) return route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" });
      const headers = { "cache-control": "no-store", ...(stored.csp ? { "content-security-policy": stored.csp } : {}) };
      return route.fulfill({ status: 200, contentType: stored.type, headers, body: stored.body });
    },
  );
  return pages;
}

/** Serves `body` as a page of the host origin (with the Content-Security-Policy `csp`, if
 *  given) and opens it. Events reaching the document are recorded in `window.seen`, in order,
 *  with the id of the element that dispatched them. */
export async function openHost(page, body, { csp, head = "", host = HOST } = {}) {
  const pages = await hostPages(page);
  const address = `${host}/page-${++pageCount}.html`;
  pages.set(address, {
    type: "text/html; charset=utf-8",
    csp,
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme IT</title>${head}</head>
<body><h1>Acme IT</h1>
<script${csp ? ` src="${host}/record.js"` : ""}>${csp ? "" : RECORD}</script>
${body}
</body></html>`,
  });
  // Under a policy without inline scripts, the recorder comes as a file of the host's own.
  if (csp) pages.set(`${host}/record.js`, { type: "text/javascript", body: RECORD });
  await page.goto(address);
}

/** The events of `type` recorded so far. */
export async function seen(page, type) {
  return page.evaluate((type) => window.seen.filter((e) => e.type === `partner-or-vendor:${type}`), type);
}
