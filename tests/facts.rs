//! Facts written in more than one place (because Rust, JavaScript, CSS, HTML and the README
//! each need them) must agree: each copy is checked here against its one source.

use partner_or_vendor::app::text;
use partner_or_vendor::model::builtin;
use partner_or_vendor::model::progress::STORAGE_KEY_PREFIX;
use partner_or_vendor::model::settings::{DARK_TEXT, LIGHT_TEXT};

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_content_security_policy_is_the_one_the_readme_documents() {
    let policy = read("deploy/content-security-policy.txt");
    let policy = policy.trim();
    assert!(policy.starts_with("default-src 'self'"), "{policy}");
    assert!(!policy.contains('\n'));
    let deployment = read("docs/deployment.md");
    assert!(
        deployment.contains(&format!("Content-Security-Policy: {policy}\n")),
        "docs/deployment.md shows another policy than deploy/content-security-policy.txt"
    );
    // The test server and the end-to-end suite read the file rather than copy it.
    for path in ["scripts/static-server.mjs", "tests/e2e/embed.spec.mjs"] {
        let source = read(path);
        assert!(
            source.contains("deploy/content-security-policy.txt"),
            "{path}"
        );
        assert!(
            !source.contains("default-src"),
            "{path} has its own copy of the policy"
        );
    }
}

#[test]
fn saved_progress_is_found_under_one_key_everywhere() {
    let key = format!("{STORAGE_KEY_PREFIX}{}", builtin::questionnaire().id);
    assert!(read("tests/e2e/assessment.mjs")
        .contains(&format!("export const PROGRESS_KEY = \"{key}\";")));
    assert!(
        read("docs/how-it-works.md").contains(&format!("`{STORAGE_KEY_PREFIX}<questionnaire id>`"))
    );
    for path in [
        "tests/e2e/journey.spec.mjs",
        "tests/e2e/catalog.spec.mjs",
        "tests/e2e/accessibility.spec.mjs",
    ] {
        assert!(
            !read(path).contains(STORAGE_KEY_PREFIX),
            "{path} has its own copy"
        );
    }
}

#[test]
fn the_text_colours_on_the_accent_are_the_stylesheets() {
    let css = read("styles/main.css");
    assert!(
        css.contains(&format!("--on-accent: {LIGHT_TEXT};")),
        "{LIGHT_TEXT}"
    );
    assert!(
        css.contains(&format!("--text: {DARK_TEXT};")),
        "{DARK_TEXT}"
    );
}

#[test]
fn the_loaders_trigger_colours_are_the_apps() {
    let css = read("styles/main.css");
    let loader = read("embed.js");
    let accent = css
        .split("--accent: ")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .expect("main.css sets --accent");
    assert!(
        loader.contains(&format!("var ACCENT = \"{accent}\";")),
        "{accent}"
    );
    assert!(loader.contains(&format!("var LIGHT = \"{LIGHT_TEXT}\";")));
    assert!(loader.contains(&format!("var DARK = \"{DARK_TEXT}\";")));
}

#[test]
fn the_loader_passes_on_exactly_the_apps_settings_and_is_ascii() {
    use partner_or_vendor::model::settings::{Settings, SETTINGS};
    let loader = read("embed.js");
    assert!(loader.contains(&format!(
        "var SETTINGS = /^data-({})$/;",
        SETTINGS.join("|")
    )));
    // Each is a setting the app reads.
    for name in SETTINGS {
        let mut settings = Settings::default();
        let refused = settings.set(name, "");
        assert_ne!(
            refused,
            Err(partner_or_vendor::model::settings::Reason::UnknownSetting),
            "{name}"
        );
    }
    // A classic script on a firm's page is read in that page's encoding.
    assert!(loader.is_ascii(), "embed.js has a character outside ASCII");
}

