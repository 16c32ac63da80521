//! The results link: a whole answer set (plus an optional respondent label) as a short,
//! URL-safe, versioned, checksummed payload for the fragment `#r=<payload>`.
//!
//! Layout (bytes, then base64url without padding):
//!
//! | bytes | content |
//! |---|---|
//! | 1 | header: link format (high 4 bits, now 1), reserved (bits 3–1, zero), label present (bit 0) |
//! | 2 | questionnaire tag: FNV-1a of the questionnaire id, folded to 16 bits, big-endian |
//! | 1 | questionnaire version |
//! | A | the answers as one mixed-radix number, big-endian: item `i` is a digit of radix `n_i + e` (`e` escapes: `0` = "I can't judge", the first release's "Not sure"; `1` = "Doesn't apply to us" where the questionnaire offers it; `k + e` = option `k`); `A` is fixed by the questionnaire |
//! | L | the label, UTF-8, if present (1–40 characters) |
//! | 4 | CRC-32 (IEEE) of everything before it, big-endian |
//!
//! Decoding never panics and names what is wrong. A link made by any released version keeps
//! decoding: the catalog of questionnaires it is decoded against keeps every released version.

use crate::model::checksum::crc32;
use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::{Answer, Answers};

/// The link format this build writes; it reads this one and every earlier one.
pub const LINK_FORMAT: u8 = 1;
/// The longest respondent label, in characters (Unicode scalar values).
pub const MAX_LABEL_CHARS: usize = 40;

const HEADER_BYTES: usize = 4;
const CHECK_BYTES: usize = 4;
const LABEL_FLAG: u8 = 0b0000_0001;
const RESERVED_BITS: u8 = 0b0000_1110;

/// What a link carries, once decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultLink {
    /// Index into the catalog the link was decoded against.
    pub questionnaire: usize,
    /// Every item answered: a choice or an escape.
    pub answers: Answers,
    pub label: Option<String>,
}

/// Why a link in the address could not be shown: one that cannot be read, or a comparison of
/// two results that ask different questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    Link(LinkError),
    /// Both halves of a comparison link are intact but ask different questions.
    NotComparable,
}

/// Why a link could not be opened. Each has its own message in the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// Shorter than the questionnaire it names needs: cut off, for example by an email client.
    Truncated,
    /// Not a payload of ours at all.
    NotOurFormat,
    /// Some characters were changed on the way.
    ChecksumMismatch,
    /// Made by a newer version of the app (a newer link format or questionnaire version).
    NewerVersion,
    /// Names a questionnaire this app does not know.
    UnknownQuestionnaire,
    /// Well-formed and intact, but an answer does not exist in the questionnaire.
    AnswerOutOfRange,
    /// The label is not valid text or is too long.
    BadLabel,
}

/// The 16-bit tag that stands for a questionnaire id in links.
pub fn questionnaire_tag(id: &str) -> u16 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in id.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    ((hash >> 16) ^ (hash & 0xffff)) as u16
}

/// The radix of each item's digit: its options plus the escapes.
fn radices(questionnaire: &Questionnaire) -> Vec<u32> {
    let escapes = questionnaire.escapes() as u32;
    questionnaire
        .items
        .iter()
        .map(|item| questionnaire.option_count(item) as u32 + escapes)
        .collect()
}

/// An answer as its digit (see the layout): an unanswered item is written as "I can't judge".
fn digit(answer: Option<Answer>, escapes: u32, radix: u32) -> u32 {
    match answer {
        Some(Answer::Choice(k)) if u32::from(k) + escapes < radix => u32::from(k) + escapes,
        Some(Answer::NotApplicable) if escapes > 1 => 1,
        _ => 0,
    }
}

fn answer(digit: u32, escapes: u32) -> Answer {
    match digit {
        0 => Answer::CantJudge,
        d if d < escapes => Answer::NotApplicable,
        d => Answer::Choice((d - escapes) as u8),
    }
}

