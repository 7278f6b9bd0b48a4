//! Nominations through the CLI (issue 9): a long hostile self-nomination
//! statement kept as written and published with its structure and nothing
//! hostile, the term's rules refused by name, the nomination period and
//! late nominations, corrections with old and new values in the audit log
//! (refused once voting opens), endorsements and acceptance, the form CSV
//! and the real Kubernetes candidate files imported, and every export
//! format checked for content. (Part of the scrutineer-cli package.)

mod common;
use common::nominations::{rejected, MARCH_2026, ROLL_OF_FOUR};
use common::{pdf_reading, reference, s, Db};
use serde_json::Value;
use std::path::PathBuf;

const STATEMENT: &str = include_str!("fixtures/nominations/statement-hostile.md");

impl Db {
    /// A term with a roll of five members.
    fn with_roll(term: &str, extra: &[&str]) -> Db {
        Db::with_roll_csv(
            term,
            extra,
            &format!("{ROLL_OF_FOUR}Zoe Papadopoulou,zoe@example.org,M5\n"),
        )
    }
}

/// `candidates export TERM --format FORMAT --out OUT`.
fn export<'a>(term: &'a str, format: &'a str, out: &'a str) -> Vec<&'a str> {
    vec![
        "candidates",
        "export",
        term,
        "--format",
        format,
        "--out",
        out,
    ]
}

/// `nominee add T --name "Ann Lee"`, then `rest`.
fn ann_lee<'a>(rest: &[&'a str]) -> Vec<&'a str> {
    [&["nominee", "add", "T", "--name", "Ann Lee"], rest].concat()
}

/// What must not appear anywhere in HTML we write.
fn hostile(html: &str) -> Vec<&'static str> {
    let lower = html.to_lowercase();
    [
        "<script",
        "onerror",
        "onclick",
        "onload",
        "javascript:",
        "<iframe",
        "style=\"",
        "style='",
        "<img",
        "alert(",
    ]
    .into_iter()
    .filter(|h| lower.contains(h))
    .collect()
}

/// The tags of `html` that could run or load something.
fn hostile_tags(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let tail = &rest[i..];
        let end = tail.find('>').map(|j| j + 1).unwrap_or(tail.len());
        let tag = tail[..end].to_lowercase();
        if [
            "<script",
            "<iframe",
            "<img",
            "<object",
            "<style",
            " on",
            "javascript:",
            "style=",
        ]
        .iter()
        .any(|h| tag.contains(h))
        {
            out.push(tag);
        }
        rest = &tail[end..];
    }
    out
}

