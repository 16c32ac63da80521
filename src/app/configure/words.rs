//! The configurator's own texts (its form, preview and snippets). They live here rather than
//! in `text::Ui`, so the visitor's app, which never shows them, does not carry them (as the
//! placement's texts in `placement.rs`).

use crate::app::text::{self, Lang};

pub struct Words {
    pub configure_heading: &'static str,
    pub configure_lead: &'static str,
    pub field_firm: &'static str,
    pub hint_firm: &'static str,
    pub field_accent: &'static str,
    pub hint_accent: &'static str,
    pub field_logo: &'static str,
    pub hint_logo: &'static str,
    pub field_cta_url: &'static str,
    pub hint_cta_url: &'static str,
    pub field_cta_label: &'static str,
    pub hint_cta_label: &'static str,
    pub field_lens: &'static str,
    pub lens_client: &'static str,
    pub lens_provider: &'static str,
    pub field_lang: &'static str,
    pub lang_automatic: &'static str,
    pub preview_heading: &'static str,
    pub preview_title: &'static str,
    pub snippet_loader: &'static str,
    pub snippet_iframe: &'static str,
    pub copy_loader: &'static str,
    pub copy_iframe: &'static str,
    pub snippet_pinned: &'static str,
    pub copy_pinned: &'static str,
    pub snippet_copied: &'static str,
    pub snippet_selected: &'static str,
    pub invalid_not_used: &'static str,
    pub back_to_assessment: &'static str,
    pub field_form: &'static str,
    pub form_full: &'static str,
    pub form_quick: &'static str,
}

pub const EN: Words = Words {
    configure_heading: "Put the assessment on your website",
    configure_lead: "Fill in your firm's details, check the preview, then copy a snippet into \
your page. Every setting is optional; the preview and the snippets update as you type.",
    field_firm: "Firm name",
    hint_firm: "Plain text, up to 60 characters.",
    field_accent: "Accent colour",
    hint_accent: "A hex colour such as #0b6e4f, used for buttons. The text on it is chosen to \
stay readable.",
    field_logo: "Logo address",
    hint_logo: "An https:// address of an image.",
    field_cta_url: "Call to action",
    hint_cta_url: "An https:// address (without placeholders, it gets the results link as the parameter “result”) or a mailto: address.",
    field_cta_label: "Call to action label",
    hint_cta_label: "Plain text, up to 40 characters. Default: “Talk to us”.",
    field_lens: "Who answers",
    lens_client: "Clients rate a firm they buy from",
    lens_provider: "A firm rates itself as a provider",
    field_lang: "Language",
    lang_automatic: "The visitor's browser language",
    preview_heading: "Preview",
    preview_title: "Preview of your widget",
    snippet_loader: "Snippet with the loader (recommended: it sizes the frame and tells your \
page when a visitor finishes)",
    snippet_iframe: "Plain iframe snippet (no script, fixed height)",
    copy_loader: "Copy loader snippet",
    copy_iframe: "Copy iframe snippet",
    snippet_pinned: "Loader snippet pinned to this version (only if your site's security policy \
requires integrity checks: it won't get later loader updates, and when you upgrade, you must keep \
this version's loader file on your server)",
    copy_pinned: "Copy pinned snippet",
    snippet_copied: "Snippet copied.",
    snippet_selected: "Copying is not allowed here: the snippet is selected, press Ctrl+C or \
Cmd+C to copy it.",
    invalid_not_used: "Not used until corrected:",
    back_to_assessment: "Back to the assessment",
    field_form: "Questionnaire",
    form_full: "The full assessment (recommended)",
    form_quick: "The quick check (shorter, always marked as indicative)",
};

