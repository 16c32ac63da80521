//! Real history: the address follows the app and the app follows the address, so each step and
//! screen is an entry the browser's Back and Forward move between.

use crate::app::state::{Action, AppState, Intent};
use crate::app::{address, configure};
use crate::browser::embed;
use crate::model::route::Route;
use std::rc::Rc;
use yew::prelude::*;

/// The app's own history entries in this tab: their routes, and which one is on screen.
#[derive(Default)]
struct Entries {
    routes: Vec<Route>,
    at: usize,
    /// The entry and fragment last followed: a changed fragment is told by two events, and
    /// the second must not start a second fetch.
    followed: Option<(usize, String)>,
    /// The app's count of followed addresses when the address was last written.
    seen: u32,
}

impl Entries {
    /// The app shows `route`. Returns how to put it in the address: `Some(true)` as a new entry,
    /// `Some(false)` in place of the current one, `None` when the address already says it.
    /// After following an address (`following`), a difference is a correction: in place.
    fn show(&mut self, route: &Route, current: &Route, following: bool) -> Option<bool> {
        self.followed = None;
        if self.routes.is_empty() {
            // The first view: number the entry it came with.
            self.routes.push(route.clone());
            return Some(false);
        }
        let push =
            current != route && !following && !current.same_page(route) && !embed::is_framed();
        if push {
            self.at += 1;
            self.routes.truncate(self.at);
            self.routes.push(route.clone());
        } else if let Some(slot) = self.routes.get_mut(self.at) {
            *slot = route.clone();
        }
        (current != route).then_some(push)
    }

    /// The browser moved to another entry (Back, Forward, or an address typed into this tab).
    /// Whether the app should follow it: not when the same move is told a second time.
    fn arrive(&mut self, route: &Route) -> bool {
        let depth = history_depth();
        let here = (depth.unwrap_or(usize::MAX), address::fragment());
        if self.followed.as_ref() == Some(&here) {
            return false;
        }
        match depth {
            Some(at) => self.at = at.min(self.routes.len()),
            // An address typed or pasted into this tab: a new entry of its own.
            None => {
                self.at = (self.at + 1).min(self.routes.len());
                self.routes.truncate(self.at);
                self.routes.push(route.clone());
                address::write(route, false, self.at as u32);
            }
        }
        self.followed = Some((self.at, address::fragment()));
        true
    }

    /// The route of the entry before the one on screen, if the app made it.
    fn previous(&self) -> Option<&Route> {
        self.at.checked_sub(1).and_then(|k| self.routes.get(k))
    }
}

/// Keeps the address and the app in step. Every step and screen is a history entry, so the
/// browser's Back and Forward (and a phone's back gesture) move between questions and screens;
/// a change on the same page (a result's label) replaces its entry. In a frame on a firm's page
/// the address is replaced instead, so the widget never adds entries to the host page's
/// history and the browser's Back still leaves that page.
///
/// Returns the in-app Back: when the step before is the previous entry, it goes back in the
/// history rather than adding an entry.
#[hook]
pub fn use_address(state: &UseReducerHandle<AppState>) -> Callback<()> {
    let entries = use_mut_ref(Entries::default);
    {
        let entries = entries.clone();
        use_effect_with((state.route(), state.followed), move |(route, followed)| {
            let Some(route) = route else {
                return;
            };
            let mut entries = entries.borrow_mut();
            let following = std::mem::replace(&mut entries.seen, *followed) != *followed;
            if let Some(push) = entries.show(route, &address::route(), following) {
                address::write(route, push, entries.at as u32);
            }
        });
    }
    {
        let state = state.clone();
        let entries = entries.clone();
        use_effect_with((), move |_| {
            let follow = Rc::new(move || {
                let route = address::route();
                // The configurator's old address goes to its page; any other is followed once
                // what it needs of the catalog is here (a link made with a questionnaire this
                // tab has not fetched, or not in the visitor's language).
                if entries.borrow_mut().arrive(&route) && !configure::forward_old_address(&route) {
                    state.dispatch(Action::Want(Intent::Follow(route)));
                }
            });
            // Chromium tells of a changed fragment with both events; `arrive` follows it once.
            let listeners = web_sys::window().map(|window| {
                let on_pop = follow.clone();
                [
                    gloo_events::EventListener::new(&window, "popstate", move |_| on_pop()),
                    gloo_events::EventListener::new(&window, "hashchange", move |_| follow()),
                ]
            });
            move || drop(listeners)
        });
    }
    let state = state.clone();
    Callback::from(move |()| {
        let target = state.route_after_back();
        let previous = entries.borrow().previous().cloned();
        if target.is_some() && previous == target && !embed::is_framed() {
            address::back();
        } else {
            state.dispatch(Action::Back);
        }
    })
}

/// The number the app gave the history entry on screen, if it is one of its own.
fn history_depth() -> Option<usize> {
    let history = web_sys::window()?.history().ok()?;
    let depth = history.state().ok()?.as_f64()?;
    (depth >= 0.0).then_some(depth as usize)
}
