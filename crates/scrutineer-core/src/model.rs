//! The service API's data types. They cross to the UI as JSON; their
//! TypeScript twins are generated into `ui/src/bindings/` by ts-rs
//! (`cargo test -p scrutineer-core`).

use scrutineer_count::{Exclusion, Note, Outcome, TieBreak};
pub use scrutineer_i18n::Lang;
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

impl Stage {
    /// The stage's name as a message (`err-stage-*`), for sentences in any
    /// language.
    pub fn msg(self) -> scrutineer_i18n::Msg {
        scrutineer_i18n::Msg::new(match self {
            Stage::Draft => "err-stage-draft",
            Stage::Nominations => "err-stage-nominations",
            Stage::Voting => "err-stage-voting",
            Stage::Counted => "err-stage-counted",
            Stage::Certified => "err-stage-certified",
        })
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
    /// Tie-break procedure, caps counting sitting members, "none of the
    /// above", Debian parameters (issue 7).
    #[serde(default)]
    pub rules: TermRules,
    /// The nomination period and rules (issue 9).
    #[serde(default)]
    #[ts(optional, as = "Option<NominationRules>")]
    pub nominations: NominationRules,
    /// The language of the term's published documents (`en` if not given).
    #[serde(default)]
    #[ts(optional, as = "Option<Lang>")]
    pub language: Lang,
}

/// A term's nomination rules (issue 9). Every rule is optional: a term
/// without any accepts any nomination, at any time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[ts(export)]
pub struct NominationRules {
    /// First day nominations are accepted, `YYYY-MM-DD` (UTC), inclusive.
    #[serde(default)]
    pub opens: Option<String>,
    /// Last day nominations are accepted, `YYYY-MM-DD` (UTC), inclusive.
    #[serde(default)]
    pub closes: Option<String>,
    /// Seconders (members on the roll) a nomination needs.
    #[serde(default)]
    pub seconders: u32,
    /// The longest statement, in words (`scrutineer_markdown::word_count`).
    #[serde(default)]
    pub statement_words: Option<u32>,
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
    /// The language of the term's published documents: certificate,
    /// booklet, announcement and the results CSV's headers (issue 11).
    #[serde(default)]
    pub language: Lang,
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
    /// The Fluent id of the reason's message when it has one: a stable
    /// marker for programs (`err-rule-period`: refused by the nomination
    /// period, which a late reason can override), whatever its words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub id: Option<String>,
    /// The row as read from the file (a roll row's fields joined by the
    /// file's delimiter), when there is one to show.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub row: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RollImport {
    #[ts(type = "number")]
    pub imported: u64,
    pub rejected: Vec<RejectedRow>,
    pub encoding: String,
    pub delimiter: String,
    /// Two likely encodings read the file differently (see
    /// [`EncodingChoiceView`]).
    #[serde(default)]
    pub encoding_choice: Option<EncodingChoiceView>,
}

/// Windows-1252 and Windows-1250 read a roll file differently: which was
/// used, why, and the lines both ways, so the user can choose
/// (`scrutineer_formats::roll::encoding_choice`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EncodingChoiceView {
    pub chosen: String,
    pub other: String,
    pub guessed: String,
    pub why: String,
    pub differing: Vec<EncodingDiffLine>,
}

/// One line of a roll file as two encodings read it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EncodingDiffLine {
    #[ts(type = "number")]
    pub line: u64,
    pub chosen: String,
    pub other: String,
}

