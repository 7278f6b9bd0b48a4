//! Instant-runoff voting (the alternative vote): one seat.
//!
//! Rules, declared:
//!
//! * Each round, every ballot counts one vote for its highest-ranked
//!   continuing candidate. A ballot with no continuing candidate left is
//!   exhausted. A ballot whose highest continuing preference is shared by
//!   several candidates (an equal ranking) cannot be given to one of them and
//!   is exhausted at that point for the rest of the count, even if all but
//!   one of those candidates are later excluded (as an overvote exhausts a
//!   paper ballot).
//! * A candidate with more than half of the votes held by continuing
//!   candidates (exhausted ballots are not counted) is elected. When one
//!   candidate is left, that candidate is elected.
//! * Otherwise the continuing candidate with the fewest votes is excluded
//!   and its ballots pass to their next continuing preference. A tie for
//!   fewest is broken backwards: among the tied, look at the most recent
//!   earlier round in which their votes differed, and keep only those with
//!   the fewest votes then; repeat further back while several remain; if
//!   they were equal in every round, the seeded draw
//!   ([`crate::tiebreak::Draw::pick`]) chooses the one excluded.
//! * Withdrawn candidates are struck from every ballot before the count.
//! * IRV fills one seat; for several seats use STV. Group caps ("at most K
//!   winners per employer", K ≥ 1) cannot bind with one seat and are not
//!   applied.
//!
//! Round figures are whole numbers of ballots (precision 0). Each
//! candidate's figure in the result is the votes held in the last round (0
//! for a candidate excluded earlier). The ranking puts the winner first, then
//! any other candidates still continuing at the end by their last-round
//! votes, then the excluded candidates, the last excluded first.

use crate::groups::{ranks_from_tiers, tiers_by};
use crate::schulze::wrong_kind;
use crate::tiebreak::Draw;
use crate::{
    BallotKind, CandId, CandidateResult, CountError, Marks, Method, Note, Outcome, Profile, Round,
    RoundAction, RoundTally, Rules, Status,
};

