//! Bloc STAR (PEP 13 since December 2024): hand-computed cases for every
//! rule of the count and of the tie-break protocol, and the published figures
//! of the Python steering council's 2026 term election (PEP 8107).

use scrutineer_count::tiebreak::Draw;
use scrutineer_count::{
    count, Ballot, CountError, GroupCap, Marks, Method, Outcome, Profile, Rules, Status,
};

/// `ballots`: (weight, one digit per candidate in `names` order). A zero digit
/// is left off the ballot (a candidate left out scores 0).
fn profile(names: &[&str], ballots: &[(u64, &str)]) -> Profile {
    Profile {
        candidates: names.iter().map(|s| s.to_string()).collect(),
        ballots: ballots
            .iter()
            .map(|(w, digits)| {
                assert_eq!(digits.len(), names.len(), "bad fixture {digits}");
                Ballot {
                    weight: *w,
                    marks: Marks::Scores(
                        digits
                            .chars()
                            .enumerate()
                            .filter_map(|(c, d)| {
                                let v = d.to_digit(10).expect("digit");
                                (v > 0).then_some((c, v))
                            })
                            .collect(),
                    ),
                }
            })
            .collect(),
    }
}

fn star(p: &Profile, rules: &Rules) -> Outcome {
    count(Method::Star, p, rules).expect("count")
}

/// A one-seat count that no draw decides: the outcome and its seat's note.
fn one_seat_without_a_draw(p: &Profile) -> (Outcome, String) {
    let o = star(p, &Rules::new(1));
    assert!(o.tie_breaks.is_empty(), "{:?}", o.tie_breaks);
    let note = o.star.as_ref().expect("star seats")[0].note.clone();
    (o, note)
}

/// (finalist 1, finalist 2, prefer 1, prefer 2, equal, winner) per seat.
fn runoffs(o: &Outcome) -> Vec<(String, String, u64, u64, u64, String)> {
    o.star
        .as_ref()
        .expect("star seats")
        .iter()
        .map(|s| {
            (
                s.finalists[0].clone(),
                s.finalists[1].clone(),
                s.prefer_first,
                s.prefer_second,
                s.equal,
                s.winner.clone(),
            )
        })
        .collect()
}

fn r(
    a: &str,
    b: &str,
    pa: u64,
    pb: u64,
    eq: u64,
    w: &str,
) -> (String, String, u64, u64, u64, String) {
    (a.into(), b.into(), pa, pb, eq, w.into())
}

fn votes(o: &Outcome) -> Vec<&str> {
    o.candidates.iter().map(|c| c.votes.as_str()).collect()
}

// ---------------------------------------------------------------------------
// PEP 8107: the 2026 term steering council election.
//
// Published (peps.python.org/pep-8107, "Results" and "Tabulation Steps"): 74
// ballots; total stars Pablo Galindo Salgado 313, Savannah Ostrowski 249,
// Barry Warsaw 239, Donghee Na 191, Thomas Wouters 187, Gregory P. Smith 173;
// runoffs per seat: PGS over SO 36 to 19 (19 equal), SO over BW 34 to 29 (11
// equal), BW over DN 38 to 25 (11 equal), DN over TW 36 to 33 (5 equal), TW
// over GPS 34 to 26 (14 equal).
//
// The ballots themselves were not published. The 74 ballots below are NOT
// the real ones: they were constructed (by a seeded local search) to agree
// with every published figure above, so a correct Bloc STAR count of them must
// reproduce the whole published tabulation. Digits are in the order
// PGS, SO, BW, DN, TW, GPS.
// ---------------------------------------------------------------------------

const PEP8107_NAMES: [&str; 6] = [
    "Pablo Galindo Salgado",
    "Savannah Ostrowski",
    "Barry Warsaw",
    "Donghee Na",
    "Thomas Wouters",
    "Gregory P. Smith",
];

const PEP8107_BALLOTS: [&str; 74] = [
    "555525", "554302", "554052", "553524", "553453", "552221", "551344", "551334", "551244",
    "545252", "545032", "544432", "544345", "543530", "543201", "543015", "542233", "541415",
    "541051", "535355", "535301", "535150", "534122", "533430", "532015", "525342", "524504",
    "524503", "524240", "523253", "523010", "522342", "520541", "520205", "515510", "515411",
    "513331", "505055", "503421", "501534", "501312", "500055", "455521", "455300", "455051",
    "454303", "454251", "453442", "452154", "445300", "445053", "445012", "444202", "442302",
    "442111", "441515", "432524", "405342", "355150", "354521", "354124", "354100", "354033",
    "353541", "341434", "334042", "325321", "240043", "235532", "234500", "225424", "220032",
    "140203", "125313",
];

