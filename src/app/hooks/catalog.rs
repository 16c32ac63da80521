//! The one runner of what waits for the catalog: a pending intent (`AppState::pending`) is
//! fetched for, then carried out with the catalog as it then is.

use crate::app::state::{Action, AppState, Catalog, Intent, Opened};
use crate::app::{fetch, resume};
use crate::model::questionnaire::{Form, Seat};
use crate::model::route::Route;
use std::rc::Rc;
use yew::prelude::*;

/// Runs each pending intent once, as soon as the catalog holds what it wants (in a task of its
/// own, after a fetch when one is needed). The reducer hears how the fetch ended (`Settled`);
/// an intent that goes ahead anyway (`Intent::anyway`) is carried out with what is here after
/// a failure.
#[hook]
pub fn use_catalog(state: &UseReducerHandle<AppState>) {
    let state = state.clone();
    use_effect_with(state.pending.as_ref().map(|p| p.serial), move |_| {
        let Some(pending) = state.pending.clone() else {
            return;
        };
        let (wanted, lang) = state.wanted(&pending.intent);
        wasm_bindgen_futures::spawn_local(async move {
            let (catalog, complete) =
                fetch::complete(state.catalog.clone(), &wanted, lang.code()).await;
            if !Rc::ptr_eq(&catalog, &state.catalog) {
                state.dispatch(Action::CatalogLoaded(catalog.clone()));
            }
            let intent = pending.intent.clone();
            state.dispatch(Action::Settled { pending, complete });
            if complete || intent.anyway() {
                carry_out(&state, &intent, &catalog, complete);
            }
        });
    });
}

/// Carries out `intent` with `catalog` (`complete` when it holds all the intent wanted).
fn carry_out(
    state: &UseReducerHandle<AppState>,
    intent: &Intent,
    catalog: &Catalog,
    complete: bool,
) {
    match intent {
        Intent::AnswerSeat { seat, against } => answer_seat(state, *seat, against, catalog),
        Intent::Follow(route) => follow(state, route, catalog),
        Intent::Speak(lang) => state.dispatch(Action::Speak(*lang)),
        Intent::Resume { lens, route } => {
            if complete && state.questionnaire.seat != *lens {
                answer_seat(state, *lens, &None, catalog);
            }
            follow(state, route, catalog);
        }
    }
}

/// Answers `seat` with its saved progress, against a shared result or not. The other seat is
/// answered in the form on screen (or the shared result's), so the two can be compared.
fn answer_seat(
    state: &UseReducerHandle<AppState>,
    seat: Seat,
    against: &Option<Opened>,
    catalog: &Catalog,
) {
    let form = against
        .as_ref()
        .map_or(state.questionnaire.form, |o| o.questionnaire.form);
    let resumed = resume::load_progress(catalog, seat, form == Form::Quick);
    state.dispatch(Action::UseSeat {
        questionnaire: resumed.questionnaire,
        progress: resumed.progress,
        against: against.clone(),
    });
}

/// Goes where an address says. Answering against a shared result the app is not already
/// answering first loads that seat's saved progress.
fn follow(state: &UseReducerHandle<AppState>, route: &Route, catalog: &Catalog) {
    let answering = state.answering_against().map(|o| o.payload.as_str());
    let already =
        matches!(route, Route::Against { shared, .. } if answering == Some(shared.trim()));
    if !already {
        if let Some((questionnaire, progress, opened)) = resume::against(catalog, route) {
            state.dispatch(Action::UseSeat {
                questionnaire,
                progress,
                against: Some(opened),
            });
        }
    }
    state.dispatch(Action::Go(route.clone()));
}
