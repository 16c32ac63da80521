//! The HTML a firm pastes into its page: the loader snippet and the plain iframe, with every
//! value escaped for the attribute it lands in.

use super::{Placement, Settings};

/// Escapes text for an HTML attribute value in double quotes.
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The snippet a firm pastes to place the widget with the loader, where `placement` says. `app`
/// is the app's address ending in `/`.
pub fn loader_snippet(app: &str, settings: &Settings, placement: &Placement) -> String {
    let attributes: String = placement
        .pairs()
        .into_iter()
        .chain(settings.pairs())
        .map(|(key, value)| format!(" data-{key}=\"{}\"", escape_attribute(&value)))
        .collect();
    format!(
        "<div data-partner-or-vendor{attributes}></div>\n<script src=\"{}embed.js\" async></script>",
        escape_attribute(app)
    )
}

/// The snippet for a plain iframe, without the loader (it keeps a fixed height), with the
/// frame's `title` in the language the firm reads (see `text::Ui::frame_title`).
pub fn iframe_snippet(app: &str, settings: &Settings, title: &str) -> String {
    let query = settings.to_query();
    let src = if query.is_empty() {
        app.to_string()
    } else {
        format!("{app}?{query}")
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"900\" allow=\"clipboard-write; web-share\" loading=\"lazy\"></iframe>",
        escape_attribute(&src),
        escape_attribute(title)
    )
}

#[cfg(test)]
mod tests {
    use super::super::from_query;
    use super::*;

    #[test]
    fn snippets_carry_only_checked_values_escaped() {
        let (settings, _) = from_query("firm=Smith+%26+Sons&accent=%230b6e4f&lens=provider");
        assert_eq!(
            loader_snippet("https://x.example/a/", &settings, &Placement::default()),
            "<div data-partner-or-vendor data-firm=\"Smith &amp; Sons\" data-accent=\"#0b6e4f\" data-lens=\"provider\"></div>\n\
             <script src=\"https://x.example/a/embed.js\" async></script>"
        );
        let iframe = iframe_snippet(
            "https://x.example/a/",
            &settings,
            "Partner or Vendor? assessment by Smith & Sons",
        );
        assert!(iframe.starts_with(
            "<iframe src=\"https://x.example/a/?firm=Smith%20%26%20Sons&amp;accent=%230b6e4f&amp;lens=provider\""
        ));
        assert!(iframe.contains("title=\"Partner or Vendor? assessment by Smith &amp; Sons\""));
    }

    #[test]
    fn the_loader_snippet_carries_the_placement_first() {
        let (settings, _) = from_query("firm=Acme");
        let mut placement = Placement {
            mode: super::super::Mode::SideTab,
            left: true,
            button_label: None,
        };
        placement
            .set_button_label("Is \"Acme\" a partner?")
            .unwrap();
        assert_eq!(
            loader_snippet("https://x.example/", &settings, &placement),
            "<div data-partner-or-vendor data-mode=\"side-tab\" data-side=\"left\" \
             data-button-label=\"Is &quot;Acme&quot; a partner?\" data-firm=\"Acme\"></div>\n\
             <script src=\"https://x.example/embed.js\" async></script>"
        );
    }
}
