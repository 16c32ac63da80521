//! The team view's input: results links pasted or typed, one per line, or read from a chosen
//! or dropped text file.

use super::state::{TeamAction, TeamState};
use super::words::Words;
use yew::prelude::*;

/// The largest file read as a list of results links: about 15,000 links, far more than any
/// team; a larger one is refused before it is read, so a wrong file cannot stall the page.
const MAX_FILE_BYTES: f64 = 1024.0 * 1024.0;

/// Reads a chosen or dropped file's text, then hands it on; says whether it was too large.
fn read_file(file: web_sys::File, dispatch: UseReducerDispatcher<TeamState>) {
    let too_big = file.size() > MAX_FILE_BYTES;
    dispatch.dispatch(TeamAction::FileChosen { too_big });
    if too_big {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(text) = wasm_bindgen_futures::JsFuture::from(file.text()).await {
            dispatch.dispatch(TeamAction::AddText(text.as_string().unwrap_or_default()));
        }
    });
}

/// The form: the lines, a file to read them from, and the button that shows them.
pub fn form(state: &TeamState, dispatch: &UseReducerDispatcher<TeamState>, w: &Words) -> Html {
    let show = dispatch.to_callback().reform(|event: SubmitEvent| {
        event.prevent_default();
        TeamAction::Show
    });
    let on_input = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                dispatch.dispatch(TeamAction::Edit(area.value()));
            }
        })
    };
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: Event| {
            let input = event.target_dyn_into::<web_sys::HtmlInputElement>();
            if let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) {
                read_file(file, dispatch.clone());
            }
        })
    };
    let on_drop = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: DragEvent| {
            let files = event.data_transfer().and_then(|d| d.files());
            if let Some(file) = files.and_then(|f| f.get(0)) {
                event.prevent_default();
                read_file(file, dispatch.clone());
            }
        })
    };
    let on_drag_over = Callback::from(|event: DragEvent| event.prevent_default());
    html! {
        <form class="team-input no-print" onsubmit={show}>
            <label for="team-links">{ w.paste_label }</label>
            <p class="hint" id="team-links-hint">{ w.paste_hint }</p>
            <textarea id="team-links" rows="6" aria-describedby="team-links-hint"
                spellcheck="false" autocomplete="off" value={state.draft.clone()}
                oninput={on_input} ondrop={on_drop} ondragover={on_drag_over} />
            <label for="team-file">{ w.file_label }</label>
            <input id="team-file" type="file" accept=".txt,.csv,text/plain" onchange={on_file} />
            if state.too_big {
                <p class="error-message" role="alert">{ w.file_too_big }</p>
            }
            <p><button type="submit" class="button">{ w.show }</button></p>
        </form>
    }
}
