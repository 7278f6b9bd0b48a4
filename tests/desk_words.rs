//! The returns officer's desk, part 2 (issue 10) through the binary:
//! announcing, the results CSV, formula injection in every CSV, the
//! Windows-1252/1250 choice, case-insensitive search, and messages in words.
//! (Part of the scrutineer-cli package; see its Cargo.toml.)

mod common;
use common::{s, Db};

/// The PEP 13 story up to a counted term: Ξένια Παππά and Иван Петров are
/// disqualified by the cap of 2 per employer.
fn counted_pep13() -> Db {
    let db = Db::new();
    db.pep13_counted();
    db
}

#[test]
fn announcement_in_three_formats() {
    let db = counted_pep13();
    let text = db.ok(&["results", "announce", "2020 term", "--format", "text"]);
    for want in [
        "Results: Python Software Foundation, 2020 term",
        "The count filled 5 seats by Approval voting (multi-seat block). Stéphane Dupont, Łukasz Nowak, 稲田直哉, Alice Smith and Bob Jones are elected, in that order.",
        "10 ballots were cast by 12 eligible voters (turnout 83.33%).",
        "- 1. Stéphane Dupont: 9 approvals, elected",
        "- 3. Ξένια Παππά: 7 approvals, disqualified",
        "Ξένια Παππά was disqualified: ",
        "Иван Петров was disqualified: ",
    ] {
        assert!(text.contains(want), "missing {want:?} in:\n{text}");
    }
    assert!(!text.contains("(s)"), "{text}");
    // Each format to a file, through the output guard.
    for (format, first) in [
        (
            "markdown",
            "# Results: Python Software Foundation, 2020 term",
        ),
        ("html", "<article lang=\"en\">"),
        ("text", "Results: Python Software Foundation, 2020 term"),
    ] {
        let out = db.out(&format!("announce.{format}"));
        db.ok(&[
            "results",
            "announce",
            "2020 term",
            "--format",
            format,
            "--out",
            s(&out),
        ]);
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(written.starts_with(first), "{format}:\n{written}");
        assert!(written.contains("稲田直哉"), "{format}");
    }
    let html = std::fs::read_to_string(db.out("announce.html")).unwrap();
    assert!(html.contains("<bdi>Ξένια Παππά</bdi>"), "{html}");
    let err = db.fails(&["results", "announce", "2020 term", "--format", "pdf"]);
    assert!(
        err.contains("\"pdf\" is not an announcement format: choose markdown, text or html"),
        "{err}"
    );
    // The election file itself is never an --out.
    let err = db.fails(&["results", "announce", "2020 term", "--out", s(&db.path)]);
    assert!(err.contains("nothing was written"), "{err}");
}

