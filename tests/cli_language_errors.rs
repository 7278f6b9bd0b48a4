//! The errors an officer meets, in German (issue 11): the same mistakes made
//! in English and in German, and no English sentence of the English run left
//! in the German one; the file and the line still named where there is one.

mod common;
use common::{s, Db};

/// An election file whose every command runs in `lang` (`None`: English).
fn db_in(lang: Option<&str>) -> Db {
    match lang {
        Some(l) => Db::new().with_env("LANG", l),
        None => Db::new(),
    }
}

/// Runs of three English words and more in `text`, outside quotes and
/// backticks (names, commands and values stay as given in every language).
fn english_phrases(text: &str) -> Vec<String> {
    let mut plain = String::new();
    let mut quoted: Option<char> = None;
    for c in text.chars() {
        match (quoted, c) {
            (None, '"' | '`') => {
                quoted = Some(c);
                plain.push('|');
            }
            (Some(q), c) if c == q => quoted = None,
            (Some(_), _) => {}
            (None, c) => plain.push(c),
        }
    }
    let mut phrases = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for tok in plain.split(|c: char| !(c.is_ascii_alphabetic() || c == '-' || c == '\'')) {
        let word = tok.len() > 1
            && !tok.starts_with(['-', '\''])
            && tok
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c == '\'');
        if word {
            run.push(tok);
        } else {
            if run.len() >= 3 {
                phrases.extend(run.windows(3).map(|w| w.join(" ")));
            }
            run.clear();
        }
    }
    if run.len() >= 3 {
        phrases.extend(run.windows(3).map(|w| w.join(" ")));
    }
    phrases
}

/// The German error says none of the English one's phrases (and says
/// something).
fn no_english_left(what: &str, en: &str, de: &str) {
    let phrases = english_phrases(en);
    assert!(
        !phrases.is_empty(),
        "{what}: no English phrase to look for in {en:?}"
    );
    assert_ne!(en.trim(), de.trim(), "{what}: the same words");
    let de_plain = de.to_lowercase();
    for p in &phrases {
        assert!(
            !de_plain.contains(p.as_str()),
            "{what}: \"{p}\" is left in English:\n  en: {en}\n  de: {de}"
        );
    }
}

