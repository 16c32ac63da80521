//! The app's state and every change to it as a named action. Decisions are the core's
//! (`Progress`, `link::decode`); this module only routes actions to it.
//!
//! `place.rs` says what is on screen (one total mapping every view, title and address starts
//! from), `address.rs` how the state and its address correspond, `intent.rs` what waits for
//! more of the catalog (effects as data, run by `hooks::use_catalog`), `catalog.rs` the
//! questionnaires the app knows. The reducer's tests are in `tests.rs`, the catalog's and the
//! fetches' in `catalog_tests.rs`.

mod address;
mod catalog;
#[cfg(test)]
mod catalog_tests;
mod intent;
mod journey;
mod place;
#[cfg(test)]
mod place_tests;
#[cfg(test)]
mod tests;

pub use catalog::{ById, Catalog, Need, Opened, QuestionnaireRef, Wanted};
pub use intent::{Intent, Pending};
pub use place::{OwnResult, Place};

use crate::app::text::Lang;
use crate::browser::kept::Earlier;
use crate::model::link;
use crate::model::progress::Progress;
use crate::model::questionnaire::Questionnaire;
use crate::model::route::Route;
use crate::model::scoring::Answer;
use std::rc::Rc;
use yew::Reducible;

pub use crate::model::link::Broken;

/// What the page shows. The visitor's own steps (intro, question, result) are in `Progress`;
/// the screen says whose questions they are and what they are answered against.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// The visitor's own journey: intro, questions, result.
    Journey,
    /// The visitor answers the other seat against a shared result: questions, then the
    /// comparison of both.
    Against(Opened),
    /// A result opened from a `#r=` link.
    SharedResult(Opened),
    /// Two results opened from a `#r=…&vs=…` link.
    Comparison(Opened, Opened),
    BrokenLink(Broken),
}

/// The results kept in this browser as one reading of storage, compared by identity: each
/// reading is news.
pub type EarlierList = ById<Earlier>;

/// A short message shown above the current step.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Progress from an earlier visit was restored.
    Restored,
    /// Saved progress was unusable and was discarded.
    Discarded,
    /// The browser refuses storage: no resume this time.
    NoStorage,
    /// Questions the view needs (another seat's, language's or version's) could not be
    /// fetched; "Try again" wants them again for what was waiting (`Action::Retry`).
    LoadFailed(Intent),
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub catalog: Rc<Catalog>,
    /// The questionnaire of the seat the visitor is answering.
    pub questionnaire: QuestionnaireRef,
    pub progress: Progress,
    /// "Next" was pressed without an answer: show the error until an answer is chosen.
    pub need_answer: bool,
    pub notice: Option<Notice>,
    pub screen: Screen,
    /// The respondent label the visitor typed for sharing.
    pub label: String,
    /// The language chosen. Its texts and questions may still be on their way (`text::ui` falls
    /// back to English until they are); `Intent::Speak` switches once they are here.
    pub lang: Lang,
    /// What waits for more of the catalog, run by `hooks::use_catalog`.
    pub pending: Option<Pending>,
    /// How many intents were wanted: the number of the latest (`Pending::serial`).
    pub intents: u32,
    /// The visitor's own result while it is on screen, made once per change of answers (not
    /// per keystroke of a label; see `AppState::own_result`).
    pub own: Option<Rc<OwnResult>>,
    /// The results kept in this browser, as last read (at start-up and after each change).
    pub earlier: EarlierList,
    /// How many addresses the app has followed: each one is a change, so the address is
    /// checked (and corrected in place) even when the app was already there.
    pub followed: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Start,
    Choose(Answer),
    Next,
    Back,
    StartOver,
    DismissNotice,
    /// Go where an address says (at start-up, or Back and Forward).
    Go(Route),
    /// Answer a seat's questionnaire, with its saved progress, optionally against a shared
    /// result from the other seat.
    UseSeat {
        questionnaire: QuestionnaireRef,
        progress: Progress,
        against: Option<Opened>,
    },
    SetLabel(String),
    /// Answer the quick check (`true`) or the full questionnaire of the seat on screen
    /// instead, keeping every answer both ask: from the intro, or from a quick result on to
    /// the full form.
    UseForm(bool),
    /// From a provisional result, go through these questions and back to the result.
    Revisit(Vec<usize>),
    /// More of the catalog arrived.
    CatalogLoaded(Rc<Catalog>),
    /// Do this once what it needs of the catalog is here (see `Intent`).
    Want(Intent),
    /// The fetch for a pending intent ended: with everything it needed (`complete`), or
    /// without (the notice offers to try again).
    Settled {
        pending: Pending,
        complete: bool,
    },
    /// "Try again" after a failed fetch: want again what waited for it. What start-up wanted
    /// is wanted for the address as it now is (the visitor may have moved on meanwhile).
    Retry(Route),
    /// The questions and texts of this language are here (or could not be fetched): show it.
    Speak(Lang),
    /// The results kept in this browser, read again after a change.
    Earlier(EarlierList),
}

impl AppState {
    pub fn new(
        catalog: Rc<Catalog>,
        questionnaire: QuestionnaireRef,
        progress: Progress,
        notice: Option<Notice>,
    ) -> AppState {
        AppState {
            catalog,
            questionnaire,
            progress,
            need_answer: false,
            notice,
            screen: Screen::Journey,
            label: String::new(),
            lang: Lang::En,
            pending: None,
            intents: 0,
            own: None,
            earlier: ById(Rc::new(Earlier::Unavailable)),
            followed: 0,
        }
    }
}

/// Two questionnaires can be compared item by item: the same one, or mirrors of each other.
pub fn comparable(a: &Questionnaire, b: &Questionnaire) -> bool {
    (a.id == b.id && a.version == b.version) || a.is_mirror_of(b)
}
