//! Fetching the parts of the catalog a view needs before it shows (see `Catalog::need`), and
//! trying again when that fails.

use crate::app::state::{Action, AppState, Catalog, Need, Notice, Retry, Shared, Wanted};
use crate::app::text::{self, Lang};
use crate::browser::more;
use std::rc::Rc;
use yew::prelude::*;

/// What waits for the catalog: run with the state and the catalog as it then is.
pub type Then = Rc<dyn Fn(&UseReducerHandle<AppState>, &Rc<Catalog>)>;

/// Fetches what `wanted` in `lang` needs, as far as it can: the catalog with what arrived, and
/// whether all of it did.
pub async fn complete(
    mut catalog: Rc<Catalog>,
    wanted: &Wanted,
    lang: &str,
) -> (Rc<Catalog>, bool) {
    if wanted.whole && !catalog.complete {
        match more::fetch().await {
            Some((whole, texts)) => {
                text::install(texts);
                catalog = Rc::new(catalog.with(whole))
            }
            None => return (catalog, false),
        }
    }
    for &seat in &wanted.seats {
        // A part, then the whole catalog if progress saved for the seat names another version:
        // two fetches at most; a need left after that is a file that did not help.
        for _ in 0..2 {
            let fetched = match catalog.need(seat, lang) {
                Need::Nothing => break,
                Need::Part(seat) => more::fetch_part(seat, lang).await.map(|(parts, texts)| {
                    text::install(texts);
                    catalog.with_parts(parts.into_iter().map(|q| Shared(Rc::new(q))))
                }),
                Need::Whole => more::fetch().await.map(|(whole, texts)| {
                    text::install(texts);
                    catalog.with(whole)
                }),
            };
            match fetched {
                Some(more) => catalog = Rc::new(more),
                None => return (catalog, false),
            }
        }
        if catalog.need(seat, lang) != Need::Nothing {
            return (catalog, false);
        }
    }
    (catalog, true)
}

/// Runs `then` once what `wanted` in `lang` needs is here: at once when it is, otherwise once
/// fetched. A failed fetch shows a notice whose "Try again" does all of this again; `then` runs
/// with the catalog as it is only when `anyway` (an address opened then says what it can, such
/// as a link it cannot read).
pub fn then_with(
    state: UseReducerHandle<AppState>,
    wanted: Wanted,
    lang: Lang,
    then: Then,
    anyway: bool,
) {
    if !state.catalog.lacks(&wanted, lang.code()) {
        let catalog = state.catalog.clone();
        then(&state, &catalog);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let (catalog, ok) = complete(state.catalog.clone(), &wanted, lang.code()).await;
        if !Rc::ptr_eq(&catalog, &state.catalog) {
            state.dispatch(Action::CatalogLoaded(catalog.clone()));
        }
        if ok {
            if state.notice == Some(Notice::LoadFailed) {
                state.dispatch(Action::DismissNotice);
            }
            then(&state, &catalog);
            return;
        }
        let retry = {
            let (state, then) = (state.clone(), then.clone());
            Retry(Rc::new(move || {
                then_with(state.clone(), wanted.clone(), lang, then.clone(), anyway)
            }))
        };
        state.dispatch(Action::LoadFailed(retry));
        if anyway {
            then(&state, &catalog);
        }
    });
}
