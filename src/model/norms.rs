//! The norms file: how the results of one questionnaire are spread, so a visitor can see where
//! their own index stands ("your partner index is higher than 70% of the 48 results shared with Acme IT")
//! with no server. The team view makes it from results links (`make`, `write`); the firm
//! publishes it beside the app and names it in `data-benchmark`; the visitor's app fetches it
//! after their result is on screen and reads it (`read`, `Norms::fits`, `Norms::standing`).
//! Its format is a contract (docs/formats.md):
//!
//! ```json
//! {"format": "partner-or-vendor-norms", "version": 1,
//!  "questionnaire": "partner-or-vendor", "questionnaireVersion": 3, "lens": "client",
//!  "firm": "Acme IT", "asOf": "2027-03", "count": 48,
//!  "index": [0, 0, …101 counts…],
//!  "dimensions": {"win-win": [0, …101 counts…], …}}
//! ```
//!
//! `index[s]` is how many results have the partner index `s` (0–100); `dimensions[id][s]` how
//! many have score `s` on that dimension. The index counts add up to `count`; a dimension's
//! add up to at most `count` (a result may have too few answers there for a score). `firm` is
//! optional. Only settled results count: an index and no contradiction, the same results the
//! visitor's own must be for the comparison to be shown.
//!
//! Why no one can recover a person's result from it: the file holds counts per whole score and
//! nothing else. There are no answers, labels, links or dates of single results, and each
//! distribution stands alone, so nothing says which index went with which dimension score:
//! reading it, one learns that some result scored 37 on a dimension, never whose, nor what
//! else that result said. At least [`MIN_COUNT`] results go into a file, so a single score is
//! one among twenty or more. What no exact statistic can prevent remains: whoever already knows
//! every result but one can subtract them and learn the last one's scores; so a file is made
//! from results the firm was given, and never from fewer than twenty.
//!
//! The comparison: "higher than P% of the N" counts the results strictly below the visitor's
//! index (a tie is not "higher"), and P is rounded down, so the line never claims more than
//! the file holds. P is exact to the whole percent, because the counts are exact per whole
//! score and the index is a whole number.

use crate::model::json::{self, Json};
use crate::model::questionnaire::{Questionnaire, Seat};
use crate::model::scoring::{score, Answer, Outcome};
use crate::model::settings::{check_text, FIRM_MAX};

/// The `format` field of every norms file.
pub const FORMAT: &str = "partner-or-vendor-norms";
/// The norms format this build writes; it reads this one and every earlier one.
pub const VERSION: u32 = 1;
/// The fewest results a norms file may hold.
pub const MIN_COUNT: u32 = 20;
/// The largest file read at all (a file of the built-in questionnaire is under 3 KB).
pub const MAX_BYTES: usize = 64 * 1024;
/// Counts per whole score 0–100.
const SCORES: usize = 101;
/// The longest questionnaire or dimension id read.
const ID_MAX: usize = 64;

/// Why a norms file was refused. Nothing of it is shown to a visitor; the team view and the
/// console say what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NormsError {
    /// Larger than [`MAX_BYTES`]: not read at all.
    TooLarge,
    /// Not JSON (or not UTF-8 text).
    NotJson,
    /// JSON, but its `format` is not a norms file's.
    NotNorms,
    /// Made by a newer version of the app.
    NewerVersion,
    /// This field is missing or not what the format says.
    Field(&'static str),
    /// Fewer results than [`MIN_COUNT`].
    TooFew(u32),
    /// The counts of this distribution do not add up as `count` says.
    Inconsistent(&'static str),
    /// Made from another questionnaire (id or version) than the visitor answered.
    OtherQuestionnaire,
    /// Made from the other seat's results.
    OtherLens,
    /// Its dimensions are not the questionnaire's.
    OtherDimensions,
}

impl NormsError {
    /// Why, in a few words (the field's name where a field is wrong).
    pub fn reason(&self) -> &'static str {
        match self {
            NormsError::TooLarge => "larger than 64 KB",
            NormsError::NotJson => "not JSON",
            NormsError::NotNorms => "not a norms file",
            NormsError::NewerVersion => "made by a newer version",
            NormsError::Field(name) => name,
            NormsError::TooFew(_) => "fewer than 20 results",
            NormsError::Inconsistent(_) => "counts that do not add up",
            NormsError::OtherQuestionnaire => "another questionnaire or version",
            NormsError::OtherLens => "the other lens",
            NormsError::OtherDimensions => "other dimensions",
        }
    }
}

