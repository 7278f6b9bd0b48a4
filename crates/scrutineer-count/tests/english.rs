//! The count's English words do not change: every note, tie context, tie
//! rule and reason of many counts (every method, caps by count and by
//! fraction with sitting members, every tie rule, Debian quorums and
//! majorities, totals, "None of the above") is compared with the record in
//! `tests/golden/english.txt`, taken before the explanations became
//! events. `SCRUTINEER_BLESS=1` writes the record again (only when a
//! wording is meant to change).

use scrutineer_count::{
    count, count_totals, Ballot, Cap, DebianQuorum, DebianRules, GroupCap, MajorityWording, Marks,
    Method, Outcome, Profile, Rules, Supermajority, TieRule,
};

/// A small deterministic generator (no dependency, same on every machine).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn profile(g: &mut Lcg, kind: &str, n: usize) -> Profile {
    let names: Vec<String> = ["Ann", "Bob", "Cy", "Dee", "Eve"][..n]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut p = Profile::new(names);
    for _ in 0..(3 + g.next(6)) {
        let marks = match kind {
            "approval" => Marks::Approval((0..n).filter(|_| g.next(2) == 0).collect()),
            "scores" => Marks::Scores(
                (0..n)
                    .map(|c| (c, g.next(6) as u32))
                    .filter(|&(_, s)| s > 0)
                    .collect(),
            ),
            _ => {
                let mut order: Vec<usize> = (0..n).collect();
                for i in (1..n).rev() {
                    order.swap(i, g.next(i as u64 + 1) as usize);
                }
                let len = g.next(n as u64 + 1) as usize;
                let mut groups: Vec<Vec<usize>> = Vec::new();
                for c in order.into_iter().take(len) {
                    match groups.last_mut() {
                        Some(last) if g.next(5) == 0 => last.push(c),
                        _ => groups.push(vec![c]),
                    }
                }
                Marks::Ranking(groups)
            }
        };
        p.ballots.push(Ballot {
            weight: 1 + g.next(3),
            marks,
        });
    }
    p
}

fn words(o: &Outcome, out: &mut Vec<String>, rounds: bool) {
    if rounds {
        round_words(o, out);
        return;
    }
    // The events say the stored English, one for one.
    assert_eq!(o.notes.len(), o.note_events.len(), "{o:?}");
    for (n, e) in o.notes.iter().zip(&o.note_events) {
        assert_eq!(n, &e.english());
    }
    for t in &o.tie_breaks {
        assert_eq!(
            t.context_event.as_ref().map(|e| e.english()),
            Some(t.context.clone())
        );
        assert_eq!(
            t.rule_event.as_ref().map(|e| e.english()),
            Some(t.rule.clone())
        );
    }
    for e in &o.excluded {
        assert_eq!(
            e.reason_event.as_ref().map(|r| r.english()),
            Some(e.reason.clone())
        );
    }
    out.extend(o.notes.iter().map(|n| format!("note: {n}")));
    for t in &o.tie_breaks {
        out.push(format!("context: {}", t.context));
        out.push(format!("rule: {}", t.rule));
    }
    out.extend(o.excluded.iter().map(|e| format!("reason: {}", e.reason)));
}

/// The rounds' notes, their actions' reasons and the STAR seats' notes
/// (`tests/golden/rounds.txt`).
fn round_words(o: &Outcome, out: &mut Vec<String>) {
    // The events say the stored English (joined by a space for a note).
    let joined = |events: &[scrutineer_count::Note]| {
        events
            .iter()
            .map(|e| e.english())
            .collect::<Vec<_>>()
            .join(" ")
    };
    for r in &o.rounds {
        assert!(!r.note_events.is_empty(), "{r:?}");
        assert_eq!(joined(&r.note_events), r.note);
        for a in &r.actions {
            assert_eq!(
                a.reason_event.as_ref().map(|e| e.english()),
                Some(a.reason.clone())
            );
            if let Some(n) = &a.name_event {
                assert_eq!(n.english(), a.name);
            }
        }
    }
    for s in o.star.iter().flatten() {
        assert!(!s.note_events.is_empty(), "{s:?}");
        assert_eq!(joined(&s.note_events), s.note);
    }
    for r in &o.rounds {
        out.push(format!("round {}: {}", r.number, r.note));
        for a in &r.actions {
            out.push(format!("  {} {}: {}", a.kind, a.name, a.reason));
        }
    }
    for s in o.star.iter().flatten() {
        out.push(format!("seat {}: {}", s.seat, s.note));
    }
}