impl From<&scrutineer_formats::roll::EncodingChoice> for EncodingChoiceView {
    fn from(c: &scrutineer_formats::roll::EncodingChoice) -> Self {
        EncodingChoiceView {
            chosen: c.chosen.clone(),
            other: c.other.clone(),
            guessed: c.guessed.clone(),
            why: c.why.clone(),
            differing: c
                .differing
                .iter()
                .map(|(line, a, b)| EncodingDiffLine {
                    line: *line,
                    chosen: a.clone(),
                    other: b.clone(),
                })
                .collect(),
        }
    }
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
    /// Empty for a member known by id only (`member_id`, e.g. an Elekto
    /// voter's GitHub login): no address is ever made up.
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
    /// The statement in Markdown, stored as written.
    #[serde(default)]
    pub statement: Option<String>,
    /// A handle (e.g. a GitHub login).
    #[serde(default)]
    #[ts(optional, as = "Option<String>")]
    pub handle: Option<String>,
    /// Seconders: members on the roll, by email or member id.
    #[serde(default)]
    #[ts(optional, as = "Option<Vec<String>>")]
    pub seconded_by: Vec<String>,
    /// Why a nomination outside the nomination period is accepted.
    #[serde(default)]
    #[ts(optional, as = "Option<String>")]
    pub late_reason: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[ts(export)]
pub struct Nominee {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub employer: Option<String>,
    /// `self`, a member's email as on the roll, or (roll empty, or an
    /// older file) the nominator as given.
    pub nominated_by: Option<String>,
    /// The statement in Markdown, as written.
    pub statement: Option<String>,
    pub withdrawn: bool,
    #[serde(default)]
    #[ts(optional = nullable)]
    pub handle: Option<String>,
    /// The nominator's name as on the roll.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub nominator_name: Option<String>,
    /// When the nomination was made (UTC), or the form's timestamp.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub nominated_at: Option<String>,
    /// Why it was accepted outside the nomination period.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub late_reason: Option<String>,
    /// When the nominee accepted the nomination (UTC).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub accepted_at: Option<String>,
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
    /// Ballots as a percentage of eligible voters, two decimals ("62.50%");
    /// `null` when it cannot be worked out (an empty roll). Results stored
    /// before it was optional said "n/a", read as `null`.
    #[serde(default, deserialize_with = "turnout_figure")]
    #[ts(type = "string | null")]
    pub turnout: Option<String>,
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
    /// `rules` as messages, one for one (documents say them in their
    /// language); absent from results stored before them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rule_events: Vec<Said>,
    /// `warnings` as messages, one for one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warning_events: Vec<Said>,
}

/// A line of the stored result as a message: its id (`locales/<lang>/documents.ftl`)
/// and its arguments, so that a document says it in its language. The
/// English line is stored beside it (`export::english`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Said {
    pub id: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<SaidArg>,
}

/// One named argument of a [`Said`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SaidArg {
    pub name: String,
    pub value: SaidValue,
}

/// The value of a [`SaidArg`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum SaidValue {
    /// A whole number (plurals choose by it).
    Int(#[ts(type = "number")] u64),
    /// Text kept as it is: names, reasons, a hash.
    Text(String),
    /// A phrase that is a message itself.
    Phrase(Box<Said>),
    /// Phrases joined as a list (", " in English).
    Phrases(Vec<Said>),
    /// A phrase of the count ([`Note`]).
    Note(Note),
}

impl Said {
    /// Message `id` with no arguments yet.
    pub fn new(id: &str) -> Said {
        Said {
            id: id.to_string(),
            args: Vec::new(),
        }
    }

    fn with(mut self, name: &str, value: SaidValue) -> Said {
        self.args.push(SaidArg {
            name: name.to_string(),
            value,
        });
        self
    }

    pub fn int(self, name: &str, n: u64) -> Said {
        self.with(name, SaidValue::Int(n))
    }

    pub fn text(self, name: &str, t: impl Into<String>) -> Said {
        self.with(name, SaidValue::Text(t.into()))
    }

    pub fn phrase(self, name: &str, p: Said) -> Said {
        self.with(name, SaidValue::Phrase(Box::new(p)))
    }

    pub fn phrases(self, name: &str, v: Vec<Said>) -> Said {
        self.with(name, SaidValue::Phrases(v))
    }

    pub fn note(self, name: &str, n: Note) -> Said {
        self.with(name, SaidValue::Note(n))
    }
}

