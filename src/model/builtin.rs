//! The built-in questionnaire, compiled into the app from `content/questionnaire.json`.

use crate::model::questionnaire::Questionnaire;

/// The file's text, as shipped. A native test validates it on every run.
pub const QUESTIONNAIRE_JSON: &str = include_str!("../../content/questionnaire.json");

/// The built-in questionnaire, loaded and validated.
///
/// The file is part of the build and a test proves it valid, so failure here is a broken build,
/// not bad input.
pub fn questionnaire() -> Questionnaire {
    Questionnaire::from_json(QUESTIONNAIRE_JSON)
        .expect("content/questionnaire.json is validated by the test suite")
}
