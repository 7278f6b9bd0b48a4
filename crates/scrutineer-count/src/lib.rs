//! Scrutineer's counting engine.
//!
//! Pure: no I/O, no GUI, no database. A count is a function of a [`Profile`]
//! (candidates and weighted ballots), a [`Method`] and the [`Rules`] around it
//! (seats, group caps, withdrawn candidates, the tie-break seed). It returns an
//! [`Outcome`]: the winners, the full ranking where the method has one, and the
//! explanation (rounds, pairwise matrix, STAR runoffs, group-cap steps,
//! tie-breaks), serialisable with serde and printable as text.
//!
//! Architecture invariant: every random choice goes through [`tiebreak::Draw`],
//! which is seeded from the term's seed text and the ballot set's hash and
//! records what it decided; no method breaks a tie any other way unless its
//! own published rule says so (and then the rule is cited where it is applied).

pub mod approval;
pub mod debian;
pub mod decimal;
pub mod explain;
pub mod groups;
pub mod irv;
pub mod plurality;
pub mod ranked_pairs;
pub mod ranking;
pub mod schulze;
pub mod star;
pub mod stv_meek;
pub mod stv_scottish;
mod stv_state;
pub mod text;
pub mod tiebreak;

pub use explain::Note;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

/// Index of a candidate in [`Profile::candidates`].
pub type CandId = usize;

/// What a voter marked on one ballot.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Marks {
    /// Preference groups, most preferred first. Candidates in one group are
    /// ranked equally; candidates in no group are unranked (below every ranked
    /// candidate for IRV/STV, and in no pairwise contest for Condorcet methods).
    Ranking(Vec<Vec<CandId>>),
    /// The candidates the voter approved, in ascending order.
    Approval(Vec<CandId>),
    /// A score per scored candidate, ascending by candidate. A candidate left
    /// out scores 0.
    Scores(Vec<(CandId, u32)>),
}

/// One ballot, or `weight` identical ballots.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Ballot {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub weight: u64,
    pub marks: Marks,
}

/// The candidates and the ballots cast.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Profile {
    pub candidates: Vec<String>,
    pub ballots: Vec<Ballot>,
}

impl Profile {
    pub fn new(candidates: Vec<String>) -> Self {
        Profile {
            candidates,
            ballots: Vec::new(),
        }
    }

    /// Total weight of the ballots (the number of ballots cast).
    pub fn total_weight(&self) -> u64 {
        self.ballots.iter().map(|b| b.weight).sum()
    }

    /// Merge identical ballots into one with the summed weight, keeping the
    /// order of first appearance. Counting the result is equivalent to counting
    /// the original, and memory then depends on the number of distinct ballots.
    pub fn compress(&mut self) {
        let mut index: HashMap<Marks, usize> = HashMap::new();
        let mut out: Vec<Ballot> = Vec::new();
        for b in self.ballots.drain(..) {
            match index.get(&b.marks) {
                Some(&i) => out[i].weight += b.weight,
                None => {
                    index.insert(b.marks.clone(), out.len());
                    out.push(b);
                }
            }
        }
        self.ballots = out;
    }

    /// Add a ballot, merging it into an identical earlier one through `index`.
    /// Used by streaming readers so memory stays proportional to the number of
    /// distinct ballots.
    pub fn push_merged(&mut self, index: &mut HashMap<Marks, usize>, ballot: Ballot) {
        match index.get(&ballot.marks) {
            Some(&i) => self.ballots[i].weight += ballot.weight,
            None => {
                index.insert(ballot.marks.clone(), self.ballots.len());
                self.ballots.push(ballot);
            }
        }
    }
}

/// The counting methods Scrutineer implements. The serde/CLI name is given in
/// brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// Multi-seat block approval [`approval`] (PEP 13, 2019–2024; PSF board).
    Approval,
    /// Plurality / single non-transferable vote [`plurality`].
    Plurality,
    /// Bloc STAR, scores 0–5 [`star`] (PEP 13 since December 2024).
    Star,
    /// Schulze [`schulze`].
    Schulze,
    /// Ranked pairs (Tideman) [`ranked-pairs`].
    RankedPairs,
    /// Instant-runoff [`irv`].
    Irv,
    /// Scottish STV, SSI 2007/42 [`stv-scottish`].
    StvScottish,
    /// Meek STV [`stv-meek`].
    StvMeek,
    /// The Debian constitution, appendix A.6 [`debian`]: Condorcet with a
    /// default option, per-option quorum and majority ratio, the Schwartz set
    /// and dropping of the weakest defeats.
    Debian,
}

