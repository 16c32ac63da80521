//! The result: overall partner index, stage, every dimension's score, the strongest and weakest
//! dimensions with next steps, and questions worth asking.

use crate::app::chart::{chart, ChartProps};
use crate::app::state::Shared;
use crate::app::{text, STEP_HEADING_ID};
use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::{self, Answers};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub questionnaire: Shared,
    pub answers: Rc<Answers>,
    /// The heading; "Your result" in the visitor's language without one.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
    /// A line under the heading (a shared result says so here).
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// What follows the result: sharing, and the actions that fit where it was opened.
    #[prop_or_default]
    pub children: Html,
}

/// A plain function rather than a component: it has no state, and each component costs the
/// wasm about 4 KB of Yew lifecycle code.
pub fn result(props: &ResultProps, t: &text::Ui) -> Html {
    let q: &Questionnaire = &props.questionnaire;
    let outcome = scoring::score(q, &props.answers);
    let total = q.items.len();
    let rows: Vec<(String, Option<u8>)> = q
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(d, s)| (d.name.get(t.lang.code()).to_string(), s.rounded()))
        .collect();

    let reading = |d: usize| -> Option<(&str, &str, &str)> {
        let score = outcome.dimensions[d].rounded()?;
        let band = q.band_for(score)?;
        let text = q.dimensions[d].bands.get(&band.id)?;
        Some((
            band.name.get(t.lang.code()),
            text.meaning.get(t.lang.code()),
            text.next_step.get(t.lang.code()),
        ))
    };
    let focus_list = |indices: Vec<usize>, class: &'static str| {
        html! {
            <ul class={classes!("focus-list", class)}>
                { for indices.into_iter().filter_map(|d| {
                    let (_, meaning, next_step) = reading(d)?;
                    let score = outcome.dimensions[d].rounded()?;
                    Some(html! {
                        <li class="focus-item">
                            <h3>{ q.dimensions[d].name.get(t.lang.code()) }
                                <span class="focus-score">{ format!(" — {}", t.score_of(score)) }</span>
                            </h3>
                            <p>{ meaning }</p>
                            <p><strong>{ t.next_step }</strong>{ " " }{ next_step }</p>
                        </li>
                    })
                }) }
            </ul>
        }
    };
    let weakest = outcome.weakest(2);
    // Three questions, from the weakest scored dimensions upwards.
    let asks: Vec<usize> = outcome
        .strongest(q.dimensions.len())
        .into_iter()
        .rev()
        .take(3)
        .collect();

    let seat = q.seat;
    let heading = html! {
        <>
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ props.heading.clone().unwrap_or(AttrValue::Static(t.result_heading)) }</h1>
            if let Some(note) = &props.note {
                <p class="result-note">{ note.clone() }</p>
            }
        </>
    };
    let (Some(index), Some(stage)) = (outcome.index(), outcome.stage(q)) else {
        return html! {
            <section class="result">
                { heading }
                <p class="result-empty">{ t.nothing_scored }</p>
                { props.children.clone() }
            </section>
        };
    };

    html! {
        <section class="result">
            { heading }
            <div class="result-summary">
                <p class="result-index">
                    <span class="result-index-label">{ t.index_label }</span>
                    <span class="result-index-value" data-testid="overall-index">{ index }</span>
                    <span class="result-index-scale">{ t.out_of }</span>
                </p>
                <p class="result-stage">
                    <span class="result-stage-label">{ format!("{}: ", t.stage_label) }</span>
                    <strong data-testid="stage">{ stage.name.get(t.lang.code()) }</strong>
                </p>
                <p class="result-stage-text">{ stage.text.get(t.lang.code()) }</p>
                <p class="result-left-out">{ t.left_out(outcome.left_out, total) }</p>
            </div>

            <h2>{ t.by_dimension }</h2>
            { chart(&ChartProps { rows: rows.clone() }, t) }
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
                            <td class="score">{ score.map_or_else(|| t.no_score.to_string(), |s| s.to_string()) }</td>
                            <td>{ reading(d).map(|(band, _, _)| band).unwrap_or(t.no_score) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>

            <h2>{ t.strongest(seat) }</h2>
            { focus_list(outcome.strongest(2), "focus-strong") }
            if !weakest.is_empty() {
                <h2>{ t.weakest(seat) }</h2>
                { focus_list(weakest, "focus-weak") }
            }

            <h2>{ t.ask_heading(seat) }</h2>
            <ul class="ask-list">
                { for asks.into_iter().map(|d| html! { <li>{ q.dimensions[d].ask.get(t.lang.code()) }</li> }) }
            </ul>

            <p class="privacy">{ t.privacy_result }</p>
            <p class="print-action">
                <button type="button" class="button secondary" onclick={Callback::from(|_| print())}>{ t.save_pdf }</button>
            </p>
            { props.children.clone() }
        </section>
    }
}

/// Opens the browser's print dialog, where "Save as PDF" is one of the destinations.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
