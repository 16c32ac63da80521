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
/// The longest logo or call-to-action address, in bytes.
pub const URL_MAX: usize = 2000;

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
        Ok(url) => Ok(CtaTarget::Web(url)),
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
