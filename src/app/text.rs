//! Every piece of interface text (the questionnaire carries its own), in one place so that a
//! translation finds all of it here.

use crate::app::state::Broken;
use crate::model::link::LinkError;
use crate::model::questionnaire::Seat;
use crate::model::settings::{Reason, Warning};

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

pub fn intro_lead(seat: Seat) -> &'static str {
    match seat {
        Seat::Client => {
            "Is the firm you work with a true partner, or a vendor that fills orders? \
When things run smoothly the two look alike; the difference shows in how they price, how they act \
when something breaks, and whether they think about your business or only about the next sale."
        }
        Seat::Provider => {
            "Do your clients get a partner in you, or a vendor that fills orders? \
Rate your own firm on the same questions a client would answer about you, then compare the two \
views side by side."
        }
    }
}

pub fn switch_seat(to: Seat) -> &'static str {
    match to {
        Seat::Provider => "Rate your own firm as a provider instead",
        Seat::Client => "Rate a firm you buy from instead",
    }
}
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
pub fn strongest(seat: Seat) -> &'static str {
    match seat {
        Seat::Client => "Where they are strongest",
        Seat::Provider => "Where you are strongest",
    }
}

pub fn weakest(seat: Seat) -> &'static str {
    match seat {
        Seat::Client => "Where they are weakest",
        Seat::Provider => "Where you are weakest",
    }
}

pub fn ask_heading(seat: Seat) -> &'static str {
    match seat {
        Seat::Client => "Questions worth putting to them",
        Seat::Provider => "Questions worth putting to your clients",
    }
}

pub const NEXT_STEP: &str = "Next step:";
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

// Sharing
pub const SHARE_HEADING: &str = "Share this result";
pub const SHARE_NAME_LABEL: &str = "Your company's name (optional)";
pub const SHARE_NAME_HINT: &str = "Shown to whoever opens the link. Up to 40 characters.";
pub const LINK_LABEL: &str = "Link to this result";
pub const COPY_LINK: &str = "Copy link";
pub const COPIED: &str = "Link copied.";
pub const COPY_FALLBACK: &str = "The link is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.";
pub const SHARE_SHEET: &str = "Share…";
pub const EMAIL: &str = "Email this result";
pub const QR_LABEL: &str = "QR code: scan it to open the result on a phone";
pub const LINK_PRIVACY: &str = "The whole result is inside the link, after the # sign, which \
browsers never send to a server.";

pub fn email_subject() -> String {
    "A Partner or Vendor? result".to_string()
}

pub fn email_body(
    index: Option<u8>,
    stage: Option<&str>,
    label: Option<&str>,
    url: &str,
) -> String {
    let who = label.map(|l| format!(" ({l})")).unwrap_or_default();
    let summary = match (index, stage) {
        (Some(index), Some(stage)) => format!("Partner index {index} out of 100: {stage}{who}."),
        _ => format!("A Partner or Vendor? result{who}."),
    };
    format!("{summary}\n\nThe whole result, dimension by dimension:\n{url}\n")
}

// A result opened from a link
pub const SHARED_HEADING: &str = "Shared result";
pub fn shared_from(label: &str) -> String {
    format!("Shared result: {label}")
}
pub const SHARED_NOTE: &str = "This result was shared with you as a link. It is worked out from \
the link alone, here in your browser, and cannot be changed.";
pub const TAKE_IT_YOURSELF: &str = "Take the assessment yourself";

/// The button that answers the other seat, for a shared result from `seat`.
pub fn answer_other_seat(seat: Seat) -> &'static str {
    match seat {
        Seat::Client => "Compare: answer as the provider",
        Seat::Provider => "Compare: answer as the client",
    }
}

pub fn seat_view(seat: Seat) -> &'static str {
    match seat {
        Seat::Client => "The client's view",
        Seat::Provider => "The provider's view",
    }
}

