//! Rules around the methods: group caps that count sitting members (a count
//! or a fraction of the whole body), and "None of the above" / "Re-open
//! nominations" leaving the seats it wins vacant, for every seat method.

use scrutineer_count::{
    count, Ballot, Cap, GroupCap, Marks, Method, Outcome, Profile, Rules, Status,
};

fn names(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn ranked(cands: &[&str], ballots: &[(u64, &[usize])]) -> Profile {
    Profile {
        candidates: names(cands),
        ballots: ballots
            .iter()
            .map(|(w, order)| Ballot {
                weight: *w,
                marks: Marks::Ranking(order.iter().map(|&c| vec![c]).collect()),
            })
            .collect(),
    }
}

/// Ten candidates C0 > C1 > ... > C9 on every ballot (Schulze ranks them in
/// that order), C0–C2 of Google, C3–C5 of Red Hat.
fn committee() -> (Profile, Vec<Option<String>>) {
    let order: Vec<usize> = (0..10).collect();
    let cands: Vec<String> = (0..10).map(|i| format!("C{i}")).collect();
    let refs: Vec<&str> = cands.iter().map(String::as_str).collect();
    let p = ranked(&refs, &[(5, &order)]);
    let g: Vec<Option<String>> = (0..10)
        .map(|c| match c {
            0..=2 => Some("Google".to_string()),
            3..=5 => Some("Red Hat".to_string()),
            _ => None,
        })
        .collect();
    (p, g)
}

#[test]
fn one_third_of_the_whole_body_counts_sitting_members() {
    // 6 seats now, 7 sitting members (3 of Google, 1 of Red Hat, 3 of no
    // company): body 13, at most ⌊13/3⌋ = 4 per company. Google has room
    // for 1 (C0); C1 and C2 are removed; Red Hat for 3 (C3, C4, C5).
    let (p, g) = committee();
    let mut r = Rules::new(6);
    let mut sitting: Vec<(String, Option<String>)> = (0..3)
        .map(|i| (format!("G{i}"), Some("Google".to_string())))
        .collect();
    sitting.push(("R0".into(), Some("Red Hat".into())));
    for i in 0..3 {
        sitting.push((format!("N{i}"), None));
    }
    r.groups = Some(GroupCap {
        group_of: g.clone(),
        max: Cap::Fraction { num: 1, den: 3 },
        sitting,
    });
    let o = count(Method::Schulze, &p, &r).unwrap();
    assert_eq!(o.winners, names(&["C0", "C3", "C4", "C5", "C6", "C7"]));
    let out: Vec<&str> = o.excluded.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(out, vec!["C1", "C2"]);
    assert!(
        o.excluded[0]
            .reason
            .contains("3 sitting members already work for Google"),
        "{}",
        o.excluded[0].reason
    );
    assert!(o.excluded[0]
        .reason
        .contains("at most 1/3 of the body of 13"));
    assert!(o
        .notes
        .iter()
        .any(|n| n.contains("at most 1/3 of the body of 13")));

    // The same cap without sitting members: body 6, at most 2 per company.
    r.groups = Some(GroupCap {
        group_of: g,
        max: Cap::Fraction { num: 1, den: 3 },
        sitting: Vec::new(),
    });
    let o = count(Method::Schulze, &p, &r).unwrap();
    assert_eq!(o.winners, names(&["C0", "C1", "C3", "C4", "C6", "C7"]));
}

#[test]
fn a_count_cap_counts_sitting_members_too() {
    // "At most 2 per employer" with one sitting member of ACME: one ACME
    // winner only, in ranking methods and in STV alike.
    let p = ranked(
        &["A", "B", "C", "D"],
        &[(4, &[0, 1, 2, 3]), (3, &[1, 0, 3, 2]), (2, &[2, 3, 0, 1])],
    );
    let acme = Some("ACME".to_string());
    let cap = GroupCap {
        group_of: vec![acme.clone(), acme.clone(), None, None],
        max: Cap::Count(2),
        sitting: vec![("S".into(), acme)],
    };
    for m in [
        Method::Schulze,
        Method::RankedPairs,
        Method::StvScottish,
        Method::StvMeek,
    ] {
        let mut r = Rules::new(2);
        r.groups = Some(cap.clone());
        let o = count(m, &p, &r).unwrap();
        let acme_won = o.winners.iter().filter(|w| *w == "A" || *w == "B").count();
        assert_eq!(acme_won, 1, "{m}: {:?}", o.winners);
        assert_eq!(o.winners.len(), 2, "{m}");
        // Without the sitting member both could win.
        r.groups = Some(GroupCap::new(cap.group_of.clone(), 2));
        let o = count(m, &p, &r).unwrap();
        assert!(
            o.winners.contains(&"A".to_string()) && o.winners.contains(&"B".to_string()),
            "{m}"
        );
    }
}

fn assert_vacant(o: &Outcome, seats: usize, ron: &str) {
    assert!(
        !o.winners.iter().any(|w| w == ron),
        "{}: {:?}",
        o.method,
        o.winners
    );
    assert_eq!(o.winners.len(), seats - 1, "{}: {:?}", o.method, o.winners);
    let c = o.candidates.iter().find(|c| c.name == ron).unwrap();
    assert_eq!(c.status, Status::Vacant, "{}", o.method);
    assert!(
        o.notes
            .iter()
            .any(|n| n.starts_with(&format!("1 seat left vacant: {ron} won"))),
        "{}: {:?}",
        o.method,
        o.notes
    );
    let text = scrutineer_count::text::render(o);
    assert!(text.contains("left vacant"), "{}", o.method);
}

#[test]
fn none_of_the_above_ranked_methods() {
    // RON is the first choice of most voters; A second.
    let p = ranked(
        &["A", "B", "RON"],
        &[(5, &[2, 0, 1]), (3, &[0, 2, 1]), (2, &[1, 0, 2])],
    );
    for (m, seats) in [
        (Method::Schulze, 2),
        (Method::RankedPairs, 2),
        (Method::Irv, 1),
        (Method::Plurality, 1),
        (Method::StvScottish, 2),
        (Method::StvMeek, 2),
    ] {
        let mut r = Rules::new(seats);
        r.none_of_the_above = Some(2);
        let o = count(m, &p, &r).unwrap();
        assert_vacant(&o, seats, "RON");
        if seats == 2 {
            assert_eq!(o.winners, vec!["A"], "{m}");
        }
        // Without the rule RON is simply elected.
        let o = count(m, &p, &Rules::new(seats)).unwrap();
        assert!(o.winners.contains(&"RON".to_string()), "{m}");
    }
}

#[test]
fn none_of_the_above_approval_and_star() {
    let approval = Profile {
        candidates: names(&["A", "B", "Re-open nominations"]),
        ballots: vec![
            Ballot {
                weight: 6,
                marks: Marks::Approval(vec![0, 2]),
            },
            Ballot {
                weight: 3,
                marks: Marks::Approval(vec![2]),
            },
            Ballot {
                weight: 2,
                marks: Marks::Approval(vec![1]),
            },
        ],
    };
    let mut r = Rules::new(2);
    r.none_of_the_above = Some(2);
    let o = count(Method::Approval, &approval, &r).unwrap();
    assert_vacant(&o, 2, "Re-open nominations");
    assert_eq!(o.winners, vec!["A"]);

    let star = Profile {
        candidates: names(&["A", "B", "RON"]),
        ballots: vec![
            Ballot {
                weight: 5,
                marks: Marks::Scores(vec![(0, 2), (1, 0), (2, 5)]),
            },
            Ballot {
                weight: 2,
                marks: Marks::Scores(vec![(0, 5), (1, 1), (2, 0)]),
            },
        ],
    };
    let mut r = Rules::new(1);
    r.none_of_the_above = Some(2);
    let o = count(Method::Star, &star, &r).unwrap();
    assert_vacant(&o, 1, "RON");
    assert!(o.winners.is_empty());
}

#[test]
fn none_of_the_above_that_wins_nothing_is_noted() {
    let p = ranked(&["A", "B", "RON"], &[(5, &[0, 1, 2]), (3, &[1, 0, 2])]);
    let mut r = Rules::new(1);
    r.none_of_the_above = Some(2);
    let o = count(Method::Schulze, &p, &r).unwrap();
    assert_eq!(o.winners, vec!["A"]);
    assert_eq!(o.candidates[2].status, Status::NotElected);
    assert!(o
        .notes
        .iter()
        .any(|n| n.contains("RON stood as \"None of the above\" and won no seat")));
}
