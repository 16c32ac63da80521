//! The team view, a page of its own (`team.html`, built from `src/bin/team.rs`) so that the
//! visitor's download does not carry it: several people's results links, pasted, read from a
//! file or opened as one team link, set side by side per seat (see `model::team`), with a team
//! link to share and the numbers to download. Its addresses are `model::route::TeamRoute`.
//!
//! This file wires the page: `state.rs` holds what it shows and every change as an action,
//! `input.rs` draws the input, `results.rs` what was read (`view.rs` a seat's group, `time.rs`
//! one result then and now), `files.rs` the downloads, `norms.rs` the norms file for visitors;
//! `words.rs` holds the texts (`norms_words.rs` the norms file's) and `templates.rs` fills them.
//!
//! It shares only `app::parts` (and the language, text and address modules) with the
//! assessment's screens, never a screen itself.

mod files;
mod input;
mod norms;
mod norms_words;
mod results;
mod state;
mod templates;
mod time;
mod view;
mod words;

use crate::app::page::{start_page, PageProps};
use crate::app::text::{self, Lang};
use crate::app::{address, language};
use crate::browser::{fatal, more};
use crate::model::route::TeamRoute;
use state::{TeamAction, TeamState};
use std::rc::Rc;
use words::words;
use yew::prelude::*;

/// Start-up of the team view's page.
pub fn start() {
    start_page::<TeamPage>(fatal_texts);
}

/// The fatal-error view's texts in the language on screen, from `text::few` (the team view
/// carries no whole table of texts).
fn fatal_texts() -> fatal::Texts {
    text::few(text::current_lang()).fatal
}

#[component]
pub fn TeamPage(props: &PageProps) -> Html {
    let lang = language::use_language(props.lang);
    let state = use_reducer(|| TeamState::opened(TeamRoute::parse(&address::fragment())));
    let link_field = use_node_ref();
    use_title(*lang);
    use_catalog(&state);
    use_team_in_address(&state);
    let (w, t, dispatch) = (words(*lang), text::few(*lang), state.dispatcher());
    let then_now = matches!(state.opened, TeamRoute::ThenNow { .. });
    html! {
        <ContextProvider<Lang> context={*lang}>
            <div class="app team-page">
                { language::switch(*lang, &language::setter(&lang), t.language_switch_label) }
                <div class="team">
                    <h1>{ w.title }</h1>
                    <p class="lead">{ w.lead }</p>
                    { results::save_button(&state, *lang) }
                    if !then_now {
                        { input::form(&state, &dispatch, w) }
                    }
                    { results::body(&state, &dispatch, *lang, &link_field) }
                    <p class="no-print"><a href={format!("./?lang={}", lang.code())}>{ w.back }</a></p>
                </div>
            </div>
        </ContextProvider<Lang>>
    }
}

/// The document's title, in the page's language.
#[hook]
fn use_title(lang: Lang) {
    use_effect_with(lang, move |lang| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(words(*lang).title);
        }
    });
}

/// Fetches the questions every link is read against, again after each "Try again".
#[hook]
fn use_catalog(state: &UseReducerHandle<TeamState>) {
    let dispatch = state.dispatcher();
    use_effect_with(state.attempt, move |_| {
        wasm_bindgen_futures::spawn_local(async move {
            dispatch.dispatch(match more::fetch().await {
                Some((all, _)) => TeamAction::Loaded(Rc::new(all)),
                None => TeamAction::LoadFailed,
            });
        });
    });
}

/// Keeps the shown team in the address, so a reload or a bookmark shows it again (no new
/// history entry).
#[hook]
fn use_team_in_address(state: &UseReducerHandle<TeamState>) {
    use_effect_with(state.team_route(), |route| {
        let history = web_sys::window().and_then(|w| w.history().ok());
        if let (Some(route), Some(history)) = (route, history) {
            let fragment = route.format();
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&fragment));
        }
    });
}
