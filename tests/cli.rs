//! CLI integration tests: the whole story of a PEP 13 election through the
//! `scrutineer` binary, and the ways it must refuse bad input without
//! writing anything. (Part of the scrutineer-cli package; see its Cargo.toml.)

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

fn pep13(file: &str) -> PathBuf {
    fixtures().join("pep13").join(file)
}

fn reference() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/reference-elections");
    assert!(
        p.is_dir(),
        "the reference elections are missing: expected them at {}",
        p.display()
    );
    p
}

struct Db {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

impl Db {
    fn new() -> Db {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("election.db");
        Db { _dir: dir, path }
    }

    fn dir(&self) -> &Path {
        self._dir.path()
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_scrutineer"))
            .arg("--db")
            .arg(&self.path)
            .args(args)
            .env_remove("SCRUTINEER_DB")
            .output()
            .expect("run scrutineer")
    }

    /// Run and require success; return stdout.
    fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(
            o.status.success(),
            "scrutineer {args:?} failed:\n{}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.ok(args);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}):\n{out}"))
    }

    /// Run and require failure; return stderr.
    fn fails(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(
            !o.status.success(),
            "scrutineer {args:?} should have failed but printed:\n{}",
            String::from_utf8_lossy(&o.stdout)
        );
        String::from_utf8(o.stderr).unwrap()
    }
}

const NOMINEES: [(&str, &str); 8] = [
    ("Stéphane Dupont", "ACME"),
    ("Łukasz Nowak", "ACME"),
    ("Ξένια Παππά", "ACME"),
    ("Иван Петров", "Acme"), // same employer, other spelling
    ("稲田直哉", "Globex"),
    ("Alice Smith", "Initech"),
    ("Bob Jones", ""),
    ("Carol White", "Globex"),
];

