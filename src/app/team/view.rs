//! One seat's group drawn: the index (median and range) and the stage of the median, where the
//! team disagrees most, a strip plot of every respondent's score per dimension with the median
//! marked, and a table of the same numbers.

use super::words::Words;
use crate::model::decimal::one_decimal;
use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::round;
use crate::model::team::spread::{Group, Spread};
use yew::prelude::*;

// The strip plot's geometry in its own units; it scales to the width CSS gives it. Whole
// numbers, written as such; a score's place on the line, and what is drawn at it, is written
// with one decimal (`one_decimal`, not the standard library's float formatting).
const WIDTH: u32 = 320;
const LEFT: u32 = 8;
const TRACK: u32 = 304;
const ROW: u32 = 46;
const LINE: u32 = 30;

fn x(score: f64) -> f64 {
    f64::from(LEFT) + f64::from(TRACK) * score.clamp(0.0, 100.0) / 100.0
}

fn whole(score: Option<f64>, w: &Words) -> String {
    score.map_or_else(|| w.no_score.to_string(), |s| round(s).to_string())
}

/// "Middle score m (lowest lo, highest hi)", or the one score there is.
fn median_range(spread: &Spread, w: &Words) -> String {
    let median = whole(spread.median(), w);
    if spread.scores.len() == 1 {
        return w.single_score(&median);
    }
    w.median_range(&median, &whole(spread.min(), w), &whole(spread.max(), w))
}

/// The dots of one row: a respondent's dot is lifted a little when another's has the same
/// whole score, so none hides another.
fn dots(spread: &Spread, top: u32, names: &[String]) -> Html {
    let mut seen: Vec<u8> = Vec::new();
    let dots = spread.scores.iter().map(|&(i, score)| {
        // 0, then 5 above, 5 below, 10 above…
        let same = seen.iter().filter(|&&s| s == round(score)).count();
        seen.push(round(score));
        let step = same.div_ceil(2) as f64 * 5.0;
        let lift = if same % 2 == 1 { -step } else { step };
        html! {
            <circle class="strip-dot" cx={one_decimal(x(score))} cy={one_decimal(f64::from(top + LINE) + lift)} r="5">
                <title>{ format!("{}: {}", names[i], round(score)) }</title>
            </circle>
        }
    });
    dots.collect::<Html>()
}

fn strip(g: &Group, names: &[String], w: &Words, lang: &str) -> Html {
    let q: &Questionnaire = g.reference;
    let rows = g.dimensions.len();
    // The rows, then a scale under them.
    let height = ROW * (rows as u32 + 1) + 16;
    let scale = [0u8, 50, 100].map(|v| {
        let anchor = match v {
            0 => "start",
            100 => "end",
            _ => "middle",
        };
        html! {
            <text class="strip-scale" x={one_decimal(x(f64::from(v)))} y={(height - 2).to_string()}
                text-anchor={anchor}>{ v.to_string() }</text>
        }
    });
    let row = |k: usize, name: &str, spread: &Spread| {
        let top = ROW * k as u32;
        let median = spread.median().map(|m| {
            html! {
                <rect class="strip-median" x={one_decimal(x(m) - 1.5)} y={one_decimal(f64::from(top + LINE - 11))}
                    width="3" height="22" />
            }
        });
        html! {
            <g>
                <text class="strip-label" x={LEFT.to_string()} y={(top + 14).to_string()}>{ name }</text>
                <line class="strip-track" x1={LEFT.to_string()} x2={(LEFT + TRACK).to_string()}
                    y1={(top + LINE).to_string()} y2={(top + LINE).to_string()} />
                { for median }
                { dots(spread, top, names) }
            </g>
        }
    };
    let dimensions = g
        .dimensions
        .iter()
        .enumerate()
        .map(|(k, d)| row(k, q.dimensions[d.dimension].name.get(lang), &d.spread));
    html! {
        <svg class="strip" role="img" aria-label={w.chart_label}
            viewBox={format!("0 0 {WIDTH} {height}")} xmlns="http://www.w3.org/2000/svg">
            { for dimensions }
            { row(rows, w.index_row, &g.overall) }
            { for scale }
        </svg>
    }
}

