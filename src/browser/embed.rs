//! The widget inside a firm's page: its settings from the address, the firm's colour applied
//! without any inline style, and the messages to the host page.
//!
//! Messages go only to the host origin the loader gave (`host=` in the query) and only to the
//! parent window; without a host origin nothing is posted at all. Each message is a plain object
//! `{ partnerOrVendor: 1, type, … }` (`model::message` names them); the loader (`embed.js`) accepts it only from its own
//! iframe's window and the app's origin.

use crate::model::message::{Message, MARKER};
use crate::model::settings::{self, Settings, Warning};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Reads and checks the settings: the deployment's own (its page's `<meta>` line) with the
/// query's over them; every refused one is named in a console warning (worded by `warning`,
/// told whether it came from the deployment's line), and the deployment's value or the default
/// stands.
pub fn settings_from_address(warning: fn(&Warning, bool) -> String) -> Settings {
    let window = web_sys::window();
    let line = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("meta[name={}]", settings::DEPLOYMENT_META))
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    let (deployed, mut warnings) = settings::from_deployment(&line);
    let deployed_count = warnings.len();
    let query = window
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (settings, more) = settings::from_address(&query, deployed, is_framed());
    warnings.extend(more);
    for (i, w) in warnings.iter().enumerate() {
        web_sys::console::warn_1(&warning(w, i < deployed_count).into());
    }
    settings
}

/// Applies the firm's accent through the CSS object model (allowed under a CSP without
/// `'unsafe-inline'`, unlike a `style` attribute), and marks the page as framed.
pub fn apply(settings: &Settings) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if let Some(accent) = &settings.accent {
        let style = root.style();
        let _ = style.set_property("--brand", &accent.colour);
        let _ = style.set_property("--on-brand", accent.text);
    }
    if is_framed() {
        let _ = root.class_list().add_1("framed");
    }
}

/// Whether the app runs inside a frame.
pub fn is_framed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => parent != window,
        _ => false,
    }
}

/// Posts `message` to the host page, if there is one, with `value` as its field (ignored for a
/// message without one).
pub fn post(host: Option<&str>, message: Message, value: JsValue) {
    let Some(host) = host else {
        return;
    };
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let mut fields = vec![(MARKER, JsValue::from(1)), ("type", message.name().into())];
    fields.extend(message.field().map(|field| (field, value)));
    // A host origin that does not match the parent makes the browser drop the message.
    let _ = parent.post_message(&object(&fields), host);
}

/// The page's content height in CSS pixels.
fn content_height() -> Option<f64> {
    let body = web_sys::window()?.document()?.body()?;
    Some(f64::from(body.offset_height()))
}

/// Reports the content's height to the host page now and whenever it changes, for as long as
/// the page lives.
pub fn report_height(host: Option<String>) {
    if host.is_none() {
        return;
    }
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let last = std::cell::Cell::new(-1.0);
    let callback = Closure::<dyn FnMut()>::new(move || {
        if let Some(height) = content_height() {
            if height != last.get() {
                last.set(height);
                post(host.as_deref(), Message::Height, height.ceil().into());
            }
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// A plain JS object from `(key, value)` pairs.
pub fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}