#[test]
fn hostile_statement_is_stored_as_written_and_published_with_its_structure() {
    let db = Db::with_roll(
        "SC",
        &[
            "--nominations-open",
            "2000-01-01",
            "--nominations-close",
            "2999-12-31",
        ],
    );
    let st = db.file("statement.md", STATEMENT.as_bytes());
    db.ok(&[
        "nominee",
        "add",
        "SC",
        "--name",
        "Ζωή Παπαδοπούλου",
        "--email",
        "zoe@example.org",
        "--employer",
        "Ελληνικό Ίδρυμα",
        "--nominated-by",
        "self",
        "--statement",
        s(&st),
    ]);
    db.ok(&[
        "nominee",
        "add",
        "SC",
        "--name",
        "李小龙",
        "--employer",
        "北京大学",
        "--nominated-by",
        "ivan@example.org",
    ]);
    let show = db.json(&["nominee", "show", "SC", "Ζωή Παπαδοπούλου", "--json"]);
    // Stored exactly as written.
    assert_eq!(show["nominee"]["statement"].as_str().unwrap(), STATEMENT);
    assert_eq!(show["nominee"]["nominated_by"], "self");
    let html = show["statement_html"].as_str().unwrap();
    assert_eq!(hostile(html), Vec::<&str>::new(), "{html}");
    assert!(html.contains("<h2>About me</h2>") && html.contains("<ol>") && html.contains("🙂"));
    assert!(show["statement_words"].as_u64().unwrap() > 100);
    // The nominator matched on the roll, by email, with the roll's name.
    let li = db.json(&["nominee", "show", "SC", "李小龙", "--json"]);
    assert_eq!(li["nominee"]["nominator_name"], "Иван Петров");

    // Markdown for a forum post: the structure kept, raw HTML made text.
    let md_out = db.out("candidates.md");
    db.ok(&export("SC", "markdown", s(&md_out)));
    let md = std::fs::read_to_string(&md_out).unwrap();
    for want in [
        "# Candidates: SC",
        "## Ζωή Παπαδοπούλου",
        "## 李小龙",
        "Affiliation: Ελληνικό Ίδρυμα",
        "Self-nominated",
        "Nominated by: Иван Петров",
        "# Self-nomination: Ζωή Παπαδοπούλου",
        "## What I have done",
        "- Reviewed more than *two thousand* pull requests",
        "1. Write down how decisions are made",
        "> Leadership is listening first.",
        "[mentorship programme](https://example.org/mentoring)",
        "**Иван Петров**, *李小龙*,\nand محمد الأحمد",
        "&lt;script>alert('stolen')&lt;/script>",
    ] {
        assert!(md.contains(want), "missing {want:?} in\n{md}");
    }
    assert!(
        !md.contains("<script") && !md.contains("<iframe") && !md.contains("<img"),
        "{md}"
    );
    // What the pasted Markdown renders to has no hostile markup: the HTML
    // is text (escaped), not a tag.
    let pasted = scrutineer_markdown::to_html(&md);
    assert_eq!(hostile_tags(&pasted), Vec::<String>::new(), "{pasted}");
    assert!(
        pasted.contains("&lt;script&gt;alert('stolen')&lt;/script&gt;"),
        "{pasted}"
    );

    // The standalone page.
    let html_out = db.out("candidates.html");
    db.ok(&export("SC", "html", s(&html_out)));
    let page = std::fs::read_to_string(&html_out).unwrap();
    assert_eq!(hostile(&page), Vec::<&str>::new(), "{page}");
    assert!(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"));
    assert_eq!(page.matches("<style>").count(), 1);
    assert!(
        !page.contains("http://") && !page.contains("src="),
        "a remote resource: {page}"
    );
    for want in [
        "<h2>Ζωή Παπαδοπούλου</h2>",
        "<h1>Self-nomination: Ζωή Παπαδοπούλου</h1>",
        "<h2>What I would do</h2>",
        "<ul>\n<li>Maintained the <code>asyncio</code> event loop for six years</li>",
        "<ol>\n<li>Write down how decisions are made</li>",
        "<blockquote>\n<p>Leadership is listening first.</p>\n</blockquote>",
        "<a href=\"https://example.org/mentoring\" rel=\"noopener noreferrer nofollow\">mentorship programme</a>",
        "<strong>Иван Петров</strong>",
        "<em>李小龙</em>",
        "محمد الأحمد",
        "Zoe Papadopoulou",
        "👋",
        "<h2>李小龙</h2>",
        "Affiliation: 北京大学",
    ] {
        assert!(page.contains(want), "missing {want:?} in\n{page}");
    }

    // The booklet: the statement's headings, lists and link, every script.
    let pdf = db.out("booklet.pdf");
    db.ok(&export("SC", "pdf", s(&pdf)));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let text = pdf_reading(&pdf);
    for want in [
        "Ζωή Παπαδοπούλου",
        "Self-nomination: Ζωή Παπαδοπούλου",
        "About me",
        "What I have done",
        "What I would do",
        "Maintained the asyncio event loop",
        "1. Write down how decisions are made",
        "Leadership is listening first.",
        "mentorship programme",
        "Иван Петров",
        "李小龙",
        "الأحمد",
        "Zoe Papadopoulou",
        "北京大学",
    ] {
        assert!(
            text.contains(want),
            "missing {want:?} in the booklet:\n{text}"
        );
    }
    db.verified();
}

#[test]
fn rules_are_refused_with_the_rule_named_and_nothing_stored() {
    let db = Db::with_roll("T", &["--seconders", "2", "--statement-words", "12"]);
    let err = db.fails(&ann_lee(&[
        "--nominated-by",
        "stranger@nowhere.org",
        "--seconded-by",
        "ivan@example.org",
        "--seconded-by",
        "li@example.org",
    ]));
    assert!(
        err.contains("stranger@nowhere.org") && err.contains("the nominator must be on the roll"),
        "{err}"
    );
    let err = db.fails(&ann_lee(&[
        "--nominated-by",
        "zoe@example.org",
        "--seconded-by",
        "ivan@example.org",
    ]));
    assert!(
        err.contains("2 seconders required") && err.contains("has 1 seconder;"),
        "{err}"
    );
    let err = db.fails(&ann_lee(&[
        "--nominated-by",
        "self",
        "--seconded-by",
        "ivan@example.org",
        "--seconded-by",
        "nobody@example.org",
    ]));
    assert!(
        err.contains("nobody@example.org") && err.contains("must be on the roll"),
        "{err}"
    );
    let err = db.fails(&ann_lee(&[
        "--nominated-by",
        "ivan@example.org",
        "--seconded-by",
        "ivan@example.org",
        "--seconded-by",
        "li@example.org",
    ]));
    assert!(err.contains("cannot also second"), "{err}");
    let long = db.file(
        "long.md",
        "# Why me\n\nOne two three four five six seven eight nine ten eleven twelve thirteen.\n"
            .as_bytes(),
    );
    let err = db.fails(&ann_lee(&[
        "--nominated-by",
        "self",
        "--seconded-by",
        "ivan@example.org",
        "--seconded-by",
        "li@example.org",
        "--statement",
        s(&long),
    ]));
    assert!(
        err.contains("the statement's length")
            && err.contains("15 words")
            && err.contains("at most 12"),
        "{err}"
    );
    assert!(db.names("T").is_empty(), "a refused nomination was stored");
    // By member id, and within every rule.
    let short = db.file(
        "short.md",
        "Twelve words: *one* two three four five six seven eight nine ten.".as_bytes(),
    );
    db.ok(&ann_lee(&[
        "--email",
        "ann@example.org",
        "--nominated-by",
        "M4",
        "--seconded-by",
        "M2",
        "--seconded-by",
        "li@example.org",
        "--statement",
        s(&short),
    ]));
    let d = db.json(&["nominee", "show", "T", "Ann Lee", "--json"]);
    assert_eq!(d["nominee"]["nominated_by"], "m@example.org");
    assert_eq!(d["nominee"]["nominator_name"], "محمد الأحمد");
    let seconders: Vec<&str> = d["endorsements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["seconder"] == true)
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(seconders, ["Иван Петров", "李小龙"]);
    assert_eq!(db.names("T"), ["Ann Lee"]);

    // An empty roll: any nominator is accepted as given.
    db.ok(&[
        "term", "create", "U", "--seats", "1", "--method", "approval",
    ]);
    db.ok(&[
        "nominee",
        "add",
        "U",
        "--name",
        "Bo",
        "--nominated-by",
        "anyone@example.net",
    ]);
    let d = db.json(&["nominee", "show", "U", "Bo", "--json"]);
    assert_eq!(d["nominee"]["nominated_by"], "anyone@example.net");
    db.verified();
}

#[test]
fn the_nomination_period_and_late_nominations() {
    let db = Db::new();
    db.ok(&[
        "term",
        "create",
        "Past",
        "--seats",
        "1",
        "--method",
        "approval",
        "--nominations-open",
        "2000-01-01",
        "--nominations-close",
        "2000-01-31",
    ]);
    db.ok(&[
        "term",
        "create",
        "Future",
        "--seats",
        "1",
        "--method",
        "approval",
        "--nominations-open",
        "2999-01-01",
    ]);
    let show = db.ok(&["term", "show", "Past"]);
    assert!(
        show.contains("Nominations: 2000-01-01 to 2000-01-31"),
        "{show}"
    );
    let err = db.fails(&["nominee", "add", "Past", "--name", "Ann"]);
    assert!(
        err.contains("nominations are made in the nomination period")
            && err.contains("closed on 2000-01-31")
            && err.contains("--late-reason"),
        "{err}"
    );
    let err = db.fails(&["nominee", "add", "Future", "--name", "Ann"]);
    assert!(err.contains("open on 2999-01-01"), "{err}");
    assert!(db.names("Past").is_empty());
    let out = db.ok(&[
        "nominee",
        "add",
        "Past",
        "--name",
        "Ann",
        "--late-reason",
        "sent on 2000-01-31 at 23:58, the list server delayed it",
    ]);
    assert!(out.contains("outside the nomination period"), "{out}");
    let d = db.json(&["nominee", "show", "Past", "Ann", "--json"]);
    assert_eq!(
        d["nominee"]["late_reason"],
        "sent on 2000-01-31 at 23:58, the list server delayed it"
    );
    let log = db.ok(&["audit", "log", "Past"]);
    assert!(
        log.contains(
            "accepted because \\\"sent on 2000-01-31 at 23:58, the list server delayed it\\\""
        ) || log.contains(
            "accepted because \"sent on 2000-01-31 at 23:58, the list server delayed it\""
        ),
        "{log}"
    );
    // Bad dates are refused when the term is created.
    let err = db.fails(&[
        "term",
        "create",
        "Bad",
        "--seats",
        "1",
        "--method",
        "approval",
        "--nominations-open",
        "2026-02-30",
    ]);
    assert!(
        err.contains("2026-02-30") && err.contains("YYYY-MM-DD"),
        "{err}"
    );
    let err = db.fails(&[
        "term",
        "create",
        "Bad",
        "--seats",
        "1",
        "--method",
        "approval",
        "--nominations-open",
        "2026-03-10",
        "--nominations-close",
        "2026-03-01",
    ]);
    assert!(err.contains("before they open"), "{err}");
    db.verified();
}

#[test]
fn corrections_log_old_and_new_values_and_stop_when_voting_opens() {
    let db = Db::with_roll("T", &[]);
    let st = db.file("s.md", "I have been a maintainer since 2051.\n".as_bytes());
    db.ok(&[
        "nominee",
        "add",
        "T",
        "--name",
        "Ann Leee",
        "--employer",
        "Acme",
        "--statement",
        s(&st),
    ]);
    db.ok(&["nominee", "add", "T", "--name", "Bob"]);
    let fixed = db.file(
        "fixed.md",
        "I have been a maintainer since 2015.\n".as_bytes(),
    );
    db.ok(&[
        "nominee",
        "edit",
        "T",
        "Ann Leee",
        "--name",
        "Ann Lee",
        "--statement",
        s(&fixed),
        "--employer",
        "",
        "--reason",
        "typos reported by the nominee",
    ]);
    let log = db.json(&["audit", "log", "T", "--json"]);
    let edit = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "nominee.edit")
        .expect("an edit entry");
    let detail = edit["detail"].as_str().unwrap();
    for want in [
        "reason=\"typos reported by the nominee\"",
        "name: \"Ann Leee\" -> \"Ann Lee\"",
        "employer: \"Acme\" -> (none)",
        "statement: \"I have been a maintainer since 2051.\\n\" -> \"I have been a maintainer since 2015.\\n\"",
    ] {
        assert!(detail.contains(want), "missing {want:?} in {detail}");
    }
    let d = db.json(&["nominee", "show", "T", "Ann Lee", "--json"]);
    assert_eq!(
        d["nominee"]["statement"],
        "I have been a maintainer since 2015.\n"
    );
    assert_eq!(d["nominee"]["employer"], Value::Null);
    // Nothing to change, no reason, a taken name: refused.
    let err = db.fails(&[
        "nominee", "edit", "T", "Ann Lee", "--name", "Ann Lee", "--reason", "x",
    ]);
    assert!(err.contains("changes nothing"), "{err}");
    // --reason is required.
    let err = db.misused(&["nominee", "edit", "T", "Ann Lee", "--name", "Ann B. Lee"]);
    assert!(err.contains("--reason"), "{err}");
    let err = db.fails(&[
        "nominee", "edit", "T", "Ann Lee", "--name", "Bob", "--reason", "x",
    ]);
    assert!(err.contains("already a nominee"), "{err}");

    // Endorsements and acceptance.
    let text = db.file(
        "e.md",
        "I am happy to see this nomination :tada:\n\n<script>alert(1)</script>".as_bytes(),
    );
    db.ok(&[
        "nominee",
        "endorse",
        "T",
        "Ann Lee",
        "--by",
        "li@example.org",
        "--text",
        s(&text),
    ]);
    let err = db.fails(&[
        "nominee",
        "endorse",
        "T",
        "Ann Lee",
        "--by",
        "LI@example.org",
    ]);
    assert!(err.contains("already seconded or endorsed"), "{err}");
    let err = db.fails(&[
        "nominee",
        "endorse",
        "T",
        "Ann Lee",
        "--by",
        "x@elsewhere.org",
    ]);
    assert!(
        err.contains("x@elsewhere.org") && err.contains("not on the roll"),
        "{err}"
    );
    db.ok(&["nominee", "accept", "T", "Ann Lee"]);
    assert!(db
        .fails(&["nominee", "accept", "T", "Ann Lee"])
        .contains("accepted the nomination on"));
    let d = db.json(&["nominee", "show", "T", "Ann Lee", "--json"]);
    assert!(d["nominee"]["accepted_at"].as_str().unwrap().ends_with('Z'));
    let e = &d["endorsements"][0];
    assert_eq!(e["name"], "李小龙");
    assert_eq!(
        e["text"],
        "I am happy to see this nomination :tada:\n\n<script>alert(1)</script>"
    );
    let h = e["text_html"].as_str().unwrap();
    assert!(h.contains("🎉") && hostile(h).is_empty(), "{h}");
    db.verified();

    // Voting opens: corrections, endorsements and acceptances are closed;
    // a withdrawal is still possible.
    db.ok(&["term", "stage", "T", "voting"]);
    let err = db.fails(&[
        "nominee",
        "edit",
        "T",
        "Bob",
        "--employer",
        "Beta",
        "--reason",
        "late fix",
    ]);
    assert!(
        err.contains("voting has opened") && err.contains("only be withdrawn"),
        "{err}"
    );
    assert!(db
        .fails(&["nominee", "endorse", "T", "Bob", "--by", "ann@example.org"])
        .contains("voting has opened"));
    db.ok(&[
        "nominee",
        "withdraw",
        "T",
        "Bob",
        "--reason",
        "stepped down",
    ]);
    db.verified();
}

#[test]
fn kubernetes_candidate_files_import_and_export_back() {
    let folder = reference("kubernetes-elekto/steering-2023");
    let db = Db::new();
    db.ok(&[
        "term",
        "create",
        "K",
        "--seats",
        "3",
        "--method",
        "schulze",
        "--organisation",
        "Kubernetes",
    ]);
    let r = db.json(&["nominee", "import", "K", s(&folder), "--json"]);
    assert_eq!(r["kind"], "elekto");
    assert_eq!(r["rejected"].as_array().unwrap().len(), 0, "{r}");
    let mut originals: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().into_owned();
            n.starts_with("candidate-") && n.ends_with(".md")
        })
        .collect();
    originals.sort();
    assert!(originals.len() >= 5);
    assert_eq!(r["imported"].as_array().unwrap().len(), originals.len());
    // Employers and statements as the files give them.
    let ameukam = db.json(&["nominee", "show", "K", "Arnaud Meukam", "--json"]);
    assert_eq!(ameukam["nominee"]["employer"], "VMware");
    assert_eq!(ameukam["nominee"]["handle"], "ameukam");
    assert!(ameukam["nominee"]["statement"]
        .as_str()
        .unwrap()
        .contains("## What I have done"));
    assert!(ameukam["statement_html"]
        .as_str()
        .unwrap()
        .contains("<h2>What I have done</h2>"));

    let out = db.out("elekto");
    db.ok(&export("K", "elekto", s(&out)));
    for orig in &originals {
        let a = scrutineer_formats::elekto::read_candidate(orig).unwrap();
        let exported = out.join(orig.file_name().unwrap());
        let b = scrutineer_formats::elekto::read_candidate(&exported)
            .unwrap_or_else(|e| panic!("{}: {e}", exported.display()));
        assert_eq!(a, b, "{} does not read back identically", orig.display());
    }
    let yaml = std::fs::read_to_string(out.join("election.yaml")).unwrap();
    assert!(
        yaml.contains("no_winners: 3\n") && yaml.contains("organization: Kubernetes\n"),
        "{yaml}"
    );
    // Exporting again into the same folder replaces the files; a stranger's
    // candidate file there is refused.
    db.ok(&export("K", "elekto", s(&out)));
    std::fs::write(out.join("candidate-someoneelse.md"), "x").unwrap();
    let err = db.fails(&export("K", "elekto", s(&out)));
    assert!(err.contains("candidate-someoneelse.md"), "{err}");

    // A `---` in a statement would cut it short in Elekto: refused, named.
    let rule = db.file("rule.md", "Part one\n\n---\n\nPart two\n".as_bytes());
    db.ok(&[
        "nominee",
        "edit",
        "K",
        "Arnaud Meukam",
        "--statement",
        s(&rule),
        "--reason",
        "test",
    ]);
    let err = db.fails(&export("K", "elekto", s(&db.out("cut"))));
    assert!(
        err.contains("Arnaud Meukam") && err.contains("`---`"),
        "{err}"
    );

    // Every Kubernetes Elekto folder imports whole and exports back to
    // files the reader reads identically.
    let root = reference("kubernetes-elekto");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    assert!(folders.len() >= 8, "{folders:?}");
    for f in &folders {
        let year = f.file_name().unwrap().to_str().unwrap();
        if year == "steering-2023" {
            continue;
        }
        db.ok(&[
            "term", "create", year, "--seats", "1", "--method", "schulze",
        ]);
        let r = db.json(&["nominee", "import", year, s(f), "--json"]);
        assert!(r["rejected"].as_array().unwrap().is_empty(), "{year}: {r}");
        let out = db.out(&format!("export-{year}"));
        db.ok(&export(year, "elekto", s(&out)));
        let mut n = 0;
        for e in std::fs::read_dir(f).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if !(name.starts_with("candidate-") && name.ends_with(".md")) {
                continue;
            }
            let a = scrutineer_formats::elekto::read_candidate(&p).unwrap();
            let b = scrutineer_formats::elekto::read_candidate(&out.join(&name))
                .unwrap_or_else(|e| panic!("{year}/{name}: {e}"));
            assert_eq!(a, b, "{year}/{name} does not read back identically");
            n += 1;
        }
        assert_eq!(r["imported"].as_array().unwrap().len(), n, "{year}");
    }
    db.verified();
}

