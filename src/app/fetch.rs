//! Fetching the parts of the catalog a view needs before it shows (see `Catalog::need`); what
//! waits for them is run by `hooks::use_catalog`.

use crate::app::state::{ById, Catalog, Need, Wanted};
use crate::app::text;
use crate::browser::{more, storage};
use crate::model::questionnaire::Seat;
use std::rc::Rc;

/// Fetches what `wanted` in `lang` needs, as far as it can: the catalog with what arrived, and
/// whether all of it did. Progress saved for a seat with a version the catalog lacks needs the
/// whole catalog (see `Catalog::need`). Nothing to fetch is an answer at once.
pub async fn complete(
    mut catalog: Rc<Catalog>,
    wanted: &Wanted,
    lang: &str,
) -> (Rc<Catalog>, bool) {
    if wanted.whole && !catalog.complete {
        match more::fetch().await {
            Some((whole, texts)) => {
                text::install(texts);
                catalog = Rc::new(Catalog::whole(whole))
            }
            None => return (catalog, false),
        }
    }
    for &seat in &wanted.seats {
        // A part, then the whole catalog if progress saved for the seat names another version:
        // two fetches at most; a need left after that is a file that did not help.
        for _ in 0..2 {
            let fetched = match need(&catalog, seat, lang) {
                Need::Nothing => break,
                Need::Part(seat) => more::fetch_part(seat, lang).await.map(|(parts, texts)| {
                    text::install(texts);
                    catalog.with_parts(parts.into_iter().map(|q| ById(Rc::new(q))))
                }),
                Need::Whole => more::fetch().await.map(|(whole, texts)| {
                    text::install(texts);
                    Catalog::whole(whole)
                }),
            };
            match fetched {
                Some(more) => catalog = Rc::new(more),
                None => return (catalog, false),
            }
        }
        if need(&catalog, seat, lang) != Need::Nothing {
            return (catalog, false);
        }
    }
    (catalog, true)
}

/// What `seat` in `lang` needs of `catalog`, with the version its saved progress was made with
/// read afresh (the seat's questionnaire, which names the record, may have just arrived).
fn need(catalog: &Catalog, seat: Seat, lang: &str) -> Need {
    let saved = storage::saved_version(&catalog.for_seat(seat));
    catalog.need(seat, lang, saved.as_ref().map(|(id, v)| (id.as_str(), *v)))
}
