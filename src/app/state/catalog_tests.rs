//! The catalog as it grows: what a seat in a language needs, the parts that fill it in, fetches
//! that run side by side, and a failed fetch kept to try again.

use super::tests::{payload, state};
use super::*;
use crate::model::builtin;
use crate::model::questionnaire::Seat;

/// The catalog as the wasm starts with it: the client seat in English, nothing fetched.
fn first_download() -> Rc<Catalog> {
    Rc::new(Catalog {
        all: builtin::embedded()
            .into_iter()
            .map(|q| Shared(Rc::new(q)))
            .collect(),
        complete: false,
    })
}

/// A part as fetched: a current seat in its language and the first.
fn part(seat: Seat, lang: &str) -> Shared {
    let whole = builtin::whole();
    let q = whole.into_iter().find(|q| q.seat == seat).unwrap();
    Shared(Rc::new(q.in_languages(&["en", lang])))
}

#[test]
fn a_seat_in_a_language_needs_its_part_and_a_link_it_cannot_read_the_whole() {
    let first = first_download();
    assert_eq!(first.need(Seat::Client, "en"), Need::Nothing);
    assert_eq!(first.need(Seat::Client, "de"), Need::Part(Seat::Client));
    assert_eq!(first.need(Seat::Provider, "en"), Need::Part(Seat::Provider));
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
    assert_eq!(german.need(Seat::Client, "de"), Need::Nothing);
    assert_eq!(german.need(Seat::Client, "en"), Need::Nothing);
    let q = german.for_seat(Seat::Client);
    assert_eq!(
        q.items[0].prompt.get("de"),
        whole.catalog.for_seat(Seat::Client).items[0]
            .prompt
            .get("de")
    );
    let provider = german.with_parts([part(Seat::Provider, "de")]);
    assert_eq!(provider.need(Seat::Provider, "de"), Need::Nothing);
    // A part holds the first language too: switching back needs nothing.
    assert_eq!(provider.need(Seat::Provider, "en"), Need::Nothing);
    // A part in fewer languages never replaces one in more.
    let again = provider.with_parts([part(Seat::Provider, "en")]);
    assert_eq!(again.need(Seat::Provider, "de"), Need::Nothing);
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
        s.catalog.need(Seat::Client, "de"),
        Need::Nothing,
        "the first part stays"
    );
    assert_eq!(s.catalog.need(Seat::Provider, "en"), Need::Nothing);
    assert!(s.questionnaire.languages.contains(&"de".to_string()));
    // The whole catalog, however it arrives, is the whole.
    let whole = Rc::new(first.with(builtin::whole()));
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
fn a_failed_fetch_keeps_what_to_try_again_until_dismissed() {
    let s = state();
    let retry = Retry(Rc::new(|| {}));
    let s = s.reduce(Action::LoadFailed(retry.clone()));
    assert_eq!(s.notice, Some(Notice::LoadFailed));
    assert_eq!(s.retry, Some(retry));
    let s = s.reduce(Action::DismissNotice);
    assert_eq!((s.notice, s.retry.is_none()), (None, true));
}