/// A PEP 13 term with its roll and nominees, ready for ballots.
fn pep13_term(db: &Db) {
    db.ok(&[
        "term",
        "create",
        "2020 term",
        "--seats",
        "5",
        "--method",
        "approval",
        "--max-per-employer",
        "2",
        "--organisation",
        "Python Software Foundation",
    ]);
    let roll = db.json(&[
        "roll",
        "import",
        "2020 term",
        pep13("roll.csv").to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(roll["imported"], 12, "{roll}");
    for (name, employer) in NOMINEES {
        let mut args = vec!["nominee", "add", "2020 term", "--name", name];
        if !employer.is_empty() {
            args.extend(["--employer", employer]);
        }
        db.ok(&args);
    }
}

fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn pep13_story_end_to_end() {
    let db = Db::new();
    pep13_term(&db);
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
        statement.to_str().unwrap(),
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
        pep13("ballots.csv").to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(batch["count"], 10);
    assert_eq!(batch["sha256"].as_str().unwrap().len(), 64);

    let t = db.json(&["tally", "2020 term", "--json"]);
    // Votes: Stéphane 9, Łukasz 8, Ξένια 7, Иван 6, 稲田 5, Alice 4, Bob 3,
    // Carol 2, Grace 0. ACME has 4 of the top 5: Ξένια is disqualified, then
    // Иван (the cascade), and 稲田直哉, Alice and Bob move up.
    assert_eq!(
        names(&t["winners"]),
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
    let out = db.dir().join("results.csv");
    db.ok(&[
        "results",
        "export",
        "2020 term",
        "--out",
        out.to_str().unwrap(),
    ]);
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
    let pdf = db.dir().join("certificate.pdf");
    db.ok(&["certificate", "2020 term", "--out", pdf.to_str().unwrap()]);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed: `make test` installs it");
    let text = String::from_utf8(text.stdout).unwrap();
    for (name, _) in NOMINEES {
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
    let err = db.fails(&[
        "ballots",
        "import",
        "2020 term",
        pep13("ballots.csv").to_str().unwrap(),
    ]);
    assert!(err.contains("certified"), "{err}");
    let err = db.fails(&["tally", "2020 term"]);
    assert!(err.contains("certified"), "{err}");
}

#[test]
fn ragged_ballot_file_is_refused_and_nothing_written() {
    let db = Db::new();
    pep13_term(&db);
    let file = pep13("ragged.csv");
    let err = db.fails(&["ballots", "import", "2020 term", file.to_str().unwrap()]);
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
    pep13_term(&db);
    let file = pep13("unknown-column.csv");
    let err = db.fails(&["ballots", "import", "2020 term", file.to_str().unwrap()]);
    assert!(err.contains("unknown-column.csv"), "{err}");
    assert!(err.contains("Nobody Known"), "{err}");
    assert!(err.contains("not a nominee"), "{err}");
    let terms = db.json(&["term", "list", "--json"]);
    assert_eq!(terms[0]["ballots"], 0);
}

#[test]
fn same_ballot_file_twice_is_refused() {
    let db = Db::new();
    pep13_term(&db);
    let f = pep13("ballots.csv");
    db.ok(&["ballots", "import", "2020 term", f.to_str().unwrap()]);
    let err = db.fails(&["ballots", "import", "2020 term", f.to_str().unwrap()]);
    assert!(err.contains("already imported"), "{err}");
}

/// Two candidates tied for the last seat: the seeded draw decides, is
/// recorded with its seed, and gives the same result in a fresh file.
#[test]
fn tie_for_last_seat_is_drawn_reproducibly() {
    let dir = tempfile::tempdir().unwrap();
    let ballots = dir.path().join("tie.csv");
    std::fs::write(&ballots, "Ann,Ben,Cleo\nx,x,\nx,,x\nx,,\n,x,x\n").unwrap();
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
            ballots.to_str().unwrap(),
            "--small-batch-reason",
            "a test of the draw",
        ]);
        db.json(&["tally", "T", "--json"])
    };
    let a = run();
    let b = run();
    assert_eq!(a["winners"], b["winners"]);
    let tb = &a["tie_breaks"][0];
    assert_eq!(names(&tb["tied"]), ["Ben", "Cleo"]);
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
    let o = Command::new(env!("CARGO_BIN_EXE_scrutineer"))
        .args([
            "count",
            ballots.to_str().unwrap(),
            "--method",
            "approval",
            "--seats",
            "2",
            "--seed",
            "board 2026",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let c: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(c["winners"], a["winners"]);
}

#[test]
fn bad_arguments_get_clear_errors() {
    let db = Db::new();
    let err = db.fails(&["term", "create", "X", "--seats", "3", "--method", "borda"]);
    assert!(err.contains("unknown counting method `borda`"), "{err}");
    let err = db.fails(&[
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
    let dir = reference().join("kubernetes-steering/2021");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_scrutineer"))
        .args([
            "count",
            dir.join("ballots.csv").to_str().unwrap(),
            "--method",
            "schulze",
            "--seats",
            "4",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let c: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(c["winners"], expected["winners"]);
    assert_eq!(c["ranking"], expected["ranking"]);
}

fn count_json(file: &Path, method: &str, seats: Option<u64>) -> Value {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_scrutineer"));
    cmd.arg("count")
        .arg(file)
        .args(["--method", method, "--json"]);
    if let Some(s) = seats {
        cmd.args(["--seats", &s.to_string()]);
    }
    let o = cmd.output().unwrap();
    assert!(
        o.status.success(),
        "{}: {}",
        file.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

/// `scrutineer count` re-derives every published Kubernetes ranking from
/// the published ballots.
#[test]
fn count_rederives_every_kubernetes_election() {
    let root = reference().join("kubernetes-steering");
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
    let root = reference().join("scotland-2007");
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
        let mut won: Vec<String> = names(&c["winners"]).iter().map(|s| clean(s)).collect();
        let mut want: Vec<String> = names(&expected["elected"])
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
    let ward = reference().join("scotland-2007/Calton-2007.blt");
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(ward.with_extension("expected.json")).unwrap(),
    )
    .unwrap();
    let db = Db::new();
    db.ok(&[
        "term",
        "create",
        "Calton 2007",
        "--seats",
        "3",
        "--method",
        "stv-scottish",
    ]);
    for name in expected["final_votes"].as_object().unwrap().keys() {
        db.ok(&["nominee", "add", "Calton 2007", "--name", name]);
    }
    let batch = db.json(&[
        "ballots",
        "import",
        "Calton 2007",
        ward.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(batch["count"], expected["ballots"]);
    let t = db.json(&["tally", "Calton 2007", "--json"]);
    assert_eq!(t["winners"], json_names(&expected["elected_steps"]));
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
    let out = db.dir().join("calton.csv");
    db.ok(&[
        "results",
        "export",
        "Calton 2007",
        "--out",
        out.to_str().unwrap(),
    ]);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.contains("George Redmond,,1300.00000,elected"), "{csv}");
}

/// The names of `elected_steps`, flattened in order.
fn json_names(steps: &Value) -> Value {
    Value::Array(
        steps
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s.as_array().unwrap().iter().cloned())
            .collect(),
    )
}

/// The officer is warned, in the result and on the certificate, when the
/// quorum is not met or there are more ballots than voters on the roll.
#[test]
fn quorum_and_too_many_ballots_are_flagged() {
    let db = Db::new();
    db.ok(&[
        "term", "create", "Q", "--seats", "1", "--method", "approval", "--quorum", "90",
    ]);
    db.ok(&["roll", "import", "Q", pep13("roll.csv").to_str().unwrap()]);
    for (name, _) in NOMINEES {
        db.ok(&["nominee", "add", "Q", "--name", name]);
    }
    db.ok(&[
        "ballots",
        "import",
        "Q",
        pep13("ballots.csv").to_str().unwrap(),
    ]);
    let t = db.json(&["tally", "Q", "--json"]);
    assert_eq!(t["turnout"], "83.33%");
    assert_eq!(t["quorum_met"], false);
    assert_eq!(names(&t["warnings"]), ["The quorum was not met."]);
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
    let w = names(&t["warnings"]);
    assert!(
        w[0].contains("more ballots (10) than voters on the roll (9)"),
        "{w:?}"
    );
    let pdf = db.dir().join("q.pdf");
    db.ok(&["certificate", "Q", "--out", pdf.to_str().unwrap()]);
    let out = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("more ballots (10) than voters"), "{text}");
}
