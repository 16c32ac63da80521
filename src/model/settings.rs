//! A firm's settings for an embedded widget, read from the page's query string.
//!
//! Every setting is untrusted input (the loader copies a host page's `data-` attributes into
//! the iframe's query, and anyone can write a query by hand). Each is checked here; a value that
//! fails is ignored with a [`Warning`] naming the attribute, and the default stands. Nothing from
//! a setting is ever executed or inserted as markup: the shell renders them as text and as the
//! `href`/`src` of links and images, and only after the checks below.

use crate::model::questionnaire::Seat;
use crate::model::share::percent_encode;

/// The languages the interface exists in.
pub const LANGUAGES: &[&str] = &["en", "de"];

/// The interface language: the firm's `lang` setting, else the first of the browser's
/// preferred languages that the app has (by primary subtag: `de-AT` is `de`), else English.
pub fn choose_language(setting: Option<&str>, preferred: &[String]) -> &'static str {
    let known = |code: &str| {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        LANGUAGES.iter().copied().find(|l| *l == primary)
    };
    setting
        .and_then(known)
        .or_else(|| preferred.iter().find_map(|p| known(p)))
        .unwrap_or(LANGUAGES[0])
}

pub const FIRM_MAX: usize = 60;
pub const CTA_LABEL_MAX: usize = 40;
pub const URL_MAX: usize = 2000;
/// WCAG 2.x AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;
/// The two text colours the app can draw on a firm's accent (kept equal to `styles/main.css`).
pub const LIGHT_TEXT: &str = "#ffffff";
pub const DARK_TEXT: &str = "#1b1f24";

/// The settings, by the name used in the query and (with `data-` before it) on the host element.
pub const FIRM: &str = "firm";
pub const ACCENT: &str = "accent";
pub const LOGO: &str = "logo";
pub const CTA_URL: &str = "cta-url";
pub const CTA_LABEL: &str = "cta-label";
pub const LENS: &str = "lens";
pub const LANG: &str = "lang";
/// Given by the loader, not by the firm: the host page's origin, the only one the app posts to.
pub const HOST: &str = "host";

/// A firm's accent colour with the text colour that reads on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Accent {
    /// Lowercase `#rrggbb`.
    pub colour: String,
    /// [`LIGHT_TEXT`] or [`DARK_TEXT`], whichever contrasts more.
    pub text: &'static str,
    /// The contrast ratio of `text` on `colour`.
    pub contrast: f64,
}

/// Where the call to action leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CtaTarget {
    /// An `https:` page, which receives the results link as the query parameter `result`.
    Web(String),
    /// A `mailto:` address (only the address is kept), which receives a subject and a body.
    Mail(String),
}

/// Checked settings; `None` means the default.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Settings {
    pub firm: Option<String>,
    pub accent: Option<Accent>,
    pub logo: Option<String>,
    pub cta_url: Option<CtaTarget>,
    pub cta_label: Option<String>,
    pub lens: Seat,
    pub lang: Option<String>,
    pub host: Option<String>,
}

/// Why a setting's value was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    Empty,
    TooLong {
        max: usize,
    },
    /// Text settings are text only: no markup.
    Markup,
    ControlCharacters,
    NotHexColour,
    /// Neither light nor dark text reaches 4.5:1 on the colour; `best` is the better of the two.
    LowContrast {
        best: f64,
    },
    NotHttps,
    NotHttpsOrMail,
    BadAddress,
    UnknownLens,
    UnknownLanguage,
    BadOrigin,
    UnknownSetting,
    Repeated,
    BadEncoding,
}

/// A setting that was ignored, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// The setting's name as given (without `data-`).
    pub key: String,
    pub reason: Reason,
}