/// How many bytes the answers of a questionnaire take: enough for the product of the radices.
pub fn answer_bytes(questionnaire: &Questionnaire) -> usize {
    let mut max = vec![0u8]; // the largest value, product - 1, built digit by digit
    for radix in radices(questionnaire) {
        multiply_add(&mut max, radix, radix - 1);
    }
    let significant = max.iter().skip_while(|&&b| b == 0).count();
    significant.max(1)
}

/// The information in one complete answer set, in bits: the sum of log2 of each item's
/// choices (options plus escapes). The codec's answers take `answer_bytes` × 8.
pub fn information_bits(questionnaire: &Questionnaire) -> f64 {
    radices(questionnaire)
        .into_iter()
        .map(|r| f64::from(r).log2())
        .sum()
}

/// Cleans a label typed by a visitor: control characters and hidden format characters
/// (`is_hidden_format`: bidirectional overrides, invisible spaces) removed, whitespace trimmed
/// and collapsed, cut to `MAX_LABEL_CHARS`. Empty means no label.
pub fn clean_label(raw: &str) -> Option<String> {
    let shown = crate::model::without_hidden_format(raw);
    let words: Vec<&str> = shown
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    let joined: String = words.join(" ").chars().take(MAX_LABEL_CHARS).collect();
    let trimmed = joined.trim_end().to_string();
    (!trimmed.is_empty()).then_some(trimmed)
}

fn label_is_clean(label: &str) -> bool {
    clean_label(label).as_deref() == Some(label)
}

/// Encodes a complete answer set. An unanswered item (which a result never has) is written as
/// "I can't judge"; a label is cleaned first.
pub fn encode(
    questionnaire: &Questionnaire,
    answers: &[Option<Answer>],
    label: Option<&str>,
) -> String {
    let label = label.and_then(clean_label);
    let mut bytes = Vec::with_capacity(32);
    let flag = if label.is_some() { LABEL_FLAG } else { 0 };
    bytes.push((LINK_FORMAT << 4) | flag);
    bytes.extend_from_slice(&questionnaire_tag(&questionnaire.id).to_be_bytes());
    bytes.push(questionnaire.version.min(255) as u8);

    let escapes = questionnaire.escapes() as u32;
    let mut number = vec![0u8];
    for (i, radix) in radices(questionnaire).into_iter().enumerate() {
        let digit = digit(answers.get(i).copied().flatten(), escapes, radix);
        multiply_add(&mut number, radix, digit);
    }
    let width = answer_bytes(questionnaire);
    let significant: Vec<u8> = number.iter().copied().skip_while(|&b| b == 0).collect();
    bytes.extend(std::iter::repeat_n(0, width - significant.len()));
    bytes.extend_from_slice(&significant);

    if let Some(label) = &label {
        bytes.extend_from_slice(label.as_bytes());
    }
    let check = crc32(&bytes);
    bytes.extend_from_slice(&check.to_be_bytes());
    base64url_encode(&bytes)
}

