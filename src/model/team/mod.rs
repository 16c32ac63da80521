//! A team: several results links read together. The team link carries them in one payload for
//! the fragment `#t=<payload>`; pasted text is read line by line (`read_pasted`); `aggregate`
//! sets their scores side by side (see `spread`).
//!
//! Layout of a team payload (bytes, then base64url without padding, like the results link):
//!
//! | bytes | content |
//! |---|---|
//! | 1 | header: team format (high 4 bits, now 1), reserved (low 4 bits, zero) |
//! | 1 | respondents `N`, 1–50 |
//! | N × (1 + L) | each respondent: the length `L` (1–255), then the `L` bytes of their results link exactly as `model::link` writes them (its own header, answers, label and CRC-32) |
//! | 4 | CRC-32 (IEEE) of everything before it, big-endian |
//!
//! Each respondent keeps their own link's bytes, so each is read (and, if wrong, named) by the
//! results link's own decoder, and a link made by any released version keeps opening. A
//! respondent costs their link's bytes plus one: 20 bytes, about 27 characters, for the
//! built-in client seat without a label, plus the label's UTF-8 bytes (see the tests).

pub mod change;
pub mod spread;

use crate::model::checksum::crc32;
use crate::model::link::{self, base64url_decode, base64url_encode, LinkError, ResultLink};
use crate::model::questionnaire::Questionnaire;

/// The team link format this build writes; it reads this one and every earlier one.
pub const TEAM_FORMAT: u8 = 1;
/// The most respondents one team holds.
pub const MAX_RESPONDENTS: usize = 50;

const CHECK_BYTES: usize = 4;

/// Why a team link could not be opened. Each has its own message in the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamError {
    /// Shorter than its own counts say: cut off, for example by an email client.
    Truncated,
    /// Not a team payload of ours at all.
    NotOurFormat,
    /// Some characters were changed on the way.
    ChecksumMismatch,
    /// Made by a newer version of the app.
    NewerVersion,
}

/// Why a team could not be written: what the interface tells before offering a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooBig {
    /// No respondents.
    Empty,
    /// More than `MAX_RESPONDENTS`.
    TooMany,
    /// A results link (by position) that is not a payload or is longer than 255 bytes.
    Unfit(usize),
}

/// Writes the results links (their payloads, as in `#r=<payload>`) as one team payload.
pub fn encode(links: &[&str]) -> Result<String, TooBig> {
    if links.is_empty() {
        return Err(TooBig::Empty);
    }
    if links.len() > MAX_RESPONDENTS {
        return Err(TooBig::TooMany);
    }
    let mut bytes = vec![TEAM_FORMAT << 4, links.len() as u8];
    for (i, link) in links.iter().enumerate() {
        let member = base64url_decode(link.trim()).ok_or(TooBig::Unfit(i))?;
        if member.is_empty() || member.len() > 255 {
            return Err(TooBig::Unfit(i));
        }
        bytes.push(member.len() as u8);
        bytes.extend_from_slice(&member);
    }
    let check = crc32(&bytes);
    bytes.extend_from_slice(&check.to_be_bytes());
    Ok(base64url_encode(&bytes))
}

/// Reads a team payload into its respondents' results-link payloads, in order. Never panics.
pub fn decode(payload: &str) -> Result<Vec<String>, TeamError> {
    let bytes = base64url_decode(payload.trim()).ok_or(TeamError::NotOurFormat)?;
    let Some(&header) = bytes.first() else {
        return Err(TeamError::Truncated);
    };
    match header >> 4 {
        0 => return Err(TeamError::NotOurFormat),
        format if format > TEAM_FORMAT => return Err(TeamError::NewerVersion),
        _ if header & 0x0f != 0 => return Err(TeamError::NotOurFormat),
        _ => {}
    }
    if bytes.len() < 2 + CHECK_BYTES {
        return Err(TeamError::Truncated);
    }
    let count = usize::from(bytes[1]);
    if count == 0 || count > MAX_RESPONDENTS {
        return Err(TeamError::NotOurFormat);
    }
    // Walk the lengths first: a payload that ends inside them was cut off.
    let mut members = Vec::with_capacity(count);
    let mut at = 2;
    for _ in 0..count {
        let Some(&length) = bytes.get(at) else {
            return Err(TeamError::Truncated);
        };
        let end = at + 1 + usize::from(length);
        if length == 0 {
            return Err(TeamError::NotOurFormat);
        }
        if end + CHECK_BYTES > bytes.len() {
            return Err(TeamError::Truncated);
        }
        members.push(at + 1..end);
        at = end;
    }
    let (body, check) = bytes.split_at(bytes.len() - CHECK_BYTES);
    if crc32(body).to_be_bytes() != check {
        return Err(TeamError::ChecksumMismatch);
    }
    if at != body.len() {
        return Err(TeamError::NotOurFormat);
    }
    Ok(members
        .into_iter()
        .map(|range| base64url_encode(&bytes[range]))
        .collect())
}

