use super::spread::{aggregate, Respondent};
use super::*;
use crate::model::builtin;
use crate::model::link;
use crate::model::questionnaire::{Questionnaire, Seat};
use crate::model::scoring::{round, score, Answer, Answers};
use proptest::prelude::*;

/// Answers for every item from a stream of numbers: mostly choices, some escapes.
fn answers_from(q: &Questionnaire, picks: &[u8]) -> Answers {
    q.items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let pick = picks.get(i % picks.len().max(1)).copied().unwrap_or(0);
            let n = q.option_count(item) as u8;
            Some(match pick % (n + 3) {
                k if k < n => Answer::Choice(k),
                k if k == n + 1 && q.not_applicable => Answer::NotApplicable,
                k if k == n + 2 => Answer::Choice(pick % n),
                _ => Answer::CantJudge,
            })
        })
        .collect()
}

fn catalog() -> Vec<Questionnaire> {
    builtin::catalog()
}

#[test]
fn a_team_link_round_trips_its_results_links_in_order() {
    let catalog = catalog();
    let client = &catalog[0];
    let links: Vec<String> = (0..5u8)
        .map(|k| {
            let answers = answers_from(client, &[k, k + 1, 3, 7]);
            link::encode(client, &answers, (k % 2 == 0).then_some("Night desk"))
        })
        .collect();
    let refs: Vec<&str> = links.iter().map(String::as_str).collect();
    let team = encode(&refs).unwrap();
    assert_eq!(decode(&team).unwrap(), links);
}

#[test]
fn twenty_built_in_results_fit_a_link_under_2000_characters() {
    let catalog = catalog();
    let client = &catalog[0];
    let links: Vec<String> = (0..20u8)
        .map(|k| link::encode(client, &answers_from(client, &[k, 2 * k + 1, 5]), None))
        .collect();
    let refs: Vec<&str> = links.iter().map(String::as_str).collect();
    let team = encode(&refs).unwrap();
    let address = format!("https://assess.example.com/team.html#t={team}");
    assert!(address.len() < 2000, "{} characters", address.len());
    // What the module documents: a respondent costs their link plus one byte.
    let one = encode(&refs[..1]).unwrap().len();
    let two = encode(&refs[..2]).unwrap().len();
    let per = (two as f64 - one as f64).max((team.len() - one) as f64 / 19.0);
    assert!(
        (26.0..=28.0).contains(&per),
        "{per} characters per respondent"
    );
    assert_eq!(links[0].len(), 26);
}

#[test]
fn a_pinned_team_link_keeps_opening() {
    // Written by this build's first release of the team link; it must decode to the same
    // respondents, answers and labels for as long as the app reads team links.
    let pinned = "EAMYEeBzAgDyn4z96H-cwPU8T3duZXJ-D5mgExDgcwIAk4Ms2WAaBcbecF06T00eEbekAgEVuXVeJhGsVCMeTmFjaHRkaWVuc3RkxY24Tq9Ozw";
    let members = decode(pinned).unwrap();
    let catalog = catalog();
    let refs: Vec<&Questionnaire> = catalog.iter().collect();
    let read: Vec<_> = members
        .iter()
        .map(|m| link::decode(&refs, m).unwrap())
        .collect();
    assert_eq!(read.len(), 3);
    assert_eq!(read[0].label.as_deref(), Some("Owner"));
    assert_eq!(read[1].label, None);
    assert_eq!(read[2].label.as_deref(), Some("Nachtdienst"));
    assert_eq!(refs[read[2].questionnaire].seat, Seat::Provider);
    let indices: Vec<Option<u8>> = read
        .iter()
        .map(|r| score(refs[r.questionnaire], &r.answers).index())
        .collect();
    assert_eq!(indices, vec![Some(58), Some(50), Some(60)]);
}

