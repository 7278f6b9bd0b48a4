//! The Debian constitution, appendix A.6 "Vote Counting" (the Standard
//! Resolution Procedure), as used for General Resolutions and, by §5.2, for
//! Project Leader elections: the same method for both.
//!
//! The text is quoted from the constitution, versions 1.2 (ratified 29
//! October 2003) to 1.7 (14 August 2016); the steps are numbered as in the
//! constitution ("return to step 5"). Every version in that range has the
//! same wording except the majority test of step 3, changed by v1.6
//! (13 December 2015) — see [`MajorityWording`].
//!
//! 1. "Each voter's ballot ranks the options being voted on. Not all options
//!    need be ranked. Ranked options are considered preferred to all
//!    unranked options. Voters may rank options equally. Unranked options
//!    are considered to be ranked equally with one another." So the method
//!    always counts with [`BlankMeaning::BelowRanked`], whatever
//!    `rules.blank` says.
//! 2. "If the ballot has a quorum requirement R any options other than the
//!    default option which do not receive at least R votes ranking that
//!    option above the default option are dropped from consideration." R is
//!    [`DebianQuorum`]: by §4.2 3Q, Q being "half the square root of the
//!    number of current Developers"; it is compared exactly, never rounded.
//! 3. "Any (non-default) option which does not defeat the default option by
//!    its required majority ratio is dropped from consideration. Given two
//!    options A and B, V(A,B) is the number of voters who prefer option A
//!    over option B." v1.2–v1.5: "An option A defeats the default option D
//!    by a majority ratio N, if V(A,D) is strictly greater than N * V(D,A)."
//!    v1.6 on: "... if V(A,D) is greater or equal to N * V(D,A) and V(A,D) is
//!    strictly greater than V(D,A)." "If a supermajority of S:1 is required
//!    for A, its majority ratio is S; otherwise, its majority ratio is 1."
//! 4. "From the list of undropped options, we generate a list of pairwise
//!    defeats. An option A defeats an option B, if V(A,B) is strictly
//!    greater than V(B,A)."
//! 5. "From the list of [undropped] pairwise defeats, we generate a set of
//!    transitive defeats. An option A transitively defeats an option C if A
//!    defeats C or if there is some other option B where A defeats B AND B
//!    transitively defeats C."
//! 6. "We construct the Schwartz set from the set of transitive defeats. An
//!    option A is in the Schwartz set if for all options B, either A
//!    transitively defeats B, or B does not transitively defeat A."
//! 7. "If there are defeats between options in the Schwartz set, we drop the
//!    weakest such defeats from the list of pairwise defeats, and return to
//!    step 5. A defeat (A,X) is weaker than a defeat (B,Y) if V(A,X) is less
//!    than V(B,Y). Also, (A,X) is weaker than (B,Y) if V(A,X) is equal to
//!    V(B,Y) and V(X,A) is greater than V(Y,B). A weakest defeat is a defeat
//!    that has no other defeat weaker than it. There may be more than one
//!    such defeat."
//! 8. "If there are no defeats within the Schwartz set, then the winner is
//!    chosen from the options in the Schwartz set. If there is only one such
//!    option, it is the winner. If there are multiple options, the elector
//!    with the casting vote chooses which of those options wins."
//!    [`DebianRules::casting_vote`] carries that choice; without it the
//!    outcome names no winner and says plainly that a casting vote is needed
//!    between the options listed. The engine never chooses by itself.
//!
//! Withdrawn options are struck from every ballot before counting.

use crate::schulze::{pairwise_matrix, rows};
use crate::{
    BlankMeaning, CandId, CandidateResult, CountError, DebianQuorum, DebianRules, Exclusion,
    MajorityWording, Method, Note, Outcome, Pairwise, Profile, Round, RoundAction, RoundTally,
    Rules, Status,
};
use serde::{Deserialize, Serialize};

