//! CLI integration tests: the whole story of a PEP 13 election through the
//! `scrutineer` binary, and the ways it must refuse bad input without
//! writing anything. (Part of the scrutineer-cli package; see its Cargo.toml.)

mod common;
use common::{
    elected_in_order, pdf_reading, pep13, reference, s, scrutineer_json, strings, Db,
    PEP13_NOMINEES,
};
use serde_json::Value;
use std::path::Path;

#[test]
fn pep13_story_end_to_end() {
    let db = Db::new();
    db.pep13_term();
    let statement = pep13("statement.txt");
    db.ok(&[
        "nominee",
        "add",
        "2020 term",
        "--name",
        "Grace Hopper",
        "--email",
        "grace@example.com",
        "--nominated-by",
        "alice@example.com",
        "--statement",
        s(&statement),
    ]);
    let noms = db.json(&["nominee", "list", "2020 term", "--json"]);
    assert_eq!(noms.as_array().unwrap().len(), 9);
    // Stored exactly as written (issue 9), the file's final line break too.
    assert_eq!(noms[8]["statement"], "I will serve the community — 感谢.\n");
    assert_eq!(noms[8]["nominated_by"], "alice@example.com");

    let batch = db.json(&[
        "ballots",
        "import",
        "2020 term",
        s(&pep13("ballots.csv")),
        "--json",
    ]);
    assert_eq!(batch["count"], 10);
    assert_eq!(batch["sha256"].as_str().unwrap().len(), 64);

    let t = db.json(&["tally", "2020 term", "--json"]);
    // Votes: Stéphane 9, Łukasz 8, Ξένια 7, Иван 6, 稲田 5, Alice 4, Bob 3,
    // Carol 2, Grace 0. ACME has 4 of the top 5: Ξένια is disqualified, then
    // Иван (the cascade), and 稲田直哉, Alice and Bob move up.
    assert_eq!(
        strings(&t["winners"]),
        [
            "Stéphane Dupont",
            "Łukasz Nowak",
            "稲田直哉",
            "Alice Smith",
            "Bob Jones"
        ]
    );
    let excluded: Vec<&str> = t["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(excluded, ["Ξένια Παππά", "Иван Петров"]);
    for e in t["excluded"].as_array().unwrap() {
        assert!(
            e["reason"].as_str().unwrap().contains("work for ACME"),
            "{e}"
        );
    }
    assert_eq!(t["tie_breaks"].as_array().unwrap().len(), 0);
    assert_eq!(
        t["warnings"].as_array().unwrap().len(),
        0,
        "{}",
        t["warnings"]
    );
    assert_eq!(t["quorum_met"], Value::Null);
    assert_eq!(t["ballots"], 10);
    assert_eq!(t["eligible"], 12);
    assert_eq!(t["turnout"], "83.33%");
    let cands = t["candidates"].as_array().unwrap();
    let find = |n: &str| cands.iter().find(|c| c["name"] == n).unwrap().clone();
    assert_eq!(find("Ξένια Παππά")["votes"], "7");
    assert_eq!(find("Ξένια Παππά")["rank"], 3);
    assert_eq!(find("Ξένια Παππά")["status"], "disqualified");
    assert_eq!(find("Bob Jones")["status"], "elected");
    assert_eq!(find("Carol White")["status"], "not elected");
    assert_eq!(find("Grace Hopper")["votes"], "0");

    // Results CSV: one row per nominee in rank order, an empty line, then
    // the summary (tests/desk_words.rs checks the layout in full).
    let out = db.out("results.csv");
    db.ok(&["results", "export", "2020 term", "--out", s(&out)]);
    let csv = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "rank,name,employer,votes,status,reason");
    assert_eq!(lines[1], "1,Stéphane Dupont,ACME,9,elected,");
    assert!(
        lines[3].starts_with("3,Ξένια Παππά,ACME,7,disqualified,"),
        "{csv}"
    );
    assert_eq!(lines[5], "5,稲田直哉,Globex,5,elected,");
    assert!(lines.contains(&"Ballots cast,10"), "{csv}");
    assert!(lines.contains(&"Eligible voters,12"), "{csv}");
    assert!(lines.contains(&"Turnout,83.33%"), "{csv}");

    // Certificate: a PDF whose text shows every name.
    let pdf = db.out("certificate.pdf");
    db.ok(&["certificate", "2020 term", "--out", s(&pdf)]);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdf_reading(&pdf);
    for (name, _) in PEP13_NOMINEES {
        assert!(
            text.contains(name),
            "certificate text lacks {name}:\n{text}"
        );
    }
    assert!(
        text.contains(t["ballot_sha256"].as_str().unwrap()),
        "{text}"
    );

    // The audit log holds every step and verifies.
    let audit = db.json(&["audit", "verify", "--json"]);
    assert_eq!(audit["ok"], true);
    assert!(audit["entries"].as_u64().unwrap() >= 13);

    // Certified: every change is refused.
    db.ok(&[
        "term",
        "certify",
        "2020 term",
        "--officer",
        "Returns Officer",
    ]);
    let err = db.fails(&["nominee", "add", "2020 term", "--name", "Late Comer"]);
    assert!(err.contains("certified"), "{err}");
    let err = db.fails(&["ballots", "import", "2020 term", s(&pep13("ballots.csv"))]);
    assert!(err.contains("certified"), "{err}");
    let err = db.fails(&["tally", "2020 term"]);
    assert!(err.contains("certified"), "{err}");
}

