//! The texts of the configurator's call to action (the general one, each stage's own, the
//! warning of a long address), the norms file and the preview of a stage's result, in both
//! languages. `{stage}` is a stage's name, `{length}` and `{max}` numbers of characters.

use crate::app::text::Lang;

pub struct Words {
    pub legend: &'static str,
    pub lead: &'static str,
    pub field_text: &'static str,
    pub hint_text: &'static str,
    pub stages_heading: &'static str,
    pub stages_lead: &'static str,
    pub field_stage_url: &'static str,
    pub hint_stage_url: &'static str,
    pub field_stage_label: &'static str,
    pub hint_stage_label: &'static str,
    pub field_stage_text: &'static str,
    pub hint_stage_text: &'static str,
    pub template_for: &'static str,
    pub too_long_mail: &'static str,
    pub too_long_web: &'static str,
    pub field_benchmark: &'static str,
    pub hint_benchmark: &'static str,
    pub preview_stage: &'static str,
    pub preview_start: &'static str,
    pub preview_cta: &'static str,
    pub preview_no_cta: &'static str,
}

pub const EN: Words = Words {
    legend: "Call to action",
    lead: "What a visitor is invited to under their result. An https:// address may hold these \
           placeholders, each filled with the visitor's result; one without any gets the results \
           link as the parameter “result”. A mailto: address gets a subject, and the summary and \
           results link in the body.",
    field_text: "Call to action paragraph",
    hint_text: "Plain text, up to 300 characters, shown above the button. Default: a line naming the result's lowest-scoring dimension.",
    stages_heading: "A call to action for each stage",
    stages_lead: "Open a stage to give its results an address, label or paragraph of their own. \
                  Each field left empty falls back to the general one above.",
    field_stage_url: "Call to action for “{stage}”",
    hint_stage_url: "Leave it empty to use the general address.",
    field_stage_label: "Call to action label for “{stage}”",
    hint_stage_label: "Leave it empty to use the general label.",
    field_stage_text: "Call to action paragraph for “{stage}”",
    hint_stage_text: "Leave it empty to use the general paragraph.",
    template_for: "Start from a ready address for “{stage}”",
    too_long_mail: "A result can make this mail link {length} characters long: more than the \
                    {max} that mail programs are sure to open.",
    too_long_web: "A result can make this address {length} characters long: more than the {max} \
                   that every browser and server is sure to accept.",
    field_benchmark: "Norms file",
    hint_benchmark: "The name of a norms file saved in the team view (such as norms-partner-or-vendor-3.json), uploaded to the same folder as the assessment's files. Each visitor's settled result is then compared with it. A file on another site is never read.",
    preview_stage: "Preview the result of",
    preview_start: "No result yet (the start)",
    preview_cta: "The call to action this result gets",
    preview_no_cta: "No call to action for this result: give it an address above.",
};

pub const DE: Words = Words {
    legend: "Kontaktschaltfläche",
    lead: "Wozu Besucher unter ihrem Ergebnis eingeladen werden. Eine https://-Adresse kann diese \
           Platzhalter enthalten, die mit dem Ergebnis gefüllt werden; eine Adresse ohne \
           Platzhalter erhält den Ergebnis-Link als Parameter „result“. Eine mailto:-Adresse \
           erhält einen Betreff sowie Zusammenfassung und Ergebnis-Link im Text.",
    field_text: "Text über der Kontaktschaltfläche",
    hint_text: "Reiner Text, höchstens 300 Zeichen; steht über der Schaltfläche. Standard: ein Text, der die am niedrigsten bewertete Dimension des Ergebnisses nennt.",
    stages_heading: "Eine eigene Kontaktschaltfläche je Stufe",
    stages_lead: "Öffnen Sie eine Stufe, um ihren Ergebnissen eine eigene Adresse, einen eigenen \
                  Text der Schaltfläche oder einen eigenen Absatz zu geben. Leere Felder \
                  übernehmen die allgemeinen Angaben oben.",
    field_stage_url: "Ziel der Kontaktschaltfläche für „{stage}“",
    hint_stage_url: "Leer lassen, um das allgemeine Ziel zu verwenden.",
    field_stage_label: "Text der Kontaktschaltfläche für „{stage}“",
    hint_stage_label: "Leer lassen, um den allgemeinen Text zu verwenden.",
    field_stage_text: "Text über der Kontaktschaltfläche für „{stage}“",
    hint_stage_text: "Leer lassen, um den allgemeinen Absatz zu verwenden.",
    template_for: "Mit einer Vorlage für „{stage}“ beginnen",
    too_long_mail: "Mit einem Ergebnis kann dieser E-Mail-Link bis zu {length} Zeichen lang werden – mehr als die {max} Zeichen, die E-Mail-Programme zuverlässig öffnen.",
    too_long_web: "Mit einem Ergebnis kann diese Adresse bis zu {length} Zeichen lang werden – mehr als die {max} Zeichen, die alle Browser und Server zuverlässig verarbeiten.",
    field_benchmark: "Vergleichsdatei",
    hint_benchmark: "Name der Vergleichsdatei, die Sie in der Team-Ansicht speichern (etwa norms-partner-or-vendor-3.json), hochgeladen in denselben Ordner wie die Dateien der Einschätzung. Dann wird jedes abgeschlossene Ergebnis damit verglichen. Dateien auf anderen Websites werden nie gelesen.",
    preview_stage: "Vorschau des Ergebnisses für",
    preview_start: "Noch kein Ergebnis (der Anfang)",
    preview_cta: "Die Kontaktschaltfläche für dieses Ergebnis",
    preview_no_cta: "Für dieses Ergebnis gibt es keine Kontaktschaltfläche: Geben Sie oben ein Ziel an.",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::De => &DE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::template::placeholders;

    fn entries(w: &Words) -> [&'static str; 21] {
        [
            w.legend,
            w.lead,
            w.field_text,
            w.hint_text,
            w.stages_heading,
            w.stages_lead,
            w.field_stage_url,
            w.hint_stage_url,
            w.field_stage_label,
            w.hint_stage_label,
            w.field_stage_text,
            w.hint_stage_text,
            w.template_for,
            w.too_long_mail,
            w.too_long_web,
            w.field_benchmark,
            w.hint_benchmark,
            w.preview_stage,
            w.preview_start,
            w.preview_cta,
            w.preview_no_cta,
        ]
    }

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        for (en, de) in entries(&EN).into_iter().zip(entries(&DE)) {
            assert!(!en.trim().is_empty() && !de.trim().is_empty(), "{en}");
            assert_ne!(en, de, "{en} is not translated");
            assert_eq!(placeholders(en), placeholders(de), "{en}");
        }
        assert_eq!(placeholders(EN.too_long_web), ["length", "max"]);
        assert_eq!(placeholders(EN.field_stage_url), ["stage"]);
    }
}
