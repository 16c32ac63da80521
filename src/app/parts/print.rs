//! Printing: the button every printable view shows, and the browser's print dialog.

use yew::prelude::*;

/// Opens the browser's print dialog, where "Save as PDF" is one of the destinations.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The button that prints the view, labelled in the view's words.
pub fn print_button(label: &'static str) -> Html {
    html! {
        <button type="button" class="button secondary" onclick={Callback::from(|_| print())}>{ label }</button>
    }
}