pub fn count(profile: &Profile, rules: &Rules) -> Result<Outcome, CountError> {
    if rules.seats != 1 {
        return Err(CountError::Invalid(format!(
            "instant-runoff voting elects one candidate, but {} seats were asked for; \
             use STV (stv-scottish or stv-meek) to fill several seats",
            rules.seats
        )));
    }
    let names = &profile.candidates;
    let n = names.len();
    for b in &profile.ballots {
        match b.marks {
            Marks::Ranking(_) => {}
            Marks::Approval(_) => return Err(wrong_kind(Method::Irv, BallotKind::Approval)),
            Marks::Scores(_) => return Err(wrong_kind(Method::Irv, BallotKind::Scores)),
        }
    }
    let mut total: u64 = 0;
    for b in &profile.ballots {
        total = total.checked_add(b.weight).ok_or_else(|| {
            CountError::Invalid("the total weight of the ballots is too large to count".into())
        })?;
    }
    let withdrawn = |c: CandId| rules.withdrawn.contains(&c);
    let mut continuing: Vec<bool> = (0..n).map(|c| !withdrawn(c)).collect();
    let mut draw = Draw::new(rules, names);
    let mut rounds: Vec<Round> = Vec::new();
    // Votes of every candidate in each round so far.
    let mut history: Vec<Vec<u64>> = Vec::new();
    // Candidates in order of exclusion.
    let mut excluded: Vec<CandId> = Vec::new();
    // Ballots exhausted for good because their highest continuing
    // preference was shared, and how many those were.
    let mut dead = vec![false; profile.ballots.len()];
    let mut shared_total: u64 = 0;
    let winner: Option<CandId>;

    loop {
        let (votes, exhausted, shared) = tally(profile, &continuing, n, &mut dead);
        shared_total += shared;
        let held: u64 = votes.iter().sum();
        let alive: Vec<CandId> = (0..n).filter(|&c| continuing[c]).collect();
        let number = rounds.len() + 1;
        let mut actions: Vec<RoundAction> = Vec::new();
        if number == 1 {
            for c in (0..n).filter(|&c| withdrawn(c)) {
                actions.push(RoundAction::new(
                    "withdrawn",
                    names[c].clone(),
                    Note::RoundWithdrawn,
                ));
            }
        }
        let mut note = vec![if number == 1 {
            Note::IrvFirst { held, shared }
        } else {
            let last = excluded.last().map(|&c| names[c].as_str()).unwrap_or("");
            Note::IrvNext {
                round: number as u64,
                last: last.to_string(),
                held,
                shared,
            }
        }];
        history.push(votes.clone());

        let majority = alive.iter().copied().find(|&c| votes[c] > held - votes[c]);
        let done = match (alive.len(), majority) {
            (0, _) => {
                note.push(Note::IrvNoneStanding);
                Some(None)
            }
            (_, Some(c)) => {
                let reason = Note::IrvMajority {
                    votes: votes[c],
                    held,
                };
                note.push(Note::IrvElectedWith {
                    name: names[c].clone(),
                    reason: Box::new(reason.clone()),
                });
                actions.push(RoundAction::new("elected", names[c].clone(), reason));
                Some(Some(c))
            }
            (1, None) => {
                // Only reachable when no continuing votes are held at all.
                let c = alive[0];
                let reason = Note::IrvLastContinuing;
                note.push(Note::IrvElectedAs {
                    name: names[c].clone(),
                    reason: Box::new(reason.clone()),
                });
                actions.push(RoundAction::new("elected", names[c].clone(), reason));
                Some(Some(c))
            }
            _ => None,
        };
        let tallies = tallies_of(names, &votes, n, &withdrawn);
        if let Some(w) = done {
            rounds.push(Round {
                number,
                quota: None,
                tallies,
                exhausted: exhausted.to_string(),
                actions,
                note: crate::joined_english(&note),
                note_events: note,
            });
            winner = w;
            break;
        }

        // Exclude the candidate with the fewest votes.
        let min = alive.iter().map(|&c| votes[c]).min().unwrap_or(0);
        let tied: Vec<CandId> = alive.iter().copied().filter(|&c| votes[c] == min).collect();
        let (who, how) = lowest(&tied, &history, number, names, &mut draw);
        let reason = match how {
            None => Note::IrvFewest { min },
            Some(how) => Note::IrvFewestTied {
                min,
                others: others(&tied, who, names),
                how: Box::new(how),
            },
        };
        note.push(Note::IrvExcluded {
            needed: held / 2 + 1,
            name: names[who].clone(),
            reason: Box::new(reason.clone()),
        });
        actions.push(RoundAction::new("excluded", names[who].clone(), reason));
        rounds.push(Round {
            number,
            quota: None,
            tallies,
            exhausted: exhausted.to_string(),
            actions,
            note: crate::joined_english(&note),
            note_events: note,
        });
        continuing[who] = false;
        excluded.push(who);
    }

    // Ranking: winner, other survivors by last-round votes, then the
    // excluded, last excluded first.
    let last = history.last().cloned().unwrap_or_else(|| vec![0; n]);
    let mut tiers: Vec<Vec<CandId>> = Vec::new();
    if let Some(w) = winner {
        tiers.push(vec![w]);
    }
    let survivors: Vec<CandId> = (0..n)
        .filter(|&c| continuing[c] && Some(c) != winner)
        .collect();
    tiers.extend(tiers_by(&survivors, |c| last[c]));
    tiers.extend(excluded.iter().rev().map(|&c| vec![c]));
    let ranks = ranks_from_tiers(&tiers, n);
    let mut ranking: Vec<String> = Vec::new();
    for t in &tiers {
        let mut t = t.clone();
        t.sort_by(|&a, &b| names[a].cmp(&names[b]).then(a.cmp(&b)));
        ranking.extend(t.iter().map(|&c| names[c].clone()));
    }
    let candidates = (0..n)
        .map(|c| CandidateResult {
            name: names[c].clone(),
            votes: if continuing[c] { last[c] } else { 0 }.to_string(),
            rank: ranks[c],
            status: if withdrawn(c) {
                Status::Withdrawn
            } else if Some(c) == winner {
                Status::Elected
            } else {
                Status::NotElected
            },
        })
        .collect();

    let mut notes = vec![
        Note::Irv {
            rule: Box::new(Note::rule(&rules.tie_rule)),
        },
        Note::IrvEqual,
    ];
    if shared_total > 0 {
        notes.push(Note::IrvShared { n: shared_total });
    }
    if rules.groups.is_some() {
        notes.push(Note::IrvNoGroups);
    }
    Ok(Outcome {
        method: Method::Irv,
        seats: 1,
        winners: winner.map(|w| vec![names[w].clone()]).unwrap_or_default(),
        ranking: Some(ranking),
        candidates,
        rounds,
        pairwise: None,
        star: None,
        debian: None,
        tie_breaks: draw.records,
        excluded: Vec::new(),
        ballots: total,
        precision: 0,
        notes: crate::english(&notes),
        note_events: notes,
    })
}