/// Reads settings from a query string (with or without its leading `?`). Parameters that are
/// not settings of ours are warned about; the app's own (`start-over`) are skipped.
pub fn from_query(query: &str) -> (Settings, Vec<Warning>) {
    let mut settings = Settings::default();
    let mut warnings = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        if pair.is_empty() {
            continue;
        }
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = percent_decode(raw_key) else {
            warnings.push(Warning {
                key: raw_key.to_string(),
                reason: Reason::BadEncoding,
            });
            continue;
        };
        if key == "start-over" {
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
        let Some(value) = percent_decode(raw_value) else {
            warnings.push(warn(Reason::BadEncoding));
            continue;
        };
        if let Err(reason) = settings.set(&key, &value) {
            warnings.push(warn(reason));
        }
    }
    (settings, warnings)
}

impl Settings {
    /// Sets one setting from its text, or says why the text is refused (leaving the default).
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), Reason> {
        match key {
            FIRM => self.firm = Some(check_text(value, FIRM_MAX)?),
            ACCENT => self.accent = Some(check_accent(value)?),
            LOGO => self.logo = Some(check_https(value)?),
            CTA_URL => self.cta_url = Some(check_cta(value)?),
            CTA_LABEL => self.cta_label = Some(check_text(value, CTA_LABEL_MAX)?),
            LENS => self.lens = check_lens(value)?,
            LANG => self.lang = Some(check_lang(value)?),
            HOST => self.host = Some(check_origin(value)?),
            _ => return Err(Reason::UnknownSetting),
        }
        Ok(())
    }

    /// The firm's settings as a query string (no `?`, no `host`), in a fixed order: for the
    /// results link, the iframe snippet and the configurator's preview.
    pub fn to_query(&self) -> String {
        self.pairs()
            .into_iter()
            .map(|(key, value)| format!("{key}={}", percent_encode(&value)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The firm's settings as `(name, value)` pairs, defaults left out.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(firm) = &self.firm {
            pairs.push((FIRM, firm.clone()));
        }
        if let Some(accent) = &self.accent {
            pairs.push((ACCENT, accent.colour.clone()));
        }
        if let Some(logo) = &self.logo {
            pairs.push((LOGO, logo.clone()));
        }
        match &self.cta_url {
            Some(CtaTarget::Web(url)) => pairs.push((CTA_URL, url.clone())),
            Some(CtaTarget::Mail(address)) => pairs.push((CTA_URL, format!("mailto:{address}"))),
            None => {}
        }
        if let Some(label) = &self.cta_label {
            pairs.push((CTA_LABEL, label.clone()));
        }
        if self.lens == Seat::Provider {
            pairs.push((LENS, "provider".to_string()));
        }
        if let Some(lang) = &self.lang {
            pairs.push((LANG, lang.clone()));
        }
        pairs
    }

    /// The call to action's address for a result: the firm's page with the results link as
    /// the query parameter `result` (before any fragment), or a mail with subject and body.
    pub fn cta_href(&self, result_link: &str, subject: &str, body: &str) -> Option<String> {
        Some(match self.cta_url.as_ref()? {
            CtaTarget::Web(url) => {
                let (before, fragment) = match url.split_once('#') {
                    Some((before, fragment)) => (before, Some(fragment)),
                    None => (url.as_str(), None),
                };
                let joiner = match before.split_once('?') {
                    None => "?",
                    Some((_, "")) => "",
                    Some((_, query)) if query.ends_with('&') => "",
                    Some(_) => "&",
                };
                let mut href = format!("{before}{joiner}result={}", percent_encode(result_link));
                if let Some(fragment) = fragment {
                    href.push('#');
                    href.push_str(fragment);
                }
                href
            }
            CtaTarget::Mail(address) => crate::model::share::mailto(address, subject, body),
        })
    }
}

/// Firm name and button label: text only, trimmed, at most `max` characters.
pub fn check_text(value: &str, max: usize) -> Result<String, Reason> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Reason::Empty);
    }
    if value.chars().any(char::is_control) {
        return Err(Reason::ControlCharacters);
    }
    if value.contains(['<', '>']) {
        return Err(Reason::Markup);
    }
    if value.chars().count() > max {
        return Err(Reason::TooLong { max });
    }
    Ok(value.to_string())
}

