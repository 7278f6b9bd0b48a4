//! The Schulze method (Markus Schulze, "A new monotonic, clone-independent,
//! reversal symmetric, and Condorcet-consistent single-winner election
//! method", Social Choice and Welfare 36 (2011) 267–303; the procedure as set
//! out in its section 2 and in the Wikipedia article "Schulze method"), as
//! Elekto and CIVS count the Kubernetes Steering Committee elections.
//!
//! 1. Pairwise matrix: `d[i][j]` is the number of ballots that rank `i`
//!    strictly above `j`. Equal rankings count for neither. A candidate a
//!    ballot leaves unranked (`No opinion`) takes part in no contest on that
//!    ballot: it is not placed below the ranked ones.
//! 2. Links, by winning votes (Schulze 2011, §2.1): the link `i → j` has
//!    strength `d[i][j]` when `d[i][j] > d[j][i]`, else 0.
//! 3. Strongest paths: `p[i][j]` is the strength of the strongest path from
//!    `i` to `j`, the strength of a path being its weakest link (widest path,
//!    computed Floyd–Warshall style, §2.3).
//! 4. `i` beats `j` when `p[i][j] > p[j][i]`. This relation is transitive
//!    (§4.1), so the ranking is built in tiers: the candidates no one beats,
//!    then, among the rest, those no remaining candidate beats, and so on.
//!    Candidates in one tier are not separated by the method; where their
//!    order decides a seat, the seeded draw orders them (see
//!    [`crate::ranking::outcome_from_tiers`], which also applies any group
//!    cap to the ranking).
//!
//! The figure shown per candidate (`votes`) is the number of other
//! candidates it beats in strongest paths.
//!
//! Withdrawn candidates are struck from every ballot before counting (which
//! leaves every other pairwise contest unchanged) and are left out of the
//! ranking.

use crate::ranking::{outcome_from_tiers, standing};
use crate::tiebreak::Draw;
use crate::{
    kind_name, BallotKind, BlankMeaning, CandId, CountError, Marks, Method, Note, Outcome,
    Pairwise, Profile, Rules,
};

/// The pairwise matrix of ranked ballots, `n × n` row-major:
/// `d[i * n + j]` = weight of ballots ranking `i` strictly above `j`.
///
/// Candidates with `skip[c]` (withdrawn) take part in no contest, which is
/// the same as striking them from every ballot. A candidate listed twice on
/// a ballot counts at its first (highest) place only. `blank` says what a
/// candidate the ballot leaves unranked means: with
/// [`BlankMeaning::BelowRanked`] it is below every ranked candidate and
/// equal with the other unranked ones; with [`BlankMeaning::NotCompared`]
/// it takes part in no contest on that ballot. `method` names the method in
/// the error for non-ranked ballots.
///
/// Cost: for each distinct ballot, one pass over its ranked candidates and
/// one addition per ordered pair of them; nothing is allocated per ballot.
pub(crate) fn pairwise_matrix(
    profile: &Profile,
    skip: &[bool],
    blank: BlankMeaning,
    method: Method,
) -> Result<Vec<u64>, CountError> {
    let n = profile.candidates.len();
    let mut d = vec![0u64; n * n];
    // Every entry of d is at most the total weight, so checking the total
    // once rules out overflow in the additions below.
    let mut total: u64 = 0;
    for b in &profile.ballots {
        total = total.checked_add(b.weight).ok_or_else(|| {
            CountError::Invalid("the total weight of the ballots is too large to count".into())
        })?;
    }
    // `seen[c] == stamp` when c is already placed on the current ballot.
    let mut seen = vec![0u32; n];
    let mut stamp: u32 = 0;
    // The ballot's ranked candidates in order, and where each group ends.
    let mut ranked: Vec<CandId> = Vec::with_capacity(n);
    let mut ends: Vec<usize> = Vec::with_capacity(n);
    let mut unranked: Vec<CandId> = Vec::with_capacity(n);
    for b in &profile.ballots {
        let groups = match &b.marks {
            Marks::Ranking(g) => g,
            Marks::Approval(_) => return Err(wrong_kind(method, BallotKind::Approval)),
            Marks::Scores(_) => return Err(wrong_kind(method, BallotKind::Scores)),
        };
        if b.weight == 0 {
            continue;
        }
        stamp = match stamp.checked_add(1) {
            Some(s) => s,
            None => {
                seen.iter_mut().for_each(|s| *s = 0);
                1
            }
        };
        ranked.clear();
        ends.clear();
        for g in groups {
            for &c in g {
                if c < n && !skip.get(c).copied().unwrap_or(false) && seen[c] != stamp {
                    seen[c] = stamp;
                    ranked.push(c);
                }
            }
            if ends.last().copied().unwrap_or(0) != ranked.len() {
                ends.push(ranked.len());
            }
        }
        let w = b.weight;
        let mut start = 0;
        for &end in &ends {
            let below = &ranked[end..];
            for &a in &ranked[start..end] {
                let row = &mut d[a * n..(a + 1) * n];
                for &l in below {
                    row[l] += w;
                }
            }
            start = end;
        }
        if blank == BlankMeaning::BelowRanked && !ranked.is_empty() {
            // Every ranked candidate beats every unranked one on this ballot;
            // unranked candidates are equal with one another.
            unranked.clear();
            unranked.extend(
                (0..n).filter(|&c| seen[c] != stamp && !skip.get(c).copied().unwrap_or(false)),
            );
            for &a in &ranked {
                let row = &mut d[a * n..(a + 1) * n];
                for &l in &unranked {
                    row[l] += w;
                }
            }
        }
    }
    Ok(d)
}

