//! Scoring: answers in, dimension scores, overall partner index and stage out.
//!
//! The rules, in full (the page "How this assessment works" says them in plain words):
//! - An item with `n` options is answered with an option index `k` in `0..n`. Its points are
//!   `k / (n - 1)`, from 0 (most vendor-like) to 1 (most partner-like); for a reverse-keyed item
//!   they are `(n - 1 - k) / (n - 1)`.
//! - "I can't judge", "Doesn't apply to us" and unanswered items are left out: they neither
//!   raise nor lower a score. They are counted apart, and the result says how many of each.
//! - Evidence: a dimension gets a score only when at least its `min_answers` items were
//!   answered with an option; its score is `100 ×` the weighted mean of their points. The
//!   overall partner index is the plain mean of the dimension scores, so every dimension counts
//!   the same however many items it has, and it exists only when at least `min_dimensions`
//!   dimensions have a score. Below that the result is provisional: no index, no stage.
//! - The stage is the highest whose `from` the rounded index reaches and whose conditions all
//!   hold: each dimension a stage `requires` (`"*"`: every dimension) must have a score in the
//!   named band or a higher one; a condition marked `if_scored` holds for a dimension without a
//!   score. A stage the index reached but a condition refused names the dimensions that held
//!   it back.
//! - Contradictions: a statement and its direct opposite (an item's `opposite`) answered on
//!   the same side of the scale (agreeing with both, or disagreeing with both) contradict each
//!   other. When that happens in at least `contradictions` pairs, the index and the scores are
//!   still shown, but no stage is given: the result is provisional and names the statements.
//! - Scores are shown rounded to whole numbers, and bands and stages are read from the rounded
//!   numbers, so a number and its reading never disagree.
//!
//! How far one answer can move the index (`max_swing`), for two results that both have one:
//! changing an answer from one option to another moves its dimension by at most
//! `100 · w / W`, where `W` is the weight of the dimension's answered items (at least `w` plus
//! the `min_answers - 1` lightest others), and the index by that over the number of scored
//! dimensions (at least `min_dimensions`). Answering an item that was left out moves its
//! dimension less than that, unless it gives the dimension its first score: then the index,
//! a mean over `D` dimensions, becomes one over `D + 1`, and moves by at most `100 / (D + 1)`,
//! so by at most `100 / (min_dimensions + 1)`. The bound is the larger of the two.

use crate::model::questionnaire::{Questionnaire, Stage, EVERY_DIMENSION};

/// A visitor's answer to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The index of the chosen option, in the order the questionnaire lists them.
    Choice(u8),
    /// "I can't judge" (the first release's "Not sure"): left out of scoring.
    CantJudge,
    /// "Doesn't apply to us": left out of scoring, and counted apart.
    NotApplicable,
}

/// One slot per item, in questionnaire order; `None` means not answered yet.
pub type Answers = Vec<Option<Answer>>;

/// The score of one dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionScore {
    /// 0–100, or `None` when fewer than `needed` of its items were answered with an option.
    pub score: Option<f64>,
    /// Items answered with an option.
    pub answered: usize,
    /// The answered items a score needs.
    pub needed: usize,
    /// Items answered "I can't judge", not answered, or (from a damaged source) out of range.
    pub cant_judge: usize,
    /// Items answered "Doesn't apply to us".
    pub not_applicable: usize,
}

impl DimensionScore {
    pub fn rounded(&self) -> Option<u8> {
        self.score.map(round)
    }

    /// Items left out of the score, for either reason.
    pub fn left_out(&self) -> usize {
        self.cant_judge + self.not_applicable
    }
}

/// Everything the result view shows, computed from answers alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// In questionnaire order.
    pub dimensions: Vec<DimensionScore>,
    /// 0–100, or `None` when the result is provisional.
    pub overall: Option<f64>,
    /// Dimensions with a score.
    pub scored_dimensions: usize,
    /// The scored dimensions an index needs.
    pub needed_dimensions: usize,
    /// Index into the questionnaire's stages, or `None` when provisional.
    pub stage: Option<usize>,
    /// The dimensions whose band kept the stage below the one the index alone reaches, in
    /// questionnaire order; empty when nothing held it back.
    pub held_back: Vec<usize>,
    /// Items answered with an option.
    pub scored: usize,
    /// Items answered "I can't judge" (or unanswered, or out of range).
    pub cant_judge: usize,
    /// Items answered "Doesn't apply to us".
    pub not_applicable: usize,
    /// The pairs of opposite statements answered on the same side of the scale: each pair's
    /// dimension and its two items.
    pub contradictions: Vec<(usize, usize, usize)>,
    /// At least the questionnaire's `contradictions` of them: no stage is given.
    pub inconsistent: bool,
}

/// The points (0 = most vendor-like, 1 = most partner-like) of one answer to item `i`, or
/// `None` when it is left out (an escape, unanswered, or an option the item does not have).
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
/// and an option index out of range is left out like "I can't judge".
pub fn score(questionnaire: &Questionnaire, answers: &[Option<Answer>]) -> Outcome {
    let mut dimensions: Vec<(f64, f64, DimensionScore)> = questionnaire
        .dimensions
        .iter()
        .map(|d| {
            let needed = usize::from(questionnaire.min_answers_of(d));
            let empty = DimensionScore {
                score: None,
                answered: 0,
                needed,
                cant_judge: 0,
                not_applicable: 0,
            };
            (0.0, 0.0, empty)
        })
        .collect();
    for (i, item) in questionnaire.items.iter().enumerate() {
        let Some(d) = questionnaire.dimension_index(item) else {
            continue;
        };
        let answer = answers.get(i).copied().flatten();
        let (weighted, weights, dimension) = &mut dimensions[d];
        match item_points(questionnaire, i, answer) {
            Some(points) => {
                *weighted += item.weight * points;
                *weights += item.weight;
                dimension.answered += 1;
            }
            None if answer == Some(Answer::NotApplicable) => dimension.not_applicable += 1,
            None => dimension.cant_judge += 1,
        }
    }
    let dimensions: Vec<DimensionScore> = dimensions
        .into_iter()
        .map(|(weighted, weights, mut dimension)| {
            let enough = dimension.answered >= dimension.needed.max(1) && weights > 0.0;
            dimension.score = enough.then(|| (100.0 * weighted / weights).clamp(0.0, 100.0));
            dimension
        })
        .collect();
    let present: Vec<f64> = dimensions.iter().filter_map(|d| d.score).collect();
    let needed_dimensions = usize::from(questionnaire.min_dimensions).max(1);
    let overall = (present.len() >= needed_dimensions)
        .then(|| present.iter().sum::<f64>() / present.len() as f64);
    let mut outcome = Outcome {
        scored: dimensions.iter().map(|d| d.answered).sum(),
        cant_judge: dimensions.iter().map(|d| d.cant_judge).sum(),
        not_applicable: dimensions.iter().map(|d| d.not_applicable).sum(),
        scored_dimensions: present.len(),
        needed_dimensions,
        dimensions,
        overall,
        stage: None,
        held_back: Vec::new(),
        contradictions: contradictions(questionnaire, answers),
        inconsistent: false,
    };
    let threshold = usize::from(questionnaire.contradictions);
    outcome.inconsistent = threshold > 0 && outcome.contradictions.len() >= threshold;
    // Items of no known dimension (impossible in a validated questionnaire) count as left out.
    outcome.cant_judge = questionnaire.items.len() - outcome.scored - outcome.not_applicable;
    outcome.place_on_stage(questionnaire);
    outcome
}