fn table(g: &Group, names: &[String], w: &Words, lang: &str) -> Html {
    let q = g.reference;
    let cells = |spread: &Spread| -> Html {
        g.members
            .iter()
            .map(|i| {
                html! { <td>{ whole(spread.score_of(*i), w) }</td> }
            })
            .collect()
    };
    let range = |spread: &Spread| match (spread.min(), spread.max()) {
        (Some(lo), Some(hi)) => format!("{}–{}", round(lo), round(hi)),
        _ => w.no_score.to_string(),
    };
    let rows = g.dimensions.iter().map(|d| {
        html! {
            <tr>
                <th scope="row">{ q.dimensions[d.dimension].name.get(lang) }</th>
                <td>{ whole(d.spread.median(), w) }</td>
                <td>{ range(&d.spread) }</td>
                { cells(&d.spread) }
            </tr>
        }
    });
    html! {
        <div class="table-scroll" role="region" aria-label={w.table_caption} tabindex="0">
            <table class="team-table">
                <caption>{ w.table_caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ w.col_dimension }</th>
                        <th scope="col">{ w.col_median }</th>
                        <th scope="col">{ w.col_range }</th>
                        { for g.members.iter().map(|&i| html! { <th scope="col">{ &names[i] }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for rows }
                    <tr class="index-row">
                        <th scope="row">{ w.index_row }</th>
                        <td>{ whole(g.overall.median(), w) }</td>
                        <td>{ range(&g.overall) }</td>
                        { cells(&g.overall) }
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

/// Respondents of another version, and the dimensions left out for them.
fn other_versions(g: &Group, names: &[String], w: &Words, lang: &str) -> Html {
    let mut who: Vec<usize> = g.overall_other_items.clone();
    for d in &g.dimensions {
        for &i in &d.other_items {
            if !who.contains(&i) {
                who.push(i);
            }
        }
    }
    if who.is_empty() {
        return html! {};
    }
    let left_out: Vec<&str> = g
        .dimensions
        .iter()
        .filter(|d| !d.other_items.is_empty())
        .map(|d| g.reference.dimensions[d.dimension].name.get(lang))
        .collect();
    let names: Vec<&str> = who.iter().map(|&i| names[i].as_str()).collect();
    if left_out.is_empty() {
        let text = w.other_version(&names.join(", "), None);
        return html! { <p class="note">{ text }</p> };
    }
    let text = w.other_version(&names.join(", "), Some(&left_out.join(", ")));
    html! {
        <p class="note">
            { text }
            { if g.overall_other_items.is_empty() { String::new() } else { format!(" {}", w.other_version_index) } }
        </p>
    }
}

pub fn group(g: &Group, names: &[String], w: &Words, lang: &str, heading_id: String) -> Html {
    let q = g.reference;
    let stage = g
        .stage
        .and_then(|s| q.stages.get(s))
        .map(|s| s.name.get(lang));
    let disagreement: Vec<Html> = g
        .worth_naming()
        .take(3)
        .map(|d| {
            let spread = &g.dimensions[d].spread;
            let (lo, hi) = (spread.min().map_or(0, round), spread.max().map_or(0, round));
            let name = q.dimensions[g.dimensions[d].dimension].name.get(lang);
            html! { <li>{ w.disagree_item(name, lo, hi) }</li> }
        })
        .collect();
    let why_none = match (g.members.len(), g.disagreement.is_empty()) {
        (1, _) => w.only_one,
        (_, true) => w.no_spread,
        _ => w.agree,
    };
    let counted = g.overall.scores.len();
    let could = g.members.len() - g.overall_other_items.len();
    html! {
        <section class="team-group" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ w.seat(g.seat) }</h2>
            <p>{ w.respondents(g.members.len()) }</p>
            { other_versions(g, names, w, lang) }
            <h3>{ w.index_heading }</h3>
            if g.overall.median().is_some() {
                <p class="team-index">{ median_range(&g.overall, w) }</p>
                if counted < could {
                    <p>{ w.of_people(counted, could) }</p>
                }
                <p class="hint">{ w.median_note }</p>
                if let Some(stage) = stage {
                    <p>{ w.stage_of_median }{ " " }<strong>{ stage }</strong></p>
                }
            } else {
                <p>{ w.no_index }</p>
            }
            <h3>{ w.disagree_heading }</h3>
            if disagreement.is_empty() {
                <p>{ why_none }</p>
            } else {
                <ol class="disagreement">{ for disagreement }</ol>
            }
            <div class="team-figures">
                { strip(g, names, w, lang) }
                <div>
                    { table(g, names, w, lang) }
                    <p class="hint">{ w.no_score_note }</p>
                </div>
            </div>
        </section>
    }
}
