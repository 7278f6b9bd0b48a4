//! The count's explanations as data.
//!
//! Every note, tie context, tie rule and reason the count gives a document
//! is a [`Note`]: one variant per kind of sentence, carrying its figures and
//! names. Each variant is one Fluent message (`locales/<lang>/count.ftl`,
//! [`Note::id`]) with named arguments ([`Note::args`]); the documents choose
//! the words in their language. [`Note::english`] is the English sentence the
//! count has always written (the stored result's `notes`, `context`, `rule`,
//! `reason` strings, unchanged byte for byte, and the key an officer's tie
//! decision is matched by: see [`crate::tiebreak::same_context`]).
//!
//! The engine stays free of any language machinery: the English here is
//! written out once, and a test in `scrutineer-core` checks that
//! `locales/en/count.ftl` renders every variant to the same words.

use serde::{Deserialize, Serialize};

/// One sentence (or a phrase inside one) of the count's explanation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
#[serde(tag = "note", rename_all = "kebab-case")]
pub enum Note {
    // ---- phrases inside sentences -----------------------------------
    /// The declared tie rule, inside a method's note ("... then by {rule}").
    RuleDraw,
    RulePsf,
    RuleOfficer,
    /// What an unranked candidate means, inside a Condorcet note.
    BlankNotCompared,
    BlankBelowRanked,
    /// What a ranking is by, inside a tie context ("tied on {what}").
    WhatApprovals,
    WhatVotes,
    WhatLockedPairs,
    WhatStrongestPaths,
    /// [`crate::GroupCap::describe`]: at most `k` per group.
    CapCount {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        k: u64,
    },
    /// [`crate::GroupCap::describe`]: a fraction of the body (Kubernetes).
    CapFraction {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        num: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        den: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        body: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        seats: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        sitting: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        limit: u64,
    },
    /// The cap inside a disqualification: at most `limit` per employer.
    EmployerCapCount {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        limit: u64,
    },
    EmployerCapFraction {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        num: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        den: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        body: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        limit: u64,
    },
    /// A Debian quorum R (A.6(2), constitution §4.2).
    QuorumDevelopers {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        developers: u64,
        r: String,
    },
    QuorumVotes {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        num: u64,
    },
    QuorumVotesFraction {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        num: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        den: u64,
    },
    /// The majority test an option failed (A.6(3)); `times` is the formula.
    MajorityPre2015 {
        times: String,
    },
    MajorityCurrent {
        times: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        under: u64,
    },

    // ---- tie rules (TieBreak::rule) -----------------------------------
    TieSeeded,
    TiePsf {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        k: u64,
    },
    TieOfficer,
    TieOfficerPending,

    // ---- tie contexts (TieBreak::context) ------------------------------
    TieGroup {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        n: u64,
        what: Box<Note>,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        remaining: u64,
    },
    TieIrv {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        round: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        n: u64,
    },
    TieMeekQuota,
    TieMeekLowest,
    TieScottishSurplus,
    TieScottishLowest,
    TieScottishQuotaCap,
    TieStarScoring {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        seat: u64,
    },
    TieStarRunoff {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        seat: u64,
    },
    TieStarDraw {
        context: Box<Note>,
        tied: Vec<String>,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        fives: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        places: u64,
    },
    TieRankedPairs {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        margin: u64,
    },

    // ---- notes (Outcome::notes) -----------------------------------------
    Approval {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        seats: u64,
        rule: Box<Note>,
    },
    Plurality {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        seats: u64,
        rule: Box<Note>,
    },
    PluralityVoid {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        n: u64,
    },
    PluralityBlank {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        n: u64,
    },
    Totals {
        what: Box<Note>,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        seats: u64,
    },
    NoBallotsGiven,
    Vacant {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        won: u64,
        name: String,
    },
    NoneOfTheAboveLost {
        name: String,
    },
    Unfilled {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        elected: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        seats: u64,
    },
    GroupCapRanking {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        limit: u64,
        cap: Box<Note>,
    },
    Irv {
        rule: Box<Note>,
    },
    IrvEqual,
    IrvShared {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        n: u64,
    },
    IrvNoGroups,
    StvScottish {
        valid: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        divisor: u64,
        quota: String,
        rule: Box<Note>,
    },
    StvNontransferable {
        votes: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        steps: u64,
    },
    StvRejected {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        n: u64,
    },
    StvScottishGroups {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        limit: u64,
        cap: Box<Note>,
    },
    Meek {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        places: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        divisor: u64,
        omega: String,
        rule: Box<Note>,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        iterations: u64,
    },
    MeekStalled {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        rounds: u64,
    },
    MeekGroups {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        limit: u64,
        cap: Box<Note>,
    },
    Schulze {
        blank: Box<Note>,
    },
    SchulzeFigure {
        rule: Box<Note>,
    },
    RankedPairs,
    /// `order`: the tie-breaking ranking, "A > B > C".
    RankedPairsTbrc {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        margin: u64,
        order: String,
    },
    PairwiseMatrix {
        blank: Box<Note>,
    },
    RankedPairsFigure {
        rule: Box<Note>,
    },
    Star {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        seats: u64,
    },
    StarTies {
        rule: Box<Note>,
    },
    StarGroups {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        limit: u64,
        cap: Box<Note>,
    },
    Debian,
    DebianCastingVote {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        n: u64,
        options: Vec<String>,
        chosen: String,
    },
    DebianNoWinner {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        n: u64,
        options: Vec<String>,
    },
    DebianDefaultWon {
        name: String,
    },
    DebianFigure {
        name: String,
    },

    // ---- reasons (Exclusion::reason) ------------------------------------
    /// PEP 13: disqualified walking down the ranking.
    GroupDisqualified {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        winners: u64,
        group: String,
        cap: Box<Note>,
    },
    GroupDisqualifiedSitting {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        winners: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        sitting: u64,
        group: String,
        cap: Box<Note>,
    },
    StarDisqualified {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        seat: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        max: u64,
        group: String,
        name: String,
    },
    MeekGroupExcluded {
        group: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        max: u64,
    },
    ScottishGroupExcluded {
        group: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        max: u64,
    },
    DebianQuorumDropped {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        voters: u64,
        default: String,
        quorum: Box<Note>,
    },
    DebianMajorityDropped {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        over: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        under: u64,
        default: String,
        ratio: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        num: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        den: u64,
        test: Box<Note>,
    },

    // ---- rounds: notes (Round::note_events, joined by a space), actions'
    // reasons (RoundAction::reason_event), STAR seats' notes
    // (StarSeat::note_events) ----------------------------------------------
    /// An action's reason: withdrawn before the count (IRV).
    RoundWithdrawn,
    /// IRV round 1; `shared`: ballots exhausted this round by an equal
    /// ranking (0: the parenthesis is left out).
    IrvFirst {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        held: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        shared: u64,
    },
    /// IRV round 2 and later: `last` was excluded in the round before.
    IrvNext {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        round: u64,
        last: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        held: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        shared: u64,
    },
    IrvNoneStanding,
    IrvMajority {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        votes: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        held: u64,
    },
    IrvElectedWith {
        name: String,
        reason: Box<Note>,
    },
    IrvLastContinuing,
    IrvElectedAs {
        name: String,
        reason: Box<Note>,
    },
    IrvFewest {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        min: u64,
    },
    IrvFewestTied {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        min: u64,
        others: Vec<String>,
        how: Box<Note>,
    },
    IrvEarlierRound {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        round: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        min: u64,
    },
    IrvDrawn {
        rule: Box<Note>,
    },
    IrvExcluded {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        needed: u64,
        name: String,
        reason: Box<Note>,
    },
    /// Scottish STV stages (rules 45–52).
    ScottishFirst {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        valid: u64,
        quota: String,
    },
    ScottishGroupTransfer {
        names: Vec<String>,
    },
    ScottishSurplus {
        surplus: String,
    },
    ScottishSurplusStage {
        name: String,
        surplus: String,
    },
    ScottishLowest {
        min: String,
    },
    ScottishExclusionStage {
        name: String,
    },
    ScottishTieStage {
        tied: Vec<String>,
        context: Box<Note>,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        stage: u64,
    },
    ScottishTieLot {
        tied: Vec<String>,
        context: Box<Note>,
        rule: Box<Note>,
    },
    ScottishQuotaReached {
        votes: String,
    },
    ScottishDeemedElected {
        votes: String,
    },
    /// Meek STV rounds.
    MeekFill {
        votes: String,
    },
    MeekFillRound,
    MeekElection {
        names: Vec<String>,
    },
    MeekFewest {
        votes: String,
        omega: String,
        surplus: String,
    },
    MeekExclusion {
        name: String,
    },
    MeekQuotaReached {
        quota: String,
        votes: String,
    },
    MeekTieRound {
        tied: Vec<String>,
        context: Box<Note>,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        round: u64,
    },
    MeekTieDraw {
        tied: Vec<String>,
        context: Box<Note>,
        rule: Box<Note>,
    },
    /// Debian A.6 steps.
    DebianQuorumRound {
        default: String,
    },
    DebianNoQuorumRound,
    DebianMajorityRoundPre2015 {
        default: String,
    },
    DebianMajorityRoundCurrent {
        default: String,
    },
    DebianSchwartzFinal {
        set: Vec<String>,
    },
    DebianSchwartzDrop {
        set: Vec<String>,
    },
    DebianWeakestDefeat {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        v: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        against: u64,
    },
    /// An action's name: the defeat of `loser` by `winner`.
    DebianDefeat {
        winner: String,
        loser: String,
    },
    /// Bloc STAR seats (PEP 8107 sentences, ties). `stars`: a star total.
    StarOnly {
        name: String,
    },
    StarScoringTie {
        tied: Vec<String>,
        stars: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        places: u64,
    },
    StarAdvance {
        first: String,
        second: String,
        stars_first: String,
        stars_second: String,
    },
    StarRunoff {
        winner: String,
        loser: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        won: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        lost: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        equal: u64,
    },
    StarRunoffTied {
        first: String,
        second: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        won: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        lost: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        equal: u64,
    },
    StarRunoffTotal {
        winner: String,
        stars_won: String,
        stars_lost: String,
    },
    StarRunoffFives {
        winner: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        won: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        lost: u64,
    },
    StarRunoffDraw {
        stars: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        fives: u64,
        name: String,
        rule: Box<Note>,
    },
    StarHeadToHead {
        winner: String,
        loser: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        won: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        lost: u64,
    },
    StarHeadToHeadLosers {
        tied: Vec<String>,
        losers: Vec<String>,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        max: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        of: u64,
    },
    StarSurvivors {
        survivors: Vec<String>,
        losers: Vec<String>,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        places: u64,
    },
    StarHeadToHeadEqual {
        first: String,
        second: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        won: u64,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        lost: u64,
    },
    StarHeadToHeadNone {
        tied: Vec<String>,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        lost: u64,
    },
    StarFives {
        names: Vec<String>,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        fives: u64,
    },
    /// `then`: 1 when an earlier tier of the same tie came before.
    StarFivesDraw {
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        then: u64,
        tied: Vec<String>,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        fives: u64,
        chosen: Vec<String>,
        rule: Box<Note>,
    },
    StarSetAside {
        name: String,
        #[cfg_attr(feature = "ts", ts(type = "number"))]
        max: u64,
        group: String,
    },
}

