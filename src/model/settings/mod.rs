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
    check_accent, check_benchmark, check_cta, check_form, check_forward, check_https, check_lang,
    check_lens, check_origin, check_stage_id, check_text, CTA_LABEL_MAX, CTA_TEXT_MAX, FIRM_MAX,
    FORWARD_MAX, URL_MAX,
};
pub use contrast::{contrast, DARK_TEXT, LIGHT_TEXT, MIN_CONTRAST};
pub use language::{choose_language, LANGUAGES};
pub use placement::{
    check_forward_params, Mode, OpenAfter, Placement, BUTTON_LABEL, BUTTON_LABEL_MAX, DATALAYER,
    FORWARD_PARAMS, MODE, OPEN_AFTER, SHOW_ONCE, SIDE, UTM,
};
pub use query::{
    from_address, from_deployment, from_query, without_start_over, DEPLOYMENT_META, START_OVER,
};
pub use snippet::{iframe_snippet, loader_snippet, Pin};

use crate::model::questionnaire::Seat;

/// The settings, by the name used in the query and (with `data-` before it) on the host element.
pub const FIRM: &str = "firm";
pub const ACCENT: &str = "accent";
pub const LOGO: &str = "logo";
pub const CTA_URL: &str = "cta-url";
pub const CTA_LABEL: &str = "cta-label";
/// The paragraph above the call to action's button.
pub const CTA_TEXT: &str = "cta-text";
pub const LENS: &str = "lens";
/// Which form a visitor starts with: `full` (the default) or `quick`, the quick check.
pub const FORM: &str = "form";
pub const LANG: &str = "lang";
/// The firm's norms file: a path on the app's own site.
pub const BENCHMARK: &str = "benchmark";
/// Given by the loader, not by the firm: the host page's origin, the only one the app posts to.
pub const HOST: &str = "host";
/// Given by the loader, not by the firm: the parameters of the host page's address that the
/// firm asked to pass on to its call to action (`data-forward-params`), as a query string.
pub const FORWARD: &str = "forward";
/// Every setting a firm gives by one name (the loader passes only these, and [`STAGED`], on
/// from the host element).
pub const SETTINGS: [&str; 10] = [
    FIRM, ACCENT, LOGO, CTA_URL, CTA_LABEL, CTA_TEXT, LENS, FORM, LANG, BENCHMARK,
];
/// The settings a firm may also give for one stage, as `<name>-<stage id>`
/// (`cta-url-partner`); the loader's pattern for them is [`STAGED_PATTERN`].
pub const STAGED: [&str; 3] = [CTA_URL, CTA_LABEL, CTA_TEXT];
/// [`STAGED`] with a stage id, as the loader's regular expression matches them.
pub const STAGED_PATTERN: &str = "cta-(url|label|text)-[a-z0-9-]+";
/// The firm's identity: on a page of its own, only the deployment's line sets these (and every
/// [`STAGED`] setting for a stage).
pub const IDENTITY: [&str; 5] = [FIRM, LOGO, CTA_URL, CTA_LABEL, CTA_TEXT];

/// Whether a setting is part of the firm's identity (see [`IDENTITY`]); the norms file is
/// too, for the line it puts under a result names the firm.
pub fn is_identity(key: &str) -> bool {
    IDENTITY.contains(&key) || key == BENCHMARK || staged(key).is_some()
}

/// A [`STAGED`] setting's name and its stage id, for a key such as `cta-url-partner`.
pub fn staged(key: &str) -> Option<(&'static str, &str)> {
    STAGED.into_iter().find_map(|name| {
        let id = key.strip_prefix(name)?.strip_prefix('-')?;
        Some((name, id))
    })
}

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

/// The firm's call to action for one stage: each part, when given, stands in for the general
/// one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StageCta {
    /// The stage's id in the questionnaire (`partner`).
    pub stage: String,
    pub url: Option<CtaTarget>,
    pub label: Option<String>,
    pub text: Option<String>,
}

/// The most stages a firm can give a call to action of their own (the questionnaire has four).
pub const STAGES_MAX: usize = 8;

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
    /// The address as a firm writes it.
    pub fn address(&self) -> String {
        match self {
            CtaTarget::Web(url) => url.clone(),
            CtaTarget::Mail(address) => format!("mailto:{address}"),
        }
    }

    /// Who receives the result when the visitor follows the call to action: the web page's
    /// host, or the mail address.
    pub fn receiver(&self) -> &str {
        match self {
            CtaTarget::Web(url) => host_of(url),
            CtaTarget::Mail(address) => address,
        }
    }
}

