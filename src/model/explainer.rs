//! "How this assessment works": a static page per language, written at build time from the
//! built-in questionnaire's own dimensions, evidence rules and stages and the page's texts
//! (`content/how-it-works.json`), so the page and the scoring cannot disagree. A static page
//! rather than a screen of the app: visitors open it rarely, and its text would otherwise be
//! part of every visitor's first download.
//!
//! Pure: texts in, HTML out. The build script includes this file as it includes
//! `questionnaire.rs` and `template.rs`, so it names them as `super::questionnaire` and
//! `super::template`.

use super::questionnaire::{Questionnaire, Text, EVERY_DIMENSION};
use super::template::{escape_html, fill};
use serde::Deserialize;

/// The page's texts, each in every language of the questionnaire.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExplainerText {
    /// A note to the file's editors; never shown.
    #[serde(rename = "_comment", default)]
    #[allow(dead_code)]
    comment: Option<String>,
    pub title: Text,
    pub lead: Text,
    pub dimensions: Text,
    pub rules: Text,
    pub points: Text,
    pub escapes: Text,
    pub dimension_rule: Text,
    pub index_rule: Text,
    pub bands: Text,
    pub stages: Text,
    pub range: Text,
    pub requires: Text,
    /// A condition that only a scored dimension must meet.
    pub requires_if_scored: Text,
    /// The name of every dimension, in a condition on all of them.
    pub every_dimension: Text,
    /// Which stage is given when a condition fails.
    pub fallback: Text,
    pub own_minimum: Text,
    pub contradictions: Text,
    pub quick: Text,
    pub seats: Text,
    pub provider_view: Text,
    pub models_heading: Text,
    pub models: Text,
    pub privacy: Text,
    pub back: Text,
    pub languages: Text,
    /// What the picture a link to the page shows says (`og:image:alt`).
    pub preview_alt: Text,
}

