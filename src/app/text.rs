//! Every piece of interface text (the questionnaire carries its own), in one place so that a
//! translation finds all of it here.

pub const START: &str = "Start the assessment";
pub const CONTINUE: &str = "Continue where I left off";
pub const START_OVER: &str = "Start over";
pub const BACK: &str = "Back";
pub const NEXT: &str = "Next";
pub const NOT_SURE: &str = "Not sure";
pub const NEED_ANSWER: &str = "Choose an answer to go on. If you don't know, choose “Not sure”.";
pub const LAST_QUESTION_HINT: &str = "This is the last question: Next shows your result.";
pub const CHANGE_ANSWERS: &str = "Change my answers";
pub const DISMISS: &str = "Dismiss";
pub const PROGRESS_LABEL: &str = "Progress";

pub const INTRO_LEAD: &str = "Is the firm you work with a true partner, or a vendor that fills orders? \
When things run smoothly the two look alike; the difference shows in how they price, how they act when \
something breaks, and whether they think about your business or only about the next sale.";
pub const INTRO_LOOKS_AT: &str = "The assessment looks at:";
pub const PRIVACY: &str =
    "Your answers stay in this browser. Nothing is sent anywhere, and there are \
no cookies and no tracking.";

pub fn length(questions: usize) -> String {
    // About seven seconds a question, rounded up to whole minutes.
    let minutes = (questions * 7).div_ceil(60).max(1);
    format!("{questions} questions, about {minutes} minutes.")
}

pub fn question_of(k: usize, n: usize) -> String {
    format!("Question {k} of {n}")
}

// Notices
pub const RESTORED: &str = "Welcome back: your answers so far have been restored.";
pub const DISCARDED: &str = "Saved answers from an earlier visit could not be used (they were \
damaged or made for another version), so you are starting afresh.";
pub const NO_STORAGE: &str = "This browser is not letting the page save your progress, so your \
answers will be lost if you close or reload the tab. Everything else works.";

// Result
pub const RESULT_HEADING: &str = "Your result";
pub const INDEX_LABEL: &str = "Partner index";
pub const OUT_OF: &str = "out of 100";
pub const STAGE_LABEL: &str = "Stage";
pub const BY_DIMENSION: &str = "Dimension by dimension";
pub const CHART_LABEL: &str = "Bar chart of the score of each dimension, from 0 to 100. The same \
numbers are in the table that follows.";
pub const TABLE_CAPTION: &str = "Scores by dimension";
pub const COLUMN_DIMENSION: &str = "Dimension";
pub const COLUMN_SCORE: &str = "Score (0–100)";
pub const COLUMN_READING: &str = "Reading";
pub const NO_SCORE: &str = "no score";
pub const STRONGEST: &str = "Where they are strongest";
pub const WEAKEST: &str = "Where they are weakest";
pub const NEXT_STEP: &str = "Next step:";
pub const ASK_HEADING: &str = "Questions worth putting to them";
pub const NOTHING_SCORED: &str = "Every question was answered “Not sure”, so there is nothing to \
score yet. Go back and answer the questions you can, even roughly.";
pub const PRIVACY_RESULT: &str =
    "This result was worked out in your browser. Nobody else has seen \
your answers.";

pub fn left_out(left_out: usize, total: usize) -> String {
    match left_out {
        0 => format!("All {total} answers were scored."),
        1 => format!("1 of {total} questions was answered “Not sure” and left out of the score."),
        n => {
            format!("{n} of {total} questions were answered “Not sure” and left out of the score.")
        }
    }
}

pub fn score_of(score: u8) -> String {
    format!("{score} out of 100")
}

// The error view drawn when the app stops on an unexpected fault.
pub const FATAL_HEADING: &str = "Something went wrong";
pub const FATAL_TEXT: &str = "The assessment hit an unexpected problem and stopped. Your answers \
so far are still saved in this browser.";
pub const FATAL_RELOAD: &str = "Reload and continue";
pub const FATAL_START_OVER: &str = "Start over";
