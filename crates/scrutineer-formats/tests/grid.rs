//! The grid CSV reader: every kind of cell, names in any script, merging of
//! identical ballots, every kind of error with its line and column, and
//! random bytes.

use scrutineer_count::{BallotKind, Marks};
use scrutineer_formats::grid::read_grid;
use scrutineer_formats::{read_ballot_bytes, sha256_hex, BallotFile, FormatError};

fn ok(text: &str, kind: BallotKind) -> BallotFile {
    match read_grid("b.csv", text.as_bytes(), kind) {
        Ok(f) => f,
        Err(e) => panic!("could not read {text:?}: {e}"),
    }
}

fn err(text: &[u8], kind: BallotKind) -> FormatError {
    match read_grid("b.csv", text, kind) {
        Ok(f) => panic!(
            "expected an error for {:?}, got {f:?}",
            String::from_utf8_lossy(text)
        ),
        Err(e) => e,
    }
}

fn ranking(groups: &[&[usize]]) -> Marks {
    Marks::Ranking(groups.iter().map(|g| g.to_vec()).collect())
}

#[test]
fn ranks_ties_gaps_and_no_opinion() {
    let text = "Ann,Bob,Cy,Di\n\
                1,2,No opinion,2\n\
                3,1,2,\n\
                no OPINION,,,\n\
                10,10,30,7\n";
    let f = ok(text, BallotKind::Ranking);
    assert_eq!(f.profile.candidates, vec!["Ann", "Bob", "Cy", "Di"]);
    assert_eq!(f.kind, BallotKind::Ranking);
    assert_eq!(f.count, 4);
    assert_eq!(f.sha256, sha256_hex(text.as_bytes()));
    assert_eq!(f.title, None);
    assert_eq!(f.seats, None);
    assert!(f.withdrawn.is_empty());
    let m: Vec<&Marks> = f.profile.ballots.iter().map(|b| &b.marks).collect();
    assert_eq!(m[0], &ranking(&[&[0], &[1, 3]]));
    assert_eq!(m[1], &ranking(&[&[1], &[2], &[0]]));
    // A ballot ranking no one is still a ballot.
    assert_eq!(m[2], &ranking(&[]));
    // Gaps are fine; equal numbers are a tie, sorted by candidate.
    assert_eq!(m[3], &ranking(&[&[3], &[0, 1], &[2]]));
}

#[test]
fn identical_ballots_merge_in_order_of_first_appearance() {
    let text = "A,B,C\n1,2,3\n2,1,3\n1,2,3\n 1 , 2 , 3 \n2,2,1\n2,1,3\n";
    let f = ok(text, BallotKind::Ranking);
    assert_eq!(f.count, 6);
    assert_eq!(f.profile.total_weight(), 6);
    let got: Vec<(u64, Marks)> = f
        .profile
        .ballots
        .iter()
        .map(|b| (b.weight, b.marks.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (3, ranking(&[&[0], &[1], &[2]])),
            (2, ranking(&[&[1], &[0], &[2]])),
            (1, ranking(&[&[2], &[0, 1]])),
        ]
    );
}

#[test]
fn many_rows_stay_small() {
    // Memory follows the distinct ballots, not the rows.
    let mut text = String::from("A,B,C\n");
    for i in 0..100_000 {
        text.push_str(if i % 2 == 0 { "1,2,3\n" } else { "3,2,1\n" });
    }
    let f = ok(&text, BallotKind::Ranking);
    assert_eq!(f.count, 100_000);
    assert_eq!(f.profile.ballots.len(), 2);
    assert_eq!(f.profile.ballots[0].weight, 50_000);
}

#[test]
fn bom_is_dropped_and_crlf_accepted() {
    let text = "\u{feff}Ann,Bob\r\n1,2\r\n2,1\r\n";
    let f = ok(text, BallotKind::Ranking);
    assert_eq!(f.profile.candidates, vec!["Ann", "Bob"]);
    assert_eq!(f.count, 2);
    // The hash is of the file's bytes as given, BOM included.
    assert_eq!(f.sha256, sha256_hex(text.as_bytes()));
    // Error lines are physical lines with CRLF ends and blank lines too.
    let e = err(
        b"\xEF\xBB\xBFA,B\r\n1,2\r\n\r\n2,1\r\n1,q\r\n",
        BallotKind::Ranking,
    );
    assert_eq!((e.line, e.column.as_deref()), (Some(5), Some("B")), "{e}");
}

