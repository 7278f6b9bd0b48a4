//! Property tests over every counting method.
//!
//! * Relabelling: listing the candidates in another order, and the ballots in
//!   another order, does not change who wins nor any candidate's figure, when
//!   the count needed no tie-break draw.
//! * [`Profile::compress`] (merging identical ballots) does not change the
//!   outcome at all.
//! * STV: in every round, the candidates' votes plus the exhausted votes never
//!   exceed the ballots cast, and fall short only by what truncation to the
//!   method's precision can lose (the Meek "excess" / Scottish loss of
//!   fractions).
//! * Debian A.6: relabelling the options other than the default one (the last)
//!   and reordering ballots keeps the outcome; compress keeps it; the winner
//!   is never a dropped option; an undropped option that beats every other
//!   undropped option wins.
//! * Sanity of every outcome: winners distinct, marked elected, no more than
//!   the seats.
//!
//! Case counts are kept modest (64) so the suite stays fast.

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use scrutineer_count::{count, Ballot, BallotKind, Marks, Method, Outcome, Profile, Rules, Status};
use std::collections::BTreeMap;

const CASES: u32 = 64;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Ranked ballots: a random order of a random non-empty subset; with `ties`,
/// consecutive candidates may share a preference group.
fn ranked(n: usize, ties: bool) -> impl Strategy<Value = Marks> {
    (
        Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
        1..=n,
        prop::collection::vec(any::<bool>(), n),
    )
        .prop_map(move |(order, len, joins)| {
            let mut groups: Vec<Vec<usize>> = Vec::new();
            for (i, &c) in order.iter().take(len).enumerate() {
                match groups.last_mut() {
                    Some(g) if ties && joins[i] => g.push(c),
                    _ => groups.push(vec![c]),
                }
            }
            Marks::Ranking(groups)
        })
}

fn marks(method: Method, n: usize) -> BoxedStrategy<Marks> {
    match method.ballot_kind() {
        BallotKind::Approval => prop::collection::vec(any::<bool>(), n)
            .prop_map(|v| {
                Marks::Approval(
                    v.iter()
                        .enumerate()
                        .filter(|(_, &a)| a)
                        .map(|(c, _)| c)
                        .collect(),
                )
            })
            .boxed(),
        BallotKind::Scores => prop::collection::vec(0u32..=5, n)
            .prop_map(|v| {
                Marks::Scores(
                    v.iter()
                        .enumerate()
                        .filter(|(_, &s)| s > 0)
                        .map(|(c, &s)| (c, s))
                        .collect(),
                )
            })
            .boxed(),
        BallotKind::Ranking => {
            // Equal rankings only where the method reads them pairwise.
            let ties = matches!(method, Method::Schulze | Method::RankedPairs);
            ranked(n, ties).boxed()
        }
    }
}

fn max_seats(method: Method, n: usize) -> usize {
    match method {
        Method::Irv | Method::Debian => 1,
        _ => n.min(3),
    }
}

