//! "My earlier results": each completed result kept in this browser, as its results link with
//! the date and index it had, so a visitor can open one again or compare it with now. Nothing
//! else is stored; one click forgets all, and one turns keeping off.
//!
//! The record (one `localStorage` value under `HISTORY_KEY`) is text: a first line `history 1`,
//! then one line per result, oldest first: `<YYYY-MM-DD> <index or -> <results-link payload>`.
//! Reading never fails: a line that is not of this form is left out, and a record that is not
//! ours reads as empty.

/// Where the history is kept (tests/facts.rs ties the copy in docs/how-it-works.md).
pub const HISTORY_KEY: &str = "partner-or-vendor:history";
/// Set (to "off") when a visitor turned keeping off.
pub const HISTORY_OFF_KEY: &str = "partner-or-vendor:history-off";
/// The most results kept; the oldest go first.
pub const MAX_KEPT: usize = 30;

const HEADER: &str = "history 1";

/// One kept result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    /// `YYYY-MM-DD`, the visitor's local date when it was completed.
    pub date: String,
    /// The partner index it had, or `None` when it was provisional.
    pub index: Option<u8>,
    /// The results link's payload.
    pub payload: String,
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn is_payload(text: &str) -> bool {
    (8..=400).contains(&text.len())
        && text
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
}

/// Reads a record; what is not ours is left out.
pub fn read(record: &str) -> Vec<Kept> {
    let mut lines = record.lines();
    if lines.next() != Some(HEADER) {
        return Vec::new();
    }
    let mut kept: Vec<Kept> = lines
        .filter_map(|line| {
            let mut parts = line.split(' ');
            let (date, index, payload) = (parts.next()?, parts.next()?, parts.next()?);
            if parts.next().is_some() || !is_date(date) || !is_payload(payload) {
                return None;
            }
            let index = match index {
                "-" => None,
                n => Some(n.parse::<u8>().ok().filter(|&n| n <= 100)?),
            };
            Some(Kept {
                date: date.to_string(),
                index,
                payload: payload.to_string(),
            })
        })
        .collect();
    let extra = kept.len().saturating_sub(MAX_KEPT);
    kept.drain(..extra);
    kept
}

/// Writes a record that `read` reads back.
pub fn write(kept: &[Kept]) -> String {
    let mut out = String::from(HEADER);
    for k in kept {
        let index = k.index.map_or_else(|| "-".to_string(), |i| i.to_string());
        out.push_str(&format!("\n{} {index} {}", k.date, k.payload));
    }
    out
}

/// The record with `result` added, unless it is the newest already (a reload of the same
/// result); at most `MAX_KEPT`, the oldest dropped. `None` when nothing changes.
pub fn add(kept: &[Kept], result: Kept) -> Option<Vec<Kept>> {
    if !is_date(&result.date) || !is_payload(&result.payload) {
        return None;
    }
    if kept.iter().any(|k| k.payload == result.payload) {
        return None;
    }
    let mut all = kept.to_vec();
    all.push(result);
    let extra = all.len().saturating_sub(MAX_KEPT);
    all.drain(..extra);
    Some(all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn kept(date: &str, index: Option<u8>, payload: &str) -> Kept {
        Kept {
            date: date.into(),
            index,
            payload: payload.into(),
        }
    }

    #[test]
    fn a_record_reads_back_and_bad_lines_are_left_out() {
        let a = kept("2026-11-23", Some(58), "EeBzAgBm-paVyiBrD");
        let b = kept("2027-05-02", None, "EeBzAgCaMOLX9Q71X8");
        let record = write(&[a.clone(), b.clone()]);
        assert_eq!(
            record,
            "history 1\n2026-11-23 58 EeBzAgBm-paVyiBrD\n2027-05-02 - EeBzAgCaMOLX9Q71X8"
        );
        assert_eq!(read(&record), vec![a.clone(), b.clone()]);
        let damaged = format!("{record}\n2026-13 58 x\n2026-11-23 101 EeBzAgBm-paVyiBrD\n<script>\n\n2026-11-24 7 abc def");
        assert_eq!(read(&damaged), vec![a, b]);
        assert!(read("{\"not\":\"ours\"}").is_empty());
        assert!(read("").is_empty());
    }

    #[test]
    fn the_same_result_is_kept_once_and_the_oldest_go_first() {
        let a = kept("2026-11-23", Some(58), "EeBzAgBm-paVyiBrD");
        let once = add(&[], a.clone()).unwrap();
        assert_eq!(add(&once, a.clone()), None);
        let mut all = once;
        for n in 0..MAX_KEPT {
            all = add(
                &all,
                kept("2026-11-24", Some(n as u8), &format!("EeBzAgCa{n:08}")),
            )
            .unwrap();
        }
        assert_eq!(all.len(), MAX_KEPT);
        assert_eq!(all[0].index, Some(0));
        assert_eq!(
            add(&all, kept("yesterday", None, "EeBzAgBm-paVyiBrD")),
            None
        );
    }

    proptest! {
        #[test]
        fn any_record_reads_without_panic_and_writes_back_the_same(text in "\\PC{0,300}") {
            let kept = read(&text);
            prop_assert!(kept.len() <= MAX_KEPT);
            prop_assert_eq!(read(&write(&kept)), kept);
        }
    }
}