#[test]
fn every_page_tells_a_browser_without_modules_what_it_needs_in_a_script_it_can_run() {
    for page in ["index.html", "team.html", "configure.html"] {
        assert!(
            read(page).contains(r#"<script nomodule defer src="nomodule.js"></script>"#),
            "{page} has no nomodule script"
        );
    }
    // Written for browsers without modules: ES5 and ASCII, so no arrow, no let or const, no
    // template literal.
    let script = read("nomodule.js");
    let code: String = script
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect();
    assert!(script.is_ascii());
    for later in ["=>", "let ", "const ", "`", "class "] {
        assert!(!code.contains(later), "nomodule.js uses {later:?}");
    }
}

#[test]
fn start_js_chooses_the_language_by_the_apps_rule() {
    use partner_or_vendor::model::settings::LANGUAGES;
    let start = read("start.js");
    let list: Vec<String> = LANGUAGES.iter().map(|l| format!("\"{l}\"")).collect();
    assert!(start.contains(&format!("const LANGUAGES = [{}];", list.join(", "))));
    // A setting only when it is exactly one of them; a preference by its primary subtag.
    assert!(start.contains(".find((code) => LANGUAGES.includes(code));"));
    assert!(start.contains(r#"code.split(/[-_]/)[0].toLowerCase()"#));
    assert!(!start.contains(".slice(0, 2)"));
}

#[test]
fn the_loader_knows_the_placements_the_configurator_writes() {
    use partner_or_vendor::model::settings::{Mode, BUTTON_LABEL, BUTTON_LABEL_MAX, MODE, SIDE};
    let loader = read("embed.js");
    let names: Vec<String> = Mode::ALL
        .iter()
        .map(|m| format!("\"{}\"", m.name()))
        .collect();
    assert!(loader.contains(&format!("var MODES = [{}];", names.join(", "))));
    assert!(loader.contains(&format!(
        "/^data-(?!({MODE}|{SIDE}|{BUTTON_LABEL}|partner-or-vendor)$)/"
    )));
    assert!(loader.contains(&format!(
        "getAttribute(\"data-{BUTTON_LABEL}\") || \"\").trim().slice(0, {BUTTON_LABEL_MAX})"
    )));
}

#[test]
fn the_page_shows_the_apps_own_intro_lead_before_the_wasm_arrives() {
    let html = read("index.html");
    assert!(
        html.contains(text::EN.intro_lead_client),
        "index.html's placeholder lead differs from the app's intro_lead_client"
    );
}

#[test]
fn the_pages_own_start_is_a_link_to_the_apps_first_question() {
    use partner_or_vendor::model::route::Route;
    let html = read("index.html");
    let link = format!(
        "<a class=\"button\" href=\"{}\">{}</a>",
        Route::Question(0).format(),
        text::EN.start
    );
    assert!(html.contains(&link), "index.html lacks {link}");
    // start.js recognises that address (and any question's) to show its loading state.
    assert!(read("start.js").contains(r"/^#\/q\/([1-9][0-9]{0,3})$/"));
    assert_eq!(Route::parse("#/q/9999"), Route::Question(9998));
}

#[test]
fn the_message_when_the_app_cannot_start_is_the_apps_own_text() {
    let start = read("start.js");
    for t in [&text::EN, &text::DE] {
        assert!(
            start.contains(&format!("\"{}\"", t.start_failed)),
            "start.js lacks start_failed in {:?}",
            t.lang
        );
    }
}

/// A number as the README writes it: 143360 → "143,360".
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[test]
fn the_readme_states_the_byte_budgets_the_size_check_enforces() {
    let check = read("scripts/size-check");
    let budget = |name: &str| -> u64 {
        let line = check
            .lines()
            .find(|l| l.starts_with(&format!("{name}=")))
            .unwrap_or_else(|| panic!("scripts/size-check has no {name}="));
        let digits: String = line.chars().filter(char::is_ascii_digit).collect();
        digits.parse().unwrap()
    };
    let readme = read("README.md");
    for (name, unit) in [("BUDGET", "bytes (144 KiB)"), ("LOADER_BUDGET", "bytes")] {
        let stated = format!("**{} {unit}", grouped(budget(name)));
        assert!(readme.contains(&stated), "README lacks {stated} for {name}");
    }
    assert_eq!(budget("BUDGET"), 144 * 1024);
}

#[test]
fn earlier_results_are_kept_under_the_keys_the_readme_names() {
    use partner_or_vendor::model::history::{HISTORY_KEY, HISTORY_OFF_KEY};
    let docs = read("docs/how-it-works.md");
    for key in [HISTORY_KEY, HISTORY_OFF_KEY] {
        assert!(
            docs.contains(&format!("`{key}`")),
            "docs/how-it-works.md lacks {key}"
        );
    }
    // The e2e suite reads the record under the same key.
    assert!(read("tests/e2e/earlier.spec.mjs").contains(&format!("\"{HISTORY_KEY}\"")));
}

#[test]
fn every_server_configuration_sends_the_one_policy() {
    let policy = read("deploy/content-security-policy.txt");
    let policy = policy.trim();
    for path in ["deploy/nginx.conf", "deploy/Caddyfile", "deploy/_headers"] {
        let config = read(path);
        assert!(config.contains(policy), "{path} sends another policy");
        assert_eq!(
            config.matches("default-src").count(),
            1,
            "{path} has a second policy"
        );
        assert!(config.contains("nosniff"), "{path} lacks nosniff");
        assert!(
            config.contains("public, max-age=31536000, immutable") && config.contains("no-cache"),
            "{path} lacks the cache rules"
        );
    }
}

#[test]
fn a_name_with_a_hash_is_recognised_alike_by_the_build_the_servers_and_the_worker() {
    // scripts/hash-assets.mjs names these kinds of file `<name>.<8 hex digits>.<ext>`; the
    // servers keep exactly those for a year, and the worker treats exactly those as unchanging.
    let kinds = "js|wasm|css|svg|bin";
    let named = format!(r"\.[0-9a-f]{{8}}\.({kinds})$");
    assert!(read("scripts/hash-assets.mjs").contains(&format!(r"/\.({kinds})$/")));
    assert!(read("scripts/hash-assets.mjs").contains(r#"export const HASH = "[0-9a-f]{8}";"#));
    for path in ["deploy/nginx.conf", "deploy/Caddyfile", "sw.js"] {
        assert!(read(path).contains(&named), "{path} recognises other names");
    }
}
