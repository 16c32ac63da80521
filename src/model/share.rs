//! Pure helpers for sharing a result: the email link.

use crate::model::percent;

/// A `mailto:` link with a subject and body. `to` may be empty: then the visitor picks the
/// recipient in their mail program.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        percent::encode(to).replace("%40", "@"),
        percent::encode(subject),
        percent::encode(body)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
