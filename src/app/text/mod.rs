//! Every piece of interface text, in every language (the questionnaire carries its own texts).
//!
//! [`Ui`] has one field per text; [`EN`] and [`DE`] fill every field, so a missing text is a
//! compile error, and a native test fails on an empty one or on placeholders that differ between
//! languages. Texts with numbers or names in them are templates with `{name}` placeholders,
//! filled by the methods below. Components read the current language's texts with
//! [`use_text`].

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
    restored, discarded, no_storage, load_failed, try_again,
    result_heading, index_label, out_of, stage_label, by_dimension, chart_label, table_caption,
    column_dimension, column_score, column_reading, no_score,
    ask_client,
    ask_provider, next_step, privacy_result, score_of, save_pdf, download_csv,
    download_json,
    fatal_heading, fatal_text, fatal_reload,
    share_heading, share_name_label, share_name_hint, link_label, copy_link, copied,
    copy_fallback, share_sheet, email, qr_label, link_privacy, team_view, earlier_heading,
    earlier_index, earlier_no_index, compare_now, keep_results, forget_all, earlier_unavailable,
    earlier_off, email_subject, email_summary,
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
    configure_link,




    language_switch_label,
    cant_judge, not_applicable, strong_client, strong_provider, weak_client, weak_provider, work_next_client, work_next_provider, not_enough_answers, row_details, scored_count, left_out_detail, provisional_heading, provisional_text, missing_heading, revisit_one, revisit_many, held_back, how_link, how_page, new_tab, gap_steps, error_prefix, problem_heading, title_join, frame_title_firm, frame_title_plain, start_failed,
    intro_one_client, intro_one_provider, quick_offer, full_offer, quick_note, continue_full,
    contradiction_heading, contradiction_text, contradiction_revisit, evidence_label, evidence_line,
    problem_form,
}

mod templates;

pub use templates::setting_warning;

mod de;
mod en;

pub use de::DE;
pub use en::EN;

#[cfg(test)]
mod tests;
