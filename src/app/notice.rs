//! A short, dismissable message above the current step.

use crate::app::state::Notice;
use crate::app::text;
use yew::prelude::*;

#[derive(PartialEq)]
pub struct NoticeProps {
    pub notice: Notice,
    pub on_dismiss: Callback<()>,
    /// Fetches again what could not be fetched (with `Notice::LoadFailed`).
    pub on_retry: Callback<()>,
}

/// A plain function rather than a component: it has no state of its own.
pub fn notice_banner(props: &NoticeProps, t: &text::Ui) -> Html {
    let (message, class) = match props.notice {
        Notice::Restored => (t.restored, "notice"),
        Notice::Discarded => (t.discarded, "notice notice-warning"),
        Notice::NoStorage => (t.no_storage, "notice notice-warning"),
        Notice::LoadFailed(_) => (t.load_failed, "notice notice-warning"),
    };
    html! {
        <div class={class} role="status">
            <p>{ message }</p>
            if matches!(props.notice, Notice::LoadFailed(_)) {
                <button type="button" class="notice-retry" onclick={props.on_retry.reform(|_| ())}>
                    { t.try_again }
                </button>
            }
            <button type="button" class="notice-dismiss" onclick={props.on_dismiss.reform(|_| ())}>
                { t.dismiss }
            </button>
        </div>
    }
}