/// What one pasted line held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pasted {
    /// A results link's payload.
    Result(String),
    /// A team link: its respondents' payloads.
    Team(Vec<String>),
    /// A team link that could not be read.
    BadTeam(TeamError),
    /// Neither a results link nor a team link.
    NotALink,
}

/// Reads pasted text (or a dropped file's) line by line: each non-empty line is a results link
/// (`…#r=<payload>`), a team link (`…#t=<payload>`), or a bare payload. Returns each line's
/// number (from 1) and what it held; blank lines are skipped.
pub fn read_pasted(text: &str) -> Vec<(usize, Pasted)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| (i + 1, read_line(line.trim())))
        .collect()
}

fn read_line(line: &str) -> Pasted {
    // A link's fragment may come after other parameters (`#/result&r=…` is not ours, but a
    // mail client may add `&utm_…` after the payload): the payload runs to the next `&`.
    let after = |key: &str| {
        line.find(key)
            .map(|at| line[at + key.len()..].split('&').next().unwrap_or(""))
    };
    if let Some(payload) = after("#t=") {
        return match decode(payload) {
            Ok(members) => Pasted::Team(members),
            Err(e) => Pasted::BadTeam(e),
        };
    }
    if let Some(payload) = after("#r=") {
        return Pasted::Result(payload.to_string());
    }
    let bare = line
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if bare && line.len() >= 8 {
        Pasted::Result(line.to_string())
    } else {
        Pasted::NotALink
    }
}

/// Why a pasted line gave no respondent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineProblem {
    NotALink,
    Link(LinkError),
    Team(TeamError),
    /// Beyond `MAX_RESPONDENTS`.
    TooMany,
}

/// Pasted text read against a catalog: the respondents (line, decoded link) in order, at most
/// `MAX_RESPONDENTS`, and each line that gave none with why.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reading {
    pub respondents: Vec<(usize, ResultLink)>,
    /// Each respondent's payload as read, in the same order, for writing the team link again.
    pub payloads: Vec<String>,
    pub problems: Vec<(usize, LineProblem)>,
}

impl Reading {
    /// The respondents, in order, with the questionnaires their links name in `catalog` (the
    /// one they were read against), ready for `spread::aggregate`.
    pub fn team<'q>(&self, catalog: &[&'q Questionnaire]) -> Vec<spread::Respondent<'q>> {
        self.respondents
            .iter()
            .map(|(_, r)| spread::Respondent {
                questionnaire: catalog[r.questionnaire],
                answers: r.answers.clone(),
                label: r.label.clone(),
            })
            .collect()
    }
}

pub fn read(catalog: &[&Questionnaire], text: &str) -> Reading {
    let mut reading = Reading::default();
    let take =
        |reading: &mut Reading, line: usize, payload: &str| match link::decode(catalog, payload) {
            Err(e) => reading.problems.push((line, LineProblem::Link(e))),
            Ok(_) if reading.respondents.len() >= MAX_RESPONDENTS => {
                reading.problems.push((line, LineProblem::TooMany))
            }
            Ok(result) => {
                reading.respondents.push((line, result));
                reading.payloads.push(payload.trim().to_string());
            }
        };
    for (line, pasted) in read_pasted(text) {
        match pasted {
            Pasted::Result(payload) => take(&mut reading, line, &payload),
            Pasted::Team(members) => {
                for member in &members {
                    take(&mut reading, line, member);
                }
            }
            Pasted::BadTeam(e) => reading.problems.push((line, LineProblem::Team(e))),
            Pasted::NotALink => reading.problems.push((line, LineProblem::NotALink)),
        }
    }
    reading
}

#[cfg(test)]
mod tests;
