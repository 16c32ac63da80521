//! Partner or Vendor? — a self-assessment that runs entirely in the browser.
//!
//! `model` is the functional core (no web types); `app` is the Yew shell and `browser` its thin
//! adapters to storage and the page. See ARCHITECTURE.md for the map.

pub mod app;
pub mod browser;
pub mod model;
