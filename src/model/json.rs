//! A small JSON reader for the one JSON file the wasm reads at run time (the norms file,
//! `model::norms`). The wasm carries no `serde_json` (questionnaires arrive compiled), and this
//! reader is a fraction of its size: it checks the whole grammar (RFC 8259) but keeps of a
//! number only whether it is a whole number that fits a `u32` (and which), so no float parser
//! is linked. The tests hold it to `serde_json` on any text.
//!
//! Hostile input gets an error, never a panic: nesting deeper than [`MAX_DEPTH`] is refused
//! before it can exhaust the stack, and a key given twice in one object is refused rather than
//! one of its values chosen silently.

/// How deep arrays and objects may nest.
pub const MAX_DEPTH: usize = 16;

/// A JSON value. Objects keep their members in the order written.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number: its value when written as plain digits (no sign, fraction or exponent) that
    /// fit a `u32`, else `None`.
    Number(Option<u32>),
    Text(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Why a text is not JSON this reader accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON: the grammar fails at this byte.
    Syntax(usize),
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// An object names the same key twice.
    RepeatedKey,
}

impl Json {
    /// The value of `key` in an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// A whole number written without sign, fraction or exponent, that fits a `u32`.
    pub fn whole(&self) -> Option<u32> {
        match self {
            Json::Number(whole) => *whole,
            _ => None,
        }
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            Json::Text(text) => Some(text),
            _ => None,
        }
    }

    pub fn items(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn members(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }
}

