//! The BLT reader: valid files (with every optional feature), every kind of
//! error with its line and column, the Glasgow 2007 files, and random bytes.

mod common;

use scrutineer_count::{BallotKind, Marks};
use scrutineer_formats::blt::{looks_like_blt, read_blt};
use scrutineer_formats::{read_ballot_bytes, sha256_hex, FormatError};

fn err(text: &str) -> FormatError {
    match read_blt("t.blt", text.as_bytes()) {
        Ok(f) => panic!("expected an error for {text:?}, got {f:?}"),
        Err(e) => e,
    }
}

fn ranking(groups: &[&[usize]]) -> Marks {
    Marks::Ranking(groups.iter().map(|g| g.to_vec()).collect())
}

#[test]
fn reads_every_feature() {
    let text = "\u{feff}# an OpaVote export\n4 2   # candidates seats\n-3\n\
                12 1 2 0\n(b7) 1 4 2=3 0\n3 1 2 0  # same as the first\n1 0\n0\n\
                \"Ann\" \"Bob\"\n\" Cy   Smith \"\n\"Di\"\n\"Committee 2024\"\n\"source: test\"\n";
    let f = read_blt("t.blt", text.as_bytes()).unwrap();
    assert_eq!(f.kind, BallotKind::Ranking);
    assert_eq!(f.seats, Some(2));
    assert_eq!(f.withdrawn, vec![2]);
    assert_eq!(f.title.as_deref(), Some("Committee 2024"));
    assert_eq!(f.profile.candidates, vec!["Ann", "Bob", "Cy Smith", "Di"]);
    assert_eq!(f.count, 17);
    assert_eq!(f.sha256, sha256_hex(text.as_bytes()));
    // Identical ballots merged in order of first appearance.
    let b = &f.profile.ballots;
    assert_eq!(b.len(), 3);
    assert_eq!((b[0].weight, &b[0].marks), (15, &ranking(&[&[0], &[1]])));
    assert_eq!((b[1].weight, &b[1].marks), (1, &ranking(&[&[3], &[1, 2]])));
    assert_eq!((b[2].weight, &b[2].marks), (1, &ranking(&[])));
}

#[test]
fn header_and_names_may_spread_over_lines() {
    let f = read_blt("t.blt", b"2\n1\n1 2 1 0\n0 \"A\"\n\"B\" \"T\"").unwrap();
    assert_eq!(f.profile.candidates, vec!["A", "B"]);
    assert_eq!(f.seats, Some(1));
    assert_eq!(f.profile.ballots[0].marks, ranking(&[&[1], &[0]]));
}

#[test]
fn latin1_file_is_read_as_windows_1252() {
    let mut bytes = b"1 1\n1 1 0\n0\n\"Zo".to_vec();
    bytes.push(0xEB); // ë in Windows-1252
    bytes.extend_from_slice(b"\"\n\"T\"\n");
    let f = read_blt("t.blt", &bytes).unwrap();
    assert_eq!(f.profile.candidates, vec!["Zoë"]);
}

fn assert_err(text: &str, line: u64, col: &str, needle: &str) {
    let e = err(text);
    assert_eq!(e.file, "t.blt");
    assert_eq!(e.line, Some(line), "{e}");
    assert_eq!(e.column.as_deref(), Some(col), "{e}");
    assert!(
        e.message.contains(needle),
        "message {:?} lacks {needle:?}",
        e.message
    );
}

#[test]
fn errors_name_line_column_and_expectation() {
    assert_err("x 1\n", 1, "1", "expected the number of candidates");
    assert_err("2 y\n", 1, "3", "expected the number of seats");
    assert_err("0 1\n0\n", 1, "1", "at least 1 candidate");
    assert_err("2 0\n0\n", 1, "3", "at least 1 seat");
    assert_err("2 3\n0\n", 1, "3", "at most 2 seat");
    assert_err(
        "2 1\n1 1 x 0\n0\n\"A\" \"B\" \"T\"",
        2,
        "5",
        "candidate number from 1 to 2",
    );
    assert_err(
        "2 1\n1 1 3 0\n0\n\"A\" \"B\" \"T\"",
        2,
        "5",
        "candidate number from 1 to 2",
    );
    assert_err(
        "2 1\n1 1 2 1 0\n0\n\"A\" \"B\" \"T\"",
        2,
        "7",
        "candidate 1 appears more than once",
    );
    assert_err(
        "2 1\n1 1=2 2 0\n0\n\"A\" \"B\" \"T\"",
        2,
        "7",
        "candidate 2 appears more than once",
    );
    assert_err("2 1\n1 1 2\n0\n\"A\" \"B\" \"T\"", 2, "5", "terminating 0");
    assert_err(
        "2 1\n1 1 2 0 2\n0\n\"A\" \"B\" \"T\"",
        2,
        "9",
        "end of the ballot line",
    );
    assert_err(
        "2 1\n1 1 0\n-1 2 0\n0\n\"A\" \"B\" \"T\"",
        3,
        "1",
        "negative weights are not accepted",
    );
    assert_err(
        "2 1\n-1 2 0\n0\n\"A\" \"B\" \"T\"",
        2,
        "4",
        "withdrawn candidate `-N`",
    );
    assert_err("2 1\n-3\n0\n\"A\" \"B\" \"T\"", 2, "1", "N from 1 to 2");
    assert_err(
        "2 1\n-1 -1\n0\n\"A\" \"B\" \"T\"",
        2,
        "4",
        "withdrawn twice",
    );
    assert_err(
        "2 1\n(7) 0 1 0\n0\n\"A\" \"B\" \"T\"",
        2,
        "5",
        "weight of at least 1",
    );
    assert_err(
        "2 1\n0 1\n0\n\"A\" \"B\" \"T\"",
        2,
        "3",
        "only be followed by the quoted names",
    );
    assert_err("2 1\n1.5 1 0\n0\n\"A\" \"B\" \"T\"", 2, "1", "fractional");
    assert_err(
        "2 1\n(7 1 1 0\n0\n\"A\" \"B\" \"T\"",
        2,
        "1",
        "ballot id in parentheses",
    );
    assert_err(
        "2 1\n1 1 0\n\"A\" \"B\" \"T\"",
        3,
        "1",
        "line `0` that ends the ballots",
    );
    assert_err(
        "2 1\n1 1 0\n0\n\"A\" B \"T\"",
        4,
        "5",
        "quoted name of candidate 2 of 2",
    );
    assert_err(
        "2 1\n1 1 0\n0\n\"A\" \"A\" \"T\"",
        4,
        "5",
        "same name as candidate 1",
    );
    assert_err(
        "2 1\n1 1 0\n0\n\"A\" \"B\" \"T\" 5",
        4,
        "13",
        "expected nothing after the title",
    );
    assert_err("2 1\n1 1 0\n0\n\"A\" \"B\n", 4, "5", "not closed");
}

