//! Issue 7, "Real elections in", through the `scrutineer` binary: every
//! published election in `shared/reference-elections` is counted from its
//! files as published and compared with its official result, and the rules
//! organisations wrote (totals batches, the PSF's tie-break, the returns
//! officer's decision, caps counting sitting members) work in a term.

mod common;
use common::{reference, s, scrutineer_fails, scrutineer_json, scrutineer_ok, strings, Db};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `scrutineer ARGS --json`, requiring success.
fn json(args: &[&str]) -> Value {
    scrutineer_json(&[args, &["--json"]].concat())
}

fn expected(dir: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(dir.join("expected.json")).unwrap()).unwrap()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

// ---- count: anything published, no election file ---------------------------

#[test]
fn pep_8100_to_8106_winners_from_their_published_totals() {
    let root = reference("python-sc");
    let mut checked = 0;
    for pep in 8100..=8106 {
        let dir = std::fs::read_dir(&root)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|d| {
                d.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(&format!("pep-{pep}-"))
            })
            .unwrap();
        let e = expected(&dir);
        let cast = e["ballots_cast"].as_u64().unwrap().to_string();
        // PEP 8105 was counted in two Helios elections: its two published
        // batches add up.
        let files: Vec<PathBuf> = if dir.join("totals_initial.csv").exists() {
            vec![
                dir.join("totals_initial.csv"),
                dir.join("totals_extension.csv"),
            ]
        } else {
            vec![dir.join("results.csv")]
        };
        let mut args: Vec<&str> = vec!["count"];
        args.extend(files.iter().map(|f| s(f)));
        args.extend(["--method", "approval", "--seats", "5", "--ballots", &cast]);
        let out = json(&args);
        assert_eq!(out["format"], "totals", "PEP {pep}");
        assert!(
            out["blank"].is_null(),
            "PEP {pep}: totals have no blank marks"
        );
        assert_eq!(
            sorted(strings(&out["winners"])),
            sorted(strings(&e["winners"])),
            "PEP {pep}"
        );
        assert_eq!(out["ballots"], e["ballots_cast"], "PEP {pep}");
        // The published figures are the counted figures.
        for c in out["candidates"].as_array().unwrap() {
            let name = c["name"].as_str().unwrap();
            assert_eq!(
                c["votes"].as_str().unwrap(),
                e["totals"][name].to_string(),
                "PEP {pep}: {name}"
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 7);
    // The combined table of 8105 gives the same winners as its two batches.
    let dir = root.join("pep-8105-2024-term");
    let combined = json(&[
        "count",
        s(&dir.join("results.csv")),
        "--method",
        "approval",
        "--seats",
        "5",
    ]);
    let batches = json(&[
        "count",
        s(&dir.join("totals_initial.csv")),
        s(&dir.join("totals_extension.csv")),
        "--method",
        "approval",
        "--seats",
        "5",
    ]);
    assert_eq!(combined["candidates"], batches["candidates"]);
}

#[test]
fn psf_2017_elects_trey_hunner_by_the_psf_procedure() {
    let dir = reference("psf-board/2017");
    let e = expected(&dir);
    let out = json(&[
        "count",
        s(&dir.join("results.csv")),
        "--method",
        "approval",
        "--seats",
        "11",
        "--tie-break",
        "psf",
    ]);
    let winners = strings(&out["winners"]);
    assert!(winners.contains(&"Trey Hunner".to_string()), "{winners:?}");
    assert!(!winners.contains(&"Paola Katherine Pacheco".to_string()));
    let expected_winners = strings(&e["winners_by_count_and_tiebreak"]);
    assert_eq!(sorted(winners), sorted(expected_winners));
    let tie = &out["tie_breaks"][0];
    assert_eq!(
        sorted(strings(&tie["tied"])),
        ["Paola Katherine Pacheco", "Trey Hunner"]
    );
    assert!(tie["rule"].as_str().unwrap().contains("PSF"), "{tie}");
    assert_eq!(tie["seed"], "Paola Katherine PachecoTrey Hunner");
    // The text output says so too.
    let text = scrutineer_ok(&[
        "count",
        s(&dir.join("results.csv")),
        "--method",
        "approval",
        "--seats",
        "11",
        "--tie-break",
        "psf",
    ]);
    assert!(text.contains("Format: totals (detected)"), "{text}");
    assert!(text.contains("Counted from published totals"), "{text}");
}

/// `--quorum`, `--majority` and `--default` for a Debian vote, from its
/// published parameters.
fn debian_args(dir: &Path, e: &Value) -> Vec<String> {
    let mut a = vec![
        "count".to_string(),
        s(&dir.join("tally.txt")).to_string(),
        "--method".into(),
        "debian".into(),
        "--default".into(),
        e["default_option"].as_u64().unwrap().to_string(),
    ];
    if let Some(q) = e["quorum_parameters"]["quorum"].as_str() {
        a.push("--quorum".into());
        a.push(q.to_string());
    }
    for m in e["majority_results"].as_array().unwrap() {
        let r = m["required_ratio"].as_u64().unwrap();
        if r != 1 {
            a.push("--majority".into());
            a.push(format!("{}={r}", m["option"]));
        }
    }
    // The constitution's wording of the majority test in force: v1.6 from
    // 13 December 2015 (the folders of 2016 on).
    let year: u32 = dir.file_name().unwrap().to_string_lossy()[..4]
        .parse()
        .unwrap();
    if year < 2016 {
        a.push("--wording".into());
        a.push("pre-2015".into());
    }
    a.push("--json".into());
    a
}

#[test]
fn all_39_debian_votes_winner_dropped_options_and_beat_matrix() {
    let root = reference("debian");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|d| d.join("tally.txt").is_file())
        .collect();
    dirs.sort();
    assert_eq!(dirs.len(), 39);
    for dir in &dirs {
        let e = expected(dir);
        let args = debian_args(dir, &e);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = scrutineer_json(&args);
        let name = dir.display();
        assert_eq!(out["format"], "debian", "{name}");
        assert_eq!(out["blank"], "below_ranked", "{name}");
        assert_eq!(out["winners"], e["winner_names"], "{name}");
        // The beat matrix, cell by cell (devotee's table; diagonal null).
        let rows = e["beat_matrix"]["rows"].as_array().unwrap();
        let matrix = out["pairwise"]["matrix"].as_array().unwrap();
        assert_eq!(matrix.len(), rows.len(), "{name}");
        for (i, row) in rows.iter().enumerate() {
            for (j, cell) in row.as_array().unwrap().iter().enumerate() {
                if i != j {
                    assert_eq!(matrix[i][j], *cell, "{name}: V({},{})", i + 1, j + 1);
                }
            }
        }
        // Dropped options and why: exactly those devotee dropped for
        // majority (no option in this set failed quorum).
        let options = e["options"].as_array().unwrap();
        let by_majority: Vec<String> = e["dropped_by_majority"]
            .as_array()
            .map(|v| {
                v.iter()
                    .map(|n| {
                        options[n.as_u64().unwrap() as usize - 1]["name"]
                            .as_str()
                            .unwrap()
                            .to_string()
                    })
                    .collect()
            })
            .unwrap_or_default();
        let dropped = out["dropped"].as_array().unwrap();
        let dropped_names: Vec<String> = dropped
            .iter()
            .map(|d| d["name"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(sorted(dropped_names), sorted(by_majority), "{name}");
        for d in dropped {
            assert!(
                d["reason"].as_str().unwrap().contains("majority"),
                "{name}: {d}"
            );
        }
    }
}

#[test]
fn plain_schulze_differs_from_the_constitution_where_it_matters() {
    // 2008-vote_003 (Lenny firmware): four 3:1 options and the original
    // proposal are dropped against Further Discussion before the Schwartz
    // step; plain Schulze on the same ballots elects a 3:1 option.
    let dir = reference("debian/2008-vote_003");
    let e = expected(&dir);
    let args = debian_args(&dir, &e);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let debian = scrutineer_json(&args);
    let schulze = json(&["count", s(&dir.join("tally.txt")), "--method", "schulze"]);
    assert_eq!(debian["winners"], e["winner_names"]);
    assert_ne!(schulze["winners"][0], debian["winners"][0]);
}

#[test]
fn every_kubernetes_election_from_its_own_folder_or_file_with_display_names() {
    let root = reference("kubernetes-elekto");
    let mut n = 0;
    for dir in std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()) {
        if !dir.join("election.yaml").is_file() {
            continue;
        }
        let e = expected(&dir);
        let out = json(&["count", s(&dir), "--method", "schulze"]);
        assert_eq!(out["format"], "elekto", "{}", dir.display());
        assert_eq!(out["blank"], "not_compared", "{}", dir.display());
        // Display names are read from the candidates' files as written
        // ("Paco Xu 徐俊杰"); the results page may shorten them ("Paco Xu").
        let winners = sorted(strings(&out["winners"]));
        let official = sorted(strings(&e["winners"]));
        assert_eq!(winners.len(), official.len(), "{}", dir.display());
        // A candidate tied for the last seat by Schulze is settled by the
        // draw here; Elekto orders by fewest defeats instead (the
        // kubernetes-elekto README: code-of-conduct-2025, where Sean
        // McGinnis and Swati Sehgal tie 2-2 and beat the same candidates).
        let drawn: Vec<String> = out["tie_breaks"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|t| strings(&t["tied"]))
            .collect();
        for o in &official {
            let found = winners
                .iter()
                .any(|w| w == o || w.starts_with(&format!("{o} ")));
            assert!(
                found || drawn.contains(o),
                "{}: {o} is not among {winners:?} nor in a drawn tie {drawn:?}",
                dir.display()
            );
        }
        assert_eq!(out["seats"], e["no_winners"], "{}", dir.display());
        n += 1;
    }
    assert_eq!(n, 9);
    let root = reference("kubernetes-civs");
    let mut civs = 0;
    for dir in std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()) {
        let e = expected(&dir);
        let seats = e["winners"].as_array().unwrap().len().to_string();
        let out = json(&[
            "count",
            s(&dir.join("BALLOTS.csv")),
            "--method",
            "schulze",
            "--seats",
            &seats,
        ]);
        assert_eq!(out["format"], "civs", "{}", dir.display());
        let ranking = strings(&out["ranking"]);
        if let Some(official) = e.get("official_ranking") {
            // 2017: the published ranking, before the company cap removed
            // Michael Rubin (sitting-member caps: see the term test below).
            assert_eq!(ranking, strings(official), "{}", dir.display());
        } else {
            assert_eq!(
                sorted(strings(&out["winners"])),
                sorted(strings(&e["winners"])),
                "{}",
                dir.display()
            );
        }
        civs += 1;
    }
    assert_eq!(civs, 4);
}

