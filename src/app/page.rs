//! What every page of the app starts with, below each page's own start-up: the fatal-error
//! view, and the start-up of a page of its own (the configurator, the team view).

use crate::app::{language, text};
use crate::browser::{embed, fatal};
use yew::prelude::*;

/// The id of the element the app renders into, and of the heading that takes focus on each step.
pub const ROOT_ID: &str = "app";
pub const STEP_HEADING_ID: &str = "step-heading";

/// Shows the fatal-error view, in the language on screen, in place of the page's app if the
/// wasm panics.
pub fn install_fatal_view() {
    install_fatal_view_with(fatal_texts_on_screen);
}

/// Likewise with the view's texts as `texts` gives them when the wasm panics.
fn install_fatal_view_with(texts: fn() -> fatal::Texts) {
    yew::set_custom_panic_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("Partner or Vendor? stopped: {info}").into());
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(document) = document {
            if let Some(root) = document.get_element_by_id(ROOT_ID) {
                fatal::show(&document, &root, &texts());
            }
        }
    }));
}

/// The fatal-error view's texts in the language on screen, from its table.
pub fn fatal_texts_on_screen() -> fatal::Texts {
    text::fatal(text::current())
}

/// What a page of its own (the configurator, the team view) starts with: the language.
#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub lang: text::Lang,
}

/// Start-up of a page of its own: the fatal-error view (its texts in the language on screen as
/// `fatal_texts` gives them), the language (its address's `lang`, else the browser's), then the
/// page's component in place of its placeholder.
pub fn start_page<C: BaseComponent<Properties = PageProps>>(fatal_texts: fn() -> fatal::Texts) {
    install_fatal_view_with(fatal_texts);
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.get_element_by_id(ROOT_ID)) else {
        return;
    };
    let lang = language::initial(
        &window,
        &embed::settings_from_address(text::setting_warning),
    );
    text::set_current(lang);
    root.set_text_content(None);
    yew::Renderer::<C>::with_root_and_props(root, PageProps { lang }).render();
}