#[test]
fn results_csv_one_row_per_nominee_then_the_summary() {
    let db = counted_pep13();
    let out = db.out("results.csv");
    db.ok(&["results", "export", "2020 term", "--out", s(&out)]);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(!csv.starts_with('\u{FEFF}'));
    let (table, summary) = csv.split_once("\r\n\r\n").expect("an empty line");
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(table.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows.len(), 8, "one row per nominee:\n{table}");
    let names: Vec<&str> = rows.iter().map(|r| &r[1]).collect();
    assert_eq!(
        names,
        [
            "Stéphane Dupont",
            "Łukasz Nowak",
            "Ξένια Παππά",
            "Иван Петров",
            "稲田直哉",
            "Alice Smith",
            "Bob Jones",
            "Carol White"
        ]
    );
    assert!(table.starts_with("rank,name,employer,votes,status,reason\r\n"));
    assert_eq!(&rows[2][4], "disqualified");
    assert!(
        rows[2][5].contains("already work for ACME"),
        "{:?}",
        rows[2]
    );
    assert_eq!(&rows[0][5], "", "an elected nominee needs no reason");
    let items: Vec<csv::StringRecord> = csv::Reader::from_reader(summary.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let get = |k: &str| {
        items
            .iter()
            .find(|r| &r[0] == k)
            .map(|r| r[1].to_string())
            .unwrap_or_else(|| panic!("no {k} in:\n{summary}"))
    };
    assert!(summary.starts_with("item,value\r\n"));
    assert_eq!(get("Ballots cast"), "10");
    assert_eq!(get("Eligible voters"), "12");
    assert_eq!(get("Turnout"), "83.33%");
    assert_eq!(get("Seats"), "5");
    assert_eq!(get("Ballot set SHA-256").len(), 64);
    assert!(items
        .iter()
        .any(|r| &r[0] == "Rule" && r[1].contains("At most 2 winners per employer")));
    // --excel: the same bytes after a UTF-8 byte order mark.
    let xl = db.out("excel.csv");
    db.ok(&["results", "export", "2020 term", "--out", s(&xl), "--excel"]);
    let bytes = std::fs::read(&xl).unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    assert_eq!(&bytes[3..], csv.as_bytes());
}

#[test]
fn formula_injection_is_neutralised_in_every_csv_and_undone_on_reading() {
    let db = Db::with_term("T");
    let evil = "=HYPERLINK(\"http://evil.example\",\"click\")";
    let roll = format!(
        "name,email,id\n\"{}\",a@example.org,@1\n+Ann,b@example.org,-2\n''=Zoë,c@example.org,\n",
        evil.replace('"', "\"\"")
    );
    let f = db.file("roll.csv", roll.as_bytes());
    db.ok(&["roll", "import", "T", s(&f)]);
    // The roll exports: no cell starts a formula.
    let exported = db.out("roll-out.csv");
    db.ok(&[
        "roll",
        "export",
        "T",
        "--format",
        "csv",
        "--out",
        s(&exported),
    ]);
    let helios = db.out("helios.csv");
    db.ok(&[
        "roll",
        "export",
        "T",
        "--format",
        "helios",
        "--out",
        s(&helios),
    ]);
    for p in [&exported, &helios] {
        let text = std::fs::read_to_string(p).unwrap();
        for r in csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
        {
            for cell in r.unwrap().iter() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{cell:?} in {}:\n{text}",
                    p.display()
                );
            }
        }
    }
    // Reading Scrutineer's own export back restores the exact values.
    db.approval_term("U");
    db.ok(&["roll", "import", "U", s(&exported)]);
    let list = |term: &str| -> Vec<(String, String)> {
        let v = db.json(&["roll", "list", term, "--json"]);
        let mut out: Vec<(String, String)> = v["voters"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                (
                    x["name"].as_str().unwrap().to_string(),
                    x["member_id"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        out.sort();
        out
    };
    assert_eq!(list("U"), list("T"));
    assert!(list("T").contains(&(evil.to_string(), "@1".to_string())));
    assert!(list("T").contains(&("'=Zoë".to_string(), String::new())));
    // The results CSV too: a nominee's name that is a formula.
    db.ok(&["nominee", "add", "T", "--name", evil]);
    db.ok(&["nominee", "add", "T", "--name=-Bob", "--employer=@corp"]);
    let ballots = db.file(
        "b.csv",
        format!(
            "\"{}\",-Bob\n1,0\n1,1\n0,1\n1,0\n1,0\n",
            evil.replace('"', "\"\"")
        )
        .as_bytes(),
    );
    db.ok(&["ballots", "import", "T", s(&ballots)]);
    db.ok(&["tally", "T"]);
    let out = db.out("results.csv");
    db.ok(&["results", "export", "T", "--out", s(&out)]);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.contains("'-Bob,'@corp,"), "{csv}");
    assert!(csv.contains("\"'=HYPERLINK("), "{csv}");
    for line in csv.lines() {
        assert!(!line.starts_with(['=', '+', '-', '@']), "{line}");
    }
}

#[test]
fn windows_1252_or_1250_is_said_and_can_be_chosen() {
    let db = Db::with_term("T");
    // A Western European Excel export with a few accented names.
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
        "name,email\nJuan Peña,j@example.es\nAnders Ørsted,a@example.dk\nBob,b@example.org\n",
    );
    let f = db.file("western.csv", &bytes);
    let out = db.ok(&["roll", "preview", s(&f)]);
    assert!(out.contains("Encoding: windows-1252"), "{out}");
    assert!(
        out.contains("line 2: Juan Peña,j@example.es (as windows-1252)  /  Juan Peńa,j@example.es (as windows-1250)"),
        "{out}"
    );
    assert!(out.contains("Anders Řrsted"), "{out}");
    assert!(out.contains("--encoding windows-1250"), "{out}");
    let out = db.ok(&["roll", "import", "T", s(&f)]);
    assert!(
        out.contains("could be windows-1252 or windows-1250"),
        "{out}"
    );
    let list = db.ok(&["roll", "list", "T"]);
    assert!(
        list.contains("Juan Peña") && list.contains("Anders Ørsted"),
        "{list}"
    );
    // The user's choice is obeyed, and then nothing is said.
    db.approval_term("U");
    let out = db.ok(&["roll", "import", "U", s(&f), "--encoding", "windows-1250"]);
    assert!(!out.contains("could be"), "{out}");
    assert!(db.ok(&["roll", "list", "U"]).contains("Juan Peńa"));
    // Polish names in Windows-1250 stay Windows-1250.
    let (pl, _, _) = encoding_rs::WINDOWS_1250
        .encode("name,email\nŁukasz Żółw,l@example.pl\nPaweł Świątek,p@example.pl\n");
    let f = db.file("polish.csv", &pl);
    let out = db.ok(&["roll", "preview", s(&f)]);
    assert!(out.contains("Encoding: windows-1250"), "{out}");
    assert!(out.contains("Łukasz Żółw <l@example.pl>"), "{out}");
}

