//! The line comparing the visitor's own settled result with the firm's norms file
//! (`data-benchmark`): the result's view holds an empty paragraph for it, and `ask` has
//! `benchmark.js` fill it (a module start.js imports on this first call only, so no other
//! visitor downloads it). The module fetches the file from the app's own origin, checks it as
//! `model::norms` writes it, writes the line in the page's language (again when it changes),
//! and leaves the paragraph hidden, with a console warning, for a file that does not fit.

use crate::app::state::OwnResult;
use crate::model::norms;
use crate::model::questionnaire::Questionnaire;
use crate::model::settings::Settings;
use wasm_bindgen::{JsCast, JsValue};

/// The id of the paragraph the line goes into.
pub const LINE_ID: &str = "result-benchmark";

/// Whether a result of the visitor's own is compared: the firm named a norms file and the
/// result is settled (an index and no contradiction, as the file's results are).
pub fn compared(own: &OwnResult, settings: &Settings) -> Option<u8> {
    settings.benchmark.as_ref()?;
    norms::settled(&own.outcome)
}

/// Asks for the line under the visitor's own result now on screen. One line of text per
/// value (no checked setting holds a line break): the file's path, the questionnaire's id,
/// version and seat, the index, and the firm's name (empty without one).
pub fn ask(q: &Questionnaire, own: &OwnResult, settings: &Settings) {
    let (Some(index), Some(path)) = (compared(own, settings), &settings.benchmark) else {
        return;
    };
    let firm = settings.firm.as_deref().unwrap_or_default();
    let request = format!(
        "{path}\n{}\n{}\n{}\n{index}\n{firm}",
        q.id,
        q.version,
        q.seat.id()
    );
    let ask = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"partnerOrVendorBenchmark".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(ask) = ask {
        // A failure is the module's to report; nothing here waits for it.
        let _ = ask.call1(&JsValue::NULL, &request.into());
    }
}
