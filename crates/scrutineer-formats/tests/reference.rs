//! Every format read from the real published elections, as published, and
//! the counts checked against the official results: all Kubernetes Elekto
//! folders and CIVS reports (display names, ballot counts, Schulze winners),
//! East Dunbartonshire 2022 (BLT as the Scottish collection writes it:
//! quota, first preferences, elected under Scottish STV), PEP 8100–8106 and
//! PSF 2017/2025 totals, and the services' own samples (Belenios, BetterVoting).

mod common;

use common::reference;
use scrutineer_count::{count, BallotKind, BlankMeaning, Marks, Method, Rules};
use scrutineer_formats::elekto::read_elekto_folder;
use scrutineer_formats::{read_input, BallotFile, Format, Input, Totals};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

fn ballots(input: Input) -> BallotFile {
    match input {
        Input::Ballots(b) => b,
        Input::Totals(t) => panic!("expected ballots, got totals {t:?}"),
    }
}

fn totals(input: Input) -> Totals {
    match input {
        Input::Totals(t) => t,
        Input::Ballots(b) => panic!("expected totals, got ballots {b:?}"),
    }
}

fn schulze_winners(file: &BallotFile, seats: usize) -> Vec<String> {
    let mut rules = Rules::new(seats);
    rules.blank = file.blank;
    rules.ballot_hash = file.sha256.clone();
    count(Method::Schulze, &file.profile, &rules)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .winners
}

fn set(v: &[String]) -> BTreeSet<String> {
    v.iter().cloned().collect()
}

#[test]
fn every_elekto_folder_reads_with_display_names_and_official_winners() {
    let root = reference("kubernetes-elekto");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert_eq!(dirs.len(), 9, "the nine Elekto elections");
    for dir in dirs {
        let expected = json(&dir.join("expected.json"));
        let e = read_elekto_folder(&dir).unwrap_or_else(|e| panic!("{e}"));
        let f = &e.ballots;
        assert_eq!(f.format, Format::Elekto);
        assert_eq!(f.blank, BlankMeaning::NotCompared);
        assert_eq!(
            f.count,
            expected["votes_cast"].as_u64().unwrap(),
            "{}",
            dir.display()
        );
        assert_eq!(e.seats as u64, expected["no_winners"].as_u64().unwrap());
        assert_eq!(f.seats, Some(e.seats));
        assert_eq!(
            e.allow_no_opinion,
            expected["allow_no_opinion"].as_str() == Some("True")
        );
        // The header holds IDs; the ballots come out under display names.
        let ids = strings(&expected["candidates_in_header"]);
        let got_ids: Vec<&str> = e.candidates.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(got_ids, ids, "{}", dir.display());
        assert_eq!(
            f.profile.candidates,
            e.candidates
                .iter()
                .map(|c| c.name.clone())
                .collect::<Vec<_>>()
        );
        assert!(f
            .profile
            .candidates
            .iter()
            .all(|n| !ids.contains(n) || n.contains(' ')));
        assert!(!e.voters.is_empty());
        assert!(e.candidates.iter().all(|c| !c.statement.trim().is_empty()));
        let mut winners = strings(&expected["winners"]);
        if dir.ends_with("steering-2025") {
            // The 2025 results.md writes "Paco Xu"; his candidate file (the
            // name Elekto shows) is "Paco Xu 徐俊杰", as in 2023.
            let paco = e.candidates.iter().find(|c| c.id == "pacoxu").unwrap();
            assert_eq!(paco.name, "Paco Xu 徐俊杰");
            for w in &mut winners {
                if w == "Paco Xu" {
                    *w = paco.name.clone();
                }
            }
        }
        assert_eq!(
            set(&schulze_winners(f, e.seats)),
            set(&winners),
            "{}",
            dir.display()
        );
        // read_input on the folder, and on its ballots.csv, gives the same.
        let via_dir = ballots(read_input(&dir, None, BallotKind::Approval).unwrap());
        assert_eq!(&via_dir, f);
        let via_csv =
            ballots(read_input(&dir.join("ballots.csv"), None, BallotKind::Approval).unwrap());
        assert_eq!(&via_csv, f);
        assert_eq!(
            f.sha256,
            scrutineer_formats::sha256_hex(&std::fs::read(dir.join("ballots.csv")).unwrap())
        );
    }
}

