//! The team view, a page of its own (`team.html`, built from `src/bin/team.rs`) so that the
//! visitor's download does not carry it: several people's results links, pasted, read from a
//! file or opened as one team link (`#t=<payload>`), set side by side per seat (see
//! `model::team`), with a team link to share and the numbers to download.
//!
//! This file is the page (start-up, the fetch of the questions, the input); `results.rs` reads
//! the lines and offers the team link and downloads, `view.rs` draws a seat's group, `time.rs`
//! one result then and now, and `words.rs` holds the texts.

mod results;
mod time;
mod view;
mod words;

use crate::app::page::{start_page, PageProps};
use crate::app::share::Copied;
use crate::app::text::Lang;
use crate::app::{address, language, text};
use crate::browser::more;
use crate::model::questionnaire::Questionnaire;
use crate::model::settings;
use std::rc::Rc;
use words::words;
use yew::prelude::*;

/// The team view's page, beside the app's `index.html`.
pub const PAGE: &str = "team.html";

/// The team view's address, relative to the app's page, in the visitor's language, with a
/// fragment (from its `#`) saying what to show.
pub fn address(lang: Lang, fragment: &str) -> String {
    format!("{PAGE}?{}={}{fragment}", settings::LANG, lang.code())
}

/// Start-up of the team view's page.
pub fn start() {
    start_page::<TeamPage>();
}

#[derive(Clone, PartialEq)]
enum Catalog {
    Loading,
    Failed,
    Ready(Rc<Vec<Questionnaire>>),
}

/// What the page opened with: its fragment (a team link `#t=…` or one results link `#r=…`).
fn opened_with() -> String {
    let hash = fragment();
    if hash.starts_with("#t=") || hash.starts_with("#r=") {
        hash
    } else {
        String::new()
    }
}

/// The file a result's download button asks for (`#r=<payload>&save=csv` or `&save=json`).
fn save_asked(fragment: &str) -> Option<results::File> {
    if !fragment.starts_with("#r=") {
        return None;
    }
    fragment.split('&').skip(1).find_map(|part| match part {
        "save=csv" => Some(results::File::Csv),
        "save=json" => Some(results::File::Json),
        _ => None,
    })
}

/// The page's fragment, with its `#`.
fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// This page's address without its fragment.
fn page_url() -> String {
    let url = address::app_url();
    url.split('#').next().unwrap_or_default().to_string()
}

/// Keeps the shown team in the address, so a reload or a bookmark shows it again (no new
/// history entry).
fn keep_in_address(fragment: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// The largest file read as a list of results links: about 15,000 links, far more than any
/// team; a larger one is refused before it is read, so a wrong file cannot stall the page.
const MAX_FILE_BYTES: f64 = 1024.0 * 1024.0;

/// Reads a chosen or dropped file's text, then hands it on; says whether it was too large.
fn read_file(file: web_sys::File, then: Callback<String>, too_big: &UseStateHandle<bool>) {
    too_big.set(file.size() > MAX_FILE_BYTES);
    if file.size() > MAX_FILE_BYTES {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await {
            then.emit(text.as_string().unwrap_or_default());
        }
    });
}

/// The catalog once it is here.
fn ready(catalog: &Catalog) -> Option<Rc<Vec<Questionnaire>>> {
    match catalog {
        Catalog::Ready(all) => Some(all.clone()),
        _ => None,
    }
}

