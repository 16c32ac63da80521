use super::*;
use crate::model::builtin;
use crate::model::scoring::{score, Answer, Answers};
use proptest::prelude::*;

fn client() -> Questionnaire {
    builtin::catalog().remove(0)
}

/// Answers for every item from a stream of numbers: mostly choices, some escapes.
fn answers_from(q: &Questionnaire, picks: &[u8]) -> Answers {
    q.items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let pick = picks.get(i % picks.len().max(1)).copied().unwrap_or(0);
            let n = q.option_count(item) as u8;
            Some(match pick % (n + 1) {
                k if k < n => Answer::Choice(k),
                _ => Answer::CantJudge,
            })
        })
        .collect()
}

/// `n` settled outcomes of `q`, of varied answers.
fn outcomes(q: &Questionnaire, n: usize) -> Vec<Outcome> {
    let all: Vec<Outcome> = (0..=255u8)
        .map(|k| score(q, &answers_from(q, &[k % 7, k / 7, k % 3 + 1, k % 5])))
        .filter(|o| settled(o).is_some())
        .take(n)
        .collect();
    assert_eq!(all.len(), n, "settled outcomes");
    all
}

const MARCH: Month = Month {
    year: 2027,
    month: 3,
};

fn norms_of(q: &Questionnaire, n: usize) -> Norms {
    make(q, &outcomes(q, n), Some("Acme IT"), MARCH).expect("enough results")
}

#[test]
fn a_file_counts_the_settled_results_and_nothing_of_a_person() {
    let q = client();
    let all = outcomes(&q, 40);
    let norms = make(&q, &all, Some("Acme IT"), MARCH).unwrap();
    let settled: Vec<u8> = all.iter().filter_map(settled).collect();
    assert!(settled.len() >= 20, "{} settled", settled.len());
    assert_eq!(norms.count as usize, settled.len());
    assert_eq!(norms.index.total(), settled.len() as u64);
    for s in &settled {
        assert!(norms.index.counts()[usize::from(*s)] > 0);
    }
    assert_eq!(norms.dimensions.len(), q.dimensions.len());
    assert_eq!(norms.dimensions[0].0, q.dimensions[0].id);
    let text = write(&norms);
    // Only counts, ids and the header: no label, no answer, no link.
    let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let keys: Vec<&str> = parsed
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = [
        "asOf",
        "count",
        "dimensions",
        "firm",
        "format",
        "index",
        "lens",
        "questionnaire",
        "questionnaireVersion",
        "version",
    ];
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(parsed["asOf"], "2027-03");
    assert_eq!(parsed["index"].as_array().unwrap().len(), 101);
    assert!(text.len() < 4096, "{} bytes", text.len());
    assert_eq!(read(text.as_bytes()), Ok(norms));
}

#[test]
fn fewer_than_twenty_settled_results_make_no_file() {
    let q = client();
    let all = outcomes(&q, 40);
    let how_many = all.iter().filter(|o| settled(o).is_some()).count();
    let mut nineteen: Vec<Outcome> = all
        .into_iter()
        .filter(|o| settled(o).is_some())
        .take(19)
        .collect();
    assert!(how_many > 19);
    assert_eq!(make(&q, &nineteen, None, MARCH), Err(TooFew { have: 19 }));
    assert_eq!(TooFew { have: 19 }.needed(), 1);
    // A provisional result does not count towards the twenty.
    let provisional = score(&q, &vec![Some(Answer::CantJudge); q.items.len()]);
    assert!(provisional.index().is_none());
    nineteen.push(provisional);
    assert_eq!(make(&q, &nineteen, None, MARCH), Err(TooFew { have: 19 }));
}

#[test]
fn results_of_each_questionnaire_make_their_own_file() {
    let whole = builtin::whole();
    let q = whole
        .iter()
        .find(|q| q.id == client().id && q.version == client().version)
        .unwrap();
    let older = whole
        .iter()
        .find(|o| o.id == q.id && o.version < q.version)
        .unwrap();
    let answers: Vec<Answers> = (0..=255u8)
        .map(|k| answers_from(q, &[k % 7, k / 7, k % 3 + 1, k % 5]))
        .filter(|a| settled(&score(q, a)).is_some())
        .take(21)
        .collect();
    let old = answers_from(older, &[1, 2]);
    let mut results: Vec<(&Questionnaire, &[Option<Answer>])> =
        answers.iter().map(|a| (q, a.as_slice())).collect();
    results.insert(3, (older, old.as_slice()));
    let groups = per_questionnaire(&results, None, MARCH);
    assert_eq!(groups.len(), 2);
    assert_eq!(groups[0].0.version, q.version);
    assert_eq!(groups[0].1.as_ref().map(|n| n.count), Ok(21));
    assert_eq!(groups[1].0.version, older.version);
    assert_eq!(
        groups[1].1.as_ref().map(|n| n.count),
        Err(&TooFew {
            have: settled(&score(older, &old)).map_or(0, |_| 1)
        })
    );
}

