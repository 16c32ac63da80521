//! The pages' static first question, and the German page: `index.html` carries question 1 of the
//! built-in questionnaire in English, as the app draws it, so a visitor who follows Start before
//! the wasm is here can read and answer it at once (`start.js` shows it and hands the answer to
//! the app when it mounts). This test draws the app's own view natively with Yew's server
//! renderer, makes the few edits only the static page needs (each named in `static_copy`), and
//! checks that the page carries exactly that.
//!
//! `index.de.html` is the same page in German (its intro, its question 1, its title and preview),
//! so a German visitor's first paint is German: the loader names it for `data-lang="de"` and the
//! shipped servers send it for `?lang=de` and to browsers that prefer German. It is made here from
//! `index.html` (`german_page`), never edited by hand.
//!
//! After a change of either page's source, the view, the questionnaire or its texts, run
//! `WRITE_FIRST_QUESTION=1 cargo test --test first_question` to rewrite them.
#![cfg(not(target_arch = "wasm32"))]

use partner_or_vendor::app::page::STEP_HEADING_ID;
use partner_or_vendor::app::question::{self, QuestionProps};
use partner_or_vendor::app::state::{ById, QuestionnaireRef};
use partner_or_vendor::app::text::{self, Lang};
use partner_or_vendor::model::builtin;
use partner_or_vendor::model::explainer::ExplainerText;
use partner_or_vendor::model::progress::STORAGE_KEY_PREFIX;
use partner_or_vendor::model::questionnaire::Seat;
use partner_or_vendor::model::route::Route;
use partner_or_vendor::model::template::escape_html as escape;
use std::rc::Rc;
use yew::prelude::*;

const PAGE: &str = "index.html";
const GERMAN_PAGE: &str = "index.de.html";
const BEGIN: &str = "<!-- first question: written by tests/first_question.rs -->";
const END: &str = "<!-- end of first question -->";

#[derive(Properties, PartialEq)]
struct FirstProps {
    questionnaire: QuestionnaireRef,
    lang: Lang,
}

/// What App draws on question 1: the status line above the question view.
#[component]
fn FirstQuestion(props: &FirstProps) -> Html {
    let t = text::ui(props.lang);
    let view = QuestionProps {
        questionnaire: props.questionnaire.clone(),
        index: 0,
        answer: None,
        need_answer: false,
        on_choose: Callback::noop(),
        on_next: Callback::noop(),
        on_back: Callback::noop(),
    };
    let total = props.questionnaire.items.len();
    html! {
        <>
            { question::status(0, total, t) }
            { question::question(&view, t) }
        </>
    }
}

