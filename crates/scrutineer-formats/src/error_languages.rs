//! Every reader's errors in the reader's language (issue 11): a
//! representative error of each reader, written in German and Japanese,
//! still names the file and the line, and keeps no English word of its
//! English rendering. The English words are derived from that rendering:
//! its words of three letters or more, less those that come from the
//! error's own values (file name, what was found: names survive as given),
//! from text between backticks (a format's keywords, such as
//! `candidate,votes`, are written as the file writes them) and acronyms
//! (CSV, JSON, UTF, KiB).

use crate::FormatError;
use scrutineer_count::BallotKind;
use scrutineer_i18n::{Arg, Lang, Msg};
use std::collections::BTreeSet;
use std::io::Cursor;
use std::path::Path;

/// The words of `text` (letters only, three or more).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_string)
        .collect()
}

/// `text` without what stands between backticks.
fn outside_backticks(text: &str) -> String {
    text.split('`').step_by(2).collect::<Vec<_>>().join(" ")
}

/// The words of every value given to `m` as text (not those of messages
/// within it: they are words to be translated).
fn value_words(m: &Msg, out: &mut BTreeSet<String>) {
    for (_, a) in &m.args {
        match a {
            Arg::Str(s) => out.extend(words(s)),
            Arg::Msg(inner) => value_words(inner, out),
            _ => {}
        }
    }
}

/// The English words of `e` that a translation must not keep.
fn english_words(e: &FormatError) -> BTreeSet<String> {
    let m = e.located();
    let mut values = BTreeSet::new();
    value_words(&m, &mut values);
    words(&outside_backticks(&m.render(Lang::En)))
        .into_iter()
        .filter(|w| !values.contains(w))
        .filter(|w| !is_acronym(w))
        .collect()
}

/// CSV, UTF, KiB: acronyms and units, the same in every language.
fn is_acronym(w: &str) -> bool {
    w.chars().skip(1).any(char::is_uppercase)
}

/// `e` is written in German and Japanese with its file, its line and no
/// English word left; `id` is the message the reader chose.
fn check(e: FormatError, id: &str) {
    let problem = e.msg.as_deref().map(|m| m.id);
    assert_eq!(problem, Some(id), "{e}");
    let line = e.line.expect("a representative error has a line");
    let english = english_words(&e);
    assert!(
        english.len() >= 3,
        "too few English words to check in {e}: {english:?}"
    );
    assert_eq!(e.located().render(Lang::En), e.to_string());
    for lang in [Lang::De, Lang::Ja] {
        let text = e.located().render(lang);
        assert!(text.starts_with(&e.file), "{lang}: {text}");
        // `file:line` then the language's colon (Japanese: full width).
        assert!(
            [":", "："]
                .iter()
                .any(|colon| text.contains(&format!("{}:{line}{colon}", e.file))),
            "{lang}: no line in {text}"
        );
        let theirs: BTreeSet<String> = words(&text).into_iter().collect();
        let left: Vec<&String> = english.iter().filter(|w| theirs.contains(*w)).collect();
        assert!(left.is_empty(), "{lang}: English {left:?} left in {text}");
        assert!(!text.contains("err-"), "{lang}: an id is shown: {text}");
    }
}

fn file(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write a test file");
    p
}

#[test]
fn blt() {
    let e = crate::read_ballot_bytes(
        "ballots.blt",
        b"2 1\n1 2 2 0\n0\n\"Ada\"\n\"Bo\"\n\"Title\"\n",
        BallotKind::Ranking,
    )
    .unwrap_err();
    check(e, "err-blt-preference-twice");
    // An error that says what was expected and what was found, both messages.
    let e = crate::read_ballot_bytes(
        "ballots.blt",
        b"2 1\n1 1 0\n0\n\"Ada\"\n\"Bo\"\n\"Title\"\n\"extra\" x\n",
        BallotKind::Ranking,
    )
    .unwrap_err();
    check(e, "err-blt-after-title");
}

#[test]
fn grid() {
    let e =
        crate::read_ballot_bytes("votes.csv", b"Ada,Ada\n1,2\n", BallotKind::Ranking).unwrap_err();
    check(e, "err-grid-name-twice");
}

#[test]
fn totals() {
    let e = crate::totals::read_totals("totals.csv", b"name,points\nAda,3\n").unwrap_err();
    check(e, "err-totals-header");
}

#[test]
fn belenios() {
    let election = crate::belenios::BeleniosElection {
        title: None,
        answers: vec!["Ada".into(), "Bo".into()],
    };
    let e = crate::belenios::read_belenios_stream(
        "ballots.jsonl",
        Cursor::new("[[1,2]]\n[[1,\"first\"]]\n"),
        &election,
    )
    .unwrap_err();
    check(e, "err-belenios-rank");
}

