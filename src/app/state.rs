//! The app's state and every change to it as a named action. Decisions are the core's
//! (`Progress`, `link::decode`); this module only routes actions to it.

use crate::model::builtin;
use crate::model::link::{self, LinkError};
use crate::model::progress::{Progress, Step};
use crate::model::questionnaire::{Questionnaire, Seat};
use crate::model::scoring::{Answer, Answers};
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

/// Every questionnaire version the app knows: the current one of each seat, and every released
/// version that results links may name.
#[derive(Debug)]
pub struct Catalog {
    pub all: Vec<Shared>,
    /// Whether the part fetched on demand is here (the wasm carries only the current client
    /// seat; see `browser::more`).
    pub complete: bool,
}

impl Catalog {
    pub fn builtin() -> Catalog {
        Catalog {
            all: builtin::catalog()
                .into_iter()
                .map(|q| Shared(Rc::new(q)))
                .collect(),
            complete: !cfg!(target_arch = "wasm32"),
        }
    }

    /// This catalog with the fetched part added.
    pub fn with(&self, more: Vec<Questionnaire>) -> Catalog {
        let mut all = self.all.clone();
        all.extend(more.into_iter().map(|q| Shared(Rc::new(q))));
        Catalog {
            all,
            complete: true,
        }
    }

    pub fn has_seat(&self, seat: Seat) -> bool {
        self.all.iter().any(|q| q.seat == seat)
    }

    /// Whether opening `fragment` needs a questionnaire this catalog lacks (a link made with
    /// the provider seat or a released version), so the rest must be fetched first.
    pub fn needs_more_for(&self, fragment: &str) -> bool {
        let parts = link::parse_fragment(fragment);
        !self.complete
            && [parts.result, parts.versus]
                .into_iter()
                .flatten()
                .any(|payload| {
                    matches!(
                        self.decode(&payload),
                        Err(LinkError::UnknownQuestionnaire | LinkError::NewerVersion)
                    )
                })
    }

    /// Every version of a seat's questionnaire, the current one first, for resuming progress
    /// saved with an earlier version.
    pub fn versions(&self, seat: Seat) -> Vec<Shared> {
        let current = self.for_seat(seat);
        let mut versions = vec![current.clone()];
        versions.extend(
            self.all
                .iter()
                .filter(|q| q.id == current.id && !Rc::ptr_eq(&q.0, &current.0))
                .cloned(),
        );
        versions
    }

    /// The current questionnaire of a seat (the first listed, as `builtin::catalog` orders them).
    pub fn for_seat(&self, seat: Seat) -> Shared {
        self.all
            .iter()
            .find(|q| q.seat == seat)
            .or_else(|| self.all.first())
            .cloned()
            .expect("the built-in catalog is never empty")
    }

    pub fn decode(&self, payload: &str) -> Result<Opened, LinkError> {
        let refs: Vec<&Questionnaire> = self.all.iter().map(|q| &*q.0).collect();
        let decoded = link::decode(&refs, payload)?;
        Ok(Opened {
            questionnaire: self.all[decoded.questionnaire].clone(),
            answers: Rc::new(decoded.answers),
            label: decoded.label,
            payload: payload.trim().to_string(),
        })
    }
}

/// A result opened from a link (or made by this visitor, to be compared).
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub questionnaire: Shared,
    pub answers: Rc<Answers>,
    pub label: Option<String>,
    pub payload: String,
}

/// Why a link in the address could not be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    Link(LinkError),
    /// Both halves of a comparison link are intact but ask different questions.
    NotComparable,
}

/// What the page shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// The visitor's own journey: intro, questions, result (or comparison, with `against`).
    Journey,
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
    /// The other seat's questions (or an earlier version's) could not be fetched.
    LoadFailed,
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
    pub screen: Screen,
    /// A shared result the visitor is answering the other seat against.
    pub against: Option<Opened>,
    /// The respondent label the visitor typed for sharing.
    pub label: String,
}

impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Start,
    Choose(Answer),
    Next,
    Back,
    StartOver,
    DismissNotice,
    /// The address's fragment, at start-up or after it changed.
    OpenFragment(String),
    /// Answer a seat's questionnaire, with its saved progress, optionally against a shared
    /// result from the other seat.
    UseSeat {
        questionnaire: Shared,
        progress: Progress,
        against: Option<Opened>,
    },
    SetLabel(String),
    /// From a provisional result, go through these questions and back to the result.
    Revisit(Vec<usize>),
    /// The rest of the catalog arrived.
    CatalogLoaded(Rc<Catalog>),
    /// The rest of the catalog could not be fetched.
    LoadFailed,
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
            screen: Screen::Journey,
            against: None,
            label: String::new(),
        }
    }

    /// Shows what a fragment carries: a shared result, a comparison, a broken link, or (with
    /// no result in it) the visitor's own journey.
    pub fn open_fragment(&mut self, fragment: &str) {
        let parts = link::parse_fragment(fragment);
        let Some(result) = parts.result else {
            if self.against.is_none() {
                self.screen = Screen::Journey;
            }
            return;
        };
        // The visitor answering the other seat keeps the shared result in the address.
        if let Some(against) = &self.against {
            if parts.versus.is_none() && against.payload == result.trim() {
                self.screen = Screen::Journey;
                return;
            }
        }
        self.against = None;
        let first = match self.catalog.decode(&result) {
            Ok(opened) => opened,
            Err(e) => {
                self.screen = Screen::BrokenLink(Broken::Link(e));
                return;
            }
        };
        self.screen = match parts.versus {
            None => Screen::SharedResult(first),
            Some(versus) => match self.catalog.decode(&versus) {
                Err(e) => Screen::BrokenLink(Broken::Link(e)),
                Ok(second) if comparable(&first.questionnaire, &second.questionnaire) => {
                    Screen::Comparison(first, second)
                }
                Ok(_) => Screen::BrokenLink(Broken::NotComparable),
            },
        };
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
    (a.id == b.id && a.version == b.version) || a.check_mirror(b).is_empty()
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
                // Progress resumed with an earlier version starts afresh with the current one.
                next.questionnaire = next.catalog.for_seat(next.questionnaire.seat);
                next.progress = Progress::new(&next.questionnaire);
                next.need_answer = false;
                next.against = None;
                next.label.clear();
                // A refusal of storage still holds after starting over; other notices are stale.
                next.notice = next.notice.filter(|n| *n == Notice::NoStorage);
            }
            Action::DismissNotice => next.notice = None,
            Action::OpenFragment(fragment) => next.open_fragment(&fragment),
            Action::UseSeat {
                questionnaire,
                progress,
                against,
            } => {
                next.questionnaire = questionnaire;
                next.progress = progress;
                // Answering against a shared result goes straight to the questions.
                if against.is_some() && next.progress.step == Step::Intro {
                    next.progress.start();
                }
                next.against = against;
                next.screen = Screen::Journey;
                next.need_answer = false;
                next.notice = next.notice.filter(|n| *n == Notice::NoStorage);
            }
            Action::SetLabel(label) => next.label = label,
            Action::CatalogLoaded(catalog) => next.catalog = catalog,
            Action::LoadFailed => next.notice = Some(Notice::LoadFailed),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::progress::Step;

    fn state() -> Rc<AppState> {
        let catalog = Rc::new(Catalog::builtin());
        let q = catalog.for_seat(Seat::Client);
        let progress = Progress::new(&q);
        Rc::new(AppState::new(catalog, q, progress, None))
    }

    fn payload(state: &AppState, seat: Seat, pick: u8) -> String {
        let q = state.catalog.for_seat(seat);
        let answers: Answers = q.items.iter().map(|_| Some(Answer::Choice(pick))).collect();
        link::encode(&q, &answers, Some("Acme"))
    }

    #[test]
    fn next_without_an_answer_shows_the_error_until_one_is_chosen() {
        let s = state().reduce(Action::Start).reduce(Action::Next);
        assert!(s.need_answer);
        assert_eq!(s.progress.step, Step::Question(0));
        let s = s.reduce(Action::Choose(Answer::CantJudge));
        assert!(!s.need_answer);
        let s = s.reduce(Action::Next);
        assert_eq!(s.progress.step, Step::Question(1));
    }

    #[test]
    fn an_action_that_changes_nothing_returns_the_same_state() {
        let s = state();
        let same = s.clone().reduce(Action::Back);
        assert!(Rc::ptr_eq(&s, &same), "no re-render for a no-op");
        let same = s.clone().reduce(Action::OpenFragment(String::new()));
        assert!(Rc::ptr_eq(&s, &same));
    }

    #[test]
    fn start_over_clears_answers_but_keeps_the_storage_warning() {
        let catalog = Rc::new(Catalog::builtin());
        let q = catalog.for_seat(Seat::Client);
        let progress = Progress::new(&q);
        let s = Rc::new(AppState::new(catalog, q, progress, Some(Notice::NoStorage)))
            .reduce(Action::Start)
            .reduce(Action::Choose(Answer::Choice(1)))
            .reduce(Action::StartOver);
        assert!(s.progress.is_fresh());
        assert_eq!(s.notice, Some(Notice::NoStorage));
    }

    #[test]
    fn a_fragment_opens_a_shared_result_a_comparison_or_a_clear_error() {
        let s = state();
        let client = payload(&s, Seat::Client, 1);
        let provider = payload(&s, Seat::Provider, 0);

        let shared = s
            .clone()
            .reduce(Action::OpenFragment(format!("#r={client}")));
        match &shared.screen {
            Screen::SharedResult(opened) => {
                assert_eq!(opened.label.as_deref(), Some("Acme"));
                assert_eq!(opened.questionnaire.seat, Seat::Client);
            }
            other => panic!("{other:?}"),
        }
        let compared = s
            .clone()
            .reduce(Action::OpenFragment(format!("#r={client}&vs={provider}")));
        assert!(matches!(compared.screen, Screen::Comparison(..)));

        let broken = s
            .clone()
            .reduce(Action::OpenFragment("#r=nonsense!".into()));
        assert_eq!(
            broken.screen,
            Screen::BrokenLink(Broken::Link(LinkError::NotOurFormat))
        );
        let half = s
            .clone()
            .reduce(Action::OpenFragment(format!("#r={client}&vs=AAAA")));
        assert!(matches!(half.screen, Screen::BrokenLink(_)));

        // Removing the result from the address returns to the visitor's own journey.
        let back = shared.reduce(Action::OpenFragment(String::new()));
        assert_eq!(back.screen, Screen::Journey);
    }

    #[test]
    fn answering_the_other_seat_starts_at_the_questions_and_keeps_the_shared_result() {
        let s = state();
        let client = payload(&s, Seat::Client, 1);
        let shared = s
            .clone()
            .reduce(Action::OpenFragment(format!("#r={client}")));
        let Screen::SharedResult(opened) = shared.screen.clone() else {
            panic!("not shared")
        };
        let provider = shared.catalog.for_seat(Seat::Provider);
        let answering = shared.reduce(Action::UseSeat {
            progress: Progress::new(&provider),
            questionnaire: provider,
            against: Some(opened),
        });
        assert_eq!(answering.screen, Screen::Journey);
        assert_eq!(answering.progress.step, Step::Question(0));
        assert_eq!(answering.questionnaire.seat, Seat::Provider);
        // The address still holds the shared result; that must not end the answering.
        let still = answering
            .clone()
            .reduce(Action::OpenFragment(format!("#r={client}")));
        assert!(Rc::ptr_eq(&answering, &still));
    }

    #[test]
    fn a_provisional_result_leads_through_the_skipped_questions_and_back() {
        let s = state();
        let n = s.questionnaire.items.len();
        let mut at_result = (*s).clone();
        at_result.progress.answers = vec![Some(Answer::CantJudge); n];
        at_result.progress.step = Step::Result;
        let s = Rc::new(at_result).reduce(Action::Revisit(vec![3, 7]));
        assert_eq!(s.progress.step, Step::Question(3));
        let s = s
            .reduce(Action::Choose(Answer::Choice(2)))
            .reduce(Action::Next)
            .reduce(Action::Next);
        assert_eq!(s.progress.step, Step::Result);
        assert_eq!(s.progress.answers[3], Some(Answer::Choice(2)));
        // Only from the result.
        let same = state();
        assert!(Rc::ptr_eq(
            &same,
            &same.clone().reduce(Action::Revisit(vec![1]))
        ));
    }

    #[test]
    fn the_welcome_back_notice_goes_once_the_visitor_moves_on() {
        let catalog = Rc::new(Catalog::builtin());
        let q = catalog.for_seat(Seat::Client);
        let mut progress = Progress::new(&q);
        progress.answers[0] = Some(Answer::Choice(0));
        progress.step = Step::Question(1);
        let s = Rc::new(AppState::new(catalog, q, progress, Some(Notice::Restored)));
        let s = s.reduce(Action::Choose(Answer::Choice(0)));
        assert_eq!(s.notice, Some(Notice::Restored));
        let s = s.reduce(Action::Next);
        assert_eq!(s.notice, None);
    }
}
