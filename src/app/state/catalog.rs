//! The questionnaires the app knows (the built-in one, then the parts of the catalog fetched as
//! views need them), and a result opened from a link.

use crate::model::builtin;
use crate::model::link::{self, LinkError};
use crate::model::questionnaire::{Form, Questionnaire, Seat};
use crate::model::route::Route;
use crate::model::scoring::Answers;
use std::rc::Rc;

/// A value held by reference and compared by identity: one that never changes while the app
/// runs (a questionnaire: comparing it by value on every render would cost time in proportion
/// to its size), or one whose every new copy is news (a reading of the earlier results).
#[derive(Debug)]
pub struct ById<T>(pub Rc<T>);

impl<T> Clone for ById<T> {
    fn clone(&self) -> Self {
        ById(self.0.clone())
    }
}

impl<T> PartialEq for ById<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for ById<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// A questionnaire of the catalog, compared by identity.
pub type QuestionnaireRef = ById<Questionnaire>;

/// The questionnaires the app knows: at first the one built in (the current client seat in
/// English), then a current seat in another language or the other seat as a visitor needs them
/// (`with_parts`), and once fetched the whole catalog (every seat, language and released version
/// that results links may name).
#[derive(Debug)]
pub struct Catalog {
    pub all: Vec<QuestionnaireRef>,
    /// Whether the whole catalog is here (see `browser::more`).
    pub complete: bool,
}

impl Catalog {
    pub fn builtin() -> Catalog {
        Catalog {
            all: builtin::catalog()
                .into_iter()
                .map(|q| ById(Rc::new(q)))
                .collect(),
            complete: !cfg!(target_arch = "wasm32"),
        }
    }

    /// The whole catalog, as fetched (with its quick checks, see `browser::more::fetch`): it
    /// holds the built-in questionnaire too, in every language.
    pub fn whole(whole: Vec<Questionnaire>) -> Catalog {
        Catalog {
            all: whole.into_iter().map(|q| ById(Rc::new(q))).collect(),
            complete: true,
        }
    }

    /// The catalog with `part` (a current seat's questionnaire, see `builtin::part`) in place
    /// of the same questionnaire in fewer languages, or added when it is not here. Views
    /// re-point to the new copy (`copy_of`).
    pub fn with_parts(&self, parts: impl IntoIterator<Item = QuestionnaireRef>) -> Catalog {
        let mut all = self.all.clone();
        for part in parts {
            match all
                .iter()
                .position(|q| q.id == part.id && q.version == part.version)
            {
                Some(k) if all[k].languages.len() < part.languages.len() => all[k] = part,
                Some(_) => {}
                None => all.push(part),
            }
        }
        Catalog {
            all,
            complete: self.complete,
        }
    }

    /// Everything this catalog and `other` hold (fetches that ran side by side each add their
    /// part to the catalog they started from; neither part is lost).
    pub fn join(self: &Rc<Self>, other: &Rc<Catalog>) -> Rc<Catalog> {
        if other.complete || Rc::ptr_eq(self, other) {
            return other.clone();
        }
        if self.complete {
            return self.clone();
        }
        Rc::new(self.with_parts(other.all.iter().cloned()))
    }

    /// What answering `seat` in `lang` needs that this catalog lacks: that seat's current
    /// questionnaire in that language (a part), or the whole catalog when the progress saved
    /// for the seat (`saved`: the questionnaire and version it was saved with, which the shell
    /// reads) names a version this catalog lacks.
    pub fn need(&self, seat: Seat, lang: &str, saved: Option<(&str, u32)>) -> Need {
        let lacks_saved = saved.is_some_and(|(id, version)| self.find(id, version).is_none());
        match self
            .all
            .iter()
            .find(|q| q.seat == seat && q.form == Form::Full)
        {
            _ if self.complete => Need::Nothing,
            Some(_) if lacks_saved => Need::Whole,
            Some(q) if q.languages.iter().any(|l| l == lang) => Need::Nothing,
            _ => Need::Part(seat),
        }
    }

