//! How long a call to action's address can get once a result fills it, and whether that is
//! more than a mail program or a browser opens: the address filled (by the app's own
//! `cta::href`) with the longest result the built-in questionnaires give, in every language.

use crate::app::text::{self, Lang};
use crate::model::cta::{self, Filling};
use crate::model::settings::{CtaTarget, Settings, UTM};

/// What a mail link may hold and still open in the common mail programs (Outlook stops at
/// about 2,000 characters, Gmail at about 1,600).
pub const MAIL_MAX: usize = 1500;
/// What a web address may hold and still pass every browser, proxy and server on the way.
pub const WEB_MAX: usize = 2000;

/// The longest summary a result of the built-in questionnaires gives, in each language: the
/// longest first line (index and stage) and every dimension of the questionnaire with the most
/// to say, each without a score. A test computes it from the catalog and the interface's
/// texts, and fails when this copy no longer is the longest.
const WORST_SUMMARY: [(Lang, &str); 2] = [(Lang::En, WORST_EN), (Lang::De, WORST_DE)];
const WORST_EN: &str = "Partner index 100 out of 100: Transactional vendor.\n\
Win-win mindset: not enough answers\n\
When things go wrong: not enough answers\n\
Fair dealing: not enough answers\n\
Access and availability: not enough answers\n\
Strategic involvement: not enough answers\n\
Equals, not command and control: not enough answers\n\
Reciprocity: not enough answers\n\
Shared success and metrics: not enough answers\n\
Long-term commitment: not enough answers\n\
Reliability: not enough answers";
const WORST_DE: &str = "Partner-Index 100 von 100: Bewährter Dienstleister.\n\
Win-win-Haltung: zu wenige Antworten\n\
Wenn etwas schiefgeht: zu wenige Antworten\n\
Fairness: zu wenige Antworten\n\
Erreichbarkeit: zu wenige Antworten\n\
Strategische Einbindung: zu wenige Antworten\n\
Auf Augenhöhe statt auf Anweisung: zu wenige Antworten\n\
Gegenseitigkeit: zu wenige Antworten\n\
Gemeinsamer Erfolg und Kennzahlen: zu wenige Antworten\n\
Langfristiges Engagement: zu wenige Antworten\n\
Verlässlichkeit: zu wenige Antworten";
/// The longest results link payload the catalog gives (characters after `#r=`), likewise.
const WORST_PAYLOAD: usize = 26;
/// The longest stage name in any language (with its id), and the longest dimension name.
const WORST_STAGE: (&str, &str) = ("Vertrauter Dienstleister", "trusted-provider");
const WORST_DIMENSION: &str = "Gemeinsamer Erfolg und Kennzahlen";
/// A campaign tag's value as counted here: the tags a firm passes on (`data-forward-params`)
/// have no fixed length, so each is counted at this length (`utm` as its five usual names).
const TAG_LENGTH: usize = 40;
const UTM_NAMES: [&str; 5] = [
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
];

/// The filling of the longest result in `lang`, with a results link to the app at `app`
/// (its address, ending in `/`) that carries what links carry of `checked`.
fn worst_filling(lang: Lang, summary: &str, app: &str, checked: &Settings) -> Filling {
    let query = checked.for_links().to_query();
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    Filling {
        overall: "100".into(),
        stage: WORST_STAGE.0.into(),
        stage_id: WORST_STAGE.1.into(),
        weakest: WORST_DIMENSION.into(),
        summary: summary.to_string(),
        link: format!("{app}{query}#r={}", "A".repeat(WORST_PAYLOAD)),
        lens: "provider",
        lang: lang.code().to_string(),
    }
}

/// The campaign tags the loader would pass on, at their counted length.
fn tags(forward_params: &[String]) -> Vec<(String, String)> {
    forward_params
        .iter()
        .flat_map(|name| match name.as_str() {
            UTM => UTM_NAMES.iter().map(|n| n.to_string()).collect(),
            _ => vec![name.clone()],
        })
        .map(|name| (name, "x".repeat(TAG_LENGTH)))
        .collect()
}

/// The longest address `target` opens for a result, over every language.
pub fn longest(
    target: &CtaTarget,
    app: &str,
    checked: &Settings,
    forward_params: &[String],
) -> usize {
    let tags = tags(forward_params);
    WORST_SUMMARY
        .iter()
        .map(|(lang, summary)| {
            let filling = worst_filling(*lang, summary, app, checked);
            let subject = text::ui(*lang).cta_mail_subject;
            cta::href(target, &filling, &tags, subject).chars().count()
        })
        .max()
        .unwrap_or(0)
}

/// The longest address `target` opens and the most its kind holds, when that is exceeded.
pub fn too_long(
    target: &CtaTarget,
    app: &str,
    checked: &Settings,
    forward_params: &[String],
) -> Option<(usize, usize)> {
    let max = match target {
        CtaTarget::Mail(_) => MAIL_MAX,
        CtaTarget::Web(_) => WEB_MAX,
    };
    let length = longest(target, app, checked, forward_params);
    (length > max).then_some((length, max))
}

#[cfg(test)]
#[path = "length_tests.rs"]
mod tests;
