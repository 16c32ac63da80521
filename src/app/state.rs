//! The app's state and every change to it as a named action. Decisions are the core's
//! (`Progress`); this module only routes actions to it.

use crate::model::progress::Progress;
use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::Answer;
use std::rc::Rc;
use yew::Reducible;

/// A shared questionnaire compared by identity: it never changes while the app runs, and
/// comparing it by value on every render would cost time in proportion to its size.
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Questionnaire>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = Questionnaire;
    fn deref(&self) -> &Questionnaire {
        &self.0
    }
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
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub questionnaire: Shared,
    pub progress: Progress,
    /// "Next" was pressed without an answer: show the error until an answer is chosen.
    pub need_answer: bool,
    pub notice: Option<Notice>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Start,
    Choose(Answer),
    Next,
    Back,
    StartOver,
    DismissNotice,
}

impl AppState {
    pub fn new(questionnaire: Shared, progress: Progress, notice: Option<Notice>) -> AppState {
        AppState {
            questionnaire,
            progress,
            need_answer: false,
            notice,
        }
    }
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
            Action::Back => {
                next.progress.back();
                next.need_answer = false;
            }
            Action::StartOver => {
                next.progress = Progress::new(&next.questionnaire);
                next.need_answer = false;
                // A refusal of storage still holds after starting over; other notices are stale.
                next.notice = next.notice.filter(|n| *n == Notice::NoStorage);
            }
            Action::DismissNotice => next.notice = None,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin;
    use crate::model::progress::Step;

    fn state() -> Rc<AppState> {
        let q = Shared(Rc::new(builtin::questionnaire()));
        let progress = Progress::new(&q);
        Rc::new(AppState::new(q, progress, None))
    }

    #[test]
    fn next_without_an_answer_shows_the_error_until_one_is_chosen() {
        let s = state().reduce(Action::Start).reduce(Action::Next);
        assert!(s.need_answer);
        assert_eq!(s.progress.step, Step::Question(0));
        let s = s.reduce(Action::Choose(Answer::NotSure));
        assert!(!s.need_answer);
        let s = s.reduce(Action::Next);
        assert_eq!(s.progress.step, Step::Question(1));
    }

    #[test]
    fn an_action_that_changes_nothing_returns_the_same_state() {
        let s = state();
        let same = s.clone().reduce(Action::Back);
        assert!(Rc::ptr_eq(&s, &same), "no re-render for a no-op");
    }

    #[test]
    fn start_over_clears_answers_but_keeps_the_storage_warning() {
        let q = Shared(Rc::new(builtin::questionnaire()));
        let progress = Progress::new(&q);
        let s = Rc::new(AppState::new(q, progress, Some(Notice::NoStorage)))
            .reduce(Action::Start)
            .reduce(Action::Choose(Answer::Choice(1)))
            .reduce(Action::StartOver);
        assert!(s.progress.is_fresh());
        assert_eq!(s.notice, Some(Notice::NoStorage));
    }

    #[test]
    fn the_welcome_back_notice_goes_once_the_visitor_moves_on() {
        let q = Shared(Rc::new(builtin::questionnaire()));
        let mut progress = Progress::new(&q);
        progress.answers[0] = Some(Answer::Choice(0));
        progress.step = Step::Question(1);
        let s = Rc::new(AppState::new(q, progress, Some(Notice::Restored)));
        let s = s.reduce(Action::Choose(Answer::Choice(0)));
        assert_eq!(s.notice, Some(Notice::Restored));
        let s = s.reduce(Action::Next);
        assert_eq!(s.notice, None);
    }
}
