//! Every text in every language, and the templates filled as the views use them.

use super::*;
use crate::model::settings::Reason;
use crate::model::template::placeholders;

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
fn the_few_texts_are_the_tables_own() {
    for lang in Lang::ALL {
        let (few, t) = (few(lang), ui(lang));
        assert_eq!(
            [
                few.language_switch_label,
                few.fatal.heading,
                few.fatal.text,
                few.fatal.reload
            ],
            [
                t.language_switch_label,
                t.fatal_heading,
                t.fatal_text,
                t.fatal_reload
            ]
        );
        assert_eq!(
            [few.fatal.start_over, few.cant_judge, few.not_applicable],
            [t.start_over, t.cant_judge, t.not_applicable]
        );
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
        "27 of 30 answers count towards the score. Left out of the score: “I can't judge”: 2, “Doesn't apply to us / hasn't come up”: 1."
    );
    assert_eq!(DE.revisit(1), "Die übersprungene Frage beantworten");
    assert_eq!(
        EN.evidence_line("They keep their promises.", "Disagree"),
        "“They keep their promises.” — you answered “Disagree”."
    );
    assert_eq!(
        EN.contradiction_revisit(6),
        "Look at these 6 statements again"
    );
    assert_eq!(
        DE.other_form(true, 23, 4),
        "Stattdessen den Kurzcheck machen: 23 Fragen, etwa 4 Minuten"
    );
    assert!(EN.contradiction(3).starts_with("In 3 pairs"));
    assert_eq!(DE.continue_full(7).matches('7').count(), 1);
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

#[test]
fn fetched_texts_read_back_as_the_built_in_ones_and_a_wrong_count_is_refused() {
    let texts = |ui: &Ui| {
        ui.entries()
            .into_iter()
            .map(|(_, t)| t.to_string())
            .collect::<Vec<_>>()
    };
    let again = Ui::from_texts(Lang::De, texts(&DE)).expect("every text, in order");
    assert_eq!(again.entries(), DE.entries());
    assert_eq!(again.lang, Lang::De);
    let mut short = texts(&DE);
    short.pop();
    assert!(Ui::from_texts(Lang::De, short).is_none());
    let mut long = texts(&DE);
    long.push(String::new());
    assert!(Ui::from_texts(Lang::De, long).is_none());
}
