//! `scripts/short-names.mjs`, which the release build runs on each page's JS glue and wasm, run by
//! node on a small module made here: the renamed glue still instantiates its renamed wasm and
//! calls through it, and glue that does not spell the names as expected is refused.

use std::process::Command;

/// Runs an ES module with node from the repository's root and returns what it printed.
fn node(script: &str) -> String {
    let output = Command::new("node")
        .args(["--input-type=module", "-e", script])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("node (which the release build needs for terser) runs");
    assert!(
        output.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("node prints text")
}

/// A module as wasm-bindgen makes one, in miniature: it imports one function from the glue's own
/// module and exports its memory and a start function that calls the import. `GLUE` is glue in
/// terser's style that instantiates it (the wasm's bytes as `W`), starts it, and returns what the
/// import recorded.
const MODULE: &str = r#"
import { shorten, shortName } from "./scripts/short-names.mjs";
const leb = (n) => { const out = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n); return out; };
const text = (s) => [...leb(s.length), ...Buffer.from(s)];
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
const wasm = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 0, 0]),
  ...section(2, [1, ...text("./x_bg.js"), ...text("__wbg_log_0123456789abcdef"), 0, 0]),
  ...section(3, [1, 0]),
  ...section(5, [1, 0, 1]),
  ...section(7, [2, ...text("memory"), 2, 0, ...text("__wbindgen_start"), 0, 1]),
  ...section(10, [1, 4, 0, 0x10, 0, 0x0b]),
]);
const GLUE = 'const t=[];function n(){const n={__proto__:null,__wbg_log_0123456789abcdef:function(){t.push(E.memory.buffer.byteLength)}};return{__proto__:null,"./x_bg.js":n}}const E=new WebAssembly.Instance(new WebAssembly.Module(W),n()).exports;E.__wbindgen_start();return t';
const run = (glue, bytes) => new Function("W", glue)(bytes);
const refused = (glue) => { try { shorten(glue, wasm); return "accepted"; } catch (e) { return "refused"; } };
"#;

#[test]
fn the_renamed_glue_still_calls_through_its_renamed_wasm() {
    let out = node(&format!(
        "{MODULE}
        const before = run(GLUE, wasm);
        const short = shorten(GLUE, wasm);
        const module = new WebAssembly.Module(short.wasm);
        console.log(JSON.stringify({{
          before, after: run(short.glue, short.wasm),
          imports: WebAssembly.Module.imports(module).map((i) => `${{i.module}}.${{i.name}}`),
          exports: WebAssembly.Module.exports(module).map((e) => e.name),
          long: /__wbg_log|__wbindgen_start|x_bg/.test(short.glue),
          smaller: short.wasm.length < wasm.length && short.glue.length < GLUE.length,
        }}));"
    ));
    assert_eq!(
        out.trim(),
        r#"{"before":[65536],"after":[65536],"imports":["w.a"],"exports":["memory","a"],"long":false,"smaller":true}"#
    );
}

#[test]
fn short_names_are_distinct_identifiers() {
    let out = node(&format!(
        "{MODULE}
        const names = Array.from({{ length: 5000 }}, (_, n) => shortName(n));
        console.log(new Set(names).size, names.every((n) => /^[A-Za-z][A-Za-z0-9]*$/.test(n)), names[0], names[52], names[4999].length);"
    ));
    assert_eq!(out.trim(), "5000 true a aa 3");
}

#[test]
fn glue_that_spells_a_name_otherwise_is_refused() {
    let out = node(&format!(
        r#"{MODULE}
        console.log([
          GLUE,
          GLUE.replace('return t', 'return t.concat("__wbg_log_0123456789abcdef")'),
          GLUE.replace('"./x_bg.js":n', '["./x_bg.js"]:n'),
          GLUE.replace('E.__wbindgen_start()', 'const {{__wbindgen_start:s}}=E;s()'),
        ].map(refused).join(" "));"#
    ));
    assert_eq!(out.trim(), "accepted refused refused refused");
}
