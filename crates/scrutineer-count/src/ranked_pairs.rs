//! Ranked pairs (T. N. Tideman, "Independence of clones as a criterion for
//! voting rules", Social Choice and Welfare 4 (1987) 185–206), by margins,
//! with the tie-breaking rule of T. M. Zavist and T. N. Tideman, "Complete
//! independence of clones in the ranked pairs rule", Social Choice and
//! Welfare 6 (1989) 167–173.
//!
//! 1. Pairwise matrix `d[i][j]` as for Schulze (see [`crate::schulze`]): the
//!    number of ballots ranking `i` strictly above `j`; a candidate a ballot
//!    leaves unranked takes part in no contest on that ballot, or, under
//!    [`crate::BlankMeaning::BelowRanked`], is below every ranked candidate
//!    and equal with the other unranked ones.
//! 2. Every pair of candidates with `d[i][j] > d[j][i]` is a majority for `i`
//!    over `j` with margin `d[i][j] − d[j][i]`. Pairs with margin 0 are no
//!    majority and are not locked.
//! 3. The majorities are taken in order of margin, largest first; each is
//!    locked in unless it would make a cycle with those already locked.
//! 4. Equal margins. When the order among majorities of equal margin cannot
//!    change which of them are locked (none of them conflicts with another
//!    given the pairs already locked), they are simply locked together and
//!    no draw is made. Otherwise Zavist & Tideman's rule applies: a
//!    tie-breaking ranking of the candidates (TBRC) is drawn, once per
//!    count, by the seeded draw over all standing candidates (their paper
//!    builds it from randomly chosen ballots and finally at random; here the
//!    whole ranking is drawn at random, which is reproducible from the seed
//!    and recorded), and from it the tie-breaking ranking of pairs: of two
//!    majorities of equal margin, `(x, y)` comes before `(w, z)` when `x` is
//!    above `w` in the TBRC, or when `x = w` and `z` is above `y` (the pair
//!    with the weaker loser first). Once drawn, the TBRC orders every later
//!    group of equal margins.
//! 5. The ranking follows the locked graph: first the candidates no locked
//!    pair puts anyone above, then the same among the rest, and so on.
//!    Candidates the locked pairs do not separate (possible only with
//!    margin-0 pairs) share a place; where their order decides a seat, the
//!    seeded draw orders them (see [`crate::ranking::outcome_from_tiers`],
//!    which also applies any group cap).
//!
//! The figure shown per candidate (`votes`) is the number of other
//! candidates it is ranked above through locked pairs.

use crate::ranking::{outcome_from_tiers, standing};
use crate::schulze::{pairwise_matrix, rows, tiers_of_order};
use crate::tiebreak::Draw;
use crate::{CandId, CountError, LockedPair, Method, Note, Outcome, Pairwise, Profile, Rules};

/// A majority: `winner` over `loser` by `margin`.
#[derive(Clone, Copy, Debug)]
struct Pair {
    winner: CandId,
    loser: CandId,
    margin: u64,
}

/// Locked pairs as an adjacency matrix.
struct Graph {
    n: usize,
    edge: Vec<bool>,
}

impl Graph {
    fn new(n: usize) -> Graph {
        Graph {
            n,
            edge: vec![false; n * n],
        }
    }

    fn add(&mut self, p: &Pair) {
        self.edge[p.winner * self.n + p.loser] = true;
    }

    /// Is `to` reachable from `from` along locked pairs?
    fn reaches(&self, from: CandId, to: CandId) -> bool {
        let mut seen = vec![false; self.n];
        let mut stack = vec![from];
        seen[from] = true;
        while let Some(c) = stack.pop() {
            if c == to {
                return true;
            }
            let row = &self.edge[c * self.n..(c + 1) * self.n];
            for (next, s) in seen.iter_mut().enumerate() {
                if row[next] && !*s {
                    *s = true;
                    stack.push(next);
                }
            }
        }
        false
    }

    /// Would locking `p` make a cycle?
    fn cycles_with(&self, p: &Pair) -> bool {
        self.reaches(p.loser, p.winner)
    }

    fn acyclic(&self) -> bool {
        // Kahn's algorithm.
        let n = self.n;
        let mut indeg = vec![0usize; n];
        for i in 0..n {
            for (j, d) in indeg.iter_mut().enumerate() {
                if self.edge[i * n + j] {
                    *d += 1;
                }
            }
        }
        let mut queue: Vec<CandId> = (0..n).filter(|&c| indeg[c] == 0).collect();
        let mut done = 0;
        while let Some(c) = queue.pop() {
            done += 1;
            for (j, d) in indeg.iter_mut().enumerate() {
                if self.edge[c * n + j] {
                    *d -= 1;
                    if *d == 0 {
                        queue.push(j);
                    }
                }
            }
        }
        done == n
    }

    /// `closure[i * n + j]`: is `j` reachable from `i`?
    fn closure(&self) -> Vec<bool> {
        let n = self.n;
        let mut r = self.edge.clone();
        for k in 0..n {
            for i in 0..n {
                if r[i * n + k] {
                    for j in 0..n {
                        if r[k * n + j] {
                            r[i * n + j] = true;
                        }
                    }
                }
            }
        }
        r
    }
}

