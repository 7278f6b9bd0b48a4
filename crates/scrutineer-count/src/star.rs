//! Bloc STAR ("Multi-winner Bloc STAR"), as PEP 13 adopted it in December 2024
//! (<https://peps.python.org/pep-0013/#electing-the-council>: "Each core team
//! member can assign zero to five stars to each candidate ... The outcome of
//! the vote is determined using the STAR voting system, modified to use the
//! Multi-winner Bloc STAR approach") and as the 2026 term election ran it
//! (PEP 8107, results published per seat: "Scoring Round: A and B advance to
//! runoff with X and Y stars. Automatic Runoff: A is preferred over B, P to Q,
//! with E voters showing equal support for both finalists").
//!
//! The method (Equal Vote Coalition, <https://www.starvoting.org/multi_winner>):
//! "Bloc STAR works the same way as single-winner STAR Voting, but the process
//! is repeated until all seats have been filled". For each seat:
//!
//! 1. Scoring round: each remaining candidate's score total (stars summed over
//!    all ballots; a candidate left out of a ballot scores 0). The two
//!    candidates with the highest totals are the finalists.
//! 2. Automatic runoff: each ballot counts for the finalist it scores higher;
//!    a ballot scoring both equally shows no preference. The finalist
//!    preferred on more ballots wins the seat, and is removed from the
//!    candidates for the following seats.
//!
//! Ties follow the Official Tiebreaker Protocol of the Equal Vote Coalition
//! (<https://www.starvoting.org/ties>, also
//! <https://docs.bettervoting.com/help/ties.html>):
//!
//! * Scoring round: "Ties in the scoring round should be determined in favor
//!   of the candidate who was preferred (scored higher) by more voters. If
//!   there are only two candidates this will be the majority preferred
//!   candidate. If there are multiple candidates who are scored equally, ties
//!   are broken by comparing the tied candidates head to head and eliminating
//!   the candidate(s) who lost the most match-ups. This can be repeated" — see
//!   [`resolve_scoring_tie`]. Still tied: "break the tie in favor of the tied
//!   candidate who received the most five-star ratings". Still tied: random.
//! * Runoff: "Ties in the Runoff Round should be broken in favor of the
//!   candidate who was scored higher if possible"; then "If both runoff
//!   candidates have the same score, break the tie in favor of the tied
//!   candidate who received the most five-star ratings"; then random.
//!
//! Random draws go through the seeded [`Draw`], which records them.
//!
//! Note on the protocol's versions: BetterVoting (the service PEP 8107 used)
//! in its current code goes straight to the five-star count when more than two
//! candidates tie in the scoring round; the starvoting.org Official protocol
//! quoted above first eliminates head-to-head losers among them. Scrutineer
//! follows the starvoting.org text. The two agree whenever at most two
//! candidates tie, which covers every tie not settled by the five-star count.
//!
//! Group caps (PEP 13: at most K winners per employer) are applied per seat:
//! when the candidate who would win a seat belongs to a group that already has
//! K winners, he or she is disqualified (recorded in [`Outcome::excluded`]) and
//! the seat is counted again without them, so the next candidate moves up —
//! the per-seat form of PEP 13's "whichever of them ranked lowest is
//! disqualified and the 6th-ranking candidate moves up". The seat's note says
//! so, with the figures of the count that was set aside.

use crate::tiebreak::Draw;
use crate::{
    kind_name, profile_kind, BallotKind, CandId, CandidateResult, CountError, Exclusion, Marks,
    Method, Note, Outcome, Pairwise, Profile, RoundTally, Rules, StarSeat, Status,
};
use std::collections::HashMap;

/// The highest score a ballot may give.
pub const MAX_SCORE: u32 = 5;

/// Figures drawn from the ballots once; Bloc STAR never reweights ballots, so
/// they serve every seat.
struct Tally<'a> {
    names: &'a [String],
    /// Score total per candidate.
    total: Vec<u128>,
    /// Weight of ballots giving the candidate the maximum score (5).
    five: Vec<u64>,
    /// `pref[i][j]`: weight of ballots scoring i higher than j.
    pref: Vec<Vec<u64>>,
    /// Total weight of ballots.
    ballots: u64,
}

