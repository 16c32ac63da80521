//! The view drawn when the app stops on a panic. A panic in wasm is a trap: the instance must
//! not run again, so this view is plain DOM built once, and its two choices are plain links
//! that load the page afresh.

use web_sys::{Document, Element};

/// The view's texts, in the language on screen (the app's text table is above this layer).
#[derive(Clone, Copy)]
pub struct Texts {
    pub heading: &'static str,
    pub text: &'static str,
    pub reload: &'static str,
    pub start_over: &'static str,
}

/// The query parameter that makes a fresh load forget saved progress first.
pub use crate::model::settings::START_OVER as START_OVER_PARAM;

/// Replaces the content of `root` with the error view. Each DOM call can fail; a failure only
/// leaves the view less complete, since there is nothing more to fall back to.
pub fn show(document: &Document, root: &Element, t: &Texts) {
    let location = document.location();
    let path = location
        .as_ref()
        .and_then(|l| l.pathname().ok())
        .unwrap_or_default();
    let search = location
        .as_ref()
        .and_then(|l| l.search().ok())
        .unwrap_or_default();
    let start_over = if search.is_empty() {
        format!("{path}?{START_OVER_PARAM}")
    } else {
        format!("{path}{search}&{START_OVER_PARAM}")
    };
    let reload = format!("{path}{search}");

    let build = || -> Option<Element> {
        let section = document.create_element("section").ok()?;
        section.set_class_name("fatal");
        section.set_attribute("role", "alert").ok()?;
        let heading = document.create_element("h1").ok()?;
        heading.set_text_content(Some(t.heading));
        let paragraph = document.create_element("p").ok()?;
        paragraph.set_text_content(Some(t.text));
        let actions = document.create_element("p").ok()?;
        actions.set_class_name("actions");
        for (label, href, class) in [
            (t.reload, reload.as_str(), "button"),
            (t.start_over, start_over.as_str(), "button secondary"),
        ] {
            let link = document.create_element("a").ok()?;
            link.set_text_content(Some(label));
            link.set_attribute("href", href).ok()?;
            link.set_class_name(class);
            actions.append_child(&link).ok()?;
        }
        for child in [&heading, &paragraph, &actions] {
            section.append_child(child).ok()?;
        }
        Some(section)
    };
    if let Some(section) = build() {
        root.set_text_content(None);
        let _ = root.append_child(&section);
    }
}