pub fn count(profile: &Profile, rules: &Rules) -> Result<Outcome, CountError> {
    let names = &profile.candidates;
    let n = names.len();
    let mut skip = vec![false; n];
    for &w in &rules.withdrawn {
        if let Some(s) = skip.get_mut(w) {
            *s = true;
        }
    }
    let d = pairwise_matrix(profile, &skip, rules.blank, Method::RankedPairs)?;
    let cands = standing(profile, rules);
    let mut draw = Draw::new(rules, names);

    let mut pairs: Vec<Pair> = Vec::new();
    for (k, &i) in cands.iter().enumerate() {
        for &j in &cands[k + 1..] {
            let (a, b) = (d[i * n + j], d[j * n + i]);
            if a > b {
                pairs.push(Pair {
                    winner: i,
                    loser: j,
                    margin: a - b,
                });
            } else if b > a {
                pairs.push(Pair {
                    winner: j,
                    loser: i,
                    margin: b - a,
                });
            }
        }
    }
    // Largest margin first; inside equal margins, by name until a TBRC is
    // needed (that order is then immaterial, see step 4).
    pairs.sort_by(|p, q| {
        q.margin
            .cmp(&p.margin)
            .then_with(|| names[p.winner].cmp(&names[q.winner]))
            .then_with(|| names[p.loser].cmp(&names[q.loser]))
    });

    let mut graph = Graph::new(n);
    let mut considered: Vec<LockedPair> = Vec::with_capacity(pairs.len());
    // Position of each candidate in the TBRC, once drawn.
    let mut tbrc: Option<Vec<usize>> = None;
    let mut notes = vec![Note::RankedPairs];
    let mut start = 0;
    while start < pairs.len() {
        let margin = pairs[start].margin;
        let end = start
            + pairs[start..]
                .iter()
                .take_while(|p| p.margin == margin)
                .count();
        let group = &mut pairs[start..end];
        if tbrc.is_none() && group.len() > 1 && order_matters(&graph, group) {
            let context = Note::TieRankedPairs { margin };
            let order = draw.order(context, &cands, names);
            let mut pos = vec![usize::MAX; n];
            for (k, &c) in order.iter().enumerate() {
                pos[c] = k;
            }
            let shown: Vec<&str> = order.iter().map(|&c| names[c].as_str()).collect();
            notes.push(Note::RankedPairsTbrc {
                margin,
                order: shown.join(" > "),
            });
            tbrc = Some(pos);
        }
        if let Some(pos) = &tbrc {
            // Zavist & Tideman's tie-breaking ranking of pairs.
            group.sort_by(|p, q| {
                pos[p.winner]
                    .cmp(&pos[q.winner])
                    .then_with(|| pos[q.loser].cmp(&pos[p.loser]))
            });
        }
        for p in group.iter() {
            let lock = !graph.cycles_with(p);
            if lock {
                graph.add(p);
            }
            considered.push(LockedPair {
                winner: names[p.winner].clone(),
                loser: names[p.loser].clone(),
                margin: p.margin,
                locked: lock,
            });
        }
        start = end;
    }

    let reach = graph.closure();
    let tiers = tiers_of_order(&cands, |i, j| reach[i * n + j]);
    let figures: Vec<String> = (0..n)
        .map(|i| {
            if skip[i] {
                "0".to_string()
            } else {
                cands
                    .iter()
                    .filter(|&&j| j != i && reach[i * n + j])
                    .count()
                    .to_string()
            }
        })
        .collect();
    notes.push(Note::PairwiseMatrix {
        blank: Box::new(Note::blank(rules.blank)),
    });
    notes.push(Note::RankedPairsFigure {
        rule: Box::new(Note::rule(&rules.tie_rule)),
    });
    let mut outcome = outcome_from_tiers(
        Method::RankedPairs,
        profile,
        rules,
        &tiers,
        &figures,
        Note::WhatLockedPairs,
        draw,
        notes,
    );
    outcome.pairwise = Some(Pairwise {
        candidates: names.clone(),
        matrix: rows(&d, n),
        strongest_paths: None,
        locked: Some(considered),
    });
    Ok(outcome)
}

