//! The state and its address: going where a `Route` says, and the route of what is on screen.

use super::{comparable, AppState, Broken, Place, Screen};
use crate::model::progress::Step;
use crate::model::route::Route;

impl AppState {
    /// Goes where an address says, as far as the answers allow (see `Progress::go`). Answering
    /// against a shared result needs that seat's saved progress, which the shell loads first
    /// (`UseSeat`); without it, the address shows the shared result.
    pub fn go(&mut self, route: &Route) {
        let answering = self.answering_against().map(|o| o.payload.clone());
        let answering = answering.as_deref();
        match route {
            Route::Intro | Route::Configure => self.own(Step::Intro),
            Route::Question(k) => self.own(Step::Question(*k)),
            Route::Result => self.own(Step::Result),
            Route::Against { shared, question } if answering == Some(shared.trim()) => {
                self.progress.go(Step::Question(*question))
            }
            Route::Comparison { first, second }
                if answering == Some(first.trim()) && *second == self.own_payload() =>
            {
                self.progress.go(Step::Result)
            }
            Route::Shared(shared) | Route::Against { shared, .. } => {
                self.screen = match self.catalog.decode(shared) {
                    Ok(opened) => Screen::SharedResult(opened),
                    Err(e) => Screen::BrokenLink(Broken::Link(e)),
                }
            }
            Route::Comparison { first, second } => self.compare(first, second),
        }
    }

    /// The visitor's own journey, at `step` as far as it can be reached.
    fn own(&mut self, step: Step) {
        self.screen = Screen::Journey;
        self.progress.go(step);
    }

    fn compare(&mut self, first: &str, second: &str) {
        self.screen = match (self.catalog.decode(first), self.catalog.decode(second)) {
            (Err(e), _) | (_, Err(e)) => Screen::BrokenLink(Broken::Link(e)),
            (Ok(a), Ok(b)) if comparable(&a.questionnaire, &b.questionnaire) => {
                Screen::Comparison(a, b)
            }
            (Ok(_), Ok(_)) => Screen::BrokenLink(Broken::NotComparable),
        };
    }

    /// Where the app is, as an address; `None` for a broken link, whose address stays as it
    /// came so the visitor can see what they opened.
    pub fn route(&self) -> Option<Route> {
        Some(match self.place() {
            Place::Intro => Route::Intro,
            Place::Question(k) => Route::Question(k),
            Place::Result => Route::Result,
            Place::AgainstQuestion(against, question) => Route::Against {
                shared: against.payload.clone(),
                question,
            },
            Place::AgainstResult(against) => Route::Comparison {
                first: against.payload.clone(),
                second: self.own_payload(),
            },
            Place::Shared(opened) => Route::Shared(opened.payload.clone()),
            Place::Comparison(first, second) => Route::Comparison {
                first: first.payload.clone(),
                second: second.payload.clone(),
            },
            Place::Broken(_) => return None,
        })
    }

    /// Where one step back leads.
    pub fn route_after_back(&self) -> Option<Route> {
        let mut next = self.clone();
        next.back();
        next.route()
    }
}
