//! The functional core: questionnaire, scoring and saved progress. No web types below this line.

pub mod builtin;
pub mod compare;
pub mod link;
pub mod progress;
pub mod questionnaire;
pub mod scoring;
pub mod share;
