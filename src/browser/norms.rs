//! The firm's norms file (`model::norms`), fetched once the visitor's own result is on screen:
//! only from the app's own origin, parsed by the browser's own `JSON.parse` (so the visitor's
//! wasm carries no JSON parser) and checked by the core. The setting is a path on the app's own
//! site (no scheme, no host: `model::settings`), and the browser is told to refuse any other
//! origin, a redirect to one included.

use crate::browser::more;
use crate::model::json::{Json, MAX_DEPTH};
use crate::model::norms::{self, Norms, NormsError, MAX_BYTES};
use js_sys::{Array, Object};
use wasm_bindgen::{JsCast, JsValue};

/// Fetches and reads the norms file at `path`, relative to the app's own address; why not, in
/// a few words for the console.
pub async fn fetch(path: &str) -> Result<Norms, &'static str> {
    let bytes = more::bytes(path, true).await.ok_or("the fetch failed")?;
    let failed = |e: NormsError| e.reason();
    if bytes.len() > MAX_BYTES {
        return Err(failed(NormsError::TooLarge));
    }
    let text = String::from_utf8(bytes).map_err(|_| failed(NormsError::NotJson))?;
    let value = js_sys::JSON::parse(&text).map_err(|_| failed(NormsError::NotJson))?;
    let file = to_json(&value, 0).ok_or(failed(NormsError::NotJson))?;
    norms::from_json(&file).map_err(failed)
}

/// What `JSON.parse` made, as the core's JSON value; `None` deeper than the core reads. A
/// number is whole when it has no fraction and fits a `u32` (so `1.0` is 1 here).
fn to_json(value: &JsValue, depth: usize) -> Option<Json> {
    if depth > MAX_DEPTH {
        return None;
    }
    if let Some(number) = value.as_f64() {
        let whole = (number >= 0.0 && number <= f64::from(u32::MAX) && number.fract() == 0.0)
            .then_some(number as u32);
        return Some(Json::Number(whole));
    }
    if let Some(text) = value.as_string() {
        return Some(Json::Text(text));
    }
    if let Some(truth) = value.as_bool() {
        return Some(Json::Bool(truth));
    }
    if Array::is_array(value) {
        return value
            .unchecked_ref::<Array>()
            .iter()
            .map(|item| to_json(&item, depth + 1))
            .collect::<Option<_>>()
            .map(Json::Array);
    }
    if value.is_object() {
        let entries = Object::entries(value.unchecked_ref::<Object>());
        return entries
            .iter()
            .map(|pair| {
                let pair = pair.unchecked_into::<Array>();
                Some((pair.get(0).as_string()?, to_json(&pair.get(1), depth + 1)?))
            })
            .collect::<Option<_>>()
            .map(Json::Object);
    }
    Some(Json::Null)
}
