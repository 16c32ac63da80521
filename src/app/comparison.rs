//! Both seats of one relationship side by side: per dimension (chart and numbers), the items
//! with the largest gaps in perception, and a link that carries both answer sets.

use crate::app::chart::{pair_chart, PairChartProps};
use crate::app::page::STEP_HEADING_ID;
use crate::app::state::Opened;
use crate::app::text;
use crate::model::compare::{compare, ItemGap};
use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::{Answer, Outcome};
use yew::prelude::*;

#[derive(PartialEq)]
pub struct ComparisonProps {
    pub first: Opened,
    pub second: Opened,
    /// Sharing and actions, as fit where the comparison was opened.
    pub children: Html,
}

/// A plain function rather than a component: it has no state of its own.
pub fn comparison(props: &ComparisonProps, t: &text::Ui) -> Html {
    let (a, b) = (&props.first, &props.second);
    let c = compare(&a.questionnaire, &a.answers, &b.questionnaire, &b.answers);
    let names = side_names(a, b, t);
    let q = &a.questionnaire;
    let rows: Vec<(String, Option<u8>, Option<u8>)> = q
        .dimensions
        .iter()
        .enumerate()
        .map(|(d, dim)| {
            (
                dim.name.get(t.lang.code()).to_string(),
                c.first.dimensions[d].rounded(),
                c.second.dimensions.get(d).and_then(|s| s.rounded()),
            )
        })
        .collect();
    // Drawn before the chart takes the rows, so they are not copied for it.
    let table = compared_table(q, &rows, &names, t);

    html! {
        <section class="comparison">
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ t.compare_heading }</h1>
            <div class="comparison-summary">
                { side_summary(&names.0, &c.first, a, t) }
                { side_summary(&names.1, &c.second, b, t) }
            </div>

            <h2>{ t.by_dimension }</h2>
            { pair_chart(&PairChartProps { sides: names.clone(), rows }, t) }
            { table }

            <h2>{ t.gaps_heading }</h2>
            { gap_list(&c.largest_gaps(3), (a, b), &names, t) }
            <p class="print-action">
                { crate::app::parts::print::print_button(t.save_pdf) }
            </p>
            { props.children.clone() }
        </section>
    }
}

/// Each side's name, as every part of the comparison labels it. Two answers from the same seat
/// under the same label are told apart by their order.
fn side_names(a: &Opened, b: &Opened, t: &text::Ui) -> (AttrValue, AttrValue) {
    let name_a = t.side_name(a.questionnaire.seat, a.label.as_deref());
    let name_b = t.side_name(b.questionnaire.seat, b.label.as_deref());
    if a.questionnaire.seat == b.questionnaire.seat && a.label == b.label {
        (format!("1. {name_a}").into(), format!("2. {name_b}").into())
    } else {
        (name_a.into(), name_b.into())
    }
}

fn show(score: Option<u8>, t: &text::Ui) -> String {
    score.map_or_else(|| t.no_score.to_string(), |s| s.to_string())
}

/// One side's index and stage; the stage is named by that side's own questionnaire, as the two
/// sides may have answered different seats' questions.
fn side_summary(name: &AttrValue, outcome: &Outcome, side: &Opened, t: &text::Ui) -> Html {
    html! {
        <div class="comparison-side">
            <h2>{ name.clone() }</h2>
            <p class="result-index">
                <span class="result-index-label">{ t.index_label }</span>
                <span class="result-index-value">{ show(outcome.index(), t) }</span>
                <span class="result-index-scale">{ t.out_of }</span>
            </p>
            <p class="result-stage">
                { outcome.stage(&side.questionnaire).map(|s| s.name.get(t.lang.code()).to_string()).unwrap_or_default() }
            </p>
        </div>
    }
}

/// The chart's numbers as a table, with the gap per dimension that the chart leaves the reader
/// to see.
fn compared_table(
    q: &Questionnaire,
    rows: &[(String, Option<u8>, Option<u8>)],
    (name_a, name_b): &(AttrValue, AttrValue),
    t: &text::Ui,
) -> Html {
    html! {
        <table class="scores scores-compared">
            <caption>{ t.compare_caption }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.column_dimension }</th>
                    <th scope="col">{ name_a.clone() }</th>
                    <th scope="col">{ name_b.clone() }</th>
                    <th scope="col">{ t.column_gap }</th>
                </tr>
            </thead>
            <tbody>
                { for rows.iter().enumerate().map(|(d, (name, first, second))| html! {
                    <tr data-dimension={q.dimensions[d].id.clone()}>
                        <th scope="row">{ name }</th>
                        <td class="score">{ show(*first, t) }</td>
                        <td class="score">{ show(*second, t) }</td>
                        <td class="score">{ match (first, second) {
                            (Some(x), Some(y)) => x.abs_diff(*y).to_string(),
                            _ => "–".to_string(),
                        } }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The items the two sides see most differently, each with both answers in words: the place
/// to start the conversation.
fn gap_list(
    gaps: &[&ItemGap],
    (a, b): (&Opened, &Opened),
    (name_a, name_b): &(AttrValue, AttrValue),
    t: &text::Ui,
) -> Html {
    if gaps.is_empty() {
        return html! { <p>{ t.no_gaps }</p> };
    }
    let q = &a.questionnaire;
    html! {
        <ol class="gap-list">
            { for gaps.iter().map(|gap| html! {
                <li class="gap-item">
                    <p class="gap-prompt"><strong>{ q.items[gap.item].prompt.get(t.lang.code()) }</strong>
                        { format!(" ({})", t.gap_steps(gap.steps, gap.options - 1)) }</p>
                    <dl class="gap-answers">
                        <dt>{ name_a.clone() }</dt><dd>{ answer_text(a, gap.item, t) }</dd>
                        <dt>{ name_b.clone() }</dt><dd>{ answer_text(b, gap.item, t) }</dd>
                    </dl>
                </li>
            }) }
        </ol>
    }
}

/// What one side answered to an item, in the words of that side's own questionnaire: the two
/// seats may word their options differently.
fn answer_text(opened: &Opened, item: usize, t: &text::Ui) -> String {
    let q = &opened.questionnaire;
    match opened.answers.get(item).copied().flatten() {
        Some(Answer::Choice(k)) => q
            .options(&q.items[item])
            .get(k as usize)
            .map(|option| option.get(t.lang.code()).to_string())
            .unwrap_or_default(),
        Some(Answer::NotApplicable) => t.not_applicable.to_string(),
        _ => t.cant_judge.to_string(),
    }
}