#[test]
fn pep8107_published_tabulation_is_reproduced() {
    let ballots: Vec<(u64, &str)> = PEP8107_BALLOTS.iter().map(|b| (1, *b)).collect();
    let p = profile(&PEP8107_NAMES, &ballots);
    let o = star(&p, &Rules::new(5));
    assert_eq!(o.ballots, 74);
    assert_eq!(
        o.winners,
        vec![
            "Pablo Galindo Salgado",
            "Savannah Ostrowski",
            "Barry Warsaw",
            "Donghee Na",
            "Thomas Wouters"
        ]
    );
    assert_eq!(votes(&o), vec!["313", "249", "239", "191", "187", "173"]);
    let [pgs, so, bw, dn, tw, gps] = PEP8107_NAMES;
    assert_eq!(
        runoffs(&o),
        vec![
            r(pgs, so, 36, 19, 19, pgs),
            r(so, bw, 34, 29, 11, so),
            r(bw, dn, 38, 25, 11, bw),
            r(dn, tw, 36, 33, 5, dn),
            r(tw, gps, 34, 26, 14, tw),
        ]
    );
    let seats = o.star.as_ref().unwrap();
    // Seat 5's scoring round shows only the two candidates still standing.
    let t5: Vec<(&str, &str)> = seats[4]
        .totals
        .iter()
        .map(|t| (t.name.as_str(), t.votes.as_str()))
        .collect();
    assert_eq!(t5, vec![(tw, "187"), (gps, "173")]);
    assert_eq!(seats[0].totals.len(), 6);
    // The PEP 8107 sentences.
    assert!(seats[0].note.contains(
        "Pablo Galindo Salgado and Savannah Ostrowski advance to runoff with 313 and 249 stars"
    ));
    assert!(seats[3].note.contains(
        "Donghee Na is preferred over Thomas Wouters, 36 to 33, with 5 voters showing equal support"
    ));
    assert_eq!(
        o.ranking.as_deref().unwrap(),
        &[pgs, so, bw, dn, tw, gps].map(String::from)
    );
    assert_eq!(o.candidates[5].status, Status::NotElected);
    assert_eq!(o.candidates[5].rank, Some(6));
    assert!(o.tie_breaks.is_empty());
    assert_eq!(o.precision, 0);
}

// ---------------------------------------------------------------------------
// A three-seat count, by hand.
//
//   weight  A B C D E
//     4     5 4 0 2 1
//     3     0 5 4 1 3
//     2     2 0 5 5 0
//     1     3 3 3 0 5
//
// Totals: A 20+0+4+3 = 27, B 16+15+0+3 = 34, C 0+12+10+3 = 25,
//         D 8+3+10+0 = 21, E 4+9+0+5 = 18.
// Seat 1: B (34) and A (27). A > B on 4+2 ballots, B > A on 3, 1 equal:
//         A wins although B has the higher total.
// Seat 2: B (34) and C (25). B > C on 4+3, C > B on 2, 1 equal: B.
// Seat 3: C (25) and D (21). C > D on 3+1, D > C on 4, 2 equal: tied 4-4;
//         runoff tie-break, higher total: C.
// ---------------------------------------------------------------------------

const ABCDE: [&str; 5] = ["A", "B", "C", "D", "E"];
const THREE_SEAT: [(u64, &str); 4] = [(4, "54021"), (3, "05413"), (2, "20550"), (1, "33305")];