#[test]
fn every_export_format_has_the_candidates() {
    let db = Db::with_roll("Board", &["--organisation", "PSF"]);
    for (name, employer) in [
        ("Ann Lee", "=HYPERLINK(\"http://evil.example\",\"x\")"),
        ("Иван Петров", "+Acme"),
        ("O\"Neil", "@corp"),
    ] {
        db.ok(&[
            "nominee",
            "add",
            "Board",
            "--name",
            name,
            "--employer",
            employer,
        ]);
    }
    let names = ["Ann Lee", "Иван Петров", "O\"Neil"];
    let out = |f: &str| {
        let p = db.out(&format!("out.{f}"));
        db.ok(&export("Board", f, s(&p)));
        std::fs::read_to_string(&p).unwrap()
    };
    let helios: Value = serde_json::from_str(&out("helios")).unwrap();
    let q = &helios[0];
    assert_eq!(q["answers"], serde_json::json!(names));
    assert_eq!(q["max"], 2);
    assert_eq!(q["min"], 0);
    assert_eq!(q["choice_type"], "approval");
    assert_eq!(q["tally_type"], "homomorphic");
    assert_eq!(q["short_name"], "Board");
    assert_eq!(q["answer_urls"].as_array().unwrap().len(), 3);

    let blt = out("opavote");
    assert_eq!(
        blt,
        "3 2\n0\n\"Ann Lee\"\n\"Иван Петров\"\n\"O\"\"Neil\"\n\"Board\"\n"
    );

    let bv: Value = serde_json::from_str(&out("bettervoting")).unwrap();
    let race = &bv["races"][0];
    assert_eq!(race["num_winners"], 2);
    assert_eq!(race["voting_method"], "Approval");
    let got: Vec<&str> = race["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["candidate_name"].as_str().unwrap())
        .collect();
    assert_eq!(got, names);

    let csv = out("csv");
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][1], "Ann Lee");
    assert_eq!(&rows[0][3], "'=HYPERLINK(\"http://evil.example\",\"x\")");
    assert_eq!(&rows[1][3], "'+Acme");
    assert_eq!(&rows[2][1], "O\"Neil");
    assert_eq!(&rows[2][3], "'@corp");

    let md = out("markdown");
    for n in ["## Ann Lee", "## Иван Петров", "## O\"Neil"] {
        assert!(md.contains(n), "{md}");
    }
    let html = out("html");
    assert!(
        html.contains("<h2>O&quot;Neil</h2>") && html.contains("<h2>Иван Петров</h2>"),
        "{html}"
    );

    // The booklet: one section per nominee.
    let pdf = db.out("b.pdf");
    db.ok(&export("Board", "pdf", s(&pdf)));
    let text = pdf_reading(&pdf);
    for n in names {
        assert!(text.contains(n), "missing {n:?} in the booklet:\n{text}");
    }
    // A withdrawn nominee is left off the ballot set-ups.
    db.ok(&[
        "nominee",
        "withdraw",
        "Board",
        "O\"Neil",
        "--reason",
        "stood down",
    ]);
    assert_eq!(
        out("opavote"),
        "2 2\n0\n\"Ann Lee\"\n\"Иван Петров\"\n\"Board\"\n"
    );
    // A ranked term is not set up in Helios (approval only).
    db.ok(&["term", "create", "R", "--seats", "1", "--method", "schulze"]);
    db.ok(&["nominee", "add", "R", "--name", "Ann"]);
    let err = db.fails(&export("R", "helios", s(&db.out("r.json"))));
    assert!(err.contains("Helios counts approval ballots only"), "{err}");
    let err = db.fails(&export("R", "docx", s(&db.out("r.docx"))));
    assert!(
        err.contains("unknown format") && err.contains("bettervoting"),
        "{err}"
    );
    // Never over the election file.
    let err = db.fails(&export("R", "csv", s(&db.path)));
    assert!(err.contains("election file"), "{err}");
}

