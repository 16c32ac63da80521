//! Guards the architecture: the core under src/model/ never touches web types.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, in subfolders too (a module split into a folder stays guarded).
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("src/model and its folders are readable") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_core_never_mentions_web_crates() {
    let forbidden = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let files = rust_files(&dir);
    for path in &files {
        let text = fs::read_to_string(path).expect("readable source");
        for word in forbidden {
            assert!(
                !text.contains(word),
                "{} mentions {word}: the core must stay free of web types",
                path.display()
            );
        }
    }
    assert!(
        files.len() >= 4,
        "expected the core's files, found {}",
        files.len()
    );
}