impl Method {
    pub const ALL: [Method; 9] = [
        Method::Approval,
        Method::Plurality,
        Method::Star,
        Method::Schulze,
        Method::RankedPairs,
        Method::Irv,
        Method::StvScottish,
        Method::StvMeek,
        Method::Debian,
    ];

    /// The name used on the command line and in the election file.
    pub fn name(self) -> &'static str {
        match self {
            Method::Approval => "approval",
            Method::Plurality => "plurality",
            Method::Star => "star",
            Method::Schulze => "schulze",
            Method::RankedPairs => "ranked-pairs",
            Method::Irv => "irv",
            Method::StvScottish => "stv-scottish",
            Method::StvMeek => "stv-meek",
            Method::Debian => "debian",
        }
    }

    /// A plain-words title for reports.
    pub fn title(self) -> &'static str {
        match self {
            Method::Approval => "Approval voting (multi-seat block)",
            Method::Plurality => "Plurality (single non-transferable vote)",
            Method::Star => "Bloc STAR (score then automatic runoff)",
            Method::Schulze => "Schulze (Condorcet)",
            Method::RankedPairs => "Ranked pairs (Condorcet)",
            Method::Irv => "Instant-runoff voting",
            Method::StvScottish => "Scottish STV (SSI 2007/42)",
            Method::StvMeek => "Meek STV",
            Method::Debian => "Debian constitution A.6 (Condorcet, Schwartz set, default option)",
        }
    }

    /// What kind of ballot the method reads.
    pub fn ballot_kind(self) -> BallotKind {
        match self {
            Method::Approval => BallotKind::Approval,
            Method::Star => BallotKind::Scores,
            Method::Plurality
            | Method::Schulze
            | Method::RankedPairs
            | Method::Irv
            | Method::StvScottish
            | Method::StvMeek
            | Method::Debian => BallotKind::Ranking,
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Method {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Method::ALL
            .iter()
            .copied()
            .find(|m| m.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Method::ALL.iter().map(|m| m.name()).collect();
                format!(
                    "unknown counting method `{s}`; expected one of: {}",
                    names.join(", ")
                )
            })
    }
}

/// The kind of marks a ballot file carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum BallotKind {
    Ranking,
    Approval,
    Scores,
}

/// What a candidate left off a ranked ballot means. Each input format declares
/// its meaning (the voting service's own rule), and the meaning used is shown
/// in the count's explanation and on the certificate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum BlankMeaning {
    /// The voter expressed no opinion: an unranked candidate takes part in no
    /// pairwise contest on that ballot (Elekto, CIVS `No opinion`, grid CSV).
    #[default]
    NotCompared,
    /// Ranked below every ranked candidate, and equal with the other
    /// unranked ones (Debian constitution A.6(3)(1); BLT files).
    BelowRanked,
}

impl BlankMeaning {
    /// Plain words for reports and the certificate.
    pub fn describe(self) -> &'static str {
        match self {
            BlankMeaning::NotCompared => {
                "A candidate left unranked takes part in no head-to-head contest on that ballot (no opinion)"
            }
            BlankMeaning::BelowRanked => {
                "A candidate left unranked is ranked below every ranked candidate, equal with the other unranked ones"
            }
        }
    }
}

/// How many winners one group may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Cap {
    /// At most this many (PEP 13: "at most 2").
    Count(usize),
    /// At most ⌊num/den × body⌋, the body being the seats filled now plus the
    /// sitting members (Kubernetes steering committee elections: "a maximum
    /// of one-third representation on the Steering Committee from any one
    /// company at any time", i.e. `Fraction { num: 1, den: 3 }`; see
    /// [`groups`]).
    Fraction { num: u64, den: u64 },
}