fn all_words(rounds: bool) -> Vec<String> {
    let mut g = Lcg(7);
    let mut out = Vec::new();
    for round in 0..60 {
        for method in Method::ALL {
            let kind = match method {
                Method::Approval => "approval",
                Method::Star => "scores",
                _ => "ranked",
            };
            let n = 3 + (round % 3);
            let p = profile(&mut g, kind, n);
            let seats = match method {
                Method::Irv | Method::Debian => 1,
                _ => 1 + round % 3,
            };
            let mut rules = Rules::new(seats);
            rules.tie_rule = if round % 5 == 4 {
                TieRule::Psf
            } else {
                TieRule::Draw
            };
            let groups: Vec<Option<String>> = (0..n)
                .map(|c| Some(if c % 2 == 0 { "Acme" } else { "Initech" }.to_string()))
                .collect();
            match round % 4 {
                1 => rules.groups = Some(GroupCap::new(groups, 1)),
                2 => {
                    rules.groups = Some(GroupCap {
                        group_of: groups,
                        max: Cap::Fraction { num: 1, den: 3 },
                        sitting: vec![
                            ("Sam".into(), Some("Acme".into())),
                            ("Sue".into(), None),
                            ("Sid".into(), Some("Initech".into())),
                        ],
                    })
                }
                _ => {}
            }
            if round % 6 == 5 {
                rules.none_of_the_above = Some(n - 1);
            }
            if method == Method::Debian {
                let mut d = DebianRules::for_options(n);
                d.quorum = Some(match round % 3 {
                    0 => DebianQuorum::Votes { num: 3, den: 1 },
                    1 => DebianQuorum::Votes { num: 7, den: 2 },
                    _ => DebianQuorum::Developers(10),
                });
                d.majorities = vec![Supermajority {
                    option: 0,
                    num: 3,
                    den: 1,
                }];
                if round % 2 == 0 {
                    d.wording = MajorityWording::Pre2015;
                }
                if round % 7 == 3 {
                    d.casting_vote = Some(1);
                }
                rules.debian = Some(d);
                rules.groups = None;
            }
            out.push(format!("== {method} round {round} seats {seats}"));
            match count(method, &p, &rules) {
                Ok(o) => words(&o, &mut out, rounds),
                Err(e) => out.push(format!("error: {e}")),
            }
        }
        for method in [Method::Approval, Method::Plurality] {
            let votes: Vec<u64> = (0..3).map(|_| g.next(4)).collect();
            let cast = (round % 2 == 0).then_some(10);
            let names = vec!["Ann".to_string(), "Bob".to_string(), "Cy".to_string()];
            out.push(format!("== totals {method} round {round}"));
            match count_totals(method, names, &votes, cast, &Rules::new(1 + round % 2)) {
                Ok(o) => words(&o, &mut out, rounds),
                Err(e) => out.push(format!("error: {e}")),
            }
        }
    }
    out
}

#[test]
fn the_counts_english_words_are_unchanged() {
    let now = all_words(false).join("\n") + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/english.txt");
    if std::env::var_os("SCRUTINEER_BLESS").is_some() {
        std::fs::write(path, &now).expect("write the record");
    }
    let before = std::fs::read_to_string(path).expect("the record");
    for (i, (a, b)) in before.lines().zip(now.lines()).enumerate() {
        assert_eq!(a, b, "line {} of tests/golden/english.txt", i + 1);
    }
    assert_eq!(before.lines().count(), now.lines().count());
}

/// The rounds' words do not change either: every round's note, every
/// action's reason and every STAR seat's note of the same counts, compared
/// with `tests/golden/rounds.txt` (taken before the rounds became events).
#[test]
fn the_rounds_english_words_are_unchanged() {
    let now = all_words(true).join("\n") + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/rounds.txt");
    if std::env::var_os("SCRUTINEER_BLESS").is_some() {
        std::fs::write(path, &now).expect("write the record");
    }
    let before = std::fs::read_to_string(path).expect("the record");
    for (i, (a, b)) in before.lines().zip(now.lines()).enumerate() {
        assert_eq!(a, b, "line {} of tests/golden/rounds.txt", i + 1);
    }
    assert_eq!(before.lines().count(), now.lines().count());
}

/// Every variant's English, word for word: `tests/golden/examples.txt` has
/// one line per [`Note::examples`] entry (the variants no count above
/// reaches, such as a Debian casting vote or a stalled Meek count, are
/// pinned here too). `SCRUTINEER_BLESS=1` writes it again.
#[test]
fn every_variant_says_todays_english() {
    let now: String = scrutineer_count::Note::examples()
        .iter()
        .map(|n| format!("{}: {}\n", n.id(), n.english()))
        .collect();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/examples.txt");
    if std::env::var_os("SCRUTINEER_BLESS").is_some() {
        std::fs::write(path, &now).expect("write the record");
    }
    let before = std::fs::read_to_string(path).expect("the record");
    for (a, b) in before.lines().zip(now.lines()) {
        assert_eq!(a, b);
    }
    assert_eq!(before.lines().count(), now.lines().count());
}
