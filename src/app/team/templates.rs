//! The team view's texts with numbers or names in them: `{name}` placeholders filled by these
//! methods, the way the app's own texts are (`model::template::fill`).

use super::words::Words;
use crate::model::export::Format;
use crate::model::link::LinkError;
use crate::model::questionnaire::Seat;
use crate::model::team::{LineProblem, TeamError};
use crate::model::template::fill;

impl Words {
    pub fn seat(&self, seat: Seat) -> &'static str {
        match seat {
            Seat::Client => self.seat_client,
            Seat::Provider => self.seat_provider,
        }
    }

    /// Why a line was skipped, with its number.
    pub fn problem(&self, line: usize, problem: LineProblem) -> String {
        let l = &self.link_errors;
        let why = match problem {
            LineProblem::NotALink => self.not_a_link,
            LineProblem::TooMany => self.too_many,
            LineProblem::Link(e) => match e {
                LinkError::Truncated => l.truncated,
                LinkError::NotOurFormat => l.not_ours,
                LinkError::ChecksumMismatch => l.changed,
                LinkError::NewerVersion => l.newer,
                LinkError::UnknownQuestionnaire => l.unknown,
                LinkError::AnswerOutOfRange => l.out_of_range,
                LinkError::BadLabel => l.bad_label,
            },
            LineProblem::Team(e) => match e {
                TeamError::Truncated => self.team_errors[0],
                TeamError::NotOurFormat => self.team_errors[1],
                TeamError::ChecksumMismatch => self.team_errors[2],
                TeamError::NewerVersion => self.team_errors[3],
            },
        };
        format!("{}{why}", fill(self.line, &[("n", &line.to_string())]))
    }

    /// "Respondent k", for a link without a label.
    pub fn respondent(&self, k: usize) -> String {
        fill(self.respondent, &[("n", &k.to_string())])
    }

    /// How many people a seat's group has.
    pub fn respondents(&self, n: usize) -> String {
        match n {
            1 => self.one_respondent.to_string(),
            n => fill(self.respondents, &[("n", &n.to_string())]),
        }
    }

    /// "Middle score m (lowest lo, highest hi)", each already written as shown.
    pub fn median_range(&self, median: &str, lowest: &str, highest: &str) -> String {
        fill(
            self.median_range,
            &[("m", median), ("lo", lowest), ("hi", highest)],
        )
    }

    /// The one score there is.
    pub fn single_score(&self, score: &str) -> String {
        fill(self.single_score, &[("m", score)])
    }

    /// From how many of the people who could have one the index is.
    pub fn of_people(&self, counted: usize, could: usize) -> String {
        fill(
            self.of_people,
            &[("k", &counted.to_string()), ("n", &could.to_string())],
        )
    }

    /// One dimension where the team disagrees: its name, lowest and highest score.
    pub fn disagree_item(&self, dimension: &str, lowest: u8, highest: u8) -> String {
        fill(
            self.disagree_item,
            &[
                ("dimension", dimension),
                ("lo", &lowest.to_string()),
                ("hi", &highest.to_string()),
                ("range", &(highest - lowest).to_string()),
            ],
        )
    }

    /// Who answered another version, and the dimensions left out for them (none: only their
    /// index is).
    pub fn other_version(&self, names: &str, dimensions: Option<&str>) -> String {
        match dimensions {
            Some(dimensions) => fill(
                self.other_version,
                &[("names", names), ("dimensions", dimensions)],
            ),
            None => fill(self.other_version_only_index, &[("names", names)]),
        }
    }

    /// The heading of the earlier result's column, with its date when known.
    pub fn then_on(&self, date: Option<&str>) -> String {
        match date {
            Some(date) => fill(self.then_on, &[("date", date)]),
            None => self.then.to_string(),
        }
    }

    /// A score's change, up or down by `n` points.
    pub fn change(&self, delta: i16) -> String {
        let n = delta.unsigned_abs().to_string();
        match delta {
            d if d > 0 => fill(self.change_up, &[("n", &n)]),
            d if d < 0 => fill(self.change_down, &[("n", &n)]),
            _ => self.change_none.to_string(),
        }
    }

    /// The button a result's own download opens the page with.
    pub fn save_file(&self, file: Format) -> String {
        fill(self.save_file, &[("file", file_name(file))])
    }
}

/// The name a result's own file is saved under.
pub fn file_name(file: Format) -> &'static str {
    match file {
        Format::Csv => "result.csv",
        Format::Json => "result.json",
    }
}

#[cfg(test)]
#[path = "templates_tests.rs"]
mod tests;
