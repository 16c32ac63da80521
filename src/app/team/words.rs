//! The team view's texts, in English and German. They live with the page, not in the
//! assessment's text tables, so the visitor's download carries none of them.

use crate::app::text::Lang;

pub struct Words {
    pub title: &'static str,
    pub lead: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub file_label: &'static str,
    /// A chosen or dropped file too large to be a list of results links.
    pub file_too_big: &'static str,
    pub show: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub nothing_yet: &'static str,
    /// Shown when the copy could not be made for the visitor (the field is selected instead).
    pub copy_fallback: &'static str,
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
    /// After the name of a respondent who took the quick check.
    pub quick_mark: &'static str,
    pub index_heading: &'static str,
    /// "Middle score {m} (lowest {lo}, highest {hi})", and for a single score
    pub median_range: &'static str,
    pub single_score: &'static str,
    /// "from {k} of {n} people", when some have no index
    pub of_people: &'static str,
    pub median_note: &'static str,
    pub no_index: &'static str,
    pub stage_of_median: &'static str,
    pub disagree_heading: &'static str,
    /// "{dimension}: {lo} to {hi} ({range} points apart)"
    pub disagree_item: &'static str,
    pub agree: &'static str,
    pub no_spread: &'static str,
    pub only_one: &'static str,
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
    /// When only the index is left out: "{names} …"
    pub other_version_only_index: &'static str,
    pub team_link_note: &'static str,
    pub no_score_note: &'static str,
    pub then_now_heading: &'static str,
    pub then_now_caption: &'static str,
    pub then: &'static str,
    /// "Then ({date})"
    pub then_on: &'static str,
    pub now: &'static str,
    pub col_change: &'static str,
    /// "↑ +{n}"
    pub change_up: &'static str,
    pub change_down: &'static str,
    pub change_none: &'static str,
    pub not_compared: &'static str,
    pub team_link_heading: &'static str,
    pub team_link_label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    /// "Download {file}": the button a result's download opens the page with; nothing is saved
    /// before it is pressed.
    pub save_file: &'static str,
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
    lead: "People in the same business relationship often see it differently. Paste everyone's \
           results links, one per line, or open a team link. Nothing leaves this browser.",
    paste_label: "Results links, one per line",
    paste_hint:
        "Each person copies the \u{201c}Link to this result\u{201d} under their result. A team \
                 link works here too.",
    file_label: "Or read them from a text file",
    file_too_big: "This file is larger than 1 MB, too large to be a list of results links, so \
                   nothing was read from it.",
    show: "Compare results",
    loading: "Loading the questions\u{2026}",
    load_failed: "The questions could not be loaded, so the links cannot be read yet. Check your \
                  connection and try again.",
    retry: "Try again",
    nothing_yet: "No results to show yet.",
    copy_fallback: "The link is selected: copy it with Ctrl+C (\u{2318}C on a Mac).",
    problems_heading: "Lines that were skipped",
    line: "Line {n}: ",
    not_a_link: "this is not a results link.",
    link_errors: LinkWords {
        truncated: "the link is cut off. Copy the whole link again.",
        not_ours: "this is not a results link of this assessment.",
        changed: "some characters of the link were changed on the way.",
        newer: "the link was made by a newer version of the assessment.",
        unknown: "the link belongs to an assessment this website doesn't offer.",
        out_of_range: "the link contains an answer these questions don't have.",
        bad_label: "the name in the link is damaged.",
    },
    team_errors: [
        "the team link is cut off. Copy the whole link again.",
        "this is not a team link of this assessment.",
        "some characters of the team link were changed on the way.",
        "the team link was made by a newer version of the assessment.",
    ],
    too_many: "only the first 50 results are shown; this one is left out.",
    seat_client: "The client's view: how the team sees its provider",
    seat_provider: "The provider's view: how the firm rates itself",
    respondents: "{n} respondents",
    one_respondent: "1 respondent",
    respondent: "Respondent {n}",
    quick_mark: "(quick check)",
    index_heading: "Partner index",
    median_range: "Middle score {m} (lowest {lo}, highest {hi})",
    single_score: "{m} (one person)",
    of_people: "from {k} of {n} people; the others gave too few answers for an index",
    median_note: "The middle score (median): half the scores are above it, half below.",
    no_index: "Too few answers for an index.",
    stage_of_median: "Stage based on the middle scores:",
    disagree_heading: "Where the scores differ most",
    disagree_item: "{dimension}: {lo} to {hi} (gap {range})",
    agree: "Where two or more people have a score, they are within 10 points of each other.",
    no_spread: "No dimension has scores from two or more people yet, so there is nothing to \
                compare.",
    only_one: "Only one person has answered so far.",
    chart_label: "Dot chart: each dimension from 0 to 100, one dot per person; the line marks \
                  the middle score. The table has the same numbers.",
    table_caption: "Scores by dimension (0\u{2013}100)",
    col_dimension: "Dimension",
    col_median: "Middle score",
    col_range: "Range",
    index_row: "Partner index",
    no_score: "\u{2013}",
    other_version: "{names} answered an earlier version of the assessment. Where its questions \
                    differ, their scores are left out: {dimensions}.",
    other_version_index: "Their partner index is left out too.",
    other_version_only_index: "{names} answered an earlier version of the assessment whose \
                               questions differ, so their partner index is left out.",
    team_link_note: "Anyone with the team link sees every name and score in it.",
    no_score_note: "\u{2013} = too few answers for a score.",
    then_now_heading: "Your result then and now",
    then_now_caption: "Scores then and now (0\u{2013}100)",
    then: "Then",
    then_on: "Then ({date})",
    now: "Now",
    col_change: "Change",
    change_up: "\u{2191} +{n}",
    change_down: "\u{2193} \u{2212}{n}",
    change_none: "= no change",
    not_compared: "questions changed, not compared",
    team_link_heading: "Share this view",
    team_link_label: "Team link",
    copy: "Copy team link",
    copied: "Team link copied.",
    save_file: "Download {file}",
    download_csv: "Download all answers (CSV)",
    download_json: "Download all answers (JSON)",
    print: "Print",
    back: "Back to the assessment",
};