/// Reads one JSON value, with nothing but white space around it.
pub fn parse(text: &str) -> Result<Json, JsonError> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.space();
    if reader.at != reader.bytes.len() {
        return Err(JsonError::Syntax(reader.at));
    }
    Ok(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn fail<T>(&self) -> Result<T, JsonError> {
        Err(JsonError::Syntax(self.at))
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Takes `byte` (after white space) or fails.
    fn expect(&mut self, byte: u8) -> Result<(), JsonError> {
        self.space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            self.fail()
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, JsonError> {
        self.space();
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => self.string().map(Json::Text),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            _ => self.fail(),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, JsonError> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            self.fail()
        }
    }

    /// Comma-separated values up to `close`, each read by `one`.
    fn list(
        &mut self,
        close: u8,
        mut one: impl FnMut(&mut Self) -> Result<(), JsonError>,
    ) -> Result<(), JsonError> {
        self.at += 1;
        self.space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            one(self)?;
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b) if b == close => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return self.fail(),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(JsonError::TooDeep);
        }
        let mut items = Vec::new();
        self.list(b']', |r| {
            items.push(r.value(depth)?);
            Ok(())
        })?;
        Ok(Json::Array(items))
    }

    fn object(&mut self, depth: usize) -> Result<Json, JsonError> {
        if depth > MAX_DEPTH {
            return Err(JsonError::TooDeep);
        }
        let mut members: Vec<(String, Json)> = Vec::new();
        self.list(b'}', |r| {
            r.space();
            if r.peek() != Some(b'"') {
                return r.fail();
            }
            let key = r.string()?;
            r.expect(b':')?;
            let value = r.value(depth)?;
            if members.iter().any(|(k, _)| *k == key) {
                return Err(JsonError::RepeatedKey);
            }
            members.push((key, value));
            Ok(())
        })?;
        Ok(Json::Object(members))
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<Json, JsonError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let mut whole = Some(0u32);
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                while let Some(digit @ b'0'..=b'9') = self.peek() {
                    whole = whole
                        .and_then(|w| w.checked_mul(10))
                        .and_then(|w| w.checked_add(u32::from(digit - b'0')));
                    self.at += 1;
                }
            }
            _ => return self.fail(),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
            whole = None;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.some_digits()?;
            whole = None;
        }
        Ok(Json::Number(whole.filter(|_| !negative)))
    }

    fn some_digits(&mut self) -> Result<(), JsonError> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return self.fail();
        }
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        Ok(())
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(b) = self.peek() else {
                return self.fail();
            };
            match b {
                b'"' => {
                    self.at += 1;
                    // The input was UTF-8 and escapes add whole characters, so this holds.
                    return String::from_utf8(out).or_else(|_| self.fail());
                }
                b'\\' => {
                    self.at += 1;
                    let c = self.escape()?;
                    let mut buffer = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buffer).as_bytes());
                }
                0..=0x1f => return self.fail(),
                _ => {
                    out.push(b);
                    self.at += 1;
                }
            }
        }
    }

    /// The character after a backslash (which is already taken).
    fn escape(&mut self) -> Result<char, JsonError> {
        let Some(b) = self.peek() else {
            return self.fail();
        };
        self.at += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                let code = match high {
                    0xD800..=0xDBFF => {
                        if !self.bytes[self.at..].starts_with(b"\\u") {
                            return self.fail();
                        }
                        self.at += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return self.fail();
                        }
                        0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return self.fail(),
                    code => code,
                };
                return char::from_u32(code).map_or_else(|| self.fail(), Ok);
            }
            _ => return self.fail(),
        })
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut value = 0;
        for _ in 0..4 {
            let Some(digit) = self.peek().and_then(|b| char::from(b).to_digit(16)) else {
                return self.fail();
            };
            value = value * 16 + digit;
            self.at += 1;
        }
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The same value as `serde_json` reads it (numbers compared as `serde_json` writes them
    /// back, so `1.0` and `1.00` are the same).
    fn same(ours: &Json, theirs: &serde_json::Value) -> bool {
        use serde_json::Value;
        match (ours, theirs) {
            (Json::Null, Value::Null) => true,
            (Json::Bool(a), Value::Bool(b)) => a == b,
            (Json::Number(a), Value::Number(b)) => {
                *a == b
                    .as_u64()
                    .and_then(|b| u32::try_from(b).ok())
                    .filter(|_| b.is_u64())
            }
            (Json::Text(a), Value::String(b)) => a == b,
            (Json::Array(a), Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
            }
            (Json::Object(a), Value::Object(b)) => {
                a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
            }
            _ => false,
        }
    }

    #[test]
    fn reads_every_kind_of_value() {
        let value = parse(
            r#" {"a": [1, -2.5e3, 0], "b": {"c": null, "d": true, "e": false},
                 "f": "tab\there \"q\" \u00e9 \ud83d\ude00 \/"} "#,
        )
        .unwrap();
        assert_eq!(
            value.get("a").and_then(Json::items).map(<[Json]>::len),
            Some(3)
        );
        assert_eq!(value.get("a").unwrap().items().unwrap()[0].whole(), Some(1));
        assert_eq!(value.get("a").unwrap().items().unwrap()[1].whole(), None);
        assert_eq!(value.get("b").unwrap().get("d"), Some(&Json::Bool(true)));
        assert_eq!(
            value.get("f").and_then(Json::text),
            Some("tab\there \"q\" é 😀 /")
        );
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in [
            "",
            " ",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            "-",
            "+1",
            ".5",
            "1e",
            "tru",
            "\"a",
            "\"\u{1}\"",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "{a:1}",
            "[1 2]",
            "nul",
            "1 2",
            "{\"a\" 1}",
            "\"\\u12\"",
        ] {
            assert!(parse(text).is_err(), "{text:?}");
        }
        assert_eq!(parse("{\"a\":1,\"a\":2}"), Err(JsonError::RepeatedKey));
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(parse(&deep), Err(JsonError::TooDeep));
        let fits = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&fits).is_ok());
    }

    #[test]
    fn whole_numbers_are_plain_digits_that_fit() {
        let whole = |text: &str| parse(text).unwrap().whole();
        assert_eq!(whole("0"), Some(0));
        assert_eq!(whole("4294967295"), Some(u32::MAX));
        assert_eq!(whole("4294967296"), None);
        assert_eq!(whole("-0"), None);
        assert_eq!(whole("1e2"), None);
        assert_eq!(whole("1.0"), None);
        assert_eq!(whole("\"1\""), None);
    }

    /// JSON-ish text: the grammar's own pieces, shuffled, so most cases are near misses.
    fn jsonish() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("{".to_string()),
            Just("}".to_string()),
            Just("[".to_string()),
            Just("]".to_string()),
            Just(",".to_string()),
            Just(":".to_string()),
            Just(" ".to_string()),
            Just("null".to_string()),
            Just("true".to_string()),
            "-?[0-9]{1,3}(\\.[0-9]{1,2})?([eE][+-]?[0-9])?",
            "\"([a-z é\\\\\"]|\\\\u[0-9a-fA-F]{4})*\"",
        ];
        proptest::collection::vec(piece, 0..24).prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn agrees_with_serde_json_on_any_text(text in jsonish()) {
            let ours = parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            match (&ours, &theirs) {
                (Ok(a), Ok(b)) => prop_assert!(same(a, b), "{text:?}: {a:?} / {b:?}"),
                (Err(_), Err(_)) => {}
                // serde_json keeps the last of a repeated key; this reader refuses it.
                (Err(JsonError::RepeatedKey), Ok(_)) => {}
                _ => prop_assert!(false, "{text:?}: ours {ours:?}, serde_json {theirs:?}"),
            }
        }

        #[test]
        fn any_value_serde_json_writes_reads_back(value in any_value()) {
            let text = serde_json::to_string(&value).unwrap();
            let ours = parse(&text);
            prop_assert!(ours.as_ref().is_ok_and(|ours| same(ours, &value)), "{text}: {ours:?}");
        }

        #[test]
        fn any_text_never_panics(text in "\\PC{0,64}") {
            let _ = parse(&text);
        }
    }

    fn any_value() -> impl Strategy<Value = serde_json::Value> {
        use serde_json::Value;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<u32>().prop_map(Value::from),
            any::<i32>().prop_map(Value::from),
            "\\PC{0,8}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 32, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::btree_map("[a-z]{0,3}", inner, 0..4)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }
}
