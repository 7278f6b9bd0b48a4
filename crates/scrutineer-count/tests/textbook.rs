//! Textbook elections with published results:
//!
//! * The Tennessee capital example (Wikipedia, "Instant-runoff voting",
//!   "Schulze method", "Ranked pairs"): 100 voters, Memphis 42, Nashville 26,
//!   Chattanooga 15, Knoxville 17. Plurality elects Memphis, instant-runoff
//!   Knoxville, and the Condorcet methods Nashville.
//! * Wikipedia's Schulze example (article "Schulze method", 45 voters,
//!   candidates A–E), with its published matrices d and p and the ranking
//!   E > A > C > B > D; the same ballots under ranked pairs.
//! * Candidate-order independence: listing the candidates in another order
//!   changes nothing.
//! * Size: a million ballots of 20 candidates are counted by Schulze quickly.

use scrutineer_count::{count, Ballot, Marks, Method, Outcome, Profile, Round, Rules, Status};
use std::collections::HashMap;

/// A profile from `(weight, "ACB")` lines over single-letter candidates
/// `letters`, each line a strict ranking of letters.
fn letters(letters: &str, lines: &[(u64, &str)]) -> Profile {
    let names: Vec<String> = letters.chars().map(|c| c.to_string()).collect();
    let ballots = lines
        .iter()
        .map(|&(weight, order)| Ballot {
            weight,
            marks: Marks::Ranking(
                order
                    .chars()
                    .map(|c| vec![letters.find(c).unwrap()])
                    .collect(),
            ),
        })
        .collect();
    Profile {
        candidates: names,
        ballots,
    }
}

fn tennessee() -> Profile {
    let names = ["Memphis", "Nashville", "Chattanooga", "Knoxville"];
    let ballot = |weight: u64, order: [usize; 4]| Ballot {
        weight,
        marks: Marks::Ranking(order.iter().map(|&c| vec![c]).collect()),
    };
    Profile {
        candidates: names.iter().map(|s| s.to_string()).collect(),
        ballots: vec![
            // Memphis > Nashville > Chattanooga > Knoxville
            ballot(42, [0, 1, 2, 3]),
            // Nashville > Chattanooga > Knoxville > Memphis
            ballot(26, [1, 2, 3, 0]),
            // Chattanooga > Knoxville > Nashville > Memphis
            ballot(15, [2, 3, 1, 0]),
            // Knoxville > Chattanooga > Nashville > Memphis
            ballot(17, [3, 2, 1, 0]),
        ],
    }
}

