//! The questionnaire as data: its serde model, loading from JSON, and validation that reports
//! every problem with its place.
//!
//! The format is documented in docs/questionnaire-format.md. A questionnaire is loaded in
//! two steps: `serde_json` checks the shape (and names line and column when the shape is wrong),
//! then [`Questionnaire::validate`] checks the meaning (ids, references, weights, texts) and
//! returns every problem found, not just the first.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The newest format version this build reads; it reads every earlier one too. A file states
/// its format in `"format"`. Format 2 added the evidence rules (`min_answers`,
/// `min_dimensions`), "Doesn't apply to us" (`not_applicable`), stage conditions (`requires`)
/// and each dimension's `idea`; format 3 added conditions that only a scored dimension must
/// meet (`if_scored`), conditions on every dimension (`"*"`), the contradiction signal
/// (`contradictions`) and the quick check (`quick`). An earlier file gets defaults that score
/// exactly as before.
pub const FORMAT_VERSION: u32 = 3;

/// What a quick check's id adds to its file's id.
const QUICK_SUFFIX: &str = "-quick";

/// In a stage condition, the dimension id that stands for every dimension.
pub const EVERY_DIMENSION: &str = "*";

/// Which form of a questionnaire this is: the whole file, or the quick check made from the
/// items its `quick` list names (`Questionnaire::quick_form`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    #[default]
    Full,
    Quick,
}

/// A piece of text in every language the questionnaire declares, keyed by language code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, else in the questionnaire's first language, else empty.
    ///
    /// Validation guarantees every declared language is present, so the fallbacks only matter
    /// for a language the questionnaire does not declare.
    pub fn get<'a>(&'a self, lang: &str) -> &'a str {
        self.0
            .get(lang)
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// A named, ordered set of answer options shared by many items (an agreement scale).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub id: String,
    /// From the most vendor-like answer to the most partner-like one (for an item that is not
    /// reverse-keyed).
    pub options: Vec<Text>,
}

/// One of the aspects of a relationship that the questionnaire scores on its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub name: Text,
    /// One sentence on what the dimension looks at.
    pub summary: Text,
    /// What a score in each band means, and a next step, keyed by band id.
    pub bands: BTreeMap<String, BandText>,
    /// A question worth putting to the provider when this dimension is weak.
    pub ask: Text,
    /// The idea the dimension comes from, in plain words (for the page on how the assessment
    /// works). Required from format 2.
    #[serde(default)]
    pub idea: Option<Text>,
    /// The answered items this dimension needs for a score, when it differs from the
    /// questionnaire's `min_answers`.
    #[serde(default)]
    pub min_answers: Option<u8>,
}

/// The reading of one dimension's score within one band.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandText {
    pub meaning: Text,
    pub next_step: Text,
}

/// A range of dimension scores that share a reading ("weak", "mixed", "strong").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    /// The lowest score (0–100) in this band; the band runs up to the next band's `from`.
    pub from: u8,
    pub name: Text,
}

/// A place on the spectrum from transactional vendor to partner, reached by the overall index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: String,
    /// The lowest overall index (0–100) at this stage.
    pub from: u8,
    pub name: Text,
    pub text: Text,
    /// Dimensions that must reach a band for this stage to be given, whatever the index.
    #[serde(default)]
    pub requires: Vec<Requirement>,
}

/// A condition of a stage: one dimension (or every one, `"*"`) scored at least in one band.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub dimension: String,
    pub band: String,
    /// When true, a dimension without a score meets the condition (nothing is known against
    /// it); otherwise a dimension without a score fails it.
    #[serde(default)]
    pub if_scored: bool,
}

/// One scored statement or choice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub dimension: String,
    /// The seed essay and idea this item comes from, for the people who maintain the text.
    pub seed: String,
    pub prompt: Text,
    /// The id of a shared scale (agreement items) ...
    #[serde(default)]
    pub scale: Option<String>,
    /// ... or the item's own options (choice items), from vendor-like to partner-like.
    #[serde(default)]
    pub options: Option<Vec<Text>>,
    /// When true, the options run the other way: the first is the most partner-like.
    #[serde(default)]
    pub reverse: bool,
    /// On an agreement statement: the id of the statement it is the direct opposite of (in the
    /// same dimension, keyed the other way). Agreeing, or disagreeing, with both contradicts
    /// oneself; only such pairs count for the contradiction signal.
    #[serde(default)]
    pub opposite: Option<String>,
    #[serde(default = "default_weight")]
    pub weight: f64,
}

fn default_weight() -> f64 {
    1.0
}

fn one() -> u8 {
    1
}

/// The seat a questionnaire is answered from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Seat {
    /// "My provider": the visitor rates a firm they buy from.
    #[default]
    Client,
    /// "Us as a provider": a firm rates itself.
    Provider,
}