/// A stored turnout: the figure, or `None` for `null` and for the "n/a"
/// of results stored before the turnout was optional.
fn turnout_figure<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v: Option<String> = Option::deserialize(d)?;
    Ok(v.filter(|s| s.trim() != "n/a"))
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
    /// Two likely encodings read the file differently.
    #[serde(default)]
    pub encoding_choice: Option<EncodingChoiceView>,
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

/// The rules an organisation wrote around the counting method (issue 7),
/// stored with the term (migration 4). Everything defaults to "not used".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TermRules {
    /// How a tie is broken: `draw` (Scrutineer's seeded draw, the default),
    /// `psf` (the PSF's published procedure) or `officer` (a decision the
    /// returns officer records: coin, lot, casting vote).
    #[serde(default = "default_tie_rule")]
    pub tie_rule: String,
    /// A cap as a fraction of the whole body, `num/den` (e.g. `1/3`: at most
    /// a third of the body, sitting members included, from one employer).
    #[serde(default)]
    pub cap_fraction: Option<String>,
    /// The name of the "none of the above" / "re-open nominations" option:
    /// a nominee who can be ranked or approved; a seat it wins stays vacant.
    #[serde(default)]
    pub none_of_the_above: Option<String>,
    /// The Debian constitution's parameters (method `debian`).
    #[serde(default)]
    pub debian: Option<DebianParams>,
    /// Members of the body who are not on the ballot (they count toward
    /// their employer's cap).
    #[serde(default)]
    pub sitting: Vec<SittingMember>,
}

pub(crate) fn default_tie_rule() -> String {
    "draw".to_string()
}

impl Default for TermRules {
    fn default() -> Self {
        TermRules {
            tie_rule: default_tie_rule(),
            cap_fraction: None,
            none_of_the_above: None,
            debian: None,
            sitting: Vec::new(),
        }
    }
}

/// A member of the body who is not up for election.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SittingMember {
    pub name: String,
    #[serde(default)]
    pub employer: Option<String>,
}

/// Debian constitution A.6 parameters of a vote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[ts(export)]
pub struct DebianParams {
    /// The quorum Q (a number of voters, possibly fractional, as the
    /// Secretary announced it: e.g. `37.4`).
    #[serde(default)]
    pub quorum: Option<String>,
    /// Options needing a supermajority: (option name, N) for N:1.
    #[serde(default)]
    pub majorities: Vec<(String, u32)>,
    /// The default option's name (default: the last option).
    #[serde(default)]
    pub default_option: Option<String>,
}

/// A returns officer's decision of a tie, recorded before the count that
/// uses it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TieDecision {
    /// What the tie decides, in the count's words.
    pub context: String,
    /// The tied candidates, sorted by name.
    pub tied: Vec<String>,
    /// The tied candidates in the decided order, favoured first.
    pub order: Vec<String>,
    /// `coin`, `lot` or `casting-vote`.
    pub method: String,
    pub decided_by: String,
    pub witness: Option<String>,
    pub decided_at: String,
}

/// The form for a tie decision. The tie is the one the term's count is
/// waiting for; `order` names every tied candidate once, favoured first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[ts(export)]
pub struct NewTieDecision {
    pub order: Vec<String>,
    pub method: String,
    pub decided_by: String,
    #[serde(default)]
    pub witness: Option<String>,
}

/// A tie the count cannot settle without the returns officer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PendingTie {
    pub context: String,
    pub tied: Vec<String>,
    /// The command that records the decision, for the CLI.
    pub command: String,
}

/// Totals typed in the window by two people, or read from a file: one
/// figure per nominee (in the nominees' order), and the ballots cast.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS, Default)]
#[ts(export)]
pub struct TotalsEntry {
    /// Where the figures come from (a file name, or a description such as
    /// "Hand count, table 2").
    pub source: String,
    #[ts(type = "Array<[string, number]>")]
    pub votes: Vec<(String, u64)>,
    #[ts(type = "number")]
    pub ballots: u64,
}

/// One difference between two typed entries of the same totals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TotalsMismatch {
    /// The nominee, or `Ballots cast`.
    pub name: String,
    #[ts(type = "number | null")]
    pub first: Option<u64>,
    #[ts(type = "number | null")]
    pub second: Option<u64>,
}

