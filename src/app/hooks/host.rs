//! What follows the visitor's progress (saved; the host page told when they start and of each
//! result of their own, kept among earlier results too), and the frame's title for the host
//! page.

use crate::app::hooks::earlier;
use crate::app::state::{AppState, Notice, OwnResult};
use crate::app::{address, text};
use crate::browser::embed;
use crate::browser::storage;
use crate::model::message::Message;
use crate::model::progress::Step;
use crate::model::questionnaire::Questionnaire;
use crate::model::route::Route;
use crate::model::settings::Settings;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Tells the loader the frame's title, with the firm's checked name, in the language on screen.
#[hook]
pub fn use_frame_title(settings: &Rc<Settings>, t: &'static text::Ui) {
    let host = settings.host.clone();
    let title = t.frame_title(settings.firm.as_deref());
    use_effect_with(title, move |title| {
        embed::post(host.as_deref(), Message::Title, title.as_str().into());
    });
}

/// What follows each change of the visitor's progress, in one effect, since all of it follows
/// the same change:
/// - the progress is saved. A refusal costs only the resume, and the visitor already saw the
///   notice when storage was refused at start-up; the first render has nothing new to save,
///   unless a damaged record must be replaced;
/// - the host page is told when the visitor starts, and which question is on screen (its
///   number, never an answer);
/// - each result of their own that comes on screen (`AppState::own`) is kept among their
///   earlier results, told to the host page, and compared with the firm's norms file, if any
///   (`benchmark.rs`). Only new answers make a result news (not a
///   label typed for the people the visitor shares it with, which is never sent, nor the same
///   result's texts arriving in another language).
#[hook]
pub fn use_progress(
    state: &UseReducerHandle<AppState>,
    settings: &Rc<Settings>,
    t: &'static text::Ui,
) {
    let seen = use_mut_ref(|| Seen {
        saved: state.notice != Some(Notice::Discarded),
        step: state.progress.step,
        own: None,
    });
    let settings = settings.clone();
    let state = state.clone();
    use_effect_with(
        (
            state.questionnaire.clone(),
            state.progress.clone(),
            state.own.clone(),
        ),
        move |(questionnaire, progress, own)| {
            let mut seen = seen.borrow_mut();
            if !std::mem::replace(&mut seen.saved, false) {
                storage::save(questionnaire, progress);
            }
            let host = settings.host.as_deref();
            let before = std::mem::replace(&mut seen.step, progress.step);
            if let Step::Question(k) = progress.step {
                if before == Step::Intro {
                    embed::post(host, Message::Start, JsValue::UNDEFINED);
                }
                if before != progress.step {
                    let count = questionnaire.items.len();
                    let detail =
                        [("question", k + 1), ("count", count)].map(|(n, v)| (n, JsValue::from(v)));
                    embed::post(host, Message::Step, embed::object(&detail));
                }
            }
            if *own == seen.own {
                return;
            }
            seen.own = own.clone();
            if let Some(own) = own {
                earlier::keep(&state, own);
                let url = address::link_to(&settings, &Route::Shared(own.link.clone()));
                let detail = completion(questionnaire, own, &url, t);
                embed::post(host, Message::Complete, detail);
                super::benchmark::ask(questionnaire, own, &settings);
            }
        },
    );
}

/// What `use_progress` has seen: whether the progress on screen is already saved, the step
/// before, and the own result last told.
struct Seen {
    saved: bool,
    step: Step,
    own: Option<Rc<OwnResult>>,
}

/// The `detail` of the host page's `partner-or-vendor:complete` event.
fn completion(questionnaire: &Questionnaire, own: &OwnResult, url: &str, t: &text::Ui) -> JsValue {
    let outcome = &own.outcome;
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
    embed::object(&[
        ("overall", number(outcome.index())),
        ("stage", text(stage.map(|s| s.id.as_str()))),
        ("stageName", text(stage.map(|s| s.name.get(t.lang.code())))),
        ("dimensions", embed::object(&dimensions)),
        // Too few answers for an index: `overall` and `stage` are null.
        ("provisional", JsValue::from(outcome.is_provisional())),
        ("heldBack", held_back.into()),
        ("link", url.into()),
        ("lens", JsValue::from(questionnaire.seat.id())),
    ])
}
