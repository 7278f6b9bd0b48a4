//! Issue 11: a term's published documents in its language. One term, names
//! in five scripts, counted under Scottish STV (so the tables have decimal
//! figures), its certificate (draft and certified), candidate booklet and
//! announcement rendered in English, German, French, Spanish and Japanese.
//! Each is checked with pdftotext: the language's own words are there, no
//! word of the English rendering is left (the list is derived from the
//! English documents themselves, not written by hand), every name is intact
//! and the decimal figures use the language's separator.

mod common;
use common::{pdf_text, s, Db};
use serde_json::Value;
use std::collections::BTreeSet;

const ORG: &str = "Πολιτιστικός Σύλλογος";
const TERM: &str = "Vorstand 2026";
/// Right to left, inside the certified status line of every language.
const OFFICER: &str = "אבי כהן";
const WITNESS: &str = "Юлия Ким";
/// Latin, Greek, Cyrillic, CJK and Arabic (right to left).
const NAMES: [&str; 5] = [
    "Zoë Ångström",
    "Ξένια Παππά",
    "Иван Петров",
    "稲田直哉",
    "محمد علي",
];
/// The Arabic nominee's statement, in Arabic.
const STATEMENT: &str = "أعمل من أجل نادٍ مفتوح للجميع.";

/// 12 ballots (the roll has 12 voters), quota 5: the first nominee's
/// surplus of 1 is transferred at 1/6 a paper, so figures like 2.49998
/// appear; nobody ties.
const BLT: &str = "5 2
3 1 2 0
3 1 3 0
2 2 4 0
1 3 2 0
1 4 5 0
2 5 4 0
0
\"Zoë Ångström\"
\"Ξένια Παππά\"
\"Иван Петров\"
\"稲田直哉\"
\"محمد علي\"
\"Vorstand 2026\"
";

/// The language's own words that each document must contain.
fn key_words(lang: &str) -> [&'static [&'static str]; 3] {
    match lang {
        "en" => [
            &[
                "Certificate of results",
                "Eligible voters",
                "Ballots cast",
                "elected",
                "Returns officer",
            ],
            &["CANDIDATE BOOKLET", "Statement", "Self-nominated"],
            &["Results", "elected", "ballots were cast", "eligible voters"],
        ],
        "de" => [
            &[
                "Wahlniederschrift",
                "Wahlberechtigte",
                "Stimmzettel",
                "gewählt",
                "Wahlleiter/in",
            ],
            &[
                "KANDIDATENHEFT",
                "Wahlvorschläge",
                "Vorstellung",
                "Eigenbewerbung",
            ],
            &["Wahlergebnis", "gewählt", "Stimmzettel", "Wahlberechtigten"],
        ],
        "fr" => [
            &[
                "Procès-verbal des résultats",
                "Inscrits",
                "Votants",
                "élu",
                "Président·e du bureau",
            ],
            &["LIVRET DES CANDIDATURES", "Profession de foi"],
            &["Résultats", "bulletins", "inscrits", "élu"],
        ],
        "es" => [
            &[
                "Acta de resultados",
                "Electores",
                "Papeletas emitidas",
                "elegido",
                "Presidente/a de la mesa",
            ],
            &["CUADERNILLO DE CANDIDATURAS", "Presentación"],
            &["Resultados", "papeletas", "electores", "elegido"],
        ],
        "ja" => [
            &[
                "開票結果証明書",
                "有権者数",
                "投票用紙数",
                "当選",
                "選挙管理者",
            ],
            &["候補者冊子", "所信表明", "自薦"],
            &["開票結果", "投票用紙", "有権者", "当選"],
        ],
        other => panic!("no key words for {other}"),
    }
}

/// Words every language keeps: names of things that are not English words
/// in the document's sense (the program, the hash, the time zone, the
/// statutory instrument of the Scottish rules, the Gregory method's
/// inventor), and real cognates spelt the same in the language.
fn kept(lang: &str, word: &str) -> bool {
    const EVERYWHERE: &[&str] = &[
        "scrutineer",
        "sha",
        "stv",
        "ssi",
        "utc",
        "gregory",
        // "The Scottish Local Government Elections Order 2007", quoted by
        // its title as the count's note cites it.
        "scottish",
        "local",
        "government",
        "elections",
        "order",
    ];
    let cognates: &[&str] = match lang {
        // "Ranked Pairs" is the method's name in German writing too.
        "de" => &[
            "name",
            "iteration",
            "plus",
            "option",
            "quorum",
            "rest",
            "ranked",
            "pairs",
        ],
        "fr" => &[
            "audit",
            "date",
            "inclusive",
            "non",
            "page",
            "participation",
            "plus",
            "part",
            "total",
            "exclusions",
            "notes",
            "points",
            "point",
            "constitution",
            "option",
            "options",
            "quorum",
            "place",
            "cycle",
            "signature",
        ],
        "es" => &["total"],
        _ => &[],
    };
    EVERYWHERE.contains(&word) || cognates.contains(&word)
}