impl ExplainerText {
    /// Every text, for the check that each exists in every language.
    pub fn all(&self) -> [(&'static str, &Text); 26] {
        [
            ("title", &self.title),
            ("lead", &self.lead),
            ("dimensions", &self.dimensions),
            ("rules", &self.rules),
            ("points", &self.points),
            ("escapes", &self.escapes),
            ("dimension_rule", &self.dimension_rule),
            ("index_rule", &self.index_rule),
            ("bands", &self.bands),
            ("stages", &self.stages),
            ("range", &self.range),
            ("requires", &self.requires),
            ("requires_if_scored", &self.requires_if_scored),
            ("every_dimension", &self.every_dimension),
            ("fallback", &self.fallback),
            ("own_minimum", &self.own_minimum),
            ("contradictions", &self.contradictions),
            ("quick", &self.quick),
            ("seats", &self.seats),
            ("provider_view", &self.provider_view),
            ("models_heading", &self.models_heading),
            ("models", &self.models),
            ("privacy", &self.privacy),
            ("back", &self.back),
            ("languages", &self.languages),
            ("preview_alt", &self.preview_alt),
        ]
    }

    /// The texts missing or empty in one of `languages`, by name.
    pub fn missing(&self, languages: &[String]) -> Vec<String> {
        let mut missing = Vec::new();
        for (name, text) in self.all() {
            for lang in languages {
                if text.0.get(lang).is_none_or(|t| t.trim().is_empty()) {
                    missing.push(format!("{name} ({lang})"));
                }
            }
        }
        missing
    }
}

/// The file name of the page in `lang`, next to the app.
pub fn file_name(lang: &str) -> String {
    format!("how-it-works.{lang}.html")
}

/// The whole page in `lang`, as HTML, for both seats: the rules and ideas are the client
/// seat's `q` (the provider seat mirrors them), and each dimension also says what it looks at
/// from the provider's seat. Every text is escaped.
pub fn page(q: &Questionnaire, provider: &Questionnaire, t: &ExplainerText, lang: &str) -> String {
    let get = |text: &Text| escape_html(text.get(lang));
    // "0 to 39" for each band or stage: from its own `from` to just below the next one's.
    let ranges = |froms: Vec<u8>| -> Vec<String> {
        (0..froms.len())
            .map(|i| {
                let to = froms.get(i + 1).map_or(100, |next| next.saturating_sub(1));
                fill(
                    &get(&t.range),
                    &[("from", &froms[i].to_string()), ("to", &to.to_string())],
                )
            })
            .collect()
    };
    let mut html = String::new();
    let mut line = |s: String| {
        html.push_str(&s);
        html.push('\n');
    };
    line("<!doctype html>".into());
    line(format!("<html lang=\"{}\">", escape_html(lang)));
    line("<head>".into());
    line("<meta charset=\"utf-8\">".into());
    line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">".into());
    line(format!(
        "<title>{} – {}</title>",
        get(&t.title),
        get(&q.title)
    ));
    line(format!(
        "<meta name=\"description\" content=\"{}\">",
        get(&t.lead)
    ));
    for tag in preview(
        &get(&t.title),
        &get(&q.title),
        &get(&t.lead),
        &get(&t.preview_alt),
    ) {
        line(tag);
    }
    line("<link rel=\"stylesheet\" href=\"main.css\">".into());
    line("<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">".into());
    line("</head>".into());
    line("<body>".into());
    let others: Vec<String> = q
        .languages
        .iter()
        .filter(|l| l.as_str() != lang)
        .map(|l| {
            format!(
                "<li><a href=\"{}\" lang=\"{l}\" hreflang=\"{l}\">{}</a></li>",
                file_name(l),
                escape_html(own_name(l))
            )
        })
        .collect();
    line(format!(
        "<nav class=\"language\" aria-label=\"{}\"><ul>{}</ul></nav>",
        get(&t.languages),
        others.concat()
    ));
    line("<main class=\"page how-it-works\">".into());
    line(format!("<h1>{}</h1>", get(&t.title)));
    line(format!("<p class=\"lead\">{}</p>", get(&t.lead)));
    line(format!("<h2>{}</h2>", get(&t.dimensions)));
    line(format!("<p>{}</p>", get(&t.seats)));
    line("<dl class=\"how-dimensions\">".into());
    for d in &q.dimensions {
        line(format!("<dt>{}</dt>", get(&d.name)));
        let idea = d
            .idea
            .as_ref()
            .map(|idea| format!("<p class=\"hint\">{}</p>", get(idea)))
            .unwrap_or_default();
        let theirs = provider
            .dimensions
            .iter()
            .find(|p| p.id == d.id)
            .map(|p| {
                format!(
                    "<p>{}</p>",
                    fill(&get(&t.provider_view), &[("summary", &get(&p.summary))])
                )
            })
            .unwrap_or_default();
        line(format!("<dd><p>{}</p>{theirs}{idea}</dd>", get(&d.summary)));
    }
    line("</dl>".into());
    line(format!("<h2>{}</h2>", get(&t.rules)));
    line(format!("<p>{}</p>", get(&t.points)));
    line(format!("<p>{}</p>", get(&t.escapes)));
    line(format!(
        "<p>{}</p>",
        fill(
            &get(&t.dimension_rule),
            &[("a", &q.min_answers.to_string())]
        )
    ));
    let mut own: Vec<(u8, Vec<String>)> = Vec::new();
    for d in q.dimensions.iter().filter(|d| d.min_answers.is_some()) {
        let a = q.min_answers_of(d);
        let name = quoted(&get(&d.name), lang);
        match own.iter_mut().find(|(n, _)| *n == a) {
            Some((_, names)) => names.push(name),
            None => own.push((a, vec![name])),
        }
    }
    for (a, names) in own {
        line(format!(
            "<p>{}</p>",
            fill(
                &get(&t.own_minimum),
                &[("a", &a.to_string()), ("list", &names.join(", "))]
            )
        ));
    }
    line(format!(
        "<p>{}</p>",
        fill(
            &get(&t.index_rule),
            &[
                ("k", &q.min_dimensions.to_string()),
                ("n", &q.dimensions.len().to_string()),
            ],
        )
    ));
    line(format!("<p>{}</p>", get(&t.bands)));
    line("<ul>".into());
    for (band, range) in q
        .bands
        .iter()
        .zip(ranges(q.bands.iter().map(|b| b.from).collect()))
    {
        line(format!("<li>{}: {range}</li>", get(&band.name)));
    }
    line("</ul>".into());
    line(format!("<p>{}</p>", get(&t.stages)));
    line("<ul>".into());
    for (stage, range) in q
        .stages
        .iter()
        .zip(ranges(q.stages.iter().map(|s| s.from).collect()))
    {
        line(format!("<li>{}: {range}</li>", get(&stage.name)));
    }
    line("</ul>".into());
    // One paragraph per stage with conditions: a sentence per band and kind of condition,
    // naming the dimensions.
    for stage in q.stages.iter().filter(|s| !s.requires.is_empty()) {
        let mut sentences = Vec::new();
        let mut kinds: Vec<(&str, bool)> = stage
            .requires
            .iter()
            .map(|r| (r.band.as_str(), r.if_scored))
            .collect();
        kinds.dedup();
        let mut seen = Vec::new();
        for kind in kinds {
            if seen.contains(&kind) {
                continue;
            }
            seen.push(kind);
            let (band, if_scored) = kind;
            let list: Vec<String> = stage
                .requires
                .iter()
                .filter(|r| r.band == band && r.if_scored == if_scored)
                .filter_map(|r| {
                    if r.dimension == EVERY_DIMENSION {
                        return Some(get(&t.every_dimension));
                    }
                    let d = q.dimensions.iter().find(|d| d.id == r.dimension)?;
                    Some(quoted(&get(&d.name), lang))
                })
                .collect();
            let band_name = q
                .bands
                .iter()
                .find(|b| b.id == band)
                .map(|b| get(&b.name))
                .unwrap_or_default();
            let template = if if_scored {
                &t.requires_if_scored
            } else {
                &t.requires
            };
            sentences.push(fill(
                &get(template),
                &[
                    ("stage", &get(&stage.name)),
                    ("band", &band_name),
                    ("list", &list.join(", ")),
                ],
            ));
        }
        line(format!("<p>{}</p>", sentences.join(" ")));
    }
    line(format!("<p>{}</p>", get(&t.fallback)));
    if q.contradictions > 0 {
        line(format!(
            "<p>{}</p>",
            fill(
                &get(&t.contradictions),
                &[
                    ("c", &q.contradictions.to_string()),
                    ("n", &q.dimensions.len().to_string()),
                ],
            )
        ));
    }
    if let Some(quick) = q.clone().into_quick_form() {
        line(format!(
            "<p>{}</p>",
            fill(
                &get(&t.quick),
                &[
                    ("q", &quick.items.len().to_string()),
                    ("all", &q.items.len().to_string()),
                    ("c", &quick.contradictions.to_string()),
                ],
            )
        ));
    }
    line(format!("<h2>{}</h2>", get(&t.models_heading)));
    for paragraph in get(&t.models).split("\n\n") {
        line(format!("<p>{paragraph}</p>"));
    }
    line(format!("<p class=\"privacy\">{}</p>", get(&t.privacy)));
    line(format!("<p><a href=\"./\">{}</a></p>", get(&t.back)));
    line("</main>".into());
    line("</body>".into());
    line("</html>".into());
    html
}

/// What a link to the page shows in a chat, a mail or a post (Open Graph, and X's card), each
/// text already escaped. The picture is named relative to the page, as on the app's pages; a
/// deployment writes its own address, name and picture into every page with
/// `scripts/set-deployment.mjs`, which finds these tags by their names.
fn preview(title: &str, site: &str, description: &str, alt: &str) -> Vec<String> {
    let property =
        |name: &str, value: &str| format!("<meta property=\"{name}\" content=\"{value}\">");
    vec![
        property("og:type", "website"),
        property("og:site_name", site),
        property("og:title", &format!("{title} – {site}")),
        property("og:description", description),
        property("og:image", "link-preview.png"),
        property("og:image:width", "1200"),
        property("og:image:height", "630"),
        property("og:image:alt", alt),
        "<meta name=\"twitter:card\" content=\"summary_large_image\">".into(),
    ]
}

/// A dimension's name in the language's quotation marks.
fn quoted(name: &str, lang: &str) -> String {
    match lang {
        "de" => format!("„{name}“"),
        _ => format!("“{name}”"),
    }
}

/// A language's name in itself, for the link to the page in that language.
fn own_name(lang: &str) -> &str {
    match lang {
        "en" => "English",
        "de" => "Deutsch",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin;

    fn texts() -> ExplainerText {
        serde_json::from_str(include_str!("../../content/how-it-works.json")).expect("valid")
    }

    #[test]
    fn the_page_states_the_questionnaires_own_rules_in_each_language() {
        let q = Questionnaire::from_json(builtin::QUESTIONNAIRE_JSON).unwrap();
        let provider = Questionnaire::from_json(builtin::PROVIDER_JSON).unwrap();
        let t = texts();
        assert!(
            t.missing(&q.languages).is_empty(),
            "{:?}",
            t.missing(&q.languages)
        );
        for lang in &q.languages {
            let html = page(&q, &provider, &t, lang);
            assert!(html.starts_with("<!doctype html>\n<html lang=\""));
            assert!(!html.contains('{'), "every placeholder is filled");
            for d in &q.dimensions {
                assert!(html.contains(&escape_html(d.idea.as_ref().unwrap().get(lang))));
            }
            for stage in &q.stages {
                assert!(html.contains(&escape_html(stage.name.get(lang))));
            }
            assert!(html.contains(&format!(" {} ", q.min_dimensions)));
        }
        let en = page(&q, &provider, &t, "en");
        assert!(en.contains("at least 2 of them"));
        // The provider's seat is described too, and every rule of the stages is stated.
        for d in &provider.dimensions {
            assert!(en.contains(&escape_html(d.summary.get("en"))));
        }
        assert!(en.contains("“Fair dealing”"), "dimension names are quoted");
        assert!(en.contains(&format!("at least {} of these pairs", q.contradictions)));
        assert!(en.contains("at least 7 of the 10 dimensions"));
        assert!(en.contains("Weak: 0 to 39"));
        assert!(en.contains("href=\"how-it-works.de.html\""));
    }

    #[test]
    fn texts_are_escaped() {
        let mut q = Questionnaire::from_json(builtin::QUESTIONNAIRE_JSON).unwrap();
        q.dimensions[0]
            .name
            .0
            .insert("en".into(), "<script>alert(1)</script> & co".into());
        let html = page(&q, &q, &texts(), "en");
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    }

    #[test]
    fn a_link_to_the_page_previews_its_own_title_and_lead_in_its_language() {
        let q = Questionnaire::from_json(builtin::QUESTIONNAIRE_JSON).unwrap();
        let provider = Questionnaire::from_json(builtin::PROVIDER_JSON).unwrap();
        let t = texts();
        for lang in &q.languages {
            let html = page(&q, &provider, &t, lang);
            let head = &html[..html.find("</head>").expect("a head")];
            let site = escape_html(q.title.get(lang));
            let title = escape_html(t.title.get(lang));
            let lead = escape_html(t.lead.get(lang));
            for tag in [
                format!("<meta name=\"description\" content=\"{lead}\">"),
                format!("<meta property=\"og:site_name\" content=\"{site}\">"),
                format!("<meta property=\"og:title\" content=\"{title} – {site}\">"),
                format!("<meta property=\"og:description\" content=\"{lead}\">"),
                "<meta property=\"og:image\" content=\"link-preview.png\">".into(),
                "<meta property=\"og:image:width\" content=\"1200\">".into(),
                "<meta property=\"og:image:height\" content=\"630\">".into(),
                format!(
                    "<meta property=\"og:image:alt\" content=\"{}\">",
                    escape_html(t.preview_alt.get(lang))
                ),
                "<meta name=\"twitter:card\" content=\"summary_large_image\">".into(),
            ] {
                assert!(head.contains(&tag), "{lang}: no {tag}");
            }
        }
    }

    #[test]
    fn the_preview_escapes_its_texts() {
        let mut q = Questionnaire::from_json(builtin::QUESTIONNAIRE_JSON).unwrap();
        q.title
            .0
            .insert("en".into(), "\"><script>alert(1)</script>".into());
        let html = page(&q, &q, &texts(), "en");
        assert!(!html.contains("<script>"));
        assert!(html.contains("<meta property=\"og:site_name\" content=\"&quot;&gt;&lt;script&gt;"));
    }
}
