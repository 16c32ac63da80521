//! The whole catalog (the client seat in every language, the provider seat, and the released
//! versions that old links and saved progress name), fetched from the app's own origin the
//! first time it is needed, so a visitor who answers the client seat in English never
//! downloads it.

use crate::model::builtin;
use crate::model::questionnaire::Questionnaire;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fetches and checks the file; `None` when the network, the server or the file fails (a
/// damaged or stale file is refused by its checksum, see `builtin::more`).
pub async fn fetch() -> Option<Vec<Questionnaire>> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(&builtin::more_address()))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    builtin::more(&js_sys::Uint8Array::new(&buffer).to_vec())
}
