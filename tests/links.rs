//! Links made by released versions keep opening: every pinned link in
//! tests/fixtures/links.json must decode to exactly its answers and label, and score as it did.

use partner_or_vendor::model::builtin;
use partner_or_vendor::model::link::{self, decode};
use partner_or_vendor::model::questionnaire::{Questionnaire, Seat};
use partner_or_vendor::model::route::Route;
use partner_or_vendor::model::scoring::{score, Answer, Answers};
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixtures {
    links: Vec<Fixture>,
}

#[derive(Deserialize)]
struct Fixture {
    description: String,
    payload: String,
    questionnaire: String,
    questionnaire_version: u32,
    answers: String,
    label: Option<String>,
    overall: Option<u8>,
    /// The stage's id, or `None` for a result without one; absent in the first pins.
    #[serde(default, deserialize_with = "present")]
    stage: Option<Option<String>>,
}

/// A field that is present, even as `null`, is `Some`.
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

fn answers(text: &str) -> Answers {
    text.chars()
        .map(|c| match c {
            '?' => Some(Answer::CantJudge),
            '-' => Some(Answer::NotApplicable),
            d => Some(Answer::Choice(
                d.to_digit(10).expect("fixture answers are digits or ?") as u8,
            )),
        })
        .collect()
}

#[test]
fn every_pinned_link_still_decodes_to_its_answers() {
    let text = include_str!("fixtures/links.json");
    let fixtures: Fixtures = serde_json::from_str(text).expect("the fixture file is valid JSON");
    let catalog = builtin::catalog();
    let refs: Vec<&Questionnaire> = catalog.iter().collect();
    assert!(fixtures.links.len() >= 10, "fixtures were removed");
    for fixture in &fixtures.links {
        let decoded = decode(&refs, &fixture.payload)
            .unwrap_or_else(|e| panic!("{}: {:?}", fixture.description, e));
        let q = refs[decoded.questionnaire];
        assert_eq!(
            (&q.id, q.version),
            (&fixture.questionnaire, fixture.questionnaire_version),
            "{}",
            fixture.description
        );
        assert_eq!(
            decoded.answers,
            answers(&fixture.answers),
            "{}",
            fixture.description
        );
        assert_eq!(decoded.label, fixture.label, "{}", fixture.description);
        // The address of a pinned link still opens the shared result it always opened.
        assert_eq!(
            Route::parse(&format!("#r={}", fixture.payload)),
            Route::Shared(fixture.payload.clone()),
            "{}",
            fixture.description
        );
        let outcome = score(q, &decoded.answers);
        assert_eq!(outcome.index(), fixture.overall, "{}", fixture.description);
        if let Some(stage) = &fixture.stage {
            assert_eq!(
                &outcome.stage(q).map(|s| s.id.clone()),
                stage,
                "{}",
                fixture.description
            );
        }
    }
    // Every version and form made so far is pinned, the quick checks included.
    for (id, version) in [
        ("partner-or-vendor", 2),
        ("partner-or-vendor-provider", 2),
        ("partner-or-vendor", 3),
        ("partner-or-vendor-provider", 3),
        ("partner-or-vendor-quick", 3),
        ("partner-or-vendor-provider-quick", 3),
    ] {
        let staged = fixtures
            .links
            .iter()
            .filter(|f| f.questionnaire == id && f.questionnaire_version == version)
            .filter(|f| f.stage.is_some())
            .count();
        assert!(staged >= 4, "{id} v{version}: {staged} pins with a stage");
    }
}

#[test]
fn the_current_encoder_writes_the_pinned_links_of_the_current_questionnaires() {
    // Not required for old links (a later format may write differently), but while the format
    // and questionnaires are unchanged, encoding must give the very same text.
    let text = include_str!("fixtures/links.json");
    let fixtures: Fixtures = serde_json::from_str(text).expect("valid JSON");
    let catalog = builtin::catalog();
    for fixture in &fixtures.links {
        let Some(q) = catalog
            .iter()
            .find(|q| q.id == fixture.questionnaire && q.version == fixture.questionnaire_version)
        else {
            continue;
        };
        let payload = link::encode(q, &answers(&fixture.answers), fixture.label.as_deref());
        assert_eq!(payload, fixture.payload, "{}", fixture.description);
    }
}

#[derive(Deserialize)]
struct V1Scores {
    scores: Vec<V1Score>,
}

#[derive(Deserialize)]
struct V1Score {
    description: String,
    seat: String,
    answers: String,
    overall: Option<u8>,
    stage: Option<String>,
    dimensions: std::collections::BTreeMap<String, Option<u8>>,
}

#[test]
fn version_1_answers_score_exactly_as_the_first_release_scored_them() {
    let text = include_str!("fixtures/v1-scores.json");
    let fixtures: V1Scores = serde_json::from_str(text).expect("valid JSON");
    assert!(fixtures.scores.len() >= 30, "fixtures were removed");
    let catalog = builtin::catalog();
    for fixture in &fixtures.scores {
        let q = catalog
            .iter()
            .find(|q| q.version == 1 && (q.seat == Seat::Provider) == (fixture.seat == "provider"))
            .expect("version 1 of both seats stays in the catalog");
        let outcome = score(q, &answers(&fixture.answers));
        assert_eq!(outcome.index(), fixture.overall, "{}", fixture.description);
        assert_eq!(
            outcome.stage(q).map(|s| s.name.get("en").to_string()),
            fixture.stage,
            "{}",
            fixture.description
        );
        for (d, dimension) in q.dimensions.iter().enumerate() {
            assert_eq!(
                outcome.dimensions[d].rounded(),
                fixture.dimensions[&dimension.id],
                "{}: {}",
                fixture.description,
                dimension.id
            );
        }
        assert!(outcome.held_back.is_empty());
    }
}
