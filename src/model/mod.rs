//! The functional core: the questionnaire format, scoring, saved progress, links and routes
//! (the assessment's and the team view's), settings, the frame's messages, team results,
//! export, earlier results' record, text templates and the how-it-works page (ARCHITECTURE.md
//! maps each file). No web types below this line.

pub mod builtin;
pub mod checksum;
pub mod compare;
pub mod cta;
pub mod decimal;
pub mod explainer;
pub mod export;
pub mod history;
pub mod json;
pub mod link;
pub mod message;
pub mod norms;
pub mod percent;
pub mod progress;
pub mod questionnaire;
pub mod route;
pub mod scoring;
pub mod settings;
pub mod share;
pub mod synthetic;
pub mod team;
pub mod template;

/// Characters that change how the text around them is shown without being seen themselves:
/// the bidirectional marks, embeddings, overrides and isolates (a name ending in U+202E shows
/// the rest of its sentence reversed) and the invisible spaces. Names and labels never carry
/// them. (The zero-width joiners, which emoji and some scripts need, are not among them.)
pub fn is_hidden_format(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// `text` without its hidden format characters (`is_hidden_format`).
pub fn without_hidden_format(text: &str) -> String {
    text.chars().filter(|&c| !is_hidden_format(c)).collect()
}

/// Sorts a short slice in place (insertion sort, stable). The lists sorted here are at most a
/// few hundred entries long, and the standard library's sort costs the wasm about 9 KB.
pub fn sort_small_by<T>(items: &mut [T], mut before: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    for k in 1..items.len() {
        let mut j = k;
        while j > 0 && before(&items[j - 1], &items[j]) == std::cmp::Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sort_small_by_matches_the_standard_stable_sort(mut items in prop::collection::vec((0u8..5, any::<u16>()), 0..60)) {
            let mut expected = items.clone();
            expected.sort_by_key(|a| a.0);
            super::sort_small_by(&mut items, |a, b| a.0.cmp(&b.0));
            prop_assert_eq!(items, expected);
        }
    }
}
