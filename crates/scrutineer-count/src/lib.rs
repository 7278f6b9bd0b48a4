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
pub mod decimal;
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
}

impl Method {
    pub const ALL: [Method; 8] = [
        Method::Approval,
        Method::Plurality,
        Method::Star,
        Method::Schulze,
        Method::RankedPairs,
        Method::Irv,
        Method::StvScottish,
        Method::StvMeek,
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
            | Method::StvMeek => BallotKind::Ranking,
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

/// At most `max` winners may share a group (employer, affiliation).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct GroupCap {
    /// The group of each candidate, indexed by [`CandId`]; `None` = no group.
    pub group_of: Vec<Option<String>>,
    pub max: usize,
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
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Elected => "elected",
            Status::Excluded => "excluded",
            Status::NotElected => "not elected",
            Status::Withdrawn => "withdrawn",
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
}

/// A tie settled by the seeded draw.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TieBreak {
    /// What the tie decided, in plain words.
    pub context: String,
    /// The tied candidates, sorted by name.
    pub tied: Vec<String>,
    /// The seed material used (seed text and ballot hash).
    pub seed: String,
    /// The tied candidates in the order the draw put them (first = favoured).
    pub outcome: Vec<String>,
}

/// What happened to one candidate in a round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RoundAction {
    /// `elected`, `excluded`, `surplus`, `group_excluded` or `withdrawn`.
    pub kind: String,
    pub name: String,
    pub reason: String,
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
    /// What the round did, in plain words (e.g. "Transfer of surplus of X").
    pub note: String,
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
    pub note: String,
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
    pub tie_breaks: Vec<TieBreak>,
    pub excluded: Vec<Exclusion>,
    /// Total weight of ballots counted.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub ballots: u64,
    /// Decimal places of the figures in `votes`.
    pub precision: u32,
    /// Plain-words notes on the rules applied (group-cap procedure, tie policy).
    pub notes: Vec<String>,
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
}

/// Count `profile` under `method` and `rules`.
pub fn count(method: Method, profile: &Profile, rules: &Rules) -> Result<Outcome, CountError> {
    validate(profile, rules)?;
    match method {
        Method::Approval => approval::count(profile, rules),
        Method::Plurality => plurality::count(profile, rules),
        Method::Star => star::count(profile, rules),
        Method::Schulze => schulze::count(profile, rules),
        Method::RankedPairs => ranked_pairs::count(profile, rules),
        Method::Irv => irv::count(profile, rules),
        Method::StvScottish => stv_scottish::count(profile, rules),
        Method::StvMeek => stv_meek::count(profile, rules),
    }
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
        if g.max == 0 {
            return Err(CountError::Invalid(
                "the maximum winners per group must be at least 1".into(),
            ));
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
pub(crate) fn note_unfilled(notes: &mut Vec<String>, elected: usize, seats: usize) {
    if elected < seats {
        notes.push(format!(
            "Only {elected} of {seats} seat(s) could be filled."
        ));
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
