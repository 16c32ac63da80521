//! Start-up of the assessment's page: the fatal-error view, the firm's settings, the part of
//! the catalog fetched on demand when the lens, the language, the address or saved progress
//! needs it, the visitor's
//! language and saved progress, then the app mounted in place of the page's static intro.

use crate::app::state::{AppState, Catalog, Notice, Opened, Shared};
use crate::app::{address, configure, fetch, language, text, App, AppProps, ROOT_ID};
use crate::browser::{embed, fatal, storage};
use crate::model::progress::Progress;
use crate::model::questionnaire::{Form, Questionnaire, Seat};
use crate::model::route::Route;
use crate::model::settings::{self, Settings};
use std::rc::Rc;

/// A seat's saved progress, the questionnaire version it belongs to, and the notice for it.
pub type Loaded = (Shared, Progress, Option<Notice>);

/// Saved progress for a seat (with the version it was saved with), and the notice for it.
/// Without saved progress, the seat's quick check when `quick` asks for it, else its full
/// questionnaire.
pub fn load_progress(catalog: &Catalog, seat: Seat, quick: bool) -> Loaded {
    let versions = catalog.versions(seat);
    let refs: Vec<&Questionnaire> = versions.iter().map(|q| &*q.0).collect();
    let (loaded, which) = storage::load(&refs);
    let (questionnaire, progress, notice) = match loaded {
        storage::Loaded::Restored(p) => {
            return (versions[which].clone(), p, Some(Notice::Restored));
        }
        storage::Loaded::Nothing => (catalog.form_for(seat, quick), None, None),
        storage::Loaded::Discarded => {
            (catalog.form_for(seat, quick), None, Some(Notice::Discarded))
        }
        storage::Loaded::Unavailable => {
            (catalog.form_for(seat, quick), None, Some(Notice::NoStorage))
        }
    };
    let progress = progress.unwrap_or_else(|| Progress::new(&questionnaire));
    (questionnaire, progress, notice)
}

/// For an address that answers the other seat against a shared result: that result, and the
/// other seat's questionnaire with its saved progress. `None` when the result does not decode.
pub fn against(catalog: &Catalog, route: &Route) -> Option<(Shared, Progress, Opened)> {
    let Route::Against { shared, .. } = route else {
        return None;
    };
    let opened = catalog.decode(shared).ok()?;
    let other = match opened.questionnaire.seat {
        Seat::Client => Seat::Provider,
        Seat::Provider => Seat::Client,
    };
    let quick = opened.questionnaire.form == Form::Quick;
    let (questionnaire, progress, _) = load_progress(catalog, other, quick);
    Some((questionnaire, progress, opened))
}

/// The app's state on its first render: saved progress, then wherever the address says (a
/// question or result only as far as the answers reach).
pub fn initial_state(props: &AppProps) -> AppState {
    let (questionnaire, progress, notice) = props.loaded.clone().unwrap_or_else(|| {
        load_progress(&props.catalog, props.settings.lens, props.settings.quick)
    });
    let mut state = AppState::new(props.catalog.clone(), questionnaire, progress, notice);
    let route = address::route();
    if let Some((questionnaire, progress, opened)) = against(&props.catalog, &route) {
        state.use_seat(questionnaire, progress, Some(opened));
    }
    // The bare address says nothing about where to be: saved progress resumes where it was.
    if route != Route::Intro {
        state.go(&route);
    }
    state
}

/// Shows the fatal-error view in place of the page's app if the wasm panics.
pub fn install_fatal_view() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Partner or Vendor? stopped: {info}").into());
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(document) = document {
            if let Some(root) = document.get_element_by_id(ROOT_ID) {
                fatal::show(&document, &root);
            }
        }
    }));
}

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
        let settings = Rc::new(embed::settings_from_address());
        let lang = language::initial(&window, &settings);
        // The firm's lens, the visitor's language, the address or progress saved with an
        // earlier version may need a part of the catalog the wasm lacks: fetch it before the
        // first render, so nothing on screen changes under the visitor.
        let wanted = catalog.wanted(&address::route(), settings.lens);
        let (catalog, complete) = fetch::complete(Rc::new(catalog), &wanted, lang.code()).await;
        // Asked in the visitor's language, which is here now.
        forget_progress_if_asked(&window, lang);
        let mut props = prepare(lang, catalog, settings);
        if !complete {
            if let Some(loaded) = props.loaded.as_mut() {
                loaded.2 = Some(Notice::LoadFailed);
            }
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
    let loaded = Some(load_progress(&catalog, settings.lens, settings.quick));
    AppProps {
        catalog,
        settings,
        lang,
        loaded,
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
    embed::post(host.as_deref(), "ready", &[]);
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
