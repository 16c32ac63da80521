//! Several respondents' results side by side, per seat: every score, the median and the range
//! per dimension and for the index, where the team disagrees most, and the stage of the median.
//!
//! Results of the two seats are never mixed: a group per seat. Within a seat, the newest
//! questionnaire version among the respondents is the reference; a respondent who answered
//! another version is compared on a dimension only where that dimension's items are the same
//! in both (the same ids, keying, weights and number of options), and on the index only where
//! every dimension is. What is left out for that reason is listed, so the interface can say so.
//!
//! The stage of the median is placed by the reference questionnaire's own rules (`Outcome`'s
//! stage and its conditions), from the median index and each dimension's median.

use crate::model::questionnaire::{Form, Questionnaire, Seat};
use crate::model::scoring::{round, score, Answers, DimensionScore, Outcome};

/// One respondent: a decoded results link.
#[derive(Debug, Clone, PartialEq)]
pub struct Respondent<'q> {
    pub questionnaire: &'q Questionnaire,
    pub answers: Answers,
    pub label: Option<String>,
}

/// Scores on one 0–100 line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Spread {
    /// (respondent, score), in respondent order, for those with a score here.
    pub scores: Vec<(usize, f64)>,
}

impl Spread {
    pub fn median(&self) -> Option<f64> {
        let mut values: Vec<f64> = self.scores.iter().map(|&(_, s)| s).collect();
        crate::model::sort_small_by(&mut values, |a, b| a.total_cmp(b));
        let n = values.len();
        match n {
            0 => None,
            _ if n % 2 == 1 => Some(values[n / 2]),
            _ => Some((values[n / 2 - 1] + values[n / 2]) / 2.0),
        }
    }

    pub fn min(&self) -> Option<f64> {
        self.scores.iter().map(|&(_, s)| s).reduce(f64::min)
    }

    pub fn max(&self) -> Option<f64> {
        self.scores.iter().map(|&(_, s)| s).reduce(f64::max)
    }

    /// Respondent `i`'s score here, if they have one.
    pub fn score_of(&self, i: usize) -> Option<f64> {
        self.scores.iter().find(|&&(j, _)| j == i).map(|&(_, s)| s)
    }

    /// Highest minus lowest, once two or more respondents have a score.
    pub fn range(&self) -> Option<f64> {
        (self.scores.len() >= 2).then(|| self.max().unwrap_or(0.0) - self.min().unwrap_or(0.0))
    }
}

/// One dimension of the reference questionnaire across the group.
#[derive(Debug, Clone, PartialEq)]
pub struct DimensionSpread {
    /// Index into the reference questionnaire's dimensions.
    pub dimension: usize,
    pub spread: Spread,
    /// Respondents whose answers here were too few for a score.
    pub too_few: Vec<usize>,
    /// Respondents who answered another version whose items here differ.
    pub other_items: Vec<usize>,
}

/// The respondents of one seat.
#[derive(Debug, Clone, PartialEq)]
pub struct Group<'q> {
    pub seat: Seat,
    /// The newest questionnaire version among them, which the dimensions follow.
    pub reference: &'q Questionnaire,
    /// Respondent indices, in the order given.
    pub members: Vec<usize>,
    /// In the reference questionnaire's order.
    pub dimensions: Vec<DimensionSpread>,
    /// The index (overall score).
    pub overall: Spread,
    /// Respondents whose version differs in some items, so their index is not compared.
    pub overall_other_items: Vec<usize>,
    /// Dimensions (indices into `dimensions`) with a range, largest range first; ties keep
    /// questionnaire order.
    pub disagreement: Vec<usize>,
    /// The stage of the median (index into the reference's stages), when there is a median
    /// index.
    pub stage: Option<usize>,
}

/// The same questionnaire and version (perhaps read from another language's part).
fn same_version(a: &Questionnaire, b: &Questionnaire) -> bool {
    a.id == b.id && a.version == b.version && a.seat == b.seat
}

/// The least gap, in whole points as shown, between the lowest and the highest score of a
/// dimension that is named as a difference: one step on a five-point item moves a dimension of
/// three such items by about 8 points, so anything narrower is within one answer's reach.
pub const GAP_WORTH_NAMING: u8 = 10;

impl Group<'_> {
    /// The dimensions (indices into `dimensions`) whose shown gap is at least
    /// `GAP_WORTH_NAMING`, widest first.
    pub fn worth_naming(&self) -> impl Iterator<Item = usize> + '_ {
        self.disagreement.iter().copied().filter(|&d| {
            let s = &self.dimensions[d].spread;
            let (lo, hi) = (s.min().map_or(0, round), s.max().map_or(0, round));
            hi - lo >= GAP_WORTH_NAMING
        })
    }
}

