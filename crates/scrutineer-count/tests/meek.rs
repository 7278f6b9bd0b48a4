//! Meek STV on cases small enough to follow by hand, including one where it
//! elects differently from Scottish STV, and conservation of the votes at
//! every round (also on real ballots: Glasgow 2007).

use scrutineer_count::decimal::Decimal;
mod common;

use scrutineer_count::{count, Ballot, GroupCap, Marks, Method, Outcome, Profile, Rules, Status};

fn profile(names: &[&str], ballots: &[(u64, &[&[usize]])]) -> Profile {
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

fn dec(s: &str, places: u32) -> Decimal {
    Decimal::parse(s, places).unwrap_or_else(|| panic!("not a {places}-place decimal: {s}"))
}

/// Σ votes + excess = ballots, exactly, at every round; keep values in [0, 1].
fn assert_conserved(o: &Outcome) {
    let p = o.precision;
    let total = Decimal::from_int(o.ballots, p);
    assert!(!o.rounds.is_empty());
    for r in &o.rounds {
        let mut sum = dec(&r.exhausted, p);
        for t in &r.tallies {
            sum += dec(&t.votes, p);
            let k = dec(t.keep.as_deref().expect("Meek rounds carry keep values"), p);
            assert!(k >= Decimal::zero(p) && k <= Decimal::one(p), "keep {k}");
        }
        assert_eq!(sum, total, "round {} does not conserve the votes", r.number);
    }
}

fn tally<'a>(o: &'a Outcome, round: usize, name: &str) -> &'a str {
    &o.rounds[round]
        .tallies
        .iter()
        .find(|t| t.name == name)
        .unwrap()
        .votes
}

fn close(s: &str, want: &str) -> bool {
    let d = dec(s, 9) - dec(want, 9);
    d <= dec("0.00001", 9) && dec("-0.00001", 9) <= d
}

/// A's supporters' next choice is C; B's supporters rank A then D.
/// Scottish STV: A is elected (quota 34) and transfers a surplus of 6 to C
/// (28); B is excluded and B's papers skip the elected A and reach D at full
/// value: D 38, elected. Meek: when B's papers reach A, A keeps only the
/// fraction k with 50k = quota = 100/3, so k = 2/3 and A's own supporters
/// pass 40/3 to C: C = 22 + 13.33 = 35.33 > 33.33, elected; D has only
/// 28 + 10/3 = 31.33.
fn meek_differs() -> Profile {
    profile(
        &["A", "B", "C", "D"],
        &[
            (40, &[&[0], &[2]]),
            (10, &[&[1], &[0], &[3]]),
            (22, &[&[2]]),
            (28, &[&[3]]),
        ],
    )
}

#[test]
fn meek_elects_differently_from_scottish_stv() {
    let p = meek_differs();
    let s = count(Method::StvScottish, &p, &Rules::new(2)).unwrap();
    assert_eq!(s.winners, vec!["A", "D"]);
    let o = count(Method::StvMeek, &p, &Rules::new(2)).unwrap();
    assert_eq!(o.winners, vec!["A", "C"]);
    assert_eq!(o.precision, 9);
    // Round 1: first preferences, quota 100/3 truncated + 10⁻⁹.
    assert_eq!(o.rounds[0].quota.as_deref(), Some("33.333333334"));
    assert_eq!(tally(&o, 0, "A"), "40.000000000");
    assert!(o.rounds[0]
        .actions
        .iter()
        .any(|a| a.kind == "elected" && a.name == "A"));
    // Round 2: A's surplus converges (A = quota, C = 22 + 40/6·… = 28.67),
    // then B, lowest with 10, is excluded.
    assert!(o.rounds[1]
        .actions
        .iter()
        .any(|a| a.kind == "excluded" && a.name == "B"));
    assert!(
        close(tally(&o, 1, "C"), "28.666666667"),
        "{}",
        tally(&o, 1, "C")
    );
    // Round 3: C reaches the quota; A's keep value is on its way to 2/3.
    let r3 = &o.rounds[2];
    assert!(r3
        .actions
        .iter()
        .any(|a| a.kind == "elected" && a.name == "C"));
    let c = dec(tally(&o, 2, "C"), 9);
    assert!(c >= dec(r3.quota.as_deref().unwrap(), 9));
    assert!(dec(tally(&o, 2, "D"), 9) < dec("31.34", 9));
    assert_conserved(&o);
    assert_eq!(o.candidates[3].status, Status::NotElected);
}

