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

pub static EN: Ui = Ui {
    lang: Lang::En,
    start: "Start the assessment",
    continue_: "Continue where I left off",
    start_over: "Start over",
    back: "Back",
    next: "Next",
    cant_judge: "I can't judge",
    not_applicable: "Doesn't apply to us",
    need_answer: "Choose an answer to go on. If you can't judge, or the question doesn't apply to you, choose one of the last two answers.",
    last_question_hint: "This is the last question: Next shows your result.",
    change_answers: "Change my answers",
    dismiss: "Dismiss",
    progress_label: "Progress",
    intro_lead_client: "Is the firm you work with a true partner, or a vendor that fills orders? \
When things run smoothly the two look alike; the difference shows in how they price, how they act \
when something breaks, and whether they think about your business or only about the next sale.",
    intro_lead_provider: "Do your clients get a partner in you, or a vendor that fills orders? \
Rate your own firm on the same questions a client would answer about you, then compare the two \
views side by side.",
    switch_to_provider: "Rate your own firm as a provider instead",
    switch_to_client: "Rate a firm you buy from instead",
    intro_looks_at: "The assessment looks at:",
    privacy: "Your answers stay in this browser. Nothing is sent anywhere, and there are no \
cookies and no tracking.",
    privacy_embedded: "Your answers stay in this browser: nothing is sent to any server, and \
there are no cookies and no tracking. When you finish, the page of {site} that shows this \
assessment is told your scores and the link to your result.",
    this_website: "this website",
    length: "{n} questions, about {m} minutes.",
    question_of: "Question {k} of {n}",
    restored: "Welcome back: your answers so far have been restored.",
    discarded: "Saved answers from an earlier visit could not be used (they were damaged or \
made for another version), so you are starting afresh.",
    load_failed: "The questions of the other side, or of an earlier version, could not be loaded just now. Check the connection and try again; your answers are kept.",
    no_storage: "This browser is not letting the page save your progress, so your answers will \
be lost if you close or reload the tab. Everything else works.",
    result_heading: "Your result",
    index_label: "Partner index",
    out_of: "out of 100",
    stage_label: "Stage",
    by_dimension: "Dimension by dimension",
    chart_label: "Bar chart of the score of each dimension, from 0 to 100. The same numbers are \
in the table that follows.",
    table_caption: "Scores by dimension",
    column_dimension: "Dimension",
    column_score: "Score (0–100)",
    column_reading: "Reading",
    no_score: "no score",
    ask_client: "Questions to ask your provider — or any firm that wants to be your partner",
    ask_provider: "Questions to ask this client about how they see you",
    next_step: "Next step:",
    strong_client: "Where they are strong",
    strong_provider: "Where you are strong",
    weak_client: "Where they are weak",
    weak_provider: "Where you are weak",
    work_next_client: "Where to work next: nothing is weak, nothing strong yet",
    work_next_provider: "Where to work next: nothing is weak, nothing strong yet",
    not_enough_answers: "not enough answers",
    row_details: "What it means, and a next step",
    scored_count: "{k} of {n} answers count towards the score.",
    left_out_detail: "Left out of the score: “I can't judge” {cj}, “Doesn't apply to us” {na}.",
    provisional_heading: "Not enough answers for an overall result yet",
    provisional_text: "An overall partner index needs scores in at least {k} of the {n} dimensions, and a dimension needs at least {a} answered questions. So far {s} dimensions have a score. What follows is what the answers can support: the dimensions that do have a score.",
    missing_heading: "Dimensions without a score",
    revisit_one: "Answer the skipped question",
    revisit_many: "Answer the {k} skipped questions",
    held_back: "On the index alone this would be “{stage}”. It is held back by:",
    how_link: "How this assessment works",
    how_page: "how-it-works.en.html",
    new_tab: " (opens in a new tab)",
    error_prefix: "Error: ",
    problem_heading: "There is a problem",
    title_join: " — ",
    frame_title_firm: "Partner or Vendor? assessment by {firm}",
    frame_title_plain: "Partner or Vendor? assessment",
    start_failed: "The assessment could not start in this browser. Please reload the page, or try an up-to-date browser.",
    privacy_result: "This result was worked out in your browser. Nobody else has seen your \
answers.",
    score_of: "{score} out of 100",
    save_pdf: "Save as PDF",
    fatal_heading: "Something went wrong",
    fatal_text: "The assessment hit an unexpected problem and stopped. Your answers so far are \
still saved in this browser.",
    fatal_reload: "Reload and continue",
    share_heading: "Share this result",
    share_name_label: "Your company's name (optional)",
    share_name_hint: "Shown to whoever opens the link. Up to 40 characters.",
    link_label: "Link to this result",
    copy_link: "Copy link",
    copied: "Link copied.",
    copy_fallback: "The link is selected: press Ctrl+C (or ⌘C on a Mac) to copy it.",
    share_sheet: "Share…",
    email: "Email this result",
    qr_label: "QR code: scan it to open the result on a phone",
    link_privacy: "The whole result is inside the link, after the # sign, which browsers never \
send to a server.",
    email_subject: "A Partner or Vendor? result",
    email_summary: "Partner index {index} out of 100: {stage}{who}.",
    email_summary_plain: "A Partner or Vendor? result{who}.",
    email_whole: "The whole result, dimension by dimension:",
    labelled: " ({label})",
    shared_heading: "Shared result",
    shared_from: "Shared result: {label}",
    shared_note: "This result was shared with you as a link. It is worked out from the link \
alone, here in your browser, and cannot be changed.",
    take_it_yourself: "Take the assessment yourself",
    answer_as_provider: "Compare: answer as the provider",
    answer_as_client: "Compare: answer as the client",
    view_client: "The client's view",
    view_provider: "The provider's view",
    compare_heading: "Both sides compared",
    compare_chart_label: "Bar chart of each dimension's score from both sides, from 0 to 100. \
The same numbers are in the table that follows.",
    compare_caption: "Scores by dimension, from both sides",
    column_gap: "Difference",
    gap_steps: "{k} of {n} steps apart",
    gaps_heading: "Where the views differ most",
    no_gaps: "On every question both sides answered, they gave the same answer.",
    broken_heading: "This link can't be opened",
    broken_hint: "Nothing is lost: you can still take the assessment yourself.",
    broken_truncated: "This link is incomplete. Part of it was probably cut off when it was \
copied or sent. Ask for the whole link again.",
    broken_not_ours: "This isn't a Partner or Vendor? results link, or it was mangled beyond \
recognition.",
    broken_checksum: "This link was changed or damaged on its way: its characters don't add up. \
Ask for it to be sent again.",
    broken_newer: "This link was made by a newer version of the assessment than the one on this \
site. Open it where it was made, or try again later.",
    broken_unknown: "This link belongs to a questionnaire that this site doesn't have.",
    broken_out_of_range: "This link holds answers that don't exist in the questionnaire, so it \
can't be shown.",
    broken_label: "The name attached to this link is damaged, so the result can't be shown.",
    broken_not_comparable: "The two results in this link come from different questionnaires, \
so they can't be compared.",
    problem_empty: "it is empty",
    problem_too_long: "it is longer than {max} characters",
    problem_markup: "it must be plain text, without < or >",
    problem_control: "it contains control characters",
    problem_not_hex: "it must be a hex colour such as #0b6e4f",
    problem_contrast: "neither white nor dark text can be read on this colour (best contrast \
{best}:1, at least 4.5:1 is needed); choose a darker or a lighter shade",
    problem_not_https: "it must be an https:// address",
    problem_not_https_or_mail: "it must be an https:// address or a mailto: link",
    problem_bad_address: "it is not a valid address",
    problem_lens: "it must be \"client\" or \"provider\"",
    problem_language: "it must be one of: {list}",
    problem_origin: "it must be an origin such as https://example.com",
    problem_unknown: "there is no such setting",
    problem_repeated: "it is given more than once; the first one is used",
    problem_encoding: "it is not correctly URL-encoded",
    cta_default_label: "Talk to us",
    cta_heading: "Talk it through",
    cta_heading_firm: "Talk it through with {firm}",
    cta_text: "A result is a starting point. Going through it with someone who sees many such \
relationships turns the weakest dimensions into a short list of things to change.",
    cta_mail_subject: "Our Partner or Vendor? result",
    logo_alt: "Logo",
    configure_link: "For firms: put this assessment on your website",
    configure_heading: "Put the assessment on your website",
    configure_lead: "Fill in your firm's details, check the preview, then copy a snippet into \
your page. Every setting is optional; the preview and the snippets update as you type.",
    field_firm: "Firm name",
    hint_firm: "Plain text, up to 60 characters.",
    field_accent: "Accent colour",
    hint_accent: "A hex colour such as #0b6e4f, used for buttons. The text on it is chosen to \
stay readable.",
    field_logo: "Logo address",
    hint_logo: "An https:// address of an image.",
    field_cta_url: "Call to action",
    hint_cta_url: "An https:// page (it receives the results link as the parameter “result”) \
or a mailto: address.",
    field_cta_label: "Call to action label",
    hint_cta_label: "Plain text, up to 40 characters. Default: “Talk to us”.",
    field_lens: "Who answers",
    lens_client: "Clients rate a firm they buy from",
    lens_provider: "A firm rates itself as a provider",
    field_lang: "Language",
    lang_automatic: "The visitor's browser language",
    preview_heading: "Preview",
    preview_title: "Preview of your widget",
    snippet_loader: "Snippet with the loader (recommended: it sizes the frame and tells your \
page when a visitor finishes)",
    snippet_iframe: "Plain iframe snippet (no script, fixed height)",
    copy_loader: "Copy loader snippet",
    copy_iframe: "Copy iframe snippet",
    snippet_copied: "Snippet copied.",
    snippet_selected: "Copying is not allowed here: the snippet is selected, press Ctrl+C or \
Cmd+C to copy it.",
    invalid_not_used: "Not used until corrected:",
    back_to_assessment: "Back to the assessment",
    language_switch_label: "Language",
};

