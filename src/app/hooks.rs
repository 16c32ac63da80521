//! The App's effects, one named hook each: saving progress, keeping the address and the app in
//! step (real history), telling the host page, and moving focus to each new view's heading.

use crate::app::state::{Action, AppState, Catalog, Notice, Screen, Shared};
use crate::app::{address, configure, start, text, with_whole_catalog, STEP_HEADING_ID};
use crate::browser::{embed, storage};
use crate::model::progress::Step;
use crate::model::questionnaire::Seat;
use crate::model::route::Route;
use crate::model::scoring;
use crate::model::settings::Settings;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Saves after every change of answers or position. A refusal costs only the resume, and the
/// visitor already saw the notice when storage was refused at start-up. The first render has
/// nothing new to save, unless a damaged record must be replaced.
#[hook]
pub fn use_saved_progress(state: &UseReducerHandle<AppState>) {
    let unchanged = use_mut_ref(|| state.notice != Some(Notice::Discarded));
    use_effect_with(
        (state.questionnaire.clone(), state.progress.clone()),
        move |(questionnaire, progress)| {
            if !std::mem::replace(&mut *unchanged.borrow_mut(), false) {
                storage::save(questionnaire, progress);
            }
        },
    );
}

/// The app's own history entries in this tab: their routes, and which one is on screen.
#[derive(Default)]
struct Entries {
    routes: Vec<Route>,
    at: usize,
}

/// Keeps the address and the app in step. Every step and screen is a history entry, so the
/// browser's Back and Forward (and a phone's back gesture) move between questions and screens;
/// a change on the same page (a result's label) replaces its entry. In a frame on a firm's page
/// the address is replaced instead, so the widget never adds entries to the host page's
/// history and the browser's Back still leaves that page.
///
/// Returns the in-app Back: when the step before is the previous entry, it goes back in the
/// history rather than adding an entry.
#[hook]
pub fn use_address(state: &UseReducerHandle<AppState>) -> Callback<()> {
    let entries = use_mut_ref(Entries::default);
    {
        let entries = entries.clone();
        use_effect_with(state.route(), move |route| {
            let Some(route) = route.clone() else {
                return;
            };
            let mut entries = entries.borrow_mut();
            let current = address::route();
            if entries.routes.is_empty() {
                // The first view: number the entry it came with.
                entries.routes.push(route.clone());
                address::write(&route, false, 0);
                return;
            }
            let push = current != route && !current.same_page(&route) && !embed::is_framed();
            if push {
                entries.at += 1;
                let at = entries.at;
                entries.routes.truncate(at);
                entries.routes.push(route.clone());
            } else {
                let at = entries.at;
                if let Some(slot) = entries.routes.get_mut(at) {
                    *slot = route.clone();
                }
            }
            if current != route {
                address::write(&route, push, entries.at as u32);
            }
        });
    }
    {
        let state = state.clone();
        let entries = entries.clone();
        use_effect_with((), move |_| {
            let follow = Rc::new(move || {
                let route = address::route();
                {
                    let mut entries = entries.borrow_mut();
                    match history_depth() {
                        Some(at) => entries.at = at.min(entries.routes.len()),
                        // An address typed or pasted into this tab: a new entry of its own.
                        None => {
                            entries.at = (entries.at + 1).min(entries.routes.len());
                            let at = entries.at;
                            entries.routes.truncate(at);
                            entries.routes.push(route.clone());
                            address::write(&route, false, at as u32);
                        }
                    }
                }
                navigate(state.clone(), route);
            });
            // Chromium tells of a changed fragment with both events; following the same
            // address twice changes nothing the second time.
            let listeners = web_sys::window().map(|window| {
                let on_pop = follow.clone();
                [
                    gloo_events::EventListener::new(&window, "popstate", move |_| on_pop()),
                    gloo_events::EventListener::new(&window, "hashchange", move |_| follow()),
                ]
            });
            move || drop(listeners)
        });
    }
    let state = state.clone();
    Callback::from(move |()| {
        let target = Rc::new((*state).clone()).reduce(Action::Back).route();
        let entries = entries.borrow();
        let previous = entries
            .at
            .checked_sub(1)
            .and_then(|k| entries.routes.get(k));
        if target.is_some() && previous == target.as_ref() && !embed::is_framed() {
            address::back();
        } else {
            state.dispatch(Action::Back);
        }
    })
}

/// The number the app gave the history entry on screen, if it is one of its own.
fn history_depth() -> Option<usize> {
    let history = web_sys::window()?.history().ok()?;
    let depth = history.state().ok()?.as_f64()?;
    (depth >= 0.0).then_some(depth as usize)
}

