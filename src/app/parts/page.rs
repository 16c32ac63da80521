//! Start-up of a page of its own (the configurator, the team view): the part they share, here
//! rather than in the assessment's `start`, so neither page imports the assessment's modules
//! (the fatal-error view comes through `app`'s own export).

use crate::app::{install_fatal_view, language, text, ROOT_ID};
use crate::browser::embed;
use yew::prelude::*;

/// What a page of its own (the configurator, the team view) starts with: the language.
#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub lang: text::Lang,
}

/// Start-up of a page of its own: the fatal-error view, the language (its address's `lang`,
/// else the browser's), then the page's component in place of its placeholder.
pub fn start_page<C: BaseComponent<Properties = PageProps>>() {
    install_fatal_view();
    text::install_builtin();
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.get_element_by_id(ROOT_ID)) else {
        return;
    };
    let lang = language::initial(&window, &embed::settings_from_address());
    text::set_current(lang);
    root.set_text_content(None);
    yew::Renderer::<C>::with_root_and_props(root, PageProps { lang }).render();
}
