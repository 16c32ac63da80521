//! Guards the architecture: the core under src/model/ never touches web types, and the team
//! view and the assessment's screens never import each other.

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

/// The shell's modules: each file or folder directly under src/app, and `app` for the items
/// src/app/mod.rs defines itself (App and its props).
fn shell_module_of(path: &Path, app: &Path) -> String {
    let rel = path.strip_prefix(app).expect("a file under src/app");
    let first = rel.components().next().expect("a path").as_os_str();
    let first = first.to_string_lossy();
    match first.strip_suffix(".rs") {
        Some("mod") => "app".to_string(),
        Some(file) => file.to_string(),
        None => first.to_string(),
    }
}

/// The shell modules a file names: `crate::app::x…` and, in a file directly under src/app,
/// `super::x…` (an item of src/app/mod.rs itself counts as `app`), with `use` groups
/// (`crate::app::{a, b::c}`) read item by item.
fn shell_imports(text: &str, top_level: bool, modules: &[String]) -> Vec<String> {
    let mut named = Vec::new();
    let mut prefixes = vec!["crate::app::"];
    if top_level {
        prefixes.push("super::");
    }
    for prefix in prefixes {
        for (at, _) in text.match_indices(prefix) {
            let rest = &text[at + prefix.len()..];
            let items: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                group[..end].split(',').collect()
            } else {
                vec![rest]
            };
            for item in items {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if name.is_empty() || name == "self" {
                    continue;
                }
                named.push(if modules.contains(&name) {
                    name
                } else {
                    "app".to_string()
                });
            }
        }
    }
    named
}

#[test]
fn the_shell_imports_in_one_direction_and_the_browser_layer_never_reaches_up() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // Nothing under src/browser knows the shell above it.
    for path in rust_files(&root.join("browser")) {
        let text = fs::read_to_string(&path).expect("readable source");
        // Code only: a comment may say what this layer must not know.
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        assert!(
            !code.contains("crate::app"),
            "{} imports crate::app: src/browser is below the shell",
            path.display()
        );
    }
    // Among the shell's modules, no circle: what two modules share lives below both.
    let app = root.join("app");
    let mut modules: Vec<String> = fs::read_dir(&app)
        .expect("src/app is readable")
        .map(|e| e.expect("readable entry").path())
        .map(|p| shell_module_of(&p, &app))
        .collect();
    modules.sort();
    let mut edges: Vec<(String, String)> = Vec::new();
    for path in rust_files(&app) {
        let from = shell_module_of(&path, &app);
        let top_level = path.parent() == Some(app.as_path());
        let text = fs::read_to_string(&path).expect("readable source");
        for to in shell_imports(&text, top_level, &modules) {
            if to != from && !edges.contains(&(from.clone(), to.clone())) {
                edges.push((from.clone(), to));
            }
        }
    }
    assert!(
        edges.len() > 20,
        "the shell's imports were found: {edges:?}"
    );
    // A depth-first search from each module; a module reached again on the current path is a
    // circle, named in full.
    fn visit(at: &str, path: &mut Vec<String>, edges: &[(String, String)], done: &mut Vec<String>) {
        if let Some(k) = path.iter().position(|m| m == at) {
            panic!(
                "an import circle in the shell: {}",
                [&path[k..], &[at.to_string()]].concat().join(" → ")
            );
        }
        if done.iter().any(|m| m == at) {
            return;
        }
        path.push(at.to_string());
        for (from, to) in edges {
            if from == at {
                visit(to, path, edges, done);
            }
        }
        path.pop();
        done.push(at.to_string());
    }
    let mut done = Vec::new();
    for module in &modules {
        visit(module, &mut Vec::new(), &edges, &mut done);
    }
}

/// The modules under `src/app` a file names, from `crate::app::…` paths and from `super::`
/// paths that reach `app` itself (`super::` in `app/x.rs` or `app/x/mod.rs`,
/// `super::super::` in `app/x/y.rs`): `use crate::app::{a, b::c}` names `a` and `b`.
fn app_modules_named(app: &Path, path: &Path) -> Vec<String> {
    let text = fs::read_to_string(path).expect("readable source");
    let rel = path.strip_prefix(app).expect("a file under src/app");
    let parts: Vec<_> = rel.components().collect();
    let below_app = parts.len() - usize::from(rel.ends_with("mod.rs"));
    let mut prefixes = vec!["crate::app::".to_string()];
    if below_app >= 1 {
        prefixes.push("super::".repeat(below_app));
    }
    let mut names = Vec::new();
    for prefix in &prefixes {
        for (at, _) in text.match_indices(prefix.as_str()) {
            // `super::super::x` also contains `super::x`: only the whole chain counts.
            if prefix.starts_with("super") && text[..at].ends_with("super::") {
                continue;
            }
            let rest = &text[at + prefix.len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let (mut depth, mut segment) = (0, String::new());
                for c in group.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            names.push(first_name(&segment));
                            segment.clear();
                            continue;
                        }
                        _ => {}
                    }
                    segment.push(c);
                }
                names.push(first_name(&segment));
            } else {
                names.push(first_name(rest));
            }
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

fn first_name(path: &str) -> String {
    path.trim()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

#[test]
fn the_team_view_and_the_visitors_screens_do_not_know_each_other() {
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
    // The assessment's screens and their start-up and state: the team view shares only what
    // lies below both (`app::parts`, the text tables, the language, the address) and the core.
    let screens = [
        "intro",
        "question",
        "result",
        "comparison",
        "share",
        "earlier",
        "screens",
        "start",
        "state",
    ];
    let team = rust_files(&app.join("team"));
    assert!(team.len() >= 5, "expected the team view's files");
    for path in &team {
        for name in app_modules_named(&app, path) {
            assert!(
                !screens.contains(&name.as_str()),
                "{} imports app::{name}: the team view must not know the assessment's screens",
                path.display()
            );
        }
    }
    let mut visitor = rust_files(&app.join("parts"));
    for screen in screens {
        let folder = app.join(screen);
        if folder.is_dir() {
            visitor.extend(rust_files(&folder));
        } else {
            visitor.push(app.join(format!("{screen}.rs")));
        }
    }
    for path in &visitor {
        for name in app_modules_named(&app, path) {
            assert!(
                name != "team",
                "{} imports app::team: the assessment's screens and app::parts must not know the team view",
                path.display()
            );
        }
    }
}
