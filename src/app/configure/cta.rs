//! The configurator's call to action: the general address, label and paragraph, then each
//! stage's own, in a section the firm opens; every address with its ready templates and a
//! warning when a result can make it longer than a mail program or a browser holds.

use super::cta_words::{self, Words};
use super::fields::{Form, TextField};
use super::templates::{self, TEMPLATES};
use super::{length, words};
use crate::model::cta::PLACEHOLDERS;
use crate::model::settings::{self, CtaTarget, Placement, Settings};
use crate::model::template::fill;
use yew::prelude::*;

/// Where the template chosen for an address field is kept among the form's values (never a
/// setting: the form's check passes over it).
pub const TEMPLATE_PREFIX: &str = "template ";

/// What the call to action's fields need besides the form: the checked settings and
/// placement (for the warnings), the app's address, the stages (id and name, in the language
/// on screen), which of them are open, and the handlers of a template's choice and of opening
/// a stage.
pub struct Cta<'a> {
    pub checked: &'a Settings,
    pub placement: &'a Placement,
    pub app: &'a str,
    pub stages: &'a [(String, String)],
    pub opened: &'a [String],
    pub on_template: &'a dyn Fn(&str) -> Callback<Event>,
    pub on_open: Callback<String>,
}

/// Every call-to-action field, general and per stage.
pub fn fields(form: &Form, cta: &Cta) -> Html {
    let t = form.t;
    let w = cta_words::words(t.lang);
    let general = words::of(t);
    let url: TextField = (
        settings::CTA_URL,
        general.field_cta_url,
        general.hint_cta_url,
        "text",
        "url",
    );
    let label: TextField = (
        settings::CTA_LABEL,
        general.field_cta_label,
        general.hint_cta_label,
        "text",
        "off",
    );
    let text: TextField = (settings::CTA_TEXT, w.field_text, w.hint_text, "text", "off");
    let names = PLACEHOLDERS.map(|name| html! { <li><code>{ format!("{{{name}}}") }</code></li> });
    html! {
        <fieldset class="cta-settings">
            <legend>{ w.legend }</legend>
            <p class="hint">{ w.lead }</p>
            <ul class="placeholders">{ for names }</ul>
            { template_field(form, cta, settings::CTA_URL, templates::words(t.lang).field.to_string()) }
            { form.text(&url, warning(cta, cta.checked.cta_url.as_ref(), w)) }
            { form.text(&label, None) }
            { form.text(&text, None) }
            <fieldset class="stages">
                <legend>{ w.stages_heading }</legend>
                <p class="hint">{ w.stages_lead }</p>
                { for cta.stages.iter().map(|(id, name)| stage(form, cta, id, name, w)) }
            </fieldset>
        </fieldset>
    }
}

/// One stage's own call to action, shown once the firm opens it.
fn stage(form: &Form, cta: &Cta, id: &str, name: &str, w: &Words) -> Html {
    let open = cta.opened.iter().any(|o| o == id);
    let section = format!("cfg-stage-{id}");
    let key = |setting: &str| format!("{setting}-{id}");
    let (url, label, text) = (
        key(settings::CTA_URL),
        key(settings::CTA_LABEL),
        key(settings::CTA_TEXT),
    );
    let named = |template: &str| fill(template, &[("stage", name)]);
    let (url_label, label_label, text_label) = (
        named(w.field_stage_url),
        named(w.field_stage_label),
        named(w.field_stage_text),
    );
    let target = cta
        .checked
        .stages
        .iter()
        .find(|s| s.stage == id)
        .and_then(|s| s.url.as_ref());
    let on_open = cta.on_open.reform({
        let id = id.to_string();
        move |_: MouseEvent| id.clone()
    });
    html! {
        <div class="stage-cta">
            <button type="button" class="button secondary disclosure" aria-expanded={open.to_string()}
                aria-controls={section.clone()} onclick={on_open}>
                <span class="marker" aria-hidden="true"></span>{ name.to_string() }
            </button>
            <div id={section} hidden={!open}>
                if open {
                    { template_field(form, cta, &url, named(w.template_for)) }
                    { form.text(&(url.as_str(), url_label.as_str(), w.hint_stage_url, "text", "url"), warning(cta, target, w)) }
                    { form.text(&(label.as_str(), label_label.as_str(), w.hint_stage_label, "text", "off"), None) }
                    { form.text(&(text.as_str(), text_label.as_str(), w.hint_stage_text, "text", "off"), None) }
                }
            </div>
        </div>
    }
}

/// The ready addresses for the address field `key`; choosing one puts it in the field, and
/// its hint says what its parameters carry.
fn template_field(form: &Form, cta: &Cta, key: &str, label: String) -> Html {
    let w = templates::words(form.t.lang);
    let chosen = form.value(&format!("{TEMPLATE_PREFIX}{key}"));
    let id = format!("cfg-template-{key}");
    let hint = TEMPLATES
        .iter()
        .position(|template| template.id == chosen)
        .map(|k| w.hints[k]);
    let hint_id = format!("{id}-hint");
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <select {id} onchange={(cta.on_template)(key)}
                aria-describedby={hint.is_some().then(|| hint_id.clone())}>
                <option value="" selected={chosen.is_empty()}>{ w.none }</option>
                { for TEMPLATES.iter().zip(w.names).map(|(template, name)| html! {
                    <option value={template.id} selected={chosen == template.id}>{ name }</option>
                }) }
            </select>
            if let Some(hint) = hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
        </div>
    }
}

/// The warning under an address a result can make too long, if it can.
fn warning(cta: &Cta, target: Option<&CtaTarget>, w: &Words) -> Option<String> {
    let target = target?;
    let (length, max) =
        length::too_long(target, cta.app, cta.checked, &cta.placement.forward_params)?;
    let template = match target {
        CtaTarget::Mail(_) => w.too_long_mail,
        CtaTarget::Web(_) => w.too_long_web,
    };
    Some(fill(
        template,
        &[("length", &length.to_string()), ("max", &max.to_string())],
    ))
}
