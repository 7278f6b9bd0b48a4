//! The service API's data types. They cross to the UI as JSON; their
//! TypeScript twins are generated into `ui/src/bindings/` by ts-rs
//! (`cargo test -p scrutineer-core`).

use scrutineer_count::{Exclusion, Outcome, TieBreak};
use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

/// A term's lifecycle. Each stage allows only what makes sense then; a
/// certified term refuses every change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Draft,
    Nominations,
    Voting,
    Counted,
    Certified,
}

impl Stage {
    pub const ALL: [Stage; 5] = [
        Stage::Draft,
        Stage::Nominations,
        Stage::Voting,
        Stage::Counted,
        Stage::Certified,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Draft => "draft",
            Stage::Nominations => "nominations",
            Stage::Voting => "voting",
            Stage::Counted => "counted",
            Stage::Certified => "certified",
        }
    }
    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.iter().copied().find(|x| x.as_str() == s)
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The form for a new term.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[ts(export)]
pub struct NewTerm {
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    pub seats: u32,
    /// Counting method name (`approval`, `star`, `schulze`, ...).
    pub method: String,
    #[serde(default)]
    pub max_per_employer: Option<u32>,
    /// Tie-break seed text; empty = the sorted candidate names.
    #[serde(default)]
    pub seed: String,
    /// Minimum turnout, as a percentage of eligible voters.
    #[serde(default)]
    pub quorum_percent: Option<u32>,
    /// The secrecy threshold (smallest ballot batch imported without a
    /// reason); `None` = 5.
    #[serde(default)]
    #[ts(optional)]
    pub secrecy_min: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Term {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub organisation: String,
    pub seats: u32,
    pub method: String,
    pub max_per_employer: Option<u32>,
    pub seed: String,
    pub quorum_percent: Option<u32>,
    pub stage: Stage,
    pub created_at: String,
    /// The secrecy threshold: a ballot batch with fewer ballots is refused
    /// unless the officer gives a reason (default 5).
    #[serde(default = "default_secrecy_min")]
    #[ts(as = "Option<u32>", optional)]
    pub secrecy_min: u32,
}

fn default_secrecy_min() -> u32 {
    5
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TermSummary {
    #[serde(flatten)]
    pub term: Term,
    #[ts(type = "number")]
    pub voters: u64,
    #[ts(type = "number")]
    pub nominees: u64,
    #[ts(type = "number")]
    pub ballots: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RejectedRow {
    #[ts(type = "number")]
    pub line: u64,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RollImport {
    #[ts(type = "number")]
    pub imported: u64,
    pub rejected: Vec<RejectedRow>,
    pub encoding: String,
    pub delimiter: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[ts(export)]
pub struct VoterQuery {
    #[serde(default)]
    pub search: Option<String>,
    #[serde(default)]
    #[ts(type = "number")]
    pub offset: u64,
    #[ts(type = "number")]
    pub limit: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Voter {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub email: String,
    pub member_id: Option<String>,
    #[ts(type = "number")]
    pub weight: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VoterPage {
    #[ts(type = "number")]
    pub total: u64,
    pub voters: Vec<Voter>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[ts(export)]
pub struct NewNominee {
    pub name: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub employer: Option<String>,
    #[serde(default)]
    pub nominated_by: Option<String>,
    #[serde(default)]
    pub statement: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Nominee {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub employer: Option<String>,
    pub nominated_by: Option<String>,
    pub statement: Option<String>,
    pub withdrawn: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BallotBatch {
    #[ts(type = "number")]
    pub id: i64,
    pub file: String,
    pub sha256: String,
    #[ts(type = "number")]
    pub count: u64,
    pub imported_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TallyCandidate {
    pub name: String,
    pub employer: Option<String>,
    pub votes: String,
    pub rank: Option<u32>,
    pub status: String,
}

/// A term's counted result: what `tally --json` prints and what is stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Tally {
    pub term: String,
    pub organisation: String,
    pub method: String,
    pub method_title: String,
    pub seats: u32,
    pub winners: Vec<String>,
    pub excluded: Vec<Exclusion>,
    pub tie_breaks: Vec<TieBreak>,
    #[ts(type = "number")]
    pub ballots: u64,
    #[ts(type = "number")]
    pub eligible: u64,
    /// Ballots as a percentage of eligible voters, two decimals ("62.50%").
    pub turnout: String,
    /// Whether the term's quorum was met (`null` when the term has none).
    pub quorum_met: Option<bool>,
    pub candidates: Vec<TallyCandidate>,
    /// SHA-256 of the ballot set (see `ballot_set_hash`).
    pub ballot_sha256: String,
    pub rules: Vec<String>,
    /// Things the returns officer should check before signing (e.g. more
    /// ballots than voters on the roll), in plain words.
    #[serde(default)]
    pub warnings: Vec<String>,
    pub counted_at: String,
    /// The engine's full explanation.
    pub outcome: Outcome,
}

/// How to read a roll file; everything left empty is detected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[ts(export)]
pub struct RollImportOptions {
    /// Encoding label (`utf-8`, `windows-1252`, `utf-16le`, ...).
    #[serde(default)]
    pub encoding: Option<String>,
    /// `comma`, `semicolon`, `tab`, `pipe` or one character.
    #[serde(default)]
    pub delimiter: Option<String>,
    /// Explicit column mappings `FIELD=Header` (fields: name, first_name,
    /// last_name, email, id, weight, membership).
    #[serde(default)]
    pub map: Vec<String>,
}

/// One voter as read from a file (preview and diff).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RollRowView {
    #[ts(type = "number")]
    pub line: u64,
    pub name: String,
    pub email: String,
    pub member_id: Option<String>,
    #[ts(type = "number")]
    pub weight: u64,
    pub membership: Option<String>,
}

/// What a roll file looks like before it is imported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RollPreview {
    pub encoding: String,
    /// How the encoding was found: `given`, `bom`, `utf16_pattern`,
    /// `valid_utf8` or `detected`.
    pub encoding_source: String,
    pub delimiter: String,
    pub headers: Vec<String>,
    /// Field -> header, as mapped.
    pub mapping: Vec<(String, String)>,
    pub rows: Vec<RollRowView>,
    #[ts(type = "number")]
    pub good: u64,
    #[ts(type = "number")]
    pub refused: u64,
    /// The first refused rows, with their line and reason.
    pub rejected: Vec<RejectedRow>,
}

/// A voter whose details differ between the roll and a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RollChange {
    pub before: Voter,
    pub after: RollRowView,
    /// Which fields differ (`name`, `id`, `weight`, `membership`).
    pub fields: Vec<String>,
}

/// The difference between a term's roll and a file. The lists hold at most
/// `RollDiff::LIST_LIMIT` entries each; the counts are complete.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RollDiff {
    #[ts(type = "number")]
    pub added_count: u64,
    #[ts(type = "number")]
    pub removed_count: u64,
    #[ts(type = "number")]
    pub changed_count: u64,
    #[ts(type = "number")]
    pub unchanged: u64,
    pub added: Vec<RollRowView>,
    pub removed: Vec<Voter>,
    pub changed: Vec<RollChange>,
    pub rejected: Vec<RejectedRow>,
    pub encoding: String,
    pub delimiter: String,
}

impl RollDiff {
    pub const LIST_LIMIT: usize = 1000;
}

/// Progress of a long import: rows read so far, and the estimated total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Progress {
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// Roll export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum RollFormat {
    /// `name,email,id,weight,membership`.
    Csv,
    /// Helios voter file: `password,<id>,<email>,<name>`.
    Helios,
    /// One email per line (OpaVote, BetterVoting).
    Emails,
    /// Who voted (after voting): `name,email`, never linked to a ballot.
    Voted,
}

impl RollFormat {
    pub fn parse(s: &str) -> Option<RollFormat> {
        match s.trim() {
            "csv" => Some(RollFormat::Csv),
            "helios" => Some(RollFormat::Helios),
            "emails" => Some(RollFormat::Emails),
            "voted" => Some(RollFormat::Voted),
            _ => None,
        }
    }
}
