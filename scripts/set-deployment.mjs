// Writes a deployment's own settings into a built site, so that a firm needs no Rust and no
// rebuild: its `<meta name="partner-or-vendor">` line (the firm's name, logo, call to action…)
// into index.html, and what a link to any page shows in a chat, a mail or a post (Open Graph
// and X's card) into every page: the firm's name, its own picture, and the site's address,
// which makes the picture's address absolute as preview fetchers want it.
//
//   node scripts/set-deployment.mjs dist \
//     --address https://acme.example/tools/assessment/ \
//     --settings 'firm=Acme IT&logo=https://acme.example/logo.svg&cta-url=https://acme.example/contact' \
//     --image acme-preview.png --image-alt 'Acme IT: is your IT firm a partner or a vendor?'
//
// Every option may be left out; run it again with other values and they replace the ones
// before (a page holds each tag once). Crawlers do not run JavaScript, so all of this must be
// in the pages as served: docs/deployment.md explains each option. A preview never shows a
// score: a result is in the address's fragment (`#r=`), which no preview fetcher sees.
//
// Where a page has `.br` and `.gz` copies beside it (a release build), they are written again.
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The longest firm name the app takes, in characters (`FIRM_MAX` in
 *  src/model/settings/checks.rs; tests/facts.rs holds the two equal). */
export const FIRM_MAX = 60;
/** A picture's file name in the site: the release's `link-preview.<hash>.png`, or a firm's own
 *  copied in by an earlier run. */
const PICTURE = /^(?:[\w-]+\.)+(?:png|jpg)$/;

const USAGE = "usage: node scripts/set-deployment.mjs <dist> [--address https://…/] [--settings 'firm=…&…'] [--image file.png|https://…] [--image-alt text]";

class Refused extends Error {}