#[test]
fn ragged_ballot_file_is_refused_and_nothing_written() {
    let db = Db::new();
    db.pep13_term();
    let file = pep13("ragged.csv");
    let err = db.fails(&["ballots", "import", "2020 term", s(&file)]);
    assert!(err.contains("ragged.csv"), "{err}");
    assert!(err.contains(":3"), "the error must name line 3: {err}");
    let batches = db.json(&["ballots", "list", "2020 term", "--json"]);
    assert_eq!(batches.as_array().unwrap().len(), 0);
    let terms = db.json(&["term", "list", "--json"]);
    assert_eq!(terms[0]["ballots"], 0);
    assert_eq!(terms[0]["stage"], "nominations");
}

#[test]
fn unknown_candidate_column_is_refused_and_nothing_written() {
    let db = Db::new();
    db.pep13_term();
    let file = pep13("unknown-column.csv");
    let err = db.fails(&["ballots", "import", "2020 term", s(&file)]);
    assert!(err.contains("unknown-column.csv"), "{err}");
    assert!(err.contains("Nobody Known"), "{err}");
    assert!(err.contains("not a nominee"), "{err}");
    let terms = db.json(&["term", "list", "--json"]);
    assert_eq!(terms[0]["ballots"], 0);
}

#[test]
fn same_ballot_file_twice_is_refused() {
    let db = Db::new();
    db.pep13_term();
    let f = pep13("ballots.csv");
    db.ok(&["ballots", "import", "2020 term", s(&f)]);
    let err = db.fails(&["ballots", "import", "2020 term", s(&f)]);
    assert!(err.contains("already imported"), "{err}");
}

/// Two candidates tied for the last seat: the seeded draw decides, is
/// recorded with its seed, and gives the same result in a fresh file.
#[test]
fn tie_for_last_seat_is_drawn_reproducibly() {
    let files = Db::new();
    let ballots = files.file("tie.csv", "Ann,Ben,Cleo\nx,x,\nx,,x\nx,,\n,x,x\n");
    let run = || {
        let db = Db::new();
        db.ok(&[
            "term",
            "create",
            "T",
            "--seats",
            "2",
            "--method",
            "approval",
            "--seed",
            "board 2026",
        ]);
        for n in ["Ann", "Ben", "Cleo"] {
            db.ok(&["nominee", "add", "T", "--name", n]);
        }
        db.ok(&[
            "ballots",
            "import",
            "T",
            s(&ballots),
            "--small-batch-reason",
            "a test of the draw",
        ]);
        db.json(&["tally", "T", "--json"])
    };
    let a = run();
    let b = run();
    assert_eq!(a["winners"], b["winners"]);
    let tb = &a["tie_breaks"][0];
    assert_eq!(strings(&tb["tied"]), ["Ben", "Cleo"]);
    assert!(tb["seed"].as_str().unwrap().starts_with("board 2026\n"));
    assert_eq!(a["winners"][0], "Ann");
    assert!(
        a["warnings"][0]
            .as_str()
            .unwrap()
            .contains("voter roll is empty"),
        "{}",
        a["warnings"]
    );
    assert_eq!(a["winners"][1], tb["outcome"][0]);
    // The stateless count of the same file draws the same way.
    let c = scrutineer_json(&[
        "count",
        s(&ballots),
        "--method",
        "approval",
        "--seats",
        "2",
        "--seed",
        "board 2026",
        "--json",
    ]);
    assert_eq!(c["winners"], a["winners"]);
}