#[test]
fn east_dunbartonshire_2022_from_its_file_as_published() {
    let dir = reference("scotland-2022/east-dunbartonshire-ward4");
    let e = expected(&dir);
    let out = json(&[
        "count",
        s(&dir.join("ballots.blt")),
        "--method",
        "stv-scottish",
    ]);
    assert_eq!(out["format"], "blt");
    assert_eq!(out["blank"], "below_ranked");
    assert_eq!(out["ballots"], 8072);
    assert_eq!(out["seats"], e["seats"]);
    // Names are written `Name "Party"` in the file; the declaration lists
    // the name alone.
    let person = |s: &str| s.split(" \"").next().unwrap().to_string();
    let winners: Vec<String> = strings(&out["winners"]).iter().map(|w| person(w)).collect();
    let elected: Vec<String> = e["elected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["candidate"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(sorted(winners), sorted(elected));
    let first = &out["rounds"][0];
    let quota: f64 = first["quota"].as_str().unwrap().parse().unwrap();
    assert_eq!(quota, e["quota"].as_f64().unwrap());
    let fp = e["first_preferences"].as_object().unwrap();
    for t in first["tallies"].as_array().unwrap() {
        let who = person(t["name"].as_str().unwrap());
        let (_, want) = fp
            .iter()
            .find(|(k, _)| k.starts_with(&format!("{who} (")))
            .unwrap_or_else(|| panic!("{who} is not in the declaration"));
        let got: f64 = t["votes"].as_str().unwrap().parse().unwrap();
        assert_eq!(got, want.as_f64().unwrap(), "{who}");
    }
}

#[test]
fn count_names_the_format_and_refuses_a_wrong_one() {
    let dir = reference("debian/2004-vote_001");
    let text = scrutineer_ok(&["count", s(&dir.join("tally.txt")), "--method", "debian"]);
    assert!(text.contains("Format: debian (detected)"), "{text}");
    assert!(
        text.contains(
            "A blank mark means: A candidate left unranked is ranked below every ranked candidate"
        ),
        "{text}"
    );
    let err = scrutineer_fails(&[
        "count",
        s(&dir.join("tally.txt")),
        "--format",
        "blt",
        "--method",
        "schulze",
    ]);
    assert!(err.contains("tally.txt"), "{err}");
    let err = scrutineer_fails(&[
        "count",
        s(&dir.join("tally.txt")),
        "--method",
        "schulze",
        "--quorum",
        "3",
    ]);
    assert!(err.contains("--method debian"), "{err}");
}

// ---- terms from published material ------------------------------------------

#[test]
fn pep_8105_term_from_its_two_totals_batches_with_hashes_on_the_certificate() {
    let dir = reference("python-sc/pep-8105-2024-term");
    let e = expected(&dir);
    let db = Db::new();
    db.capped_term("SC 2024", &[]);
    for c in e["candidates"].as_array().unwrap() {
        db.ok(&["nominee", "add", "SC 2024", "--name", c.as_str().unwrap()]);
    }
    // Totals need the ballots cast.
    let err = db.fails(&[
        "ballots",
        "import",
        "SC 2024",
        s(&dir.join("totals_initial.csv")),
    ]);
    assert!(err.contains("--ballots"), "{err}");
    let total = e["ballots_cast"].as_u64().unwrap();
    // "56 of 87 eligible voters cast ballots", "12 of 31 ... cast ballots".
    let cast = |key: &str| {
        e[key]
            .as_str()
            .unwrap()
            .split(' ')
            .next()
            .unwrap()
            .to_string()
    };
    let (initial, extension) = (cast("initial_ballots"), cast("extension_ballots"));
    db.ok(&[
        "ballots",
        "import",
        "SC 2024",
        s(&dir.join("totals_initial.csv")),
        "--ballots",
        &initial,
    ]);
    // A batch claiming fewer ballots than a candidate's approvals is refused.
    let err = db.fails(&[
        "ballots",
        "import",
        "SC 2024",
        s(&dir.join("totals_extension.csv")),
        "--ballots",
        "5",
    ]);
    assert!(err.contains("only 5 ballots were cast"), "{err}");
    db.ok(&[
        "ballots",
        "import",
        "SC 2024",
        s(&dir.join("totals_extension.csv")),
        "--format",
        "totals",
        "--ballots",
        &extension,
    ]);
    // The same file twice is refused.
    let err = db.fails(&[
        "ballots",
        "import",
        "SC 2024",
        s(&dir.join("totals_extension.csv")),
        "--ballots",
        &extension,
    ]);
    assert!(err.contains("already"), "{err}");
    let t = db.json(&["tally", "SC 2024", "--json"]);
    assert_eq!(
        sorted(strings(&t["winners"])),
        sorted(strings(&e["winners"]))
    );
    assert_eq!(t["ballots"], total);
    let rules = strings(&t["rules"]).join("\n");
    assert!(rules.contains("Counted from published totals"), "{rules}");
    let batches = db.json(&["ballots", "list", "SC 2024", "--json"]);
    for b in batches.as_array().unwrap() {
        let sha = b["sha256"].as_str().unwrap();
        assert!(
            rules.contains(sha),
            "the certificate's rules list {sha}: {rules}"
        );
    }
    for c in t["candidates"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        assert_eq!(c["votes"].as_str().unwrap(), e["totals"][name].to_string());
    }
    // Ballots cannot be mixed into a term counted from totals.
    let grid = db.file("g.csv", "Barry Warsaw\n1\n1\n1\n1\n1\n");
    let err = db.fails(&["ballots", "import", "SC 2024", s(&grid)]);
    assert!(err.contains("mixed"), "{err}");
    db.ok(&["audit", "verify"]);
}

#[test]
fn a_tie_under_the_officer_rule_waits_for_a_recorded_decision() {
    let db = Db::new();
    db.ok(&[
        "term",
        "create",
        "Board",
        "--seats",
        "1",
        "--method",
        "approval",
        "--tie-break",
        "officer",
    ]);
    for n in ["Ann Λάμπρου", "Bo Иванов", "Cy 李"] {
        db.ok(&["nominee", "add", "Board", "--name", n]);
    }
    let totals = db.file(
        "totals.csv",
        "candidate,votes\n\"Ann Λάμπρου\",7\n\"Bo Иванов\",7\n\"Cy 李\",2\n",
    );
    db.ok(&["ballots", "import", "Board", s(&totals), "--ballots", "12"]);
    let err = db.fails(&["tally", "Board"]);
    assert!(
        err.contains("scrutineer tie decide 'Board' --order"),
        "{err}"
    );
    assert!(
        err.contains("Ann Λάμπρου") && err.contains("Bo Иванов"),
        "{err}"
    );
    let pending = db.json(&["tie", "pending", "Board", "--json"]);
    assert_eq!(
        sorted(strings(&pending["tied"])),
        ["Ann Λάμπρου", "Bo Иванов"]
    );
    // An order that does not name the tied candidates is refused.
    let err = db.fails(&[
        "tie",
        "decide",
        "Board",
        "--order",
        "Ann Λάμπρου,Cy 李",
        "--method",
        "coin",
        "--decided-by",
        "R. Officer",
    ]);
    assert!(err.contains("exactly once"), "{err}");
    let err = db.fails(&[
        "tie",
        "decide",
        "Board",
        "--order",
        "Bo Иванов,Ann Λάμπρου",
        "--method",
        "dice",
        "--decided-by",
        "R. Officer",
    ]);
    assert!(err.contains("coin, lot, casting-vote"), "{err}");
    db.ok(&[
        "tie",
        "decide",
        "Board",
        "--order",
        "Bo Иванов,Ann Λάμπρου",
        "--method",
        "coin",
        "--decided-by",
        "R. Officer",
        "--witness",
        "W. Itness",
    ]);
    let t = db.json(&["tally", "Board", "--json"]);
    assert_eq!(strings(&t["winners"]), ["Bo Иванов"]);
    let tb = &t["tie_breaks"][0];
    assert_eq!(tb["decided_by"], "R. Officer");
    assert_eq!(tb["witnessed_by"], "W. Itness");
    assert_eq!(tb["method"], "coin");
    let rules = strings(&t["rules"]).join("\n");
    assert!(rules.contains("decided by the returns officer"), "{rules}");
    let log = db.ok(&["audit", "log", "Board"]);
    assert!(log.contains("tie.decide"), "{log}");
    assert!(db.json(&["tie", "pending", "Board", "--json"]).is_null());
    // The certificate carries the decision.
    let pdf = db.file("c.pdf", "");
    db.ok(&["certificate", "Board", "--out", s(&pdf)]);
    db.ok(&["audit", "verify"]);
    // Totals carry no ballot set to publish in a re-count bundle.
    let out = db.out("bundle");
    let err = db.fails(&["results", "bundle", "Board", "--out", s(&out)]);
    assert!(err.contains("published totals"), "{err}");
}

/// The term "Steering" (3 seats, approval, at most 1/3 of the body from
/// one employer), with the sitting members of `sitting` (a CSV) if any, five
/// nominees (A1 and A2 of Acme) and their published totals of 60 ballots.
fn steering(sitting: Option<&str>) -> Db {
    let db = Db::new();
    let file: PathBuf;
    let mut args = vec![
        "term",
        "create",
        "Steering",
        "--seats",
        "3",
        "--method",
        "approval",
        "--max-per-employer",
        "1/3",
    ];
    if let Some(csv) = sitting {
        file = db.file("sitting.csv", csv);
        args.extend(["--sitting", s(&file)]);
    }
    db.ok(&args);
    db.add_nominees(
        "Steering",
        &[
            ("A1", "ACME"),
            ("A2", "Acme"),
            ("B1", "Beta"),
            ("C1", "Gamma"),
            ("D1", "Delta"),
        ],
    );
    let totals = db.file(
        "t.csv",
        "candidate,votes\nA1,50\nA2,40\nB1,30\nC1,20\nD1,10\n",
    );
    db.ok(&[
        "ballots",
        "import",
        "Steering",
        s(&totals),
        "--ballots",
        "60",
    ]);
    db
}

#[test]
fn a_cap_as_a_fraction_of_the_body_counts_sitting_members() {
    // A body of 7: 3 seats now, 4 sitting members of whom 2 work for
    // Acme. At most a third of the body (⌊7/3⌋ = 2) from one employer: Acme
    // may take no seat now, however many votes its candidates get.
    let db = steering(Some("name,employer\nS1,Acme\nS2,acme\nS3,Beta\nS4,\n"));
    let show = db.ok(&["term", "show", "Steering"]);
    assert!(show.contains("At most 1/3 of the body"), "{show}");
    assert!(show.contains("Sitting member: S2 (acme)"), "{show}");
    let t = db.json(&["tally", "Steering", "--json"]);
    assert_eq!(sorted(strings(&t["winners"])), ["B1", "C1", "D1"]);
    let rules = strings(&t["rules"]).join("\n");
    assert!(
        rules.contains("Sitting members counted toward the employer cap"),
        "{rules}"
    );
    // Without the sitting members, Acme could take 2 of 3 seats... no: at
    // most ⌊3/3⌋ = 1.
    let t = steering(None).json(&["tally", "Steering", "--json"]);
    assert_eq!(sorted(strings(&t["winners"])), ["A1", "B1", "C1"]);
}

#[test]
fn an_elekto_folder_imports_as_a_whole_term() {
    let dir = reference("kubernetes-elekto/steering-2021");
    let e = expected(&dir);
    let db = Db::new();
    let term = db.json(&[
        "term",
        "import",
        s(&dir),
        "--name",
        "Steering 2021",
        "--json",
    ]);
    assert_eq!(term["seats"], e["no_winners"]);
    assert_eq!(term["method"], "schulze");
    assert_eq!(term["ballots"], e["ballot_rows_in_file"]);
    assert_eq!(term["voters"], e["eligible_voters"]);
    let nominees = db.json(&["nominee", "list", "Steering 2021", "--json"]);
    let with_employer = nominees
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["employer"].is_string())
        .count();
    assert!(with_employer > 0);
    assert!(nominees
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["statement"].as_str().is_some_and(|s| !s.is_empty())));
    let roll = db.json(&["roll", "list", "Steering 2021", "--limit", "3", "--json"]);
    let v = &roll["voters"][0];
    assert_eq!(v["member_id"], v["name"]);
    // A GitHub login is not an address: none is made up (issue 7).
    assert_eq!(v["email"], "");
    let t = db.json(&["tally", "Steering 2021", "--json"]);
    assert_eq!(
        sorted(strings(&t["winners"])),
        sorted(strings(&e["winners"]))
    );
    let rules = strings(&t["rules"]).join("\n");
    assert!(rules.contains("no opinion"), "{rules}");
    db.ok(&["audit", "verify"]);
}