/// The side of the agreement scale an answer is on: `Some(true)` agrees, `Some(false)`
/// disagrees, `None` for the middle option or no option.
fn side(questionnaire: &Questionnaire, i: usize, answer: Option<Answer>) -> Option<bool> {
    let n = questionnaire.option_count(&questionnaire.items[i]);
    match answer {
        Some(Answer::Choice(k)) if usize::from(k) < n => {
            let doubled = 2 * usize::from(k);
            (doubled != n - 1).then_some(doubled > n - 1)
        }
        _ => None,
    }
}

/// Each pair of opposite statements answered on the same side of the scale: the dimension
/// and the two items, in questionnaire order.
fn contradictions(
    questionnaire: &Questionnaire,
    answers: &[Option<Answer>],
) -> Vec<(usize, usize, usize)> {
    let side_of = |i: usize| side(questionnaire, i, answers.get(i).copied().flatten());
    questionnaire
        .statement_pairs()
        .into_iter()
        .filter(|&(f, r)| side_of(f).is_some() && side_of(f) == side_of(r))
        .filter_map(|(f, r)| {
            Some((
                questionnaire.dimension_index(&questionnaire.items[f])?,
                f,
                r,
            ))
        })
        .collect()
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

    /// Too few dimensions have a score for an index and a stage, or the answers contradict
    /// each other too often for a stage.
    pub fn is_provisional(&self) -> bool {
        self.overall.is_none() || self.inconsistent
    }

    /// Items left out of the score, for either reason.
    pub fn left_out(&self) -> usize {
        self.cant_judge + self.not_applicable
    }

    /// The stage given, after its conditions.
    pub fn stage<'q>(&self, questionnaire: &'q Questionnaire) -> Option<&'q Stage> {
        self.stage.and_then(|s| questionnaire.stages.get(s))
    }

    /// The position (in the questionnaire's bands, lowest first) of a dimension's band.
    pub fn band_of(&self, questionnaire: &Questionnaire, d: usize) -> Option<usize> {
        let score = self.dimensions.get(d)?.rounded()?;
        questionnaire
            .bands
            .iter()
            .rposition(|band| score >= band.from)
    }

    /// The dimensions whose score falls in band `band` (a position, lowest first), highest
    /// score first; ties keep questionnaire order.
    pub fn in_band(&self, questionnaire: &Questionnaire, band: usize) -> Vec<usize> {
        let mut found: Vec<usize> = (0..self.dimensions.len())
            .filter(|&d| self.band_of(questionnaire, d) == Some(band))
            .collect();
        let score = |d: usize| self.dimensions[d].score.unwrap_or(0.0);
        crate::model::sort_small_by(&mut found, |a, b| score(*b).total_cmp(&score(*a)));
        found
    }

    /// The dimensions without a score, in questionnaire order.
    pub fn unscored(&self) -> Vec<usize> {
        (0..self.dimensions.len())
            .filter(|&d| self.dimensions[d].score.is_none())
            .collect()
    }

    /// The questions worth another look: those left out in dimensions that have no score
    /// (an answer to them is what those dimensions miss), in questionnaire order.
    pub fn skipped(&self, questionnaire: &Questionnaire, answers: &[Option<Answer>]) -> Vec<usize> {
        let unscored = self.unscored();
        (0..questionnaire.items.len())
            .filter(|&i| {
                let item = &questionnaire.items[i];
                let in_unscored = questionnaire
                    .dimension_index(item)
                    .is_some_and(|d| unscored.contains(&d));
                in_unscored
                    && item_points(questionnaire, i, answers.get(i).copied().flatten()).is_none()
            })
            .collect()
    }

    /// Sets `stage` and `held_back` from the index and the stages' conditions.
    pub(crate) fn place_on_stage(&mut self, questionnaire: &Questionnaire) {
        let Some(index) = self.index() else {
            return;
        };
        if self.inconsistent {
            return;
        }
        let Some(by_index) = questionnaire.stages.iter().rposition(|s| index >= s.from) else {
            return;
        };
        let unmet = |stage: &Stage| -> Vec<usize> {
            let mut blocking = Vec::new();
            for requirement in &stage.requires {
                let Some(needed) = questionnaire
                    .bands
                    .iter()
                    .position(|band| band.id == requirement.band)
                else {
                    continue;
                };
                for (d, dimension) in questionnaire.dimensions.iter().enumerate() {
                    let named = requirement.dimension == EVERY_DIMENSION
                        || requirement.dimension == dimension.id;
                    let fails = match self.band_of(questionnaire, d) {
                        Some(reached) => reached < needed,
                        None => !requirement.if_scored,
                    };
                    if named && fails && !blocking.contains(&d) {
                        blocking.push(d);
                    }
                }
            }
            blocking
        };
        let mut held_back = Vec::new();
        let mut stage = by_index;
        loop {
            let blocking = unmet(&questionnaire.stages[stage]);
            if blocking.is_empty() || stage == 0 {
                break;
            }
            for d in blocking {
                if !held_back.contains(&d) {
                    held_back.push(d);
                }
            }
            stage -= 1;
        }
        crate::model::sort_small_by(&mut held_back, |a, b| a.cmp(b));
        self.stage = Some(stage);
        self.held_back = held_back;
    }
}

