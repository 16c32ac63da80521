//! Every address the app answers: parsed from and formatted to the fragment (the part from
//! `#`), so each step and screen is an entry in the browser's history and a reload or a shared
//! address lands where it says. Parsing is syntax only: whether a payload decodes, or a question
//! can be reached yet, is decided by `link` and `progress`.
//!
//! The results-link forms `#r=<payload>` and `#r=<payload>&vs=<payload>` are a public contract
//! (links in emails keep opening); the others are the app's own. The team view's page has
//! addresses of its own, `TeamRoute`, every one of them a public contract.
//!
//! Payloads are base64url and dates digits and dashes, so no part is percent-encoded.

use crate::model::export::Format;
use crate::model::settings;

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

/// The team view's page, beside the app's page.
pub const TEAM_PAGE: &str = "team.html";

/// What the team view's page (`TEAM_PAGE`) shows. Every form is a public contract: team links
/// travel in emails, and the app's own pages link here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamRoute {
    /// Nothing yet: no fragment, or one the page does not know.
    Empty,
    /// A team link: `#t=<payload>` (see `model::team`).
    Team(String),
    /// One results link, `#r=<payload>`; from a result's download button with
    /// `&save=csv` or `&save=json`, the file that button asks for.
    Result {
        payload: String,
        save: Option<Format>,
    },
    /// One person's result then and now, from "Your earlier results":
    /// `#was=<payload>&on=<YYYY-MM-DD>&now=<payload>`, `on` left out when not known.
    ThenNow {
        was: String,
        on: Option<String>,
        now: String,
    },
}

impl TeamRoute {
    /// Reads a fragment, with or without its `#`, as the page always has: a payload runs to
    /// the next `&`; after `r=…` the first `save=` the page knows counts; after `was=…` the
    /// last `on=` and `now=` count, and a date that is not `YYYY-MM-DD` in shape is left out.
    pub fn parse(fragment: &str) -> TeamRoute {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let first = |rest: &str| rest.split('&').next().unwrap_or_default().to_string();
        if let Some(rest) = fragment.strip_prefix("t=") {
            return TeamRoute::Team(first(rest));
        }
        if let Some(rest) = fragment.strip_prefix("r=") {
            let save = rest.split('&').skip(1).find_map(|part| match part {
                "save=csv" => Some(Format::Csv),
                "save=json" => Some(Format::Json),
                _ => None,
            });
            return TeamRoute::Result {
                payload: first(rest),
                save,
            };
        }
        let Some(rest) = fragment.strip_prefix("was=") else {
            return TeamRoute::Empty;
        };
        let (mut on, mut now) = (None, None);
        for part in rest.split('&').skip(1) {
            match part.split_once('=') {
                Some(("on", v)) => on = Some(v),
                Some(("now", v)) => now = Some(v),
                _ => {}
            }
        }
        let Some(now) = now else {
            return TeamRoute::Empty;
        };
        let on = on.filter(|d| d.len() == 10 && d.bytes().all(|c| c.is_ascii_digit() || c == b'-'));
        TeamRoute::ThenNow {
            was: first(rest),
            on: on.map(str::to_string),
            now: now.to_string(),
        }
    }

    /// The fragment for this place, with its `#`; `Empty` has none.
    pub fn format(&self) -> String {
        // Joined rather than `format!`ted: the visitor's wasm carries this, and one `concat`
        // costs it less than six formats.
        let parts: [&str; 6] = match self {
            TeamRoute::Empty => return String::new(),
            TeamRoute::Team(payload) => ["#t=", payload, "", "", "", ""],
            TeamRoute::Result { payload, save } => {
                let save = save.map_or("", Format::extension);
                let key = if save.is_empty() { "" } else { "&save=" };
                ["#r=", payload, key, save, "", ""]
            }
            TeamRoute::ThenNow { was, on, now } => {
                let key = if on.is_some() { "&on=" } else { "" };
                let on = on.as_deref().unwrap_or_default();
                ["#was=", was, key, on, "&now=", now]
            }
        };
        parts.concat()
    }

    /// The page's address relative to the app's page, in language `lang` (its code), showing
    /// this place.
    pub fn address(&self, lang: &str) -> String {
        [TEAM_PAGE, "?", settings::LANG, "=", lang, &self.format()].concat()
    }
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

    fn date() -> impl Strategy<Value = String> {
        "[0-9]{4}-[0-9]{2}-[0-9]{2}"
    }

