//! Copying a link or a snippet: with the Clipboard API where there is one, else by selecting
//! the field for the visitor to copy by hand; and where the last copy stands.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Where a copy stands: shown in a status line next to the copy button.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Copied {
    Not,
    Done,
    Selected,
}

/// Copies `text` with the Clipboard API; where that is missing or refused, focuses and selects
/// the field holding it (an `input` or a `textarea`) so the visitor can copy by hand. `done`
/// is told which happened.
pub fn copy_or_select(text: String, field: NodeRef, done: Callback<Copied>) {
    let selected = done.clone();
    let select = move || {
        if let Some(input) = field.cast::<HtmlInputElement>() {
            let _ = input.focus();
            input.select();
        } else if let Some(area) = field.cast::<web_sys::HtmlTextAreaElement>() {
            let _ = area.focus();
            area.select();
        }
        selected.emit(Copied::Selected);
    };
    let Some(clipboard) = clipboard() else {
        select();
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => done.emit(Copied::Done),
            Err(_) => select(),
        }
    });
}

fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    // `navigator.clipboard` is missing on insecure origins and in some embedded browsers.
    let present = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|value| !value.is_undefined() && !value.is_null())
        .unwrap_or(false);
    present.then(|| navigator.clipboard())
}
