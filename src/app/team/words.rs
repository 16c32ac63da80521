//! The team view's texts, in English and German. They live with the page, not in the
//! assessment's text tables, so the visitor's download carries none of them.

use crate::app::text::Lang;
use crate::model::link::LinkError;
use crate::model::questionnaire::Seat;
use crate::model::team::{LineProblem, TeamError};

pub struct Words {
    pub title: &'static str,
    pub lead: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub file_label: &'static str,
    pub show: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub nothing_yet: &'static str,
    pub problems_heading: &'static str,
    /// "Line {n}: …"
    pub line: &'static str,
    pub not_a_link: &'static str,
    pub link_errors: LinkWords,
    pub team_errors: [&'static str; 4],
    pub too_many: &'static str,
    pub seat_client: &'static str,
    pub seat_provider: &'static str,
    /// "{n} respondents", and for one
    pub respondents: &'static str,
    pub one_respondent: &'static str,
    /// "Respondent {n}"
    pub respondent: &'static str,
    pub index_heading: &'static str,
    /// "Median {m}, from {lo} to {hi}"
    pub median_range: &'static str,
    pub no_index: &'static str,
    pub stage_of_median: &'static str,
    pub disagree_heading: &'static str,
    /// "{dimension}: {lo} to {hi} ({range} points apart)"
    pub disagree_item: &'static str,
    pub agree: &'static str,
    pub chart_label: &'static str,
    pub table_caption: &'static str,
    pub col_dimension: &'static str,
    pub col_median: &'static str,
    pub col_range: &'static str,
    pub index_row: &'static str,
    pub no_score: &'static str,
    /// "{names} answered another version of the questionnaire: {dimensions} left out for them, where its questions differ."
    pub other_version: &'static str,
    pub other_version_index: &'static str,
    pub team_link_heading: &'static str,
    pub team_link_label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    pub print: &'static str,
    pub back: &'static str,
}

pub struct LinkWords {
    pub truncated: &'static str,
    pub not_ours: &'static str,
    pub changed: &'static str,
    pub newer: &'static str,
    pub unknown: &'static str,
    pub out_of_range: &'static str,
    pub bad_label: &'static str,
}

pub const EN: Words = Words {
    title: "Your team's results side by side",
    lead: "Several people working with the same provider see different things. Paste the \
           results links of everyone who answered, one per line, or open a team link. Nothing \
           leaves this browser.",
    paste_label: "Results links, one per line",
    paste_hint: "Each person copies the link under their result. A team link works here too.",
    file_label: "Or read them from a text file",
    show: "Show the team",
    loading: "Loading the questionnaires…",
    load_failed: "The questionnaires could not be loaded, so the links cannot be read yet. \
                  Check the connection and try again.",
    retry: "Try again",
    nothing_yet: "No results to show yet.",
    problems_heading: "Lines that were skipped",
    line: "Line {n}: ",
    not_a_link: "this is not a results link.",
    link_errors: LinkWords {
        truncated: "the link is cut off. Copy it again, whole.",
        not_ours: "this is not a results link of this assessment.",
        changed: "some characters of the link were changed on the way.",
        newer: "the link was made by a newer version of the assessment.",
        unknown: "the link names a questionnaire this version does not know.",
        out_of_range: "the link holds an answer the questionnaire does not have.",
        bad_label: "the link's name is not valid text.",
    },
    team_errors: [
        "the team link is cut off. Copy it again, whole.",
        "this is not a team link of this assessment.",
        "some characters of the team link were changed on the way.",
        "the team link was made by a newer version of the assessment.",
    ],
    too_many: "more than 50 results; this one is not shown.",
    seat_client: "Client side: how the team sees its provider",
    seat_provider: "Provider side: how the firm sees itself",
    respondents: "{n} respondents",
    one_respondent: "1 respondent",
    respondent: "Respondent {n}",
    index_heading: "Partner index",
    median_range: "Median {m}, from {lo} to {hi}",
    no_index: "Too few answers for an index.",
    stage_of_median: "Stage of the median:",
    disagree_heading: "Where the team disagrees most",
    disagree_item: "{dimension}: {lo} to {hi} ({range} points apart)",
    agree: "Fewer than two people have a score in any dimension, so there is no spread yet.",
    chart_label: "Each dimension from 0 to 100, one dot per respondent, the median marked by a \
                  line; the table has the same numbers.",
    table_caption: "Scores per dimension (0–100)",
    col_dimension: "Dimension",
    col_median: "Median",
    col_range: "Range",
    index_row: "Partner index",
    no_score: "–",
    other_version: "{names} answered an earlier version of the questionnaire. Where its \
                    questions differ, their scores are left out: {dimensions}.",
    other_version_index: "Their partner index is not compared either.",
    team_link_heading: "Share this view",
    team_link_label: "Team link",
    copy: "Copy the team link",
    copied: "The team link is copied.",
    download_csv: "Download CSV",
    download_json: "Download JSON",
    print: "Print",
    back: "Back to the assessment",
};

pub const DE: Words = Words {
    title: "Die Ergebnisse Ihres Teams im Vergleich",
    lead: "Mehrere Personen, die mit demselben Dienstleister arbeiten, erleben ihn \
           unterschiedlich. Fügen Sie die Ergebnislinks aller Beteiligten ein, einen pro Zeile, \
           oder öffnen Sie einen Teamlink. Es verlässt nichts diesen Browser.",
    paste_label: "Ergebnislinks, einer pro Zeile",
    paste_hint: "Jede Person kopiert den Link unter ihrem Ergebnis. Ein Teamlink funktioniert \
                 hier ebenfalls.",
    file_label: "Oder aus einer Textdatei lesen",
    show: "Team anzeigen",
    loading: "Die Fragebögen werden geladen …",
    load_failed: "Die Fragebögen konnten nicht geladen werden, daher lassen sich die Links noch \
                  nicht lesen. Prüfen Sie die Verbindung und versuchen Sie es erneut.",
    retry: "Erneut versuchen",
    nothing_yet: "Noch keine Ergebnisse.",
    problems_heading: "Übersprungene Zeilen",
    line: "Zeile {n}: ",
    not_a_link: "Das ist kein Ergebnislink.",
    link_errors: LinkWords {
        truncated: "Der Link ist abgeschnitten. Kopieren Sie ihn erneut und vollständig.",
        not_ours: "Das ist kein Ergebnislink dieser Einschätzung.",
        changed: "Einige Zeichen des Links wurden unterwegs verändert.",
        newer: "Der Link stammt aus einer neueren Version der Einschätzung.",
        unknown: "Der Link nennt einen Fragebogen, den diese Version nicht kennt.",
        out_of_range: "Der Link enthält eine Antwort, die der Fragebogen nicht hat.",
        bad_label: "Der Name im Link ist kein gültiger Text.",
    },
    team_errors: [
        "Der Teamlink ist abgeschnitten. Kopieren Sie ihn erneut und vollständig.",
        "Das ist kein Teamlink dieser Einschätzung.",
        "Einige Zeichen des Teamlinks wurden unterwegs verändert.",
        "Der Teamlink stammt aus einer neueren Version der Einschätzung.",
    ],
    too_many: "Mehr als 50 Ergebnisse; dieses wird nicht angezeigt.",
    seat_client: "Kundenseite: Wie das Team seinen Dienstleister erlebt",
    seat_provider: "Dienstleisterseite: Wie sich die Firma selbst sieht",
    respondents: "{n} Personen",
    one_respondent: "1 Person",
    respondent: "Person {n}",
    index_heading: "Partnerindex",
    median_range: "Median {m}, von {lo} bis {hi}",
    no_index: "Zu wenige Antworten für einen Index.",
    stage_of_median: "Stufe des Medians:",
    disagree_heading: "Wo das Team am weitesten auseinanderliegt",
    disagree_item: "{dimension}: {lo} bis {hi} ({range} Punkte Abstand)",
    agree: "In keiner Dimension haben mindestens zwei Personen einen Wert, daher gibt es noch \
            keine Streuung.",
    chart_label: "Jede Dimension von 0 bis 100, ein Punkt pro Person, der Median als Strich; \
                  die Tabelle enthält dieselben Zahlen.",
    table_caption: "Werte pro Dimension (0–100)",
    col_dimension: "Dimension",
    col_median: "Median",
    col_range: "Spanne",
    index_row: "Partnerindex",
    no_score: "–",
    other_version: "{names} hat bzw. haben eine frühere Version des Fragebogens beantwortet. Wo \
                    sich deren Fragen unterscheiden, bleiben die Werte außen vor: {dimensions}.",
    other_version_index: "Auch der Partnerindex wird dafür nicht verglichen.",
    team_link_heading: "Diese Ansicht teilen",
    team_link_label: "Teamlink",
    copy: "Teamlink kopieren",
    copied: "Der Teamlink ist kopiert.",
    download_csv: "CSV herunterladen",
    download_json: "JSON herunterladen",
    print: "Drucken",
    back: "Zurück zur Einschätzung",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::De => &DE,
        _ => &EN,
    }
}

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
        format!("{}{why}", self.line.replace("{n}", &line.to_string()))
    }
}
