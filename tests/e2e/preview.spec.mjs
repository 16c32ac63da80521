// What a link to the site shows when it is pasted into a chat, a mail or a post: each page's
// title, description and Open Graph and X card tags, read from the HTML as served (preview
// fetchers run no JavaScript), the picture they name, a visitor's page load that never fetches
// it, and scripts/set-deployment.mjs writing a deployment's own name, picture and address.
import { test, expect } from "@playwright/test";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, crc32, deflateSync, gunzipSync } from "node:zlib";
import { contentNamed } from "../../scripts/hash-assets.mjs";
import { deployAs } from "./assessment.mjs";

const PORT = Number(process.env.E2E_PORT ?? 4173);
const CSP_APP = `http://127.0.0.1:${PORT + 2}/tools/assessment/`;
const DIST = new URL("../../dist/", import.meta.url).pathname;
/** The pages a link may lead to and that invite a visit, each with a picture. */
const PAGES = ["./", "index.de.html", "team.html", "configure.html", "how-it-works.en.html", "how-it-works.de.html"];
/** The preview picture's bound: small enough for any fetcher and any chat on a slow line. */
const PICTURE_MAX = 40 * 1024;

/** Every `<meta>` tag's `property` or `name` with its `content`, decoded, as a fetcher reads
 *  them (quoted or not, as the release's minified pages write them); a name given twice is a
 *  list. Also the `<title>`. */
function tags(html) {
  const head = html.split(/<body[\s>]/)[0];
  const decode = (text) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const attr = (tag, name) => {
    const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`).exec(tag);
    return m ? decode(m[1] ?? m[2] ?? m[3]) : undefined;
  };
  const out = { title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? "") };
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const key = attr(tag, "property") ?? attr(tag, "name");
    if (!key) continue;
    const value = attr(tag, "content");
    out[key] = key in out ? [out[key], value].flat() : value;
  }
  return out;
}

/** A PNG's size from its header, or nothing when the bytes are no PNG. */
function pngSize(bytes) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("latin1", 12, 16) !== "IHDR") return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A grey PNG of `width`×`height`, as a firm's own picture. */
function greyPng(width, height) {
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length);
    head.write(type, 4, "latin1");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth; colour type 0, grey
  const rows = Buffer.alloc(height * (width + 1), 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

const SCRIPT = new URL("../../scripts/set-deployment.mjs", import.meta.url).pathname;
/** Runs scripts/set-deployment.mjs as a firm does: its exit status and what it printed. */
function setDeployment(...args) {
  const run = spawnSync("node", [SCRIPT, ...args], { encoding: "utf8" });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

test.describe("the release's own pages", () => {
  for (const path of PAGES) {
    test(`${path} previews its own title and description with the 1200×630 picture`, async ({ request, baseURL }) => {
      const response = await request.get(`${baseURL}${path === "./" ? "" : path}`);
      expect(response.status()).toBe(200);
      const page = tags(await response.text());
      expect(page.title.length, "a title").toBeGreaterThan(10);
      expect(page.description?.length, "a description").toBeGreaterThan(40);
      // What the preview says is the page's own title and description, once each.
      expect(page["og:title"]).toBe(page.title);
      expect(page["og:description"]).toBe(page.description);
      expect(page["og:type"]).toBe("website");
      expect(page["og:site_name"]).toBe(path.includes(".de.") ? "Partner oder Lieferant?" : "Partner or Vendor?");
      expect(page["twitter:card"]).toBe("summary_large_image");
      expect(page["og:image:width"]).toBe("1200");
      expect(page["og:image:height"]).toBe("630");
      expect(page["og:image:alt"]?.length, "the picture's alt text").toBeGreaterThan(20);
      // As built, the picture is named relative to the page (the build does not know the
      // site's address; scripts/set-deployment.mjs writes it), by its content.
      const image = page["og:image"];
      expect(image).toMatch(contentNamed("link-preview.png"));
      expect(image).not.toContain("/");
      const picture = await request.get(new URL(image, response.url()).href);
      expect(picture.status()).toBe(200);
      expect(picture.headers()["content-type"]).toBe("image/png");
      const bytes = await picture.body();
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(bytes.length).toBeLessThan(PICTURE_MAX);
    });
  }

  test("the picture is the one committed, and found on a sub-path too", async ({ request }) => {
    const page = tags(await (await request.get(CSP_APP)).text());
    const picture = await request.get(new URL(page["og:image"], CSP_APP).href);
    expect(picture.status()).toBe(200);
    const committed = readFileSync(new URL("../../social/link-preview.png", import.meta.url));
    expect(Buffer.compare(await picture.body(), committed)).toBe(0);
  });

  test("the page for a missing address says what it is, with no picture", async ({ request, baseURL }) => {
    const page = tags(await (await request.get(`${baseURL}404.html`)).text());
    expect(page["og:title"]).toBe(page.title);
    expect(page["og:title"]).toContain("Page not found");
    expect(page["og:description"]).toBe(page.description);
    expect(page["twitter:card"]).toBe("summary");
    expect(page["og:image"]).toBeUndefined();
  });

  for (const [path, ready] of [
    ["./", (page) => page.getByRole("button", { name: "Start the assessment" })],
    ["team.html", (page) => page.getByRole("textbox", { name: "Results links, one per line" })],
    ["configure.html", (page) => page.getByRole("textbox", { name: "Firm name" })],
    ["how-it-works.en.html", (page) => page.getByRole("heading", { level: 1, name: "How this assessment works" })],
  ]) {
    test(`a visitor's browser never fetches the picture (${path})`, async ({ page }) => {
      const requested = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(path);
      await expect(ready(page)).toBeVisible();
      await page.waitForLoadState("load");
      // Every file the page named has been asked for (its script or its stylesheet among them);
      // the picture is not among them.
      expect(requested.some((p) => /\/(start\.[0-9a-f]{8}\.js|main\.[0-9a-f]{8}\.css)$/.test(p)), requested.join("\n")).toBe(true);
      expect(requested.filter((p) => p.includes("link-preview")), requested.join("\n")).toEqual([]);
    });
  }
});

