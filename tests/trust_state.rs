//! Issue 8, part A, through the binary: the election file commits to its
//! state, ballots are stored in a canonical order, small batches need a
//! reason, and a results bundle can be counted again by anyone. Tampering is
//! done with the `sqlite3` shell, the way an attacker would. (Part of the
//! scrutineer-cli package; see its Cargo.toml.)

mod common;
use common::{elected_in_order, pdf_words, pep13, s, scrutineer, scrutineer_json, Db};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TERM: &str = "2020 term";

/// The PEP 13 nominees with Łukasz Nowak at Initech (only two of ACME's
/// three are in the top five).
const NOMINEES: &[(&str, &str)] = &[
    ("Stéphane Dupont", "ACME"),
    ("Łukasz Nowak", "Initech"),
    ("Ξένια Παππά", "ACME"),
    ("Иван Петров", "Acme"),
    ("稲田直哉", "Globex"),
    ("Alice Smith", "Initech"),
    ("Bob Jones", ""),
    ("Carol White", "Globex"),
];

impl Db {
    /// Change the file behind Scrutineer's back.
    fn sqlite(&self, sql: &str) {
        self.query(sql);
    }

    /// What the `sqlite3` shell prints for `sql` on the file.
    fn query(&self, sql: &str) -> String {
        let o = Command::new("sqlite3")
            .arg(&self.path)
            .arg(sql)
            .output()
            .expect("the sqlite3 shell is needed for these tests");
        assert!(
            o.status.success(),
            "sqlite3 {sql}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }
}

/// The PEP 13 term with its roll and nominees, ready for ballots.
fn with_nominees() -> Db {
    let db = Db::new();
    db.capped_term(TERM, &[]);
    db.ok(&["roll", "import", TERM, s(&pep13("roll.csv"))]);
    db.add_nominees(TERM, NOMINEES);
    db
}

/// The PEP 13 term with its roll, nominees and ballots, counted.
fn counted() -> Db {
    let db = with_nominees();
    db.ok(&["ballots", "import", TERM, s(&pep13("ballots.csv"))]);
    db.ok(&["tally", TERM]);
    db.ok(&["audit", "verify"]);
    db
}

/// `audit verify` names the change; certify, the certificate and the
/// results export are refused and write nothing.
fn assert_detected_and_refused(db: &Db, expect: &str) {
    let err = db.fails(&["audit", "verify"]);
    assert!(err.contains(expect), "expected {expect:?} in:\n{err}");
    let report: Value =
        serde_json::from_slice(&db.run(&["audit", "verify", "--json"]).stdout).unwrap();
    assert_eq!(report["ok"], false);
    assert!(
        report["problems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p.as_str().unwrap().contains(expect)),
        "{report}"
    );
    let err = db.fails(&["term", "certify", TERM, "--officer", "Returns Officer"]);
    assert!(err.contains("fails verification"), "{err}");
    assert!(err.contains(expect), "{err}");
    let pdf = db.out("c.pdf");
    let err = db.fails(&["certificate", TERM, "--out", s(&pdf)]);
    assert!(err.contains("fails verification"), "{err}");
    assert!(!pdf.exists());
    let csv = db.out("r.csv");
    let err = db.fails(&["results", "export", TERM, "--out", s(&csv)]);
    assert!(err.contains("fails verification"), "{err}");
    assert!(!csv.exists());
    let out = db.out("bundle");
    let err = db.fails(&["results", "bundle", TERM, "--out", s(&out)]);
    assert!(err.contains("fails verification"), "{err}");
    // Listing stays possible.
    db.ok(&["term", "list"]);
    db.ok(&["audit", "log"]);
}

fn ballots_changed() -> String {
    format!("the ballots of term \"{TERM}\" were changed outside Scrutineer after entry")
}

#[test]
fn finding_2_ballot_weight_tamper_is_detected() {
    let db = counted();
    db.sqlite("UPDATE ballot SET weight = weight + 5 WHERE id = (SELECT MAX(id) FROM ballot)");
    assert_detected_and_refused(&db, &ballots_changed());
    // Counting the tampered ballots is refused too, and so is any other
    // change, which would otherwise record the tampered state as its own.
    let err = db.fails(&["tally", TERM]);
    assert!(err.contains("fails verification"), "{err}");
    let err = db.fails(&["term", "stage", TERM, "voting"]);
    assert!(err.contains(&ballots_changed()), "{err}");
    let err = db.fails(&[
        "nominee",
        "withdraw",
        TERM,
        "Bob Jones",
        "--reason",
        "moved away",
    ]);
    assert!(err.contains(&ballots_changed()), "{err}");
    let err = db.fails(&[
        "roll",
        "add",
        TERM,
        "--name",
        "New Voter",
        "--email",
        "new@example.org",
        "--reason",
        "late",
    ]);
    assert!(err.contains(&ballots_changed()), "{err}");
    db.ok(&["audit", "log"]);
}

#[test]
fn finding_2_ballot_marks_tamper_is_detected() {
    let db = counted();
    db.sqlite(
        r#"UPDATE ballot SET marks = '{"approval":["Carol White","Bob Jones"]}' WHERE id = (SELECT MIN(id) FROM ballot)"#,
    );
    assert_detected_and_refused(&db, &ballots_changed());
}

#[test]
fn finding_2_ballot_insert_is_detected() {
    let db = counted();
    db.sqlite(
        r#"INSERT INTO ballot (batch_id, weight, marks) VALUES ((SELECT MIN(id) FROM ballot_batch), 4, '{"approval":["Bob Jones"]}')"#,
    );
    assert_detected_and_refused(&db, &ballots_changed());
}

#[test]
fn finding_2_voter_delete_is_detected() {
    let db = counted();
    db.sqlite("DELETE FROM voter WHERE id IN (SELECT id FROM voter ORDER BY id LIMIT 3)");
    assert_detected_and_refused(
        &db,
        &format!("the roll of term \"{TERM}\" was changed outside Scrutineer after entry"),
    );
}

#[test]
fn finding_2_forged_result_is_refused() {
    let db = counted();
    db.sqlite(r#"UPDATE result SET tally = json_set(tally, '$.winners', json('["Carol White","Bob Jones"]'))"#);
    assert_detected_and_refused(
        &db,
        &format!("the stored result of term \"{TERM}\" was changed outside Scrutineer after entry"),
    );
}

#[test]
fn finding_2_log_truncation_is_detected() {
    let db = counted();
    db.sqlite(
        "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq > (SELECT MAX(seq) - 2 FROM audit);",
    );
    assert_detected_and_refused(&db, "the audit log was cut short outside Scrutineer");
    // The officer who knows why records it; the log verifies again and the
    // term can be certified.
    db.ok(&[
        "audit",
        "acknowledge",
        "--reason",
        "restored from the 14:00 backup",
    ]);
    let r = db.json(&["audit", "verify", "--json"]);
    assert_eq!(r["ok"], true, "{r}");
    db.ok(&["term", "certify", TERM, "--officer", "Returns Officer"]);
}

#[test]
fn finding_2_head_row_deleted_is_detected() {
    let db = counted();
    db.sqlite("DROP TRIGGER audit_head_no_delete; DELETE FROM audit_head;");
    assert_detected_and_refused(&db, "the chain head");
}

#[test]
fn finding_2_rules_change_is_detected() {
    for sql in [
        "UPDATE term SET seats = 3",
        "UPDATE term SET method = 'plurality'",
        "UPDATE term SET max_per_employer = NULL",
    ] {
        let db = counted();
        db.sqlite(sql);
        assert_detected_and_refused(
            &db,
            &format!("the rules (seats, method, caps, seed, quorum, stage) of term \"{TERM}\" were changed outside Scrutineer after entry"),
        );
    }
}

#[test]
fn finding_2_acknowledged_change_lets_certify_proceed_with_the_reason_on_the_certificate() {
    let db = counted();
    let err = db.fails(&["audit", "acknowledge", "--reason", "nothing happened"]);
    assert!(err.contains("nothing to acknowledge"), "{err}");
    db.sqlite("UPDATE ballot SET weight = weight + 1 WHERE id = (SELECT MIN(id) FROM ballot)");
    db.sqlite("DROP TRIGGER audit_head_no_delete; DELETE FROM audit_head;");
    db.fails(&["term", "certify", TERM, "--officer", "Returns Officer"]);
    let reason = "Box 3 was entered by hand after the scanner failed";
    db.ok(&["audit", "acknowledge", "--reason", reason]);
    db.ok(&["audit", "verify"]);
    let log = db.json(&["audit", "log", "--json"]);
    let acks: Vec<&Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "state.acknowledge")
        .collect();
    assert_eq!(acks.len(), 2, "{log}");
    assert!(acks
        .iter()
        .all(|e| e["detail"].as_str().unwrap().ends_with(reason)));
    db.ok(&["term", "certify", TERM, "--officer", "Returns Officer"]);
    let pdf = db.out("c.pdf");
    // The head as the certificate is written (its export is logged after).
    let head = db.json(&["audit", "verify", "--json"]);
    db.ok(&["certificate", TERM, "--out", s(&pdf)]);
    let text = pdf_words(&pdf);
    assert!(
        text.contains(&format!(
            "State acknowledged by the officer after a change outside Scrutineer: {reason}"
        )),
        "{text}"
    );
    // The chain head is printed, so the published certificate anchors
    // the log.
    let seq = head["head_seq"].as_i64().unwrap();
    assert!(
        text.contains(&format!("Audit log head: entry {seq}")),
        "{text}"
    );
    assert!(text.contains(head["head"].as_str().unwrap()), "{text}");
}

#[test]
fn finding_2_ballot_set_hash_is_of_the_stored_ballots() {
    let db = counted();
    let before = db.json(&["tally", TERM, "--json"]);
    let hash = before["ballot_sha256"].as_str().unwrap().to_string();
    // Not the imported file's hash: the hash of the canonical ballot set,
    // which the bundle's ballots.csv holds byte for byte.
    let file_hash = db.query("SELECT sha256 FROM ballot_batch");
    assert_ne!(file_hash.trim(), hash);
    let out = db.out("bundle");
    db.ok(&["results", "bundle", TERM, "--out", s(&out)]);
    let bytes = std::fs::read(out.join("ballots.csv")).unwrap();
    assert_eq!(sha256_hex(&bytes), hash);
    // A change to the stored ballots changes it, once acknowledged and
    // counted again.
    db.sqlite("UPDATE ballot SET weight = weight + 1 WHERE id = (SELECT MIN(id) FROM ballot)");
    db.ok(&[
        "audit",
        "acknowledge",
        "--reason",
        "box 2 recounted by hand",
    ]);
    db.ok(&["term", "stage", TERM, "voting"]);
    let after = db.json(&["tally", TERM, "--json"]);
    assert_ne!(after["ballot_sha256"], before["ballot_sha256"]);
    assert_eq!(after["ballots"], 11);
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn finding_7_ballots_are_stored_in_canonical_order() {
    // The same ten ballots, rows reversed and columns in another order.
    let original = std::fs::read_to_string(pep13("ballots.csv")).unwrap();
    let rows: Vec<Vec<&str>> = original.lines().map(|l| l.split(',').collect()).collect();
    let order = [7, 3, 0, 5, 1, 6, 2, 4];
    let line = |row: &Vec<&str>| order.map(|c| row[c]).join(",") + "\n";
    let mut shuffled = line(&rows[0]);
    for row in rows[1..].iter().rev() {
        shuffled.push_str(&line(row));
    }
    let a = counted();
    let b = with_nominees();
    let f = b.file("shuffled.csv", &shuffled);
    let batch = b.json(&["ballots", "import", TERM, s(&f), "--json"]);
    assert_eq!(batch["count"], 10);
    b.ok(&["tally", TERM]);
    let table = |db: &Db| db.query("SELECT id, weight, marks FROM ballot ORDER BY id");
    assert_eq!(table(&a), table(&b));
    // Merged: ten ballots, nine distinct (two identical first rows).
    assert_eq!(table(&a).lines().count(), 9);
    let files = |db: &Db| db.query("SELECT sha256 FROM ballot_batch");
    assert_ne!(files(&a), files(&b), "the two files differ");
    let ta = a.json(&["tally", TERM, "--json"]);
    let tb = b.json(&["tally", TERM, "--json"]);
    assert_eq!(ta["ballot_sha256"], tb["ballot_sha256"]);
    assert_eq!(ta["winners"], tb["winners"]);
}

#[test]
fn finding_7_small_batch_needs_a_reason_and_names_no_voter() {
    let db = Db::new();
    db.ok(&[
        "term",
        "create",
        "T",
        "--seats",
        "1",
        "--method",
        "plurality",
    ]);
    db.ok(&["nominee", "add", "T", "--name", "Ann"]);
    db.ok(&["nominee", "add", "T", "--name", "Ben"]);
    db.ok(&[
        "roll",
        "add",
        "T",
        "--name",
        "Zoë Late",
        "--email",
        "zoe.late@example.org",
        "--reason",
        "registered on the day",
    ]);
    let one = db.file("zoe-late-ballot.csv", "Ann,Ben\n1,\n");
    let err = db.fails(&["ballots", "import", "T", s(&one)]);
    assert!(
        err.contains("1 ballot, fewer than the secrecy threshold"),
        "{err}"
    );
    assert!(err.contains("--small-batch-reason"), "{err}");
    assert_eq!(db.query("SELECT COUNT(*) FROM ballot_batch").trim(), "0");
    let reason = "late postal ballot, counted alone by the board's decision";
    db.ok(&[
        "ballots",
        "import",
        "T",
        s(&one),
        "--small-batch-reason",
        reason,
    ]);
    let log = db.json(&["audit", "log", "--json"]);
    let imports: Vec<&Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"].as_str().unwrap().starts_with("ballots"))
        .collect();
    assert_eq!(imports.len(), 1);
    let detail = imports[0]["detail"].as_str().unwrap();
    assert!(detail.ends_with(reason), "{detail}");
    // Nothing in an entry about ballots names the voter (nor the file, whose
    // name does here).
    for word in ["Zoë", "zoe", "Late", "late@"] {
        assert!(!detail.contains(word), "{detail}");
    }
    db.ok(&["tally", "T"]);
    db.ok(&["term", "certify", "T", "--officer", "Returns Officer"]);
    let pdf = db.out("c.pdf");
    db.ok(&["certificate", "T", "--out", s(&pdf)]);
    let text = pdf_words(&pdf);
    assert!(text.contains(reason), "{text}");
    assert!(text.contains("below the secrecy threshold"), "{text}");
}

#[test]
fn roll_edits_keep_the_file_verifying() {
    let db = counted();
    db.ok(&[
        "roll",
        "add",
        TERM,
        "--name",
        "Late Voter",
        "--email",
        "late@example.org",
        "--reason",
        "appeal upheld",
    ]);
    db.ok(&["audit", "verify"]);
    db.ok(&[
        "roll",
        "remove",
        TERM,
        "--email",
        "late@example.org",
        "--reason",
        "appeal withdrawn",
    ]);
    db.ok(&["audit", "verify"]);
    // An imported voter (every column of the roll digest filled in).
    db.ok(&[
        "roll",
        "remove",
        TERM,
        "--email",
        "lukasz@example.org",
        "--reason",
        "left the organisation",
    ]);
    db.ok(&["audit", "verify"]);
    // The removal was taken out of the recorded roll digest: a voter deleted
    // behind Scrutineer's back still shows.
    db.sqlite("DELETE FROM voter WHERE id = (SELECT MIN(id) FROM voter)");
    let err = db.fails(&["audit", "verify"]);
    assert!(err.contains("the roll of term"), "{err}");
    db.ok(&[
        "audit",
        "acknowledge",
        "--reason",
        "duplicate entry removed by the registrar",
    ]);
    db.ok(&[
        "roll",
        "add",
        TERM,
        "--name",
        "Другой",
        "--email",
        "d@example.org",
        "--reason",
        "appeal upheld",
    ]);
    db.ok(&["tally", TERM]);
    db.ok(&["term", "certify", TERM, "--officer", "Returns Officer"]);
    db.ok(&["audit", "verify"]);
}

/// A bundle in a folder of its own.
fn bundle(db: &Db) -> PathBuf {
    let out = db.out("bundle");
    db.ok(&["results", "bundle", TERM, "--out", s(&out)]);
    out
}

fn verify(dir: &Path) -> Output {
    scrutineer(&["verify", s(dir)])
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

#[test]
fn bundle_round_trips_through_verify() {
    let db = counted();
    let tally = db.json(&["tally", TERM, "--json"]);
    let out = bundle(&db);
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "SHA256SUMS",
            "ballots.csv",
            "certificate.pdf",
            "result.json",
            "rules.json"
        ]
    );
    // No election file is needed: the database is gone.
    std::fs::remove_file(&db.path).unwrap();
    let o = verify(&out);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(text.contains("Bundle verified"), "{text}");
    let r = scrutineer_json(&["verify", s(&out), "--json"]);
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["winners"], tally["winners"]);
    assert_eq!(r["ballots"], 10);
    assert_eq!(r["ballot_sha256"], tally["ballot_sha256"]);
    // The manifest is sha256sum's own format.
    if let Ok(o) = Command::new("sha256sum")
        .arg("-c")
        .arg("SHA256SUMS")
        .current_dir(&out)
        .output()
    {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    }
    // The rules say everything the count depends on.
    let rules: Value =
        serde_json::from_slice(&std::fs::read(out.join("rules.json")).unwrap()).unwrap();
    assert_eq!(rules["method"], "approval");
    assert_eq!(rules["seats"], 5);
    assert_eq!(rules["max_per_employer"], 2);
    assert_eq!(rules["eligible"], 12);
    assert_eq!(rules["candidates"][0]["employer"], "ACME");
}

#[test]
fn bundle_one_byte_change_in_any_file_is_caught() {
    let db = counted();
    let out = bundle(&db);
    for file in [
        "ballots.csv",
        "rules.json",
        "result.json",
        "certificate.pdf",
        "SHA256SUMS",
    ] {
        let bytes = std::fs::read(out.join(file)).unwrap();
        // Change one byte in the middle, keeping text files text: a digit
        // becomes another digit, a letter another letter.
        let mut changed = bytes.clone();
        let at = (bytes.len() / 2..bytes.len())
            .chain(0..bytes.len())
            .find(|&i| bytes[i].is_ascii_alphanumeric())
            .unwrap();
        changed[at] = match bytes[at] {
            b'9' => b'8',
            b'z' | b'Z' => b'y',
            b'f' => b'e',
            c => c + 1,
        };
        let dir = db.out(&format!("changed-{file}"));
        copy_dir(&out, &dir);
        std::fs::write(dir.join(file), &changed).unwrap();
        let o = verify(&dir);
        assert!(
            !o.status.success(),
            "a changed byte in {file} went unnoticed"
        );
        let err = String::from_utf8(o.stderr).unwrap();
        assert!(
            err.contains(&format!("{file}:")) || err.contains(&format!("or {file} was changed")),
            "{file}: {err}"
        );
    }
}

#[test]
fn bundle_with_forged_winners_and_a_matching_manifest_fails_the_recount() {
    let db = counted();
    let out = bundle(&db);
    let mut result: Value =
        serde_json::from_slice(&std::fs::read(out.join("result.json")).unwrap()).unwrap();
    result["winners"] = serde_json::json!([
        "Carol White",
        "Bob Jones",
        "Alice Smith",
        "稲田直哉",
        "Łukasz Nowak"
    ]);
    let text = serde_json::to_string_pretty(&result).unwrap() + "\n";
    std::fs::write(out.join("result.json"), &text).unwrap();
    // The forger also fixes the manifest.
    let manifest: String = [
        "ballots.csv",
        "rules.json",
        "result.json",
        "certificate.pdf",
    ]
    .iter()
    .map(|f| {
        format!(
            "{}  {f}\n",
            sha256_hex(&std::fs::read(out.join(f)).unwrap())
        )
    })
    .collect();
    std::fs::write(out.join("SHA256SUMS"), manifest).unwrap();
    let o = verify(&out);
    assert!(!o.status.success());
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("result.json: winners: the bundle says"),
        "{err}"
    );
    assert!(!err.contains("SHA256SUMS"), "{err}");
}

#[test]
fn finding_7_secrecy_threshold_is_a_term_setting() {
    let db = Db::new();
    let one = db.file("one.csv", "Ann,Ben\n1,\n");
    db.ok(&[
        "term",
        "create",
        "Low",
        "--seats",
        "1",
        "--method",
        "plurality",
        "--secrecy-min",
        "1",
    ]);
    db.ok(&[
        "term",
        "create",
        "High",
        "--seats",
        "1",
        "--method",
        "plurality",
        "--secrecy-min",
        "20",
    ]);
    let err = db.fails(&[
        "term",
        "create",
        "Zero",
        "--seats",
        "1",
        "--method",
        "plurality",
        "--secrecy-min",
        "0",
    ]);
    assert!(err.contains("secrecy threshold"), "{err}");
    for t in ["Low", "High"] {
        db.ok(&["nominee", "add", t, "--name", "Ann"]);
        db.ok(&["nominee", "add", t, "--name", "Ben"]);
    }
    db.ok(&["ballots", "import", "Low", s(&one)]);
    let ten = db.file("ten.csv", format!("Ann,Ben\n{}", "1,\n,1\n".repeat(5)));
    let err = db.fails(&["ballots", "import", "High", s(&ten)]);
    assert!(
        err.contains("10 ballots, fewer than the secrecy threshold of term \"High\" (20)"),
        "{err}"
    );
    let terms = db.json(&["term", "list", "--json"]);
    let mins: Vec<i64> = terms
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["secrecy_min"].as_i64().unwrap())
        .collect();
    assert_eq!(mins, [20, 1]);
    db.ok(&["audit", "verify"]);
}

/// A real ranked election: Glasgow's Calton ward, 2007 (Scottish STV), from
/// its published BLT file. The bundle's canonical ballots re-count to the
/// official result, with no election file.
#[test]
fn bundle_of_a_real_stv_election_recounts_to_the_official_result() {
    let db = Db::new();
    let (ward, expected) = db.calton_2007_term();
    db.ok(&["ballots", "import", "Calton 2007", s(&ward)]);
    db.ok(&["tally", "Calton 2007"]);
    let out = db.out("calton");
    db.ok(&["results", "bundle", "Calton 2007", "--out", s(&out)]);
    std::fs::remove_file(&db.path).unwrap();
    let r = scrutineer_json(&["verify", s(&out), "--json"]);
    assert_eq!(r["winners"], elected_in_order(&expected));
    assert_eq!(r["ballots"], expected["ballots"]);
    // One row per distinct ballot, with its weight.
    let csv = std::fs::read_to_string(out.join("ballots.csv")).unwrap();
    let weights: u64 = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(Value::from(weights), expected["ballots"]);
    assert!(
        (csv.lines().count() as u64) < weights,
        "identical ballots are merged"
    );
}
