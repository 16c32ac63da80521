//! The team view's state and every change to it as a named action. Pure: the page's effects
//! (the fetch, the file read, the clipboard, the address) dispatch actions and read the state;
//! nothing here touches the browser, so each transition is tested natively.

use crate::app::parts::copy::Copied;
use crate::model::questionnaire::Questionnaire;
use crate::model::route::TeamRoute;
use crate::model::team::{self, Reading};
use std::rc::Rc;
use yew::prelude::*;

/// The questions every link is read against: fetched once the page is up.
#[derive(Clone, Debug, PartialEq)]
pub enum Catalog {
    Loading,
    Failed,
    Ready(Rc<Vec<Questionnaire>>),
}

#[derive(Clone)]
pub struct TeamState {
    /// What the page opened with (its address then); read once.
    pub opened: TeamRoute,
    pub catalog: Catalog,
    /// Counts the fetches of the catalog, so "Try again" asks again.
    pub attempt: u32,
    /// The lines in the input, as typed.
    pub draft: String,
    /// The lines shown, as last submitted (or read from a file).
    pub shown: String,
    /// Where the copy of the team link stands.
    pub copied: Copied,
    /// The last file chosen or dropped was too large to read.
    pub too_big: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TeamAction {
    /// The catalog arrived.
    Loaded(Rc<Vec<Questionnaire>>),
    LoadFailed,
    /// "Try again" after a failed fetch.
    Retry,
    /// The input's lines were edited.
    Edit(String),
    /// The form was submitted: the typed lines are shown.
    Show,
    /// A file was chosen or dropped; whether it is too large to read.
    FileChosen {
        too_big: bool,
    },
    /// A file's text was read: its lines join the typed ones, and all are shown at once.
    AddText(String),
    /// The copy of the team link finished one way or the other.
    Copied(Copied),
}

impl TeamState {
    /// The page opened at `route`: a team link or one result fills the input and is shown
    /// (once the questions are here); then and now, or nothing, leaves the input empty.
    pub fn opened(route: TeamRoute) -> TeamState {
        let lines = match route {
            TeamRoute::Team(_) | TeamRoute::Result { .. } => route.format(),
            TeamRoute::Empty | TeamRoute::ThenNow { .. } => String::new(),
        };
        TeamState {
            opened: route,
            catalog: Catalog::Loading,
            attempt: 0,
            draft: lines.clone(),
            shown: lines,
            copied: Copied::Not,
            too_big: false,
        }
    }

    /// The catalog once it is here.
    pub fn ready(&self) -> Option<&Rc<Vec<Questionnaire>>> {
        match &self.catalog {
            Catalog::Ready(all) => Some(all),
            _ => None,
        }
    }

    /// The team link's address for the shown lines, once the questions are here: what the
    /// page keeps in its own address, so a reload or a bookmark shows the team again.
    pub fn team_route(&self) -> Option<TeamRoute> {
        let all = self.ready()?;
        let refs: Vec<&Questionnaire> = all.iter().collect();
        team_route(&team::read(&refs, &self.shown))
    }
}

/// The team link for what was read, when some line gave a respondent and the link is not
/// too long to make.
pub fn team_route(reading: &Reading) -> Option<TeamRoute> {
    if reading.respondents.is_empty() {
        return None;
    }
    let payloads: Vec<&str> = reading.payloads.iter().map(String::as_str).collect();
    team::encode(&payloads).ok().map(TeamRoute::Team)
}

/// A file's lines after the typed ones (or in their place when there are none).
fn joined(draft: &str, text: String) -> String {
    if draft.trim().is_empty() {
        text
    } else {
        format!("{}\n{text}", draft.trim_end())
    }
}

impl Reducible for TeamState {
    type Action = TeamAction;

    fn reduce(self: Rc<Self>, action: TeamAction) -> Rc<Self> {
        let unchanged = match &action {
            TeamAction::Edit(lines) => *lines == self.draft,
            TeamAction::FileChosen { too_big } => *too_big == self.too_big,
            TeamAction::Copied(copied) => *copied == self.copied,
            TeamAction::Show => self.shown == self.draft && self.copied == Copied::Not,
            _ => false,
        };
        if unchanged {
            return self;
        }
        let mut next = (*self).clone();
        match action {
            TeamAction::Loaded(all) => next.catalog = Catalog::Ready(all),
            TeamAction::LoadFailed => next.catalog = Catalog::Failed,
            TeamAction::Retry => {
                next.catalog = Catalog::Loading;
                next.attempt += 1;
            }
            TeamAction::Edit(lines) => next.draft = lines,
            TeamAction::Show => {
                next.copied = Copied::Not;
                next.shown = next.draft.clone();
            }
            TeamAction::FileChosen { too_big } => next.too_big = too_big,
            TeamAction::AddText(text) => {
                next.draft = joined(&next.draft, text);
                next.shown = next.draft.clone();
            }
            TeamAction::Copied(copied) => next.copied = copied,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
