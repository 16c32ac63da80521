//! Results as a spreadsheet (CSV) and as JSON, one row or object per respondent. The columns
//! are a public contract like the results link (docs/formats.md): new columns may be added at
//! the end of the fixed ones' kind, none is renamed or removed.
//!
//! CSV: UTF-8 with a byte-order mark (so Excel reads German text correctly), RFC 4180 (commas,
//! CRLF, quotes doubled inside quoted cells), and no cell a spreadsheet would run: a cell that
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe.
//!
//! Columns: `label`, `seat`, `questionnaire`, `version`, `date`, `index`, `stage`, then
//! `dimension:<id>` for every dimension and `item:<id>` for every item, in questionnaire order
//! (for respondents of several questionnaires, each column once, in order of first
//! appearance). Scores are whole numbers 0–100, empty where there were too few answers; the
//! stage is its id; answers are their text in the export's language.

use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::{score, Answer, Answers};

/// The export format this build writes (in the JSON's `version`).
pub const EXPORT_VERSION: u32 = 1;

/// The two kinds of file the answers download as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    /// The file name's extension, which is also how the team view's address names it
    /// (`&save=csv`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// One respondent to export.
pub struct Row<'a> {
    /// As shown: the link's label or "Respondent k".
    pub label: &'a str,
    pub questionnaire: &'a Questionnaire,
    pub answers: &'a Answers,
    /// `YYYY-MM-DD`, when known (a result kept in this browser); a shared link carries none.
    pub date: Option<&'a str>,
}

/// The words for the two escapes, in the export's language.
pub struct Escapes<'a> {
    pub cant_judge: &'a str,
    pub not_applicable: &'a str,
}

/// A respondent's values, column by column.
struct Values {
    fixed: [String; 7],
    /// (column, value) for the dimension and item columns this respondent has.
    rest: Vec<(String, Value)>,
}

enum Value {
    Number(Option<u8>),
    Text(String),
}

fn values(row: &Row, lang: &str, escapes: &Escapes) -> Values {
    let q = row.questionnaire;
    let outcome = score(q, row.answers);
    let seat = q.seat.id();
    let stage = outcome.stage(q).map(|s| s.id.clone()).unwrap_or_default();
    let index = outcome.index().map(|i| i.to_string()).unwrap_or_default();
    let mut rest: Vec<(String, Value)> = q
        .dimensions
        .iter()
        .zip(&outcome.dimensions)
        .map(|(d, s)| (format!("dimension:{}", d.id), Value::Number(s.rounded())))
        .collect();
    for (i, item) in q.items.iter().enumerate() {
        let text = match row.answers.get(i).copied().flatten() {
            Some(Answer::Choice(k)) => q
                .options(item)
                .get(usize::from(k))
                .map(|o| o.get(lang).to_string())
                .unwrap_or_default(),
            Some(Answer::CantJudge) => escapes.cant_judge.to_string(),
            Some(Answer::NotApplicable) => escapes.not_applicable.to_string(),
            None => String::new(),
        };
        rest.push((format!("item:{}", item.id), Value::Text(text)));
    }
    Values {
        fixed: [
            row.label.to_string(),
            seat.to_string(),
            q.id.clone(),
            q.version.to_string(),
            row.date.unwrap_or_default().to_string(),
            index,
            stage,
        ],
        rest,
    }
}

const FIXED: [&str; 7] = [
    "label",
    "seat",
    "questionnaire",
    "version",
    "date",
    "index",
    "stage",
];

/// What a spreadsheet may read as the start of a formula: the ASCII signs, their full-width
/// forms (which some spreadsheets fold into them), and a tab or carriage return before one.
const FORMULA_START: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
];

