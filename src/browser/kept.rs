//! The visitor's earlier results in `localStorage` (see `model::history`). Storage that is
//! blocked or full makes the list absent, never an error.

use crate::browser::storage::storage;
use crate::model::history::{self, Kept, HISTORY_KEY, HISTORY_OFF_KEY};

/// What this browser keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Earlier {
    /// Storage is blocked or full: there is no list, only a note.
    Unavailable,
    /// The visitor turned keeping off.
    Off,
    Kept(Vec<Kept>),
}

impl Earlier {
    /// Whether any result is kept.
    pub fn any(&self) -> bool {
        matches!(self, Earlier::Kept(kept) if !kept.is_empty())
    }
}

pub fn load() -> Earlier {
    let Some(storage) = storage() else {
        return Earlier::Unavailable;
    };
    if storage.get_item(HISTORY_OFF_KEY).ok().flatten().is_some() {
        return Earlier::Off;
    }
    match storage.get_item(HISTORY_KEY) {
        Ok(record) => Earlier::Kept(history::read(&record.unwrap_or_default())),
        Err(_) => Earlier::Unavailable,
    }
}

/// Keeps a completed result, unless keeping is off or it is kept already. A refusal (storage
/// blocked or full) costs only the list, which `load` then reports as unavailable.
pub fn keep(result: Kept) {
    let (Earlier::Kept(kept), Some(storage)) = (load(), storage()) else {
        return;
    };
    if let Some(all) = history::add(&kept, result) {
        let _ = storage.set_item(HISTORY_KEY, &history::write(&all));
    }
}

/// Forgets every kept result, and turns keeping off or on again. The list is read afresh
/// (`load`) to show the outcome.
pub fn set(keeping: bool) {
    let Some(storage) = storage() else {
        return;
    };
    let _ = storage.remove_item(HISTORY_KEY);
    let _ = if keeping {
        storage.remove_item(HISTORY_OFF_KEY)
    } else {
        storage.set_item(HISTORY_OFF_KEY, "off")
    };
}

/// Forgets everything the app keeps in this browser: every kept result and the saved answers
/// of every seat (the last result among them, which would otherwise greet the next person at
/// this computer); keeping stays as it was.
pub fn forget_all() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(HISTORY_KEY);
    }
    crate::browser::storage::clear_all();
}

/// Today in the visitor's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}