#[component]
pub fn TeamPage(props: &PageProps) -> Html {
    let lang = language::use_language(props.lang);
    let w = words(*lang);
    let t = text::ui(*lang);
    let catalog = use_state(|| Catalog::Loading);
    let attempt = use_state(|| 0u32);
    let draft = use_state(opened_with);
    let shown = use_state(opened_with);
    let copied = use_state(|| Copied::Not);
    let too_big = use_state(|| false);
    // Opened from "Your earlier results": one result then and now, instead of a team.
    let then_now = use_memo((), |_| time::read(&fragment()));
    // Opened from a result's download button: its file is offered with a button of its own
    // (a link alone never saves a file), once the questions are here.
    let save = use_memo((), |_| save_asked(&fragment()));
    let link_field = use_node_ref();

    use_effect_with(*lang, move |_| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(w.title);
        }
    });
    {
        let catalog = catalog.clone();
        use_effect_with(*attempt, move |_| {
            catalog.set(Catalog::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                catalog.set(match more::fetch().await {
                    Some((all, _)) => Catalog::Ready(Rc::new(all)),
                    None => Catalog::Failed,
                });
            });
        });
    }

    let save_button = match (ready(&catalog), *save) {
        (Some(all), Some(file)) => {
            let (shown, lang) = (shown.clone(), *lang);
            let on_save =
                Callback::from(move |_: MouseEvent| results::save_shown(&all, &shown, lang, file));
            html! {
                <p class="save-ready no-print">
                    <button type="button" class="button" onclick={on_save} autofocus=true>
                        { w.save_file.replace("{file}", results::file_name(file)) }
                    </button>
                </p>
            }
        }
        _ => Html::default(),
    };

    let show = {
        let (draft, shown, copied) = (draft.clone(), shown.clone(), copied.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            copied.set(Copied::Not);
            shown.set((*draft).clone());
        })
    };
    let on_input = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                draft.set(area.value());
            }
        })
    };
    // A file's lines join what is pasted, and the team is shown at once.
    let add_text = {
        let (draft, shown) = (draft.clone(), shown.clone());
        Callback::from(move |text: String| {
            let joined = if draft.trim().is_empty() {
                text
            } else {
                format!("{}\n{text}", draft.trim_end())
            };
            draft.set(joined.clone());
            shown.set(joined);
        })
    };
    let on_file = {
        let (add_text, too_big) = (add_text.clone(), too_big.clone());
        Callback::from(move |event: Event| {
            let input = event.target_dyn_into::<web_sys::HtmlInputElement>();
            if let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) {
                read_file(file, add_text.clone(), &too_big);
            }
        })
    };
    let on_drop = {
        let (add_text, too_big) = (add_text.clone(), too_big.clone());
        Callback::from(move |event: DragEvent| {
            let file = event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                event.prevent_default();
                read_file(file, add_text.clone(), &too_big);
            }
        })
    };
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());

    let body = match &*catalog {
        Catalog::Loading => html! { <p class="loading" role="status">{ w.loading }</p> },
        Catalog::Failed => {
            let attempt = attempt.clone();
            html! {
                <div class="notice" role="alert">
                    <p>{ w.load_failed }</p>
                    <button type="button" class="button secondary" onclick={move |_| attempt.set(*attempt + 1)}>{ w.retry }</button>
                </div>
            }
        }
        Catalog::Ready(all) => match &*then_now {
            Some(parts) => results::then_and_now(all, parts, *lang),
            None => results::results(all, &shown, *lang, &copied, &link_field),
        },
    };

    html! {
        <ContextProvider<Lang> context={*lang}>
            <div class="app team-page">
                { language::switch(*lang, &language::setter(&lang), t) }
                <div class="team">
                    <h1>{ w.title }</h1>
                    <p class="lead">{ w.lead }</p>
                    { save_button }
                    if then_now.is_none() {
                    <form class="team-input no-print" onsubmit={show}>
                        <label for="team-links">{ w.paste_label }</label>
                        <p class="hint" id="team-links-hint">{ w.paste_hint }</p>
                        <textarea id="team-links" rows="6" aria-describedby="team-links-hint"
                            spellcheck="false" autocomplete="off" value={(*draft).clone()}
                            oninput={on_input} ondrop={on_drop} ondragover={on_drag_over} />
                        <label for="team-file">{ w.file_label }</label>
                        <input id="team-file" type="file" accept=".txt,.csv,text/plain" onchange={on_file} />
                        if *too_big {
                            <p class="error-message" role="alert">{ w.file_too_big }</p>
                        }
                        <p><button type="submit" class="button">{ w.show }</button></p>
                    </form>
                    }
                    { body }
                    <p class="no-print"><a href={format!("./?lang={}", lang.code())}>{ w.back }</a></p>
                </div>
            </div>
        </ContextProvider<Lang>>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_asks_for_its_file_after_its_link() {
        assert_eq!(save_asked("#r=EeBzAg&save=csv"), Some(results::File::Csv));
        assert_eq!(save_asked("#r=EeBzAg&save=json"), Some(results::File::Json));
        assert_eq!(save_asked("#r=EeBzAg"), None);
        assert_eq!(save_asked("#r=EeBzAg&save=pdf"), None);
        // Only a single result's page saves at once, never a team's.
        assert_eq!(save_asked("#t=EeBzAg&save=csv"), None);
        assert_eq!(save_asked("#r=save=csv"), None);
    }
}