/// A cell as a spreadsheet must read it: never a formula, quoted when it needs to be (also for
/// a semicolon, the separator where the decimal sign is a comma).
pub fn cell(text: &str) -> String {
    let formula = text.starts_with(FORMULA_START);
    let text = if formula {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The respondents as CSV (see the module).
pub fn csv(rows: &[Row], lang: &str, escapes: &Escapes) -> String {
    let all: Vec<Values> = rows.iter().map(|r| values(r, lang, escapes)).collect();
    let mut columns: Vec<String> = Vec::new();
    for v in &all {
        for (name, _) in &v.rest {
            if !columns.contains(name) {
                columns.push(name.clone());
            }
        }
    }
    let mut out = String::from("\u{feff}");
    let header: Vec<String> = FIXED
        .iter()
        .map(|s| s.to_string())
        .chain(columns.iter().cloned())
        .map(|c| cell(&c))
        .collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for v in &all {
        let mut line: Vec<String> = v.fixed.iter().map(|c| cell(c)).collect();
        for column in &columns {
            let value = v.rest.iter().find(|(name, _)| name == column);
            line.push(match value {
                Some((_, Value::Number(n))) => n.map(|n| n.to_string()).unwrap_or_default(),
                Some((_, Value::Text(t))) => cell(t),
                None => String::new(),
            });
        }
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A JSON string literal.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The respondents as JSON: `{"format": "partner-or-vendor-export", "version": 1,
/// "respondents": [{label, seat, questionnaire, version, date, index, stage, dimensions: {id:
/// score}, answers: {id: text}}]}`, with `null` where the CSV has an empty cell.
pub fn json(rows: &[Row], lang: &str, escapes: &Escapes) -> String {
    let number = |text: &str| {
        if text.is_empty() {
            "null".to_string()
        } else {
            text.to_string()
        }
    };
    let text_or_null = |text: &str| {
        if text.is_empty() {
            "null".to_string()
        } else {
            quoted(text)
        }
    };
    let respondents: Vec<String> = rows
        .iter()
        .map(|r| {
            let v = values(r, lang, escapes);
            let [label, seat, id, version, date, index, stage] = &v.fixed;
            let mut dimensions = Vec::new();
            let mut answers = Vec::new();
            for (name, value) in &v.rest {
                match value {
                    Value::Number(n) => dimensions.push(format!(
                        "{}:{}",
                        quoted(name.trim_start_matches("dimension:")),
                        n.map(|n| n.to_string()).unwrap_or_else(|| "null".into())
                    )),
                    Value::Text(t) => answers.push(format!(
                        "{}:{}",
                        quoted(name.trim_start_matches("item:")),
                        text_or_null(t)
                    )),
                }
            }
            format!(
                "{{\"label\":{},\"seat\":{},\"questionnaire\":{},\"version\":{},\"date\":{},\"index\":{},\"stage\":{},\"dimensions\":{{{}}},\"answers\":{{{}}}}}",
                quoted(label),
                quoted(seat),
                quoted(id),
                version,
                text_or_null(date),
                number(index),
                text_or_null(stage),
                dimensions.join(","),
                answers.join(",")
            )
        })
        .collect();
    format!(
        "{{\"format\":\"partner-or-vendor-export\",\"version\":{EXPORT_VERSION},\"respondents\":[{}]}}\n",
        respondents.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin;
    use crate::model::questionnaire::Seat;
    use proptest::prelude::*;

    const ESCAPES: Escapes = Escapes {
        cant_judge: "I can't judge",
        not_applicable: "Doesn't apply to us",
    };

    /// A minimal RFC 4180 reader, to read back what `csv` wrote.
    fn read_csv(text: &str) -> Vec<Vec<String>> {
        let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
        let mut rows = vec![];
        let mut row = vec![];
        let mut cell = String::new();
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') => {}
                (false, '\n') => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        rows
    }

    #[test]
    fn cells_never_run_as_formulas_and_keep_their_text() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+49 30 1234"), "'+49 30 1234");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tcmd"), "'\tcmd");
        assert_eq!(cell("Größe – Qualität"), "Größe – Qualität");
        assert_eq!(cell("＝1+1"), "'＝1+1");
        assert_eq!(cell("＋49"), "'＋49");
        assert_eq!(cell("－1"), "'－1");
        assert_eq!(cell("＠SUM(A1)"), "'＠SUM(A1)");
        assert_eq!(cell("a; b"), "\"a; b\"");
    }

    proptest! {
        #[test]
        fn any_label_reads_back_as_written_and_never_as_a_formula(label in "\\PC{0,30}|[=+@\\-＝＋－＠][a-z(),;\"]{0,10}") {
            let catalog = builtin::catalog();
            let q = &catalog[0];
            let answers: Answers = q.items.iter().map(|_| Some(Answer::Choice(1))).collect();
            let text = csv(&[Row { label: &label, questionnaire: q, answers: &answers, date: None }], "en", &ESCAPES);
            let rows = read_csv(&text);
            prop_assert_eq!(rows.len(), 2);
            let read = &rows[1][0];
            if label.starts_with(FORMULA_START) {
                prop_assert_eq!(read, &format!("'{label}"));
            } else {
                prop_assert_eq!(read, &label);
            }
        }
    }

    #[test]
    fn a_row_holds_the_result_and_every_answer_as_text() {
        let catalog = builtin::catalog();
        let q = &catalog[0];
        let mut answers: Answers = q.items.iter().map(|_| Some(Answer::Choice(0))).collect();
        answers[1] = Some(Answer::CantJudge);
        let outcome = score(q, &answers);
        let text = csv(
            &[Row {
                label: "Owner, office",
                questionnaire: q,
                answers: &answers,
                date: Some("2026-11-23"),
            }],
            "de",
            &Escapes {
                cant_judge: "Kann ich nicht beurteilen",
                not_applicable: "Trifft bei uns nicht zu",
            },
        );
        assert!(text.contains("\r\n"));
        let rows = read_csv(&text);
        let header = &rows[0];
        assert_eq!(&header[..7], &FIXED.map(String::from));
        assert_eq!(header.len(), 7 + q.dimensions.len() + q.items.len());
        let row = &rows[1];
        assert_eq!(row[0], "Owner, office");
        assert_eq!(
            (row[1].as_str(), row[2].as_str()),
            ("client", q.id.as_str())
        );
        assert_eq!(row[3], q.version.to_string());
        assert_eq!(row[4], "2026-11-23");
        assert_eq!(
            row[5],
            outcome.index().map(|i| i.to_string()).unwrap_or_default()
        );
        assert_eq!(
            row[6],
            outcome.stage(q).map(|s| s.id.clone()).unwrap_or_default()
        );
        for (d, dimension) in q.dimensions.iter().enumerate() {
            let at = header
                .iter()
                .position(|h| *h == format!("dimension:{}", dimension.id))
                .unwrap();
            assert_eq!(
                row[at],
                outcome.dimensions[d]
                    .rounded()
                    .map(|s| s.to_string())
                    .unwrap_or_default()
            );
        }
        let first = header
            .iter()
            .position(|h| *h == format!("item:{}", q.items[0].id))
            .unwrap();
        assert_eq!(row[first], q.options(&q.items[0])[0].get("de"));
        assert_eq!(row[first + 1], "Kann ich nicht beurteilen");
    }

    #[test]
    fn several_questionnaires_share_one_header_and_the_json_says_the_same() {
        let catalog = builtin::catalog();
        let client = &catalog[0];
        let provider = catalog.iter().find(|q| q.seat == Seat::Provider).unwrap();
        let a: Answers = client
            .items
            .iter()
            .map(|_| Some(Answer::Choice(1)))
            .collect();
        let b: Answers = provider
            .items
            .iter()
            .map(|_| Some(Answer::CantJudge))
            .collect();
        let rows = [
            Row {
                label: "Respondent 1",
                questionnaire: client,
                answers: &a,
                date: None,
            },
            Row {
                label: "We \"the firm\"\n",
                questionnaire: provider,
                answers: &b,
                date: None,
            },
        ];
        let table = read_csv(&csv(&rows, "en", &ESCAPES));
        assert_eq!(table.len(), 3);
        assert!(table.iter().all(|r| r.len() == table[0].len()));
        assert_eq!(table[2][1], "provider");
        // Too few answers: no index, no stage, no scores.
        assert_eq!((table[2][5].as_str(), table[2][6].as_str()), ("", ""));
        let json = json(&rows, "en", &ESCAPES);
        assert!(json.starts_with("{\"format\":\"partner-or-vendor-export\",\"version\":1,"));
        assert!(json.contains("\"label\":\"We \\\"the firm\\\"\\n\""));
        assert!(json.contains("\"index\":null,\"stage\":null"));
        let parsed: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        let people = parsed["respondents"].as_array().unwrap();
        assert_eq!(people.len(), 2);
        assert_eq!(
            people[0]["index"].as_u64().map(|i| i.to_string()).unwrap(),
            table[1][5]
        );
        assert_eq!(
            people[0]["answers"][&client.items[0].id],
            table[1][7 + client.dimensions.len()]
        );
        assert_eq!(people[1]["answers"][&provider.items[0].id], "I can't judge");
    }
}
