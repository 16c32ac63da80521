//! The query codec for settings: reading a query string into checked [`Settings`] with a
//! [`Warning`] for every refused parameter, and writing the firm's settings back as a query.
//! Settings written as a query read back equal, without a warning (a property test below).

use super::{is_identity, Reason, Settings, Warning, HOST};
use crate::model::percent;

/// The app's own parameter: load afresh, forgetting saved progress (the fatal view's link).
pub const START_OVER: &str = "start-over";

/// When the query asks to start over: the query without that parameter (with its `?`, or empty
/// when nothing is left), for the address to keep. `None` when it does not ask.
pub fn without_start_over(query: &str) -> Option<String> {
    let is_start_over = |pair: &&str| {
        let key = pair.split_once('=').map_or(*pair, |(key, _)| key);
        percent::decode(key).is_some_and(|key| key == START_OVER)
    };
    let pairs: Vec<&str> = query.trim_start_matches('?').split('&').collect();
    if !pairs.iter().any(is_start_over) {
        return None;
    }
    let kept: Vec<&str> = pairs
        .into_iter()
        .filter(|pair| !pair.is_empty() && !is_start_over(pair))
        .collect();
    Some(if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    })
}

/// The name of the `<meta>` element in which a deployment gives its own settings, written as
/// a query: `<meta name="partner-or-vendor" content="firm=Acme IT&amp;logo=https://…">`.
pub const DEPLOYMENT_META: &str = "partner-or-vendor";

/// Reads settings from a query string (with or without its leading `?`). Parameters that are
/// not settings of ours are warned about; the app's own (`start-over`) are skipped.
pub fn from_query(query: &str) -> (Settings, Vec<Warning>) {
    read(
        query,
        Settings::default(),
        |_| false,
        Reason::UnknownSetting,
    )
}

/// The deployment's own settings, from the content of its page's `<meta>` line
/// ([`DEPLOYMENT_META`]): a query written by the site's owner. Only the host origin is not
/// the owner's to give (the loader gives it).
pub fn from_deployment(line: &str) -> (Settings, Vec<Warning>) {
    read(
        line,
        Settings::default(),
        |key| key == HOST,
        Reason::UnknownSetting,
    )
}

/// The page's settings: the query's over the deployment's own. On a page of its own
/// (`framed` false) the firm's identity ([`is_identity`]: its name, logo, calls to action and
/// norms file) in the query is refused with
/// [`Reason::DeploymentOnly`]: a link anyone can write must not put a name on the firm's site.
/// Inside a frame, the firm's page gave the query (and the deployment's `frame-ancestors`
/// says which pages may).
pub fn from_address(query: &str, deployed: Settings, framed: bool) -> (Settings, Vec<Warning>) {
    let refused: fn(&str) -> bool = if framed { |_| false } else { is_identity };
    read(query, deployed, refused, Reason::DeploymentOnly)
}

/// Reads `query` over `base`, refusing the names `refused` picks for `refusal`. One reader for
/// every source, kept out of line so the wasm carries it once.
#[inline(never)]
fn read(
    query: &str,
    base: Settings,
    refused: fn(&str) -> bool,
    refusal: Reason,
) -> (Settings, Vec<Warning>) {
    let mut settings = base;
    let mut warnings = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        if pair.is_empty() {
            continue;
        }
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = percent::decode(raw_key) else {
            warnings.push(Warning {
                key: raw_key.to_string(),
                reason: Reason::BadEncoding,
            });
            continue;
        };
        if key == START_OVER {
            continue;
        }
        let warn = |reason| Warning {
            key: key.clone(),
            reason,
        };
        if seen.contains(&key) {
            warnings.push(warn(Reason::Repeated));
            continue;
        }
        seen.push(key.clone());
        let Some(value) = percent::decode(raw_value) else {
            warnings.push(warn(Reason::BadEncoding));
            continue;
        };
        let result = if refused(&key) {
            Err(refusal.clone())
        } else {
            settings.set(&key, &value)
        };
        if let Err(reason) = result {
            warnings.push(warn(reason));
        }
    }
    (settings, warnings)
}

