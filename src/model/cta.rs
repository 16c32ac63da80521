//! The firm's call to action under one result: which address, label and paragraph the
//! result's stage gets, and the address filled in with the result.
//!
//! A firm's address may hold placeholders (`https://cal.com/acme/intro?notes={summary}`), each
//! replaced by the result's value, URL-encoded where it lands; an address without any gets the
//! results link as the parameter `result`. The host page's campaign parameters the firm asked
//! for are added to a web address; a mail address gets a subject and the summary in the body.

use crate::model::percent;
use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::Outcome;
use crate::model::settings::{CtaTarget, Reason, Settings};
use crate::model::share::mailto;

/// The placeholders an address may hold.
pub const PLACEHOLDERS: [&str; 8] = [
    "overall", "stage", "stage_id", "weakest", "summary", "link", "lens", "lang",
];

/// The longest summary, in bytes: with the results link, a mail link of it stays under
/// what Outlook and Gmail open (about 2,000 and 1,600 characters).
pub const SUMMARY_MAX: usize = 1000;

/// The call to action a result gets: each part from its stage's own settings, else the
/// general one. No address, no call to action.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cta<'s> {
    pub target: &'s CtaTarget,
    pub label: Option<&'s str>,
    pub text: Option<&'s str>,
}

impl Settings {
    /// The call to action for a result at `stage` (its id; `None` for a result without a
    /// stage, which gets the general one).
    pub fn cta_for(&self, stage: Option<&str>) -> Option<Cta<'_>> {
        let own = stage.and_then(|id| self.stages.iter().find(|s| s.stage == id));
        Some(Cta {
            target: own.and_then(|s| s.url.as_ref()).or(self.cta_url.as_ref())?,
            label: own
                .and_then(|s| s.label.as_deref())
                .or(self.cta_label.as_deref()),
            text: own
                .and_then(|s| s.text.as_deref())
                .or(self.cta_text.as_deref()),
        })
    }
}

/// What a result gives the call to action's address, in the visitor's language: each
/// placeholder's value, empty where the result has none.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filling {
    /// The partner index.
    pub overall: String,
    /// The stage's name.
    pub stage: String,
    pub stage_id: String,
    /// The name of the dimension with the lowest score.
    pub weakest: String,
    /// The plain-text summary (see [`summary`]).
    pub summary: String,
    /// The results link, without the label.
    pub link: String,
    /// `client` or `provider`.
    pub lens: &'static str,
    pub lang: String,
}

impl Filling {
    /// The filling for a result of `q` in language `lang`, with its (label-free) results link
    /// and its summary.
    pub fn of(
        q: &Questionnaire,
        outcome: &Outcome,
        lang: &str,
        link: String,
        summary: String,
    ) -> Self {
        let stage = outcome.stage(q);
        let name = |d: usize| q.dimensions[d].name.get(lang).to_string();
        Filling {
            overall: outcome.index().map(|i| i.to_string()).unwrap_or_default(),
            stage: stage
                .map(|s| s.name.get(lang).to_string())
                .unwrap_or_default(),
            stage_id: stage.map(|s| s.id.clone()).unwrap_or_default(),
            weakest: weakest(outcome).map(name).unwrap_or_default(),
            summary,
            link,
            lens: q.seat.id(),
            lang: lang.to_string(),
        }
    }

    fn value(&self, name: &str) -> &str {
        match name {
            "overall" => &self.overall,
            "stage" => &self.stage,
            "stage_id" => &self.stage_id,
            "weakest" => &self.weakest,
            "summary" => &self.summary,
            "link" => &self.link,
            "lens" => self.lens,
            _ => &self.lang,
        }
    }
}

/// The dimension with the lowest score (the first of equals), if any is scored and not all
/// of them score the same (then none is lower than the rest).
pub fn weakest(outcome: &Outcome) -> Option<usize> {
    let mut lowest: Option<(usize, u8)> = None;
    let mut higher = false;
    for (d, score) in outcome.dimensions.iter().enumerate() {
        let Some(score) = score.rounded() else {
            continue;
        };
        match lowest {
            Some((_, low)) if score >= low => higher |= score > low,
            _ => {
                higher |= lowest.is_some();
                lowest = Some((d, score));
            }
        }
    }
    lowest.filter(|_| higher).map(|(d, _)| d)
}

