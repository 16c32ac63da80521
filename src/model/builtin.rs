//! The built-in questionnaires, compiled into the app from `content/`: one per seat, the
//! provider seat mirroring the client seat item for item.
//!
//! Every released version stays here for good, so that results links made with it keep
//! opening (see `tests/fixtures/links.json`).

use crate::model::questionnaire::{Form, Questionnaire, Seat};

/// The source of the client seat, for native tests and tools (the app uses the compiled form).
#[cfg(not(target_arch = "wasm32"))]
pub const QUESTIONNAIRE_JSON: &str = include_str!("../../content/questionnaire.json");
/// The source of the provider seat, likewise.
#[cfg(not(target_arch = "wasm32"))]
pub const PROVIDER_JSON: &str = include_str!("../../content/provider.json");
/// Every source in catalog order: the current seats, then the released versions, which never
/// change (links and saved progress made with them keep opening).
#[cfg(not(target_arch = "wasm32"))]
pub const SOURCES: [&str; 6] = [
    QUESTIONNAIRE_JSON,
    PROVIDER_JSON,
    include_str!("../../content/v2/questionnaire.json"),
    include_str!("../../content/v2/provider.json"),
    include_str!("../../content/v1/questionnaire.json"),
    include_str!("../../content/v1/provider.json"),
];

/// What most visitors need, as the build script compiled it from `content/` (validated, in
/// postcard): the current client seat, in its first language.
const CATALOG: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalog.bin"));
/// The whole catalog, which the app fetches when it needs it (`questionnaires.bin` next to the
/// app); native code and tests have it built in (the app's wasm never names it, so it is not in
/// the download).
const MORE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/questionnaires.bin"));

/// The checksum of that file as this build wrote it.
const MORE_CHECK: [u8; 4] = *include_bytes!(concat!(env!("OUT_DIR"), "/questionnaires.crc"));

/// The address, relative to the app, of the file that holds the whole catalog. Its name holds
/// its checksum, as the release names it (`scripts/hash-assets.mjs`: a file's CRC-32 in 8 hex
/// digits), so a browser may keep it for a year and never mistakes another release's copy.
pub fn more_address() -> String {
    format!("questionnaires.{:08x}.bin", u32::from_be_bytes(MORE_CHECK))
}

include!(concat!(env!("OUT_DIR"), "/parts.rs"));

fn part_check(seat: Seat, lang: &str) -> Option<u32> {
    PARTS
        .iter()
        .find(|(s, l, _)| *s == seat.id() && *l == lang)
        .map(|(_, _, crc)| *crc)
}

/// The address, relative to the app, of the file with a seat's current questionnaire in one
/// language (named by its checksum, like `more_address`); `None` for a language it lacks.
pub fn part_address(seat: Seat, lang: &str) -> Option<String> {
    let crc = part_check(seat, lang)?;
    Some(format!("questionnaire.{}.{lang}.{crc:08x}.bin", seat.id()))
}

/// Reads such a file as fetched, the seat's questionnaire then its quick check: `None` unless
/// it is exactly the one this build wrote.
pub fn part(seat: Seat, lang: &str, bytes: &[u8]) -> Option<(Vec<Questionnaire>, Texts)> {
    if Some(crate::model::checksum::crc32(bytes)) != part_check(seat, lang) {
        return None;
    }
    fetched(bytes)
}

/// The questionnaires compiled into the app, then their quick checks: in the wasm
/// only the current client seat in its first language; natively the whole catalog (`whole`).
pub fn catalog() -> Vec<Questionnaire> {
    if cfg!(target_arch = "wasm32") {
        // The bytes were written by the build script from validated files, and a test decodes
        // them on every run, so failure here is a broken build, not bad input. (A constant
        // message: the error's `Debug` text would bring formatting code into the wasm.)
        match fetched(CATALOG) {
            Some((catalog, _)) => catalog,
            None => panic!("the build script writes a valid catalog"),
        }
    } else {
        whole()
    }
}

/// Every questionnaire version a results link may name, in every language, then the quick
/// checks, current ones first: the client seat (`content/questionnaire.json`), the
/// provider seat (`content/provider.json`), then the released versions in `content/v2/` and
/// `content/v1/`.
pub fn whole() -> Vec<Questionnaire> {
    match more(MORE) {
        Some((catalog, _)) => catalog,
        None => panic!("the build script writes a valid catalog"),
    }
}

/// Interface texts that travel with a fetched file: `(language code, every text in the order
/// of the interface's list)`. The German ones come with every German part and the whole
/// catalog, so the wasm carries only the English ones.
pub type Texts = Vec<(String, Vec<String>)>;

/// A catalog as postcard bytes (the one compiled in, a fetched part or the whole), its
/// questionnaires then interface texts (see `Texts`), read with the quick checks of those that
/// have one after them (so the current seats stay first). The quick checks are made from a
/// second decoding of the same bytes rather than from copies, which keeps a deep copy of a
/// questionnaire out of the wasm.
fn fetched(bytes: &[u8]) -> Option<(Vec<Questionnaire>, Texts)> {
    let (mut catalog, texts): (Vec<Questionnaire>, Texts) = postcard::from_bytes(bytes).ok()?;
    let (again, _): (Vec<Questionnaire>, Texts) = postcard::from_bytes(bytes).ok()?;
    catalog.extend(again.into_iter().filter_map(Questionnaire::into_quick_form));
    Some((catalog, texts))
}

