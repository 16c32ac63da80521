//! The top of the result: the partner index and stage with what held the stage back, or, on
//! too little evidence, the provisional result with what is missing.

use crate::app::hooks::BENCHMARK_LINE_ID;
use crate::app::text;
use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::{Answers, Outcome};
use yew::prelude::*;

/// The index and stage with what held the stage back, or the provisional result: what is
/// missing and the way back to the skipped questions.
pub(super) fn summary(
    q: &Questionnaire,
    outcome: &Outcome,
    props: &super::ResultProps,
    t: &text::Ui,
) -> Html {
    let (answers, on_revisit) = (&props.answers, props.on_revisit.as_ref());
    let lang = t.lang.code();
    let counted = html! {
        <p class="result-left-out">{ t.counted(outcome.scored, outcome.cant_judge, outcome.not_applicable) }</p>
    };
    if outcome.inconsistent {
        return contradicted(q, outcome, answers, on_revisit, counted, t);
    }
    let (Some(index), Some(stage)) = (outcome.index(), outcome.stage(q)) else {
        return provisional(q, outcome, answers, on_revisit, counted, t);
    };
    let by_index = q.stage_for(index).filter(|s| s.id != stage.id);
    html! {
        <div class="result-summary">
            { index_line(index, t) }
            if props.benchmark {
                // Filled by benchmark.js (see `hooks::use_benchmark`), shown once it is.
                <p class="result-benchmark" id={BENCHMARK_LINE_ID} hidden=true></p>
            }
            <p class="result-stage">
                <span class="result-stage-label">{ format!("{}: ", t.stage_label) }</span>
                <strong data-testid="stage">{ stage.name.get(lang) }</strong>
            </p>
            <p class="result-stage-text">{ stage.text.get(lang) }</p>
            if let Some(by_index) = by_index {
                { held_back(q, outcome, by_index.name.get(lang), t) }
            }
            { counted }
        </div>
    }
}

/// Too little evidence for an index: says how much more is needed and which dimensions lack
/// it, and offers the skipped questions where the visitor can still answer them.
fn provisional(
    q: &Questionnaire,
    outcome: &Outcome,
    answers: &Answers,
    on_revisit: Option<&Callback<Vec<usize>>>,
    counted: Html,
    t: &text::Ui,
) -> Html {
    let lang = t.lang.code();
    let skipped = outcome.skipped(q, answers);
    let revisit = t.revisit(skipped.len());
    let needed = usize::from(q.min_answers);
    let missing = html! { <>
        <h3>{ t.missing_heading }</h3>
        <ul class="missing-list">
            { for outcome.unscored().into_iter().map(|d| html! {
                <li>{ q.dimensions[d].name.get(lang) }</li>
            }) }
        </ul>
    </> };
    let text = t.provisional(
        outcome.needed_dimensions,
        q.dimensions.len(),
        needed,
        outcome.scored_dimensions,
    );
    unsettled(
        Html::default(),
        t.provisional_heading,
        text,
        missing,
        on_revisit,
        skipped,
        revisit,
        counted,
    )
}

/// Answers that contradict each other too often for a stage: the index as the answers give
/// it, each statement next to its opposite with both answers, and the way back to them.
fn contradicted(
    q: &Questionnaire,
    outcome: &Outcome,
    answers: &Answers,
    on_revisit: Option<&Callback<Vec<usize>>>,
    counted: Html,
    t: &text::Ui,
) -> Html {
    let statements: Vec<usize> = outcome
        .contradictions
        .iter()
        .flat_map(|&(_, f, r)| [f, r])
        .collect();
    let index = outcome
        .index()
        .map(|index| index_line(index, t))
        .unwrap_or_default();
    let revisit = t.contradiction_revisit(statements.len());
    let text = t.contradiction(outcome.contradictions.len());
    let pairs = super::said(q, answers, &statements, t);
    unsettled(
        index,
        t.contradiction_heading,
        text,
        pairs,
        on_revisit,
        statements,
        revisit,
        counted,
    )
}

/// A result without a stage: what it says, what it rests on, and a button back to the
/// questions that would settle it (when there are any and the visitor can answer them).
#[allow(clippy::too_many_arguments)]
fn unsettled(
    top: Html,
    heading: &str,
    text: String,
    list: Html,
    on_revisit: Option<&Callback<Vec<usize>>>,
    questions: Vec<usize>,
    revisit: String,
    counted: Html,
) -> Html {
    html! {
        <div class="result-summary result-provisional">
            { top }
            <h2>{ heading }</h2>
            <p>{ text }</p>
            { list }
            if let (Some(on_revisit), false) = (on_revisit, questions.is_empty()) {
                <p>
                    <button type="button" class="button"
                        onclick={on_revisit.reform(move |_| questions.clone())}>
                        { revisit }
                    </button>
                </p>
            }
            { counted }
        </div>
    }
}

/// The partner index, as the top of a result shows it.
fn index_line(index: u8, t: &text::Ui) -> Html {
    html! {
        <p class="result-index">
            <span class="result-index-label">{ t.index_label }</span>
            <span class="result-index-value" data-testid="overall-index">{ index }</span>
            <span class="result-index-scale">{ t.out_of }</span>
        </p>
    }
}

/// The stage the index alone would give, and the dimensions that kept the result below it,
/// so a high index with a lower stage does not look like a mistake.
fn held_back(q: &Questionnaire, outcome: &Outcome, by_index: &str, t: &text::Ui) -> Html {
    let lang = t.lang.code();
    html! {
        <div class="held-back">
            <p>{ t.held_back(by_index) }</p>
            <ul>
                { for outcome.held_back.iter().map(|&d| {
                    let reading = outcome
                        .band_of(q, d)
                        .map(|b| q.bands[b].name.get(lang))
                        .unwrap_or(t.not_enough_answers);
                    html! { <li>{ format!("{}: {reading}", q.dimensions[d].name.get(lang)) }</li> }
                }) }
            </ul>
        </div>
    }
}
