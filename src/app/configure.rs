//! The configurator, a page of its own (`configure.html`, built from `src/bin/configure.rs`) so
//! that the visitor's download does not carry a tool only firms open: a firm fills in its
//! settings, sees each checked as it types (by the same core functions that check them in the
//! widget), watches a live preview, and copies the loader snippet or the plain iframe snippet.

use crate::app::share::{copy_or_select, Copied};
use crate::app::text::Lang;
use crate::app::{install_fatal_view, language, text, ROOT_ID, STEP_HEADING_ID};
use crate::browser::embed;
use crate::model::settings::{self, Reason, Settings};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The configurator's page, beside the app's `index.html`.
pub const PAGE: &str = "configure.html";

/// The address that opened the configurator inside the app before it had a page of its own;
/// links to it in firms' documents still work.
pub const OLD_FRAGMENT: &str = "#/configure";

/// The configurator's address, relative to the app's page, in the visitor's language.
pub fn address(lang: Lang) -> String {
    format!("{PAGE}?{}={}", settings::LANG, lang.code())
}

/// Replaces an old `#/configure` address with the configurator's page (keeping the query, whose
/// `lang` the page honours). Whether it did: the app then has nothing more to do.
pub fn forward_old_address(fragment: &str) -> bool {
    if fragment != OLD_FRAGMENT {
        return false;
    }
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    let search = location.search().unwrap_or_default();
    location.replace(&format!("{PAGE}{search}")).is_ok()
}

/// The app's own address (origin and directory, ending in `/`): where snippets point.
fn app_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let path = location.pathname().unwrap_or_default();
    let directory = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{}{directory}", location.origin().unwrap_or_default())
}

/// Start-up of the configurator's page: the fatal-error view, the language, then the page.
pub fn start() {
    install_fatal_view();
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.get_element_by_id(ROOT_ID)) else {
        return;
    };
    let lang = language::initial(&window, &embed::settings_from_address());
    text::set_current(lang);
    root.set_text_content(None);
    yew::Renderer::<ConfigurePage>::with_root_and_props(root, PageProps { lang }).render();
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub lang: Lang,
}