#[test]
fn higher_than_counts_the_results_strictly_below_rounded_down() {
    let q = client();
    let mut norms = norms_of(&q, 40);
    // 30 results: ten each at 40, 50 and 60.
    norms.count = 30;
    norms.index = Distribution::of((0..30).map(|k| 40 + 10 * (k % 3) as u8));
    assert_eq!(norms.standing(40).percent, 0);
    assert_eq!(norms.standing(41).percent, 33);
    assert_eq!(norms.standing(50).percent, 33);
    assert_eq!(norms.standing(60).percent, 66);
    assert_eq!(norms.standing(61).percent, 100);
    assert_eq!(norms.standing(100).percent, 100);
    assert_eq!(norms.standing(0).count, 30);
}

#[test]
fn a_file_fits_only_its_own_questionnaire_version_and_lens() {
    let q = client();
    let norms = norms_of(&q, 40);
    assert_eq!(norms.fits(&q), Ok(()));
    let mut other = q.clone();
    other.version += 1;
    assert_eq!(norms.fits(&other), Err(NormsError::OtherQuestionnaire));
    let mut other = q.clone();
    other.id.push_str("-x");
    assert_eq!(norms.fits(&other), Err(NormsError::OtherQuestionnaire));
    let mut other = norms.clone();
    other.lens = Seat::Provider;
    assert_eq!(other.fits(&q), Err(NormsError::OtherLens));
    let mut other = norms.clone();
    other.dimensions.pop();
    assert_eq!(other.fits(&q), Err(NormsError::OtherDimensions));
    let provider = builtin::whole()
        .into_iter()
        .find(|p| p.seat == Seat::Provider)
        .unwrap();
    assert!(norms.fits(&provider).is_err());
}

#[test]
fn no_standing_for_a_provisional_or_contradicted_result() {
    let q = client();
    let norms = norms_of(&q, 40);
    let settled_one = outcomes(&q, 40)
        .into_iter()
        .find(|o| settled(o).is_some())
        .unwrap();
    assert!(norms.standing_of(&q, &settled_one).is_some());
    let mut contradicted = settled_one.clone();
    contradicted.inconsistent = true;
    assert_eq!(norms.standing_of(&q, &contradicted), None);
    let provisional = score(&q, &vec![Some(Answer::CantJudge); q.items.len()]);
    assert_eq!(norms.standing_of(&q, &provisional), None);
}

/// The file `norms_of` writes with one field changed by `edit`.
fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let q = client();
    let mut value: serde_json::Value = serde_json::from_str(&write(&norms_of(&q, 40))).unwrap();
    edit(&mut value);
    serde_json::to_vec(&value).unwrap()
}

/// One change to a good file.
type Edit = Box<dyn FnOnce(&mut serde_json::Value)>;

#[test]
fn every_wrong_file_is_refused_with_its_reason() {
    use serde_json::json;
    assert_eq!(read(b"not json"), Err(NormsError::NotJson));
    assert_eq!(read(&[0xff, 0xfe]), Err(NormsError::NotJson));
    assert_eq!(read(b"{}"), Err(NormsError::NotNorms));
    assert_eq!(read(&vec![b' '; MAX_BYTES + 1]), Err(NormsError::TooLarge));
    let cases: Vec<(Edit, NormsError)> = vec![
        (
            Box::new(|v| v["format"] = json!("partner-or-vendor-export")),
            NormsError::NotNorms,
        ),
        (
            Box::new(|v| v["version"] = json!(2)),
            NormsError::NewerVersion,
        ),
        (
            Box::new(|v| v["version"] = json!(0)),
            NormsError::Field("version"),
        ),
        (
            Box::new(|v| v["version"] = json!("1")),
            NormsError::Field("version"),
        ),
        (
            Box::new(|v| v["questionnaire"] = json!("")),
            NormsError::Field("questionnaire"),
        ),
        (
            Box::new(|v| v["questionnaireVersion"] = json!(-1)),
            NormsError::Field("questionnaireVersion"),
        ),
        (
            Box::new(|v| v["lens"] = json!("team")),
            NormsError::Field("lens"),
        ),
        (
            Box::new(|v| v["firm"] = json!("<b>x</b>")),
            NormsError::Field("firm"),
        ),
        (
            Box::new(|v| v["asOf"] = json!("2027-13")),
            NormsError::Field("asOf"),
        ),
        (
            Box::new(|v| v["asOf"] = json!("2027-03-01")),
            NormsError::Field("asOf"),
        ),
        (Box::new(|v| v["count"] = json!(19)), NormsError::TooFew(19)),
        (
            Box::new(|v| v["count"] = json!(2.5)),
            NormsError::Field("count"),
        ),
        (
            Box::new(|v| {
                let n = v["count"].as_u64().unwrap();
                v["count"] = json!(n + 1);
            }),
            NormsError::Inconsistent("index"),
        ),
        (
            Box::new(|v| {
                v["index"]
                    .as_array_mut()
                    .unwrap()
                    .pop()
                    .map(drop)
                    .unwrap_or(())
            }),
            NormsError::Field("index"),
        ),
        (
            Box::new(|v| v["index"][3] = json!(-1)),
            NormsError::Field("index"),
        ),
        (
            Box::new(|v| v["dimensions"] = json!({})),
            NormsError::Field("dimensions"),
        ),
        (
            Box::new(|v| {
                let first = v["dimensions"]
                    .as_object()
                    .unwrap()
                    .keys()
                    .next()
                    .unwrap()
                    .clone();
                v["dimensions"][first][100] = json!(1000);
            }),
            NormsError::Inconsistent("dimensions"),
        ),
    ];
    for (k, (edit, error)) in cases.into_iter().enumerate() {
        assert_eq!(read(&edited(edit)), Err(error), "case {k}");
    }
    // A missing optional name is fine; a missing count is not.
    assert!(read(&edited(|v| drop(v.as_object_mut().unwrap().remove("firm")))).is_ok());
    assert_eq!(
        read(&edited(|v| drop(
            v.as_object_mut().unwrap().remove("count")
        ))),
        Err(NormsError::Field("count"))
    );
}