/// What an input file is, before it is imported: the detected format and
/// what a blank mark means in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct InputPreview {
    /// `grid`, `blt`, `totals`, `helios`, `civs`, `elekto`, ...
    pub format: String,
    /// `ballots` or `totals`.
    pub kind: String,
    /// What a blank mark means, in plain words (`null` for totals).
    pub blank: Option<String>,
    pub candidates: Vec<String>,
    /// Ballots in the file, or the ballots cast given with totals.
    #[ts(type = "number | null")]
    pub ballots: Option<u64>,
    pub sha256: String,
}

/// One backup of an election file (`backups/` beside it), newest first in
/// [`crate::Election::list_backups`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BackupInfo {
    /// The file name: what `backup restore` takes.
    pub name: String,
    pub path: String,
    /// When it was taken, local time, `YYYY-MM-DD HH:MM:SS`.
    pub taken: String,
    /// The step it was taken before (`certify`, `replace-roll`,
    /// `delete-term`, `before-restore`, ...).
    pub step: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// A change to a term's settings (`term edit`): only the fields given
/// change. `reason` is required and goes in the audit log with the old and
/// new values.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct TermEdit {
    #[serde(default)]
    #[ts(optional)]
    pub name: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub organisation: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub seats: Option<u32>,
    #[serde(default)]
    #[ts(optional)]
    pub method: Option<String>,
    /// `Some(None)` (JSON `null`) removes the limit; absent: unchanged.
    #[serde(default, deserialize_with = "present")]
    #[ts(optional, as = "Option<Option<u32>>")]
    pub max_per_employer: Option<Option<u32>>,
    #[serde(default)]
    #[ts(optional)]
    pub seed: Option<String>,
    /// `Some(None)` (JSON `null`) removes the quorum; absent: unchanged.
    #[serde(default, deserialize_with = "present")]
    #[ts(optional, as = "Option<Option<u32>>")]
    pub quorum_percent: Option<Option<u32>>,
    /// `draw`, `psf` or `officer`.
    #[serde(default)]
    #[ts(optional)]
    pub tie_rule: Option<String>,
    /// The language of the published documents (issue 11). Changing only
    /// the language keeps the count: the documents are words around it.
    #[serde(default)]
    #[ts(optional)]
    pub language: Option<Lang>,
    pub reason: String,
}

/// A field that is present, even as `null`: `Some(value)`.
fn present<'de, D, T>(d: D) -> std::result::Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

#[cfg(test)]
#[test]
fn term_edit_null_clears_and_absent_keeps() {
    let e: TermEdit = serde_json::from_str(r#"{"max_per_employer": null, "reason": "r"}"#).unwrap();
    assert_eq!(e.max_per_employer, Some(None));
    assert_eq!(e.quorum_percent, None);
}

/// Who certifies a term, and who witnesses it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CertifyRequest {
    pub officer: String,
    #[serde(default)]
    #[ts(optional)]
    pub witness: Option<String>,
}

/// A term's certification: by whom, witnessed by whom, when, and the
/// certificate's identifier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Certification {
    pub term: String,
    pub officer: String,
    pub witness: Option<String>,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    pub certified_at: String,
    /// The same time as people read it: local, with the zone.
    pub certified_local: String,
    /// 16 hex digits: the first of SHA-256 over the stored result and the
    /// audit chain's head when it was certified (`certify.rs`).
    pub identifier: String,
}

/// A turnout is a figure or null; the "n/a" of results stored before it was
/// optional reads as null.
#[cfg(test)]
#[test]
fn turnout_reads_a_figure_null_and_the_old_n_a() {
    let read = |j: &str| turnout_figure(&mut serde_json::Deserializer::from_str(j)).unwrap();
    assert_eq!(read("\"62.50%\""), Some("62.50%".to_string()));
    assert_eq!(read("null"), None);
    assert_eq!(read("\"n/a\""), None);
}