/// The markup the app draws for question 1, without hydration marks.
fn rendered(questionnaire: &QuestionnaireRef, lang: Lang) -> String {
    let props = FirstProps {
        questionnaire: questionnaire.clone(),
        lang,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    runtime.block_on(
        yew::LocalServerRenderer::<FirstQuestion>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// A start tag's name and attributes (`name="value"`, or a bare name).
struct Tag {
    name: String,
    attributes: Vec<(String, Option<String>)>,
}

impl Tag {
    fn get(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.as_deref())
    }

    fn remove(&mut self, name: &str) {
        let before = self.attributes.len();
        self.attributes.retain(|(n, _)| n != name);
        assert_eq!(
            self.attributes.len() + 1,
            before,
            "<{}> has no {name}",
            self.name
        );
    }

    fn write(&self) -> String {
        let mut out = format!("<{}", self.name);
        for (name, value) in &self.attributes {
            match value {
                Some(value) => out += &format!(" {name}=\"{value}\""),
                None => out += &format!(" {name}"),
            }
        }
        out + ">"
    }
}

/// `html` with each start tag passed to `edit`, which says whether it changed it; panics unless
/// exactly `expected` tags changed, so an edit that no longer finds its place fails the test
/// rather than being skipped.
fn edit_tags(html: &str, expected: usize, mut edit: impl FnMut(&mut Tag) -> bool) -> String {
    let mut out = String::new();
    let mut rest = html;
    let mut changed = 0;
    while let Some(at) = rest.find('<') {
        out += &rest[..at];
        rest = &rest[at..];
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            out.push('<');
            rest = &rest[1..];
            continue;
        }
        let end = rest.find('>').expect("a start tag ends");
        let inside = &rest[1..end];
        let (name, mut attributes) = inside.split_once(' ').unwrap_or((inside, ""));
        let mut tag = Tag {
            name: name.to_string(),
            attributes: Vec::new(),
        };
        while !attributes.trim_start().is_empty() {
            attributes = attributes.trim_start();
            let name_end = attributes.find(['=', ' ']).unwrap_or(attributes.len());
            let name = attributes[..name_end].to_string();
            attributes = &attributes[name_end..];
            let value = match attributes.strip_prefix("=\"") {
                Some(quoted) => {
                    let close = quoted.find('"').expect("a quoted value ends");
                    attributes = &quoted[close + 1..];
                    Some(quoted[..close].to_string())
                }
                None => None,
            };
            tag.attributes.push((name, value));
        }
        if edit(&mut tag) {
            changed += 1;
            out += &tag.write();
        } else {
            out += &rest[..=end];
        }
        rest = &rest[end + 1..];
    }
    out += rest;
    assert_eq!(changed, expected, "an edit for the static page found {changed} places, not {expected}: the view changed; update static_copy");
    out
}

/// `html` with `from` replaced by `to`, which must occur exactly once.
fn replace_once(html: &str, from: &str, to: &str) -> String {
    replace_counted(html, from, to, 1)
}

/// Question 1 of the client seat's current questionnaire in `lang` as the page carries it: the
/// app's markup with the edits the page needs before the app is here, inside a template
/// `start.js` finds by the language of its content. The template names the storage key of saved
/// progress: a visitor with saved progress waits for the app, which shows their answers.
fn static_copy(q: &QuestionnaireRef, lang: Lang) -> String {
    let t = text::ui(lang);
    let html = rendered(q, lang);
    let radios = q.options(&q.items[0]).len() + q.escapes();
    // 1. Next without an answer is the browser's own "select one of these options": the form
    //    validates and the group is required, rather than the app's error summary (its code
    //    and its longer message in both languages in every page load).
    let html = edit_tags(&html, 1, |tag| {
        let form = tag.name == "form";
        if form {
            tag.remove("novalidate");
        }
        form
    });
    let mut first = true;
    let html = edit_tags(&html, radios, |tag| {
        let radio = tag.get("type") == Some("radio");
        if radio {
            // 2. The values stay the app's: start.js hands an answer over by the radio's id.
            tag.remove("value");
            if std::mem::take(&mut first) {
                tag.attributes.push(("required".to_string(), None));
            }
        }
        radio
    });
    // 3. The heading's id is the app's focus target and the count's live region announces its
    //    steps; the page has one step and start.js focuses the heading by itself.
    let html = edit_tags(&html, 2, |tag| {
        if tag.name == "h1" && tag.get("id") == Some(STEP_HEADING_ID) {
            tag.remove("id");
            true
        } else if tag.get("class") == Some("question-count") {
            tag.remove("aria-live");
            true
        } else {
            false
        }
    });
    // 4. Back is a link to the intro's address (without the app, a button would do nothing),
    //    and 5. a status line start.js fills while the app loads after Next.
    let html = edit_tags(&html, 1, |tag| {
        let back = tag.name == "button" && tag.get("type") == Some("button");
        if back {
            tag.name = "a".to_string();
            tag.remove("type");
            tag.attributes
                .push(("href".to_string(), Some(intro_address().to_string())));
        }
        back
    });
    let back = escape(t.back);
    let html = replace_once(&html, &format!(">{back}</button>"), &format!(">{back}</a>"));
    let html = replace_once(
        &html,
        "<div class=\"actions\">",
        "<p class=\"loading\" role=\"status\"></p><div class=\"actions\">",
    );
    format!(
        "<template data-first-question data-saved=\"{STORAGE_KEY_PREFIX}{id}\">\
         <div class=\"first-question\" lang=\"{lang}\">{html}</div></template>",
        id = escape(&q.id),
        lang = lang.code(),
    )
}

/// Back from the static question goes to the intro's address (the app's Route::Intro is the bare
/// page, which a link cannot name without reloading it, so `#/`, which the app reads as Intro).
fn intro_address() -> &'static str {
    assert_eq!(Route::parse("#/"), Route::Intro);
    "#/"
}