/// The plain-text summary a call to action may carry: the `head` lines (index and stage, as
/// the visitor's language words them), then each dimension with its score out of 100 or
/// `unscored`. Cut at [`SUMMARY_MAX`] bytes, at a line's end.
pub fn summary(
    head: &[String],
    q: &Questionnaire,
    outcome: &Outcome,
    lang: &str,
    unscored: &str,
) -> String {
    let mut out = String::new();
    let dimensions = q.dimensions.iter().zip(&outcome.dimensions);
    let lines = head.iter().cloned().chain(dimensions.map(|(d, score)| {
        let score = score
            .rounded()
            .map_or(unscored.to_string(), |s| format!("{s}/100"));
        format!("{}: {score}", d.name.get(lang))
    }));
    for line in lines {
        if out.len() + line.len() + 1 > SUMMARY_MAX {
            break;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.pop();
    out
}

/// The placeholders an address holds, in order; refused when a brace is not part of one of
/// [`PLACEHOLDERS`] (a literal brace has no place in an address: it is written `%7B`).
pub fn placeholders(address: &str) -> Result<Vec<&str>, Reason> {
    let mut found = Vec::new();
    let mut rest = address;
    while let Some(at) = rest.find(['{', '}']) {
        let after = &rest[at + 1..];
        let name = after
            .split_once('}')
            .map(|(name, _)| name)
            .filter(|name| rest[at..].starts_with('{') && PLACEHOLDERS.contains(name))
            .ok_or(Reason::UnknownPlaceholder)?;
        found.push(name);
        rest = &after[name.len() + 1..];
    }
    Ok(found)
}

/// The address the call to action opens for a result: the firm's address with its
/// placeholders filled (or, without any, the results link as `result`) and the host page's
/// `forward` parameters it does not set itself; or a mail with `subject` and the summary and
/// link in its body.
pub fn href(
    target: &CtaTarget,
    filling: &Filling,
    forward: &[(String, String)],
    subject: &str,
) -> String {
    let url = match target {
        CtaTarget::Web(url) => url,
        CtaTarget::Mail(address) => {
            let body = format!("{}\n\n{}", filling.summary, filling.link);
            return mailto(address, subject, &body);
        }
    };
    // One pass: every brace of a checked address opens a known placeholder.
    let mut filled = String::new();
    let mut any = false;
    let mut parts = url.split('{');
    filled.push_str(parts.next().unwrap_or_default());
    for part in parts {
        let (name, rest) = part.split_once('}').unwrap_or((part, ""));
        filled.push_str(&percent::encode(filling.value(name)));
        filled.push_str(rest);
        any = true;
    }
    let (before, fragment) = filled.split_once('#').unwrap_or((&filled, ""));
    let mut href = before.to_string();
    let result = ("result".to_string(), filling.link.clone());
    let added = (!any).then_some(&result).into_iter().chain(forward);
    for (name, value) in added {
        if has_parameter(&href, name) && name != "result" {
            continue;
        }
        let joiner = match href.split_once('?') {
            None => "?",
            Some((_, "")) => "",
            Some((_, query)) if query.ends_with('&') => "",
            Some(_) => "&",
        };
        href.push_str(joiner);
        href.push_str(name);
        href.push('=');
        href.push_str(&percent::encode(value));
    }
    if filled.contains('#') {
        href.push('#');
        href.push_str(fragment);
    }
    href
}

/// Whether an address's query names a parameter already.
fn has_parameter(address: &str, name: &str) -> bool {
    let query = address.split_once('?').map_or("", |(_, query)| query);
    query
        .split('&')
        .any(|pair| pair.split('=').next() == Some(name))
}

#[cfg(test)]
#[path = "cta_tests.rs"]
mod tests;
