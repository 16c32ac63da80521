//! Thin adapters to the browser: storage and the view drawn after a fatal fault. Every call
//! into the browser here can fail, and each failure is an ordinary value, never a panic.

pub mod download;
pub mod embed;
pub mod fatal;
pub mod kept;
pub mod more;
pub mod storage;
