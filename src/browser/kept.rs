//! The visitor's earlier results in `localStorage` (see `model::history`). Storage that is
//! blocked or full makes the list absent, never an error.

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

fn storage() -> Option<web_sys::Storage> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
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

/// Whether any result is kept (the intro lists them only then).
pub fn any() -> bool {
    matches!(load(), Earlier::Kept(kept) if !kept.is_empty())
}

/// Keeps a completed result (unless keeping is off or it is kept already); what is kept then.
pub fn keep(result: Kept) -> Earlier {
    let Earlier::Kept(kept) = load() else {
        return load();
    };
    let Some(all) = history::add(&kept, result) else {
        return Earlier::Kept(kept);
    };
    match storage().map(|s| s.set_item(HISTORY_KEY, &history::write(&all))) {
        Some(Ok(())) => Earlier::Kept(all),
        _ => Earlier::Unavailable,
    }
}

/// Forgets every kept result, and turns keeping off or on again.
pub fn set(keeping: bool) -> Earlier {
    let Some(storage) = storage() else {
        return Earlier::Unavailable;
    };
    let _ = storage.remove_item(HISTORY_KEY);
    let done = if keeping {
        storage.remove_item(HISTORY_OFF_KEY)
    } else {
        storage.set_item(HISTORY_OFF_KEY, "off")
    };
    match done {
        Ok(()) => load(),
        Err(_) => Earlier::Unavailable,
    }
}

/// Forgets every kept result; keeping stays on.
pub fn forget_all() -> Earlier {
    match storage().map(|s| s.remove_item(HISTORY_KEY)) {
        Some(Ok(())) => load(),
        _ => Earlier::Unavailable,
    }
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
