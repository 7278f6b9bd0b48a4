//! Scottish STV against the 21 Glasgow City Council wards of 2007: every
//! figure of the reference count (quota, winners, order of election, each
//! candidate's final votes to 5 places, the non-transferable total, the
//! number of stages) must be reproduced exactly.

use scrutineer_count::stv_scottish::elected_steps;
use scrutineer_count::{count, Method, Rules, Status};
use scrutineer_formats::blt::read_blt;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

mod common;

fn dir() -> PathBuf {
    common::reference("scotland-2007")
}

fn wards() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            let name = p.file_name()?.to_str()?.to_string();
            name.strip_suffix(".blt").map(str::to_string)
        })
        .collect();
    v.sort();
    v
}

/// The BLT reader trims names and collapses runs of spaces; the reference
/// JSON collapsed runs but kept a trailing space (`"Kieran Wild "` in Canal),
/// so expected names are compared in the same normal form.
fn norm(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Count one ward; returns the list of mismatches (empty when exact).
fn check(ward: &str) -> Vec<String> {
    let d = dir();
    let blt_path = d.join(format!("{ward}.blt"));
    let bytes = std::fs::read(&blt_path).unwrap();
    let file = read_blt(&blt_path.display().to_string(), &bytes).unwrap();
    let exp: Value = serde_json::from_str(
        &std::fs::read_to_string(d.join(format!("{ward}.expected.json"))).unwrap(),
    )
    .unwrap();
    let mut rules = Rules::new(file.seats.unwrap());
    rules.withdrawn = file.withdrawn.clone();
    rules.ballot_hash = file.sha256.clone();
    let o = count(Method::StvScottish, &file.profile, &rules).unwrap();

    let mut bad = Vec::new();
    let mut cmp = |what: &str, got: String, want: String| {
        if got != want {
            bad.push(format!("{ward}: {what}: got {got}, expected {want}"));
        }
    };
    cmp("seats", o.seats.to_string(), exp["seats"].to_string());
    cmp("ballots", o.ballots.to_string(), exp["ballots"].to_string());
    let quota = o
        .rounds
        .first()
        .and_then(|r| r.quota.clone())
        .unwrap_or_default();
    cmp("quota", quota, exp["quota"].as_str().unwrap().to_string());

    let got_elected: BTreeSet<String> = o.winners.iter().cloned().collect();
    let want_elected: BTreeSet<String> = exp["elected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| norm(v.as_str().unwrap()))
        .collect();
    cmp(
        "elected",
        format!("{got_elected:?}"),
        format!("{want_elected:?}"),
    );
    let by_status: BTreeSet<String> = o
        .candidates
        .iter()
        .filter(|c| c.status == Status::Elected)
        .map(|c| c.name.clone())
        .collect();
    cmp(
        "elected status",
        format!("{by_status:?}"),
        format!("{want_elected:?}"),
    );

    let got_steps: Vec<BTreeSet<String>> = elected_steps(&o)
        .into_iter()
        .map(|s| s.into_iter().collect())
        .collect();
    let want_steps: Vec<BTreeSet<String>> = exp["elected_steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s.as_array()
                .unwrap()
                .iter()
                .map(|v| norm(v.as_str().unwrap()))
                .collect()
        })
        .collect();
    cmp(
        "elected steps",
        format!("{got_steps:?}"),
        format!("{want_steps:?}"),
    );

    let got_votes: BTreeMap<String, String> = o
        .candidates
        .iter()
        .map(|c| (c.name.clone(), c.votes.clone()))
        .collect();
    let want_votes: BTreeMap<String, String> = exp["final_votes"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (norm(k), v.as_str().unwrap().to_string()))
        .collect();
    for (name, want) in &want_votes {
        cmp(
            &format!("final votes of {name}"),
            got_votes
                .get(name)
                .cloned()
                .unwrap_or_else(|| "(missing)".into()),
            want.clone(),
        );
    }
    cmp(
        "number of candidates",
        got_votes.len().to_string(),
        want_votes.len().to_string(),
    );
    let nt = o
        .rounds
        .last()
        .map(|r| r.exhausted.clone())
        .unwrap_or_default();
    cmp(
        "non-transferable",
        nt,
        exp["nontransferable_final"].as_str().unwrap().to_string(),
    );
    // The reference numbers the first-preference stage 0, so its `rounds`
    // is the number of stages after the first.
    cmp(
        "stages after the first",
        (o.rounds.len() - 1).to_string(),
        exp["rounds"].to_string(),
    );
    assert_eq!(o.precision, 5);
    bad
}

#[test]
fn all_21_glasgow_wards_match_the_reference_count_exactly() {
    let wards = wards();
    assert_eq!(
        wards.len(),
        21,
        "expected the 21 Glasgow wards, found {wards:?}"
    );
    let mut bad = Vec::new();
    for w in &wards {
        bad.extend(check(w));
    }
    assert!(
        bad.is_empty(),
        "{} mismatch(es):\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn every_stage_conserves_the_votes() {
    // Rule 48(3) truncation loses a little at each surplus transfer, never
    // gains: votes + non-transferable ≤ valid papers, and never by more than
    // 0.00001 per paper moved.
    let d = dir();
    let bytes = std::fs::read(d.join("Anderston-City-2007.blt")).unwrap();
    let file = read_blt("Anderston-City-2007.blt", &bytes).unwrap();
    let o = count(Method::StvScottish, &file.profile, &Rules::new(4)).unwrap();
    let raw = |s: &str| -> i128 { s.replace('.', "").parse().unwrap() };
    let total = 6900 * 100_000i128;
    let mut prev_loss = 0;
    for r in &o.rounds {
        let sum: i128 = r.tallies.iter().map(|t| raw(&t.votes)).sum::<i128>() + raw(&r.exhausted);
        // Elected candidates whose surplus was transferred hold the quota,
        // so the loss is what truncation dropped.
        let loss = total - sum;
        assert!(loss >= prev_loss, "stage {}: the loss shrank", r.number);
        assert!(loss <= 6900, "stage {}: lost {loss} units", r.number);
        prev_loss = loss;
    }
    assert!(prev_loss > 0, "Anderston loses fractions to truncation");
}