pub const DE: Words = Words {
    title: "Die Ergebnisse Ihres Teams im Vergleich",
    lead: "Wer an derselben Geschäftsbeziehung beteiligt ist, erlebt sie oft unterschiedlich. \
           Fügen Sie die Ergebnis-Links aller Beteiligten ein, einen pro Zeile, oder öffnen Sie \
           einen Team-Link. Nichts wird übertragen.",
    paste_label: "Ergebnis-Links, einer pro Zeile",
    paste_hint: "Jede Person kopiert den \u{201e}Link zu diesem Ergebnis\u{201c} unter ihrem \
                 Ergebnis. Auch ein Team-Link lässt sich hier einfügen.",
    file_label: "Oder aus einer Textdatei einlesen",
    file_too_big: "Diese Datei ist größer als 1 MB und damit zu groß für eine Liste von \
                   Ergebnis-Links; aus ihr wurde nichts eingelesen.",
    show: "Ergebnisse vergleichen",
    loading: "Die Fragen werden geladen\u{a0}\u{2026}",
    load_failed: "Die Fragen konnten nicht geladen werden, daher lassen sich die Links noch \
                  nicht auswerten. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    retry: "Erneut versuchen",
    nothing_yet: "Noch keine Ergebnisse.",
    copy_fallback: "Der Link ist markiert: Kopieren Sie ihn mit Strg+C (\u{2318}C auf dem Mac).",
    problems_heading: "Übersprungene Zeilen",
    line: "Zeile {n}: ",
    not_a_link: "Das ist kein Ergebnis-Link.",
    link_errors: LinkWords {
        truncated: "Der Link ist abgeschnitten. Kopieren Sie ihn noch einmal vollständig.",
        not_ours: "Das ist kein Ergebnis-Link dieser Einschätzung.",
        changed: "Einige Zeichen des Links wurden unterwegs verändert.",
        newer: "Der Link stammt aus einer neueren Version der Einschätzung.",
        unknown: "Der Link gehört zu einer Einschätzung, die es auf dieser Website nicht gibt.",
        out_of_range: "Der Link enthält eine Antwort, die es bei diesen Fragen nicht gibt.",
        bad_label: "Der Name im Link ist beschädigt.",
    },
    team_errors: [
        "Der Team-Link ist abgeschnitten. Kopieren Sie ihn noch einmal vollständig.",
        "Das ist kein Team-Link dieser Einschätzung.",
        "Einige Zeichen des Team-Links wurden unterwegs verändert.",
        "Der Team-Link stammt aus einer neueren Version der Einschätzung.",
    ],
    too_many: "Es werden nur die ersten 50 Ergebnisse angezeigt; dieses gehört nicht mehr dazu.",
    seat_client: "Sicht des Kunden: So erlebt das Team seinen Dienstleister",
    seat_provider: "Sicht des Dienstleisters: So schätzt er sich selbst ein",
    respondents: "{n} Personen",
    one_respondent: "1 Person",
    respondent: "Person {n}",
    quick_mark: "(Kurzcheck)",
    index_heading: "Partner-Index",
    median_range: "Mittlerer Wert {m} (niedrigster {lo}, höchster {hi})",
    single_score: "{m} (eine Person)",
    of_people: "aus {k} von {n} Personen; die übrigen haben zu wenige Antworten für einen Index \
                gegeben",
    median_note: "Mittlerer Wert (Median): Die Hälfte der Werte liegt darüber, die Hälfte \
                  darunter.",
    no_index: "Zu wenige Antworten für einen Index.",
    stage_of_median: "Stufe nach den mittleren Werten:",
    disagree_heading: "Wo die Werte am weitesten auseinanderliegen",
    disagree_item: "{dimension}: {lo} bis {hi} (Abstand {range})",
    agree: "Wo mindestens zwei Personen einen Wert haben, liegen die Werte höchstens 10 Punkte \
            auseinander.",
    no_spread: "Noch hat keine Dimension Werte von mindestens zwei Personen \u{2013} es gibt also \
                nichts zu vergleichen.",
    only_one: "Bisher hat nur eine Person geantwortet.",
    chart_label: "Punktdiagramm: jede Dimension von 0 bis 100, ein Punkt pro Person; der Strich \
                  markiert den mittleren Wert. Dieselben Zahlen stehen in der Tabelle.",
    table_caption: "Werte nach Dimension (0\u{2013}100)",
    col_dimension: "Dimension",
    col_median: "Mittlerer Wert",
    col_range: "Spanne",
    index_row: "Partner-Index",
    no_score: "\u{2013}",
    other_version: "Frühere Version der Einschätzung: {names}. Seither haben sich die Fragen in \
                    diesen Dimensionen geändert, deshalb fehlen ihre Werte: {dimensions}.",
    other_version_index: "Deren Partner-Index fließt ebenfalls nicht in den Vergleich ein.",
    other_version_only_index: "Frühere Version der Einschätzung: {names}. Seither haben sich die \
                               Fragen geändert, deshalb fließt ihr Partner-Index nicht in den \
                               Vergleich ein.",
    team_link_note: "Wer den Team-Link hat, sieht alle Namen und Werte darin.",
    no_score_note: "\u{2013} = zu wenige Antworten für einen Wert.",
    then_now_heading: "Ihr Ergebnis damals und heute",
    then_now_caption: "Werte damals und heute (0\u{2013}100)",
    then: "Damals",
    then_on: "Damals ({date})",
    now: "Heute",
    col_change: "Veränderung",
    change_up: "\u{2191} +{n}",
    change_down: "\u{2193} \u{2212}{n}",
    change_none: "= unverändert",
    not_compared: "Fragen geändert, nicht verglichen",
    team_link_heading: "Diese Ansicht teilen",
    team_link_label: "Team-Link",
    copy: "Team-Link kopieren",
    copied: "Team-Link kopiert.",
    save_file: "{file} herunterladen",
    download_csv: "Alle Antworten als CSV herunterladen",
    download_json: "Alle Antworten als JSON herunterladen",
    print: "Drucken",
    back: "Zurück zur Einschätzung",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::De => &DE,
        _ => &EN,
    }
}
