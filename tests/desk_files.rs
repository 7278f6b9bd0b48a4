//! Issue 10, part 1, through the `scrutineer` binary: election files and
//! their backups, correcting a term, certification that means something
//! (draft until certified, who and when, an identifier on every page), ties
//! shown the same way everywhere, and an audit log that names who acted and
//! records the exports. (Part of the scrutineer-cli package; see its
//! Cargo.toml.)

mod common;
use common::{pdf_pages, pep13, reference, s, Db};
use serde_json::Value;
use std::path::Path;

const OFFICER: &str = "Zoë Ødegaard";
const WITNESS: &str = "Иван Петров";

impl Db {
    /// An election file with the `.scrutineer` extension, its settings in
    /// its own folder, and local times in Paris.
    fn board() -> Db {
        let db = Db::named("board.scrutineer");
        let settings = db.out("settings.json");
        db.with_env("SCRUTINEER_SETTINGS", s(&settings))
            .with_env("TZ", "Europe/Paris")
    }

    /// `audit verify --json` of a file that fails: exit 1, and the report.
    fn verify_fails(&self) -> Value {
        let o = self.run(&["audit", "verify", "--json"]);
        assert_eq!(o.status.code(), Some(1));
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(v["ok"], false, "{v}");
        v
    }

    fn verify_ok(&self) {
        let v = self.json(&["audit", "verify", "--json"]);
        assert_eq!(v["ok"], true, "{v}");
    }
}

fn sqlite(db: &Path, sql: &str) {
    let c = rusqlite::Connection::open(db).unwrap();
    c.execute_batch(sql).unwrap();
}

