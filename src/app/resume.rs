//! Where the visitor resumes: a seat's saved progress (with the version it was saved with),
//! the other seat's when the address answers against a shared result, and the app's first
//! state from both and the address.

use crate::app::address;
use crate::app::state::{AppState, ById, Catalog, EarlierList, Notice, Opened, QuestionnaireRef};
use crate::app::text::Lang;
use crate::browser::{kept, storage};
use crate::model::progress::Progress;
use crate::model::questionnaire::{Form, Questionnaire, Seat};
use crate::model::route::Route;
use crate::model::settings::Settings;
use std::rc::Rc;

/// A seat's progress as the visitor resumes it: the questionnaire version it belongs to, and
/// the notice for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Resumed {
    pub questionnaire: QuestionnaireRef,
    pub progress: Progress,
    pub notice: Option<Notice>,
}

/// Saved progress for a seat (with the version it was saved with), and the notice for it.
/// Without saved progress, the seat's quick check when `quick` asks for it, else its full
/// questionnaire.
pub fn load_progress(catalog: &Catalog, seat: Seat, quick: bool) -> Resumed {
    let versions = catalog.versions(seat);
    let refs: Vec<&Questionnaire> = versions.iter().map(|q| &*q.0).collect();
    let (saved, which) = storage::load(&refs);
    let notice = match saved {
        storage::Saved::Restored(progress) => {
            return Resumed {
                questionnaire: versions[which].clone(),
                progress,
                notice: Some(Notice::Restored),
            };
        }
        storage::Saved::Nothing => None,
        storage::Saved::Discarded => Some(Notice::Discarded),
        storage::Saved::Unavailable => Some(Notice::NoStorage),
    };
    let questionnaire = catalog.form_for(seat, quick);
    Resumed {
        progress: Progress::new(&questionnaire),
        questionnaire,
        notice,
    }
}

/// For an address that answers the other seat against a shared result: that result, and the
/// other seat's questionnaire with its saved progress. `None` when the result does not decode.
pub fn against(catalog: &Catalog, route: &Route) -> Option<(QuestionnaireRef, Progress, Opened)> {
    let Route::Against { shared, .. } = route else {
        return None;
    };
    let opened = catalog.decode(shared).ok()?;
    let quick = opened.questionnaire.form == Form::Quick;
    let resumed = load_progress(catalog, opened.questionnaire.seat.other(), quick);
    Some((resumed.questionnaire, resumed.progress, opened))
}

/// What start-up reads ahead of the first render, so that render is a shorter task; each is
/// read at the first render without it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReadAhead {
    /// The saved progress of the firm's lens.
    pub resumed: Option<Resumed>,
    /// The earlier results kept in this browser.
    pub earlier: Option<EarlierList>,
}

/// The app's state on its first render: saved progress, then wherever the address says (a
/// question or result only as far as the answers reach).
pub fn initial_state(
    catalog: &Rc<Catalog>,
    settings: &Settings,
    lang: Lang,
    read: &ReadAhead,
) -> AppState {
    let resumed = (read.resumed.clone())
        .unwrap_or_else(|| load_progress(catalog, settings.lens, settings.quick));
    let mut state = AppState::new(
        catalog.clone(),
        resumed.questionnaire,
        resumed.progress,
        resumed.notice,
    );
    state.lang = lang;
    let route = address::route();
    if let Some((questionnaire, progress, opened)) = against(catalog, &route) {
        state.use_seat(questionnaire, progress, Some(opened));
    }
    // The bare address says nothing about where to be: saved progress resumes where it was.
    if route != Route::Intro {
        state.go(&route);
    }
    state.earlier = (read.earlier.clone()).unwrap_or_else(|| ById(Rc::new(kept::load())));
    state.own = state.own_result().map(Rc::new);
    state
}