/// `#rgb` or `#rrggbb`, with the text colour that reads on it at 4.5:1 or better.
pub fn check_accent(value: &str) -> Result<Accent, Reason> {
    let hex = value.trim().strip_prefix('#').ok_or(Reason::NotHexColour)?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Reason::NotHexColour);
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return Err(Reason::NotHexColour),
    };
    let colour = format!("#{}", full.to_ascii_lowercase());
    let rgb = parse_rgb(&colour).ok_or(Reason::NotHexColour)?;
    let on_light = contrast(rgb, parse_rgb(LIGHT_TEXT).unwrap_or([255; 3]));
    let on_dark = contrast(rgb, parse_rgb(DARK_TEXT).unwrap_or([0; 3]));
    let (text, best) = if on_light >= on_dark {
        (LIGHT_TEXT, on_light)
    } else {
        (DARK_TEXT, on_dark)
    };
    if best < MIN_CONTRAST {
        return Err(Reason::LowContrast { best });
    }
    Ok(Accent {
        colour,
        text,
        contrast: best,
    })
}

fn parse_rgb(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    let channel = |k: usize| u8::from_str_radix(hex.get(k..k + 2)?, 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// WCAG 2.x relative luminance.
fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// `x` to the power 2.4 for `x` in (0, 1], as `x² · (x^⅕)²` with the fifth root found by
/// Newton's method. `f64::powf` would link the general `pow` routine into the wasm (2 KB).
fn pow_2_4(x: f64) -> f64 {
    // From 1 down, Newton's steps on y⁵ − x fall monotonically onto the root.
    let mut y = 1.0_f64;
    for _ in 0..40 {
        let next = y - (y.powi(5) - x) / (5.0 * y.powi(4));
        if next >= y {
            break;
        }
        y = next;
    }
    x * x * y * y
}

/// WCAG 2.x contrast ratio, from 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// An absolute `https:` URL with a plausible host, no credentials, and nothing that could end
/// an attribute or smuggle whitespace.
pub fn check_https(value: &str) -> Result<String, Reason> {
    let value = value.trim();
    let rest = strip_prefix_ignore_case(value, "https://").ok_or(Reason::NotHttps)?;
    check_url_text(value)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_ok = !authority.is_empty()
        && !authority.starts_with(':')
        && authority
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | ':' | '[' | ']'));
    if !host_ok {
        return Err(Reason::BadAddress);
    }
    Ok(format!("https://{rest}"))
}

fn check_url_text(value: &str) -> Result<(), Reason> {
    if value.len() > URL_MAX {
        return Err(Reason::TooLong { max: URL_MAX });
    }
    if value.chars().any(|c| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
    }) {
        return Err(Reason::BadAddress);
    }
    Ok(())
}

fn strip_prefix_ignore_case<'a>(value: &'a str, prefix: &str) -> Option<&'a str> {
    let head = value.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &value[prefix.len()..])
}

/// The call to action: an `https:` page or a `mailto:` address.
pub fn check_cta(value: &str) -> Result<CtaTarget, Reason> {
    let value = value.trim();
    if let Some(rest) = strip_prefix_ignore_case(value, "mailto:") {
        check_url_text(value)?;
        let address = rest.split('?').next().unwrap_or("");
        let valid = match address.split_once('@') {
            Some((user, domain)) => {
                !user.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !address.contains([',', ';', '%', '&', '#', '/', ':'])
                    && address.matches('@').count() == 1
            }
            None => false,
        };
        return if valid {
            Ok(CtaTarget::Mail(address.to_string()))
        } else {
            Err(Reason::BadAddress)
        };
    }
    match check_https(value) {
        Ok(url) => Ok(CtaTarget::Web(url)),
        Err(Reason::NotHttps) => Err(Reason::NotHttpsOrMail),
        Err(reason) => Err(reason),
    }
}

