//! The committed fuzz corpora of the ballot and totals readers, replayed
//! deterministically (no cargo-fuzz needed): every seed, and mutations of
//! it, read through `read_input` as its format's files. Nothing may panic,
//! and every error must name a file of the input (see
//! `fuzz/fuzz_targets/common.rs`). The seeds that are real files must read.

#[path = "../fuzz/fuzz_targets/common.rs"]
mod fuzz_common;

use scrutineer_count::BallotKind;
use scrutineer_formats::{read_input, Input};
use std::path::Path;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(seed: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(5) {
            0 if !v.is_empty() => {
                let i = at.min(v.len() - 1);
                v[i] = rng.next() as u8;
            }
            1 if at < v.len() => {
                v.remove(at);
            }
            2 => {
                let b = [
                    b'"', b',', b'\n', b'\'', b'-', b':', b'0', b'9', 0x1E, 0xFF, b'[', b'{',
                ][rng.below(12)];
                v.insert(at, b);
            }
            3 if !v.is_empty() => {
                // Duplicate a slice (repeats lines, fields, ballots).
                let start = rng.below(v.len());
                let end = (start + rng.below(64)).min(v.len());
                let piece = v[start..end].to_vec();
                let at = at.min(v.len());
                v.splice(at..at, piece);
            }
            _ => v.truncate(at),
        }
    }
    v
}

#[test]
fn fuzz_corpora_and_mutations_never_panic_and_errors_name_the_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let tmp = tempfile::tempdir().unwrap();
    let mut rng = Rng(0x5EED_F00D_CAFE_0001);
    for target in fuzz_common::TARGETS {
        let dir = root.join(target);
        let mut seeds: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("the corpus {} is missing: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        seeds.sort();
        assert!(seeds.len() >= 3, "{target}: at least three seeds");
        let work = tmp.path().join(target);
        std::fs::create_dir(&work).unwrap();
        for seed in seeds {
            let bytes = std::fs::read(&seed).unwrap();
            fuzz_common::run(target, &bytes, &work);
            // The hand-written seeds (named) are mutated more than the ones
            // cargo fuzz grew (named by their hash), which it already mutated.
            let grown = seed
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.len() == 40 && n.bytes().all(|b| b.is_ascii_hexdigit()));
            for _ in 0..if grown { 3 } else { 200 } {
                fuzz_common::run(target, &mutate(&bytes, &mut rng), &work);
            }
        }
    }
}

#[test]
fn the_real_seeds_read() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let tmp = tempfile::tempdir().unwrap();
    // (target, seed, the path read, ballots or candidates expected)
    let cases = [
        ("totals", "pep-8100.csv", "results.csv", 17),
        ("civs", "steering-2018-head.csv", "BALLOTS.csv", 5),
        ("elekto", "gb-2023.txt", "", 6),
        ("bettervoting", "star.csv", "export.csv", 3),
        ("belenios", "stv-demo.txt", "ballots.jsonl", 12),
    ];
    for (target, seed, file, n) in cases {
        let work = tmp.path().join(target);
        std::fs::create_dir(&work).unwrap();
        fuzz_common::run(
            target,
            &std::fs::read(root.join(target).join(seed)).unwrap(),
            &work,
        );
        let path = if file.is_empty() {
            work.clone()
        } else {
            work.join(file)
        };
        let got = match read_input(&path, None, BallotKind::Scores)
            .unwrap_or_else(|e| panic!("{target}/{seed}: {e}"))
        {
            Input::Ballots(b) => b.count as usize,
            Input::Totals(t) => t.candidates.len(),
        };
        assert_eq!(got, n, "{target}/{seed}");
    }
}