/// A month, as the file's `asOf` gives it (`YYYY-MM`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    pub year: u16,
    /// 1–12.
    pub month: u8,
}

impl Month {
    /// `YYYY-MM`, or the month of a date `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Month> {
        let b = text.as_bytes();
        let dash = |at: usize| b.get(at) == Some(&b'-');
        let shape = match b.len() {
            7 => dash(4),
            10 => dash(4) && dash(7),
            _ => false,
        };
        // The number written in `b[from..to]`, all of it digits.
        let number = |from: usize, to: usize| {
            b[from..to].iter().try_fold(0u16, |n, &d| {
                d.is_ascii_digit().then(|| n * 10 + u16::from(d - b'0'))
            })
        };
        if !shape || (b.len() == 10 && number(8, 10).is_none()) {
            return None;
        }
        let (year, month) = (number(0, 4)?, number(5, 7)?);
        (1..=12).contains(&month).then_some(Month {
            year,
            month: month as u8,
        })
    }

    pub fn format(self) -> String {
        // The year as a u32, whose formatting the wasm has anyway (a u16's would add its own).
        format!("{:04}-{:02}", u32::from(self.year), self.month)
    }
}

/// How many results have each whole score 0–100.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    counts: Vec<u32>,
}

impl Distribution {
    pub fn of(scores: impl IntoIterator<Item = u8>) -> Distribution {
        let mut counts = vec![0; SCORES];
        for s in scores {
            if let Some(count) = counts.get_mut(usize::from(s)) {
                *count += 1;
            }
        }
        Distribution { counts }
    }

    pub fn counts(&self) -> &[u32] {
        &self.counts
    }

    /// How many results it holds.
    pub fn total(&self) -> u64 {
        self.counts.iter().map(|&c| u64::from(c)).sum()
    }

    /// How many results score strictly below `score`.
    pub fn below(&self, score: u8) -> u64 {
        self.counts[..usize::from(score).min(SCORES)]
            .iter()
            .map(|&c| u64::from(c))
            .sum()
    }

    fn read(value: Option<&Json>, name: &'static str) -> Result<Distribution, NormsError> {
        let mut counts = Vec::with_capacity(SCORES);
        for count in value.and_then(Json::items).unwrap_or_default() {
            counts.push(count.whole().ok_or(NormsError::Field(name))?);
        }
        if counts.len() != SCORES {
            return Err(NormsError::Field(name));
        }
        Ok(Distribution { counts })
    }

    fn write(&self) -> String {
        let counts: Vec<String> = self.counts.iter().map(u32::to_string).collect();
        format!("[{}]", counts.join(","))
    }
}

/// A norms file, read or made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Norms {
    pub questionnaire: String,
    pub questionnaire_version: u32,
    pub lens: Seat,
    /// The firm's name, as whoever made the file gave it; the visitor's line names the firm
    /// from the app's own settings instead.
    pub firm: Option<String>,
    /// When the team view made it.
    pub as_of: Month,
    pub count: u32,
    pub index: Distribution,
    /// In the questionnaire's order of dimensions (as the file lists them).
    pub dimensions: Vec<(String, Distribution)>,
}

/// Where a visitor's index stands among a file's results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// The share of the results strictly below, in whole percent rounded down (0–100).
    pub percent: u8,
    /// How many results the file holds.
    pub count: u32,
}

/// The settled index of a result (an index and no contradiction), the only kind a norms file
/// counts and a visitor is compared by.
pub fn settled(outcome: &Outcome) -> Option<u8> {
    outcome.index().filter(|_| !outcome.inconsistent)
}

/// Too few settled results for a norms file: how many there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooFew {
    pub have: u32,
}

impl TooFew {
    /// How many more settled results a file needs.
    pub fn needed(self) -> u32 {
        MIN_COUNT.saturating_sub(self.have)
    }
}

