//! The view for a results link that cannot be opened: what is wrong, and a way to start afresh.

use crate::app::page::STEP_HEADING_ID;
use crate::app::text;
use crate::model::link::Broken;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct BrokenLinkProps {
    pub reason: Broken,
    pub on_start: Callback<MouseEvent>,
}

/// A plain function rather than a component: it has no state of its own.
pub fn broken_link(props: &BrokenLinkProps, t: &text::Ui) -> Html {
    html! {
        <section class="broken-link">
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ t.broken_heading }</h1>
            <p class="error-message" data-testid="link-error">{ t.broken(props.reason) }</p>
            <p>{ t.broken_hint }</p>
            <div class="actions">
                <button type="button" class="button" onclick={props.on_start.clone()}>
                    { t.take_it_yourself }
                </button>
            </div>
        </section>
    }
}
