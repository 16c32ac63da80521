//! The page's static first question: `index.html` carries question 1 of the built-in
//! questionnaire in each language, as the app draws it, so a visitor who follows Start before the
//! wasm is here can read and answer it at once (`start.js` shows it and hands the answer to the
//! app when it mounts). This test writes what the app would draw and checks that the page
//! carries exactly that; after a change of the questionnaire or of its texts, run it with
//! `WRITE_FIRST_QUESTION=1` to rewrite the page's copy.

use partner_or_vendor::app::question;
use partner_or_vendor::app::text::{self, Ui};
use partner_or_vendor::model::builtin;
use partner_or_vendor::model::progress::STORAGE_KEY_PREFIX;
use partner_or_vendor::model::questionnaire::{Questionnaire, Seat};
use partner_or_vendor::model::route::Route;
use partner_or_vendor::model::scoring::Answer;
use partner_or_vendor::model::template::escape_html as escape;

const PAGE: &str = "index.html";
const BEGIN: &str = "<!-- first question: written by tests/first_question.rs -->";
const END: &str = "<!-- end of first question -->";

/// Question 1 of the client seat's current questionnaire as the app draws it in `t`'s
/// language (its status line, its radio group, Back and Next; the radios' ids are the app's, so
/// what is chosen here can be chosen again there), inside a template `start.js` finds by the
/// language of its content. The template names the storage key of saved progress: a visitor with
/// saved progress waits for the app, which shows their answers.
fn first_question(q: &Questionnaire, t: &Ui) -> String {
    let lang = t.lang.code();
    let item = &q.items[0];
    let name = question::answer_name(item);
    let choices = q
        .options(item)
        .iter()
        .enumerate()
        .map(|(k, label)| (Answer::Choice(k as u8), label.get(lang)));
    let escapes = [
        (Answer::CantJudge, t.cant_judge),
        (Answer::NotApplicable, t.not_applicable),
    ];
    // Next without an answer is the browser's own "select one of these options" (the group is
    // required), rather than the app's longer message in both languages in every page load.
    let mut radios = String::new();
    let mut required = " required";
    for (answer, label) in choices.chain(escapes.into_iter().take(q.escapes())) {
        let id = format!("{name}-{}", question::answer_value(answer));
        radios += &format!(
            "<div class=\"{}\"><input type=\"radio\" id=\"{id}\" name=\"{name}\"{required}><label for=\"{id}\">{}</label></div>",
            question::option_class(answer),
            escape(label)
        );
        required = "";
    }
    let total = q.items.len();
    format!(
        "<template data-first-question data-saved=\"{STORAGE_KEY_PREFIX}{id}\">\
<div class=\"first-question\" lang=\"{lang}\">\
<div class=\"question-status\"><p class=\"question-count\">{count}</p>\
<progress class=\"question-progress\" max=\"{total}\" value=\"1\" aria-label=\"{progress}\"></progress></div>\
<form class=\"question\">\
<fieldset class=\"question-fieldset\"><legend class=\"question-legend\">\
<h1 tabindex=\"-1\">{prompt}</h1></legend>\
<div class=\"options\">{radios}</div></fieldset>\
<p class=\"loading\" role=\"status\"></p>\
<div class=\"actions\"><a class=\"button secondary\" href=\"{intro}\">{back}</a>\
<button type=\"submit\" class=\"button\">{next}</button></div></form></div></template>",
        id = escape(&q.id),
        count = escape(&t.question_of(1, total)),
        progress = escape(t.progress_label),
        prompt = escape(item.prompt.get(lang)),
        intro = intro_address(),
        back = escape(t.back),
        next = escape(t.next),
    )
}

/// Back from the static question goes to the intro's address (the app's Route::Intro is the bare
/// page, which a link cannot name without reloading it, so `#/`, which the app reads as Intro).
fn intro_address() -> &'static str {
    assert_eq!(Route::parse("#/"), Route::Intro);
    "#/"
}

fn expected() -> String {
    let q = builtin::whole()
        .into_iter()
        .find(|q| q.seat == Seat::Client)
        .expect("a client questionnaire");
    let mut block = String::from(BEGIN);
    for t in [&text::EN, &text::DE] {
        block += "\n    ";
        block += &first_question(&q, t);
    }
    block += "\n    ";
    block += END;
    block
}

#[test]
fn the_page_carries_the_apps_first_question_in_every_language() {
    let page = std::fs::read_to_string(PAGE).expect(PAGE);
    let (Some(begin), Some(end)) = (page.find(BEGIN), page.find(END)) else {
        panic!("{PAGE} lacks the markers {BEGIN} … {END}");
    };
    let current = &page[begin..end + END.len()];
    let wanted = expected();
    if current == wanted {
        return;
    }
    if std::env::var_os("WRITE_FIRST_QUESTION").is_some() {
        let page = format!("{}{wanted}{}", &page[..begin], &page[end + END.len()..]);
        std::fs::write(PAGE, page).expect(PAGE);
        return;
    }
    panic!(
        "{PAGE}'s static first question differs from the app's; \
         run `WRITE_FIRST_QUESTION=1 cargo test --test first_question` to rewrite it"
    );
}

#[test]
fn the_first_questions_radios_are_the_apps() {
    let q = builtin::questionnaire();
    let html = first_question(&q, &text::EN);
    let name = question::answer_name(&q.items[0]);
    // One radio per option and escape, named and labelled as the app names and labels them.
    let radios = html.matches("type=\"radio\"").count();
    assert_eq!(radios, q.options(&q.items[0]).len() + q.escapes());
    assert!(html.contains(&format!("id=\"{name}-0\"")));
    assert!(html.contains(&format!("id=\"{name}-cant-judge\"")));
    assert!(html.contains(&format!("<label for=\"{name}-cant-judge\">")));
    assert!(html.contains("Question 1 of "));
}
