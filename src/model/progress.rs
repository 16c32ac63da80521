//! Progress saved between visits: where the visitor is and what they answered, as one short
//! line of text. Decoding trusts nothing: a record that is corrupt, from another format or made
//! for another questionnaire is refused with the reason, so the app can discard it and say so.
//!
//! The record is `2|<questionnaire id>|<version>|<step>|<answers>`, for example
//! `2|partner-or-vendor|1|3|41?........................`: the step is `intro`, `result` or a
//! question index; each answer is one character (a digit for the chosen option, `?` for "I
//! can't judge" (the first release's "Not sure"), `-` for "Doesn't apply to us", `.` for
//! unanswered). Format 1, a JSON object with the same fields
//! (`{"f":1,"q":…,"qv":…,"s":…,"a":…}`), is still read so that progress saved by the first
//! release resumes.

use crate::model::questionnaire::Questionnaire;
use crate::model::scoring::{Answer, Answers};

/// The format of the saved record. Raise it when the record's meaning changes.
pub const PROGRESS_FORMAT: u32 = 2;
/// The first release's JSON record, still read.
const LEGACY_JSON_FORMAT: u32 = 1;
const SEPARATOR: char = '|';

/// Where the visitor is in the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Intro,
    /// The question at this index (0-based) of the questionnaire's items.
    Question(usize),
    Result,
}

/// What is saved, decoded and checked against the questionnaire in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub step: Step,
    pub answers: Answers,
    /// The questions the visitor chose to revisit from a provisional result, in order; while
    /// it is not empty, Next and Back move between these and the result. Not saved: after a
    /// reload the questions run in their usual order.
    pub revisiting: Vec<usize>,
}

/// "Next" was asked for before the question on screen had an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedAnswer;

/// Why a saved record was discarded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressError {
    /// Not a record of ours at all (not JSON, or not the expected fields).
    Corrupt,
    /// Saved by a version of the app that used another record format.
    OtherFormat { found: u32 },
    /// Saved for another questionnaire, or another version of this one.
    OtherQuestionnaire,
    /// The answers do not fit the questionnaire (wrong count, unknown symbol, option out of range).
    BadAnswers,
    /// The saved position is not a step of this questionnaire.
    BadStep,
}

/// The record's fields, as read from either format and not yet checked.
struct Record<'a> {
    /// Questionnaire id and version.
    id: &'a str,
    version: &'a str,
    /// "intro", "result" or the question index as a decimal string.
    step: &'a str,
    /// One character per item: a digit is the chosen option, `?` is "I can't judge", `-` is
    /// "Doesn't apply to us", `.` unanswered.
    answers: &'a str,
}

