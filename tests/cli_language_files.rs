//! The errors of the files Scrutineer reads, in the user's language (issue
//! 11): a broken BLT, a broken Belenios ballot file and a broken roll,
//! imported with LANG=de_DE.UTF-8, are refused in German, naming the file
//! and the line; in English (LANG=C) the same messages are unchanged.

mod common;
use common::{s, Db};
use std::collections::BTreeSet;

const TERM: &str = "Vorstand 2026";

/// The words of `text` of three letters or more.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect()
}

/// The same election in English and in German: (English, German).
fn pair() -> (Db, Db) {
    let en = Db::new().with_env("LANG", "C");
    let de = Db::new().with_env("LANG", "de_DE.UTF-8");
    for db in [&en, &de] {
        db.ok(&[
            "term", "create", TERM, "--seats", "1", "--method", "schulze",
        ]);
        db.add_nominees(TERM, &[("Ada Lovelace", ""), ("Bo Zhang", "")]);
    }
    (en, de)
}

/// Import `args` (with `{file}` for the file written from `content` under
/// `name`) in both languages; the German error names the file and `line`,
/// and keeps no English word of the English error (the words of what the
/// user gave, the file's content and the command, excepted). Returns the
/// German error.
fn refused(name: &str, content: &str, args: &[&str], line: u64, extra: &[(&str, &str)]) -> String {
    let (en, de) = pair();
    let mut out = Vec::new();
    for db in [&en, &de] {
        for (n, c) in extra {
            db.file(n, c);
        }
        let f = db.file(name, content);
        let argv: Vec<&str> = args
            .iter()
            .map(|a| if *a == "{file}" { s(&f) } else { a })
            .collect();
        let err = db.fails(&argv);
        assert!(err.contains(&format!("{}:{line}:", s(&f))), "{err}");
        // The error's own line (the one naming the file), not the
        // warnings that may come before it.
        let line_of_error = err
            .lines()
            .filter(|l| l.contains(s(&f)))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(!line_of_error.is_empty(), "{err}");
        out.push(line_of_error.replace(s(db.dir()), "<dir>"));
    }
    let (english, german) = (&out[0], &out[1]);
    assert_ne!(english, german);
    let mut given = words(content);
    given.extend(args.iter().flat_map(|a| words(a)));
    given.extend(
        extra
            .iter()
            .flat_map(|(n, c)| words(n).into_iter().chain(words(c))),
    );
    given.extend(words("<dir>"));
    given.extend(words(name));
    let theirs = words(german);
    let left: Vec<String> = words(english)
        .into_iter()
        .filter(|w| theirs.contains(w) && !given.contains(w))
        .filter(|w| !w.chars().all(|c| c.is_ascii_uppercase()))
        .collect();
    assert!(left.is_empty(), "English {left:?} left in: {german}");
    german.clone()
}

#[test]
fn a_broken_blt_is_refused_in_german() {
    let err = refused(
        "ballots.blt",
        "2 1\n1 2 2 0\n0\n\"Ada Lovelace\"\n\"Bo Zhang\"\n\"Vorstand\"\n",
        &["ballots", "import", TERM, "{file}"],
        2,
        &[],
    );
    assert!(
        err.contains("Kandidat/in 2 steht mehr als einmal auf diesem Stimmzettel"),
        "{err}"
    );
}

#[test]
fn a_broken_belenios_file_is_refused_in_german() {
    let election = r#"{"name":"Vorstand","questions":[{"type":"NonHomomorphic","value":{"answers":["Ada Lovelace","Bo Zhang"]}}]}"#;
    let err = refused(
        "ballots.jsonl",
        "[[1,2]]\n[[2,1]]\n[[1,\"erste\"]]\n",
        &["ballots", "import", TERM, "{file}", "--format", "belenios"],
        3,
        &[("election.json", election)],
    );
    assert!(err.contains("Rang von Antwort 2"), "{err}");
}

#[test]
fn a_broken_roll_is_refused_in_german() {
    let err = refused(
        "roll.csv",
        "name,email\nAda Lovelace,ada@example.org\n",
        &["roll", "import", TERM, "{file}", "--map", "email=courriel"],
        1,
        &[],
    );
    assert!(
        err.contains("die Zuordnung email=courriel nennt keine Spalte"),
        "{err}"
    );
}