pub fn side_name(seat: Seat, label: Option<&str>) -> String {
    match label {
        Some(label) => format!("{} ({label})", seat_view(seat)),
        None => seat_view(seat).to_string(),
    }
}

// Comparison
pub const COMPARE_HEADING: &str = "Both sides compared";
pub const COMPARE_CHART_LABEL: &str =
    "Bar chart of each dimension's score from both sides, from 0 \
to 100. The same numbers are in the table that follows.";
pub const COMPARE_CAPTION: &str = "Scores by dimension, from both sides";
pub const COLUMN_GAP: &str = "Difference";
pub const GAPS_HEADING: &str = "Where the views differ most";
pub const NO_GAPS: &str = "On every question both sides answered, they gave the same answer.";
pub fn gap_points(points: u8) -> String {
    format!("{points} points apart")
}

// A link that cannot be opened
pub const BROKEN_HEADING: &str = "This link can't be opened";
pub const BROKEN_HINT: &str = "Nothing is lost: you can still take the assessment yourself.";

pub fn broken(reason: Broken) -> &'static str {
    match reason {
        Broken::Link(LinkError::Truncated) => {
            "This link is incomplete. Part of it was probably cut \
off when it was copied or sent. Ask for the whole link again."
        }
        Broken::Link(LinkError::NotOurFormat) => {
            "This isn't a Partner or Vendor? results link, or \
it was mangled beyond recognition."
        }
        Broken::Link(LinkError::ChecksumMismatch) => {
            "This link was changed or damaged on its way: \
its characters don't add up. Ask for it to be sent again."
        }
        Broken::Link(LinkError::NewerVersion) => {
            "This link was made by a newer version of the \
assessment than the one on this site. Open it where it was made, or try again later."
        }
        Broken::Link(LinkError::UnknownQuestionnaire) => {
            "This link belongs to a questionnaire that \
this site doesn't have."
        }
        Broken::Link(LinkError::AnswerOutOfRange) => {
            "This link holds answers that don't exist in \
the questionnaire, so it can't be shown."
        }
        Broken::Link(LinkError::BadLabel) => {
            "The name attached to this link is damaged, so the \
result can't be shown."
        }
        Broken::NotComparable => {
            "The two results in this link come from different \
questionnaires, so they can't be compared."
        }
    }
}

// Settings of an embedded widget

/// Why a setting was refused, as a short phrase.
pub fn setting_problem(reason: &Reason) -> String {
    match reason {
        Reason::Empty => "it is empty".to_string(),
        Reason::TooLong { max } => format!("it is longer than {max} characters"),
        Reason::Markup => "it must be plain text, without < or >".to_string(),
        Reason::ControlCharacters => "it contains control characters".to_string(),
        Reason::NotHexColour => "it must be a hex colour such as #0b6e4f".to_string(),
        Reason::LowContrast { best } => {
            // Tenths by integer arithmetic: float formatting would cost the wasm 20 KB.
            let tenths = (best * 10.0) as u32;
            format!(
                "neither white nor dark text can be read on this colour (best contrast {}.{}:1, \
                 at least 4.5:1 is needed); choose a darker or a lighter shade",
                tenths / 10,
                tenths % 10
            )
        }
        Reason::NotHttps => "it must be an https:// address".to_string(),
        Reason::NotHttpsOrMail => "it must be an https:// address or a mailto: link".to_string(),
        Reason::BadAddress => "it is not a valid address".to_string(),
        Reason::UnknownLens => "it must be \"client\" or \"provider\"".to_string(),
        Reason::UnknownLanguage => format!(
            "it must be one of: {}",
            crate::model::settings::LANGUAGES.join(", ")
        ),
        Reason::BadOrigin => "it must be an origin such as https://example.com".to_string(),
        Reason::UnknownSetting => "there is no such setting".to_string(),
        Reason::Repeated => "it is given more than once; the first one is used".to_string(),
        Reason::BadEncoding => "it is not correctly URL-encoded".to_string(),
    }
}

