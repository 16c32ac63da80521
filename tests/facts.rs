//! Facts written in more than one place (because Rust, JavaScript, CSS, HTML and the README
//! each need them) must agree: each copy is checked here against its one source.

use partner_or_vendor::app::text;
use partner_or_vendor::model::builtin;
use partner_or_vendor::model::progress::STORAGE_KEY_PREFIX;
use partner_or_vendor::model::settings::{DARK_TEXT, FIRM_MAX, LIGHT_TEXT};

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The loader as a firm's page may run it: embed.js, and the companion it fetches when a widget
/// needs it (the overlays and the loader's other settings live there).
fn loader() -> String {
    read("embed.js") + &read("embed-more.js")
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
    let loader = read("embed-more.js");
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
    use partner_or_vendor::model::settings::{Settings, SETTINGS, STAGED_PATTERN};
    let loader = read("embed.js");
    assert!(loader.contains(&format!(
        "var SETTINGS = /^data-({}|{STAGED_PATTERN})$/;",
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
    assert!(
        read("embed-more.js").is_ascii(),
        "embed-more.js has a character outside ASCII"
    );
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
    let companion = read("embed-more.js");
    let names: Vec<String> = Mode::ALL
        .iter()
        .map(|m| format!("\"{}\"", m.name()))
        .collect();
    assert!(loader.contains(&format!("var MODES = [{}];", names.join(", "))));
    assert!(loader.contains(&format!(
        "/^data-(?!({MODE}|{SIDE}|{BUTTON_LABEL}|forward-params|datalayer|open-after|show-once|partner-or-vendor)$)/"
    )));
    assert!(companion.contains(&format!(
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
    // Strict: nothing inline but the pages' own stylesheet, by its hash (the build writes it).
    assert!(
        !policy.contains("unsafe-inline"),
        "the policy allows inline code"
    );
    assert_eq!(policy.matches("'sha256-").count(), 1, "{policy}");
    assert!(policy.contains("style-src 'self' 'sha256-"), "{policy}");
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
fn the_servers_send_the_german_page_by_the_apps_rule() {
    use partner_or_vendor::model::settings::choose_language;
    // One rule in three places: the static server's module, nginx's map and caddy's matcher
    // (there in a CEL string, its backslashes doubled).
    let module = read("scripts/page-language.mjs");
    let rule = module
        .split("export const PREFERS_GERMAN = /")
        .nth(1)
        .and_then(|rest| rest.split("/i;").next())
        .expect("scripts/page-language.mjs has PREFERS_GERMAN");
    assert!(read("deploy/nginx.conf").contains(&format!("\"~*^:{}\"", &rule[1..])));
    assert!(read("deploy/Caddyfile").contains(&format!(
        "{{header.Accept-Language}}.matches(\"(?i){}\")",
        rule.replace('\\', "\\\\")
    )));
    // The rule against the app's own choice, for Accept-Language headers as browsers write them
    // and many made up from parts a fixed generator picks.
    let parts: Vec<&str> =
        "de|en|fr|DE-at|en-GB|de_CH|d|e|dex|*|es-419|zh-Hant-TW|| de|en ;q=0.8|de;q=0.5|x-de"
            .split('|')
            .collect();
    let mut headers: Vec<String> = [
        "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
        "en-US,en;q=0.9,de;q=0.8",
        "fr-CH, fr;q=0.9, de;q=0.8, en;q=0.7",
        "fr,en,de",
        "*",
        "",
    ]
    .map(String::from)
    .to_vec();
    let mut seed: u32 = 0x9e37_79b9;
    for _ in 0..5000 {
        let mut header = Vec::new();
        for _ in 0..1 + seed % 4 {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            header.push(parts[(seed >> 8) as usize % parts.len()]);
        }
        headers.push(header.join(if seed & 1 == 0 { "," } else { ", " }));
    }
    let apps: Vec<bool> = headers
        .iter()
        .map(|header| {
            // What the browser's navigator.languages holds for that header: each entry's tag.
            let preferred: Vec<String> = header
                .split(',')
                .filter_map(|entry| entry.split([';', ' ']).find(|t| !t.is_empty()))
                .map(String::from)
                .collect();
            choose_language(None, &preferred) == "de"
        })
        .collect();
    let script = "import('./scripts/page-language.mjs').then(({ PREFERS_GERMAN }) => { \
                  let input = ''; process.stdin.on('data', (d) => (input += d)); \
                  process.stdin.on('end', () => console.log(JSON.stringify(JSON.parse(input).map((h) => PREFERS_GERMAN.test(h))))); })";
    let servers: Vec<bool> = node_json(&["-e", script], &headers, "the servers' rule");
    for ((header, app), server) in headers.iter().zip(&apps).zip(&servers) {
        assert_eq!(app, server, "{header:?}: the app chooses German: {app}");
    }
    assert!(apps.iter().filter(|german| **german).count() > 100);
}

#[test]
fn a_name_with_a_hash_is_recognised_alike_by_the_build_the_servers_and_the_worker() {
    // scripts/hash-assets.mjs names these kinds of file `<name>.<8 hex digits>.<ext>`; the
    // servers keep exactly those for a year, and the worker treats exactly those as unchanging.
    let kinds = "js|wasm|css|svg|bin|png|jpg";
    let named = format!(r"\.[0-9a-f]{{8}}\.({kinds})$");
    assert!(read("scripts/hash-assets.mjs").contains(&format!(r"/\.({kinds})$/")));
    assert!(read("scripts/hash-assets.mjs").contains(r#"export const HASH = "[0-9a-f]{8}";"#));
    for path in ["deploy/nginx.conf", "deploy/Caddyfile", "sw.js"] {
        assert!(read(path).contains(&named), "{path} recognises other names");
    }
}

#[test]
fn the_deployment_script_takes_the_firm_names_the_app_takes() {
    // scripts/set-deployment.mjs checks the firm's name before it writes it into every page's
    // preview, as the app checks it before it shows it.
    assert!(
        read("scripts/set-deployment.mjs")
            .contains(&format!("export const FIRM_MAX = {FIRM_MAX};")),
        "scripts/set-deployment.mjs has another longest firm name than FIRM_MAX ({FIRM_MAX})"
    );
}

/// Every word that follows `prefix` in `text`, up to `end` (`prefix` ends with the opening quote).
fn words_after(text: &str, prefix: &str, end: char) -> std::collections::BTreeSet<String> {
    text.split(prefix)
        .skip(1)
        .filter_map(|rest| rest.split(end).next())
        .map(str::to_string)
        .collect()
}

/// The `.rs` files under `dir`, in its folders too.
fn rust_files(dir: &str) -> Vec<String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
        let path = entry.expect("a readable entry").path();
        let path = path.to_str().expect("an ASCII path").to_string();
        if std::path::Path::new(&path).is_dir() {
            files.extend(rust_files(&path));
        } else if path.ends_with(".rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn the_messages_between_frame_and_page_are_one_list() {
    use partner_or_vendor::model::message::{Message, MARKER};
    use std::collections::BTreeSet;
    let names = |pick: fn(&Message) -> bool| -> BTreeSet<String> {
        Message::ALL
            .iter()
            .filter(|m| pick(m))
            .map(|m| m.name().to_string())
            .collect()
    };
    let list = "src/model/message.rs";
    let start = read("start.js");
    let loader = loader();
    let docs = read("docs/embedding.md");

    // The app posts through `embed::post`, which takes a `Message`: no other file of the app
    // writes a message by hand. start.js posts only messages of the list.
    let app: Vec<String> = rust_files("src")
        .iter()
        .filter(|p| *p != list)
        .map(|p| read(p))
        .collect();
    assert!(app
        .iter()
        .all(|source| !source.contains(&format!("\"{MARKER}\""))));
    let from_start = words_after(&start, &format!("{{ {MARKER}: 1, type: \""), '"');
    assert!(!from_start.is_empty(), "start.js posts no message");
    assert!(
        from_start.is_subset(&names(|_| true)),
        "start.js posts {from_start:?}"
    );
    // Every message is sent by someone: the app names it, or start.js posts it.
    for m in Message::ALL {
        let variant = format!("Message::{m:?}");
        assert!(
            app.iter().any(|source| source.contains(&variant)) || from_start.contains(m.name()),
            "nobody sends {}",
            m.name()
        );
    }

    // The loader handles exactly these types: some itself, the others passed on as events.
    assert!(loader.contains(&format!("data.{MARKER} !== 1")));
    let acted_on = words_after(&loader, "type === \"", '"');
    let passed_on: BTreeSet<String> = loader
        .lines()
        .find(|l| l.contains(")$/.test(type)"))
        .and_then(|l| l.split("/^(").nth(1))
        .and_then(|l| l.split(")$/").next())
        .expect("embed.js passes messages on by a /^(…)$/ test of their type")
        .split('|')
        .map(str::to_string)
        .collect();
    assert_eq!(acted_on, names(|m| !m.is_event()), "embed.js acts on");
    assert_eq!(passed_on, names(|m| m.is_event()), "embed.js passes on");
    // Each field is read: those of the messages passed on as the event's detail.
    assert!(loader.contains("emit(widget, type, data.detail);"));
    for m in Message::ALL {
        if let Some(field) = m.field() {
            let read_as = if m.is_event() { "detail" } else { field };
            assert_eq!(field, read_as, "embed.js passes on only a detail");
            assert!(loader.contains(&format!("data.{field}")), "{field}");
        }
    }

    // The events the host page hears: the messages passed on and the loader's own.
    let own = words_after(&loader, "emit(widget, \"", '"');
    let events: BTreeSet<String> = passed_on.union(&own).cloned().collect();
    let documented = words_after(&docs, "| `partner-or-vendor:", '`');
    assert_eq!(
        events, documented,
        "docs/embedding.md documents other events"
    );
    let listed: BTreeSet<String> = read("tests/e2e/host.mjs")
        .split("export const EVENTS = [")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .expect("tests/e2e/host.mjs lists EVENTS")
        .split(", ")
        .map(|name| name.trim_matches('"').to_string())
        .collect();
    assert_eq!(listed, events, "tests/e2e/host.mjs lists other events");
    // And the docs' table of messages has a row for each.
    for m in Message::ALL {
        let row = format!("\n| `{}` |", m.name());
        assert!(docs.contains(&row), "docs/embedding.md lacks {row:?}");
    }
}

/// The lines of the loader (`loader`: embed-more.js holds the accent's rule) from
/// `  function <name>(` to its closing `  }`.
fn loader_function(loader: &str, name: &str) -> String {
    let head = format!("  function {name}(");
    let body: Vec<&str> = loader
        .lines()
        .skip_while(|l| !l.starts_with(&head))
        .take_while(|l| *l != "  }")
        .collect();
    assert!(!body.is_empty(), "the loader has no function {name}");
    format!("{}\n  }}\n", body.join("\n"))
}

#[test]
fn the_loader_takes_an_accent_by_the_apps_rule() {
    use partner_or_vendor::model::settings::check_accent;
    let loader = read("embed-more.js");
    // What the app makes of each value (the checked colour and its text colour, or a refusal)
    // against what the loader's own function makes of it, run by node (the build needs it).
    let mut values: Vec<String> = [
        "#777777",
        "#767676",
        "#ffffff",
        "#000000",
        "#0b5cad",
        "#808080",
        "#ffbf47",
        "#777",
        " #0B5CAD ",
        "#0b5cad\n",
        "red",
        "",
        "#",
        "#12",
        "#1234",
        "#12345",
        "#1234567",
        "#0b5cadff",
        "0b5cad",
        "#gggggg",
        "# 0b5ca",
        "#0x1234",
    ]
    .map(String::from)
    .to_vec();
    values.extend((0..256).map(|g| format!("#{g:02x}{g:02x}{g:02x}")));
    values.extend((0..4096).map(|n| format!("#{n:03X}")));
    // A few thousand more, spread over the cube by a fixed generator.
    let mut seed: u32 = 0x2545_f491;
    values.extend((0..4000).map(|_| {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        format!("#{:06x}", seed >> 8)
    }));
    let apps: Vec<String> = values
        .iter()
        .map(|v| match check_accent(v) {
            Ok(accent) => format!("{} {}", accent.colour, accent.text),
            Err(_) => "refused".to_string(),
        })
        .collect();

    let constant = |name: &str| {
        loader
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("var {name} = ")))
            .unwrap_or_else(|| panic!("embed-more.js has no {name}"))
            .to_string()
    };
    let script = format!(
        "{}\n{}\n{}{}\
         const values = JSON.parse(require(\"fs\").readFileSync(0, \"utf8\"));\n\
         const out = values.map((v) => {{ const a = accentOf(v); return a ? a[0].toLowerCase() + \" \" + a[1] : \"refused\"; }});\n\
         process.stdout.write(JSON.stringify(out));\n",
        constant("LIGHT"),
        constant("DARK"),
        loader_function(&loader, "accentOf"),
        loader_function(&loader, "luminance"),
    );
    let loaders: Vec<String> = node_json(&["-e", &script], &values, "the loader's function");
    assert_eq!(loaders.len(), values.len());
    for ((value, app), loader) in values.iter().zip(&apps).zip(&loaders) {
        assert_eq!(app, loader, "the app and the loader differ on {value:?}");
    }
    // The case that was wrong: white on #777777 reads at 4.48:1.
    assert_eq!(apps[0], "refused");
    assert_eq!(apps[1], "#767676 #ffffff");
}

/// The visitor's line (`benchmark.js`, run by node) and the core read a norms file by the same
/// rules: on a file the core writes and on damaged copies of it, both refuse the same ones and
/// give every index from 0 to 100 the same percent.
#[test]
fn the_norms_line_and_the_core_read_a_file_alike() {
    use partner_or_vendor::model::norms::{self, Month};
    use partner_or_vendor::model::scoring::{score, Answer};
    let q = builtin::questionnaire();
    // Answers from a small generator, kept where the result is settled.
    let mut seed: u32 = 7;
    let outcomes: Vec<_> = (0..400)
        .map(|_| {
            let answers: Vec<_> = q
                .items
                .iter()
                .map(|item| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    let n = q.option_count(item) as u32;
                    Some(Answer::Choice(((seed >> 16) % n) as u8))
                })
                .collect();
            score(&q, &answers)
        })
        .filter(|o| norms::settled(o).is_some())
        .take(40)
        .collect();
    let made = norms::make(
        &q,
        &outcomes,
        None,
        Month {
            year: 2027,
            month: 3,
        },
    )
    .expect("40 settled");
    let good = norms::write(&made);
    let file: serde_json::Value = serde_json::from_str(&good).expect("the core writes JSON");
    let with = |key: &str, value: serde_json::Value| {
        let mut changed = file.clone();
        changed[key] = value;
        changed.to_string()
    };
    // One result fewer in the index and the count, but not in the dimensions: they no longer
    // add up. And one result fewer everywhere: a file that reads.
    let less = |counts: &serde_json::Value| {
        let mut counts = counts.clone();
        let first = (0..101)
            .find(|&s| counts[s].as_u64() > Some(0))
            .expect("a count");
        counts[first] = (counts[first].as_u64().unwrap() - 1).into();
        counts
    };
    let mut fewer = file.clone();
    fewer["index"] = less(&file["index"]);
    fewer["count"] = (made.count - 1).into();
    let mut smaller = fewer.clone();
    for (_, counts) in smaller["dimensions"].as_object_mut().expect("dimensions") {
        *counts = less(counts);
    }
    let files = [
        good.clone(),
        good[..good.len() / 2].to_string(),
        with("version", 2.into()),
        with("format", "norms".into()),
        with("questionnaireVersion", (q.version + 1).into()),
        with("lens", "provider".into()),
        with("count", (made.count + 1).into()),
        with("asOf", "2027-13".into()),
        with("index", serde_json::json!([1, 2, 3])),
        fewer.to_string(),
        with("dimensions", serde_json::json!([])),
        smaller.to_string(),
    ];
    let core: Vec<Option<Vec<u8>>> = files
        .iter()
        .map(|text| {
            let read = norms::read(text.as_bytes()).ok()?;
            read.fits(&q).ok()?;
            Some((0..=100).map(|i| read.standing(i).percent).collect())
        })
        .collect();
    let read: Vec<bool> = core.iter().map(Option::is_some).collect();
    assert_eq!(
        read,
        [true, false, false, false, false, false, false, false, false, false, false, true]
    );
    let script = format!(
        "import {{ check, percent }} from {:?};\n\
         const files = JSON.parse((await import('node:fs')).readFileSync(0, 'utf8'));\n\
         const request = {{ questionnaire: {:?}, version: {}, lens: 'client' }};\n\
         const out = files.map((text) => {{\n\
           let norms;\n\
           try {{ norms = check(JSON.parse(text), request); }} catch {{ return null; }}\n\
           if (typeof norms === 'string') return null;\n\
           return Array.from({{ length: 101 }}, (_, i) => percent(norms, i));\n\
         }});\n\
         process.stdout.write(JSON.stringify(out));\n",
        format!("file://{}/benchmark.js", env!("CARGO_MANIFEST_DIR")),
        q.id,
        q.version
    );
    let js: Vec<Option<Vec<u8>>> = node_json(
        &["--input-type=module", "-e", &script],
        &files,
        "benchmark.js",
    );
    assert_eq!(js, core);
}

/// Runs node with `args`, `input` as JSON on its stdin, and reads its stdout as JSON: how a
/// test holds a rule written in JavaScript to the Rust one (`what` names the JavaScript).
fn node_json<T: serde::de::DeserializeOwned>(
    args: &[&str],
    input: &impl serde::Serialize,
    what: &str,
) -> T {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut node = Command::new("node")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|_| panic!("node (which the release build needs for terser) runs {what}"));
    let input = serde_json::to_string(input).expect("the input serialises");
    node.stdin
        .take()
        .expect("node's stdin")
        .write_all(input.as_bytes())
        .expect("node reads its input");
    let output = node.wait_with_output().expect("node ran");
    assert!(output.status.success(), "node failed on {what}");
    serde_json::from_slice(&output.stdout).expect("node's JSON")
}