#[test]
fn elekto_candidate_details_are_read_as_written() {
    let e = read_elekto_folder(&reference("kubernetes-elekto/steering-2023")).unwrap();
    let paco = e.candidates.iter().find(|c| c.id == "pacoxu").unwrap();
    assert_eq!(paco.name, "Paco Xu 徐俊杰");
    assert_eq!(paco.employer.as_deref(), Some("DaoCloud"));
    assert!(paco.statement.contains("## SIGS"), "{}", paco.statement);
    assert_eq!(e.title, "2023 Steering Committee Election");
    assert_eq!(e.voters.len(), 712);
    // The 2023 Code of Conduct files write `ID:<tab>id` and have no info.
    let c = read_elekto_folder(&reference("kubernetes-elekto/code-of-conduct-2023")).unwrap();
    let ana = c
        .candidates
        .iter()
        .find(|c| c.id == "anammedina21")
        .unwrap();
    assert_eq!(ana.name, "Ana Margarita Medina");
    assert_eq!(ana.employer, None);
    assert_eq!(c.voters.len(), 7);
}

#[test]
fn every_civs_report_reads_with_display_names_and_official_winners() {
    for year in 2017..=2020 {
        let dir = reference(&format!("kubernetes-civs/steering-{year}"));
        let expected = json(&dir.join("expected.json"));
        let f = ballots(read_input(&dir.join("BALLOTS.csv"), None, BallotKind::Approval).unwrap());
        assert_eq!(f.format, Format::Civs);
        assert_eq!(f.kind, BallotKind::Ranking);
        assert_eq!(f.count, expected["votes_cast"].as_u64().unwrap(), "{year}");
        // Every name is a candidates.csv display name (no `(@handle)`).
        let list = std::fs::read_to_string(dir.join("candidates.csv")).unwrap();
        for n in &f.profile.candidates {
            assert!(!n.contains("(@"), "{year}: {n}");
            assert!(
                list.lines().any(|l| l.starts_with(&format!("{n},"))),
                "{year}: {n}"
            );
        }
        let winners = strings(&expected["winners"]);
        if year == 2017 {
            // The published seats applied the company cap (Michael Rubin,
            // 4th by Schulze, excluded); the names must still be the
            // published ones: "Phillip Wittrock", not the report's spelling.
            assert!(f
                .profile
                .candidates
                .contains(&"Phillip Wittrock".to_string()));
            let top7 = schulze_winners(&f, 7);
            let mut w = set(&winners);
            w.insert("Michael Rubin".to_string());
            assert_eq!(set(&top7), w);
        } else {
            assert_eq!(
                set(&schulze_winners(&f, winners.len())),
                set(&winners),
                "{year}"
            );
        }
    }
}