/// Goes where an address says: the configurator's old address to its page; a link made with
/// a questionnaire this tab has not fetched yet once it is here; answering against a shared
/// result with that seat's saved progress. Where the answers do not reach that far, the address
/// is corrected in place (a question not yet reachable shows the first open one).
pub fn navigate(state: UseReducerHandle<AppState>, route: Route) {
    if route == Route::Configure {
        configure::forward_old_address(&route.format());
        return;
    }
    let needs_more = state.catalog.needs_more_for(&route);
    let go = move |state: &UseReducerHandle<AppState>, catalog: &Catalog| {
        let answering = match (&state.screen, &route) {
            (Screen::Against(against), Route::Against { shared, .. }) => {
                against.payload == shared.trim()
            }
            _ => false,
        };
        let mut actions = Vec::new();
        if !answering {
            if let Some((questionnaire, progress, opened)) = start::against(catalog, &route) {
                actions.push(Action::UseSeat {
                    questionnaire,
                    progress,
                    against: Some(opened),
                });
            }
        }
        actions.push(Action::Go(route.clone()));
        let mut next = Rc::new((**state).clone());
        // Where the app will arrive, worked out now to correct the address in place.
        if catalog.complete && !state.catalog.complete {
            Rc::make_mut(&mut next).catalog = Rc::new(Catalog {
                all: catalog.all.clone(),
                complete: true,
            });
        }
        for action in &actions {
            next = next.reduce(action.clone());
        }
        if let Some(arrived) = next.route().filter(|r| *r != route) {
            address::write(&arrived, false, history_depth().unwrap_or(0) as u32);
        }
        for action in actions {
            state.dispatch(action);
        }
    };
    if needs_more {
        with_whole_catalog(state, go);
    } else {
        let catalog = state.catalog.clone();
        go(&state, &catalog);
    }
}

/// Tells the host page when the visitor starts and whenever their own result is on screen.
#[hook]
pub fn use_host_messages(
    state: &UseReducerHandle<AppState>,
    settings: &Rc<Settings>,
    t: &'static text::Ui,
) {
    let previous = use_mut_ref(|| state.progress.step);
    let settings = settings.clone();
    let own_result =
        (state.screen == Screen::Journey && state.progress.step == Step::Result).then(|| {
            (
                state.questionnaire.clone(),
                state.progress.answers.clone(),
                state.own_payload(),
            )
        });
    use_effect_with(
        (state.progress.step, own_result),
        move |(step, own_result)| {
            let before = std::mem::replace(&mut *previous.borrow_mut(), *step);
            let host = settings.host.as_deref();
            if before == Step::Intro && matches!(step, Step::Question(_)) {
                embed::post(host, "start", &[]);
            }
            if let Some((questionnaire, answers, payload)) = own_result {
                let url = format!(
                    "{}{}",
                    address::base_url(&settings),
                    Route::Shared(payload.clone()).format()
                );
                embed::post(
                    host,
                    "complete",
                    &[("detail", completion(questionnaire, answers, &url, t))],
                );
            }
        },
    );
}

/// The `detail` of the host page's `partner-or-vendor:complete` event.
fn completion(
    questionnaire: &Shared,
    answers: &scoring::Answers,
    url: &str,
    t: &text::Ui,
) -> JsValue {
    let outcome = scoring::score(questionnaire, answers);
    let number = |n: Option<u8>| n.map(JsValue::from).unwrap_or(JsValue::NULL);
    let text = |s: Option<&str>| s.map(JsValue::from).unwrap_or(JsValue::NULL);
    let dimensions: Vec<(&str, JsValue)> = questionnaire
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(d, s)| (d.id.as_str(), number(s.rounded())))
        .collect();
    let stage = outcome.stage(questionnaire);
    let held_back: js_sys::Array = outcome
        .held_back
        .iter()
        .map(|&d| JsValue::from(questionnaire.dimensions[d].id.as_str()))
        .collect();
    let lens = match questionnaire.seat {
        Seat::Client => "client",
        Seat::Provider => "provider",
    };
    embed::object(&[
        ("overall", number(outcome.index())),
        ("stage", text(stage.map(|s| s.id.as_str()))),
        ("stageName", text(stage.map(|s| s.name.get(t.lang.code())))),
        ("dimensions", embed::object(&dimensions)),
        // Too few answers for an index: `overall` and `stage` are null.
        ("provisional", JsValue::from(outcome.is_provisional())),
        ("heldBack", held_back.into()),
        ("link", url.into()),
        ("lens", JsValue::from(lens)),
    ])
}

/// Moves focus to the new view's heading, so keyboard and screen-reader users start reading
/// there; not on the first render, where the page's own focus order should stand.
#[hook]
pub fn use_step_focus(state: &UseReducerHandle<AppState>) {
    let first_render = use_mut_ref(|| true);
    use_effect_with(view_key(state), move |_| {
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
}

/// Which view is on screen: its route, or for a broken link the reason's message.
fn view_key(state: &AppState) -> String {
    match (&state.screen, state.route()) {
        (Screen::BrokenLink(reason), _) => format!("broken {}", text::EN.broken(*reason)),
        // A comparison's own half changes with the label typed on it: the same view.
        (Screen::Against(_), Some(Route::Comparison { first, .. })) => format!("against {first}"),
        (_, route) => format!("{route:?} {}", state.questionnaire.id),
    }
}
