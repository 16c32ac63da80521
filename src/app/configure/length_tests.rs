use super::*;
use crate::model::builtin::catalog;
use crate::model::link;
use crate::model::scoring::{score, Answer};

/// The longest summary in `lang` over the catalog, as `firm::call_to_action` makes one: its
/// first line, the longer of a result with an index and stage and one without, then every
/// dimension without a score.
fn worst_summary(lang: Lang) -> String {
    let t = text::ui(lang);
    let code = lang.code();
    catalog()
        .iter()
        .map(|q| {
            let stage = q
                .stages
                .iter()
                .map(|s| s.name.get(code))
                .max_by_key(|n| n.chars().count());
            let staged = t.result_line(Some(100), stage, "");
            let plain = t.result_line(None, None, "");
            let head = [staged, plain]
                .into_iter()
                .max_by_key(|l| l.chars().count());
            let answers = vec![Some(Answer::CantJudge); q.items.len()];
            let outcome = score(q, &answers);
            let head: Vec<String> = head.into_iter().collect();
            cta::summary(&head, q, &outcome, code, t.not_enough_answers)
        })
        .max_by_key(|s| crate::model::percent::encode(s).len())
        .unwrap_or_default()
}

#[test]
fn the_longest_result_is_the_one_the_catalog_gives() {
    for (lang, summary) in WORST_SUMMARY {
        let worst = worst_summary(lang);
        assert_eq!(
            summary, worst,
            "the longest summary in {lang:?} is now:\n{worst:?}"
        );
    }
    let payload = catalog()
        .iter()
        .flat_map(|q| {
            let n = q.items.len();
            [
                vec![None; n],
                vec![Some(Answer::CantJudge); n],
                vec![Some(Answer::Choice(0)); n],
                (0..n)
                    .map(|i| Some(Answer::Choice((i % 5) as u8)))
                    .collect(),
            ]
            .map(|answers| link::encode(q, &answers, None).len())
        })
        .max();
    assert_eq!(Some(WORST_PAYLOAD), payload);
    let names = |lang: &'static str| {
        catalog().into_iter().flat_map(move |q| {
            let stages: Vec<(String, String)> = q
                .stages
                .iter()
                .map(|s| (s.name.get(lang).to_string(), s.id.clone()))
                .collect();
            let dimensions: Vec<String> = q
                .dimensions
                .iter()
                .map(|d| d.name.get(lang).to_string())
                .collect();
            [(stages, dimensions)]
        })
    };
    let all: Vec<_> = names("en").chain(names("de")).collect();
    let stage = all
        .iter()
        .flat_map(|(stages, _)| stages.iter())
        .max_by_key(|(name, id)| name.chars().count() * 9 + id.len())
        .cloned();
    let dimension = all
        .iter()
        .flat_map(|(_, dimensions)| dimensions.iter())
        .max_by_key(|name| name.chars().count())
        .cloned();
    assert_eq!(
        stage,
        Some((WORST_STAGE.0.to_string(), WORST_STAGE.1.to_string()))
    );
    assert_eq!(dimension.as_deref(), Some(WORST_DIMENSION));
}

fn target(address: &str) -> CtaTarget {
    crate::model::settings::check_cta(address).expect("a valid address")
}

#[test]
fn a_long_address_is_warned_of_and_an_ordinary_one_is_not() {
    let app = "https://assessment.acme-it.example/";
    let settings = Settings::default();
    // The mail link: subject, summary and link fit, unless the address itself is long.
    let mail = target("mailto:partnerships@acme-it.example");
    assert_eq!(too_long(&mail, app, &settings, &[]), None);
    let length = longest(&mail, app, &settings, &[]);
    assert!(length > 500 && length < MAIL_MAX, "{length}");
    let long_mail = target(&format!(
        "mailto:{}@acme.example",
        "a".repeat(MAIL_MAX - length + 30)
    ));
    assert!(matches!(
        too_long(&long_mail, app, &settings, &[]),
        Some((_, MAIL_MAX))
    ));
    // A page that gets the results link only, or the index and stage, is short.
    for short in [
        "https://acme.example/contact",
        "https://acme.example/contact?stage={stage_id}&index={overall}",
    ] {
        assert_eq!(
            too_long(&target(short), app, &settings, &[]),
            None,
            "{short}"
        );
    }
    // The summary alone is about 650 characters encoded; four times over, more
    // than a browser is sure to open.
    let four = target("https://acme.example/?a={summary}&b={summary}&c={summary}&d={summary}");
    let (length, max) = too_long(&four, app, &settings, &[]).expect("a warning");
    assert_eq!(max, WEB_MAX);
    assert_eq!(length, longest(&four, app, &settings, &[]));
    // Campaign tags add to a web address, not to a mail.
    let tags = vec![UTM.to_string(), "gclid".to_string()];
    let page = target("https://acme.example/contact");
    assert_eq!(
        longest(&page, app, &settings, &tags),
        longest(&page, app, &settings, &[]) + 6 * (TAG_LENGTH + 2) + UTM_NAMES.concat().len() + 5
    );
    assert_eq!(longest(&mail, app, &settings, &tags), length_of_mail(app));
}

fn length_of_mail(app: &str) -> usize {
    longest(
        &target("mailto:partnerships@acme-it.example"),
        app,
        &Settings::default(),
        &[],
    )
}