#[test]
fn months_read_as_written() {
    assert_eq!(Month::parse("2027-03"), Some(MARCH));
    assert_eq!(Month::parse("2027-03-31"), Some(MARCH));
    assert_eq!(MARCH.format(), "2027-03");
    for bad in [
        "2027-3",
        "2027-00",
        "2027-13",
        "27-03",
        "2027/03",
        "2027-03-x1",
        "",
        "２０２７-03",
    ] {
        assert_eq!(Month::parse(bad), None, "{bad}");
    }
}

/// Any norms: a count of 20–200 scores spread over the index, and dimensions with at most that
/// many scores each.
fn any_norms() -> impl Strategy<Value = Norms> {
    (20usize..200)
        .prop_flat_map(|n| {
            (
                proptest::collection::vec(0u8..=100, n),
                proptest::collection::vec(
                    (
                        "[a-z][a-z-]{0,20}",
                        proptest::collection::vec(0u8..=100, 0..=n),
                    ),
                    1..12,
                ),
                proptest::option::of("[A-Za-z &äöü.-]{1,40}"),
                (
                    1900u16..=9999,
                    1u8..=12,
                    "[a-z0-9-]{1,30}",
                    1u32..1000,
                    any::<bool>(),
                ),
            )
        })
        .prop_map(
            |(index, dimensions, firm, (year, month, id, version, provider))| {
                let mut seen = Vec::new();
                let dimensions = dimensions
                    .into_iter()
                    .filter(|(id, _)| {
                        let new = !seen.contains(id);
                        seen.push(id.clone());
                        new
                    })
                    .map(|(id, scores)| (id, Distribution::of(scores)))
                    .collect();
                Norms {
                    questionnaire: id,
                    questionnaire_version: version,
                    lens: if provider {
                        Seat::Provider
                    } else {
                        Seat::Client
                    },
                    firm: firm.and_then(|f| check_text(&f, FIRM_MAX).ok()),
                    as_of: Month { year, month },
                    count: index.len() as u32,
                    index: Distribution::of(index),
                    dimensions,
                }
            },
        )
}

proptest! {
    #[test]
    fn any_norms_round_trip(norms in any_norms()) {
        let text = write(&norms);
        prop_assert!(text.len() <= MAX_BYTES);
        prop_assert_eq!(read(text.as_bytes()), Ok(norms));
    }

    #[test]
    fn any_bytes_are_read_or_refused_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = read(&bytes);
    }

    #[test]
    fn any_damage_to_a_file_is_read_or_refused_never_a_panic(at in 0usize..4000, byte in any::<u8>()) {
        let mut bytes = write(&norms_of(&client(), 40)).into_bytes();
        let at = at % bytes.len();
        bytes[at] = byte;
        if let Ok(norms) = read(&bytes) {
            prop_assert!(norms.count >= MIN_COUNT);
            prop_assert_eq!(norms.index.total(), u64::from(norms.count));
        }
    }

    #[test]
    fn a_file_under_twenty_is_refused(norms in any_norms(), keep in 0usize..20) {
        let mut small = norms.clone();
        let scores: Vec<u8> = (0..=100u8)
            .flat_map(|s| std::iter::repeat_n(s, norms.index.counts()[usize::from(s)] as usize))
            .take(keep)
            .collect();
        small.count = keep as u32;
        small.index = Distribution::of(scores);
        small.dimensions = vec![("d".into(), Distribution::of([]))];
        prop_assert_eq!(read(write(&small).as_bytes()), Err(NormsError::TooFew(keep as u32)));
    }

    #[test]
    fn the_percent_is_0_to_100_and_grows_with_the_index(norms in any_norms(), index in 0u8..=100) {
        let here = norms.standing(index);
        prop_assert!(here.percent <= 100);
        prop_assert_eq!(here.count, norms.count);
        let below = norms.index.below(index);
        prop_assert_eq!(u64::from(here.percent), below * 100 / u64::from(norms.count));
        if index < 100 {
            prop_assert!(norms.standing(index + 1).percent >= here.percent);
        }
    }
}