#[test]
fn names_in_any_script_and_quoted_names() {
    let text = "李小龍, Ξένια ,Дмитрий,\"Smith, Jo\",Zoë\n1,2,3,4,5\n";
    let f = ok(text, BallotKind::Ranking);
    assert_eq!(
        f.profile.candidates,
        vec!["李小龍", "Ξένια", "Дмитрий", "Smith, Jo", "Zoë"]
    );
    assert_eq!(
        f.profile.ballots[0].marks,
        ranking(&[&[0], &[1], &[2], &[3], &[4]])
    );
}

#[test]
fn approval_cells() {
    let text = "A,B,C,D,E\n1,0,x,,YES\ny,N,true,false,no\n ,,,,\n";
    let f = ok(text, BallotKind::Approval);
    let m: Vec<&Marks> = f.profile.ballots.iter().map(|b| &b.marks).collect();
    assert_eq!(m[0], &Marks::Approval(vec![0, 2, 4]));
    assert_eq!(m[1], &Marks::Approval(vec![0, 2]));
    assert_eq!(m[2], &Marks::Approval(vec![]));
    let e = err(b"A,B\n1,maybe\n", BallotKind::Approval);
    assert_eq!(e.line, Some(2));
    assert_eq!(e.column.as_deref(), Some("B"));
    assert!(e.message.contains("expected an approval mark"), "{e}");
    assert!(e.message.contains("`maybe`"), "{e}");
}

#[test]
fn score_cells() {
    let text = "A,B,C,D\n5,0,,3\n0,0,0,0\n";
    let f = ok(text, BallotKind::Scores);
    let m: Vec<&Marks> = f.profile.ballots.iter().map(|b| &b.marks).collect();
    assert_eq!(m[0], &Marks::Scores(vec![(0, 5), (3, 3)]));
    assert_eq!(m[1], &Marks::Scores(vec![]));
    for bad in ["6", "-1", "2.5", "five"] {
        let text = format!("A,B\n1,2\n3,{bad}\n");
        let e = err(text.as_bytes(), BallotKind::Scores);
        assert_eq!(e.line, Some(3), "{bad}: {e}");
        assert_eq!(e.column.as_deref(), Some("B"));
        assert!(e.message.contains("expected a score from 0 to 5"), "{e}");
        assert!(e.message.contains(&format!("`{bad}`")), "{e}");
    }
}

#[test]
fn unknown_rank_cell_names_line_column_and_expectation() {
    let e = err(b"Ann,Bob,Cy\n1,2,3\n1,abc,2\n", BallotKind::Ranking);
    assert_eq!(e.file, "b.csv");
    assert_eq!(e.line, Some(3));
    assert_eq!(e.column.as_deref(), Some("Bob"));
    assert_eq!(
        e.message,
        "expected a rank (1, 2, ...), `No opinion` or an empty cell, found `abc`"
    );
    assert_eq!(
        e.to_string(),
        "b.csv:3: column Bob: expected a rank (1, 2, ...), `No opinion` or an empty cell, found `abc`"
    );
    for bad in ["0", "-2", "1.5", "+1", "99999999999999999999999"] {
        let text = format!("A,B\n1,{bad}\n");
        let e = err(text.as_bytes(), BallotKind::Ranking);
        assert_eq!((e.line, e.column.as_deref()), (Some(2), Some("B")), "{bad}");
        assert!(e.message.contains("expected a rank"), "{bad}: {e}");
    }
}

#[test]
fn physical_line_counts_blank_lines_and_quoted_newlines() {
    // The quoted name spans lines 1–2; a blank line 4 is skipped; the bad
    // cell is on physical line 5.
    let e = err(b"\"Ann\nLee\",Bob\n1,2\n\n2,z\n", BallotKind::Ranking);
    assert_eq!(e.line, Some(5));
    assert_eq!(e.column.as_deref(), Some("Bob"));
}

#[test]
fn ragged_rows_are_refused_with_their_line() {
    let e = err(b"A,B,C\n1,2,3\n1,2\n", BallotKind::Ranking);
    assert_eq!(e.line, Some(3));
    assert!(e.message.contains("has 2 cells"), "{e}");
    assert!(e.message.contains("3 candidates"), "{e}");
    let e = err(b"A,B\n1,2,3\n", BallotKind::Ranking);
    assert_eq!(e.line, Some(2));
    assert!(e.message.contains("has 3 cells"), "{e}");
}