/// The figures of a Debian count, for the explanation and the certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct DebianReport {
    pub default_option: String,
    /// The quorum R in words and figures, when the vote has one.
    pub quorum: Option<String>,
    pub wording: MajorityWording,
    /// Every option but the default one, in ballot order.
    pub options: Vec<DebianOption>,
    /// The final Schwartz set (one option unless a casting vote is needed).
    pub schwartz_set: Vec<String>,
    /// The options between which a casting vote is needed and was not given
    /// (empty when the count has a winner).
    pub casting_vote_needed: Vec<String>,
}

/// One non-default option's quorum and majority figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct DebianOption {
    pub name: String,
    /// V(A,D): voters preferring the option to the default option.
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub over_default: u64,
    /// V(D,A).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub default_over: u64,
    /// `None` when the vote has no quorum requirement.
    pub quorum_reached: Option<bool>,
    /// The required majority ratio N as `num:den` (1:1, 3:1).
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub majority_num: u64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub majority_den: u64,
    /// V(A,D)/V(D,A) to 3 decimals, an exact half to the even digit as
    /// devotee prints it ("inf" when V(D,A) is 0).
    pub ratio: String,
    /// `None` when the option was already dropped for quorum.
    pub majority_passed: Option<bool>,
    /// `quorum` or `majority` when the option was dropped.
    pub dropped: Option<String>,
}

struct Figures {
    n: usize,
    d: Vec<u64>,
}

impl Figures {
    /// V(a, b).
    fn v(&self, a: CandId, b: CandId) -> u64 {
        self.d[a * self.n + b]
    }
}

fn ratio_text(over: u64, under: u64) -> String {
    if under == 0 {
        return "inf".into();
    }
    // To 3 decimals as devotee prints it (C printf `%.3f` of the exact
    // quotient: an exact half goes to the even digit), in integers.
    let (o, d) = (over as u128 * 1000, under as u128);
    let (mut milli, rem) = (o / d, o % d);
    if 2 * rem > d || (2 * rem == d && milli % 2 == 1) {
        milli += 1;
    }
    format!("{}.{:03}", milli / 1000, milli % 1000)
}

/// Does V(A,D) = `over` reach the quorum R (step 2: "at least R votes")?
fn reaches_quorum(over: u64, q: &DebianQuorum) -> bool {
    match *q {
        // over ≥ 3·√n/2  ⟺  4·over² ≥ 9·n (both sides non-negative).
        DebianQuorum::Developers(n) => {
            let o = over as u128;
            4 * o * o >= 9 * n as u128
        }
        DebianQuorum::Votes { num, den } => over as u128 * den as u128 >= num as u128,
    }
}

fn quorum_text(q: &DebianQuorum) -> String {
    quorum_note(q).english()
}

/// The quorum R as a phrase of the explanation.
fn quorum_note(q: &DebianQuorum) -> Note {
    match *q {
        DebianQuorum::Developers(n) => Note::QuorumDevelopers {
            developers: n,
            r: format!("{:.6}", 3.0 * (n as f64).sqrt() / 2.0),
        },
        DebianQuorum::Votes { num, den: 1 } => Note::QuorumVotes { num },
        DebianQuorum::Votes { num, den } => Note::QuorumVotesFraction { num, den },
    }
}

/// Step 3: does V(A,D) = `over` against V(D,A) = `under` meet N = num/den?
fn passes_majority(over: u64, under: u64, num: u64, den: u64, w: MajorityWording) -> bool {
    let lhs = over as u128 * den as u128;
    let rhs = num as u128 * under as u128;
    match w {
        MajorityWording::Pre2015 => lhs > rhs,
        MajorityWording::Current => lhs >= rhs && over > under,
    }
}