impl Settings {
    /// The firm's settings as a query string (no `?`, no `host`), in a fixed order: for the
    /// results link, the iframe snippet and the configurator's preview.
    pub fn to_query(&self) -> String {
        self.pairs()
            .into_iter()
            .map(|(key, value)| format!("{key}={}", percent::encode(&value)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::super::{
        CtaTarget, ACCENT, CTA_LABEL, CTA_URL, FIRM, HOST, LANG, LENS, LIGHT_TEXT, LOGO,
        MIN_CONTRAST,
    };
    use super::*;
    use crate::model::questionnaire::Seat;
    use proptest::prelude::*;

    fn warned(query: &str) -> Vec<(String, Reason)> {
        from_query(query)
            .1
            .into_iter()
            .map(|w| (w.key, w.reason))
            .collect()
    }

    const ACME: &str = "firm=Acme IT&logo=https://acme.example/logo.svg\
        &cta-url=https://acme.example/contact?from=assessment&cta-label=Talk to us&lens=provider";

    #[test]
    fn the_deployments_line_reads_as_written_by_hand() {
        let (settings, warnings) = from_deployment(ACME);
        assert_eq!(warnings, vec![]);
        assert_eq!(settings.firm.as_deref(), Some("Acme IT"));
        assert_eq!(
            settings.logo.as_deref(),
            Some("https://acme.example/logo.svg")
        );
        // Only the first `=` splits: the address keeps its own query.
        assert_eq!(
            settings.cta_url,
            Some(CtaTarget::Web(
                "https://acme.example/contact?from=assessment".to_string()
            ))
        );
        assert_eq!(settings.cta_label.as_deref(), Some("Talk to us"));
        assert_eq!(settings.lens, Seat::Provider);
        // The host origin is the loader's to give, not the site's.
        let (settings, warnings) = from_deployment("firm=Acme&host=https%3A%2F%2Fevil.example");
        assert_eq!(settings.host, None);
        assert_eq!(
            warned_of(&warnings),
            vec![(HOST.to_string(), Reason::UnknownSetting)]
        );
    }

    fn warned_of(warnings: &[Warning]) -> Vec<(String, Reason)> {
        warnings
            .iter()
            .map(|w| (w.key.clone(), w.reason.clone()))
            .collect()
    }

    /// The forged link of the security review: on a page of its own it shows the deployment's
    /// firm, or none, and never the link's.
    #[test]
    fn a_link_cannot_name_the_firm_on_a_page_of_its_own() {
        let forged = "?firm=Evil%20Corp&logo=https%3A%2F%2Fevil.example%2Fl.svg\
                      &cta-url=https%3A%2F%2Fevil.example%2Flogin&cta-label=Sign%20in&accent=%23336699&lens=provider";
        let (deployed, _) = from_deployment(ACME);
        for base in [Settings::default(), deployed.clone()] {
            let (settings, warnings) = from_address(forged, base.clone(), false);
            assert_eq!(settings.firm, base.firm);
            assert_eq!(settings.logo, base.logo);
            assert_eq!(settings.cta_url, base.cta_url);
            assert_eq!(settings.cta_label, base.cta_label);
            // What is not the firm's identity still reads from the link.
            assert_eq!(settings.accent.as_ref().unwrap().colour, "#336699");
            assert_eq!(settings.lens, Seat::Provider);
            assert_eq!(
                warned_of(&warnings),
                [FIRM, LOGO, CTA_URL, CTA_LABEL]
                    .iter()
                    .map(|k| (k.to_string(), Reason::DeploymentOnly))
                    .collect::<Vec<_>>()
            );
        }
        // Inside a frame the firm's page chose the settings: they apply over the deployment's.
        let (settings, warnings) = from_address(forged, deployed, true);
        assert_eq!(warnings, vec![]);
        assert_eq!(settings.firm.as_deref(), Some("Evil Corp"));
        assert_eq!(settings.cta_label.as_deref(), Some("Sign in"));
        let (settings, _) = from_address("?lens=client", from_deployment(ACME).0, true);
        assert_eq!(settings.firm.as_deref(), Some("Acme IT"));
        assert_eq!(settings.lens, Seat::Client);
        // A results link carries none of the firm's identity.
        let (settings, _) = from_deployment(ACME);
        let link = settings.for_links();
        assert_eq!(
            (link.firm, link.logo, link.cta_url, link.cta_label),
            (None, None, None, None)
        );
        assert_eq!(link.lens, Seat::Provider);
    }

    #[test]
    fn starting_over_is_read_once_and_the_rest_of_the_query_kept() {
        assert_eq!(without_start_over(""), None);
        assert_eq!(without_start_over("?firm=Acme"), None);
        assert_eq!(without_start_over("?start-overly=1"), None);
        assert_eq!(without_start_over("?start-over"), Some(String::new()));
        assert_eq!(
            without_start_over("?firm=Acme&start-over&lang=de"),
            Some("?firm=Acme&lang=de".to_string())
        );
        assert_eq!(
            without_start_over("start%2Dover=1&&accent=%23fff"),
            Some("?accent=%23fff".to_string())
        );
    }

    #[test]
    fn the_documented_snippet_reads_in_full() {
        let (settings, warnings) = from_query(
            "?firm=Acme%20IT&accent=%230b6e4f&logo=https%3A%2F%2Facme.example%2Flogo.svg\
             &cta-url=https%3A%2F%2Facme.example%2Fcontact&cta-label=Talk+to+us&lens=provider&lang=en\
             &host=https%3A%2F%2Facme.example",
        );
        assert_eq!(warnings, vec![]);
        assert_eq!(settings.firm.as_deref(), Some("Acme IT"));
        let accent = settings.accent.as_ref().unwrap();
        assert_eq!(
            (accent.colour.as_str(), accent.text),
            ("#0b6e4f", LIGHT_TEXT)
        );
        assert!(accent.contrast >= MIN_CONTRAST);
        assert_eq!(
            settings.logo.as_deref(),
            Some("https://acme.example/logo.svg")
        );
        assert_eq!(
            settings.cta_url,
            Some(CtaTarget::Web("https://acme.example/contact".into()))
        );
        assert_eq!(settings.cta_label.as_deref(), Some("Talk to us"));
        assert_eq!(settings.lens, Seat::Provider);
        assert_eq!(settings.lang.as_deref(), Some("en"));
        assert_eq!(settings.host.as_deref(), Some("https://acme.example"));
    }

    #[test]
    fn hostile_values_are_refused_with_the_attribute_named() {
        let cases: &[(&str, Reason)] = &[
            (
                "firm=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
                Reason::Markup,
            ),
            ("firm=%20%20", Reason::Empty),
            ("firm=A%00B", Reason::ControlCharacters),
            ("firm=Acme%E2%80%AE", Reason::ControlCharacters),
            ("firm=Acme%E2%80%8BIT", Reason::ControlCharacters),
            (
                &format!("firm={}", "x".repeat(61)),
                Reason::TooLong { max: 60 },
            ),
            ("cta-label=%3Cb%3Ehi", Reason::Markup),
            ("accent=red", Reason::NotHexColour),
            ("accent=%23abcd", Reason::NotHexColour),
            ("accent=%23fff%3Bbackground%3Aurl(x)", Reason::NotHexColour),
            ("accent=%23ggg", Reason::NotHexColour),
            ("logo=http%3A%2F%2Facme.example%2Fl.svg", Reason::NotHttps),
            ("logo=javascript%3Aalert(1)", Reason::NotHttps),
            (
                "logo=data%3Aimage%2Fsvg%2Bxml%2C%3Csvg%3E",
                Reason::NotHttps,
            ),
            ("logo=https%3A%2F%2F", Reason::BadAddress),
            (
                "logo=https%3A%2F%2Fa.example%2F%22onerror%3D",
                Reason::BadAddress,
            ),
            (
                "logo=https%3A%2F%2Fuser%40evil.example%2F",
                Reason::BadAddress,
            ),
            (
                "cta-url=javascript%3Aalert(document.domain)",
                Reason::NotHttpsOrMail,
            ),
            ("cta-url=JaVaScRiPt%3Aalert(1)", Reason::NotHttpsOrMail),
            ("cta-url=%20javascript%3Aalert(1)", Reason::NotHttpsOrMail),
            ("cta-url=mailto%3A", Reason::BadAddress),
            (
                "cta-url=mailto%3Aa%40b.example%2Cc%40d.example",
                Reason::BadAddress,
            ),
            ("cta-url=data%3Atext%2Fhtml%2Chi", Reason::NotHttpsOrMail),
            ("lens=vendor", Reason::UnknownLens),
            ("form=short", Reason::UnknownForm),
            ("lang=xx", Reason::UnknownLanguage),
            ("lang=de-AT", Reason::UnknownLanguage),
            ("host=https%3A%2F%2Fa.example%2Fpath", Reason::BadOrigin),
            ("host=*", Reason::BadOrigin),
            ("host=null", Reason::BadOrigin),
            ("colour=%23000", Reason::UnknownSetting),
            ("firm=%E0%A4", Reason::BadEncoding),
            ("firm=%zz", Reason::BadEncoding),
        ];
        for (query, reason) in cases {
            let (settings, warnings) = from_query(query);
            let key = query.split('=').next().unwrap();
            assert_eq!(
                warnings,
                vec![Warning {
                    key: key.to_string(),
                    reason: reason.clone()
                }],
                "for {query}"
            );
            assert_eq!(settings, Settings::default(), "defaults stand for {query}");
        }
    }

    #[test]
    fn a_setting_given_twice_keeps_the_first() {
        let (settings, warnings) = from_query("firm=One&firm=Two");
        assert_eq!(settings.firm.as_deref(), Some("One"));
        assert_eq!(
            warned("firm=One&firm=Two"),
            vec![("firm".into(), Reason::Repeated)]
        );
        assert_eq!(warnings.len(), 1);
    }

    /// One query parameter that is refused or skipped, by construction: `(key, text)` with the
    /// text as it stands in the query. Each kind of refusal is here: a value that each setting's
    /// check refuses, an unknown setting, a broken percent-escape in the key or the value, and
    /// the app's own `start-over`, which is skipped without a warning.
    fn refused_parameter() -> impl Strategy<Value = (String, String)> {
        let value = |key: &'static str, values: BoxedStrategy<String>| {
            values.prop_map(move |v| (key.to_string(), format!("{key}={}", percent::encode(&v))))
        };
        let markup = "[^\\p{Cc}<>]{0,10}[<>][^\\p{Cc}]{0,10}";
        prop_oneof![
            value(
                FIRM,
                prop_oneof![
                    markup.boxed(),
                    "[ \t]{0,4}".boxed(),
                    "[a-z]{61,80}".boxed(),
                    "a[\\x00-\\x1f]b".boxed()
                ]
                .boxed()
            ),
            value(
                CTA_LABEL,
                prop_oneof![markup.boxed(), "[a-z]{41,60}".boxed()].boxed()
            ),
            value(
                ACCENT,
                prop_oneof![
                    "[g-zG-Z][0-9a-z]{0,7}".boxed(),
                    "#[0-9a-f]{4,5}".boxed(),
                    "#[g-z]{3}".boxed()
                ]
                .boxed()
            ),
            value(LOGO, "(http|ftp|javascript|data):[a-z/]{0,12}".boxed()),
            value(
                CTA_URL,
                prop_oneof![
                    "(http|javascript|data):[a-z/]{0,12}".boxed(),
                    "mailto:[a-z.]{0,12}".boxed()
                ]
                .boxed()
            ),
            value(LENS, "x[a-z]{0,9}".boxed()),
            value(LANG, "x[a-z]{0,3}".boxed()),
            value(HOST, "(ftp://|https://[a-z]{1,5}/)[a-z]{1,5}".boxed()),
            // Not a setting of ours.
            ("x-[a-z]{0,8}", ".{0,20}")
                .prop_map(|(k, v)| (k.clone(), format!("{k}={}", percent::encode(&v)))),
            // A broken escape: in the key (named as written), or in a setting's value.
            "[a-z]{0,4}%[g-z]{2}".prop_map(|k| (k.clone(), format!("{k}=1"))),
            prop::sample::select(vec![
                FIRM, ACCENT, LOGO, CTA_URL, CTA_LABEL, LENS, LANG, HOST
            ])
            .prop_map(|k| (k.to_string(), format!("{k}=%E0%A4"))),
            // The app's own parameter, with or without a value.
            "(=[a-z]{0,4})?".prop_map(|v| ("start-over".to_string(), format!("start-over{v}"))),
        ]
    }

    proptest! {
        #[test]
        fn any_query_reads_without_panic(query in ".{0,200}") {
            let _ = from_query(&query);
        }

        // Every parameter is refused (or is the app's own): the defaults all stand, and each
        // refused parameter has its one warning, in order, named as the query names it.
        #[test]
        fn refusals_keep_defaults(
            params in prop::collection::vec(refused_parameter(), 1..8),
            question_mark in any::<bool>(),
        ) {
            let query = format!(
                "{}{}",
                if question_mark { "?" } else { "" },
                params.iter().map(|(_, text)| text.as_str()).collect::<Vec<_>>().join("&"),
            );
            let (settings, warnings) = from_query(&query);
            prop_assert_eq!(settings, Settings::default(), "{}", query);
            let keys: Vec<String> = warnings.into_iter().map(|w| w.key).collect();
            let refused: Vec<String> = params
                .into_iter()
                .map(|(key, _)| key)
                .filter(|key| key != "start-over")
                .collect();
            prop_assert_eq!(keys, refused, "{}", query);
        }

        #[test]
        fn checked_settings_survive_their_own_query(
            firm in "[^<>\\p{Cc}]{1,60}",
            label in "[^<>\\p{Cc}]{1,40}",
            rgb in any::<[u8; 3]>(),
            provider in any::<bool>(),
            quick in any::<bool>(),
        ) {
            let mut settings = Settings { quick, ..Settings::default() };
            let _ = settings.set(FIRM, &firm);
            let _ = settings.set(CTA_LABEL, &label);
            let _ = settings.set(ACCENT, &format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]));
            settings.lens = if provider { Seat::Provider } else { Seat::Client };
            let (again, warnings) = from_query(&settings.to_query());
            prop_assert_eq!(warnings, vec![]);
            prop_assert_eq!(again, settings);
        }
    }
}