pub(crate) fn wrong_kind(method: Method, found: BallotKind) -> CountError {
    CountError::WrongBallotKind {
        method,
        expected: "ranked",
        found: kind_name(found),
    }
}

/// The matrix as rows, for [`Pairwise::matrix`].
pub(crate) fn rows(flat: &[u64], n: usize) -> Vec<Vec<u64>> {
    (0..n).map(|i| flat[i * n..(i + 1) * n].to_vec()).collect()
}

/// Strongest-path strengths `p` (row-major) over the candidates in `cands`,
/// winning-votes links (Schulze 2011, §2.3). Entries of other candidates are 0.
pub fn strongest_paths(d: &[u64], n: usize, cands: &[CandId]) -> Vec<u64> {
    let mut p = vec![0u64; n * n];
    for &i in cands {
        for &j in cands {
            if i != j && d[i * n + j] > d[j * n + i] {
                p[i * n + j] = d[i * n + j];
            }
        }
    }
    for &k in cands {
        for &i in cands {
            if i == k {
                continue;
            }
            let pik = p[i * n + k];
            if pik == 0 {
                continue;
            }
            for &j in cands {
                if j == k || j == i {
                    continue;
                }
                let via = pik.min(p[k * n + j]);
                if via > p[i * n + j] {
                    p[i * n + j] = via;
                }
            }
        }
    }
    p
}

/// Tiers of `cands` under a strict partial order `beats`, best first: each
/// tier is the set of remaining candidates no remaining candidate beats.
pub(crate) fn tiers_of_order(
    cands: &[CandId],
    beats: impl Fn(CandId, CandId) -> bool,
) -> Vec<Vec<CandId>> {
    let mut left: Vec<CandId> = cands.to_vec();
    let mut tiers = Vec::new();
    while !left.is_empty() {
        let top: Vec<CandId> = left
            .iter()
            .copied()
            .filter(|&j| !left.iter().any(|&i| i != j && beats(i, j)))
            .collect();
        if top.is_empty() {
            // Not reachable for a strict partial order; rather than loop
            // for ever on a broken relation, place the rest together.
            tiers.push(left);
            break;
        }
        left.retain(|c| !top.contains(c));
        tiers.push(top);
    }
    tiers
}

