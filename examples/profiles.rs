//! Prints how respondent profiles score on every version of both seats, and the largest change
//! of the index one answer makes in a random search, beside the derived bound
//! (`scoring::max_swing`). Usage: `cargo run --example profiles`.

use partner_or_vendor::model::builtin;
use partner_or_vendor::model::questionnaire::Questionnaire;
use partner_or_vendor::model::scoring::{max_swing, score, Answer, Answers};

/// A small deterministic generator, so the table is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn partner_like(q: &Questionnaire, i: usize, partner: bool) -> Answer {
    let item = &q.items[i];
    let top = q.option_count(item) as u8 - 1;
    Answer::Choice(if partner != item.reverse { top } else { 0 })
}

fn profiles(q: &Questionnaire) -> Vec<(&'static str, Answers)> {
    let n = q.items.len();
    let top = |i: usize| q.option_count(&q.items[i]) as u8 - 1;
    let dimension = |id: &str| q.dimensions.iter().position(|d| d.id == id);
    let trouble = dimension("trouble");
    // Every answer partner-like except in the dimensions named, where it is the most vendor-like.
    let all_but = |weak: &[&str]| -> Answers {
        let weak: Vec<Option<usize>> = weak.iter().map(|id| dimension(id)).collect();
        (0..n)
            .map(|i| {
                Some(partner_like(
                    q,
                    i,
                    !weak.contains(&q.dimension_index(&q.items[i])),
                ))
            })
            .collect()
    };
    let mut rng = Lcg(7);
    vec![
        (
            "always agree (choices: I can't judge)",
            (0..n)
                .map(|i| {
                    Some(if q.items[i].scale.is_some() {
                        Answer::Choice(top(i))
                    } else {
                        Answer::CantJudge
                    })
                })
                .collect(),
        ),
        ("always the first option", vec![Some(Answer::Choice(0)); n]),
        (
            "always the last option",
            (0..n).map(|i| Some(Answer::Choice(top(i)))).collect(),
        ),
        (
            "random options (seeded)",
            (0..n)
                .map(|i| Some(Answer::Choice(rng.below(top(i) as usize + 1) as u8)))
                .collect(),
        ),
        (
            "thin evidence: one partner-like answer, I can't judge the rest",
            (0..n)
                .map(|i| {
                    Some(if i == 2 {
                        partner_like(q, i, true)
                    } else {
                        Answer::CantJudge
                    })
                })
                .collect(),
        ),
        (
            "all partner-like but when things go wrong at 0",
            (0..n)
                .map(|i| {
                    let weak = q.dimension_index(&q.items[i]) == trouble;
                    Some(partner_like(q, i, !weak))
                })
                .collect(),
        ),
        (
            "all partner-like but reliability at 0",
            all_but(&["reliability"]),
        ),
        (
            "all partner-like but reliability and access at 0",
            all_but(&["reliability", "access"]),
        ),
    ]
}

fn describe(q: &Questionnaire, answers: &Answers) -> String {
    let outcome = score(q, answers);
    match (outcome.index(), outcome.stage(q)) {
        (Some(index), Some(stage)) => {
            let held: Vec<&str> = outcome
                .held_back
                .iter()
                .map(|&d| q.dimensions[d].id.as_str())
                .collect();
            let held = if held.is_empty() {
                String::new()
            } else {
                format!(" (held back by {})", held.join(", "))
            };
            format!("{index}, {}{held}", stage.name.get("en"))
        }
        (Some(index), None) if outcome.inconsistent => format!(
            "{index}, no stage ({} contradicting pairs)",
            outcome.contradictions.len()
        ),
        (Some(index), None) => format!("{index}, no stage"),
        (None, _) => "provisional (no index)".to_string(),
    }
}

fn largest_swing(q: &Questionnaire) -> f64 {
    let mut rng = Lcg(11);
    let mut largest = 0.0_f64;
    for _ in 0..200_000 {
        let answers: Answers = q
            .items
            .iter()
            .map(|item| {
                let n = q.option_count(item);
                Some(match rng.below(n + 3) {
                    k if k < n => Answer::Choice(k as u8),
                    k if k == n => Answer::CantJudge,
                    _ if q.not_applicable => Answer::NotApplicable,
                    _ => Answer::Choice(0),
                })
            })
            .collect();
        let i = rng.below(q.items.len());
        let n = q.option_count(&q.items[i]);
        let mut changed = answers.clone();
        changed[i] = Some(match rng.below(n + 1) {
            k if k < n => Answer::Choice(k as u8),
            _ => Answer::CantJudge,
        });
        if let (Some(a), Some(b)) = (score(q, &answers).overall, score(q, &changed).overall) {
            largest = largest.max((a - b).abs());
        }
    }
    largest
}

fn main() {
    let catalog = builtin::catalog();
    println!("| questionnaire | profile | index, stage |");
    println!("|---|---|---|");
    for q in &catalog {
        for (name, answers) in profiles(q) {
            println!(
                "| {} v{} | {name} | {} |",
                q.id,
                q.version,
                describe(q, &answers)
            );
        }
    }
    println!();
    println!(
        "| questionnaire | items | minutes (en / de) | largest one-answer swing found | bound |"
    );
    println!("|---|---|---|---|---|");
    for q in &catalog {
        println!(
            "| {} v{} | {} | {} / {} | {:.2} | {:.2} |",
            q.id,
            q.version,
            q.items.len(),
            q.minutes("en"),
            q.minutes("de"),
            largest_swing(q),
            max_swing(q),
        );
    }
}
