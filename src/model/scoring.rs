//! Scoring: answers in, dimension scores, overall partner index and stage out.
//!
//! The rules, in full (the README repeats them for firms):
//! - An item with `n` options is answered with an option index `k` in `0..n`. Its points are
//!   `k / (n - 1)`, from 0 (most vendor-like) to 1 (most partner-like); for a reverse-keyed item
//!   they are `(n - 1 - k) / (n - 1)`.
//! - "Not sure" and unanswered items are left out: they neither raise nor lower a score, and the
//!   result says how many were left out.
//! - A dimension's score is `100 ×` the weighted mean of the points of its answered items
//!   (weights from the questionnaire). A dimension with no answered item has no score.
//! - The overall partner index is the plain mean of the dimension scores that exist, so every
//!   dimension counts the same however many items it has.
//! - Scores are shown rounded to whole numbers; the stage is the highest one whose `from` the
//!   rounded index reaches, so the number and the stage shown never disagree.

use crate::model::questionnaire::{Questionnaire, Stage};

/// A visitor's answer to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The index of the chosen option, in the order the questionnaire lists them.
    Choice(u8),
    /// The explicit "Not sure" option: left out of scoring.
    NotSure,
}

/// One slot per item, in questionnaire order; `None` means not answered yet.
pub type Answers = Vec<Option<Answer>>;

/// The score of one dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    /// 0–100, or `None` when none of its items was answered with an option.
    pub score: Option<f64>,
    /// How many of its items were left out ("Not sure" or unanswered).
    pub left_out: usize,
}

impl DimensionScore {
    pub fn rounded(&self) -> Option<u8> {
        self.score.map(round)
    }
}

/// Everything the result view shows, computed from answers alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// In questionnaire order.
    pub dimensions: Vec<DimensionScore>,
    /// 0–100, or `None` when no item at all was answered with an option.
    pub overall: Option<f64>,
    /// Items answered with an option.
    pub scored: usize,
    /// Items left out of scoring: "Not sure", unanswered or (from a damaged source) out of range.
    pub left_out: usize,
}

/// The points (0 = most vendor-like, 1 = most partner-like) of one answer to item `i`, or
/// `None` when it is left out ("Not sure", unanswered, or an option the item does not have).
pub fn item_points(questionnaire: &Questionnaire, i: usize, answer: Option<Answer>) -> Option<f64> {
    let item = questionnaire.items.get(i)?;
    let n = questionnaire.option_count(item);
    match answer {
        Some(Answer::Choice(k)) if (k as usize) < n && n >= 2 => {
            let k = k as usize;
            let k = if item.reverse { n - 1 - k } else { k };
            Some(k as f64 / (n - 1) as f64)
        }
        _ => None,
    }
}

/// Scores a set of answers against a validated questionnaire.
///
/// Never panics: answers beyond the item list are ignored, missing ones count as unanswered,
/// and an option index out of range is left out like "Not sure".
pub fn score(questionnaire: &Questionnaire, answers: &[Option<Answer>]) -> Outcome {
    let mut sums = vec![(0.0_f64, 0.0_f64, 0_usize); questionnaire.dimensions.len()];
    let mut scored = 0;
    let mut left_out = 0;
    for (i, item) in questionnaire.items.iter().enumerate() {
        let Some(d) = questionnaire.dimension_index(item) else {
            continue;
        };
        let points = item_points(questionnaire, i, answers.get(i).copied().flatten());
        let (weighted, weights, missing) = &mut sums[d];
        match points {
            Some(points) => {
                *weighted += item.weight * points;
                *weights += item.weight;
                scored += 1;
            }
            None => {
                *missing += 1;
                left_out += 1;
            }
        }
    }
    let dimensions: Vec<DimensionScore> = sums
        .into_iter()
        .map(|(weighted, weights, missing)| DimensionScore {
            score: (weights > 0.0).then(|| (100.0 * weighted / weights).clamp(0.0, 100.0)),
            left_out: missing,
        })
        .collect();
    let present: Vec<f64> = dimensions.iter().filter_map(|d| d.score).collect();
    let overall = (!present.is_empty()).then(|| present.iter().sum::<f64>() / present.len() as f64);
    Outcome {
        dimensions,
        overall,
        scored,
        left_out,
    }
}