#[test]
fn three_seat_example() {
    let p = profile(&ABCDE, &THREE_SEAT);
    let o = star(&p, &Rules::new(3));
    assert_eq!(o.winners, vec!["A", "B", "C"]);
    assert_eq!(votes(&o), vec!["27", "34", "25", "21", "18"]);
    assert_eq!(
        runoffs(&o),
        vec![
            r("B", "A", 3, 6, 1, "A"),
            r("B", "C", 7, 2, 1, "B"),
            r("C", "D", 4, 4, 2, "C"),
        ]
    );
    let seats = o.star.as_ref().unwrap();
    assert!(
        seats[2].note.contains("higher star total"),
        "{}",
        seats[2].note
    );
    assert_eq!(
        o.ranking.as_deref().unwrap(),
        &["A", "B", "C", "D", "E"].map(String::from)
    );
    let ranks: Vec<Option<usize>> = o.candidates.iter().map(|c| c.rank).collect();
    assert_eq!(ranks, vec![Some(1), Some(2), Some(3), Some(4), Some(5)]);
    assert!(o.tie_breaks.is_empty());
    assert_eq!(o.ballots, 10);
}

#[test]
fn higher_scorer_loses_the_runoff() {
    // A 2*5 + 3*3 = 19, B 3*4 = 12: A tops the scoring round, but B is scored
    // higher on 3 ballots to A's 2.
    let p = profile(&["A", "B", "C"], &[(2, "500"), (3, "340")]);
    let o = star(&p, &Rules::new(1));
    assert_eq!(votes(&o), vec!["19", "12", "0"]);
    assert_eq!(o.winners, vec!["B"]);
    assert_eq!(runoffs(&o), vec![r("A", "B", 2, 3, 0, "B")]);
    // Ranking: B elected, then A (19) and C (0) by score.
    assert_eq!(
        o.ranking.as_deref().unwrap(),
        &["B", "A", "C"].map(String::from)
    );
    assert_eq!(o.candidates[0].rank, Some(2));
}

// --- Scoring-round ties ------------------------------------------------------

#[test]
fn scoring_tie_of_two_goes_to_the_head_to_head_winner() {
    // A 15; B and C 4 each; B > C on 2 ballots, C > B on 1: B advances.
    let p = profile(&["A", "B", "C"], &[(2, "521"), (1, "502")]);
    let (o, note) = one_seat_without_a_draw(&p);
    assert_eq!(runoffs(&o), vec![r("A", "B", 3, 0, 0, "A")]);
    assert!(note.contains("B is preferred over C, 2 to 1"), "{note}");
}

#[test]
fn three_way_scoring_tie_eliminates_head_to_head_losers() {
    // A 15. B, C, D 6 each. B beats C 2-1 and D 2-1; C and D tie 1-1. Losses
    // among the tied: B 0, C 1, D 1, so C and D are eliminated and B advances
    // (nobody has a five-star rating, so only the head-to-head step can decide
    // without a draw).
    let p = profile(
        &["A", "B", "C", "D"],
        &[(1, "5321"), (1, "5312"), (1, "5033")],
    );
    let (o, note) = one_seat_without_a_draw(&p);
    assert_eq!(votes(&o), vec!["15", "6", "6", "6"]);
    assert_eq!(runoffs(&o), vec![r("A", "B", 3, 0, 0, "A")]);
    assert!(note.contains("C and D lost the most match-ups"), "{note}");
}

#[test]
fn scoring_tie_in_a_cycle_goes_to_five_star_count() {
    // A 15. B, C, D 8 each, in a cycle: B > C 2-1, C > D 2-1, D > B 2-1. Every
    // tied candidate lost one match-up; D has the only five-star rating.
    // Runoff A vs D: A > D on 2 ballots, 1 equal (5 and 5).
    let p = profile(
        &["A", "B", "C", "D"],
        &[(1, "5430"), (1, "5143"), (1, "5315")],
    );
    let (o, note) = one_seat_without_a_draw(&p);
    assert_eq!(votes(&o), vec!["15", "8", "8", "8"]);
    assert_eq!(runoffs(&o), vec![r("A", "D", 2, 0, 1, "A")]);
    assert!(note.contains("Five-star tie-break: D advance"), "{note}");
}

#[test]
fn two_way_scoring_tie_equal_head_to_head_goes_to_five_star_count() {
    // A 10. B 3+4 = 7, C 5+2 = 7; 1-1 head to head; C has a five-star rating.
    // Runoff A vs C: A > C on the second ballot, the first is equal (5, 5).
    let p = profile(&["A", "B", "C"], &[(1, "535"), (1, "542")]);
    let o = star(&p, &Rules::new(1));
    assert_eq!(runoffs(&o), vec![r("A", "C", 1, 0, 1, "A")]);
    assert!(o.tie_breaks.is_empty());
}

