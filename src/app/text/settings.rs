//! What a refused setting is told: the reason as a short phrase (the configurator shows it
//! beside the field) and the console warning naming the setting.

use super::*;
use crate::model::settings::{Reason, Warning};
use crate::model::template::fill;

impl Ui {
    /// Why a setting was refused, as a short phrase.
    pub fn setting_problem(&self, reason: &Reason) -> String {
        match reason {
            Reason::Empty => self.problem_empty.to_string(),
            Reason::TooLong { max } => fill(self.problem_too_long, &[("max", &max.to_string())]),
            Reason::Markup => self.problem_markup.to_string(),
            Reason::ControlCharacters => self.problem_control.to_string(),
            Reason::NotHexColour => self.problem_not_hex.to_string(),
            Reason::LowContrast { best } => {
                // Tenths by integer arithmetic: float formatting would cost the wasm 20 KB.
                let tenths = (best * 10.0) as u32;
                let separator = if self.lang == Lang::De { "," } else { "." };
                let best = format!("{}{separator}{}", tenths / 10, tenths % 10);
                fill(self.problem_contrast, &[("best", &best)])
            }
            Reason::NotHttps => self.problem_not_https.to_string(),
            Reason::NotHttpsOrMail => self.problem_not_https_or_mail.to_string(),
            Reason::BadAddress => self.problem_bad_address.to_string(),
            Reason::UnknownLens => self.problem_lens.to_string(),
            Reason::UnknownForm => self.problem_form.to_string(),
            Reason::UnknownLanguage => fill(
                self.problem_language,
                &[("list", &crate::model::settings::LANGUAGES.join(", "))],
            ),
            Reason::BadOrigin => self.problem_origin.to_string(),
            Reason::UnknownSetting => self.problem_unknown.to_string(),
            Reason::Repeated => self.problem_repeated.to_string(),
            Reason::BadEncoding => self.problem_encoding.to_string(),
            Reason::DeploymentOnly => self.problem_deployment_only.to_string(),
            Reason::BadStage => self.problem_stage.to_string(),
            Reason::TooManyStages => fill(
                self.problem_stages,
                &[("max", &crate::model::settings::STAGES_MAX.to_string())],
            ),
            Reason::UnknownPlaceholder => fill(
                self.problem_placeholder,
                &[(
                    "list",
                    &crate::model::cta::PLACEHOLDERS
                        .map(|p| format!("{{{p}}}"))
                        .join(" "),
                )],
            ),
            Reason::NotSameSite => self.problem_same_site.to_string(),
            Reason::BadForward => self.problem_forward.to_string(),
        }
    }
}

/// The console warning for a refused setting, naming it and where it was given: the
/// deployment's own `<meta>` line, or the address (a host element's `data-` attribute, which
/// the loader puts there). For the firm's developer, so always in English.
pub fn setting_warning(warning: &Warning, deployed: bool) -> String {
    let (key, problem) = (&warning.key, EN.setting_problem(&warning.reason));
    if warning.reason == Reason::DeploymentOnly {
        format!("Partner or Vendor?: ignored \"{key}\" in the address: {problem}.")
    } else if deployed {
        format!("Partner or Vendor?: ignored \"{key}\" in the page's <meta name=partner-or-vendor>: {problem}.")
    } else {
        format!("Partner or Vendor?: ignored the setting data-{key} (\"{key}\" in the address): {problem}. The default is used.")
    }
}
