//! A generated questionnaire of any size, for measuring how the work grows (see
//! docs/PERFORMANCE.md), valid by construction: a test runs it through the validator. And
//! generated answers that reach a given stage, for the configurator's preview of the result
//! each stage gets.

use crate::model::questionnaire::{
    Band, BandText, Dimension, Item, Questionnaire, Scale, Seat, Stage, Text, FORMAT_VERSION,
};
use crate::model::scoring::{item_points, score, Answer};

/// Answers to every item of `q` whose result is at the stage `stage` (its id), if any answers
/// reach it: every item answered at one level of partnership, from the most vendor-like up
/// (each item's options spread so the level falls between two of them), the first level whose
/// result is at that stage. Answers at one level never contradict each other.
pub fn answers_for_stage(q: &Questionnaire, stage: &str) -> Option<Vec<Option<Answer>>> {
    (0..=100).find_map(|level| {
        let answers: Vec<Option<Answer>> = (0..q.items.len())
            .map(|i| {
                let n = q.option_count(&q.items[i]).max(1);
                let wanted = f64::from(level) / 100.0 * (n - 1) as f64;
                // Items take the lower or the higher neighbour in turn, so the levels between
                // two options are reached too.
                let up = (i * 37 % 100) as f64 / 100.0 < wanted.fract();
                let target = (wanted.floor() + f64::from(u8::from(up))) / (n - 1).max(1) as f64;
                (0..n as u8).map(Answer::Choice).min_by(|a, b| {
                    let distance = |k: &Answer| {
                        item_points(q, i, Some(*k)).map_or(f64::MAX, |p| (p - target).abs())
                    };
                    distance(a).total_cmp(&distance(b))
                })
            })
            .collect();
        let outcome = score(q, &answers);
        (outcome.stage(q).map(|s| s.id.as_str()) == Some(stage)).then_some(answers)
    })
}
use std::collections::BTreeMap;

fn text(en: String) -> Text {
    let de = format!("{en} (de)");
    Text(BTreeMap::from([
        ("de".to_string(), de),
        ("en".to_string(), en),
    ]))
}

/// `items` five-option agreement items spread evenly over `dimensions` dimensions, every third
/// one reverse-keyed, in English and German.
pub fn questionnaire(items: usize, dimensions: usize) -> Questionnaire {
    let bands = ["weak", "mixed", "strong"];
    Questionnaire {
        format: FORMAT_VERSION,
        id: format!("synthetic-{items}x{dimensions}"),
        version: 1,
        seat: Seat::Client,
        mirrors: None,
        languages: vec!["en".to_string(), "de".to_string()],
        title: text("A generated questionnaire".to_string()),
        not_applicable: true,
        min_answers: 1,
        min_dimensions: 1,
        contradictions: 0,
        quick: Vec::new(),
        form: Default::default(),
        scales: vec![Scale {
            id: "agree".to_string(),
            options: (1..=5).map(|k| text(format!("Option {k}"))).collect(),
        }],
        dimensions: (0..dimensions)
            .map(|d| Dimension {
                id: format!("d{d}"),
                name: text(format!("Dimension {d}")),
                summary: text(format!("What dimension {d} looks at.")),
                bands: bands
                    .iter()
                    .map(|b| {
                        let band = BandText {
                            meaning: text(format!("Dimension {d} is {b}.")),
                            next_step: text(format!("A next step for dimension {d} when {b}.")),
                        };
                        (b.to_string(), band)
                    })
                    .collect(),
                ask: text(format!("A question about dimension {d}?")),
                idea: Some(text(format!("The idea behind dimension {d}."))),
                min_answers: None,
            })
            .collect(),
        bands: bands
            .iter()
            .zip([0, 40, 70])
            .map(|(b, from)| Band {
                id: b.to_string(),
                from,
                name: text(b.to_string()),
            })
            .collect(),
        stages: ["vendor", "provider", "trusted", "partner"]
            .iter()
            .zip([0, 35, 55, 75])
            .map(|(s, from)| Stage {
                id: s.to_string(),
                from,
                name: text(s.to_string()),
                text: text(format!("What the stage {s} means.")),
                requires: Vec::new(),
            })
            .collect(),
        items: (0..items)
            .map(|i| Item {
                id: format!("i{i}"),
                dimension: format!("d{}", i % dimensions.max(1)),
                seed: "generated".to_string(),
                prompt: text(format!("Statement number {i} about the relationship.")),
                scale: Some("agree".to_string()),
                options: None,
                reverse: i % 3 == 2,
                opposite: None,
                weight: 1.0,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::link;
    use crate::model::scoring::Answer;

    #[test]
    fn every_stage_of_every_built_in_questionnaire_is_reached() {
        for q in crate::model::builtin::catalog() {
            for stage in &q.stages {
                let answers = answers_for_stage(&q, &stage.id)
                    .unwrap_or_else(|| panic!("{} {}: no answers reach it", q.id, stage.id));
                let outcome = crate::model::scoring::score(&q, &answers);
                assert_eq!(outcome.stage(&q).map(|s| &s.id), Some(&stage.id));
                assert!(!outcome.is_provisional(), "{} {}", q.id, stage.id);
            }
        }
        let q = crate::model::builtin::questionnaire();
        assert_eq!(answers_for_stage(&q, "no-such-stage"), None);
    }

    #[test]
    fn generated_questionnaires_are_valid() {
        for (items, dimensions) in [(1, 1), (27, 9), (300, 12)] {
            assert_eq!(questionnaire(items, dimensions).validate(), vec![]);
        }
    }

    #[test]
    fn the_link_grows_linearly_at_under_three_bits_per_five_option_item() {
        let length = |items: usize| {
            let q = questionnaire(items, 12);
            let answers: Vec<_> = (0..items)
                .map(|i| Some(Answer::Choice((i * 7 % 5) as u8)))
                .collect();
            link::encode(&q, &answers, None).len()
        };
        let (short, long) = (length(100), length(300));
        // Base64url carries 6 bits a character.
        let bits_per_item = (long - short) as f64 * 6.0 / 200.0;
        assert!(bits_per_item <= 3.0, "{bits_per_item} bits per item");
        assert!(
            bits_per_item >= 2.0,
            "{bits_per_item}: the answers must be in the link"
        );
        let step = length(200) - short;
        assert!(step.abs_diff(long - length(200)) <= 1, "linear growth");
    }
}
