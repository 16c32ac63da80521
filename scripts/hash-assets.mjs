// Names a release's files by their content, so that a browser may keep them for a year and an
// upgrade can never pair one release's JS glue with another's wasm:
//   node scripts/hash-assets.mjs <dir> [--compress]
//
// Every `.js`, `.wasm`, `.css`, `.svg`, `.bin`, `.png` and `.jpg` file becomes
// `<stem>.<hash>.<ext>`, where the hash is the CRC-32 of its bytes in 8 hex digits (the
// checksum the app already holds for the parts of the catalog it fetches, so it knows their
// names). Not renamed, because pages and
// firms use their addresses: the HTML pages, `embed.js` (the loader on firms' pages) and
// `sw.js` (a service worker's address must not change). The loader's companion,
// `embed-more.js`, is named by its content like the rest, and the loader gets its SHA-384 in
// place of the marker `sha384-embed-more`, so a loader pinned with `integrity` (see `pinLoader`)
// loads only the companion it was built with. Every name is written back wherever a
// page, script or stylesheet mentions it, in dependency order (the glue names the wasm,
// `start.js` names the glue and the wasm, the pages name `start.js`), so each file's hash covers
// the names it holds. `sw.js` gets this release's id in place of `release-dev`, and the lists of
// its content-named files and pages.
//
// First, a page's stylesheet link marked `data-inline` becomes that file's content in a <style>
// element (the assessment's pages: their first paint then waits for no request); the file stays
// for the pages that link it. The policy the servers send allows exactly these styles by their
// SHA-256; with --policy <dir> (the source tree, in release builds) that hash is written into
// the policy wherever the shipped configurations and docs state it, so they stay correct
// without anyone editing them.
//
// Run again on a directory already named (a file changed), it names the changed files anew
// and leaves the rest alone. With --compress it writes `<file>.br` (quality 11) and
// `<file>.gz` (level 9) beside every file, for servers that send them as they are.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { brotliCompressSync, constants, crc32, gzipSync } from "node:zlib";

/** Files that get a hash in their name, and those that keep theirs. */
export const HASHED = /\.(js|wasm|css|svg|bin|png|jpg)$/;
export const STABLE = new Set(["embed.js", "sw.js"]);
/** Files whose text may name others. */
const TEXT = /\.(js|css|html)$/;
/** The hash in a name: the CRC-32 of the file's bytes in 8 hex digits (a pattern's source;
 *  every pattern for a content-named file, here and in the tests, is made from it). */
export const HASH = "[0-9a-f]{8}";
/** A name with a hash already: `<stem>.<hash>.<ext>`. */
export const NAMED = new RegExp(`^(.+)\\.(${HASH})\\.([a-z]+)$`);

const hex = (bytes) => crc32(bytes).toString(16).padStart(8, "0");
/** A file's name without its hash (`main.1a2b3c4d.css` → `main.css`). */
export const unhashed = (name) => {
  const m = NAMED.exec(name);
  return m ? `${m[1]}.${m[3]}` : name;
};
/** Whether a file (by its name without the hash) is one that gets a hash. */
const getsHash = (name) => HASHED.test(name) && !STABLE.has(name);
/** Whether a name is one this script gave: a file named by its content. */
export const isNamed = (name) => NAMED.test(name) && getsHash(unhashed(name));
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Any spelling of a base name in a text: hashed or not, and not part of a longer name. */
const mention = (name) => {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = [name.slice(0, dot), name.slice(dot + 1)];
  return new RegExp(`(?<![\\w.-])${escape(stem)}(?:\\.${HASH})?\\.${escape(ext)}(?![\\w-])`, "g");
};
/** The content-named copy of `name` (`start.js`: `start.<hash>.js`) at the end of an address or
 *  path, or as a whole name; with `base`, the whole address of it under `base`. */
export const contentNamed = (name, base) => {
  const dot = name.lastIndexOf(".");
  const file = `${escape(name.slice(0, dot))}\\.${HASH}\\.${escape(name.slice(dot + 1))}$`;
  return new RegExp(base === undefined ? `(?:^|/)${file}` : `^${escape(base)}${file}`);
};

/** The companion each loader fetches (a name without its hash): the loader holds its SHA-384 as
 *  `sha384-<the companion's stem>` until this script writes it (a digest written by an earlier
 *  run is written again). */
