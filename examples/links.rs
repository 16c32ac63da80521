//! Results-link lengths for the benchmark: the built-in questionnaire next to its
//! information-theoretic minimum, and generated questionnaires of growing size.
//! Prints one JSON object.

use partner_or_vendor::model::scoring::Answer;
use partner_or_vendor::model::{builtin, link, synthetic};

fn main() {
    let q = builtin::questionnaire();
    let answers: Vec<_> = q
        .items
        .iter()
        .map(|i| Some(Answer::Choice((q.option_count(i) - 1) as u8)))
        .collect();
    let builtin_chars = link::encode(&q, &answers, None).len();
    let growth: Vec<String> = [100, 200, 300]
        .iter()
        .map(|&n| {
            let q = synthetic::questionnaire(n, 12);
            let answers: Vec<_> = (0..n)
                .map(|i| Some(Answer::Choice((i % 5) as u8)))
                .collect();
            format!("[{n},{}]", link::encode(&q, &answers, None).len())
        })
        .collect();
    println!(
        "{{\"builtin_chars\":{builtin_chars},\"builtin_min_bits\":{:.2},\"growth\":[{}]}}",
        link::information_bits(&q),
        growth.join(",")
    );
}