/// The words of a text: runs of letters (lower case), without file names
/// and anything holding a digit.
fn words(text: &str) -> BTreeSet<String> {
    // Paths and addresses ("starvoting.org/ties", "psf/elections") are
    // references, not words.
    // So is the journal the Schulze note cites.
    let text = text.replace("Social Choice and Welfare", "");
    let text: String = text
        .split_whitespace()
        .filter(|t| !(t.contains('/') && t.contains('.')))
        .collect::<Vec<_>>()
        .join(" ");
    text.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\''))
        .map(|w| w.trim_matches(|c: char| c == '.' || c == '\''))
        .filter(|w| w.chars().count() >= 3)
        .filter(|w| !w.contains('.') && !w.chars().any(|c| c.is_ascii_digit()))
        .map(|w| w.to_lowercase())
        .collect()
}

/// A term to set up: its method, seats, further `term create` options,
/// document language (`None`: the default), the employers of some nominees
/// (by index into [`NAMES`]) and its ballot file.
struct Term<'a> {
    method: &'a str,
    seats: &'a str,
    options: &'a [&'a str],
    language: Option<&'a str>,
    employers: &'a [(usize, &'a str)],
    ballots: (&'a str, &'a str),
}

impl Term<'static> {
    /// The Scottish STV term of the BLT above.
    fn stv() -> Self {
        Term {
            method: "stv-scottish",
            seats: "2",
            options: &[],
            language: None,
            employers: &[],
            ballots: ("ballots.blt", BLT),
        }
    }
}

/// The one set-up of every test here: the term of `t` in [`ORG`] with the
/// 12 voters of the PEP 13 roll, the five nominees of [`NAMES`]
/// (self-nominated; the Arabic nominee with [`STATEMENT`]), its ballots
/// imported and counted. Returns the tally.
fn set_up(db: &Db, t: &Term) -> Value {
    let roll = common::fixture("pep13/roll.csv");
    let mut create = vec![
        "term",
        "create",
        TERM,
        "--seats",
        t.seats,
        "--method",
        t.method,
        "--organisation",
        ORG,
    ];
    if let Some(lang) = t.language {
        create.extend(["--language", lang]);
    }
    create.extend(t.options);
    db.ok(&create);
    if let Some(lang) = t.language {
        let shown = db.json(&["term", "show", TERM, "--json"]);
        assert_eq!(shown["language"], lang, "{shown}");
    }
    db.ok(&["roll", "import", TERM, s(&roll)]);
    let statement = db.file("statement.md", STATEMENT);
    for (i, name) in NAMES.iter().enumerate() {
        let mut args = vec![
            "nominee",
            "add",
            TERM,
            "--name",
            name,
            "--nominated-by",
            "self",
        ];
        if *name == "محمد علي" {
            args.extend(["--statement", s(&statement)]);
        }
        if let Some((_, employer)) = t.employers.iter().find(|(k, _)| *k == i) {
            args.extend(["--employer", employer]);
        }
        db.ok(&args);
    }
    let ballots = db.file(t.ballots.0, t.ballots.1);
    db.ok(&["ballots", "import", TERM, s(&ballots)]);
    db.json(&["tally", TERM, "--json"])
}

/// The documents of the term in `lang`, as text: [draft certificate,
/// certified certificate, booklet, announcement (text)], plus the tally.
fn documents(lang: &str) -> (Vec<String>, Value, Db) {
    let db = Db::new();
    let tally = set_up(
        &db,
        &Term {
            language: Some(lang),
            ..Term::stv()
        },
    );
    let text_of = |name: &str, args: &[&str]| {
        let out = db.out(name);
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--out", s(&out)]);
        db.ok(&all);
        pdf_text(&out).expect("pdftotext (poppler-utils) is needed to read the documents")
    };
    let draft = text_of("draft.pdf", &["certificate", TERM]);
    let booklet = text_of(
        "booklet.pdf",
        &["candidates", "export", TERM, "--format", "pdf"],
    );
    let announcement = db.ok(&["results", "announce", TERM, "--format", "text"]);
    db.ok(&[
        "term",
        "certify",
        TERM,
        "--officer",
        OFFICER,
        "--witness",
        WITNESS,
    ]);
    let certified = text_of("certified.pdf", &["certificate", TERM]);
    (vec![draft, certified, booklet, announcement], tally, db)
}