pub fn count(profile: &Profile, rules: &Rules) -> Result<Outcome, CountError> {
    let names = &profile.candidates;
    let n = names.len();
    let dr = rules
        .debian
        .clone()
        .unwrap_or_else(|| DebianRules::for_options(n));
    if rules.seats != 1 {
        return Err(CountError::Invalid(format!(
            "a Debian vote (constitution A.6) chooses one option, not {} seats",
            rules.seats
        )));
    }
    let dflt = dr.default_option;
    if dflt >= n {
        return Err(CountError::Invalid(format!(
            "the default option is number {} but there are only {n} options",
            dflt + 1
        )));
    }
    if rules.withdrawn.contains(&dflt) {
        return Err(CountError::Invalid(format!(
            "the default option ({}) cannot be withdrawn",
            names[dflt]
        )));
    }
    if let Some(c) = dr.casting_vote {
        if c >= n {
            return Err(CountError::Invalid(format!(
                "the casting vote names option number {} but there are only {n} options",
                c + 1
            )));
        }
    }
    for m in &dr.majorities {
        if m.option >= n || m.den == 0 || m.num == 0 {
            return Err(CountError::Invalid(format!(
                "the majority requirement {}:{} for option number {} is not valid",
                m.num,
                m.den,
                m.option + 1
            )));
        }
    }
    if let Some(DebianQuorum::Votes { den: 0, .. }) = dr.quorum {
        return Err(CountError::Invalid(
            "the quorum R has a zero denominator".into(),
        ));
    }
    let mut skip = vec![false; n];
    for &w in &rules.withdrawn {
        if let Some(s) = skip.get_mut(w) {
            *s = true;
        }
    }
    // Step 1: unranked options rank below every ranked one, equal together.
    let d = pairwise_matrix(profile, &skip, BlankMeaning::BelowRanked, Method::Debian)?;
    let f = Figures { n, d };
    let standing: Vec<CandId> = (0..n).filter(|&c| !skip[c]).collect();
    let others: Vec<CandId> = standing.iter().copied().filter(|&c| c != dflt).collect();
    let majority_of = |c: CandId| -> (u64, u64) {
        dr.majorities
            .iter()
            .find(|m| m.option == c)
            .map(|m| (m.num, m.den))
            .unwrap_or((1, 1))
    };

    let mut rounds: Vec<Round> = Vec::new();
    let mut excluded: Vec<Exclusion> = Vec::new();
    let mut dropped = vec![false; n];
    let mut report_opts: Vec<DebianOption> = Vec::new();
    let dname = &names[dflt];

    // Step 2: quorum.
    let mut actions = Vec::new();
    for &a in &others {
        let over = f.v(a, dflt);
        let reached = dr.quorum.as_ref().map(|q| reaches_quorum(over, q));
        let (num, den) = majority_of(a);
        report_opts.push(DebianOption {
            name: names[a].clone(),
            over_default: over,
            default_over: f.v(dflt, a),
            quorum_reached: reached,
            majority_num: num,
            majority_den: den,
            ratio: ratio_text(over, f.v(dflt, a)),
            majority_passed: None,
            dropped: None,
        });
        if reached == Some(false) {
            dropped[a] = true;
            let reason = Note::DebianQuorumDropped {
                voters: over as u64,
                default: dname.clone(),
                quorum: Box::new(
                    dr.quorum
                        .as_ref()
                        .map(quorum_note)
                        .unwrap_or(Note::QuorumVotes { num: 0 }),
                ),
            };
            actions.push(RoundAction::new(
                "excluded",
                names[a].clone(),
                reason.clone(),
            ));
            excluded.push(Exclusion::new(names[a].clone(), reason));
            if let Some(o) = report_opts.last_mut() {
                o.dropped = Some("quorum".into());
            }
        }
    }
    let quorum_round = match &dr.quorum {
        Some(_) => Note::DebianQuorumRound {
            default: dname.clone(),
        },
        None => Note::DebianNoQuorumRound,
    };
    rounds.push(Round {
        number: 1,
        quota: dr.quorum.as_ref().map(quorum_text),
        tallies: others
            .iter()
            .map(|&a| RoundTally {
                name: names[a].clone(),
                votes: f.v(a, dflt).to_string(),
                keep: None,
            })
            .collect(),
        exhausted: String::new(),
        actions,
        note: quorum_round.english(),
        note_events: vec![quorum_round],
    });

    // Step 3: majority ratio against the default option.
    let mut actions = Vec::new();
    for (i, &a) in others.iter().enumerate() {
        if dropped[a] {
            continue;
        }
        let (over, under) = (f.v(a, dflt), f.v(dflt, a));
        let (num, den) = majority_of(a);
        let pass = passes_majority(over, under, num, den, dr.wording);
        if let Some(o) = report_opts.get_mut(i) {
            o.majority_passed = Some(pass);
        }
        if !pass {
            dropped[a] = true;
            let times = if den == 1 {
                format!("{num} × {under} = {}", num as u128 * under as u128)
            } else {
                format!(
                    "{num}/{den} × {under} = {}/{den}",
                    num as u128 * under as u128
                )
            };
            let test = match dr.wording {
                MajorityWording::Pre2015 => Note::MajorityPre2015 { times },
                MajorityWording::Current => Note::MajorityCurrent { times, under },
            };
            let reason = Note::DebianMajorityDropped {
                over,
                under,
                default: dname.clone(),
                ratio: ratio_text(over, under),
                num,
                den,
                test: Box::new(test),
            };
            actions.push(RoundAction::new(
                "excluded",
                names[a].clone(),
                reason.clone(),
            ));
            excluded.push(Exclusion::new(names[a].clone(), reason));
            if let Some(o) = report_opts.get_mut(i) {
                o.dropped = Some("majority".into());
            }
        }
    }
    let majority_round = match dr.wording {
        MajorityWording::Pre2015 => Note::DebianMajorityRoundPre2015 {
            default: dname.clone(),
        },
        MajorityWording::Current => Note::DebianMajorityRoundCurrent {
            default: dname.clone(),
        },
    };
    rounds.push(Round {
        number: 2,
        quota: None,
        tallies: others
            .iter()
            .map(|&a| {
                let (num, den) = majority_of(a);
                RoundTally {
                    name: names[a].clone(),
                    votes: format!(
                        "{}:{} = {} (needs {num}:{den})",
                        f.v(a, dflt),
                        f.v(dflt, a),
                        ratio_text(f.v(a, dflt), f.v(dflt, a))
                    ),
                    keep: None,
                }
            })
            .collect(),
        exhausted: String::new(),
        actions,
        note: majority_round.english(),
        note_events: vec![majority_round],
    });

    // Step 4: pairwise defeats among the undropped options.
    let live: Vec<CandId> = standing.iter().copied().filter(|&c| !dropped[c]).collect();
    let mut defeats: Vec<(CandId, CandId)> = Vec::new();
    for &a in &live {
        for &b in &live {
            if a != b && f.v(a, b) > f.v(b, a) {
                defeats.push((a, b));
            }
        }
    }
    let mut notes = vec![Note::Debian];
    let schwartz = loop {
        // Step 5: transitive defeats (closure over the live options).
        let mut t = vec![false; n * n];
        for &(a, b) in &defeats {
            t[a * n + b] = true;
        }
        for &k in &live {
            for &i in &live {
                if t[i * n + k] {
                    for &j in &live {
                        if t[k * n + j] {
                            t[i * n + j] = true;
                        }
                    }
                }
            }
        }
        // Step 6: the Schwartz set.
        let set: Vec<CandId> = live
            .iter()
            .copied()
            .filter(|&a| {
                live.iter()
                    .all(|&b| b == a || t[a * n + b] || !t[b * n + a])
            })
            .collect();
        let inside: Vec<(CandId, CandId)> = defeats
            .iter()
            .copied()
            .filter(|(a, b)| set.contains(a) && set.contains(b))
            .collect();
        let set_names: Vec<String> = set.iter().map(|&c| names[c].clone()).collect();
        if inside.is_empty() {
            let final_note = Note::DebianSchwartzFinal {
                set: set_names.clone(),
            };
            rounds.push(Round {
                number: rounds.len() + 1,
                quota: None,
                tallies: set
                    .iter()
                    .map(|&c| RoundTally {
                        name: names[c].clone(),
                        votes: String::new(),
                        keep: None,
                    })
                    .collect(),
                exhausted: String::new(),
                actions: Vec::new(),
                note: final_note.english(),
                note_events: vec![final_note],
            });
            break set;
        }
        // Step 7: drop the weakest defeats within the Schwartz set: the least
        // V(A,X); on equal V(A,X), the greatest V(X,A).
        let key = |&(a, x): &(CandId, CandId)| (f.v(a, x), std::cmp::Reverse(f.v(x, a)));
        let weakest = inside.iter().map(key).min();
        let gone: Vec<(CandId, CandId)> = inside
            .iter()
            .copied()
            .filter(|p| Some(key(p)) == weakest)
            .collect();
        defeats.retain(|p| !gone.contains(p));
        let drop_note = Note::DebianSchwartzDrop {
            set: set_names.clone(),
        };
        rounds.push(Round {
            number: rounds.len() + 1,
            quota: None,
            tallies: set
                .iter()
                .map(|&c| RoundTally {
                    name: names[c].clone(),
                    votes: String::new(),
                    keep: None,
                })
                .collect(),
            exhausted: String::new(),
            actions: gone
                .iter()
                .map(|&(a, x)| {
                    let defeat = Note::DebianDefeat {
                        winner: names[a].clone(),
                        loser: names[x].clone(),
                    };
                    RoundAction {
                        name: defeat.english(),
                        name_event: Some(defeat),
                        ..RoundAction::new(
                            "defeat_dropped",
                            String::new(),
                            Note::DebianWeakestDefeat {
                                v: f.v(a, x),
                                against: f.v(x, a),
                            },
                        )
                    }
                })
                .collect(),
            note: drop_note.english(),
            note_events: vec![drop_note],
        });
    };

    // Step 8: the winner.
    let schwartz_names: Vec<String> = schwartz.iter().map(|&c| names[c].clone()).collect();
    let mut casting_vote_needed = Vec::new();
    let winner: Option<CandId> = if schwartz.len() == 1 {
        schwartz.first().copied()
    } else {
        match dr.casting_vote {
            Some(c) if schwartz.contains(&c) => {
                notes.push(Note::DebianCastingVote {
                    n: schwartz.len() as u64,
                    options: schwartz_names.clone(),
                    chosen: names[c].clone(),
                });
                Some(c)
            }
            Some(c) => {
                return Err(CountError::Invalid(format!(
                    "the casting vote chooses {}, which is not in the Schwartz set ({}); the \
                     casting vote chooses among those options only",
                    names[c],
                    schwartz_names.join(", ")
                )))
            }
            None => {
                casting_vote_needed = schwartz_names.clone();
                notes.push(Note::DebianNoWinner {
                    n: schwartz.len() as u64,
                    options: schwartz_names.clone(),
                });
                None
            }
        }
    };
    if let Some(w) = winner {
        if w == dflt {
            notes.push(Note::DebianDefaultWon {
                name: dname.clone(),
            });
        }
    }

    let candidates = (0..n)
        .map(|c| CandidateResult {
            name: names[c].clone(),
            votes: if c == dflt || skip[c] {
                "-".to_string()
            } else {
                f.v(c, dflt).to_string()
            },
            rank: if Some(c) == winner { Some(1) } else { None },
            status: if skip[c] {
                Status::Withdrawn
            } else if Some(c) == winner {
                Status::Elected
            } else if dropped[c] {
                Status::Excluded
            } else {
                Status::NotElected
            },
        })
        .collect();
    notes.push(Note::DebianFigure {
        name: dname.clone(),
    });
    Ok(Outcome {
        method: Method::Debian,
        seats: 1,
        winners: winner.iter().map(|&c| names[c].clone()).collect(),
        ranking: None,
        candidates,
        rounds,
        pairwise: Some(Pairwise {
            candidates: names.clone(),
            matrix: rows(&f.d, n),
            strongest_paths: None,
            locked: None,
        }),
        star: None,
        debian: Some(DebianReport {
            default_option: dname.clone(),
            quorum: dr.quorum.as_ref().map(quorum_text),
            wording: dr.wording,
            options: report_opts,
            schwartz_set: schwartz_names,
            casting_vote_needed,
        }),
        tie_breaks: Vec::new(),
        excluded,
        ballots: profile.total_weight(),
        precision: 0,
        notes: crate::english(&notes),
        note_events: notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::ranked;
    use crate::{Supermajority, TieRule};

    #[test]
    fn quorum_is_compared_exactly() {
        // 3·√100/2 = 15 exactly: 15 reaches it ("at least R"), 14 does not.
        assert!(reaches_quorum(15, &DebianQuorum::Developers(100)));
        assert!(!reaches_quorum(14, &DebianQuorum::Developers(100)));
        // 3·√1018/2 ≈ 47.859: 48 reaches it, 47 does not.
        assert!(reaches_quorum(48, &DebianQuorum::Developers(1018)));
        assert!(!reaches_quorum(47, &DebianQuorum::Developers(1018)));
    }

    #[test]
    fn an_option_short_of_the_quorum_is_dropped_before_the_majority_test() {
        // A: 6 voters over FD; B: 4 (R = 5); B also beats A 5–4 head to
        // head, but is dropped first, so A wins.
        let p = ranked(
            &["A", "B", "FD"],
            &[
                (4, &[&[1], &[0], &[2]]),
                (1, &[&[0], &[2], &[1]]),
                (1, &[&[0], &[2]]),
                (1, &[&[2], &[1], &[0]]),
            ],
        );
        let mut r = Rules::new(1);
        let mut dr = DebianRules::for_options(3);
        dr.quorum = Some(DebianQuorum::Votes { num: 5, den: 1 });
        r.debian = Some(dr);
        let o = count(&p, &r).unwrap();
        let m = &o.pairwise.as_ref().unwrap().matrix;
        assert_eq!((m[0][2], m[1][2], m[1][0], m[0][1]), (6, 4, 5, 2));
        assert_eq!(o.winners, vec!["A"]);
        assert_eq!(o.excluded.len(), 1);
        assert!(o.excluded[0]
            .reason
            .starts_with("Dropped for quorum (A.6(2)): 4 voters"));
        let rep = o.debian.unwrap();
        assert_eq!(rep.options[1].quorum_reached, Some(false));
        assert_eq!(rep.options[1].majority_passed, None);
        assert_eq!(rep.options[1].dropped.as_deref(), Some("quorum"));
        // Without the quorum B wins.
        assert_eq!(count(&p, &Rules::new(1)).unwrap().winners, vec!["B"]);
    }

    #[test]
    fn the_two_wordings_differ_only_at_exactly_n_times() {
        // V(A,D) = 30 = 3 × V(D,A) = 3 × 10.
        assert!(!passes_majority(30, 10, 3, 1, MajorityWording::Pre2015));
        assert!(passes_majority(30, 10, 3, 1, MajorityWording::Current));
        assert!(passes_majority(31, 10, 3, 1, MajorityWording::Pre2015));
        // A tie with the default option fails both (1:1, 5 against 5).
        assert!(!passes_majority(5, 5, 1, 1, MajorityWording::Pre2015));
        assert!(!passes_majority(5, 5, 1, 1, MajorityWording::Current));
    }

    #[test]
    fn supermajority_drop_happens_before_the_schwartz_step() {
        // A beats B and FD; B beats FD. A needs 3:1 and only has 6:4.
        let p = ranked(
            &["A", "B", "FD"],
            &[
                (6, &[&[0], &[1], &[2]]),
                (4, &[&[2], &[1], &[0]]),
                (1, &[&[1]]),
            ],
        );
        let mut r = Rules::new(1);
        let mut dr = DebianRules::for_options(3);
        dr.majorities.push(Supermajority {
            option: 0,
            num: 3,
            den: 1,
        });
        r.debian = Some(dr);
        let o = count(&p, &r).unwrap();
        assert_eq!(o.winners, vec!["B"]);
        assert_eq!(o.excluded.len(), 1);
        assert_eq!(o.excluded[0].name, "A");
        assert!(o.excluded[0].reason.contains("majority"));
        let rep = o.debian.unwrap();
        assert_eq!(rep.options[0].dropped.as_deref(), Some("majority"));
        assert_eq!(rep.options[1].majority_passed, Some(true));
    }

    #[test]
    fn a_cycle_is_resolved_by_dropping_the_weakest_defeat() {
        // A classic cycle: A beats B (8–4), B beats C (9–3), C beats A
        // (7–5); all beat FD. The weakest defeat, C over A (7), is dropped;
        // then A beats B and B beats C: the Schwartz set is {A}.
        let p = ranked(
            &["A", "B", "C", "FD"],
            &[
                (5, &[&[0], &[1], &[2], &[3]]),
                (4, &[&[1], &[2], &[0], &[3]]),
                (3, &[&[2], &[0], &[1], &[3]]),
            ],
        );
        let o = count(&p, &Rules::new(1)).unwrap();
        let m = &o.pairwise.as_ref().unwrap().matrix;
        assert_eq!((m[0][1], m[1][0]), (8, 4));
        assert_eq!((m[1][2], m[2][1]), (9, 3));
        assert_eq!((m[2][0], m[0][2]), (7, 5));
        assert_eq!(o.winners, vec!["A"]);
        assert!(o.rounds.iter().any(|r| r
            .actions
            .iter()
            .any(|a| a.kind == "defeat_dropped" && a.name == "C over A")));
    }

    #[test]
    fn equal_defeats_are_told_apart_by_the_opposing_votes() {
        // A beats B 4–2, B beats C 5–4, C beats A 4–3. A over B and C over A
        // are equally strong (4); C over A is the weaker because its
        // opposing votes are more (3 > 2), so only it is dropped, and A
        // wins. (Dropping A over B would make B the winner; dropping both
        // would leave A and B for the casting vote.)
        let p = ranked(
            &["A", "B", "C", "FD"],
            &[
                (1, &[&[1], &[2], &[0], &[3]]),
                (3, &[&[2], &[0], &[1], &[3]]),
                (1, &[&[1], &[0, 2], &[3]]),
                (3, &[&[0, 1], &[2], &[3]]),
                (1, &[&[0, 2], &[1], &[3]]),
            ],
        );
        let o = count(&p, &Rules::new(1)).unwrap();
        let m = &o.pairwise.as_ref().unwrap().matrix;
        assert_eq!((m[0][1], m[1][0]), (4, 2));
        assert_eq!((m[1][2], m[2][1]), (5, 4));
        assert_eq!((m[2][0], m[0][2]), (4, 3));
        let dropped: Vec<&str> = o
            .rounds
            .iter()
            .flat_map(|r| r.actions.iter())
            .filter(|a| a.kind == "defeat_dropped")
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(dropped, vec!["C over A"]);
        assert_eq!(o.winners, vec!["A"]);
    }

    #[test]
    fn a_tie_left_in_the_schwartz_set_needs_the_casting_vote() {
        let p = ranked(
            &["A", "B", "FD"],
            &[(1, &[&[0], &[1], &[2]]), (1, &[&[1], &[0], &[2]])],
        );
        // The seeded draw is the tie rule, but A.6(8) gives the choice to the
        // casting vote: the engine must not pick.
        let mut r = Rules::new(1);
        r.tie_rule = TieRule::Draw;
        let o = count(&p, &r).unwrap();
        assert!(o.winners.is_empty());
        assert!(o.tie_breaks.is_empty());
        let rep = o.debian.as_ref().unwrap();
        assert_eq!(rep.casting_vote_needed, vec!["A", "B"]);
        assert!(o
            .notes
            .iter()
            .any(|n| n.contains("the elector with the casting vote must choose")));
        let mut dr = DebianRules::for_options(3);
        dr.casting_vote = Some(1);
        r.debian = Some(dr.clone());
        assert_eq!(count(&p, &r).unwrap().winners, vec!["B"]);
        dr.casting_vote = Some(2);
        r.debian = Some(dr);
        assert!(matches!(count(&p, &r), Err(CountError::Invalid(_))));
    }

    #[test]
    fn unranked_is_below_ranked_whatever_rules_blank_says() {
        // 3 rank only B; 2 rank A over B: B beats A 3–2 under A.6(1).
        let p = ranked(&["A", "B", "FD"], &[(3, &[&[1]]), (2, &[&[0], &[1]])]);
        let r = Rules::new(1);
        assert_eq!(r.blank, BlankMeaning::NotCompared);
        let o = count(&p, &r).unwrap();
        assert_eq!(o.winners, vec!["B"]);
        assert_eq!(o.pairwise.unwrap().matrix[1][0], 3);
    }
}