pub fn count(profile: &Profile, rules: &Rules) -> Result<Outcome, CountError> {
    let n = profile.candidates.len();
    let mut skip = vec![false; n];
    for &w in &rules.withdrawn {
        if let Some(s) = skip.get_mut(w) {
            *s = true;
        }
    }
    let d = pairwise_matrix(profile, &skip, rules.blank, Method::Schulze)?;
    let cands = standing(profile, rules);
    let p = strongest_paths(&d, n, &cands);
    let beats = |i: CandId, j: CandId| p[i * n + j] > p[j * n + i];
    let tiers = tiers_of_order(&cands, beats);
    let figures: Vec<String> = (0..n)
        .map(|i| {
            if skip[i] {
                "0".to_string()
            } else {
                cands
                    .iter()
                    .filter(|&&j| j != i && beats(i, j))
                    .count()
                    .to_string()
            }
        })
        .collect();
    let notes = vec![
        Note::Schulze {
            blank: Box::new(Note::blank(rules.blank)),
        },
        Note::SchulzeFigure {
            rule: Box::new(Note::rule(&rules.tie_rule)),
        },
    ];
    let draw = Draw::new(rules, &profile.candidates);
    let mut outcome = outcome_from_tiers(
        Method::Schulze,
        profile,
        rules,
        &tiers,
        &figures,
        Note::WhatStrongestPaths,
        draw,
        notes,
    );
    outcome.pairwise = Some(Pairwise {
        candidates: profile.candidates.clone(),
        matrix: rows(&d, n),
        strongest_paths: Some(rows(&p, n)),
        locked: None,
    });
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::ranked;
    use crate::{Ballot, Status};

    #[test]
    fn unranked_candidates_take_part_in_no_contest() {
        // B is ranked by one ballot only; it is not counted as below A on
        // the other two.
        let p = ranked(
            &["A", "B", "C"],
            &[(2, &[&[0], &[2]]), (1, &[&[1], &[0, 2]])],
        );
        let d =
            pairwise_matrix(&p, &[false; 3], BlankMeaning::NotCompared, Method::Schulze).unwrap();
        assert_eq!(
            rows(&d, 3),
            vec![vec![0, 0, 2], vec![1, 0, 1], vec![0, 0, 0]]
        );
    }

    #[test]
    fn below_ranked_puts_unranked_under_every_ranked_candidate() {
        // Same ballots as above: now B (unranked on the first two) is below
        // A and C there, and A = C unranked on none; C unranked nowhere.
        let p = ranked(
            &["A", "B", "C"],
            &[(2, &[&[0], &[2]]), (1, &[&[1], &[0, 2]])],
        );
        let d =
            pairwise_matrix(&p, &[false; 3], BlankMeaning::BelowRanked, Method::Schulze).unwrap();
        assert_eq!(
            rows(&d, 3),
            vec![vec![0, 2, 2], vec![1, 0, 1], vec![0, 2, 0]]
        );
        // Two unranked candidates stay equal with each other.
        let p = ranked(&["A", "B", "C"], &[(1, &[&[0]])]);
        let d =
            pairwise_matrix(&p, &[false; 3], BlankMeaning::BelowRanked, Method::Schulze).unwrap();
        assert_eq!(
            rows(&d, 3),
            vec![vec![0, 1, 1], vec![0, 0, 0], vec![0, 0, 0]]
        );
    }

    #[test]
    fn below_ranked_changes_the_schulze_winner() {
        // 3 voters rank only B; 2 rank A over B. Not compared: A beats B 2–0.
        // Below ranked: B beats A 3–2.
        let p = ranked(&["A", "B"], &[(3, &[&[1]]), (2, &[&[0], &[1]])]);
        let o = count(&p, &Rules::new(1)).unwrap();
        assert_eq!(o.winners, vec!["A"]);
        let mut r = Rules::new(1);
        r.blank = BlankMeaning::BelowRanked;
        let o = count(&p, &r).unwrap();
        assert_eq!(o.winners, vec!["B"]);
        assert_eq!(o.pairwise.unwrap().matrix, vec![vec![0, 2], vec![3, 0]]);
    }

    #[test]
    fn duplicates_on_a_ballot_count_once_at_the_first_place() {
        let p = ranked(&["A", "B"], &[(1, &[&[0], &[1], &[0]])]);
        let d =
            pairwise_matrix(&p, &[false; 2], BlankMeaning::NotCompared, Method::Schulze).unwrap();
        assert_eq!(d, vec![0, 1, 0, 0]);
    }

    #[test]
    fn withdrawn_candidate_is_struck_and_unranked() {
        // A would win; A withdraws; B then beats C 2–1.
        let p = ranked(
            &["A", "B", "C"],
            &[(2, &[&[0], &[1], &[2]]), (1, &[&[2], &[0], &[1]])],
        );
        let mut r = Rules::new(1);
        r.withdrawn = vec![0];
        let o = count(&p, &r).unwrap();
        assert_eq!(o.winners, vec!["B"]);
        assert_eq!(o.ranking, Some(vec!["B".to_string(), "C".to_string()]));
        assert_eq!(o.candidates[0].status, Status::Withdrawn);
        assert_eq!(o.candidates[0].rank, None);
        let m = &o.pairwise.as_ref().unwrap().matrix;
        assert_eq!(m[0], vec![0, 0, 0]);
        assert_eq!(m[1][2], 2);
    }

    #[test]
    fn exact_tie_for_the_seat_goes_to_the_draw() {
        let p = ranked(&["A", "B"], &[(1, &[&[0], &[1]]), (1, &[&[1], &[0]])]);
        let o = count(&p, &Rules::new(1)).unwrap();
        assert_eq!(o.tie_breaks.len(), 1);
        assert_eq!(o.winners, vec![o.tie_breaks[0].outcome[0].clone()]);
        assert_eq!(o.candidates[0].rank, Some(1));
        assert_eq!(o.candidates[1].rank, Some(1));
    }

    #[test]
    fn approval_ballots_are_refused() {
        let p = Profile {
            candidates: vec!["A".into()],
            ballots: vec![Ballot {
                weight: 1,
                marks: Marks::Approval(vec![0]),
            }],
        };
        assert_eq!(
            count(&p, &Rules::new(1)),
            Err(CountError::WrongBallotKind {
                method: Method::Schulze,
                expected: "ranked",
                found: "approval"
            })
        );
    }
}
