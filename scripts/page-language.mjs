// Which page a folder's address sends: the German page (index.de.html) for `?lang=de`, and,
// where the address names no language the app has, for a browser whose first language the app
// has is German (by the primary subtag of each Accept-Language entry, in its order, as the app
// reads navigator.languages in src/model/settings/language.rs); else index.html. The shipped
// servers hold the same rule (deploy/nginx.conf, deploy/Caddyfile) and scripts/static-server.mjs
// uses this one; tests/facts.rs holds the three alike and checks them against the app.

/** An Accept-Language whose first entry with the primary subtag `en` or `de` is `de`: entries
 *  that are neither (`fr-CH`, `*`, `;q=0.5`) may come first. Written without look-ahead, so
 *  that nginx (PCRE) and caddy (Go's RE2) read it alike. */
export const PREFERS_GERMAN = /^(?:\s*(?:(?:[a-z*]|[a-z*][a-z*][a-z*]+|[a-cf-z*][a-z*]|d[a-df-z*]|e[a-mo-z*])(?:[-_;\s][^,]*)?|;[^,]*)?,)*\s*de(?:[-_;\s][^,]*)?(?:,|$)/i;

/** The page for a folder's address with this query and Accept-Language. */
export function folderPage(search, languages = "") {
  const asked = new URLSearchParams(search).get("lang")?.toLowerCase();
  if (asked === "de" || asked === "en") return asked === "de" ? "index.de.html" : "index.html";
  return PREFERS_GERMAN.test(languages) ? "index.de.html" : "index.html";
}