/// Decodes a payload against a catalog of every questionnaire version this app knows.
pub fn decode(catalog: &[&Questionnaire], payload: &str) -> Result<ResultLink, LinkError> {
    let bytes = base64url_decode(payload.trim()).ok_or(LinkError::NotOurFormat)?;
    let Some(&header) = bytes.first() else {
        return Err(LinkError::Truncated);
    };
    match header >> 4 {
        0 => return Err(LinkError::NotOurFormat),
        format if format > LINK_FORMAT => return Err(LinkError::NewerVersion),
        _ => {}
    }
    if header & RESERVED_BITS != 0 {
        return Err(LinkError::NotOurFormat);
    }
    if bytes.len() < HEADER_BYTES + CHECK_BYTES {
        return Err(LinkError::Truncated);
    }
    let tag = u16::from_be_bytes([bytes[1], bytes[2]]);
    let version = u32::from(bytes[3]);
    let same_id = |q: &&&Questionnaire| questionnaire_tag(&q.id) == tag;
    let found = catalog
        .iter()
        .position(|q| questionnaire_tag(&q.id) == tag && q.version == version);
    let has_label = header & LABEL_FLAG != 0;
    if let Some(index) = found {
        let needed =
            HEADER_BYTES + answer_bytes(catalog[index]) + CHECK_BYTES + usize::from(has_label);
        if bytes.len() < needed {
            return Err(LinkError::Truncated);
        }
    }
    let (body, check) = bytes.split_at(bytes.len() - CHECK_BYTES);
    if crc32(body).to_be_bytes() != check {
        return Err(LinkError::ChecksumMismatch);
    }
    let Some(index) = found else {
        let newest_known = catalog.iter().filter(same_id).map(|q| q.version).max();
        return Err(match newest_known {
            Some(newest) if version > newest => LinkError::NewerVersion,
            _ => LinkError::UnknownQuestionnaire,
        });
    };
    let questionnaire = catalog[index];
    let width = answer_bytes(questionnaire);
    let (number, rest) = body[HEADER_BYTES..].split_at(width);

    let mut number = number.to_vec();
    let radices = radices(questionnaire);
    let mut digits = vec![0u32; radices.len()];
    for (slot, &radix) in digits.iter_mut().zip(&radices).rev() {
        *slot = divide(&mut number, radix);
    }
    if number.iter().any(|&b| b != 0) {
        return Err(LinkError::AnswerOutOfRange);
    }
    let escapes = questionnaire.escapes() as u32;
    let answers = digits
        .into_iter()
        .map(|d| Some(answer(d, escapes)))
        .collect();

    let label = match (has_label, rest.is_empty()) {
        (false, true) => None,
        (false, false) => return Err(LinkError::NotOurFormat),
        (true, _) => {
            let text = std::str::from_utf8(rest).map_err(|_| LinkError::BadLabel)?;
            // A link made before hidden format characters were cleaned out of labels still
            // opens: they are dropped, the rest must be as a label is written.
            let shown = crate::model::without_hidden_format(text);
            if shown.is_empty() {
                None
            } else if label_is_clean(&shown) {
                Some(shown)
            } else {
                return Err(LinkError::BadLabel);
            }
        }
    };
    Ok(ResultLink {
        questionnaire: index,
        answers,
        label,
    })
}

/// `number = number * radix + digit`, on a big-endian byte string.
fn multiply_add(number: &mut Vec<u8>, radix: u32, digit: u32) {
    let mut carry = digit;
    for byte in number.iter_mut().rev() {
        let value = u32::from(*byte) * radix + carry;
        *byte = (value & 0xff) as u8;
        carry = value >> 8;
    }
    while carry > 0 {
        number.insert(0, (carry & 0xff) as u8);
        carry >>= 8;
    }
}

