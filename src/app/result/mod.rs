//! The result: overall partner index and stage (or, on too little evidence, a provisional
//! result that says what is missing), every dimension's score with its reading and next step,
//! the dimensions that stand out by band, and questions worth asking.

use crate::app::chart::{chart, ChartProps};
use crate::app::intro::how_link;
use crate::app::page::STEP_HEADING_ID;
use crate::app::parts::print::print_button;
use crate::app::state::QuestionnaireRef;
use crate::app::text;
use crate::model::export::Format;
use crate::model::questionnaire::{Form, Questionnaire};
use crate::model::route::TeamRoute;
use crate::model::scoring::{self, Answer, Answers, Outcome};
use std::rc::Rc;
use yew::prelude::*;

mod summary;

use summary::summary;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub questionnaire: QuestionnaireRef,
    pub answers: Rc<Answers>,
    /// The heading; "Your result" in the visitor's language without one.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
    /// A line under the heading (a shared result says so here).
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// Go back to these questions (the visitor's own provisional result offers it).
    #[prop_or_default]
    pub on_revisit: Option<Callback<Vec<usize>>>,
    /// Holds a line for where the index stands among the firm's norms (the visitor's own
    /// settled result, when the firm named a norms file).
    #[prop_or_default]
    pub benchmark: bool,
    /// The result's link payload (`#r=<payload>`), for its downloads.
    pub payload: AttrValue,
    /// What follows the result: sharing, and the actions that fit where it was opened.
    #[prop_or_default]
    pub children: Html,
}

/// A plain function rather than a component: it has no state of its own.
pub fn result(props: &ResultProps, t: &text::Ui) -> Html {
    let q: &Questionnaire = &props.questionnaire;
    let lang = t.lang.code();
    let outcome = scoring::score(q, &props.answers);
    let rows: Vec<(String, Option<u8>)> = q
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(d, s)| (d.name.get(lang).to_string(), s.rounded()))
        .collect();
    // Drawn before the chart takes the rows, so they are not copied for it.
    let table = scores_table(q, &outcome, &props.answers, &rows, t);

    html! {
        <section class="result">
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ props.heading.clone().unwrap_or(AttrValue::Static(t.result_heading)) }</h1>
            if let Some(note) = &props.note {
                <p class="result-note">{ note.clone() }</p>
            }
            if q.form == Form::Quick {
                <p class="result-note result-quick">{ t.quick_note(q.items.len()) }</p>
            }
            { summary(q, &outcome, props, t) }

            <h2>{ t.by_dimension }</h2>
            { chart(&ChartProps { rows }, t) }
            { table }

            { for focus_sections(q, &outcome, &props.answers, t) }

            <h2>{ t.ask_heading(q.seat) }</h2>
            { ask_list(q, &outcome, t) }

            <p class="privacy">{ t.privacy_result }</p>
            <p class="how-link">{ how_link(t) }</p>
            <p class="print-action">
                { print_button(t.save_pdf) }
                { downloads(&props.payload, t) }
            </p>
            { props.children.clone() }
        </section>
    }
}

/// A dimension's band name, what its score means and its next step; `None` while it has too
/// few answers for a band.
fn reading<'q>(
    q: &'q Questionnaire,
    outcome: &Outcome,
    d: usize,
    lang: &str,
) -> Option<(&'q str, &'q str, &'q str)> {
    let band = &q.bands[outcome.band_of(q, d)?];
    let text = q.dimensions[d].bands.get(&band.id)?;
    Some((
        band.name.get(lang),
        text.meaning.get(lang),
        text.next_step.get(lang),
    ))
}