#[test]
fn search_ignores_case_in_every_script() {
    let db = Db::with_term("T");
    let f = db.file(
        "roll.csv",
        "name,email\nИван Петров,i@example.ru\nŁukasz Nowak,l@example.pl\nΞένια Παππά,x@example.gr\nBob,b@example.org\n"
            .as_bytes(),
    );
    db.ok(&["roll", "import", "T", s(&f)]);
    for (search, want) in [
        ("иван", "Иван Петров"),
        ("ИВАН", "Иван Петров"),
        ("łukasz", "Łukasz Nowak"),
        ("ŁUK", "Łukasz Nowak"),
        ("ξένια", "Ξένια Παππά"),
        ("BOB", "Bob"),
    ] {
        let v = db.json(&["roll", "list", "T", "--search", search, "--json"]);
        assert_eq!(v["total"], 1, "{search}: {v}");
        assert_eq!(v["voters"][0]["name"], want, "{search}");
    }
}

#[test]
fn messages_are_sentences() {
    let db = counted_pep13();
    // No operating-system codes.
    let err = db.fails(&["roll", "import", "2020 term", "/nonexistent/roll.csv"]);
    assert!(!err.contains("os error"), "{err}");
    assert!(err.contains("there is no such file or folder"), "{err}");
    let err = db.fails(&[
        "results",
        "export",
        "2020 term",
        "--out",
        "/nonexistent-folder/results.csv",
    ]);
    assert!(!err.contains("os error"), "{err}");
    // An unknown name suggests the nearest nominee.
    let err = db.fails(&[
        "nominee",
        "withdraw",
        "2020 term",
        "Stephane Dupont",
        "--reason",
        "moved away",
    ]);
    assert!(err.contains("Did you mean Stéphane Dupont?"), "{err}");
    let db2 = Db::with_term("T");
    db2.ok(&["nominee", "add", "T", "--name", "Stéphane Dupont"]);
    db2.ok(&["nominee", "add", "T", "--name", "Bob Jones"]);
    let b = db2.file("b.csv", "Stephane Dupont,Bob Jones\n1,0\n".as_bytes());
    let err = db2.fails(&["ballots", "import", "T", s(&b)]);
    assert!(
        err.contains(
            "\"Stephane Dupont\" is not a nominee of term \"T\". Did you mean Stéphane Dupont?"
        ),
        "{err}"
    );
    // Counts agree with their nouns; no "(s)" anywhere the officer reads.
    let out = db2.approval_term("One");
    assert!(out.contains(": 1 seat, approval"), "{out}");
    let tally = db.ok(&["tally", "2020 term"]);
    let list = db.ok(&["term", "show", "2020 term"]);
    for text in [&tally, &list] {
        assert!(!text.contains("(s)"), "{text}");
    }
    assert!(tally.contains("Disqualified by a rule:"), "{tally}");
    assert!(!tally.contains("Excluded by rule"), "{tally}");
}
