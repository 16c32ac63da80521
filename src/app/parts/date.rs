//! Dates as people in each language write them.

use crate::app::text::Lang;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `YYYY-MM-DD` as people in the language write it.
pub fn date(iso: &str, lang: Lang) -> String {
    let (y, m, d) = (&iso[..4], &iso[5..7], &iso[8..10]);
    match lang {
        Lang::De => format!("{d}.{m}.{y}"),
        _ => {
            let month = m
                .parse::<usize>()
                .ok()
                .and_then(|m| MONTHS.get(m.wrapping_sub(1)));
            format!("{} {} {y}", d.trim_start_matches('0'), month.unwrap_or(&m))
        }
    }
}