/// The answers that pulled dimension `d` down, at most two: its items answered with an option
/// worth half the points or less, the lowest first (ties in questionnaire order). What a weak
/// or mixed reading rests on, so the result can show it.
pub fn evidence(questionnaire: &Questionnaire, answers: &[Option<Answer>], d: usize) -> Vec<usize> {
    let mut low: Vec<(usize, f64)> = (0..questionnaire.items.len())
        .filter(|&i| questionnaire.dimension_index(&questionnaire.items[i]) == Some(d))
        .filter_map(|i| {
            let points = item_points(questionnaire, i, answers.get(i).copied().flatten())?;
            (points <= 0.5).then_some((i, points))
        })
        .collect();
    crate::model::sort_small_by(&mut low, |a, b| a.1.total_cmp(&b.1));
    low.into_iter().take(2).map(|(i, _)| i).collect()
}

/// The most one answer can move the index between two results that both have one (see the
/// module's derivation).
pub fn max_swing(questionnaire: &Questionnaire) -> f64 {
    let dimensions = f64::from(questionnaire.min_dimensions.max(1));
    let mut within = 0.0_f64;
    for dimension in &questionnaire.dimensions {
        let mut weights: Vec<f64> = questionnaire
            .items
            .iter()
            .filter(|item| item.dimension == dimension.id)
            .map(|item| item.weight)
            .collect();
        crate::model::sort_small_by(&mut weights, |a, b| a.total_cmp(b));
        let others = usize::from(questionnaire.min_answers_of(dimension).max(1)) - 1;
        for (i, &w) in weights.iter().enumerate() {
            let lightest: f64 = weights
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .take(others)
                .map(|(_, w)| w)
                .sum();
            within = within.max(100.0 * w / (w + lightest));
        }
    }
    (within / dimensions).max(100.0 / (dimensions + 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin;
    use crate::model::questionnaire::{Form, Seat};
    use proptest::prelude::*;

    /// The whole catalog, decoded once: current seats first, then the released versions.
    fn catalog() -> &'static [Questionnaire] {
        static CACHED: std::sync::OnceLock<Vec<Questionnaire>> = std::sync::OnceLock::new();
        CACHED.get_or_init(builtin::catalog)
    }

    fn current(seat: Seat) -> &'static Questionnaire {
        catalog()
            .iter()
            .find(|q| q.seat == seat)
            .expect("a current questionnaire per seat")
    }

    fn seats() -> [&'static Questionnaire; 2] {
        [current(Seat::Client), current(Seat::Provider)]
    }

    /// The option of item `i` that is `partner`-like (most partner-like or most vendor-like).
    fn extreme_option(q: &Questionnaire, i: usize, partner: bool) -> Answer {
        let item = &q.items[i];
        let top = q.option_count(item) as u8 - 1;
        Answer::Choice(if partner != item.reverse { top } else { 0 })
    }

    fn extreme(q: &Questionnaire, partner: bool) -> Answers {
        (0..q.items.len())
            .map(|i| Some(extreme_option(q, i, partner)))
            .collect()
    }

    /// Respondent profiles: "Strongly agree" to every statement (choices left to "I can't
    /// judge"), always the first option, always the last option.
    fn always_agree(q: &Questionnaire) -> Answers {
        q.items
            .iter()
            .map(|item| match item.scale {
                Some(_) => Some(Answer::Choice(q.option_count(item) as u8 - 1)),
                None => Some(Answer::CantJudge),
            })
            .collect()
    }

    fn always_option(q: &Questionnaire, last: bool) -> Answers {
        q.items
            .iter()
            .map(|item| {
                let k = if last { q.option_count(item) - 1 } else { 0 };
                Some(Answer::Choice(k as u8))
            })
            .collect()
    }

    /// Every answer partner-like but those of dimension `d`, which are vendor-like.
    fn partner_like_but(q: &Questionnaire, d: usize) -> Answers {
        (0..q.items.len())
            .map(|i| {
                Some(extreme_option(
                    q,
                    i,
                    q.dimension_index(&q.items[i]) != Some(d),
                ))
            })
            .collect()
    }

    /// The dimensions some stage names as a condition.
    fn keystones(q: &Questionnaire) -> Vec<usize> {
        (0..q.dimensions.len())
            .filter(|&d| {
                q.stages
                    .iter()
                    .any(|s| s.requires.iter().any(|r| r.dimension == q.dimensions[d].id))
            })
            .collect()
    }

    #[test]
    fn all_partner_like_answers_give_100_and_the_top_stage() {
        for q in catalog() {
            let outcome = score(q, &extreme(q, true));
            assert_eq!(outcome.index(), Some(100), "{}", q.id);
            assert!(outcome.dimensions.iter().all(|d| d.rounded() == Some(100)));
            assert_eq!(outcome.stage(q).unwrap().id, q.stages.last().unwrap().id);
            assert!(outcome.held_back.is_empty());
            assert_eq!(outcome.left_out(), 0);
            assert_eq!(outcome.scored, q.items.len());
        }
    }

    #[test]
    fn all_vendor_like_answers_give_0_and_the_bottom_stage() {
        for q in catalog() {
            let outcome = score(q, &extreme(q, false));
            assert_eq!(outcome.index(), Some(0));
            assert!(outcome.dimensions.iter().all(|d| d.rounded() == Some(0)));
            assert_eq!(outcome.stage(q).unwrap().id, q.stages[0].id);
        }
    }

    #[test]
    fn reverse_keyed_items_score_their_first_option_highest() {
        for q in seats() {
            let i = q
                .items
                .iter()
                .position(|item| item.reverse && item.scale.is_some())
                .expect("reverse-keyed agreement items");
            let item = &q.items[i];
            let d = q.dimension_index(item).unwrap();
            // Answer the rest of the dimension's items in the middle so it has a score.
            let mut answers: Answers = vec![None; q.items.len()];
            for (j, other) in q.items.iter().enumerate() {
                if other.dimension == item.dimension && j != i {
                    answers[j] = Some(Answer::Choice((q.option_count(other) / 2) as u8));
                }
            }
            answers[i] = Some(Answer::Choice(0));
            let agreeing_less = score(q, &answers).dimensions[d].score.unwrap();
            answers[i] = Some(Answer::Choice(q.option_count(item) as u8 - 1));
            let agreeing_more = score(q, &answers).dimensions[d].score.unwrap();
            assert!(agreeing_less > agreeing_more, "{}", item.id);
        }
    }

    #[test]
    fn every_dimension_of_the_current_questionnaires_mixes_keying() {
        for q in seats() {
            for d in &q.dimensions {
                let items: Vec<_> = q.items.iter().filter(|i| i.dimension == d.id).collect();
                assert!(items.len() >= 3, "{}: {}", q.id, d.id);
                assert!(
                    items.iter().any(|i| i.reverse),
                    "{}: no reverse-keyed item",
                    d.id
                );
                assert!(
                    items.iter().any(|i| !i.reverse),
                    "{}: only reverse-keyed",
                    d.id
                );
            }
            assert!(q.items.len() <= 30, "at most 30 items per seat");
            for item in q.items.iter().filter(|i| i.options.is_some()) {
                let n = q.option_count(item);
                assert!((3..=5).contains(&n), "{}: {n} options", item.id);
            }
        }
    }

    #[test]
    fn left_out_answers_are_counted_apart_not_as_zero() {
        for q in seats() {
            let mut answers = extreme(q, true);
            answers[0] = Some(Answer::CantJudge);
            answers[1] = Some(Answer::NotApplicable);
            answers[2] = None;
            let outcome = score(q, &answers);
            assert_eq!(
                outcome.index(),
                Some(100),
                "left-out items must not pull it down"
            );
            assert_eq!((outcome.cant_judge, outcome.not_applicable), (2, 1));
            assert_eq!(outcome.scored, q.items.len() - 3);
        }
    }

    #[test]
    fn a_dimension_needs_its_minimum_of_answers() {
        for q in seats() {
            let mut answers = extreme(q, true);
            let d = 0;
            let in_d: Vec<usize> = (0..q.items.len())
                .filter(|&i| q.dimension_index(&q.items[i]) == Some(d))
                .collect();
            let needed = usize::from(q.min_answers_of(&q.dimensions[d]));
            assert!(needed >= 2, "one answer is not evidence");
            for &i in &in_d[needed - 1..] {
                answers[i] = Some(Answer::CantJudge);
            }
            let outcome = score(q, &answers);
            assert_eq!(outcome.dimensions[d].score, None);
            assert_eq!(outcome.dimensions[d].answered, needed - 1);
            answers[in_d[needed - 1]] = Some(extreme_option(q, in_d[needed - 1], false));
            assert!(score(q, &answers).dimensions[d].score.is_some());
        }
    }

    #[test]
    fn thin_evidence_is_provisional_and_names_the_questions_to_revisit() {
        for q in seats() {
            // One partner-like answer and "I can't judge" everywhere else.
            let mut answers: Answers = vec![Some(Answer::CantJudge); q.items.len()];
            answers[2] = Some(extreme_option(q, 2, true));
            let outcome = score(q, &answers);
            assert!(outcome.is_provisional());
            assert_eq!((outcome.index(), outcome.stage(q)), (None, None));
            let skipped = outcome.skipped(q, &answers);
            assert_eq!(skipped.len(), q.items.len() - 1);
            assert!(!skipped.contains(&2));
            // Just enough dimensions scored: an index.
            let mut answers: Answers = vec![Some(Answer::CantJudge); q.items.len()];
            let needed = usize::from(q.min_dimensions);
            for (i, item) in q.items.iter().enumerate() {
                if q.dimension_index(item).unwrap() < needed {
                    answers[i] = Some(extreme_option(q, i, true));
                }
            }
            let outcome = score(q, &answers);
            assert_eq!(outcome.index(), Some(100));
            let in_dimension = |i: usize, d: usize| q.dimension_index(&q.items[i]) == Some(d);
            // One dimension short: provisional, and the skipped questions are exactly those of
            // the dimensions without a score.
            let last: Vec<usize> = (0..q.items.len())
                .filter(|&i| in_dimension(i, needed - 1))
                .collect();
            for &i in &last[1..] {
                answers[i] = Some(Answer::NotApplicable);
            }
            let outcome = score(q, &answers);
            assert!(outcome.is_provisional(), "one dimension short");
            let expected: Vec<usize> = (0..q.items.len())
                .filter(|&i| (needed - 1..q.dimensions.len()).any(|d| in_dimension(i, d)))
                .filter(|&i| i != last[0])
                .collect();
            assert_eq!(outcome.skipped(q, &answers), expected);
        }
    }

    /// The current seats and their quick checks: every form a visitor can answer today.
    fn forms() -> Vec<&'static Questionnaire> {
        let mut forms = seats().to_vec();
        for q in seats() {
            let id = format!("{}-quick", q.id);
            forms.extend(
                catalog()
                    .iter()
                    .find(|c| c.id == id && c.version == q.version),
            );
        }
        assert_eq!(forms.len(), 4, "two seats, each with a quick check");
        forms
    }

    /// The middle band of the index: where a result that says nothing about the relationship
    /// must land (the bands' middle one, "mixed").
    fn in_the_middle(q: &Questionnaire, index: u8) -> bool {
        index >= q.bands[1].from && index < q.bands[2].from
    }

    #[test]
    fn always_agree_is_not_above_the_middle_stage_and_contradicts_itself() {
        for q in forms() {
            let outcome = score(q, &always_agree(q));
            if let Some(index) = outcome.index() {
                assert!(in_the_middle(q, index), "{}: {index}", q.id);
            }
            // Yes-saying is never a verdict: too little evidence (the quick check, whose
            // choices were skipped) or contradictions (the full form).
            assert!(outcome.is_provisional(), "{}", q.id);
            assert_eq!(outcome.stage, None);
            if q.form == Form::Full {
                assert!(outcome.inconsistent, "{}", q.id);
                assert_eq!(outcome.contradictions.len(), q.statement_pairs().len());
            }
        }
    }

    #[test]
    fn answering_by_position_lands_in_the_middle_band() {
        for q in forms() {
            for last in [false, true] {
                let outcome = score(q, &always_option(q, last));
                let index = outcome.index().expect("every item answered");
                assert!(in_the_middle(q, index), "{} last={last}: {index}", q.id);
                assert!(outcome.stage.is_none_or(|s| s < q.stages.len() - 1));
                for (d, dimension) in outcome.dimensions.iter().enumerate() {
                    let score = dimension.rounded().unwrap();
                    assert!(
                        (33..=67).contains(&score),
                        "{} {} last={last}: {score}",
                        q.id,
                        q.dimensions[d].id
                    );
                }
            }
        }
    }

    #[test]
    fn about_half_the_choice_items_are_stored_partner_first() {
        for q in seats() {
            let choices: Vec<&crate::model::questionnaire::Item> =
                q.items.iter().filter(|i| i.options.is_some()).collect();
            let reversed = choices.iter().filter(|i| i.reverse).count();
            assert_eq!(reversed * 2, choices.len(), "{}", q.id);
        }
    }

    #[test]
    fn random_answers_average_in_the_middle() {
        use proptest::strategy::ValueTree;
        use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
        for q in forms() {
            let mut runner = TestRunner::new_with_rng(
                Config::default(),
                TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
            );
            let strategy = q
                .items
                .iter()
                .map(|item| (0..q.option_count(item) as u8).prop_map(|k| Some(Answer::Choice(k))))
                .collect::<Vec<_>>();
            let indices: Vec<f64> = (0..2000)
                .filter_map(|_| {
                    let answers = strategy.new_tree(&mut runner).unwrap().current();
                    score(q, &answers).overall
                })
                .collect();
            let mean = indices.iter().sum::<f64>() / indices.len() as f64;
            assert!((45.0..=55.0).contains(&mean), "{}: {mean}", q.id);
        }
    }

    #[test]
    fn a_consistent_respondent_never_contradicts_and_a_yes_sayer_does() {
        for q in forms() {
            // Partner-like, vendor-like, and middling but consistent: statements answered by
            // the same view of the relationship.
            for partner in [true, false] {
                let outcome = score(q, &extreme(q, partner));
                assert!(outcome.contradictions.is_empty(), "{}", q.id);
                assert!(!outcome.inconsistent);
            }
            // Agreeing with every statement, and answering every choice honestly.
            let mut answers = extreme(q, true);
            for (i, item) in q.items.iter().enumerate() {
                if item.scale.is_some() {
                    answers[i] = Some(Answer::Choice(q.option_count(item) as u8 - 2));
                }
            }
            let outcome = score(q, &answers);
            assert_eq!(
                outcome.contradictions.len(),
                q.statement_pairs().len(),
                "{}",
                q.id
            );
            let threshold = usize::from(q.contradictions);
            if threshold == 0 {
                // A quick check with fewer than two pairs has no signal.
                assert!(
                    q.form == Form::Quick && q.statement_pairs().len() < 2,
                    "{}",
                    q.id
                );
                assert!(!outcome.inconsistent);
                continue;
            }
            assert!(outcome.inconsistent, "{}", q.id);
            assert!(outcome.is_provisional());
            assert_eq!(outcome.stage, None);
            assert!(outcome.index().is_some(), "the scores stay visible");
            // One fewer contradiction than the threshold: a stage again.
            assert!(threshold <= q.statement_pairs().len(), "{}", q.id);
            let mut fewer = answers.clone();
            for &(_, f, _) in outcome.contradictions.iter().skip(threshold - 1) {
                fewer[f] = Some(extreme_option(q, f, false));
            }
            let outcome = score(q, &fewer);
            assert_eq!(outcome.contradictions.len(), threshold - 1, "{}", q.id);
            assert!(outcome.stage.is_some(), "{}", q.id);
        }
    }

    #[test]
    fn only_direct_opposites_count_as_contradictions() {
        for q in seats() {
            let pairs = q.statement_pairs();
            assert!(pairs.len() >= 4, "{}", q.id);
            for &(f, r) in &pairs {
                assert_eq!(q.items[r].opposite.as_deref(), Some(q.items[f].id.as_str()));
                assert_ne!(q.items[f].reverse, q.items[r].reverse);
            }
            // Agreeing with two statements of a dimension that are not opposites is fine.
            let mut answers: Answers = vec![Some(Answer::CantJudge); q.items.len()];
            for (i, item) in q.items.iter().enumerate() {
                let paired = pairs.iter().any(|&(f, r)| f == i || r == i);
                if item.scale.is_some() && !paired {
                    answers[i] = Some(Answer::Choice(4));
                }
            }
            assert_eq!(score(q, &answers).contradictions, vec![]);
        }
    }

    #[test]
    fn the_quick_check_is_the_full_forms_items_by_the_same_rules() {
        for q in seats() {
            let quick = q.quick_form().expect("a quick check");
            assert_eq!(quick.items.len(), 23);
            assert_eq!(quick.form, Form::Quick);
            assert_eq!(quick.base_id(), q.id);
            for item in &quick.items {
                let full = q.items.iter().find(|i| i.id == item.id).unwrap();
                assert_eq!(item, full);
            }
            // Every dimension keeps a choice and a statement keyed the other way round, so
            // neither answering by position nor agreeing with everything moves it off the
            // middle (a statement keyed like its choice would push both the same way).
            for d in 0..q.dimensions.len() {
                let kept: Vec<_> = quick
                    .items
                    .iter()
                    .filter(|i| quick.dimension_index(i) == Some(d))
                    .collect();
                assert!(kept.iter().any(|i| i.options.is_some()));
                assert!(kept.iter().any(|i| i.reverse) && kept.iter().any(|i| !i.reverse));
            }
            assert_eq!(quick.stages, q.stages);
            // The same answers to the items both ask give the same dimension scores.
            let answers = always_option(q, true);
            let carried: Answers = quick
                .items
                .iter()
                .map(|item| answers[q.items.iter().position(|i| i.id == item.id).unwrap()])
                .collect();
            let (full, short) = (score(q, &answers), score(&quick, &carried));
            let whole = |d: usize| {
                q.items
                    .iter()
                    .filter(|i| q.dimension_index(i) == Some(d))
                    .count()
                    == quick
                        .items
                        .iter()
                        .filter(|i| quick.dimension_index(i) == Some(d))
                        .count()
            };
            for d in (0..q.dimensions.len()).filter(|&d| whole(d)) {
                assert_eq!(full.dimensions[d].score, short.dimensions[d].score);
            }
        }
    }

    #[test]
    fn delivery_and_the_keystones_at_zero_never_give_the_top_stage() {
        for q in forms() {
            let top = q.stages.len() - 1;
            let reliability = q
                .dimensions
                .iter()
                .position(|d| d.id == "reliability")
                .unwrap();
            let mut checked = keystones(q);
            checked.push(reliability);
            for &k in &checked {
                let answers = partner_like_but(q, k);
                let outcome = score(q, &answers);
                assert!(outcome.index().unwrap() >= q.stages[top].from, "{}", q.id);
                assert!(
                    outcome.stage.unwrap() < top,
                    "{} {}",
                    q.id,
                    q.dimensions[k].id
                );
                assert_eq!(outcome.held_back, vec![k]);
            }
            // Any other dimension weak also keeps the top stage away.
            for d in (0..q.dimensions.len()).filter(|d| !checked.contains(d)) {
                let answers = partner_like_but(q, d);
                let outcome = score(q, &answers);
                assert_eq!(
                    outcome.stage,
                    Some(top - 1),
                    "{} {}",
                    q.id,
                    q.dimensions[d].id
                );
            }
        }
    }

    #[test]
    fn a_weak_keystone_caps_the_stage_and_says_so() {
        for q in seats() {
            let keys = keystones(q);
            assert!(keys.len() >= 3, "win-win, trouble, fair dealing");
            let top = q.stages.len() - 1;
            for &k in &keys {
                let answers = partner_like_but(q, k);
                let outcome = score(q, &answers);
                assert!(
                    outcome.index().unwrap() >= q.stages[top].from,
                    "the index alone is high"
                );
                assert!(outcome.stage.unwrap() < top, "{}", q.dimensions[k].id);
                assert_eq!(outcome.held_back, vec![k]);
                // Unanswered is no better than weak.
                let answers: Answers = answers
                    .iter()
                    .enumerate()
                    .map(|(i, a)| {
                        if q.dimension_index(&q.items[i]) == Some(k) {
                            Some(Answer::CantJudge)
                        } else {
                            *a
                        }
                    })
                    .collect();
                let outcome = score(q, &answers);
                assert!(outcome.stage.unwrap() < top);
                assert_eq!(outcome.held_back, vec![k]);
            }
        }
    }

    #[test]
    fn released_versions_keep_their_rules() {
        for q in catalog().iter().filter(|q| q.format == 1) {
            assert_eq!(
                (q.min_answers, q.min_dimensions, q.not_applicable),
                (1, 1, false)
            );
            assert!(q.stages.iter().all(|s| s.requires.is_empty()));
        }
    }

    #[test]
    fn the_time_estimate_follows_the_text() {
        for q in seats() {
            for lang in &q.languages {
                let minutes = q.minutes(lang);
                assert!((4..=9).contains(&minutes), "{} {lang}: {minutes}", q.id);
            }
        }
        let mut short = current(Seat::Client).clone();
        short.items.truncate(3);
        assert!(short.minutes("en") < current(Seat::Client).minutes("en"));
    }

    #[test]
    fn nothing_answered_gives_no_index_and_no_stage() {
        for q in catalog() {
            let outcome = score(q, &vec![Some(Answer::CantJudge); q.items.len()]);
            assert_eq!(outcome.index(), None);
            assert!(outcome.stage(q).is_none());
            assert_eq!(outcome.cant_judge, q.items.len());
            let outcome = score(q, &[]);
            assert_eq!(outcome.left_out(), q.items.len());
        }
    }

    #[test]
    fn out_of_range_answers_are_left_out() {
        let q = current(Seat::Client);
        let mut answers = extreme(q, true);
        answers[0] = Some(Answer::Choice(200));
        let outcome = score(q, &answers);
        assert_eq!(outcome.left_out(), 1);
        assert_eq!(outcome.index(), Some(100));
    }

    #[test]
    fn weights_change_the_mix_within_a_dimension() {
        let mut q = current(Seat::Client).clone();
        // A dimension that two answers can score.
        let k = (0..q.dimensions.len())
            .find(|&k| q.min_answers_of(&q.dimensions[k]) == 2)
            .unwrap();
        let d = q.dimensions[k].id.clone();
        let in_d: Vec<usize> = (0..q.items.len())
            .filter(|&i| q.items[i].dimension == d)
            .collect();
        q.items[in_d[0]].weight = 3.0;
        let mut answers: Answers = vec![None; q.items.len()];
        answers[in_d[0]] = Some(extreme_option(&q, in_d[0], true));
        answers[in_d[1]] = Some(extreme_option(&q, in_d[1], false));
        assert_eq!(score(&q, &answers).dimensions[k].rounded(), Some(75));
    }

    #[test]
    fn bands_group_the_dimensions_that_are_there() {
        let q = current(Seat::Client);
        // Dimension d all partner-like for even d, all vendor-like for odd d.
        let answers: Answers = (0..q.items.len())
            .map(|i| {
                Some(extreme_option(
                    q,
                    i,
                    q.dimension_index(&q.items[i]).unwrap().is_multiple_of(2),
                ))
            })
            .collect();
        let outcome = score(q, &answers);
        let top = q.bands.len() - 1;
        let strong = outcome.in_band(q, top);
        let weak = outcome.in_band(q, 0);
        assert!(strong.iter().all(|d| d % 2 == 0) && weak.iter().all(|d| d % 2 == 1));
        assert_eq!(strong.len() + weak.len(), q.dimensions.len());
        assert!(outcome.in_band(q, 1).is_empty());
    }

    #[test]
    fn the_swing_bound_is_derived_from_the_rules() {
        let q = current(Seat::Client);
        let m = f64::from(q.min_answers);
        let d = f64::from(q.min_dimensions);
        // Equal weights: the larger of 100 / (m · d) and 100 / (d + 1).
        assert!((max_swing(q) - (100.0 / (m * d)).max(100.0 / (d + 1.0))).abs() < 1e-9);
        assert!(
            max_swing(q) <= 12.5 + 1e-9,
            "one answer moves the index at most 12.5 points"
        );
    }

    /// Any answer set the app can hold: per item unanswered, an escape or any option.
    fn any_answers(q: &Questionnaire) -> impl Strategy<Value = Answers> {
        q.items
            .iter()
            .map(|item| {
                let n = q.option_count(item) as u8;
                prop_oneof![
                    1 => Just(None),
                    1 => Just(Some(Answer::CantJudge)),
                    1 => Just(Some(Answer::NotApplicable)),
                    6 => (0..n).prop_map(|k| Some(Answer::Choice(k))),
                ]
            })
            .collect::<Vec<_>>()
    }

    fn any_seat() -> impl Strategy<Value = (usize, Answers)> {
        (0usize..catalog().len()).prop_flat_map(|q| (Just(q), any_answers(&catalog()[q])))
    }

    /// Any answer set with item `i` answered by an option that is not yet its most
    /// partner-like, and the option one step more partner-like: `(seat, answers, i, moved)`.
    fn one_step_toward_partner() -> impl Strategy<Value = (usize, Answers, usize, u8)> {
        (
            any_seat(),
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>(),
        )
            .prop_map(|((q, mut answers), pick, step)| {
                let questionnaire = &catalog()[q];
                let i = pick.index(questionnaire.items.len());
                let item = &questionnaire.items[i];
                let n = questionnaire.option_count(item);
                // `from` steps away from the most vendor-like option, short of the last.
                let from = step.index(n - 1);
                let (k, moved) = if item.reverse {
                    (n - 1 - from, n - 2 - from)
                } else {
                    (from, from + 1)
                };
                answers[i] = Some(Answer::Choice(k as u8));
                (q, answers, i, moved as u8)
            })
    }

    /// A result one answer short of giving dimension `d` its first score, with enough other
    /// dimensions scored for an index (from `min_dimensions` up), and that answer:
    /// `(seat, answers, i, answer)`. This is the case the bound's `100 / (D + 1)` term is for,
    /// which random answers rarely reach. Each side leans partner- or vendor-like, and in a
    /// `pure` case every option is the extreme it leans to, so the bound is met exactly.
    fn first_score_of_a_dimension() -> impl Strategy<Value = (usize, Answers, usize, Answer)> {
        (0usize..catalog().len()).prop_flat_map(|q| {
            let questionnaire = &catalog()[q];
            let dimensions = questionnaire.dimensions.len();
            let min_dimensions = usize::from(questionnaire.min_dimensions.max(1));
            assert!(
                min_dimensions < dimensions,
                "{}: a dimension to add",
                questionnaire.id
            );
            // Per item: its option when not extreme, whether it is extreme, whether it is
            // answered beyond a dimension's minimum, and how it is left out otherwise.
            let per_item = (
                any::<prop::sample::Index>(),
                any::<bool>(),
                any::<bool>(),
                prop_oneof![
                    Just(None),
                    Just(Some(Answer::CantJudge)),
                    Just(Some(Answer::NotApplicable))
                ],
            );
            (
                Just(q),
                0..dimensions,
                any::<prop::sample::Index>(),
                min_dimensions..dimensions,
                any::<prop::sample::Index>(),
                (any::<bool>(), any::<bool>(), any::<bool>()),
                prop::collection::vec(per_item, questionnaire.items.len()),
                any::<prop::sample::Index>(),
            )
                .prop_map(
                    |(q, d, rotate, scored, which, (lean_d, lean_rest, pure), per_item, pick)| {
                        let questionnaire = &catalog()[q];
                        let others: Vec<usize> = (0..questionnaire.dimensions.len())
                            .filter(|&o| o != d)
                            .collect();
                        // `scored` of the other dimensions, starting at a random one.
                        let first = which.index(others.len());
                        let scored: Vec<usize> = (0..scored)
                            .map(|k| others[(first + k) % others.len()])
                            .collect();
                        let needed = |dim: usize| {
                            usize::from(
                                questionnaire
                                    .min_answers_of(&questionnaire.dimensions[dim])
                                    .max(1),
                            )
                        };
                        let in_dimension = |dim: usize| -> Vec<usize> {
                            (0..questionnaire.items.len())
                                .filter(|&i| {
                                    questionnaire.dimension_index(&questionnaire.items[i])
                                        == Some(dim)
                                })
                                .collect()
                        };
                        let choose = |i: usize, lean: bool| -> Answer {
                            let (option, extreme, _, _) = &per_item[i];
                            if pure || *extreme {
                                extreme_option(questionnaire, i, lean)
                            } else {
                                Answer::Choice(
                                    option
                                        .index(questionnaire.option_count(&questionnaire.items[i]))
                                        as u8,
                                )
                            }
                        };
                        let mut answers: Answers = per_item
                            .iter()
                            .map(|(_, _, _, left_out)| *left_out)
                            .collect();
                        for &dim in &scored {
                            // Its first `needed` items by option, the rest by option or left out.
                            for (position, i) in in_dimension(dim).into_iter().enumerate() {
                                if position < needed(dim) || per_item[i].2 {
                                    answers[i] = Some(choose(i, lean_rest));
                                }
                            }
                        }
                        // `d`: `needed - 1` of its items by option (from a random one on), the rest
                        // left out; one of those is the answer that gives it a score.
                        let mut items = in_dimension(d);
                        assert!(
                            items.len() >= needed(d),
                            "{}: items for a score",
                            questionnaire.id
                        );
                        let start = rotate.index(items.len());
                        items.rotate_left(start);
                        for &i in &items[..needed(d) - 1] {
                            answers[i] = Some(choose(i, lean_d));
                        }
                        let left_out = &items[needed(d) - 1..];
                        let i = left_out[pick.index(left_out.len())];
                        (q, answers, i, choose(i, lean_d))
                    },
                )
        })
    }

    #[test]
    fn giving_a_dimension_its_first_score_moves_the_index_at_most_the_bound() {
        use proptest::test_runner::{Config, TestRunner};
        let mut runner = TestRunner::new(Config {
            cases: 1000,
            ..Config::default()
        });
        // Cases where the move is as large as the bound's first-score term allows.
        let at_the_bound = std::cell::Cell::new(0);
        runner
            .run(&first_score_of_a_dimension(), |(q, answers, i, answer)| {
                let q = &catalog()[q];
                let d = q.dimension_index(&q.items[i]).unwrap();
                let mut changed = answers.clone();
                changed[i] = Some(answer);
                let (before, after) = (score(q, &answers), score(q, &changed));
                prop_assert_eq!(before.dimensions[d].score, None);
                prop_assert!(after.dimensions[d].score.is_some());
                prop_assert_eq!(after.scored_dimensions, before.scored_dimensions + 1);
                let (Some(a), Some(b)) = (before.overall, after.overall) else {
                    return Err(TestCaseError::fail("both results have an index"));
                };
                let moved = (a - b).abs();
                prop_assert!(
                    moved <= max_swing(q) + 1e-9,
                    "{} moved {}",
                    q.items[i].id,
                    moved
                );
                let term = 100.0 / (f64::from(q.min_dimensions.max(1)) + 1.0);
                if moved >= term - 1e-9 {
                    at_the_bound.set(at_the_bound.get() + 1);
                }
                Ok(())
            })
            .unwrap();
        assert!(
            at_the_bound.get() > 0,
            "no case moved the index as far as 100 / (min_dimensions + 1)"
        );
    }

    proptest! {
        #[test]
        fn every_score_is_within_0_and_100((q, answers) in any_seat()) {
            let q = &catalog()[q];
            let outcome = score(q, &answers);
            for d in &outcome.dimensions {
                if let Some(s) = d.score {
                    prop_assert!((0.0..=100.0).contains(&s));
                    prop_assert!(d.answered >= d.needed);
                }
            }
            if let Some(o) = outcome.overall {
                prop_assert!((0.0..=100.0).contains(&o));
                prop_assert_eq!(outcome.stage(q).is_some(), !outcome.inconsistent);
            }
            if let (Some(o), false) = (outcome.overall, outcome.inconsistent) {
                prop_assert!((0.0..=100.0).contains(&o));
                prop_assert!(outcome.scored_dimensions >= usize::from(q.min_dimensions));
                // The stage given never claims more than the index reaches.
                prop_assert!(q.stages[outcome.stage.unwrap()].from <= outcome.index().unwrap());
            }
            prop_assert_eq!(outcome.scored + outcome.left_out(), q.items.len());
        }

        #[test]
        fn a_more_partner_like_answer_never_lowers_the_result(
            (q, answers, i, moved) in one_step_toward_partner(),
        ) {
            let q = &catalog()[q];
            let mut better = answers.clone();
            better[i] = Some(Answer::Choice(moved));
            let d = q.dimension_index(&q.items[i]).unwrap();
            let before = score(q, &answers);
            let after = score(q, &better);
            // The same items are answered, so the same scores and index exist before and after.
            let scored = |o: &Outcome| o.dimensions[d].score.is_some();
            prop_assert_eq!(scored(&before), scored(&after));
            prop_assert_eq!(before.overall.is_some(), after.overall.is_some());
            if let Some(s) = before.dimensions[d].score {
                prop_assert!(after.dimensions[d].score.unwrap() > s);
            }
            if let Some(o) = before.overall {
                prop_assert!(after.overall.unwrap() >= o);
            }
            if let (Some(a), Some(b)) = (before.stage, after.stage) {
                prop_assert!(b >= a);
            }
        }

        #[test]
        fn no_single_answer_moves_the_index_more_than_the_bound(
            (q, answers) in any_seat(),
            pick in any::<prop::sample::Index>(),
            to in 0u8..7,
        ) {
            let q = &catalog()[q];
            let i = pick.index(q.items.len());
            let n = q.option_count(&q.items[i]) as u8;
            let mut changed = answers.clone();
            changed[i] = Some(match to {
                k if k < n => Answer::Choice(k),
                k if k % 2 == 0 => Answer::CantJudge,
                _ => Answer::NotApplicable,
            });
            let (Some(a), Some(b)) = (score(q, &answers).overall, score(q, &changed).overall) else {
                return Ok(());
            };
            prop_assert!((a - b).abs() <= max_swing(q) + 1e-9, "{} moved {}", q.items[i].id, (a - b).abs());
        }
    }

    /// Answers leaning to one side by `lean` (0 = vendor-like, 1 = partner-like) with some
    /// escapes, so that every stage is reached often, on any of today's forms.
    fn leaning_answers() -> impl Strategy<Value = (usize, Answers)> {
        (0usize..4, 0.0..=1.0f64).prop_flat_map(|(f, lean)| {
            let q = forms()[f];
            let answers = q
                .items
                .iter()
                .enumerate()
                .map(|(i, _)| {
                    let top = q.option_count(&q.items[i]) as u8 - 1;
                    (0.0..1.0f64, 0u8..20).prop_map(move |(r, escape)| {
                        if escape == 0 {
                            return Some(Answer::CantJudge);
                        }
                        // Partner-like with probability `lean`, else spread over the rest.
                        let k = if r < lean {
                            top
                        } else {
                            ((r * 10.0) as u8) % (top + 1)
                        };
                        let reverse = forms()[f].items[i].reverse;
                        Some(Answer::Choice(if reverse { top - k } else { k }))
                    })
                })
                .collect::<Vec<_>>();
            (Just(f), answers)
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn no_single_answer_moves_the_stage_by_two_steps(
            (f, answers) in leaning_answers(),
            pick in any::<prop::sample::Index>(),
            to in 0u8..8,
        ) {
            let q = forms()[f];
            let i = pick.index(q.items.len());
            let n = q.option_count(&q.items[i]) as u8;
            let mut changed = answers.clone();
            changed[i] = Some(match to {
                k if k < n => Answer::Choice(k),
                k if k % 2 == 0 => Answer::CantJudge,
                _ => Answer::NotApplicable,
            });
            let (Some(a), Some(b)) = (score(q, &answers).stage, score(q, &changed).stage) else {
                return Ok(());
            };
            prop_assert!(a.abs_diff(b) <= 1, "{} {}: {} -> {}", q.id, q.items[i].id, a, b);
        }
    }

    /// The stage rules' own argument for "one answer, one stage", checked on every form: a
    /// keystone (a dimension a middle stage names) has all its answers counted, each worth a
    /// quarter step at least, so one answer cannot take it from strong to weak; and the index
    /// moves less than the distance between two stage thresholds.
    #[test]
    fn the_stage_rules_keep_one_answer_to_one_step() {
        for q in forms() {
            let swing = max_swing(q);
            // Every stage between the lowest and the highest is wider than one answer moves
            // the index, so the index alone never skips one.
            for pair in q.stages[1..].windows(2) {
                assert!(f64::from(pair[1].from - pair[0].from) > swing, "{}", q.id);
            }
            for stage in &q.stages[..q.stages.len() - 1] {
                for r in &stage.requires {
                    assert!(
                        r.if_scored,
                        "{}: a middle stage's condition holds when unscored",
                        q.id
                    );
                    let d = q
                        .dimensions
                        .iter()
                        .position(|d| d.id == r.dimension)
                        .unwrap();
                    let items: Vec<_> = q
                        .items
                        .iter()
                        .filter(|i| q.dimension_index(i) == Some(d))
                        .collect();
                    assert_eq!(
                        usize::from(q.min_answers_of(&q.dimensions[d])),
                        items.len(),
                        "{}",
                        r.dimension
                    );
                    for item in items {
                        let n = q.option_count(item);
                        assert!(n == 3 || n == 5, "{}: {n} options", item.id);
                    }
                }
            }
        }
    }
}