#[test]
fn damaged_team_links_say_what_is_wrong() {
    let catalog = catalog();
    let client = &catalog[0];
    let one = link::encode(client, &answers_from(client, &[1, 2, 3]), None);
    let team = encode(&[&one, &one]).unwrap();
    assert_eq!(decode(&team[..team.len() - 10]), Err(TeamError::Truncated));
    let mut changed = team.clone().into_bytes();
    changed[12] = if changed[12] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        decode(std::str::from_utf8(&changed).unwrap()),
        Err(TeamError::ChecksumMismatch)
    );
    assert_eq!(decode("hello world"), Err(TeamError::NotOurFormat));
    assert_eq!(decode(""), Err(TeamError::Truncated));
    // A newer format than this build knows.
    let mut newer = base64url_decode(&team).unwrap();
    newer[0] = 0x20;
    assert_eq!(
        decode(&base64url_encode(&newer)),
        Err(TeamError::NewerVersion)
    );
    assert_eq!(encode(&[]), Err(TooBig::Empty));
    let many = vec![one.as_str(); MAX_RESPONDENTS + 1];
    assert_eq!(encode(&many), Err(TooBig::TooMany));
    assert_eq!(encode(&[&one, "not a link!"]), Err(TooBig::Unfit(1)));
}

#[test]
fn pasted_lines_are_read_one_by_one() {
    let catalog = catalog();
    let client = &catalog[0];
    let a = link::encode(client, &answers_from(client, &[1]), Some("Anna"));
    let b = link::encode(client, &answers_from(client, &[4]), None);
    let team = encode(&[&a, &b]).unwrap();
    let text = format!(
        "https://assess.example/#r={a}\n\n  {b}  \r\nhello there\nhttps://x.example/team.html#t={team}\nhttps://assess.example/?lang=de#r={b}&utm_source=mail\nhttps://x.example/team.html#t=AAAA\n"
    );
    let read = read_pasted(&text);
    assert_eq!(
        read,
        vec![
            (1, Pasted::Result(a.clone())),
            (3, Pasted::Result(b.clone())),
            (4, Pasted::NotALink),
            (5, Pasted::Team(vec![a.clone(), b.clone()])),
            (6, Pasted::Result(b.clone())),
            (7, Pasted::BadTeam(TeamError::NotOurFormat)),
        ]
    );
}

/// The fuzz count the closing note and the README cite.
const FUZZ: u32 = 120_000;

