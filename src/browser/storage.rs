//! Saved progress in `localStorage`. Reading `window.localStorage` can itself throw (storage
//! blocked), writing can throw (quota), and what is read may be anything: every step is checked.

use crate::model::progress::{Progress, STORAGE_KEY_PREFIX};
use crate::model::questionnaire::Questionnaire;

/// Outcome of looking for saved progress at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Nothing saved: a first visit, or a finished "Start over".
    Nothing,
    Restored(Progress),
    /// Something was saved but could not be used; it has been removed.
    Discarded,
    /// The browser refuses storage.
    Unavailable,
}

fn key(questionnaire: &Questionnaire) -> String {
    format!("{STORAGE_KEY_PREFIX}{}", questionnaire.base_id())
}

/// The browser's `localStorage`, unless it is blocked; every module that keeps something in it
/// reads it here.
pub(crate) fn storage() -> Option<web_sys::Storage> {
    // Natively (the core's and the reducer's tests) there is no browser and so no storage.
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

/// Looks for saved progress of one questionnaire, given as all its versions with the current
/// one first: progress saved with an earlier version resumes with that version. Returns which
/// version the progress belongs to (0 unless restored from an earlier one).
pub fn load(versions: &[&Questionnaire]) -> (Saved, usize) {
    let Some(current) = versions.first() else {
        return (Saved::Nothing, 0);
    };
    let Some(storage) = storage() else {
        return (Saved::Unavailable, 0);
    };
    let text = match storage.get_item(&key(current)) {
        Err(_) => return (Saved::Unavailable, 0),
        Ok(None) => return (Saved::Nothing, 0),
        Ok(Some(text)) => text,
    };
    let named = Progress::record_version(&text);
    let found = named.as_ref().and_then(|(id, version)| {
        versions
            .iter()
            .position(|q| &q.id == id && q.version == *version)
    });
    // Progress of an earlier version whose questions could not be fetched is kept for a later
    // visit, not thrown away.
    let earlier = named.is_some_and(|(id, version)| id == current.id && version < current.version);
    if found.is_none() && earlier {
        return (Saved::Nothing, 0);
    }
    let which = found.unwrap_or(0);
    match Progress::from_record(&text, versions[which]) {
        Ok(progress) if progress.is_fresh() => (Saved::Nothing, 0),
        Ok(progress) => (Saved::Restored(progress), which),
        Err(_) => {
            let _ = storage.remove_item(&key(current));
            (Saved::Discarded, 0)
        }
    }
}

/// The questionnaire id and version that saved progress names, if any: start-up fetches the
/// rest of the catalog first when it names a version the app does not carry.
pub fn saved_version(questionnaire: &Questionnaire) -> Option<(String, u32)> {
    let text = storage()?.get_item(&key(questionnaire)).ok()??;
    Progress::record_version(&text)
}

/// Saves progress, or removes the record when there is nothing worth keeping. Returns whether
/// the browser accepted it (a full or blocked storage only costs the resume).
pub fn save(questionnaire: &Questionnaire, progress: &Progress) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    // Progress saved with an earlier version whose questions could not be fetched this time is
    // kept for a later visit: answers to the current version do not overwrite it (only an
    // explicit start over does).
    let saved = storage.get_item(&key(questionnaire)).ok().flatten();
    let held = saved
        .as_deref()
        .and_then(Progress::record_version)
        .is_some_and(|(id, version)| id == questionnaire.id && version < questionnaire.version);
    if held && !progress.is_fresh() {
        return false;
    }
    if progress.is_fresh() {
        return storage.remove_item(&key(questionnaire)).is_ok();
    }
    // Several writers share the record (two tabs, two widgets of one lens, a page back from
    // the back/forward cache): the answers saved meanwhile are kept where this one has none.
    let record = match saved.map(|text| Progress::from_record(&text, questionnaire)) {
        Some(Ok(stored)) => progress.keeping(&stored),
        _ => progress.clone(),
    };
    storage
        .set_item(&key(questionnaire), &record.to_record(questionnaire))
        .is_ok()
}

/// Forgets every saved progress of this app, for every seat (the fatal view's "Start over").
pub fn clear_all() {
    let Some(storage) = storage() else {
        return;
    };
    for key in saved_keys(&storage) {
        let _ = storage.remove_item(&key);
    }
}

/// Whether any progress is saved in this browser.
pub fn any_saved() -> bool {
    storage().is_some_and(|storage| !saved_keys(&storage).is_empty())
}

fn saved_keys(storage: &web_sys::Storage) -> Vec<String> {
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(STORAGE_KEY_PREFIX))
        .collect()
}
