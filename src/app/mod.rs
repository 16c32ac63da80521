//! The Yew shell: the root component, start-up and the views. Components render state and
//! forward events; every decision is made by the core in `crate::model`.

pub mod broken_link;
pub mod chart;
pub mod comparison;
pub mod intro;
pub mod notice;
pub mod qr;
pub mod question;
pub mod result;
pub mod share;
pub mod state;
pub mod text;

use crate::browser::{fatal, storage};
use crate::model::link;
use crate::model::progress::{Progress, Step};
use crate::model::questionnaire::Seat;
use crate::model::scoring;
use state::{Action, AppState, Catalog, Notice, Opened, Screen, Shared};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The id of the element the app renders into, and of the heading that takes focus on each step.
pub const ROOT_ID: &str = "app";
pub const STEP_HEADING_ID: &str = "step-heading";

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub catalog: Rc<Catalog>,
    /// The seat answered when the visitor starts.
    #[prop_or_default]
    pub seat: Seat,
}

/// Saved progress for a questionnaire, with the notice that goes with it.
fn load_progress(questionnaire: &Shared) -> (Progress, Option<Notice>) {
    match storage::load(questionnaire) {
        storage::Loaded::Nothing => (Progress::new(questionnaire), None),
        storage::Loaded::Restored(p) => (p, Some(Notice::Restored)),
        storage::Loaded::Discarded => (Progress::new(questionnaire), Some(Notice::Discarded)),
        storage::Loaded::Unavailable => (Progress::new(questionnaire), Some(Notice::NoStorage)),
    }
}

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The page's address without its fragment: the base of every results link.
fn base_url() -> String {
    let href = location().and_then(|l| l.href().ok()).unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

fn current_fragment() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// Which view is on screen, for moving focus when it changes.
fn view_key(state: &AppState) -> String {
    match &state.screen {
        Screen::Journey => format!(
            "journey {:?} {}",
            state.progress.step, state.questionnaire.id
        ),
        Screen::SharedResult(o) => format!("shared {}", o.payload),
        Screen::Comparison(a, b) => format!("compare {} {}", a.payload, b.payload),
        Screen::BrokenLink(reason) => format!("broken {reason:?}"),
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let catalog = props.catalog.clone();
        let seat = props.seat;
        move || {
            let questionnaire = catalog.for_seat(seat);
            let (progress, notice) = load_progress(&questionnaire);
            let mut state = AppState::new(catalog, questionnaire, progress, notice);
            state.open_fragment(&current_fragment());
            state
        }
    });

    // Save after every change of answers or position. A refusal costs only the resume, and
    // the visitor already saw the notice when storage was refused at start-up.
    use_effect_with(
        (state.questionnaire.clone(), state.progress.clone()),
        |(questionnaire, progress)| {
            storage::save(questionnaire, progress);
        },
    );

    // Follow the address: a results link pasted into this tab opens at once.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "hashchange", move |_| {
                    state.dispatch(Action::OpenFragment(current_fragment()));
                })
            });
            move || drop(listener)
        });
    }

    // Back on the visitor's own journey, a results link left in the address would reopen the
    // shared result on reload: take it out (unless answering against it).
    {
        let on_own_journey = state.screen == Screen::Journey && state.against.is_none();
        use_effect_with(on_own_journey, |on_own_journey| {
            if *on_own_journey && link::parse_fragment(&current_fragment()).result.is_some() {
                let window = web_sys::window();
                if let Some(history) = window.as_ref().and_then(|w| w.history().ok()) {
                    let _ = history.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&base_url()),
                    );
                }
            }
        });
    }

    // Move focus to the new view's heading, so keyboard and screen-reader users start reading
    // there; not on the first render, where the page's own focus order should stand.
    let first_render = use_mut_ref(|| true);
    use_effect_with(view_key(&state), move |_| {
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
        Callback::from(move |()| state.dispatch(action.clone()))
    };
    let on_choose = {
        let state = state.clone();
        Callback::from(move |answer| state.dispatch(Action::Choose(answer)))
    };
    let on_label = {
        let state = state.clone();
        Callback::from(move |label| state.dispatch(Action::SetLabel(label)))
    };
    // Answer a seat, resuming its saved progress, optionally against a shared result.
    let use_seat = |seat: Seat, against: Option<Opened>| {
        let state = state.clone();
        Callback::from(move |()| {
            let questionnaire = state.catalog.for_seat(seat);
            let (progress, _) = load_progress(&questionnaire);
            state.dispatch(Action::UseSeat {
                questionnaire,
                progress,
                against: against.clone(),
            });
        })
    };
    let own_actions = html! {
        <div class="actions">
            <button type="button" class="button secondary" onclick={dispatch(Action::Back).reform(|_| ())}>
                { text::CHANGE_ANSWERS }
            </button>
            <button type="button" class="button secondary" onclick={dispatch(Action::StartOver).reform(|_| ())}>
                { text::START_OVER }
            </button>
        </div>
    };
    let take_it_yourself = html! {
        <button type="button" class="button" onclick={use_seat(Seat::Client, None).reform(|_| ())}>
            { text::TAKE_IT_YOURSELF }
        </button>
    };

    let questionnaire = &state.questionnaire;
    let total = questionnaire.items.len();
    let base = base_url();
    let screen = match (&state.screen, state.progress.step) {
        (Screen::BrokenLink(reason), _) => html! {
            <broken_link::BrokenLink reason={*reason} on_start={use_seat(Seat::Client, None)} />
        },
        (Screen::SharedResult(opened), _) => {
            let other = match opened.questionnaire.seat {
                Seat::Client => Seat::Provider,
                Seat::Provider => Seat::Client,
            };
            let note = opened
                .label
                .as_deref()
                .map(text::shared_from)
                .unwrap_or_else(|| text::SHARED_HEADING.to_string());
            html! {
                <result::Result questionnaire={opened.questionnaire.clone()} answers={opened.answers.clone()}
                    heading={text::SHARED_HEADING} note={Some(AttrValue::from(format!("{note}. {}", text::SHARED_NOTE)))}>
                    <div class="actions">
                        { take_it_yourself.clone() }
                        <button type="button" class="button secondary"
                            onclick={use_seat(other, Some(opened.clone())).reform(|_| ())}>
                            { text::answer_other_seat(opened.questionnaire.seat) }
                        </button>
                    </div>
                </result::Result>
            }
        }
        (Screen::Comparison(first, second), _) => {
            let url = format!(
                "{base}{}",
                link::fragment(&first.payload, Some(&second.payload))
            );
            html! {
                <comparison::Comparison first={first.clone()} second={second.clone()}>
                    <share::SharePanel url={url.clone()} summary={text::email_body(None, None, None, &url)} />
                    <div class="actions">{ take_it_yourself.clone() }</div>
                </comparison::Comparison>
            }
        }
        (Screen::Journey, Step::Intro) => html! {
            <intro::Intro
                questionnaire={questionnaire.clone()}
                resumable={!state.progress.is_fresh()}
                on_start={dispatch(Action::Start)}
                on_start_over={dispatch(Action::StartOver)}
                on_switch_seat={use_seat(match questionnaire.seat {
                    Seat::Client => Seat::Provider,
                    Seat::Provider => Seat::Client,
                }, None)}
            />
        },
        (Screen::Journey, Step::Question(k)) => html! {
            <question::Question
                key={format!("{}:{}", questionnaire.id, questionnaire.items[k].id)}
                questionnaire={questionnaire.clone()}
                index={k}
                answer={state.progress.answers[k]}
                need_answer={state.need_answer}
                on_choose={on_choose}
                on_next={dispatch(Action::Next)}
                on_back={dispatch(Action::Back)}
            />
        },
        (Screen::Journey, Step::Result) => {
            let payload = state.own_payload();
            let label = Some((AttrValue::from(state.label.clone()), on_label.clone()));
            match &state.against {
                Some(against) => {
                    let mine = Opened {
                        questionnaire: questionnaire.clone(),
                        answers: Rc::new(state.progress.answers.clone()),
                        label: link::clean_label(&state.label),
                        payload: payload.clone(),
                    };
                    let url = format!("{base}{}", link::fragment(&against.payload, Some(&payload)));
                    html! {
                        <comparison::Comparison first={against.clone()} second={mine}>
                            <share::SharePanel url={url.clone()} summary={text::email_body(None, None, None, &url)} {label} />
                            { own_actions }
                        </comparison::Comparison>
                    }
                }
                None => {
                    let url = format!("{base}{}", link::fragment(&payload, None));
                    let outcome = scoring::score(questionnaire, &state.progress.answers);
                    let summary = text::email_body(
                        outcome.index(),
                        outcome.stage(questionnaire).map(|s| s.name.get("en")),
                        link::clean_label(&state.label).as_deref(),
                        &url,
                    );
                    html! {
                        <result::Result questionnaire={questionnaire.clone()}
                            answers={Rc::new(state.progress.answers.clone())}>
                            <share::SharePanel url={url} summary={summary} {label} />
                            { own_actions }
                        </result::Result>
                    }
                }
            }
        }
    };
    html! {
        <div class="app">
            if let Some(notice) = state.notice {
                <notice::NoticeBanner {notice} on_dismiss={dispatch(Action::DismissNotice)} />
            }
            if let (Screen::Journey, Step::Question(k)) = (&state.screen, state.progress.step) {
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
    let catalog = Rc::new(Catalog::builtin());
    forget_progress_if_asked(&window, &catalog);
    // The page's own placeholder (shown while the wasm loads) makes way for the app.
    root.set_text_content(None);
    let props = AppProps {
        catalog,
        seat: Seat::Client,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}

/// The fatal view's "Start over" link loads the page with `?start-over`: forget saved progress,
/// then drop the parameter so a later reload keeps the visitor's new answers.
fn forget_progress_if_asked(window: &web_sys::Window, catalog: &Catalog) {
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let params: Vec<&str> = search.trim_start_matches('?').split('&').collect();
    if !params.contains(&fatal::START_OVER_PARAM) {
        return;
    }
    for questionnaire in &catalog.all {
        storage::clear(questionnaire);
    }
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
