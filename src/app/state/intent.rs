//! What waits for more of the catalog, as data: the reducer records an intent and what it
//! wants fetched (`Action::Want`), one hook (`hooks::use_catalog`) fetches it and carries it
//! out, and a failure keeps it in the notice for "Try again" (`Action::Retry`).

use super::{AppState, Notice, Opened, Wanted};
use crate::app::text::Lang;
use crate::model::questionnaire::Seat;
use crate::model::route::Route;

/// Something the visitor or the address asked for that may need questions not here yet.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    /// Answer a seat, resuming its saved progress, against a shared result or not.
    AnswerSeat { seat: Seat, against: Option<Opened> },
    /// Go where an address says (Back and Forward, a fragment typed into the tab).
    Follow(Route),
    /// Show the interface and the questions in another language.
    Speak(Lang),
    /// What start-up wanted and could not fetch all of: the address (as it is when the visitor
    /// tries again, see `Action::Retry`), and the firm's lens when another seat is on screen.
    Resume { lens: Seat, route: Route },
}

impl Intent {
    /// Whether it goes ahead with what is here when the fetch fails: an address says what it
    /// can (a link it cannot read says so), a language switches with the questions it has.
    /// Answering a seat waits, since its questions are what is missing.
    pub fn anyway(&self) -> bool {
        match self {
            Intent::AnswerSeat { .. } => false,
            Intent::Follow(_) | Intent::Speak(_) | Intent::Resume { .. } => true,
        }
    }
}

/// An intent waiting for its fetch, numbered so that the same intent wanted again is a new
/// fetch (what it wants of the catalog is `AppState::wanted`).
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub intent: Intent,
    pub serial: u32,
}

impl AppState {
    /// What `intent` needs of the catalog, and in which language.
    pub fn wanted(&self, intent: &Intent) -> (Wanted, Lang) {
        let seat = self.questionnaire.seat;
        match intent {
            Intent::AnswerSeat { seat, .. } => (Wanted::of(vec![*seat]), self.lang),
            Intent::Follow(route) => (self.catalog.wanted(route, seat), self.lang),
            Intent::Speak(lang) => (self.catalog.seats(), *lang),
            Intent::Resume { lens, route } => {
                let mut wanted = self.catalog.wanted(route, seat);
                if !wanted.seats.contains(lens) {
                    wanted.seats.push(*lens);
                }
                (wanted, self.lang)
            }
        }
    }

    /// Records `intent` as pending, for `hooks::use_catalog` to fetch what it needs and carry
    /// it out.
    pub(super) fn want(&mut self, intent: Intent) {
        self.intents = self.intents.wrapping_add(1);
        self.pending = Some(Pending {
            intent,
            serial: self.intents,
        });
    }

    /// "Try again": wants again what the failed fetch was for, what start-up wanted for the
    /// address as it now is; nothing after the notice was dismissed.
    pub(super) fn retry(&mut self, address: Route) {
        let Some(Notice::LoadFailed(intent)) = self.notice.clone() else {
            return;
        };
        self.notice = None;
        self.want(match intent {
            Intent::Resume { lens, .. } => Intent::Resume {
                lens,
                route: address,
            },
            other => other,
        });
    }

    /// The fetch for `pending` ended. A failure keeps its intent in the notice, to try again
    /// (a later intent may have replaced it as pending meanwhile: its failure still shows); a
    /// success retires an earlier failure's notice.
    pub(super) fn settled(&mut self, pending: Pending, complete: bool) {
        if self.pending.as_ref().map(|p| p.serial) == Some(pending.serial) {
            self.pending = None;
        }
        if !complete {
            self.notice = Some(Notice::LoadFailed(pending.intent));
        } else if matches!(self.notice, Some(Notice::LoadFailed(_))) {
            self.notice = None;
        }
    }
}
