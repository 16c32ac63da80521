//! The functional core: questionnaire, scoring and saved progress. No web types below this line.

pub mod builtin;
pub mod checksum;
pub mod compare;
pub mod explainer;
pub mod export;
pub mod history;
pub mod link;
pub mod percent;
pub mod progress;
pub mod questionnaire;
pub mod route;
pub mod scoring;
pub mod settings;
pub mod share;
pub mod synthetic;
pub mod team;

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
