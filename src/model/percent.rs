//! Percent-encoding for URL components: the one codec behind settings queries, results links
//! for a firm's page and `mailto:` links.
//!
//! Encoding and decoding live together so that what one writes the other reads: a property
//! test below holds them to that.

/// Percent-encodes text for a URL component (RFC 3986 unreserved characters stay as they are).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes a query component (`+` is a space); `None` for a bad escape or invalid UTF-8.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            b'%' => {
                let hex = text.get(k + 1..k + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                k += 3;
            }
            b'+' => {
                out.push(b' ');
                k += 1;
            }
            byte => {
                out.push(byte);
                k += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What RFC 3986 leaves unencoded in a component: letters, digits and `-_.~`.
    const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');

    proptest! {
        // The codec is written out (the crate costs the wasm more bytes); here it is held to the
        // `percent-encoding` crate on any text.
        #[test]
        fn encoding_matches_the_percent_encoding_crate(text in "\\PC{0,80}") {
            let theirs = percent_encoding::utf8_percent_encode(&text, UNRESERVED).to_string();
            prop_assert_eq!(encode(&text), theirs);
        }

        #[test]
        fn decoding_matches_the_crate_where_escapes_are_whole(text in "[a-z%+0-9A-F\\PC]{0,40}") {
            let ours = decode(&text);
            let spaced = text.replace('+', " ");
            let theirs = percent_encoding::percent_decode_str(&spaced).decode_utf8().ok();
            // The crate keeps a broken escape as it is; this codec refuses it.
            let broken = text.match_indices('%').any(|(k, _)| {
                text.get(k + 1..k + 3)
                    .is_none_or(|hex| !hex.bytes().all(|b| b.is_ascii_hexdigit()))
            });
            if broken {
                prop_assert_eq!(ours, None);
            } else {
                prop_assert_eq!(ours, theirs.map(|t| t.into_owned()));
            }
        }

        // Checked against a decoder written here, independent of `decode`.
        #[test]
        fn encoded_text_is_plain_ascii_and_decodes_back(text in "\\PC{0,80}") {
            let encoded = encode(&text);
            prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)));
            let mut bytes = Vec::new();
            let raw = encoded.as_bytes();
            let mut i = 0;
            while i < raw.len() {
                if raw[i] == b'%' {
                    let hex = std::str::from_utf8(&raw[i + 1..i + 3]).unwrap();
                    bytes.push(u8::from_str_radix(hex, 16).unwrap());
                    i += 3;
                } else {
                    bytes.push(raw[i]);
                    i += 1;
                }
            }
            prop_assert_eq!(String::from_utf8(bytes).unwrap(), text);
        }

        #[test]
        fn percent_encoding_round_trips(text in ".{0,100}") {
            prop_assert_eq!(decode(&encode(&text)), Some(text));
        }
    }
}
