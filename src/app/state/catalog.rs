//! The questionnaires the app knows (the built-in one, then the whole catalog once fetched),
//! and a result opened from a link.

use crate::browser::storage;
use crate::model::builtin;
use crate::model::link::{self, LinkError};
use crate::model::questionnaire::{Questionnaire, Seat};
use crate::model::route::Route;
use crate::model::scoring::Answers;
use std::rc::Rc;

/// A shared questionnaire compared by identity: it never changes while the app runs, and
/// comparing it by value on every render would cost time in proportion to its size.
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Questionnaire>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = Questionnaire;
    fn deref(&self) -> &Questionnaire {
        &self.0
    }
}

/// The questionnaires the app knows: at first the one built in (the current client seat in
/// English), and once fetched the whole catalog (every seat, language and released version
/// that results links may name).
#[derive(Debug)]
pub struct Catalog {
    pub all: Vec<Shared>,
    /// Whether the whole catalog is here (see `browser::more`).
    pub complete: bool,
}

impl Catalog {
    pub fn builtin() -> Catalog {
        Catalog {
            all: builtin::catalog()
                .into_iter()
                .map(|q| Shared(Rc::new(q)))
                .collect(),
            complete: !cfg!(target_arch = "wasm32"),
        }
    }

    /// The whole catalog, as fetched: it holds the built-in questionnaire too, in every language.
    pub fn with(&self, whole: Vec<Questionnaire>) -> Catalog {
        Catalog {
            all: whole.into_iter().map(|q| Shared(Rc::new(q))).collect(),
            complete: true,
        }
    }

    /// Whether every questionnaire here has its texts in `lang` (the built-in one has only its
    /// first language until the whole catalog is fetched).
    pub fn speaks(&self, lang: &str) -> bool {
        self.all
            .iter()
            .all(|q| q.languages.iter().any(|l| l == lang))
    }

    /// The questionnaire with this id and version, if this catalog holds it.
    pub fn find(&self, id: &str, version: u32) -> Option<&Shared> {
        self.all.iter().find(|q| q.id == id && q.version == version)
    }

    /// Whether progress saved for a seat names a version this catalog lacks (it must be fetched
    /// before that progress can resume).
    pub fn lacks_saved_version(&self, seat: Seat) -> bool {
        storage::saved_version(&self.for_seat(seat))
            .is_some_and(|(id, version)| self.find(&id, version).is_none())
    }

    /// This catalog's copy of `q` (the same id and version): after the whole catalog arrives,
    /// views show its texts in every language.
    pub fn copy_of(&self, q: &Shared) -> Shared {
        self.find(&q.id, q.version)
            .cloned()
            .unwrap_or_else(|| q.clone())
    }

    pub fn has_seat(&self, seat: Seat) -> bool {
        self.all.iter().any(|q| q.seat == seat)
    }

    /// Whether opening `route` needs a questionnaire this catalog lacks (a link made with the
    /// provider seat or a released version, or answering the other seat against a result), so
    /// the whole catalog must be fetched first.
    pub fn needs_more_for(&self, route: &Route) -> bool {
        let payloads = match route {
            Route::Shared(first) => vec![first],
            Route::Comparison { first, second } => vec![first, second],
            Route::Against { .. } => return !self.complete,
            _ => Vec::new(),
        };
        !self.complete
            && payloads.into_iter().any(|payload| {
                matches!(
                    self.decode(payload),
                    Err(LinkError::UnknownQuestionnaire | LinkError::NewerVersion)
                )
            })
    }

    /// Every version of a seat's questionnaire, the current one first, for resuming progress
    /// saved with an earlier version.
    pub fn versions(&self, seat: Seat) -> Vec<Shared> {
        let current = self.for_seat(seat);
        let mut versions = vec![current.clone()];
        versions.extend(
            self.all
                .iter()
                .filter(|q| q.id == current.id && !Rc::ptr_eq(&q.0, &current.0))
                .cloned(),
        );
        versions
    }

    /// The current questionnaire of a seat (the first listed, as `builtin::catalog` orders them).
    pub fn for_seat(&self, seat: Seat) -> Shared {
        self.all
            .iter()
            .find(|q| q.seat == seat)
            .or_else(|| self.all.first())
            .cloned()
            .expect("the built-in catalog is never empty")
    }

    pub fn decode(&self, payload: &str) -> Result<Opened, LinkError> {
        let refs: Vec<&Questionnaire> = self.all.iter().map(|q| &*q.0).collect();
        let decoded = link::decode(&refs, payload)?;
        Ok(Opened {
            questionnaire: self.all[decoded.questionnaire].clone(),
            answers: Rc::new(decoded.answers),
            label: decoded.label,
            payload: payload.trim().to_string(),
        })
    }
}

/// A result opened from a link (or made by this visitor, to be compared).
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub questionnaire: Shared,
    pub answers: Rc<Answers>,
    pub label: Option<String>,
    pub payload: String,
}

impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
