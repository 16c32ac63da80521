//! What is on screen, as one total mapping from the state: every view, the page's title, the
//! address and the visitor's own result start from `AppState::place`, so a new screen is a
//! variant here and the compiler lists every place that must say what it does with it.

use super::{AppState, Broken, Opened, Screen};
use crate::app::text::Ui;
use crate::model::link;
use crate::model::progress::Step;
use crate::model::scoring::{self, Outcome};
use std::rc::Rc;

/// What the page shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Place<'a> {
    /// The visitor's own intro.
    Intro,
    /// One of the visitor's own questions.
    Question(usize),
    /// The visitor's own result.
    Result,
    /// A question of the other seat, answered against a shared result.
    AgainstQuestion(&'a Opened, usize),
    /// The visitor's answers compared with the shared result they answered against.
    AgainstResult(&'a Opened),
    /// A result opened from a link.
    Shared(&'a Opened),
    /// Two results opened from a comparison link.
    Comparison(&'a Opened, &'a Opened),
    /// A link that cannot be shown, and why.
    Broken(Broken),
}

/// The visitor's own result while it is on screen: its link without the label (what is kept
/// among earlier results, what the host page is told, what the firm's call to action sends;
/// a label is typed for the people the visitor shares with) and its scores.
#[derive(Debug, Clone)]
pub struct OwnResult {
    pub link: String,
    pub outcome: Rc<Outcome>,
}

/// The same link is the same result: its scores follow from the answers it carries.
impl PartialEq for OwnResult {
    fn eq(&self, other: &Self) -> bool {
        self.link == other.link
    }
}

impl AppState {
    /// What is on screen.
    pub fn place(&self) -> Place<'_> {
        match (&self.screen, self.progress.step) {
            (Screen::Journey, Step::Intro) => Place::Intro,
            (Screen::Journey, Step::Question(k)) => Place::Question(k),
            (Screen::Journey, Step::Result) => Place::Result,
            (Screen::Against(against), Step::Question(k)) => Place::AgainstQuestion(against, k),
            (Screen::Against(against), Step::Result) => Place::AgainstResult(against),
            // The reducer never holds answering against a result at an intro; were it to, the
            // result answered against is what Back from question 1 shows.
            (Screen::Against(opened), Step::Intro)
            | (Screen::SharedResult(opened), Step::Intro | Step::Question(_) | Step::Result) => {
                Place::Shared(opened)
            }
            (Screen::Comparison(first, second), Step::Intro | Step::Question(_) | Step::Result) => {
                Place::Comparison(first, second)
            }
            (Screen::BrokenLink(reason), Step::Intro | Step::Question(_) | Step::Result) => {
                Place::Broken(*reason)
            }
        }
    }

    /// The shared result the visitor is answering the other seat against, if they are.
    pub fn answering_against(&self) -> Option<&Opened> {
        match self.place() {
            Place::AgainstQuestion(against, _) | Place::AgainstResult(against) => Some(against),
            Place::Intro
            | Place::Question(_)
            | Place::Result
            | Place::Shared(_)
            | Place::Comparison(..)
            | Place::Broken(_) => None,
        }
    }

    /// The visitor's own result, while it is on screen.
    pub fn own_result(&self) -> Option<OwnResult> {
        match self.place() {
            Place::Result => Some(OwnResult {
                link: link::encode(&self.questionnaire, &self.progress.answers, None),
                outcome: Rc::new(scoring::score(&self.questionnaire, &self.progress.answers)),
            }),
            Place::Intro
            | Place::Question(_)
            | Place::AgainstQuestion(..)
            | Place::AgainstResult(_)
            | Place::Shared(_)
            | Place::Comparison(..)
            | Place::Broken(_) => None,
        }
    }

    /// The page's title: the step, then the questionnaire's name ("Question 3 of 30 — Partner
    /// or Vendor?"), so a screen reader announces where the visitor is and the browser's
    /// history lists each step.
    pub fn title(&self, t: &Ui) -> String {
        let app = self.questionnaire.title.get(t.lang.code()).to_string();
        let total = self.questionnaire.items.len();
        let step = match self.place() {
            Place::Intro => return app,
            Place::Broken(_) => t.broken_heading.to_string(),
            Place::Shared(_) => t.shared_heading.to_string(),
            Place::Comparison(..) | Place::AgainstResult(_) => t.compare_heading.to_string(),
            Place::Question(k) | Place::AgainstQuestion(_, k) => t.question_of(k + 1, total),
            Place::Result => t.result_heading.to_string(),
        };
        format!("{step}{}{app}", t.title_join)
    }
}
