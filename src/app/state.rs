//! The app's state and every change to it as a named action. Decisions are the core's
//! (`Progress`, `link::decode`); this module only routes actions to it.

use crate::model::builtin;
use crate::model::link::{self, LinkError};
use crate::model::progress::{Progress, Step};
use crate::model::questionnaire::{Questionnaire, Seat};
use crate::model::route::Route;
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

    /// The whole catalog, as fetched: it holds the built-in questionnaire too, in every language.
    pub fn with(&self, whole: Vec<Questionnaire>) -> Catalog {
        Catalog {
            all: whole.into_iter().map(|q| Shared(Rc::new(q))).collect(),
            complete: true,
        }
    }

    /// Whether every questionnaire here has its texts in `lang` (the built-in one has only its
    /// first language until the whole catalog is fetched).
    pub fn speaks(&self, lang: &str) -> bool {
        self.all
            .iter()
            .all(|q| q.languages.iter().any(|l| l == lang))
    }

    /// This catalog's copy of `q` (the same id and version): after the whole catalog arrives,
    /// views show its texts in every language.
    pub fn copy_of(&self, q: &Shared) -> Shared {
        self.all
            .iter()
            .find(|c| c.id == q.id && c.version == q.version)
            .cloned()
            .unwrap_or_else(|| q.clone())
    }

    pub fn has_seat(&self, seat: Seat) -> bool {
        self.all.iter().any(|q| q.seat == seat)
    }

    /// Whether opening `route` needs a questionnaire this catalog lacks (a link made with the
    /// provider seat or a released version, or answering the other seat against a result), so
    /// the rest must be fetched first.
    pub fn needs_more_for(&self, route: &Route) -> bool {
        let payloads = match route {
            Route::Shared(first) => vec![first],
            Route::Comparison { first, second } => vec![first, second],
            Route::Against { .. } => return !self.complete,
            _ => Vec::new(),
        };
        !self.complete
            && payloads.into_iter().any(|payload| {
                matches!(
                    self.decode(payload),
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
    /// The respondent label the visitor typed for sharing.
    pub label: String,
    /// How many addresses the app has followed: each one is a change, so the address is
    /// checked (and corrected in place) even when the app was already there.
    pub followed: u32,
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

    /// Where one step back leads.
    pub fn route_after_back(&self) -> Option<Route> {
        let mut next = self.clone();
        next.back();
        next.route()
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

    /// Goes where an address says, as far as the answers allow (see `Progress::go`). Answering
    /// against a shared result needs that seat's saved progress, which the shell loads first
    /// (`UseSeat`); without it, the address shows the shared result.
    pub fn go(&mut self, route: &Route) {
        let answering = match &self.screen {
            Screen::Against(against) => Some(against.payload.as_str()),
            _ => None,
        };
        match route {
            Route::Intro | Route::Configure => self.own(Step::Intro),
            Route::Question(k) => self.own(Step::Question(*k)),
            Route::Result => self.own(Step::Result),
            Route::Against { shared, question } if answering == Some(shared.trim()) => {
                self.progress.go(Step::Question(*question))
            }
            Route::Comparison { first, second }
                if answering == Some(first.trim()) && *second == self.own_payload() =>
            {
                self.progress.go(Step::Result)
            }
            Route::Shared(shared) | Route::Against { shared, .. } => {
                self.screen = match self.catalog.decode(shared) {
                    Ok(opened) => Screen::SharedResult(opened),
                    Err(e) => Screen::BrokenLink(Broken::Link(e)),
                }
            }
            Route::Comparison { first, second } => self.compare(first, second),
        }
    }

    /// The visitor's own journey, at `step` as far as it can be reached.
    fn own(&mut self, step: Step) {
        self.screen = Screen::Journey;
        self.progress.go(step);
    }

    fn compare(&mut self, first: &str, second: &str) {
        self.screen = match (self.catalog.decode(first), self.catalog.decode(second)) {
            (Err(e), _) | (_, Err(e)) => Screen::BrokenLink(Broken::Link(e)),
            (Ok(a), Ok(b)) if comparable(&a.questionnaire, &b.questionnaire) => {
                Screen::Comparison(a, b)
            }
            (Ok(_), Ok(_)) => Screen::BrokenLink(Broken::NotComparable),
        };
    }

    /// Where the app is, as an address; `None` for a broken link, whose address stays as it
    /// came so the visitor can see what they opened.
    pub fn route(&self) -> Option<Route> {
        Some(match (&self.screen, self.progress.step) {
            (Screen::Journey, Step::Intro) => Route::Intro,
            (Screen::Journey, Step::Question(k)) => Route::Question(k),
            (Screen::Journey, Step::Result) => Route::Result,
            (Screen::Against(against), Step::Question(question)) => Route::Against {
                shared: against.payload.clone(),
                question,
            },
            (Screen::Against(against), Step::Result) => Route::Comparison {
                first: against.payload.clone(),
                second: self.own_payload(),
            },
            (Screen::Against(opened) | Screen::SharedResult(opened), _) => {
                Route::Shared(opened.payload.clone())
            }
            (Screen::Comparison(first, second), _) => Route::Comparison {
                first: first.payload.clone(),
                second: second.payload.clone(),
            },
            (Screen::BrokenLink(_), _) => return None,
        })
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
            Action::Back => next.back(),
            Action::StartOver => {
                // Progress resumed with an earlier version starts afresh with the current one.
                next.questionnaire = next.catalog.for_seat(next.questionnaire.seat);
                next.progress = Progress::new(&next.questionnaire);
                next.need_answer = false;
                next.screen = Screen::Journey;
                next.label.clear();
                // A refusal of storage still holds after starting over; other notices are stale.
                next.notice = next.notice.filter(|n| *n == Notice::NoStorage);
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
            Action::CatalogLoaded(catalog) => {
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
        // Following an address is always news (the shell then checks the address), but
        // following the one the app is at changes nothing else.
        let followed = s.clone().reduce(Action::Go(Route::Intro));
        assert_eq!(followed.followed, s.followed + 1);
        assert_eq!(
            AppState {
                followed: s.followed,
                ..(*followed).clone()
            },
            *s
        );
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

        let shared = s.clone().reduce(Action::Go(Route::Shared(client.clone())));
        match &shared.screen {
            Screen::SharedResult(opened) => {
                assert_eq!(opened.label.as_deref(), Some("Acme"));
                assert_eq!(opened.questionnaire.seat, Seat::Client);
            }
            other => panic!("{other:?}"),
        }
        let compared = s.clone().reduce(Action::Go(Route::Comparison {
            first: client.clone(),
            second: provider.clone(),
        }));
        assert!(matches!(compared.screen, Screen::Comparison(..)));

        let broken = s
            .clone()
            .reduce(Action::Go(Route::Shared("nonsense!".into())));
        assert_eq!(
            broken.screen,
            Screen::BrokenLink(Broken::Link(LinkError::NotOurFormat))
        );
        let half = s.clone().reduce(Action::Go(Route::Comparison {
            first: client.clone(),
            second: "AAAA".into(),
        }));
        assert!(matches!(half.screen, Screen::BrokenLink(_)));

        // Removing the result from the address returns to the visitor's own journey.
        let back = shared.reduce(Action::Go(Route::Intro));
        assert_eq!(back.screen, Screen::Journey);
    }

    #[test]
    fn answering_the_other_seat_starts_at_the_questions_and_keeps_the_shared_result() {
        let s = state();
        let client = payload(&s, Seat::Client, 1);
        let shared = s.clone().reduce(Action::Go(Route::Shared(client.clone())));
        let Screen::SharedResult(opened) = shared.screen.clone() else {
            panic!("not shared")
        };
        let provider = shared.catalog.for_seat(Seat::Provider);
        let answering = shared.reduce(Action::UseSeat {
            progress: Progress::new(&provider),
            questionnaire: provider,
            against: Some(opened),
        });
        assert!(matches!(answering.screen, Screen::Against(_)));
        assert_eq!(answering.progress.step, Step::Question(0));
        assert_eq!(answering.questionnaire.seat, Seat::Provider);
        let here = Route::Against {
            shared: client.clone(),
            question: 0,
        };
        assert_eq!(answering.route(), Some(here.clone()));
        // Following its own address keeps it answering where it was.
        let still = answering.clone().reduce(Action::Go(here.clone()));
        assert_eq!(still.screen, answering.screen);
        assert_eq!(still.route(), Some(here));
        // Back from the first question returns to the shared result, not to an intro.
        let back = answering.clone().reduce(Action::Back);
        assert!(matches!(back.screen, Screen::SharedResult(_)));
        assert_eq!(back.route(), Some(Route::Shared(client.clone())));
        // Finished, the address is the comparison of both.
        let mut done = (*answering).clone();
        done.progress.answers.fill(Some(Answer::Choice(0)));
        done.progress.step = Step::Result;
        let mine = done.own_payload();
        assert_eq!(
            done.route(),
            Some(Route::Comparison {
                first: client.clone(),
                second: mine
            })
        );
        // The visitor's own journey drops the shared result: no screen stays stuck.
        let own = answering.reduce(Action::Go(Route::Intro));
        assert_eq!(own.screen, Screen::Journey);
        assert_eq!(own.route(), Some(Route::Intro));
    }

    #[test]
    fn the_address_of_every_view_leads_back_to_it() {
        let s = state();
        let client = payload(&s, Seat::Client, 1);
        let mut answered = (*s).clone();
        answered.progress.answers.fill(Some(Answer::Choice(1)));
        answered.progress.step = Step::Question(4);
        let answered = Rc::new(answered);
        for route in [
            Route::Intro,
            Route::Question(0),
            Route::Question(7),
            Route::Result,
            Route::Shared(client.clone()),
        ] {
            let there = answered.clone().reduce(Action::Go(route.clone()));
            assert_eq!(there.route(), Some(route.clone()), "{route:?}");
        }
        // A question not reached yet shows the first open one; a broken link has no route.
        let fresh = state().reduce(Action::Start);
        let early = fresh.reduce(Action::Go(Route::Question(9)));
        assert_eq!(early.route(), Some(Route::Question(0)));
        let broken = state().reduce(Action::Go(Route::Shared("nonsense!".into())));
        assert_eq!(broken.route(), None);
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
