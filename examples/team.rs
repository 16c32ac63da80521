//! Prints the core's reading of a team as JSON, so end-to-end tests can compare the numbers
//! the team view shows with the core's own.
//!
//! Usage: `cargo run --example team -- <line>…`, each a results link, a team link or a bare
//! payload, as pasted. Prints the respondents' labels, the skipped lines, each seat's group
//! (index and every dimension: median, lowest, highest and each respondent's score, rounded as
//! shown; the stage of the median; dimensions by disagreement) and the team link's payload.

use partner_or_vendor::model::builtin;
use partner_or_vendor::model::questionnaire::Questionnaire;
use partner_or_vendor::model::scoring::round;
use partner_or_vendor::model::team::{self, spread};
use serde_json::{json, Value};

fn spread_json(s: &spread::Spread, members: &[usize]) -> Value {
    let r = |v: Option<f64>| v.map(round);
    json!({
        "median": r(s.median()),
        "min": r(s.min()),
        "max": r(s.max()),
        "scores": members.iter().map(|&i| r(s.score_of(i))).collect::<Vec<_>>(),
    })
}

fn main() {
    let catalog = builtin::catalog();
    let refs: Vec<&Questionnaire> = catalog.iter().collect();
    let text = std::env::args().skip(1).collect::<Vec<_>>().join("\n");
    let reading = team::read(&refs, &text);
    let respondents = reading.team(&refs);
    let groups: Vec<Value> = spread::aggregate(&respondents)
        .iter()
        .map(|g| {
            let q = g.reference;
            json!({
                "seat": format!("{:?}", g.seat).to_lowercase(),
                "members": g.members,
                "overall": spread_json(&g.overall, &g.members),
                "stage": g.stage.map(|s| q.stages[s].name.get("en")),
                "dimensions": g.dimensions.iter().map(|d| {
                    let mut v = spread_json(&d.spread, &g.members);
                    v["name"] = q.dimensions[d.dimension].name.get("en").into();
                    v["id"] = q.dimensions[d.dimension].id.clone().into();
                    v
                }).collect::<Vec<_>>(),
                "disagreement": g.disagreement.iter().map(|&d| q.dimensions[g.dimensions[d].dimension].name.get("en")).collect::<Vec<_>>(),
            })
        })
        .collect();
    let payloads: Vec<&str> = reading.payloads.iter().map(String::as_str).collect();
    let out = json!({
        "labels": reading.respondents.iter().map(|(_, r)| r.label.clone()).collect::<Vec<_>>(),
        "problems": reading.problems.iter().map(|(line, p)| json!([line, format!("{p:?}")])).collect::<Vec<_>>(),
        "groups": groups,
        "team": team::encode(&payloads).ok(),
    });
    println!("{out}");
}
