//! Every team text in both languages with the same placeholders, and every template filled.

use super::*;
use crate::app::team::words::{Words, DE, EN};
use crate::model::template::placeholders;

fn entries(w: &Words) -> Vec<(&'static str, &'static str)> {
    vec![
        ("title", w.title),
        ("lead", w.lead),
        ("paste_label", w.paste_label),
        ("paste_hint", w.paste_hint),
        ("file_label", w.file_label),
        ("file_too_big", w.file_too_big),
        ("show", w.show),
        ("loading", w.loading),
        ("load_failed", w.load_failed),
        ("retry", w.retry),
        ("nothing_yet", w.nothing_yet),
        ("copy_fallback", w.copy_fallback),
        ("problems_heading", w.problems_heading),
        ("line", w.line),
        ("not_a_link", w.not_a_link),
        ("link_errors.truncated", w.link_errors.truncated),
        ("link_errors.not_ours", w.link_errors.not_ours),
        ("link_errors.changed", w.link_errors.changed),
        ("link_errors.newer", w.link_errors.newer),
        ("link_errors.unknown", w.link_errors.unknown),
        ("link_errors.out_of_range", w.link_errors.out_of_range),
        ("link_errors.bad_label", w.link_errors.bad_label),
        ("team_errors[0]", w.team_errors[0]),
        ("team_errors[1]", w.team_errors[1]),
        ("team_errors[2]", w.team_errors[2]),
        ("team_errors[3]", w.team_errors[3]),
        ("too_many", w.too_many),
        ("seat_client", w.seat_client),
        ("seat_provider", w.seat_provider),
        ("respondents", w.respondents),
        ("one_respondent", w.one_respondent),
        ("respondent", w.respondent),
        ("quick_mark", w.quick_mark),
        ("index_heading", w.index_heading),
        ("median_range", w.median_range),
        ("single_score", w.single_score),
        ("of_people", w.of_people),
        ("median_note", w.median_note),
        ("no_index", w.no_index),
        ("stage_of_median", w.stage_of_median),
        ("disagree_heading", w.disagree_heading),
        ("disagree_item", w.disagree_item),
        ("agree", w.agree),
        ("no_spread", w.no_spread),
        ("only_one", w.only_one),
        ("chart_label", w.chart_label),
        ("table_caption", w.table_caption),
        ("col_dimension", w.col_dimension),
        ("col_median", w.col_median),
        ("col_range", w.col_range),
        ("index_row", w.index_row),
        ("no_score", w.no_score),
        ("other_version", w.other_version),
        ("other_version_index", w.other_version_index),
        ("other_version_only_index", w.other_version_only_index),
        ("team_link_note", w.team_link_note),
        ("no_score_note", w.no_score_note),
        ("then_now_heading", w.then_now_heading),
        ("then_now_caption", w.then_now_caption),
        ("then", w.then),
        ("then_on", w.then_on),
        ("now", w.now),
        ("col_change", w.col_change),
        ("change_up", w.change_up),
        ("change_down", w.change_down),
        ("change_none", w.change_none),
        ("not_compared", w.not_compared),
        ("team_link_heading", w.team_link_heading),
        ("team_link_label", w.team_link_label),
        ("copy", w.copy),
        ("copied", w.copied),
        ("save_file", w.save_file),
        ("download_csv", w.download_csv),
        ("download_json", w.download_json),
        ("print", w.print),
        ("back", w.back),
    ]
}

#[test]
fn the_list_of_texts_names_every_text() {
    // Every field is a text (`&'static str`), the nested ones too: the list misses none.
    let texts = std::mem::size_of::<Words>() / std::mem::size_of::<&'static str>();
    assert_eq!(entries(&EN).len(), texts);
}

#[test]
fn every_text_exists_in_both_languages_with_the_same_placeholders() {
    for ((key, en), (_, de)) in entries(&EN).into_iter().zip(entries(&DE)) {
        assert!(!en.trim().is_empty() && !de.trim().is_empty(), "{key}");
        assert_eq!(placeholders(en), placeholders(de), "{key}");
    }
}

#[test]
fn every_placeholder_a_text_uses_is_filled() {
    for w in [&EN, &DE] {
        let filled = [
            w.problem(3, LineProblem::NotALink),
            w.respondent(2),
            w.respondents(1),
            w.respondents(4),
            w.median_range("50", "20", "80"),
            w.single_score("50"),
            w.of_people(2, 3),
            w.disagree_item("Trust", 20, 80),
            w.other_version("A, B", Some("Trust")),
            w.other_version("A", None),
            w.then_on(Some("1 Mar 2026")),
            w.then_on(None),
            w.change(5),
            w.change(-5),
            w.change(0),
            w.save_file(Format::Csv),
        ];
        for text in filled {
            assert!(placeholders(&text).is_empty(), "{text}");
        }
        // Every text with a placeholder is one of those filled above.
        let templates: Vec<&str> = entries(w)
            .into_iter()
            .filter(|(_, t)| !placeholders(t).is_empty())
            .map(|(key, _)| key)
            .collect();
        assert_eq!(
            templates,
            [
                "line",
                "respondents",
                "respondent",
                "median_range",
                "single_score",
                "of_people",
                "disagree_item",
                "other_version",
                "other_version_only_index",
                "then_on",
                "change_up",
                "change_down",
                "save_file"
            ]
        );
    }
}

#[test]
fn templates_are_filled_as_the_page_shows_them() {
    assert_eq!(
        EN.problem(2, LineProblem::NotALink),
        "Line 2: this is not a results link."
    );
    assert_eq!(
        EN.median_range("50", "20", "80"),
        "Middle score 50 (lowest 20, highest 80)"
    );
    assert_eq!(
        DE.of_people(2, 3),
        "aus 2 von 3 Personen; die übrigen haben zu wenige Antworten für einen Index gegeben"
    );
    assert_eq!(
        EN.disagree_item("Trust", 20, 85),
        "Trust: 20 to 85 (gap 65)"
    );
    assert_eq!(EN.change(-7), "\u{2193} \u{2212}7");
    assert_eq!(DE.save_file(Format::Json), "result.json herunterladen");
    assert_eq!(DE.respondents(1), "1 Person");
}