/// The chart's numbers as a table, for screen readers and print; each reading keeps its
/// meaning and next step folded away so the table stays scannable.
fn scores_table(
    q: &Questionnaire,
    outcome: &Outcome,
    answers: &Answers,
    rows: &[(String, Option<u8>)],
    t: &text::Ui,
) -> Html {
    html! {
        <table class="scores">
            <caption>{ t.table_caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.column_dimension }</th>
                    <th scope="col">{ t.column_score }</th>
                    <th scope="col">{ t.column_reading }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().enumerate().map(|(d, (name, score))| html! {
                    <tr data-dimension={q.dimensions[d].id.clone()}>
                        <th scope="row">{ name }</th>
                        <td class="score">{ score.map_or_else(|| "–".to_string(), |s| s.to_string()) }</td>
                        <td>{ reading_cell(reading(q, outcome, d, t.lang.code()), evidence(q, outcome, answers, d, t), t) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

fn reading_cell(reading: Option<(&str, &str, &str)>, evidence: Html, t: &text::Ui) -> Html {
    let Some((band, meaning, next_step)) = reading else {
        return html! { t.not_enough_answers };
    };
    html! { <>
        { band }
        <details class="reading-details">
            <summary>{ t.row_details }</summary>
            <p>{ meaning }</p>
            { evidence }
            <p><strong>{ t.next_step }</strong>{ " " }{ next_step }</p>
        </details>
    </> }
}

/// Under a weak or mixed dimension, the answers that pulled it down: each statement or question
/// with the answer given, so the reading can be checked against what was said. Nothing under
/// a strong one. Never inlined: it is drawn from two places.
#[inline(never)]
fn evidence(
    q: &Questionnaire,
    outcome: &Outcome,
    answers: &Answers,
    d: usize,
    t: &text::Ui,
) -> Html {
    let top = q.bands.len().saturating_sub(1);
    let items = scoring::evidence(q, answers, d);
    if items.is_empty() || outcome.band_of(q, d).is_none_or(|band| band >= top) {
        return Html::default();
    }
    html! {
        <div class="evidence">
            <p>{ t.evidence_label }</p>
            { said(q, answers, &items, t) }
        </div>
    }
}

/// Items with the answers given to them, one line each: “statement” — you answered “option”.
#[inline(never)]
pub(super) fn said(q: &Questionnaire, answers: &Answers, items: &[usize], t: &text::Ui) -> Html {
    let lang = t.lang.code();
    let line = |i: usize| {
        let answer = match answers.get(i).copied().flatten() {
            Some(Answer::Choice(k)) => q.options(&q.items[i]).get(usize::from(k)),
            _ => None,
        };
        let answer = answer.map_or("", |a| a.get(lang));
        t.evidence_line(q.items[i].prompt.get(lang), answer)
    };
    html! {
        <ul class="answers-said">
            { for items.iter().map(|&i| html! { <li>{ line(i) }</li> }) }
        </ul>
    }
}

/// Sections chosen from the bands that are there: the strong ones, every weak one (each with
/// its next step), and with neither, the two lowest of the middle, so that every result points
/// somewhere. An iterator, not `Html`, so the caller's `for` puts the sections straight into
/// the result: wrapping them in a list of their own costs the wasm about 200 bytes.
fn focus_sections<'a>(
    q: &'a Questionnaire,
    outcome: &'a Outcome,
    answers: &'a Answers,
    t: &'a text::Ui,
) -> impl Iterator<Item = Html> + 'a {
    let seat = q.seat;
    let top = q.bands.len().saturating_sub(1);
    let strong = outcome.in_band(q, top);
    let weak = outcome.in_band(q, 0);
    let mut sections = Vec::new();
    if !strong.is_empty() && top > 0 {
        sections.push((t.band_heading(seat, Some(true)), strong, "focus-strong"));
    }
    if !weak.is_empty() {
        sections.push((t.band_heading(seat, Some(false)), weak, "focus-weak"));
    }
    if sections.is_empty() {
        let middle: Vec<usize> = (1..top).flat_map(|band| outcome.in_band(q, band)).collect();
        let lowest: Vec<usize> = middle.into_iter().rev().take(2).collect();
        if !lowest.is_empty() {
            sections.push((t.band_heading(seat, None), lowest, "focus-next"));
        }
    }
    sections
        .into_iter()
        .map(move |(heading, dimensions, class)| {
            html! { <>
                <h2>{ heading }</h2>
                { focus_list(q, outcome, answers, &dimensions, class, t) }
            </> }
        })
}

/// The dimensions of one section with what their scores mean and what to do next; a dimension
/// without a band has no reading to give and is left out.
fn focus_list(
    q: &Questionnaire,
    outcome: &Outcome,
    answers: &Answers,
    indices: &[usize],
    class: &'static str,
    t: &text::Ui,
) -> Html {
    let lang = t.lang.code();
    html! {
        <ul class={classes!("focus-list", class)}>
            { for indices.iter().filter_map(|&d| {
                let (_, meaning, next_step) = reading(q, outcome, d, lang)?;
                let score = outcome.dimensions[d].rounded()?;
                Some(html! {
                    <li class="focus-item">
                        <h3>{ q.dimensions[d].name.get(lang) }
                            <span class="focus-score">{ format!(" — {}", t.score_of(score)) }</span>
                        </h3>
                        <p>{ meaning }</p>
                        { evidence(q, outcome, answers, d, t) }
                        <p><strong>{ t.next_step }</strong>{ " " }{ next_step }</p>
                    </li>
                })
            }) }
        </ul>
    }
}

/// Three questions to ask, from the weakest scored dimensions upwards; an unscored dimension
/// counts as weakest, since there nothing is known yet.
fn ask_list(q: &Questionnaire, outcome: &Outcome, t: &text::Ui) -> Html {
    let mut by_score: Vec<usize> = (0..q.dimensions.len()).collect();
    let score = |d: usize| outcome.dimensions[d].score.unwrap_or(-1.0);
    crate::model::sort_small_by(&mut by_score, |a, b| score(*a).total_cmp(&score(*b)));
    html! {
        <ul class="ask-list">
            { for by_score.into_iter().take(3).map(|d| html! { <li>{ q.dimensions[d].ask.get(t.lang.code()) }</li> }) }
        </ul>
    }
}

/// The answers as a file, CSV or JSON. The files are written by the team view, in a tab of its
/// own (`&save=` asks it to save at once), so the visitor's download does not carry the export.
fn downloads(payload: &str, t: &text::Ui) -> Html {
    let link = |format: Format, name: &'static str| {
        let save = TeamRoute::Result {
            payload: payload.to_string(),
            save: Some(format),
        };
        let href = save.address(t.lang.code());
        html! {
            <a class="button secondary" {href} target="_blank" rel="noopener">
                { name }<span class="visually-hidden">{ t.new_tab }</span>
            </a>
        }
    };
    html! { <>{ link(Format::Csv, t.download_csv) }{ link(Format::Json, t.download_json) }</> }
}
