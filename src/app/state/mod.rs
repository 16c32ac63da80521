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
mod place;
#[cfg(test)]
mod tests;

pub use catalog::{Catalog, Need, Opened, QuestionnaireRef, Saved, Wanted};
pub use intent::{Intent, Pending};
pub use place::{OwnResult, Place};

use crate::app::text::Lang;
use crate::browser::kept::Earlier;
use crate::model::link;
use crate::model::progress::{Progress, Step};
use crate::model::questionnaire::{Form, Questionnaire};
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
#[derive(Debug, Clone)]
pub struct EarlierList(pub Rc<Earlier>);

impl PartialEq for EarlierList {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for EarlierList {
    type Target = Earlier;
    fn deref(&self) -> &Earlier {
        &self.0
    }
}

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
    /// "Try again" after a failed fetch: want again what waited for it.
    Retry,
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
            earlier: EarlierList(Rc::new(Earlier::Unavailable)),
            followed: 0,
        }
    }

    /// A notice that still holds when the visitor starts afresh or answers another seat: the
    /// refusal of storage (the others described what was on screen).
    fn keep_lasting_notice(&mut self) {
        if !matches!(self.notice, Some(Notice::NoStorage)) {
            self.notice = None;
        }
    }

    /// One step back; from the first question answered against a shared result, back to it.
    pub fn back(&mut self) {
        self.progress.back();
        self.need_answer = false;
        if let (Screen::Against(against), Step::Intro) = (&self.screen, self.progress.step) {
            self.screen = Screen::SharedResult(against.clone());
        }
    }

    /// Makes the visitor's own result again when it comes on screen or its answers change, and
    /// drops it when it leaves the screen.
    pub fn follow_own_result(&mut self, before: &AppState) {
        let changed = self.own.is_none()
            || self.questionnaire != before.questionnaire
            || self.progress.answers != before.progress.answers;
        match self.place() {
            Place::Result if !changed => {}
            Place::Result => self.own = self.own_result().map(Rc::new),
            Place::Intro
            | Place::Question(_)
            | Place::AgainstQuestion(..)
            | Place::AgainstResult(_)
            | Place::Shared(_)
            | Place::Comparison(..)
            | Place::Broken(_) => self.own = None,
        }
    }

    /// More of the catalog arrived: views re-point to its copies of what they show (with the
    /// texts of every language it brought).
    fn add_to_catalog(&mut self, more: &Rc<Catalog>) {
        let catalog = self.catalog.join(more);
        self.questionnaire = catalog.copy_of(&self.questionnaire);
        let copy = |o: &mut Opened| o.questionnaire = catalog.copy_of(&o.questionnaire);
        match &mut self.screen {
            Screen::Against(o) | Screen::SharedResult(o) => copy(o),
            Screen::Comparison(a, b) => {
                copy(a);
                copy(b);
            }
            Screen::Journey | Screen::BrokenLink(_) => {}
        }
        self.catalog = catalog;
    }

    /// Answers a seat's questionnaire from `progress`, against a shared result or not.
    pub fn use_seat(
        &mut self,
        questionnaire: QuestionnaireRef,
        progress: Progress,
        against: Option<Opened>,
    ) {
        self.questionnaire = questionnaire;
        self.progress = progress;
        // Answering against a shared result goes straight to the questions.
        if against.is_some() && self.progress.step == Step::Intro {
            self.progress.start();
        }
        self.screen = match against {
            Some(against) => Screen::Against(against),
            None => Screen::Journey,
        };
        self.need_answer = false;
        self.keep_lasting_notice();
    }

    /// Switches between the quick check and the full form of the questionnaire on screen (of
    /// the same version), carrying the answers over; nothing changes when that form is not
    /// in the catalog.
    pub fn use_form(&mut self, quick: bool) {
        // Offered on the visitor's own intro and result only: answering against a shared
        // result keeps that result's form, so the two stay comparable.
        if self.screen != Screen::Journey {
            return;
        }
        let q = &self.questionnaire;
        let id = if quick {
            q.quick_id()
        } else {
            q.base_id().to_string()
        };
        let Some(form) = self.catalog.find(&id, q.version).cloned() else {
            return;
        };
        if form == self.questionnaire {
            return;
        }
        self.progress = self.progress.carried(q, &form);
        self.questionnaire = form;
        self.need_answer = false;
    }

    /// The visitor's own result as a link payload, with their label.
    pub fn own_payload(&self) -> String {
        link::encode(
            &self.questionnaire,
            &self.progress.answers,
            Some(self.label.as_str()),
        )
    }
}

/// Two questionnaires can be compared item by item: the same one, or mirrors of each other.
pub fn comparable(a: &Questionnaire, b: &Questionnaire) -> bool {
    (a.id == b.id && a.version == b.version) || a.is_mirror_of(b)
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Start => next.progress.start(),
            Action::Choose(answer) => {
                next.progress.choose(answer);
                next.need_answer = false;
            }
            Action::Next => {
                next.need_answer = next.progress.advance().is_err();
            }
            Action::Back => next.back(),
            Action::StartOver => {
                // Progress resumed with an earlier version starts afresh with the current one,
                // in the form on screen.
                let quick = next.questionnaire.form == Form::Quick;
                next.questionnaire = next.catalog.form_for(next.questionnaire.seat, quick);
                next.progress = Progress::new(&next.questionnaire);
                next.need_answer = false;
                next.screen = Screen::Journey;
                next.label.clear();
                next.keep_lasting_notice();
            }
            Action::DismissNotice => next.notice = None,
            Action::Go(route) => {
                next.go(&route);
                next.need_answer = false;
                next.followed = next.followed.wrapping_add(1);
            }
            Action::UseSeat {
                questionnaire,
                progress,
                against,
            } => next.use_seat(questionnaire, progress, against),
            Action::SetLabel(label) => next.label = label,
            Action::UseForm(quick) => next.use_form(quick),
            Action::CatalogLoaded(catalog) => next.add_to_catalog(&catalog),
            Action::Want(intent) => next.want(intent),
            Action::Settled { pending, complete } => next.settled(pending, complete),
            Action::Retry => {
                if let Some(Notice::LoadFailed(intent)) = next.notice.take() {
                    next.want(intent);
                }
            }
            Action::Speak(lang) => next.lang = lang,
            Action::Earlier(earlier) => next.earlier = earlier,
            Action::Revisit(questions) => {
                if next.progress.step == Step::Result {
                    next.progress.revisit(&questions);
                }
            }
        }
        // Before the first question against a shared result is that result (Back from question
        // 1 leads there): the pair of answering against it and an intro is never held.
        if let (Screen::Against(against), Step::Intro) = (&next.screen, next.progress.step) {
            next.screen = Screen::SharedResult(against.clone());
        }
        next.follow_own_result(&self);
        // Leaving a step retires the "welcome back" notice: it described the step it came with.
        if next.progress.step != self.progress.step && next.notice == Some(Notice::Restored) {
            next.notice = None;
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