impl Seat {
    /// The seat on the other side of the relationship.
    pub fn other(self) -> Seat {
        match self {
            Seat::Client => Seat::Provider,
            Seat::Provider => Seat::Client,
        }
    }

    /// Its name in files, links, exports and the host page's events (as serde writes it).
    pub fn id(self) -> &'static str {
        match self {
            Seat::Client => "client",
            Seat::Provider => "provider",
        }
    }
}

/// The questionnaire (id and version) whose items another one mirrors from the other seat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MirrorRef {
    pub id: String,
    pub version: u32,
}

/// A whole questionnaire, as read from its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub format: u32,
    pub id: String,
    pub version: u32,
    #[serde(default)]
    pub seat: Seat,
    /// Set on a questionnaire that asks another one's items from the other seat.
    #[serde(default)]
    pub mirrors: Option<MirrorRef>,
    pub languages: Vec<String>,
    pub title: Text,
    /// Whether "Doesn't apply to us" is offered beside "I can't judge" (format 1 offered one
    /// escape, "Not sure", which reads as "I can't judge").
    #[serde(default)]
    pub not_applicable: bool,
    /// The answered items (not an escape) a dimension needs for a score.
    #[serde(default = "one")]
    pub min_answers: u8,
    /// The scored dimensions the index and stage need; below that the result is provisional.
    #[serde(default = "one")]
    pub min_dimensions: u8,
    /// The contradiction signal: in how many pairs of opposite statements (`opposite`) a
    /// respondent may agree, or disagree, with both before the result is given no stage; 0 for
    /// none.
    #[serde(default)]
    pub contradictions: u8,
    /// The items of the quick check, by id (empty: no quick check).
    #[serde(default)]
    pub quick: Vec<String>,
    pub scales: Vec<Scale>,
    pub dimensions: Vec<Dimension>,
    pub bands: Vec<Band>,
    pub stages: Vec<Stage>,
    pub items: Vec<Item>,
    /// Set on the quick check made from this file, never read from one.
    #[serde(skip)]
    pub form: Form,
}

/// One thing wrong with a questionnaire, with the place it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// A path into the file, such as `items[3] ("ww-2").weight`.
    pub place: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is not JSON of the expected shape; serde's message names line and column.
    Syntax(String),
    UnsupportedFormat {
        found: u32,
    },
    NoLanguages,
    DuplicateId(String),
    EmptyId,
    UnknownDimension(String),
    UnknownScale(String),
    /// An item has both `scale` and `options`, or neither.
    ScaleOrOptions,
    TooFewOptions {
        found: usize,
    },
    TooManyOptions {
        found: usize,
    },
    WeightNotPositive,
    DimensionWithoutItems,
    MissingText {
        lang: String,
    },
    MissingBand(String),
    UnknownBand(String),
    /// Stages or bands must start at 0 and rise strictly, each at most 100.
    BadThresholds,
    Empty,
    /// Two questionnaires meant as mirrors do not line up.
    NotAMirror(String),
    /// An evidence rule no answer set could meet, or one that asks for nothing.
    ImpossibleMinimum {
        asked: u8,
        available: usize,
    },
    /// The lowest stage is where every result starts, so it cannot have conditions.
    LowestStageWithConditions,
    /// The quick check names an item the questionnaire does not have.
    UnknownItem(String),
    /// A statement's `opposite` is not an agreement statement of its dimension keyed the other
    /// way.
    NotAnOpposite(String),
    /// The quick check keeps fewer of a dimension's items than a score needs.
    QuickTooThin {
        dimension: String,
        kept: usize,
        needed: u8,
    },
}

/// One way two questionnaires fail to mirror each other (see `Questionnaire::check_mirror`);
/// an index is the item's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MirrorFault {
    Seat,
    Escapes,
    Dimensions,
    Quick,
    Count,
    Id(usize),
    Dimension(usize),
    Keying(usize),
}

