//! One person's result then and now (opened from "Your earlier results" as
//! `TeamRoute::ThenNow`): the change per dimension and of the index,
//! as arrows and numbers, never colour alone.

use super::words::Words;
use crate::model::link::ResultLink;
use crate::model::questionnaire::Questionnaire;
use crate::model::team::change::{change, Step};
use yew::prelude::*;

fn shown(v: Option<u8>, w: &Words) -> String {
    v.map_or_else(|| w.no_score.to_string(), |v| v.to_string())
}

fn delta(step: &Step, w: &Words) -> String {
    match step.delta() {
        Some(d) => w.change(d),
        None if step.other_items => w.not_compared.to_string(),
        None => w.no_score.to_string(),
    }
}

pub fn view(
    then: (&Questionnaire, &ResultLink, Option<&str>),
    now: (&Questionnaire, &ResultLink),
    w: &Words,
    lang: &str,
) -> Html {
    let c = change(then.0, &then.1.answers, now.0, &now.1.answers);
    let then_label = w.then_on(then.2);
    let row = |name: &str, step: &Step, class: &'static str| {
        html! {
            <tr {class}>
                <th scope="row">{ name.to_string() }</th>
                <td>{ shown(step.then, w) }</td>
                <td>{ shown(step.now, w) }</td>
                <td>{ delta(step, w) }</td>
            </tr>
        }
    };
    html! {
        <section class="team-group" aria-labelledby="then-now">
            <h2 id="then-now">{ w.then_now_heading }</h2>
            <div class="table-scroll" role="region" aria-label={w.then_now_caption} tabindex="0">
                <table class="team-table">
                    <caption>{ w.then_now_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ w.col_dimension }</th>
                            <th scope="col">{ then_label }</th>
                            <th scope="col">{ w.now }</th>
                            <th scope="col">{ w.col_change }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for c.dimensions.iter().map(|s| row(now.0.dimensions[s.dimension].name.get(lang), s, "")) }
                        { row(w.index_row, &c.index, "index-row") }
                    </tbody>
                </table>
            </div>
            <p class="hint">{ w.no_score_note }</p>
        </section>
    }
}