/// The configurator with the language switch.
#[component]
pub fn ConfigurePage(props: &PageProps) -> Html {
    let lang = language::use_language(props.lang);
    let t = text::ui(*lang);
    use_effect_with(*lang, move |_| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(t.configure_heading);
        }
    });
    html! {
        <ContextProvider<Lang> context={*lang}>
            <div class="app">
                { language::switch(*lang, &language::setter(&lang), t) }
                <Configure app_url={app_url()} />
            </div>
        </ContextProvider<Lang>>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConfigureProps {
    /// The app's own address (origin and directory, ending in `/`): where snippets point.
    pub app_url: AttrValue,
}

/// The free-text settings, in form order: (setting, label, hint, input type, autocomplete).
fn text_fields(
    t: &'static text::Ui,
) -> [(
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
); 5] {
    [
        (
            settings::FIRM,
            t.field_firm,
            t.hint_firm,
            "text",
            "organization",
        ),
        (
            settings::ACCENT,
            t.field_accent,
            t.hint_accent,
            "text",
            "off",
        ),
        (settings::LOGO, t.field_logo, t.hint_logo, "url", "url"),
        (
            settings::CTA_URL,
            t.field_cta_url,
            t.hint_cta_url,
            "text",
            "url",
        ),
        (
            settings::CTA_LABEL,
            t.field_cta_label,
            t.hint_cta_label,
            "text",
            "off",
        ),
    ]
}

/// Every setting as typed, and the settings with the problems found in them.
fn check(values: &[(String, String)]) -> (Settings, Vec<(String, Reason)>) {
    let mut settings = Settings::default();
    let mut problems = Vec::new();
    for (key, value) in values {
        if value.trim().is_empty() {
            continue;
        }
        if let Err(reason) = settings.set(key, value) {
            problems.push((key.clone(), reason));
        }
    }
    (settings, problems)
}

fn field_id(key: &str) -> String {
    format!("cfg-{key}")
}

#[component]
pub fn Configure(props: &ConfigureProps) -> Html {
    let t = text::use_text();
    let values = use_state(|| {
        text_fields(t)
            .iter()
            .map(|(key, ..)| (key.to_string(), String::new()))
            .chain([
                (settings::LENS.to_string(), "client".to_string()),
                (settings::LANG.to_string(), String::new()),
            ])
            .collect::<Vec<(String, String)>>()
    });
    let copied = use_state(|| Copied::Not);
    let loader_ref = use_node_ref();
    let iframe_snippet_ref = use_node_ref();

    let (checked, problems) = check(&values);
    let loader = settings::loader_snippet(&props.app_url, &checked);
    let iframe = settings::iframe_snippet(
        &props.app_url,
        &checked,
        &t.frame_title(checked.firm.as_deref()),
    );
    let query = checked.to_query();
    let preview = if query.is_empty() {
        props.app_url.to_string()
    } else {
        format!("{}?{query}", props.app_url)
    };

    let on_input = |key: &'static str| {
        let values = values.clone();
        let copied = copied.clone();
        Callback::from(move |e: Event| {
            let target = e.target();
            let value = target
                .clone()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|input| input.value())
                .or_else(|| {
                    target
                        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                        .map(|select| select.value())
                })
                .unwrap_or_default();
            let mut next = (*values).clone();
            if let Some(slot) = next.iter_mut().find(|(k, _)| k == key) {
                slot.1 = value;
            }
            values.set(next);
            copied.set(Copied::Not);
        })
    };
    let copy = |snippet: String, field: NodeRef| {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copy_or_select(snippet.clone(), field.clone(), copied.clone())
        })
    };
    let status = match *copied {
        Copied::Not => "",
        Copied::Done => t.snippet_copied,
        Copied::Selected => t.snippet_selected,
    };

    let text_field = |(key, label, hint, kind, autocomplete): &(
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    )| {
        let id = field_id(key);
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let problem = problems.iter().find(|(k, _)| k == key).map(|(_, r)| r);
        let value = values
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        let described = if problem.is_some() {
            format!("{hint_id} {error_id}")
        } else {
            hint_id.clone()
        };
        let oninput = on_input(key).reform(|e: InputEvent| e.into());
        html! {
            <div class="field">
                <label for={id.clone()}>{ *label }</label>
                <p class="hint" id={hint_id}>{ *hint }</p>
                <input id={id} type={*kind} autocomplete={*autocomplete} spellcheck="false"
                    value={value} aria-invalid={problem.is_some().then_some("true")}
                    aria-describedby={described} {oninput} />
                if let Some(problem) = problem {
                    <p class="field-error" id={error_id}>{ t.setting_problem(problem) }</p>
                }
            </div>
        }
    };

    let selected = |key: &str, option: &str| values.iter().any(|(k, v)| k == key && v == option);

    html! {
        <section class="configure" aria-labelledby={STEP_HEADING_ID}>
            <h1 id={STEP_HEADING_ID} tabindex="-1">{ t.configure_heading }</h1>
            <p class="lead">{ t.configure_lead }</p>
            <form class="configure-form" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for text_fields(t).iter().map(text_field) }
                <div class="field">
                    <label for="cfg-lens">{ t.field_lens }</label>
                    <select id="cfg-lens" onchange={on_input(settings::LENS)}>
                        <option value="client" selected={selected(settings::LENS, "client")}>{ t.lens_client }</option>
                        <option value="provider" selected={selected(settings::LENS, "provider")}>{ t.lens_provider }</option>
                    </select>
                </div>
                <div class="field">
                    <label for="cfg-lang">{ t.field_lang }</label>
                    <select id="cfg-lang" onchange={on_input(settings::LANG)}>
                        <option value="" selected={selected(settings::LANG, "")}>{ t.lang_automatic }</option>
                        { for text::Lang::ALL.iter().map(|lang| html! {
                            <option value={lang.code()} lang={lang.code()} selected={selected(settings::LANG, lang.code())}>{ lang.own_name() }</option>
                        }) }
                    </select>
                </div>
            </form>
            <h2>{ t.preview_heading }</h2>
            <iframe class="preview" title={t.preview_title} src={preview}></iframe>
            <div class="field">
                <label for="cfg-loader">{ t.snippet_loader }</label>
                <textarea id="cfg-loader" class="snippet" readonly=true rows="4" value={loader.clone()} ref={loader_ref.clone()} />
            </div>
            <div class="field">
                <label for="cfg-iframe">{ t.snippet_iframe }</label>
                <textarea id="cfg-iframe" class="snippet" readonly=true rows="4" value={iframe.clone()} ref={iframe_snippet_ref.clone()} />
            </div>
            <div class="actions">
                <button type="button" class="button" onclick={copy(loader, loader_ref)}>{ t.copy_loader }</button>
                <button type="button" class="button secondary" onclick={copy(iframe, iframe_snippet_ref)}>{ t.copy_iframe }</button>
            </div>
            <p class="share-status" role="status">{ status }</p>
            if !problems.is_empty() {
                <p class="field-error">{ format!("{} {}", t.invalid_not_used,
                    problems.iter().map(|(k, _)| format!("data-{k}")).collect::<Vec<_>>().join(", ")) }</p>
            }
            <p><a href={format!("./?{}={}", settings::LANG, t.lang.code())}>{ t.back_to_assessment }</a></p>
        </section>
    }
}