/// At most `max` winners may share a group (employer, affiliation).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GroupCap {
    /// The group of each candidate, indexed by [`CandId`]; `None` = no group.
    pub group_of: Vec<Option<String>>,
    pub max: Cap,
    /// Members of the body who are not on the ballot (sitting members whose
    /// terms continue), with their group: each counts toward its group's cap
    /// and toward the size of the body for a [`Cap::Fraction`].
    #[serde(default)]
    pub sitting: Vec<(String, Option<String>)>,
}

impl GroupCap {
    /// A plain "at most `max` per group" cap with no sitting members.
    pub fn new(group_of: Vec<Option<String>>, max: usize) -> Self {
        GroupCap {
            group_of,
            max: Cap::Count(max),
            sitting: Vec::new(),
        }
    }

    /// The most winners one group may have when `seats` are filled now:
    /// sitting members of the group already count toward it (see
    /// [`groups`]).
    pub fn limit(&self, seats: usize) -> usize {
        match self.max {
            Cap::Count(k) => k,
            Cap::Fraction { num, den } => {
                let body = (seats + self.sitting.len()) as u128;
                if den == 0 {
                    0
                } else {
                    usize::try_from(body * num as u128 / den as u128).unwrap_or(usize::MAX)
                }
            }
        }
    }

    /// How many of the candidates now elected group `group` may take:
    /// [`GroupCap::limit`] less its sitting members.
    pub fn room(&self, group: &str, seats: usize) -> usize {
        let sitting = self
            .sitting
            .iter()
            .filter(|(_, g)| g.as_deref() == Some(group))
            .count();
        self.limit(seats).saturating_sub(sitting)
    }

    /// The cap in plain words, for notes and reasons.
    pub fn describe(&self, seats: usize) -> String {
        self.describe_note(seats).english()
    }

    /// The cap as a phrase of the count's explanation ([`Note::CapCount`],
    /// [`Note::CapFraction`]).
    pub fn describe_note(&self, seats: usize) -> Note {
        match self.max {
            Cap::Count(k) => Note::CapCount { k: k as u64 },
            Cap::Fraction { num, den } => Note::CapFraction {
                num,
                den,
                body: (seats + self.sitting.len()) as u64,
                seats: seats as u64,
                sitting: self.sitting.len() as u64,
                limit: self.limit(seats) as u64,
            },
        }
    }
}

/// How a tie the method's own rules leave is settled.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum TieRule {
    /// Scrutineer's seeded draw ([`tiebreak::Draw`]).
    #[default]
    Draw,
    /// The PSF's published procedure (psf/elections `break-ties.py`): Python's
    /// `random` seeded with the tied names sorted and concatenated, then
    /// `random.sample` ([`tiebreak::python`]).
    Psf,
    /// Decisions taken by the returning officer (a coin, a lot, a casting
    /// vote) and entered before the count; a tie with no matching decision
    /// stops the count with [`CountError::TieNeedsDecision`].
    Officer(Vec<OfficerDecision>),
}

/// A tie settled by a person, as entered into the count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct OfficerDecision {
    /// What the tie decides, exactly as the engine words it (the `context`
    /// of [`CountError::TieNeedsDecision`]).
    pub context: String,
    /// The tied candidates' names.
    pub tied: Vec<String>,
    /// The same names, favoured first.
    pub order: Vec<String>,
    /// How it was decided: coin, lot, casting vote...
    pub method: String,
    pub decided_by: String,
    pub witnessed_by: Option<String>,
}

/// A supermajority an option of a Debian vote needs: `num:den` (3:1 is
/// `num: 3, den: 1`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Supermajority {
    pub option: CandId,
    pub num: u64,
    pub den: u64,
}

/// The quorum R of a Debian vote (constitution §4.2: "Q is half the square
/// root of the number of current Developers"; the quorum of a General
/// Resolution, and of a leader election by §5.2, is 3Q).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum DebianQuorum {
    /// R = 3Q = 3·√developers / 2, compared exactly (never rounded).
    Developers(u64),
    /// R = num/den votes.
    Votes { num: u64, den: u64 },
}

