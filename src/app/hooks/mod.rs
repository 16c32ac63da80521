//! The App's effects, one named hook each: saving progress, keeping the address and the app in
//! step (real history, `history.rs`), telling the host page (`host.rs`), naming the step in the
//! page's title, and moving focus to each new view's heading.

mod history;
mod host;

pub use history::{navigate, use_address};
pub use host::{use_frame_title, use_host_messages};

use crate::app::state::{AppState, Notice, Screen};
use crate::app::{text, STEP_HEADING_ID};
use crate::browser::kept;
use crate::browser::storage;
use crate::model::history::Kept;
use crate::model::progress::Progress;
use crate::model::progress::Step;
use crate::model::questionnaire::Questionnaire;
use crate::model::route::Route;
use crate::model::scoring;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Saves after every change of answers or position. A refusal costs only the resume, and the
/// visitor already saw the notice when storage was refused at start-up. The first render has
/// nothing new to save, unless a damaged record must be replaced.
///
/// The visitor's own result is also kept among their earlier results when it shows (with the
/// date and the index it has; a later change of its label keeps that first link).
#[hook]
pub fn use_saved_progress(state: &UseReducerHandle<AppState>) {
    let unchanged = use_mut_ref(|| state.notice != Some(Notice::Discarded));
    let own = state.screen == Screen::Journey;
    use_effect_with(
        (state.questionnaire.clone(), state.progress.clone()),
        move |(questionnaire, progress)| {
            if !std::mem::replace(&mut *unchanged.borrow_mut(), false) {
                storage::save(questionnaire, progress);
            }
            if own && progress.step == Step::Result {
                keep_result(questionnaire, progress);
            }
        },
    );
}

/// Kept apart from the effect (never inlined), so its code is compiled only when a result
/// first shows, not in the first render's task.
#[inline(never)]
fn keep_result(questionnaire: &Questionnaire, progress: &Progress) {
    kept::keep(Kept {
        date: kept::today(),
        index: scoring::score(questionnaire, &progress.answers).index(),
        payload: crate::model::link::encode(questionnaire, &progress.answers, None),
    });
}

/// Moves focus to the new view's heading, so keyboard and screen-reader users start reading
/// there; on the first render only when the app replaced a placeholder that held focus
/// (`first_too`), otherwise the page's own focus order should stand.
#[hook]
pub fn use_step_focus(state: &UseReducerHandle<AppState>, first_too: bool) {
    let first_render = use_mut_ref(|| true);
    use_effect_with(view_key(state), move |_| {
        if std::mem::replace(&mut *first_render.borrow_mut(), false) && !first_too {
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
        (_, route) => format!(
            "{} {}",
            route.map(|r| r.format()).unwrap_or_default(),
            state.questionnaire.id
        ),
    }
}

/// Names the step in the page's title ("Question 3 of 30 — Partner or Vendor?"), so a
/// screen reader announces where the visitor is and the browser's history lists each step.
#[hook]
pub fn use_title(state: &UseReducerHandle<AppState>, t: &'static text::Ui) {
    let app = state.questionnaire.title.get(t.lang.code()).to_string();
    let step = match (&state.screen, state.progress.step) {
        (Screen::BrokenLink(_), _) => Some(t.broken_heading.to_string()),
        (Screen::SharedResult(_), _) => Some(t.shared_heading.to_string()),
        (Screen::Comparison(..), _) | (Screen::Against(_), Step::Result) => {
            Some(t.compare_heading.to_string())
        }
        (_, Step::Question(k)) => Some(t.question_of(k + 1, state.questionnaire.items.len())),
        (_, Step::Result) => Some(t.result_heading.to_string()),
        (_, Step::Intro) => None,
    };
    let title = match step {
        Some(step) => format!("{step}{}{app}", t.title_join),
        None => app,
    };
    use_effect_with(title, |title| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    });
}
