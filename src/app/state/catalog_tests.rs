//! The catalog as it grows: what a seat in a language needs, the parts that fill it in, fetches
//! that run side by side, and a failed fetch kept to try again.

use super::tests::{payload, state};
use super::*;
use crate::app::text::Lang;
use crate::model::builtin;
use crate::model::questionnaire::Seat;

/// The catalog as the wasm starts with it: the client seat in English, nothing fetched.
fn first_download() -> Rc<Catalog> {
    Rc::new(Catalog {
        all: builtin::embedded()
            .into_iter()
            .map(|q| ById(Rc::new(q)))
            .collect(),
        complete: false,
    })
}

/// A part as fetched: a current seat in its language and the first.
fn part(seat: Seat, lang: &str) -> QuestionnaireRef {
    let whole = builtin::whole();
    let q = whole.into_iter().find(|q| q.seat == seat).unwrap();
    ById(Rc::new(q.in_languages(&["en", lang])))
}

#[test]
fn a_seat_in_a_language_needs_its_part_and_a_link_it_cannot_read_the_whole() {
    let first = first_download();
    assert_eq!(first.need(Seat::Client, "en", None), Need::Nothing);
    assert_eq!(
        first.need(Seat::Client, "de", None),
        Need::Part(Seat::Client)
    );
    assert_eq!(
        first.need(Seat::Provider, "en", None),
        Need::Part(Seat::Provider)
    );
    let whole = state();
    let client_link = payload(&whole, Seat::Client, 2);
    let provider_link = payload(&whole, Seat::Provider, 2);
    let wanted = first.wanted(&Route::Shared(client_link.clone()), Seat::Provider);
    assert_eq!(wanted.seats, vec![Seat::Provider, Seat::Client]);
    assert!(!wanted.whole);
    let wanted = first.wanted(&Route::Shared(provider_link.clone()), Seat::Client);
    assert!(
        wanted.whole,
        "a provider link names a questionnaire the wasm lacks"
    );
    assert!(first.lacks(&wanted, "en"));
    assert!(!first.lacks(&first.wanted(&Route::Question(3), Seat::Client), "en"));
    assert!(first.lacks(&first.wanted(&Route::Question(3), Seat::Client), "de"));
    // The whole catalog needs nothing more.
    assert!(!whole.catalog.lacks(
        &whole
            .catalog
            .wanted(&Route::Shared(provider_link), Seat::Provider),
        "de"
    ));

    // Parts fill in what was asked for, and nothing else.
    let german = first.with_parts([part(Seat::Client, "de")]);
    assert_eq!(german.all.len(), 1);
    assert_eq!(german.need(Seat::Client, "de", None), Need::Nothing);
    assert_eq!(german.need(Seat::Client, "en", None), Need::Nothing);
    let q = german.for_seat(Seat::Client);
    assert_eq!(
        q.items[0].prompt.get("de"),
        whole.catalog.for_seat(Seat::Client).items[0]
            .prompt
            .get("de")
    );
    let provider = german.with_parts([part(Seat::Provider, "de")]);
    assert_eq!(provider.need(Seat::Provider, "de", None), Need::Nothing);
    // A part holds the first language too: switching back needs nothing.
    assert_eq!(provider.need(Seat::Provider, "en", None), Need::Nothing);
    // A part in fewer languages never replaces one in more.
    let again = provider.with_parts([part(Seat::Provider, "en")]);
    assert_eq!(again.need(Seat::Provider, "de", None), Need::Nothing);
    assert_eq!(provider.seats().seats, vec![Seat::Client, Seat::Provider]);
    assert!(!provider.complete);
}

#[test]
fn fetches_that_ran_side_by_side_lose_no_part() {
    let first = first_download();
    let q = first.for_seat(Seat::Client);
    let s = Rc::new(AppState::new(
        first.clone(),
        q.clone(),
        Progress::new(&q),
        None,
    ));
    // Two fetches started from the same catalog: the German client seat and the provider seat.
    let german = Rc::new(first.with_parts([part(Seat::Client, "de")]));
    let provider = Rc::new(first.with_parts([part(Seat::Provider, "en")]));
    let s = s.reduce(Action::CatalogLoaded(german));
    assert!(
        s.questionnaire.languages.contains(&"de".to_string()),
        "the journey shows the new texts"
    );
    let s = s.reduce(Action::CatalogLoaded(provider));
    assert_eq!(
        s.catalog.need(Seat::Client, "de", None),
        Need::Nothing,
        "the first part stays"
    );
    assert_eq!(s.catalog.need(Seat::Provider, "en", None), Need::Nothing);
    assert!(s.questionnaire.languages.contains(&"de".to_string()));
    // The whole catalog, however it arrives, is the whole.
    let whole = Rc::new(Catalog::whole(builtin::whole()));
    let s = s.reduce(Action::CatalogLoaded(whole));
    assert!(s.catalog.complete);
    let s = s.reduce(Action::CatalogLoaded(Rc::new(
        first.with_parts([part(Seat::Provider, "de")]),
    )));
    assert!(
        s.catalog.complete,
        "a part that arrives later takes nothing away"
    );
    assert_eq!(s.catalog.all.len(), builtin::whole().len());
}

