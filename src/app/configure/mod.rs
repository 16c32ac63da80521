//! The configurator, a page of its own (`configure.html`, built from `src/bin/configure.rs`) so
//! that the visitor's download does not carry a tool only firms open: a firm fills in its
//! settings, sees each checked as it types (by the same core functions that check them in the
//! widget), watches a live preview, and copies the loader snippet or the plain iframe snippet.

//!
//! This file is the page (its address, start-up, language); `form.rs` is the configurator,
//! `fields.rs` its fields, `cta.rs` the call to action (with `templates.rs`, its ready
//! addresses, and `length.rs`, how long a result makes them), `placement.rs` where the widget
//! appears on the firm's page, `loader.rs` the loader's other settings, and `preview.rs` the
//! preview of a result at any stage.

mod cta;
mod cta_words;
mod fields;
mod form;
mod length;
mod loader;
mod placement;
mod preview;
mod templates;
mod words;

pub use form::{Configure, ConfigureProps};

use crate::app::page::{fatal_texts_on_screen, start_page, PageProps};
use crate::app::text::Lang;
use crate::app::{address, language, text};
use crate::model::route::Route;
use crate::model::settings;
use yew::prelude::*;

/// The configurator's page, beside the app's `index.html`.
pub const PAGE: &str = "configure.html";

/// The configurator's address, relative to the app's page, in the visitor's language.
pub fn address(lang: Lang) -> String {
    format!("{PAGE}?{}={}", settings::LANG, lang.code())
}

/// Replaces the configurator's first address, `#/configure` (`Route::Configure`), from before
/// it had a page of its own, with that page (keeping the query, whose `lang` the page honours);
/// links to it in firms' documents still work. Whether it did: the app then has nothing more
/// to do.
pub fn forward_old_address(route: &Route) -> bool {
    if *route != Route::Configure {
        return false;
    }
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    let search = location.search().unwrap_or_default();
    location.replace(&format!("{PAGE}{search}")).is_ok()
}

/// The app's own address (origin and directory, ending in `/`): where snippets point.
fn app_directory() -> String {
    let page = address::app_url();
    let directory = page.rfind('/').map_or(0, |i| i + 1);
    page[..directory].to_string()
}

/// This release's pinned loader, from the page's `<meta name=partner-or-vendor-loader>`.
fn pin() -> Option<settings::Pin> {
    let meta = web_sys::window()?
        .document()?
        .query_selector("meta[name=partner-or-vendor-loader]")
        .ok()??;
    settings::Pin::parse(&meta.get_attribute("content")?)
}

/// Start-up of the configurator's page, with the German texts built in (the settings' checks
/// and the preview show any of them).
pub fn start() {
    text::install_builtin();
    start_page::<ConfigurePage>(fatal_texts_on_screen);
}

/// The configurator with the language switch.
#[component]
pub fn ConfigurePage(props: &PageProps) -> Html {
    let lang = language::use_language(props.lang);
    let t = text::ui(*lang);
    use_effect_with(*lang, move |_| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(words::of(t).configure_heading);
        }
    });
    html! {
        <ContextProvider<Lang> context={*lang}>
            <div class="app">
                { language::switch(*lang, &language::setter(&lang), t.language_switch_label) }
                <Configure app_url={app_directory()} pin={pin()} />
            </div>
        </ContextProvider<Lang>>
    }
}
