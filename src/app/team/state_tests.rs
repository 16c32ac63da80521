//! The team view's reducer, action by action.

use super::*;
use crate::model::builtin;
use crate::model::export::Format;
use crate::model::link;
use crate::model::scoring::Answer;

fn opened(fragment: &str) -> Rc<TeamState> {
    Rc::new(TeamState::opened(TeamRoute::parse(fragment)))
}

fn catalog() -> Rc<Vec<Questionnaire>> {
    Rc::new(builtin::catalog())
}

fn payload(pick: u8) -> String {
    let q = &catalog()[0];
    let answers: Vec<_> = q.items.iter().map(|_| Some(Answer::Choice(pick))).collect();
    link::encode(q, &answers, None)
}

#[test]
fn a_team_link_or_one_result_fills_the_input_and_is_shown() {
    let s = opened("#t=AbC");
    assert_eq!((s.draft.as_str(), s.shown.as_str()), ("#t=AbC", "#t=AbC"));
    let s = opened("#r=AbC&save=json");
    assert_eq!(s.shown, "#r=AbC&save=json");
    assert_eq!(
        s.opened,
        TeamRoute::Result {
            payload: "AbC".into(),
            save: Some(Format::Json)
        }
    );
    for nothing in ["", "#/team", "#was=A&on=2026-01-02&now=B"] {
        let s = opened(nothing);
        assert_eq!((s.draft.as_str(), s.shown.as_str()), ("", ""), "{nothing}");
    }
    assert_eq!(opened("").catalog, Catalog::Loading);
}

#[test]
fn typing_changes_the_input_and_showing_shows_it() {
    let s = opened("").reduce(TeamAction::Edit("line".into()));
    assert_eq!((s.draft.as_str(), s.shown.as_str()), ("line", ""));
    let s = s
        .reduce(TeamAction::Copied(Copied::Done))
        .reduce(TeamAction::Show);
    assert_eq!(s.shown, "line");
    assert_eq!(s.copied, Copied::Not, "a new team is not yet copied");
}

#[test]
fn a_file_joins_the_typed_lines_and_is_shown_at_once() {
    let s = opened("").reduce(TeamAction::AddText("a\nb".into()));
    assert_eq!((s.draft.as_str(), s.shown.as_str()), ("a\nb", "a\nb"));
    let s = opened("")
        .reduce(TeamAction::Edit("typed\n\n".into()))
        .reduce(TeamAction::AddText("read".into()));
    assert_eq!(s.shown, "typed\nread");
    let s = s.reduce(TeamAction::FileChosen { too_big: true });
    assert!(s.too_big);
    assert!(!s.reduce(TeamAction::FileChosen { too_big: false }).too_big);
}

#[test]
fn the_catalog_loads_fails_and_is_asked_for_again() {
    let s = opened("").reduce(TeamAction::LoadFailed);
    assert_eq!(s.catalog, Catalog::Failed);
    let s = s.reduce(TeamAction::Retry);
    assert_eq!((s.catalog.clone(), s.attempt), (Catalog::Loading, 1));
    let all = catalog();
    let s = s.reduce(TeamAction::Loaded(all.clone()));
    assert_eq!(s.ready(), Some(&all));
}

#[test]
fn an_action_that_changes_nothing_returns_the_same_state() {
    let s = opened("#t=AbC");
    for action in [
        TeamAction::Edit("#t=AbC".into()),
        TeamAction::Show,
        TeamAction::Copied(Copied::Not),
        TeamAction::FileChosen { too_big: false },
    ] {
        assert!(
            Rc::ptr_eq(&s, &s.clone().reduce(action.clone())),
            "{action:?}"
        );
    }
}

#[test]
fn the_shown_results_are_kept_as_a_team_link_once_the_questions_are_here() {
    let lines = format!("#r={}\nnot a link\n{}", payload(1), payload(3));
    let s = opened("").reduce(TeamAction::AddText(lines));
    assert_eq!(s.team_route(), None, "not before the questions are here");
    let s = s.reduce(TeamAction::Loaded(catalog()));
    let Some(TeamRoute::Team(team)) = s.team_route() else {
        panic!("a team link");
    };
    assert_eq!(team::decode(&team), Ok(vec![payload(1), payload(3)]));
    let s = s
        .reduce(TeamAction::Edit("nothing".into()))
        .reduce(TeamAction::Show);
    assert_eq!(s.team_route(), None);
}