impl<'a> Record<'a> {
    fn parse(text: &'a str) -> Result<Record<'a>, ProgressError> {
        if text.starts_with('{') {
            return Record::parse_legacy_json(text);
        }
        let (format, rest) = text.split_once(SEPARATOR).ok_or(ProgressError::Corrupt)?;
        let format = format.parse().map_err(|_| ProgressError::Corrupt)?;
        if format != PROGRESS_FORMAT {
            return Err(ProgressError::OtherFormat { found: format });
        }
        // The id comes first and is the only field that could hold the separator, so the
        // others are taken from the end.
        let mut fields = rest.rsplitn(4, SEPARATOR);
        let mut next = || fields.next().ok_or(ProgressError::Corrupt);
        let (answers, step, version, id) = (next()?, next()?, next()?, next()?);
        Ok(Record {
            id,
            version,
            step,
            answers,
        })
    }

    /// Reads the first release's record, which that release wrote itself: a flat JSON object
    /// of five fields whose values hold no escapes, commas or colons.
    fn parse_legacy_json(text: &'a str) -> Result<Record<'a>, ProgressError> {
        let body = text
            .trim()
            .strip_prefix('{')
            .and_then(|t| t.strip_suffix('}'))
            .ok_or(ProgressError::Corrupt)?;
        let (mut format, mut id, mut version, mut step, mut answers) =
            (None, None, None, None, None);
        for field in body.split(',') {
            let (key, value) = field.split_once(':').ok_or(ProgressError::Corrupt)?;
            let value = value.trim();
            let unquoted = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .filter(|v| !v.contains(['"', '\\']));
            let slot = match key.trim() {
                r#""f""# => &mut format,
                r#""q""# => &mut id,
                r#""qv""# => &mut version,
                r#""s""# => &mut step,
                r#""a""# => &mut answers,
                _ => return Err(ProgressError::Corrupt),
            };
            *slot = Some(unquoted.unwrap_or(value));
        }
        let format: u32 = format
            .and_then(|f| f.parse().ok())
            .ok_or(ProgressError::Corrupt)?;
        if format != LEGACY_JSON_FORMAT {
            return Err(ProgressError::OtherFormat { found: format });
        }
        match (id, version, step, answers) {
            (Some(id), Some(version), Some(step), Some(answers)) => Ok(Record {
                id,
                version,
                step,
                answers,
            }),
            _ => Err(ProgressError::Corrupt),
        }
    }
}

/// Saved progress is stored under this prefix and the questionnaire's id (tests,
/// docs/how-it-works.md and the end-to-end suite check their copies against it).
pub const STORAGE_KEY_PREFIX: &str = "partner-or-vendor:progress:";

const CANT_JUDGE: char = '?';
const NOT_APPLICABLE: char = '-';
const UNANSWERED: char = '.';

impl Progress {
    /// A fresh start: on the intro, nothing answered.
    pub fn new(questionnaire: &Questionnaire) -> Progress {
        Progress {
            step: Step::Intro,
            answers: vec![None; questionnaire.items.len()],
            revisiting: Vec::new(),
        }
    }

    /// Goes from the result to the first of `questions` (the questions a provisional result
    /// names), to go through them one by one and back to the result. Question numbers that do
    /// not exist are dropped; with none left, nothing changes.
    pub fn revisit(&mut self, questions: &[usize]) {
        let mut kept: Vec<usize> = questions
            .iter()
            .copied()
            .filter(|&k| k < self.answers.len())
            .collect();
        crate::model::sort_small_by(&mut kept, |a, b| a.cmp(b));
        kept.dedup();
        if let Some(&first) = kept.first() {
            self.step = Step::Question(first);
            self.revisiting = kept;
        }
    }

    /// The step an address asks for, as far as it can be reached: a question only once every
    /// question before it is answered (else the first unanswered one), the result only once all
    /// are. Before the visitor has started, only the first question (where Start leads: the
    /// page's own Start is a link to it) and the intro. Going there leaves a round of
    /// revisiting questions unless the step is one of them.
    pub fn go(&mut self, wanted: Step) {
        let first_open = self.answers.iter().position(Option::is_none);
        let reachable = |k: usize| first_open.is_none_or(|open| k <= open);
        self.step = match wanted {
            Step::Question(0) if self.is_fresh() => self.first_step(),
            _ if self.is_fresh() => Step::Intro,
            Step::Intro => Step::Intro,
            Step::Question(k) if k < self.answers.len() && reachable(k) => Step::Question(k),
            Step::Result if first_open.is_none() && !self.answers.is_empty() => Step::Result,
            Step::Question(_) | Step::Result => match first_open {
                Some(open) => Step::Question(open),
                None => Step::Result,
            },
        };
        let revisited = matches!(self.step, Step::Question(k) if self.revisiting.contains(&k));
        if !revisited {
            self.revisiting.clear();
        }
    }

    /// Nothing worth saving: the visitor has not started.
    pub fn is_fresh(&self) -> bool {
        self.step == Step::Intro && self.answers.iter().all(Option::is_none)
    }

    /// Leaves the intro for the first unanswered question (or the result if all are answered).
    pub fn start(&mut self) {
        self.step = self.first_step();
    }

    /// Where Start leads: the first unanswered question, or the result if all are answered.
    fn first_step(&self) -> Step {
        match self.answers.iter().position(Option::is_none) {
            Some(k) => Step::Question(k),
            None if self.answers.is_empty() => Step::Intro,
            None => Step::Result,
        }
    }

    /// Records an answer to the question on screen; elsewhere it changes nothing.
    pub fn choose(&mut self, answer: Answer) {
        if let Step::Question(k) = self.step {
            if let Some(slot) = self.answers.get_mut(k) {
                *slot = Some(answer);
            }
        }
    }

    /// Moves on from the question on screen, which must have an answer first.
    pub fn advance(&mut self) -> Result<(), NeedAnswer> {
        if let Step::Question(k) = self.step {
            if self.answers.get(k).copied().flatten().is_none() {
                return Err(NeedAnswer);
            }
            if !self.revisiting.is_empty() {
                self.step = match self.revisiting.iter().find(|&&r| r > k) {
                    Some(&next) => Step::Question(next),
                    None => {
                        self.revisiting.clear();
                        Step::Result
                    }
                };
                return Ok(());
            }
            self.step = if k + 1 < self.answers.len() {
                Step::Question(k + 1)
            } else {
                Step::Result
            };
        }
        Ok(())
    }

    /// Goes one step back: from the result to the last question, from the first question to
    /// the intro. Answers are kept.
    pub fn back(&mut self) {
        if let Step::Question(k) = self.step {
            if !self.revisiting.is_empty() {
                // Back from the first question revisited returns to the result.
                self.step = match self.revisiting.iter().rev().find(|&&r| r < k) {
                    Some(&previous) => Step::Question(previous),
                    None => {
                        self.revisiting.clear();
                        Step::Result
                    }
                };
                return;
            }
        }
        self.step = match self.step {
            Step::Intro | Step::Question(0) => Step::Intro,
            Step::Question(k) => Step::Question(k - 1),
            Step::Result => match self.answers.len() {
                0 => Step::Intro,
                n => Step::Question(n - 1),
            },
        };
    }

    /// This progress with the answers of `stored` (what another tab, another widget of the same
    /// lens, or this page before the back/forward cache saved meanwhile) where this one has
    /// none: writing it over `stored` loses no answer. Where both answered, this one's answer
    /// and position stand.
    pub fn keeping(&self, stored: &Progress) -> Progress {
        let answers = self
            .answers
            .iter()
            .zip(stored.answers.iter().chain(std::iter::repeat(&None)))
            .map(|(own, theirs)| own.or(*theirs))
            .collect();
        Progress {
            answers,
            ..self.clone()
        }
    }

    /// The record to store for this progress.
    pub fn to_record(&self, questionnaire: &Questionnaire) -> String {
        let step = match self.step {
            Step::Intro => "intro".to_string(),
            Step::Result => "result".to_string(),
            Step::Question(k) => k.to_string(),
        };
        let answers: String = self
            .answers
            .iter()
            .map(|answer| match answer {
                None => UNANSWERED,
                Some(Answer::CantJudge) => CANT_JUDGE,
                Some(Answer::NotApplicable) => NOT_APPLICABLE,
                // Validation caps options at 9, so every index is one digit.
                Some(Answer::Choice(k)) => {
                    char::from_digit(u32::from(*k), 10).unwrap_or(UNANSWERED)
                }
            })
            .collect();
        [
            PROGRESS_FORMAT.to_string(),
            questionnaire.id.clone(),
            questionnaire.version.to_string(),
            step,
            answers,
        ]
        .join("|")
    }

    /// Reads a stored record back, checked against the questionnaire in use.
    pub fn from_record(
        text: &str,
        questionnaire: &Questionnaire,
    ) -> Result<Progress, ProgressError> {
        let record = Record::parse(text)?;
        let same_version =
            record.version.parse() == Ok(questionnaire.version) && !record.version.starts_with('+');
        if record.id != questionnaire.id || !same_version {
            return Err(ProgressError::OtherQuestionnaire);
        }
        if record.answers.chars().count() != questionnaire.items.len() {
            return Err(ProgressError::BadAnswers);
        }
        let answers = record
            .answers
            .chars()
            .zip(&questionnaire.items)
            .map(|(symbol, item)| match symbol {
                UNANSWERED => Ok(None),
                CANT_JUDGE => Ok(Some(Answer::CantJudge)),
                NOT_APPLICABLE if questionnaire.not_applicable => Ok(Some(Answer::NotApplicable)),
                digit => match digit.to_digit(10) {
                    Some(k) if (k as usize) < questionnaire.option_count(item) => {
                        Ok(Some(Answer::Choice(k as u8)))
                    }
                    _ => Err(ProgressError::BadAnswers),
                },
            })
            .collect::<Result<Answers, ProgressError>>()?;
        let step = match record.step {
            "intro" => Step::Intro,
            "result" => Step::Result,
            number => match number.parse::<usize>() {
                Ok(k) if k < questionnaire.items.len() && !number.starts_with('+') => {
                    Step::Question(k)
                }
                _ => return Err(ProgressError::BadStep),
            },
        };
        // A result needs every question answered (an option or "Not sure"); an earlier
        // question must not be skipped past either.
        let answered_before = |k: usize| answers.iter().take(k).all(Option::is_some);
        let reachable = match step {
            Step::Intro => true,
            Step::Question(k) => answered_before(k),
            Step::Result => answered_before(answers.len()),
        };
        if !reachable {
            return Err(ProgressError::BadStep);
        }
        Ok(Progress {
            step,
            answers,
            revisiting: Vec::new(),
        })
    }

    /// The same answers for another form of the questionnaire (the quick check and the full
    /// one), matched by item id: each answer to an item both ask is kept, the rest is
    /// unanswered. The step is the first question `to` still needs, or its result when none;
    /// when some answers came along, Next goes through only the questions still needed (as a
    /// round of revisiting does).
    pub fn carried(&self, from: &Questionnaire, to: &Questionnaire) -> Progress {
        let answers: Answers = to
            .items
            .iter()
            .map(|item| {
                let i = from.items.iter().position(|mine| mine.id == item.id)?;
                self.answers.get(i).copied().flatten()
            })
            .collect();
        let open: Vec<usize> = (0..answers.len())
            .filter(|&k| answers[k].is_none())
            .collect();
        let mut carried = Progress {
            step: open.first().map_or(Step::Result, |&k| Step::Question(k)),
            revisiting: Vec::new(),
            answers,
        };
        if open.len() < carried.answers.len() {
            carried.revisit(&open);
        }
        carried
    }

    /// The questionnaire id and version a record was saved for, if it can be read at all, so
    /// that progress saved with an earlier version can be resumed with that version.
    pub fn record_version(text: &str) -> Option<(String, u32)> {
        let record = Record::parse(text).ok()?;
        if record.version.starts_with('+') {
            return None;
        }
        Some((record.id.to_string(), record.version.parse().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin;
    use proptest::prelude::*;

    proptest! {
        /// Written over what another writer saved, a progress loses none of its answers and
        /// none of theirs, keeps its own position, and its record reads back.
        #[test]
        fn keeping_what_another_writer_saved_loses_no_answer(
            own in proptest::collection::vec(proptest::option::of(0u8..5), 30),
            theirs in proptest::collection::vec(proptest::option::of(0u8..5), 30),
            at in 0usize..30,
        ) {
            let q = builtin::questionnaire();
            let n = q.items.len();
            // Each choice within its item's options.
            let answers = |v: &[Option<u8>]| -> Answers {
                v.iter()
                    .zip(&q.items)
                    .map(|(a, item)| a.map(|k| Answer::Choice(k % q.option_count(item) as u8)))
                    .collect()
            };
            let mine = Progress { step: Step::Question(at % n), answers: answers(&own), revisiting: Vec::new() };
            let stored = Progress { step: Step::Intro, answers: answers(&theirs), revisiting: Vec::new() };
            let kept = mine.keeping(&stored);
            prop_assert_eq!(kept.step, mine.step);
            for k in 0..n {
                prop_assert_eq!(kept.answers[k], mine.answers[k].or(stored.answers[k]));
                if mine.answers[k].is_some() || stored.answers[k].is_some() {
                    prop_assert!(kept.answers[k].is_some());
                }
            }
            // Only answers were added, so a position the own answers reach is still reached.
            if Progress::from_record(&mine.to_record(&q), &q).is_ok() {
                prop_assert_eq!(Progress::from_record(&kept.to_record(&q), &q), Ok(kept.clone()));
            }
        }
    }

    #[test]
    fn an_address_reaches_only_the_steps_the_answers_allow() {
        let q = builtin::questionnaire();
        let n = q.items.len();
        let mut progress = Progress::new(&q);
        // Before the visitor starts, every address opens the intro but the first question's,
        // which is where Start leads.
        for wanted in [Step::Question(3), Step::Result, Step::Question(n)] {
            progress.go(wanted);
            assert_eq!(progress.step, Step::Intro);
        }
        progress.go(Step::Question(0));
        assert_eq!(progress.step, Step::Question(0));
        progress.go(Step::Intro);
        assert_eq!(progress.step, Step::Intro);
        assert!(progress.is_fresh());
        progress.start();
        progress.choose(Answer::Choice(1));
        progress.advance().unwrap();
        progress.choose(Answer::NotApplicable);
        // Two answered: questions 1 to 3 can be reached, later ones lead to the first open one.
        progress.go(Step::Question(0));
        assert_eq!(progress.step, Step::Question(0));
        progress.go(Step::Question(2));
        assert_eq!(progress.step, Step::Question(2));
        progress.go(Step::Question(9));
        assert_eq!(progress.step, Step::Question(2));
        progress.go(Step::Result);
        assert_eq!(progress.step, Step::Question(2));
        progress.go(Step::Question(n + 5));
        assert_eq!(progress.step, Step::Question(2));
        progress.go(Step::Intro);
        assert_eq!(progress.step, Step::Intro);
        // All answered: the result, and every question.
        progress.answers.fill(Some(Answer::CantJudge));
        progress.go(Step::Result);
        assert_eq!(progress.step, Step::Result);
        progress.go(Step::Question(n - 1));
        assert_eq!(progress.step, Step::Question(n - 1));
    }

    #[test]
    fn a_quick_check_continued_keeps_its_answers_and_asks_only_the_rest() {
        let full = builtin::questionnaire();
        let quick = full.quick_form().expect("a quick check");
        let mut answered = Progress::new(&quick);
        answered.answers.fill(Some(Answer::Choice(1)));
        answered.step = Step::Result;
        let mut continued = answered.carried(&quick, &full);
        let asked: Vec<usize> = (0..full.items.len())
            .filter(|&k| !quick.items.iter().any(|i| i.id == full.items[k].id))
            .collect();
        assert!(!asked.is_empty());
        for (k, item) in full.items.iter().enumerate() {
            let kept = quick.items.iter().any(|i| i.id == item.id);
            assert_eq!(continued.answers[k].is_some(), kept, "{}", item.id);
        }
        // Next goes from one open question to the next, then to the result.
        let mut visited = Vec::new();
        while let Step::Question(k) = continued.step {
            visited.push(k);
            continued.choose(Answer::CantJudge);
            continued.advance().expect("answered");
        }
        assert_eq!(visited, asked);
        assert_eq!(continued.step, Step::Result);
        // Nothing answered yet: the form simply starts at its first question.
        let fresh = Progress::new(&quick).carried(&quick, &full);
        assert_eq!(fresh.step, Step::Question(0));
        assert!(fresh.revisiting.is_empty());
    }

    #[test]
    fn going_elsewhere_ends_a_round_of_revisiting_but_not_within_it() {
        let q = builtin::questionnaire();
        let mut progress = Progress::new(&q);
        progress.answers.fill(Some(Answer::CantJudge));
        progress.step = Step::Result;
        progress.revisit(&[3, 7]);
        progress.go(Step::Question(7));
        assert_eq!(progress.revisiting, vec![3, 7]);
        progress.go(Step::Result);
        assert!(progress.revisiting.is_empty());
        assert_eq!(progress.step, Step::Result);
    }

    #[test]
    fn a_saved_record_reads_back() {
        let q = builtin::questionnaire();
        let mut progress = Progress::new(&q);
        progress.answers[0] = Some(Answer::Choice(4));
        progress.answers[1] = Some(Answer::CantJudge);
        progress.answers[2] = Some(Answer::Choice(0));
        progress.step = Step::Question(3);
        let text = progress.to_record(&q);
        assert_eq!(Progress::from_record(&text, &q), Ok(progress));
    }

    #[test]
    fn the_record_format_is_stable() {
        let q = builtin::questionnaire();
        let mut progress = Progress::new(&q);
        progress.answers[0] = Some(Answer::Choice(3));
        progress.answers[1] = Some(Answer::CantJudge);
        progress.step = Step::Question(2);
        let dots = ".".repeat(q.items.len() - 2);
        let expected = format!("2|{}|{}|2|3?{dots}", q.id, q.version);
        assert_eq!(progress.to_record(&q), expected);
    }

    #[test]
    fn progress_saved_by_the_first_release_still_resumes() {
        let q = builtin::questionnaire();
        let dots = ".".repeat(q.items.len() - 2);
        let saved = format!(
            r#"{{"f":1,"q":"{}","qv":{},"s":"2","a":"3?{dots}"}}"#,
            q.id, q.version
        );
        let mut expected = Progress::new(&q);
        expected.answers[0] = Some(Answer::Choice(3));
        expected.answers[1] = Some(Answer::CantJudge);
        expected.step = Step::Question(2);
        assert_eq!(Progress::from_record(&saved, &q), Ok(expected));
        let damaged = [
            saved.replace("\"f\":1", "\"f\":7"),
            saved.replace("\"s\":\"2\"", "\"s\":\"2\\\"\""),
            saved.replace(",\"a\"", ",\"zz\""),
            saved.replace("\"qv\"", "\"q\""),
            saved.trim_end_matches('}').to_string(),
        ];
        assert_eq!(
            Progress::from_record(&damaged[0], &q),
            Err(ProgressError::OtherFormat { found: 7 })
        );
        for text in &damaged[1..] {
            assert!(Progress::from_record(text, &q).is_err(), "for {text}");
        }
    }

    #[test]
    fn damaged_records_are_refused_with_a_reason() {
        let q = builtin::questionnaire();
        let n = q.items.len();
        let good = |s: &str, a: &str| format!("2|{}|{}|{s}|{a}", q.id, q.version);
        let dots = ".".repeat(n);
        let cases = [
            ("".to_string(), ProgressError::Corrupt),
            ("null".to_string(), ProgressError::Corrupt),
            ("{\"f\":1}".to_string(), ProgressError::Corrupt),
            ("\u{0}garbage".to_string(), ProgressError::Corrupt),
            ("2|intro".to_string(), ProgressError::Corrupt),
            (
                good("intro", &dots).replacen("2|", "3|", 1),
                ProgressError::OtherFormat { found: 3 },
            ),
            (
                good("intro", &dots).replace(&q.id, "someone-else"),
                ProgressError::OtherQuestionnaire,
            ),
            (
                format!("2|{}|999|intro|{dots}", q.id),
                ProgressError::OtherQuestionnaire,
            ),
            (
                format!("2|{}|+{}|intro|{dots}", q.id, q.version),
                ProgressError::OtherQuestionnaire,
            ),
            (good("intro", &".".repeat(n - 1)), ProgressError::BadAnswers),
            (
                good("intro", &format!("x{}", &dots[1..])),
                ProgressError::BadAnswers,
            ),
            (
                good("intro", &format!("9{}", &dots[1..])),
                ProgressError::BadAnswers,
            ),
            (good(&n.to_string(), &dots), ProgressError::BadStep),
            (good("-1", &dots), ProgressError::BadStep),
            (good("+0", &dots), ProgressError::BadStep),
            (good("elsewhere", &dots), ProgressError::BadStep),
            (good("3", &dots), ProgressError::BadStep),
            (good("result", &dots), ProgressError::BadStep),
        ];
        for (text, expected) in cases {
            assert_eq!(
                Progress::from_record(&text, &q),
                Err(expected),
                "for {text}"
            );
        }
    }

    #[test]
    fn a_whole_journey_moves_step_by_step() {
        let q = builtin::questionnaire();
        let n = q.items.len();
        let mut progress = Progress::new(&q);
        assert!(progress.is_fresh());
        progress.start();
        assert_eq!(progress.step, Step::Question(0));
        assert_eq!(progress.advance(), Err(NeedAnswer), "Next needs an answer");
        assert_eq!(progress.step, Step::Question(0));
        for k in 0..n {
            assert_eq!(progress.step, Step::Question(k));
            progress.choose(if k % 2 == 0 {
                Answer::CantJudge
            } else {
                Answer::Choice(1)
            });
            assert_eq!(progress.advance(), Ok(()));
        }
        assert_eq!(progress.step, Step::Result);
        let before = progress.answers.clone();
        progress.choose(Answer::Choice(0)); // no question on screen: ignored
        assert_eq!(progress.answers, before);
        progress.back();
        assert_eq!(progress.step, Step::Question(n - 1));
        for _ in 0..n + 3 {
            progress.back();
        }
        assert_eq!(progress.step, Step::Intro);
        assert!(!progress.is_fresh(), "answers survive going back");
        progress.start();
        assert_eq!(
            progress.step,
            Step::Result,
            "all answered: start shows the result"
        );
    }

    #[test]
    fn doesnt_apply_is_saved_apart_and_only_where_offered() {
        let q = builtin::questionnaire();
        assert!(q.not_applicable);
        let mut progress = Progress::new(&q);
        progress.answers[0] = Some(Answer::NotApplicable);
        progress.answers[1] = Some(Answer::CantJudge);
        progress.step = Step::Question(2);
        let text = progress.to_record(&q);
        assert!(text.ends_with(&format!("|2|-?{}", ".".repeat(q.items.len() - 2))));
        assert_eq!(Progress::from_record(&text, &q), Ok(progress));
        let first = builtin::catalog()
            .into_iter()
            .find(|q| q.version == 1)
            .expect("the first release is in the catalog");
        let record = format!("2|{}|1|1|-{}", first.id, ".".repeat(first.items.len() - 1));
        assert_eq!(
            Progress::from_record(&record, &first),
            Err(ProgressError::BadAnswers)
        );
        assert_eq!(
            Progress::record_version(&record),
            Some((first.id.clone(), 1))
        );
        assert_eq!(Progress::record_version("nonsense"), None);
    }

    #[test]
    fn revisiting_goes_through_the_chosen_questions_and_back_to_the_result() {
        let q = builtin::questionnaire();
        let n = q.items.len();
        let mut progress = Progress::new(&q);
        progress.answers = vec![Some(Answer::CantJudge); n];
        progress.step = Step::Result;
        progress.revisit(&[9, 4, n + 5, 4]);
        assert_eq!(progress.step, Step::Question(4));
        progress.back();
        assert_eq!(
            progress.step,
            Step::Result,
            "back from the first returns to the result"
        );
        progress.revisit(&[4, 9]);
        progress.choose(Answer::Choice(1));
        assert_eq!(progress.advance(), Ok(()));
        assert_eq!(progress.step, Step::Question(9));
        progress.back();
        assert_eq!(progress.step, Step::Question(4));
        progress.advance().unwrap();
        progress.advance().unwrap();
        assert_eq!(progress.step, Step::Result);
        assert!(progress.revisiting.is_empty());
        assert_eq!(progress.answers[4], Some(Answer::Choice(1)));
        progress.revisit(&[n]);
        assert_eq!(
            progress.step,
            Step::Result,
            "nothing to revisit: nothing changes"
        );
    }

    #[test]
    fn start_resumes_at_the_first_unanswered_question() {
        let q = builtin::questionnaire();
        let mut progress = Progress::new(&q);
        progress.answers[0] = Some(Answer::Choice(0));
        progress.answers[1] = Some(Answer::Choice(0));
        progress.start();
        assert_eq!(progress.step, Step::Question(2));
    }

    proptest! {
        #[test]
        fn any_text_decodes_or_is_refused_without_panic(text in ".{0,300}") {
            let q = builtin::questionnaire();
            let _ = Progress::from_record(&text, &q);
        }

        #[test]
        fn any_reachable_progress_round_trips(
            picks in prop::collection::vec(0u8..8, 30..=30),
            answered in 0usize..=30,
            at_result in any::<bool>(),
        ) {
            let q = builtin::questionnaire();
            let n = q.items.len();
            let answered = answered.min(n);
            let answers: Answers = (0..n)
                .map(|i| {
                    if i >= answered { return None; }
                    let pick = picks[i % picks.len()];
                    let options = q.option_count(&q.items[i]) as u8;
                    Some(match pick.checked_sub(options) {
                        None => Answer::Choice(pick),
                        Some(0) => Answer::CantJudge,
                        Some(_) => Answer::NotApplicable,
                    })
                })
                .collect();
            let step = if at_result && answered == n { Step::Result } else { Step::Question(answered.min(n - 1)) };
            let progress = Progress { step, answers, revisiting: Vec::new() };
            prop_assert_eq!(Progress::from_record(&progress.to_record(&q), &q), Ok(progress));
        }
    }
}
