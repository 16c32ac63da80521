//! The check for each setting: what a value must look like to be used, and the [`Reason`] it
//! is refused for otherwise. Values arrive decoded but otherwise exactly as a host page or a
//! hand-written query gave them.

use super::contrast::{best_text, hex_colour, parse_rgb, MIN_CONTRAST};
use super::language::LANGUAGES;
use super::{Accent, CtaTarget, Reason};
use crate::model::questionnaire::Seat;

/// The longest firm name, in characters.
pub const FIRM_MAX: usize = 60;
/// The longest call-to-action label, in characters.
pub const CTA_LABEL_MAX: usize = 40;
/// The longest paragraph above the call to action, in characters.
pub const CTA_TEXT_MAX: usize = 300;
/// The longest logo or call-to-action address, in bytes.
pub const URL_MAX: usize = 2000;
/// The longest query of the host page's parameters passed on, in bytes, and the most of them.
pub const FORWARD_MAX: usize = 1000;
const FORWARD_PAIRS: usize = 20;

/// Firm name and button label: text only, trimmed, at most `max` characters.
pub fn check_text(value: &str, max: usize) -> Result<String, Reason> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Reason::Empty);
    }
    if value
        .chars()
        .any(|c| c.is_control() || crate::model::is_hidden_format(c))
    {
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
    let colour = hex_colour(value.trim()).ok_or(Reason::NotHexColour)?;
    let rgb = parse_rgb(&colour).ok_or(Reason::NotHexColour)?;
    let (text, best) = best_text(rgb);
    if best < MIN_CONTRAST {
        return Err(Reason::LowContrast { best });
    }
    Ok(Accent {
        colour,
        text,
        contrast: best,
    })
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

/// What every address must satisfy whatever its scheme: a bounded length, and no character
/// that could end the attribute it is written into or hide in whitespace.
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

/// Schemes are case-insensitive (`HTTPS://`, `MailTo:`), so prefixes are matched that way.
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
        Ok(url) => {
            crate::model::cta::placeholders(&url)?;
            Ok(CtaTarget::Web(url))
        }
        Err(Reason::NotHttps) => Err(Reason::NotHttpsOrMail),
        Err(reason) => Err(reason),
    }
}

/// The seat the visitor answers from: `client` or `provider`.
pub fn check_lens(value: &str) -> Result<Seat, Reason> {
    match value.trim() {
        "client" => Ok(Seat::Client),
        "provider" => Ok(Seat::Provider),
        _ => Err(Reason::UnknownLens),
    }
}

/// The form a visitor starts with: `full` or `quick` (true for the quick check).
pub fn check_form(value: &str) -> Result<bool, Reason> {
    match value.trim() {
        "full" => Ok(false),
        "quick" => Ok(true),
        _ => Err(Reason::UnknownForm),
    }
}

/// One of [`LANGUAGES`], in any case; a regional tag such as `de-AT` is refused here (only
/// the browser's preferences are matched by primary subtag).
pub fn check_lang(value: &str) -> Result<String, Reason> {
    let value = value.trim().to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|lang| **lang == value)
        .map(|lang| lang.to_string())
        .ok_or(Reason::UnknownLanguage)
}

/// A stage's id, as the questionnaire writes them: lowercase letters, digits and `-`.
pub fn check_stage_id(value: &str) -> Result<String, Reason> {
    let valid = (1..=40).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if valid {
        Ok(value.to_string())
    } else {
        Err(Reason::BadStage)
    }
}

/// The norms file: a path on the app's own site, relative to the app (`norms.json`) or from
/// the site's root (`/data/norms.json`). No scheme and no host, so nothing from another site
/// is ever fetched for it.
pub fn check_benchmark(value: &str) -> Result<String, Reason> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Reason::Empty);
    }
    if value.len() > 300 {
        return Err(Reason::TooLong { max: 300 });
    }
    let path_only = value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'.' | b'-' | b'_' | b'~'));
    if !path_only || value.starts_with("//") {
        return Err(Reason::NotSameSite);
    }
    Ok(value.to_string())
}

/// The host page's parameters the loader passes on: a query string of names (letters,
/// digits, `_`, `-`, `.`) with short text values; at most [`FORWARD_MAX`] bytes in all.
pub fn check_forward(value: &str) -> Result<Vec<(String, String)>, Reason> {
    if value.len() > FORWARD_MAX {
        return Err(Reason::TooLong { max: FORWARD_MAX });
    }
    let mut pairs: Vec<(String, String)> = Vec::new();
    for pair in value.split('&').filter(|pair| !pair.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let name_ok = (1..=40).contains(&name.len())
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
        let value = crate::model::percent::decode(value).ok_or(Reason::BadForward)?;
        let value_ok = value.chars().count() <= 200
            && !value
                .chars()
                .any(|c| c.is_control() || crate::model::is_hidden_format(c));
        if !name_ok || !value_ok || pairs.iter().any(|(seen, _)| seen == name) {
            return Err(Reason::BadForward);
        }
        pairs.push((name.to_string(), value));
    }
    if pairs.len() > FORWARD_PAIRS {
        return Err(Reason::BadForward);
    }
    Ok(pairs)
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

#[cfg(test)]
mod tests {
    use super::super::contrast::{contrast, DARK_TEXT, LIGHT_TEXT};
    use super::*;
    use proptest::prelude::*;

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
    }

    proptest! {
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