#[test]
fn bad_arguments_get_clear_errors() {
    let db = Db::new();
    let err = db.fails(&["term", "create", "X", "--seats", "3", "--method", "borda"]);
    assert!(err.contains("unknown counting method `borda`"), "{err}");
    let err = db.misused(&[
        "term", "create", "X", "--seats", "0", "--method", "approval",
    ]);
    assert!(err.contains("at least 1"), "{err}");
    let err = db.fails(&["tally", "No such term"]);
    assert!(err.contains("no term named \"No such term\""), "{err}");
    db.ok(&[
        "term", "create", "X", "--seats", "1", "--method", "approval",
    ]);
    let err = db.fails(&[
        "term", "create", "X", "--seats", "1", "--method", "approval",
    ]);
    assert!(err.contains("already exists"), "{err}");
    let err = db.fails(&["ballots", "import", "X", "/nonexistent/ballots.csv"]);
    assert!(err.contains("no nominees yet"), "{err}");
    db.ok(&["nominee", "add", "X", "--name", "Ann"]);
    let err = db.fails(&["ballots", "import", "X", "/nonexistent/ballots.csv"]);
    assert!(err.contains("/nonexistent/ballots.csv"), "{err}");
    let err = db.fails(&["nominee", "add", "X", "--name", "  "]);
    assert!(err.contains("must not be empty"), "{err}");
}

#[test]
fn count_reproduces_kubernetes_2021_from_the_published_ballots() {
    let dir = reference("kubernetes-steering/2021");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let c = count_json(&dir.join("ballots.csv"), "schulze", Some(4));
    assert_eq!(c["winners"], expected["winners"]);
    assert_eq!(c["ranking"], expected["ranking"]);
}

fn count_json(file: &Path, method: &str, seats: Option<u64>) -> Value {
    let seats = seats.map(|n| n.to_string());
    let mut args = vec!["count", s(file), "--method", method, "--json"];
    if let Some(n) = &seats {
        args.extend(["--seats", n]);
    }
    scrutineer_json(&args)
}

/// `scrutineer count` re-derives every published Kubernetes ranking from
/// the published ballots.
#[test]
fn count_rederives_every_kubernetes_election() {
    let root = reference("kubernetes-steering");
    let mut n = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let dir = entry.unwrap().path();
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap())
                .unwrap();
        let c = count_json(
            &dir.join("ballots.csv"),
            "schulze",
            expected["seats"].as_u64(),
        );
        assert_eq!(c["ranking"], expected["ranking"], "{}", dir.display());
        assert_eq!(c["winners"], expected["winners"], "{}", dir.display());
        assert_eq!(c["ballots"], expected["ballots"], "{}", dir.display());
        n += 1;
    }
    assert_eq!(n, 11, "expected 11 Kubernetes elections");
}

