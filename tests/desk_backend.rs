//! The desk's backend (issue 10) and two Elekto gaps (issue 7), through the
//! binary: the refused rows of a roll import written as CSV by
//! `--refused-out`; an Elekto roll stored as members known by GitHub login
//! only (no address made up), on every path that reads the roll; an Elekto
//! folder imported in one transaction; the roll import's deferred indexes.
//! (Part of the scrutineer-cli package; see its Cargo.toml.)

mod common;
use common::{reference, s, Db};
use scrutineer_formats::csv_cell;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The cells of a CSV file, header included.
fn csv_cells(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap();
    r.records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// `(line, row, reason)` of a report's `rejected` list.
fn rejected(report: &Value) -> Vec<(String, String, String)> {
    report["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap().to_string(),
                r["row"].as_str().unwrap_or("").to_string(),
                r["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn total(db: &Db, term: &str) -> u64 {
    db.json(&["roll", "list", term, "--json"])["total"]
        .as_u64()
        .unwrap()
}

const ROLL: &str = "name,email,id\r\n\
                    Ann Lee,ann@example.org,1\r\n\
                    Bad Email,not-an-email,2\r\n\
                    =1+2,,3\r\n\
                    \"Lee, Jr.\",lee@example.org,4\r\n\
                    Ζωή Ιβάνοβα,ANN@example.org,5\r\n";

// ---- refused rows from the CLI ----------------------------------------------

#[test]
fn refused_rows_are_written_as_csv_with_the_row_as_read() {
    let db = Db::new();
    db.ok(&[
        "term", "create", "Board", "--seats", "1", "--method", "approval",
    ]);
    let roll = db.file("roll.csv", ROLL);
    // What the window gets from the import (and hands back to its "Refused
    // rows" export): the rows of a dry run, as JSON.
    let dry = db.json(&["roll", "import", "Board", s(&roll), "--dry-run", "--json"]);
    let window = rejected(&dry);
    let out = db.out("refused.csv");
    let said = db.ok(&[
        "roll",
        "import",
        "Board",
        s(&roll),
        "--refused-out",
        s(&out),
    ]);
    assert!(said.contains("Imported 2 voters"), "{said}");
    assert!(said.contains("Refused 3 rows:"), "{said}");
    assert!(said.contains(&format!("The refused rows are in {}.", out.display())));
    let cells = csv_cells(&out);
    assert_eq!(cells[0], ["line", "row", "reason"]);
    let got: Vec<(&str, &str)> = cells[1..]
        .iter()
        .map(|c| (c[0].as_str(), c[1].as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("3", "Bad Email,not-an-email,2"),
            // The row as read, a formula neutralised by a leading apostrophe.
            ("4", "'=1+2,,3"),
            ("6", "Ζωή Ιβάνοβα,ANN@example.org,5"),
        ]
    );
    assert!(cells[1][2].contains("not-an-email"), "{:?}", cells[1]);
    assert!(cells[3][2].contains("line 2"), "{:?}", cells[3]);
    // The same content as the window's export of the rows it was given
    // (formulas undone, the cells are the rows as reported).
    let restored: Vec<(String, String, String)> = cells[1..]
        .iter()
        .map(|c| {
            (
                c[0].clone(),
                csv_cell::restore(&c[1]).to_string(),
                csv_cell::restore(&c[2]).to_string(),
            )
        })
        .collect();
    assert_eq!(restored, window);

    // A second file: a voter already on the roll is refused after reading,
    // and the row is still shown as read.
    let more = db.file(
        "more.csv",
        "name;email\nNew One;new@example.org\nAnn Lee;ANN@Example.org\n",
    );
    let out2 = db.out("refused-2.csv");
    db.ok(&[
        "roll",
        "import",
        "Board",
        s(&more),
        "--refused-out",
        s(&out2),
    ]);
    let cells = csv_cells(&out2);
    assert_eq!(cells.len(), 2, "{cells:?}");
    assert_eq!(cells[1][0], "3");
    assert_eq!(cells[1][1], "Ann Lee;ANN@Example.org");
    assert!(
        cells[1][2].contains("already on the roll"),
        "{:?}",
        cells[1]
    );

    // No refused row: the file has its header only.
    let clean = db.file("clean.csv", "name,email\nZed,zed@example.org\n");
    let out3 = db.out("refused-3.csv");
    db.ok(&[
        "roll",
        "import",
        "Board",
        s(&clean),
        "--refused-out",
        s(&out3),
    ]);
    assert_eq!(
        std::fs::read_to_string(&out3).unwrap(),
        "line,row,reason\r\n"
    );
    assert_eq!(total(&db, "Board"), 4);
}

#[test]
fn a_bad_refused_out_fails_before_anything_is_imported() {
    let db = Db::new();
    db.ok(&[
        "term", "create", "Board", "--seats", "1", "--method", "approval",
    ]);
    let roll = db.file("roll.csv", ROLL);
    let err = db.fails(&[
        "roll",
        "import",
        "Board",
        s(&roll),
        "--refused-out",
        s(&db.path),
    ]);
    assert!(err.contains("the election file"), "{err}");
    let err = db.fails(&[
        "roll",
        "import",
        "Board",
        s(&roll),
        "--refused-out",
        s(&roll),
    ]);
    assert!(err.contains("the file being imported"), "{err}");
    assert_eq!(std::fs::read_to_string(&roll).unwrap(), ROLL);
    let nowhere = db.dir().join("no-such-folder/refused.csv");
    let err = db.fails(&[
        "roll",
        "import",
        "Board",
        s(&roll),
        "--refused-out",
        s(&nowhere),
    ]);
    assert!(
        err.contains("does not exist") && err.contains("nothing was imported"),
        "{err}"
    );
    assert_eq!(total(&db, "Board"), 0);
}

// ---- Elekto: members known by login only ------------------------------------

fn steering_2021() -> PathBuf {
    reference("kubernetes-elekto/steering-2021")
}

/// The voters' rows as stored: (name, email, email_key, member_id).
fn stored_voters(db: &Db) -> Vec<(String, Option<String>, String, Option<String>)> {
    let c = rusqlite::Connection::open(&db.path).unwrap();
    let mut st = c
        .prepare("SELECT name, email, email_key, member_id FROM voter ORDER BY id")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn an_elekto_roll_stores_logins_and_never_an_address() {
    let db = Db::new();
    let t = db.json(&[
        "term",
        "import",
        s(&steering_2021()),
        "--name",
        "Steering",
        "--json",
    ]);
    let voters = stored_voters(&db);
    assert_eq!(voters.len() as u64, t["voters"].as_u64().unwrap());
    for (name, email, key, id) in &voters {
        assert_eq!(email, &None, "{name}");
        assert_eq!(id.as_deref(), Some(name.as_str()));
        assert_eq!(key, &format!("id:{}", name.to_lowercase()));
    }
    let login = voters[0].0.clone();

    // Listed and searched by login, with no email.
    let page = db.json(&["roll", "list", "Steering", "--search", &login, "--json"]);
    let found = page["voters"].as_array().unwrap();
    assert!(found.iter().any(|v| v["name"] == login.as_str()), "{page}");
    assert!(found.iter().all(|v| v["email"] == ""), "{page}");

    // Exports: the CSV leaves the email empty; the address lists are refused.
    let csv_out = db.out("roll.csv");
    db.ok(&[
        "roll",
        "export",
        "Steering",
        "--format",
        "csv",
        "--out",
        s(&csv_out),
    ]);
    let cells = csv_cells(&csv_out);
    assert_eq!(cells[0], ["name", "email", "id", "weight", "membership"]);
    assert_eq!(cells.len() - 1, voters.len());
    assert!(cells[1..].iter().all(|c| c[1].is_empty() && c[0] == c[2]));
    for format in ["emails", "helios"] {
        let out = db.out(&format!("roll.{format}"));
        let err = db.fails(&[
            "roll",
            "export",
            "Steering",
            "--format",
            format,
            "--out",
            s(&out),
        ]);
        assert!(
            err.contains(&format!("{} voters on the roll", voters.len()))
                && err.contains("no email address"),
            "{err}"
        );
        assert!(!out.exists());
    }

    // Who voted, by login; an unknown login is refused with its line.
    let list = db.file(
        "voted.csv",
        format!(
            "login\n{}\n{}\nnobody-here\n",
            login,
            voters[1].0.to_uppercase()
        ),
    );
    let r = db.json(&["roll", "voted", "Steering", s(&list), "--json"]);
    assert_eq!(r["imported"], 2, "{r}");
    assert_eq!(rejected(&r).len(), 1, "{r}");
    assert_eq!(rejected(&r)[0].0, "4");

    // Removed by login.
    db.ok(&[
        "roll",
        "remove",
        "Steering",
        "--email",
        &login,
        "--reason",
        "left the project",
    ]);
    assert_eq!(stored_voters(&db).len(), voters.len() - 1);
    db.ok(&["audit", "verify"]);
}

// ---- Elekto: one transaction ------------------------------------------------

/// A copy of the steering-2021 folder, its ballots replaced by `ballots`.
fn damaged_copy(db: &Db, ballots: &str) -> PathBuf {
    let dir = db.dir().join("elekto");
    std::fs::create_dir(&dir).unwrap();
    for f in std::fs::read_dir(steering_2021()).unwrap() {
        let f = f.unwrap();
        std::fs::copy(f.path(), dir.join(f.file_name())).unwrap();
    }
    std::fs::write(dir.join("ballots.csv"), ballots).unwrap();
    dir
}

/// Nothing of the import is in the file: no term, nominee, voter, ballot or
/// audit entry.
fn nothing_written(db: &Db) {
    let c = rusqlite::Connection::open(&db.path).unwrap();
    for table in [
        "term",
        "nominee",
        "voter",
        "ballot_batch",
        "ballot",
        "audit",
    ] {
        let n: i64 = c
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0, "{table}");
    }
    assert_eq!(db.json(&["term", "list", "--json"]), serde_json::json!([]));
}

#[test]
fn a_broken_ballot_file_leaves_nothing() {
    let db = Db::new();
    let good = std::fs::read_to_string(steering_2021().join("ballots.csv")).unwrap();
    // Valid candidates and voters, valid ballots, then a broken one.
    let broken = format!("{good}1,2,banana\n");
    let dir = damaged_copy(&db, &broken);
    db.ok(&["term", "list"]); // the file exists before the import
    let err = db.fails(&["term", "import", s(&dir), "--name", "Steering"]);
    assert!(err.contains("ballots.csv"), "{err}");
    nothing_written(&db);
}

#[test]
fn a_refusal_after_the_roll_is_written_leaves_nothing() {
    // The folder reads well, but its three ballots are fewer than the
    // secrecy threshold: refused at the ballots, after the term, the
    // nominees and the roll were written in the same transaction.
    let db = Db::new();
    let good = std::fs::read_to_string(steering_2021().join("ballots.csv")).unwrap();
    let three: String = good.lines().take(4).map(|l| format!("{l}\n")).collect();
    let dir = damaged_copy(&db, &three);
    db.ok(&["term", "list"]);
    let err = db.fails(&["term", "import", s(&dir), "--name", "Steering"]);
    assert!(err.contains("secrecy threshold"), "{err}");
    nothing_written(&db);
    // The same folder with all its ballots imports.
    std::fs::write(dir.join("ballots.csv"), &good).unwrap();
    let t = db.json(&["term", "import", s(&dir), "--name", "Steering", "--json"]);
    assert_eq!(t["ballots"].as_u64(), Some(256));
    db.ok(&["audit", "verify"]);
}

// ---- roll import: indexes built after the rows ------------------------------

/// The roll's index definitions as SQLite holds them.
fn voter_indexes(path: &Path) -> Vec<(String, String)> {
    let c = rusqlite::Connection::open(path).unwrap();
    let mut st = c
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'voter' ORDER BY name",
        )
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn a_big_import_rebuilds_the_same_indexes_and_keeps_keys_unique() {
    let db = Db::new();
    db.ok(&[
        "term", "create", "Big", "--seats", "1", "--method", "approval",
    ]);
    db.ok(&[
        "term", "create", "Other", "--seats", "1", "--method", "approval",
    ]);
    let fresh = voter_indexes(&db.path);
    assert_eq!(
        fresh.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
        ["voter_by_name", "voter_key"]
    );
    // 60,000 rows (above the size from which the indexes are built after
    // the rows), one duplicate in the file.
    let mut roll = String::from("name,email\n");
    for i in 0..60_000 {
        roll.push_str(&format!("Voter Ωμέγα {i},v{i}@example.org\n"));
    }
    roll.push_str("Again,V17@example.org\n");
    let path = db.file("big.csv", &roll);
    let r = db.json(&["roll", "import", "Big", s(&path), "--json"]);
    assert_eq!(r["imported"], 60_000);
    assert_eq!(rejected(&r).len(), 1);
    // The unique key is rebuilt in the import's transaction; the name index
    // (it only orders the roll's pages) waits for the first page read.
    assert_eq!(
        voter_indexes(&db.path)
            .iter()
            .map(|x| x.0.as_str())
            .collect::<Vec<_>>(),
        ["voter_key"]
    );
    let first = db.json(&["roll", "list", "Big", "--limit", "2", "--json"]);
    assert_eq!(first["total"], 60_000, "{first}");
    assert_eq!(voter_indexes(&db.path), fresh);
    // The rebuilt unique index refuses a key already on the roll.
    let err = db.fails(&[
        "roll",
        "add",
        "Big",
        "--name",
        "X",
        "--email",
        "v42@EXAMPLE.org",
        "--reason",
        "test",
    ]);
    assert!(err.contains("already on the roll"), "{err}");
    // Another term's roll is its own.
    db.ok(&[
        "roll",
        "add",
        "Other",
        "--name",
        "X",
        "--email",
        "v42@example.org",
        "--reason",
        "test",
    ]);
    let page = db.json(&["roll", "list", "Big", "--search", "Ωμέγα 5999", "--json"]);
    assert_eq!(page["total"], 11, "{page}");
    db.ok(&["audit", "verify"]);
    std::fs::remove_file(&path).unwrap();
}