#[test]
fn east_dunbartonshire_2022_reads_as_written_and_counts_to_the_declaration() {
    let dir = reference("scotland-2022/east-dunbartonshire-ward4");
    let expected = json(&dir.join("expected.json"));
    let f = ballots(read_input(&dir.join("ballots.blt"), None, BallotKind::Approval).unwrap());
    assert_eq!(f.format, Format::Blt);
    assert_eq!(f.blank, BlankMeaning::BelowRanked);
    assert_eq!(f.count, 8072);
    assert_eq!(f.seats, Some(4));
    assert_eq!(
        f.title.as_deref(),
        Some("Ward 4 - Bishopbriggs North & Campsie")
    );
    assert_eq!(
        f.profile.candidates[0],
        "Paul FERRETTI \"Scottish National Party (SNP)\""
    );
    assert_eq!(
        f.profile.candidates[1],
        "Paul GALLACHER \"Scottish Family Party Pro-Family, Pro-Marriage, Pro-Life\""
    );
    // First preferences equal the declaration's (keyed `First LAST (Party)`).
    let fp = expected["first_preferences"].as_object().unwrap();
    for (i, name) in f.profile.candidates.iter().enumerate() {
        let person = name.split(" \"").next().unwrap();
        let (_, want) = fp
            .iter()
            .find(|(k, _)| k.starts_with(&format!("{person} (")))
            .unwrap_or_else(|| panic!("{person} not in the declaration"));
        let got: u64 = f
            .profile
            .ballots
            .iter()
            .filter(|b| matches!(&b.marks, Marks::Ranking(g) if g.first().is_some_and(|g| g == &vec![i])))
            .map(|b| b.weight)
            .sum();
        assert_eq!(got, want.as_u64().unwrap(), "{person}");
    }
    let mut rules = Rules::new(4);
    rules.ballot_hash = f.sha256.clone();
    rules.blank = f.blank;
    let out = count(Method::StvScottish, &f.profile, &rules).unwrap();
    let elected: BTreeSet<String> = out
        .winners
        .iter()
        .map(|w| w.split(" \"").next().unwrap().to_string())
        .collect();
    let want: BTreeSet<String> = expected["elected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["candidate"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(elected, want);
    // The quota of the declaration, in the first stage (figures are fixed
    // point: 1615 or 1615.00000).
    let quota = out.rounds[0].quota.as_deref().unwrap();
    let want_quota = expected["quota"].as_u64().unwrap().to_string();
    assert!(
        quota == want_quota || quota.starts_with(&format!("{want_quota}.")),
        "quota {quota}, declared {want_quota}"
    );
    // And the first stage's tallies are the first preferences.
    for t in &out.rounds[0].tallies {
        let person = t.name.split(" \"").next().unwrap();
        let (_, want) = fp
            .iter()
            .find(|(k, _)| k.starts_with(&format!("{person} (")))
            .unwrap();
        let votes: f64 = t.votes.parse().unwrap();
        assert_eq!(votes, want.as_u64().unwrap() as f64, "{person}");
    }
}

#[test]
fn pep_and_psf_totals_read_as_published() {
    let mut files: Vec<_> = (0..=6)
        .map(|i| {
            let year = 2019 + i;
            reference(&format!("python-sc/pep-810{i}-{year}-term"))
        })
        .collect();
    files.push(reference("psf-board/2017"));
    for dir in files {
        let expected = json(&dir.join("expected.json"));
        let t = totals(read_input(&dir.join("results.csv"), None, BallotKind::Approval).unwrap());
        assert_eq!(t.format, Format::Totals);
        let want = expected["totals"].as_object().unwrap();
        assert_eq!(t.candidates.len(), want.len(), "{}", dir.display());
        for (c, v) in t.candidates.iter().zip(&t.votes) {
            assert_eq!(Some(*v), want[c].as_u64(), "{}: {c}", dir.display());
        }
        assert_eq!(t.ballots, None);
        assert_eq!(
            t.sha256,
            scrutineer_formats::sha256_hex(&std::fs::read(dir.join("results.csv")).unwrap())
        );
    }
    // PEP 8100: Łukasz Langa's name survives.
    let t = totals(
        read_input(
            &reference("python-sc/pep-8100-2019-term/results.csv"),
            None,
            BallotKind::Approval,
        )
        .unwrap(),
    );
    assert!(t.candidates.contains(&"Łukasz Langa".to_string()));
    // PSF 2025 writes `candidate,count`.
    let t = totals(
        read_input(
            &reference("psf-board/2025/results.csv"),
            Some(Format::Totals),
            BallotKind::Approval,
        )
        .unwrap(),
    );
    assert_eq!(
        t.candidates.first().map(String::as_str),
        Some("Abigail Dogbe")
    );
    assert_eq!(t.votes.first(), Some(&440));
}

#[test]
fn belenios_demo_ballots_read_to_the_reference_preference_orders() {
    let src = reference("service-formats/belenios");
    let tmp = tempfile::tempdir().unwrap();
    std::fs::copy(
        src.join("questions-stv.json"),
        tmp.path().join("election.json"),
    )
    .unwrap();
    let votes = tmp.path().join("ballots.jsonl");
    std::fs::copy(src.join("stv-demo-votes.jsonl"), &votes).unwrap();
    let f = ballots(read_input(&votes, None, BallotKind::Approval).unwrap());
    assert_eq!(f.format, Format::Belenios);
    assert_eq!(f.count, 50);
    assert_eq!(f.profile.candidates[4], "Answer 5");
    // Each ballot as a preference order, against the reference's list.
    let mut got: Vec<Vec<usize>> = Vec::new();
    for b in &f.profile.ballots {
        let Marks::Ranking(g) = &b.marks else {
            panic!()
        };
        let order: Vec<usize> = g
            .iter()
            .map(|grp| {
                assert_eq!(grp.len(), 1);
                grp[0]
            })
            .collect();
        for _ in 0..b.weight {
            got.push(order.clone());
        }
    }
    got.sort();
    let reference_ballots: Vec<Vec<usize>> = serde_json::from_value(
        json(&src.join("stv-demo-result.reference.json"))["ballots"].clone(),
    )
    .unwrap();
    assert_eq!(got, reference_ballots);
}

#[test]
fn bettervoting_star_reference_case_reads_in_both_exports_and_elects_allison() {
    let cases = json(&reference(
        "service-formats/bettervoting/star_reference_cases.json",
    ));
    let case = &cases["cases"][0];
    assert_eq!(case["name"], "Condorcet Winner");
    let names = strings(&case["candidates"]);
    let votes: Vec<Vec<i64>> = serde_json::from_value(case["votes"].clone()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    // CSV, as BallotDataExport writes it.
    let mut csv = format!("ballot_id,precinct,{}\n", names.join(","));
    for (i, v) in votes.iter().enumerate() {
        let cells: Vec<String> = v.iter().map(i64::to_string).collect();
        csv.push_str(&format!("b{i},,{}\n", cells.join(",")));
    }
    let csv_path = tmp.path().join("Ballot Data - Test-abc.csv");
    std::fs::write(&csv_path, csv).unwrap();
    let a = ballots(read_input(&csv_path, None, BallotKind::Scores).unwrap());
    // JSON, as the anonymized-ballots endpoint returns it.
    let cands: Vec<Value> = names
        .iter()
        .enumerate()
        .map(|(i, n)| serde_json::json!({"candidate_id": format!("c{i}"), "candidate_name": n}))
        .collect();
    let ballots_json: Vec<Value> = votes
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let scores: Vec<Value> = v
                .iter()
                .enumerate()
                .map(|(c, s)| serde_json::json!({"candidate_id": format!("c{c}"), "score": s}))
                .collect();
            serde_json::json!({"ballot_id": format!("b{i}"), "election_id": "e", "precinct": null,
                "votes": [{"race_id": "r1", "scores": scores, "overvote_rank": null, "has_duplicate_rank": null}]})
        })
        .collect();
    let doc = serde_json::json!({
        "Ballots": ballots_json,
        "Election": {"title": "Test", "races": [{"race_id": "r1", "title": "Race", "num_winners": 1,
            "voting_method": "STAR", "candidates": cands}]}
    });
    let json_path = tmp.path().join("export.json");
    std::fs::write(&json_path, serde_json::to_string(&doc).unwrap()).unwrap();
    let b = ballots(read_input(&json_path, None, BallotKind::Ranking).unwrap());
    assert_eq!(b.format, Format::BetterVoting);
    assert_eq!(b.kind, BallotKind::Scores);
    assert_eq!(b.seats, Some(1));
    assert_eq!(a.count, 10);
    assert_eq!(b.count, 10);
    assert_eq!(a.profile, b.profile);
    let winners = count(Method::Star, &a.profile, &Rules::new(1))
        .unwrap()
        .winners;
    assert_eq!(winners, strings(&case["expected"]["elected"]));
}