fn client() -> QuestionnaireRef {
    let q = builtin::whole()
        .into_iter()
        .find(|q| q.seat == Seat::Client)
        .expect("a client questionnaire");
    ById(Rc::new(q))
}

/// The block of `index.html` between the markers: question 1 in `lang`.
fn expected(lang: Lang) -> String {
    format!("{BEGIN}\n    {}\n    {END}", static_copy(&client(), lang))
}

/// The English page's words and the German page's, each found exactly as often as it is named.
const GERMAN: &[(&str, &str, usize)] = &[
    ("<html lang=\"en\">", "<html lang=\"de\">", 1),
    (
        "Partner or Vendor? A self-assessment",
        "Partner oder Lieferant? Ihren Dienstleister einschätzen",
        2,
    ),
    (
        "Is the firm you work with a true partner or a vendor? A short self-assessment that runs entirely in your browser.",
        "Ist Ihr Dienstleister ein echter Partner – oder ein Lieferant? Eine kurze Einschätzung, die vollständig in Ihrem Browser läuft.",
        2,
    ),
    (
        "<meta property=\"og:site_name\" content=\"Partner or Vendor?\">",
        "<meta property=\"og:site_name\" content=\"Partner oder Lieferant?\">",
        1,
    ),
    (
        "<h1>Partner or Vendor?</h1>",
        "<h1>Partner oder Lieferant?</h1>",
        2,
    ),
];

/// `html` with `from` replaced by `to`, which must occur exactly `count` times.
fn replace_counted(html: &str, from: &str, to: &str, count: usize) -> String {
    assert_eq!(html.matches(from).count(), count, "{from:?}, {count} times");
    html.replace(from, to)
}

/// `index.de.html`: `index.html` in German, without Trunk's directives (the German page is
/// copied as it is and uses the English page's build) or comments (it is not minified).
fn german_page(english: &str) -> String {
    let t = explainer_texts();
    let mut html: String = english
        .lines()
        .filter(|line| !line.contains("data-trunk"))
        .map(|line| format!("{line}\n"))
        .collect();
    for (en, de, count) in GERMAN {
        html = replace_counted(&html, en, de, *count);
    }
    html = replace_counted(&html, &alt(&t, "en"), &alt(&t, "de"), 1);
    html = replace_counted(
        &html,
        text::EN.intro_lead_client,
        text::DE.intro_lead_client,
        1,
    );
    html = replace_counted(
        &html,
        &format!(">{}</a>", text::EN.start),
        &format!(">{}</a>", text::DE.start),
        1,
    );
    html = replace_counted(
        &html,
        &expected(Lang::En),
        &static_copy(&client(), Lang::De),
        1,
    );
    // The message without scripts in German first, then in English.
    let english = paragraph(&html, "en");
    let german = paragraph(&html, "de");
    html = replace_counted(
        &html,
        &format!("{english}\n{german}"),
        &format!("{german}\n{english}"),
        1,
    );
    // Comments, and the lines they leave empty.
    while let Some(begin) = html.find("<!--") {
        let end = html[begin..].find("-->").expect("a comment ends") + begin + 3;
        html.replace_range(begin..end, "");
    }
    html.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("{line}\n"))
        .collect()
}

