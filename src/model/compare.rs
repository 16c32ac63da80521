//! Two answer sets from the two seats of one relationship, compared dimension by dimension and
//! item by item. The questionnaires must mirror each other (`Questionnaire::check_mirror`).
//!
//! Gaps are ranked so that no kind of item crowds out the others. In points, one step on a
//! two-option item is 100 apart and one step on a five-point scale 25, so ranking by points puts
//! every coarse item first. Instead each option is read as the middle of an equal share of the
//! range behind the answer (option `k` of `n` stands for `(k + ½) / n`): two answers `s` steps
//! apart on an item with `n` options are `s / n` of the range apart. Opposite ends of a
//! two-option item are ½ apart, of a five-point scale ⅘, and a one-step difference weighs
//! `1 / n`: the finer the item, the more its extremes say.

use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::{item_points, score, Answers, Outcome};

/// The difference in perception on one item, where both sides gave an answer that scores.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemGap {
    /// Index of the item (the same in both questionnaires).
    pub item: usize,
    /// Points 0–100 on each side.
    pub first: f64,
    pub second: f64,
    /// How many options apart the two answers are, of the item's `options`.
    pub steps: usize,
    pub options: usize,
}

impl ItemGap {
    /// The difference in points (0–100).
    pub fn size(&self) -> f64 {
        (self.first - self.second).abs()
    }

    /// The share of the range between the two answers, by which gaps are ranked (see above).
    pub fn weight(&self) -> f64 {
        self.steps as f64 / self.options.max(1) as f64
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub first: Outcome,
    pub second: Outcome,
    /// Every item both sides answered, largest gap first; ties keep questionnaire order.
    pub gaps: Vec<ItemGap>,
}

pub fn compare(
    first_questionnaire: &Questionnaire,
    first: &Answers,
    second_questionnaire: &Questionnaire,
    second: &Answers,
) -> Comparison {
    let mut gaps: Vec<ItemGap> = (0..first_questionnaire
        .items
        .len()
        .min(second_questionnaire.items.len()))
        .filter_map(|i| {
            let a = item_points(first_questionnaire, i, first.get(i).copied().flatten())?;
            let b = item_points(second_questionnaire, i, second.get(i).copied().flatten())?;
            let options = first_questionnaire.option_count(&first_questionnaire.items[i]);
            Some(ItemGap {
                item: i,
                first: 100.0 * a,
                second: 100.0 * b,
                steps: ((a - b).abs() * (options - 1) as f64).round() as usize,
                options,
            })
        })
        .collect();
    crate::model::sort_small_by(&mut gaps, |x, y| {
        y.weight().total_cmp(&x.weight()).then(x.item.cmp(&y.item))
    });
    Comparison {
        first: score(first_questionnaire, first),
        second: score(second_questionnaire, second),
        gaps,
    }
}

impl Comparison {
    /// Up to `count` items with the largest gaps, leaving out items both sides see alike.
    pub fn largest_gaps(&self, count: usize) -> Vec<&ItemGap> {
        self.gaps
            .iter()
            .filter(|g| g.steps > 0)
            .take(count)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin;
    use crate::model::questionnaire::Seat;
    use crate::model::scoring::Answer;

    fn partner(q: &Questionnaire) -> Answers {
        q.items
            .iter()
            .map(|item| {
                let top = q.option_count(item) as u8 - 1;
                Some(Answer::Choice(if item.reverse { 0 } else { top }))
            })
            .collect()
    }

    /// The answer `steps` options away from the most partner-like one.
    fn away(q: &Questionnaire, i: usize, steps: u8) -> Option<Answer> {
        let item = &q.items[i];
        let top = q.option_count(item) as u8 - 1;
        Some(Answer::Choice(if item.reverse {
            steps
        } else {
            top - steps
        }))
    }

    #[test]
    fn identical_views_have_no_gaps() {
        let client = builtin::for_seat(Seat::Client);
        let provider = builtin::for_seat(Seat::Provider);
        let c = compare(&client, &partner(&client), &provider, &partner(&provider));
        assert!(c.largest_gaps(3).is_empty());
        assert_eq!(c.first.index(), c.second.index());
        assert_eq!(c.gaps.len(), client.items.len());
    }

    #[test]
    fn the_largest_gaps_come_first_and_escapes_are_left_out() {
        let client = builtin::for_seat(Seat::Client);
        let provider = builtin::for_seat(Seat::Provider);
        let scale = |q: &Questionnaire, from: usize| {
            (from..q.items.len())
                .find(|&i| q.items[i].scale.is_some())
                .unwrap()
        };
        let (big, small) = (scale(&client, 0), scale(&client, 5));
        let mut theirs = partner(&provider);
        theirs[big] = away(&provider, big, 4); // opposite ends of the five-point scale
        theirs[small] = away(&provider, small, 2);
        theirs[1] = Some(Answer::CantJudge);
        theirs[2] = Some(Answer::NotApplicable);
        let c = compare(&client, &partner(&client), &provider, &theirs);
        let gaps = c.largest_gaps(3);
        assert_eq!(
            gaps.iter().map(|g| g.item).collect::<Vec<_>>(),
            vec![big, small]
        );
        assert_eq!((gaps[0].steps, gaps[0].size()), (4, 100.0));
        assert_eq!((gaps[1].steps, gaps[1].size()), (2, 50.0));
        assert!(
            c.gaps.iter().all(|g| g.item != 1 && g.item != 2),
            "escapes have no gap"
        );
        assert!(c.second.index() < c.first.index());
    }

    #[test]
    fn coarse_items_do_not_crowd_out_the_others() {
        // The first release had two-option items: ranked by points, one step on them (100
        // points) came before three steps on a five-point scale (75 points).
        let catalog = builtin::catalog();
        let find = |seat: Seat| {
            catalog
                .iter()
                .find(|q| q.version == 1 && q.seat == seat)
                .unwrap()
                .clone()
        };
        let (client, provider) = (find(Seat::Client), find(Seat::Provider));
        let two = (0..client.items.len())
            .find(|&i| client.option_count(&client.items[i]) == 2)
            .unwrap();
        let five = (0..client.items.len())
            .find(|&i| client.option_count(&client.items[i]) == 5)
            .unwrap();
        let mut theirs = partner(&provider);
        theirs[two] = away(&provider, two, 1);
        theirs[five] = away(&provider, five, 3);
        let c = compare(&client, &partner(&client), &provider, &theirs);
        let gaps = c.largest_gaps(2);
        assert_eq!(gaps[0].item, five, "three of four steps outrank one of one");
        assert_eq!(gaps[1].item, two);
        assert!(
            gaps[0].size() < gaps[1].size(),
            "the old ranking, by points, had them the other way"
        );
    }
}