/// Election files: `.scrutineer` files open with --db; a backup is taken
/// before deleting a term and before replacing the roll, listed, and
/// restoring one brings the term back (after backing up the current file);
/// a copy opens as an election file of its own, and can never be written
/// over the election file.
#[test]
fn backups_before_irreversible_steps_are_listed_and_restored() {
    let db = Db::board();
    db.ok(&[
        "term", "create", "Mistake", "--seats", "1", "--method", "approval",
    ]);
    db.ok(&["roll", "import", "Mistake", s(&pep13("roll.csv"))]);
    assert!(db.ok(&["backup", "list"]).contains("no backups"));

    // Replacing the roll (apply a diff) is backed up first.
    let roll = std::fs::read_to_string(pep13("roll.csv")).unwrap();
    let kept: Vec<&str> = roll.lines().take(5).collect();
    let smaller = db.file("smaller.csv", kept.join("\n") + "\n");
    db.ok(&[
        "roll",
        "diff",
        "Mistake",
        s(&smaller),
        "--apply",
        "--reason",
        "the roll was replaced",
    ]);
    let list = db.json(&["backup", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["step"], "replace-roll");

    db.ok(&[
        "term",
        "delete",
        "Mistake",
        "--reason",
        "created by mistake",
    ]);
    assert!(db.fails(&["term", "show", "Mistake"]).contains("Mistake"));
    let list = db.json(&["backup", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let newest = list[0].clone();
    assert_eq!(newest["step"], "delete-term");
    let name = newest["name"].as_str().unwrap();
    assert!(
        name.starts_with("board-") && name.ends_with("-delete-term.scrutineer"),
        "{name}"
    );
    assert!(db.dir().join("backups").join(name).is_file());
    let log = db.ok(&["audit", "log"]);
    assert!(
        log.contains("term.delete") && log.contains("created by mistake"),
        "{log}"
    );
    db.verify_ok();

    // A name that is not a backup is refused, naming it.
    assert!(db
        .fails(&["backup", "restore", "../board.scrutineer"])
        .contains("not the name of a backup"));
    assert!(db
        .fails(&["backup", "restore", "nothing.scrutineer"])
        .contains("no backup named"));

    db.ok(&["backup", "restore", name]);
    let t = db.json(&["term", "show", "Mistake", "--json"]);
    assert_eq!(t["name"], "Mistake");
    let list = db.json(&["backup", "list", "--json"]);
    assert_eq!(list.as_array().unwrap().len(), 3);
    assert_eq!(list[0]["step"], "before-restore");
    db.verify_ok();

    // Save a copy: it opens on its own; the election file itself is refused.
    let copy = db.out("copy.scrutineer");
    db.ok(&["backup", "copy", "--out", s(&copy)]);
    let o = db.at(&copy, &["term", "list", "--json"]);
    assert!(o.status.success());
    let terms: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(terms[0]["name"], "Mistake");
    let err = db.fails(&["backup", "copy", "--out", s(&db.path)]);
    assert!(
        err.contains("election file") && err.contains("nothing was written"),
        "{err}"
    );

    // A term with ballots cannot be deleted.
    db.ok(&[
        "term", "create", "Real", "--seats", "1", "--method", "approval",
    ]);
    db.ok(&["nominee", "add", "Real", "--name", "Ann"]);
    db.ok(&["nominee", "add", "Real", "--name", "Bob"]);
    let b = db.file("b.csv", "Ann,Bob\nx,\nx,\n,x\nx,x\nx,\n");
    db.ok(&["ballots", "import", "Real", s(&b)]);
    let err = db.fails(&["term", "delete", "Real", "--reason", "oops"]);
    assert!(err.contains("has ballots"), "{err}");
}

/// Correcting mistakes: a term's settings change with a reason, each
/// change one audit entry with the old and new values, verify stays clean;
/// after the ballots a change discards the result, and the method can no
/// longer switch to another kind of ballot; a certified term refuses.
#[test]
fn term_edit_records_old_and_new_values_and_keeps_verify_clean() {
    let db = Db::board();
    db.ok(&[
        "term",
        "create",
        "Boad 2026",
        "--seats",
        "2",
        "--method",
        "approval",
    ]);
    db.ok(&[
        "term",
        "edit",
        "Boad 2026",
        "--name",
        "Board 2026",
        "--seats",
        "3",
        "--method",
        "plurality",
        "--max-per-employer",
        "1",
        "--quorum",
        "20",
        "--seed",
        "published seed",
        "--organisation",
        "Société Générale",
        "--reason",
        "typo in the name; three seats",
    ]);
    let t = db.json(&["term", "show", "Board 2026", "--json"]);
    assert_eq!(t["seats"], 3);
    assert_eq!(t["method"], "plurality");
    assert_eq!(t["max_per_employer"], 1);
    assert_eq!(t["quorum_percent"], 20);
    assert_eq!(t["organisation"], "Société Générale");
    let log = db.json(&["audit", "log", "--json"]);
    let edit = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "term.edit")
        .unwrap();
    let d = edit["detail"].as_str().unwrap();
    for part in [
        "name: \"Boad 2026\" -> \"Board 2026\"",
        "seats: 2 -> 3",
        "method: approval -> plurality",
        "max_per_employer: none -> 1",
        "quorum_percent: none -> 20",
        "reason: typo in the name; three seats",
    ] {
        assert!(d.contains(part), "{part} missing from {d}");
    }
    db.verify_ok();
    db.ok(&[
        "term",
        "edit",
        "Board 2026",
        "--max-per-employer",
        "none",
        "--quorum",
        "none",
        "--reason",
        "no limits",
    ]);
    assert_eq!(
        db.json(&["term", "show", "Board 2026", "--json"])["max_per_employer"],
        Value::Null
    );
    let err = db.fails(&[
        "term",
        "edit",
        "Board 2026",
        "--seats",
        "3",
        "--reason",
        "again",
    ]);
    assert!(err.contains("nothing to change"), "{err}");
    let err = db.fails(&[
        "term",
        "edit",
        "Board 2026",
        "--seats",
        "4",
        "--reason",
        "  ",
    ]);
    assert!(err.contains("reason"), "{err}");

    // Ballots in, counted: a seat change discards the result.
    db.ok(&[
        "term",
        "edit",
        "Board 2026",
        "--method",
        "approval",
        "--reason",
        "approval after all",
    ]);
    db.ok(&["nominee", "add", "Board 2026", "--name", "Ann"]);
    db.ok(&["nominee", "add", "Board 2026", "--name", "Bob"]);
    let b = db.file("b.csv", "Ann,Bob\nx,\nx,\n,x\nx,x\nx,\n");
    db.ok(&["ballots", "import", "Board 2026", s(&b)]);
    db.ok(&["tally", "Board 2026"]);
    let err = db.fails(&[
        "term",
        "edit",
        "Board 2026",
        "--method",
        "schulze",
        "--reason",
        "r",
    ]);
    assert!(err.contains("another kind of ballot"), "{err}");
    db.ok(&[
        "term",
        "edit",
        "Board 2026",
        "--seats",
        "1",
        "--reason",
        "one seat was vacant",
    ]);
    let t = db.json(&["term", "show", "Board 2026", "--json"]);
    assert_eq!(t["stage"], "voting");
    assert!(db
        .fails(&[
            "results",
            "export",
            "Board 2026",
            "--out",
            s(&db.out("r.csv"))
        ])
        .contains("not been counted"));
    db.verify_ok();

    // Certified: no edit, no delete.
    db.ok(&["tally", "Board 2026"]);
    db.ok(&["term", "certify", "Board 2026", "--officer", OFFICER]);
    assert!(db
        .fails(&[
            "term",
            "edit",
            "Board 2026",
            "--seats",
            "2",
            "--reason",
            "r"
        ])
        .contains("certified"));
    assert!(db
        .fails(&["term", "delete", "Board 2026", "--reason", "r"])
        .contains("certified"));

    // Changing the rules outside Scrutineer is caught even after an edit.
    sqlite(
        &db.path,
        "UPDATE term SET seats = 9 WHERE name = 'Board 2026'",
    );
    let v = db.verify_fails();
    assert!(v["problems"].to_string().contains("rules"), "{v}");
}

/// Certification: the certificate is a draft on every page, and the results
/// CSV says so, until the term is certified with the officer's name; then
/// every page says who certified it, when (local time, with the zone), and
/// carries the certificate's identifier. The audit log names who acted and
/// records the exports; a changed certification record fails verify.
#[test]
fn certificate_is_a_draft_until_certified_by_a_named_officer() {
    let db = Db::board();
    db.pep13_counted();
    let pdf = db.out("draft.pdf");
    db.ok(&["certificate", "2020 term", "--out", s(&pdf)]);
    let draft = pdf_pages(&pdf);
    assert!(!draft.is_empty());
    for (i, p) in draft.iter().enumerate() {
        assert!(
            p.contains("DRAFT — not certified"),
            "page {} is not marked:\n{p}",
            i + 1
        );
    }
    let csv = db.out("draft.csv");
    db.ok(&["results", "export", "2020 term", "--out", s(&csv)]);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        // The summary section (desk-words' layout): `item,value`.
        text.contains("\r\nStatus,DRAFT — not certified\r\n"),
        "{text}"
    );

    // Certify asks for the officer: none given, none stored.
    let err = db.fails(&["term", "certify", "2020 term"]);
    assert!(err.contains("returns officer's name"), "{err}");
    // Moving the stage by hand is not certifying.
    assert!(db
        .fails(&["term", "stage", "2020 term", "certified"])
        .contains("--officer"));

    // The officer's name set once, in the settings.
    db.ok(&["settings", "officer", OFFICER]);
    assert!(db.ok(&["settings", "show"]).contains(OFFICER));
    let out = db.ok(&["term", "certify", "2020 term", "--witness", WITNESS]);
    assert!(out.contains("Europe/Paris (UTC+0"), "{out}");
    let show = db.ok(&["term", "show", "2020 term"]);
    assert!(
        show.contains(&format!("by {OFFICER}, witnessed by {WITNESS}")),
        "{show}"
    );
    let id = out
        .lines()
        .find_map(|l| l.strip_prefix("Certificate identifier: "))
        .unwrap()
        .to_string();
    assert_eq!(id.len(), 16);
    assert!(db.ok(&["backup", "list"]).contains("before certify"));

    let pdf = db.out("certified.pdf");
    db.ok(&["certificate", "2020 term", "--out", s(&pdf)]);
    for (i, p) in pdf_pages(&pdf).iter().enumerate() {
        assert!(!p.contains("DRAFT"), "page {} still a draft", i + 1);
        assert!(p.contains("Certified on"), "page {}:\n{p}", i + 1);
        assert!(p.contains(&format!("by {OFFICER}")), "page {}:\n{p}", i + 1);
        assert!(p.contains(&id), "page {} lacks the identifier {id}", i + 1);
        assert!(p.contains("Europe/Paris"), "page {}:\n{p}", i + 1);
    }
    let csv = db.out("certified.csv");
    db.ok(&["results", "export", "2020 term", "--out", s(&csv)]);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        // The summary section (desk-words' layout): `item,value`.
        text.contains("\r\nStatus,\"Certified on")
            && text.contains(&format!("\r\nCertificate identifier,{id}\r\n")),
        "{text}"
    );
    assert!(
        text.contains(&format!("by {OFFICER}, witnessed by {WITNESS}")),
        "{text}"
    );
    assert!(!text.contains("DRAFT"));
    db.ok(&[
        "roll",
        "export",
        "2020 term",
        "--format",
        "csv",
        "--out",
        s(&db.out("roll-out.csv")),
    ]);

    // The audit log: local times, who acted, the exports.
    let log = db.ok(&["audit", "log", "2020 term"]);
    assert!(log.contains("Europe/Paris"), "{log}");
    for action in [
        "term.certify",
        "export.certificate",
        "export.results",
        "export.roll",
    ] {
        // The latest of each: after the officer's name was set.
        let line = log
            .lines()
            .rfind(|l| l.contains(action))
            .unwrap_or_else(|| panic!("{action} missing:\n{log}"));
        assert!(line.ends_with(&format!("by {OFFICER}")), "{line}");
    }
    let first_export = log
        .lines()
        .find(|l| l.contains("export.certificate"))
        .unwrap();
    assert!(
        !first_export.contains(" by "),
        "before the officer was set: {first_export}"
    );
    assert!(!log.contains("draft.pdf"), "the log names no file: {log}");
    // --officer on the command line wins over the setting.
    db.ok(&[
        "--officer",
        "Deputy Officer",
        "certificate",
        "2020 term",
        "--out",
        s(&pdf),
    ]);
    let log = db.ok(&["audit", "log"]);
    assert!(
        log.lines().last().unwrap().ends_with("by Deputy Officer"),
        "{log}"
    );
    db.verify_ok();

    // Certified twice: refused.
    assert!(db
        .fails(&["term", "certify", "2020 term"])
        .contains("certified"));
    // Who certified, changed outside Scrutineer: caught.
    sqlite(
        &db.path,
        "UPDATE certification SET officer = 'Somebody Else'",
    );
    let v = db.verify_fails();
    assert!(v["problems"].to_string().contains("rules"), "{v}");
    assert!(db
        .fails(&["certificate", "2020 term", "--out", s(&pdf)])
        .contains("rules"));
}