fn run(method: Method, p: &Profile, seats: usize) -> Outcome {
    count(method, p, &Rules::new(seats)).unwrap_or_else(|e| panic!("{method}: {e}"))
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn tennessee_plurality_elects_memphis() {
    let o = run(Method::Plurality, &tennessee(), 1);
    assert_eq!(o.winners, vec!["Memphis"]);
}

#[test]
fn tennessee_instant_runoff_elects_knoxville() {
    let o = run(Method::Irv, &tennessee(), 1);
    assert_eq!(o.winners, vec!["Knoxville"]);
    assert!(o.tie_breaks.is_empty());
    // Round 1: first preferences; Chattanooga (15) is excluded.
    let tally = |r: usize| -> Vec<(String, String)> {
        o.rounds[r]
            .tallies
            .iter()
            .map(|t| (t.name.clone(), t.votes.clone()))
            .collect()
    };
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(o.rounds.len(), 3);
    assert_eq!(
        tally(0),
        pairs(&[
            ("Memphis", "42"),
            ("Nashville", "26"),
            ("Chattanooga", "15"),
            ("Knoxville", "17")
        ])
    );
    assert_eq!(o.rounds[0].actions[0].kind, "excluded");
    assert_eq!(o.rounds[0].actions[0].name, "Chattanooga");
    // Round 2: Chattanooga's 15 go to Knoxville (32); Nashville (26) is excluded.
    assert_eq!(
        tally(1),
        pairs(&[
            ("Memphis", "42"),
            ("Nashville", "26"),
            ("Chattanooga", "0"),
            ("Knoxville", "32")
        ])
    );
    assert_eq!(o.rounds[1].actions[0].name, "Nashville");
    // Round 3: Nashville's 26 go to Knoxville (58 of 100).
    assert_eq!(
        tally(2),
        pairs(&[
            ("Memphis", "42"),
            ("Nashville", "0"),
            ("Chattanooga", "0"),
            ("Knoxville", "58")
        ])
    );
    assert_eq!(o.rounds[2].actions[0].kind, "elected");
    assert_eq!(o.rounds[2].exhausted, "0");
    assert_eq!(
        o.ranking,
        Some(strs(&["Knoxville", "Memphis", "Nashville", "Chattanooga"]))
    );
    assert_eq!(o.precision, 0);
}

#[test]
fn tennessee_condorcet_methods_elect_nashville() {
    // Nashville beats each other city head to head; then Chattanooga,
    // Knoxville, Memphis (Wikipedia, "Schulze method" and "Ranked pairs").
    let expected = strs(&["Nashville", "Chattanooga", "Knoxville", "Memphis"]);
    for method in [Method::Schulze, Method::RankedPairs] {
        let o = run(method, &tennessee(), 1);
        assert_eq!(o.winners, vec!["Nashville"], "{method}");
        assert_eq!(o.ranking.as_ref(), Some(&expected), "{method}");
        let m = &o.pairwise.as_ref().unwrap().matrix;
        // Nashville–Memphis 58–42, Chattanooga–Knoxville 83–17.
        assert_eq!((m[1][0], m[0][1]), (58, 42), "{method}");
        assert_eq!((m[2][3], m[3][2]), (83, 17), "{method}");
        assert_eq!(
            o.candidates
                .iter()
                .map(|c| c.votes.as_str())
                .collect::<Vec<_>>(),
            vec!["0", "3", "2", "1"],
            "{method}"
        );
    }
}

#[test]
fn tennessee_ranked_pairs_locks_in_margin_order() {
    // Wikipedia, "Ranked pairs": margins Chattanooga>Knoxville 66,
    // Nashville>Chattanooga 36, Nashville>Knoxville 36, then each city over
    // Memphis 16; no pair makes a cycle, so all are locked, no draw needed.
    let o = run(Method::RankedPairs, &tennessee(), 1);
    let locked: Vec<(String, String, u64, bool)> = o
        .pairwise
        .unwrap()
        .locked
        .unwrap()
        .into_iter()
        .map(|l| (l.winner, l.loser, l.margin, l.locked))
        .collect();
    let want = |w: &str, l: &str, m: u64| (w.to_string(), l.to_string(), m, true);
    assert_eq!(
        locked,
        vec![
            want("Chattanooga", "Knoxville", 66),
            want("Nashville", "Chattanooga", 36),
            want("Nashville", "Knoxville", 36),
            want("Chattanooga", "Memphis", 16),
            want("Knoxville", "Memphis", 16),
            want("Nashville", "Memphis", 16),
        ]
    );
    assert!(o.tie_breaks.is_empty());
}

fn wikipedia_schulze() -> Profile {
    letters(
        "ABCDE",
        &[
            (5, "ACBED"),
            (5, "ADECB"),
            (8, "BEDAC"),
            (3, "CABED"),
            (7, "CAEBD"),
            (2, "CBADE"),
            (7, "DCEBA"),
            (8, "EBADC"),
        ],
    )
}

#[test]
fn wikipedia_schulze_example_matrices_and_ranking() {
    let o = run(Method::Schulze, &wikipedia_schulze(), 1);
    let pw = o.pairwise.as_ref().unwrap();
    // The published matrix of pairwise preferences d[X][Y].
    assert_eq!(
        pw.matrix,
        vec![
            vec![0, 20, 26, 30, 22],
            vec![25, 0, 16, 33, 18],
            vec![19, 29, 0, 17, 24],
            vec![15, 12, 28, 0, 14],
            vec![23, 27, 21, 31, 0],
        ]
    );
    // The published strengths of the strongest paths p[X][Y].
    assert_eq!(
        pw.strongest_paths.as_ref().unwrap(),
        &vec![
            vec![0, 28, 28, 30, 24],
            vec![25, 0, 28, 33, 24],
            vec![25, 29, 0, 29, 24],
            vec![25, 28, 28, 0, 24],
            vec![25, 28, 28, 31, 0],
        ]
    );
    assert_eq!(o.ranking, Some(strs(&["E", "A", "C", "B", "D"])));
    assert_eq!(o.winners, vec!["E"]);
    // E beats 4 in strongest paths, A 3, C 2, B 1, D 0.
    let figures: Vec<&str> = o.candidates.iter().map(|c| c.votes.as_str()).collect();
    assert_eq!(figures, vec!["3", "1", "2", "0", "4"]);
    let ranks: Vec<Option<usize>> = o.candidates.iter().map(|c| c.rank).collect();
    assert_eq!(ranks, vec![Some(2), Some(4), Some(3), Some(5), Some(1)]);
    assert!(o.tie_breaks.is_empty());
    // Three seats: the top three of the ranking.
    let o3 = run(Method::Schulze, &wikipedia_schulze(), 3);
    assert_eq!(o3.winners, strs(&["E", "A", "C"]));
    assert_eq!(o3.candidates[1].status, Status::NotElected);
}

#[test]
fn wikipedia_schulze_example_under_ranked_pairs() {
    // Margins from the matrix above, largest first:
    //   B>D 21, E>D 17, A>D 15, C>B 13, D>C 11, E>B 9, A>C 7, B>A 5, C>E 3, E>A 1.
    // D>C is refused (C>B>D locked), B>A is refused (A>C>B), E>A is refused
    // (A>C>E). The locked pairs order A > C > E > B > D: ranked pairs elects A
    // where Schulze elects E.
    let o = run(Method::RankedPairs, &wikipedia_schulze(), 1);
    let locked: Vec<(String, String, u64, bool)> = o
        .pairwise
        .as_ref()
        .unwrap()
        .locked
        .clone()
        .unwrap()
        .into_iter()
        .map(|l| (l.winner, l.loser, l.margin, l.locked))
        .collect();
    let p = |w: &str, l: &str, m: u64, k: bool| (w.to_string(), l.to_string(), m, k);
    assert_eq!(
        locked,
        vec![
            p("B", "D", 21, true),
            p("E", "D", 17, true),
            p("A", "D", 15, true),
            p("C", "B", 13, true),
            p("D", "C", 11, false),
            p("E", "B", 9, true),
            p("A", "C", 7, true),
            p("B", "A", 5, false),
            p("C", "E", 3, true),
            p("E", "A", 1, false),
        ]
    );
    assert_eq!(o.ranking, Some(strs(&["A", "C", "E", "B", "D"])));
    assert_eq!(o.winners, vec!["A"]);
    assert!(o.pairwise.as_ref().unwrap().strongest_paths.is_none());
}

/// `p` with its candidates listed in the order `perm` (new position k holds
/// old candidate perm[k]).
fn reorder(p: &Profile, perm: &[usize]) -> Profile {
    let mut new_id = vec![0; perm.len()];
    for (k, &old) in perm.iter().enumerate() {
        new_id[old] = k;
    }
    Profile {
        candidates: perm.iter().map(|&old| p.candidates[old].clone()).collect(),
        ballots: p
            .ballots
            .iter()
            .map(|b| Ballot {
                weight: b.weight,
                marks: match &b.marks {
                    Marks::Ranking(g) => Marks::Ranking(
                        g.iter()
                            .map(|grp| {
                                let mut v: Vec<usize> = grp.iter().map(|&c| new_id[c]).collect();
                                v.sort_unstable();
                                v
                            })
                            .collect(),
                    ),
                    other => other.clone(),
                },
            })
            .collect(),
    }
}

fn by_name(o: &Outcome) -> Vec<(String, String, Option<usize>, Status)> {
    let mut v: Vec<_> = o
        .candidates
        .iter()
        .map(|c| (c.name.clone(), c.votes.clone(), c.rank, c.status))
        .collect();
    v.sort_by(|x, y| x.0.cmp(&y.0));
    v
}

fn rounds_by_name(o: &Outcome) -> Vec<Round> {
    o.rounds
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r.tallies.sort_by(|x, y| x.name.cmp(&y.name));
            r
        })
        .collect()
}

