//! Prints the core's scoring of one answer set as JSON, so end-to-end tests can compare the
//! numbers a browser shows with the core's own.
//!
//! Usage: `cargo run --example score -- <answers>`, one character per item in questionnaire
//! order: a digit is the chosen option (0 = first listed), `?` is "Not sure".

use partner_or_vendor::model::builtin;
use partner_or_vendor::model::scoring::{score, Answer};
use std::process::ExitCode;

fn main() -> ExitCode {
    let q = builtin::questionnaire();
    let Some(text) = std::env::args().nth(1) else {
        eprintln!("usage: score <answers>, one character per item (digit or ?)");
        return ExitCode::FAILURE;
    };
    let mut answers = Vec::new();
    for symbol in text.chars() {
        answers.push(match symbol {
            '?' => Some(Answer::NotSure),
            '.' => None,
            d => match d.to_digit(10) {
                Some(k) => Some(Answer::Choice(k as u8)),
                None => {
                    eprintln!("not an answer: {d:?}");
                    return ExitCode::FAILURE;
                }
            },
        });
    }
    let outcome = score(&q, &answers);
    let dimensions: serde_json::Map<String, serde_json::Value> = q
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(d, s)| (d.id.clone(), s.rounded().into()))
        .collect();
    let json = serde_json::json!({
        "overall": outcome.index(),
        "stage": outcome.stage(&q).map(|s| s.name.get("en")),
        "dimensions": dimensions,
        "left_out": outcome.left_out,
        "items": q.items.iter().map(|i| serde_json::json!({
            "id": i.id,
            "options": q.option_count(i),
        })).collect::<Vec<_>>(),
    });
    println!("{json}");
    ExitCode::SUCCESS
}