pub const DE: Words = Words {
    configure_heading: "Die Einschätzung auf Ihrer Website einbinden",
    configure_lead: "Tragen Sie die Angaben Ihrer Firma ein, prüfen Sie die Vorschau und kopieren Sie dann ein Snippet in Ihre Seite. Alle Einstellungen sind optional; Vorschau und Snippets werden beim Tippen aktualisiert.",
    field_firm: "Firmenname",
    hint_firm: "Reiner Text, höchstens 60 Zeichen.",
    field_accent: "Akzentfarbe",
    hint_accent: "Eine Hex-Farbe wie #0b6e4f für die Schaltflächen. Die Schriftfarbe darauf wird so gewählt, dass sie lesbar bleibt.",
    field_logo: "Adresse des Logos",
    hint_logo: "Die https://-Adresse eines Bildes.",
    field_cta_url: "Ziel der Kontaktschaltfläche",
    hint_cta_url: "Die Adresse einer https://-Seite (ohne Platzhalter erhält sie den Ergebnis-Link als Parameter „result“) oder eine mailto:-Adresse.",
    field_cta_label: "Text der Kontaktschaltfläche",
    hint_cta_label: "Reiner Text, höchstens 40 Zeichen. Standard: „Sprechen Sie mit uns“.",
    field_lens: "Wer antwortet",
    lens_client: "Kunden bewerten ihren Dienstleister",
    lens_provider: "Dienstleister bewerten sich selbst",
    field_lang: "Sprache",
    lang_automatic: "Die Browsersprache der Besucher",
    preview_heading: "Vorschau",
    preview_title: "Vorschau Ihres Widgets",
    snippet_loader: "Snippet mit dem Loader (empfohlen: Er passt die Höhe an und meldet Ihrer Seite, wenn jemand die Einschätzung abgeschlossen hat)",
    snippet_iframe: "Einfaches iframe-Snippet (ohne Skript, feste Höhe)",
    copy_loader: "Loader-Snippet kopieren",
    copy_iframe: "iframe-Snippet kopieren",
    snippet_pinned: "Loader-Snippet, fest an diese Version gebunden (nur nötig, wenn die Sicherheitsrichtlinien Ihrer Website eine Integritätsprüfung verlangen: Es erhält keine späteren Loader-Updates, und bei einem Upgrade müssen Sie die Loader-Datei dieser Version auf Ihrem Server belassen)",
    copy_pinned: "Snippet mit fester Version kopieren",
    snippet_copied: "Snippet kopiert.",
    snippet_selected: "Kopieren ist hier nicht möglich. Das Snippet ist markiert – drücken Sie Strg+C (⌘C auf dem Mac), um es zu kopieren.",
    invalid_not_used: "Bis zur Korrektur nicht verwendet:",
    back_to_assessment: "Zurück zur Einschätzung",
    field_form: "Fragebogen",
    form_full: "Die vollständige Einschätzung (empfohlen)",
    form_quick: "Der Kurzcheck (kürzer, stets als Richtwert gekennzeichnet)",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

/// The configurator's texts in the language of `t`.
pub fn of(t: &text::Ui) -> &'static Words {
    words(t.lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::template::placeholders;

    fn entries(w: &Words) -> Vec<(&'static str, &'static str)> {
        vec![
            ("configure_heading", w.configure_heading),
            ("configure_lead", w.configure_lead),
            ("field_firm", w.field_firm),
            ("hint_firm", w.hint_firm),
            ("field_accent", w.field_accent),
            ("hint_accent", w.hint_accent),
            ("field_logo", w.field_logo),
            ("hint_logo", w.hint_logo),
            ("field_cta_url", w.field_cta_url),
            ("hint_cta_url", w.hint_cta_url),
            ("field_cta_label", w.field_cta_label),
            ("hint_cta_label", w.hint_cta_label),
            ("field_lens", w.field_lens),
            ("lens_client", w.lens_client),
            ("lens_provider", w.lens_provider),
            ("field_lang", w.field_lang),
            ("lang_automatic", w.lang_automatic),
            ("preview_heading", w.preview_heading),
            ("preview_title", w.preview_title),
            ("snippet_loader", w.snippet_loader),
            ("snippet_iframe", w.snippet_iframe),
            ("copy_loader", w.copy_loader),
            ("copy_iframe", w.copy_iframe),
            ("snippet_pinned", w.snippet_pinned),
            ("copy_pinned", w.copy_pinned),
            ("snippet_copied", w.snippet_copied),
            ("snippet_selected", w.snippet_selected),
            ("invalid_not_used", w.invalid_not_used),
            ("back_to_assessment", w.back_to_assessment),
            ("field_form", w.field_form),
            ("form_full", w.form_full),
            ("form_quick", w.form_quick),
        ]
    }

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        for ((key, en), (_, de)) in entries(&EN).into_iter().zip(entries(&DE)) {
            assert!(!en.trim().is_empty() && !de.trim().is_empty(), "{key}");
            assert_ne!(en, de, "{key} is not translated");
            assert_eq!(placeholders(en), placeholders(de), "{key}");
        }
    }
}
