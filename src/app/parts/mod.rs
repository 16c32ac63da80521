//! Small pieces the app's pages share (the visitor's screens, the team view, the
//! configurator): below all of them, so none of those needs another to reach them. Nothing
//! here imports a page or a screen.

pub mod copy;
pub mod date;
pub mod print;
