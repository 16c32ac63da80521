//! The built-in questionnaires, compiled into the app from `content/`: one per seat, the
//! provider seat mirroring the client seat item for item.
//!
//! Every released version stays here for good, so that results links made with it keep
//! opening (see `tests/fixtures/links.json`).

use crate::model::questionnaire::{Questionnaire, Seat};

/// "My provider": the visitor rates a firm they buy from.
pub const QUESTIONNAIRE_JSON: &str = include_str!("../../content/questionnaire.json");
/// "Us as a provider": a firm rates itself, on mirrored items.
pub const PROVIDER_JSON: &str = include_str!("../../content/provider.json");

fn load(text: &str) -> Questionnaire {
    // The files are part of the build and a test proves them valid, so failure here is a broken
    // build, not bad input.
    Questionnaire::from_json(text).expect("content/*.json is validated by the test suite")
}

/// The client-seat questionnaire.
pub fn questionnaire() -> Questionnaire {
    load(QUESTIONNAIRE_JSON)
}

/// The questionnaire for a seat.
pub fn for_seat(seat: Seat) -> Questionnaire {
    match seat {
        Seat::Client => load(QUESTIONNAIRE_JSON),
        Seat::Provider => load(PROVIDER_JSON),
    }
}

/// Every questionnaire version a results link may name, current ones first.
pub fn catalog() -> Vec<Questionnaire> {
    vec![load(QUESTIONNAIRE_JSON), load(PROVIDER_JSON)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_questionnaire_is_valid() {
        for text in [QUESTIONNAIRE_JSON, PROVIDER_JSON] {
            if let Err(problems) = Questionnaire::from_json(text) {
                panic!("a built-in questionnaire has problems:\n{problems}");
            }
        }
    }

    #[test]
    fn the_provider_seat_mirrors_the_client_seat_item_for_item() {
        let client = for_seat(Seat::Client);
        let provider = for_seat(Seat::Provider);
        assert_eq!(client.seat, Seat::Client);
        assert_eq!(provider.seat, Seat::Provider);
        let mirror = provider
            .mirrors
            .as_ref()
            .expect("the provider seat names its mirror");
        assert_eq!((&mirror.id, mirror.version), (&client.id, client.version));
        assert_eq!(provider.check_mirror(&client), vec![]);
        assert_eq!(client.check_mirror(&provider), vec![]);
    }

    #[test]
    fn ids_in_the_catalog_are_distinct_in_links() {
        use crate::model::link::questionnaire_tag;
        let all = catalog();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert!(
                    questionnaire_tag(&a.id) != questionnaire_tag(&b.id) || a.id == b.id,
                    "{} and {} share a link tag",
                    a.id,
                    b.id
                );
                assert!((&a.id, a.version) != (&b.id, b.version));
            }
        }
    }
}