/// Ties (Kubernetes code-of-conduct 2025: Sean McGinnis and Swati Sehgal tie
/// 2-2 under Schulze for the last seat): the winner of the draw is marked
/// "elected by draw", the tied candidates come in the same order in the
/// stored result (what the window shows), the CSV and the certificate, and
/// the seed text and the ballot-set hash are two separate lines.
#[test]
fn a_tie_decided_seat_is_marked_and_ordered_the_same_everywhere() {
    let db = Db::board();
    let folder = reference("kubernetes-elekto/code-of-conduct-2025");
    db.ok(&["term", "import", s(&folder), "--name", "CoC 2025"]);
    let t = db.json(&["tally", "CoC 2025", "--json"]);
    let ties = t["tie_breaks"].as_array().unwrap();
    let tie = ties
        .iter()
        .find(|tb| {
            tb["tied"].as_array().unwrap().len() == 2 && tb["tied"].to_string().contains("McGinnis")
        })
        .unwrap_or_else(|| panic!("no McGinnis tie in {ties:?}"));
    let drawn: Vec<&str> = tie["outcome"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect();
    let cands = t["candidates"].as_array().unwrap();
    let status = |n: &str| cands.iter().find(|c| c["name"] == n).unwrap()["status"].clone();
    assert_eq!(status(drawn[0]), "elected by draw", "{cands:?}");
    assert_eq!(status(drawn[1]), "not elected");
    let order: Vec<&str> = cands.iter().map(|c| c["name"].as_str().unwrap()).collect();
    let pos = |n: &str| order.iter().position(|x| *x == n).unwrap();
    assert!(pos(drawn[0]) < pos(drawn[1]), "window order {order:?}");

    let csv = db.out("coc.csv");
    db.ok(&["results", "export", "CoC 2025", "--out", s(&csv)]);
    let text = std::fs::read_to_string(&csv).unwrap();
    let csv_names: Vec<String> = text
        .lines()
        .skip(1)
        // The nominees' table ends at the empty line before the summary.
        .take_while(|l| !l.is_empty())
        .map(|l| l.split(',').nth(1).unwrap().to_string())
        .collect();
    assert_eq!(csv_names, order, "CSV order differs from the window's");
    let winner_row = text.lines().find(|l| l.contains(drawn[0])).unwrap();
    // rank,name,employer,votes,status,reason: the status column.
    assert_eq!(
        winner_row.split(',').nth(4),
        Some("elected by draw"),
        "{winner_row}"
    );

    let pdf = db.out("coc.pdf");
    db.ok(&["certificate", "CoC 2025", "--out", s(&pdf)]);
    let all = pdf_pages(&pdf).join("\n");
    let in_pdf: Vec<usize> = order
        .iter()
        .map(|n| all.find(n).unwrap_or(usize::MAX))
        .collect();
    let mut sorted = in_pdf.clone();
    sorted.sort();
    assert_eq!(in_pdf, sorted, "certificate order differs: {order:?}");
    assert!(all.contains("elected by draw"), "{all}");
    let hash = t["ballot_sha256"].as_str().unwrap();
    let hash_line = all
        .lines()
        .find(|l| l.contains("Ballot-set SHA-256"))
        .unwrap();
    assert!(hash_line.contains(hash) || all.contains(hash), "{all}");
    // The seed text box holds the seed text (the sorted names by default),
    // not the hash.
    let seed_line = all.lines().find(|l| l.starts_with("Seed")).unwrap();
    assert!(!seed_line.contains(hash), "{seed_line}");
}