/// Whether a dimension's items are the same in both questionnaires.
pub(crate) fn same_items(a: &Questionnaire, b: &Questionnaire, dimension: &str) -> bool {
    let items = |q: &Questionnaire| -> Vec<(String, bool, u64, usize)> {
        q.items
            .iter()
            .filter(|item| item.dimension == dimension)
            .map(|item| {
                (
                    item.id.clone(),
                    item.reverse,
                    item.weight.to_bits(),
                    q.option_count(item),
                )
            })
            .collect()
    };
    let theirs = items(b);
    !theirs.is_empty() && items(a) == theirs
}

/// Sets the respondents side by side: one group per seat present, client seat first.
pub fn aggregate<'q>(respondents: &[Respondent<'q>]) -> Vec<Group<'q>> {
    let outcomes: Vec<Outcome> = respondents
        .iter()
        .map(|r| score(r.questionnaire, &r.answers))
        .collect();
    [Seat::Client, Seat::Provider]
        .into_iter()
        .filter_map(|seat| {
            let members: Vec<usize> = (0..respondents.len())
                .filter(|&i| respondents[i].questionnaire.seat == seat)
                .collect();
            // The newest version, a full form before a quick check of it (which asks fewer
            // items); among equals the greatest id, so the order never matters.
            let reference = members
                .iter()
                .map(|&i| respondents[i].questionnaire)
                .reduce(|a, b| {
                    let key = |q: &'q Questionnaire| (q.version, q.form == Form::Full, &q.id);
                    if key(b) > key(a) {
                        b
                    } else {
                        a
                    }
                })?;
            Some(group(seat, reference, members, respondents, &outcomes))
        })
        .collect()
}

fn group<'q>(
    seat: Seat,
    reference: &'q Questionnaire,
    members: Vec<usize>,
    respondents: &[Respondent<'q>],
    outcomes: &[Outcome],
) -> Group<'q> {
    let dimensions: Vec<DimensionSpread> = reference
        .dimensions
        .iter()
        .enumerate()
        .map(|(d, dimension)| {
            let mut spread = DimensionSpread {
                dimension: d,
                spread: Spread::default(),
                too_few: Vec::new(),
                other_items: Vec::new(),
            };
            for &i in &members {
                let theirs = respondents[i].questionnaire;
                let at = theirs.dimensions.iter().position(|x| x.id == dimension.id);
                let score = at.and_then(|at| outcomes[i].dimensions[at].score);
                if !same_version(theirs, reference) && !same_items(reference, theirs, &dimension.id)
                {
                    spread.other_items.push(i);
                } else if let Some(score) = score {
                    spread.spread.scores.push((i, score));
                } else {
                    spread.too_few.push(i);
                }
            }
            spread
        })
        .collect();
    let mut overall = Spread::default();
    let mut overall_other_items = Vec::new();
    for &i in &members {
        let theirs = respondents[i].questionnaire;
        let comparable = same_version(theirs, reference)
            || (theirs.dimensions.len() == reference.dimensions.len()
                && reference
                    .dimensions
                    .iter()
                    .all(|d| same_items(reference, theirs, &d.id)));
        if !comparable {
            overall_other_items.push(i);
        } else if let Some(index) = outcomes[i].overall {
            overall.scores.push((i, index));
        }
    }
    let mut disagreement: Vec<usize> = (0..dimensions.len())
        .filter(|&d| dimensions[d].spread.range().is_some())
        .collect();
    crate::model::sort_small_by(&mut disagreement, |&a, &b| {
        let range = |d: usize| dimensions[d].spread.range().unwrap_or(0.0);
        range(b).total_cmp(&range(a)).then(a.cmp(&b))
    });
    let stage = median_stage(reference, &dimensions, &overall);
    Group {
        seat,
        reference,
        members,
        dimensions,
        overall,
        overall_other_items,
        disagreement,
        stage,
    }
}

/// The stage the reference's rules give the median index with each dimension's median.
fn median_stage(
    reference: &Questionnaire,
    dimensions: &[DimensionSpread],
    overall: &Spread,
) -> Option<usize> {
    let index = overall.median()?;
    let mut outcome = Outcome {
        dimensions: dimensions
            .iter()
            .map(|d| DimensionScore {
                score: d.spread.median(),
                answered: 0,
                needed: 0,
                cant_judge: 0,
                not_applicable: 0,
            })
            .collect(),
        overall: Some(index),
        scored_dimensions: 0,
        needed_dimensions: 0,
        stage: None,
        held_back: Vec::new(),
        scored: 0,
        cant_judge: 0,
        not_applicable: 0,
        contradictions: Vec::new(),
        inconsistent: false,
    };
    outcome.place_on_stage(reference);
    outcome.stage
}