/// `scrutineer count` re-derives every Glasgow 2007 ward: the elected and
/// every final figure to 5 decimals, the quota and the non-transferable total.
#[test]
fn count_rederives_every_glasgow_ward() {
    let root = reference("scotland-2007");
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut n = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let blt = entry.unwrap().path();
        if blt.extension().and_then(|e| e.to_str()) != Some("blt") {
            continue;
        }
        let expected_path = blt.with_extension("expected.json");
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(&expected_path).unwrap()).unwrap();
        let c = count_json(&blt, "stv-scottish", None);
        let mut won: Vec<String> = strings(&c["winners"]).iter().map(|s| clean(s)).collect();
        let mut want: Vec<String> = strings(&expected["elected"])
            .iter()
            .map(|s| clean(s))
            .collect();
        won.sort();
        want.sort();
        assert_eq!(won, want, "{}", blt.display());
        let last = c["rounds"].as_array().unwrap().last().unwrap().clone();
        assert_eq!(last["quota"], expected["quota"], "{}", blt.display());
        assert_eq!(
            last["exhausted"],
            expected["nontransferable_final"],
            "{}",
            blt.display()
        );
        for (name, votes) in expected["final_votes"].as_object().unwrap() {
            let got = c["candidates"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| clean(x["name"].as_str().unwrap()) == clean(name))
                .unwrap_or_else(|| panic!("{}: no candidate {name}", blt.display()));
            assert_eq!(&got["votes"], votes, "{}: {name}", blt.display());
        }
        n += 1;
    }
    assert_eq!(n, 21, "expected 21 Glasgow wards");
}

/// A term counted under Scottish STV from an imported BLT file gives the
/// published Glasgow figures, and its certificate and CSV carry them.
#[test]
fn stv_term_from_a_blt_file_reproduces_calton_2007() {
    let db = Db::new();
    let (ward, expected) = db.calton_2007_term();
    let batch = db.json(&["ballots", "import", "Calton 2007", s(&ward), "--json"]);
    assert_eq!(batch["count"], expected["ballots"]);
    let t = db.json(&["tally", "Calton 2007", "--json"]);
    assert_eq!(t["winners"], elected_in_order(&expected));
    for c in t["candidates"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        assert_eq!(c["votes"], expected["final_votes"][name], "{name}");
    }
    let rounds = t["outcome"]["rounds"].as_array().unwrap();
    assert_eq!(rounds.last().unwrap()["quota"], expected["quota"]);
    // The reference numbers the first-preference stage 0.
    assert_eq!(
        rounds.len() as u64 - 1,
        expected["rounds"].as_u64().unwrap()
    );
    let out = db.out("calton.csv");
    db.ok(&["results", "export", "Calton 2007", "--out", s(&out)]);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.contains("George Redmond,,1300.00000,elected"), "{csv}");
}

/// The officer is warned, in the result and on the certificate, when the
/// quorum is not met or there are more ballots than voters on the roll.
#[test]
fn quorum_and_too_many_ballots_are_flagged() {
    let db = Db::new();
    db.ok(&[
        "term", "create", "Q", "--seats", "1", "--method", "approval", "--quorum", "90",
    ]);
    db.ok(&["roll", "import", "Q", s(&pep13("roll.csv"))]);
    for (name, _) in PEP13_NOMINEES {
        db.ok(&["nominee", "add", "Q", "--name", name]);
    }
    db.ok(&["ballots", "import", "Q", s(&pep13("ballots.csv"))]);
    let t = db.json(&["tally", "Q", "--json"]);
    assert_eq!(t["turnout"], "83.33%");
    assert_eq!(t["quorum_met"], false);
    assert_eq!(strings(&t["warnings"]), ["The quorum was not met."]);
    let text = db.ok(&["tally", "Q"]);
    assert!(text.contains("Warning: The quorum was not met."), "{text}");

    // Remove voters until there are fewer on the roll than ballots.
    for email in ["grace@example.com", "mohamed@example.eg", "zoe@example.se"] {
        db.ok(&[
            "roll",
            "remove",
            "Q",
            "--email",
            email,
            "--reason",
            "not members",
        ]);
    }
    let t = db.json(&["tally", "Q", "--json"]);
    assert_eq!(t["turnout"], "111.11%");
    let w = strings(&t["warnings"]);
    assert!(
        w[0].contains("more ballots (10) than voters on the roll (9)"),
        "{w:?}"
    );
    let pdf = db.out("q.pdf");
    db.ok(&["certificate", "Q", "--out", s(&pdf)]);
    let text = pdf_reading(&pdf);
    assert!(text.contains("more ballots (10) than voters"), "{text}");
}
