//! The visitor's earlier results: kept in this browser when their own result shows (see
//! `use_progress`), read again after each change into the state (`AppState::earlier`), never
//! during a render.

use crate::app::state::{Action, AppState, ById, OwnResult};
use crate::browser::kept;
use crate::model::history::Kept;
use std::rc::Rc;
use yew::prelude::*;

/// Keeps the visitor's own result among their earlier results (with the date and the index it
/// has; a later change of its label keeps that first link), and reads the list again. Never
/// inlined, so its code is compiled only when a result first shows, not in the first render's
/// task.
#[inline(never)]
pub fn keep(state: &UseReducerHandle<AppState>, own: &OwnResult) {
    kept::keep(Kept {
        date: kept::today(),
        index: own.outcome.index(),
        payload: own.link.clone(),
    });
    state.dispatch(read_again());
}

/// The list's checkbox: keep results from now on (`true`), or forget them and keep none.
pub fn on_keep(dispatch: &Callback<Action>) -> Callback<bool> {
    let dispatch = dispatch.clone();
    Callback::from(move |keeping| {
        kept::set(keeping);
        dispatch.emit(read_again());
    })
}

/// The list's button: forget every kept result and every seat's saved answers.
pub fn on_forget(dispatch: &Callback<Action>) -> Callback<()> {
    let dispatch = dispatch.clone();
    Callback::from(move |()| {
        kept::forget_all();
        dispatch.emit(read_again());
    })
}

/// The list as storage now holds it, for the state.
fn read_again() -> Action {
    Action::Earlier(ById(Rc::new(kept::load())))
}
