//! Arbitrary bytes into the voter-roll parser: it must never panic, whatever
//! the encoding, delimiter or layout it decides on. Run twice per input:
//! with detection, and with a forced legacy encoding and delimiter.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scrutineer_formats::roll::{encoding_for_label, RollOptions, RollReader, RollRow};

fn run(data: &[u8], options: &RollOptions) {
    let Ok(mut reader) = RollReader::from_bytes("fuzz.csv", data.to_vec(), options) else {
        return;
    };
    let mut last = 0u64;
    let mut rows = 0u64;
    for row in reader.by_ref() {
        let line = match row {
            Ok(RollRow::Voter(v)) => {
                assert!(!v.name.is_empty() && v.email.contains('@') && v.weight >= 1);
                v.line
            }
            Ok(RollRow::Rejected(r)) => r.line,
            Err(_) => break,
        };
        assert!(line > last, "row lines go forward");
        last = line;
        rows += 1;
    }
    let s = reader.stats();
    assert_eq!(s.voters + s.rejected, rows);
}

fuzz_target!(|data: &[u8]| {
    run(data, &RollOptions::default());
    let forced = RollOptions {
        encoding: encoding_for_label("windows-1252"),
        delimiter: Some(b';'),
        ..RollOptions::default()
    };
    run(data, &forced);
});