pub static DE: Ui = Ui {
    lang: Lang::De,
    start: "Einschätzung starten",
    continue_: "Weitermachen, wo Sie aufgehört haben",
    start_over: "Von vorn beginnen",
    back: "Zurück",
    next: "Weiter",
    cant_judge: "Kann ich nicht beurteilen",
    not_applicable: "Trifft auf uns nicht zu",
    need_answer: "Bitte wählen Sie eine Antwort, um weiterzumachen. Können Sie die Frage nicht beurteilen oder trifft sie auf Sie nicht zu, wählen Sie eine der beiden letzten Antworten.",
    last_question_hint: "Das ist die letzte Frage: „Weiter“ zeigt Ihr Ergebnis.",
    change_answers: "Antworten ändern",
    dismiss: "Ausblenden",
    progress_label: "Fortschritt",
    intro_lead_client: "Ist Ihr Dienstleister ein echter Partner – oder ein Lieferant, der Aufträge abarbeitet? Solange alles glattläuft, ist der Unterschied kaum zu sehen. Er zeigt sich daran, wie der Dienstleister seine Preise gestaltet, wie er reagiert, wenn etwas schiefgeht, und ob er an Ihr Geschäft denkt oder nur an den nächsten Auftrag.",
    intro_lead_provider: "Sind Sie für Ihre Kunden ein echter Partner – oder ein Lieferant, der Aufträge abarbeitet? Bewerten Sie sich selbst mit denselben Fragen, die ein Kunde über Sie beantworten würde, und stellen Sie dann beide Sichten nebeneinander.",
    switch_to_provider: "Sie sind Dienstleister? Bewerten Sie sich selbst",
    switch_to_client: "Sie sind Kunde? Bewerten Sie Ihren Dienstleister",
    intro_looks_at: "Die Einschätzung umfasst diese Dimensionen:",
    privacy: "Ihre Antworten bleiben in diesem Browser. Nichts wird übertragen, es gibt keine Cookies und kein Tracking.",
    privacy_embedded: "Ihre Antworten bleiben in diesem Browser: Nichts wird an einen Server übertragen, es gibt keine Cookies und kein Tracking. Weil die Einschätzung in diese Seite eingebunden ist, erhält {site} Ihre Werte und den Link zu Ihrem Ergebnis, sobald Sie fertig sind.",
    this_website: "der Betreiber der Website",
    length: "{n} Fragen, etwa {m} Minuten.",
    question_of: "Frage {k} von {n}",
    restored: "Willkommen zurück: Ihre bisherigen Antworten sind wiederhergestellt.",
    discarded: "Ihre gespeicherten Antworten von einem früheren Besuch ließen sich nicht verwenden (sie waren beschädigt oder stammten aus einer anderen Version). Sie beginnen deshalb von vorn.",
    load_failed: "Die Fragen für die andere Seite oder aus einer früheren Version ließen sich gerade nicht laden. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal; Ihre Antworten bleiben erhalten.",
    no_storage: "Dieser Browser erlaubt der Seite nicht, Ihren Fortschritt zu speichern. Wenn \
Sie den Tab schließen oder neu laden, gehen Ihre Antworten verloren. Alles andere funktioniert.",
    result_heading: "Ihr Ergebnis",
    index_label: "Partner-Index",
    out_of: "von 100",
    stage_label: "Stufe",
    by_dimension: "Dimension für Dimension",
    chart_label: "Balkendiagramm mit dem Wert jeder Dimension von 0 bis 100. Dieselben Zahlen \
stehen in der folgenden Tabelle.",
    table_caption: "Werte nach Dimension",
    column_dimension: "Dimension",
    column_score: "Wert (0–100)",
    column_reading: "Einordnung",
    no_score: "kein Wert",
    ask_client: "Fragen an Ihren Dienstleister – oder an jeden, der Ihr Partner werden möchte",
    ask_provider: "Fragen an diesen Kunden – wie sieht er Sie?",
    next_step: "Nächster Schritt:",
    strong_client: "Wo der Dienstleister stark ist",
    strong_provider: "Wo Sie stark sind",
    weak_client: "Wo der Dienstleister schwach ist",
    weak_provider: "Wo Sie schwach sind",
    work_next_client: "Als Nächstes angehen: nichts schwach, noch nichts stark",
    work_next_provider: "Als Nächstes angehen: nichts schwach, noch nichts stark",
    not_enough_answers: "zu wenige Antworten",
    row_details: "Bedeutung und nächster Schritt",
    scored_count: "{k} von {n} Antworten gehen in die Wertung ein.",
    left_out_detail: "Nicht gewertet: „Kann ich nicht beurteilen“ {cj}, „Trifft auf uns nicht zu“ {na}.",
    provisional_heading: "Noch zu wenige Antworten für ein Gesamtergebnis",
    provisional_text: "Für einen Partner-Index braucht es Werte in mindestens {k} der {n} Dimensionen, und eine Dimension braucht dafür mindestens {a} beantwortete Fragen. Bisher haben {s} Dimensionen einen Wert. Unten steht, was sich aus den Antworten schon ableiten lässt: die Dimensionen mit Wert.",
    missing_heading: "Dimensionen ohne Wert",
    revisit_one: "Die übersprungene Frage beantworten",
    revisit_many: "Die {k} übersprungenen Fragen beantworten",
    held_back: "Nach dem Index allein wäre das die Stufe „{stage}“. Dem stehen diese Dimensionen entgegen:",
    how_link: "So funktioniert die Einschätzung",
    how_page: "how-it-works.de.html",
    new_tab: " (öffnet in einem neuen Tab)",
    error_prefix: "Fehler: ",
    problem_heading: "Es gibt ein Problem",
    title_join: " – ",
    frame_title_firm: "„Partner oder Lieferant?“ – Einschätzung von {firm}",
    frame_title_plain: "„Partner oder Lieferant?“ – Einschätzung",
    start_failed: "Die Einschätzung konnte in diesem Browser nicht starten. Bitte laden Sie die Seite neu oder verwenden Sie einen aktuellen Browser.",
    privacy_result: "Dieses Ergebnis wurde in Ihrem Browser berechnet. Niemand sonst hat Ihre \
Antworten gesehen.",
    score_of: "{score} von 100",
    save_pdf: "Als PDF speichern",
    fatal_heading: "Etwas ist schiefgegangen",
    fatal_text: "Die Einschätzung ist auf ein unerwartetes Problem gestoßen und wurde \
angehalten. Ihre bisherigen Antworten sind weiterhin in diesem Browser gespeichert.",
    fatal_reload: "Neu laden und weitermachen",
    share_heading: "Ergebnis teilen",
    share_name_label: "Name Ihres Unternehmens (optional)",
    share_name_hint: "Wird allen angezeigt, die den Link öffnen. Höchstens 40 Zeichen.",
    link_label: "Link zu diesem Ergebnis",
    copy_link: "Link kopieren",
    copied: "Link kopiert.",
    copy_fallback: "Der Link ist markiert: Drücken Sie Strg+C (am Mac ⌘C), um ihn zu kopieren.",
    share_sheet: "Teilen …",
    email: "Ergebnis per E-Mail senden",
    qr_label: "QR-Code: Scannen Sie ihn, um das Ergebnis auf dem Handy zu öffnen",
    link_privacy: "Das ganze Ergebnis steckt im Link, hinter dem #-Zeichen – und diesen Teil \
senden Browser nie an einen Server.",
    email_subject: "Ein Ergebnis von „Partner oder Lieferant?“",
    email_summary: "Partner-Index {index} von 100: {stage}{who}.",
    email_summary_plain: "Ein Ergebnis von „Partner oder Lieferant?“{who}.",
    email_whole: "Das ganze Ergebnis, Dimension für Dimension:",
    labelled: " ({label})",
    shared_heading: "Geteiltes Ergebnis",
    shared_from: "Geteiltes Ergebnis: {label}",
    shared_note: "Dieses Ergebnis wurde als Link mit Ihnen geteilt. Es wird allein aus dem Link \
hier in Ihrem Browser berechnet und lässt sich nicht ändern.",
    take_it_yourself: "Die Einschätzung selbst ausfüllen",
    answer_as_provider: "Zum Vergleich als Dienstleister antworten",
    answer_as_client: "Zum Vergleich als Kunde antworten",
    view_client: "Die Sicht des Kunden",
    view_provider: "Die Sicht des Dienstleisters",
    compare_heading: "Beide Seiten im Vergleich",
    compare_chart_label: "Balkendiagramm mit dem Wert jeder Dimension aus beiden Sichten, von \
0 bis 100. Dieselben Zahlen stehen in der folgenden Tabelle.",
    compare_caption: "Werte nach Dimension, aus beiden Sichten",
    column_gap: "Unterschied",
    gap_steps: "{k} von {n} Schritten auseinander",
    gaps_heading: "Wo die Sichten am weitesten auseinanderliegen",
    no_gaps: "Wo beide Seiten geantwortet haben, stimmen die Antworten überein.",
    broken_heading: "Dieser Link lässt sich nicht öffnen",
    broken_hint: "Es ist nichts verloren: Sie können die Einschätzung trotzdem selbst ausfüllen.",
    broken_truncated: "Dieser Link ist unvollständig. Vermutlich wurde beim Kopieren oder \
Versenden ein Teil abgeschnitten. Bitten Sie noch einmal um den ganzen Link.",
    broken_not_ours:
        "Das ist kein Ergebnis-Link von „Partner oder Lieferant?“, oder er wurde bis zur \
Unkenntlichkeit verändert.",
    broken_checksum: "Dieser Link wurde unterwegs verändert oder beschädigt: Seine Zeichen \
passen nicht zusammen. Bitten Sie darum, ihn noch einmal zu schicken.",
    broken_newer: "Dieser Link stammt aus einer neueren Version der Einschätzung als der auf \
dieser Website. Öffnen Sie ihn dort, wo er erstellt wurde, oder versuchen Sie es später wieder.",
    broken_unknown: "Dieser Link gehört zu einer Einschätzung, die es auf dieser Website nicht gibt.",
    broken_out_of_range: "Dieser Link enthält Antworten, die es bei diesen Fragen nicht gibt, und kann deshalb nicht angezeigt werden.",
    broken_label: "Der Name in diesem Link ist beschädigt, daher kann das Ergebnis nicht \
angezeigt werden.",
    broken_not_comparable: "Die beiden Ergebnisse in diesem Link beruhen auf unterschiedlichen Fragen und lassen sich deshalb nicht vergleichen.",
    problem_empty: "das Feld ist leer",
    problem_too_long: "der Text ist länger als {max} Zeichen",
    problem_markup: "nur reiner Text ist erlaubt, ohne < oder >",
    problem_control: "der Text enthält Steuerzeichen",
    problem_not_hex: "erwartet wird eine Hex-Farbe wie #0b6e4f",
    problem_contrast: "auf dieser Farbe ist weder weiße noch dunkle Schrift gut lesbar \
(bester Kontrast {best}:1, nötig sind mindestens 4,5:1); wählen Sie einen dunkleren oder \
helleren Ton",
    problem_not_https: "erwartet wird eine https://-Adresse",
    problem_not_https_or_mail: "erwartet wird eine https://-Adresse oder ein mailto:-Link",
    problem_bad_address: "das ist keine gültige Adresse",
    problem_lens: "erlaubt sind „client“ oder „provider“",
    problem_language: "erlaubt ist eine dieser Sprachen: {list}",
    problem_origin: "erwartet wird ein Origin wie https://example.com",
    problem_unknown: "diese Einstellung gibt es nicht",
    problem_repeated: "die Einstellung kommt mehrfach vor; die erste gilt",
    problem_encoding: "der Wert ist nicht korrekt URL-kodiert",
    cta_default_label: "Sprechen Sie mit uns",
    cta_heading: "Sprechen wir darüber",
    cta_heading_firm: "Sprechen Sie mit {firm} darüber",
    cta_text: "Ein Ergebnis ist ein Ausgangspunkt. Gehen Sie es mit jemandem durch, der viele solcher Geschäftsbeziehungen kennt – dann wird aus den schwächsten Dimensionen eine kurze Liste konkreter Änderungen.",
    cta_mail_subject: "Unser Ergebnis von „Partner oder Lieferant?“",
    logo_alt: "Logo",
    configure_link: "Für Firmen: Bieten Sie diese Einschätzung auf Ihrer Website an",
    configure_heading: "Die Einschätzung auf Ihrer Website einbinden",
    configure_lead: "Tragen Sie die Angaben Ihrer Firma ein, prüfen Sie die Vorschau und kopieren Sie dann ein Snippet in Ihre Seite. Alle Einstellungen sind optional; Vorschau und Snippets werden beim Tippen aktualisiert.",
    field_firm: "Firmenname",
    hint_firm: "Reiner Text, höchstens 60 Zeichen.",
    field_accent: "Akzentfarbe",
    hint_accent: "Eine Hex-Farbe wie #0b6e4f für die Schaltflächen. Die Schriftfarbe darauf wird so gewählt, dass sie lesbar bleibt.",
    field_logo: "Adresse des Logos",
    hint_logo: "Die https://-Adresse eines Bildes.",
    field_cta_url: "Ziel der Kontaktschaltfläche",
    hint_cta_url: "Eine https://-Seite (sie erhält den Ergebnis-Link als Parameter „result“) \
oder eine mailto:-Adresse.",
    field_cta_label: "Text der Kontaktschaltfläche",
    hint_cta_label: "Reiner Text, höchstens 40 Zeichen. Standard: „Sprechen Sie mit uns“.",
    field_lens: "Wer antwortet",
    lens_client: "Kunden bewerten ihren Dienstleister",
    lens_provider: "Dienstleister bewerten sich selbst",
    field_lang: "Sprache",
    lang_automatic: "Die Browsersprache der Besucher",
    preview_heading: "Vorschau",
    preview_title: "Vorschau Ihres Widgets",
    snippet_loader: "Snippet mit dem Loader (empfohlen: Er passt die Höhe an und meldet Ihrer Seite, wenn jemand die Einschätzung abgeschlossen hat)",
    snippet_iframe: "Einfaches iframe-Snippet (ohne Skript, feste Höhe)",
    copy_loader: "Loader-Snippet kopieren",
    copy_iframe: "iframe-Snippet kopieren",
    snippet_copied: "Snippet kopiert.",
    snippet_selected: "Kopieren ist hier nicht möglich. Das Snippet ist markiert – drücken Sie Strg+C (am Mac ⌘C), um es zu kopieren.",
    invalid_not_used: "Bis zur Korrektur nicht verwendet:",
    back_to_assessment: "Zurück zur Einschätzung",
    language_switch_label: "Sprache",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<String> {
        let mut found: Vec<String> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
            .collect();
        found.sort();
        found
    }

    #[test]
    fn every_text_exists_in_every_language_with_the_same_placeholders() {
        let english = EN.entries();
        for lang in Lang::ALL {
            let texts = ui(lang);
            assert_eq!(texts.lang, lang);
            let entries = texts.entries();
            assert_eq!(entries.len(), english.len());
            for ((key, text), (_, en)) in entries.iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{key} is empty in {lang:?}");
                assert_eq!(placeholders(text), placeholders(en), "{key} in {lang:?}");
            }
        }
    }

    #[test]
    fn german_is_a_translation_not_a_copy() {
        let same: Vec<&str> = EN
            .entries()
            .iter()
            .zip(DE.entries())
            .filter(|((_, en), (_, de))| en == de)
            .map(|((key, _), _)| *key)
            .collect();
        // Words that are the same in both languages.
        assert_eq!(same, vec!["column_dimension", "labelled", "logo_alt"]);
    }

    #[test]
    fn templates_are_filled() {
        assert_eq!(DE.question_of(3, 27), "Frage 3 von 27");
        assert_eq!(
            EN.counted(30, 0, 0),
            "30 of 30 answers count towards the score."
        );
        assert_eq!(
            EN.counted(27, 2, 1),
            "27 of 30 answers count towards the score. Left out of the score: “I can't judge” 2, “Doesn't apply to us” 1."
        );
        assert_eq!(DE.revisit(1), "Die übersprungene Frage beantworten");
        assert_eq!(EN.revisit(4), "Answer the 4 skipped questions");
        assert_eq!(
            DE.setting_problem(&Reason::LowContrast { best: 4.36 }),
            "auf dieser Farbe ist weder weiße noch dunkle Schrift gut lesbar (bester Kontrast 4,3:1, nötig sind mindestens 4,5:1); wählen Sie einen dunkleren oder helleren Ton"
        );
        assert!(EN
            .email_body(Some(70), Some("Partner"), Some("Acme"), "https://x/#r=1")
            .starts_with("Partner index 70 out of 100: Partner (Acme)."));
    }

    #[test]
    fn every_language_has_a_code_that_reads_back() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert!(crate::model::settings::LANGUAGES.contains(&lang.code()));
        }
    }
}