test.describe("a deployment's own preview (scripts/set-deployment.mjs)", () => {
  let site;
  let own;
  test.beforeEach(() => {
    site = mkdtempSync(join(tmpdir(), "preview-"));
    cpSync(DIST, site, { recursive: true });
    own = join(site, "..", `${site.split("/").pop()}-own.png`);
    writeFileSync(own, greyPng(1200, 630));
  });
  test.afterEach(() => {
    rmSync(site, { recursive: true, force: true });
    rmSync(own, { force: true });
  });

  const page = (name) => tags(readFileSync(join(site, name), "utf8"));
  const ADDRESS = "https://acme.example/tools/assessment/";
  const SETTINGS = 'firm=Acme IT&cta-url=https://acme.example/contact&cta-label=Say "hi"';
  const ALT = "Acme IT: is your IT firm a partner or a vendor?";

  test("names the firm, its picture and the site's address on every page, and the app reads the line", async ({ page: browser, baseURL }) => {
    const run = setDeployment(site, "--address", ADDRESS, "--settings", SETTINGS, "--image", own, "--image-alt", ALT);
    expect(run.err).toBe("");
    expect(run.status).toBe(0);
    const copied = readdirSync(site).filter((f) => /^link-preview-own\.[0-9a-f]{8}\.png$/.test(f));
    expect(copied).toHaveLength(1);
    expect(Buffer.compare(readFileSync(join(site, copied[0])), readFileSync(own))).toBe(0);
    for (const name of ["index.html", "index.de.html", "team.html", "configure.html", "how-it-works.en.html", "how-it-works.de.html"]) {
      const tagsOf = page(name);
      expect(tagsOf["og:site_name"], name).toBe("Acme IT");
      expect(tagsOf["og:image"], name).toBe(`${ADDRESS}${copied[0]}`);
      expect(tagsOf["og:image:width"], name).toBe("1200");
      expect(tagsOf["og:image:height"], name).toBe("630");
      expect(tagsOf["og:image:alt"], name).toBe(ALT);
      expect(tagsOf["og:url"], name).toBe(name === "index.html" ? ADDRESS : `${ADDRESS}${name}`);
      expect(tagsOf["twitter:card"], name).toBe("summary_large_image");
      // The compressed copies the servers send are the page as written.
      const html = readFileSync(join(site, name));
      expect(Buffer.compare(brotliDecompressSync(readFileSync(join(site, `${name}.br`))), html), `${name}.br`).toBe(0);
      expect(Buffer.compare(gunzipSync(readFileSync(join(site, `${name}.gz`))), html), `${name}.gz`).toBe(0);
    }
    const missing = page("404.html");
    expect(missing["og:site_name"]).toBe("Acme IT");
    expect(missing["og:image"]).toBeUndefined();
    expect(missing["og:url"]).toBeUndefined();
    // The settings line, as the app reads it: the firm's name on the page and its call to action.
    expect(page("index.html")["partner-or-vendor"]).toBe(SETTINGS);
    expect(page("index.de.html")["partner-or-vendor"]).toBe(SETTINGS);
    const line = readFileSync(join(site, "index.html"), "utf8").match(/<meta name="partner-or-vendor" content="[^"]*">/)[0];
    await deployAs(browser, line.slice('<meta name="partner-or-vendor" content="'.length, -2));
    await browser.goto(baseURL);
    await expect(browser.getByText("Acme IT", { exact: true })).toBeVisible();
  });

  test("run again, replaces what it wrote before and keeps each tag once", async () => {
    const pages = readdirSync(DIST).filter((f) => f.endsWith(".html"));
    const release = Object.fromEntries(pages.map((name) => [name, tags(readFileSync(join(DIST, name), "utf8"))]));
    expect(setDeployment(site, "--address", ADDRESS, "--settings", SETTINGS).status).toBe(0);
    const built = release["index.html"]["og:image"];
    expect(page("index.html")["og:image"]).toBe(`${ADDRESS}${built}`);
    // Every other tag of every page is as the build wrote it: only the picture's address, the
    // page's own address, the firm's name and the settings line are new.
    const written = ["og:image", "og:url", "og:site_name", "partner-or-vendor"];
    for (const name of pages) {
      const now = page(name);
      for (const [key, value] of Object.entries(release[name])) {
        if (!written.includes(key)) expect(now[key], `${name}: ${key}`).toEqual(value);
      }
      expect(Object.keys(now).filter((key) => !(key in release[name])).sort(), name).toEqual(
        name === "404.html" ? [] : name === "index.html" || name === "index.de.html" ? ["og:url", "partner-or-vendor"] : ["og:url"],
      );
    }
    // A new address, the line as it is: the picture follows the address, the firm stays.
    const moved = "https://www.acme.example/check";
    expect(setDeployment(site, "--address", moved).status).toBe(0);
    for (const name of ["index.html", "team.html", "how-it-works.de.html"]) {
      const tagsOf = page(name);
      expect(tagsOf["og:image"], name).toBe(`${moved}/${built}`);
      expect(tagsOf["og:site_name"], name).toBe("Acme IT");
      for (const [key, value] of Object.entries(tagsOf)) expect(Array.isArray(value), `${name}: ${key} once`).toBe(false);
    }
    // Another site's picture: named as it is, with no size the script cannot know.
    expect(setDeployment(site, "--image", "https://cdn.acme.example/card.png", "--image-alt", ALT).status).toBe(0);
    expect(page("team.html")["og:image"]).toBe("https://cdn.acme.example/card.png");
    expect(page("team.html")["og:image:width"]).toBeUndefined();
    // The address written before is kept.
    expect(page("team.html")["og:url"]).toBe(`${moved}/team.html`);
    // A JPEG of the firm's own: its size read from its frame header (here 1200×630).
    const jpeg = join(site, "..", `${site.split("/").pop()}-own.jpg`);
    writeFileSync(jpeg, Buffer.from("ffd8ffe000104a46494600010100000100010000ffc0001108027604b003012200021101031101ffd9", "hex"));
    try {
      expect(setDeployment(site, "--image", jpeg, "--image-alt", ALT).status).toBe(0);
    } finally {
      rmSync(jpeg, { force: true });
    }
    expect(page("team.html")["og:image"]).toMatch(new RegExp(`^${moved}/link-preview-own\\.[0-9a-f]{8}\\.jpg$`));
    expect(page("team.html")["og:image:width"]).toBe("1200");
    expect(page("team.html")["og:image:height"]).toBe("630");
  });

  test("refuses what it cannot use, says why, and changes nothing", async () => {
    const before = readdirSync(site).map((f) => [f, readFileSync(join(site, f))]);
    const text = join(site, "..", `${site.split("/").pop()}-note.png`);
    writeFileSync(text, "not a picture");
    try {
      for (const [args, said] of [
        [["--address", "ftp://acme.example/"], /must start with https:\/\//],
        [["--address", "acme.example"], /is not an address/],
        [["--address", "https://acme.example/tools/index.html"], /not a page in it/],
        [["--address", "https://user:pw@acme.example/"], /user name or password/],
        [["--settings", "firm=<script>alert(1)</script>"], /plain text, without < or >/],
        [["--settings", "firm=%E0%A4%A"], /write a % as %25/],
        [["--settings", `firm=${"A".repeat(61)}`], /longer than 60 characters/],
        [["--image", own], /--image needs --image-alt/],
        [["--image", text, "--image-alt", ALT], /neither a PNG nor a JPEG/],
        [["--image", "http://acme.example/card.png", "--image-alt", ALT], /must be an https:\/\/ address/],
        [["--image", join(site, "no-such.png"), "--image-alt", ALT], /no such file/],
        [["--colour", "red"], /unknown option --colour/],
        [["--address"], /--address needs a value/],
      ]) {
        const run = setDeployment(site, ...args);
        expect(run.status, args.join(" ")).toBe(2);
        expect(run.err, args.join(" ")).toMatch(said);
        expect(run.err, args.join(" ")).not.toMatch(/\n\s+at /);
      }
      expect(setDeployment(join(site, "no-such-folder")).err).toMatch(/has no index\.html/);
      const after = readdirSync(site).map((f) => [f, readFileSync(join(site, f))]);
      expect(after.map(([f]) => f)).toEqual(before.map(([f]) => f));
      for (const [i, [name, bytes]] of after.entries()) expect(Buffer.compare(bytes, before[i][1]), name).toBe(0);
    } finally {
      rmSync(text, { force: true });
    }
  });
});

test("the committed picture is the one its source renders, with the local Chromium and fonts", () => {
  const svg = readFileSync(new URL("../../social/link-preview.svg", import.meta.url), "utf8");
  expect(svg).toMatch(/<svg[^>]*width="1200" height="630"/);
  // Nothing from elsewhere: no web font, no picture or stylesheet from another address.
  expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)|@import|@font-face|<image\b/);
  const out = join(mkdtempSync(join(tmpdir(), "preview-render-")), "link-preview.png");
  try {
    execFileSync("node", ["scripts/link-preview.mjs", "social/link-preview.svg", out], { encoding: "utf8" });
    const committed = readFileSync(new URL("../../social/link-preview.png", import.meta.url));
    expect(pngSize(committed)).toEqual({ width: 1200, height: 630 });
    expect(committed.length).toBeLessThan(PICTURE_MAX);
    expect(Buffer.compare(readFileSync(out), committed), "social/link-preview.png is not what social/link-preview.svg renders: run node scripts/link-preview.mjs").toBe(0);
  } finally {
    rmSync(join(out, ".."), { recursive: true, force: true });
  }
});
