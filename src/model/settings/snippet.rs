//! The HTML a firm pastes into its page: the loader snippet and the plain iframe, with every
//! value escaped for the attribute it lands in.

use super::{Placement, Settings};
use crate::model::template::escape_html;

/// The loader's copy named by its content and its integrity, as the build writes them into the
/// configurator's `<meta name=partner-or-vendor-loader content="embed.<hash>.js sha384-…">`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pin {
    pub file: String,
    pub integrity: String,
}

impl Pin {
    /// The pin in a meta line's content; `None` for anything else (a development build says
    /// just `embed.js`).
    pub fn parse(content: &str) -> Option<Pin> {
        let (file, integrity) = content.trim().split_once(' ')?;
        let hash = file.strip_prefix("embed.")?.strip_suffix(".js")?;
        let digest = integrity.strip_prefix("sha384-")?;
        let named = hash.len() == 8 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        let base64 = digest.len() == 64
            && digest
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='));
        (named && base64).then(|| Pin {
            file: file.to_string(),
            integrity: integrity.to_string(),
        })
    }
}

/// The snippet a firm pastes to place the widget with the loader, where `placement` says (an
/// attribute that counts by being there, such as `data-datalayer`, without a value). `app`
/// is the app's address ending in `/`. With a `pin`, the script is that release's loader, held
/// to its content by `integrity` (fetched with CORS, which the shipped servers allow for it);
/// without, `embed.js`, always the newest.
pub fn loader_snippet(
    app: &str,
    settings: &Settings,
    placement: &Placement,
    pin: Option<&Pin>,
) -> String {
    let attributes: String = placement
        .pairs()
        .into_iter()
        .map(|(key, value)| (key.to_string(), value))
        .chain(settings.pairs())
        .map(|(key, value)| match value.as_str() {
            "" => format!(" data-{key}"),
            value => format!(" data-{key}=\"{}\"", escape_html(value)),
        })
        .collect();
    let app = escape_html(app);
    let script = match pin {
        Some(pin) => format!(
            "<script src=\"{app}{}\" integrity=\"{}\" crossorigin=\"anonymous\" async></script>",
            pin.file, pin.integrity
        ),
        None => format!("<script src=\"{app}embed.js\" async></script>"),
    };
    format!("<div data-partner-or-vendor{attributes}></div>\n{script}")
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
        escape_html(&src),
        escape_html(title)
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
            loader_snippet("https://x.example/a/", &settings, &Placement::default(), None),
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
            ..Placement::default()
        };
        placement
            .set_button_label("Is \"Acme\" a partner?")
            .unwrap();
        assert_eq!(
            loader_snippet("https://x.example/", &settings, &placement, None),
            "<div data-partner-or-vendor data-mode=\"side-tab\" data-side=\"left\" \
             data-button-label=\"Is &quot;Acme&quot; a partner?\" data-firm=\"Acme\"></div>\n\
             <script src=\"https://x.example/embed.js\" async></script>"
        );
    }

    #[test]
    fn the_loaders_switches_are_written_as_bare_attributes() {
        let (settings, _) = from_query("firm=Acme");
        let mut placement = Placement::default();
        for (key, value) in [
            (super::super::MODE, "floating"),
            (super::super::OPEN_AFTER, "exit"),
            (super::super::SHOW_ONCE, "on"),
            (super::super::FORWARD_PARAMS, "utm,gclid"),
            (super::super::DATALAYER, "on"),
        ] {
            placement.set(key, value).unwrap().unwrap();
        }
        assert_eq!(
            loader_snippet("https://x.example/", &settings, &placement, None),
            "<div data-partner-or-vendor data-mode=\"floating\" data-open-after=\"exit\" \
             data-show-once data-forward-params=\"utm gclid\" data-datalayer data-firm=\"Acme\"></div>\n\
             <script src=\"https://x.example/embed.js\" async></script>"
        );
    }

    #[test]
    fn a_pinned_snippet_names_the_loaders_copy_with_its_integrity() {
        let digest = "A".repeat(64);
        let pin = Pin::parse(&format!("embed.0a1b2c3d.js sha384-{digest}")).unwrap();
        let (settings, _) = from_query("firm=Acme");
        assert_eq!(
            loader_snippet(
                "https://x.example/",
                &settings,
                &Placement::default(),
                Some(&pin)
            ),
            format!(
                "<div data-partner-or-vendor data-firm=\"Acme\"></div>\n\
                 <script src=\"https://x.example/embed.0a1b2c3d.js\" integrity=\"sha384-{digest}\" \
                 crossorigin=\"anonymous\" async></script>"
            )
        );
        // A development build's line, and anything that is not a pin, pin nothing.
        for content in [
            "embed.js",
            "",
            "embed.0a1b2c3d.js sha256-abc",
            "embed.0A1B2C3D.js sha384-AAAA",
            "evil.js\" onload=\"x sha384-AAAA",
            &format!("embed.0a1b2c3d.js sha384-{}\"", "A".repeat(63)),
        ] {
            assert_eq!(Pin::parse(content), None, "{content}");
        }
    }
}
