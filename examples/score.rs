//! Prints the core's scoring of one answer set as JSON, so end-to-end tests can compare the
//! numbers a browser shows with the core's own.
//!
//! Usage: `cargo run --example score -- [--seat client|provider] [--quick] [--label TEXT]
//! <answers>` (`--quick`: the seat's quick check), one
//! character per item in questionnaire order: a digit is the chosen option (0 = first listed),
//! `?` is "I can't judge", `-` is "Doesn't apply to us", `.` unanswered. Prints the scores and
//! the results-link payload.

use partner_or_vendor::model::builtin;
use partner_or_vendor::model::cta;
use partner_or_vendor::model::link;
use partner_or_vendor::model::questionnaire::Seat;
use partner_or_vendor::model::scoring::{self, score, Answer};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut seat = Seat::Client;
    let mut label = None;
    let mut quick = false;
    let mut text = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seat" => match args.next().as_deref() {
                Some("provider") => seat = Seat::Provider,
                Some("client") => seat = Seat::Client,
                other => {
                    eprintln!("unknown seat {other:?}");
                    return ExitCode::FAILURE;
                }
            },
            "--label" => label = args.next(),
            "--quick" => quick = true,
            _ => text = Some(arg),
        }
    }
    let q = builtin::for_seat(seat);
    let q = match quick {
        true => q
            .quick_form()
            .expect("the current seats have a quick check"),
        false => q,
    };
    let Some(text) = text else {
        eprintln!("usage: score [--seat client|provider] [--label TEXT] <answers>");
        return ExitCode::FAILURE;
    };
    let mut answers = Vec::new();
    for symbol in text.chars() {
        answers.push(match symbol {
            '?' => Some(Answer::CantJudge),
            '-' => Some(Answer::NotApplicable),
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
        "stage_id": outcome.stage(&q).map(|s| s.id.clone()),
        "weakest": cta::weakest(&outcome).map(|d| q.dimensions[d].name.get("en")),
        // Each dimension's next step as its reading gives it, or null without a band.
        "next_steps": (0..q.dimensions.len()).map(|d| {
            let band = outcome.band_of(&q, d)?;
            let text = q.dimensions[d].bands.get(&q.bands[band].id)?;
            Some(text.next_step.get("en"))
        }).collect::<Vec<_>>(),
        "dimensions": dimensions,
        "dimension_names": q.dimensions.iter().map(|d| d.name.get("en")).collect::<Vec<_>>(),
        "left_out": outcome.left_out(),
        "cant_judge": outcome.cant_judge,
        "not_applicable": outcome.not_applicable,
        "provisional": outcome.is_provisional(),
        "held_back": outcome.held_back.iter().map(|&d| q.dimensions[d].id.clone()).collect::<Vec<_>>(),
        "contradictions": outcome.contradictions.iter().map(|&(d, _, _)| q.dimensions[d].id.clone()).collect::<Vec<_>>(),
        "inconsistent": outcome.inconsistent,
        "evidence": (0..q.dimensions.len()).map(|d| {
            scoring::evidence(&q, &answers, d).into_iter().map(|i| q.items[i].id.clone()).collect::<Vec<_>>()
        }).collect::<Vec<_>>(),
        "minutes": q.minutes("en"),
        "link": link::encode(&q, &answers, label.as_deref()),
        "items": q.items.iter().map(|i| serde_json::json!({
            "id": i.id,
            "options": q.option_count(i),
            "dimension": i.dimension,
            "reverse": i.reverse,
            "statement": i.scale.is_some(),
            "prompt": i.prompt.get("en"),
            "option_texts": q.options(i).iter().map(|o| o.get("en")).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    println!("{json}");
    ExitCode::SUCCESS
}
