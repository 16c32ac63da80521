//! Thin adapters to the browser: saved progress and earlier results in storage, the widget's
//! settings and messages when embedded, fetching the catalog, downloads, and the view drawn
//! after a fatal fault. Nothing here knows the shell above it (`src/app/`). Every call
//! into the browser here can fail, and each failure is an ordinary value, never a panic.

pub mod download;
pub mod embed;
pub mod fatal;
pub mod kept;
pub mod more;
pub mod storage;
