//! The visitor's earlier results: kept in this browser when their own result shows, read at
//! start-up and again after each change, never during a render.

use crate::app::state::OwnResult;
use crate::browser::kept::{self, Earlier};
use crate::model::history::Kept;
use std::rc::Rc;
use yew::prelude::*;

/// The list of earlier results, and what the list's controls change.
#[derive(Clone, PartialEq)]
pub struct EarlierResults {
    pub list: Rc<Earlier>,
    /// Keep results from now on (`true`), or forget them and keep none (`false`).
    pub on_keep: Callback<bool>,
    /// Forget every kept result and every seat's saved answers.
    pub on_forget: Callback<()>,
}

/// Keeps the visitor's own result among their earlier results when it shows (with the date and
/// the index it has; a later change of its label keeps that first link), starting from `read`
/// (the list as start-up read it; read at the first render without it).
#[hook]
pub fn use_earlier(read: Option<Earlier>, own: Option<Rc<OwnResult>>) -> EarlierResults {
    let list = use_state(|| Rc::new(read.unwrap_or_else(kept::load)));
    {
        let list = list.clone();
        use_effect_with(own, move |own| {
            if let Some(own) = own {
                keep(own);
                list.set(Rc::new(kept::load()));
            }
        });
    }
    let (on_keep, on_forget) = (list.setter(), list.setter());
    EarlierResults {
        list: (*list).clone(),
        on_keep: Callback::from(move |keeping| {
            kept::set(keeping);
            on_keep.set(Rc::new(kept::load()));
        }),
        on_forget: Callback::from(move |()| {
            kept::forget_all();
            on_forget.set(Rc::new(kept::load()));
        }),
    }
}

/// Kept apart from the effect (never inlined), so its code is compiled only when a result
/// first shows, not in the first render's task.
#[inline(never)]
fn keep(own: &OwnResult) {
    kept::keep(Kept {
        date: kept::today(),
        index: own.outcome.index(),
        payload: own.link.clone(),
    });
}
