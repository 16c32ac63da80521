//! The docs as a map that cannot go stale: ARCHITECTURE.md names every folder under `src/` by
//! its path (as `` `src/…/` ``) and no `src/…` path that does not exist, and every relative link
//! in the top-level docs and `docs/*.md` leads to a file that exists.

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every folder under `dir`, recursively, as a path relative to the repository (`src/app/`).
fn folders(dir: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.is_dir())
        .collect();
    entries.sort();
    for path in entries {
        let relative = path.strip_prefix(root()).expect("under the repository");
        out.push(format!(
            "{}/",
            relative.to_string_lossy().replace('\\', "/")
        ));
        folders(&path, out);
    }
}

/// Every `src/…` path the text names (letters, digits, `_`, `-`, `.`, `/`), without a trailing
/// full stop.
fn src_paths(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(offset) = text[at..].find("src/") {
        let start = at + offset;
        // Only where `src/` begins a path, not inside another word (`docs/src/`).
        let begins = start == 0
            || !matches!(bytes[start - 1], b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'/' | b'.' | b'-');
        let mut end = start + 4;
        while end < bytes.len()
            && matches!(bytes[end], b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'/' | b'.' | b'-')
        {
            end += 1;
        }
        if begins {
            found.push(text[start..end].trim_end_matches('.').to_string());
        }
        at = end;
    }
    found
}

#[test]
fn architecture_names_every_folder_under_src_by_its_path() {
    let map = read(&root().join("ARCHITECTURE.md"));
    let mut all = Vec::new();
    folders(&root().join("src"), &mut all);
    assert!(all.len() >= 12, "found only {all:?}");
    let missing: Vec<&String> = all
        .iter()
        .filter(|folder| !map.contains(&format!("`{folder}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md has no section naming {missing:?} (as `src/…/`): add what it owns and its invariant"
    );
}

#[test]
fn architecture_names_no_src_path_that_does_not_exist() {
    let map = read(&root().join("ARCHITECTURE.md"));
    let paths = src_paths(&map);
    assert!(paths.iter().any(|p| p == "src/model/"), "{paths:?}");
    let stale: Vec<&String> = paths.iter().filter(|p| !root().join(p).exists()).collect();
    assert!(
        stale.is_empty(),
        "ARCHITECTURE.md names paths that do not exist: {stale:?}"
    );
}

/// The targets of the markdown links `[text](target)` in `text`, without their `#anchor`.
fn link_targets(text: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        rest = &rest[at + 2..];
        let Some(end) = rest.find(')') else { break };
        let target = rest[..end].trim();
        rest = &rest[end..];
        let target = target.split('#').next().unwrap_or("");
        let external = target.contains("://") || target.starts_with("mailto:");
        if !target.is_empty() && !external && !target.contains(' ') {
            targets.push(target.to_string());
        }
    }
    targets
}

#[test]
fn every_relative_link_in_the_docs_leads_to_a_file() {
    let mut pages: Vec<PathBuf> = [
        "README.md",
        "CONTRIBUTING.md",
        "ARCHITECTURE.md",
        "CHANGELOG.md",
    ]
    .iter()
    .map(|name| root().join(name))
    .collect();
    let mut docs: Vec<PathBuf> = fs::read_dir(root().join("docs"))
        .expect("docs/ is readable")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    pages.extend(docs);
    let mut broken = Vec::new();
    let mut checked = 0;
    for page in &pages {
        let text = read(page);
        let dir = page.parent().expect("a page has a folder");
        for target in link_targets(&text) {
            checked += 1;
            if !dir.join(&target).exists() {
                let name = page.strip_prefix(root()).unwrap_or(page);
                broken.push(format!("{}: {target}", name.display()));
            }
        }
    }
    assert!(
        checked > 20,
        "only {checked} links found: is the link reader broken?"
    );
    assert!(
        broken.is_empty(),
        "links to files that do not exist: {broken:#?}"
    );
}

#[test]
fn the_readers_find_what_they_should() {
    assert_eq!(
        src_paths("see `src/app/team/`, src/main.rs. and docs/src/x"),
        ["src/app/team/", "src/main.rs"]
    );
    assert_eq!(
        link_targets("[a](docs/x.md#y) [b](https://e.example/) [c](../A.md)"),
        ["docs/x.md", "../A.md"]
    );
}
