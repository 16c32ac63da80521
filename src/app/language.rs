//! The page's language: chosen at start from the firm's setting and the browser's preferences,
//! switchable by the visitor on every screen, and kept on `<html lang>` and in the fatal-error
//! view. Shared by every page of the app (the assessment and the configurator).

use crate::app::text::{self, Lang};
use crate::model::settings::{self, Settings};
use yew::prelude::*;

/// The language to start in: the firm's `lang` setting if it names one we have, otherwise the
/// first of the browser's preferred languages we have, otherwise English.
pub fn initial(window: &web_sys::Window, settings: &Settings) -> Lang {
    let preferred: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .collect();
    Lang::from_code(settings::choose_language(
        settings.lang.as_deref(),
        &preferred,
    ))
    .unwrap_or_default()
}

/// The language on screen on a page of its own, starting at `initial` (the assessment keeps
/// it in its state, see `AppState::lang`); `<html lang>` and the fatal-error view follow it.
#[hook]
pub fn use_language(initial: Lang) -> UseStateHandle<Lang> {
    let lang = use_state(|| initial);
    use_document_language(*lang);
    lang
}

/// Keeps `<html lang>` and the fatal-error view in the language on screen. A page of its own
/// has the texts of every language it shows from the start, so they are in that language.
#[hook]
pub fn use_document_language(lang: Lang) {
    use_effect_with(lang, |&lang| mark(lang, lang));
}

/// Puts `lang` on `<html lang>` (as the language its texts are in, which is English while
/// another one's texts have not been fetched) and in the fatal-error view.
pub fn follow(lang: Lang) {
    mark(lang, text::ui(lang).lang);
}

/// Puts `lang` in the fatal-error view and `texts`, the language of the texts on screen, on
/// `<html lang>`.
fn mark(lang: Lang, texts: Lang) {
    text::set_current(lang);
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", texts.code());
    }
}

/// The language switch, named `label`: one button per language, named in its own language,
/// each telling `choose` (which switches, perhaps once the texts for it have arrived).
pub fn switch(lang: Lang, choose: &Callback<Lang>, label: &'static str) -> Html {
    html! {
        <nav class="language" aria-label={label}>
            <ul>
                { for Lang::ALL.iter().map(|&l| html! {
                    <li><button type="button" class="link-button" lang={l.code()}
                        aria-pressed={(lang == l).to_string()}
                        onclick={choose.reform(move |_| l)}>{ l.own_name() }</button></li>
                }) }
            </ul>
        </nav>
    }
}

/// Switches to a language at once.
pub fn setter(lang: &UseStateHandle<Lang>) -> Callback<Lang> {
    let lang = lang.clone();
    Callback::from(move |l| lang.set(l))
}