#[test]
fn quota_falls_as_votes_become_excess() {
    // A's 60 ballots rank no one else: what A does not keep is excess, and
    // the quota (votes − excess)/3 converges to 20 (3q = q + 25 + 15), below
    // B's 25: B is elected without any transfer to B. (Scottish STV: quota
    // 34, and B wins only when C is excluded.)
    let p = profile(
        &["A", "B", "C"],
        &[(60, &[&[0]]), (25, &[&[1]]), (15, &[&[2]])],
    );
    let o = count(Method::StvMeek, &p, &Rules::new(2)).unwrap();
    assert_eq!(o.winners, vec!["A", "B"]);
    let r2 = &o.rounds[1];
    assert!(r2
        .actions
        .iter()
        .any(|a| a.kind == "elected" && a.name == "B"));
    let q = dec(r2.quota.as_deref().unwrap(), 9);
    assert!(q <= dec("25", 9) && q > dec("20", 9), "quota {q}");
    assert!(dec(&r2.exhausted, 9) > dec("24", 9));
    assert_conserved(&o);
}

#[test]
fn equal_rankings_split_the_weight_equally() {
    // 4 ballots "A = B": 2 to each. A 2, B 2 + 2 = 4, C 3: A is excluded and
    // the 4 ballots then go wholly to B: 6 of 9, elected.
    let p = profile(
        &["A", "B", "C"],
        &[(4, &[&[0, 1]]), (3, &[&[2]]), (2, &[&[1]])],
    );
    let o = count(Method::StvMeek, &p, &Rules::new(1)).unwrap();
    assert_eq!(tally(&o, 0, "A"), "2.000000000");
    assert_eq!(tally(&o, 0, "B"), "4.000000000");
    assert_eq!(tally(&o, 0, "C"), "3.000000000");
    assert!(o.rounds[0]
        .actions
        .iter()
        .any(|a| a.kind == "excluded" && a.name == "A"));
    assert_eq!(o.winners, vec!["B"]);
    assert_eq!(tally(&o, 1, "B"), "6.000000000");
    assert_conserved(&o);
}

#[test]
fn odd_split_remainder_goes_to_excess() {
    // One ballot split three ways: 0.333333333 each, 0.000000001 excess.
    let p = profile(&["A", "B", "C", "D"], &[(1, &[&[0, 1, 2]]), (1, &[&[3]])]);
    let o = count(Method::StvMeek, &p, &Rules::new(1)).unwrap();
    assert_eq!(tally(&o, 0, "A"), "0.333333333");
    assert_eq!(o.rounds[0].exhausted, "0.000000001");
    assert_conserved(&o);
}

#[test]
fn exclusion_tie_with_no_history_goes_to_the_draw() {
    let p = profile(
        &["A", "B", "C"],
        &[(2, &[&[0]]), (2, &[&[1]]), (3, &[&[2]])],
    );
    let o = count(Method::StvMeek, &p, &Rules::new(1)).unwrap();
    assert_eq!(o.tie_breaks.len(), 1);
    assert_eq!(o.tie_breaks[0].tied, vec!["A", "B"]);
    let loser = o.tie_breaks[0].outcome[0].clone();
    assert!(o.rounds[0]
        .actions
        .iter()
        .any(|a| a.kind == "excluded" && a.name == loser));
    assert_eq!(o.winners, vec!["C"]);
    // The same seed gives the same draw.
    let again = count(Method::StvMeek, &p, &Rules::new(1)).unwrap();
    assert_eq!(again.tie_breaks, o.tie_breaks);
}

