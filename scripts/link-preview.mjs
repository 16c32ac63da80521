// Renders the picture a link to the site shows when it is pasted into a chat, a mail or a post
// (the pages' og:image) from its source, with Debian's Chromium and the system's fonts:
//
//   node scripts/link-preview.mjs [source.svg] [out.png]
//
// By default social/link-preview.svg → social/link-preview.png, which is committed, so a build
// never needs Chromium. A firm may draw its own from a copy of the SVG the same way (see
// docs/deployment.md). The page is 1200×630, the size Facebook, LinkedIn, Slack and X show
// large; nothing is fetched (every request but the page's own is refused), so the fonts are
// the system's (DejaVu Sans on Debian). The screenshot is written again as an indexed PNG of its
// 256 most frequent colours, when that is smaller (for a picture of a few flat colours, by far).
import { chromium } from "@playwright/test";
import { readFileSync, writeFileSync } from "node:fs";
import { deflateSync, inflateSync } from "node:zlib";

export const WIDTH = 1200;
export const HEIGHT = 630;

const [source = "social/link-preview.svg", out = "social/link-preview.png"] = process.argv.slice(2);

/** The PNG's chunks: type and data. */
function chunks(png) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature)) throw new Error("link-preview: the screenshot is not a PNG");
  const out = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    out.push({ type: png.toString("latin1", at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

/** The pixels of an 8-bit RGB or RGBA PNG without interlacing, as RGBA rows. */
function pixels(png) {
  const all = chunks(png);
  const header = all.find((c) => c.type === "IHDR").data;
  const [width, height, depth, colour, interlace] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[12]];
  if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) return undefined;
  const bpp = colour === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(all.filter((c) => c.type === "IDAT").map((c) => c.data)));
  const stride = width * bpp;
  const rgba = Buffer.alloc(width * height * 4);
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? line[x - bpp] : 0;
      const b = previous[x];
      const c = x >= bpp ? previous[x - bpp] : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      const add = [0, a, b, (a + b) >> 1, paeth][filter];
      if (add === undefined) throw new Error(`link-preview: unknown PNG filter ${filter}`);
      line[x] = (line[x] + add) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      line.copy(rgba, (y * width + x) * 4, x * bpp, x * bpp + 3);
      rgba[(y * width + x) * 4 + 3] = bpp === 4 ? line[x * bpp + 3] : 255;
    }
    previous = line;
  }
  return { width, height, rgba };
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, tail]);
};

/** The picture as an opaque indexed PNG: its 256 most frequent colours, any other pixel given
 *  the nearest of them (a picture of a few flat colours has few others: the blends of its
 *  edges, where a step of one in a channel is not seen). */
function indexed({ width, height, rgba }) {
  const count = new Map();
  for (let at = 0; at < rgba.length; at += 4) {
    const key = rgba.readUIntBE(at, 3);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const kept = [...count].sort((a, b) => b[1] - a[1]).slice(0, 256).map(([key]) => key);
  const channels = (key) => [key >> 16, (key >> 8) & 0xff, key & 0xff];
  const slot = new Map(kept.map((key, i) => [key, i]));
  const nearest = (key) => {
    if (!slot.has(key)) {
      const [r, g, b] = channels(key);
      let best = 0;
      let distance = Infinity;
      kept.forEach((other, i) => {
        const [r2, g2, b2] = channels(other);
        const d = (r - r2) ** 2 + (g - g2) ** 2 + (b - b2) ** 2;
        if (d < distance) [best, distance] = [i, d];
      });
      slot.set(key, best);
    }
    return slot.get(key);
  };
  const index = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) index[y * (width + 1) + 1 + x] = nearest(rgba.readUIntBE((y * width + x) * 4, 3));
  }
  const palette = Buffer.alloc(kept.length * 3);
  kept.forEach((key, i) => palette.writeUIntBE(key, i * 3, 3));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 3;
  return {
    colours: count.size,
    png: Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("PLTE", palette),
      chunk("IDAT", deflateSync(index, { level: 9, memLevel: 9 })),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  };
}

const svg = readFileSync(source, "utf8");
if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg\b/.test(svg)) {
  console.error(`link-preview: ${source} is not an SVG file`);
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"] });
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
  // Nothing from the network: a font or picture the source names from elsewhere stays out.
  await page.route("**/*", (route) => route.abort());
  await page.setContent(`<!doctype html><html><body style="margin:0;overflow:hidden">${svg}</body></html>`);
  const shot = await page.screenshot({ clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT }, type: "png" });
  const picture = pixels(shot);
  const small = picture && indexed(picture);
  const png = small && small.png.length < shot.length ? small.png : shot;
  writeFileSync(out, png);
  const how = png === shot ? "as Chromium wrote it" : `${small.colours} colours in a palette of ${Math.min(small.colours, 256)}`;
  console.log(`link-preview: ${out}, ${WIDTH}×${HEIGHT}, ${png.length} bytes (${how})`);
} finally {
  await browser.close();
}