/// Checked settings; `None` means the default.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Settings {
    pub firm: Option<String>,
    pub accent: Option<Accent>,
    pub logo: Option<String>,
    pub cta_url: Option<CtaTarget>,
    pub cta_label: Option<String>,
    pub cta_text: Option<String>,
    /// The calls to action of single stages, in the order given.
    pub stages: Vec<StageCta>,
    pub lens: Seat,
    /// Start with the quick check rather than the full assessment.
    pub quick: bool,
    pub lang: Option<String>,
    /// The norms file's path, relative to the app (or from the site's root).
    pub benchmark: Option<String>,
    pub host: Option<String>,
    /// The host page's parameters passed on to an `https:` call to action.
    pub forward: Vec<(String, String)>,
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
    /// A stage id is lowercase letters, digits and `-`.
    BadStage,
    /// More than [`STAGES_MAX`] stages with a call to action of their own.
    TooManyStages,
    /// An address's `{…}` is not one of [`crate::model::cta::PLACEHOLDERS`] (or a brace
    /// stands alone).
    UnknownPlaceholder,
    /// Not a path on the app's own site.
    NotSameSite,
    /// Not a query string of parameter names and short values.
    BadForward,
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
            CTA_TEXT => self.cta_text = Some(check_text(value, CTA_TEXT_MAX)?),
            LENS => self.lens = check_lens(value)?,
            FORM => self.quick = check_form(value)?,
            LANG => self.lang = Some(check_lang(value)?),
            BENCHMARK => self.benchmark = Some(check_benchmark(value)?),
            HOST => self.host = Some(check_origin(value)?),
            FORWARD => self.forward = check_forward(value)?,
            _ => return self.set_staged(key, value),
        }
        Ok(())
    }

    /// Sets one stage's call to action part (`cta-url-partner`).
    fn set_staged(&mut self, key: &str, value: &str) -> Result<(), Reason> {
        let (name, id) = staged(key).ok_or(Reason::UnknownSetting)?;
        let id = check_stage_id(id)?;
        let at = match self.stages.iter().position(|s| s.stage == id) {
            Some(at) => at,
            None if self.stages.len() >= STAGES_MAX => return Err(Reason::TooManyStages),
            None => {
                self.stages.push(StageCta {
                    stage: id,
                    ..StageCta::default()
                });
                self.stages.len() - 1
            }
        };
        let stage = &mut self.stages[at];
        match name {
            CTA_URL => stage.url = Some(check_cta(value)?),
            CTA_LABEL => stage.label = Some(check_text(value, CTA_LABEL_MAX)?),
            _ => stage.text = Some(check_text(value, CTA_TEXT_MAX)?),
        }
        Ok(())
    }

    /// The firm's settings as `(name, value)` pairs, defaults left out.
    pub fn pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        if let Some(firm) = &self.firm {
            pairs.push((FIRM.to_string(), firm.clone()));
        }
        if let Some(accent) = &self.accent {
            pairs.push((ACCENT.to_string(), accent.colour.clone()));
        }
        if let Some(logo) = &self.logo {
            pairs.push((LOGO.to_string(), logo.clone()));
        }
        if let Some(target) = &self.cta_url {
            pairs.push((CTA_URL.to_string(), target.address()));
        }
        if let Some(label) = &self.cta_label {
            pairs.push((CTA_LABEL.to_string(), label.clone()));
        }
        if let Some(text) = &self.cta_text {
            pairs.push((CTA_TEXT.to_string(), text.clone()));
        }
        for stage in &self.stages {
            let id = &stage.stage;
            if let Some(target) = &stage.url {
                pairs.push((format!("{CTA_URL}-{id}"), target.address()));
            }
            if let Some(label) = &stage.label {
                pairs.push((format!("{CTA_LABEL}-{id}"), label.clone()));
            }
            if let Some(text) = &stage.text {
                pairs.push((format!("{CTA_TEXT}-{id}"), text.clone()));
            }
        }
        if self.lens == Seat::Provider {
            pairs.push((LENS.to_string(), "provider".to_string()));
        }
        if self.quick {
            pairs.push((FORM.to_string(), "quick".to_string()));
        }
        if let Some(lang) = &self.lang {
            pairs.push((LANG.to_string(), lang.clone()));
        }
        if let Some(benchmark) = &self.benchmark {
            pairs.push((BENCHMARK.to_string(), benchmark.clone()));
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
            cta_text: None,
            stages: Vec::new(),
            lang: None,
            benchmark: None,
            host: None,
            forward: Vec::new(),
            ..self.clone()
        }
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
}