/// Which wording of the majority test in A.6(3) applies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum MajorityWording {
    /// Constitution v1.2 (2003) to v1.5: "V(A,D) is strictly greater than
    /// N * V(D,A)".
    Pre2015,
    /// Constitution v1.6 (13 December 2015) on: "V(A,D) is greater or equal
    /// to N * V(D,A) and V(A,D) is strictly greater than V(D,A)".
    #[default]
    Current,
}

/// The parameters of a count under the Debian constitution, appendix A.6.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct DebianRules {
    /// The default option ("Further Discussion", "None Of The Above").
    pub default_option: CandId,
    pub quorum: Option<DebianQuorum>,
    /// Options needing more than a simple majority; the rest need 1:1.
    #[serde(default)]
    pub majorities: Vec<Supermajority>,
    #[serde(default)]
    pub wording: MajorityWording,
    /// The option the elector with the casting vote chose, when the Schwartz
    /// set is left with several options.
    pub casting_vote: Option<CandId>,
}

impl DebianRules {
    /// The defaults for a vote on `options` options: the last is the
    /// default option, no quorum, simple majorities, the current wording.
    pub fn for_options(options: usize) -> Self {
        DebianRules {
            default_option: options.saturating_sub(1),
            quorum: None,
            majorities: Vec::new(),
            wording: MajorityWording::Current,
            casting_vote: None,
        }
    }
}

/// Everything around the method that decides the result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Rules {
    pub seats: usize,
    pub groups: Option<GroupCap>,
    /// Candidates removed before counting (BLT `-N` lines, withdrawn nominees).
    pub withdrawn: Vec<CandId>,
    /// The term's tie-break seed text. Empty means the default: the sorted
    /// candidate names, one per line (as the PSF seeds its draw).
    pub seed: String,
    /// Hex SHA-256 of the ballot set; part of the draw's seed.
    pub ballot_hash: String,
    /// Decimal places for Meek STV arithmetic.
    pub meek_precision: u32,
    /// What an unranked candidate means on a ranked ballot.
    #[serde(default)]
    pub blank: BlankMeaning,
    /// How ties the method leaves are settled.
    #[serde(default)]
    pub tie_rule: TieRule,
    /// The parameters of a [`Method::Debian`] count (default:
    /// [`DebianRules::for_options`]).
    #[serde(default)]
    pub debian: Option<DebianRules>,
    /// A "None of the above" / "Re-open nominations" candidate: it is ranked,
    /// approved or scored like any candidate, and a seat it wins stays vacant.
    #[serde(default)]
    pub none_of_the_above: Option<CandId>,
}

impl Rules {
    pub fn new(seats: usize) -> Self {
        Rules {
            seats,
            groups: None,
            withdrawn: Vec::new(),
            seed: String::new(),
            ballot_hash: String::new(),
            meek_precision: 9,
            blank: BlankMeaning::NotCompared,
            tie_rule: TieRule::Draw,
            debian: None,
            none_of_the_above: None,
        }
    }
}

/// Where a candidate ended up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Elected,
    /// Would have placed but was disqualified by a group cap.
    Excluded,
    NotElected,
    Withdrawn,
    /// "None of the above" won a seat, which stays vacant.
    Vacant,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Elected => "elected",
            Status::Excluded => "disqualified",
            Status::NotElected => "not elected",
            Status::Withdrawn => "withdrawn",
            Status::Vacant => "won a seat, left vacant",
        }
    }
}

/// One candidate's line in the result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct CandidateResult {
    pub name: String,
    /// The candidate's final figure as a decimal string at the method's
    /// precision (votes, approvals, score total, first preferences, or the
    /// Schulze/ranked-pairs count of pairwise wins).
    pub votes: String,
    /// 1-based place in the method's ranking; equal places share a rank.
    pub rank: Option<usize>,
    pub status: Status,
}

/// A candidate removed by a rule (group cap), with the reason in plain words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Exclusion {
    pub name: String,
    pub reason: String,
    /// The reason as an event (documents say it in their language); absent
    /// from results stored before events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_event: Option<Note>,
}

