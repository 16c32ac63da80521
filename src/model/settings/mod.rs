//! A firm's settings: the deployment's own (a line in its page) and, for an embedded widget,
//! those in the page's query string.
//!
//! Every setting is untrusted input (the loader copies a host page's `data-` attributes into
//! the iframe's query, and anyone can write a query by hand). Each is checked here; a value that
//! fails is ignored with a [`Warning`] naming the attribute, and the default stands. Nothing from
//! a setting is ever executed or inserted as markup: the shell renders them as text and as the
//! `href`/`src` of links and images, and only after the checks.
//!
//! This file holds the settings themselves: their names, their checked values, why a value is
//! refused, and how each is set. Beside it, one job per file: `query` (reading and writing the
//! query string, and the deployment's line), `checks` (what each value must look like), `contrast` (the accent's colour
//! maths), `snippet` (the HTML a firm pastes), `placement` (the loader's own settings: where
//! the widget appears) and `language` (which language the interface speaks). Everything callers use is re-exported here, so they name `settings::…` only.

mod checks;
mod contrast;
mod language;
mod placement;
mod query;
mod snippet;

pub use checks::{
    check_accent, check_cta, check_form, check_https, check_lang, check_lens, check_origin,
    check_text, CTA_LABEL_MAX, FIRM_MAX, URL_MAX,
};
pub use contrast::{contrast, DARK_TEXT, LIGHT_TEXT, MIN_CONTRAST};
pub use language::{choose_language, LANGUAGES};
pub use placement::{Mode, Placement, BUTTON_LABEL, BUTTON_LABEL_MAX, MODE, SIDE};
pub use query::{
    from_address, from_deployment, from_query, without_start_over, DEPLOYMENT_META, START_OVER,
};
pub use snippet::{iframe_snippet, loader_snippet, Pin};

use crate::model::percent;
use crate::model::questionnaire::Seat;

/// The settings, by the name used in the query and (with `data-` before it) on the host element.
pub const FIRM: &str = "firm";
pub const ACCENT: &str = "accent";
pub const LOGO: &str = "logo";
pub const CTA_URL: &str = "cta-url";
pub const CTA_LABEL: &str = "cta-label";
pub const LENS: &str = "lens";
/// Which form a visitor starts with: `full` (the default) or `quick`, the quick check.
pub const FORM: &str = "form";
pub const LANG: &str = "lang";
/// A norms file beside the app (`model::norms`), as a path relative to it.
pub const BENCHMARK: &str = "benchmark";
/// Given by the loader, not by the firm: the host page's origin, the only one the app posts to.
pub const HOST: &str = "host";
/// Every setting a firm gives (the loader passes only these on from the host element).
pub const SETTINGS: [&str; 8] = [FIRM, ACCENT, LOGO, CTA_URL, CTA_LABEL, LENS, FORM, LANG];
/// The firm's identity: on a page of its own, only the deployment's line sets these.
pub const IDENTITY: [&str; 4] = [FIRM, LOGO, CTA_URL, CTA_LABEL];

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

/// The host part of an absolute address or an origin (`https://acme.example:8443/x` gives
/// `acme.example:8443`): what a visitor is told receives something.
pub fn host_of(address: &str) -> &str {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

impl CtaTarget {
    /// Who receives the result when the visitor follows the call to action: the web page's
    /// host, or the mail address.
    pub fn receiver(&self) -> &str {
        match self {
            CtaTarget::Web(url) => host_of(url),
            CtaTarget::Mail(address) => address,
        }
    }
}

/// A path relative to the app, and only that: no scheme, no host, no way up, nothing but
/// letters, digits and `.`, `_`, `-`, `/`.
fn check_relative(value: &str) -> Result<String, Reason> {
    let fits = !value.is_empty()
        && value.len() <= URL_MAX
        && !value.starts_with('/')
        && value
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'/'));
    fits.then(|| value.to_string()).ok_or(Reason::BadAddress)
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
    /// Start with the quick check rather than the full assessment.
    pub quick: bool,
    pub lang: Option<String>,
    pub host: Option<String>,
    /// The norms file the visitor's result is compared with: a path relative to the app.
    pub benchmark: Option<String>,
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
    UnknownForm,
    UnknownLanguage,
    BadOrigin,
    UnknownSetting,
    Repeated,
    BadEncoding,
    /// Outside a frame, the firm's name, logo and call to action come only from the
    /// deployment's line in its page, never from the address.
    DeploymentOnly,
}

/// A setting that was ignored, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// The setting's name as given (without `data-`).
    pub key: String,
    pub reason: Reason,
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
            FORM => self.quick = check_form(value)?,
            LANG => self.lang = Some(check_lang(value)?),
            HOST => self.host = Some(check_origin(value)?),
            BENCHMARK => self.benchmark = Some(check_relative(value)?),
            _ => return Err(Reason::UnknownSetting),
        }
        Ok(())
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
        if self.quick {
            pairs.push((FORM, "quick".to_string()));
        }
        if let Some(lang) = &self.lang {
            pairs.push((LANG, lang.clone()));
        }
        if let Some(path) = &self.benchmark {
            pairs.push((BENCHMARK, path.clone()));
        }
        pairs
    }

    /// The settings a results link carries: not the firm's identity (a page of its own takes
    /// that from its deployment), the host origin or the language (a link opens in its
    /// reader's language).
    pub fn for_links(&self) -> Settings {
        Settings {
            firm: None,
            logo: None,
            cta_url: None,
            cta_label: None,
            lang: None,
            host: None,
            ..self.clone()
        }
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
                let mut href = format!("{before}{joiner}result={}", percent::encode(result_link));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_visitor_is_told_who_receives_the_result() {
        let receiver = |cta: &str| {
            let mut s = Settings::default();
            s.set(CTA_URL, cta).unwrap();
            s.cta_url.unwrap().receiver().to_string()
        };
        assert_eq!(
            receiver("https://acme.example/contact?x=1#f"),
            "acme.example"
        );
        assert_eq!(
            receiver("https://book.acme.example:8443"),
            "book.acme.example:8443"
        );
        assert_eq!(
            receiver("mailto:hello@acme.example?subject=x"),
            "hello@acme.example"
        );
        assert_eq!(host_of("https://acme.example"), "acme.example");
        assert_eq!(host_of("acme.example/x"), "acme.example");
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
}
