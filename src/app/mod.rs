//! The Yew shell: `App` wires the state, the hooks and the screens; nothing else. Components
//! render state and forward events; every decision is made by the core in `crate::model`.
//!
//! A new screen touches `state.rs` (its `Screen` variant and route) and `screens.rs` (its
//! view); its address is a `Route` in `crate::model::route`.

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
pub mod parts;
pub mod qr;
pub mod question;
pub mod result;
pub mod screens;
pub mod share;
pub mod start;
pub mod state;
pub mod team;
pub mod text;

pub use start::{install_fatal_view, start, Loaded};

use crate::browser::{embed, kept};
use crate::model::link;
use crate::model::progress::Step;
use crate::model::questionnaire::{Form, Seat};
use crate::model::settings::Settings;
use state::{Action, AppState, Catalog, Opened, Screen, Wanted};
use std::rc::Rc;
use yew::prelude::*;

/// The id of the element the app renders into, and of the heading that takes focus on each step.
pub const ROOT_ID: &str = "app";
pub const STEP_HEADING_ID: &str = "step-heading";

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub catalog: Rc<Catalog>,
    /// The firm's checked settings (the seat answered first is `settings.lens`).
    #[prop_or_default]
    pub settings: Rc<Settings>,
    /// The language to start in (the visitor can switch at any step).
    #[prop_or_default]
    pub lang: text::Lang,
    /// The saved progress of the first seat, when read ahead of the first render (start-up
    /// does, so that render is a shorter task); read at the first render without it.
    #[prop_or_default]
    pub loaded: Option<Loaded>,
    /// Focus was on the page's placeholder when the app replaced it (the static Start was
    /// followed, or focused): the first view's heading takes it, so it is not lost to the page.
    #[prop_or_default]
    pub focus_heading: bool,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = language::use_language(props.lang);
    let t = text::ui(*lang);
    // The initial state is built on the first render only (the closure borrows the props, so
    // later renders copy nothing for it).
    let state = use_reducer(|| start::initial_state(props));
    hooks::use_saved_progress(&state);
    let back = hooks::use_address(&state);
    let on_own_result = state.screen == Screen::Journey && state.progress.step == Step::Result;
    // The visitor's own result as a link without the label: what is kept, what the host page is
    // told and what the call to action sends (see hooks::use_saved_progress,
    // hooks::use_host_messages and firm::call_to_action).
    let own =
        on_own_result.then(|| link::encode(&state.questionnaire, &state.progress.answers, None));
    hooks::use_host_messages(&state, &props.settings, t, own.clone());
    hooks::use_frame_title(&props.settings, t);
    hooks::use_step_focus(&state, props.focus_heading);
    hooks::use_title(&state, t);
    // Forgetting earlier results or turning keeping off draws the list again.
    let redraw = use_force_update();

    let wiring = screens::Wiring {
        dispatch: {
            let state = state.clone();
            Callback::from(move |action| state.dispatch(action))
        },
        answer_seat: {
            let state = state.clone();
            let lang = *lang;
            Callback::from(move |(seat, against)| answer_seat(state.clone(), seat, against, lang))
        },
        back,
        settings: props.settings.clone(),
        share: share::use_share_state(),
        own,
    };
    // The questions in a language not here yet are fetched first: switch once they are (or,
    // if they cannot be fetched, with the questions in the language they have).
    let choose_language = {
        let (state, set) = (state.clone(), language::setter(&lang));
        Callback::from(move |l: text::Lang| {
            let set = set.clone();
            let switch: fetch::Then = Rc::new(move |_, _| set.emit(l));
            fetch::then_with(state.clone(), state.catalog.seats(), l, switch, true);
        })
    };
    let total = state.questionnaire.items.len();
    let on_own_intro = state.screen == Screen::Journey && state.progress.step == Step::Intro;
    // Earlier results are listed under the result, and on the intro when there are any.
    let earlier = (on_own_intro || on_own_result).then(kept::load);
    html! {
        <div class="app">
            { language::switch(*lang, &choose_language, t) }
            { firm::brand(&props.settings, t) }
            if let Some(notice) = state.notice {
                { notice::notice_banner(&notice::NoticeProps {
                    notice,
                    on_dismiss: wiring.dispatch.reform(|()| Action::DismissNotice),
                    on_retry: retry(&state, &props.settings, *lang),
                }, t) }
            }
            if let (Screen::Journey | Screen::Against(_), Step::Question(k)) = (&state.screen, state.progress.step) {
                // Outside the per-question view, so the element lives across steps and its
                // change of text is announced as a polite live region.
                <div class="question-status">
                    <p class="question-count" aria-live="polite">{ t.question_of(k + 1, total) }</p>
                    <progress
                        class="question-progress"
                        max={total.to_string()}
                        value={(k + 1).to_string()}
                        aria-label={t.progress_label}
                    />
                </div>
            }
            { screens::screen(&state, &wiring, t) }
            if let Some(earlier) = earlier.filter(|e| on_own_result || e.any()) {
                { earlier::earlier(&earlier::EarlierProps {
                    earlier: &earlier,
                    now: wiring.own.as_deref(),
                    redraw: redraw.clone(),
                }, t) }
            }
            if on_own_intro && !embed::is_framed() {
                <p class="for-firms"><a href={configure::address(*lang)}>{ t.configure_link }</a></p>
            }
        </div>
    }
}

/// "Try again" on a failed fetch: the same fetch, then what waited for it. After a failure at
/// start-up, what start-up wanted: the firm's lens in the visitor's language, and the address.
fn retry(
    state: &UseReducerHandle<AppState>,
    settings: &Settings,
    lang: text::Lang,
) -> Callback<()> {
    let state = state.clone();
    let lens = settings.lens;
    Callback::from(move |()| {
        let again = state.retry.clone();
        state.dispatch(Action::DismissNotice);
        match again {
            Some(again) => (again.0)(),
            None => {
                // Following the address again fetches what it and the seat on screen need in
                // the visitor's language; the lens's own seat, when another is on screen, too.
                if state.questionnaire.seat != lens {
                    answer_seat(state.clone(), lens, None, lang);
                }
                hooks::navigate(state.clone(), address::route());
            }
        }
    })
}

/// Answers a seat, resuming its saved progress, optionally against a shared result, once that
/// seat's questionnaire is here in the visitor's language (the client seat in English is built
/// in; the rest is fetched, see `fetch`).
fn answer_seat(
    state: UseReducerHandle<AppState>,
    seat: Seat,
    against: Option<Opened>,
    lang: text::Lang,
) {
    let answer: fetch::Then = Rc::new(move |state, catalog| {
        // The other seat is answered in the form on screen (or the shared result's), so the
        // two can be compared.
        let quick = against
            .as_ref()
            .map_or(state.questionnaire.form, |o| o.questionnaire.form)
            == Form::Quick;
        let (questionnaire, progress, _) = start::load_progress(catalog, seat, quick);
        state.dispatch(Action::UseSeat {
            questionnaire,
            progress,
            against: against.clone(),
        });
    });
    let wanted = Wanted {
        seats: vec![seat],
        whole: false,
    };
    fetch::then_with(state, wanted, lang, answer, false);
}
