//! Every piece of interface text, in every language (the questionnaire carries its own texts).
//!
//! [`Ui`] has one field per text; [`EN`] and [`DE`] fill every field, so a missing text is a
//! compile error, and a native test fails on an empty one or on placeholders that differ between
//! languages. Texts with numbers or names in them are templates with `{name}` placeholders,
//! filled by the methods below. Components read the current language's texts with
//! [`use_text`].

use crate::app::state::Broken;
use crate::model::link::LinkError;
use crate::model::questionnaire::Seat;
use crate::model::settings::{Reason, Warning};
use std::cell::Cell;
use yew::prelude::*;

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    De,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::De];

    /// The BCP 47 code, as in `<html lang>` and in the questionnaire's texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself, for the switch.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
        }
    }
}

thread_local! {
    /// The language on screen, for the view drawn after a fatal fault (which has no component
    /// tree to ask).
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

pub fn current() -> &'static Ui {
    ui(CURRENT.with(Cell::get))
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

/// The texts of the language the app provides as context (English without one).
#[hook]
pub fn use_text() -> &'static Ui {
    ui(use_context::<Lang>().unwrap_or_default())
}

macro_rules! texts {
    ($($name:ident),* $(,)?) => {
        /// Every interface text of one language.
        pub struct Ui {
            pub lang: Lang,
            $(pub $name: &'static str,)*
        }

        impl Ui {
            /// Every text with its name, for the completeness test.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name)),*]
            }
        }
    };
}

texts! {
    start, continue_, start_over, back, next, need_answer, last_question_hint,
    change_answers, dismiss, progress_label,
    intro_lead_client, intro_lead_provider, switch_to_provider, switch_to_client, intro_looks_at,
    privacy, privacy_embedded, this_website, length, question_of,
    restored, discarded, no_storage, load_failed,
    result_heading, index_label, out_of, stage_label, by_dimension, chart_label, table_caption,
    column_dimension, column_score, column_reading, no_score,
    ask_client,
    ask_provider, next_step, privacy_result, score_of, save_pdf,
    fatal_heading, fatal_text, fatal_reload,
    share_heading, share_name_label, share_name_hint, link_label, copy_link, copied,
    copy_fallback, share_sheet, email, qr_label, link_privacy, email_subject, email_summary,
    email_summary_plain, email_whole, labelled,
    shared_heading, shared_from, shared_note, take_it_yourself, answer_as_provider,
    answer_as_client, view_client, view_provider,
    compare_heading, compare_chart_label, compare_caption, column_gap, gaps_heading, no_gaps,
    broken_heading, broken_hint, broken_truncated, broken_not_ours, broken_checksum,
    broken_newer, broken_unknown, broken_out_of_range, broken_label, broken_not_comparable,
    problem_empty, problem_too_long, problem_markup, problem_control, problem_not_hex,
    problem_contrast, problem_not_https, problem_not_https_or_mail, problem_bad_address,
    problem_lens, problem_language, problem_origin, problem_unknown, problem_repeated,
    problem_encoding,
    cta_default_label, cta_heading, cta_heading_firm, cta_text, cta_mail_subject, logo_alt,
    configure_link, configure_heading, configure_lead, field_firm, hint_firm, field_accent,
    hint_accent, field_logo, hint_logo, field_cta_url, hint_cta_url, field_cta_label,
    hint_cta_label, field_lens, lens_client, lens_provider, field_lang, lang_automatic,
    preview_heading, preview_title, snippet_loader, snippet_iframe, copy_loader, copy_iframe,
    snippet_copied, snippet_selected, invalid_not_used, back_to_assessment,
    language_switch_label,
    cant_judge, not_applicable, strong_client, strong_provider, weak_client, weak_provider, work_next_client, work_next_provider, not_enough_answers, row_details, scored_count, left_out_detail, provisional_heading, provisional_text, missing_heading, revisit_one, revisit_many, held_back, how_link, how_page, new_tab, gap_steps, error_prefix, problem_heading, title_join, frame_title_firm, frame_title_plain, start_failed,
}

/// Fills `{name}` placeholders.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

