//! The configurator's form: every setting checked as it is typed, a live preview, and the two
//! snippets to copy.

use super::fields::{form_field, lang_field, lens_field, snippet_field, text_field, TextField};
use super::placement;
use super::words;
use crate::app::page::STEP_HEADING_ID;
use crate::app::parts::copy::{copy_or_select, Copied};
use crate::app::text;
use crate::model::settings::{self, Placement, Reason, Settings};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfigureProps {
    /// The app's own address (origin and directory, ending in `/`): where snippets point.
    pub app_url: AttrValue,
    /// This release's loader, named by its content, for the snippet that pins it (none in a
    /// development build).
    pub pin: Option<settings::Pin>,
}

/// The free-text settings, in form order.
fn text_fields(t: &'static text::Ui) -> [TextField; 5] {
    [
        (
            settings::FIRM,
            words::of(t).field_firm,
            words::of(t).hint_firm,
            "text",
            "organization",
        ),
        (
            settings::ACCENT,
            words::of(t).field_accent,
            words::of(t).hint_accent,
            "text",
            "off",
        ),
        (
            settings::LOGO,
            words::of(t).field_logo,
            words::of(t).hint_logo,
            "url",
            "url",
        ),
        (
            settings::CTA_URL,
            words::of(t).field_cta_url,
            words::of(t).hint_cta_url,
            "text",
            "url",
        ),
        (
            settings::CTA_LABEL,
            words::of(t).field_cta_label,
            words::of(t).hint_cta_label,
            "text",
            "off",
        ),
    ]
}

/// Every setting the form holds, empty but for the lens, which starts on the client seat, and
/// the placement, inline on the right: the widget's own defaults, so they add nothing to a
/// snippet until a firm changes them.
fn initial_values(t: &'static text::Ui) -> Vec<(String, String)> {
    text_fields(t)
        .iter()
        .map(|(key, ..)| (key.to_string(), String::new()))
        .chain([
            (settings::LENS.to_string(), "client".to_string()),
            (settings::FORM.to_string(), "full".to_string()),
            (settings::LANG.to_string(), String::new()),
            (settings::MODE.to_string(), "inline".to_string()),
            (settings::SIDE.to_string(), "right".to_string()),
            (settings::BUTTON_LABEL.to_string(), String::new()),
        ])
        .collect()
}

/// Every setting as typed: the app's settings and the loader's placement, with the problems
/// found in them.
fn check(values: &[(String, String)]) -> (Settings, Placement, Vec<(String, Reason)>) {
    let mut settings = Settings::default();
    let mut placement = Placement::default();
    let mut problems = Vec::new();
    for (key, value) in values {
        let result = match placement.set(key, value) {
            Some(result) => result,
            None if value.trim().is_empty() => continue,
            None => settings.set(key, value),
        };
        if let Err(reason) = result {
            problems.push((key.clone(), reason));
        }
    }
    (settings, placement, problems)
}

/// The widget as the checked settings make it: only settings that pass reach the preview, as
/// only they would reach a visitor.
fn preview_address(app_url: &str, checked: &Settings) -> String {
    let query = checked.to_query();
    if query.is_empty() {
        app_url.to_string()
    } else {
        format!("{app_url}?{query}")
    }
}

/// Stores what was typed or chosen in `key`'s field. Any edit changes the snippets, so an
/// earlier "copied" no longer holds.
fn on_edit(
    key: &'static str,
    values: &UseStateHandle<Vec<(String, String)>>,
    copied: &UseStateHandle<Copied>,
) -> Callback<Event> {
    let values = values.clone();
    let copied = copied.clone();
    Callback::from(move |e: Event| {
        let mut next = (*values).clone();
        if let Some(slot) = next.iter_mut().find(|(k, _)| k == key) {
            slot.1 = field_value(&e);
        }
        values.set(next);
        copied.set(Copied::Not);
    })
}

/// The value of the input or select an event came from: one edit handler serves both kinds.
fn field_value(e: &Event) -> String {
    let target = e.target();
    target
        .clone()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .or_else(|| {
            target
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|select| select.value())
        })
        .unwrap_or_default()
}

