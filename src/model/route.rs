//! Every address the app answers: parsed from and formatted to the fragment (the part from
//! `#`), so each step and screen is an entry in the browser's history and a reload or a shared
//! address lands where it says. Parsing is syntax only: whether a payload decodes, or a question
//! can be reached yet, is decided by `link` and `progress`.
//!
//! The results-link forms `#r=<payload>` and `#r=<payload>&vs=<payload>` are a public contract
//! (links in emails keep opening); the others are the app's own.

/// A place in the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The intro: no fragment, `#` or `#/` (and any address the app does not know).
    Intro,
    /// Question `k` (counted from 0) of the visitor's own questionnaire: `#/q/<k + 1>`.
    Question(usize),
    /// The visitor's own result: `#/result`.
    Result,
    /// A shared result: `#r=<payload>`.
    Shared(String),
    /// Question `question` of the other seat, answered against a shared result:
    /// `#r=<payload>&q=<question + 1>`.
    Against { shared: String, question: usize },
    /// Two results side by side: `#r=<payload>&vs=<payload>`.
    Comparison { first: String, second: String },
    /// The configurator's first address, `#/configure`; it now has a page of its own.
    Configure,
}

/// Question numbers in an address above this are not ours (no questionnaire comes close).
const MAX_QUESTION: usize = 10_000;

impl Route {
    /// Reads a fragment, with or without its `#`. In `r=…&vs=…` forms the first of each key
    /// counts and unknown keys are ignored, as links have always been read.
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if let Some(path) = fragment.strip_prefix('/') {
            return match path {
                "result" => Route::Result,
                "configure" => Route::Configure,
                _ => match path.strip_prefix("q/").and_then(question_number) {
                    Some(k) => Route::Question(k),
                    None => Route::Intro,
                },
            };
        }
        let (mut result, mut versus, mut question) = (None, None, None);
        for part in fragment.split('&') {
            if let Some(value) = part.strip_prefix("r=") {
                result.get_or_insert(value);
            } else if let Some(value) = part.strip_prefix("vs=") {
                versus.get_or_insert(value);
            } else if let Some(value) = part.strip_prefix("q=") {
                question.get_or_insert(value);
            }
        }
        let Some(result) = result else {
            return Route::Intro;
        };
        let shared = result.to_string();
        match (versus, question.and_then(question_number)) {
            (Some(versus), _) => Route::Comparison {
                first: shared,
                second: versus.to_string(),
            },
            (None, Some(question)) => Route::Against { shared, question },
            (None, None) => Route::Shared(shared),
        }
    }

    /// The fragment for this place, with its `#`; the intro has none (the app's bare address).
    pub fn format(&self) -> String {
        match self {
            Route::Intro => String::new(),
            Route::Question(k) => format!("#/q/{}", k.saturating_add(1)),
            Route::Result => "#/result".to_string(),
            Route::Shared(payload) => format!("#r={payload}"),
            Route::Against { shared, question } => {
                format!("#r={shared}&q={}", question.saturating_add(1))
            }
            Route::Comparison { first, second } => format!("#r={first}&vs={second}"),
            Route::Configure => "#/configure".to_string(),
        }
    }

    /// Whether `other` is the same page as this one, perhaps with different content (a result
    /// whose label changed): the address is then replaced rather than added to the history.
    pub fn same_page(&self, other: &Route) -> bool {
        match (self, other) {
            (Route::Question(a), Route::Question(b)) => a == b,
            (
                Route::Against {
                    shared: a,
                    question: k,
                },
                Route::Against {
                    shared: b,
                    question: j,
                },
            ) => a == b && k == j,
            (Route::Comparison { first: a, .. }, Route::Comparison { first: b, .. }) => a == b,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

/// A question number as written in an address (from 1), as an index (from 0).
fn question_number(text: &str) -> Option<usize> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: usize = text.parse().ok()?;
    (1..=MAX_QUESTION).contains(&number).then(|| number - 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn payload() -> impl Strategy<Value = String> {
        "[A-Za-z0-9_-]{0,60}"
    }

    fn route() -> impl Strategy<Value = Route> {
        prop_oneof![
            Just(Route::Intro),
            (0..MAX_QUESTION).prop_map(Route::Question),
            Just(Route::Result),
            payload().prop_map(Route::Shared),
            (payload(), 0..MAX_QUESTION)
                .prop_map(|(shared, question)| Route::Against { shared, question }),
            (payload(), payload()).prop_map(|(first, second)| Route::Comparison { first, second }),
            Just(Route::Configure),
        ]
    }

    proptest! {
        #[test]
        fn parsing_a_formatted_route_gives_it_back(route in route()) {
            prop_assert_eq!(Route::parse(&route.format()), route);
        }

        #[test]
        fn any_text_parses_without_panicking(text in ".{0,80}") {
            let route = Route::parse(&text);
            // Whatever it read, writing it out and reading again is stable.
            prop_assert_eq!(Route::parse(&route.format()), route);
        }
    }

    #[test]
    fn the_addresses_the_app_has_always_answered_open_the_same_places() {
        assert_eq!(Route::parse(""), Route::Intro);
        assert_eq!(Route::parse("#"), Route::Intro);
        assert_eq!(Route::parse("#/"), Route::Intro);
        assert_eq!(Route::parse("#r=AbC_-9"), Route::Shared("AbC_-9".into()));
        assert_eq!(
            Route::parse("#r=Ab&vs=Cd"),
            Route::Comparison {
                first: "Ab".into(),
                second: "Cd".into()
            }
        );
        // The first of each key counts, and keys the app does not know are ignored.
        assert_eq!(
            Route::parse("#x=1&r=Ab&r=Zz&vs=Cd&vs=Ee"),
            Route::Comparison {
                first: "Ab".into(),
                second: "Cd".into()
            }
        );
        assert_eq!(Route::parse("#/configure"), Route::Configure);
    }

    #[test]
    fn question_addresses_count_from_one_and_refuse_what_is_not_a_question() {
        assert_eq!(Route::parse("#/q/1"), Route::Question(0));
        assert_eq!(Route::parse("#/q/30"), Route::Question(29));
        for bad in [
            "#/q/0",
            "#/q/",
            "#/q/-1",
            "#/q/+3",
            "#/q/1e3",
            "#/q/99999999999999999999",
        ] {
            assert_eq!(Route::parse(bad), Route::Intro, "{bad}");
        }
        assert_eq!(
            Route::parse("#r=Ab&q=3"),
            Route::Against {
                shared: "Ab".into(),
                question: 2
            }
        );
        assert_eq!(Route::parse("#r=Ab&q=0"), Route::Shared("Ab".into()));
        // `#/team` is forwarded to the team view's page by start.js before the app starts.
        assert_eq!(Route::parse("#/team"), Route::Intro);
    }

    #[test]
    fn only_a_change_of_content_on_the_same_page_replaces_the_address() {
        let mine = |label: &str| Route::Comparison {
            first: "Ab".into(),
            second: label.into(),
        };
        assert!(mine("x").same_page(&mine("y")));
        assert!(Route::Result.same_page(&Route::Result));
        assert!(!Route::Question(1).same_page(&Route::Question(2)));
        assert!(!Route::Intro.same_page(&Route::Question(0)));
        assert!(!Route::Shared("Ab".into()).same_page(&mine("x")));
    }
}
