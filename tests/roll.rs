//! Voter roll through the CLI: import as handed (encodings, delimiters,
//! PSF and Helios layouts), refused rows with lines, dry runs, duplicates
//! against the roll, diffs, hand edits with reasons, who voted, and exports
//! that keep every script. (Part of the scrutineer-cli package.)

mod common;
use common::{s, Db};

impl Db {
    /// How many voters are on T's roll.
    fn total(&self) -> u64 {
        self.json(&["roll", "list", "T", "--json"])["total"]
            .as_u64()
            .unwrap()
    }
}

const NAMES: [&str; 5] = [
    "Stéphane Dupont",
    "Łukasz Nowak",
    "Ξένια Παππά",
    "Иван Петров",
    "稲田直哉",
];

fn roll_text() -> String {
    let mut t = String::from("Full Name,E-mail Address\n");
    for (i, n) in NAMES.iter().enumerate() {
        t.push_str(&format!("{n},voter{i}@example.org\n"));
    }
    t
}

#[test]
fn refused_rows_are_listed_with_lines_and_good_rows_import() {
    let db = Db::with_term("T");
    let f = db.file(
        "roll.csv",
        "name,email\nAnn,ann@example.org\nBob,not-an-email\n,nobody@example.org\nAnn Again,ANN@example.org \nCy,cy@example.org\n".as_bytes(),
    );
    let r = db.json(&["roll", "import", "T", s(&f), "--json"]);
    assert_eq!(r["imported"], 2);
    let lines: Vec<u64> = r["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [3, 4, 5]);
    assert!(
        r["rejected"][2]["reason"]
            .as_str()
            .unwrap()
            .contains("duplicate"),
        "{r}"
    );
    assert_eq!(r["encoding"], "UTF-8");
    assert_eq!(r["delimiter"], "comma");
    // Importing again: every row is already on the roll.
    let again = db.json(&["roll", "import", "T", s(&f), "--json"]);
    assert_eq!(again["imported"], 0);
    assert!(again["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["reason"]
            .as_str()
            .unwrap()
            .contains("already on the roll")));
    assert_eq!(db.total(), 2);
}

#[test]
fn dry_run_writes_nothing() {
    let db = Db::with_term("T");
    let f = db.file("roll.csv", roll_text().as_bytes());
    let r = db.json(&["roll", "import", "T", s(&f), "--dry-run", "--json"]);
    assert_eq!(r["imported"], 5);
    assert_eq!(db.total(), 0);
}

#[test]
fn psf_semicolon_windows_1252_imports_as_is() {
    let db = Db::with_term("T");
    // FirstName;LastName;MembershipType;Email in Windows-1252 (é = 0xE9, ö = 0xF6).
    let mut bytes = b"FirstName;LastName;MembershipType;Email\r\n".to_vec();
    bytes.extend_from_slice(b"St\xe9phane;Dupont;Fellow;stephane@example.org\r\n");
    bytes.extend_from_slice(b"J\xf6rg;M\xfcller;Contributing;jorg@example.de\r\n");
    bytes.extend_from_slice(b"\"Smith, Jr.\";Al;Supporting;al@example.com\r\n");
    let f = db.file("psf.csv", &bytes);
    let r = db.json(&["roll", "import", "T", s(&f), "--json"]);
    assert_eq!(r["imported"], 3, "{r}");
    assert_eq!(r["encoding"], "windows-1252");
    assert_eq!(r["delimiter"], "semicolon");
    let page = db.json(&["roll", "list", "T", "--search", "phane", "--json"]);
    assert_eq!(page["voters"][0]["name"], "Stéphane Dupont");
    let page = db.json(&["roll", "list", "T", "--search", "MÜLLER", "--json"]);
    assert_eq!(page["total"], 1, "search ignores case outside ASCII too");
    let page = db.json(&["roll", "list", "T", "--search", "Müller", "--json"]);
    assert_eq!(page["voters"][0]["name"], "Jörg Müller");
}

#[test]
fn utf16_roll_and_every_export_keep_every_script() {
    let db = Db::with_term("T");
    let mut bytes = vec![0xFF, 0xFE];
    for u in roll_text().encode_utf16() {
        bytes.extend_from_slice(&u.to_le_bytes());
    }
    let f = db.file("unicode.txt", &bytes);
    let r = db.json(&["roll", "import", "T", s(&f), "--json"]);
    assert_eq!(r["imported"], 5, "{r}");
    assert_eq!(r["encoding"], "UTF-16LE");
    for (format, check_names) in [("csv", true), ("helios", true), ("emails", false)] {
        let out = db.out(&format!("out.{format}"));
        db.ok(&["roll", "export", "T", "--format", format, "--out", s(&out)]);
        let text = std::fs::read_to_string(&out).unwrap();
        for (i, n) in NAMES.iter().enumerate() {
            assert!(
                text.contains(&format!("voter{i}@example.org")),
                "{format}: {text}"
            );
            if check_names {
                assert!(text.contains(n), "{format} lost {n}: {text}");
            }
        }
        if format == "helios" {
            assert!(text.lines().all(|l| l.starts_with("password,")), "{text}");
        }
        if format == "emails" {
            assert_eq!(text.lines().count(), 5);
        }
    }
    // The CSV export reads back as the same roll.
    let out = db.out("out.csv");
    let d = db.json(&["roll", "diff", "T", s(&out), "--json"]);
    assert_eq!(d["unchanged"], 5, "{d}");
    assert_eq!(d["added_count"], 0);
    assert_eq!(d["changed_count"], 0);
}

#[test]
fn diff_then_apply_with_reason() {
    let db = Db::with_term("T");
    let f = db.file(
        "v1.csv",
        b"name,email\nAnn,ann@example.org\nBob,bob@example.org\nCy,cy@example.org\n",
    );
    db.ok(&["roll", "import", "T", s(&f)]);
    let v2 = db.file(
        "v2.csv",
        b"name,email\nAnn Lee,ANN@example.org\nCy,cy@example.org\nDee,dee@example.org\n",
    );
    let d = db.json(&["roll", "diff", "T", s(&v2), "--json"]);
    assert_eq!(d["added_count"], 1);
    assert_eq!(d["added"][0]["email"], "dee@example.org");
    assert_eq!(d["removed_count"], 1);
    assert_eq!(d["removed"][0]["email"], "bob@example.org");
    assert_eq!(d["changed_count"], 1);
    assert_eq!(d["changed"][0]["fields"][0], "name");
    assert_eq!(d["unchanged"], 1);
    assert_eq!(db.total(), 3, "a diff changes nothing");
    let err = db.misused(&["roll", "diff", "T", s(&v2), "--apply"]);
    assert!(err.contains("--reason"), "{err}");
    db.ok(&[
        "roll",
        "diff",
        "T",
        s(&v2),
        "--apply",
        "--reason",
        "membership list of 1 May",
    ]);
    let page = db.json(&["roll", "list", "T", "--json"]);
    let emails: Vec<&str> = page["voters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["email"].as_str().unwrap())
        .collect();
    assert_eq!(
        emails,
        ["ANN@example.org", "cy@example.org", "dee@example.org"]
    );
    let log = db.ok(&["audit", "log", "T"]);
    assert!(log.contains("membership list of 1 May"), "{log}");
}

#[test]
fn voters_added_and_removed_by_hand_carry_a_reason() {
    let db = Db::with_term("T");
    db.ok(&[
        "roll",
        "add",
        "T",
        "--name",
        "Иван Петров",
        "--email",
        "ivan@example.ru",
        "--reason",
        "forgotten from the export",
    ]);
    let err = db.fails(&[
        "roll",
        "add",
        "T",
        "--name",
        "Ivan",
        "--email",
        "IVAN@example.ru",
        "--reason",
        "again",
    ]);
    assert!(err.contains("already on the roll"), "{err}");
    let err = db.fails(&[
        "roll", "add", "T", "--name", "X", "--email", "bad", "--reason", "r",
    ]);
    assert!(err.contains("\"bad\""), "{err}");
    let err = db.fails(&[
        "roll",
        "add",
        "T",
        "--name",
        "X",
        "--email",
        "x@example.org",
        "--reason",
        " ",
    ]);
    assert!(err.contains("reason"), "{err}");
    assert_eq!(db.total(), 1);
    db.ok(&[
        "roll",
        "remove",
        "T",
        "--email",
        "Ivan@Example.ru",
        "--reason",
        "not a member",
    ]);
    assert_eq!(db.total(), 0);
    let log = db.ok(&["audit", "log", "T"]);
    assert!(
        log.contains("forgotten from the export") && log.contains("not a member"),
        "{log}"
    );
    assert!(db.json(&["audit", "verify", "--json"])["ok"]
        .as_bool()
        .unwrap());
}

#[test]
fn who_voted_is_exported_without_ballots() {
    let db = Db::with_term("T");
    let f = db.file("roll.csv", roll_text().as_bytes());
    db.ok(&["roll", "import", "T", s(&f)]);
    let voted = db.file(
        "voted.csv",
        b"email\nvoter1@example.org\nvoter3@example.org\nstranger@example.org\n",
    );
    let r = db.json(&["roll", "voted", "T", s(&voted), "--json"]);
    assert_eq!(r["imported"], 2);
    assert_eq!(r["rejected"][0]["line"], 4);
    let out = db.out("voted.csv");
    db.ok(&["roll", "export", "T", "--format", "voted", "--out", s(&out)]);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("Łukasz Nowak") && text.contains("Иван Петров"),
        "{text}"
    );
    assert!(!text.contains("Stéphane"), "{text}");
}

#[test]
fn bad_files_are_refused_whole_with_the_file_named() {
    let db = Db::with_term("T");
    for (name, bytes) in [
        ("empty.csv", b"".to_vec()),
        ("header-only.csv", b"name,email\n".to_vec()),
        (
            "binary.bin",
            (0u8..=255).cycle().take(4096).collect::<Vec<u8>>(),
        ),
        (
            "nul.csv",
            b"name,email\nAnn\0,ann@example.org\n\0\0\0\0\0\0\0\0\0\0\0\0\0\0".to_vec(),
        ),
    ] {
        let f = db.file(name, &bytes);
        let err = db.fails(&["roll", "import", "T", s(&f)]);
        assert!(err.contains(name), "{name}: {err}");
        assert_eq!(db.total(), 0, "{name} wrote voters");
    }
    let f = db.file("roll.csv", roll_text().as_bytes());
    let err = db.fails(&["roll", "import", "T", s(&f), "--encoding", "klingon"]);
    assert!(err.contains("unknown encoding"), "{err}");
    let err = db.fails(&["roll", "import", "T", s(&f), "--map", "colour=Name"]);
    assert!(err.contains("unknown field"), "{err}");
}

#[test]
fn list_searches_by_a_piece_of_a_name_in_any_script_and_pages() {
    let db = Db::with_term("T");
    let mut t = String::from("Full Name,E-mail Address\n");
    for i in 0..300 {
        t.push_str(&format!("{} {i:03},voter{i}@example.org\n", NAMES[i % 5]));
    }
    let f = db.file("many.csv", t.as_bytes());
    assert_eq!(
        db.json(&["roll", "import", "T", s(&f), "--json"])["imported"],
        300
    );
    // A piece of a Cyrillic surname (through the trigram index).
    let page = db.json(&[
        "roll", "list", "T", "--search", "етро", "--limit", "5", "--json",
    ]);
    assert_eq!(page["total"], 60);
    assert_eq!(page["voters"].as_array().unwrap().len(), 5);
    assert_eq!(page["voters"][0]["name"], "Иван Петров 003");
    // A later page of the same search, in name order.
    let page = db.json(&[
        "roll",
        "list",
        "T",
        "--search",
        "Петров",
        "--offset",
        "58",
        "--json",
    ]);
    let names: Vec<&str> = page["voters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Иван Петров 293", "Иван Петров 298"]);
    // Han characters, two of them (too short for the index: a scan).
    assert_eq!(
        db.json(&["roll", "list", "T", "--search", "直哉", "--json"])["total"],
        60
    );
    // In the email, any ASCII case.
    let page = db.json(&["roll", "list", "T", "--search", "VOTER29@", "--json"]);
    assert_eq!(page["total"], 1);
    assert_eq!(page["voters"][0]["email"], "voter29@example.org");
    // Deep in the whole roll.
    let page = db.json(&["roll", "list", "T", "--offset", "295", "--json"]);
    assert_eq!(page["total"], 300);
    assert_eq!(page["voters"].as_array().unwrap().len(), 5);
    assert_eq!(page["voters"][4]["name"], "稲田直哉 299");
}