#[test]
fn form_csv_import_with_refused_rows() {
    let db = Db::with_roll("T", MARCH_2026);
    let csv = "Timestamp,Nominee's name,Email Address,Affiliation,Nominated by,Statement,Seconded by\n\
2026-03-02 10:00:00,Ann Lee,ann@example.org,Acme,self,\"# Hello\n\nI would like to serve.\n\n- one\n- two\",\n\
2026-03-03 11:00:00,Bob Stone,bob@example.org,Beta,stranger@nowhere.org,Statement,\n\
the 4th of March,Cleo,cleo@example.org,,self,,\n\
2026-03-20 09:00:00,Dan Late,dan@example.org,,self,Too late,\n\
2026-03-05 12:00:00,Ann Lee,ann2@example.org,,self,Again,\n\
2026-03-06 12:00:00,李小龙,li@example.org,北京大学,ivan@example.org,\"Statement **bold**\",\"ann@example.org; m@example.org\"\n";
    let f = db.file("form.csv", csv.as_bytes());
    let r = db.json(&["nominee", "import", "T", s(&f), "--json"]);
    assert_eq!(r["kind"], "form-csv");
    assert_eq!(r["imported"], serde_json::json!(["Ann Lee", "李小龙"]));
    let rejected = rejected(&r);
    assert_eq!(rejected.len(), 4, "{rejected:?}");
    // Lines as in the file (Ann's statement spans lines 2 to 7).
    assert_eq!(rejected[0].0, 8);
    assert!(
        rejected[0].1.contains("stranger@nowhere.org")
            && rejected[0].1.contains("the nominator must be on the roll"),
        "{rejected:?}"
    );
    assert_eq!(rejected[1].0, 9);
    assert!(
        rejected[1].1.contains("the 4th of March") && rejected[1].1.contains("the forms read are")
    );
    assert_eq!(rejected[2].0, 10);
    assert!(
        rejected[2].1.contains("closed on 2026-03-14")
            && rejected[2].1.contains("dated 2026-03-20")
    );
    assert_eq!(rejected[3].0, 11);
    assert!(rejected[3].1.contains("already a nominee"));
    let ann = db.json(&["nominee", "show", "T", "Ann Lee", "--json"]);
    assert_eq!(
        ann["nominee"]["statement"],
        "# Hello\n\nI would like to serve.\n\n- one\n- two"
    );
    // A time without a zone is the officer's local time, stored in UTC.
    assert!(ann["nominee"]["nominated_at"]
        .as_str()
        .is_some_and(|t| t.starts_with("2026-03-0") && t.ends_with(":00:00Z")));
    let li = db.json(&["nominee", "show", "T", "李小龙", "--json"]);
    assert_eq!(li["nominee"]["employer"], "北京大学");
    assert_eq!(li["endorsements"].as_array().unwrap().len(), 2);
    // One audit entry for the import, naming the file and the counts.
    let log = db.ok(&["audit", "log", "T"]);
    assert_eq!(log.matches("nominee.import").count(), 1, "{log}");
    assert!(
        log.contains("imported=2") && log.contains("refused=4"),
        "{log}"
    );

    // --map for a header the synonyms do not know; the late row accepted
    // with a reason.
    db.ok(&[
        "term",
        "create",
        "U",
        "--seats",
        "1",
        "--method",
        "approval",
        "--nominations-close",
        "2026-03-14",
    ]);
    let f2 = db.file(
        "form2.csv",
        "Submitted,Candidate's full legal name,Where do you work?\n2026-03-20,Dan Late,Delta\n"
            .as_bytes(),
    );
    let err = db.fails(&[
        "nominee",
        "import",
        "U",
        s(&f2),
        "--map",
        "employer=Where do you work?",
    ]);
    assert!(
        err.contains("--map name=") || err.contains("no column holds"),
        "{err}"
    );
    let r = db.json(&[
        "nominee",
        "import",
        "U",
        s(&f2),
        "--map",
        "name=Candidate's full legal name",
        "--map",
        "employer=Where do you work?",
        "--late-reason",
        "the form stayed open by mistake",
        "--json",
    ]);
    assert_eq!(r["imported"], serde_json::json!(["Dan Late"]));
    let d = db.json(&["nominee", "show", "U", "Dan Late", "--json"]);
    assert_eq!(d["nominee"]["employer"], "Delta");
    assert_eq!(
        d["nominee"]["late_reason"],
        "the form stayed open by mistake"
    );
    db.verified();
}