#[test]
fn candidate_order_does_not_change_any_result() {
    let cases = [
        (
            tennessee(),
            vec![vec![3, 2, 1, 0], vec![2, 0, 3, 1], vec![1, 3, 0, 2]],
        ),
        (
            wikipedia_schulze(),
            vec![
                vec![4, 3, 2, 1, 0],
                vec![2, 4, 1, 3, 0],
                vec![1, 0, 4, 2, 3],
            ],
        ),
    ];
    for (p, perms) in &cases {
        for method in [
            Method::Schulze,
            Method::RankedPairs,
            Method::Irv,
            Method::Plurality,
        ] {
            for seats in [1, 2] {
                if method == Method::Irv && seats > 1 {
                    continue;
                }
                let a = run(method, p, seats);
                for perm in perms {
                    let b = run(method, &reorder(p, perm), seats);
                    assert_eq!(a.winners, b.winners, "{method} {perm:?}");
                    assert_eq!(a.ranking, b.ranking, "{method} {perm:?}");
                    assert_eq!(by_name(&a), by_name(&b), "{method} {perm:?}");
                    // Round tallies are listed in candidate order: compare by name.
                    assert_eq!(rounds_by_name(&a), rounds_by_name(&b), "{method} {perm:?}");
                    if let (Some(x), Some(y)) = (&a.pairwise, &b.pairwise) {
                        assert_eq!(x.locked, y.locked, "{method} {perm:?}");
                        for (i, ni) in x.candidates.iter().enumerate() {
                            for (j, nj) in x.candidates.iter().enumerate() {
                                let bi = y.candidates.iter().position(|n| n == ni).unwrap();
                                let bj = y.candidates.iter().position(|n| n == nj).unwrap();
                                assert_eq!(x.matrix[i][j], y.matrix[bi][bj]);
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn schulze_on_a_million_merged_ballots_matches_a_direct_count() {
    // One million ballots drawn from 20,000 distinct rankings (some with
    // equal rankings and unranked candidates), merged as the readers merge
    // them. (Its speed is measured by the benchmarks, not here.)
    let n = 20;
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let pool: Vec<Marks> = (0..20_000)
        .map(|_| {
            let mut order: Vec<usize> = (0..n).collect();
            for i in (1..n).rev() {
                order.swap(i, rng.below(i + 1));
            }
            let len = 1 + rng.below(n);
            let mut groups: Vec<Vec<usize>> = Vec::new();
            for &c in &order[..len] {
                match groups.last_mut() {
                    Some(g) if rng.below(6) == 0 => g.push(c),
                    _ => groups.push(vec![c]),
                }
            }
            for g in &mut groups {
                g.sort_unstable();
            }
            Marks::Ranking(groups)
        })
        .collect();
    // Merge as the readers do (Profile::push_merged), one entry per pool
    // ranking drawn, in order of first appearance.
    let mut picks = vec![0u64; pool.len()];
    let mut first_seen: Vec<usize> = Vec::new();
    for _ in 0..1_000_000 {
        let k = rng.below(pool.len());
        if picks[k] == 0 {
            first_seen.push(k);
        }
        picks[k] += 1;
    }
    let mut p = Profile::new((0..n).map(|i| format!("Candidate {i:02}")).collect());
    let mut index: HashMap<Marks, usize> = HashMap::new();
    for k in first_seen {
        let ballot = Ballot {
            weight: picks[k],
            marks: pool[k].clone(),
        };
        p.push_merged(&mut index, ballot);
    }
    assert_eq!(p.total_weight(), 1_000_000);
    let o = run(Method::Schulze, &p, 5);
    assert_eq!(o.ballots, 1_000_000);
    assert_eq!(o.winners.len(), 5);
    // The matrix agrees with a direct count over a sample of contests.
    let m = &o.pairwise.unwrap().matrix;
    for (i, j) in [(0, 1), (5, 17), (19, 2)] {
        let mut direct = 0u64;
        for b in &p.ballots {
            if let Marks::Ranking(g) = &b.marks {
                let pos = |c: usize| g.iter().position(|grp| grp.contains(&c));
                if let (Some(x), Some(y)) = (pos(i), pos(j)) {
                    if x < y {
                        direct += b.weight;
                    }
                }
            }
        }
        assert_eq!(m[i][j], direct, "d[{i}][{j}]");
    }
}