/// The paragraph in `lang` (`<p lang="…">` to its `</p>`, with its line's indent), once in the page.
fn paragraph(html: &str, lang: &str) -> String {
    let open = format!("<p lang=\"{lang}\">");
    assert_eq!(html.matches(&open).count(), 1, "{open} in {PAGE}");
    let begin = html.find(&open).expect("the paragraph");
    let begin = html[..begin].rfind('\n').map_or(0, |n| n + 1);
    let end = html[begin..].find("</p>").expect("the paragraph ends") + begin + 4;
    html[begin..end].to_string()
}

fn explainer_texts() -> ExplainerText {
    serde_json::from_str(include_str!("../content/how-it-works.json")).expect("how-it-works.json")
}

/// The link preview's alt text in `lang`, as a page's tag has it.
fn alt(t: &ExplainerText, lang: &str) -> String {
    format!(
        "<meta property=\"og:image:alt\" content=\"{}\">",
        escape(t.preview_alt.get(lang))
    )
}

/// Checks `path` holds `wanted`, or with `WRITE_FIRST_QUESTION` set writes it.
fn check_or_write(path: &str, current: &str, wanted: &str) {
    if current == wanted {
        return;
    }
    if std::env::var_os("WRITE_FIRST_QUESTION").is_some() {
        std::fs::write(path, wanted).expect(path);
        return;
    }
    panic!(
        "{path} differs from what the app's view and {PAGE} make; \
         run `WRITE_FIRST_QUESTION=1 cargo test --test first_question` to rewrite it"
    );
}

#[test]
fn the_page_carries_the_apps_first_question_and_the_german_page_is_made_from_it() {
    let page = std::fs::read_to_string(PAGE).expect(PAGE);
    let (Some(begin), Some(end)) = (page.find(BEGIN), page.find(END)) else {
        panic!("{PAGE} lacks the markers {BEGIN} … {END}");
    };
    let wanted = format!(
        "{}{}{}",
        &page[..begin],
        expected(Lang::En),
        &page[end + END.len()..]
    );
    check_or_write(PAGE, &page, &wanted);
    let german = std::fs::read_to_string(GERMAN_PAGE).unwrap_or_default();
    check_or_write(GERMAN_PAGE, &german, &german_page(&wanted));
}

#[test]
fn the_german_page_has_no_english_words_the_visitor_sees() {
    let german = german_page(&std::fs::read_to_string(PAGE).expect(PAGE));
    let body = &german[german.find("<body>").expect("a body")..];
    let noscript = body.find("<noscript>").expect("the noscript message");
    // What a visitor sees before the app is here (the noscript message has both languages,
    // each marked).
    for english in [
        text::EN.start,
        text::EN.intro_lead_client,
        "Partner or Vendor?",
        "Question 1 of",
        text::EN.next,
    ] {
        assert!(
            !body[..noscript].contains(english),
            "{english:?} on the German page"
        );
    }
    assert!(body.contains(text::DE.intro_lead_client));
    assert!(body.contains("lang=\"de\"><div class=\"question-status\">"));
    assert!(!german.contains("<!--") && !german.contains("data-trunk"));
}

#[test]
fn the_first_questions_radios_are_the_apps() {
    let q = client();
    let html = static_copy(&q, Lang::En);
    let name = question::answer_name(&q.items[0]);
    // One radio per option and escape, named and labelled as the app names and labels them.
    let radios = html.matches("type=\"radio\"").count();
    assert_eq!(radios, q.options(&q.items[0]).len() + q.escapes());
    assert_eq!(html.matches(" required").count(), 1);
    assert!(html.contains(&format!("id=\"{name}-0\"")));
    assert!(html.contains(&format!("id=\"{name}-cant-judge\"")));
    assert!(html.contains(&format!("<label for=\"{name}-cant-judge\">")));
    assert!(html.contains("Question 1 of "));
    assert!(!html.contains("<!--"), "hydration marks");
}