#[test]
fn missing_parts_at_the_end() {
    let e = err("2 1\n1 1 0\n0\n\"A\"\n");
    assert_eq!(e.line, Some(4));
    assert!(e.message.contains("quoted name of candidate 2 of 2"), "{e}");
    let e = err("2 1\n1 1 0\n0\n\"A\" \"B\"\n");
    assert!(e.message.contains("quoted title"), "{e}");
    let e = err("2 1\n1 1 0\n");
    assert!(e.message.contains("line `0` that ends the ballots"), "{e}");
    let e = err("");
    assert!(e.message.contains("number of candidates"), "{e}");
    assert_eq!(e.line, None);
}

#[test]
fn looks_like_blt_decides_between_blt_and_grid() {
    assert!(looks_like_blt(b"\n# c\n 9 4 \n1 1 0\n"));
    assert!(looks_like_blt(b"\xef\xbb\xbf3 1\n"));
    assert!(!looks_like_blt(b"Ann,Bob,Cy\n1,2,3\n"));
    assert!(!looks_like_blt(b"3 1 2\n"));
    assert!(!looks_like_blt(b"3\n1\n"));
    assert!(!looks_like_blt(b"1,2\n"));
    assert!(!looks_like_blt(b""));
    // read_ballot_bytes routes a BLT file to the BLT reader.
    let f =
        read_ballot_bytes("t.blt", b"1 1\n2 1 0\n0\n\"A\" \"T\"", BallotKind::Approval).unwrap();
    assert_eq!(f.count, 2);
    assert_eq!(f.kind, BallotKind::Ranking);
}

#[test]
fn glasgow_files_parse() {
    let dir = common::reference("scotland-2007");
    let path = dir.join("Anderston-City-2007.blt").display().to_string();
    let bytes = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("reference elections missing at {path}: {e}"));
    let f = read_blt(&path, &bytes).unwrap();
    assert_eq!(f.profile.candidates.len(), 9);
    assert_eq!(f.profile.candidates[0], "Nina Baker");
    assert_eq!(f.profile.candidates[8], "Peter Murray");
    assert_eq!(f.seats, Some(4));
    assert_eq!(f.count, 6900);
    assert_eq!(f.title.as_deref(), Some("ANDERSTON-CITY"));
    assert!(f.withdrawn.is_empty());
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "blt") {
            let bytes = std::fs::read(&p).unwrap();
            let f = read_blt(&p.display().to_string(), &bytes).unwrap();
            assert!(f.count > 5000, "{}", p.display());
            n += 1;
        }
    }
    assert_eq!(n, 21);
}

/// A small deterministic generator (xorshift64*), so the test needs no crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn never_panics_on_random_or_mutated_bytes() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let alphabet = b"0123456789 -=()#\"\n\r\tAb\xff\xc3";
    let valid = b"4 2\n-3\n12 1 2 0\n(b7) 1 4 2=3 0\n0\n\"Ann\" \"Bob\"\n\"Cy\"\n\"Di\"\n\"T\"\n";
    let mut ok = 0;
    for i in 0..20_000 {
        let bytes: Vec<u8> = if i % 2 == 0 {
            let len = rng.below(80);
            (0..len)
                .map(|_| {
                    if rng.below(4) == 0 {
                        rng.next() as u8
                    } else {
                        alphabet[rng.below(alphabet.len())]
                    }
                })
                .collect()
        } else {
            let mut v = valid.to_vec();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(v.len());
                match rng.below(3) {
                    0 => v[at] = alphabet[rng.below(alphabet.len())],
                    1 => {
                        v.remove(at);
                    }
                    _ => v.insert(at, alphabet[rng.below(alphabet.len())]),
                }
            }
            v
        };
        let _ = looks_like_blt(&bytes);
        match read_blt("fuzz.blt", &bytes) {
            Ok(f) => {
                ok += 1;
                let n = f.profile.candidates.len();
                for b in &f.profile.ballots {
                    assert!(b.weight >= 1);
                    if let Marks::Ranking(g) = &b.marks {
                        assert!(g.iter().flatten().all(|&c| c < n));
                    }
                }
            }
            Err(e) => assert_eq!(e.file, "fuzz.blt"),
        }
    }
    // Some mutations keep the file valid: the reader is not refusing everything.
    assert!(ok > 100, "only {ok} inputs were read");
}