const COMPANIONS = new Map([["embed.js", "embed-more.js"]]);
/** The value of an `integrity` attribute for these bytes. */
const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

/** The loader's copy named by its content, for snippets that pin it (see `pinLoader`). */
const PINNED = contentNamed("embed.js");

/** A page's link to a stylesheet it carries inline, and the file's name in it. */
const inlineLink = () => /<link\b[^>]*\bdata-inline\b[^>]*>/g;
const linked = (tag) => /\bhref=["']?(?:\.\/)?([\w.-]+\.css)\b/.exec(tag)?.[1];
/** The value of a `'sha256-…'` source in a policy for this text. */
export const styleHash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Each page's stylesheet links marked `data-inline` replaced by the files' content; returns
 *  the policy sources of the pages' <style> elements (also those written by an earlier run). */
export function inlineStyles(dir) {
  const hashes = new Set();
  for (const page of readdirSync(dir).filter((f) => f.endsWith(".html"))) {
    const file = join(dir, page);
    const html = readFileSync(file, "utf8");
    const written = html.replace(inlineLink(), (tag) => {
      const css = linked(tag);
      if (!css || !existsSync(join(dir, css))) throw new Error(`hash-assets: ${page} asks for ${css ?? "a stylesheet"} inline, which is not in ${dir}`);
      return `<style>${readFileSync(join(dir, css), "utf8").trim()}</style>`;
    });
    for (const m of written.matchAll(/<style>([^<]*)<\/style>/g)) hashes.add(styleHash(m[1]));
    if (written !== html) writeFileSync(file, written);
  }
  return [...hashes].sort();
}

/** The files of the source tree that state the policy: the shipped configurations and docs. */
export const POLICY_FILES = ["deploy/content-security-policy.txt", "deploy/_headers", "deploy/nginx.conf", "deploy/Caddyfile", "docs/deployment.md"];
/** Writes `style-src 'self' <hashes>` wherever these files state the policy; returns the files
 *  it changed. */
export function writePolicy(root, hashes) {
  const changed = [];
  for (const name of POLICY_FILES) {
    const file = join(root, name);
    const text = readFileSync(file, "utf8");
    if (!/style-src 'self'/.test(text)) throw new Error(`hash-assets: ${name} states no style-src 'self' to write the styles' hash into`);
    const written = text.replace(/style-src 'self'(?: 'sha256-[A-Za-z0-9+/=]+')*/g, ["style-src 'self'", ...hashes].join(" "));
    if (written !== text) {
      writeFileSync(file, written);
      changed.push(name);
    }
  }
  return changed;
}

export function hashAssets(dir, { compress = false } = {}) {
  const styles = inlineStyles(dir);
  // A pinned copy of the loader from a run before is made again from embed.js at the end.
  for (const f of readdirSync(dir).filter((f) => PINNED.test(f.replace(/\.(br|gz)$/, "")))) rmSync(join(dir, f));
  const files = readdirSync(dir).filter((f) => !/\.(br|gz)$/.test(f));
  const current = new Map(files.map((f) => [unhashed(f), f]));
  const pending = new Set(files.map(unhashed).filter(getsHash));
  const rewrite = (text) => {
    for (const [b, name] of current) {
      if (!pending.has(b) && getsHash(b)) text = text.replace(mention(b), name);
    }
    return text;
  };
  const names = (text, self) => [...pending].filter((b) => b !== self && mention(b).test(text));
  while (pending.size > 0) {
    const ready = [...pending].find((b) => !TEXT.test(b) || names(readFileSync(join(dir, current.get(b)), "utf8"), b).length === 0);
    if (!ready) throw new Error(`hash-assets: files name each other in a circle: ${[...pending].join(", ")}`);
    const path = join(dir, current.get(ready));
    let bytes = readFileSync(path);
    if (TEXT.test(ready)) {
      const text = bytes.toString("utf8");
      const written = rewrite(text);
      // Trunk gives each stylesheet link an `integrity` hash of the file as it wrote it: a
      // stylesheet that names a file would no longer match it once rewritten.
      if (ready.endsWith(".css") && written !== text) throw new Error(`hash-assets: ${ready} names another file; its integrity attribute would break`);
      bytes = Buffer.from(written);
      writeFileSync(path, bytes);
    }
    const dot = ready.lastIndexOf(".");
    const named = `${ready.slice(0, dot)}.${hex(bytes)}${ready.slice(dot)}`;
    if (named !== current.get(ready)) renameSync(path, join(dir, named));
    current.set(ready, named);
    pending.delete(ready);
  }
  const hashed = [...current].filter(([b]) => getsHash(b)).map(([, name]) => name).sort();
  const release = `release-${hex(Buffer.from(hashed.join("\n")))}`;
  // The files that keep their names (the pages, the loader, the worker) name the others last.
  for (const [b, name] of current) {
    if (!TEXT.test(b) || getsHash(b)) continue;
    const path = join(dir, name);
    const text = readFileSync(path, "utf8");
    let written = rewrite(text);
    // Trunk leaves its own directives in the pages it writes (`<link data-trunk rel="rust" …>`,
    // inert in a browser): bytes every visitor would download for nothing.
    if (name.endsWith(".html")) written = written.replace(/<link\b[^>]*\bdata-trunk\b[^>]*>/g, "");
    const companion = COMPANIONS.get(b);
    if (companion && current.has(companion)) {
      const marker = new RegExp(`sha384-(?:${escape(companion.replace(/\.js$/, ""))}\\b|[A-Za-z0-9+/]{64})`, "g");
      if (!marker.test(written)) throw new Error(`hash-assets: ${b} has no sha384-… for ${companion} to write`);
      written = written.replace(marker, integrity(readFileSync(join(dir, current.get(companion)))));
    }
    if (name === "sw.js") {
      // The worker keeps to this release's own files and pages (see sw.js).
      const pages = [...current.values()].filter((f) => f.endsWith(".html")).sort();
      // Each list is one string, its first word a marker (`files-dev` as written, `files-list`
      // once written), so a release can be named again (tests make upgrades that way).
      const files = /files-(?:dev|list)[^"'`]*/g;
      const pagesList = /pages-(?:dev|list)[^"'`]*/g;
      if (!files.test(written) || !pagesList.test(written)) throw new Error("hash-assets: sw.js has no files-dev and pages-dev lists to write");
      written = written
        .replace(new RegExp(`release-(dev|${HASH})`, "g"), release)
        .replace(files, ["files-list", ...hashed].join(" "))
        .replace(pagesList, ["pages-list", ...pages].join(" "));
    }
    if (written !== text) writeFileSync(path, written);
  }
  const pinned = pinLoader(dir, current);
  if (pinned) current.set(pinned, pinned);
  if (compress) {
    for (const f of readdirSync(dir).filter((f) => /\.(br|gz)$/.test(f))) rmSync(join(dir, f));
    for (const name of current.values()) {
      const bytes = readFileSync(join(dir, name));
      writeFileSync(join(dir, `${name}.br`), brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }));
      writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
    }
  }
  return { names: Object.fromEntries(current), release, styles };
}

/** Beside `embed.js`, which firms' pages load by that name and so always get the newest, a copy
 *  named by its content (`embed.<hash>.js`), which never changes: a firm may pin it in its
 *  snippet with `integrity`. Its name and SHA-384 go into every page's
 *  `<meta name=partner-or-vendor-loader>` (the configurator prints the pinned snippet from it).
 *  Returns the copy's name, or nothing without a loader. */
function pinLoader(dir, current) {
  if (!current.has("embed.js")) return undefined;
  const bytes = readFileSync(join(dir, "embed.js"));
  const name = `embed.${hex(bytes)}.js`;
  writeFileSync(join(dir, name), bytes);
  const digest = integrity(bytes);
  const tag = /<meta\b[^>]*\bname="?partner-or-vendor-loader"?[^>]*>/g;
  for (const page of [...current.values()].filter((f) => f.endsWith(".html"))) {
    const path = join(dir, page);
    const text = readFileSync(path, "utf8");
    const written = text.replace(tag, `<meta name=partner-or-vendor-loader content="${name} ${digest}">`);
    if (written !== text) writeFileSync(path, written);
  }
  return name;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...flags] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node scripts/hash-assets.mjs <dir> [--compress] [--policy <source dir>]");
    process.exit(2);
  }
  const { release, styles } = hashAssets(dir, { compress: flags.includes("--compress") });
  console.log(`hash-assets: ${dir} named by content (${release})`);
  if (flags.includes("--policy")) {
    const changed = writePolicy(flags[flags.indexOf("--policy") + 1], styles);
    if (changed.length) console.log(`hash-assets: the inline styles changed; their hash is written into ${changed.join(", ")} (commit them)`);
  }
}