/// The most options an item may have: answers are stored as one digit.
pub const MAX_OPTIONS: usize = 9;

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind::*;
        write!(f, "{}: ", self.place)?;
        match &self.kind {
            Syntax(message) => write!(f, "not a valid questionnaire file ({message})"),
            UnsupportedFormat { found } => write!(
                f,
                "format {found} is not supported; this version reads format {FORMAT_VERSION}"
            ),
            NoLanguages => write!(f, "at least one language must be listed"),
            DuplicateId(id) => write!(f, "the id \"{id}\" is used more than once"),
            EmptyId => write!(f, "the id is empty"),
            UnknownDimension(id) => write!(f, "there is no dimension with the id \"{id}\""),
            UnknownScale(id) => write!(f, "there is no scale with the id \"{id}\""),
            ScaleOrOptions => write!(
                f,
                "give either \"scale\" or \"options\", not both or neither"
            ),
            TooFewOptions { found } => write!(f, "needs at least 2 options, has {found}"),
            TooManyOptions { found } => {
                write!(f, "may have at most {MAX_OPTIONS} options, has {found}")
            }
            WeightNotPositive => write!(f, "the weight must be a number above 0"),
            DimensionWithoutItems => write!(f, "no item belongs to this dimension"),
            MissingText { lang } => write!(f, "the text in \"{lang}\" is missing or empty"),
            MissingBand(id) => write!(f, "there is no text for the band \"{id}\""),
            UnknownBand(id) => write!(f, "there is no band with the id \"{id}\""),
            BadThresholds => write!(
                f,
                "\"from\" values must start at 0 and rise strictly, each at most 100"
            ),
            Empty => write!(f, "the list is empty"),
            NotAMirror(why) => write!(f, "does not mirror the other seat: {why}"),
            ImpossibleMinimum { asked, available } => write!(
                f,
                "asks for {asked}, but must be at least 1 and at most {available} (what there is to count)"
            ),
            LowestStageWithConditions => {
                write!(f, "the lowest stage cannot require anything")
            }
            UnknownItem(id) => write!(f, "there is no item with the id \"{id}\""),
            NotAnOpposite(id) => write!(
                f,
                "\"{id}\" is not an agreement statement of the same dimension keyed the other way"
            ),
            QuickTooThin {
                dimension,
                kept,
                needed,
            } => write!(
                f,
                "keeps {kept} items of the dimension \"{dimension}\", which needs {needed} for a score"
            ),
        }
    }
}

