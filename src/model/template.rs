//! Texts with `{name}` placeholders, filled the one way every text table fills them, and text
//! made safe for HTML. Pure; the build script includes this file too (for the "How it works"
//! page), so it names nothing else of the crate.

/// Fills `{name}` placeholders, each pair in turn (a value is not searched again for the
/// placeholders of the pairs before it).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The names of the placeholders a template uses, sorted, for tests that hold every language
/// of a text table to the same ones.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut found: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    found.sort_unstable();
    found
}

/// Escapes text for HTML: element content, and attribute values in single or double quotes.
pub fn escape_html(text: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn placeholders_are_filled_in_order_and_every_occurrence() {
        assert_eq!(
            fill("{n} of {k}, {n}", &[("n", "3"), ("k", "5")]),
            "3 of 5, 3"
        );
        assert_eq!(fill("{a} {b}", &[("a", "{b}"), ("b", "x")]), "x x");
        assert_eq!(fill("no placeholders", &[("n", "1")]), "no placeholders");
        assert_eq!(
            placeholders("{lo} to {hi} ({range}), {hi}"),
            ["hi", "hi", "lo", "range"]
        );
    }

    #[test]
    fn html_escaping_covers_markup_and_both_quotes() {
        assert_eq!(
            escape_html(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }

    proptest! {
        #[test]
        fn escaped_text_holds_no_markup_and_reads_back(text in ".{0,60}") {
            let escaped = escape_html(&text);
            prop_assert!(!escaped.contains(['<', '>', '"', '\'']));
            let back = escaped
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            prop_assert_eq!(back, text);
        }
    }
}