/// Makes the norms of `q` from the outcomes of results of exactly that questionnaire (the
/// caller picks them by id and version). Results that are not settled are left out.
pub fn make(
    q: &Questionnaire,
    outcomes: &[Outcome],
    firm: Option<&str>,
    as_of: Month,
) -> Result<Norms, TooFew> {
    let kept: Vec<&Outcome> = outcomes.iter().filter(|o| settled(o).is_some()).collect();
    let count = u32::try_from(kept.len()).unwrap_or(u32::MAX);
    if count < MIN_COUNT {
        return Err(TooFew { have: count });
    }
    let dimensions = q
        .dimensions
        .iter()
        .enumerate()
        .map(|(d, dimension)| {
            let scores = kept
                .iter()
                .filter_map(|o| o.dimensions.get(d).and_then(|s| s.rounded()));
            (dimension.id.clone(), Distribution::of(scores))
        })
        .collect();
    Ok(Norms {
        questionnaire: q.id.clone(),
        questionnaire_version: q.version,
        lens: q.seat,
        firm: firm.and_then(|f| check_text(f, FIRM_MAX).ok()),
        as_of,
        count,
        index: Distribution::of(kept.iter().filter_map(|o| settled(o))),
        dimensions,
    })
}

/// The norms of every questionnaire among `results` (in order of first appearance), or how
/// many settled results each lacks: one file per questionnaire id and version, never mixed.
pub fn per_questionnaire<'q>(
    results: &[(&'q Questionnaire, &[Option<Answer>])],
    firm: Option<&str>,
    as_of: Month,
) -> Vec<(&'q Questionnaire, Result<Norms, TooFew>)> {
    let same = |a: &Questionnaire, b: &Questionnaire| a.id == b.id && a.version == b.version;
    let mut groups: Vec<(&'q Questionnaire, Vec<Outcome>)> = Vec::new();
    for &(q, answers) in results {
        let outcome = score(q, answers);
        match groups.iter_mut().find(|(g, _)| same(g, q)) {
            Some((_, outcomes)) => outcomes.push(outcome),
            None => groups.push((q, vec![outcome])),
        }
    }
    groups
        .into_iter()
        .map(|(q, outcomes)| (q, make(q, &outcomes, firm, as_of)))
        .collect()
}

/// A JSON string literal (the ids and the firm's name are the only text in the file).
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The file's text: one field a line, so a firm can read what it publishes.
pub fn write(norms: &Norms) -> String {
    let firm = norms
        .firm
        .as_deref()
        .map(|f| format!("\"firm\": {},\n", quoted(f)))
        .unwrap_or_default();
    let dimensions: Vec<String> = norms
        .dimensions
        .iter()
        .map(|(id, d)| format!("  {}: {}", quoted(id), d.write()))
        .collect();
    format!(
        "{{\"format\": \"{FORMAT}\", \"version\": {VERSION},\n\"questionnaire\": {}, \"questionnaireVersion\": {}, \"lens\": \"{}\",\n{firm}\"asOf\": \"{}\", \"count\": {},\n\"index\": {},\n\"dimensions\": {{\n{}\n}}}}\n",
        quoted(&norms.questionnaire),
        norms.questionnaire_version,
        norms.lens.id(),
        norms.as_of.format(),
        norms.count,
        norms.index.write(),
        dimensions.join(",\n")
    )
}

/// Reads and checks a norms file's bytes (see the module for every check). Never panics.
/// The visitor's app reads with the browser's parser instead (`from_json`).
pub fn read(bytes: &[u8]) -> Result<Norms, NormsError> {
    if bytes.len() > MAX_BYTES {
        return Err(NormsError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| NormsError::NotJson)?;
    from_json(&json::parse(text).map_err(|_| NormsError::NotJson)?)
}

/// Checks a norms file already read as JSON (the visitor's app reads it with the browser's own
/// `JSON.parse`, see `browser::norms`); `read` is this after the size check and the parse.
pub fn from_json(file: &Json) -> Result<Norms, NormsError> {
    if file.get("format").and_then(Json::text) != Some(FORMAT) {
        return Err(NormsError::NotNorms);
    }
    match file.get("version").and_then(Json::whole) {
        Some(v) if v > VERSION => return Err(NormsError::NewerVersion),
        Some(1..) => {}
        _ => return Err(NormsError::Field("version")),
    }
    let id = |name: &'static str, value: Option<&Json>| {
        value
            .and_then(Json::text)
            .filter(|t| !t.is_empty() && t.len() <= ID_MAX && !t.chars().any(char::is_control))
            .map(str::to_string)
            .ok_or(NormsError::Field(name))
    };
    let questionnaire = id("questionnaire", file.get("questionnaire"))?;
    let questionnaire_version = file
        .get("questionnaireVersion")
        .and_then(Json::whole)
        .filter(|&v| v >= 1)
        .ok_or(NormsError::Field("questionnaireVersion"))?;
    let lens = match file.get("lens").and_then(Json::text) {
        Some("client") => Seat::Client,
        Some("provider") => Seat::Provider,
        _ => return Err(NormsError::Field("lens")),
    };
    let firm = match file.get("firm") {
        None | Some(Json::Null) => None,
        Some(value) => Some(
            value
                .text()
                .and_then(|f| check_text(f, FIRM_MAX).ok())
                .ok_or(NormsError::Field("firm"))?,
        ),
    };
    let as_of = file
        .get("asOf")
        .and_then(Json::text)
        .filter(|t| t.len() == 7)
        .and_then(Month::parse)
        .ok_or(NormsError::Field("asOf"))?;
    let count = file
        .get("count")
        .and_then(Json::whole)
        .ok_or(NormsError::Field("count"))?;
    if count < MIN_COUNT {
        return Err(NormsError::TooFew(count));
    }
    let index = Distribution::read(file.get("index"), "index")?;
    if index.total() != u64::from(count) {
        return Err(NormsError::Inconsistent("index"));
    }
    let members = file
        .get("dimensions")
        .and_then(Json::members)
        .filter(|m| !m.is_empty())
        .ok_or(NormsError::Field("dimensions"))?;
    let mut dimensions = Vec::with_capacity(members.len());
    for (name, value) in members {
        let name = id("dimensions", Some(&Json::Text(name.clone())))?;
        let distribution = Distribution::read(Some(value), "dimensions")?;
        if distribution.total() > u64::from(count) {
            return Err(NormsError::Inconsistent("dimensions"));
        }
        dimensions.push((name, distribution));
    }
    Ok(Norms {
        questionnaire,
        questionnaire_version,
        lens,
        firm,
        as_of,
        count,
        index,
        dimensions,
    })
}

impl Norms {
    /// Whether the file was made from the questionnaire `q` (id, version, seat and the same
    /// dimensions), so its numbers compare with a result of `q`.
    pub fn fits(&self, q: &Questionnaire) -> Result<(), NormsError> {
        if self.questionnaire != q.id || self.questionnaire_version != q.version {
            return Err(NormsError::OtherQuestionnaire);
        }
        if self.lens != q.seat {
            return Err(NormsError::OtherLens);
        }
        let same = self.dimensions.len() == q.dimensions.len()
            && q.dimensions
                .iter()
                .all(|d| self.dimensions.iter().any(|(id, _)| *id == d.id));
        if !same {
            return Err(NormsError::OtherDimensions);
        }
        Ok(())
    }

    /// Where the partner index `index` stands: the share of the file's results strictly below.
    pub fn standing(&self, index: u8) -> Standing {
        let below = self.index.below(index);
        let count = u64::from(self.count.max(1));
        // `below` is at most `count` (checked on reading, true by making), so this is 0–100.
        let percent = (below.min(count) * 100 / count) as u8;
        Standing {
            percent,
            count: self.count,
        }
    }

    /// Where a result of `q` stands, when there is anything honest to say: the result is
    /// settled and the file fits `q`.
    pub fn standing_of(&self, q: &Questionnaire, outcome: &Outcome) -> Option<Standing> {
        let index = settled(outcome)?;
        self.fits(q).ok()?;
        Some(self.standing(index))
    }
}

#[cfg(test)]
#[path = "norms_tests.rs"]
mod tests;
