//! The configurator's fields: a free-text setting with its hint and problem, the lens and the
//! language, and a snippet to copy.

use super::words;
use crate::app::text;
use crate::model::settings::Reason;
use yew::prelude::*;

/// A free-text setting as the form shows it: (setting, label, hint, input type, autocomplete).
pub type TextField = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

pub fn field_id(key: &str) -> String {
    format!("cfg-{key}")
}

/// A free-text setting with its hint, and its problem (tied to the input so a screen reader
/// reads it with the field) while what was typed does not pass.
pub fn text_field(
    (key, label, hint, kind, autocomplete): &TextField,
    value: &str,
    problem: Option<&Reason>,
    oninput: Callback<Event>,
    t: &text::Ui,
) -> Html {
    let id = field_id(key);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if problem.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let oninput = oninput.reform(|e: InputEvent| e.into());
    html! {
        <div class="field">
            <label for={id.clone()}>{ *label }</label>
            <p class="hint" id={hint_id}>{ *hint }</p>
            <input id={id} type={*kind} autocomplete={*autocomplete} spellcheck="false"
                value={value.to_string()} aria-invalid={problem.is_some().then_some("true")}
                aria-describedby={described} {oninput} />
            if let Some(problem) = problem {
                <p class="field-error" id={error_id}>{ t.setting_problem(problem) }</p>
            }
        </div>
    }
}

/// The lens the widget opens with; `current` is the one chosen.
pub fn lens_field(current: &str, onchange: Callback<Event>, t: &text::Ui) -> Html {
    html! {
        <div class="field">
            <label for="cfg-lens">{ words::of(t).field_lens }</label>
            <select id="cfg-lens" {onchange}>
                <option value="client" selected={current == "client"}>{ words::of(t).lens_client }</option>
                <option value="provider" selected={current == "provider"}>{ words::of(t).lens_provider }</option>
            </select>
        </div>
    }
}

/// The form a visitor starts with: the full assessment or the quick check.
pub fn form_field(current: &str, onchange: Callback<Event>, t: &text::Ui) -> Html {
    html! {
        <div class="field">
            <label for="cfg-form">{ words::of(t).field_form }</label>
            <select id="cfg-form" {onchange}>
                <option value="full" selected={current != "quick"}>{ words::of(t).form_full }</option>
                <option value="quick" selected={current == "quick"}>{ words::of(t).form_quick }</option>
            </select>
        </div>
    }
}

/// The widget's language, or none so that it follows the visitor's browser. Each language is
/// named in itself (and marked as such) so a reader of that language finds it.
pub fn lang_field(current: &str, onchange: Callback<Event>, t: &text::Ui) -> Html {
    html! {
        <div class="field">
            <label for="cfg-lang">{ words::of(t).field_lang }</label>
            <select id="cfg-lang" {onchange}>
                <option value="" selected={current.is_empty()}>{ words::of(t).lang_automatic }</option>
                { for text::Lang::ALL.iter().map(|lang| html! {
                    <option value={lang.code()} lang={lang.code()} selected={current == lang.code()}>{ lang.own_name() }</option>
                }) }
            </select>
        </div>
    }
}

/// A snippet in a read-only text area: `field` is where the copy falls back to selecting it.
pub fn snippet_field(id: &'static str, label: &str, snippet: &str, field: &NodeRef) -> Html {
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <textarea {id} class="snippet" readonly=true rows="4" value={snippet.to_string()} ref={field.clone()} />
        </div>
    }
}
