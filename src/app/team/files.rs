//! The team view's downloads: the respondents shown as a CSV or JSON file (the export is
//! written here, in the team view's own wasm, never in the visitor's), and Print beside them.

use super::words::words;
use crate::app::parts::print::print_button;
use crate::app::text::{self, Lang};
use crate::browser::download;
use crate::model::export::{self, Format};
use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::Answers;
use crate::model::team;
use std::rc::Rc;
use yew::prelude::*;

/// One respondent to export, owned, so the files are written only when asked for.
pub struct Exported {
    pub label: String,
    /// Index into the catalog the page read the links against.
    pub questionnaire: usize,
    pub answers: Answers,
    pub date: Option<String>,
}

/// The respondents read, under the names shown.
pub fn exported(reading: &team::Reading, names: &[String]) -> Vec<Exported> {
    reading
        .respondents
        .iter()
        .zip(names)
        .map(|((_, r), name)| Exported {
            label: name.clone(),
            questionnaire: r.questionnaire,
            answers: r.answers.clone(),
            date: None,
        })
        .collect()
}

/// Writes the respondents' file and offers it for download as `<name>.csv` or `<name>.json`.
pub fn save(all: &[Questionnaire], people: &[Exported], lang: Lang, file: Format, name: &str) {
    let t = text::few(lang);
    let escapes = export::Escapes {
        cant_judge: t.cant_judge,
        not_applicable: t.not_applicable,
    };
    let rows: Vec<export::Row> = people
        .iter()
        .map(|p| export::Row {
            label: &p.label,
            questionnaire: &all[p.questionnaire],
            answers: &p.answers,
            date: p.date.as_deref(),
        })
        .collect();
    let (text, kind) = match file {
        Format::Json => (
            export::json(&rows, lang.code(), &escapes),
            "application/json",
        ),
        Format::Csv => (
            export::csv(&rows, lang.code(), &escapes),
            "text/csv;charset=utf-8",
        ),
    };
    download::save(&format!("{name}.{}", file.extension()), kind, &text);
}

/// The downloads of these respondents (CSV and JSON, in the page's language) and Print.
pub fn downloads_and_print(
    all: &Rc<Vec<Questionnaire>>,
    people: Vec<Exported>,
    lang: Lang,
) -> Html {
    let w = words(lang);
    let people = Rc::new(people);
    let on = |file: Format| {
        let (all, people) = (all.clone(), people.clone());
        move |_: MouseEvent| save(&all, &people, lang, file, "team-results")
    };
    html! {
        <>
            <button type="button" class="button secondary" onclick={on(Format::Csv)}>{ w.download_csv }</button>
            <button type="button" class="button secondary" onclick={on(Format::Json)}>{ w.download_json }</button>
            { print_button(w.print) }
        </>
    }
}