#[component]
pub fn Configure(props: &ConfigureProps) -> Html {
    let t = text::use_text();
    let values = use_state(|| initial_values(t));
    let copied = use_state(|| Copied::Not);
    let loader_ref = use_node_ref();
    let iframe_snippet_ref = use_node_ref();

    let (checked, placement, problems) = check(&values);
    let words = placement::words(t.lang);
    let loader = settings::loader_snippet(&props.app_url, &checked, &placement, None);
    let pinned = props
        .pin
        .as_ref()
        .map(|pin| settings::loader_snippet(&props.app_url, &checked, &placement, Some(pin)));
    let pinned_ref = use_node_ref();
    let iframe = settings::iframe_snippet(
        &props.app_url,
        &checked,
        &t.frame_title(checked.firm.as_deref()),
    );
    let value = |key: &str| {
        values
            .iter()
            .find(|(k, _)| k == key)
            .map_or("", |(_, v)| v.as_str())
    };
    let problem = |key: &str| problems.iter().find(|(k, _)| k == key).map(|(_, r)| r);
    let copy = |snippet: &str, field: &NodeRef| {
        let (snippet, field, copied) = (snippet.to_string(), field.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            copy_or_select(snippet.clone(), field.clone(), {
                let copied = copied.clone();
                Callback::from(move |c| copied.set(c))
            })
        })
    };

    html! {
        <section class="configure" aria-labelledby={STEP_HEADING_ID}>
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ words::of(t).configure_heading }</h1>
            <p class="lead">{ words::of(t).configure_lead }</p>
            <form class="configure-form" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for text_fields(t).iter().map(|field| {
                    let on_input = on_edit(field.0, &values, &copied);
                    text_field(field, value(field.0), problem(field.0), on_input, t)
                }) }
                { lens_field(value(settings::LENS), on_edit(settings::LENS, &values, &copied), t) }
                { form_field(value(settings::FORM), on_edit(settings::FORM, &values, &copied), t) }
                { lang_field(value(settings::LANG), on_edit(settings::LANG, &values, &copied), t) }
                { placement::fields(&placement, |key| value(key).to_string(), problem(settings::BUTTON_LABEL),
                    |key| on_edit(key, &values, &copied), words, t) }
            </form>
            <h2>{ words::of(t).preview_heading }</h2>
            <iframe class="preview" title={words::of(t).preview_title} src={preview_address(&props.app_url, &checked)}></iframe>
            { placement::preview(&placement, &checked, words) }
            { snippet_field("cfg-loader", words::of(t).snippet_loader, &loader, &loader_ref) }
            { snippet_field("cfg-iframe", words::of(t).snippet_iframe, &iframe, &iframe_snippet_ref) }
            <div class="actions">
                <button type="button" class="button" onclick={copy(&loader, &loader_ref)}>{ words::of(t).copy_loader }</button>
                <button type="button" class="button secondary" onclick={copy(&iframe, &iframe_snippet_ref)}>{ words::of(t).copy_iframe }</button>
            </div>
            if let Some(pinned) = &pinned {
                { snippet_field("cfg-pinned", words::of(t).snippet_pinned, pinned, &pinned_ref) }
                <div class="actions">
                    <button type="button" class="button secondary" onclick={copy(pinned, &pinned_ref)}>{ words::of(t).copy_pinned }</button>
                </div>
            }
            <p class="share-status" role="status">{ copy_status(*copied, t) }</p>
            if !problems.is_empty() {
                { not_used(&problems, t) }
            }
            <p><a href={format!("./?{}={}", settings::LANG, t.lang.code())}>{ words::of(t).back_to_assessment }</a></p>
        </section>
    }
}

fn copy_status(copied: Copied, t: &text::Ui) -> &'static str {
    match copied {
        Copied::Not => "",
        Copied::Done => words::of(t).snippet_copied,
        Copied::Selected => words::of(t).snippet_selected,
    }
}

/// Names the settings left out of the snippets, as the attributes a firm would look for.
fn not_used(problems: &[(String, Reason)], t: &text::Ui) -> Html {
    let keys: Vec<String> = problems.iter().map(|(k, _)| format!("data-{k}")).collect();
    html! {
        <p class="field-error">{ format!("{} {}", words::of(t).invalid_not_used, keys.join(", ")) }</p>
    }
}
