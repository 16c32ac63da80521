//! The App's effects, one named hook each: what follows the visitor's progress (saved, the
//! host page told of the start and of each own result, kept among earlier results too:
//! `host.rs`, `earlier.rs`), running what waits for the catalog (`catalog.rs`), keeping the
//! address and the app in step (real history, `history.rs`),
//! the document's title and language, moving focus to each new view's heading, and the firm's
//! norms file once the visitor's own result is on screen (`benchmark.rs`).

mod benchmark;
mod catalog;
mod earlier;
mod history;
mod host;

pub use benchmark::{compared, LINE_ID as BENCHMARK_LINE_ID};
pub use catalog::use_catalog;
pub use earlier::{on_forget, on_keep};
pub use history::use_address;
pub use host::{use_frame_title, use_progress};

use crate::app::page::STEP_HEADING_ID;
use crate::app::state::{AppState, Place};
use crate::app::{language, text};
use wasm_bindgen::JsCast;
use yew::prelude::*;

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
    let route = || state.route().map(|r| r.format()).unwrap_or_default();
    match state.place() {
        Place::Broken(reason) => format!("broken {}", text::EN.broken(reason)),
        // A comparison's own half changes with the label typed on it: the same view.
        Place::AgainstResult(against) => format!("against {}", against.payload),
        Place::Intro
        | Place::Question(_)
        | Place::Result
        | Place::AgainstQuestion(..)
        | Place::Shared(_)
        | Place::Comparison(..) => format!("{} {}", route(), state.questionnaire.id),
    }
}

/// The document follows the screen: its title names the step (see `AppState::title`), and
/// `<html lang>` the language of the texts on screen (see `language::follow`). The title
/// changes when the texts of the chosen language arrive, so one effect serves both.
#[hook]
pub fn use_document(state: &UseReducerHandle<AppState>, t: &'static text::Ui) {
    use_effect_with((state.title(t), state.lang), |(title, lang)| {
        language::follow(*lang);
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(title);
        }
    });
}
