// Gives the names the JS glue and its wasm share short names, in both files at once:
//   node scripts/short-names.mjs <glue.js> <wasm>
//
// wasm-bindgen names each import after the function it binds and a 16-digit hash
// (`__wbg_createElement_8c9931a732ee2fea`), the exported closures after their Rust paths and a
// hash, and the import module after the glue's file (`./partner-or-vendor_bg.js`). Every one of
// these names is written twice, in the wasm's import or export section and in the glue, and the
// hashes do not compress: about 2 KB brotli of a visitor's first load for names nobody reads.
// Only the glue and the wasm use them (the glue builds the imports object and calls the exports;
// nothing else reaches into either), so this renames them consistently and changes nothing else:
// every import of the glue's module gets a short name, and so does every export the glue calls
// but the memory and `main`. Run on release builds by scripts/post-build, after terser.
//
// It refuses, leaving both files as they were, when the glue does not spell each name the way
// this expects (each import once, as a key of the imports object; each export it calls only as
// a property; the module once, as a quoted key), so a different wasm-bindgen fails the build rather than
// shipping glue that no longer matches its wasm.
import { readFileSync, writeFileSync } from "node:fs";

/** Exports kept by name: the memory, and the Rust `main` (both part of wasm-bindgen's own API). */
const KEEP = new Set(["memory", "main"]);

/** The n-th short identifier: a…z, A…Z, then two characters, and so on. */
export const shortName = (n) => {
  const first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const rest = `${first}0123456789`;
  let name = first[n % first.length];
  n = Math.floor(n / first.length);
  while (n > 0) {
    n -= 1;
    name += rest[n % rest.length];
    n = Math.floor(n / rest.length);
  }
  return name;
};

/** An unsigned LEB128 number at `at`: its value and where the next field begins. */
const readLeb = (bytes, at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [value, at];
  }
};
const leb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
};
const readName = (bytes, at) => {
  const [length, start] = readLeb(bytes, at);
  return [bytes.subarray(start, start + length).toString("utf8"), start + length];
};
const name = (text) => {
  const utf8 = Buffer.from(text, "utf8");
  return Buffer.concat([leb(utf8.length), utf8]);
};
/** Skips a limits field (tables and memories). */
const skipLimits = (bytes, at) => {
  const flags = bytes[at++];
  [, at] = readLeb(bytes, at);
  if (flags & 1) [, at] = readLeb(bytes, at);
  return at;
};

/** The wasm's sections, each as its id and its content's bytes. */
const sections = (wasm) => {
  if (wasm.readUInt32LE(0) !== 0x6d736100 || wasm.readUInt32LE(4) !== 1) {
    throw new Error("not a WebAssembly module (version 1)");
  }
  const found = [];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    found.push({ id, content: wasm.subarray(start, start + size) });
    at = start + size;
  }
  return found;
};

/** The import section with new names: `rename(module, field)` gives `[module, field]`. */
const renameImports = (content, rename) => {
  let [count, at] = readLeb(content, 0);
  const parts = [leb(count)];
  for (; count > 0; count--) {
    let module;
    let field;
    [module, at] = readName(content, at);
    [field, at] = readName(content, at);
    const start = at;
    const kind = content[at++];
    if (kind === 0) [, at] = readLeb(content, at); // a function: its type
    else if (kind === 1) at = skipLimits(content, at + 1); // a table: element type, limits
    else if (kind === 2) at = skipLimits(content, at); // a memory
    else if (kind === 3) at += 2; // a global: value type, mutability
    else throw new Error(`import ${module} ${field}: unknown kind ${kind}`);
    const [newModule, newField] = rename(module, field);
    parts.push(name(newModule), name(newField), content.subarray(start, at));
  }
  if (at !== content.length) throw new Error("import section: trailing bytes");
  return Buffer.concat(parts);
};

/** The export section with new names: `rename(field)` gives the new one. */
const renameExports = (content, rename) => {
  let [count, at] = readLeb(content, 0);
  const parts = [leb(count)];
  for (; count > 0; count--) {
    let field;
    [field, at] = readName(content, at);
    const start = at;
    [, at] = readLeb(content, at + 1); // kind, index
    parts.push(name(rename(field)), content.subarray(start, at));
  }
  if (at !== content.length) throw new Error("export section: trailing bytes");
  return Buffer.concat(parts);
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A name as a whole identifier in JS text (not part of a longer one). */
const identifier = (text) => new RegExp(`(?<![\\w$])${escape(text)}(?![\\w$])`, "g");

/** Both files with short names; throws when the glue does not match its wasm as expected. */
export const shorten = (glue, wasm) => {
  const all = sections(wasm);
  const imports = all.find((s) => s.id === 2);
  const exports = all.find((s) => s.id === 7);
  if (!imports || !exports) throw new Error("the wasm has no import or no export section");

  // The glue's own module (`./<name>_bg.js`), which the glue spells as a quoted key; the modules
  // of JS snippets, if a build ever has any, keep their names.
  const moduleNames = new Set();
  renameImports(imports.content, (module, field) => (moduleNames.add(module), [module, field]));
  const own = [...moduleNames].filter((m) => m.endsWith("_bg.js") && glue.includes(`"${m}":`));
  if (own.length !== 1) throw new Error(`expected the glue to name its own module once, found ${own.length}`);
  const [module] = own;
  if (glue.split(`"${module}":`).length !== 2) throw new Error(`the glue names ${module} more than once`);

  let next = 0;
  const importNames = new Map();
  const newImports = renameImports(imports.content, (m, field) => {
    if (m !== module) return [m, field];
    if (!importNames.has(field)) importNames.set(field, shortName(next++));
    return ["w", importNames.get(field)];
  });
  next = 0;
  const exportNames = new Map();
  // Exports the glue does not call (wasm-bindgen's own hooks for other hosts) keep their names.
  const newExports = renameExports(exports.content, (field) => {
    if (KEEP.has(field) || !identifier(field).test(glue)) return field;
    exportNames.set(field, shortName(next++));
    return exportNames.get(field);
  });

  let text = glue.replace(`"${module}":`, "w:");
  for (const [long, short] of importNames) {
    const found = text.match(identifier(long))?.length ?? 0;
    if (found !== 1 || !new RegExp(`[{,]\\s*${escape(long)}\\s*:`).test(text)) {
      throw new Error(`import ${long}: the glue spells it ${found} times, not once as a key`);
    }
    text = text.replace(identifier(long), short);
  }
  for (const [long, short] of exportNames) {
    const found = text.match(identifier(long)).length;
    if (text.split(`.${long}`).length - 1 !== found) {
      throw new Error(`export ${long}: the glue spells it other than as a property`);
    }
    text = text.replace(identifier(long), short);
  }

  const out = [wasm.subarray(0, 8)];
  for (const section of all) {
    const content = section === imports ? newImports : section === exports ? newExports : section.content;
    out.push(Buffer.from([section.id]), leb(content.length), content);
  }
  return { glue: text, wasm: Buffer.concat(out) };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const [gluePath, wasmPath] = process.argv.slice(2);
  if (!gluePath || !wasmPath) {
    console.error("usage: node scripts/short-names.mjs <glue.js> <wasm>");
    process.exit(2);
  }
  try {
    const { glue, wasm } = shorten(readFileSync(gluePath, "utf8"), readFileSync(wasmPath));
    writeFileSync(gluePath, glue);
    writeFileSync(wasmPath, wasm);
  } catch (error) {
    console.error(`short-names: ${gluePath}: ${error.message}`);
    process.exit(1);
  }
}
