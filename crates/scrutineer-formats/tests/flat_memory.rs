//! `read_ballot_file` streams: reading a file of many ballots but few
//! distinct ones needs memory for the distinct ballots, not for the file.
//! Measured with a counting global allocator (so this file holds one test:
//! the allocator is shared by every test in the binary).

use scrutineer_count::{BallotKind, Marks};
use scrutineer_formats::{read_ballot_file, sha256_hex, BallotFile};
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, keeping the bytes in use and the peak since the
/// last [`reset_peak`].
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = IN_USE.fetch_add(n, Ordering::SeqCst) + n;
    PEAK.fetch_max(now, Ordering::SeqCst);
}

fn shrank(n: usize) {
    IN_USE.fetch_sub(n, Ordering::SeqCst);
}

// SAFETY: every call is passed to `System` unchanged; only counts are kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            grew(new_size);
            shrank(layout.size());
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Bytes in use now.
fn reset_peak() -> usize {
    let now = IN_USE.load(Ordering::SeqCst);
    PEAK.store(now, Ordering::SeqCst);
    now
}

/// Read `path`, returning the file and the most memory in use while reading,
/// beyond what was in use before.
fn read_measured(path: &Path, kind: BallotKind) -> (BallotFile, usize) {
    let before = reset_peak();
    let file = read_ballot_file(path, kind).unwrap_or_else(|e| panic!("{e}"));
    let peak = PEAK.load(Ordering::SeqCst).saturating_sub(before);
    (file, peak)
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
}