/// One count of one seat (scoring round and runoff).
struct SeatCount {
    finalists: [Option<CandId>; 2],
    prefer_first: u64,
    prefer_second: u64,
    equal: u64,
    winner: CandId,
    /// What happened, in plain words (the PEP 8107 sentences plus any tie-break).
    story: Vec<Note>,
}

pub fn count(profile: &Profile, rules: &Rules) -> Result<Outcome, CountError> {
    let names = &profile.candidates;
    let n = names.len();
    let tally = tally(profile, rules)?;
    let mut draw = Draw::new(rules, names);

    let standing: Vec<CandId> = (0..n).filter(|c| !rules.withdrawn.contains(c)).collect();
    let mut remaining = standing.clone();
    let mut elected: Vec<CandId> = Vec::new();
    let mut disqualified: Vec<(CandId, Note)> = Vec::new();
    let mut seats_out: Vec<StarSeat> = Vec::new();
    let mut taken: HashMap<String, usize> = HashMap::new();
    let group_of = |c: CandId| -> Option<&str> {
        rules
            .groups
            .as_ref()
            .and_then(|g| g.group_of.get(c))
            .and_then(|g| g.as_deref())
    };

    'seats: for seat in 1..=rules.seats {
        let mut set_aside: Vec<Note> = Vec::new();
        loop {
            if remaining.is_empty() {
                break 'seats;
            }
            let sc = count_seat(seat, &remaining, &tally, &mut draw);
            let w = sc.winner;
            let full = match (&rules.groups, group_of(w)) {
                (Some(cap), Some(g)) => {
                    taken.get(g).copied().unwrap_or(0) >= cap.room(g, rules.seats)
                }
                _ => false,
            };
            if full {
                let g = group_of(w).unwrap_or_default();
                let max = rules
                    .groups
                    .as_ref()
                    .map(|c| c.room(g, rules.seats))
                    .unwrap_or(0);
                let reason = Note::StarDisqualified {
                    seat: seat as u64,
                    max: max as u64,
                    group: g.to_string(),
                    name: names[w].clone(),
                };
                set_aside.extend(sc.story);
                set_aside.push(Note::StarSetAside {
                    name: names[w].clone(),
                    max: max as u64,
                    group: g.to_string(),
                });
                disqualified.push((w, reason));
                remaining.retain(|&c| c != w);
                continue;
            }
            let mut totals: Vec<CandId> = remaining.clone();
            totals.sort_by(|&a, &b| {
                tally.total[b]
                    .cmp(&tally.total[a])
                    .then(names[a].cmp(&names[b]))
                    .then(a.cmp(&b))
            });
            let mut note = set_aside;
            note.extend(sc.story);
            seats_out.push(StarSeat {
                seat,
                totals: totals
                    .iter()
                    .map(|&c| RoundTally {
                        name: names[c].clone(),
                        votes: tally.total[c].to_string(),
                        keep: None,
                    })
                    .collect(),
                finalists: [
                    sc.finalists[0]
                        .map(|c| names[c].clone())
                        .unwrap_or_default(),
                    sc.finalists[1]
                        .map(|c| names[c].clone())
                        .unwrap_or_default(),
                ],
                prefer_first: sc.prefer_first,
                prefer_second: sc.prefer_second,
                equal: sc.equal,
                winner: names[w].clone(),
                note: crate::joined_english(&note),
                note_events: note,
            });
            if let Some(g) = group_of(w) {
                *taken.entry(g.to_string()).or_insert(0) += 1;
            }
            elected.push(w);
            remaining.retain(|&c| c != w);
            break;
        }
    }

    // Ranking: order of election, then everyone else standing by score total
    // (by name inside equal totals, for display only: no seat depends on it).
    let mut rest: Vec<CandId> = standing
        .iter()
        .copied()
        .filter(|c| !elected.contains(c))
        .collect();
    rest.sort_by(|&a, &b| {
        tally.total[b]
            .cmp(&tally.total[a])
            .then(names[a].cmp(&names[b]))
            .then(a.cmp(&b))
    });
    let mut rank: Vec<Option<usize>> = vec![None; n];
    for (i, &c) in elected.iter().enumerate() {
        rank[c] = Some(i + 1);
    }
    for &c in &rest {
        let above = rest
            .iter()
            .filter(|&&d| tally.total[d] > tally.total[c])
            .count();
        rank[c] = Some(elected.len() + above + 1);
    }
    let candidates = (0..n)
        .map(|c| CandidateResult {
            name: names[c].clone(),
            votes: tally.total[c].to_string(),
            rank: rank[c],
            status: if rules.withdrawn.contains(&c) {
                Status::Withdrawn
            } else if elected.contains(&c) {
                Status::Elected
            } else if disqualified.iter().any(|(d, _)| *d == c) {
                Status::Excluded
            } else {
                Status::NotElected
            },
        })
        .collect();

    let mut notes = vec![
        Note::Star {
            seats: rules.seats as u64,
        },
        Note::StarTies {
            rule: Box::new(Note::rule(&rules.tie_rule)),
        },
    ];
    if let Some(g) = &rules.groups {
        notes.push(Note::StarGroups {
            limit: g.limit(rules.seats) as u64,
            cap: Box::new(g.describe_note(rules.seats)),
        });
    }
    crate::note_unfilled(&mut notes, elected.len(), rules.seats);

    let pairwise = Pairwise {
        candidates: names.clone(),
        matrix: tally.pref.clone(),
        strongest_paths: None,
        locked: None,
    };
    let mut ranking: Vec<String> = elected.iter().map(|&c| names[c].clone()).collect();
    ranking.extend(rest.iter().map(|&c| names[c].clone()));
    Ok(Outcome {
        method: Method::Star,
        seats: rules.seats,
        winners: elected.iter().map(|&c| names[c].clone()).collect(),
        ranking: Some(ranking),
        candidates,
        rounds: Vec::new(),
        pairwise: Some(pairwise),
        star: Some(seats_out),
        debian: None,
        tie_breaks: draw.records,
        excluded: disqualified
            .iter()
            .map(|(c, r)| Exclusion::new(names[*c].clone(), r.clone()))
            .collect(),
        ballots: tally.ballots,
        precision: 0,
        notes: crate::english(&notes),
        note_events: notes,
    })
}