/** Text for an attribute value in double quotes. */
const attribute = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** An attribute value as written (quoted or not), as the text it stands for. */
const unattribute = (text) =>
  text.replace(/&(?:quot|#34);/g, '"').replace(/&(?:lt|#60);/g, "<").replace(/&(?:gt|#62);/g, ">").replace(/&(?:#39|apos);/g, "'").replace(/&amp;/g, "&");

/** A `<meta>` tag whose `attr` (`property` or `name`) is `key`, quoted or not, in any order. */
const tagPattern = (attr, key) => new RegExp(`<meta\\b[^>]*\\b${attr}="?${key.replace(/[.:]/g, "\\$&")}"?(?=[\\s/>])[^>]*>`, "g");
/** A tag's `content`, decoded, or nothing. */
function content(html, attr, key) {
  const tag = html.match(tagPattern(attr, key))?.[0];
  const m = tag && /\bcontent=(?:"([^"]*)"|([^\s>]+))/.exec(tag);
  return m ? unattribute(m[1] ?? m[2]) : undefined;
}

/** The address the site is served from, ending in `/`. */
function siteAddress(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Refused(`--address "${text}" is not an address; give the whole of it, as https://acme.example/tools/assessment/`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Refused(`--address must start with https:// (it starts with ${url.protocol}//)`);
  if (url.username || url.password) throw new Refused("--address must not hold a user name or password");
  if (url.search || url.hash) throw new Refused("--address is the folder the site is served from, without ? or #");
  if (/\.html?$/.test(url.pathname)) throw new Refused("--address is the folder the site is served from, not a page in it (leave out index.html)");
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

const siteAddressOr = (text) => (text === undefined ? undefined : siteAddress(text));

/** The firm's name in a settings line (`firm=…&…`, values as in a query), checked as the app
 *  checks it, or nothing when the line names none. */
function firmOf(settings) {
  let firm;
  for (const pair of settings.replace(/^\?/, "").split("&")) {
    const [key, ...rest] = pair.split("=");
    if (key !== "firm") continue;
    try {
      firm = decodeURIComponent(rest.join("=").replace(/\+/g, " ")).trim();
    } catch {
      throw new Refused('--settings: the value of "firm" has a % that is not followed by two hex digits; write a % as %25');
    }
  }
  if (firm === undefined) return undefined;
  if (firm === "") throw new Refused('--settings: "firm" is empty');
  if ([...firm].some((c) => /[\p{Cc}\p{Cf}]/u.test(c))) throw new Refused('--settings: "firm" holds a control or invisible character');
  if (/[<>]/.test(firm)) throw new Refused('--settings: "firm" must be plain text, without < or >');
  if ([...firm].length > FIRM_MAX) throw new Refused(`--settings: "firm" is longer than ${FIRM_MAX} characters`);
  return firm;
}

/** A PNG's or JPEG's type and size in pixels, read from its header. */
export function pictureSize(bytes) {
  if (bytes.length >= 24 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) && bytes.toString("latin1", 12, 16) === "IHDR") {
    return { ext: "png", width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    // The frame header (SOF0 to SOF15 but DHT, JPG and DAC) holds the size.
    for (let at = 2; at + 9 <= bytes.length; ) {
      if (bytes[at] !== 0xff) break;
      const marker = bytes[at + 1];
      if (marker === 0xff) { at += 1; continue; }
      const length = bytes.readUInt16BE(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { ext: "jpg", width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) };
      }
      at += 2 + length;
    }
  }
  return undefined;
}

/** Reads the options; refuses any it does not know. */
function options(argv) {
  const [dir, ...rest] = argv;
  if (!dir || dir.startsWith("--")) throw new Refused(USAGE);
  const known = new Set(["--address", "--settings", "--image", "--image-alt"]);
  const out = { dir };
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (!known.has(flag)) throw new Refused(`unknown option ${flag}\n${USAGE}`);
    if (value === undefined) throw new Refused(`${flag} needs a value\n${USAGE}`);
    out[flag.slice(2)] = value;
  }
  if (!existsSync(join(dir, "index.html"))) throw new Refused(`${dir} has no index.html: give the folder of a built site (dist/)`);
  if (out.image !== undefined && out["image-alt"] === undefined) {
    throw new Refused("--image needs --image-alt: what the picture shows, for people who cannot see it");
  }
  if (out["image-alt"] !== undefined && out["image-alt"].trim() === "") throw new Refused("--image-alt is empty");
  return out;
}

/** The picture the pages are to name: a file in the site (its name) or another site's address,
 *  with its size when known. A file of the firm's own is copied in, named by its content. */
function picture(dir, image) {
  if (/^https?:\/\//i.test(image)) {
    try {
      new URL(image);
    } catch {
      throw new Refused(`--image "${image}" is not an address`);
    }
    if (!/^https:/i.test(image)) throw new Refused("--image at another site must be an https:// address");
    return { url: image };
  }
  if (!existsSync(image) || !statSync(image).isFile()) throw new Refused(`--image ${image}: no such file`);
  const bytes = readFileSync(image);
  const size = pictureSize(bytes);
  if (!size) throw new Refused(`--image ${image} is neither a PNG nor a JPEG (preview fetchers take no SVG)`);
  if (bytes.length > 5 * 1024 * 1024) throw new Refused(`--image ${image} is over 5 MB, more than X takes`);
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 8);
  const name = `link-preview-own.${hash}.${size.ext}`;
  copyFileSync(image, join(dir, name));
  return { file: name, width: size.width, height: size.height, written: name };
}

/** Sets the tag `attr=key` to `value` (escaped here), or removes it when `value` is undefined;
 *  a tag a page lacks is added after its `og:type`. */
function setTag(html, attr, key, value) {
  const pattern = tagPattern(attr, key);
  const tag = value === undefined ? "" : `<meta ${attr}="${key}" content="${attribute(value)}">`;
  let seen = false;
  let out = html.replace(pattern, () => (seen ? "" : ((seen = true), tag)));
  if (!seen && tag) {
    const anchor = out.match(tagPattern("property", "og:type"))?.[0];
    if (!anchor) throw new Refused(`a page has no og:type tag to put ${key} beside; is this a release of Partner or Vendor?`);
    out = out.replace(anchor, `${anchor}${tag}`);
  }
  return out;
}

