//! `read_ballot_file` streams: reading a file of many ballots but few
//! distinct ones needs memory for the distinct ballots, not for the file.
//! Measured with a counting global allocator (so this file holds one test:
//! the allocator is shared by every test in the binary).

#[path = "common/counting_alloc.rs"]
mod counting_alloc;

use counting_alloc::{peak_since, reset_peak};
use scrutineer_count::{BallotKind, Marks};
use scrutineer_formats::{read_ballot_file, sha256_hex, BallotFile};
use std::io::{BufWriter, Write};
use std::path::Path;

/// Read `path`, returning the file and the most memory in use while reading,
/// beyond what was in use before.
fn read_measured(path: &Path, kind: BallotKind) -> (BallotFile, usize) {
    let before = reset_peak();
    let file = read_ballot_file(path, kind).unwrap_or_else(|e| panic!("{e}"));
    (file, peak_since(before))
}

const ROWS: u64 = 200_000;
const LIMIT: usize = 2 * 1024 * 1024;

/// Write `lines` (cycled) after `head` until `ROWS` ballot lines, then `tail`.
fn write_file(path: &Path, head: &str, lines: &[&str], tail: &str) -> u64 {
    let f = std::fs::File::create(path).unwrap();
    let mut w = BufWriter::new(f);
    w.write_all(head.as_bytes()).unwrap();
    for (i, line) in lines.iter().cycle().take(ROWS as usize).enumerate() {
        // A blank line and a CRLF now and then, so the line bookkeeping is
        // exercised too.
        let end = if i % 1000 == 999 { "\r\n\n" } else { "\n" };
        write!(w, "{line}{end}").unwrap();
    }
    w.write_all(tail.as_bytes()).unwrap();
    w.flush().unwrap();
    drop(w);
    std::fs::metadata(path).unwrap().len()
}

