//! The parts of the catalog the wasm does not carry, fetched from the app's own origin the
//! first time a visitor needs them: a current seat in one language (a visitor reading German,
//! a firm's provider lens), or the whole catalog (every seat and language, and the released
//! versions that old links and saved progress name). A visitor who answers the client seat in
//! English never downloads either.

use crate::model::builtin;
use crate::model::questionnaire::{Questionnaire, Seat};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fetches and checks the whole catalog, with the quick checks after it (as `builtin::whole`
/// gives it) and the interface texts that came with it; `None` when the network, the server or the file fails (a damaged or stale file
/// is refused by its checksum, see `builtin::more`).
pub async fn fetch() -> Option<(Vec<Questionnaire>, builtin::Texts)> {
    builtin::more(&bytes(&builtin::more_address()).await?)
}

/// Fetches and checks a current seat's questionnaire in one language, and its quick check,
/// likewise.
pub async fn fetch_part(seat: Seat, lang: &str) -> Option<(Vec<Questionnaire>, builtin::Texts)> {
    builtin::part(
        seat,
        lang,
        &bytes(&builtin::part_address(seat, lang)?).await?,
    )
}

/// How long a part may take, body included, before the fetch counts as failed (and the visitor
/// is offered "Try again"): the largest part is under 40 KB, so a connection that has not
/// delivered it by then has stalled.
const PATIENCE_MS: i32 = 10_000;

async fn bytes(address: &str) -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    // An AbortController aborted by a timer, rather than `AbortSignal.timeout`, which browsers
    // a few years old lack.
    let init = web_sys::RequestInit::new();
    if let Ok(controller) = web_sys::AbortController::new() {
        let abort = js_sys::Reflect::get(&controller, &"abort".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?
            .bind0(&controller);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&abort, PATIENCE_MS);
        init.set_signal(Some(&controller.signal()));
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(address, &init))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
