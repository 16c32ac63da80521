//! The app's state and every change to it as a named action. Decisions are the core's
//! (`Progress`, `link::decode`); this module only routes actions to it.
//!
//! `catalog.rs` holds the questionnaires the app knows, `address.rs` how the state and its
//! address correspond; the reducer's tests are in `tests.rs`, the catalog's in
//! `catalog_tests.rs`.

mod address;
mod catalog;
#[cfg(test)]
mod catalog_tests;
#[cfg(test)]
mod tests;

pub use catalog::{Catalog, Need, Opened, Shared, Wanted};

use crate::model::link::{self, LinkError};
use crate::model::progress::{Progress, Step};
use crate::model::questionnaire::{Form, Questionnaire};
use crate::model::route::Route;
use crate::model::scoring::Answer;
use std::rc::Rc;
use yew::Reducible;

/// Why a link in the address could not be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    Link(LinkError),
    /// Both halves of a comparison link are intact but ask different questions.
    NotComparable,
}

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

/// A short message shown above the current step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// Progress from an earlier visit was restored.
    Restored,
    /// Saved progress was unusable and was discarded.
    Discarded,
    /// The browser refuses storage: no resume this time.
    NoStorage,
    /// Questions the view needs (another seat's, language's or version's) could not be
    /// fetched.
    LoadFailed,
}

/// What to do when the visitor asks to try a failed fetch again: the same fetch, then what
/// was waiting for it. Compared by identity.
#[derive(Clone)]
pub struct Retry(pub Rc<dyn Fn()>);

impl PartialEq for Retry {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Retry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Retry")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub catalog: Rc<Catalog>,
    /// The questionnaire of the seat the visitor is answering.
    pub questionnaire: Shared,
    pub progress: Progress,
    /// "Next" was pressed without an answer: show the error until an answer is chosen.
    pub need_answer: bool,
    pub notice: Option<Notice>,
    /// With `Notice::LoadFailed`: the fetch to try again (none for one made at start-up).
    pub retry: Option<Retry>,
    pub screen: Screen,
    /// The respondent label the visitor typed for sharing.
    pub label: String,
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
        questionnaire: Shared,
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
    /// A part of the catalog could not be fetched; the visitor may try again.
    LoadFailed(Retry),
}

impl AppState {
    pub fn new(
        catalog: Rc<Catalog>,
        questionnaire: Shared,
        progress: Progress,
        notice: Option<Notice>,
    ) -> AppState {
        AppState {
            catalog,
            questionnaire,
            progress,
            need_answer: false,
            notice,
            retry: None,
            screen: Screen::Journey,
            label: String::new(),
            followed: 0,
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

    /// Answers a seat's questionnaire from `progress`, against a shared result or not.
    pub fn use_seat(&mut self, questionnaire: Shared, progress: Progress, against: Option<Opened>) {
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
        self.notice = self.notice.filter(|n| *n == Notice::NoStorage);
    }

    /// Switches between the quick check and the full form of the questionnaire on screen (of
    /// the same version), carrying the answers over; nothing changes when that form is not
    /// in the catalog.
    pub fn use_form(&mut self, quick: bool) {
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
                // A refusal of storage still holds after starting over; other notices are stale.
                next.notice = next.notice.filter(|n| *n == Notice::NoStorage);
            }
            Action::DismissNotice => {
                next.notice = None;
                next.retry = None;
            }
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
            Action::CatalogLoaded(catalog) => {
                let catalog = next.catalog.join(&catalog);
                next.questionnaire = catalog.copy_of(&next.questionnaire);
                let copy = |o: &mut Opened| o.questionnaire = catalog.copy_of(&o.questionnaire);
                match &mut next.screen {
                    Screen::Against(o) | Screen::SharedResult(o) => copy(o),
                    Screen::Comparison(a, b) => {
                        copy(a);
                        copy(b);
                    }
                    Screen::Journey | Screen::BrokenLink(_) => {}
                }
                next.catalog = catalog;
            }
            Action::LoadFailed(retry) => {
                next.notice = Some(Notice::LoadFailed);
                next.retry = Some(retry);
            }
            Action::Revisit(questions) => {
                if next.progress.step == Step::Result {
                    next.progress.revisit(&questions);
                }
            }
        }
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