/// Standard error without the lines a broken `.ftl` file makes the
/// message loader print (`scrutineer: locales/...`): not the error's words.
fn without_diagnostics(err: &str) -> String {
    err.lines()
        .filter(|l| !l.starts_with("scrutineer: locales/"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One mistake, made in both languages: each run's stderr.
struct Both {
    en: Db,
    de: Db,
}

impl Both {
    fn new(setup: impl Fn(&Db)) -> Both {
        let en = db_in(None);
        let de = db_in(Some("de_DE.UTF-8"));
        setup(&en);
        setup(&de);
        Both { en, de }
    }

    /// Both runs fail with status 1: (English, German) standard error, the
    /// German checked for English left.
    fn fails(&self, what: &str, args: impl Fn(&Db) -> Vec<String>) -> (String, String) {
        let run = |db: &Db| {
            let a = args(db);
            let refs: Vec<&str> = a.iter().map(String::as_str).collect();
            without_diagnostics(&db.fails(&refs))
        };
        let (en, de) = (run(&self.en), run(&self.de));
        assert!(en.starts_with("error: "), "{what}: {en}");
        assert!(de.starts_with("Fehler: "), "{what}: {de}");
        no_english_left(what, &en, &de);
        (en, de)
    }
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_phrases_found_are_the_english_words_outside_names() {
    let p = english_phrases("error: term \"My Big Vote\" is at stage `voting now`: count it first");
    assert_eq!(p, ["is at stage", "count it first"]);
}

#[test]
fn a_bad_term_edit_and_field_refusals_are_german() {
    let both = Both::new(|db| {
        db.approval_term("T");
    });
    let (en, de) = both.fails("term edit --method", |_| {
        strings(&[
            "term", "edit", "T", "--method", "nonsense", "--reason", "typo",
        ])
    });
    assert!(en.contains("unknown counting method `nonsense`"), "{en}");
    assert!(de.contains("`nonsense`") && de.contains("stv-meek"), "{de}");
    // A voter's name too long: the field named, the figures kept.
    let long = "Ä".repeat(201);
    let (en, de) = both.fails("roll add, a long name", |_| {
        strings(&[
            "roll",
            "add",
            "T",
            "--name",
            &long,
            "--email",
            "a@example.org",
            "--reason",
            "late",
        ])
    });
    assert!(
        en.contains("the voter's name is 201 characters long; at most 200 are allowed"),
        "{en}"
    );
    assert!(
        de.contains("201") && de.contains("200") && de.contains("Name der wahlberechtigten"),
        "{de}"
    );
    // An invisible character: named, with its position.
    let (en, de) = both.fails("roll add, an invisible character", |_| {
        strings(&[
            "roll",
            "add",
            "T",
            "--name",
            "A\u{200B}nn",
            "--email",
            "ann@example.org",
            "--reason",
            "late",
        ])
    });
    assert!(
        en.contains("contains an invisible character (U+200B ZERO WIDTH SPACE) at position 2"),
        "{en}"
    );
    assert!(
        de.contains("U+200B ZERO WIDTH SPACE") && de.contains("Position 2"),
        "{de}"
    );
    // An email address that is not one.
    let (_, de) = both.fails("roll add, a bad email", |_| {
        strings(&[
            "roll",
            "add",
            "T",
            "--name",
            "Ann",
            "--email",
            "ann@example",
            "--reason",
            "late",
        ])
    });
    assert!(de.contains("example") && de.contains("Punkt"), "{de}");
    // Not a date.
    let (_, de) = both.fails("term create, not a date", |_| {
        strings(&[
            "term",
            "create",
            "U",
            "--seats",
            "1",
            "--method",
            "approval",
            "--nominations-open",
            "2026-02-30",
        ])
    });
    assert!(
        de.contains("2026-02-30") && de.contains("JJJJ-MM-TT"),
        "{de}"
    );
}

#[test]
fn a_nomination_refused_by_a_rule_is_german_and_names_the_rule() {
    let both = Both::new(|db| {
        db.ok(&[
            "term",
            "create",
            "T",
            "--seats",
            "1",
            "--method",
            "approval",
            "--nominations-open",
            "2020-01-01",
            "--nominations-close",
            "2020-01-31",
        ]);
        db.ok(&[
            "roll",
            "add",
            "T",
            "--name",
            "Ann Lee",
            "--email",
            "ann@example.org",
            "--reason",
            "first",
        ]);
    });
    let (en, de) = both.fails("nominator off the roll", |_| {
        strings(&[
            "nominee",
            "add",
            "T",
            "--name",
            "Zoë Müller",
            "--nominated-by",
            "stranger@example.org",
            "--late-reason",
            "the form was down",
        ])
    });
    assert!(
        en.contains("refused by the rule \"the nominator must be on the roll\""),
        "{en}"
    );
    assert!(
        de.contains("stranger@example.org") && de.contains("Wählerverzeichnis"),
        "{de}"
    );
    let (en, de) = both.fails("outside the nomination period", |_| {
        strings(&["nominee", "add", "T", "--name", "Zoë Müller"])
    });
    assert!(
        en.contains("nominations closed on 2020-01-31") && en.contains("--late-reason TEXT"),
        "{en}"
    );
    assert!(
        de.contains("2020-01-31") && de.contains("Vorschlagsfrist") && de.contains("--late-reason"),
        "{de}"
    );
}

/// A counted term and its bundle in `out/`: the ballots file of the bundle.
fn bundled(db: &Db) -> std::path::PathBuf {
    db.approval_term("T");
    db.ok(&["nominee", "add", "T", "--name", "Zoë Müller"]);
    db.ok(&["nominee", "add", "T", "--name", "稲田直哉"]);
    let ballots = db.file("b.csv", "Zoë Müller,稲田直哉\nx,\nx,x\n,x\nx,\nx,\n");
    db.ok(&["ballots", "import", "T", s(&ballots)]);
    db.ok(&["tally", "T"]);
    let out = db.out("bundle");
    db.ok(&["results", "bundle", "T", "--out", s(&out)]);
    out
}

#[test]
fn a_bundle_that_does_not_verify_names_its_file_and_line_in_german() {
    let both = Both::new(|db| {
        let out = bundled(db);
        // A weight of 0 on the second line of ballots.csv.
        let path = out.join("ballots.csv");
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines: Vec<String> = text.lines().map(String::from).collect();
        let row = lines.get_mut(1).unwrap();
        let rest = row.split_once(',').map(|(_, r)| r.to_string()).unwrap();
        *row = format!("0,{rest}");
        std::fs::write(&path, format!("{}\n", lines.join("\n"))).unwrap();
    });
    let (en, de) = both.fails("verify", |db| {
        vec!["verify".into(), s(&db.out("bundle")).to_string()]
    });
    assert!(
        en.contains(
            "ballots.csv: ballots.csv: line 2: the weight must be a whole number at least 1"
        ),
        "{en}"
    );
    assert!(de.contains("ballots.csv: ballots.csv: Zeile 2: "), "{de}");
    assert!(de.contains("SHA256SUMS"), "{de}");
    // No folder at all.
    let (_, de) = both.fails("verify, no folder", |db| {
        vec!["verify".into(), s(&db.out("nowhere")).to_string()]
    });
    assert!(
        de.contains("nowhere") && de.contains("scrutineer results bundle"),
        "{de}"
    );
}

#[test]
fn a_tie_decision_mistake_is_german() {
    let both = Both::new(|db| {
        db.ok(&[
            "term",
            "create",
            "T",
            "--seats",
            "1",
            "--method",
            "approval",
            "--tie-break",
            "officer",
        ]);
        db.ok(&["nominee", "add", "T", "--name", "Zoë Müller"]);
        db.ok(&["nominee", "add", "T", "--name", "稲田直哉"]);
        let ballots = db.file("b.csv", "Zoë Müller,稲田直哉\nx,\n,x\nx,x\nx,\n,x\n");
        db.ok(&["ballots", "import", "T", s(&ballots)]);
    });
    // The count stops at the tie: the command to record the decision kept.
    let tie = |db: &Db| {
        let o = db.run(&["tally", "T"]);
        assert_eq!(o.status.code(), Some(1));
        without_diagnostics(&String::from_utf8_lossy(&o.stderr))
    };
    let (en, de) = (tie(&both.en), tie(&both.de));
    assert!(
        en.contains("a tie needs the returns officer's decision"),
        "{en}"
    );
    assert!(
        de.contains("Stimmengleichheit") && de.contains("scrutineer tie decide 'T'"),
        "{de}"
    );
    // The English words of the engine's context aside (the count's own,
    // kept as the key the decision is matched by), no English is left.
    let framing = |s: &str| {
        s.split_once('(')
            .map(|(a, _)| a.to_string())
            .unwrap_or_default()
    };
    no_english_left("tie needed", &framing(&en), &framing(&de));
    // A decision naming someone not tied.
    let (_, de) = both.fails("tie decide, wrong names", |_| {
        strings(&[
            "tie",
            "decide",
            "T",
            "--order",
            "Zoë Müller,Nobody",
            "--method",
            "coin",
            "--decided-by",
            "Sarah O'Brien",
        ])
    });
    assert!(de.contains("Nobody"), "{de}");
    // An unknown way of deciding.
    let (_, de) = both.fails("tie decide, unknown method", |_| {
        strings(&[
            "tie",
            "decide",
            "T",
            "--order",
            "Zoë Müller,稲田直哉",
            "--method",
            "dice",
            "--decided-by",
            "Sarah O'Brien",
        ])
    });
    assert!(de.contains("dice"), "{de}");
}