#[test]
fn scoring_tie_with_nothing_to_separate_goes_to_the_recorded_draw() {
    // A 5; B and C 2 each on the same ballot: equal head to head, no fives.
    let p = profile(&["A", "B", "C"], &[(1, "522")]);
    let mut rules = Rules::new(1);
    rules.seed = "2026 term".into();
    let o = star(&p, &rules);
    assert_eq!(o.tie_breaks.len(), 1);
    let tb = &o.tie_breaks[0];
    assert_eq!(tb.tied, vec!["B", "C"]);
    assert_eq!(tb.seed, "2026 term\n");
    // The second finalist is the one the draw favoured; recompute the draw
    // independently from the seed.
    let mut d = Draw::new(&rules, &p.candidates);
    let expected =
        &p.candidates[d.pick(scrutineer_count::Note::TieMeekQuota, &[1, 2], &p.candidates)];
    assert_eq!(&tb.outcome[0], expected);
    let seats = o.star.as_ref().unwrap();
    assert_eq!(seats[0].finalists, ["A".to_string(), expected.clone()]);
    assert_eq!(o.winners, vec!["A"]);
    // Same seed, same result.
    assert_eq!(star(&p, &rules), o);
}

#[test]
fn tie_for_both_places_one_head_to_head_winner_then_draw_for_the_other() {
    // A, B, C 8 each. A beats B 2-1 and C 2-1; B and C tie 1-1 and have one
    // five-star rating each. A advances; B and C go to the draw for the second
    // place (A takes no part in it).
    let p = profile(&["A", "B", "C"], &[(1, "430"), (1, "403"), (1, "055")]);
    let o = star(&p, &Rules::new(1));
    assert_eq!(votes(&o), vec!["8", "8", "8"]);
    assert_eq!(o.tie_breaks.len(), 1);
    assert_eq!(o.tie_breaks[0].tied, vec!["B", "C"]);
    let seats = o.star.as_ref().unwrap();
    let other = o.tie_breaks[0].outcome[0].clone();
    let mut f = seats[0].finalists.to_vec();
    f.sort();
    let mut want = vec!["A".to_string(), other];
    want.sort();
    assert_eq!(f, want);
    // A beats either finalist 2-1.
    assert_eq!(o.winners, vec!["A"]);
}

// --- Runoff ties --------------------------------------------------------------

#[test]
fn runoff_tie_goes_to_higher_total() {
    // 1-1 in the runoff; A 5, B 1.
    let p = profile(&["A", "B"], &[(1, "50"), (1, "01")]);
    let o = star(&p, &Rules::new(1));
    assert_eq!(runoffs(&o), vec![r("A", "B", 1, 1, 0, "A")]);
    assert!(o.tie_breaks.is_empty());
}

#[test]
fn runoff_tie_equal_totals_goes_to_five_star_count() {
    // 1-1 in the runoff, totals 7 and 7, A has a five-star rating.
    let p = profile(&["A", "B"], &[(1, "24"), (1, "53")]);
    let (o, note) = one_seat_without_a_draw(&p);
    assert_eq!(o.winners, vec!["A"]);
    assert!(note.contains("most five-star ratings"), "{note}");
}

#[test]
fn runoff_tie_all_equal_goes_to_recorded_draw() {
    let p = profile(&["A", "B"], &[(1, "43"), (1, "34")]);
    let o = star(&p, &Rules::new(1));
    assert_eq!(o.tie_breaks.len(), 1);
    assert_eq!(o.tie_breaks[0].tied, vec!["A", "B"]);
    assert_eq!(o.winners, vec![o.tie_breaks[0].outcome[0].clone()]);
    assert!(o.tie_breaks[0].context.contains("automatic runoff"));
}

// --- Group caps, withdrawals, edge cases -------------------------------------

fn acme(members: &[usize], max: usize) -> GroupCap {
    GroupCap::new(
        (0..5)
            .map(|c| members.contains(&c).then(|| "ACME".to_string()))
            .collect(),
        max,
    )
}

