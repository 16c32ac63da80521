//! Which language the interface speaks: the languages it exists in and the choice among them.

/// The languages the interface exists in; the first is the fallback.
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
