//! One person's result then and now: the change per dimension and of the index. Results of
//! different questionnaire versions are compared only where a dimension's items are the same
//! (as in `spread`); the rest is marked, not compared.

use super::spread::same_items;
use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::{round, score, Answers};

/// One dimension of the current questionnaire, then and now, in whole points as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Index into the current (`now`) questionnaire's dimensions.
    pub dimension: usize,
    pub then: Option<u8>,
    pub now: Option<u8>,
    /// The earlier result's items here differ from the current ones.
    pub other_items: bool,
}

impl Step {
    /// Now minus then, where both have a score and it is comparable.
    pub fn delta(&self) -> Option<i16> {
        match (self.then, self.now, self.other_items) {
            (Some(a), Some(b), false) => Some(i16::from(b) - i16::from(a)),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub dimensions: Vec<Step>,
    /// The index then and now, as a step of its own (`dimension` unused, 0).
    pub index: Step,
}

pub fn change(
    then_q: &Questionnaire,
    then: &Answers,
    now_q: &Questionnaire,
    now: &Answers,
) -> Change {
    let (a, b) = (score(then_q, then), score(now_q, now));
    let same_version = then_q.id == now_q.id && then_q.version == now_q.version;
    let dimensions: Vec<Step> = now_q
        .dimensions
        .iter()
        .enumerate()
        .map(|(d, dimension)| {
            let at = then_q.dimensions.iter().position(|x| x.id == dimension.id);
            Step {
                dimension: d,
                then: at.and_then(|at| a.dimensions[at].rounded()),
                now: b.dimensions[d].rounded(),
                other_items: !same_version && !same_items(now_q, then_q, &dimension.id),
            }
        })
        .collect();
    let index = Step {
        dimension: 0,
        then: a.overall.map(round),
        now: b.overall.map(round),
        other_items: then_q.seat != now_q.seat
            || (!same_version
                && (then_q.dimensions.len() != now_q.dimensions.len()
                    || dimensions.iter().any(|s| s.other_items))),
    };
    Change { dimensions, index }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin;
    use crate::model::scoring::Answer;

    #[test]
    fn the_change_is_now_minus_then_in_shown_points() {
        let catalog = builtin::catalog();
        let q = &catalog[0];
        let all = |k: u8| -> Answers {
            q.items
                .iter()
                .map(|item| Some(Answer::Choice(k.min(q.option_count(item) as u8 - 1))))
                .collect()
        };
        let c = change(q, &all(0), q, &all(4));
        let (a, b) = (score(q, &all(0)), score(q, &all(4)));
        for (d, step) in c.dimensions.iter().enumerate() {
            assert!(!step.other_items);
            let expected = i16::from(b.dimensions[d].rounded().unwrap())
                - i16::from(a.dimensions[d].rounded().unwrap());
            assert_eq!(step.delta(), Some(expected));
        }
        assert_eq!(
            c.index.delta(),
            Some(i16::from(b.index().unwrap()) - i16::from(a.index().unwrap()))
        );
        // The same result: no change anywhere.
        let same = change(q, &all(2), q, &all(2));
        assert!(same.dimensions.iter().all(|s| s.delta() == Some(0)));
        // Too few answers then: no change to show.
        let none: Answers = q.items.iter().map(|_| Some(Answer::CantJudge)).collect();
        assert!(change(q, &none, q, &all(1)).index.delta().is_none());
    }

    #[test]
    fn another_version_is_compared_only_where_its_items_match() {
        let catalog = builtin::catalog();
        let now = &catalog[0];
        let old = catalog
            .iter()
            .find(|q| q.id == now.id && q.version < now.version)
            .unwrap();
        let answers = |q: &Questionnaire| -> Answers {
            q.items.iter().map(|_| Some(Answer::Choice(1))).collect()
        };
        let c = change(old, &answers(old), now, &answers(now));
        for step in &c.dimensions {
            let id = &now.dimensions[step.dimension].id;
            assert_eq!(step.other_items, !same_items(now, old, id), "{id}");
            if step.other_items {
                assert_eq!(step.delta(), None);
            }
        }
        assert!(c.index.other_items);
        assert_eq!(c.index.delta(), None);
    }
}
