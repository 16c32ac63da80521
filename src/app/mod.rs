//! The Yew shell: `App` wires the state, the hooks and the screens; nothing else. Components
//! render state and forward events; every decision is made by the core in `crate::model` or by
//! the reducer in `state/`.
//!
//! A new screen is a `Place` variant (`state/place.rs`) and a view (`screens.rs`); the
//! compiler then lists every other place that must say what it does there (see CONTRIBUTING).

pub mod address;
pub mod broken_link;
pub mod chart;
pub mod comparison;
pub mod configure;
pub mod earlier;
pub mod fetch;
pub mod firm;
pub mod hooks;
pub mod intro;
pub mod language;
pub mod notice;
pub mod page;
pub mod parts;
pub mod qr;
pub mod question;
pub mod result;
pub mod resume;
pub mod screens;
pub mod share;
pub mod start;
pub mod state;
pub mod team;
pub mod text;

use crate::browser::embed;
use crate::model::settings::Settings;
use state::{Action, AppState, Catalog, Intent, Place};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub catalog: Rc<Catalog>,
    /// The firm's checked settings (the seat answered first is `settings.lens`).
    #[prop_or_default]
    pub settings: Rc<Settings>,
    /// The language to start in (the visitor can switch at any step).
    #[prop_or_default]
    pub lang: text::Lang,
    /// What start-up read ahead of the first render (see `resume::ReadAhead`).
    #[prop_or_default]
    pub read: resume::ReadAhead,
    /// Focus was on the page's placeholder when the app replaced it (the static Start was
    /// followed, or focused): the first view's heading takes it, so it is not lost to the page.
    #[prop_or_default]
    pub focus_heading: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // The initial state is built on the first render only (the closure borrows the props, so
    // later renders copy nothing for it).
    let state = use_reducer(|| {
        resume::initial_state(&props.catalog, &props.settings, props.lang, &props.read)
    });
    let t = text::ui(state.lang);
    hooks::use_catalog(&state);
    let back = hooks::use_address(&state);
    hooks::use_progress(&state, &props.settings, t);
    hooks::use_frame_title(&props.settings, t);
    hooks::use_step_focus(&state, props.focus_heading);
    hooks::use_document(&state, t);

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let wiring = screens::Wiring {
        dispatch: dispatch.clone(),
        back,
        settings: props.settings.clone(),
        share: share::use_share_state(),
        own: state.own.clone(),
    };
    // The questions in a language not here yet are fetched first: switch once they are (or,
    // if they cannot be fetched, with the questions in the language they have).
    let choose_language = dispatch.reform(|l| Action::Want(Intent::Speak(l)));
    html! {
        <div class="app">
            { language::switch(state.lang, &choose_language, t.language_switch_label) }
            { firm::brand(&props.settings, t) }
            if let Some(notice) = state.notice.clone() {
                { notice::notice_banner(&notice::NoticeProps {
                    notice,
                    on_dismiss: dispatch.reform(|()| Action::DismissNotice),
                    on_retry: dispatch.reform(|()| Action::Retry(address::route())),
                }, t) }
            }
            { question_status(&state, t) }
            { screens::screen(&state, &wiring, t) }
            { earlier_results(&state, &dispatch, t) }
        </div>
    }
}

/// Where the visitor is among the questions (see `question::status`).
fn question_status(state: &AppState, t: &text::Ui) -> Html {
    match state.place() {
        Place::Question(k) | Place::AgainstQuestion(_, k) => {
            question::status(k, state.questionnaire.items.len(), t)
        }
        Place::Intro
        | Place::Result
        | Place::AgainstResult(_)
        | Place::Shared(_)
        | Place::Comparison(..)
        | Place::Broken(_) => html! {},
    }
}

/// Earlier results, under the visitor's own result and on their intro when there are any;
/// on the intro of a page of its own, the way to the configurator.
fn earlier_results(state: &AppState, dispatch: &Callback<Action>, t: &'static text::Ui) -> Html {
    let on_intro = match state.place() {
        Place::Intro => true,
        Place::Result => false,
        Place::Question(_)
        | Place::AgainstQuestion(..)
        | Place::AgainstResult(_)
        | Place::Shared(_)
        | Place::Comparison(..)
        | Place::Broken(_) => return html! {},
    };
    html! { <>
        if !on_intro || state.earlier.any() {
            { earlier::earlier(&earlier::EarlierProps {
                earlier: &state.earlier,
                now: state.own.as_ref().map(|o| o.link.as_str()),
                on_keep: hooks::on_keep(dispatch),
                on_forget: hooks::on_forget(dispatch),
            }, t) }
        }
        if on_intro && !embed::is_framed() {
            <p class="for-firms"><a href={configure::address(state.lang)}>{ t.configure_link }</a></p>
        }
    </> }
}