/// Every problem found while loading a questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.0 {
            writeln!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl Questionnaire {
    /// Every text of the questionnaire, in one fixed order (the same for any two copies of the
    /// same questionnaire, whatever languages they hold).
    fn texts_mut(&mut self) -> Vec<&mut Text> {
        let mut texts = vec![&mut self.title];
        for scale in &mut self.scales {
            texts.extend(scale.options.iter_mut());
        }
        for d in &mut self.dimensions {
            texts.extend([&mut d.name, &mut d.summary, &mut d.ask]);
            for band in d.bands.values_mut() {
                texts.extend([&mut band.meaning, &mut band.next_step]);
            }
            texts.extend(d.idea.as_mut());
        }
        texts.extend(self.bands.iter_mut().map(|b| &mut b.name));
        for stage in &mut self.stages {
            texts.extend([&mut stage.name, &mut stage.text]);
        }
        for item in &mut self.items {
            texts.push(&mut item.prompt);
            texts.extend(item.options.iter_mut().flatten());
        }
        texts
    }

    /// The quick check made from this questionnaire: the items its `quick` list names, in this
    /// questionnaire's order, scored by the same rules. Its id is this one's with `-quick`, so
    /// results links tell the two apart; the contradiction signal is scaled to the statement
    /// pairs it keeps (rounded up), and off when that is below two (one pair alone says little).
    /// `None` when the file has no quick check. (The app makes it from a second decoding of the
    /// same bytes, see `builtin`, so its wasm carries no deep copy of a questionnaire.)
    pub fn into_quick_form(mut self) -> Option<Questionnaire> {
        if self.quick.is_empty() || self.form == Form::Quick {
            return None;
        }
        let all = self.statement_pairs().len();
        let quick = std::mem::take(&mut self.quick);
        self.id = self.quick_id();
        self.items.retain(|item| quick.contains(&item.id));
        self.form = Form::Quick;
        if let Some(mirror) = &mut self.mirrors {
            mirror.id.push_str(QUICK_SUFFIX);
        }
        let kept = self.statement_pairs().len();
        let scaled = (usize::from(self.contradictions) * kept).div_ceil(all.max(1));
        self.contradictions = if scaled < 2 { 0 } else { scaled.min(255) as u8 };
        Some(self)
    }

    /// The quick check of this questionnaire, as `into_quick_form` makes it. Native only.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn quick_form(&self) -> Option<Questionnaire> {
        self.clone().into_quick_form()
    }

    /// The id of the quick check of the file this questionnaire comes from.
    pub fn quick_id(&self) -> String {
        format!("{}{QUICK_SUFFIX}", self.base_id())
    }

    /// The id of the file this questionnaire comes from: a quick check's without `-quick`.
    /// Saved progress is kept under it, so the quick check and the full form of a seat share
    /// one record (continuing from one to the other keeps every answer).
    pub fn base_id(&self) -> &str {
        match self.form {
            Form::Quick => self.id.strip_suffix(QUICK_SUFFIX).unwrap_or(&self.id),
            Form::Full => &self.id,
        }
    }

    /// The pairs of opposite statements this questionnaire asks (both of them), as item
    /// indices: the one `opposite` names, then the one that names it.
    pub fn statement_pairs(&self) -> Vec<(usize, usize)> {
        let mut pairs = Vec::new();
        for (i, item) in self.items.iter().enumerate() {
            let Some(other) = &item.opposite else {
                continue;
            };
            if let Some(j) = self.items.iter().position(|o| &o.id == other) {
                pairs.push((j, i));
            }
        }
        pairs
    }

    /// The same questionnaire with its texts in `langs` only (in their order here): what the
    /// app carries, or fetches, for a visitor reading one of them.
    pub fn in_languages(mut self, langs: &[&str]) -> Questionnaire {
        for text in self.texts_mut() {
            text.0.retain(|l, _| langs.contains(&l.as_str()));
        }
        self.languages.retain(|l| langs.contains(&l.as_str()));
        self
    }

    /// Reads and validates a questionnaire from JSON text. Native only: the app itself carries
    /// its questionnaires compiled by the build script (see `builtin`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(text: &str) -> Result<Questionnaire, Problems> {
        let questionnaire: Questionnaire = serde_json::from_str(text).map_err(|e| {
            Problems(vec![Problem {
                place: format!("line {}, column {}", e.line(), e.column()),
                kind: ProblemKind::Syntax(e.to_string()),
            }])
        })?;
        let problems = questionnaire.validate();
        if problems.is_empty() {
            Ok(questionnaire)
        } else {
            Err(Problems(problems))
        }
    }

    /// Checks the meaning of a questionnaire and returns every problem, in file order.
    pub fn validate(&self) -> Vec<Problem> {
        let mut check = Checker {
            languages: &self.languages,
            problems: Vec::new(),
        };
        if !(1..=FORMAT_VERSION).contains(&self.format) {
            check.push(
                "format",
                ProblemKind::UnsupportedFormat { found: self.format },
            );
        }
        if self.id.trim().is_empty() {
            check.push("id", ProblemKind::EmptyId);
        }
        if self.languages.is_empty() {
            check.push("languages", ProblemKind::NoLanguages);
        }
        check.text("title", &self.title);

        let scale_ids = check.unique_ids("scales", self.scales.iter().map(|s| s.id.as_str()));
        for (i, scale) in self.scales.iter().enumerate() {
            let place = format!("scales[{i}] (\"{}\")", scale.id);
            check.options(&place, &scale.options);
        }

        let band_ids = check.unique_ids("bands", self.bands.iter().map(|b| b.id.as_str()));
        check.thresholds("bands", self.bands.iter().map(|b| b.from));
        for (i, band) in self.bands.iter().enumerate() {
            check.text(&format!("bands[{i}] (\"{}\").name", band.id), &band.name);
        }

        let dimension_ids =
            check.unique_ids("dimensions", self.dimensions.iter().map(|d| d.id.as_str()));
        check.thresholds("stages", self.stages.iter().map(|s| s.from));
        check.unique_ids("stages", self.stages.iter().map(|s| s.id.as_str()));
        for (i, stage) in self.stages.iter().enumerate() {
            let place = format!("stages[{i}] (\"{}\")", stage.id);
            check.text(&format!("{place}.name"), &stage.name);
            check.text(&format!("{place}.text"), &stage.text);
            if i == 0 && !stage.requires.is_empty() {
                check.push(
                    &format!("{place}.requires"),
                    ProblemKind::LowestStageWithConditions,
                );
            }
            for (r, requirement) in stage.requires.iter().enumerate() {
                let at = format!("{place}.requires[{r}]");
                if requirement.dimension != EVERY_DIMENSION
                    && !dimension_ids.contains(requirement.dimension.as_str())
                {
                    check.push(
                        &format!("{at}.dimension"),
                        ProblemKind::UnknownDimension(requirement.dimension.clone()),
                    );
                }
                if !band_ids.contains(requirement.band.as_str()) {
                    check.push(
                        &format!("{at}.band"),
                        ProblemKind::UnknownBand(requirement.band.clone()),
                    );
                }
            }
        }
        if usize::from(self.min_dimensions) > self.dimensions.len() || self.min_dimensions == 0 {
            check.push(
                "min_dimensions",
                ProblemKind::ImpossibleMinimum {
                    asked: self.min_dimensions,
                    available: self.dimensions.len(),
                },
            );
        }
        for (i, dimension) in self.dimensions.iter().enumerate() {
            let place = format!("dimensions[{i}] (\"{}\")", dimension.id);
            check.text(&format!("{place}.name"), &dimension.name);
            check.text(&format!("{place}.summary"), &dimension.summary);
            check.text(&format!("{place}.ask"), &dimension.ask);
            match &dimension.idea {
                Some(idea) => check.text(&format!("{place}.idea"), idea),
                // Format 1 had no ideas; from format 2 every dimension says where it comes from.
                None if (2..=FORMAT_VERSION).contains(&self.format) => check.push(
                    &format!("{place}.idea"),
                    ProblemKind::MissingText {
                        lang: self.languages.first().cloned().unwrap_or_default(),
                    },
                ),
                None => {}
            }
            for band in &self.bands {
                match dimension.bands.get(&band.id) {
                    Some(text) => {
                        let at = format!("{place}.bands.{}", band.id);
                        check.text(&format!("{at}.meaning"), &text.meaning);
                        check.text(&format!("{at}.next_step"), &text.next_step);
                    }
                    None => check.push(
                        &format!("{place}.bands"),
                        ProblemKind::MissingBand(band.id.clone()),
                    ),
                }
            }
            for id in dimension
                .bands
                .keys()
                .filter(|id| !band_ids.contains(id.as_str()))
            {
                check.push(
                    &format!("{place}.bands"),
                    ProblemKind::UnknownBand(id.clone()),
                );
            }
            let items = self
                .items
                .iter()
                .filter(|item| item.dimension == dimension.id)
                .count();
            if items == 0 {
                check.push(&place, ProblemKind::DimensionWithoutItems);
            }
            let minimum = self.min_answers_of(dimension);
            if items > 0 && (minimum == 0 || usize::from(minimum) > items) {
                let at = if dimension.min_answers.is_some() {
                    format!("{place}.min_answers")
                } else {
                    "min_answers".to_string()
                };
                check.push(
                    &at,
                    ProblemKind::ImpossibleMinimum {
                        asked: minimum,
                        available: items,
                    },
                );
            }
        }

        let item_ids = check.unique_ids("items", self.items.iter().map(|item| item.id.as_str()));
        self.check_quick(&mut check, &item_ids);
        let pairs = self.statement_pairs().len();
        if self.contradictions > 0 && usize::from(self.contradictions) > pairs {
            check.push(
                "contradictions",
                ProblemKind::ImpossibleMinimum {
                    asked: self.contradictions,
                    available: pairs,
                },
            );
        }
        for (i, item) in self.items.iter().enumerate() {
            let place = format!("items[{i}] (\"{}\")", item.id);
            if !dimension_ids.contains(item.dimension.as_str()) {
                check.push(
                    &format!("{place}.dimension"),
                    ProblemKind::UnknownDimension(item.dimension.clone()),
                );
            }
            check.text(&format!("{place}.prompt"), &item.prompt);
            // `!(w > 0.0)` rather than `w <= 0.0`: NaN must fail too.
            if !(item.weight > 0.0 && item.weight.is_finite()) {
                check.push(&format!("{place}.weight"), ProblemKind::WeightNotPositive);
            }
            if let Some(other) = &item.opposite {
                let fits = self.items.iter().any(|o| {
                    &o.id == other
                        && o.dimension == item.dimension
                        && o.scale.is_some()
                        && item.scale.is_some()
                        && o.reverse != item.reverse
                });
                if !fits {
                    check.push(
                        &format!("{place}.opposite"),
                        ProblemKind::NotAnOpposite(other.clone()),
                    );
                }
            }
            match (&item.scale, &item.options) {
                (Some(scale), None) => {
                    if !scale_ids.contains(scale.as_str()) {
                        check.push(
                            &format!("{place}.scale"),
                            ProblemKind::UnknownScale(scale.clone()),
                        );
                    }
                }
                (None, Some(options)) => check.options(&format!("{place}.options"), options),
                _ => check.push(&place, ProblemKind::ScaleOrOptions),
            }
        }
        check.problems
    }

    /// The quick check's list: known items, each once, and enough of every dimension's items
    /// for a score.
    fn check_quick(&self, check: &mut Checker<'_>, item_ids: &BTreeSet<&str>) {
        if self.quick.is_empty() {
            return;
        }
        let mut seen = BTreeSet::new();
        for (i, id) in self.quick.iter().enumerate() {
            if !item_ids.contains(id.as_str()) {
                check.push(&format!("quick[{i}]"), ProblemKind::UnknownItem(id.clone()));
            } else if !seen.insert(id.as_str()) {
                check.push(&format!("quick[{i}]"), ProblemKind::DuplicateId(id.clone()));
            }
        }
        for dimension in &self.dimensions {
            let kept = self
                .items
                .iter()
                .filter(|item| item.dimension == dimension.id && seen.contains(item.id.as_str()))
                .count();
            let needed = self.min_answers_of(dimension);
            if kept < usize::from(needed) {
                check.push(
                    "quick",
                    ProblemKind::QuickTooThin {
                        dimension: dimension.id.clone(),
                        kept,
                        needed,
                    },
                );
            }
        }
    }

    /// Whether `self` asks `other`'s items one to one from the other seat (see `check_mirror`).
    /// What the app asks before comparing two results: no text is made for a fault.
    pub fn is_mirror_of(&self, other: &Questionnaire) -> bool {
        self.mirror_faults(other, |_| ())
    }

    /// Checks that `self` asks `other`'s items one to one from the other seat: the same items
    /// in the same order, in the same dimensions, with the same number of options and keying.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn check_mirror(&self, other: &Questionnaire) -> Vec<Problem> {
        let mut problems = Vec::new();
        self.mirror_faults(other, |fault| {
            let item = |i: usize| format!("items[{i}] (\"{}\")", self.items[i].id);
            let (place, why) = match fault {
                MirrorFault::Seat => (
                    "seat".into(),
                    "both questionnaires are for the same seat".into(),
                ),
                MirrorFault::Escapes => (
                    "not_applicable".into(),
                    "one seat offers \"Doesn't apply to us\" and the other does not".into(),
                ),
                MirrorFault::Dimensions => ("dimensions".into(), "the dimension ids differ".into()),
                MirrorFault::Quick => ("quick".into(), "the quick checks differ".into()),
                MirrorFault::Count => (
                    "items".into(),
                    format!("{} items against {}", self.items.len(), other.items.len()),
                ),
                MirrorFault::Id(i) => (
                    item(i),
                    format!("the other seat has \"{}\" here", other.items[i].id),
                ),
                MirrorFault::Dimension(i) => (item(i), "the dimension differs".into()),
                MirrorFault::Keying(i) => (item(i), "the options or their keying differ".into()),
            };
            problems.push(Problem {
                place,
                kind: ProblemKind::NotAMirror(why),
            });
        });
        problems
    }

    /// Walks the two questionnaires and reports each way they fail to mirror each other;
    /// returns whether there was none.
    fn mirror_faults(&self, other: &Questionnaire, mut report: impl FnMut(MirrorFault)) -> bool {
        let mut clean = true;
        let mut fault = |f: MirrorFault| {
            clean = false;
            report(f);
        };
        if self.seat == other.seat {
            fault(MirrorFault::Seat);
        }
        if self.not_applicable != other.not_applicable {
            fault(MirrorFault::Escapes);
        }
        let same_dimensions = self.dimensions.len() == other.dimensions.len()
            && self
                .dimensions
                .iter()
                .zip(&other.dimensions)
                .all(|(a, b)| a.id == b.id);
        if !same_dimensions {
            fault(MirrorFault::Dimensions);
        }
        if self.quick != other.quick || self.form != other.form {
            fault(MirrorFault::Quick);
        }
        if self.items.len() != other.items.len() {
            fault(MirrorFault::Count);
        }
        for (i, (mine, theirs)) in self.items.iter().zip(&other.items).enumerate() {
            if mine.id != theirs.id {
                fault(MirrorFault::Id(i));
            }
            if mine.dimension != theirs.dimension {
                fault(MirrorFault::Dimension(i));
            }
            if self.option_count(mine) != other.option_count(theirs)
                || mine.reverse != theirs.reverse
            {
                fault(MirrorFault::Keying(i));
            }
        }
        clean
    }

    /// The answered items a dimension needs for a score.
    pub fn min_answers_of(&self, dimension: &Dimension) -> u8 {
        dimension.min_answers.unwrap_or(self.min_answers)
    }

    /// How many escape answers every item offers: "I can't judge", and "Doesn't apply to us"
    /// where the questionnaire offers it.
    pub fn escapes(&self) -> usize {
        1 + usize::from(self.not_applicable)
    }

    /// About how many minutes the questionnaire takes in `lang`, from its words and items:
    /// reading at 180 words a minute (on a screen, weighing each statement; the shared scale is
    /// read once), plus 6 seconds per item to decide and move on. Rounded up, at least 1.
    pub fn minutes(&self, lang: &str) -> usize {
        let words = |text: &Text| text.get(lang).split_whitespace().count();
        let own: usize = self
            .items
            .iter()
            .map(|item| {
                words(&item.prompt) + item.options.iter().flatten().map(words).sum::<usize>()
            })
            .sum();
        let scales: usize = self.scales.iter().flat_map(|s| &s.options).map(words).sum();
        let seconds = (own + scales) * 60 / 180 + self.items.len() * 6;
        ((seconds + 30) / 60).max(1)
    }

    /// The number of options an item offers (not counting the escapes).
    ///
    /// Only meaningful on a validated questionnaire; an item whose scale is unknown has none.
    pub fn option_count(&self, item: &Item) -> usize {
        self.options(item).len()
    }

    /// The options of an item, from its own list or its scale.
    pub fn options<'a>(&'a self, item: &'a Item) -> &'a [Text] {
        if let Some(options) = &item.options {
            return options;
        }
        item.scale
            .as_ref()
            .and_then(|id| self.scales.iter().find(|s| &s.id == id))
            .map(|s| s.options.as_slice())
            .unwrap_or(&[])
    }

    /// The index of an item's dimension in `dimensions`.
    pub fn dimension_index(&self, item: &Item) -> Option<usize> {
        self.dimensions.iter().position(|d| d.id == item.dimension)
    }

    /// The stage reached by an overall index (0–100), the highest whose `from` it reaches.
    pub fn stage_for(&self, index: u8) -> Option<&Stage> {
        self.stages.iter().rev().find(|stage| index >= stage.from)
    }

    /// The band a dimension score (0–100) falls in.
    pub fn band_for(&self, score: u8) -> Option<&Band> {
        self.bands.iter().rev().find(|band| score >= band.from)
    }
}

