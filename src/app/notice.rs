//! A short, dismissable message above the current step.

use crate::app::state::Notice;
use crate::app::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub notice: Notice,
    pub on_dismiss: Callback<()>,
}

/// A plain function rather than a component: it has no state, and each component costs the
/// wasm about 4 KB of Yew lifecycle code.
pub fn notice_banner(props: &NoticeProps, t: &text::Ui) -> Html {
    let (message, class) = match props.notice {
        Notice::Restored => (t.restored, "notice"),
        Notice::Discarded => (t.discarded, "notice notice-warning"),
        Notice::NoStorage => (t.no_storage, "notice notice-warning"),
        Notice::LoadFailed => (t.load_failed, "notice notice-warning"),
    };
    html! {
        <div class={class} role="status">
            <p>{ message }</p>
            <button type="button" class="notice-dismiss" onclick={props.on_dismiss.reform(|_| ())}>
                { t.dismiss }
            </button>
        </div>
    }
}