#[test]
fn progress_saved_with_a_version_the_catalog_lacks_needs_the_whole_catalog() {
    let first = first_download();
    let id = first.for_seat(Seat::Client).id.clone();
    let current = first.for_seat(Seat::Client).version;
    assert_eq!(
        first.need(Seat::Client, "en", Some((&id, current))),
        Need::Nothing
    );
    assert_eq!(first.need(Seat::Client, "en", Some((&id, 1))), Need::Whole);
    // Without saved progress, what the language needs.
    assert_eq!(first.need(Seat::Client, "en", None), Need::Nothing);
    assert_eq!(
        first.need(Seat::Provider, "en", None),
        Need::Part(Seat::Provider)
    );
    let whole = Catalog::whole(builtin::whole());
    assert_eq!(
        whole.need(Seat::Client, "en", Some((&id, 1))),
        Need::Nothing
    );
}

#[test]
fn an_intent_waits_as_data_and_a_failure_keeps_it_to_try_again() {
    let s = state();
    let answer = Intent::AnswerSeat {
        seat: Seat::Provider,
        against: None,
    };
    let s = s.reduce(Action::Want(answer.clone()));
    let pending = s.pending.clone().expect("pending");
    assert_eq!(pending.intent, answer);
    assert_eq!(
        s.wanted(&pending.intent),
        (Wanted::of(vec![Seat::Provider]), Lang::En)
    );
    // It failed: the notice holds it; "Try again" wants it again, as a new fetch.
    let failed = s.reduce(Action::Settled {
        pending: pending.clone(),
        complete: false,
    });
    assert_eq!(failed.pending, None);
    assert_eq!(failed.notice, Some(Notice::LoadFailed(answer.clone())));
    let again = failed.clone().reduce(Action::Retry(Route::Intro));
    assert_eq!(again.notice, None);
    let retried = again.pending.clone().expect("pending again");
    assert_eq!(retried.intent, answer);
    assert_ne!(retried.serial, pending.serial);
    // Done this time: the pending intent is gone and no notice is left.
    let done = again.reduce(Action::Settled {
        pending: retried,
        complete: true,
    });
    assert_eq!((done.pending.clone(), done.notice.clone()), (None, None));
    // Dismissed instead, nothing is tried again.
    let dismissed = failed.reduce(Action::DismissNotice);
    assert_eq!(dismissed.notice, None);
    assert!(Rc::ptr_eq(
        &dismissed,
        &dismissed.clone().reduce(Action::Retry(Route::Intro))
    ));
}

#[test]
fn trying_again_what_start_up_wanted_follows_the_address_as_it_now_is() {
    let first = first_download();
    let q = first.for_seat(Seat::Client);
    let failed = Intent::Resume {
        lens: Seat::Provider,
        route: Route::Intro,
    };
    let s = Rc::new(AppState::new(
        first,
        q.clone(),
        Progress::new(&q),
        Some(Notice::LoadFailed(failed)),
    ));
    let s = s.reduce(Action::Retry(Route::Question(7)));
    assert_eq!(
        s.pending.as_ref().map(|p| p.intent.clone()),
        Some(Intent::Resume {
            lens: Seat::Provider,
            route: Route::Question(7)
        })
    );
    let (wanted, _) = s.wanted(&s.pending.as_ref().unwrap().intent);
    assert_eq!(wanted.seats, vec![Seat::Client, Seat::Provider]);
}

#[test]
fn a_fetch_that_ends_after_a_newer_intent_leaves_that_one_pending() {
    let s = state();
    let s = s.reduce(Action::Want(Intent::Speak(Lang::De)));
    let older = s.pending.clone().unwrap();
    assert_eq!(s.wanted(&older.intent), (s.catalog.seats(), Lang::De));
    let s = s.reduce(Action::Want(Intent::Follow(Route::Result)));
    let newer = s.pending.clone().unwrap();
    let s = s.reduce(Action::Settled {
        pending: older,
        complete: false,
    });
    assert_eq!(s.pending, Some(newer), "the newer intent still waits");
    assert_eq!(
        s.notice,
        Some(Notice::LoadFailed(Intent::Speak(Lang::De))),
        "the older one's failure still shows"
    );
    assert!(Intent::Speak(Lang::De).anyway() && Intent::Follow(Route::Intro).anyway());
    assert!(!Intent::AnswerSeat {
        seat: Seat::Client,
        against: None
    }
    .anyway());
}

#[test]
fn what_each_intent_wants() {
    let s = state();
    let provider_link = payload(&s, Seat::Provider, 2);
    let first = first_download();
    let q = first.for_seat(Seat::Client);
    let mut fresh = AppState::new(first, q.clone(), Progress::new(&q), None);
    fresh.lang = Lang::De;
    let (wanted, lang) = fresh.wanted(&Intent::Follow(Route::Shared(provider_link.clone())));
    assert!(wanted.whole, "a provider link names what the wasm lacks");
    assert_eq!(lang, Lang::De, "in the language chosen");
    let (wanted, _) = fresh.wanted(&Intent::Resume {
        lens: Seat::Provider,
        route: Route::Intro,
    });
    assert_eq!(wanted.seats, vec![Seat::Client, Seat::Provider]);
    let (wanted, lang) = fresh.wanted(&Intent::Speak(Lang::En));
    assert_eq!((wanted.seats, lang), (vec![Seat::Client], Lang::En));
}