#[test]
fn group_cap_excludes_the_rest_of_the_group() {
    // As in the first case, but A and C share an employer (at most 1): C is
    // excluded when A is elected, A's supporters' votes become excess, the
    // quota falls to 19 (3q = q + 10 + 28) and D is elected.
    let p = meek_differs();
    let mut r = Rules::new(2);
    r.groups = Some(GroupCap::new(
        vec![Some("X".into()), None, Some("X".into()), None],
        1,
    ));
    let o = count(Method::StvMeek, &p, &r).unwrap();
    assert_eq!(o.winners, vec!["A", "D"]);
    assert!(o.rounds[0]
        .actions
        .iter()
        .any(|a| a.kind == "group_excluded" && a.name == "C"));
    assert_eq!(o.candidates[2].status, Status::Excluded);
    assert_eq!(o.excluded.len(), 1);
    assert_conserved(&o);
    // The words agree with the count (never "candidate(s)").
    let reason = &o.excluded[0].reason;
    assert!(
        reason.starts_with("X already has 1 elected candidate, the most allowed per group"),
        "{reason}"
    );
    assert!(
        o.notes
            .iter()
            .any(|n| n.starts_with("At most 1 winner per group: when a group's candidates")),
        "{:?}",
        o.notes
    );
    assert!(o.notes[0].contains(" iterations in all."), "{}", o.notes[0]);
    // A cap of 2 on a group of three in a three-seat count.
    let mut r = Rules::new(3);
    r.groups = Some(GroupCap::new(
        vec![Some("X".into()), Some("X".into()), Some("X".into()), None],
        2,
    ));
    let o = count(Method::StvMeek, &p, &r).unwrap();
    assert!(
        o.notes
            .iter()
            .any(|n| n.starts_with("At most 2 winners per group: when a group's candidates")),
        "{:?}",
        o.notes
    );
    for e in &o.excluded {
        assert!(
            e.reason
                .starts_with("X already has 2 elected candidates, the most"),
            "{}",
            e.reason
        );
    }
    for n in &o.notes {
        assert!(!n.contains("(s)"), "{n}");
    }
}

#[test]
fn precision_is_declared_and_checked() {
    let p = meek_differs();
    let mut r = Rules::new(2);
    r.meek_precision = 6;
    let o = count(Method::StvMeek, &p, &r).unwrap();
    assert_eq!(o.precision, 6);
    assert_eq!(o.rounds[0].quota.as_deref(), Some("33.333334"));
    assert_eq!(o.winners, vec!["A", "C"]);
    assert_conserved(&o);
    r.meek_precision = 3;
    assert!(count(Method::StvMeek, &p, &r).is_err());
    r.meek_precision = 19;
    assert!(count(Method::StvMeek, &p, &r).is_err());
}

#[test]
fn withdrawn_candidates_are_skipped() {
    // Withdrawing B sends B's ballots on to A at once.
    let p = meek_differs();
    let mut r = Rules::new(2);
    r.withdrawn = vec![1];
    let o = count(Method::StvMeek, &p, &r).unwrap();
    assert_eq!(tally(&o, 0, "A"), "50.000000000");
    assert!(o.rounds[0].tallies.iter().all(|t| t.name != "B"));
    assert_eq!(o.candidates[1].status, Status::Withdrawn);
    assert_conserved(&o);
}

#[test]
fn glasgow_wards_conserve_votes_every_round() {
    let dir = common::reference("scotland-2007");
    let dir = dir.display();
    for ward in ["Anderston-City-2007", "Govan-2007", "Springburn-2007"] {
        let path = format!("{dir}/{ward}.blt");
        let bytes = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("reference election missing at {path}: {e}"));
        let f = scrutineer_formats::blt::read_blt(&path, &bytes).unwrap();
        let rules = Rules::new(f.seats.unwrap());
        let o = count(Method::StvMeek, &f.profile, &rules).unwrap();
        assert_eq!(o.winners.len(), rules.seats, "{ward}");
        assert_conserved(&o);
    }
}
