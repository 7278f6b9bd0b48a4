//! Shared by the fuzz targets and by `tests/fuzz_corpus.rs`, which replays
//! the committed corpora: an input's bytes become the files of one format
//! (parts separated by the byte 0x1E, "record separator"), written into
//! `dir`, and are read through `read_input`. Nothing may panic, and every
//! error must name a file inside `dir`.

use scrutineer_count::BallotKind;
use scrutineer_formats::{read_input, Format};
use std::path::Path;

/// The fuzz targets of the ballot and totals readers.
#[allow(dead_code)]
pub const TARGETS: [&str; 7] = [
    "totals",
    "helios",
    "civs",
    "elekto",
    "bettervoting",
    "belenios",
    "blt",
];

/// The files each target writes, in the order of the input's parts.
fn files(target: &str) -> &'static [&'static str] {
    match target {
        "totals" => &["results.csv"],
        "helios" => &["election.json", "result.json"],
        "civs" => &["BALLOTS.csv", "candidates.csv"],
        "elekto" => &[
            "election.yaml",
            "voters.yaml",
            "ballots.csv",
            "candidate-a.md",
            "candidate-b.md",
        ],
        "bettervoting" => &["export.csv"],
        "belenios" => &["election.json", "ballots.jsonl"],
        "blt" => &["ballots.blt"],
        _ => &[],
    }
}

/// Write `data` as `target`'s files in `dir` (emptied first) and read them
/// every way the target allows.
pub fn run(target: &str, data: &[u8], dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let _ = std::fs::remove_file(e.path());
        }
    }
    let names = files(target);
    let mut parts = data.split(|&b| b == 0x1E);
    for name in names {
        let part = parts.next().unwrap_or_default();
        std::fs::write(dir.join(name), part).expect("write a fuzz file");
    }
    let first = dir.join(names.first().copied().unwrap_or("input"));
    let reads: Vec<(&Path, Option<Format>, BallotKind)> = match target {
        "totals" => vec![
            (&first, None, BallotKind::Approval),
            (&first, Some(Format::Totals), BallotKind::Approval),
        ],
        "helios" | "elekto" => vec![(dir, None, BallotKind::Ranking)],
        "civs" => vec![(&first, Some(Format::Civs), BallotKind::Ranking)],
        "blt" => vec![
            (&first, None, BallotKind::Ranking),
            (&first, Some(Format::Blt), BallotKind::Ranking),
        ],
        "bettervoting" => vec![
            (&first, Some(Format::BetterVoting), BallotKind::Scores),
            (&first, Some(Format::BetterVoting), BallotKind::Ranking),
        ],
        "belenios" => {
            let votes = dir.join("ballots.jsonl");
            return check(
                dir,
                read_input(&votes, Some(Format::Belenios), BallotKind::Ranking),
            );
        }
        _ => vec![],
    };
    for (path, format, kind) in reads {
        check(dir, read_input(path, format, kind));
    }
}

fn check<T>(dir: &Path, r: Result<T, scrutineer_formats::FormatError>) {
    if let Err(e) = r {
        assert!(
            Path::new(&e.file).starts_with(dir),
            "the error names a file of the input: {e}"
        );
        assert!(!e.message.is_empty());
    }
}