impl Exclusion {
    /// `name` removed for `reason` (its English kept beside it).
    pub fn new(name: String, reason: Note) -> Exclusion {
        Exclusion {
            name,
            reason: reason.english(),
            reason_event: Some(reason),
        }
    }
}

/// A tie settled by the declared [`TieRule`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TieBreak {
    /// What the tie decided, in plain words.
    pub context: String,
    /// The tied candidates, sorted by name.
    pub tied: Vec<String>,
    /// The seed material used (seed text and ballot hash for the seeded
    /// draw; the Python seed string for the PSF procedure; empty for an
    /// officer's decision).
    pub seed: String,
    /// The tied candidates in the order the rule put them (first = favoured).
    pub outcome: Vec<String>,
    /// The rule used, in plain words ("seeded draw", "PSF procedure
    /// (break-ties.py: random.seed, random.sample)", "officer's decision").
    #[serde(default)]
    pub rule: String,
    /// For an officer's decision: how (coin, lot, casting vote).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// For an officer's decision: who decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    /// For an officer's decision: who witnessed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub witnessed_by: Option<String>,
    /// True when [`TieRule::Officer`] had no decision for this tie: the
    /// outcome is then not a result, and [`count`] returns
    /// [`CountError::TieNeedsDecision`] instead.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub undecided: bool,
    /// `context` as an event (documents say it in their language; the
    /// English `context` stays the key an officer's decision is matched by).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_event: Option<Note>,
    /// `rule` as an event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_event: Option<Note>,
}

/// What happened to one candidate in a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RoundAction {
    /// `elected`, `excluded`, `surplus`, `group_excluded` or `withdrawn`.
    pub kind: String,
    pub name: String,
    pub reason: String,
    /// `reason` as an event (said in the reader's language); absent from
    /// results stored before events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_event: Option<Note>,
    /// `name` as an event, where it is a phrase rather than a candidate's
    /// name (a Debian defeat, "A over B").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_event: Option<Note>,
}

impl RoundAction {
    /// `kind` happened to `name` for `reason` (its English kept beside it).
    pub fn new(kind: &str, name: String, reason: Note) -> RoundAction {
        RoundAction {
            kind: kind.to_string(),
            name,
            reason: reason.english(),
            reason_event: Some(reason),
            name_event: None,
        }
    }
}

/// One candidate's figure in a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RoundTally {
    pub name: String,
    pub votes: String,
    /// Meek keep value, where the method has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keep: Option<String>,
}

/// One round (stage) of an IRV or STV count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Round {
    pub number: usize,
    pub quota: Option<String>,
    pub tallies: Vec<RoundTally>,
    /// Votes exhausted / non-transferable so far.
    pub exhausted: String,
    pub actions: Vec<RoundAction>,
    /// What the round did, in plain words (e.g. "Transfer of surplus of X"):
    /// `note_events` said in English, joined by a space.
    pub note: String,
    /// The note as events (said in the reader's language, joined by a
    /// space); absent from results stored before events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note_events: Vec<Note>,
}

/// Pairwise contests for Condorcet methods.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Pairwise {
    pub candidates: Vec<String>,
    /// `matrix[i][j]` = weight of ballots preferring candidate i to candidate j.
    #[cfg_attr(feature = "ts", ts(type = "number[][]"))]
    pub matrix: Vec<Vec<u64>>,
    /// Schulze strongest path strengths, `paths[i][j]`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(type = "number[][] | null"))]
    pub strongest_paths: Option<Vec<Vec<u64>>>,
    /// Ranked pairs: the pairs in the order they were considered, and whether
    /// each was locked in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locked: Option<Vec<LockedPair>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct LockedPair {
    pub winner: String,
    pub loser: String,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub margin: u64,
    pub locked: bool,
}

/// One seat of a Bloc STAR count (PEP 8107 layout).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct StarSeat {
    pub seat: usize,
    /// Score totals of the candidates still in the running.
    pub totals: Vec<RoundTally>,
    pub finalists: [String; 2],
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub prefer_first: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub prefer_second: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub equal: u64,
    pub winner: String,
    /// What happened (PEP 8107 sentences, tie-breaks, a winner set aside by
    /// the group cap): `note_events` said in English, joined by a space.
    pub note: String,
    /// The note as events; absent from results stored before events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note_events: Vec<Note>,
}