#[test]
fn decoding_never_panics_on_any_input() {
    // A fixed-seed generator, so a failure is reproducible: random text, random bytes with a
    // valid header, and valid team links with one byte changed or cut short.
    let catalog = catalog();
    let client = &catalog[0];
    let one = link::encode(client, &answers_from(client, &[2, 3]), Some("Owner"));
    let valid = base64url_decode(&encode(&[&one, &one, &one]).unwrap()).unwrap();
    let mut seed: u64 = 0x5eed_7ea3;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ %#";
    let mut opened = 0;
    for round in 0..FUZZ {
        let input = match round % 3 {
            0 => {
                let len = (next() % 200) as usize;
                (0..len)
                    .map(|_| alphabet[(next() % alphabet.len() as u64) as usize] as char)
                    .collect::<String>()
            }
            1 => {
                let len = 2 + (next() % 120) as usize;
                let mut bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
                bytes[0] = TEAM_FORMAT << 4;
                bytes[1] = (next() % 60) as u8;
                base64url_encode(&bytes)
            }
            _ => {
                let mut bytes = valid.clone();
                let at = (next() % bytes.len() as u64) as usize;
                if next() % 2 == 0 {
                    bytes[at] ^= 1 << (next() % 8);
                } else {
                    bytes.truncate(at);
                }
                base64url_encode(&bytes)
            }
        };
        if let Ok(members) = decode(&input) {
            opened += 1;
            assert!((1..=MAX_RESPONDENTS).contains(&members.len()));
        }
        let _ = read_pasted(&input);
    }
    // Changed or cut valid links are caught by the checksum (random ones almost never pass).
    assert!(opened < 10, "{opened} damaged inputs opened");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_results_links_round_trip(members in prop::collection::vec(prop::collection::vec(any::<u8>(), 1..=255), 1..=MAX_RESPONDENTS)) {
        let links: Vec<String> = members.iter().map(|m| base64url_encode(m)).collect();
        let refs: Vec<&str> = links.iter().map(String::as_str).collect();
        let team = encode(&refs).unwrap();
        prop_assert_eq!(decode(&team).unwrap(), links);
    }

    #[test]
    fn the_order_of_respondents_never_changes_the_result(
        picks in prop::collection::vec((0usize..2, prop::collection::vec(any::<u8>(), 1..8), any::<bool>()), 1..9),
        rotate in 0usize..8,
    ) {
        let catalog = catalog();
        let seats = [&catalog[0], &catalog[1]];
        let team: Vec<Respondent> = picks.iter().map(|(seat, p, named)| Respondent {
            questionnaire: seats[*seat],
            answers: answers_from(seats[*seat], p),
            label: named.then(|| "A".to_string()),
        }).collect();
        let mut turned = team.clone();
        turned.rotate_left(rotate % team.len());
        turned.reverse();
        let (a, b) = (aggregate(&team), aggregate(&turned));
        prop_assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(&b) {
            prop_assert_eq!(x.seat, y.seat);
            prop_assert_eq!(x.stage, y.stage);
            prop_assert_eq!(x.overall.median(), y.overall.median());
            prop_assert_eq!(x.overall.range(), y.overall.range());
            prop_assert_eq!(&x.disagreement, &y.disagreement);
            for (p, q) in x.dimensions.iter().zip(&y.dimensions) {
                prop_assert_eq!(p.spread.median(), q.spread.median());
                prop_assert_eq!(p.spread.min(), q.spread.min());
                prop_assert_eq!(p.spread.max(), q.spread.max());
                prop_assert_eq!(p.too_few.len(), q.too_few.len());
            }
        }
    }

    #[test]
    fn one_respondent_is_their_own_result(seat in 0usize..2, p in prop::collection::vec(any::<u8>(), 1..12)) {
        let catalog = catalog();
        let q = [&catalog[0], &catalog[1]][seat];
        let answers = answers_from(q, &p);
        let own = score(q, &answers);
        let groups = aggregate(&[Respondent { questionnaire: q, answers, label: None }]);
        prop_assert_eq!(groups.len(), 1);
        let g = &groups[0];
        prop_assert_eq!(g.overall.median(), own.overall);
        // A team's stage is read from its medians, where one person's contradictions do not
        // apply: otherwise the same as their own.
        if !own.inconsistent {
            prop_assert_eq!(g.stage, own.stage);
        }
        prop_assert!(g.disagreement.is_empty());
        for (d, mine) in g.dimensions.iter().zip(&own.dimensions) {
            prop_assert_eq!(d.spread.median(), mine.score);
        }
    }
}

#[test]
fn medians_ranges_and_disagreement_are_as_counted_by_hand() {
    let catalog = catalog();
    let q = &catalog[0];
    // Everyone answers every item with the same option k: every dimension scores the same.
    let all = |k: u8| -> Answers {
        q.items
            .iter()
            .map(|item| {
                let n = q.option_count(item) as u8;
                let k = k.min(n - 1);
                Some(Answer::Choice(if item.reverse { n - 1 - k } else { k }))
            })
            .collect()
    };
    let team: Vec<Respondent> = [0u8, 4, 1]
        .iter()
        .map(|&k| Respondent {
            questionnaire: q,
            answers: all(k),
            label: None,
        })
        .collect();
    let groups = aggregate(&team);
    let g = &groups[0];
    assert_eq!(g.members, vec![0, 1, 2]);
    let overall: Vec<f64> = (0..3)
        .map(|i| score(q, &team[i].answers).overall.unwrap())
        .collect();
    let mut sorted = overall.clone();
    sorted.sort_by(f64::total_cmp);
    assert_eq!(g.overall.median(), Some(sorted[1]));
    assert_eq!(g.overall.range(), Some(sorted[2] - sorted[0]));
    assert_eq!(g.overall.min(), Some(0.0));
    // Two-option items cap what "k = 1" reaches, so dimensions differ in range: the ranking
    // runs from the largest range down.
    let ranges: Vec<f64> = g
        .disagreement
        .iter()
        .map(|&d| g.dimensions[d].spread.range().unwrap())
        .collect();
    assert!(ranges.windows(2).all(|w| w[0] >= w[1]), "{ranges:?}");
    assert_eq!(g.disagreement.len(), q.dimensions.len());
    // Named as differences: only gaps of at least ten whole points, in the same order.
    let named: Vec<usize> = g.worth_naming().collect();
    let wide: Vec<usize> = g
        .disagreement
        .iter()
        .copied()
        .filter(|&d| {
            let s = &g.dimensions[d].spread;
            round(s.max().unwrap()) - round(s.min().unwrap()) >= super::spread::GAP_WORTH_NAMING
        })
        .collect();
    assert_eq!(named, wide);
    assert!(!named.is_empty());
    // Everyone alike: nothing is named.
    let alike = aggregate(&[team[1].clone(), team[1].clone()]);
    assert_eq!(alike[0].worth_naming().count(), 0);
    // Even counts take the mean of the middle two.
    let two = aggregate(&team[..2]);
    assert_eq!(
        two[0].overall.median(),
        Some((overall[0] + overall[1]) / 2.0)
    );
}