/// Rounds a score to the whole number shown to people.
pub fn round(score: f64) -> u8 {
    score.round().clamp(0.0, 100.0) as u8
}

impl Outcome {
    /// The overall partner index as shown: a whole number 0–100.
    pub fn index(&self) -> Option<u8> {
        self.overall.map(round)
    }

    /// The stage the shown index reaches.
    pub fn stage<'q>(&self, questionnaire: &'q Questionnaire) -> Option<&'q Stage> {
        self.index()
            .and_then(|index| questionnaire.stage_for(index))
    }

    /// Dimensions that have a score, strongest first; ties keep questionnaire order.
    fn ranked(&self) -> Vec<(usize, f64)> {
        let mut ranked: Vec<(usize, f64)> = self
            .dimensions
            .iter()
            .enumerate()
            .filter_map(|(i, d)| d.score.map(|s| (i, s)))
            .collect();
        crate::model::sort_small_by(&mut ranked, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
    }

    /// Up to `count` strongest dimensions (indices into `dimensions`), strongest first.
    pub fn strongest(&self, count: usize) -> Vec<usize> {
        self.ranked()
            .into_iter()
            .take(count)
            .map(|(i, _)| i)
            .collect()
    }

    /// Up to `count` weakest dimensions, weakest first, never repeating one of the
    /// `count` strongest (with few scored dimensions a list can be shorter).
    pub fn weakest(&self, count: usize) -> Vec<usize> {
        let ranked = self.ranked();
        let strong = ranked.len().min(count);
        let rest = &ranked[strong..];
        rest.iter().rev().take(count).map(|(i, _)| *i).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin;
    use proptest::prelude::*;

    fn questionnaire() -> Questionnaire {
        cached().clone()
    }

    fn cached() -> &'static Questionnaire {
        static CACHED: std::sync::OnceLock<Questionnaire> = std::sync::OnceLock::new();
        CACHED.get_or_init(builtin::questionnaire)
    }

    /// The most partner-like (or vendor-like) option of every item.
    fn extreme(q: &Questionnaire, partner: bool) -> Answers {
        q.items
            .iter()
            .map(|item| {
                let top = q.option_count(item) as u8 - 1;
                let k = if partner != item.reverse { top } else { 0 };
                Some(Answer::Choice(k))
            })
            .collect()
    }

    #[test]
    fn all_partner_like_answers_give_100_and_the_top_stage() {
        let q = questionnaire();
        let outcome = score(&q, &extreme(&q, true));
        assert_eq!(outcome.index(), Some(100));
        assert!(outcome.dimensions.iter().all(|d| d.rounded() == Some(100)));
        assert_eq!(outcome.stage(&q).unwrap().id, q.stages.last().unwrap().id);
        assert_eq!(outcome.left_out, 0);
        assert_eq!(outcome.scored, q.items.len());
    }

    #[test]
    fn all_vendor_like_answers_give_0_and_the_bottom_stage() {
        let q = questionnaire();
        let outcome = score(&q, &extreme(&q, false));
        assert_eq!(outcome.index(), Some(0));
        assert!(outcome.dimensions.iter().all(|d| d.rounded() == Some(0)));
        assert_eq!(outcome.stage(&q).unwrap().id, q.stages[0].id);
    }

    #[test]
    fn reverse_keyed_items_score_their_first_option_highest() {
        let q = questionnaire();
        let i = q
            .items
            .iter()
            .position(|item| item.reverse && item.scale.is_some())
            .expect("the built-in questionnaire has reverse-keyed agreement items");
        let item = &q.items[i];
        let d = q.dimension_index(item).unwrap();
        let mut answers: Answers = vec![None; q.items.len()];
        answers[i] = Some(Answer::Choice(0)); // "Strongly disagree" with a vendor-like statement
        assert_eq!(score(&q, &answers).dimensions[d].rounded(), Some(100));
        let top = q.option_count(item) as u8 - 1;
        answers[i] = Some(Answer::Choice(top));
        assert_eq!(score(&q, &answers).dimensions[d].rounded(), Some(0));
    }

    #[test]
    fn middle_answers_give_half_points() {
        let q = questionnaire();
        let answers: Answers = q
            .items
            .iter()
            .map(|item| {
                let n = q.option_count(item);
                // Only odd-sized items have a middle; leave the others out.
                (n % 2 == 1).then_some(Answer::Choice((n / 2) as u8))
            })
            .collect();
        let outcome = score(&q, &answers);
        for d in outcome.dimensions.iter().filter(|d| d.score.is_some()) {
            assert_eq!(d.rounded(), Some(50));
        }
    }

    #[test]
    fn not_sure_answers_are_left_out_not_counted_as_zero() {
        let q = questionnaire();
        let mut answers = extreme(&q, true);
        answers[0] = Some(Answer::NotSure);
        answers[1] = None;
        let outcome = score(&q, &answers);
        assert_eq!(
            outcome.index(),
            Some(100),
            "left-out items must not pull the score down"
        );
        assert_eq!(outcome.left_out, 2);
        assert_eq!(outcome.scored, q.items.len() - 2);
        let d = q.dimension_index(&q.items[0]).unwrap();
        assert_eq!(outcome.dimensions[d].left_out, 2);
    }

    #[test]
    fn a_dimension_with_only_not_sure_has_no_score_and_does_not_count() {
        let q = questionnaire();
        let mut answers = extreme(&q, true);
        let first = &q.dimensions[0].id;
        for (i, item) in q.items.iter().enumerate() {
            if &item.dimension == first {
                answers[i] = Some(Answer::NotSure);
            } else if q.dimension_index(item) == Some(1) {
                let top = q.option_count(item) as u8 - 1;
                answers[i] = Some(Answer::Choice(if item.reverse { top } else { 0 }));
            }
        }
        let outcome = score(&q, &answers);
        assert_eq!(outcome.dimensions[0].score, None);
        assert_eq!(outcome.dimensions[1].rounded(), Some(0));
        let others = (q.dimensions.len() - 2) as f64;
        let expected = 100.0 * others / (others + 1.0);
        assert!((outcome.overall.unwrap() - expected).abs() < 1e-9);
    }

    #[test]
    fn nothing_answered_gives_no_index_and_no_stage() {
        let q = questionnaire();
        let outcome = score(&q, &vec![Some(Answer::NotSure); q.items.len()]);
        assert_eq!(outcome.index(), None);
        assert!(outcome.stage(&q).is_none());
        assert_eq!(outcome.left_out, q.items.len());
        let outcome = score(&q, &[]);
        assert_eq!(outcome.left_out, q.items.len());
    }

    #[test]
    fn out_of_range_answers_are_left_out() {
        let q = questionnaire();
        let mut answers = extreme(&q, true);
        answers[0] = Some(Answer::Choice(200));
        let outcome = score(&q, &answers);
        assert_eq!(outcome.left_out, 1);
        assert_eq!(outcome.index(), Some(100));
    }

    #[test]
    fn weights_change_the_mix_within_a_dimension() {
        let mut q = questionnaire();
        let d = &q.dimensions[0].id.clone();
        let in_d: Vec<usize> = (0..q.items.len())
            .filter(|&i| &q.items[i].dimension == d)
            .collect();
        q.items[in_d[0]].weight = 3.0;
        let mut answers: Answers = vec![None; q.items.len()];
        let top = |q: &Questionnaire, i: usize| {
            let n = q.option_count(&q.items[i]) as u8 - 1;
            if q.items[i].reverse {
                0
            } else {
                n
            }
        };
        let bottom = |q: &Questionnaire, i: usize| {
            let n = q.option_count(&q.items[i]) as u8 - 1;
            if q.items[i].reverse {
                n
            } else {
                0
            }
        };
        answers[in_d[0]] = Some(Answer::Choice(top(&q, in_d[0])));
        answers[in_d[1]] = Some(Answer::Choice(bottom(&q, in_d[1])));
        assert_eq!(score(&q, &answers).dimensions[0].rounded(), Some(75));
    }

    #[test]
    fn strongest_and_weakest_are_distinct_and_ordered() {
        let q = questionnaire();
        // Give dimension d the score 100 * d / (count - 1) by answering its items alike.
        let count = q.dimensions.len();
        let answers: Answers = q
            .items
            .iter()
            .map(|item| {
                let d = q.dimension_index(item).unwrap();
                let n = q.option_count(item);
                let partner = d * 2 >= count; // upper half partner-like
                let top = n as u8 - 1;
                Some(Answer::Choice(if partner != item.reverse {
                    top
                } else {
                    0
                }))
            })
            .collect();
        let outcome = score(&q, &answers);
        let strongest = outcome.strongest(2);
        let weakest = outcome.weakest(2);
        assert_eq!(strongest.len(), 2);
        assert_eq!(weakest.len(), 2);
        assert!(strongest.iter().all(|i| !weakest.contains(i)));
        for &s in &strongest {
            for &w in &weakest {
                assert!(outcome.dimensions[s].score >= outcome.dimensions[w].score);
            }
        }
        // With a single scored dimension it is strongest and never also weakest.
        let mut one: Answers = vec![None; q.items.len()];
        one[0] = Some(Answer::Choice(0));
        let outcome = score(&q, &one);
        assert_eq!(outcome.strongest(2).len(), 1);
        assert!(outcome.weakest(2).is_empty());
    }

    /// Any answer set the app can hold: per item unanswered, "Not sure" or any option.
    fn any_answers(q: &Questionnaire) -> impl Strategy<Value = Answers> {
        let per_item: Vec<_> = q
            .items
            .iter()
            .map(|item| {
                let n = q.option_count(item) as u8;
                prop_oneof![
                    Just(None),
                    Just(Some(Answer::NotSure)),
                    (0..n).prop_map(|k| Some(Answer::Choice(k))),
                ]
            })
            .collect();
        per_item
    }

    proptest! {
        #[test]
        fn every_score_is_within_0_and_100(answers in any_answers(cached())) {
            let q = cached();
            let outcome = score(q, &answers);
            for d in &outcome.dimensions {
                if let Some(s) = d.score {
                    prop_assert!((0.0..=100.0).contains(&s));
                }
            }
            if let Some(o) = outcome.overall {
                prop_assert!((0.0..=100.0).contains(&o));
                prop_assert!(outcome.stage(q).is_some());
            }
            prop_assert_eq!(outcome.scored + outcome.left_out, q.items.len());
        }

        #[test]
        fn moving_an_answer_toward_partner_never_lowers_its_dimension(
            answers in any_answers(cached()),
            pick in any::<prop::sample::Index>(),
        ) {
            let q = cached();
            let i = pick.index(q.items.len());
            let item = &q.items[i];
            let n = q.option_count(item) as u8;
            let Some(Answer::Choice(k)) = answers[i] else { return Ok(()) };
            let toward = if item.reverse { k.checked_sub(1) } else { (k + 1 < n).then_some(k + 1) };
            let Some(moved) = toward else { return Ok(()) };
            let mut better = answers.clone();
            better[i] = Some(Answer::Choice(moved));
            let d = q.dimension_index(item).unwrap();
            let before = score(q, &answers);
            let after = score(q, &better);
            prop_assert!(after.dimensions[d].score.unwrap() > before.dimensions[d].score.unwrap());
            prop_assert!(after.overall.unwrap() >= before.overall.unwrap());
        }
    }
}