#[test]
fn every_document_is_in_the_terms_language_with_every_name_intact() {
    let (english, tally, _db) = documents("en");
    // The data's own words (names, organisation, term, officers,
    // statement) are not the document's words.
    let data: BTreeSet<String> = words(&[ORG, TERM, OFFICER, WITNESS, STATEMENT].join(" "))
        .into_iter()
        .chain(NAMES.iter().flat_map(|n| words(n)))
        .collect();
    let english_words: BTreeSet<String> = english
        .iter()
        .flat_map(|d| words(d))
        .filter(|w| !data.contains(w))
        .collect();
    assert!(
        english_words.len() > 100,
        "the English documents have only {} words: {english_words:?}",
        english_words.len()
    );
    // The decimal figures of the STV table, as the count writes them.
    let figures: Vec<String> = tally["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["votes"].as_str().unwrap().to_string())
        .filter(|v| v.contains('.') && !v.ends_with(".00000"))
        .collect();
    assert!(!figures.is_empty(), "no fractional figure: {tally}");

    for lang in ["en", "de", "fr", "es", "ja"] {
        let (docs, _, db) = if lang == "en" {
            (english.clone(), tally.clone(), Db::new())
        } else {
            documents(lang)
        };
        let names = [
            "draft certificate",
            "certified certificate",
            "booklet",
            "announcement",
        ];
        let keys = key_words(lang);
        for (doc, what) in docs.iter().zip(names) {
            for name in NAMES {
                assert!(
                    doc.contains(name),
                    "{lang} {what}: {name} is missing:\n{doc}"
                );
            }
            assert!(
                doc.contains(ORG),
                "{lang} {what}: the organisation is missing:\n{doc}"
            );
            let want = match what {
                "booklet" => keys[1],
                "announcement" => keys[2],
                _ => keys[0],
            };
            for w in want {
                assert!(doc.contains(w), "{lang} {what}: {w:?} is missing:\n{doc}");
            }
            if lang != "en" {
                let left: Vec<&String> = words(doc)
                    .iter()
                    .filter(|w| english_words.contains(*w) && !kept(lang, w))
                    .map(|w| english_words.get(w).unwrap())
                    .collect();
                assert!(
                    left.is_empty(),
                    "{lang} {what}: English left: {left:?}\n{doc}"
                );
            }
        }
        // The certificate's status: a draft, then certified by the officer.
        let (draft_mark, certified_mark) = match lang {
            "en" => ("DRAFT — not certified", "Certified on"),
            "de" => ("ENTWURF — nicht beglaubigt", "Beglaubigt am"),
            "fr" => ("PROJET — non certifié", "Certifié le"),
            "es" => ("BORRADOR — sin certificar", "Certificada el"),
            _ => ("草案 — 未認証", "が認証"),
        };
        assert!(docs[0].contains(draft_mark), "{lang}: {}", docs[0]);
        assert!(!docs[1].contains(draft_mark), "{lang}: {}", docs[1]);
        assert!(docs[1].contains(certified_mark), "{lang}: {}", docs[1]);
        // The right-to-left officer's name intact inside the status line of
        // every language (the certificate's bidi, not Fluent's marks).
        assert!(
            docs[1]
                .lines()
                .any(|l| l.contains(certified_mark) && l.contains(OFFICER)),
            "{lang}: {}",
            docs[1]
        );
        assert!(docs[1].contains(WITNESS));
        assert!(!docs
            .iter()
            .any(|d| d.contains('\u{2068}') || d.contains('\u{2069}')));
        // Decimal figures with the language's separator, in the table and
        // the announcement.
        for f in &figures {
            let shown = match lang {
                "de" | "fr" | "es" => f.replace('.', ","),
                _ => f.clone(),
            };
            for (doc, what) in [(&docs[0], "certificate"), (&docs[3], "announcement")] {
                assert!(
                    doc.contains(&shown),
                    "{lang} {what}: {shown} missing:\n{doc}"
                );
            }
        }
        if lang != "en" {
            // The language is fixed once the certificate is signed.
            let err = db.fails(&["term", "edit", TERM, "--language", "en", "--reason", "r"]);
            assert!(err.contains("language"), "{err}");
        }
    }
}

/// The language can change until certification; the change is audited with
/// its old and new values and keeps the count; the results CSV's headers and
/// labels follow it while its values stay as a program reads them; the
/// announcement's HTML names its language.
#[test]
fn language_is_edited_with_a_reason_and_the_csv_and_html_follow_it() {
    let db = Db::new();
    set_up(&db, &Term::stv());
    assert_eq!(db.json(&["term", "show", TERM, "--json"])["language"], "en");
    let o = db.run(&[
        "term",
        "create",
        "X",
        "--seats",
        "1",
        "--method",
        "irv",
        "--language",
        "it",
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success() && err.contains("en, de, fr, es or ja"),
        "{err}"
    );

    db.ok(&[
        "term",
        "edit",
        TERM,
        "--language",
        "de_DE.UTF-8",
        "--reason",
        "Verein in Köln",
    ]);
    let t = db.json(&["term", "show", TERM, "--json"]);
    assert_eq!(t["language"], "de");
    assert_eq!(t["stage"], "counted", "a language change keeps the count");
    let log = db.json(&["audit", "log", "--json"]);
    let edit = log
        .as_array()
        .unwrap()
        .iter()
        .rfind(|e| e["action"] == "term.edit")
        .unwrap();
    let d = edit["detail"].as_str().unwrap();
    assert!(
        d.contains("language: en -> de") && d.contains("Verein in Köln"),
        "{d}"
    );

    let csv = db.out("r.csv");
    db.ok(&["results", "export", TERM, "--out", s(&csv)]);
    let csv = std::fs::read_to_string(&csv).unwrap();
    assert!(
        csv.starts_with("platz,name,arbeitgeber,stimmen,ergebnis,grund\r\n"),
        "{csv}"
    );
    assert!(csv.contains("Wahlberechtigte,12\r\n"), "{csv}");
    assert!(csv.contains("Regel,2 Sitze\r\n"), "{csv}");
    assert!(
        csv.contains("Stand,ENTWURF — nicht beglaubigt\r\n"),
        "{csv}"
    );
    // Values as a program reads them: the figure with its point, the
    // status word as the JSON has it.
    assert!(csv.contains(",5.00000,elected,"), "{csv}");

    let html = db.ok(&["results", "announce", TERM, "--format", "html"]);
    assert!(html.starts_with("<article lang=\"de\">"), "{html}");
    assert!(html.contains("<bdi>محمد علي</bdi>"), "{html}");

    // --json never changes with the language.
    let de = db.json(&["tally", TERM, "--json"]);
    db.ok(&["term", "edit", TERM, "--language", "en", "--reason", "back"]);
    db.ok(&["tally", TERM]);
    let en = db.json(&["tally", TERM, "--json"]);
    assert_eq!(de["candidates"], en["candidates"]);
    assert_eq!(de["rules"], en["rules"]);
}

/// Grid ballots (one column per nominee of [`NAMES`], one row per ballot).
fn grid(rows: &[(usize, &str)]) -> String {
    let mut out = NAMES.join(",") + "\n";
    for (n, row) in rows {
        for _ in 0..*n {
            out.push_str(row);
            out.push('\n');
        }
    }
    out
}

/// Proper names of methods, authors and bodies the count's notes cite, the
/// same in every language.
const CITED: &[&str] = &[
    "meek",
    "hill",
    "wichmann",
    "woodall",
    "schulze",
    "tideman",
    "zavist",
    "debian",
    "schwartz",
    "star",
    "bloc",
    "pep",
    "omega",
    "equal",
    "vote",
    "coalition",
    "social",
    "choice",
    "welfare",
    "condorcet",
];

/// Issue 11 for every method: a term counted under Meek STV, Bloc STAR with
/// an employer cap, the Debian constitution, Schulze, instant-runoff with a
/// tie for the fewest votes settled by the seeded draw, and approval with an
/// employer cap that disqualifies a nominee and a tie settled by the draw;
/// ranked pairs and plurality.
/// Its certificate and announcement in German, French, Spanish and Japanese
/// hold no word of the English rendering (derived from the English
/// documents of the same term), and every name intact.
#[test]
fn every_methods_explanations_are_in_the_terms_language() {
    let approval = grid(&[(5, "x,x,x,x,"), (2, "x,,,x,"), (1, "x,,,,x")]);
    let irv = grid(&[
        (4, "1,2,,,"),
        (3, "2,1,,,"),
        (2, ",2,1,,"),
        (1, ",,2,1,"),
        (1, ",2,,,1"),
    ]);
    let star = grid(&[(6, "5,4,2,1,0"), (3, "1,5,3,0,2"), (2, "0,3,5,2,1")]);
    let ranked = grid(&[
        (4, "1,2,3,4,5"),
        (3, "2,1,4,3,"),
        (2, "3,4,1,2,"),
        (2, ",,2,1,3"),
        (1, "1,,,,2"),
    ]);
    let acme = &[(0, "Acme"), (3, "Acme")][..];
    let acme_star = &[(0, "Acme"), (1, "Acme")][..];
    let terms: Vec<(Term, &[&str])> = vec![
        (
            Term {
                method: "stv-meek",
                ballots: ("meek.csv", &ranked),
                ..Term::stv()
            },
            &["count-note-meek"],
        ),
        (
            Term {
                method: "star",
                options: &["--max-per-employer", "1"],
                employers: acme_star,
                ballots: ("star.csv", &star),
                ..Term::stv()
            },
            &["disqualified"],
        ),
        (
            Term {
                method: "debian",
                seats: "1",
                options: &["--quorum-voters", "2", "--majority", "Zoë Ångström=3"],
                ballots: ("debian.csv", &ranked),
                ..Term::stv()
            },
            &[],
        ),
        (
            Term {
                method: "schulze",
                ballots: ("schulze.csv", &ranked),
                ..Term::stv()
            },
            &[],
        ),
        (
            Term {
                method: "ranked-pairs",
                ballots: ("pairs.csv", &ranked),
                ..Term::stv()
            },
            &[],
        ),
        (
            Term {
                method: "plurality",
                ballots: ("plurality.csv", &ranked),
                ..Term::stv()
            },
            &[],
        ),
        (
            Term {
                method: "irv",
                seats: "1",
                ballots: ("irv.csv", &irv),
                ..Term::stv()
            },
            &["tie"],
        ),
        (
            Term {
                method: "approval",
                options: &["--max-per-employer", "1"],
                employers: acme,
                ballots: ("approval.csv", &approval),
                ..Term::stv()
            },
            &["tie", "disqualified"],
        ),
    ];
    let data: BTreeSet<String> = words(&[ORG, TERM, STATEMENT, "Acme"].join(" "))
        .into_iter()
        .chain(NAMES.iter().flat_map(|n| words(n)))
        .collect();
    let mut failures = Vec::new();
    for (term, expect) in &terms {
        let db = Db::new();
        let tally = set_up(&db, term);
        let method = term.method;
        for what in *expect {
            match *what {
                "tie" => assert!(
                    tally["tie_breaks"]
                        .as_array()
                        .is_some_and(|t| t.iter().any(|t| t["rule"] == "seeded draw")),
                    "{method}: no tie settled by the draw: {tally}"
                ),
                "disqualified" => assert!(
                    tally["excluded"].as_array().is_some_and(|e| !e.is_empty()),
                    "{method}: nobody disqualified: {tally}"
                ),
                _ => {}
            }
        }
        let docs = |lang: &str| -> [String; 2] {
            if lang != "en" {
                db.ok(&["term", "edit", TERM, "--language", lang, "--reason", "r"]);
            }
            let out = db.out(&format!("{lang}.pdf"));
            db.ok(&["certificate", TERM, "--out", s(&out)]);
            [
                pdf_text(&out).expect("pdftotext (poppler-utils) is needed"),
                db.ok(&["results", "announce", TERM, "--format", "text"]),
            ]
        };
        let english = docs("en");
        let english_words: BTreeSet<String> = english
            .iter()
            .flat_map(|d| words(d))
            .filter(|w| !data.contains(w))
            .collect();
        assert!(english_words.len() > 60, "{method}: {english_words:?}");
        for lang in ["de", "fr", "es", "ja"] {
            for (doc, what) in docs(lang).iter().zip(["certificate", "announcement"]) {
                for name in NAMES {
                    assert!(
                        doc.contains(name),
                        "{method} {lang} {what}: {name} missing:\n{doc}"
                    );
                }
                let left: Vec<&String> = words(doc)
                    .iter()
                    .filter(|w| {
                        english_words.contains(*w) && !kept(lang, w) && !CITED.contains(&w.as_str())
                    })
                    .map(|w| english_words.get(w).unwrap())
                    .collect();
                if !left.is_empty() {
                    failures.push(format!("{method} {lang} {what}: English left: {left:?}"));
                    if std::env::var_os("SCRUTINEER_SHOW").is_some() {
                        failures.push(doc.clone());
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