/// The result of a count, with its explanation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Outcome {
    pub method: Method,
    pub seats: usize,
    /// Winners in order of election.
    pub winners: Vec<String>,
    /// The method's full ranking, best first, where it has one.
    pub ranking: Option<Vec<String>>,
    /// Every candidate, in the order of the profile.
    pub candidates: Vec<CandidateResult>,
    pub rounds: Vec<Round>,
    pub pairwise: Option<Pairwise>,
    pub star: Option<Vec<StarSeat>>,
    /// The Debian A.6 steps: each option's quorum and majority figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debian: Option<debian::DebianReport>,
    pub tie_breaks: Vec<TieBreak>,
    pub excluded: Vec<Exclusion>,
    /// Total weight of ballots counted.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub ballots: u64,
    /// Decimal places of the figures in `votes`.
    pub precision: u32,
    /// Plain-words notes on the rules applied (group-cap procedure, tie
    /// policy), in English: `note_events` said in English, one for one.
    pub notes: Vec<String>,
    /// The notes as events, which documents say in their language; absent
    /// from results stored before events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub note_events: Vec<Note>,
}

impl Outcome {
    /// Add a note (its English to `notes`, the event to `note_events`).
    pub fn note(&mut self, note: Note) {
        self.notes.push(note.english());
        self.note_events.push(note);
    }
}