/// Read the ballots once: totals, five-star counts and the preference matrix.
/// Withdrawn candidates are struck (their scores ignored).
fn tally<'a>(profile: &'a Profile, rules: &Rules) -> Result<Tally<'a>, CountError> {
    let names = &profile.candidates;
    let n = names.len();
    let mut total = vec![0u128; n];
    let mut five = vec![0u64; n];
    let mut pref = vec![vec![0u64; n]; n];
    let mut ballots = 0u64;
    let mut scores = vec![0u32; n];
    let mut seen = vec![false; n];
    for (i, b) in profile.ballots.iter().enumerate() {
        let Marks::Scores(marks) = &b.marks else {
            return Err(CountError::WrongBallotKind {
                method: Method::Star,
                expected: "score",
                found: kind_name(profile_kind(profile).unwrap_or(BallotKind::Ranking)),
            });
        };
        scores.iter_mut().for_each(|s| *s = 0);
        seen.iter_mut().for_each(|s| *s = false);
        for &(c, v) in marks {
            let Some(name) = names.get(c) else {
                return Err(CountError::Invalid(format!(
                    "ballot {} scores candidate number {} but there are only {n}",
                    i + 1,
                    c + 1
                )));
            };
            if v > MAX_SCORE {
                return Err(CountError::Invalid(format!(
                    "ballot {} gives {name} a score of {v}; STAR scores run from 0 to {MAX_SCORE}",
                    i + 1
                )));
            }
            if seen[c] {
                return Err(CountError::Invalid(format!(
                    "ballot {} scores {name} more than once",
                    i + 1
                )));
            }
            seen[c] = true;
            if !rules.withdrawn.contains(&c) {
                scores[c] = v;
            }
        }
        let w = b.weight;
        ballots = ballots.saturating_add(w);
        for c in 0..n {
            total[c] += u128::from(w) * u128::from(scores[c]);
            if scores[c] == MAX_SCORE {
                five[c] = five[c].saturating_add(w);
            }
            for d in 0..n {
                if scores[c] > scores[d] {
                    pref[c][d] = pref[c][d].saturating_add(w);
                }
            }
        }
    }
    Ok(Tally {
        names,
        total,
        five,
        pref,
        ballots,
    })
}