#[test]
fn group_cap_disqualifies_the_would_be_winner_and_recounts_the_seat() {
    // The three-seat example with A, B and C at ACME (at most 2). Seats 1 and
    // 2 as before (A, B). Seat 3: C would win, is disqualified; among D (21)
    // and E (18): D > E on 4+2, E > D on 3+1: D wins 6-4.
    let p = profile(&ABCDE, &THREE_SEAT);
    let mut rules = Rules::new(3);
    rules.groups = Some(acme(&[0, 1, 2], 2));
    let o = star(&p, &rules);
    assert_eq!(o.winners, vec!["A", "B", "D"]);
    assert_eq!(o.excluded.len(), 1);
    assert_eq!(o.excluded[0].name, "C");
    assert!(o.excluded[0].reason.contains("ACME"));
    assert_eq!(o.candidates[2].status, Status::Excluded);
    let seats = o.star.as_ref().unwrap();
    assert_eq!(seats.len(), 3);
    assert_eq!(runoffs(&o)[2], r("D", "E", 6, 4, 0, "D"));
    assert!(
        seats[2].note.contains("C was disqualified"),
        "{}",
        seats[2].note
    );
    // The recount's totals leave C out.
    assert!(seats[2].totals.iter().all(|t| t.name != "C"));
}

#[test]
fn group_cap_of_one_moves_the_next_candidate_up_mid_count() {
    // A and B at ACME, at most 1. Seat 1: A. Seat 2: B would win (7-2 over C)
    // but is disqualified; recount among C, D, E: C vs D tied 4-4, C by total.
    // Seat 3: D over E 6-4.
    let p = profile(&ABCDE, &THREE_SEAT);
    let mut rules = Rules::new(3);
    rules.groups = Some(acme(&[0, 1], 1));
    let o = star(&p, &rules);
    assert_eq!(o.winners, vec!["A", "C", "D"]);
    assert_eq!(o.excluded[0].name, "B");
    assert_eq!(
        runoffs(&o),
        vec![
            r("B", "A", 3, 6, 1, "A"),
            r("C", "D", 4, 4, 2, "C"),
            r("D", "E", 6, 4, 0, "D"),
        ]
    );
    // Ranking: the elected in order, then B (34) and E (18) by score.
    assert_eq!(
        o.ranking.as_deref().unwrap(),
        &["A", "C", "D", "B", "E"].map(String::from)
    );
    assert_eq!(o.candidates[1].rank, Some(4));
    assert_eq!(o.candidates[1].status, Status::Excluded);
}

#[test]
fn withdrawn_candidate_is_struck_from_the_count() {
    // The three-seat example without B: totals A 27, C 25, D 21, E 18.
    // Seat 1: A vs C: A > C on 4, C > A on 3+2, 1 equal: C.
    // Seat 2: A vs D: A > D on 4+1, D > A on 3+2: 5-5; A by total (27 > 21).
    // Seat 3: D vs E: 6-4, D.
    let p = profile(&ABCDE, &THREE_SEAT);
    let mut rules = Rules::new(3);
    rules.withdrawn = vec![1];
    let o = star(&p, &rules);
    assert_eq!(o.winners, vec!["C", "A", "D"]);
    assert_eq!(
        runoffs(&o),
        vec![
            r("A", "C", 4, 5, 1, "C"),
            r("A", "D", 5, 5, 0, "A"),
            r("D", "E", 6, 4, 0, "D"),
        ]
    );
    assert_eq!(o.candidates[1].status, Status::Withdrawn);
    assert_eq!(o.candidates[1].rank, None);
    assert_eq!(o.candidates[1].votes, "0");
    assert!(!o.ranking.as_deref().unwrap().contains(&"B".to_string()));
    assert!(o
        .star
        .as_ref()
        .unwrap()
        .iter()
        .all(|s| s.totals.iter().all(|t| t.name != "B")));
}

#[test]
fn more_seats_than_candidates() {
    let p = profile(&["A", "B"], &[(2, "52"), (1, "15")]);
    let o = star(&p, &Rules::new(3));
    assert_eq!(o.winners, vec!["A", "B"]);
    let seats = o.star.as_ref().unwrap();
    assert_eq!(seats.len(), 2);
    assert!(seats[1].note.contains("only candidate left"));
    assert!(o.notes.iter().any(|n| n.contains("Only 2 of 3 seats")));
}