    fn team_route() -> impl Strategy<Value = TeamRoute> {
        let save = prop_oneof![
            Just(None),
            Just(Some(Format::Csv)),
            Just(Some(Format::Json))
        ];
        prop_oneof![
            Just(TeamRoute::Empty),
            payload().prop_map(TeamRoute::Team),
            (payload(), save).prop_map(|(payload, save)| TeamRoute::Result { payload, save }),
            (payload(), prop::option::of(date()), payload())
                .prop_map(|(was, on, now)| TeamRoute::ThenNow { was, on, now }),
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

        #[test]
        fn parsing_a_formatted_team_route_gives_it_back(route in team_route()) {
            prop_assert_eq!(TeamRoute::parse(&route.format()), route);
        }

        #[test]
        fn any_text_parses_as_a_team_route_without_panicking(text in ".{0,80}") {
            let route = TeamRoute::parse(&text);
            prop_assert_eq!(TeamRoute::parse(&route.format()), route);
        }

        #[test]
        fn text_shaped_like_a_team_address_parses_stably(
            text in "#?(t|r|was)=[A-Za-z0-9_=-]{0,12}(&(save|on|now|x)=[A-Za-z0-9_=-]{0,12}){0,4}"
        ) {
            let route = TeamRoute::parse(&text);
            prop_assert_eq!(TeamRoute::parse(&route.format()), route);
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

    #[test]
    fn the_team_addresses_already_sent_open_the_same_places() {
        let p = "EOBzASCwUN-E_IL7eeoV4A";
        let q = "EOBzARmClU2svQ_tWFAhyw";
        let result = |save| TeamRoute::Result {
            payload: p.into(),
            save,
        };
        assert_eq!(TeamRoute::parse(""), TeamRoute::Empty);
        assert_eq!(TeamRoute::parse("#"), TeamRoute::Empty);
        assert_eq!(TeamRoute::parse("#/team"), TeamRoute::Empty);
        assert_eq!(
            TeamRoute::parse(&format!("#t={p}")),
            TeamRoute::Team(p.into())
        );
        assert_eq!(TeamRoute::parse(&format!("#r={p}")), result(None));
        assert_eq!(
            TeamRoute::parse(&format!("#r={p}&save=csv")),
            result(Some(Format::Csv))
        );
        assert_eq!(
            TeamRoute::parse(&format!("#r={p}&save=json")),
            result(Some(Format::Json))
        );
        assert_eq!(TeamRoute::parse(&format!("#r={p}&save=pdf")), result(None));
        // A mail client's additions after the payload are not part of it.
        assert_eq!(
            TeamRoute::parse(&format!("#r={p}&utm_source=mail")),
            result(None)
        );
        assert_eq!(
            TeamRoute::parse(&format!("#t={p}&x=1")),
            TeamRoute::Team(p.into())
        );
        // Only a single result's page saves at once, never a team's.
        assert_eq!(
            TeamRoute::parse(&format!("#t={p}&save=csv")),
            TeamRoute::Team(p.into())
        );
        assert_eq!(
            TeamRoute::parse("#r=save=csv"),
            TeamRoute::Result {
                payload: "save=csv".into(),
                save: None
            }
        );
        let then_now = |on: Option<&str>| TeamRoute::ThenNow {
            was: p.into(),
            on: on.map(str::to_string),
            now: q.into(),
        };
        assert_eq!(
            TeamRoute::parse(&format!("#was={p}&on=2026-03-01&now={q}")),
            then_now(Some("2026-03-01"))
        );
        assert_eq!(
            TeamRoute::parse(&format!("#was={p}&on=1.3.2026&now={q}")),
            then_now(None)
        );
        assert_eq!(
            TeamRoute::parse(&format!("#was={p}&now={q}")),
            then_now(None)
        );
        // Without the result now there is nothing to compare.
        assert_eq!(
            TeamRoute::parse(&format!("#was={p}&on=2026-03-01")),
            TeamRoute::Empty
        );
    }

    #[test]
    fn team_addresses_are_written_as_they_always_were() {
        let p = "EOBzASCwUN-E_IL7eeoV4A";
        assert_eq!(
            TeamRoute::Result {
                payload: p.into(),
                save: Some(Format::Csv)
            }
            .address("de"),
            format!("team.html?lang=de#r={p}&save=csv")
        );
        assert_eq!(
            TeamRoute::ThenNow {
                was: p.into(),
                on: Some("2026-03-01".into()),
                now: "AbC".into()
            }
            .address("en"),
            format!("team.html?lang=en#was={p}&on=2026-03-01&now=AbC")
        );
        assert_eq!(TeamRoute::Team(p.into()).format(), format!("#t={p}"));
        assert_eq!(TeamRoute::Empty.address("en"), "team.html?lang=en");
    }
}