/// Votes per candidate, exhausted ballots, and how many ballots became
/// exhausted in this round because their highest continuing preference is
/// shared. `dead[i]` marks ballot `i` as exhausted for good on that account.
fn tally(
    profile: &Profile,
    continuing: &[bool],
    n: usize,
    dead: &mut [bool],
) -> (Vec<u64>, u64, u64) {
    let mut votes = vec![0u64; n];
    let mut exhausted = 0u64;
    let mut shared = 0u64;
    for (b, gone) in profile.ballots.iter().zip(dead.iter_mut()) {
        let Marks::Ranking(groups) = &b.marks else {
            continue;
        };
        if *gone {
            exhausted += b.weight;
            continue;
        }
        let mut placed = false;
        for g in groups {
            let mut first: Option<CandId> = None;
            let mut several = false;
            for &c in g {
                if c < n && continuing[c] {
                    match first {
                        None => first = Some(c),
                        Some(f) if f != c => several = true,
                        Some(_) => {}
                    }
                }
            }
            match (first, several) {
                (None, _) => continue,
                (Some(c), false) => {
                    votes[c] += b.weight;
                    placed = true;
                }
                (Some(_), true) => {
                    *gone = true;
                    shared += b.weight;
                }
            }
            break;
        }
        if !placed {
            exhausted += b.weight;
        }
    }
    (votes, exhausted, shared)
}

fn tallies_of(
    names: &[String],
    votes: &[u64],
    n: usize,
    withdrawn: &impl Fn(CandId) -> bool,
) -> Vec<RoundTally> {
    (0..n)
        .filter(|&c| !withdrawn(c))
        .map(|c| RoundTally {
            name: names[c].clone(),
            votes: votes[c].to_string(),
            keep: None,
        })
        .collect()
}

/// Which of `tied` (equal fewest votes in round `number`) is excluded, and
/// how the tie was broken (`None` when there was no tie).
fn lowest(
    tied: &[CandId],
    history: &[Vec<u64>],
    number: usize,
    names: &[String],
    draw: &mut Draw,
) -> (CandId, Option<Note>) {
    if let [only] = tied {
        return (*only, None);
    }
    let mut set: Vec<CandId> = tied.to_vec();
    // Earlier rounds, most recent first (the current round is the last entry).
    let earlier = history.len().saturating_sub(1);
    for k in (0..earlier).rev() {
        let round = &history[k];
        let Some(min) = set.iter().map(|&c| round[c]).min() else {
            break;
        };
        set.retain(|&c| round[c] == min);
        if let [only] = set[..] {
            return (
                only,
                Some(Note::IrvEarlierRound {
                    round: (k + 1) as u64,
                    min,
                }),
            );
        }
    }
    let context = Note::TieIrv {
        round: number as u64,
        n: set.len() as u64,
    };
    let who = draw.pick(context, &set, names);
    (
        who,
        Some(Note::IrvDrawn {
            rule: Box::new(draw.rule_note()),
        }),
    )
}

