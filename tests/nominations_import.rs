//! Importing nominations with a dry run first (issue 9, the window's
//! mapping wizard and `nominee import --dry-run`): the columns guessed from
//! the headers people use, a column named by hand or said to be missing,
//! the dry run showing exactly what the import then does (the same rows
//! imported, the same lines refused for the same reasons) and changing
//! nothing; Elekto candidate folders; and the booklet drawing a statement's
//! inline HTML as the window shows it, tags never printed as text. (Part of
//! the scrutineer-cli package.)

mod common;
use common::nominations::{rejected, MARCH_2026, ROLL_OF_FOUR};
use common::{pdf_text, reference, s, Db};
use serde_json::{json, Value};
use std::path::Path;

/// The arguments of `scrutineer nominee import TERM FILE`, then `more`.
fn import<'a>(term: &'a str, file: &'a Path, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["nominee", "import", term, s(file)];
    args.extend_from_slice(more);
    args
}

/// The same, a dry run when `dry`, with `--map` before each of `maps`,
/// then `more`.
fn mapped<'a>(
    term: &'a str,
    file: &'a Path,
    dry: bool,
    maps: &[&'a str],
    more: &[&'a str],
) -> Vec<&'a str> {
    let mut args = import(term, file, if dry { &["--dry-run"] } else { &[] });
    for m in maps {
        args.extend(["--map", m]);
    }
    args.extend_from_slice(more);
    args
}

/// A term with nomination dates and a roll of four members.
fn term_with_roll(term: &str) -> Db {
    Db::with_roll_csv(term, MARCH_2026, ROLL_OF_FOUR)
}

/// A form as Google Forms or Microsoft Forms write it: the headers are the
/// questions, in the form's words.
const FORM: &str = "Submitted at,Your name,Your email,Company,Nominator's email address,Candidate statement\n\
2026-03-02 10:00:00,Ζωή Παπαδοπούλου,zoe@example.org,ACME,self,\"# Hello\n\nI would like to serve.\"\n\
2026-03-03 11:00:00,Bob Stone,bob@example.org,Beta,stranger@nowhere.org,Statement\n\
2026-03-04 12:00:00,李小龙,li@example.org,北京大学,ivan@example.org,**谢谢**\n\
2026-03-20 09:00:00,Dan Late,dan@example.org,,self,Too late\n\
2026-03-05 12:00:00,Ζωή Παπαδοπούλου,zoe2@example.org,,self,Again\n";