/// The questionnaire the wasm carries, for the test that it is the first language of the whole.
pub fn embedded() -> Vec<Questionnaire> {
    postcard::from_bytes::<(Vec<Questionnaire>, Texts)>(CATALOG)
        .map_or_else(|_| Vec::new(), |(q, _)| q)
}

/// Reads the whole catalog as fetched from the app's own origin, with the quick checks after
/// it: `None` unless it is exactly the file this build wrote from validated questionnaires
/// (its checksum), so a damaged or stale file is refused rather than misread.
pub fn more(bytes: &[u8]) -> Option<(Vec<Questionnaire>, Texts)> {
    if crate::model::checksum::crc32(bytes).to_be_bytes() != MORE_CHECK {
        return None;
    }
    fetched(bytes)
}

/// The questionnaire for a seat: the first full form of that seat in the catalog.
pub fn for_seat(seat: Seat) -> Questionnaire {
    catalog()
        .into_iter()
        .find(|q| q.seat == seat && q.form == Form::Full)
        .expect("the catalog has a questionnaire for every seat")
}

/// The client-seat questionnaire.
pub fn questionnaire() -> Questionnaire {
    for_seat(Seat::Client)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_questionnaire_is_valid() {
        for text in SOURCES {
            if let Err(problems) = Questionnaire::from_json(text) {
                panic!("a built-in questionnaire has problems:\n{problems}");
            }
        }
    }

    #[test]
    fn every_built_in_questionnaire_speaks_every_interface_language() {
        // Validation then guarantees each text exists, non-empty, in each of them.
        for q in catalog() {
            assert_eq!(q.languages, crate::model::settings::LANGUAGES, "{}", q.id);
        }
    }

    #[test]
    fn the_compiled_catalog_is_exactly_the_content_files_without_seeds() {
        let from_files: Vec<Questionnaire> = SOURCES
            .iter()
            .map(|text| {
                let mut q = Questionnaire::from_json(text).expect("valid");
                assert!(q.items.iter().all(|i| !i.seed.is_empty()), "{}", q.id);
                for item in &mut q.items {
                    item.seed.clear();
                }
                for dimension in &mut q.dimensions {
                    dimension.idea = None;
                }
                q
            })
            .collect();
        let (full, quick): (Vec<_>, Vec<_>) =
            catalog().into_iter().partition(|q| q.form == Form::Full);
        assert_eq!(full, from_files);
        let made: Vec<_> = from_files.iter().filter_map(|q| q.quick_form()).collect();
        assert_eq!(quick, made);
        assert_eq!(quick.len(), 2, "a quick check per current seat");
        assert_eq!(questionnaire(), from_files[0]);
        assert_eq!(for_seat(Seat::Provider), from_files[1]);
    }

    #[test]
    fn the_wasm_carries_the_client_seat_in_its_first_language_only() {
        let embedded = embedded();
        assert_eq!(embedded.len(), 1);
        let (small, whole) = (&embedded[0], &whole()[0]);
        assert_eq!(small.languages, vec!["en".to_string()]);
        // The same questionnaire: same items, options, rules and English texts.
        assert_eq!((&small.id, small.version), (&whole.id, whole.version));
        assert_eq!(small.items.len(), whole.items.len());
        assert_eq!(small.stages.len(), whole.stages.len());
        assert_eq!(small.min_dimensions, whole.min_dimensions);
        assert_eq!(small.title.0.keys().collect::<Vec<_>>(), vec!["en"]);
        for (a, b) in small.items.iter().zip(&whole.items) {
            assert_eq!((&a.id, a.reverse), (&b.id, b.reverse));
            assert_eq!(a.prompt.get("en"), b.prompt.get("en"));
            assert_eq!(a.prompt.0.len(), 1, "{}", a.id);
            assert_eq!(small.options(a).len(), whole.options(b).len());
        }
        for (a, b) in small.dimensions.iter().zip(&whole.dimensions) {
            assert_eq!(a.name.get("en"), b.name.get("en"));
            assert_eq!(a.bands.len(), b.bands.len());
            for (band, texts) in &a.bands {
                assert_eq!(texts.meaning.0.len(), 1, "{} {band}", a.id);
            }
        }
        // Its link tag and scoring are those of the whole questionnaire.
        let answers: crate::model::scoring::Answers = small
            .items
            .iter()
            .map(|_| Some(crate::model::scoring::Answer::Choice(1)))
            .collect();
        assert_eq!(
            crate::model::link::encode(small, &answers, None),
            crate::model::link::encode(whole, &answers, None)
        );
    }

    #[test]
    fn each_part_is_a_current_seat_in_its_language_and_the_first() {
        let whole = whole();
        for seat in [Seat::Client, Seat::Provider] {
            let full = whole.iter().find(|q| q.seat == seat).unwrap();
            for lang in &full.languages {
                let address = part_address(seat, lang).expect("every language has a part");
                // The build script writes it unnamed; the release names it by its checksum.
                let name = format!("questionnaire.{}.{lang}.bin", seat.id());
                let bytes = std::fs::read(format!("{}/{name}", env!("OUT_DIR"))).unwrap();
                let crc = crate::model::checksum::crc32(&bytes);
                assert_eq!(
                    address,
                    format!("questionnaire.{}.{lang}.{crc:08x}.bin", seat.id())
                );
                let (parts, texts) =
                    part(seat, lang, &bytes).expect("the file as written reads back");
                // The German parts bring the German interface, every text of it in order.
                match lang.as_str() {
                    "de" => {
                        let de = crate::app::text::DE.entries();
                        assert_eq!(texts.len(), 1);
                        assert_eq!(texts[0].0, "de");
                        let expected: Vec<&str> = de.iter().map(|(_, t)| *t).collect();
                        assert_eq!(texts[0].1, expected);
                    }
                    _ => assert_eq!(texts, vec![]),
                }
                let mut langs = vec!["en", lang.as_str()];
                langs.dedup();
                let part = &parts[0];
                assert_eq!(part.languages, langs);
                assert_eq!(part, &full.clone().in_languages(&langs));
                assert_eq!(part.items[0].prompt.0.len(), langs.len());
                // Its quick check comes with it.
                assert_eq!(
                    parts[1..],
                    [full.quick_form().unwrap().in_languages(&langs)]
                );
                // Another part's bytes, or damaged ones, are refused.
                assert_eq!(super::part(seat, "xx", &bytes), None);
                let other = if seat == Seat::Client {
                    Seat::Provider
                } else {
                    Seat::Client
                };
                assert_eq!(super::part(other, lang, &bytes), None);
                assert_eq!(super::part(seat, lang, &bytes[1..]), None);
            }
            // In every language: the whole questionnaire.
            let all: Vec<&str> = full.languages.iter().map(String::as_str).collect();
            assert_eq!(&full.clone().in_languages(&all), full);
        }
        assert_eq!(part_address(Seat::Client, "fr"), None);
        // The embedded questionnaire is the client seat in the first language.
        assert_eq!(embedded()[0], whole[0].clone().in_languages(&["en"]));
    }

    #[test]
    fn the_provider_seat_mirrors_the_client_seat_item_for_item() {
        let client = for_seat(Seat::Client);
        let provider = for_seat(Seat::Provider);
        assert_eq!(client.seat, Seat::Client);
        assert_eq!(provider.seat, Seat::Provider);
        let mirror = provider
            .mirrors
            .as_ref()
            .expect("the provider seat names its mirror");
        assert_eq!((&mirror.id, mirror.version), (&client.id, client.version));
        assert_eq!(provider.check_mirror(&client), vec![]);
        assert_eq!(client.check_mirror(&provider), vec![]);
        // The app's quick answer agrees with the full check on every pair of the catalog.
        let all = catalog();
        for a in &all {
            for b in &all {
                assert_eq!(
                    a.is_mirror_of(b),
                    a.check_mirror(b).is_empty(),
                    "{} {}",
                    a.id,
                    b.id
                );
            }
        }
    }

    #[test]
    fn every_version_mirrors_the_other_seat_of_the_same_version() {
        let all = catalog();
        for provider in all.iter().filter(|q| q.seat == Seat::Provider) {
            let mirror = provider.mirrors.as_ref().expect("names its mirror");
            let client = all
                .iter()
                .find(|q| q.id == mirror.id && q.version == mirror.version)
                .expect("the mirrored version is in the catalog");
            assert_eq!(
                provider.check_mirror(client),
                vec![],
                "{}",
                provider.version
            );
        }
    }

    #[test]
    fn the_fetched_part_of_the_catalog_is_checked_like_a_file() {
        assert_eq!(more(MORE).map(|m| m.0.len()), Some(SOURCES.len() + 2));
        assert_eq!(
            more(MORE).map(|m| m.1.len()),
            Some(1),
            "the German interface"
        );
        assert_eq!(more(b""), None);
        assert_eq!(more(&MORE[..MORE.len() / 2]), None);
        let (mut changed, texts) = more(MORE).unwrap();
        changed[0].min_dimensions = 2;
        let bytes = postcard::to_allocvec(&(changed, texts)).unwrap();
        assert_eq!(more(&bytes), None, "another release's file is refused");
        assert_eq!(
            more_address(),
            format!(
                "questionnaires.{:08x}.bin",
                crate::model::checksum::crc32(MORE)
            )
        );
    }

    #[test]
    fn ids_in_the_catalog_are_distinct_in_links() {
        use crate::model::link::questionnaire_tag;
        let all = catalog();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert!(
                    questionnaire_tag(&a.id) != questionnaire_tag(&b.id) || a.id == b.id,
                    "{} and {} share a link tag",
                    a.id,
                    b.id
                );
                assert!((&a.id, a.version) != (&b.id, b.version));
            }
        }
    }
}