/// Can the order in which `group` (majorities of equal margin) is taken
/// change which of them are locked, given the pairs already locked?
///
/// A pair that makes a cycle with the locked pairs alone is refused in any
/// order (adding pairs only adds paths). If the others, all locked at once,
/// make no cycle, every order locks exactly them. If they do make a cycle,
/// that cycle holds at least two of them (one alone would have made a cycle
/// with the locked pairs), and taking either first refuses a different one.
fn order_matters(graph: &Graph, group: &[Pair]) -> bool {
    let mut trial = Graph {
        n: graph.n,
        edge: graph.edge.clone(),
    };
    for p in group {
        if !graph.cycles_with(p) {
            trial.add(p);
        }
    }
    !trial.acyclic()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::ranked;

    #[test]
    fn below_ranked_is_honoured_and_not_compared_is_the_default() {
        // 3 voters rank only B; 2 rank A over B; 2 rank C only.
        // Not compared: A beats B 2–0, and no ballot compares C with anyone.
        // Below ranked: B is over A and C on the 3 B-only ballots, A over B
        // and C and B over C on the 2 A>B ballots, C over A and B on 2: B
        // beats A 3–2 and C 5–2.
        let p = ranked(
            &["A", "B", "C"],
            &[(3, &[&[1]]), (2, &[&[0], &[1]]), (2, &[&[2]])],
        );
        let o = count(&p, &Rules::new(1)).unwrap();
        assert_eq!(
            o.pairwise.as_ref().unwrap().matrix,
            vec![vec![0, 2, 0], vec![0, 0, 0], vec![0, 0, 0]]
        );
        let mut r = Rules::new(1);
        r.blank = crate::BlankMeaning::BelowRanked;
        let o = count(&p, &r).unwrap();
        assert_eq!(
            o.pairwise.as_ref().unwrap().matrix,
            vec![vec![0, 2, 2], vec![3, 0, 5], vec![2, 2, 0]]
        );
        assert_eq!(o.winners, vec!["B"]);
    }

    #[test]
    fn cycle_broken_at_its_weakest_majority() {
        // 4 ABC, 3 BCA, 2 CAB: A>B 6-3 (margin 3), B>C 7-2 (5), C>A 5-4 (1):
        // a cycle, broken by refusing the weakest majority, C>A.
        let p = ranked(
            &["A", "B", "C"],
            &[
                (4, &[&[0], &[1], &[2]]),
                (3, &[&[1], &[2], &[0]]),
                (2, &[&[2], &[0], &[1]]),
            ],
        );
        let o = count(&p, &Rules::new(1)).unwrap();
        assert_eq!(o.ranking, Some(vec!["A".into(), "B".into(), "C".into()]));
        let locked = o.pairwise.unwrap().locked.unwrap();
        let got: Vec<(&str, &str, u64, bool)> = locked
            .iter()
            .map(|l| (l.winner.as_str(), l.loser.as_str(), l.margin, l.locked))
            .collect();
        assert_eq!(
            got,
            vec![
                ("B", "C", 5, true),
                ("A", "B", 3, true),
                ("C", "A", 1, false)
            ]
        );
        assert!(o.tie_breaks.is_empty());
        assert_eq!(o.candidates[0].votes, "2");
        assert_eq!(o.candidates[2].votes, "0");
    }

    #[test]
    fn equal_margins_that_do_not_conflict_need_no_draw() {
        // A>B and A>C both by 1; B-C tied.
        let p = ranked(
            &["A", "B", "C"],
            &[(1, &[&[0], &[1], &[2]]), (1, &[&[0], &[2], &[1]])],
        );
        let o = count(&p, &Rules::new(1)).unwrap();
        assert!(o.tie_breaks.is_empty());
        assert_eq!(o.winners, vec!["A"]);
        // B and C are not separated: they share second place.
        assert_eq!(o.candidates[1].rank, Some(2));
        assert_eq!(o.candidates[2].rank, Some(2));
    }

    #[test]
    fn a_cycle_of_equal_margins_is_settled_by_the_tbrc() {
        // A>B, B>C, C>A each by 1: the TBRC decides the order; the pair won
        // by its first candidate is taken first, and the third is refused.
        let p = ranked(
            &["A", "B", "C"],
            &[
                (1, &[&[0], &[1], &[2]]),
                (1, &[&[1], &[2], &[0]]),
                (1, &[&[2], &[0], &[1]]),
            ],
        );
        let mut winners = std::collections::BTreeSet::new();
        for seed in [
            "one", "two", "three", "four", "five", "six", "seven", "eight",
        ] {
            let mut r = Rules::new(1);
            r.seed = seed.into();
            let o = count(&p, &r).unwrap();
            assert_eq!(o.tie_breaks.len(), 1, "{seed}");
            let tbrc = &o.tie_breaks[0].outcome;
            let locked = o.pairwise.as_ref().unwrap().locked.clone().unwrap();
            assert_eq!(locked.iter().filter(|l| l.locked).count(), 2);
            assert_eq!(locked[0].winner, tbrc[0]);
            assert!(locked[0].locked && locked[1].locked && !locked[2].locked);
            // Each candidate wins exactly one pair, so the pairs come in the
            // TBRC order of their winners.
            for k in 0..3 {
                assert_eq!(locked[k].winner, tbrc[k], "{seed}");
            }
            // The winner loses no locked pair.
            let top = if locked[1].loser == locked[0].winner {
                &locked[1].winner
            } else {
                &locked[0].winner
            };
            assert_eq!(o.winners, vec![top.clone()], "{seed}");
            winners.insert(top.clone());
            // Strict ranking: each candidate above the next by a locked path.
            let ranking = o.ranking.unwrap();
            assert_eq!(ranking.len(), 3);
            assert_eq!(o.candidates.iter().filter(|c| c.rank == Some(1)).count(), 1);
        }
        // The draw, not the candidates' order, decides.
        assert!(winners.len() > 1, "{winners:?}");
    }
}
