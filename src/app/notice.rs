//! A short, dismissable message above the current step.

use crate::app::state::Notice;
use crate::app::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub notice: Notice,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn NoticeBanner(props: &NoticeProps) -> Html {
    let t = text::use_text();
    let (message, class) = match props.notice {
        Notice::Restored => (t.restored, "notice"),
        Notice::Discarded => (t.discarded, "notice notice-warning"),
        Notice::NoStorage => (t.no_storage, "notice notice-warning"),
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