#[test]
fn the_dry_run_shows_exactly_what_the_import_does_and_changes_nothing() {
    let db = term_with_roll("T");
    let form = db.file("form.csv", FORM);
    let log_before = db.ok(&["audit", "log", "T"]);

    let p = db.json(&import("T", &form, &["--dry-run", "--json"]));
    assert_eq!(p["kind"], "form-csv");
    // The columns, guessed from the form's own words.
    assert_eq!(
        p["mapping"],
        json!([
            ["timestamp", "Submitted at"],
            ["name", "Your name"],
            ["email", "Your email"],
            ["employer", "Company"],
            ["nominator", "Nominator's email address"],
            ["statement", "Candidate statement"]
        ])
    );
    assert_eq!(p["problem"], Value::Null);
    // The first rows as read, for the person to check the columns.
    assert_eq!(p["sample"][0]["line"], 2);
    assert_eq!(p["sample"][0]["cells"][1], "Ζωή Παπαδοπούλου");
    assert_eq!(p["sample"].as_array().unwrap().len(), 5);
    // What would be imported: line, name, details as checked.
    assert_eq!(p["ready_count"], 2);
    let ready: Vec<(u64, &str)> = p["ready"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r["name"].as_str().unwrap()))
        .collect();
    assert_eq!(ready, vec![(2, "Ζωή Παπαδοπούλου"), (6, "李小龙")]);
    assert_eq!(p["ready"][1]["employer"], "北京大学");
    assert_eq!(p["ready"][1]["nominated_by"], "ivan@example.org");
    assert_eq!(p["ready"][0]["statement_words"], 6);
    // What would be refused: the line and the rule.
    let refused = rejected(&p);
    let lines: Vec<u64> = refused.iter().map(|r| r.0).collect();
    assert_eq!(lines, vec![5, 7, 8], "{refused:?}");
    assert!(refused[0].1.contains("the nominator must be on the roll"));
    assert!(refused[0].1.contains("stranger@nowhere.org"));
    assert!(refused[1].1.contains("closed on 2026-03-14"));
    // The second Ζωή is refused because the first would be imported
    // before it: the dry run stores each row as the import does.
    assert!(refused[2].1.contains("already a nominee"), "{refused:?}");

    // Nothing changed: no nominee, no audit entry, the term still a draft.
    assert!(db.names("T").is_empty());
    assert_eq!(db.ok(&["audit", "log", "T"]), log_before);
    let terms = db.json(&["term", "list", "--json"]);
    assert_eq!(terms[0]["stage"], "draft", "{terms}");

    // In words, for a person at the command line.
    let out = db.ok(&import("T", &form, &["--dry-run"]));
    assert!(
        out.contains("Dry run: 2 nominees would be imported")
            && out.contains("nothing was changed"),
        "{out}"
    );
    assert!(out.contains("Columns: timestamp=Submitted at, name=Your name"));
    assert!(out.contains("line 6: 李小龙 (北京大学), nominated by ivan@example.org"));
    assert!(out.contains("3 rows would be refused:"));
    assert!(out.contains("  line 5: "));

    // The import then does what the dry run showed.
    let r = db.json(&import("T", &form, &["--json"]));
    assert_eq!(r["imported"], json!(["Ζωή Παπαδοπούλου", "李小龙"]));
    assert_eq!(rejected(&r), refused);
    assert_eq!(db.names("T"), vec!["Ζωή Παπαδοπούλου", "李小龙"]);
    let log = db.ok(&["audit", "log", "T"]);
    assert_eq!(log.matches("nominee.import").count(), 1, "{log}");

    // A late reason changes the dry run as it changes the import.
    let p = db.json(&import(
        "T",
        &form,
        &[
            "--dry-run",
            "--late-reason",
            "the form was down on the last day",
            "--json",
        ],
    ));
    let ready: Vec<&str> = p["ready"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(ready, vec!["Dan Late"]);
    assert_eq!(
        p["ready"][0]["late_reason"],
        "the form was down on the last day"
    );
    db.verified();
}

#[test]
fn columns_named_by_hand_or_said_to_be_missing() {
    let db = term_with_roll("T");
    let form = db.file("form.csv", FORM);
    // `FIELD=`: the file has no such column; without the name, nothing can
    // be imported, and the dry run says so (exit 1), naming the columns.
    let err = db.fails(&mapped("T", &form, true, &["name="], &[]));
    assert!(
        err.contains("no column holds the nominee's name") && err.contains("Your name, Your email"),
        "{err}"
    );
    let err = db.fails(&mapped("T", &form, false, &["name="], &[]));
    assert!(err.contains("no column holds the nominee's name"), "{err}");
    // A mapping naming no column.
    let err = db.fails(&mapped(
        "T",
        &form,
        true,
        &["employer=Where do you work?"],
        &[],
    ));
    assert!(
        err.contains("no column \"Where do you work?\"") && err.contains("Company"),
        "{err}"
    );
    // No email column: the nominees come without emails; the company
    // column named for the handle instead of the employer.
    let p = db.json(&mapped(
        "T",
        &form,
        true,
        &["email=", "handle=Company"],
        &["--json"],
    ));
    assert!(!p["mapping"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m[0] == "email" || m[0] == "employer"));
    assert_eq!(p["ready"][0]["email"], Value::Null);
    assert_eq!(p["ready"][0]["handle"], "ACME");
    assert_eq!(p["ready"][0]["employer"], Value::Null);
    assert!(db.names("T").is_empty());
}

