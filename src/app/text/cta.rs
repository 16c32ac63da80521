//! The call to action's texts: the line that says what its button sends, and the default
//! paragraph that names the result's lowest-scoring dimension.

use super::*;
use crate::model::settings::CtaTarget;
use crate::model::template::fill;

impl Ui {
    /// The line under a call to action: who receives the result, and what of it (for a web
    /// page, what its address carries: see `cta::href`).
    pub fn cta_sends(&self, target: &CtaTarget, forward: &[(String, String)]) -> String {
        let host = target.receiver();
        let CtaTarget::Web(url) = target else {
            return fill(self.cta_sends_mail, &[("host", host)]);
        };
        let names = crate::model::cta::placeholders(url).unwrap_or_default();
        let has = |of: &[&str]| names.iter().any(|n| of.contains(n));
        let parts = [
            (names.is_empty() || has(&["link"]), self.sent_link),
            (
                has(&["overall", "stage", "stage_id", "weakest", "summary"]),
                self.sent_scores,
            ),
            (has(&["lens", "lang"]), self.sent_context),
            (!forward.is_empty(), self.sent_campaign),
        ];
        // Never empty: an address without placeholders sends the link, and every placeholder
        // is one of the parts.
        let parts: Vec<&str> = parts.iter().filter(|p| p.0).map(|p| p.1).collect();
        let mut what = String::new();
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                what.push_str(if i + 1 == parts.len() {
                    self.list_and
                } else {
                    ", "
                });
            }
            what.push_str(part);
        }
        fill(self.cta_sends_web, &[("host", host), ("what", &what)])
    }

    /// The paragraph above a call to action that the firm left to the app: the result's
    /// lowest-scoring dimension, where a conversation could start.
    pub fn cta_weakest(&self, dimension: &str) -> String {
        fill(self.cta_weakest, &[("dimension", dimension)])
    }
}