/// A value a [`Note`]'s message is formatted with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    /// A whole number (plurals choose by it).
    Int(u64),
    /// A decimal figure as the count writes it ("12.34567"): documents give
    /// it the language's separator.
    Figure(&'a str),
    /// Text kept as it is: names, formulas.
    Text(&'a str),
    /// Names joined with the language's list separator.
    List(&'a [String]),
    /// Names joined as "A, B and C" in the language.
    AndList(&'a [String]),
    /// A phrase that is itself a note.
    Phrase(&'a Note),
}

/// "1 seat", "3 seats".
fn n_of(n: u64, one: &str, many: &str) -> String {
    crate::text::count(n, one, many)
}

/// IRV: " (3 ballots more exhausted ...)" when `shared` ballots were
/// exhausted by an equal ranking this round, else nothing.
fn irv_shared(shared: u64) -> String {
    if shared == 0 {
        String::new()
    } else {
        format!(
            " ({} more exhausted because their highest continuing preference is shared by \
             several candidates)",
            n_of(shared, "ballot", "ballots")
        )
    }
}

/// "A", "A and B", "A, B and C".
pub(crate) fn and_list(v: &[String]) -> String {
    match v {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

impl Note {
    /// The tie rule's phrase for a method's note.
    pub fn rule(rule: &crate::TieRule) -> Note {
        match rule {
            crate::TieRule::Draw => Note::RuleDraw,
            crate::TieRule::Psf => Note::RulePsf,
            crate::TieRule::Officer(_) => Note::RuleOfficer,
        }
    }

    /// The blank mark's phrase for a Condorcet note.
    pub fn blank(blank: crate::BlankMeaning) -> Note {
        match blank {
            crate::BlankMeaning::NotCompared => Note::BlankNotCompared,
            crate::BlankMeaning::BelowRanked => Note::BlankBelowRanked,
        }
    }

    /// The Fluent message that says this note (`locales/<lang>/count.ftl`).
    pub fn id(&self) -> &'static str {
        match self {
            Note::RuleDraw => "count-rule-draw",
            Note::RulePsf => "count-rule-psf",
            Note::RuleOfficer => "count-rule-officer",
            Note::BlankNotCompared => "count-blank-not-compared",
            Note::BlankBelowRanked => "count-blank-below-ranked",
            Note::WhatApprovals => "count-what-approvals",
            Note::WhatVotes => "count-what-votes",
            Note::WhatLockedPairs => "count-what-locked",
            Note::WhatStrongestPaths => "count-what-paths",
            Note::CapCount { .. } => "count-cap-count",
            Note::CapFraction { .. } => "count-cap-fraction",
            Note::EmployerCapCount { .. } => "count-employer-cap-count",
            Note::EmployerCapFraction { .. } => "count-employer-cap-fraction",
            Note::QuorumDevelopers { .. } => "count-quorum-developers",
            Note::QuorumVotes { .. } => "count-quorum-votes",
            Note::QuorumVotesFraction { .. } => "count-quorum-votes-fraction",
            Note::MajorityPre2015 { .. } => "count-majority-pre2015",
            Note::MajorityCurrent { .. } => "count-majority-current",
            Note::TieSeeded => "count-tie-seeded",
            Note::TiePsf { .. } => "count-tie-psf",
            Note::TieOfficer => "count-tie-officer",
            Note::TieOfficerPending => "count-tie-officer-pending",
            Note::TieGroup { .. } => "count-tie-group",
            Note::TieIrv { .. } => "count-tie-irv",
            Note::TieMeekQuota => "count-tie-meek-quota",
            Note::TieMeekLowest => "count-tie-meek-lowest",
            Note::TieScottishSurplus => "count-tie-scottish-surplus",
            Note::TieScottishLowest => "count-tie-scottish-lowest",
            Note::TieScottishQuotaCap => "count-tie-scottish-quota-cap",
            Note::TieStarScoring { .. } => "count-tie-star-scoring",
            Note::TieStarRunoff { .. } => "count-tie-star-runoff",
            Note::TieStarDraw { .. } => "count-tie-star-draw",
            Note::TieRankedPairs { .. } => "count-tie-ranked-pairs",
            Note::Approval { .. } => "count-note-approval",
            Note::Plurality { .. } => "count-note-plurality",
            Note::PluralityVoid { .. } => "count-note-plurality-void",
            Note::PluralityBlank { .. } => "count-note-plurality-blank",
            Note::Totals { .. } => "count-note-totals",
            Note::NoBallotsGiven => "count-note-no-ballots-given",
            Note::Vacant { .. } => "count-note-vacant",
            Note::NoneOfTheAboveLost { .. } => "count-note-none-of-the-above-lost",
            Note::Unfilled { .. } => "count-note-unfilled",
            Note::GroupCapRanking { .. } => "count-note-group-cap-ranking",
            Note::Irv { .. } => "count-note-irv",
            Note::IrvEqual => "count-note-irv-equal",
            Note::IrvShared { .. } => "count-note-irv-shared",
            Note::IrvNoGroups => "count-note-irv-no-groups",
            Note::StvScottish { .. } => "count-note-stv-scottish",
            Note::StvNontransferable { .. } => "count-note-stv-nontransferable",
            Note::StvRejected { .. } => "count-note-stv-rejected",
            Note::StvScottishGroups { .. } => "count-note-stv-scottish-groups",
            Note::Meek { .. } => "count-note-meek",
            Note::MeekStalled { .. } => "count-note-meek-stalled",
            Note::MeekGroups { .. } => "count-note-meek-groups",
            Note::Schulze { .. } => "count-note-schulze",
            Note::SchulzeFigure { .. } => "count-note-schulze-figure",
            Note::RankedPairs => "count-note-ranked-pairs",
            Note::RankedPairsTbrc { .. } => "count-note-ranked-pairs-tbrc",
            Note::PairwiseMatrix { .. } => "count-note-pairwise-matrix",
            Note::RankedPairsFigure { .. } => "count-note-ranked-pairs-figure",
            Note::Star { .. } => "count-note-star",
            Note::StarTies { .. } => "count-note-star-ties",
            Note::StarGroups { .. } => "count-note-star-groups",
            Note::Debian => "count-note-debian",
            Note::DebianCastingVote { .. } => "count-note-debian-casting-vote",
            Note::DebianNoWinner { .. } => "count-note-debian-no-winner",
            Note::DebianDefaultWon { .. } => "count-note-debian-default-won",
            Note::DebianFigure { .. } => "count-note-debian-figure",
            Note::GroupDisqualified { .. } => "count-reason-group",
            Note::GroupDisqualifiedSitting { .. } => "count-reason-group-sitting",
            Note::StarDisqualified { .. } => "count-reason-star-group",
            Note::MeekGroupExcluded { .. } => "count-reason-meek-group",
            Note::ScottishGroupExcluded { .. } => "count-reason-scottish-group",
            Note::DebianQuorumDropped { .. } => "count-reason-debian-quorum",
            Note::DebianMajorityDropped { .. } => "count-reason-debian-majority",
            Note::RoundWithdrawn => "count-round-withdrawn",
            Note::IrvFirst { .. } => "count-round-irv-first",
            Note::IrvNext { .. } => "count-round-irv-next",
            Note::IrvNoneStanding => "count-round-irv-none-standing",
            Note::IrvMajority { .. } => "count-round-irv-majority",
            Note::IrvElectedWith { .. } => "count-round-irv-elected-with",
            Note::IrvLastContinuing => "count-round-irv-last-continuing",
            Note::IrvElectedAs { .. } => "count-round-irv-elected-as",
            Note::IrvFewest { .. } => "count-round-irv-fewest",
            Note::IrvFewestTied { .. } => "count-round-irv-fewest-tied",
            Note::IrvEarlierRound { .. } => "count-round-irv-earlier-round",
            Note::IrvDrawn { .. } => "count-round-irv-drawn",
            Note::IrvExcluded { .. } => "count-round-irv-excluded",
            Note::ScottishFirst { .. } => "count-round-scottish-first",
            Note::ScottishGroupTransfer { .. } => "count-round-scottish-group-transfer",
            Note::ScottishSurplus { .. } => "count-round-scottish-surplus",
            Note::ScottishSurplusStage { .. } => "count-round-scottish-surplus-stage",
            Note::ScottishLowest { .. } => "count-round-scottish-lowest",
            Note::ScottishExclusionStage { .. } => "count-round-scottish-exclusion-stage",
            Note::ScottishTieStage { .. } => "count-round-scottish-tie-stage",
            Note::ScottishTieLot { .. } => "count-round-scottish-tie-lot",
            Note::ScottishQuotaReached { .. } => "count-round-scottish-quota-reached",
            Note::ScottishDeemedElected { .. } => "count-round-scottish-deemed-elected",
            Note::MeekFill { .. } => "count-round-meek-fill",
            Note::MeekFillRound => "count-round-meek-fill-round",
            Note::MeekElection { .. } => "count-round-meek-election",
            Note::MeekFewest { .. } => "count-round-meek-fewest",
            Note::MeekExclusion { .. } => "count-round-meek-exclusion",
            Note::MeekQuotaReached { .. } => "count-round-meek-quota-reached",
            Note::MeekTieRound { .. } => "count-round-meek-tie-round",
            Note::MeekTieDraw { .. } => "count-round-meek-tie-draw",
            Note::DebianQuorumRound { .. } => "count-round-debian-quorum",
            Note::DebianNoQuorumRound => "count-round-debian-no-quorum",
            Note::DebianMajorityRoundPre2015 { .. } => "count-round-debian-majority-pre2015",
            Note::DebianMajorityRoundCurrent { .. } => "count-round-debian-majority-current",
            Note::DebianSchwartzFinal { .. } => "count-round-debian-schwartz-final",
            Note::DebianSchwartzDrop { .. } => "count-round-debian-schwartz-drop",
            Note::DebianWeakestDefeat { .. } => "count-round-debian-weakest-defeat",
            Note::DebianDefeat { .. } => "count-round-debian-defeat",
            Note::StarOnly { .. } => "count-seat-star-only",
            Note::StarScoringTie { .. } => "count-seat-star-scoring-tie",
            Note::StarAdvance { .. } => "count-seat-star-advance",
            Note::StarRunoff { .. } => "count-seat-star-runoff",
            Note::StarRunoffTied { .. } => "count-seat-star-runoff-tied",
            Note::StarRunoffTotal { .. } => "count-seat-star-runoff-total",
            Note::StarRunoffFives { .. } => "count-seat-star-runoff-fives",
            Note::StarRunoffDraw { .. } => "count-seat-star-runoff-draw",
            Note::StarHeadToHead { .. } => "count-seat-star-head-to-head",
            Note::StarHeadToHeadLosers { .. } => "count-seat-star-head-to-head-losers",
            Note::StarSurvivors { .. } => "count-seat-star-survivors",
            Note::StarHeadToHeadEqual { .. } => "count-seat-star-head-to-head-equal",
            Note::StarHeadToHeadNone { .. } => "count-seat-star-head-to-head-none",
            Note::StarFives { .. } => "count-seat-star-fives",
            Note::StarFivesDraw { .. } => "count-seat-star-fives-draw",
            Note::StarSetAside { .. } => "count-seat-star-set-aside",
        }
    }

    /// The message's named arguments, in the order the English uses them.
    pub fn args(&self) -> Vec<(&'static str, Arg<'_>)> {
        use Arg::*;
        match self {
            Note::RuleDraw
            | Note::RulePsf
            | Note::RuleOfficer
            | Note::BlankNotCompared
            | Note::BlankBelowRanked
            | Note::WhatApprovals
            | Note::WhatVotes
            | Note::WhatLockedPairs
            | Note::WhatStrongestPaths
            | Note::TieSeeded
            | Note::TieOfficer
            | Note::TieOfficerPending
            | Note::TieMeekQuota
            | Note::TieMeekLowest
            | Note::TieScottishSurplus
            | Note::TieScottishLowest
            | Note::TieScottishQuotaCap
            | Note::NoBallotsGiven
            | Note::IrvEqual
            | Note::IrvNoGroups
            | Note::RankedPairs
            | Note::Debian => vec![],
            Note::CapCount { k } => vec![("k", Int(*k))],
            Note::CapFraction {
                num,
                den,
                body,
                seats,
                sitting,
                limit,
            } => vec![
                ("num", Int(*num)),
                ("den", Int(*den)),
                ("body", Int(*body)),
                ("seats", Int(*seats)),
                ("sitting", Int(*sitting)),
                ("limit", Int(*limit)),
            ],
            Note::EmployerCapCount { limit } => vec![("limit", Int(*limit))],
            Note::EmployerCapFraction {
                num,
                den,
                body,
                limit,
            } => vec![
                ("num", Int(*num)),
                ("den", Int(*den)),
                ("body", Int(*body)),
                ("limit", Int(*limit)),
            ],
            Note::QuorumDevelopers { developers, r } => {
                vec![("developers", Int(*developers)), ("r", Figure(r))]
            }
            Note::QuorumVotes { num } => vec![("num", Int(*num))],
            Note::QuorumVotesFraction { num, den } => vec![("num", Int(*num)), ("den", Int(*den))],
            Note::MajorityPre2015 { times } => vec![("times", Text(times))],
            Note::MajorityCurrent { times, under } => {
                vec![("times", Text(times)), ("under", Int(*under))]
            }
            Note::TiePsf { k } => vec![("k", Int(*k))],
            Note::TieGroup { n, what, remaining } => vec![
                ("n", Int(*n)),
                ("what", Phrase(what)),
                ("remaining", Int(*remaining)),
            ],
            Note::TieIrv { round, n } => vec![("round", Int(*round)), ("n", Int(*n))],
            Note::TieStarScoring { seat } | Note::TieStarRunoff { seat } => {
                vec![("seat", Int(*seat))]
            }
            Note::TieStarDraw {
                context,
                tied,
                fives,
                places,
            } => vec![
                ("context", Phrase(context)),
                ("tied", AndList(tied)),
                ("fives", Int(*fives)),
                ("places", Int(*places)),
            ],
            Note::TieRankedPairs { margin } => vec![("margin", Int(*margin))],
            Note::Approval { seats, rule } | Note::Plurality { seats, rule } => {
                vec![("seats", Int(*seats)), ("rule", Phrase(rule))]
            }
            Note::PluralityVoid { n }
            | Note::PluralityBlank { n }
            | Note::IrvShared { n }
            | Note::StvRejected { n } => vec![("n", Int(*n))],
            Note::Totals { what, seats } => vec![("what", Phrase(what)), ("seats", Int(*seats))],
            Note::Vacant { won, name } => vec![("won", Int(*won)), ("name", Text(name))],
            Note::NoneOfTheAboveLost { name }
            | Note::DebianDefaultWon { name }
            | Note::DebianFigure { name } => vec![("name", Text(name))],
            Note::Unfilled { elected, seats } => {
                vec![("elected", Int(*elected)), ("seats", Int(*seats))]
            }
            Note::GroupCapRanking { limit, cap }
            | Note::StvScottishGroups { limit, cap }
            | Note::MeekGroups { limit, cap }
            | Note::StarGroups { limit, cap } => {
                vec![("limit", Int(*limit)), ("cap", Phrase(cap))]
            }
            Note::Irv { rule }
            | Note::SchulzeFigure { rule }
            | Note::RankedPairsFigure { rule }
            | Note::StarTies { rule } => vec![("rule", Phrase(rule))],
            Note::StvScottish {
                valid,
                divisor,
                quota,
                rule,
            } => vec![
                ("valid", Figure(valid)),
                ("divisor", Int(*divisor)),
                ("quota", Figure(quota)),
                ("rule", Phrase(rule)),
            ],
            Note::StvNontransferable { votes, steps } => {
                vec![("votes", Figure(votes)), ("steps", Int(*steps))]
            }
            Note::Meek {
                places,
                divisor,
                omega,
                rule,
                iterations,
            } => vec![
                ("places", Int(*places)),
                ("divisor", Int(*divisor)),
                ("omega", Figure(omega)),
                ("rule", Phrase(rule)),
                ("iterations", Int(*iterations)),
            ],
            Note::MeekStalled { rounds } => vec![("rounds", Int(*rounds))],
            Note::Schulze { blank } | Note::PairwiseMatrix { blank } => {
                vec![("blank", Phrase(blank))]
            }
            Note::RankedPairsTbrc { margin, order } => {
                vec![("margin", Int(*margin)), ("order", Text(order))]
            }
            Note::Star { seats } => vec![("seats", Int(*seats))],
            Note::DebianCastingVote { n, options, chosen } => vec![
                ("n", Int(*n)),
                ("options", List(options)),
                ("chosen", Text(chosen)),
            ],
            Note::DebianNoWinner { n, options } => {
                vec![("n", Int(*n)), ("options", List(options))]
            }
            Note::GroupDisqualified {
                winners,
                group,
                cap,
            } => vec![
                ("winners", Int(*winners)),
                ("group", Text(group)),
                ("cap", Phrase(cap)),
            ],
            Note::GroupDisqualifiedSitting {
                winners,
                sitting,
                group,
                cap,
            } => vec![
                ("winners", Int(*winners)),
                ("sitting", Int(*sitting)),
                ("group", Text(group)),
                ("cap", Phrase(cap)),
            ],
            Note::StarDisqualified {
                seat,
                max,
                group,
                name,
            } => vec![
                ("seat", Int(*seat)),
                ("max", Int(*max)),
                ("group", Text(group)),
                ("name", Text(name)),
            ],
            Note::MeekGroupExcluded { group, max } | Note::ScottishGroupExcluded { group, max } => {
                vec![("group", Text(group)), ("max", Int(*max))]
            }
            Note::DebianQuorumDropped {
                voters,
                default,
                quorum,
            } => vec![
                ("voters", Int(*voters)),
                ("default", Text(default)),
                ("quorum", Phrase(quorum)),
            ],
            Note::DebianMajorityDropped {
                over,
                under,
                default,
                ratio,
                num,
                den,
                test,
            } => vec![
                ("over", Int(*over)),
                ("under", Int(*under)),
                ("default", Text(default)),
                ("ratio", Text(ratio)),
                ("num", Int(*num)),
                ("den", Int(*den)),
                ("test", Phrase(test)),
            ],
            Note::RoundWithdrawn
            | Note::IrvNoneStanding
            | Note::IrvLastContinuing
            | Note::MeekFillRound
            | Note::DebianNoQuorumRound => vec![],
            Note::IrvFirst { held, shared } => {
                vec![("held", Int(*held)), ("shared", Int(*shared))]
            }
            Note::IrvNext {
                round,
                last,
                held,
                shared,
            } => vec![
                ("round", Int(*round)),
                ("last", Text(last)),
                ("held", Int(*held)),
                ("shared", Int(*shared)),
            ],
            Note::IrvMajority { votes, held } => {
                vec![("votes", Int(*votes)), ("held", Int(*held))]
            }
            Note::IrvElectedWith { name, reason } | Note::IrvElectedAs { name, reason } => {
                vec![("name", Text(name)), ("reason", Phrase(reason))]
            }
            Note::IrvFewest { min } => vec![("min", Int(*min))],
            Note::IrvFewestTied { min, others, how } => vec![
                ("min", Int(*min)),
                ("others", List(others)),
                ("how", Phrase(how)),
            ],
            Note::IrvEarlierRound { round, min } => {
                vec![("round", Int(*round)), ("min", Int(*min))]
            }
            Note::IrvDrawn { rule } => vec![("rule", Phrase(rule))],
            Note::IrvExcluded {
                needed,
                name,
                reason,
            } => vec![
                ("needed", Int(*needed)),
                ("name", Text(name)),
                ("reason", Phrase(reason)),
            ],
            Note::ScottishFirst { valid, quota } => {
                vec![("valid", Int(*valid)), ("quota", Figure(quota))]
            }
            Note::ScottishGroupTransfer { names } | Note::MeekElection { names } => {
                vec![("names", List(names))]
            }
            Note::ScottishSurplus { surplus } => vec![("surplus", Figure(surplus))],
            Note::ScottishSurplusStage { name, surplus } => {
                vec![("name", Text(name)), ("surplus", Figure(surplus))]
            }
            Note::ScottishLowest { min } => vec![("min", Figure(min))],
            Note::ScottishExclusionStage { name } | Note::MeekExclusion { name } => {
                vec![("name", Text(name))]
            }
            Note::ScottishTieStage {
                tied,
                context,
                stage,
            } => vec![
                ("tied", List(tied)),
                ("context", Phrase(context)),
                ("stage", Int(*stage)),
            ],
            Note::MeekTieRound {
                tied,
                context,
                round,
            } => vec![
                ("tied", List(tied)),
                ("context", Phrase(context)),
                ("round", Int(*round)),
            ],
            Note::ScottishTieLot {
                tied,
                context,
                rule,
            }
            | Note::MeekTieDraw {
                tied,
                context,
                rule,
            } => vec![
                ("tied", List(tied)),
                ("context", Phrase(context)),
                ("rule", Phrase(rule)),
            ],
            Note::ScottishQuotaReached { votes }
            | Note::ScottishDeemedElected { votes }
            | Note::MeekFill { votes } => vec![("votes", Figure(votes))],
            Note::MeekFewest {
                votes,
                omega,
                surplus,
            } => vec![
                ("votes", Figure(votes)),
                ("omega", Figure(omega)),
                ("surplus", Figure(surplus)),
            ],
            Note::MeekQuotaReached { quota, votes } => {
                vec![("quota", Figure(quota)), ("votes", Figure(votes))]
            }
            Note::DebianQuorumRound { default }
            | Note::DebianMajorityRoundPre2015 { default }
            | Note::DebianMajorityRoundCurrent { default } => vec![("default", Text(default))],
            Note::DebianSchwartzFinal { set } | Note::DebianSchwartzDrop { set } => {
                vec![("set", List(set))]
            }
            Note::DebianWeakestDefeat { v, against } => {
                vec![("v", Int(*v)), ("against", Int(*against))]
            }
            Note::DebianDefeat { winner, loser } => {
                vec![("winner", Text(winner)), ("loser", Text(loser))]
            }
            Note::StarOnly { name } => vec![("name", Text(name))],
            Note::StarScoringTie {
                tied,
                stars,
                places,
            } => vec![
                ("tied", AndList(tied)),
                ("stars", Figure(stars)),
                ("places", Int(*places)),
            ],
            Note::StarAdvance {
                first,
                second,
                stars_first,
                stars_second,
            } => vec![
                ("first", Text(first)),
                ("second", Text(second)),
                ("stars_first", Figure(stars_first)),
                ("stars_second", Figure(stars_second)),
            ],
            Note::StarRunoff {
                winner,
                loser,
                won,
                lost,
                equal,
            } => vec![
                ("winner", Text(winner)),
                ("loser", Text(loser)),
                ("won", Int(*won)),
                ("lost", Int(*lost)),
                ("equal", Int(*equal)),
            ],
            Note::StarRunoffTied {
                first,
                second,
                won,
                lost,
                equal,
            } => vec![
                ("first", Text(first)),
                ("second", Text(second)),
                ("won", Int(*won)),
                ("lost", Int(*lost)),
                ("equal", Int(*equal)),
            ],
            Note::StarRunoffTotal {
                winner,
                stars_won,
                stars_lost,
            } => vec![
                ("winner", Text(winner)),
                ("stars_won", Figure(stars_won)),
                ("stars_lost", Figure(stars_lost)),
            ],
            Note::StarRunoffFives { winner, won, lost } => vec![
                ("winner", Text(winner)),
                ("won", Int(*won)),
                ("lost", Int(*lost)),
            ],
            Note::StarRunoffDraw {
                stars,
                fives,
                name,
                rule,
            } => vec![
                ("stars", Figure(stars)),
                ("fives", Int(*fives)),
                ("name", Text(name)),
                ("rule", Phrase(rule)),
            ],
            Note::StarHeadToHead {
                winner,
                loser,
                won,
                lost,
            } => vec![
                ("winner", Text(winner)),
                ("loser", Text(loser)),
                ("won", Int(*won)),
                ("lost", Int(*lost)),
            ],
            Note::StarHeadToHeadEqual {
                first,
                second,
                won,
                lost,
            } => vec![
                ("first", Text(first)),
                ("second", Text(second)),
                ("won", Int(*won)),
                ("lost", Int(*lost)),
            ],
            Note::StarHeadToHeadLosers {
                tied,
                losers,
                max,
                of,
            } => vec![
                ("tied", AndList(tied)),
                ("losers", AndList(losers)),
                ("nlosers", Int(losers.len() as u64)),
                ("max", Int(*max)),
                ("of", Int(*of)),
            ],
            Note::StarSurvivors {
                survivors,
                losers,
                places,
            } => vec![
                ("survivors", AndList(survivors)),
                ("nsurvivors", Int(survivors.len() as u64)),
                ("losers", AndList(losers)),
                ("nlosers", Int(losers.len() as u64)),
                ("places", Int(*places)),
            ],
            Note::StarHeadToHeadNone { tied, lost } => {
                vec![("tied", AndList(tied)), ("lost", Int(*lost))]
            }
            Note::StarFives { names, fives } => vec![
                ("names", AndList(names)),
                ("nnames", Int(names.len() as u64)),
                ("fives", Int(*fives)),
            ],
            Note::StarFivesDraw {
                then,
                tied,
                fives,
                chosen,
                rule,
            } => vec![
                ("then", Int(*then)),
                ("tied", AndList(tied)),
                ("fives", Int(*fives)),
                ("chosen", AndList(chosen)),
                ("nchosen", Int(chosen.len() as u64)),
                ("rule", Phrase(rule)),
            ],
            Note::StarSetAside { name, max, group } => vec![
                ("name", Text(name)),
                ("max", Int(*max)),
                ("group", Text(group)),
            ],
        }
    }

    /// The sentence in English, word for word what the count has always
    /// written (the stored result keeps it; `--json` shows it).
    pub fn english(&self) -> String {
        match self {
            Note::RuleDraw => "the seeded draw".into(),
            Note::RulePsf => {
                "the PSF procedure (Python's random.sample seeded with the tied names)".into()
            }
            Note::RuleOfficer => "the returning officer's recorded decision".into(),
            Note::BlankNotCompared => {
                "a candidate a ballot leaves unranked takes part in no contest on that ballot"
                    .into()
            }
            Note::BlankBelowRanked => {
                "a candidate a ballot leaves unranked is ranked below every candidate it ranks and \
                 equal with the other unranked ones"
                    .into()
            }
            Note::WhatApprovals => "approvals".into(),
            Note::WhatVotes => "votes".into(),
            Note::WhatLockedPairs => "locked pairs".into(),
            Note::WhatStrongestPaths => "strongest paths".into(),
            Note::CapCount { k } => format!("at most {k} per group"),
            Note::CapFraction {
                num,
                den,
                body,
                seats,
                sitting,
                limit,
            } => format!(
                "at most {num}/{den} of the body of {body} ({} filled now + {}), rounded down: \
                 {limit}",
                n_of(*seats, "seat", "seats"),
                n_of(*sitting, "sitting member", "sitting members"),
            ),
            Note::EmployerCapCount { limit } => format!("at most {limit} per employer"),
            Note::EmployerCapFraction {
                num,
                den,
                body,
                limit,
            } => format!("at most {num}/{den} of the body of {body}, i.e. {limit}, per employer"),
            Note::QuorumDevelopers { developers, r } => format!(
                "R = 3Q = 3 × √{developers} / 2 ≈ {r} ({developers} developers; Q is half the \
                 square root of the number of developers, constitution §4.2)"
            ),
            Note::QuorumVotes { num } => format!("R = {num}"),
            Note::QuorumVotesFraction { num, den } => format!("R = {num}/{den}"),
            Note::MajorityPre2015 { times } => format!(
                "it needed V(A,D) strictly greater than {times} (constitution v1.2–v1.5 wording)"
            ),
            Note::MajorityCurrent { times, under } => format!(
                "it needed V(A,D) at least {times} and strictly greater than V(D,A) = {under} \
                 (constitution v1.6 wording)"
            ),
            Note::TieSeeded => "seeded draw".into(),
            Note::TiePsf { k } => format!(
                "PSF procedure (psf/elections break-ties.py): random.seed of the sorted names \
                 joined, then random.sample(candidates, {k})"
            ),
            Note::TieOfficer => "officer's decision".into(),
            Note::TieOfficerPending => "officer's decision (not yet taken)".into(),
            Note::TieGroup { n, what, remaining } => format!(
                "{n} candidates tied on {} for {}",
                what.english(),
                n_of(*remaining, "remaining seat", "remaining seats")
            ),
            Note::TieIrv { round, n } => format!(
                "instant-runoff round {round}: {n} tied for the fewest votes, equal in every \
                 earlier round; the candidate drawn is excluded"
            ),
            Note::TieMeekQuota => "equal votes on reaching the quota".into(),
            Note::TieMeekLowest => "candidates lowest within the surplus: which is excluded".into(),
            Note::TieScottishSurplus => {
                "equal surpluses: which is transferred first (rule 49(2), 49(3))".into()
            }
            Note::TieScottishLowest => "equal lowest candidates: which is excluded (rule 51(2))".into(),
            Note::TieScottishQuotaCap => {
                "equal votes on reaching the quota under the group cap (as rule 49)".into()
            }
            Note::TieStarScoring { seat } => format!("seat {seat}, scoring round"),
            Note::TieStarRunoff { seat } => format!(
                "seat {seat}, automatic runoff: tied on preferences, star totals and five-star \
                 ratings"
            ),
            Note::TieStarDraw {
                context,
                tied,
                fives,
                places,
            } => format!(
                "{}: {} tied on stars, head-to-head match-ups and five-star ratings ({fives}) for {}",
                context.english(),
                and_list(tied),
                n_of(*places, "runoff place", "runoff places")
            ),
            Note::TieRankedPairs { margin } => format!(
                "ranked pairs: majorities of equal margin {margin} conflict, so their order \
                 decides which are locked; tie-breaking ranking of the candidates (TBRC, \
                 Zavist & Tideman 1989)"
            ),
            Note::Approval { seats, rule } => format!(
                "Approval voting: {}; ties that decide a seat are settled by {}.",
                crate::text::the_most(*seats as usize, "approvals"),
                rule.english()
            ),
            Note::Plurality { seats, rule } => format!(
                "Plurality: each ballot is one vote for its first choice; {}; ties that decide a \
                 seat are settled by {}.",
                crate::text::the_most(*seats as usize, "votes"),
                rule.english()
            ),
            Note::PluralityVoid { n } => format!(
                "{} void: more than one first choice.",
                n_of(*n, "ballot", "ballots")
            ),
            Note::PluralityBlank { n } => {
                format!("{} blank: no choice.", n_of(*n, "ballot", "ballots"))
            }
            Note::Totals { what, seats } => {
                let what = what.english();
                format!(
                    "Counted from published totals ({what} per candidate), not from ballots: {}.",
                    crate::text::the_most(*seats as usize, &what)
                )
            }
            Note::NoBallotsGiven => "The number of ballots cast was not given.".into(),
            Note::Vacant { won, name } => format!(
                "{} left vacant: {name} won (a seat won by \"None of the above\" stays vacant).",
                n_of(*won, "seat", "seats")
            ),
            Note::NoneOfTheAboveLost { name } => {
                format!("{name} stood as \"None of the above\" and won no seat.")
            }
            Note::Unfilled { elected, seats } => format!(
                "Only {elected} of {} could be filled.",
                n_of(*seats, "seat", "seats")
            ),
            Note::GroupCapRanking { limit, cap } => format!(
                "At most {} per group: walking down the ranking, a candidate whose group already \
                 has {} is disqualified and the next-ranked candidate moves up (PEP 13); {}.",
                n_of(*limit, "winner", "winners"),
                n_of(*limit, "winner", "winners"),
                cap.english()
            ),
            Note::Irv { rule } => format!(
                "Instant-runoff voting: each round every ballot counts for its highest-ranked \
                 continuing candidate; a candidate with more than half of the votes held by \
                 continuing candidates is elected; otherwise the candidate with the fewest votes \
                 is excluded and its ballots pass on. Ties for fewest are broken by the most \
                 recent earlier round in which the tied candidates' votes differed, then by {}.",
                rule.english()
            ),
            Note::IrvEqual => "A ballot whose highest continuing preference is shared by several \
                               candidates (an equal ranking) is exhausted at that point, for the \
                               rest of the count."
                .into(),
            Note::IrvShared { n } => format!(
                "{} exhausted because their highest continuing preference was shared by several \
                 candidates.",
                n_of(*n, "ballot was", "ballots were")
            ),
            Note::IrvNoGroups => {
                "The limit on winners per group does not apply: with one seat it cannot bind."
                    .into()
            }
            Note::StvScottish {
                valid,
                divisor,
                quota,
                rule,
            } => format!(
                "Scottish STV under The Scottish Local Government Elections Order 2007 (SSI \
                 2007/42), Schedule 1, rules 45–52: quota ⌊{valid} ÷ {divisor}⌋ + 1 = {quota} \
                 (rule 46); surpluses transferred by the weighted inclusive Gregory method, each \
                 paper at surplus × its value ÷ the candidate's votes, to 5 decimal places with \
                 the remainder ignored (rule 48); the lowest candidate excluded when no surplus \
                 remains (rule 50); ties by the most recent stage at which the candidates \
                 differed, then by lot with {} (rules 49, 51).",
                rule.english()
            ),
            Note::StvNontransferable { votes, steps } => format!(
                "Non-transferable papers at the end: {votes} votes. Elected in {}.",
                n_of(*steps, "step", "steps")
            ),
            Note::StvRejected { n } => format!(
                "{} rejected: no first preference, or a first preference given to more than one \
                 candidate; they are not counted in the quota.",
                n_of(*n, "ballot paper", "ballot papers")
            ),
            Note::StvScottishGroups { limit, cap } => format!(
                "At most {} per group: when a group's candidates fill its places, its other \
                 continuing candidates are excluded and their papers transferred at the next \
                 stage, before any surplus; {}.",
                n_of(*limit, "winner", "winners"),
                cap.english()
            ),
            Note::Meek {
                places,
                divisor,
                omega,
                rule,
                iterations,
            } => format!(
                "Meek STV (Hill, Wichmann & Woodall, Algorithm 123, with the New Zealand Schedule \
                 1A rounding) in fixed-point arithmetic to {places} decimal places: keep values \
                 kept rounded up; quota = (votes − excess) ÷ {divisor} truncated, plus \
                 10^-{places}; iteration until the total surplus is below omega = {omega}; the \
                 lowest candidate excluded, candidates within the surplus of the lowest treated \
                 as tied, ties by earlier rounds then {}; {} in all.",
                rule.english(),
                n_of(*iterations, "iteration", "iterations")
            ),
            Note::MeekStalled { rounds } => format!(
                "In {} the surplus stopped decreasing before reaching omega (the limit of the \
                 declared precision); the count went on from that stable state.",
                n_of(*rounds, "round", "rounds")
            ),
            Note::MeekGroups { limit, cap } => format!(
                "At most {} per group: when a group's candidates fill its places, its other \
                 hopeful candidates are excluded (keep value 0); {}.",
                n_of(*limit, "winner", "winners"),
                cap.english()
            ),
            Note::Schulze { blank } => format!(
                "Schulze method (M. Schulze, Social Choice and Welfare 36 (2011)): d[X][Y] is the \
                 number of ballots ranking X above Y; {}, and equal rankings count for neither. \
                 Links are winning votes (d[X][Y] when d[X][Y] > d[Y][X]); X is ranked above Y \
                 when X's strongest path to Y is stronger than Y's to X.",
                blank.english()
            ),
            Note::SchulzeFigure { rule } => format!(
                "Each candidate's figure is the number of other candidates it beats in strongest \
                 paths. Candidates the method does not separate share a place; where their order \
                 decides a seat, {} orders them.",
                rule.english()
            ),
            Note::RankedPairs => "Ranked pairs (Tideman 1987), by margins: d[X][Y] is the number \
                                  of ballots ranking X above Y (a candidate a ballot leaves \
                                  unranked takes part in no contest on that ballot; equal \
                                  rankings count for neither). Majorities are taken from the \
                                  largest margin down, each locked in unless it would make a \
                                  cycle with those already locked; the ranking follows the \
                                  locked pairs."
                .into(),
            Note::RankedPairsTbrc { margin, order } => format!(
                "Majorities of equal margin ({margin}) conflicted, so a tie-breaking ranking of \
                 the candidates was drawn (Zavist & Tideman 1989): {order}. Of two majorities of \
                 equal margin, the one whose winner is higher in it is taken first; with the \
                 same winner, the one whose loser is lower."
            ),
            Note::PairwiseMatrix { blank } => format!(
                "Pairwise matrix: {}; equal rankings count for neither.",
                blank.english()
            ),
            Note::RankedPairsFigure { rule } => format!(
                "Each candidate's figure is the number of other candidates it is ranked above \
                 through locked pairs. Candidates the locked pairs do not separate share a place; \
                 where their order decides a seat, {} orders them.",
                rule.english()
            ),
            Note::Star { seats } => format!(
                "Bloc STAR (PEP 13): each voter gives each candidate 0 to 5 stars. For {}, the \
                 two remaining candidates with the highest star totals go to an automatic \
                 runoff, won by the finalist scored higher on more ballots; the winner is \
                 elected and the count repeats for the next seat without them.",
                if *seats == 1 {
                    "the seat".to_string()
                } else {
                    format!("each of the {seats} seats")
                }
            ),
            Note::StarTies { rule } => format!(
                "Ties (Equal Vote Coalition Official Tiebreaker Protocol, starvoting.org/ties): \
                 in the scoring round, between tied candidates the one preferred head to head by \
                 more voters advances (with three or more tied, those who lost the most \
                 head-to-head match-ups among them are eliminated, repeatedly), then the one with \
                 the most five-star ratings, then {tie}; in the runoff, the higher star total \
                 wins, then the most five-star ratings, then {tie}.",
                tie = rule.english()
            ),
            Note::StarGroups { limit, cap } => format!(
                "At most {} per group: a candidate who would win a seat while {} of their group \
                 {} already elected is disqualified, and the seat is counted again without them \
                 (PEP 13); {}.",
                n_of(*limit, "winner", "winners"),
                n_of(*limit, "winner", "winners"),
                if *limit == 1 { "is" } else { "are" },
                cap.english()
            ),
            Note::Debian => "Debian constitution A.6: options ranked on a ballot are preferred to \
                             all unranked options, which are equal with one another (A.6(1)); \
                             V(A,B) is the number of voters preferring A to B."
                .into(),
            Note::DebianCastingVote { n, options, chosen } => format!(
                "The Schwartz set holds {n} options ({}); the elector with the casting vote \
                 chose {chosen} (A.6(8)).",
                options.join(", ")
            ),
            Note::DebianNoWinner { n, options } => format!(
                "No winner yet: the Schwartz set holds {n} options ({}) with no defeats between \
                 them, so the elector with the casting vote must choose which of them wins \
                 (A.6(8)). Enter the casting vote and count again.",
                options.join(", ")
            ),
            Note::DebianDefaultWon { name } => format!("The default option ({name}) won."),
            Note::DebianFigure { name } => format!(
                "Each option's figure is V(option, {name}): the number of voters ranking it above \
                 the default option."
            ),
            Note::GroupDisqualified {
                winners,
                group,
                cap,
            } => format!(
                "{} already {} for {group} ({}); the next-ranked candidate moves up",
                n_of(*winners, "higher-ranked winner", "higher-ranked winners"),
                if *winners == 1 { "works" } else { "work" },
                cap.english()
            ),
            Note::GroupDisqualifiedSitting {
                winners,
                sitting,
                group,
                cap,
            } => format!(
                "{} and {} already work for {group} ({}); the next-ranked candidate moves up",
                n_of(*winners, "higher-ranked winner", "higher-ranked winners"),
                n_of(*sitting, "sitting member", "sitting members"),
                cap.english()
            ),
            Note::StarDisqualified {
                seat,
                max,
                group,
                name,
            } => format!(
                "would have won seat {seat}, but {} already elected {} for {group} (at most \
                 {max} per group, PEP 13); disqualified, and the seat is counted again without \
                 {name}",
                n_of(*max, "candidate", "candidates"),
                if *max == 1 { "works" } else { "work" },
            ),
            Note::MeekGroupExcluded { group, max } => format!(
                "{group} already has {}, the most allowed per group; keep value set to 0",
                n_of(*max, "elected candidate", "elected candidates")
            ),
            Note::ScottishGroupExcluded { group, max } => format!(
                "{group} already has {}, the most allowed per group; the candidate's papers are \
                 transferred at the next stage",
                n_of(*max, "elected candidate", "elected candidates")
            ),
            Note::DebianQuorumDropped {
                voters,
                default,
                quorum,
            } => format!(
                "Dropped for quorum (A.6(2)): {} ranked it above {default}, fewer than the \
                 quorum {} (round 1)",
                n_of(*voters, "voter", "voters"),
                quorum.english()
            ),
            Note::DebianMajorityDropped {
                over,
                under,
                default,
                ratio,
                num,
                den,
                test,
            } => format!(
                "Dropped for majority (A.6(3)): V(A,D) = {over} against V(D,A) = {under} \
                 ({default}), ratio {ratio}, short of its required majority {num}:{den}; {} \
                 (round 2)",
                test.english()
            ),
            Note::RoundWithdrawn => "withdrawn before the count; struck from every ballot".into(),
            Note::IrvFirst { held, shared } => format!(
                "Round 1: first preferences. {} held by continuing candidates{}.",
                n_of(*held, "vote", "votes"),
                irv_shared(*shared)
            ),
            Note::IrvNext {
                round,
                last,
                held,
                shared,
            } => format!(
                "Round {round}: the ballots of {last} pass to their next continuing preference. \
                 {} held by continuing candidates{}.",
                n_of(*held, "vote", "votes"),
                irv_shared(*shared)
            ),
            Note::IrvNoneStanding => "No candidate is standing.".into(),
            Note::IrvMajority { votes, held } => format!(
                "{}, more than half of the {held} held by continuing candidates",
                n_of(*votes, "vote", "votes")
            ),
            Note::IrvElectedWith { name, reason } => {
                format!("{name} is elected with {}.", reason.english())
            }
            Note::IrvLastContinuing => "the last continuing candidate".into(),
            Note::IrvElectedAs { name, reason } => {
                format!("{name} is elected as {}.", reason.english())
            }
            Note::IrvFewest { min } => format!("fewest votes ({min})"),
            Note::IrvFewestTied { min, others, how } => format!(
                "fewest votes ({min}), tied with {}; {}",
                others.join(", "),
                how.english()
            ),
            Note::IrvEarlierRound { round, min } => {
                format!("it had fewer votes in round {round} ({min})")
            }
            Note::IrvDrawn { rule } => format!(
                "equal in every earlier round: {} chose who is excluded",
                rule.english()
            ),
            Note::IrvExcluded {
                needed,
                name,
                reason,
            } => format!(
                "No candidate has more than half ({needed} needed); {name} is excluded: {}.",
                reason.english()
            ),
            Note::ScottishFirst { valid, quota } => format!(
                "First preferences (rule 45); {}, quota {quota} (rule 46)",
                n_of(*valid, "valid ballot paper", "valid ballot papers")
            ),
            Note::ScottishGroupTransfer { names } => format!(
                "Transfer of the papers of {} (excluded by the group cap), at their current \
                 values as in rule 50",
                names.join(", ")
            ),
            Note::ScottishSurplus { surplus } => {
                format!("surplus of {surplus} transferred (rule 48)")
            }
            Note::ScottishSurplusStage { name, surplus } => {
                format!("Transfer of the surplus of {name} ({surplus})")
            }
            Note::ScottishLowest { min } => format!("lowest number of votes ({min}) (rule 50(1))"),
            Note::ScottishExclusionStage { name } => {
                format!("Exclusion of {name} and transfer of his or her papers (rule 50)")
            }
            Note::ScottishTieStage {
                tied,
                context,
                stage,
            } => format!(
                "tie between {} ({}) settled by the votes at stage {stage}",
                tied.join(", "),
                context.english()
            ),
            Note::ScottishTieLot {
                tied,
                context,
                rule,
            } => format!(
                "tie between {} ({}) equal at every stage: settled by lot ({})",
                tied.join(", "),
                context.english(),
                rule.english()
            ),
            Note::ScottishQuotaReached { votes } => {
                format!("reached the quota with {votes} (rule 47)")
            }
            Note::ScottishDeemedElected { votes } => format!(
                "continuing candidates no more than the vacancies left: deemed elected with \
                 {votes} (rule 52(1))"
            ),
            Note::MeekFill { votes } => {
                format!("hopeful candidates no more than the seats left: elected with {votes}")
            }
            Note::MeekFillRound => "Remaining hopeful candidates fill the seats left".into(),
            Note::MeekElection { names } => format!("Election of {}", names.join(", ")),
            Note::MeekFewest {
                votes,
                omega,
                surplus,
            } => format!(
                "fewest votes ({votes}) once the surpluses were below omega {omega} (total \
                 surplus {surplus})"
            ),
            Note::MeekExclusion { name } => format!("Exclusion of {name}"),
            Note::MeekQuotaReached { quota, votes } => {
                format!("reached the quota {quota} with {votes}")
            }
            Note::MeekTieRound {
                tied,
                context,
                round,
            } => format!(
                "tie between {} ({}) settled by the votes at round {round}",
                tied.join(", "),
                context.english()
            ),
            Note::MeekTieDraw {
                tied,
                context,
                rule,
            } => format!(
                "tie between {} ({}) equal at every round: settled by {}",
                tied.join(", "),
                context.english(),
                rule.english()
            ),
            Note::DebianQuorumRound { default } => format!(
                "A.6(2) quorum: each option needs at least R voters ranking it above the default \
                 option ({default})"
            ),
            Note::DebianNoQuorumRound => {
                "A.6(2) quorum: this vote has no quorum requirement".into()
            }
            Note::DebianMajorityRoundPre2015 { default } => format!(
                "A.6(3) majority: each option must defeat the default option ({default}) by its \
                 majority ratio N: V(A,D) strictly greater than N × V(D,A) (v1.2–v1.5)"
            ),
            Note::DebianMajorityRoundCurrent { default } => format!(
                "A.6(3) majority: each option must defeat the default option ({default}) by its \
                 majority ratio N: V(A,D) at least N × V(D,A) and strictly greater than V(D,A) \
                 (v1.6 on)"
            ),
            Note::DebianSchwartzFinal { set } => format!(
                "A.6(5)–(6): the Schwartz set is {{{}}}, with no defeats within it (A.6(8))",
                set.join(", ")
            ),
            Note::DebianSchwartzDrop { set } => format!(
                "A.6(5)–(7): the Schwartz set is {{{}}} and has defeats within it; the weakest \
                 are dropped and the count returns to step 5",
                set.join(", ")
            ),
            Note::DebianWeakestDefeat { v, against } => {
                format!("weakest defeat within the Schwartz set: V = {v} to {against}")
            }
            Note::DebianDefeat { winner, loser } => format!("{winner} over {loser}"),
            Note::StarOnly { name } => {
                format!("{name} is the only candidate left and is elected without a runoff.")
            }
            Note::StarScoringTie {
                tied,
                stars,
                places,
            } => format!(
                "Scoring round: {} tie on {stars} stars for {}.",
                and_list(tied),
                n_of(*places, "runoff place", "runoff places")
            ),
            Note::StarAdvance {
                first,
                second,
                stars_first,
                stars_second,
            } => format!(
                "Scoring Round: {first} and {second} advance to runoff with {stars_first} and \
                 {stars_second} stars."
            ),
            Note::StarRunoff {
                winner,
                loser,
                won,
                lost,
                equal,
            } => format!(
                "Automatic Runoff: {winner} is preferred over {loser}, {won} to {lost}, with {} \
                 showing equal support for both finalists.",
                n_of(*equal, "voter", "voters")
            ),
            Note::StarRunoffTied {
                first,
                second,
                won,
                lost,
                equal,
            } => format!(
                "Automatic Runoff: {first} and {second} are tied, {won} to {lost}, with {} \
                 showing equal support for both finalists.",
                n_of(*equal, "voter", "voters")
            ),
            Note::StarRunoffTotal {
                winner,
                stars_won,
                stars_lost,
            } => format!(
                "Runoff tie-break (higher star total): {winner} wins with {stars_won} stars to \
                 {stars_lost}."
            ),
            Note::StarRunoffFives { winner, won, lost } => format!(
                "Runoff tie-break (equal star totals; most five-star ratings): {winner} wins \
                 with {} to {lost}.",
                n_of(*won, "five-star rating", "five-star ratings")
            ),
            Note::StarRunoffDraw {
                stars,
                fives,
                name,
                rule,
            } => format!(
                "Runoff tie-break: equal star totals ({stars}) and five-star ratings ({fives}); \
                 {name} is chosen by {}.",
                rule.english()
            ),
            Note::StarHeadToHead {
                winner,
                loser,
                won,
                lost,
            } => format!(
                "Head to head, {winner} is preferred over {loser}, {won} to {lost}, and advances."
            ),
            Note::StarHeadToHeadLosers {
                tied,
                losers,
                max,
                of,
            } => format!(
                "Head to head among {}: {} lost the most match-ups ({max} of {of}) and {} \
                 eliminated from the tie.",
                and_list(tied),
                and_list(losers),
                if losers.len() == 1 { "is" } else { "are" }
            ),
            Note::StarSurvivors {
                survivors,
                losers,
                places,
            } => format!(
                "{} {}; {} {} tied for {}.",
                and_list(survivors),
                if survivors.len() == 1 {
                    "advances"
                } else {
                    "advance"
                },
                and_list(losers),
                if losers.len() == 1 {
                    "remains"
                } else {
                    "remain"
                },
                n_of(*places, "place", "places")
            ),
            Note::StarHeadToHeadEqual {
                first,
                second,
                won,
                lost,
            } => format!(
                "Head to head, {first} and {second} are equally preferred ({won} to {lost})."
            ),
            Note::StarHeadToHeadNone { tied, lost } => format!(
                "Head to head among {}: each lost {}, so none is eliminated.",
                and_list(tied),
                n_of(*lost, "match-up", "match-ups")
            ),
            Note::StarFives { names, fives } => format!(
                "Five-star tie-break: {} {} with {}.",
                and_list(names),
                if names.len() == 1 {
                    "advances"
                } else {
                    "advance"
                },
                n_of(*fives, "five-star rating", "five-star ratings")
            ),
            Note::StarFivesDraw {
                then,
                tied,
                fives,
                chosen,
                rule,
            } => format!(
                "{}{} still tied on five-star ratings ({fives}); {} {} by {}.",
                if *then == 0 { "" } else { "Then " },
                and_list(tied),
                and_list(chosen),
                if chosen.len() == 1 {
                    "advances"
                } else {
                    "advance"
                },
                rule.english()
            ),
            Note::StarSetAside { name, max, group } => format!(
                "{name} was disqualified: {} already {} for {group} (at most {max} per group, \
                 PEP 13); the seat was counted again without {name}.",
                n_of(*max, "winner", "winners"),
                if *max == 1 { "works" } else { "work" }
            ),
        }
    }

    /// One of every variant, for the tests that check each is said in
    /// every language (`scrutineer-core`) and in today's English.
    #[doc(hidden)]
    pub fn examples() -> Vec<Note> {
        let b = Box::new;
        let names = || vec!["Ann".to_string(), "Bob".to_string(), "Cy".to_string()];
        vec![
            Note::RuleDraw,
            Note::RulePsf,
            Note::RuleOfficer,
            Note::BlankNotCompared,
            Note::BlankBelowRanked,
            Note::WhatApprovals,
            Note::WhatVotes,
            Note::WhatLockedPairs,
            Note::WhatStrongestPaths,
            Note::CapCount { k: 2 },
            Note::CapFraction {
                num: 1,
                den: 3,
                body: 7,
                seats: 3,
                sitting: 4,
                limit: 2,
            },
            Note::EmployerCapCount { limit: 1 },
            Note::EmployerCapFraction {
                num: 1,
                den: 3,
                body: 7,
                limit: 2,
            },
            Note::QuorumDevelopers {
                developers: 1000,
                r: "47.434165".into(),
            },
            Note::QuorumVotes { num: 3 },
            Note::QuorumVotesFraction { num: 7, den: 2 },
            Note::MajorityPre2015 {
                times: "3 × 4 = 12".into(),
            },
            Note::MajorityCurrent {
                times: "3 × 4 = 12".into(),
                under: 4,
            },
            Note::TieSeeded,
            Note::TiePsf { k: 1 },
            Note::TieOfficer,
            Note::TieOfficerPending,
            Note::TieGroup {
                n: 2,
                what: b(Note::WhatApprovals),
                remaining: 1,
            },
            Note::TieIrv { round: 3, n: 2 },
            Note::TieMeekQuota,
            Note::TieMeekLowest,
            Note::TieScottishSurplus,
            Note::TieScottishLowest,
            Note::TieScottishQuotaCap,
            Note::TieStarScoring { seat: 1 },
            Note::TieStarRunoff { seat: 2 },
            Note::TieStarDraw {
                context: b(Note::TieStarScoring { seat: 1 }),
                tied: names(),
                fives: 4,
                places: 2,
            },
            Note::TieRankedPairs { margin: 3 },
            Note::Approval {
                seats: 2,
                rule: b(Note::RuleDraw),
            },
            Note::Plurality {
                seats: 1,
                rule: b(Note::RulePsf),
            },
            Note::PluralityVoid { n: 1 },
            Note::PluralityBlank { n: 2 },
            Note::Totals {
                what: b(Note::WhatVotes),
                seats: 2,
            },
            Note::NoBallotsGiven,
            Note::Vacant {
                won: 1,
                name: "RON".into(),
            },
            Note::NoneOfTheAboveLost { name: "RON".into() },
            Note::Unfilled {
                elected: 1,
                seats: 2,
            },
            Note::GroupCapRanking {
                limit: 1,
                cap: b(Note::CapCount { k: 1 }),
            },
            Note::Irv {
                rule: b(Note::RuleOfficer),
            },
            Note::IrvEqual,
            Note::IrvShared { n: 3 },
            Note::IrvNoGroups,
            Note::StvScottish {
                valid: "1000".into(),
                divisor: 4,
                quota: "251".into(),
                rule: b(Note::RuleDraw),
            },
            Note::StvNontransferable {
                votes: "12.34567".into(),
                steps: 5,
            },
            Note::StvRejected { n: 1 },
            Note::StvScottishGroups {
                limit: 2,
                cap: b(Note::CapCount { k: 2 }),
            },
            Note::Meek {
                places: 9,
                divisor: 3,
                omega: "0.000001".into(),
                rule: b(Note::RuleDraw),
                iterations: 42,
            },
            Note::MeekStalled { rounds: 1 },
            Note::MeekGroups {
                limit: 1,
                cap: b(Note::CapCount { k: 1 }),
            },
            Note::Schulze {
                blank: b(Note::BlankNotCompared),
            },
            Note::SchulzeFigure {
                rule: b(Note::RuleDraw),
            },
            Note::RankedPairs,
            Note::RankedPairsTbrc {
                margin: 2,
                order: "Bob > Ann > Cy".into(),
            },
            Note::PairwiseMatrix {
                blank: b(Note::BlankBelowRanked),
            },
            Note::RankedPairsFigure {
                rule: b(Note::RuleDraw),
            },
            Note::Star { seats: 1 },
            Note::Star { seats: 3 },
            Note::StarTies {
                rule: b(Note::RuleDraw),
            },
            Note::StarGroups {
                limit: 1,
                cap: b(Note::CapCount { k: 1 }),
            },
            Note::StarGroups {
                limit: 2,
                cap: b(Note::CapCount { k: 2 }),
            },
            Note::Debian,
            Note::DebianCastingVote {
                n: 2,
                options: names(),
                chosen: "Bob".into(),
            },
            Note::DebianNoWinner {
                n: 3,
                options: names(),
            },
            Note::DebianDefaultWon {
                name: "Further discussion".into(),
            },
            Note::DebianFigure {
                name: "Further discussion".into(),
            },
            Note::GroupDisqualified {
                winners: 1,
                group: "Acme".into(),
                cap: b(Note::EmployerCapCount { limit: 1 }),
            },
            Note::GroupDisqualified {
                winners: 2,
                group: "Acme".into(),
                cap: b(Note::EmployerCapCount { limit: 2 }),
            },
            Note::GroupDisqualifiedSitting {
                winners: 1,
                sitting: 1,
                group: "Acme".into(),
                cap: b(Note::EmployerCapFraction {
                    num: 1,
                    den: 3,
                    body: 7,
                    limit: 2,
                }),
            },
            Note::StarDisqualified {
                seat: 2,
                max: 1,
                group: "Acme".into(),
                name: "Ann".into(),
            },
            Note::MeekGroupExcluded {
                group: "Acme".into(),
                max: 1,
            },
            Note::ScottishGroupExcluded {
                group: "Acme".into(),
                max: 2,
            },
            Note::DebianQuorumDropped {
                voters: 2,
                default: "Further discussion".into(),
                quorum: b(Note::QuorumVotes { num: 3 }),
            },
            Note::DebianMajorityDropped {
                over: 10,
                under: 4,
                default: "Further discussion".into(),
                ratio: "2.500".into(),
                num: 3,
                den: 1,
                test: b(Note::MajorityCurrent {
                    times: "3 × 4 = 12".into(),
                    under: 4,
                }),
            },
            Note::RoundWithdrawn,
            Note::IrvFirst {
                held: 12,
                shared: 0,
            },
            Note::IrvFirst { held: 1, shared: 1 },
            Note::IrvNext {
                round: 2,
                last: "Cy".into(),
                held: 11,
                shared: 3,
            },
            Note::IrvNoneStanding,
            Note::IrvMajority { votes: 7, held: 12 },
            Note::IrvElectedWith {
                name: "Ann".into(),
                reason: b(Note::IrvMajority { votes: 7, held: 12 }),
            },
            Note::IrvLastContinuing,
            Note::IrvElectedAs {
                name: "Ann".into(),
                reason: b(Note::IrvLastContinuing),
            },
            Note::IrvFewest { min: 2 },
            Note::IrvFewestTied {
                min: 2,
                others: vec!["Bob".into(), "Cy".into()],
                how: b(Note::IrvEarlierRound { round: 1, min: 1 }),
            },
            Note::IrvEarlierRound { round: 1, min: 1 },
            Note::IrvDrawn {
                rule: b(Note::RuleDraw),
            },
            Note::IrvExcluded {
                needed: 7,
                name: "Cy".into(),
                reason: b(Note::IrvFewestTied {
                    min: 2,
                    others: vec!["Bob".into()],
                    how: b(Note::IrvDrawn {
                        rule: b(Note::RulePsf),
                    }),
                }),
            },
            Note::ScottishFirst {
                valid: 1000,
                quota: "251.00000".into(),
            },
            Note::ScottishGroupTransfer { names: names() },
            Note::ScottishSurplus {
                surplus: "12.34567".into(),
            },
            Note::ScottishSurplusStage {
                name: "Ann".into(),
                surplus: "12.34567".into(),
            },
            Note::ScottishLowest {
                min: "3.50000".into(),
            },
            Note::ScottishExclusionStage { name: "Cy".into() },
            Note::ScottishTieStage {
                tied: names(),
                context: b(Note::TieScottishSurplus),
                stage: 2,
            },
            Note::ScottishTieLot {
                tied: names(),
                context: b(Note::TieScottishLowest),
                rule: b(Note::RuleDraw),
            },
            Note::ScottishQuotaReached {
                votes: "260.50000".into(),
            },
            Note::ScottishDeemedElected {
                votes: "120.25000".into(),
            },
            Note::MeekFill {
                votes: "3.000000000".into(),
            },
            Note::MeekFillRound,
            Note::MeekElection { names: names() },
            Note::MeekFewest {
                votes: "1.500000000".into(),
                omega: "0.000001000".into(),
                surplus: "0.000000500".into(),
            },
            Note::MeekExclusion { name: "Cy".into() },
            Note::MeekQuotaReached {
                quota: "3.333333334".into(),
                votes: "4.000000000".into(),
            },
            Note::MeekTieRound {
                tied: names(),
                context: b(Note::TieMeekQuota),
                round: 1,
            },
            Note::MeekTieDraw {
                tied: names(),
                context: b(Note::TieMeekLowest),
                rule: b(Note::RuleDraw),
            },
            Note::DebianQuorumRound {
                default: "Further discussion".into(),
            },
            Note::DebianNoQuorumRound,
            Note::DebianMajorityRoundPre2015 {
                default: "Further discussion".into(),
            },
            Note::DebianMajorityRoundCurrent {
                default: "Further discussion".into(),
            },
            Note::DebianSchwartzFinal { set: names() },
            Note::DebianSchwartzDrop { set: names() },
            Note::DebianWeakestDefeat { v: 5, against: 4 },
            Note::DebianDefeat {
                winner: "Ann".into(),
                loser: "Bob".into(),
            },
            Note::StarOnly { name: "Ann".into() },
            Note::StarScoringTie {
                tied: names(),
                stars: "1234".into(),
                places: 2,
            },
            Note::StarAdvance {
                first: "Ann".into(),
                second: "Bob".into(),
                stars_first: "40".into(),
                stars_second: "35".into(),
            },
            Note::StarRunoff {
                winner: "Ann".into(),
                loser: "Bob".into(),
                won: 6,
                lost: 4,
                equal: 1,
            },
            Note::StarRunoffTied {
                first: "Ann".into(),
                second: "Bob".into(),
                won: 5,
                lost: 5,
                equal: 2,
            },
            Note::StarRunoffTotal {
                winner: "Ann".into(),
                stars_won: "40".into(),
                stars_lost: "35".into(),
            },
            Note::StarRunoffFives {
                winner: "Ann".into(),
                won: 3,
                lost: 2,
            },
            Note::StarRunoffDraw {
                stars: "40".into(),
                fives: 3,
                name: "Bob".into(),
                rule: b(Note::RuleDraw),
            },
            Note::StarHeadToHead {
                winner: "Ann".into(),
                loser: "Bob".into(),
                won: 6,
                lost: 4,
            },
            Note::StarHeadToHeadLosers {
                tied: names(),
                losers: vec!["Cy".into()],
                max: 2,
                of: 2,
            },
            Note::StarHeadToHeadLosers {
                tied: names(),
                losers: vec!["Bob".into(), "Cy".into()],
                max: 1,
                of: 2,
            },
            Note::StarSurvivors {
                survivors: vec!["Ann".into()],
                losers: vec!["Bob".into(), "Cy".into()],
                places: 1,
            },
            Note::StarSurvivors {
                survivors: vec!["Ann".into(), "Bob".into()],
                losers: vec!["Cy".into()],
                places: 2,
            },
            Note::StarHeadToHeadEqual {
                first: "Ann".into(),
                second: "Bob".into(),
                won: 4,
                lost: 4,
            },
            Note::StarHeadToHeadNone {
                tied: names(),
                lost: 1,
            },
            Note::StarFives {
                names: vec!["Ann".into()],
                fives: 1,
            },
            Note::StarFives {
                names: vec!["Ann".into(), "Bob".into()],
                fives: 3,
            },
            Note::StarFivesDraw {
                then: 0,
                tied: names(),
                fives: 2,
                chosen: vec!["Bob".into()],
                rule: b(Note::RuleDraw),
            },
            Note::StarFivesDraw {
                then: 1,
                tied: vec!["Ann".into(), "Cy".into()],
                fives: 1,
                chosen: vec!["Ann".into(), "Cy".into()],
                rule: b(Note::RulePsf),
            },
            Note::StarSetAside {
                name: "Ann".into(),
                max: 1,
                group: "Acme".into(),
            },
            Note::StarSetAside {
                name: "Ann".into(),
                max: 2,
                group: "Acme".into(),
            },
        ]
    }
}