/// Gathers problems while validation walks the file.
struct Checker<'a> {
    languages: &'a [String],
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn push(&mut self, place: &str, kind: ProblemKind) {
        self.problems.push(Problem {
            place: place.to_string(),
            kind,
        });
    }

    fn text(&mut self, place: &str, text: &Text) {
        for lang in self.languages {
            let present = text.0.get(lang).is_some_and(|t| !t.trim().is_empty());
            if !present {
                self.push(place, ProblemKind::MissingText { lang: lang.clone() });
            }
        }
    }

    fn options(&mut self, place: &str, options: &[Text]) {
        if options.len() < 2 {
            self.push(
                place,
                ProblemKind::TooFewOptions {
                    found: options.len(),
                },
            );
        }
        if options.len() > MAX_OPTIONS {
            self.push(
                place,
                ProblemKind::TooManyOptions {
                    found: options.len(),
                },
            );
        }
        for (i, option) in options.iter().enumerate() {
            self.text(&format!("{place}[{i}]"), option);
        }
    }

    /// Reports empty and repeated ids in a list, and returns the set of ids seen.
    fn unique_ids<'i>(
        &mut self,
        list: &str,
        ids: impl Iterator<Item = &'i str>,
    ) -> BTreeSet<&'i str> {
        let mut seen = BTreeSet::new();
        let mut any = false;
        for (i, id) in ids.enumerate() {
            any = true;
            if id.trim().is_empty() {
                self.push(&format!("{list}[{i}].id"), ProblemKind::EmptyId);
            } else if !seen.insert(id) {
                self.push(
                    &format!("{list}[{i}].id"),
                    ProblemKind::DuplicateId(id.to_string()),
                );
            }
        }
        if !any {
            self.push(list, ProblemKind::Empty);
        }
        seen
    }

    fn thresholds(&mut self, list: &str, froms: impl Iterator<Item = u8>) {
        let froms: Vec<u8> = froms.collect();
        let starts_at_zero = froms.first().is_none_or(|&first| first == 0);
        let rising = froms.windows(2).all(|pair| pair[0] < pair[1]);
        let bounded = froms.iter().all(|&from| from <= 100);
        if !(starts_at_zero && rising && bounded) {
            self.push(list, ProblemKind::BadThresholds);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::builtin;

    fn minimal() -> serde_json::Value {
        serde_json::json!({
            "format": 1, "id": "t", "version": 1, "languages": ["en"],
            "title": {"en": "T"},
            "scales": [{"id": "agree", "options": [{"en": "No"}, {"en": "Yes"}]}],
            "dimensions": [{
                "id": "d", "name": {"en": "D"}, "summary": {"en": "S"}, "ask": {"en": "A?"},
                "bands": {"low": {"meaning": {"en": "m"}, "next_step": {"en": "n"}}}
            }],
            "bands": [{"id": "low", "from": 0, "name": {"en": "Low"}}],
            "stages": [{"id": "s", "from": 0, "name": {"en": "S"}, "text": {"en": "t"}}],
            "items": [{"id": "i", "dimension": "d", "seed": "x", "prompt": {"en": "P"}, "scale": "agree"}]
        })
    }

    fn load(value: &serde_json::Value) -> Result<Questionnaire, Problems> {
        Questionnaire::from_json(&value.to_string())
    }

    #[test]
    fn the_built_in_questionnaire_is_valid() {
        let text = builtin::QUESTIONNAIRE_JSON;
        match Questionnaire::from_json(text) {
            Ok(q) => assert!(q.items.len() >= 27 && q.dimensions.len() >= 9),
            Err(problems) => panic!("built-in questionnaire has problems:\n{problems}"),
        }
    }

    #[test]
    fn a_minimal_questionnaire_is_valid() {
        assert!(load(&minimal()).is_ok());
    }

    #[test]
    fn malformed_json_names_line_and_column() {
        let err = Questionnaire::from_json("{\n \"format\": 1,\n oops }").unwrap_err();
        assert_eq!(err.0.len(), 1);
        assert_eq!(err.0[0].place, "line 3, column 2");
        assert!(matches!(err.0[0].kind, ProblemKind::Syntax(_)));
    }

    #[test]
    fn unknown_fields_are_refused() {
        let mut q = minimal();
        q["items"][0]["wieght"] = serde_json::json!(2);
        let err = load(&q).unwrap_err();
        assert!(err.to_string().contains("wieght"), "{err}");
    }

    #[test]
    fn every_problem_is_reported_with_its_place() {
        let mut q = minimal();
        q["format"] = serde_json::json!(7);
        q["items"] = serde_json::json!([
            {"id": "i", "dimension": "nope", "seed": "x", "prompt": {"en": ""}, "scale": "agree", "weight": 0},
            {"id": "i", "dimension": "d", "seed": "x", "prompt": {"en": "P"}, "scale": "missing"},
            {"id": "j", "dimension": "d", "seed": "x", "prompt": {"en": "P"}},
            {"id": "k", "dimension": "d", "seed": "x", "prompt": {"en": "P"}, "options": [{"en": "only"}]}
        ]);
        q["stages"] = serde_json::json!([
            {"id": "a", "from": 10, "name": {"en": "A"}, "text": {"de": "nur deutsch"}}
        ]);
        q["dimensions"][0]["bands"] =
            serde_json::json!({"other": {"meaning": {"en": "m"}, "next_step": {"en": "n"}}});
        let problems = load(&q).unwrap_err().0;
        let found: Vec<(String, ProblemKind)> =
            problems.into_iter().map(|p| (p.place, p.kind)).collect();
        let expect = |place: &str, kind: ProblemKind| {
            assert!(
                found.contains(&(place.to_string(), kind.clone())),
                "missing {place}: {kind:?} in {found:#?}"
            );
        };
        expect("format", ProblemKind::UnsupportedFormat { found: 7 });
        expect("stages", ProblemKind::BadThresholds);
        expect(
            "stages[0] (\"a\").text",
            ProblemKind::MissingText { lang: "en".into() },
        );
        expect(
            "dimensions[0] (\"d\").bands",
            ProblemKind::MissingBand("low".into()),
        );
        expect(
            "dimensions[0] (\"d\").bands",
            ProblemKind::UnknownBand("other".into()),
        );
        expect("items[1].id", ProblemKind::DuplicateId("i".into()));
        expect(
            "items[0] (\"i\").dimension",
            ProblemKind::UnknownDimension("nope".into()),
        );
        expect(
            "items[0] (\"i\").prompt",
            ProblemKind::MissingText { lang: "en".into() },
        );
        expect("items[0] (\"i\").weight", ProblemKind::WeightNotPositive);
        expect(
            "items[1] (\"i\").scale",
            ProblemKind::UnknownScale("missing".into()),
        );
        expect("items[2] (\"j\")", ProblemKind::ScaleOrOptions);
        expect(
            "items[3] (\"k\").options",
            ProblemKind::TooFewOptions { found: 1 },
        );
        assert_eq!(found.len(), 12, "{found:#?}");
    }

    #[test]
    fn a_dimension_without_items_is_reported() {
        let mut q = minimal();
        q["dimensions"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "id": "lonely", "name": {"en": "L"}, "summary": {"en": "S"}, "ask": {"en": "A?"},
                "bands": {"low": {"meaning": {"en": "m"}, "next_step": {"en": "n"}}}
            }));
        let problems = load(&q).unwrap_err().0;
        assert_eq!(
            problems,
            vec![Problem {
                place: "dimensions[1] (\"lonely\")".into(),
                kind: ProblemKind::DimensionWithoutItems
            }]
        );
    }

    #[test]
    fn every_declared_language_needs_every_text() {
        let mut q = minimal();
        q["languages"] = serde_json::json!(["en", "de"]);
        let problems = load(&q).unwrap_err().0;
        assert!(!problems.is_empty());
        assert!(problems
            .iter()
            .all(|p| p.kind == ProblemKind::MissingText { lang: "de".into() }));
        // title, scale options (2), band name, stage name+text, dimension name, summary, ask,
        // band meaning+next step, item prompt
        assert_eq!(problems.len(), 12, "{problems:#?}");
    }

    #[test]
    fn stages_and_bands_are_looked_up_by_threshold() {
        let q = Questionnaire::from_json(builtin::QUESTIONNAIRE_JSON).unwrap();
        assert_eq!(q.stage_for(0).unwrap().id, q.stages[0].id);
        assert_eq!(q.stage_for(100).unwrap().id, q.stages.last().unwrap().id);
        for stage in &q.stages {
            assert_eq!(q.stage_for(stage.from).unwrap().id, stage.id);
        }
        assert_eq!(q.band_for(0).unwrap().id, q.bands[0].id);
        assert_eq!(q.band_for(100).unwrap().id, q.bands.last().unwrap().id);
    }
}