#[test]
fn bad_headers_are_refused() {
    let e = err(b"Ann,Bob,Ann\n1,2,3\n", BallotKind::Ranking);
    assert_eq!(e.line, Some(1));
    assert_eq!(e.column.as_deref(), Some("Ann"));
    assert!(e.message.contains("appears twice"), "{e}");
    assert!(e.message.contains("columns 1 and 3"), "{e}");
    // The same name after trimming, or after Unicode normalisation.
    let e = err(b"Ann, Ann \n1,2\n", BallotKind::Ranking);
    assert!(e.message.contains("appears twice"), "{e}");
    let e = err("Zo\u{eb},Zoe\u{308}\n1,2\n".as_bytes(), BallotKind::Ranking);
    assert!(e.message.contains("appears twice"), "{e}");
    let e = err(b"\n , ,\n1,2,3\n", BallotKind::Ranking);
    assert_eq!(e.line, Some(2));
    assert!(e.message.contains("the header row is empty"), "{e}");
    let e = err(b"Ann,,Cy\n1,2,3\n", BallotKind::Ranking);
    assert_eq!((e.line, e.column.as_deref()), (Some(1), Some("2")));
    assert!(e.message.contains("empty"), "{e}");
}

#[test]
fn empty_and_header_only_files_are_refused() {
    let e = err(b"", BallotKind::Ranking);
    assert_eq!(e.line, None);
    assert!(e.message.contains("the file is empty"), "{e}");
    let e = err(b"\xEF\xBB\xBF", BallotKind::Ranking);
    assert!(e.message.contains("the file is empty"), "{e}");
    let e = err(b"Ann,Bob\n", BallotKind::Ranking);
    assert_eq!(e.line, Some(1));
    assert!(e.message.contains("no ballots"), "{e}");
    let e = err(b"Ann,Bob\n\n\n", BallotKind::Ranking);
    assert!(e.message.contains("no ballots"), "{e}");
}

#[test]
fn invalid_utf8_is_refused_with_its_line() {
    let e = err(b"Ann,Bob\n1,2\n1,\xff\n", BallotKind::Ranking);
    assert_eq!(e.line, Some(3));
    assert_eq!(e.column.as_deref(), Some("Bob"));
    assert!(e.message.contains("not valid UTF-8"), "{e}");
    let e = err(b"Ann,B\xe9b\n1,2\n", BallotKind::Ranking);
    assert_eq!(e.line, Some(1));
    assert_eq!(e.column.as_deref(), Some("2"));
    assert!(e.message.contains("not valid UTF-8"), "{e}");
}

#[test]
fn read_ballot_bytes_sends_csv_to_the_grid_reader() {
    let f = read_ballot_bytes("b.csv", b"A,B\n2,1\n", BallotKind::Ranking).unwrap();
    assert_eq!(f.profile.ballots[0].marks, ranking(&[&[1], &[0]]));
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
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
    let alphabet = b"0123456789,,,\"\n\r xyNo opinion\xff\xc3\xa9\xef\xbb\xbf";
    let valid = b"Ann,Bob,Cy\n1,2,No opinion\n2,1,\n,,\n1,1,1\n";
    let kinds = [
        BallotKind::Ranking,
        BallotKind::Approval,
        BallotKind::Scores,
    ];
    let mut read = 0;
    for i in 0..20_000 {
        let bytes: Vec<u8> = if i % 2 == 0 {
            let len = rng.below(60);
            (0..len)
                .map(|_| {
                    if rng.below(5) == 0 {
                        rng.next() as u8
                    } else {
                        alphabet[rng.below(alphabet.len())]
                    }
                })
                .collect()
        } else {
            let mut v = valid.to_vec();
            for _ in 0..=rng.below(3) {
                let at = rng.below(v.len() + 1);
                match rng.below(3) {
                    0 if at < v.len() => {
                        v.remove(at);
                    }
                    1 if at < v.len() => v[at] = alphabet[rng.below(alphabet.len())],
                    _ => v.insert(at, alphabet[rng.below(alphabet.len())]),
                }
            }
            v
        };
        let kind = kinds[i % 3];
        match read_grid("fuzz.csv", &bytes, kind) {
            Ok(f) => {
                read += 1;
                let n = f.profile.candidates.len();
                assert!(n >= 1);
                assert_eq!(f.profile.total_weight(), f.count);
                for b in &f.profile.ballots {
                    match &b.marks {
                        Marks::Ranking(g) => {
                            assert!(g.iter().flatten().all(|&c| c < n));
                            assert!(g.iter().all(|grp| !grp.is_empty()));
                        }
                        Marks::Approval(a) => assert!(a.iter().all(|&c| c < n)),
                        Marks::Scores(s) => {
                            assert!(s.iter().all(|&(c, x)| c < n && (1..=5).contains(&x)))
                        }
                    }
                }
            }
            Err(e) => assert_eq!(e.file, "fuzz.csv"),
        }
    }
    assert!(read > 100, "only {read} inputs were read");
}
