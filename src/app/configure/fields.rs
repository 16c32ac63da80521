//! The configurator's fields: a free-text setting with its hint, problem and warning, a
//! switch, the lens and the language, and a snippet to copy; and `Form`, what every field
//! reads what was typed from and stores an edit through.

use super::words;
use crate::app::text;
use crate::model::settings::Reason;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What was typed or chosen for every setting, the problems found in it, and how an edit of
/// a setting is stored.
pub struct Form<'a> {
    pub values: &'a [(String, String)],
    pub problems: &'a [(String, Reason)],
    pub edit: &'a dyn Fn(&str) -> Callback<Event>,
    pub t: &'static text::Ui,
}

impl Form<'_> {
    pub fn value(&self, key: &str) -> &str {
        self.values
            .iter()
            .find(|(k, _)| k == key)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn reason(&self, key: &str) -> Option<&Reason> {
        self.problems.iter().find(|(k, _)| k == key).map(|(_, r)| r)
    }

    /// Why what was typed for `key` is not used, in the page's language.
    pub fn problem(&self, key: &str) -> Option<String> {
        self.reason(key).map(|r| self.t.setting_problem(r))
    }

    /// A free-text setting (label, hint, input type, autocomplete) with its problem, and a
    /// warning when there is one.
    pub fn text(&self, field: &TextField, warning: Option<String>) -> Html {
        let key = field.0;
        text_field(
            field,
            self.value(key),
            self.problem(key),
            warning,
            (self.edit)(key),
        )
    }
}

/// The value of the input or select an event came from (a checkbox's is `true` when ticked,
/// empty when not): one edit handler serves every kind.
pub fn field_value(e: &Event) -> String {
    let target = e.target();
    if let Some(input) = target
        .clone()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        if input.type_() == "checkbox" {
            return if input.checked() {
                "true".into()
            } else {
                String::new()
            };
        }
        return input.value();
    }
    target
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|select| select.value())
        .unwrap_or_default()
}

/// A free-text setting as the form shows it: (setting, label, hint, input type, autocomplete).
pub type TextField<'a> = (&'a str, &'a str, &'a str, &'static str, &'static str);

pub fn field_id(key: &str) -> String {
    format!("cfg-{key}")
}

/// A free-text setting with its hint, its problem while what was typed does not pass, and a
/// warning that does not stop it (both tied to the input, so a screen reader reads them with
/// the field).
pub fn text_field(
    (key, label, hint, kind, autocomplete): &TextField,
    value: &str,
    problem: Option<String>,
    warning: Option<String>,
    oninput: Callback<Event>,
) -> Html {
    let id = field_id(key);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let warning_id = format!("{id}-warning");
    let described: Vec<&str> = [
        Some(hint_id.as_str()),
        problem.is_some().then_some(error_id.as_str()),
        warning.is_some().then_some(warning_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let oninput = oninput.reform(|e: InputEvent| e.into());
    html! {
        <div class="field">
            <label for={id.clone()}>{ label.to_string() }</label>
            <p class="hint" id={hint_id.clone()}>{ hint.to_string() }</p>
            <input id={id.clone()} type={*kind} autocomplete={*autocomplete} spellcheck="false"
                value={value.to_string()} aria-invalid={problem.is_some().then_some("true")}
                aria-describedby={described.join(" ")} {oninput} />
            if let Some(problem) = problem {
                <p class="field-error" id={error_id}>{ problem }</p>
            }
            if let Some(warning) = warning {
                <p class="field-warning" id={warning_id}>{ warning }</p>
            }
        </div>
    }
}

/// A setting that is there or not (`data-datalayer`), as a checkbox with its hint.
pub fn switch_field(
    key: &str,
    label: &str,
    hint: &str,
    on: bool,
    onchange: Callback<Event>,
) -> Html {
    let id = field_id(key);
    let hint_id = format!("{id}-hint");
    html! {
        <div class="field switch">
            <input id={id.clone()} type="checkbox" checked={on} aria-describedby={hint_id.clone()} {onchange} />
            <label for={id}>{ label.to_string() }</label>
            <p class="hint" id={hint_id}>{ hint.to_string() }</p>
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
