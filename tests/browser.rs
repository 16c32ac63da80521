//! Components in real headless Chromium (wasm-bindgen-test): render, act, assert on the DOM.
#![cfg(target_arch = "wasm32")]

use partner_or_vendor::app::question::{question, QuestionProps};
use partner_or_vendor::app::result::{result, ResultProps};
use partner_or_vendor::app::state::{ById, Catalog, QuestionnaireRef};
use partner_or_vendor::app::text;
use partner_or_vendor::app::{App, AppProps};
use partner_or_vendor::browser::fatal;
use partner_or_vendor::model::builtin;
use partner_or_vendor::model::progress::{Progress, Step};
use partner_or_vendor::model::scoring::{Answer, Answers};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::{component, Callback, Html, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

/// The question view on its own, in English (in the app, `App` renders it).
#[component]
fn Question(props: &QuestionProps) -> Html {
    question(props, &text::EN)
}

/// The result view on its own, in English.
#[component]
fn ResultView(props: &ResultProps) -> Html {
    result(props, &text::EN)
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element to render into, in a clean page: earlier tests' roots removed, storage
/// cleared and no fragment in the address, so no test sees another's DOM, answers or route.
fn root() -> Element {
    for old in all(&document().body().unwrap(), ".test-root") {
        old.remove();
    }
    storage().clear().unwrap();
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let root = document().create_element("div").unwrap();
    root.set_class_name("test-root");
    document().body().unwrap().append_child(&root).unwrap();
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// The client seat in every language (the wasm carries only its first language; the app
/// fetches the rest for a visitor in another one).
fn shared() -> QuestionnaireRef {
    ById(Rc::new(builtin::whole().remove(0)))
}

fn app_props() -> AppProps {
    AppProps {
        catalog: Rc::new(Catalog::whole(builtin::whole())),
        settings: Default::default(),
        lang: Default::default(),
        read: Default::default(),
        focus_heading: false,
    }
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn storage_key() -> String {
    format!(
        "{}{}",
        partner_or_vendor::model::progress::STORAGE_KEY_PREFIX,
        builtin::questionnaire().id
    )
}

#[wasm_bindgen_test]
async fn a_question_is_a_radio_group_in_a_fieldset_with_the_question_as_legend() {
    let q = shared();
    // A choice item: its own ordered options, then the two escapes.
    let index = q.items.iter().position(|i| i.options.is_some()).unwrap();
    let chosen: Rc<RefCell<Vec<Answer>>> = Rc::default();
    let props = QuestionProps {
        questionnaire: q.clone(),
        index,
        answer: None,
        need_answer: false,
        on_choose: {
            let chosen = chosen.clone();
            Callback::from(move |a| chosen.borrow_mut().push(a))
        },
        on_next: Callback::noop(),
        on_back: Callback::noop(),
    };
    let root = root();
    Renderer::<Question>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let item = &q.items[index];
    assert_eq!(text(&root, "fieldset legend h1"), item.prompt.get("en"));

    let radios = all(&root, "fieldset input[type=radio]");
    assert_eq!(
        radios.len(),
        q.option_count(item) + 2,
        "options plus the two escapes"
    );
    let labels: Vec<String> = all(&root, "fieldset label")
        .iter()
        .map(|l| l.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        labels[labels.len() - 2..],
        [
            "I can't judge".to_string(),
            "Doesn't apply to us / hasn't come up".to_string()
        ]
    );
    for radio in &radios {
        let id = radio.id();
        assert!(
            root.query_selector(&format!("label[for='{id}']"))
                .unwrap()
                .is_some(),
            "label for {id}"
        );
    }

    radios[1].dyn_ref::<HtmlElement>().unwrap().click();
    for radio in &radios[radios.len() - 2..] {
        radio.dyn_ref::<HtmlElement>().unwrap().click();
    }
    yew::scheduler::flush().await;
    assert_eq!(
        *chosen.borrow(),
        vec![Answer::Choice(1), Answer::CantJudge, Answer::NotApplicable]
    );
    assert!(root.query_selector(".error-message").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_missing_answer_is_announced_and_tied_to_the_group() {
    let q = shared();
    let props = QuestionProps {
        questionnaire: q.clone(),
        index: 0,
        answer: None,
        need_answer: true,
        on_choose: Callback::noop(),
        on_next: Callback::noop(),
        on_back: Callback::noop(),
    };
    let root = root();
    Renderer::<Question>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    // The summary at the top is announced and links to the first answer; the message by the
    // question is tied to its group, with the hidden "Error:" prefix in the page's language.
    let summary = root.query_selector(".error-summary").unwrap().unwrap();
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    let first = format!("#answer-{}-0", q.items[0].id);
    let link = summary.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href"), Some(first.clone()));
    assert!(root.query_selector(&first).unwrap().is_some());
    let error = root.query_selector(".error-message").unwrap().unwrap();
    assert_eq!(
        error.get_attribute("role"),
        None,
        "announced once, by the summary"
    );
    assert_eq!(text(&root, ".error-message .visually-hidden"), "Error: ");
    let fieldset = root.query_selector("fieldset").unwrap().unwrap();
    assert_eq!(fieldset.get_attribute("aria-describedby"), Some(error.id()));
}

#[wasm_bindgen_test]
async fn the_chosen_answer_is_checked() {
    let q = shared();
    let props = QuestionProps {
        questionnaire: q.clone(),
        index: 0,
        answer: Some(Answer::Choice(3)),
        need_answer: false,
        on_choose: Callback::noop(),
        on_next: Callback::noop(),
        on_back: Callback::noop(),
    };
    let root = root();
    Renderer::<Question>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let checked: Vec<String> = all(&root, "input[type=radio]")
        .into_iter()
        .map(|e| e.dyn_into::<HtmlInputElement>().unwrap())
        .filter(|input| input.checked())
        .map(|input| input.value())
        .collect();
    assert_eq!(checked, vec!["3".to_string()]);
}

fn partner_answers(q: &QuestionnaireRef) -> Answers {
    q.items
        .iter()
        .map(|item| {
            let top = q.option_count(item) as u8 - 1;
            Some(Answer::Choice(if item.reverse { 0 } else { top }))
        })
        .collect()
}

#[wasm_bindgen_test]
async fn the_result_shows_index_stage_chart_and_table() {
    let q = shared();
    let mut answers = partner_answers(&q);
    // Two answers left out of dimensions that need no minimum of their own, so every
    // dimension is still scored and the top stage is still reachable.
    let free: Vec<usize> = (0..q.items.len())
        .filter(|&i| {
            q.dimension_index(&q.items[i])
                .is_some_and(|d| q.dimensions[d].min_answers.is_none())
        })
        .take(2)
        .collect();
    answers[free[0]] = Some(Answer::CantJudge);
    answers[free[1]] = Some(Answer::NotApplicable);
    let props = ResultProps {
        questionnaire: q.clone(),
        answers: Rc::new(answers),
        heading: None,
        note: None,
        on_revisit: None,
        benchmark: false,
        payload: "EeBzAgBm-paVyiBrD".into(),
        children: yew::html! { <button class="child">{ "child" }</button> },
    };
    let root = root();
    Renderer::<ResultView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(text(&root, "[data-testid=overall-index]"), "100");
    // The downloads open the team view with this result, which saves the file.
    let saves: Vec<String> = all(&root, ".print-action a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(
        saves,
        [
            "team.html?lang=en#r=EeBzAgBm-paVyiBrD&save=csv",
            "team.html?lang=en#r=EeBzAgBm-paVyiBrD&save=json"
        ]
    );
    assert_eq!(
        text(&root, "[data-testid=stage]"),
        q.stages.last().unwrap().name.get("en")
    );
    let n = q.items.len();
    assert_eq!(
        text(&root, ".result-left-out"),
        format!("{} of {n} answers count towards the score. Left out of the score: “I can't judge”: 1, “Doesn't apply to us / hasn't come up”: 1.", n - 2)
    );
    let bars = all(&root, "svg.chart rect.chart-bar");
    assert_eq!(bars.len(), q.dimensions.len());
    for bar in &bars {
        assert_eq!(
            bar.get_attribute("width").as_deref(),
            Some("270"),
            "full bar at 100"
        );
    }
    let svg = root.query_selector("svg.chart").unwrap().unwrap();
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(svg.get_attribute("aria-label").is_some());
    let chart_text = svg.text_content().unwrap_or_default();
    let rows = all(&root, "table.scores tbody tr");
    assert_eq!(rows.len(), q.dimensions.len());
    for (row, dimension) in rows.iter().zip(&q.dimensions) {
        assert_eq!(
            row.get_attribute("data-dimension"),
            Some(dimension.id.clone())
        );
        assert_eq!(text(row, "th"), dimension.name.get("en"));
        assert_eq!(text(row, "td.score"), "100");
        assert!(chart_text.contains(dimension.name.get("en")));
    }
    // Every dimension is strong: they are listed as strong, and nothing is called weak.
    assert_eq!(
        all(&root, ".focus-strong .focus-item").len(),
        q.dimensions.len()
    );
    assert!(all(&root, ".focus-weak").is_empty());
    assert_eq!(
        all(&root, "table.scores details.reading-details").len(),
        q.dimensions.len()
    );
    assert_eq!(all(&root, ".ask-list li").len(), 3);
    assert_eq!(
        all(&root, "button.child").len(),
        1,
        "children follow the result"
    );
}

#[wasm_bindgen_test]
async fn thin_evidence_gives_a_provisional_result_that_leads_back_to_the_skipped_questions() {
    let q = shared();
    let mut answers = vec![Some(Answer::CantJudge); q.items.len()];
    answers[0] = partner_answers(&q)[0];
    let revisited: Rc<RefCell<Vec<Vec<usize>>>> = Rc::default();
    let props = ResultProps {
        questionnaire: q.clone(),
        answers: Rc::new(answers),
        heading: None,
        note: None,
        on_revisit: Some({
            let revisited = revisited.clone();
            Callback::from(move |questions| revisited.borrow_mut().push(questions))
        }),
        benchmark: false,
        payload: "EeBzAgBm-paVyiBrD".into(),
        children: yew::html! {},
    };
    let root = root();
    Renderer::<ResultView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(root
        .query_selector("[data-testid=overall-index]")
        .unwrap()
        .is_none());
    assert!(root
        .query_selector("[data-testid=stage]")
        .unwrap()
        .is_none());
    assert!(text(&root, ".result-provisional h2").contains("Not enough answers"));
    assert_eq!(all(&root, ".missing-list li").len(), q.dimensions.len());
    let button = root
        .query_selector(".result-provisional button")
        .unwrap()
        .unwrap();
    let skipped = q.items.len() - 1;
    assert_eq!(
        button.text_content().unwrap(),
        format!("Answer the {skipped} skipped questions")
    );
    button.dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(
        *revisited.borrow(),
        vec![(1..q.items.len()).collect::<Vec<_>>()]
    );
}

#[wasm_bindgen_test]
async fn corrupt_saved_progress_is_discarded_with_a_notice() {
    let root = root();
    storage().set_item(&storage_key(), "{not json").unwrap();
    Renderer::<App>::with_root_and_props(root.clone(), app_props()).render();
    yew::scheduler::flush().await;
    assert!(text(&root, ".notice").contains("could not be used"));
    assert!(root.query_selector(".intro").unwrap().is_some());
    assert_eq!(
        storage().get_item(&storage_key()).unwrap(),
        None,
        "the bad record is removed"
    );
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn saved_progress_resumes_at_the_saved_question_and_every_answer_is_saved() {
    let root = root();
    let q = shared();
    let mut progress = Progress::new(&q);
    progress.answers[0] = Some(Answer::Choice(4));
    progress.answers[1] = Some(Answer::CantJudge);
    progress.step = Step::Question(2);
    storage()
        .set_item(&storage_key(), &progress.to_record(&q))
        .unwrap();

    Renderer::<App>::with_root_and_props(root.clone(), app_props()).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "legend h1"), q.items[2].prompt.get("en"));
    assert!(text(&root, ".notice").contains("restored"));
    assert_eq!(
        text(&root, ".question-count"),
        format!("Question 3 of {}", q.items.len())
    );
    let progress_bar = root.query_selector("progress").unwrap().unwrap();
    assert_eq!(progress_bar.get_attribute("value").as_deref(), Some("3"));
    assert_eq!(
        progress_bar.get_attribute("max"),
        Some(q.items.len().to_string())
    );
    let live = root.query_selector(".question-count").unwrap().unwrap();
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));

    // Answer and go on: the saved record follows.
    let radio = root
        .query_selector("input[type=radio][value='1']")
        .unwrap()
        .unwrap();
    radio.dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    let next = all(&root, "button")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some("Next"))
        .unwrap();
    next.dyn_ref::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "legend h1"), q.items[3].prompt.get("en"));
    assert_eq!(
        text(&root, ".question-count"),
        format!("Question 4 of {}", q.items.len())
    );
    let saved =
        Progress::from_record(&storage().get_item(&storage_key()).unwrap().unwrap(), &q).unwrap();
    assert_eq!(saved.step, Step::Question(3));
    assert_eq!(saved.answers[2], Some(Answer::Choice(1)));
    // The heading of this test's question, not any other element with that id.
    let active = document().active_element().unwrap();
    assert!(root.contains(Some(&active)), "focus stays in this app");
    assert_eq!(
        active.id(),
        "step-heading",
        "focus moves to the new question"
    );
    assert_eq!(
        active.text_content().as_deref(),
        Some(q.items[3].prompt.get("en"))
    );
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn the_fatal_view_offers_reload_and_start_over_as_plain_links() {
    let root = root();
    root.set_text_content(Some("the app was here"));
    let texts = partner_or_vendor::app::text::fatal(partner_or_vendor::app::text::current());
    fatal::show(&document(), &root, &texts);
    assert_eq!(text(&root, ".fatal h1"), "Something went wrong");
    let links = all(&root, ".fatal a");
    assert_eq!(links.len(), 2);
    let start_over = links[1].get_attribute("href").unwrap();
    assert!(start_over.ends_with("start-over"), "{start_over}");
    assert!(!root.text_content().unwrap().contains("the app was here"));
}

#[wasm_bindgen_test]
async fn german_renders_the_whole_step_in_german_and_sets_the_page_language() {
    // The app gets its German texts with the German questionnaire; here they are built in.
    partner_or_vendor::app::text::install_builtin();
    let root = root();
    storage().clear().unwrap();
    let q = shared();
    let mut progress = Progress::new(&q);
    progress.step = Step::Question(0);
    storage()
        .set_item(&storage_key(), &progress.to_record(&q))
        .unwrap();
    let props = AppProps {
        lang: partner_or_vendor::app::text::Lang::De,
        ..app_props()
    };
    Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "legend h1"), q.items[0].prompt.get("de"));
    assert_eq!(
        text(&root, ".question-count"),
        format!("Frage 1 von {}", q.items.len())
    );
    let buttons: Vec<String> = all(&root, "button")
        .iter()
        .filter_map(|b| b.text_content())
        .collect();
    assert!(buttons.iter().any(|b| b == "Weiter"), "{buttons:?}");
    assert!(buttons.iter().any(|b| b == "Zurück"), "{buttons:?}");
    let html = gloo_utils_document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("de"));
    storage().clear().unwrap();
}

fn gloo_utils_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}
