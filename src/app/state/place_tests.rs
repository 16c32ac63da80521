//! What is on screen, for every screen and step the state can hold, and for every short
//! sequence of actions: one place, an address that leads back to it, a title, and the
//! visitor's own result only on their own result.

use super::tests::{payload, state};
use super::*;
use crate::app::text::Lang;
use crate::model::progress::Step;
use crate::model::questionnaire::Seat;

/// Every screen and step the state can hold, each with what it shows, its address and title.
#[test]
fn every_screen_and_step_is_one_place_with_an_address_and_a_title() {
    let s = state();
    let client = payload(&s, Seat::Client, 1);
    let provider = payload(&s, Seat::Provider, 0);
    let opened = s.catalog.decode(&client).unwrap();
    let other = s.catalog.decode(&provider).unwrap();
    let t = crate::app::text::ui(Lang::En);
    let total = s.questionnaire.items.len();
    let at = |screen: Screen, step: Step| {
        let mut x = (*s).clone();
        x.progress.answers.fill(Some(Answer::Choice(1)));
        x.screen = screen;
        x.progress.step = step;
        x
    };
    let cases = [
        (
            at(Screen::Journey, Step::Intro),
            Some(Route::Intro),
            "Partner or Vendor?".to_string(),
        ),
        (
            at(Screen::Journey, Step::Question(2)),
            Some(Route::Question(2)),
            format!("Question 3 of {total}"),
        ),
        (
            at(Screen::Journey, Step::Result),
            Some(Route::Result),
            "Your result".into(),
        ),
        (
            at(Screen::Against(opened.clone()), Step::Question(0)),
            Some(Route::Against {
                shared: client.clone(),
                question: 0,
            }),
            format!("Question 1 of {total}"),
        ),
        (
            at(Screen::Against(opened.clone()), Step::Intro),
            Some(Route::Shared(client.clone())),
            "Shared result".into(),
        ),
        (
            at(Screen::SharedResult(opened.clone()), Step::Question(4)),
            Some(Route::Shared(client.clone())),
            "Shared result".into(),
        ),
        (
            at(
                Screen::Comparison(opened.clone(), other.clone()),
                Step::Result,
            ),
            Some(Route::Comparison {
                first: client.clone(),
                second: provider.clone(),
            }),
            "Both sides compared".into(),
        ),
        (
            at(Screen::BrokenLink(Broken::NotComparable), Step::Intro),
            None,
            "This link can't be opened".into(),
        ),
    ];
    for (state, route, title) in cases {
        assert_eq!(state.route(), route, "{:?}", state.place());
        let shown = state.title(t);
        assert!(
            shown.starts_with(&title),
            "{shown} should start with {title}"
        );
        // The own result exists on the own result only, without the label.
        let own = state.own_result();
        assert_eq!(own.is_some(), state.place() == Place::Result);
        if let Some(own) = own {
            assert_eq!(
                own.link,
                link::encode(&state.questionnaire, &state.progress.answers, None)
            );
            assert!(own.outcome.index().is_some());
        }
    }
}

#[test]
fn the_own_result_is_made_when_it_shows_and_kept_through_a_label() {
    let s = state();
    let mut at_result = (*s).clone();
    at_result.progress.answers.fill(Some(Answer::Choice(2)));
    at_result.progress.step = Step::Question(at_result.questionnaire.items.len() - 1);
    let s = Rc::new(at_result).reduce(Action::Next);
    assert_eq!(s.place(), Place::Result);
    let own = s.own.clone().expect("made when the result shows");
    let labelled = s.clone().reduce(Action::SetLabel("Jane".into()));
    assert!(
        Rc::ptr_eq(labelled.own.as_ref().unwrap(), &own),
        "a label makes nothing again"
    );
    assert!(!labelled.own.as_ref().unwrap().link.is_empty());
    let changed = labelled.reduce(Action::Back);
    assert_eq!(changed.own, None, "gone when the result leaves the screen");
}

/// Whatever the visitor does, the state never holds answering against a result at an intro,
/// and the address of where it is leads back there.
#[test]
fn no_action_leads_to_an_impossible_pair_or_an_address_that_goes_elsewhere() {
    let s = state();
    let client = payload(&s, Seat::Client, 1);
    let opened = s.catalog.decode(&client).unwrap();
    let provider = s.catalog.for_seat(Seat::Provider);
    let answering = s.clone().reduce(Action::UseSeat {
        progress: Progress::new(&provider),
        questionnaire: provider,
        against: Some(opened),
    });
    let actions = [
        Action::Start,
        Action::Choose(Answer::Choice(1)),
        Action::Next,
        Action::Back,
        Action::UseForm(true),
        Action::UseForm(false),
        Action::Revisit(vec![0]),
        Action::Go(Route::Intro),
        Action::Go(Route::Result),
        Action::Go(Route::Shared(client.clone())),
        Action::StartOver,
    ];
    for start in [s.clone(), answering] {
        // Every sequence of three actions.
        for a in &actions {
            for b in &actions {
                for c in &actions {
                    let end = start
                        .clone()
                        .reduce(a.clone())
                        .reduce(b.clone())
                        .reduce(c.clone());
                    assert!(
                        !matches!(
                            (&end.screen, end.progress.step),
                            (Screen::Against(_), Step::Intro)
                        ),
                        "{a:?} {b:?} {c:?}"
                    );
                    if let Some(route) = end.route() {
                        let there = end.clone().reduce(Action::Go(route.clone()));
                        assert_eq!(there.route(), Some(route), "{a:?} {b:?} {c:?}");
                    }
                    assert_eq!(end.own.is_some(), end.place() == Place::Result);
                }
            }
        }
    }
}