#[test]
fn seats_are_kept_apart_and_other_versions_compared_only_where_items_match() {
    let catalog = catalog();
    let client = &catalog[0];
    let provider = catalog.iter().find(|q| q.seat == Seat::Provider).unwrap();
    let old = catalog
        .iter()
        .find(|q| q.seat == Seat::Client && q.version < client.version)
        .expect("a released earlier client version");
    let team = vec![
        Respondent {
            questionnaire: client,
            answers: answers_from(client, &[3, 1]),
            label: None,
        },
        Respondent {
            questionnaire: provider,
            answers: answers_from(provider, &[2]),
            label: None,
        },
        Respondent {
            questionnaire: old,
            answers: answers_from(old, &[4, 4, 0]),
            label: None,
        },
    ];
    let groups = aggregate(&team);
    assert_eq!(groups.len(), 2);
    assert_eq!(
        (groups[0].seat, groups[0].members.clone()),
        (Seat::Client, vec![0, 2])
    );
    assert_eq!(
        (groups[1].seat, groups[1].members.clone()),
        (Seat::Provider, vec![1])
    );
    assert!(std::ptr::eq(groups[0].reference, client));
    // The earlier version's items differ from the current one's: wherever they do, it is named
    // and left out rather than compared.
    let g = &groups[0];
    for d in &g.dimensions {
        let id = &client.dimensions[d.dimension].id;
        let same = super::spread::same_items(client, old, id);
        assert_eq!(d.other_items.contains(&2), !same, "{id}");
        assert!(!d.spread.scores.iter().any(|&(i, _)| i == 2 && !same));
    }
    assert_eq!(g.overall_other_items, vec![2]);
}

#[test]
fn a_damaged_line_among_good_ones_loses_nothing_else() {
    let catalog = catalog();
    let refs: Vec<&Questionnaire> = catalog.iter().collect();
    let client = &catalog[0];
    let good: Vec<String> = (0..3u8)
        .map(|k| link::encode(client, &answers_from(client, &[k]), None))
        .collect();
    let mut damaged = good[1].clone().into_bytes();
    damaged[8] = if damaged[8] == b'A' { b'B' } else { b'A' };
    let damaged = String::from_utf8(damaged).unwrap();
    let text = format!(
        "#r={}\n#r={damaged}\nnot a link\n#r={}\n#r={}",
        good[0], good[1], good[2]
    );
    let reading = read(&refs, &text);
    assert_eq!(reading.payloads, good);
    let lines: Vec<usize> = reading.respondents.iter().map(|(line, _)| *line).collect();
    assert_eq!(lines, vec![1, 4, 5]);
    assert_eq!(
        reading.problems,
        vec![
            (2, LineProblem::Link(link::LinkError::ChecksumMismatch)),
            (3, LineProblem::NotALink)
        ]
    );
    // Beyond fifty, each extra respondent is named and skipped.
    let many = vec![format!("#r={}", good[0]); MAX_RESPONDENTS + 2].join("\n");
    let reading = read(&refs, &many);
    assert_eq!(reading.respondents.len(), MAX_RESPONDENTS);
    assert_eq!(
        reading.problems,
        vec![(51, LineProblem::TooMany), (52, LineProblem::TooMany)]
    );
}
