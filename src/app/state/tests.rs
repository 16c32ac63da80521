//! The reducer, action by action: what each changes, and that a change of nothing re-renders
//! nothing.

use super::*;
use crate::model::link::LinkError;
use crate::model::progress::Step;
use crate::model::questionnaire::Seat;
use crate::model::scoring::Answers;

pub(super) fn state() -> Rc<AppState> {
    let catalog = Rc::new(Catalog::builtin());
    let q = catalog.for_seat(Seat::Client);
    let progress = Progress::new(&q);
    Rc::new(AppState::new(catalog, q, progress, None))
}

pub(super) fn payload(state: &AppState, seat: Seat, pick: u8) -> String {
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
