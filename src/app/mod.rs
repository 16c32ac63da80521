//! The Yew shell: the root component, start-up and the views. Components render state and
//! forward events; every decision is made by the core in `crate::model`.

pub mod chart;
pub mod intro;
pub mod notice;
pub mod question;
pub mod result;
pub mod state;
pub mod text;

use crate::browser::{fatal, storage};
use crate::model::builtin;
use crate::model::progress::{Progress, Step};
use state::{Action, AppState, Notice, Shared};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The id of the element the app renders into, and of the heading that takes focus on each step.
pub const ROOT_ID: &str = "app";
pub const STEP_HEADING_ID: &str = "step-heading";

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub questionnaire: Shared,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let questionnaire = props.questionnaire.clone();
        move || {
            let (progress, notice) = match storage::load(&questionnaire) {
                storage::Loaded::Nothing => (Progress::new(&questionnaire), None),
                storage::Loaded::Restored(p) => (p, Some(Notice::Restored)),
                storage::Loaded::Discarded => {
                    (Progress::new(&questionnaire), Some(Notice::Discarded))
                }
                storage::Loaded::Unavailable => {
                    (Progress::new(&questionnaire), Some(Notice::NoStorage))
                }
            };
            AppState::new(questionnaire, progress, notice)
        }
    });

    // Save after every change of answers or position. A refusal costs only the resume, and
    // the visitor already saw the notice when storage was refused at start-up.
    use_effect_with(state.progress.clone(), {
        let questionnaire = state.questionnaire.clone();
        move |progress: &Progress| {
            storage::save(&questionnaire, progress);
        }
    });

    // Move focus to the new step's heading, so keyboard and screen-reader users start reading
    // there; not on the first render, where the page's own focus order should stand.
    let first_render = use_mut_ref(|| true);
    use_effect_with(state.progress.step, move |_| {
        if std::mem::replace(&mut *first_render.borrow_mut(), false) {
            return;
        }
        let heading = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(STEP_HEADING_ID))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });

    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action))
    };
    let on_choose = {
        let state = state.clone();
        Callback::from(move |answer| state.dispatch(Action::Choose(answer)))
    };

    let questionnaire = &state.questionnaire;
    let total = questionnaire.items.len();
    let screen = match state.progress.step {
        Step::Intro => html! {
            <intro::Intro
                questionnaire={questionnaire.clone()}
                resumable={!state.progress.is_fresh()}
                on_start={dispatch(Action::Start)}
                on_start_over={dispatch(Action::StartOver)}
            />
        },
        Step::Question(k) => html! {
            <question::Question
                key={questionnaire.items[k].id.clone()}
                questionnaire={questionnaire.clone()}
                index={k}
                answer={state.progress.answers[k]}
                need_answer={state.need_answer}
                on_choose={on_choose}
                on_next={dispatch(Action::Next)}
                on_back={dispatch(Action::Back)}
            />
        },
        Step::Result => html! {
            <result::Result
                questionnaire={questionnaire.clone()}
                answers={Rc::new(state.progress.answers.clone())}
                on_back={dispatch(Action::Back)}
                on_start_over={dispatch(Action::StartOver)}
            />
        },
    };
    html! {
        <div class="app">
            if let Some(notice) = state.notice {
                <notice::NoticeBanner {notice} on_dismiss={dispatch(Action::DismissNotice)} />
            }
            if let Step::Question(k) = state.progress.step {
                // Outside the per-question view, so the element lives across steps and its
                // change of text is announced as a polite live region.
                <div class="question-status">
                    <p class="question-count" aria-live="polite">{ text::question_of(k + 1, total) }</p>
                    <progress
                        class="question-progress"
                        max={total.to_string()}
                        value={(k + 1).to_string()}
                        aria-label={text::PROGRESS_LABEL}
                    />
                </div>
            }
            { screen }
        </div>
    }
}

/// Start-up: install the fatal-error view, honour a "start over" link, and mount the app.
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Partner or Vendor? stopped: {info}").into());
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(document) = document {
            if let Some(root) = document.get_element_by_id(ROOT_ID) {
                fatal::show(&document, &root);
            }
        }
    }));
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        web_sys::console::error_1(&format!("Partner or Vendor?: no element #{ROOT_ID}").into());
        return;
    };
    let questionnaire = Shared(Rc::new(builtin::questionnaire()));
    forget_progress_if_asked(&window, &questionnaire);
    // The page's own placeholder (shown while the wasm loads) makes way for the app.
    root.set_text_content(None);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { questionnaire }).render();
}

/// The fatal view's "Start over" link loads the page with `?start-over`: forget saved progress,
/// then drop the parameter so a later reload keeps the visitor's new answers.
fn forget_progress_if_asked(window: &web_sys::Window, questionnaire: &Shared) {
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let params: Vec<&str> = search.trim_start_matches('?').split('&').collect();
    if !params.contains(&fatal::START_OVER_PARAM) {
        return;
    }
    storage::clear(questionnaire);
    let kept: Vec<&str> = params
        .into_iter()
        .filter(|p| !p.is_empty() && *p != fatal::START_OVER_PARAM)
        .collect();
    let query = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        query,
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