#[test]
fn peak_memory_does_not_grow_with_the_file() {
    let dir = tempfile::tempdir().unwrap();

    // Grid CSV: 20 candidates, 200,000 rows of 3 distinct ballots.
    let names: Vec<String> = (1..=20).map(|i| format!("Candidate {i}")).collect();
    let grid = dir.path().join("big.csv");
    let rows = [
        "1,2,3,4,5,6,7,8,,,,,,,,,,,,",
        ",,,,,,,,,,,,8,7,6,5,4,3,2,1",
        "1,1,2,,,,,,,,,,,,,,,,,No opinion",
    ];
    let size = write_file(&grid, &format!("{}\n", names.join(",")), &rows, "");
    assert!(size > 5_000_000, "the grid file is {size} bytes");
    let (file, peak) = read_measured(&grid, BallotKind::Ranking);
    assert!(
        peak < LIMIT,
        "reading a {size}-byte grid file of 3 distinct ballots took {peak} bytes at its peak"
    );
    assert_eq!(file.count, ROWS);
    let weights: Vec<u64> = file.profile.ballots.iter().map(|b| b.weight).collect();
    assert_eq!(weights, vec![66_667, 66_667, 66_666]);
    assert_eq!(
        file.profile.ballots[2].marks,
        Marks::Ranking(vec![vec![0, 1], vec![2]])
    );
    // The hash still covers exactly the file's bytes.
    assert_eq!(file.sha256, sha256_hex(&std::fs::read(&grid).unwrap()));
    // Each large file goes as soon as it is read: the test never holds more
    // than one on disk.
    std::fs::remove_file(&grid).unwrap();

    // BLT: the same, one ballot per line.
    let blt = dir.path().join("big.blt");
    let lines = [
        "1 1 2 3 4 5 6 7 8 9 10 11 12 0",
        "1 20 19 18 17 16 15 14 13 12 11 10 9 0",
        "2 1=2 3 0",
    ];
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    let tail = format!("0\n{}\n\"Flat\"\n", quoted.join("\n"));
    let size = write_file(&blt, "20 3\n", &lines, &tail);
    assert!(size > 5_000_000, "the BLT file is {size} bytes");
    let (file, peak) = read_measured(&blt, BallotKind::Ranking);
    assert!(
        peak < LIMIT,
        "reading a {size}-byte BLT file of 3 distinct ballots took {peak} bytes at its peak"
    );
    assert_eq!(file.count, 66_667 + 66_667 + 2 * 66_666);
    assert_eq!(file.profile.ballots.len(), 3);
    assert_eq!(file.profile.candidates.len(), 20);
    assert_eq!(file.title.as_deref(), Some("Flat"));
    assert_eq!(file.sha256, sha256_hex(&std::fs::read(&blt).unwrap()));
    std::fs::remove_file(&blt).unwrap();

    // Every other ballot reader, held to the same: CIVS (with its names),
    // an Elekto folder, BetterVoting CSV and JSON, Belenios.
    let short: Vec<String> = (1..=5).map(|i| format!("Cand {i}")).collect();
    let civs_dir = dir.path().join("civs");
    std::fs::create_dir(&civs_dir).unwrap();
    let mut list = String::from("name,id,employer\n");
    for (i, n) in short.iter().enumerate() {
        list.push_str(&format!("{n},c{i},Org\n"));
    }
    std::fs::write(civs_dir.join("candidates.csv"), list).unwrap();
    let handles: Vec<String> = short
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{n} (@c{i})"))
        .collect();
    let rows5 = ["1,2,3,4,5", "No opinion,1,1,2,No opinion", "5,4,3,2,1"];
    let civs = civs_dir.join("BALLOTS.csv");
    write_file(&civs, &format!("{}\n", handles.join(",")), &rows5, "");
    check(&civs, BallotKind::Ranking, 3, ROWS, "CIVS");

    let el = dir.path().join("elekto");
    std::fs::create_dir(&el).unwrap();
    std::fs::write(
        el.join("election.yaml"),
        "name: Flat\nno_winners: 2\nallow_no_opinion: True\n",
    )
    .unwrap();
    std::fs::write(el.join("voters.yaml"), "eligible_voters:\n- a\n").unwrap();
    for i in 0..5 {
        std::fs::write(
            el.join(format!("candidate-c{i}.md")),
            format!("---\nname: Cand {i}\nID: c{i}\n---\nStatement\n"),
        )
        .unwrap();
    }
    let ids: Vec<String> = (0..5).map(|i| format!("c{i}")).collect();
    write_file(
        &el.join("ballots.csv"),
        &format!("{}\n", ids.join(",")),
        &rows5,
        "",
    );
    check(&el, BallotKind::Ranking, 3, ROWS, "Elekto");

    let bv = dir.path().join("bv.csv");
    let bv_rows = ["x,,5,4,3,2,1", "x,p1,0,0,5,,", "x,,1,1,1,1,1"];
    write_file(
        &bv,
        &format!("ballot_id,precinct,{}\n", short.join(",")),
        &bv_rows,
        "",
    );
    check(&bv, BallotKind::Scores, 3, ROWS, "BetterVoting CSV");

    let bvj = dir.path().join("bv.json");
    let cands: Vec<String> = (0..5)
        .map(|i| format!(r#"{{"candidate_id":"c{i}","candidate_name":"Cand {i}"}}"#))
        .collect();
    let ballot = |scores: [u8; 5]| {
        let s: Vec<String> = scores
            .iter()
            .enumerate()
            .map(|(i, v)| format!(r#"{{"candidate_id":"c{i}","score":{v}}}"#))
            .collect();
        format!(
            r#"{{"ballot_id":"b","votes":[{{"race_id":"r","scores":[{}]}}]}}"#,
            s.join(",")
        )
    };
    let head = format!(
        r#"{{"Election":{{"title":"Flat","races":[{{"race_id":"r","voting_method":"STAR","num_winners":1,"candidates":[{}]}}]}},"Ballots":[{}"#,
        cands.join(","),
        ballot([5, 0, 0, 0, 0])
    );
    let j_rows: Vec<String> = [[5, 4, 3, 2, 1], [0, 0, 5, 0, 0], [1, 1, 1, 1, 1]]
        .into_iter()
        .map(|b| format!(",{}", ballot(b)))
        .collect();
    let j_refs: Vec<&str> = j_rows.iter().map(String::as_str).collect();
    write_file(&bvj, &format!("{head}\n"), &j_refs, "]}\n");
    check(&bvj, BallotKind::Ranking, 4, ROWS + 1, "BetterVoting JSON");

    let bel = dir.path().join("belenios");
    std::fs::create_dir(&bel).unwrap();
    std::fs::write(
        bel.join("election.json"),
        r#"{"questions":[{"type":"NonHomomorphic","value":{"answers":["A","B","C","D","E"]}}]}"#,
    )
    .unwrap();
    let votes = bel.join("ballots.jsonl");
    write_file(
        &votes,
        "",
        &["[[1,2,3,4,5]]", "[[0,0,1,0,0]]", "[[5,4,3,2,1]]"],
        "",
    );
    check(&votes, BallotKind::Ranking, 3, ROWS, "Belenios");
}

/// Read `path` with `read_ballot_file`, within the memory limit, to
/// `distinct` ballots and `total` ballots, hashed over the file's bytes.
fn check(path: &Path, kind: BallotKind, distinct: usize, total: u64, what: &str) {
    let (file, peak) = read_measured(path, kind);
    assert!(
        peak < LIMIT,
        "reading a large {what} input of {distinct} distinct ballots took {peak} bytes at its peak"
    );
    eprintln!("{what}: {total} ballots read with a peak of {peak} bytes");
    assert_eq!(file.count, total, "{what}");
    assert_eq!(file.profile.ballots.len(), distinct, "{what}");
    if path.is_file() {
        assert_eq!(
            file.sha256,
            sha256_hex(&std::fs::read(path).unwrap()),
            "{what}"
        );
        std::fs::remove_file(path).unwrap();
    } else {
        std::fs::remove_dir_all(path).unwrap();
    }
}