#[test]
fn a_folder_of_elekto_candidate_files_dry_run_then_import() {
    let db = Db::new();
    db.ok(&["term", "create", "K", "--seats", "4", "--method", "schulze"]);
    let folder = reference("kubernetes-elekto/steering-2021");
    let files = std::fs::read_dir(&folder)
        .unwrap()
        .filter(|e| {
            let n = e.as_ref().unwrap().file_name();
            let n = n.to_string_lossy();
            n.starts_with("candidate-") && n.ends_with(".md")
        })
        .count();
    assert!(files > 5);
    let p = db.json(&import("K", &folder, &["--dry-run", "--json"]));
    assert_eq!(p["kind"], "elekto");
    assert_eq!(p["headers"], json!([]));
    assert_eq!(p["ready_count"].as_u64().unwrap() as usize, files);
    assert_eq!(rejected(&p), vec![]);
    let with_employer = p["ready"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["employer"].is_string() && r["handle"].is_string())
        .count();
    assert!(with_employer > 5, "{p}");
    assert!(db.names("K").is_empty());
    let r = db.json(&import("K", &folder, &["--json"]));
    let ready: Vec<&Value> = p["ready"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["name"])
        .collect();
    let imported: Vec<&Value> = r["imported"].as_array().unwrap().iter().collect();
    assert_eq!(imported, ready);
}

#[test]
fn the_booklet_draws_inline_html_as_the_window_shows_it() {
    let db = Db::new();
    db.ok(&[
        "term", "create", "B", "--seats", "1", "--method", "approval",
    ]);
    let md = "# Why me\n\n\
I stand for <b>plain counting rules</b> and <em>open minutes</em>, <i>every week</i>.<br>\
Water is H<sub>2</sub>O, and <code>tally()</code> is <strong>public</strong>.\n\n\
<details><summary>Μια περίληψη</summary>\n\nThe longer story, in *Markdown*.\n\n</details>\n\n\
<ul><li>one list item</li><li>another item</li></ul>\n\n\
<div>A block <script>alert('stolen')</script>that stays</div>\n";
    let statement = db.file("statement.md", md);
    db.ok(&[
        "nominee",
        "add",
        "B",
        "--name",
        "Ζωή Παπαδοπούλου",
        "--statement",
        s(&statement),
    ]);
    // The window's rendering keeps the elements it can show.
    let d = db.json(&["nominee", "show", "B", "Ζωή Παπαδοπούλου", "--json"]);
    let html = d["statement_html"].as_str().unwrap();
    assert!(html.contains("<b>plain counting rules</b>"), "{html}");
    assert!(html.contains("<sub>2</sub>") && !html.contains("<script"));

    let pdf = db.out("booklet.pdf");
    db.ok(&[
        "candidates",
        "export",
        "B",
        "--format",
        "pdf",
        "--out",
        s(&pdf),
    ]);
    let text = pdf_text(&pdf).expect("pdftotext (poppler-utils) is needed to read the booklet");
    // No tag is printed as text…
    for tag in [
        "<b>",
        "</b>",
        "<em>",
        "<i>",
        "<br",
        "<sub>",
        "</sub>",
        "<code>",
        "<strong>",
        "<details>",
        "<summary>",
        "<ul>",
        "<li>",
        "<div>",
        "<script",
        "&lt;",
        "&gt;",
    ] {
        assert!(!text.contains(tag), "{tag} printed in the booklet:\n{text}");
    }
    // …nor a script's text, which the window does not show either…
    assert!(!text.contains("alert("), "{text}");
    // …and every word inside the tags is there.
    for words in [
        "plain counting rules",
        "open minutes",
        "every week",
        "H2O",
        "tally()",
        "public",
        "Μια περίληψη",
        "The longer story, in Markdown.",
        "one list item",
        "another item",
        "A block that stays",
    ] {
        assert!(
            text.contains(words),
            "missing {words:?} in the booklet:\n{text}"
        );
    }
    // The break starts a new line: "every week." ends one.
    let line = text
        .lines()
        .find(|l| l.contains("every week"))
        .unwrap_or_default();
    assert!(!line.contains("Water"), "{text}");
}
