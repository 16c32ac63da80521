//! "How this assessment works": what each dimension looks at and the idea behind it, and the
//! scoring and evidence rules in plain words, written from the questionnaire's own numbers so
//! the page and the scoring cannot disagree.

use crate::app::state::Shared;
use crate::app::{text, STEP_HEADING_ID};
use crate::model::questionnaire::Questionnaire;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HowItWorksProps {
    /// The questionnaire in use (its dimensions, thresholds and stages are described).
    pub questionnaire: Shared,
    pub on_back: Callback<()>,
}

/// A plain function rather than a component: it has no state.
pub fn how_it_works(props: &HowItWorksProps, t: &text::Ui) -> Html {
    let q: &Questionnaire = &props.questionnaire;
    let lang = t.lang.code();
    // "0 to 39" for each band or stage: from its own `from` to just below the next one's.
    let ranges = |froms: Vec<u8>| -> Vec<String> {
        froms
            .iter()
            .enumerate()
            .map(|(i, from)| {
                let to = froms.get(i + 1).map_or(100, |next| next.saturating_sub(1));
                t.fill(
                    t.hw_range,
                    &[("from", &from.to_string()), ("to", &to.to_string())],
                )
            })
            .collect()
    };
    let band_ranges = ranges(q.bands.iter().map(|b| b.from).collect());
    let stage_ranges = ranges(q.stages.iter().map(|s| s.from).collect());
    let dimension_name = |id: &str| {
        q.dimensions
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.name.get(lang).to_string())
            .unwrap_or_default()
    };
    let band_name = |id: &str| {
        q.bands
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.name.get(lang).to_string())
            .unwrap_or_default()
    };
    // One sentence per stage and band it requires, naming the dimensions.
    let mut conditions = Vec::new();
    for stage in &q.stages {
        let mut bands: Vec<&str> = stage.requires.iter().map(|r| r.band.as_str()).collect();
        bands.dedup();
        for band in bands {
            let list: Vec<String> = stage
                .requires
                .iter()
                .filter(|r| r.band == band)
                .map(|r| dimension_name(&r.dimension))
                .collect();
            conditions.push(t.fill(
                t.hw_requires,
                &[
                    ("stage", stage.name.get(lang)),
                    ("band", &band_name(band)),
                    ("list", &list.join(", ")),
                ],
            ));
        }
    }
    let minimum = q.min_answers.to_string();
    html! {
        <section class="how-it-works">
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ t.how_link }</h1>
            <p class="lead">{ t.hw_lead }</p>

            <h2>{ t.hw_dimensions }</h2>
            <dl class="how-dimensions">
                { for q.dimensions.iter().map(|d| html! { <>
                    <dt>{ d.name.get(lang) }</dt>
                    <dd>
                        <p>{ d.summary.get(lang) }</p>
                        if let Some(idea) = &d.idea {
                            <p class="how-idea">{ idea.get(lang) }</p>
                        }
                    </dd>
                </> }) }
            </dl>

            <h2>{ t.hw_rules }</h2>
            <p>{ t.hw_points }</p>
            <p>{ t.hw_escapes }</p>
            <p>{ t.fill(t.hw_dimension_rule, &[("a", &minimum)]) }</p>
            <p>{ t.fill(t.hw_index_rule, &[
                ("k", &q.min_dimensions.to_string()),
                ("n", &q.dimensions.len().to_string()),
            ]) }</p>
            <p>{ t.hw_bands }</p>
            <ul>
                { for q.bands.iter().zip(&band_ranges).map(|(b, range)| html! {
                    <li>{ format!("{}: {range}", b.name.get(lang)) }</li>
                }) }
            </ul>
            <p>{ t.hw_stages }</p>
            <ul>
                { for q.stages.iter().zip(&stage_ranges).map(|(s, range)| html! {
                    <li>{ format!("{}: {range}", s.name.get(lang)) }</li>
                }) }
            </ul>
            { for conditions.into_iter().map(|c| html! { <p>{ c }</p> }) }
            <p class="privacy">{ t.hw_privacy }</p>
            <div class="actions">
                <button type="button" class="button secondary" onclick={props.on_back.reform(|_| ())}>
                    { t.back }
                </button>
            </div>
        </section>
    }
}