pub fn check_lens(value: &str) -> Result<Seat, Reason> {
    match value.trim() {
        "client" => Ok(Seat::Client),
        "provider" => Ok(Seat::Provider),
        _ => Err(Reason::UnknownLens),
    }
}

pub fn check_lang(value: &str) -> Result<String, Reason> {
    let value = value.trim().to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|lang| **lang == value)
        .map(|lang| lang.to_string())
        .ok_or(Reason::UnknownLanguage)
}

/// An origin exactly as `location.origin` writes it: `http(s)://host[:port]`, nothing more.
pub fn check_origin(value: &str) -> Result<String, Reason> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .ok_or(Reason::BadOrigin)?;
    let valid = !rest.is_empty()
        && !rest.starts_with(':')
        && !rest.ends_with(':')
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '[' | ']' | ':'));
    if valid {
        Ok(value.to_string())
    } else {
        Err(Reason::BadOrigin)
    }
}

/// Decodes a query component (`+` is a space); `None` for a bad escape or invalid UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            b'%' => {
                let hex = text.get(k + 1..k + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                k += 3;
            }
            b'+' => {
                out.push(b' ');
                k += 1;
            }
            byte => {
                out.push(byte);
                k += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Escapes text for an HTML attribute value in double quotes.
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The snippet a firm pastes to place the widget with the loader. `app` is the app's address
/// ending in `/`.
pub fn loader_snippet(app: &str, settings: &Settings) -> String {
    let attributes: String = settings
        .pairs()
        .iter()
        .map(|(key, value)| format!(" data-{key}=\"{}\"", escape_attribute(value)))
        .collect();
    format!(
        "<div data-partner-or-vendor{attributes}></div>\n<script src=\"{}embed.js\" async></script>",
        escape_attribute(app)
    )
}

/// The snippet for a plain iframe, without the loader (it keeps a fixed height).
pub fn iframe_snippet(app: &str, settings: &Settings) -> String {
    let query = settings.to_query();
    let src = if query.is_empty() {
        app.to_string()
    } else {
        format!("{app}?{query}")
    };
    let title = match &settings.firm {
        Some(firm) => format!("Partner or Vendor? assessment by {firm}"),
        None => "Partner or Vendor? assessment".to_string(),
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"900\" allow=\"clipboard-write; web-share\" loading=\"lazy\"></iframe>",
        escape_attribute(&src),
        escape_attribute(&title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn warned(query: &str) -> Vec<(String, Reason)> {
        from_query(query)
            .1
            .into_iter()
            .map(|w| (w.key, w.reason))
            .collect()
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
    fn the_language_comes_from_the_setting_then_the_browser_then_english() {
        let prefs = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(choose_language(Some("de"), &prefs(&["en-US"])), "de");
        assert_eq!(
            choose_language(None, &prefs(&["fr-FR", "de-AT", "en"])),
            "de"
        );
        assert_eq!(choose_language(None, &prefs(&["fr", "ja"])), "en");
        assert_eq!(choose_language(None, &[]), "en");
        assert_eq!(choose_language(None, &prefs(&["DE_ch"])), "de");
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

    #[test]
    fn the_text_on_an_accent_keeps_aa_contrast_or_the_colour_is_refused() {
        let accent = check_accent("#FFF").unwrap();
        assert_eq!(
            (accent.colour.as_str(), accent.text),
            ("#ffffff", DARK_TEXT)
        );
        assert_eq!(check_accent("#000000").unwrap().text, LIGHT_TEXT);
        assert_eq!(check_accent("#ffbf47").unwrap().text, DARK_TEXT);
        // Mid grey: white gives 3.95:1 and the dark text 4.3:1, so neither is enough.
        match check_accent("#808080") {
            Err(Reason::LowContrast { best }) => assert!(best > 4.0 && best < 4.5, "{best}"),
            other => panic!("mid grey must be refused, got {other:?}"),
        }
        assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn the_gamma_power_matches_the_general_one_on_every_channel_value() {
        for c in 0..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() < 1e-12, "{c}: {ours} vs {std}");
        }
    }

    #[test]
    fn the_call_to_action_carries_the_results_link() {
        let link = "https://assess.example/?firm=A#r=abc";
        let href = |cta: &str| {
            let mut s = Settings::default();
            s.set(CTA_URL, cta).unwrap();
            s.cta_href(link, "Subject", "Body").unwrap()
        };
        let encoded = "https%3A%2F%2Fassess.example%2F%3Ffirm%3DA%23r%3Dabc";
        assert_eq!(
            href("https://acme.example/contact"),
            format!("https://acme.example/contact?result={encoded}")
        );
        assert_eq!(
            href("https://acme.example/c?src=quiz#form"),
            format!("https://acme.example/c?src=quiz&result={encoded}#form")
        );
        assert_eq!(
            href("mailto:hello@acme.example?subject=ignored"),
            "mailto:hello@acme.example?subject=Subject&body=Body"
        );
        assert_eq!(Settings::default().cta_href(link, "s", "b"), None);
    }

    #[test]
    fn snippets_carry_only_checked_values_escaped() {
        let (settings, _) = from_query("firm=Smith+%26+Sons&accent=%230b6e4f&lens=provider");
        assert_eq!(
            loader_snippet("https://x.example/a/", &settings),
            "<div data-partner-or-vendor data-firm=\"Smith &amp; Sons\" data-accent=\"#0b6e4f\" data-lens=\"provider\"></div>\n\
             <script src=\"https://x.example/a/embed.js\" async></script>"
        );
        let iframe = iframe_snippet("https://x.example/a/", &settings);
        assert!(iframe.starts_with(
            "<iframe src=\"https://x.example/a/?firm=Smith%20%26%20Sons&amp;accent=%230b6e4f&amp;lens=provider\""
        ));
        assert!(iframe.contains("title=\"Partner or Vendor? assessment by Smith &amp; Sons\""));
    }

    proptest! {
        #[test]
        fn any_query_reads_without_panic_and_refusals_keep_defaults(query in ".{0,200}") {
            let (settings, warnings) = from_query(&query);
            if warnings.is_empty() && !query.contains('=') && !query.trim_start_matches('?').split('&').any(|p| !p.is_empty() && p != "start-over") {
                prop_assert_eq!(settings, Settings::default());
            }
        }

        #[test]
        fn checked_settings_survive_their_own_query(
            firm in "[^<>\\p{Cc}]{1,60}",
            label in "[^<>\\p{Cc}]{1,40}",
            rgb in any::<[u8; 3]>(),
            provider in any::<bool>(),
        ) {
            let mut settings = Settings::default();
            let _ = settings.set(FIRM, &firm);
            let _ = settings.set(CTA_LABEL, &label);
            let _ = settings.set(ACCENT, &format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]));
            settings.lens = if provider { Seat::Provider } else { Seat::Client };
            let (again, warnings) = from_query(&settings.to_query());
            prop_assert_eq!(warnings, vec![]);
            prop_assert_eq!(again, settings);
        }

        #[test]
        fn percent_encoding_round_trips(text in ".{0,100}") {
            prop_assert_eq!(percent_decode(&percent_encode(&text)), Some(text));
        }

        #[test]
        fn an_accepted_accent_always_reaches_aa(rgb in any::<[u8; 3]>()) {
            let value = format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2]);
            if let Ok(accent) = check_accent(&value) {
                let text = parse_rgb(accent.text).unwrap();
                prop_assert!(contrast(rgb, text) >= MIN_CONTRAST);
            }
        }
    }
}
