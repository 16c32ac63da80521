//! Compiles the built-in questionnaires in `content/` into the app.
//!
//! Each file is read and validated with the same code the app's core uses; a file with problems
//! stops the build and every problem is listed with its place. The valid catalog is written in
//! postcard, a compact binary serde format, so the wasm carries neither the JSON text nor a JSON
//! parser (see docs/PERFORMANCE.md).

#[allow(dead_code)]
#[path = "src/model/questionnaire.rs"]
mod questionnaire;

use std::path::Path;
use std::{env, fs, process};

/// The catalog, in the order `model::builtin::catalog` returns it: current versions first, one
/// per seat, then every older version that links may still name.
const CATALOG: &[&str] = &[
    "content/questionnaire.json",
    "content/provider.json",
    "content/v1/questionnaire.json",
    "content/v1/provider.json",
];

fn main() {
    println!("cargo::rerun-if-changed=src/model/questionnaire.rs");
    let mut catalog = Vec::new();
    let mut failed = false;
    for path in CATALOG {
        println!("cargo::rerun-if-changed={path}");
        let text = fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("error: cannot read {path}: {e}");
            process::exit(1)
        });
        match questionnaire::Questionnaire::from_json(&text) {
            Ok(q) => catalog.push(without_seeds(q)),
            Err(problems) => {
                failed = true;
                eprintln!("error: {path} has problems:\n{problems}");
            }
        }
    }
    if failed {
        process::exit(1);
    }
    let bytes = postcard::to_allocvec(&catalog).expect("a validated catalog serializes");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.bin");
    fs::write(&out, bytes).expect("OUT_DIR is writable");
}

/// Each item's `seed` (which essay and idea it comes from) is for the people who maintain the
/// text; visitors never see it, so the app does not carry it.
fn without_seeds(mut q: questionnaire::Questionnaire) -> questionnaire::Questionnaire {
    for item in &mut q.items {
        item.seed.clear();
    }
    q
}