/// Count one seat among `remaining` (not empty).
fn count_seat(seat: usize, remaining: &[CandId], t: &Tally, draw: &mut Draw) -> SeatCount {
    let names = t.names;
    let mut story = Vec::new();
    if remaining.len() == 1 {
        let c = remaining[0];
        story.push(Note::StarOnly {
            name: names[c].clone(),
        });
        return SeatCount {
            finalists: [Some(c), None],
            prefer_first: 0,
            prefer_second: 0,
            equal: 0,
            winner: c,
            story,
        };
    }

    // Scoring round: walk the totals from the top, tier by tier.
    let tiers = crate::groups::tiers_by(remaining, |c| t.total[c]);
    let mut finalists: Vec<CandId> = Vec::new();
    for tier in &tiers {
        let need = 2 - finalists.len();
        if need == 0 {
            break;
        }
        if tier.len() <= need {
            finalists.extend(tier.iter().copied());
        } else {
            let context = Note::TieStarScoring { seat: seat as u64 };
            let mut tied = tier.clone();
            tied.sort_by(|&a, &b| names[a].cmp(&names[b]).then(a.cmp(&b)));
            story.push(Note::StarScoringTie {
                tied: list(&tied, names),
                stars: t.total[tier[0]].to_string(),
                places: need as u64,
            });
            let adv = resolve_scoring_tie(&tied, need, t, draw, &context, &mut story);
            finalists.extend(adv);
        }
    }
    // Show the finalists higher total first (as PEP 8107 does); equal totals by name.
    finalists.sort_by(|&a, &b| {
        t.total[b]
            .cmp(&t.total[a])
            .then(names[a].cmp(&names[b]))
            .then(a.cmp(&b))
    });
    let (a, b) = (finalists[0], finalists[1]);
    story.push(Note::StarAdvance {
        first: names[a].clone(),
        second: names[b].clone(),
        stars_first: t.total[a].to_string(),
        stars_second: t.total[b].to_string(),
    });

    // Automatic runoff.
    let pa = t.pref[a][b];
    let pb = t.pref[b][a];
    let equal = t.ballots.saturating_sub(pa).saturating_sub(pb);
    let winner = if pa != pb {
        let (w, l, pw, pl) = if pa > pb {
            (a, b, pa, pb)
        } else {
            (b, a, pb, pa)
        };
        story.push(Note::StarRunoff {
            winner: names[w].clone(),
            loser: names[l].clone(),
            won: pw,
            lost: pl,
            equal,
        });
        w
    } else {
        story.push(Note::StarRunoffTied {
            first: names[a].clone(),
            second: names[b].clone(),
            won: pa,
            lost: pb,
            equal,
        });
        if t.total[a] != t.total[b] {
            let (w, l) = if t.total[a] > t.total[b] {
                (a, b)
            } else {
                (b, a)
            };
            story.push(Note::StarRunoffTotal {
                winner: names[w].clone(),
                stars_won: t.total[w].to_string(),
                stars_lost: t.total[l].to_string(),
            });
            w
        } else if t.five[a] != t.five[b] {
            let (w, l) = if t.five[a] > t.five[b] {
                (a, b)
            } else {
                (b, a)
            };
            story.push(Note::StarRunoffFives {
                winner: names[w].clone(),
                won: t.five[w],
                lost: t.five[l],
            });
            w
        } else {
            let w = draw.pick(Note::TieStarRunoff { seat: seat as u64 }, &[a, b], names);
            story.push(Note::StarRunoffDraw {
                stars: t.total[a].to_string(),
                fives: t.five[a],
                name: names[w].clone(),
                rule: Box::new(draw.rule_note()),
            });
            w
        }
    };
    SeatCount {
        finalists: [Some(a), Some(b)],
        prefer_first: pa,
        prefer_second: pb,
        equal,
        winner,
        story,
    }
}

