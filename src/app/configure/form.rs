//! The configurator's form: every setting checked as it is typed, a live preview, and the two
//! snippets to copy.

use super::cta::{self, TEMPLATE_PREFIX};
use super::fields::{
    field_value, form_field, lang_field, lens_field, snippet_field, Form, TextField,
};
use super::{cta_words, loader, placement, preview, templates, words};
use crate::app::page::STEP_HEADING_ID;
use crate::app::parts::copy::{copy_or_select, Copied};
use crate::app::text;
use crate::model::settings::{self, Placement, Reason, Settings};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfigureProps {
    /// The app's own address (origin and directory, ending in `/`): where snippets point.
    pub app_url: AttrValue,
    /// This release's loader, named by its content, for the snippet that pins it (none in a
    /// development build).
    pub pin: Option<settings::Pin>,
}

/// The firm's own free-text settings, in form order (the call to action has its own section).
fn text_fields(t: &'static text::Ui) -> [TextField<'static>; 3] {
    let w = words::of(t);
    [
        (
            settings::FIRM,
            w.field_firm,
            w.hint_firm,
            "text",
            "organization",
        ),
        (
            settings::ACCENT,
            w.field_accent,
            w.hint_accent,
            "text",
            "off",
        ),
        (settings::LOGO, w.field_logo, w.hint_logo, "url", "url"),
    ]
}

/// Every setting the form holds, empty but for the lens, which starts on the client seat, and
/// the placement, inline on the right: the widget's own defaults, so they add nothing to a
/// snippet until a firm changes them. Each stage's call to action follows the general one.
fn initial_values(stages: &[(String, String)]) -> Vec<(String, String)> {
    let staged = stages
        .iter()
        .flat_map(|(id, _)| settings::STAGED.map(|name| format!("{name}-{id}")));
    [
        settings::FIRM,
        settings::ACCENT,
        settings::LOGO,
        settings::CTA_URL,
        settings::CTA_LABEL,
        settings::CTA_TEXT,
    ]
    .map(String::from)
    .into_iter()
    .chain(staged)
    .map(|key| (key, String::new()))
    .chain(
        [
            (settings::LENS, "client"),
            (settings::FORM, "full"),
            (settings::LANG, ""),
            (settings::BENCHMARK, ""),
            (settings::MODE, "inline"),
            (settings::SIDE, "right"),
            (settings::BUTTON_LABEL, ""),
            (settings::OPEN_AFTER, ""),
            (settings::SHOW_ONCE, ""),
            (settings::FORWARD_PARAMS, ""),
            (settings::DATALAYER, ""),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string())),
    )
    .collect()
}

/// Every setting as typed: the app's settings and the loader's own, with the problems found in
/// them (the templates chosen are the form's own, not settings).
fn check(values: &[(String, String)]) -> (Settings, Placement, Vec<(String, Reason)>) {
    let mut settings = Settings::default();
    let mut placement = Placement::default();
    let mut problems = Vec::new();
    for (key, value) in values {
        if key.starts_with(TEMPLATE_PREFIX) {
            continue;
        }
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

/// Stores `changes` (setting, value). Any edit changes the snippets, so an earlier "copied" no
/// longer holds.
fn store(
    values: &UseStateHandle<Vec<(String, String)>>,
    copied: &UseStateHandle<Copied>,
    changes: &[(String, String)],
) {
    let mut next = (**values).clone();
    for (key, value) in changes {
        match next.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value.clone(),
            None => next.push((key.clone(), value.clone())),
        }
    }
    values.set(next);
    copied.set(Copied::Not);
}

#[component]
pub fn Configure(props: &ConfigureProps) -> Html {
    let t = text::use_text();
    let q = preview::use_questionnaire(t.lang);
    let stages = preview::stages(&q, t.lang);
    let values = use_state(|| initial_values(&stages));
    let copied = use_state(|| Copied::Not);
    let opened = use_state(Vec::<String>::new);
    let shown = use_state(String::new);
    let loader_ref = use_node_ref();
    let iframe_snippet_ref = use_node_ref();
    let pinned_ref = use_node_ref();

    let (checked, placement, problems) = check(&values);
    let words = placement::words(t.lang);
    let loader = settings::loader_snippet(&props.app_url, &checked, &placement, None);
    let pinned = props
        .pin
        .as_ref()
        .map(|pin| settings::loader_snippet(&props.app_url, &checked, &placement, Some(pin)));
    let iframe = settings::iframe_snippet(
        &props.app_url,
        &checked,
        &t.frame_title(checked.firm.as_deref()),
    );
    let edit = |key: &str| {
        let (values, copied, key) = (values.clone(), copied.clone(), key.to_string());
        Callback::from(move |e: Event| store(&values, &copied, &[(key.clone(), field_value(&e))]))
    };
    let on_template = |key: &str| {
        let (values, copied, key) = (values.clone(), copied.clone(), key.to_string());
        Callback::from(move |e: Event| {
            let id = field_value(&e);
            let mut changes = vec![(format!("{TEMPLATE_PREFIX}{key}"), id.clone())];
            if let Some(template) = templates::by_id(&id) {
                changes.push((key.clone(), template.address.to_string()));
            }
            store(&values, &copied, &changes)
        })
    };
    let on_open = {
        let opened = opened.clone();
        Callback::from(move |id: String| {
            let mut next = (*opened).clone();
            match next.iter().position(|o| *o == id) {
                Some(at) => drop(next.remove(at)),
                None => next.push(id),
            }
            opened.set(next);
        })
    };
    let on_shown = {
        let shown = shown.clone();
        Callback::from(move |e: Event| shown.set(field_value(&e)))
    };
    let form = Form {
        values: &values,
        problems: &problems,
        edit: &edit,
        t,
    };
    let cta_context = cta::Cta {
        checked: &checked,
        placement: &placement,
        app: &props.app_url,
        stages: &stages,
        opened: &opened,
        on_template: &on_template,
        on_open,
    };
    let copy = |snippet: &str, field: &NodeRef| {
        let (snippet, field, copied) = (snippet.to_string(), field.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            copy_or_select(snippet.clone(), field.clone(), {
                let copied = copied.clone();
                Callback::from(move |c| copied.set(c))
            })
        })
    };
    let norms = cta_words::words(t.lang);
    let benchmark: TextField = (
        settings::BENCHMARK,
        norms.field_benchmark,
        norms.hint_benchmark,
        "text",
        "off",
    );

    html! {
        <section class="configure" aria-labelledby={STEP_HEADING_ID}>
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ words::of(t).configure_heading }</h1>
            <p class="lead">{ words::of(t).configure_lead }</p>
            <form class="configure-form" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for text_fields(t).iter().map(|field| form.text(field, None)) }
                { cta::fields(&form, &cta_context) }
                { lens_field(form.value(settings::LENS), edit(settings::LENS), t) }
                { form_field(form.value(settings::FORM), edit(settings::FORM), t) }
                { lang_field(form.value(settings::LANG), edit(settings::LANG), t) }
                { form.text(&benchmark, None) }
                { placement::fields(&placement, &form, words) }
                if placement.mode.is_overlay() {
                    { loader::triggers(&form) }
                }
                { loader::tags(&form) }
            </form>
            <h2>{ words::of(t).preview_heading }</h2>
            { preview::stage_field(&shown, &stages, on_shown, t.lang) }
            <iframe class="preview" title={words::of(t).preview_title}
                src={preview::address(&props.app_url, &checked, &q, &shown)}></iframe>
            { preview::call_to_action(&props.app_url, &checked, &q, &shown, t) }
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
