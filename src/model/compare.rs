//! Two answer sets from the two seats of one relationship, compared dimension by dimension and
//! item by item. The questionnaires must mirror each other (`Questionnaire::check_mirror`).

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
}

impl ItemGap {
    pub fn size(&self) -> f64 {
        (self.first - self.second).abs()
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
            Some(ItemGap {
                item: i,
                first: 100.0 * a,
                second: 100.0 * b,
            })
        })
        .collect();
    crate::model::sort_small_by(&mut gaps, |x, y| {
        y.size().total_cmp(&x.size()).then(x.item.cmp(&y.item))
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
            .filter(|g| g.size() > 0.0)
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
    fn the_largest_gaps_come_first_and_not_sure_is_left_out() {
        let client = builtin::for_seat(Seat::Client);
        let provider = builtin::for_seat(Seat::Provider);
        let mut theirs = partner(&provider);
        let mine = partner(&client);
        // Item 4: the provider thinks the opposite (100 points apart); item 0: a half step.
        let top = provider.option_count(&provider.items[4]) as u8 - 1;
        theirs[4] = Some(Answer::Choice(if provider.items[4].reverse {
            top
        } else {
            0
        }));
        theirs[0] = Some(Answer::Choice(2)); // middle of a five-point scale
        theirs[1] = Some(Answer::NotSure);
        let c = compare(&client, &mine, &provider, &theirs);
        let gaps = c.largest_gaps(3);
        assert_eq!(gaps.len(), 2);
        assert_eq!(gaps[0].item, 4);
        assert_eq!(gaps[0].size(), 100.0);
        assert_eq!(gaps[1].item, 0);
        assert_eq!(gaps[1].size(), 50.0);
        assert!(c.gaps.iter().all(|g| g.item != 1), "Not sure has no gap");
        assert!(c.second.index() < c.first.index());
    }
}