/// Choose `slots` (1 or 2) of the `tied` candidates (equal star totals, more
/// of them than places) by the Official Tiebreaker Protocol's scoring-round
/// steps:
///
/// 1. Head to head among the tied: a candidate loses a match-up to another
///    tied candidate who is scored higher on more ballots. Those who lost the
///    most match-ups are eliminated, and this is repeated among the rest
///    (starvoting.org/ties: "comparing the tied candidates head to head and
///    eliminating the candidate(s) who lost the most match-ups. This can be
///    repeated"). With two tied candidates this is exactly "the majority
///    preferred candidate". If eliminating would leave fewer candidates than
///    places, the survivors advance and the eliminated group goes on to the
///    remaining places by the same steps.
/// 2. When every remaining candidate lost the same number of match-ups: the
///    most five-star ratings.
/// 3. Still tied: the seeded draw.
fn resolve_scoring_tie(
    tied: &[CandId],
    slots: usize,
    t: &Tally,
    draw: &mut Draw,
    context: &Note,
    story: &mut Vec<Note>,
) -> Vec<CandId> {
    let names = t.names;
    if tied.len() <= slots {
        return tied.to_vec();
    }
    if slots == 0 {
        return Vec::new();
    }
    // Step 1: head-to-head match-ups among the tied.
    let losses: Vec<usize> = tied
        .iter()
        .map(|&c| {
            tied.iter()
                .filter(|&&d| d != c && t.pref[d][c] > t.pref[c][d])
                .count()
        })
        .collect();
    let max = losses.iter().copied().max().unwrap_or(0);
    let min = losses.iter().copied().min().unwrap_or(0);
    if max > min {
        let losers: Vec<CandId> = tied
            .iter()
            .zip(&losses)
            .filter(|(_, &l)| l == max)
            .map(|(&c, _)| c)
            .collect();
        let survivors: Vec<CandId> = tied
            .iter()
            .copied()
            .filter(|c| !losers.contains(c))
            .collect();
        if tied.len() == 2 {
            let (w, l) = (survivors[0], losers[0]);
            story.push(Note::StarHeadToHead {
                winner: names[w].clone(),
                loser: names[l].clone(),
                won: t.pref[w][l],
                lost: t.pref[l][w],
            });
        } else {
            story.push(Note::StarHeadToHeadLosers {
                tied: list(tied, names),
                losers: list(&losers, names),
                max: max as u64,
                of: (tied.len() - 1) as u64,
            });
        }
        if survivors.len() >= slots {
            return resolve_scoring_tie(&survivors, slots, t, draw, context, story);
        }
        let mut adv = survivors.clone();
        story.push(Note::StarSurvivors {
            survivors: list(&survivors, names),
            losers: list(&losers, names),
            places: (slots - survivors.len()) as u64,
        });
        adv.extend(resolve_scoring_tie(
            &losers,
            slots - survivors.len(),
            t,
            draw,
            context,
            story,
        ));
        return adv;
    }
    if tied.len() == 2 {
        let (a, b) = (tied[0], tied[1]);
        story.push(Note::StarHeadToHeadEqual {
            first: names[a].clone(),
            second: names[b].clone(),
            won: t.pref[a][b],
            lost: t.pref[b][a],
        });
    } else {
        story.push(Note::StarHeadToHeadNone {
            tied: list(tied, names),
            lost: max as u64,
        });
    }
    // Step 2: most five-star ratings.
    let tiers = crate::groups::tiers_by(tied, |c| t.five[c]);
    let mut adv: Vec<CandId> = Vec::new();
    let mut first = true;
    for tier in &tiers {
        let need = slots - adv.len();
        if need == 0 {
            break;
        }
        if tier.len() <= need {
            story.push(Note::StarFives {
                names: list(tier, names),
                fives: t.five[tier[0]],
            });
            adv.extend(tier.iter().copied());
        } else {
            // Step 3: the seeded draw.
            let mut sorted = tier.clone();
            sorted.sort_by(|&a, &b| names[a].cmp(&names[b]).then(a.cmp(&b)));
            let order = draw.order(
                Note::TieStarDraw {
                    context: Box::new(context.clone()),
                    tied: sorted.iter().map(|&c| names[c].clone()).collect(),
                    fives: t.five[tier[0]],
                    places: need as u64,
                },
                &sorted,
                names,
            );
            let chosen: Vec<CandId> = order.into_iter().take(need).collect();
            story.push(Note::StarFivesDraw {
                then: u64::from(!first),
                tied: list(&sorted, names),
                fives: t.five[tier[0]],
                chosen: list(&chosen, names),
                rule: Box::new(draw.rule_note()),
            });
            adv.extend(chosen);
        }
        first = false;
    }
    adv
}

/// The names of `cands`, in order (said "A, B and C": [`Note`]'s and-list).
fn list(cands: &[CandId], names: &[String]) -> Vec<String> {
    cands.iter().map(|&c| names[c].clone()).collect()
}
