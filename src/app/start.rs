//! Start-up of the assessment's page: the fatal-error view, the firm's settings, the part of
//! the catalog fetched on demand when the lens, the language, the address or saved progress
//! needs it, the visitor's
//! language and saved progress, then the app mounted in place of the page's static intro.

use crate::app::page::{install_fatal_view, ROOT_ID};
use crate::app::resume::{load_progress, ReadAhead};
use crate::app::state::{ById, Catalog, Intent, Notice};
use crate::app::{address, configure, fetch, language, text, App, AppProps};
use crate::browser::{embed, kept, storage};
use crate::model::message::Message;
use crate::model::settings::{self, Settings};
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// Start-up: install the fatal-error view, honour a "start over" link, and mount the app.
pub fn start() {
    install_fatal_view();
    if configure::forward_old_address(&address::route()) {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window.document().and_then(|d| d.get_element_by_id(ROOT_ID)) else {
        web_sys::console::error_1(&format!("Partner or Vendor?: no element #{ROOT_ID}").into());
        return;
    };
    // The work is split over several tasks (decode, read the settings, render) so that none
    // blocks the page for long on a slow phone (docs/PERFORMANCE.md: Total Blocking Time). The
    // first wait leaves the wasm's instantiation a task of its own.
    wasm_bindgen_futures::spawn_local(async move {
        next_task().await;
        let catalog = Catalog::builtin();
        next_task().await;
        let settings = Rc::new(embed::settings_from_address(text::setting_warning));
        let lang = language::initial(&window, &settings);
        // The firm's lens, the visitor's language, the address or progress saved with an
        // earlier version may need a part of the catalog the wasm lacks: fetch it before the
        // first render, so nothing on screen changes under the visitor.
        let route = address::route();
        let wanted = catalog.wanted(&route, settings.lens);
        let (catalog, complete) = fetch::complete(Rc::new(catalog), &wanted, lang.code()).await;
        // Asked in the visitor's language, which is here now.
        forget_progress_if_asked(&window, lang);
        let mut props = prepare(lang, catalog, settings);
        if let (false, Some(resumed)) = (complete, props.read.resumed.as_mut()) {
            let lens = props.settings.lens;
            resumed.notice = Some(Notice::LoadFailed(Intent::Resume { lens, route }));
        }
        next_task().await;
        mount(root, props);
    });
}

/// Resolves in a later task of the event loop, so the browser can paint and handle input first.
/// (Written out rather than `gloo_timers::future::TimeoutFuture`, which measured 200 bytes
/// brotli more in the wasm for the same wait.)
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window();
        let scheduled = window.is_some_and(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .is_ok()
        });
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Reads saved progress and applies the firm's colours and the visitor's language.
fn prepare(lang: text::Lang, catalog: Rc<Catalog>, settings: Rc<Settings>) -> AppProps {
    embed::apply(&settings);
    text::set_current(lang);
    let read = ReadAhead {
        resumed: Some(load_progress(&catalog, settings.lens, settings.quick)),
        earlier: Some(ById(Rc::new(kept::load()))),
    };
    AppProps {
        catalog,
        settings,
        lang,
        read,
        focus_heading: false,
    }
}

/// Replaces the page's placeholder (shown while the wasm loads) with the app.
fn mount(root: web_sys::Element, mut props: AppProps) {
    let host = props.settings.host.clone();
    props.focus_heading = root
        .owner_document()
        .and_then(|d| d.active_element())
        .is_some_and(|focused| root.contains(Some(&focused)));
    root.set_text_content(None);
    embed::post(host.as_deref(), Message::Ready, JsValue::UNDEFINED);
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    embed::report_height(host);
}

/// The fatal view's "Start over" link loads the page with `?start-over`: forget saved progress
/// once the visitor confirms it (any link can carry the parameter), then drop the parameter so
/// a later reload keeps the visitor's new answers.
fn forget_progress_if_asked(window: &web_sys::Window, lang: text::Lang) {
    let location = window.location();
    let Some(query) = settings::without_start_over(&location.search().unwrap_or_default()) else {
        return;
    };
    if storage::any_saved()
        && window
            .confirm_with_message(text::ui(lang).start_over_confirm)
            .unwrap_or(false)
    {
        storage::clear_all();
    }
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        query,
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
