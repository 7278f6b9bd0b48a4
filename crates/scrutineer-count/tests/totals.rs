//! Counting from published totals (`count_totals`): the Python Steering
//! Council elections PEP 8100–8106 (approval, 5 seats, at most 2 per
//! employer) and the PSF board election of 2017 (approval, 11 seats, a
//! 126–126 tie for the 11th seat settled by the PSF's published procedure).

mod common;

use scrutineer_count::{
    count_totals, CountError, GroupCap, Method, OfficerDecision, Rules, Status, TieRule,
};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// `candidate,votes` with quoted names.
fn totals(path: &Path) -> (Vec<String>, Vec<u64>) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut names = Vec::new();
    let mut votes = Vec::new();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let (n, v) = line.rsplit_once(',').unwrap();
        names.push(n.trim().trim_matches('"').to_string());
        votes.push(v.trim().parse().unwrap());
    }
    (names, votes)
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn set(v: &[String]) -> BTreeSet<String> {
    v.iter().cloned().collect()
}

#[test]
fn python_steering_council_8100_to_8106() {
    let root = common::reference("python-sc");
    for pep in 8100..=8106 {
        let dir = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&format!("pep-{pep}"))
            })
            .unwrap();
        let e = json(&dir.join("expected.json"));
        let (names, votes) = totals(&dir.join("results.csv"));
        if pep == 8105 {
            // Two Helios batches (initial + extension) add up to the table.
            let (ni, vi) = totals(&dir.join("totals_initial.csv"));
            let (ne, ve) = totals(&dir.join("totals_extension.csv"));
            assert_eq!(ni, names);
            assert_eq!(ne, names);
            let sum: Vec<u64> = vi.iter().zip(&ve).map(|(a, b)| a + b).collect();
            assert_eq!(sum, votes);
        }
        let seats = e["seats"].as_u64().unwrap() as usize;
        let mut rules = Rules::new(seats);
        // PEP 13: at most 2 per employer. The PEPs do not list employers
        // (and report no conflict), so no candidate has a group here; the
        // cap is declared as the rules say.
        rules.groups = Some(GroupCap::new(vec![None; names.len()], 2));
        let cast = e["ballots_cast"].as_u64();
        let o = count_totals(Method::Approval, names.clone(), &votes, cast, &rules).unwrap();
        let want: Vec<String> = e["winners"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect();
        assert_eq!(set(&o.winners), set(&want), "PEP {pep}");
        assert_eq!(o.ballots, cast.unwrap(), "PEP {pep}");
        assert!(o.tie_breaks.is_empty(), "PEP {pep}: no tie decides a seat");
    }
}

fn psf_2017() -> (Vec<String>, Vec<u64>, Value) {
    let dir = common::reference("psf-board").join("2017");
    let (names, votes) = totals(&dir.join("results.csv"));
    (names, votes, json(&dir.join("expected.json")))
}

