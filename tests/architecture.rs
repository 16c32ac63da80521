//! Guards the architecture: the core under src/model/ never touches web types.

use std::fs;
use std::path::Path;

#[test]
fn the_core_never_mentions_web_crates() {
    let forbidden = ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut checked = 0;
    for entry in fs::read_dir(&dir).expect("src/model exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).expect("readable source");
            for word in forbidden {
                assert!(
                    !text.contains(word),
                    "{} mentions {word}: the core must stay free of web types",
                    path.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 4, "expected the core's files, found {checked}");
}
