//! The introduction: what the assessment looks at, how long it takes, and that answers stay here.

use crate::app::state::Shared;
use crate::app::{text, STEP_HEADING_ID};
use yew::prelude::*;

const LANG: &str = "en";

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub questionnaire: Shared,
    /// Answers from earlier are kept: offer to continue, or to start over.
    pub resumable: bool,
    pub on_start: Callback<()>,
    pub on_start_over: Callback<()>,
}

#[component]
pub fn Intro(props: &IntroProps) -> Html {
    let q = &props.questionnaire;
    html! {
        <section class="intro">
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ q.title.get(LANG) }</h1>
            <p class="lead">{ text::INTRO_LEAD }</p>
            <p>{ text::INTRO_LOOKS_AT }</p>
            <ul class="intro-dimensions">
                { for q.dimensions.iter().map(|d| html! {
                    <li><strong>{ d.name.get(LANG) }</strong>{ ": " }{ d.summary.get(LANG) }</li>
                }) }
            </ul>
            <p class="intro-length">{ text::length(q.items.len()) }</p>
            <p class="privacy">{ text::PRIVACY }</p>
            <div class="actions">
                if props.resumable {
                    <button type="button" class="button" onclick={props.on_start.reform(|_| ())}>
                        { text::CONTINUE }
                    </button>
                    <button type="button" class="button secondary" onclick={props.on_start_over.reform(|_| ())}>
                        { text::START_OVER }
                    </button>
                } else {
                    <button type="button" class="button" onclick={props.on_start.reform(|_| ())}>
                        { text::START }
                    </button>
                }
            </div>
        </section>
    }
}