/// The English of a round's or a seat's note events: their sentences
/// joined by a space.
pub fn joined_english(events: &[Note]) -> String {
    events
        .iter()
        .map(Note::english)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The English of `events`, one for one (an outcome's `notes`).
pub(crate) fn english(events: &[Note]) -> Vec<String> {
    events.iter().map(Note::english).collect()
}

#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum CountError {
    #[error("the {method} method needs {expected} ballots, but these ballots are {found}")]
    WrongBallotKind {
        method: Method,
        expected: &'static str,
        found: &'static str,
    },
    #[error("{0}")]
    Invalid(String),
    /// A tie under [`TieRule::Officer`] with no decision entered for it: the
    /// officer must decide, and the count be run again with the decision.
    #[error("a decision is needed: {} are tied ({context}); the returning officer must decide their order (by lot, coin or casting vote) before the count can go on", tied.join(", "))]
    TieNeedsDecision { context: String, tied: Vec<String> },
}

/// Count `profile` under `method` and `rules`.
pub fn count(method: Method, profile: &Profile, rules: &Rules) -> Result<Outcome, CountError> {
    validate(profile, rules)?;
    let outcome = match method {
        Method::Approval => approval::count(profile, rules),
        Method::Plurality => plurality::count(profile, rules),
        Method::Star => star::count(profile, rules),
        Method::Schulze => schulze::count(profile, rules),
        Method::RankedPairs => ranked_pairs::count(profile, rules),
        Method::Irv => irv::count(profile, rules),
        Method::StvScottish => stv_scottish::count(profile, rules),
        Method::StvMeek => stv_meek::count(profile, rules),
        Method::Debian => debian::count(profile, rules),
    }?;
    finish(outcome, rules)
}

/// Count published totals (votes per candidate) rather than ballots, for the
/// methods whose result depends on nothing else: approval and plurality.
/// The group cap, the tie rule and "None of the above" apply as for
/// ballots. `ballots_cast`, when known, is checked against the totals and
/// shown as the number of ballots.
pub fn count_totals(
    method: Method,
    candidates: Vec<String>,
    votes: &[u64],
    ballots_cast: Option<u64>,
    rules: &Rules,
) -> Result<Outcome, CountError> {
    let profile = Profile::new(candidates);
    validate(&profile, rules)?;
    let n = profile.candidates.len();
    if votes.len() != n {
        return Err(CountError::Invalid(format!(
            "{} totals were given for {n} candidates",
            votes.len()
        )));
    }
    let what = match method {
        Method::Approval => Note::WhatApprovals,
        Method::Plurality => Note::WhatVotes,
        other => {
            return Err(CountError::Invalid(format!(
                "the {} method cannot be counted from totals: its result depends on each \
                 ballot's rankings or scores, which totals do not carry; only approval and \
                 plurality can",
                other.title()
            )))
        }
    };
    if let Some(cast) = ballots_cast {
        match method {
            // Each ballot approves a candidate at most once.
            Method::Approval => {
                if let Some((c, v)) = votes.iter().enumerate().find(|(_, &v)| v > cast) {
                    return Err(CountError::Invalid(format!(
                        "{} has {v} approvals but only {cast} ballots were cast",
                        profile.candidates[c]
                    )));
                }
            }
            // Each ballot is one vote for at most one candidate.
            _ => {
                let sum: u128 = votes.iter().map(|&v| v as u128).sum();
                if sum > cast as u128 {
                    return Err(CountError::Invalid(format!(
                        "the votes add up to {sum} but only {cast} ballots were cast"
                    )));
                }
            }
        }
    }
    let mut figures_of = votes.to_vec();
    for &w in &rules.withdrawn {
        figures_of[w] = 0;
    }
    let cands = ranking::standing(&profile, rules);
    let tiers = groups::tiers_by(&cands, |c| figures_of[c]);
    let figures: Vec<String> = figures_of.iter().map(u64::to_string).collect();
    let draw = tiebreak::Draw::new(rules, &profile.candidates);
    let mut notes = vec![Note::Totals {
        what: Box::new(what.clone()),
        seats: rules.seats as u64,
    }];
    if ballots_cast.is_none() {
        notes.push(Note::NoBallotsGiven);
    }
    let mut outcome =
        ranking::outcome_from_tiers(method, &profile, rules, &tiers, &figures, what, draw, notes);
    outcome.ballots = match (ballots_cast, method) {
        (Some(b), _) => b,
        (None, Method::Plurality) => votes.iter().sum(),
        (None, _) => 0,
    };
    finish(outcome, rules)
}

/// What every count does after its method: an undecided officer tie stops
/// it, and seats won by "None of the above" are left vacant.
fn finish(mut outcome: Outcome, rules: &Rules) -> Result<Outcome, CountError> {
    if let Some(t) = outcome.tie_breaks.iter().find(|t| t.undecided) {
        return Err(CountError::TieNeedsDecision {
            context: t.context.clone(),
            tied: t.tied.clone(),
        });
    }
    if let Some(ron) = rules.none_of_the_above {
        let name = outcome
            .candidates
            .get(ron)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        let won = outcome.winners.iter().filter(|w| **w == name).count();
        if won > 0 {
            outcome.winners.retain(|w| *w != name);
            if let Some(c) = outcome.candidates.get_mut(ron) {
                c.status = Status::Vacant;
            }
            outcome.note(Note::Vacant {
                won: won as u64,
                name,
            });
        } else {
            outcome.note(Note::NoneOfTheAboveLost { name });
        }
    }
    Ok(outcome)
}

fn validate(profile: &Profile, rules: &Rules) -> Result<(), CountError> {
    let n = profile.candidates.len();
    if n == 0 {
        return Err(CountError::Invalid("there are no candidates".into()));
    }
    if rules.seats == 0 {
        return Err(CountError::Invalid(
            "the number of seats must be at least 1".into(),
        ));
    }
    if let Some(g) = &rules.groups {
        if g.group_of.len() != n {
            return Err(CountError::Invalid(format!(
                "group list has {} entries for {} candidates",
                g.group_of.len(),
                n
            )));
        }
        match g.max {
            Cap::Count(0) => {
                return Err(CountError::Invalid(
                    "the maximum winners per group must be at least 1".into(),
                ))
            }
            Cap::Fraction { num, den } if num == 0 || den == 0 || num > den => {
                return Err(CountError::Invalid(format!(
                    "the group cap {num}/{den} is not a fraction between 0 and 1"
                )))
            }
            _ => {}
        }
    }
    for &w in &rules.withdrawn {
        if w >= n {
            return Err(CountError::Invalid(format!(
                "withdrawn candidate number {} does not exist",
                w + 1
            )));
        }
    }
    if let Some(r) = rules.none_of_the_above {
        if r >= n {
            return Err(CountError::Invalid(format!(
                "the \"None of the above\" candidate number {} does not exist",
                r + 1
            )));
        }
    }
    if let TieRule::Officer(decisions) = &rules.tie_rule {
        for d in decisions {
            let mut a = d.tied.clone();
            let mut b = d.order.clone();
            a.sort();
            b.sort();
            if a != b || a.windows(2).any(|w| w[0] == w[1]) {
                return Err(CountError::Invalid(format!(
                    "the officer's decision on \"{}\" must put each of the tied candidates \
                     ({}) in order exactly once; it lists {}",
                    d.context,
                    d.tied.join(", "),
                    d.order.join(", ")
                )));
            }
        }
    }
    for b in &profile.ballots {
        let ids: Box<dyn Iterator<Item = CandId> + '_> = match &b.marks {
            Marks::Ranking(groups) => Box::new(groups.iter().flatten().copied()),
            Marks::Approval(a) => Box::new(a.iter().copied()),
            Marks::Scores(s) => Box::new(s.iter().map(|(c, _)| *c)),
        };
        for c in ids {
            if c >= n {
                return Err(CountError::Invalid(format!(
                    "a ballot mentions candidate number {} but there are only {n}",
                    c + 1
                )));
            }
        }
    }
    Ok(())
}