/** The `<meta name=partner-or-vendor>` line of index.html set to `settings`. */
function setSettings(html, settings) {
  const line = `<meta name="partner-or-vendor" content="${attribute(settings)}">`;
  const pattern = /<meta\b[^>]*\bname="?partner-or-vendor"?(?=[\s/>])[^>]*>/;
  if (pattern.test(html)) return html.replace(pattern, line);
  const charset = /<meta charset="?utf-8"?>/i;
  if (!charset.test(html)) throw new Refused("index.html has no <meta charset=utf-8> to put the settings line after");
  return html.replace(charset, (tag) => tag + line);
}

/** Writes the `.br` and `.gz` copies of `file` again, when the build wrote them. */
function recompress(dir, file, always = false) {
  const path = join(dir, file);
  if (!always && !existsSync(`${path}.br`)) return;
  const bytes = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
}

export function setDeployment(argv) {
  const opts = options(argv);
  const { dir } = opts;
  const index = readFileSync(join(dir, "index.html"), "utf8");
  // Without --address, the one an earlier run wrote (index.html's og:url) is kept.
  const address = siteAddressOr(opts.address ?? content(index, "property", "og:url"));
  const settings = opts.settings ?? content(index, "name", "partner-or-vendor");
  const firm = settings === undefined ? undefined : firmOf(settings);
  const own = opts.image === undefined ? undefined : picture(dir, opts.image);
  const pages = readdirSync(dir).filter((f) => f.endsWith(".html"));
  const changed = [];
  for (const page of pages) {
    const path = join(dir, page);
    const before = readFileSync(path, "utf8");
    // The assessment's pages, English and German, carry the same settings.
    const assessment = page === "index.html" || page === "index.de.html";
    let html = assessment && opts.settings !== undefined ? setSettings(before, opts.settings) : before;
    if (content(html, "property", "og:type") !== undefined) {
      if (firm !== undefined) html = setTag(html, "property", "og:site_name", firm);
      // The picture: the firm's own, or the one the page names now (by its file name in the
      // site, whatever address an earlier run put in front of it, or another site's address).
      // Only pages that show one: the page for a missing address shows none.
      const named = content(html, "property", "og:image");
      if (named !== undefined) {
        const file = basename(named.split(/[?#]/)[0]);
        const image = own ?? (PICTURE.test(file) && existsSync(join(dir, file)) ? { file, keep: true } : { url: named, keep: true });
        const url = image.url ?? (address ?? "") + image.file;
        html = setTag(html, "property", "og:image", url);
        if (!image.keep) {
          html = setTag(html, "property", "og:image:width", image.width?.toString());
          html = setTag(html, "property", "og:image:height", image.height?.toString());
        }
        if (opts["image-alt"] !== undefined) html = setTag(html, "property", "og:image:alt", opts["image-alt"]);
      }
      // The page for a missing address is sent for any address, so it has none of its own.
      if (address !== undefined && page !== "404.html") html = setTag(html, "property", "og:url", page === "index.html" ? address : address + page);
    }
    if (html !== before) {
      writeFileSync(path, html);
      recompress(dir, page);
      changed.push(page);
    }
  }
  if (own?.written) recompress(dir, own.written, existsSync(join(dir, "index.html.br")));
  return { changed, image: own?.written, firm, address };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { changed, image, firm, address } = setDeployment(process.argv.slice(2));
    const said = [firm && `firm "${firm}"`, address && `address ${address}`, image && `picture ${image}`].filter(Boolean).join(", ");
    console.log(`set-deployment: ${changed.length ? changed.join(", ") : "no page"} changed${said ? ` (${said})` : ""}`);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    console.error(`set-deployment: ${error.message}`);
    process.exit(2);
  }
}
