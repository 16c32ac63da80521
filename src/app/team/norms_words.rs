//! The texts of the team view's norms file section, in English and German (beside `words.rs`,
//! which is full), filled with the core's `fill`.

use crate::app::text::Lang;
use crate::model::template::fill;

pub struct NormsWords {
    pub heading: &'static str,
    /// What the file holds and where a firm publishes it.
    pub note: &'static str,
    pub save: &'static str,
    /// "Save norms file ({name})", when the results are of several questionnaires.
    pub save_for: &'static str,
    /// "{n} more results with a stage are needed …", and for one more
    pub more: &'static str,
    pub one_more: &'static str,
    /// "{name}: ", before a line about one of several questionnaires.
    pub about: &'static str,
    /// "{title}, version {v}": which questionnaire, when there are several.
    pub name: &'static str,
}

pub const EN: NormsWords = NormsWords {
    heading: "A norms file for your visitors",
    note: "It holds only how many of these results reached each score: no answers, no people's names, no labels, no links. Upload it to the same folder as the assessment's files and enter its name in the configurator's “Norms file” field (data-benchmark). Visitors with a settled result then see how their partner index compares.",
    save: "Save norms file",
    save_for: "Save norms file ({name})",
    more: "{n} more results with a stage are needed for a norms file (it takes at least {min}).",
    one_more: "1 more result with a stage is needed for a norms file (it takes at least {min}).",
    about: "{name}: ",
    name: "{title}, version {v}",
};

pub const DE: NormsWords = NormsWords {
    heading: "Eine Vergleichsdatei für Ihre Besucher",
    note: "Sie enthält nur, wie viele dieser Ergebnisse welchen Wert erreicht haben – keine Antworten, keine Namen von Personen, keine Bezeichnungen, keine Links. Laden Sie sie in denselben Ordner wie die Dateien der Einschätzung und tragen Sie ihren Namen im Konfigurator im Feld „Vergleichsdatei“ ein (data-benchmark). Dann sehen Besucher mit abgeschlossenem Ergebnis, wie ihr Partner-Index im Vergleich abschneidet.",
    save: "Vergleichsdatei speichern",
    save_for: "Vergleichsdatei speichern ({name})",
    more: "Für eine Vergleichsdatei fehlen noch {n} Ergebnisse mit Stufe (es braucht mindestens \
           {min}).",
    one_more: "Für eine Vergleichsdatei fehlt noch 1 Ergebnis mit Stufe (es braucht mindestens \
               {min}).",
    about: "{name}: ",
    name: "{title}, Version {v}",
};

pub fn norms_words(lang: Lang) -> &'static NormsWords {
    match lang {
        Lang::De => &DE,
        Lang::En => &EN,
    }
}

impl NormsWords {
    /// Which questionnaire a line is about, when the results are of several.
    pub fn name(&self, title: &str, version: u32) -> String {
        fill(self.name, &[("title", title), ("v", &version.to_string())])
    }

    /// The button's text, naming the questionnaire when there are several.
    pub fn save(&self, name: Option<&str>) -> String {
        match name {
            Some(name) => fill(self.save_for, &[("name", name)]),
            None => self.save.to_string(),
        }
    }

    /// How many more settled results a file needs, naming the questionnaire when there are
    /// several.
    pub fn more(&self, needed: u32, min: u32, name: Option<&str>) -> String {
        let about = name.map_or_else(String::new, |name| fill(self.about, &[("name", name)]));
        let text = if needed == 1 {
            self.one_more
        } else {
            self.more
        };
        let line = fill(
            text,
            &[("n", &needed.to_string()), ("min", &min.to_string())],
        );
        format!("{about}{line}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::template::placeholders;

    fn entries(w: &NormsWords) -> [&'static str; 8] {
        [
            w.heading, w.note, w.save, w.save_for, w.more, w.one_more, w.about, w.name,
        ]
    }

    #[test]
    fn every_text_exists_in_both_languages_with_the_same_placeholders() {
        let texts = std::mem::size_of::<NormsWords>() / std::mem::size_of::<&'static str>();
        assert_eq!(entries(&EN).len(), texts);
        for (en, de) in entries(&EN).into_iter().zip(entries(&DE)) {
            assert!(!en.trim().is_empty() && !de.trim().is_empty());
            assert_eq!(placeholders(en), placeholders(de), "{en}");
        }
    }

    #[test]
    fn every_placeholder_is_filled() {
        for w in [&EN, &DE] {
            let name = w.name("Partner or Vendor?", 3);
            for text in [
                w.save(Some(&name)),
                w.save(None),
                w.more(1, 20, None),
                w.more(7, 20, Some(&name)),
                name.clone(),
            ] {
                assert!(placeholders(&text).is_empty(), "{text}");
            }
        }
        assert_eq!(
            EN.more(7, 20, Some("Client, version 3")),
            "Client, version 3: 7 more results with a stage are needed for a norms file (it \
             takes at least 20)."
        );
        assert_eq!(DE.save(None), "Vergleichsdatei speichern");
    }
}