fn others(tied: &[CandId], who: CandId, names: &[String]) -> Vec<String> {
    let mut v: Vec<String> = tied
        .iter()
        .filter(|&&c| c != who)
        .map(|&c| names[c].clone())
        .collect();
    v.sort_unstable();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::ranked;

    #[test]
    fn several_seats_are_refused() {
        let p = ranked(&["A", "B"], &[(1, &[&[0]])]);
        match count(&p, &Rules::new(2)) {
            Err(CountError::Invalid(m)) => assert!(m.contains("use STV"), "{m}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn shared_preference_exhausts_the_ballot() {
        // 3 A, 2 B, 2 C, 2 ballots ranking B=C first. Round 1: A 3, B 2, C 2,
        // 2 exhausted (shared). B and C tie for fewest with no earlier round,
        // so the draw excludes one. The B=C ballots stay exhausted: round 2
        // is A 3, the other 2, exhausted 4, and A has a majority of the 5.
        let p = ranked(
            &["A", "B", "C"],
            &[(3, &[&[0]]), (2, &[&[1]]), (2, &[&[2]]), (2, &[&[1, 2]])],
        );
        let o = count(&p, &Rules::new(1)).unwrap();
        let r1 = &o.rounds[0];
        assert_eq!(r1.exhausted, "2");
        assert!(r1.note.contains("shared"), "{}", r1.note);
        assert_eq!(o.tie_breaks.len(), 1);
        let out = &o.tie_breaks[0].outcome[0];
        assert_eq!(r1.actions[0].name, *out);
        let r2 = &o.rounds[1];
        assert_eq!(r2.exhausted, "4");
        assert_eq!(o.winners, vec!["A"]);
        assert_eq!(o.rounds.len(), 2);
        assert!(o
            .notes
            .iter()
            .any(|n| n.starts_with("2 ballots were exhausted")));
        assert_eq!(
            o.candidates.iter().find(|c| &c.name == out).unwrap().votes,
            "0"
        );
    }

    #[test]
    fn backwards_tie_break_uses_the_latest_round_where_they_differ() {
        // Round 1: A 5, B 4, C 3, D 1 (13). D excluded -> C.
        // Round 2: A 5, B 4, C 4. B and C tie; in round 1 C had 3 < 4: C out.
        let p = ranked(
            &["A", "B", "C", "D"],
            &[(5, &[&[0]]), (4, &[&[1]]), (3, &[&[2]]), (1, &[&[3], &[2]])],
        );
        let o = count(&p, &Rules::new(1)).unwrap();
        assert!(o.tie_breaks.is_empty());
        assert_eq!(o.rounds[1].actions[0].name, "C");
        assert!(o.rounds[1].actions[0].reason.contains("round 1"));
        // Round 3: A 5, B 4 (C's ballots had no further preference): A wins.
        assert_eq!(o.winners, vec!["A"]);
        assert_eq!(o.rounds.len(), 3);
        assert_eq!(o.rounds[2].exhausted, "4");
        assert_eq!(
            o.ranking,
            Some(vec!["A".into(), "B".into(), "C".into(), "D".into()])
        );
        assert_eq!(o.candidates[1].rank, Some(2));
        assert_eq!(o.candidates[3].rank, Some(4));
    }

    #[test]
    fn withdrawn_candidates_are_struck() {
        let p = ranked(
            &["A", "B", "C"],
            &[(3, &[&[0], &[1]]), (2, &[&[1]]), (2, &[&[2]])],
        );
        let mut r = Rules::new(1);
        r.withdrawn = vec![0];
        let o = count(&p, &r).unwrap();
        assert_eq!(o.winners, vec!["B"]);
        assert_eq!(o.rounds.len(), 1);
        assert_eq!(o.rounds[0].actions[0].kind, "withdrawn");
        assert_eq!(o.rounds[0].tallies.len(), 2);
        assert_eq!(o.candidates[0].status, Status::Withdrawn);
        assert_eq!(o.candidates[0].rank, None);
    }

    #[test]
    fn no_ballots_still_ends() {
        let p = ranked(&["A", "B", "C"], &[]);
        let o = count(&p, &Rules::new(1)).unwrap();
        assert_eq!(o.winners.len(), 1);
        assert_eq!(o.rounds.len(), 3);
        assert_eq!(o.tie_breaks.len(), 2);
    }
}
