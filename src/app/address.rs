//! The app's address: its base (which every results link starts with) and the route in its
//! fragment, read from and written to the browser's history.

use crate::model::route::Route;
use crate::model::settings::Settings;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The app's own address: origin and path, without query or fragment.
pub fn app_url() -> String {
    let Some(location) = location() else {
        return String::new();
    };
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The base of every results link: the app's address with the settings a link carries (the
/// firm's colour and lens; see `Settings::for_links`), nothing unchecked.
pub fn base_url(settings: &Settings) -> String {
    let query = settings.for_links().to_query();
    if query.is_empty() {
        app_url()
    } else {
        format!("{}?{query}", app_url())
    }
}

/// The full address of a place: the base of every results link and the route's fragment.
pub fn link_to(settings: &Settings, route: &Route) -> String {
    format!("{}{}", base_url(settings), route.format())
}

/// The fragment of the address, with its `#` (empty without one).
pub fn fragment() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// The route in the address.
pub fn route() -> Route {
    Route::parse(&fragment())
}

/// Puts `route` in the address, as a new history entry (`push`, numbered `depth` so Back can
/// tell the app's own entries apart) or in place of the current one. The query stays: it holds
/// the firm's settings.
pub fn write(route: &Route, push: bool, depth: u32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        route.format()
    );
    let Ok(history) = window.history() else {
        return;
    };
    let state = wasm_bindgen::JsValue::from(depth);
    let _ = if push {
        history.push_state_with_url(&state, "", Some(&url))
    } else {
        history.replace_state_with_url(&state, "", Some(&url))
    };
}

/// Goes one entry back in the browser's history (the app hears of it as a `popstate`).
pub fn back() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}