/// The note every method adds when fewer candidates could be elected than
/// there are seats.
pub(crate) fn note_unfilled(notes: &mut Vec<Note>, elected: usize, seats: usize) {
    if elected < seats {
        notes.push(Note::Unfilled {
            elected: elected as u64,
            seats: seats as u64,
        });
    }
}

/// The kind of the profile's ballots, or `None` when empty or mixed.
pub fn profile_kind(profile: &Profile) -> Option<BallotKind> {
    let mut kind = None;
    for b in &profile.ballots {
        let k = match b.marks {
            Marks::Ranking(_) => BallotKind::Ranking,
            Marks::Approval(_) => BallotKind::Approval,
            Marks::Scores(_) => BallotKind::Scores,
        };
        match kind {
            None => kind = Some(k),
            Some(prev) if prev != k => return None,
            _ => {}
        }
    }
    kind
}

pub(crate) fn kind_name(k: BallotKind) -> &'static str {
    match k {
        BallotKind::Ranking => "ranked",
        BallotKind::Approval => "approval",
        BallotKind::Scores => "score",
    }
}

impl Profile {
    /// The profile with `withdrawn` candidates struck from every ballot
    /// (later preferences move up; empty preference groups are dropped).
    /// Candidate numbering is unchanged.
    pub fn strip_withdrawn(&self, withdrawn: &[CandId]) -> Profile {
        if withdrawn.is_empty() {
            return self.clone();
        }
        let gone = |c: &CandId| withdrawn.contains(c);
        let ballots = self
            .ballots
            .iter()
            .map(|b| Ballot {
                weight: b.weight,
                marks: match &b.marks {
                    Marks::Ranking(groups) => Marks::Ranking(
                        groups
                            .iter()
                            .map(|g| g.iter().copied().filter(|c| !gone(c)).collect::<Vec<_>>())
                            .filter(|g| !g.is_empty())
                            .collect(),
                    ),
                    Marks::Approval(a) => {
                        Marks::Approval(a.iter().copied().filter(|c| !gone(c)).collect())
                    }
                    Marks::Scores(s) => {
                        Marks::Scores(s.iter().copied().filter(|(c, _)| !gone(c)).collect())
                    }
                },
            })
            .collect();
        Profile {
            candidates: self.candidates.clone(),
            ballots,
        }
    }
}

/// Test support shared by the methods' unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use crate::{Ballot, Marks, Profile};

    /// A profile of ranked ballots: `(weight, preference groups)`.
    pub fn ranked(names: &[&str], ballots: &[(u64, &[&[usize]])]) -> Profile {
        Profile {
            candidates: names.iter().map(|s| s.to_string()).collect(),
            ballots: ballots
                .iter()
                .map(|(w, g)| Ballot {
                    weight: *w,
                    marks: Marks::Ranking(g.iter().map(|x| x.to_vec()).collect()),
                })
                .collect(),
        }
    }
}
