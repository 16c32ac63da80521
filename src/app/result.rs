//! The result: overall partner index, stage, every dimension's score, the strongest and weakest
//! dimensions with next steps, and questions worth asking.

use crate::app::chart::Chart;
use crate::app::state::Shared;
use crate::app::{text, STEP_HEADING_ID};
use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::{self, Answers};
use std::rc::Rc;
use yew::prelude::*;

const LANG: &str = "en";

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub questionnaire: Shared,
    pub answers: Rc<Answers>,
    #[prop_or(AttrValue::Static(text::RESULT_HEADING))]
    pub heading: AttrValue,
    /// A line under the heading (a shared result says so here).
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// What follows the result: sharing, and the actions that fit where it was opened.
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Result(props: &ResultProps) -> Html {
    let q: &Questionnaire = &props.questionnaire;
    let outcome = scoring::score(q, &props.answers);
    let total = q.items.len();
    let rows: Vec<(String, Option<u8>)> = q
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(d, s)| (d.name.get(LANG).to_string(), s.rounded()))
        .collect();

    let reading = |d: usize| -> Option<(&str, &str, &str)> {
        let score = outcome.dimensions[d].rounded()?;
        let band = q.band_for(score)?;
        let text = q.dimensions[d].bands.get(&band.id)?;
        Some((
            band.name.get(LANG),
            text.meaning.get(LANG),
            text.next_step.get(LANG),
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
                            <h3>{ q.dimensions[d].name.get(LANG) }
                                <span class="focus-score">{ format!(" — {}", text::score_of(score)) }</span>
                            </h3>
                            <p>{ meaning }</p>
                            <p><strong>{ text::NEXT_STEP }</strong>{ " " }{ next_step }</p>
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
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ props.heading.clone() }</h1>
            if let Some(note) = &props.note {
                <p class="result-note">{ note.clone() }</p>
            }
        </>
    };
    let (Some(index), Some(stage)) = (outcome.index(), outcome.stage(q)) else {
        return html! {
            <section class="result">
                { heading }
                <p class="result-empty">{ text::NOTHING_SCORED }</p>
                { props.children.clone() }
            </section>
        };
    };

    html! {
        <section class="result">
            { heading }
            <div class="result-summary">
                <p class="result-index">
                    <span class="result-index-label">{ text::INDEX_LABEL }</span>
                    <span class="result-index-value" data-testid="overall-index">{ index }</span>
                    <span class="result-index-scale">{ text::OUT_OF }</span>
                </p>
                <p class="result-stage">
                    <span class="result-stage-label">{ format!("{}: ", text::STAGE_LABEL) }</span>
                    <strong data-testid="stage">{ stage.name.get(LANG) }</strong>
                </p>
                <p class="result-stage-text">{ stage.text.get(LANG) }</p>
                <p class="result-left-out">{ text::left_out(outcome.left_out, total) }</p>
            </div>

            <h2>{ text::BY_DIMENSION }</h2>
            <Chart rows={rows.clone()} />
            <table class="scores">
                <caption>{ text::TABLE_CAPTION }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ text::COLUMN_DIMENSION }</th>
                        <th scope="col">{ text::COLUMN_SCORE }</th>
                        <th scope="col">{ text::COLUMN_READING }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().enumerate().map(|(d, (name, score))| html! {
                        <tr data-dimension={q.dimensions[d].id.clone()}>
                            <th scope="row">{ name }</th>
                            <td class="score">{ score.map_or_else(|| text::NO_SCORE.to_string(), |s| s.to_string()) }</td>
                            <td>{ reading(d).map(|(band, _, _)| band).unwrap_or(text::NO_SCORE) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>

            <h2>{ text::strongest(seat) }</h2>
            { focus_list(outcome.strongest(2), "focus-strong") }
            if !weakest.is_empty() {
                <h2>{ text::weakest(seat) }</h2>
                { focus_list(weakest, "focus-weak") }
            }

            <h2>{ text::ask_heading(seat) }</h2>
            <ul class="ask-list">
                { for asks.into_iter().map(|d| html! { <li>{ q.dimensions[d].ask.get(LANG) }</li> }) }
            </ul>

            <p class="privacy">{ text::PRIVACY_RESULT }</p>
            { props.children.clone() }
        </section>
    }
}
