//! Compiles the built-in questionnaires in `content/` into the app.
//!
//! Each file is read and validated with the same code the app's core uses; a file with problems
//! stops the build and every problem is listed with its place. The valid catalog is written in
//! postcard, a compact binary serde format, so the wasm carries neither the JSON text nor a JSON
//! parser (see docs/PERFORMANCE.md).
//!
//! `catalog.bin` holds what most visitors need (the current client seat in its first language)
//! and is compiled into the wasm. The rest is fetched from the app's own origin when needed, so
//! it is not part of a visitor's first load: `questionnaire.<seat>.<lang>.bin`, one current seat
//! in one language (a visitor reading German, or a firm's provider lens), and
//! `questionnaires.bin`, the whole catalog (every seat and language, and the released versions
//! that old links and saved progress name). The post-build hook (`scripts/post-build`) copies
//! them into `dist/`.

#[allow(dead_code)]
#[path = "src/model/questionnaire.rs"]
mod questionnaire;

#[path = "src/model/checksum.rs"]
mod checksum;

#[allow(dead_code)]
#[path = "src/model/template.rs"]
mod template;

#[path = "src/model/explainer.rs"]
mod explainer;

// The interface's texts: the German ones travel with the German parts of the catalog, so the
// visitor's wasm carries only English (see `app::text::install`). `de.rs` names `Lang` and
// `Ui` from its parent, which is this file.
#[allow(dead_code)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    De,
}
include!("src/app/text/keys.rs");
#[path = "src/app/text/de.rs"]
mod de;

/// The interface texts that go with a language's fetched parts: `(language, texts in the order
/// of the list)`, none for English, which the wasm carries.
fn interface_texts(lang: &str) -> Vec<(String, Vec<String>)> {
    match lang {
        "de" => vec![(
            "de".to_string(),
            de::DE
                .entries()
                .into_iter()
                .map(|(_, t)| t.to_string())
                .collect(),
        )],
        _ => Vec::new(),
    }
}

use std::path::Path;
use std::{env, fs, process};

/// The catalog, in the order `model::builtin::catalog` returns it: current versions first, one
/// per seat, then every older version that links may still name. The first is compiled in (in
/// its first language); all of them go to `questionnaires.bin`.
const CATALOG: &[&str] = &[
    "content/questionnaire.json",
    "content/provider.json",
    "content/v2/questionnaire.json",
    "content/v2/provider.json",
    "content/v1/questionnaire.json",
    "content/v1/provider.json",
];

/// The texts of the page on how the assessment works (see `explainer.rs`).
const EXPLAINER: &str = "content/how-it-works.json";

fn main() {
    println!("cargo::rerun-if-changed=src/model/questionnaire.rs");
    println!("cargo::rerun-if-changed=src/model/checksum.rs");
    println!("cargo::rerun-if-changed=src/model/explainer.rs");
    println!("cargo::rerun-if-changed=src/app/text/keys.rs");
    println!("cargo::rerun-if-changed=src/app/text/de.rs");
    println!("cargo::rerun-if-changed={EXPLAINER}");
    let mut catalog = Vec::new();
    let mut failed = false;
    for path in CATALOG {
        println!("cargo::rerun-if-changed={path}");
        let text = fs::read_to_string(path).unwrap_or_else(|e| {
            eprintln!("error: cannot read {path}: {e}");
            process::exit(1)
        });
        match questionnaire::Questionnaire::from_json(&text) {
            Ok(q) => catalog.push(q),
            Err(problems) => {
                failed = true;
                eprintln!("error: {path} has problems:\n{problems}");
            }
        }
    }
    if failed {
        process::exit(1);
    }
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    write_explainer(&out, &catalog[0], &catalog[1]);
    let catalog: Vec<_> = catalog.into_iter().map(for_the_app).collect();
    let first = catalog[0].languages[0].clone();
    let embedded = vec![catalog[0].clone().in_languages(&[&first])];
    let write = |name: &str, bytes: &[u8]| {
        fs::write(Path::new(&out).join(name), bytes).expect("OUT_DIR is writable")
    };
    // One part per current seat and language (`questionnaire.<seat>.<lang>.bin`): what a
    // visitor who answers that seat in that language fetches, rather than the whole catalog.
    // Each holds the first language too, which the wasm carries anyway, so that a part
    // replaces the questionnaire the app has rather than being merged into it (merging
    // measured 3.2 KB brotli more in every visitor's wasm). The app knows each part's
    // checksum, so it accepts only this release's.
    let mut parts = String::from(
        "/// Each part's seat, language and checksum, as the build script wrote them.\n\
         const PARTS: &[(&str, &str, u32)] = &[\n",
    );
    for q in catalog.iter().take(2) {
        let seat = q.seat.id();
        for lang in &q.languages {
            // The same shape as the whole catalog (a list, then texts), so the app reads both
            // with one decoder.
            let part = (
                vec![q.clone().in_languages(&[&first, lang])],
                interface_texts(lang),
            );
            let bytes = postcard::to_allocvec(&part).expect("a validated questionnaire serializes");
            write(&format!("questionnaire.{seat}.{lang}.bin"), &bytes);
            let crc = checksum::crc32(&bytes);
            parts.push_str(&format!("    ({seat:?}, {lang:?}, {crc:#010x}),\n"));
        }
    }
    parts.push_str("];\n");
    write("parts.rs", parts.as_bytes());
    let more = postcard::to_allocvec(&(&catalog, interface_texts("de")))
        .expect("a validated catalog serializes");
    // The app accepts the fetched file only with this checksum: a stale copy from another
    // release is refused, never misread.
    write("questionnaires.crc", &checksum::crc32(&more).to_be_bytes());
    write("questionnaires.bin", &more);
    // In the shape of a fetched file (no interface texts: English is compiled in), so the app
    // reads all three with one decoder.
    let no_texts: Vec<(String, Vec<String>)> = Vec::new();
    write(
        "catalog.bin",
        &postcard::to_allocvec(&(&embedded, no_texts)).expect("a validated catalog serializes"),
    );
}

/// Each item's `seed` (which essay and idea it comes from) is for the people who maintain the
/// text, and each dimension's `idea` is on the static page on how the assessment works: the app
/// carries neither.
fn for_the_app(mut q: questionnaire::Questionnaire) -> questionnaire::Questionnaire {
    for item in &mut q.items {
        item.seed.clear();
    }
    for dimension in &mut q.dimensions {
        dimension.idea = None;
    }
    q
}

/// Writes the page on how the assessment works, one file per language, for the current seats;
/// the post-build hook copies them next to the app.
fn write_explainer(
    out: &str,
    q: &questionnaire::Questionnaire,
    provider: &questionnaire::Questionnaire,
) {
    let text = fs::read_to_string(EXPLAINER).unwrap_or_else(|e| {
        eprintln!("error: cannot read {EXPLAINER}: {e}");
        process::exit(1)
    });
    let texts: explainer::ExplainerText = serde_json::from_str(&text).unwrap_or_else(|e| {
        eprintln!("error: {EXPLAINER}: {e}");
        process::exit(1)
    });
    let missing = texts.missing(&q.languages);
    if !missing.is_empty() {
        eprintln!(
            "error: {EXPLAINER}: missing or empty: {}",
            missing.join(", ")
        );
        process::exit(1);
    }
    for lang in &q.languages {
        let path = Path::new(out).join(explainer::file_name(lang));
        fs::write(path, explainer::page(q, provider, &texts, lang)).expect("OUT_DIR is writable");
    }
}
