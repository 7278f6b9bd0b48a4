//! `read_debian_stream` streams: a tally sheet of 200,000 ballots, each with
//! its own voter hash, but only 3 distinct rankings, is read in memory for
//! the 3 rankings, not for the file (and no voter hash is kept). Measured
//! with a counting global allocator, so this file holds one test.

#[path = "common/counting_alloc.rs"]
mod counting_alloc;

use counting_alloc::{peak_since, reset_peak};
use scrutineer_formats::debian::read_debian_stream;
use std::io::{BufReader, BufWriter, Write};

const ROWS: u64 = 200_000;
const LIMIT: usize = 2 * 1024 * 1024;

#[test]
fn peak_memory_does_not_grow_with_the_tally_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tally.txt");
    {
        let mut w = BufWriter::new(std::fs::File::create(&path).unwrap());
        write!(
            w,
            "\t\tTally Sheet for the votes cast.\n\n     Option 1--->: Ἀλέξανδρος\n   /  Option 2-->: 稲田\n   |/  Option 3->: None Of The Above\n   ||/\n"
        )
        .unwrap();
        for i in 0..ROWS {
            let ranks = ["123", "21-", "--1"][(i % 3) as usize];
            writeln!(
                w,
                "V: {ranks}\t\t{:064x}",
                u128::from(i) * 0x9e37_79b9_7f4a_7c15
            )
            .unwrap();
        }
        w.flush().unwrap();
    }
    let size = std::fs::metadata(&path).unwrap().len();
    let before = reset_peak();
    let f = read_debian_stream(
        &path.display().to_string(),
        BufReader::new(std::fs::File::open(&path).unwrap()),
    )
    .unwrap();
    let peak = peak_since(before);
    assert_eq!(f.count, ROWS);
    assert_eq!(f.profile.ballots.len(), 3);
    assert_eq!(f.profile.candidates[1], "稲田");
    assert!(
        peak < LIMIT,
        "reading a {size}-byte tally sheet of 3 distinct ballots took {peak} bytes at its peak"
    );
    println!("{size}-byte tally sheet, {ROWS} ballots: peak {peak} bytes");
}
