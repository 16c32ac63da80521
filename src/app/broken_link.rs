//! The view for a results link that cannot be opened: what is wrong, and a way to start afresh.

use crate::app::state::Broken;
use crate::app::{text, STEP_HEADING_ID};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BrokenLinkProps {
    pub reason: Broken,
    pub on_start: Callback<()>,
}

#[component]
pub fn BrokenLink(props: &BrokenLinkProps) -> Html {
    html! {
        <section class="broken-link">
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ text::BROKEN_HEADING }</h1>
            <p class="error-message" data-testid="link-error">{ text::broken(props.reason) }</p>
            <p>{ text::BROKEN_HINT }</p>
            <div class="actions">
                <button type="button" class="button" onclick={props.on_start.reform(|_| ())}>
                    { text::TAKE_IT_YOURSELF }
                </button>
            </div>
        </section>
    }
}
