//! The texts with numbers or names in them: `{name}` placeholders filled by these methods.

use super::*;
use crate::model::link::Broken;
use crate::model::link::LinkError;
use crate::model::questionnaire::Seat;
use crate::model::template::fill;

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

    /// "Keep one provider (one client) in mind", and what to answer when something never came up.
    pub fn intro_one(&self, seat: Seat) -> &'static str {
        match seat {
            Seat::Client => self.intro_one_client,
            Seat::Provider => self.intro_one_provider,
        }
    }

    /// The offer of the other form on the intro: the quick check (`quick`) or the full one.
    pub fn other_form(&self, quick: bool, questions: usize, minutes: usize) -> String {
        fill(
            if quick {
                self.quick_offer
            } else {
                self.full_offer
            },
            &[("n", &questions.to_string()), ("m", &minutes.to_string())],
        )
    }

    /// The mark on a quick check's result: how many questions it rests on.
    pub fn quick_note(&self, questions: usize) -> String {
        fill(self.quick_note, &[("n", &questions.to_string())])
    }

    pub fn continue_full(&self, more: usize) -> String {
        fill(self.continue_full, &[("k", &more.to_string())])
    }

    /// In how many pairs of opposite statements the answers contradict each other.
    pub fn contradiction(&self, found: usize) -> String {
        fill(self.contradiction_text, &[("k", &found.to_string())])
    }

    pub fn contradiction_revisit(&self, statements: usize) -> String {
        fill(
            self.contradiction_revisit,
            &[("k", &statements.to_string())],
        )
    }

    /// One answer that pulled a dimension down: the statement or question, and the answer.
    pub fn evidence_line(&self, prompt: &str, answer: &str) -> String {
        fill(
            self.evidence_line,
            &[("prompt", prompt), ("answer", answer)],
        )
    }

    pub fn question_of(&self, k: usize, n: usize) -> String {
        fill(
            self.question_of,
            &[("k", &k.to_string()), ("n", &n.to_string())],
        )
    }

    /// What an embedded widget tells its visitor: `host` is the host page's host, the one
    /// place the app's messages can reach.
    pub fn privacy_embedded(&self, host: &str) -> String {
        fill(self.privacy_embedded, &[("site", host)])
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
        let summary = self.result_line(index, stage, &who);
        format!("{summary}\n\n{}\n{url}\n", self.email_whole)
    }

    /// One line for a result: its index and stage (`who` after them: for whom, or empty), or
    /// just that it is one.
    pub fn result_line(&self, index: Option<u8>, stage: Option<&str>, who: &str) -> String {
        match (index, stage) {
            (Some(index), Some(stage)) => fill(
                self.email_summary,
                &[
                    ("index", &index.to_string()),
                    ("stage", stage),
                    ("who", who),
                ],
            ),
            _ => fill(self.email_summary_plain, &[("who", who)]),
        }
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