fn names(n: usize) -> Vec<String> {
    ["Ada", "Bo", "Cyd", "Dee", "Eli"][..n]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// A profile of 2–5 candidates and 1–24 weighted ballots, and a seat count.
fn profile(method: Method) -> impl Strategy<Value = (Profile, usize)> {
    (2usize..=5).prop_flat_map(move |n| {
        (
            prop::collection::vec((1u64..=3, marks(method, n)), 1..25),
            1..=max_seats(method, n),
        )
            .prop_map(move |(bs, seats)| {
                let p = Profile {
                    candidates: names(n),
                    ballots: bs
                        .into_iter()
                        .map(|(weight, marks)| Ballot { weight, marks })
                        .collect(),
                };
                (p, seats)
            })
    })
}

/// A profile whose ballots repeat (drawn from a small pool), for compress.
fn repetitive_profile(method: Method) -> impl Strategy<Value = (Profile, usize)> {
    (2usize..=5).prop_flat_map(move |n| {
        (
            prop::collection::vec((1u64..=2, marks(method, n)), 1..5),
            prop::collection::vec(any::<prop::sample::Index>(), 1..30),
            1..=max_seats(method, n),
        )
            .prop_map(move |(pool, picks, seats)| {
                let p = Profile {
                    candidates: names(n),
                    ballots: picks
                        .iter()
                        .map(|i| {
                            let (weight, marks) = pool[i.index(pool.len())].clone();
                            Ballot { weight, marks }
                        })
                        .collect(),
                };
                (p, seats)
            })
    })
}

/// `p` with candidate `c` renumbered `perm[c]` and the ballots in the order
/// `order` (indexes into `p.ballots`).
fn relabel(p: &Profile, perm: &[usize], order: &[usize]) -> Profile {
    let mut candidates = vec![String::new(); perm.len()];
    for (c, &to) in perm.iter().enumerate() {
        candidates[to] = p.candidates[c].clone();
    }
    let ballots = order
        .iter()
        .map(|&i| {
            let b = &p.ballots[i];
            let marks = match &b.marks {
                Marks::Ranking(g) => Marks::Ranking(
                    g.iter()
                        .map(|grp| grp.iter().map(|&c| perm[c]).collect())
                        .collect(),
                ),
                Marks::Approval(a) => {
                    let mut v: Vec<usize> = a.iter().map(|&c| perm[c]).collect();
                    v.sort_unstable();
                    Marks::Approval(v)
                }
                Marks::Scores(s) => {
                    let mut v: Vec<(usize, u32)> = s.iter().map(|&(c, x)| (perm[c], x)).collect();
                    v.sort_unstable();
                    Marks::Scores(v)
                }
            };
            Ballot {
                weight: b.weight,
                marks,
            }
        })
        .collect();
    Profile {
        candidates,
        ballots,
    }
}

fn run(method: Method, p: &Profile, seats: usize) -> Result<Outcome, TestCaseError> {
    count(method, p, &Rules::new(seats))
        .map_err(|e| TestCaseError::fail(format!("{method} refused a valid profile: {e}")))
}

fn check_sane(o: &Outcome, seats: usize) -> Result<(), TestCaseError> {
    prop_assert!(o.winners.len() <= seats, "more winners than seats");
    let mut w = o.winners.clone();
    w.sort();
    w.dedup();
    prop_assert_eq!(w.len(), o.winners.len(), "a candidate won twice");
    let elected: Vec<&str> = o
        .candidates
        .iter()
        .filter(|c| c.status == Status::Elected)
        .map(|c| c.name.as_str())
        .collect();
    prop_assert_eq!(elected.len(), o.winners.len());
    for x in &o.winners {
        prop_assert!(
            elected.contains(&x.as_str()),
            "{} won but is not marked elected",
            x
        );
    }
    Ok(())
}

fn by_name(o: &Outcome) -> BTreeMap<String, (String, Status)> {
    o.candidates
        .iter()
        .map(|c| (c.name.clone(), (c.votes.clone(), c.status)))
        .collect()
}

fn relabel_invariant(
    method: Method,
    p: &Profile,
    seats: usize,
    perm: &[usize],
    order: &[usize],
) -> Result<(), TestCaseError> {
    let a = run(method, p, seats)?;
    check_sane(&a, seats)?;
    let q = relabel(p, perm, order);
    let b = run(method, &q, seats)?;
    check_sane(&b, seats)?;
    if !a.tie_breaks.is_empty() || !b.tie_breaks.is_empty() {
        return Ok(());
    }
    let mut wa = a.winners.clone();
    let mut wb = b.winners.clone();
    wa.sort();
    wb.sort();
    prop_assert_eq!(
        wa,
        wb,
        "winners changed when candidates/ballots were reordered"
    );
    prop_assert_eq!(by_name(&a), by_name(&b), "figures changed when reordered");
    Ok(())
}

/// Parse a decimal figure into units of 10^-precision.
fn units(s: &str, precision: u32) -> Result<i128, TestCaseError> {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if frac.len() > precision as usize {
        return Err(TestCaseError::fail(format!(
            "figure {s} has more than {precision} decimals"
        )));
    }
    let digits = format!("{int}{frac:0<width$}", width = precision as usize);
    digits
        .parse::<i128>()
        .map_err(|_| TestCaseError::fail(format!("figure {s:?} is not a decimal number")))
}

fn stv_balance(method: Method, p: &Profile, seats: usize) -> Result<(), TestCaseError> {
    let o = run(method, p, seats)?;
    check_sane(&o, seats)?;
    prop_assert!(!o.rounds.is_empty(), "an STV count has rounds");
    let prec = o.precision;
    let scale = 10i128.pow(prec);
    let total = i128::from(p.total_weight()) * scale;
    // Truncation to `prec` decimals loses less than one unit per ballot and
    // candidate in each transfer; allow that much per round.
    let per_round = i128::from(p.total_weight()) * (p.candidates.len() as i128 + 1);
    for (i, r) in o.rounds.iter().enumerate() {
        let mut sum = units(&r.exhausted, prec)?;
        for t in &r.tallies {
            sum += units(&t.votes, prec)?;
        }
        prop_assert!(
            sum <= total,
            "round {}: votes + exhausted = {} units exceed the {} ballots",
            r.number,
            sum,
            p.total_weight()
        );
        let lost = total - sum;
        prop_assert!(
            lost <= per_round * (i as i128 + 1),
            "round {}: {} units of 10^-{} unaccounted for (votes + exhausted vs {} ballots)",
            r.number,
            lost,
            prec,
            p.total_weight()
        );
    }
    Ok(())
}

macro_rules! method_properties {
    ($m:ident, $method:expr) => {
        mod $m {
            use super::*;
            proptest! {
                #![proptest_config(config())]

                #[test]
                fn reordering_candidates_and_ballots_keeps_the_result(
                    (p, seats, perm, order) in profile($method).prop_flat_map(|(p, seats)| {
                        let n = p.candidates.len();
                        let b = p.ballots.len();
                        (
                            Just(p),
                            Just(seats),
                            Just((0..n).collect::<Vec<usize>>()).prop_shuffle(),
                            Just((0..b).collect::<Vec<usize>>()).prop_shuffle(),
                        )
                    })
                ) {
                    relabel_invariant($method, &p, seats, &perm, &order)?;
                }

                #[test]
                fn compress_keeps_the_outcome((p, seats) in repetitive_profile($method)) {
                    let a = run($method, &p, seats)?;
                    let mut q = p.clone();
                    q.compress();
                    prop_assert!(q.ballots.len() <= p.ballots.len());
                    prop_assert_eq!(q.total_weight(), p.total_weight());
                    let b = run($method, &q, seats)?;
                    prop_assert_eq!(a, b);
                }
            }
        }
    };
}

method_properties!(approval, Method::Approval);
method_properties!(plurality, Method::Plurality);
method_properties!(star, Method::Star);
method_properties!(schulze, Method::Schulze);
method_properties!(ranked_pairs, Method::RankedPairs);
method_properties!(irv, Method::Irv);
method_properties!(stv_scottish, Method::StvScottish);
method_properties!(stv_meek, Method::StvMeek);

proptest! {
    #![proptest_config(config())]

    #[test]
    fn stv_scottish_rounds_account_for_every_ballot((p, seats) in profile(Method::StvScottish)) {
        stv_balance(Method::StvScottish, &p, seats)?;
    }

    #[test]
    fn stv_meek_rounds_account_for_every_ballot((p, seats) in profile(Method::StvMeek)) {
        stv_balance(Method::StvMeek, &p, seats)?;
    }
}

#[test]
fn every_method_is_covered() {
    // The macro invocations above must list every method: this fails when a
    // method is added to the engine without its properties.
    let covered = [
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
    for m in Method::ALL {
        assert!(covered.contains(&m), "{m} has no property tests");
    }
}

mod debian {
    use super::*;

    fn condorcet_among_undropped(o: &Outcome) -> Option<String> {
        let pw = o.pairwise.as_ref()?;
        let rep = o.debian.as_ref()?;
        let dropped: Vec<&str> = rep
            .options
            .iter()
            .filter(|x| x.dropped.is_some())
            .map(|x| x.name.as_str())
            .collect();
        let live: Vec<usize> = (0..pw.candidates.len())
            .filter(|&i| !dropped.contains(&pw.candidates[i].as_str()))
            .collect();
        live.iter()
            .copied()
            .find(|&a| {
                live.iter()
                    .all(|&b| b == a || pw.matrix[a][b] > pw.matrix[b][a])
            })
            .map(|a| pw.candidates[a].clone())
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn relabelling_non_default_options_and_reordering_ballots_keeps_the_result(
            (p, seats, perm, order) in profile(Method::Debian).prop_flat_map(|(p, seats)| {
                let n = p.candidates.len();
                let b = p.ballots.len();
                (
                    Just(p),
                    Just(seats),
                    Just((0..n - 1).collect::<Vec<usize>>()).prop_shuffle(),
                    Just((0..b).collect::<Vec<usize>>()).prop_shuffle(),
                )
            })
        ) {
            let mut perm = perm;
            perm.push(perm.len());
            relabel_invariant(Method::Debian, &p, seats, &perm, &order)?;
            let a = run(Method::Debian, &p, seats)?;
            let b = run(Method::Debian, &relabel(&p, &perm, &order), seats)?;
            prop_assert_eq!(&a.debian.as_ref().unwrap().schwartz_set.len(), &b.debian.as_ref().unwrap().schwartz_set.len());
        }

        #[test]
        fn compress_keeps_the_outcome((p, seats) in repetitive_profile(Method::Debian)) {
            let a = run(Method::Debian, &p, seats)?;
            let mut q = p.clone();
            q.compress();
            let b = run(Method::Debian, &q, seats)?;
            prop_assert_eq!(a, b);
        }

        #[test]
        fn winner_is_undropped_and_a_condorcet_winner_wins((p, seats) in profile(Method::Debian)) {
            let o = run(Method::Debian, &p, seats)?;
            check_sane(&o, seats)?;
            let rep = o.debian.as_ref().unwrap();
            for w in &o.winners {
                prop_assert!(
                    !rep.options.iter().any(|x| &x.name == w && x.dropped.is_some()),
                    "the winner {} was dropped", w
                );
            }
            if let Some(c) = condorcet_among_undropped(&o) {
                prop_assert_eq!(o.winners.clone(), vec![c]);
            }
            if o.winners.is_empty() {
                prop_assert!(rep.casting_vote_needed.len() > 1);
            }
        }
    }
}
