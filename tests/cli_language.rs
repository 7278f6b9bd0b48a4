//! The CLI speaks the user's language (issue 11): every human sentence and
//! every error follows `LC_ALL` > `LC_MESSAGES` > `LANG`; `--json` output is
//! the same bytes in every language; names survive in every script.

mod common;
use common::{s, Db};
use std::process::Output;

/// Names in four scripts, for the term and the nominees.
const TERM: &str = "Vorstand 2026";
const NOMINEES: [&str; 3] = ["Zoë Müller", "稲田直哉", "Ελένη Παπαδοπούλου"];
const OFFICER: &str = "Sarah O'Brien";

/// One small election, step by step: (arguments, output). Paths are written
/// `<dir>` so that runs in different folders compare.
fn election(db: &Db, json: bool) -> Vec<(String, String)> {
    let roll = db.file(
        "roll.csv",
        "name,email\nAnn Lee,ann@example.org\nБорис Иванов,boris@example.org\n,nobody@example.org\nCy,not-an-email\nDee,ann@example.org\n李小龙,li@example.org\n",
    );
    let ballots = db.file(
        "ballots.csv",
        format!("{}\nx,x,\nx,,x\n,x,x\nx,,\nx,x,\n", NOMINEES.join(",")),
    );
    let json_flag: &[&str] = if json { &["--json"] } else { &[] };
    let mut steps: Vec<Vec<String>> = vec![
        vec![
            "term", "create", TERM, "--seats", "2", "--method", "approval",
        ],
        vec!["roll", "import", TERM, s(&roll)],
    ]
    .into_iter()
    .map(|v| v.into_iter().map(String::from).collect())
    .collect();
    for n in NOMINEES {
        steps.push(
            ["nominee", "add", TERM, "--name", n]
                .map(String::from)
                .to_vec(),
        );
    }
    steps.push(
        ["ballots", "import", TERM, s(&ballots)]
            .map(String::from)
            .to_vec(),
    );
    steps.push(["tally", TERM].map(String::from).to_vec());
    steps.push(
        ["term", "certify", TERM, "--officer", OFFICER]
            .map(String::from)
            .to_vec(),
    );
    steps.push(["term", "show", TERM].map(String::from).to_vec());
    // Commands with a --json form get it in the JSON run; the others print
    // one line either way and are left out of it.
    let with_json = ["roll import", "ballots import", "tally", "term show"];
    let dir = db.dir().to_string_lossy().into_owned();
    let mut out = Vec::new();
    for mut args in steps {
        let key = format!("{} {}", args[0], args[1]);
        let has_json = with_json.iter().any(|k| key.starts_with(k));
        if json && !has_json {
            // Run it all the same: the election goes on.
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            db.ok(&refs);
            continue;
        }
        if json {
            args.extend(json_flag.iter().map(|s| s.to_string()));
        }
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = db.run(&refs);
        assert!(
            o.status.success(),
            "{refs:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let text = String::from_utf8_lossy(&o.stdout).replace(&dir, "<dir>");
        out.push((key, text));
    }
    out
}

fn db_in(lang: Option<&str>) -> Db {
    match lang {
        Some(l) => Db::new().with_env("LANG", l),
        None => Db::new(),
    }
}

/// The lines of the English run that are Scrutineer's sentences: every
/// line, the count's own report inside `tally` included, but the lines of
/// names and figures only.
fn sentences(run: &[(String, String)]) -> Vec<(usize, String)> {
    let names: Vec<&str> = NOMINEES
        .iter()
        .copied()
        .chain([TERM, OFFICER, "Борис Иванов", "李小龙"])
        .collect();
    let mut out = Vec::new();
    for (i, (_, text)) in run.iter().enumerate() {
        for l in text.lines() {
            let mut words = l.to_string();
            for n in &names {
                words = words.replace(n, "");
            }
            if words.chars().filter(|c| c.is_ascii_alphabetic()).count() > 3 {
                out.push((i, l.to_string()));
            }
        }
    }
    out
}

#[test]
fn a_whole_election_in_german_and_japanese_has_no_english_sentence_left() {
    let en = election(&db_in(None), false);
    let english = sentences(&en);
    assert!(english.len() >= 12, "{english:#?}");
    for lang in ["de_DE.UTF-8", "ja_JP.UTF-8"] {
        let run = election(&db_in(Some(lang)), false);
        assert_eq!(run.len(), en.len());
        for (i, line) in &english {
            let (key, text) = &run[*i];
            assert!(
                !text.lines().any(|l| l == line),
                "{lang}: `{key}` still prints the English line {line:?}:\n{text}"
            );
        }
        // Names intact, as often as in English.
        let all_en: String = en.iter().map(|(_, t)| t.as_str()).collect();
        let all: String = run.iter().map(|(_, t)| t.as_str()).collect();
        for name in NOMINEES
            .iter()
            .chain([&TERM, &OFFICER, &"Борис Иванов", &"李小龙"])
        {
            assert_eq!(
                all.matches(name).count(),
                all_en.matches(name).count(),
                "{lang}: {name}\n{all}"
            );
        }
        // The refused rows' reasons are in the language too, their lines kept.
        let roll = &run[1].1;
        let (line, word) = if lang.starts_with("de") {
            ("Zeile 4:", "E-Mail-Adresse")
        } else {
            ("4 行目", "メールアドレス")
        };
        assert!(
            roll.contains(line) && roll.contains(word),
            "{lang}:\n{roll}"
        );
    }
    // German words where one would look for them.
    let de = election(&db_in(Some("de_DE.UTF-8")), false);
    let all: String = de.iter().map(|(_, t)| t.as_str()).collect();
    for w in [
        "Wahl „Vorstand 2026“",
        "Wahlberechtigte",
        "Stimmzettel",
        "beglaubigt",
    ] {
        assert!(all.contains(w), "{w}:\n{all}");
    }
}

#[test]
fn json_output_is_the_same_bytes_in_every_language() {
    let c = election(&db_in(Some("C")), true);
    for lang in ["de_DE.UTF-8", "ja_JP.UTF-8"] {
        let run = election(&db_in(Some(lang)), true);
        assert_eq!(run.len(), c.len());
        for ((key, a), (_, b)) in c.iter().zip(&run) {
            // Byte for byte, but for the lines holding the time of a step
            // or the certificate's identifier (they differ between runs).
            assert_eq!(masked(a), masked(b), "{lang}: {key}");
            assert!(
                serde_json::from_str::<serde_json::Value>(b).is_ok(),
                "{key}: {b}"
            );
        }
    }
    // JSON keeps the English words: a refused row's reason in German runs.
    let roll = &c[0].1;
    assert!(roll.contains("is not an email address"), "{roll}");
    // An error with --json: nothing on stdout, the sentence on stderr in
    // the user's language, the exit status unchanged.
    let db = db_in(Some("de_DE.UTF-8"));
    let o = db.run(&["term", "show", "Nope", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("„Nope“"), "{}", stderr(&o));
}

/// `text` with the lines of times and identifiers blanked.
fn masked(text: &str) -> String {
    let varying = [
        "\"certified_at\"",
        "\"certified_local\"",
        "\"identifier\"",
        "\"imported_at\"",
        "\"created_at\"",
        "\"counted_at\"",
    ];
    text.lines()
        .map(|l| {
            if varying.iter().any(|k| l.trim_start().starts_with(k)) {
                "~"
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn errors_in_german_keep_the_file_the_line_and_the_exit_status() {
    for (lang, expect) in [
        (None, "there is no term named"),
        (Some("de_DE.UTF-8"), "gibt keine Wahl"),
    ] {
        let db = db_in(lang);
        db.approval_term("T");
        // A missing term.
        let o = db.run(&["tally", "Nope"]);
        assert_eq!(o.status.code(), Some(1));
        let err = stderr(&o);
        assert!(err.contains(expect) && err.contains("Nope"), "{err}");
        if lang.is_some() {
            assert!(err.starts_with("Fehler: "), "{err}");
        }
    }
    let de = Db::new().with_env("LANG", "de_DE.UTF-8");
    de.approval_term("T");
    // A bad roll file: its header names no email column, on line 1.
    let roll = de.file("bad-roll.csv", "name,address\nAnn,ann@example.org\n");
    let o = de.run(&["roll", "import", "T", s(&roll)]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("bad-roll.csv:1: ")
            && err.contains("keine E-Mail-Spalte")
            && err.contains("'address'"),
        "{err}"
    );
    assert!(!err.contains("no email column"), "{err}");
    // A file that is not there: the path and the system's words in German.
    let gone = de.out("missing.csv");
    let err = de.fails(&["roll", "import", "T", s(&gone)]);
    assert!(
        err.contains("missing.csv") && err.contains("gibt es nicht"),
        "{err}"
    );
    // A certified term's edit.
    de.ok(&["nominee", "add", "T", "--name", "Zoë Müller"]);
    // Too few ballots in a batch: the file named, the plural German.
    let few = de.file("few.csv", "Zoë Müller\nx\nx\n");
    let err = de.fails(&["ballots", "import", "T", s(&few)]);
    assert!(
        err.contains("few.csv: ")
            && err.contains("2 Stimmzettel")
            && err.contains("--small-batch-reason"),
        "{err}"
    );
    let ballots = de.file("b.csv", "Zoë Müller\nx\nx\nx\nx\nx\n");
    de.ok(&["ballots", "import", "T", s(&ballots)]);
    de.ok(&["tally", "T"]);
    de.ok(&["term", "certify", "T", "--officer", OFFICER]);
    let o = de.run(&[
        "term",
        "edit",
        "T",
        "--seats",
        "2",
        "--reason",
        "Tippfehler",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("„T“") && err.contains("beglaubigt") && !err.contains("certified"),
        "{err}"
    );
    // The same refusal in English says what it always said.
    let en = Db::with_term("T");
    en.ok(&["nominee", "add", "T", "--name", "Zoë Müller"]);
    let ballots = en.file("b.csv", "Zoë Müller\nx\nx\nx\nx\nx\n");
    en.ok(&["ballots", "import", "T", s(&ballots)]);
    en.ok(&["tally", "T"]);
    en.ok(&["term", "certify", "T", "--officer", OFFICER]);
    let err = en.fails(&["term", "edit", "T", "--seats", "2", "--reason", "typo"]);
    assert_eq!(
        err.trim(),
        "error: term \"T\" is certified: its results are final and it cannot be changed"
    );
    // Usage errors (clap) keep their exit status 2 in any language.
    assert!(!de.misused(&["term", "create", "X"]).is_empty());
}

#[test]
fn lc_all_then_lc_messages_then_lang_and_unknown_languages_fall_back_to_english() {
    let words = |envs: &[(&str, &str)]| {
        let mut db = Db::new();
        for (k, v) in envs {
            db = db.with_env(k, v);
        }
        db.ok(&["term", "list"])
    };
    let en = words(&[]);
    assert!(en.starts_with("No terms yet."), "{en}");
    let de = words(&[("LANG", "de_DE.UTF-8")]);
    assert!(de.starts_with("Noch keine Wahlen."), "{de}");
    let fr = words(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")]);
    assert!(fr.starts_with("Aucune élection"), "{fr}");
    let es = words(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "es_ES.UTF-8")]);
    assert!(es.starts_with("Aún no hay elecciones."), "{es}");
    let ja = words(&[("LC_MESSAGES", "es_ES"), ("LC_ALL", "ja_JP.UTF-8")]);
    assert!(ja.starts_with("選挙はまだありません。"), "{ja}");
    assert_eq!(words(&[("LANG", "pt_BR.UTF-8")]), en);
    assert_eq!(words(&[("LANG", "C.UTF-8")]), en);
}