    /// What showing `route` needs, answering `seat`: that seat, the seats of the results a link
    /// carries, and the whole catalog for a link this catalog cannot read (made with the
    /// provider seat or a released version) or for answering the other seat against a result.
    pub fn wanted(&self, route: &Route, seat: Seat) -> Wanted {
        let mut wanted = Wanted::of(vec![seat]);
        let payloads = match route {
            Route::Shared(first) => vec![first],
            Route::Comparison { first, second } => vec![first, second],
            Route::Against { .. } => {
                wanted.whole = !self.complete;
                return wanted;
            }
            Route::Intro | Route::Question(_) | Route::Result | Route::Configure => Vec::new(),
        };
        for payload in payloads {
            match self.decode(payload) {
                Ok(opened) => wanted.seats.push(opened.questionnaire.seat),
                Err(LinkError::UnknownQuestionnaire | LinkError::NewerVersion) => {
                    wanted.whole = !self.complete
                }
                Err(_) => {}
            }
        }
        wanted
    }

    /// Every seat whose questionnaire is here: what a change of language needs in the new one.
    pub fn seats(&self) -> Wanted {
        let mut seats = Vec::new();
        for q in &self.all {
            if !seats.contains(&q.seat) {
                seats.push(q.seat);
            }
        }
        Wanted::of(seats)
    }

    /// Whether `wanted` in `lang` needs anything fetched, for a visitor without saved progress.
    pub fn lacks(&self, wanted: &Wanted, lang: &str) -> bool {
        (wanted.whole && !self.complete)
            || wanted
                .seats
                .iter()
                .any(|seat| self.need(*seat, lang, None) != Need::Nothing)
    }

    /// The questionnaire with this id and version, if this catalog holds it.
    pub fn find(&self, id: &str, version: u32) -> Option<&QuestionnaireRef> {
        self.all.iter().find(|q| q.id == id && q.version == version)
    }

    /// This catalog's copy of `q` (the same id and version): after the whole catalog arrives,
    /// views show its texts in every language.
    pub fn copy_of(&self, q: &QuestionnaireRef) -> QuestionnaireRef {
        self.find(&q.id, q.version)
            .cloned()
            .unwrap_or_else(|| q.clone())
    }

    /// Every version of a seat's questionnaire, the current one first, then its quick check,
    /// for resuming progress saved with an earlier version or the quick check.
    pub fn versions(&self, seat: Seat) -> Vec<QuestionnaireRef> {
        let current = self.for_seat(seat);
        let quick = current.quick_id();
        let mut versions = vec![current.clone()];
        versions.extend(
            self.all
                .iter()
                .filter(|q| (q.id == current.id || q.id == quick) && !Rc::ptr_eq(&q.0, &current.0))
                .cloned(),
        );
        versions
    }

    /// The current questionnaire of a seat (the first full form listed, as
    /// `builtin::catalog` orders them).
    pub fn for_seat(&self, seat: Seat) -> QuestionnaireRef {
        self.all
            .iter()
            .find(|q| q.seat == seat && q.form == Form::Full)
            .or_else(|| self.all.first())
            .cloned()
            .expect("the built-in catalog is never empty")
    }

    /// The current quick check of a seat, when its questionnaire has one.
    pub fn quick_for_seat(&self, seat: Seat) -> Option<QuestionnaireRef> {
        let current = self.for_seat(seat);
        self.find(&current.quick_id(), current.version).cloned()
    }

    /// The form asked for: the seat's quick check when `quick` and it has one, else its
    /// full questionnaire.
    pub fn form_for(&self, seat: Seat, quick: bool) -> QuestionnaireRef {
        quick
            .then(|| self.quick_for_seat(seat))
            .flatten()
            .unwrap_or_else(|| self.for_seat(seat))
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

/// What must be fetched before a seat can be answered in a language (see `Catalog::need`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    Nothing,
    /// The seat's current questionnaire in that language.
    Part(Seat),
    /// The whole catalog: every seat, language and released version.
    Whole,
}

/// What a view needs: the current questionnaires of these seats (in the visitor's language),
/// and the whole catalog when `whole`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wanted {
    pub seats: Vec<Seat>,
    pub whole: bool,
}

impl Wanted {
    pub fn of(seats: Vec<Seat>) -> Wanted {
        Wanted {
            seats,
            whole: false,
        }
    }
}

/// A result opened from a link (or made by this visitor, to be compared).
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub questionnaire: QuestionnaireRef,
    pub answers: Rc<Answers>,
    pub label: Option<String>,
    pub payload: String,
}

impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