/// The console warning for a refused setting, naming the attribute.
pub fn setting_warning(warning: &Warning) -> String {
    format!(
        "Partner or Vendor?: ignored the setting data-{} (\"{}\" in the address): {}. The default is used.",
        warning.key,
        warning.key,
        setting_problem(&warning.reason)
    )
}

pub const CTA_DEFAULT_LABEL: &str = "Talk to us";
pub fn cta_heading(firm: Option<&str>) -> String {
    match firm {
        Some(firm) => format!("Talk it through with {firm}"),
        None => "Talk it through".to_string(),
    }
}
pub const CTA_TEXT: &str = "A result is a starting point. Going through it with someone who \
sees many such relationships turns the weakest dimensions into a short list of things to change.";
pub const CTA_MAIL_SUBJECT: &str = "Our Partner or Vendor? result";
pub fn privacy_embedded(firm: Option<&str>) -> String {
    let site = firm.unwrap_or("this website");
    format!(
        "Your answers stay in this browser: nothing is sent to any server, and there are no \
cookies and no tracking. When you finish, the page of {site} that shows this assessment is told \
your scores and the link to your result."
    )
}
pub fn logo_alt(firm: Option<&str>) -> String {
    match firm {
        Some(firm) => format!("{firm} logo"),
        None => "Logo".to_string(),
    }
}
pub fn frame_title(firm: Option<&str>) -> String {
    match firm {
        Some(firm) => format!("Partner or Vendor? assessment by {firm}"),
        None => "Partner or Vendor? assessment".to_string(),
    }
}

// Configurator
pub const CONFIGURE_LINK: &str = "For firms: put this assessment on your website";
pub const CONFIGURE_HEADING: &str = "Put the assessment on your website";
pub const CONFIGURE_LEAD: &str = "Fill in your firm's details, check the preview, then copy a \
snippet into your page. Every setting is optional; the preview and the snippets update as you type.";
pub const FIELD_FIRM: &str = "Firm name";
pub const HINT_FIRM: &str = "Plain text, up to 60 characters.";
pub const FIELD_ACCENT: &str = "Accent colour";
pub const HINT_ACCENT: &str = "A hex colour such as #0b6e4f, used for buttons. The text on it is \
chosen to stay readable.";
pub const FIELD_LOGO: &str = "Logo address";
pub const HINT_LOGO: &str = "An https:// address of an image.";
pub const FIELD_CTA_URL: &str = "Call to action";
pub const HINT_CTA_URL: &str = "An https:// page (it receives the results link as the parameter \
“result”) or a mailto: address.";
pub const FIELD_CTA_LABEL: &str = "Call to action label";
pub const HINT_CTA_LABEL: &str = "Plain text, up to 40 characters. Default: “Talk to us”.";
pub const FIELD_LENS: &str = "Who answers";
pub const LENS_CLIENT: &str = "Clients rate a firm they buy from";
pub const LENS_PROVIDER: &str = "A firm rates itself as a provider";
pub const FIELD_LANG: &str = "Language";
pub const LANG_AUTOMATIC: &str = "The visitor's browser language";
pub const LANG_EN: &str = "English";
pub const PREVIEW_HEADING: &str = "Preview";
pub const PREVIEW_TITLE: &str = "Preview of your widget";
pub const SNIPPET_LOADER: &str = "Snippet with the loader (recommended: it sizes the frame and \
tells your page when a visitor finishes)";
pub const SNIPPET_IFRAME: &str = "Plain iframe snippet (no script, fixed height)";
pub const COPY_LOADER: &str = "Copy loader snippet";
pub const COPY_IFRAME: &str = "Copy iframe snippet";
pub const SNIPPET_COPIED: &str = "Snippet copied.";
pub const SNIPPET_SELECTED: &str = "Copying is not allowed here: the snippet is selected, press \
Ctrl+C or Cmd+C to copy it.";
pub const INVALID_NOT_USED: &str = "Not used until corrected:";
pub const BACK_TO_ASSESSMENT: &str = "Back to the assessment";
