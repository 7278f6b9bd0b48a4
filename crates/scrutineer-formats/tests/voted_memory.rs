//! The participation list (`roll voted`) is streamed: reading a list of
//! any length holds one bounded record at a time, never the file. Measured
//! with a counting global allocator (so this file holds one test: the
//! allocator is shared by every test in the binary).

#[path = "common/counting_alloc.rs"]
mod counting_alloc;

use counting_alloc::{peak_since, reset_peak};
use scrutineer_formats::roll::voted::{VotedReader, VotedRow};
use std::io::{BufWriter, Write};

/// Most memory in use while reading, beyond what was in use before: the
/// reader's 64 KiB sample and buffer, one record (at most 256 KiB) and
/// small change.
const LIMIT: usize = 1024 * 1024;

#[test]
fn reading_a_participation_list_holds_flat_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("voted.csv");
    let mut w = BufWriter::new(std::fs::File::create(&path).unwrap());
    writeln!(w, "Name,Email,Voted at").unwrap();
    const ROWS: usize = 300_000;
    for i in 0..ROWS {
        writeln!(w, "Voter number {i},voter{i}@example.org,2026-11-30 12:00").unwrap();
    }
    // A line far longer than any record kept (a broken quote): dropped.
    writeln!(w, "\"{}", "x".repeat(4 << 20)).unwrap();
    w.flush().unwrap();
    drop(w);
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size > 15_000_000, "the list is {size} bytes");

    let before = reset_peak();
    let (mut emails, mut rejected, mut last) = (0usize, 0usize, String::new());
    for row in VotedReader::open(&path).unwrap() {
        match row.unwrap() {
            VotedRow::Email { email, .. } => {
                emails += 1;
                last = email;
            }
            VotedRow::Rejected(_) => rejected += 1,
        }
    }
    let peak = peak_since(before);
    assert_eq!(emails, ROWS);
    assert_eq!(last, format!("voter{}@example.org", ROWS - 1));
    assert_eq!(rejected, 1);
    assert!(
        peak < LIMIT,
        "reading a {size}-byte participation list took {peak} bytes at its peak"
    );
}