#[test]
fn weights_count_as_that_many_ballots() {
    let a = profile(&ABCDE, &THREE_SEAT);
    let mut b = Profile::new(a.candidates.clone());
    for bl in &a.ballots {
        for _ in 0..bl.weight {
            b.ballots.push(Ballot {
                weight: 1,
                marks: bl.marks.clone(),
            });
        }
    }
    assert_eq!(star(&a, &Rules::new(3)), star(&b, &Rules::new(3)));
}

#[test]
fn score_above_five_is_refused() {
    let p = Profile {
        candidates: vec!["A".into(), "B".into()],
        ballots: vec![
            Ballot {
                weight: 1,
                marks: Marks::Scores(vec![(0, 5)]),
            },
            Ballot {
                weight: 1,
                marks: Marks::Scores(vec![(0, 2), (1, 6)]),
            },
        ],
    };
    match count(Method::Star, &p, &Rules::new(1)) {
        Err(CountError::Invalid(m)) => {
            assert!(
                m.contains("ballot 2") && m.contains("B") && m.contains('6'),
                "{m}"
            )
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn candidate_scored_twice_is_refused() {
    let p = Profile {
        candidates: vec!["A".into(), "B".into()],
        ballots: vec![Ballot {
            weight: 1,
            marks: Marks::Scores(vec![(0, 1), (0, 2)]),
        }],
    };
    assert!(matches!(
        count(Method::Star, &p, &Rules::new(1)),
        Err(CountError::Invalid(_))
    ));
}

#[test]
fn ranked_ballots_are_refused() {
    let p = Profile {
        candidates: vec!["A".into(), "B".into()],
        ballots: vec![Ballot {
            weight: 1,
            marks: Marks::Ranking(vec![vec![0], vec![1]]),
        }],
    };
    assert!(matches!(
        count(Method::Star, &p, &Rules::new(1)),
        Err(CountError::WrongBallotKind { .. })
    ));
}

// --- Words: a count and its noun agree (never "voter(s)") -------------------

#[test]
fn sentences_agree_with_one_and_with_two() {
    // The three-seat example: seat 1's runoff has 1 voter scoring B and A
    // equally, seat 3's has 2 scoring C and D equally.
    let p = profile(&ABCDE, &THREE_SEAT);
    let o = star(&p, &Rules::new(3));
    let seats = o.star.as_ref().unwrap();
    assert!(
        seats[0]
            .note
            .contains("6 to 3, with 1 voter showing equal support for both finalists."),
        "{}",
        seats[0].note
    );
    assert!(
        seats[2]
            .note
            .contains("4 to 4, with 2 voters showing equal support for both finalists."),
        "{}",
        seats[2].note
    );
    assert!(
        o.notes[0].contains("For each of the 3 seats, the two remaining candidates"),
        "{}",
        o.notes[0]
    );
    let one = star(&p, &Rules::new(1));
    assert!(
        one.notes[0].contains("For the seat, the two remaining candidates"),
        "{}",
        one.notes[0]
    );

    // The group cap's words, with a cap of 1 and of 2.
    let mut rules = Rules::new(3);
    rules.groups = Some(acme(&[0, 1], 1));
    let o = star(&p, &rules);
    assert!(
        o.excluded[0]
            .reason
            .contains("but 1 candidate already elected works for ACME (at most 1 per group"),
        "{}",
        o.excluded[0].reason
    );
    let cap_note = o.notes.iter().find(|n| n.starts_with("At most")).unwrap();
    assert!(
        cap_note.starts_with(
            "At most 1 winner per group: a candidate who would win a seat while 1 winner of \
             their group is already elected is disqualified"
        ),
        "{cap_note}"
    );
    rules.groups = Some(acme(&[0, 1, 2], 2));
    let o = star(&p, &rules);
    assert!(
        o.excluded[0]
            .reason
            .contains("but 2 candidates already elected work for ACME (at most 2 per group"),
        "{}",
        o.excluded[0].reason
    );
    let cap_note = o.notes.iter().find(|n| n.starts_with("At most")).unwrap();
    assert!(
        cap_note.starts_with(
            "At most 2 winners per group: a candidate who would win a seat while 2 winners of \
             their group are already elected is disqualified"
        ),
        "{cap_note}"
    );
    for n in o
        .notes
        .iter()
        .chain(o.star.iter().flatten().map(|s| &s.note))
    {
        assert!(!n.contains("(s)"), "{n}");
    }
}
