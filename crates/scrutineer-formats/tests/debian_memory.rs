//! `read_debian_stream` streams: a tally sheet of 200,000 ballots, each with
//! its own voter hash, but only 3 distinct rankings, is read in memory for
//! the 3 rankings, not for the file (and no voter hash is kept). Measured
//! with a counting global allocator, so this file holds one test.

use scrutineer_formats::debian::read_debian_stream;
use std::alloc::{GlobalAlloc, Layout, System};
use std::io::{BufReader, BufWriter, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = IN_USE.fetch_add(n, Ordering::SeqCst) + n;
    PEAK.fetch_max(now, Ordering::SeqCst);
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

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::SeqCst);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            grew(new_size);
            IN_USE.fetch_sub(layout.size(), Ordering::SeqCst);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

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
    let before = IN_USE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let f = read_debian_stream(
        &path.display().to_string(),
        BufReader::new(std::fs::File::open(&path).unwrap()),
    )
    .unwrap();
    let peak = PEAK.load(Ordering::SeqCst).saturating_sub(before);
    assert_eq!(f.count, ROWS);
    assert_eq!(f.profile.ballots.len(), 3);
    assert_eq!(f.profile.candidates[1], "稲田");
    assert!(
        peak < LIMIT,
        "reading a {size}-byte tally sheet of 3 distinct ballots took {peak} bytes at its peak"
    );
    println!("{size}-byte tally sheet, {ROWS} ballots: peak {peak} bytes");
}