#[test]
fn psf_2017_elects_trey_hunner_by_the_psf_procedure() {
    let (names, votes, e) = psf_2017();
    let mut rules = Rules::new(e["seats"].as_u64().unwrap() as usize);
    rules.tie_rule = TieRule::Psf;
    let o = count_totals(Method::Approval, names, &votes, None, &rules).unwrap();
    let want: Vec<String> = e["winners_by_count_and_tiebreak"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    // Marlene Mhangami and Kenneth Reitz tie on 135 inside the seats: their
    // order is not significant and needs no tie-break.
    assert_eq!(set(&o.winners), set(&want));
    assert_eq!(o.winners.last().map(String::as_str), Some("Trey Hunner"));
    assert_eq!(o.tie_breaks.len(), 1);
    let t = &o.tie_breaks[0];
    assert_eq!(t.tied, vec!["Paola Katherine Pacheco", "Trey Hunner"]);
    assert_eq!(t.outcome[0], "Trey Hunner");
    assert_eq!(t.seed, "Paola Katherine PachecoTrey Hunner");
    assert!(
        t.rule.contains("random.sample(candidates, 1)"),
        "{}",
        t.rule
    );
    let paola = o
        .candidates
        .iter()
        .find(|c| c.name == "Paola Katherine Pacheco")
        .unwrap();
    assert_eq!(paola.status, Status::NotElected);
    let text = scrutineer_count::text::render(&o);
    assert!(text.contains("PSF procedure"));
}

#[test]
fn psf_2017_under_officer_rule_asks_then_applies_the_decision() {
    let (names, votes, _) = psf_2017();
    let mut rules = Rules::new(11);
    rules.tie_rule = TieRule::Officer(Vec::new());
    let err = count_totals(Method::Approval, names.clone(), &votes, None, &rules).unwrap_err();
    let CountError::TieNeedsDecision { context, tied } = &err else {
        panic!("expected a decision to be asked for, got {err}");
    };
    assert_eq!(tied, &vec!["Paola Katherine Pacheco", "Trey Hunner"]);
    let msg = err.to_string();
    assert!(
        msg.contains("Paola Katherine Pacheco, Trey Hunner are tied"),
        "{msg}"
    );
    assert!(msg.contains("1 remaining seat"), "{msg}");
    rules.tie_rule = TieRule::Officer(vec![OfficerDecision {
        context: context.clone(),
        tied: tied.clone(),
        order: vec!["Paola Katherine Pacheco".into(), "Trey Hunner".into()],
        method: "lot".into(),
        decided_by: "Election Administrator".into(),
        witnessed_by: None,
    }]);
    let o = count_totals(Method::Approval, names, &votes, None, &rules).unwrap();
    assert!(o.winners.contains(&"Paola Katherine Pacheco".to_string()));
    assert!(!o.winners.contains(&"Trey Hunner".to_string()));
    assert_eq!(o.tie_breaks[0].method.as_deref(), Some("lot"));
    assert_eq!(
        o.tie_breaks[0].decided_by.as_deref(),
        Some("Election Administrator")
    );
}

#[test]
fn totals_are_checked_and_refused_for_ranked_methods() {
    let names = vec!["A".to_string(), "B".to_string()];
    let r = Rules::new(1);
    // Approval: no candidate can have more approvals than ballots.
    let e = count_totals(Method::Approval, names.clone(), &[5, 3], Some(4), &r).unwrap_err();
    assert!(e
        .to_string()
        .contains("A has 5 approvals but only 4 ballots"));
    assert!(count_totals(Method::Approval, names.clone(), &[4, 4], Some(4), &r).is_ok());
    // Plurality: one vote per ballot at most.
    let e = count_totals(Method::Plurality, names.clone(), &[3, 2], Some(4), &r).unwrap_err();
    assert!(e.to_string().contains("add up to 5"));
    let o = count_totals(Method::Plurality, names.clone(), &[3, 1], None, &r).unwrap();
    assert_eq!(o.winners, vec!["A"]);
    assert_eq!(o.ballots, 4);
    for m in [
        Method::Schulze,
        Method::StvScottish,
        Method::Star,
        Method::Debian,
    ] {
        let e = count_totals(m, names.clone(), &[3, 1], None, &r).unwrap_err();
        assert!(
            e.to_string().contains("cannot be counted from totals"),
            "{m}"
        );
    }
    let e = count_totals(Method::Approval, names, &[3], None, &r).unwrap_err();
    assert!(e
        .to_string()
        .contains("1 totals were given for 2 candidates"));
}

#[test]
fn totals_with_an_employer_cap_and_none_of_the_above() {
    // A, B, C of ACME top the table; at most 2 per employer: C is
    // disqualified and D moves up. "Re-open nominations" (R) places 3rd of
    // 4 seats: that seat stays vacant.
    let names: Vec<String> = ["A", "B", "C", "D", "R", "E"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let votes = [50, 40, 35, 30, 38, 10];
    let mut r = Rules::new(4);
    let acme = Some("ACME".to_string());
    r.groups = Some(GroupCap::new(
        vec![acme.clone(), acme.clone(), acme, None, None, None],
        2,
    ));
    r.none_of_the_above = Some(4);
    let o = count_totals(Method::Approval, names, &votes, Some(60), &r).unwrap();
    assert_eq!(o.winners, vec!["A", "B", "D"]);
    assert_eq!(o.excluded[0].name, "C");
    assert_eq!(o.candidates[4].status, Status::Vacant);
    assert!(o
        .notes
        .iter()
        .any(|n| n.starts_with("1 seat left vacant: R won")));
}