#[test]
fn the_audit_state_covers_nominations_endorsements_and_rules() {
    let db = Db::with_roll(
        "T",
        &["--seconders", "1", "--nominations-close", "2999-12-31"],
    );
    db.ok(&ann_lee(&[
        "--nominated-by",
        "self",
        "--seconded-by",
        "ivan@example.org",
    ]));
    let text = db.file("e.md", b"Happy to see this.");
    db.ok(&[
        "nominee",
        "endorse",
        "T",
        "Ann Lee",
        "--by",
        "li@example.org",
        "--text",
        s(&text),
    ]);
    db.verified();
    // Each change made outside Scrutineer is caught by `audit verify`.
    for (sql, component) in [
        (
            "UPDATE endorsement SET text = 'I never wrote this' WHERE text IS NOT NULL",
            "nominees",
        ),
        ("DELETE FROM endorsement WHERE seconder = 1", "nominees"),
        ("UPDATE nominee SET late_reason = 'backdated'", "nominees"),
        (
            "UPDATE nominee SET accepted_at = '2026-01-01T00:00:00Z'",
            "nominees",
        ),
        ("UPDATE nomination_rules SET seconders = 0", "rules"),
        ("UPDATE nomination_rules SET closes = '3000-01-01'", "rules"),
    ] {
        let copy = db.out("copy.db");
        std::fs::copy(&db.path, &copy).unwrap();
        {
            let c = rusqlite::Connection::open(&copy).unwrap();
            assert_eq!(c.execute(sql, []).unwrap(), 1, "{sql}");
        }
        let o = db.at(&copy, &["audit", "verify"]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success(), "{sql}: not detected");
        assert!(err.contains(component), "{sql}: {err}");
        std::fs::remove_file(&copy).unwrap();
        let _ = std::fs::remove_file(db.out("copy.db-wal"));
        let _ = std::fs::remove_file(db.out("copy.db-shm"));
    }
}
