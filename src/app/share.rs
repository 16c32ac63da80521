//! Sharing a result: the link (copy, with a fallback that selects it), the system share sheet
//! where the browser has one, an email link with a short summary, and a QR code.

use crate::app::parts::copy::{copy_or_select, Copied};
use crate::app::qr::{qr, QrProps};
use crate::app::text;
use crate::model::link::MAX_LABEL_CHARS;
use crate::model::route::TeamRoute;
use crate::model::share::mailto;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct ShareProps {
    /// The whole link, with `#r=…`.
    pub url: AttrValue,
    /// The team view with this result in it (a comparison's first result).
    pub team: AttrValue,
    /// The email's body text (the link is part of it).
    pub summary: AttrValue,
    /// The respondent label and where edits go; `None` when the label can't be changed here.
    pub label: Option<(AttrValue, Callback<String>)>,
}

/// What the share panel keeps between renders, held by the app (the panel is a plain function:
/// a component of its own would cost the wasm its Yew lifecycle code): the link field, and
/// where the last copy stands with the link it copied, so a new link shows as not yet copied.
#[derive(Clone, PartialEq)]
pub struct ShareState {
    pub field: NodeRef,
    pub copied: UseStateHandle<(Copied, AttrValue)>,
}

/// The share panel's state, made on every render of the app whether the panel shows or not
/// (hooks are called in the same order every time).
#[hook]
pub fn use_share_state() -> ShareState {
    ShareState {
        field: use_node_ref(),
        copied: use_state(|| (Copied::Not, AttrValue::default())),
    }
}

pub fn share_panel(props: &ShareProps, state: &ShareState, t: &'static text::Ui) -> Html {
    let copied = match &*state.copied {
        (copied, url) if *url == props.url => *copied,
        _ => Copied::Not,
    };
    let on_copy = {
        let (url, field, status) = (props.url.clone(), state.field.clone(), state.copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied_url, status) = (url.clone(), status.clone());
            let done = Callback::from(move |copied| status.set((copied, copied_url.clone())));
            copy_or_select(url.to_string(), field.clone(), done)
        })
    };
    let on_share = {
        let url = props.url.clone();
        Callback::from(move |_: MouseEvent| open_share_sheet(&url, t.email_subject))
    };
    let email = mailto("", t.email_subject, &props.summary);

    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ t.share_heading }</h2>
            if let Some((label, on_change)) = &props.label {
                { label_field(label, on_change, t) }
            }
            <div class="field">
                <label for="share-link">{ t.link_label }</label>
                <input id="share-link" class="share-link" type="text" readonly=true
                    value={props.url.clone()} ref={state.field.clone()} />
            </div>
            <div class="actions">
                <button type="button" class="button" onclick={on_copy}>{ t.copy_link }</button>
                if share_sheet_available() {
                    <button type="button" class="button secondary" onclick={on_share}>{ t.share_sheet }</button>
                }
                <a class="button secondary" href={email}>{ t.email }</a>
            </div>
            <p class="share-status" role="status">{ copy_status(copied, t) }</p>
            { qr(&QrProps { text: props.url.clone(), label: AttrValue::Static(t.qr_label) }) }
            <p class="hint">{ t.link_privacy }</p>
            <p><a href={props.team.clone()} target="_blank" rel="noopener">
                { t.team_view }<span class="visually-hidden">{ t.new_tab }</span>
            </a></p>
        </section>
    }
}

/// The team view's address with the result `payload` in it, in the visitor's language.
pub fn team_address(payload: &str, t: &text::Ui) -> AttrValue {
    let result = TeamRoute::Result {
        payload: payload.to_string(),
        save: None,
    };
    result.address(t.lang.code()).into()
}

/// The respondent label travels in the link, so it is edited here, beside the link it changes.
fn label_field(label: &AttrValue, on_change: &Callback<String>, t: &text::Ui) -> Html {
    let on_label = on_change.reform(|e: InputEvent| {
        e.target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default()
    });
    html! {
        <div class="field">
            <label for="share-name">{ t.share_name_label }</label>
            <p class="hint" id="share-name-hint">{ t.share_name_hint }</p>
            <input id="share-name" type="text" autocomplete="organization"
                maxlength={MAX_LABEL_CHARS.to_string()} value={label.clone()}
                aria-describedby="share-name-hint" oninput={on_label} />
        </div>
    }
}

fn copy_status(copied: Copied, t: &text::Ui) -> &'static str {
    match copied {
        Copied::Not => "",
        Copied::Done => t.copied,
        Copied::Selected => t.copy_fallback,
    }
}

/// Opens the system share sheet with the link. Closing the sheet rejects the promise: that is
/// the visitor's choice, not an error, so the outcome is not looked at.
fn open_share_sheet(url: &str, title: &str) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let promise = navigator.share_with_data(&data);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

fn share_sheet_available() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false)
}
