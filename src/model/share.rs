//! Pure helpers for sharing a result: the email link and its percent-encoding.

/// Percent-encodes text for a URL component (RFC 3986 unreserved characters stay as they are).
pub fn percent_encode(text: &str) -> String {
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

/// A `mailto:` link with a subject and body and no recipient: the visitor picks one.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        percent_encode(to).replace("%40", "@"),
        percent_encode(subject),
        percent_encode(body)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn mail_links_encode_every_reserved_character() {
        assert_eq!(
            mailto("", "Partner & Vendor?", "Line 1\nhttps://x.example/#r=ab_c-d"),
            "mailto:?subject=Partner%20%26%20Vendor%3F&body=Line%201%0Ahttps%3A%2F%2Fx.example%2F%23r%3Dab_c-d"
        );
        assert_eq!(
            mailto("hi@acme.example", "s", "b"),
            "mailto:hi@acme.example?subject=s&body=b"
        );
    }

    proptest! {
        #[test]
        fn encoded_text_is_plain_ascii_and_decodes_back(text in "\\PC{0,80}") {
            let encoded = percent_encode(&text);
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
    }
}