/// `number /= radix`, returning the remainder, on a big-endian byte string.
fn divide(number: &mut [u8], radix: u32) -> u32 {
    let mut remainder = 0u32;
    for byte in number.iter_mut() {
        let value = (remainder << 8) | u32::from(*byte);
        *byte = (value / radix) as u8;
        remainder = value % radix;
    }
    remainder
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub(crate) fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Decodes base64url without padding. Lenient about the end, because links get cut short: a
/// lone final character and bits below the last whole byte are ignored. The checksum and the
/// length check catch what that lets through.
pub(crate) fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let values: Vec<u32> = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32))
        .collect::<Option<_>>()?;
    let mut out = Vec::with_capacity(values.len() * 3 / 4);
    for chunk in values.chunks(4).filter(|chunk| chunk.len() > 1) {
        let n = chunk.iter().fold(0u32, |acc, &v| (acc << 6) | v) << (6 * (4 - chunk.len()));
        for i in 0..chunk.len() - 1 {
            out.push(((n >> (16 - 8 * i)) & 0xff) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin;
    use proptest::prelude::*;

    /// Parsed once: the fuzz cases run by the hundred thousand.
    fn catalog() -> &'static [Questionnaire] {
        static CATALOG: std::sync::OnceLock<Vec<Questionnaire>> = std::sync::OnceLock::new();
        CATALOG.get_or_init(builtin::catalog)
    }

    fn answers_for(q: &Questionnaire, seed: usize) -> Answers {
        q.items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let n = q.option_count(item);
                let pick = (i * 5 + seed) % (n + q.escapes());
                Some(match pick.checked_sub(n) {
                    None => Answer::Choice(pick as u8),
                    Some(0) => Answer::CantJudge,
                    Some(_) => Answer::NotApplicable,
                })
            })
            .collect()
    }

    #[test]
    fn base64url_round_trips_and_reads_cut_off_text() {
        for len in 0..20 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let text = base64url_encode(&bytes);
            assert!(!text.contains(['+', '/', '=']));
            assert_eq!(base64url_decode(&text), Some(bytes));
        }
        assert_eq!(
            base64url_decode("A"),
            Some(vec![]),
            "a lone last character is cut off"
        );
        assert_eq!(
            base64url_decode("AB"),
            Some(vec![0]),
            "stray low bits are ignored"
        );
        assert_eq!(base64url_decode("AA"), Some(vec![0]));
        assert_eq!(base64url_decode("AA=="), None);
        assert_eq!(base64url_decode("A+"), None);
        assert_eq!(base64url_decode("A/"), None);
    }

    #[test]
    fn the_built_in_payload_fits_in_28_characters() {
        let all = catalog();
        for q in all {
            let payload = encode(q, &answers_for(q, 3), None);
            assert!(
                payload.len() <= 28,
                "{} is {} characters",
                payload,
                payload.len()
            );
            // A complete answer set needs at least the information it carries.
            assert!(answer_bytes(q) * 8 >= information_bits(q).ceil() as usize);
            assert!(answer_bytes(q) * 8 < information_bits(q).ceil() as usize + 8);
        }
    }

    #[test]
    fn a_link_whose_label_hides_format_characters_opens_without_them() {
        let all = catalog();
        let refs: Vec<&Questionnaire> = all.iter().collect();
        let q = &all[0];
        let answers = answers_for(q, 3);
        // As a link written before labels were cleaned of them could carry: "Acme" then U+202E.
        let mut bytes = base64url_decode(&encode(q, &answers, Some("Acme"))).unwrap();
        bytes.truncate(bytes.len() - 4);
        bytes.extend_from_slice("\u{202E}".as_bytes());
        let check = crc32(&bytes);
        bytes.extend_from_slice(&check.to_be_bytes());
        let link = decode(&refs, &base64url_encode(&bytes)).unwrap();
        assert_eq!(link.label.as_deref(), Some("Acme"));
        assert_eq!(link.answers, answers);
    }

    #[test]
    fn encode_then_decode_returns_answers_and_label() {
        let all = catalog();
        let refs: Vec<&Questionnaire> = all.iter().collect();
        for (index, q) in all.iter().enumerate() {
            for label in [None, Some("Acme IT"), Some("Müller & Söhne GmbH — 北京")] {
                let answers = answers_for(q, index + 7);
                let payload = encode(q, &answers, label);
                let link = decode(&refs, &payload).unwrap();
                assert_eq!(link.questionnaire, index);
                assert_eq!(link.answers, answers);
                assert_eq!(link.label.as_deref(), label);
            }
        }
    }

    #[test]
    fn labels_are_cleaned_and_capped() {
        assert_eq!(clean_label("  Acme \n IT\u{7}  "), Some("Acme IT".into()));
        assert_eq!(clean_label("   "), None);
        // Direction overrides and invisible spaces go; the joiner inside an emoji stays.
        assert_eq!(
            clean_label("Acme\u{202E} IT\u{200B}\u{2066}"),
            Some("Acme IT".into())
        );
        assert_eq!(clean_label("\u{202E}\u{FEFF}"), None);
        assert_eq!(
            clean_label("Team \u{1F469}\u{200D}\u{1F4BB}"),
            Some("Team \u{1F469}\u{200D}\u{1F4BB}".into())
        );
        let long = "é".repeat(60);
        assert_eq!(clean_label(&long).unwrap().chars().count(), MAX_LABEL_CHARS);
    }

    #[test]
    fn each_kind_of_damage_has_its_own_error() {
        let all = catalog();
        let refs: Vec<&Questionnaire> = all.iter().collect();
        let q = &all[0];
        let good = encode(q, &answers_for(q, 1), None);
        let bytes = base64url_decode(&good).unwrap();
        let seal = |mut body: Vec<u8>| {
            body.truncate(body.len() - CHECK_BYTES);
            let check = crc32(&body);
            body.extend_from_slice(&check.to_be_bytes());
            base64url_encode(&body)
        };

        assert_eq!(
            decode(&refs, &good[..good.len() - 6]),
            Err(LinkError::Truncated)
        );
        assert_eq!(decode(&refs, ""), Err(LinkError::Truncated));
        assert_eq!(decode(&refs, "hello world!"), Err(LinkError::NotOurFormat));
        assert_eq!(decode(&refs, "%7B%7D"), Err(LinkError::NotOurFormat));
        let mut flipped: Vec<char> = good.chars().collect();
        flipped[10] = if flipped[10] == 'A' { 'B' } else { 'A' };
        let flipped: String = flipped.into_iter().collect();
        assert_eq!(decode(&refs, &flipped), Err(LinkError::ChecksumMismatch));

        let mut newer = bytes.clone();
        newer[0] = (LINK_FORMAT + 1) << 4;
        assert_eq!(decode(&refs, &seal(newer)), Err(LinkError::NewerVersion));

        let mut newer_questionnaire = bytes.clone();
        newer_questionnaire[3] = q.version as u8 + 1;
        assert_eq!(
            decode(&refs, &seal(newer_questionnaire)),
            Err(LinkError::NewerVersion)
        );

        let mut stranger = bytes.clone();
        stranger[1] ^= 0x55;
        assert_eq!(
            decode(&refs, &seal(stranger)),
            Err(LinkError::UnknownQuestionnaire)
        );

        let mut out_of_range = bytes.clone();
        for b in &mut out_of_range[HEADER_BYTES..HEADER_BYTES + answer_bytes(q)] {
            *b = 0xff;
        }
        assert_eq!(
            decode(&refs, &seal(out_of_range)),
            Err(LinkError::AnswerOutOfRange)
        );

        let mut bad_label = bytes.clone();
        bad_label[0] |= LABEL_FLAG;
        bad_label.splice(
            bad_label.len() - CHECK_BYTES..bad_label.len() - CHECK_BYTES,
            [0xff, 0xfe],
        );
        assert_eq!(decode(&refs, &seal(bad_label)), Err(LinkError::BadLabel));
    }

    fn any_answers(q: &Questionnaire) -> impl Strategy<Value = Answers> {
        q.items
            .iter()
            .map(|item| {
                let n = q.option_count(item) as u8;
                let escape = if q.not_applicable {
                    Answer::NotApplicable
                } else {
                    Answer::CantJudge
                };
                prop_oneof![
                    Just(Some(Answer::CantJudge)),
                    Just(Some(escape)),
                    (0..n).prop_map(|k| Some(Answer::Choice(k)))
                ]
            })
            .collect::<Vec<_>>()
    }

    /// A valid link for any seat, answers and label: `(seat, answers, label, bytes)`, with the
    /// label as the link carries it (cleaned).
    fn any_link() -> impl Strategy<Value = (usize, Answers, Option<String>, Vec<u8>)> {
        (
            (0usize..catalog().len())
                .prop_flat_map(|seat| (Just(seat), any_answers(&catalog()[seat]))),
            proptest::option::of("\\PC{0,60}"),
        )
            .prop_map(|((seat, answers), label)| {
                let bytes = base64url_decode(&encode(&catalog()[seat], &answers, label.as_deref()))
                    .expect("encode writes base64url");
                (seat, answers, label.as_deref().and_then(clean_label), bytes)
            })
    }

    /// `body` (a link's bytes without its checksum) with a correct checksum, as a payload.
    fn seal(mut body: Vec<u8>) -> String {
        let check = crc32(&body);
        body.extend_from_slice(&check.to_be_bytes());
        base64url_encode(&body)
    }

    /// What answer bytes say, worked out apart from the codec (as one `u128` rather than byte
    /// by byte): every item's answer, or `None` when the number is beyond the last answer set.
    fn answers_written_in(q: &Questionnaire, number: &[u8]) -> Option<Answers> {
        assert!(number.len() <= 16, "{}: the answers fit a u128", q.id);
        let mut value = number
            .iter()
            .fold(0u128, |acc, &b| (acc << 8) | u128::from(b));
        let escapes = q.escapes() as u128;
        let mut answers: Answers = vec![None; q.items.len()];
        for (slot, item) in answers.iter_mut().zip(&q.items).rev() {
            let radix = q.option_count(item) as u128 + escapes;
            let digit = value % radix;
            value /= radix;
            *slot = Some(match digit {
                0 => Answer::CantJudge,
                1 if escapes == 2 => Answer::NotApplicable,
                d => Answer::Choice((d - escapes) as u8),
            });
        }
        (value == 0).then_some(answers)
    }

    proptest! {
        #[test]
        fn random_answers_and_labels_round_trip(
            (seat, answers) in (0usize..catalog().len()).prop_flat_map(|seat| (Just(seat), any_answers(&catalog()[seat]))),
            label in proptest::option::of("\\PC{0,60}"),
        ) {
            let all = catalog();
            let refs: Vec<&Questionnaire> = all.iter().collect();
            let payload = encode(&all[seat], &answers, label.as_deref());
            prop_assert!(payload.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
            let link = decode(&refs, &payload).unwrap();
            prop_assert_eq!(link.questionnaire, seat);
            prop_assert_eq!(link.answers, answers);
            prop_assert_eq!(link.label, label.as_deref().and_then(clean_label));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4_000, ..ProptestConfig::default() })]

        // One changed byte anywhere is always caught: CRC-32 detects every change of up to 32
        // bits in a row, so this holds for every case, not most. After the header it is the
        // checksum that says so; in the header a check before it may speak first, but never
        // with an error that means the link arrived intact.
        #[test]
        fn any_changed_byte_is_caught(
            (_seat, _answers, _label, bytes) in any_link(),
            at in any::<prop::sample::Index>(),
            mask in 1u8..=255,
        ) {
            let all = catalog();
            let refs: Vec<&Questionnaire> = all.iter().collect();
            let mut damaged = bytes;
            let i = at.index(damaged.len());
            damaged[i] ^= mask;
            let result = decode(&refs, &base64url_encode(&damaged));
            if i >= HEADER_BYTES {
                prop_assert_eq!(result, Err(LinkError::ChecksumMismatch), "byte {}", i);
            } else {
                prop_assert!(
                    matches!(
                        result,
                        Err(LinkError::ChecksumMismatch
                            | LinkError::Truncated
                            | LinkError::NotOurFormat
                            | LinkError::NewerVersion)
                    ),
                    "header byte {}: {:?}", i, result
                );
            }
        }
    }

    /// A change to the answers or the label sealed with a correct checksum (as a link made by
    /// a faulty writer would be) decodes to exactly what its bytes say, or is refused for the
    /// part that says nothing: answers beyond the last answer set, a label that is not clean
    /// text. Both outcomes are counted, so neither can go untested.
    #[test]
    fn a_resealed_change_decodes_to_what_its_bytes_say() {
        use proptest::test_runner::{Config, TestRunner};
        use std::cell::Cell;
        let mut runner = TestRunner::new(Config {
            cases: 2_000,
            ..Config::default()
        });
        let all = catalog();
        let refs: Vec<&Questionnaire> = all.iter().collect();
        // Answers changed and read; answers out of range; label changed and read; bad label.
        let seen = Cell::new([0usize; 4]);
        let count = |k: usize| {
            let mut counts = seen.get();
            counts[k] += 1;
            seen.set(counts);
        };
        let strategy = (any_link(), any::<prop::sample::Index>(), 1u8..=255);
        runner
            .run(&strategy, |((seat, answers, label, bytes), at, mask)| {
                let q = &all[seat];
                let width = answer_bytes(q);
                let mut body = bytes[..bytes.len() - CHECK_BYTES].to_vec();
                let i = HEADER_BYTES + at.index(body.len() - HEADER_BYTES);
                body[i] ^= mask;
                let result = decode(&refs, &seal(body.clone()));
                let expected = if i < HEADER_BYTES + width {
                    match answers_written_in(q, &body[HEADER_BYTES..HEADER_BYTES + width]) {
                        Some(changed) => {
                            count(0);
                            prop_assert_ne!(&changed, &answers);
                            Ok(ResultLink {
                                questionnaire: seat,
                                answers: changed,
                                label,
                            })
                        }
                        None => {
                            count(1);
                            Err(LinkError::AnswerOutOfRange)
                        }
                    }
                } else {
                    // Hidden format characters are dropped (old links carried them); what
                    // is left must be a label as the writer writes it.
                    let text = std::str::from_utf8(&body[HEADER_BYTES + width..])
                        .ok()
                        .map(crate::model::without_hidden_format);
                    match text.filter(|t| t.is_empty() || clean_label(t).as_deref() == Some(t)) {
                        Some(text) => {
                            count(2);
                            let label = (!text.is_empty()).then_some(text);
                            Ok(ResultLink {
                                questionnaire: seat,
                                answers,
                                label,
                            })
                        }
                        None => {
                            count(3);
                            Err(LinkError::BadLabel)
                        }
                    }
                };
                prop_assert_eq!(&result, &expected, "byte {} of {:?}", i, body);
                if let Ok(link) = result {
                    // What decodes is what the writer would write for it, byte for byte,
                    // unless hidden characters were dropped from the label.
                    let again = encode(q, &link.answers, link.label.as_deref());
                    let label_bytes = link.label.as_deref().map_or(0, str::len);
                    if body.len() == HEADER_BYTES + width + label_bytes {
                        prop_assert_eq!(again, seal(body));
                    }
                }
                Ok(())
            })
            .unwrap();
        let [read, out_of_range, label_read, bad_label] = seen.get();
        assert!(read >= 100, "{read} changed answer sets read");
        assert!(
            out_of_range >= 10,
            "{out_of_range} answer sets out of range"
        );
        assert!(label_read >= 10, "{label_read} changed labels read");
        assert!(bad_label >= 10, "{bad_label} labels refused");
    }

    // The decoder meets at least 100,000 hostile inputs on every run: random bytes, random
    // base64url text, and valid links with random changes. None may panic.
    proptest! {
        #![proptest_config(ProptestConfig { cases: 40_000, ..ProptestConfig::default() })]

        #[test]
        fn fuzz_random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
            let all = catalog();
            let refs: Vec<&Questionnaire> = all.iter().collect();
            let _ = decode(&refs, &base64url_encode(&bytes));
            let _ = decode(&refs, &String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn fuzz_random_base64url(text in "[A-Za-z0-9_-]{0,48}") {
            let all = catalog();
            let refs: Vec<&Questionnaire> = all.iter().collect();
            let _ = decode(&refs, &text);
        }

        // Edits here are unsealed and may remove and insert bytes; that a single change is
        // caught, and what a sealed change decodes to, the two tests above show case by case.
        #[test]
        fn fuzz_mutated_valid_links(
            seed in 0usize..1000,
            edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..4),
        ) {
            let all = catalog();
            let refs: Vec<&Questionnaire> = all.iter().collect();
            let q = &all[seed % all.len()];
            let good = encode(q, &answers_for(q, seed), (seed % 3 == 0).then_some("Acme"));
            let original = base64url_decode(&good).unwrap();
            let mut bytes = original.clone();
            for (at, value, kind) in edits {
                if bytes.is_empty() { break; }
                let i = at.index(bytes.len());
                match kind {
                    0 => bytes[i] ^= value | 1,
                    1 => { bytes.remove(i); }
                    _ => bytes.insert(i, value),
                }
            }
            // Only edits that undo each other (a byte removed and put back) leave a link that
            // opens, and then it is the original.
            if let Ok(link) = decode(&refs, &base64url_encode(&bytes)) {
                prop_assert_eq!(&bytes, &original);
                prop_assert_eq!(link, decode(&refs, &good).unwrap());
            }
        }
    }
}