#[test]
fn bettervoting() {
    let e = crate::bettervoting::read_bettervoting_stream(
        "export.csv",
        Cursor::new("ballot_id,precinct,Ada,Bo\n1,p,1,2\n2,p,1\n"),
        BallotKind::Ranking,
    )
    .unwrap_err();
    check(e, "err-bettervoting-row-width");
}

#[test]
fn debian() {
    let sheet = "Option 1--->: Ada\nOption 2--->: Bo\nV: 12 voter\nV: 1?  voter2\n";
    let e = crate::debian::read_debian_stream("tally.txt", Cursor::new(sheet)).unwrap_err();
    check(e, "err-debian-option-rank");
}

#[test]
fn yaml() {
    let e = crate::yaml::parse("election.yaml", "name: Vote\nname: Again\n", 1).unwrap_err();
    check(e, "err-yaml-key-twice");
}

#[test]
fn elekto_candidate() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let p = file(dir.path(), "candidate-ada.md", "not a header\n");
    let e = crate::elekto::read_candidate(&p).unwrap_err();
    check(e, "err-elekto-dashes-start");
}

#[test]
fn civs() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let p = file(dir.path(), "candidates.csv", "name,id\n,ada\n");
    let e = crate::civs::read_candidates(&p).unwrap_err();
    check(e, "err-civs-name-empty");
}

#[test]
fn roll() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let p = file(dir.path(), "roll.csv", "name,email\nAda,ada@example.org\n");
    let options = crate::roll::RollOptions {
        mapping: vec![(crate::roll::Field::Email, "courriel".into())],
        ..Default::default()
    };
    let e = crate::roll::columns(&p, &options).unwrap_err();
    check(e, "err-rollfile-mapping");
}

/// `errors-files.ftl` parses in every language and defines the same
/// messages with the same variables as English, none of them defined in
/// another file of that language (Fluent would let one override the other).
#[test]
fn errors_files_are_complete_in_every_language() {
    let file = |lang: Lang| {
        lang.sources()
            .iter()
            .find(|(f, _)| *f == "errors-files.ftl")
            .map(|(_, text)| *text)
            .expect("errors-files.ftl is embedded")
    };
    let parse = |lang: Lang, text: &str| {
        scrutineer_i18n::message_ids(text).unwrap_or_else(|e| panic!("{lang}: {e}"))
    };
    let mut english = parse(Lang::En, file(Lang::En));
    english.iter_mut().for_each(|(_, v)| v.sort());
    english.sort();
    assert!(english.len() > 150, "only {} messages", english.len());
    for lang in Lang::ALL {
        let mut theirs = parse(lang, file(lang));
        theirs.iter_mut().for_each(|(_, v)| v.sort());
        theirs.sort();
        assert_eq!(theirs, english, "{lang}: ids or variables differ");
        let ours: BTreeSet<&str> = theirs.iter().map(|(id, _)| id.as_str()).collect();
        for (name, text) in lang.sources() {
            if *name == "errors-files.ftl" {
                continue;
            }
            for (id, _) in parse(lang, text) {
                assert!(
                    !ours.contains(id.as_str()),
                    "{lang}: {id} is also in {name}"
                );
            }
        }
    }
}

/// A refused roll row's reason is stored in English and read back by the
/// CLI and the window with the prefixes `err-roll-` and `err-email-`
/// (`rejected_line`): an over-long row or cell is then written in German
/// and Japanese with no English word left.
#[test]
fn refused_roll_rows_are_read_back_in_every_language() {
    use crate::roll::record::Overflow;
    let headers = vec!["Name".to_string(), "E-Mail".to_string()];
    let reasons = [
        crate::roll::overflow_reason(Overflow::Field(1), &headers),
        crate::roll::overflow_reason(Overflow::Field(4), &headers),
        crate::roll::overflow_reason(Overflow::Record, &headers),
        crate::roll::overflow_reason(Overflow::Fields, &headers),
    ];
    for english in &reasons {
        let ours: BTreeSet<String> = words(english)
            .into_iter()
            .filter(|w| !headers.iter().any(|h| h.contains(w.as_str())))
            .filter(|w| !is_acronym(w))
            .collect();
        for lang in [Lang::De, Lang::Ja] {
            let text =
                scrutineer_i18n::messages(lang).translate(english, &["err-roll-", "err-email-"]);
            assert_ne!(&text, english, "{lang}: not read back: {english}");
            let theirs: BTreeSet<String> = words(&text).into_iter().collect();
            let left: Vec<&String> = ours.iter().filter(|w| theirs.contains(*w)).collect();
            assert!(left.is_empty(), "{lang}: English {left:?} left in {text}");
            for h in &headers {
                if english.contains(h.as_str()) {
                    assert!(text.contains(h.as_str()), "{lang}: {h} lost in {text}");
                }
            }
        }
    }
}