#[test]
fn a_debian_term_uses_its_parameters() {
    let dir = reference("debian/2008-vote_003");
    let e = expected(&dir);
    let db = Db::new();
    let options: Vec<String> = e["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap().to_string())
        .collect();
    let q = e["quorum_parameters"]["quorum"].as_str().unwrap();
    let mut args: Vec<String> = [
        "term",
        "create",
        "Lenny",
        "--seats",
        "1",
        "--method",
        "debian",
        "--quorum-voters",
        q,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for m in e["majority_results"].as_array().unwrap() {
        let r = m["required_ratio"].as_u64().unwrap();
        if r != 1 {
            let name = &options[m["option"].as_u64().unwrap() as usize - 1];
            args.push("--majority".into());
            args.push(format!("{name}={r}"));
        }
    }
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    db.ok(&a);
    for o in &options {
        db.ok(&["nominee", "add", "Lenny", "--name", o]);
    }
    db.ok(&["ballots", "import", "Lenny", s(&dir.join("tally.txt"))]);
    let t = db.json(&["tally", "Lenny", "--json"]);
    assert_eq!(t["winners"], e["winner_names"]);
    let rules = strings(&t["rules"]).join("\n");
    assert!(rules.contains("Debian constitution A.6"), "{rules}");
    // The public re-count bundle carries the Debian parameters: `verify`
    // re-counts it to the same result without the election file.
    let out = db.out("bundle");
    db.ok(&["results", "bundle", "Lenny", "--out", s(&out)]);
    let v = json(&["verify", s(&out)]);
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(v["winners"], e["winner_names"]);
    // A Debian parameter on another method is refused.
    let err = db.fails(&[
        "term",
        "create",
        "X",
        "--seats",
        "1",
        "--method",
        "schulze",
        "--quorum-voters",
        "3",
    ]);
    assert!(err.contains("--method debian"), "{err}");
}