impl Ui {
    pub fn intro_lead(&self, seat: Seat) -> &'static str {
        match seat {
            Seat::Client => self.intro_lead_client,
            Seat::Provider => self.intro_lead_provider,
        }
    }

    /// The link that answers from the other seat, `to` being that seat.
    pub fn switch_seat(&self, to: Seat) -> &'static str {
        match to {
            Seat::Provider => self.switch_to_provider,
            Seat::Client => self.switch_to_client,
        }
    }

    /// "30 questions, about 6 minutes": the minutes come from the questionnaire's text.
    pub fn length(&self, questions: usize, minutes: usize) -> String {
        fill(
            self.length,
            &[("n", &questions.to_string()), ("m", &minutes.to_string())],
        )
    }

    pub fn question_of(&self, k: usize, n: usize) -> String {
        fill(
            self.question_of,
            &[("k", &k.to_string()), ("n", &n.to_string())],
        )
    }

    pub fn privacy_embedded(&self, firm: Option<&str>) -> String {
        fill(
            self.privacy_embedded,
            &[("site", firm.unwrap_or(self.this_website))],
        )
    }

    /// The heading over the dimensions in the top band (`strong`), the bottom band, or, with
    /// neither, over the lowest of the middle band.
    pub fn band_heading(&self, seat: Seat, strong: Option<bool>) -> &'static str {
        match (seat, strong) {
            (Seat::Client, Some(true)) => self.strong_client,
            (Seat::Provider, Some(true)) => self.strong_provider,
            (Seat::Client, Some(false)) => self.weak_client,
            (Seat::Provider, Some(false)) => self.weak_provider,
            (Seat::Client, None) => self.work_next_client,
            (Seat::Provider, None) => self.work_next_provider,
        }
    }

    pub fn ask_heading(&self, seat: Seat) -> &'static str {
        match seat {
            Seat::Client => self.ask_client,
            Seat::Provider => self.ask_provider,
        }
    }

    /// How many answers were scored and, when any were left out, how many of each escape.
    pub fn counted(&self, scored: usize, cant_judge: usize, not_applicable: usize) -> String {
        let total = scored + cant_judge + not_applicable;
        let scored = fill(
            self.scored_count,
            &[("k", &scored.to_string()), ("n", &total.to_string())],
        );
        if cant_judge + not_applicable == 0 {
            return scored;
        }
        let detail = fill(
            self.left_out_detail,
            &[
                ("cj", &cant_judge.to_string()),
                ("na", &not_applicable.to_string()),
            ],
        );
        format!("{scored} {detail}")
    }

    pub fn provisional(
        &self,
        needed: usize,
        dimensions: usize,
        answers: usize,
        scored: usize,
    ) -> String {
        fill(
            self.provisional_text,
            &[
                ("k", &needed.to_string()),
                ("n", &dimensions.to_string()),
                ("a", &answers.to_string()),
                ("s", &scored.to_string()),
            ],
        )
    }

    pub fn revisit(&self, questions: usize) -> String {
        match questions {
            1 => self.revisit_one.to_string(),
            k => fill(self.revisit_many, &[("k", &k.to_string())]),
        }
    }

    pub fn held_back(&self, stage: &str) -> String {
        fill(self.held_back, &[("stage", stage)])
    }

    pub fn score_of(&self, score: u8) -> String {
        fill(self.score_of, &[("score", &score.to_string())])
    }

    pub fn email_body(
        &self,
        index: Option<u8>,
        stage: Option<&str>,
        label: Option<&str>,
        url: &str,
    ) -> String {
        let who = label
            .map(|l| fill(self.labelled, &[("label", l)]))
            .unwrap_or_default();
        let summary = match (index, stage) {
            (Some(index), Some(stage)) => fill(
                self.email_summary,
                &[
                    ("index", &index.to_string()),
                    ("stage", stage),
                    ("who", &who),
                ],
            ),
            _ => fill(self.email_summary_plain, &[("who", &who)]),
        };
        format!("{summary}\n\n{}\n{url}\n", self.email_whole)
    }

    pub fn shared_from(&self, label: &str) -> String {
        fill(self.shared_from, &[("label", label)])
    }

    /// The button that answers the other seat, for a shared result from `seat`.
    pub fn answer_other_seat(&self, seat: Seat) -> &'static str {
        match seat {
            Seat::Client => self.answer_as_provider,
            Seat::Provider => self.answer_as_client,
        }
    }

    pub fn seat_view(&self, seat: Seat) -> &'static str {
        match seat {
            Seat::Client => self.view_client,
            Seat::Provider => self.view_provider,
        }
    }

    pub fn side_name(&self, seat: Seat, label: Option<&str>) -> String {
        match label {
            Some(label) => format!(
                "{}{}",
                self.seat_view(seat),
                fill(self.labelled, &[("label", label)])
            ),
            None => self.seat_view(seat).to_string(),
        }
    }

    pub fn gap_steps(&self, steps: usize, of: usize) -> String {
        fill(
            self.gap_steps,
            &[("k", &steps.to_string()), ("n", &of.to_string())],
        )
    }

    /// Fills a template of the page on how the assessment works.
    pub fn fill(&self, template: &str, values: &[(&str, &str)]) -> String {
        fill(template, values)
    }

    pub fn broken(&self, reason: Broken) -> &'static str {
        match reason {
            Broken::Link(LinkError::Truncated) => self.broken_truncated,
            Broken::Link(LinkError::NotOurFormat) => self.broken_not_ours,
            Broken::Link(LinkError::ChecksumMismatch) => self.broken_checksum,
            Broken::Link(LinkError::NewerVersion) => self.broken_newer,
            Broken::Link(LinkError::UnknownQuestionnaire) => self.broken_unknown,
            Broken::Link(LinkError::AnswerOutOfRange) => self.broken_out_of_range,
            Broken::Link(LinkError::BadLabel) => self.broken_label,
            Broken::NotComparable => self.broken_not_comparable,
        }
    }

    /// Why a setting was refused, as a short phrase.
    pub fn setting_problem(&self, reason: &Reason) -> String {
        match reason {
            Reason::Empty => self.problem_empty.to_string(),
            Reason::TooLong { max } => fill(self.problem_too_long, &[("max", &max.to_string())]),
            Reason::Markup => self.problem_markup.to_string(),
            Reason::ControlCharacters => self.problem_control.to_string(),
            Reason::NotHexColour => self.problem_not_hex.to_string(),
            Reason::LowContrast { best } => {
                // Tenths by integer arithmetic: float formatting would cost the wasm 20 KB.
                let tenths = (best * 10.0) as u32;
                let separator = if self.lang == Lang::De { "," } else { "." };
                let best = format!("{}{separator}{}", tenths / 10, tenths % 10);
                fill(self.problem_contrast, &[("best", &best)])
            }
            Reason::NotHttps => self.problem_not_https.to_string(),
            Reason::NotHttpsOrMail => self.problem_not_https_or_mail.to_string(),
            Reason::BadAddress => self.problem_bad_address.to_string(),
            Reason::UnknownLens => self.problem_lens.to_string(),
            Reason::UnknownLanguage => fill(
                self.problem_language,
                &[("list", &crate::model::settings::LANGUAGES.join(", "))],
            ),
            Reason::BadOrigin => self.problem_origin.to_string(),
            Reason::UnknownSetting => self.problem_unknown.to_string(),
            Reason::Repeated => self.problem_repeated.to_string(),
            Reason::BadEncoding => self.problem_encoding.to_string(),
        }
    }

    /// The title of the frame the assessment is embedded in (a screen reader announces it).
    pub fn frame_title(&self, firm: Option<&str>) -> String {
        match firm {
            Some(firm) => fill(self.frame_title_firm, &[("firm", firm)]),
            None => self.frame_title_plain.to_string(),
        }
    }

    pub fn cta_heading(&self, firm: Option<&str>) -> String {
        match firm {
            Some(firm) => fill(self.cta_heading_firm, &[("firm", firm)]),
            None => self.cta_heading.to_string(),
        }
    }
}

/// The console warning for a refused setting, naming the attribute. For the firm's developer,
/// so always in English.
pub fn setting_warning(warning: &Warning) -> String {
    format!(
        "Partner or Vendor?: ignored the setting data-{} (\"{}\" in the address): {}. The default is used.",
        warning.key,
        warning.key,
        EN.setting_problem(&warning.reason)
    )
}

mod de;
mod en;

pub use de::DE;
pub use en::EN;

#[cfg(test)]
mod tests;
