//! The one reader interface: detection of each format, `--format` naming
//! the wrong one, safe opening (FIFOs, devices, folders refused without
//! blocking), binary / non-UTF-8 / over-long input refused with its line,
//! weights and counts past i64::MAX refused with file, line and column, and
//! each reader's errors.

mod common;

use common::reference;
use scrutineer_count::{BallotKind, Marks};
use scrutineer_formats::blt::read_blt;
use scrutineer_formats::{
    detect, detect_path, open_input, read_ballot_file, read_input, BallotFile, Format, FormatError,
    Input, Totals,
};
use std::path::{Path, PathBuf};
use std::str::FromStr;

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn read_err(path: &Path, format: Option<Format>) -> FormatError {
    match read_input(path, format, BallotKind::Ranking) {
        Ok(i) => panic!("expected an error for {}, got {i:?}", path.display()),
        Err(e) => {
            // The file itself, or the member of a folder (or a companion
            // beside a file) that is wrong.
            let dir = if path.is_dir() {
                path
            } else {
                path.parent().unwrap()
            };
            assert!(
                e.file == path.display().to_string() || Path::new(&e.file).starts_with(dir),
                "the error names the file: {e}"
            );
            e
        }
    }
}

fn ballots(path: &Path, format: Option<Format>) -> BallotFile {
    match read_input(path, format, BallotKind::Ranking).unwrap_or_else(|e| panic!("{e}")) {
        Input::Ballots(b) => b,
        Input::Totals(t) => panic!("expected ballots, got {t:?}"),
    }
}

fn totals(path: &Path) -> Totals {
    match read_input(path, None, BallotKind::Ranking).unwrap_or_else(|e| panic!("{e}")) {
        Input::Totals(t) => t,
        Input::Ballots(b) => panic!("expected totals, got {b:?}"),
    }
}

#[test]
fn format_names_parse_and_print() {
    for f in Format::ALL {
        assert_eq!(Format::from_str(f.name()), Ok(f));
        assert_eq!(Format::from_str(&f.name().to_uppercase()), Ok(f));
        assert_eq!(
            serde_json::to_string(&f).unwrap(),
            format!("\"{}\"", f.name())
        );
        let back: Format = serde_json::from_str(&format!("\"{}\"", f.name())).unwrap();
        assert_eq!(back, f);
    }
    assert_eq!(Format::BetterVoting.name(), "bettervoting");
    let e = Format::from_str("openstv").unwrap_err();
    assert!(
        e.contains("unknown format `openstv`") && e.contains("blt"),
        "{e}"
    );
}

#[test]
fn each_format_is_detected_by_content() {
    let cases: &[(&str, &[u8], Format)] = &[
        ("a.csv", b"Ann,Bob\n1,2\n", Format::Grid),
        ("a.txt", b"# c\n3 1\n1 1 0\n0\n", Format::Blt),
        ("r.csv", b"candidate,votes\n\"A\",3\n", Format::Totals),
        ("r.csv", b"\xef\xbb\xbfCandidate , Count\nA,3\n", Format::Totals),
        (
            "e.json",
            br#"{"name":"E","questions":[{"answers":["A"],"choice_type":"approval"}]}"#,
            Format::Helios,
        ),
        ("result.json", b"[[1,2]]", Format::Helios),
        ("BALLOTS.csv", b"Ann,Bob\n1,No opinion\n", Format::Civs),
        (
            "x.json",
            br#"{"Election":{"races":[]},"Ballots":[]}"#,
            Format::BetterVoting,
        ),
        ("b.csv", b"ballot_id,precinct,A,B\n1,,5,0\n", Format::BetterVoting),
        ("b.jsonl", b"[[1,2,3]]\n[[2,1,3]]\n", Format::Belenios),
        (
            "tally.txt",
            b"Starting results calculation\nOption 1 ----->: Alice\nOption 2 ----->: Bob\nV: 12 abc\n",
            Format::Debian,
        ),
    ];
    for (name, head, want) in cases {
        assert_eq!(
            detect(name, head),
            Some(*want),
            "{name}: {:?}",
            String::from_utf8_lossy(head)
        );
    }
    assert_eq!(detect("x", b""), None);
    assert_eq!(detect("x", b"Ann,\0Bob"), None);
    // Folders and companions.
    let elekto = reference("kubernetes-elekto/steering-2024");
    assert_eq!(detect_path(&elekto).unwrap(), Some(Format::Elekto));
    assert_eq!(
        detect_path(&elekto.join("ballots.csv")).unwrap(),
        Some(Format::Elekto)
    );
    let civs = reference("kubernetes-civs/steering-2018/BALLOTS.csv");
    assert_eq!(detect_path(&civs).unwrap(), Some(Format::Civs));
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(detect_path(tmp.path()).unwrap(), None);
}

#[test]
fn a_wrong_format_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let blt = write(tmp.path(), "a.blt", "2 1\n1 1 0\n0\n\"A\" \"B\" \"T\"\n");
    let e = read_err(&blt, Some(Format::Totals));
    assert!(
        e.message.contains("named as totals") && e.message.contains("content is blt"),
        "{e}"
    );
    let t = write(tmp.path(), "r.csv", "candidate,votes\nA,1\n");
    let e = read_err(&t, Some(Format::Blt));
    assert!(e.message.contains("content is totals"), "{e}");
    // A grid read as BLT: the BLT reader's own error, with line and column.
    let g = write(tmp.path(), "g.csv", "Ann,Bob\n1,2\n");
    let e = read_err(&g, Some(Format::Blt));
    assert_eq!((e.line, e.column.as_deref()), (Some(1), Some("1")), "{e}");
    // Elekto named for a file with no election.yaml.
    let e = read_err(&g, Some(Format::Elekto));
    assert!(e.message.contains("election.yaml"), "{e}");
    // Debian is detected and read by the Debian reader.
    let d = write(
        tmp.path(),
        "tally.txt",
        "     Option 1----->: A\n   /  Option 2---->: B\nV: 12  x\n",
    );
    match read_input(&d, None, BallotKind::Ranking).unwrap() {
        Input::Ballots(b) => {
            assert_eq!(b.format, Format::Debian);
            assert_eq!(b.blank, scrutineer_count::BlankMeaning::BelowRanked);
            assert_eq!(b.count, 1);
        }
        Input::Totals(_) => panic!("a Debian tally sheet holds ballots"),
    }
    // A totals file is not ballots.
    let e = read_ballot_file(&t, BallotKind::Approval).unwrap_err();
    assert!(e.message.contains("not ballots"), "{e}");
}

#[cfg(unix)]
#[test]
fn fifos_devices_and_folders_are_refused_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("pipe.csv");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    // Nothing writes to the FIFO: a blocking open would hang here.
    let e = open_input(&fifo).unwrap_err();
    assert!(e.message.contains("named pipe (FIFO)"), "{e}");
    let e = read_err(&fifo, None);
    assert!(e.message.contains("FIFO"), "{e}");
    let e = read_ballot_file(&fifo, BallotKind::Ranking).unwrap_err();
    assert!(e.message.contains("FIFO"), "{e}");
    let e = open_input(Path::new("/dev/null")).unwrap_err();
    assert!(e.message.contains("character device"), "{e}");
    let e = open_input(tmp.path()).unwrap_err();
    assert!(e.message.contains("a folder"), "{e}");
    let e = read_err(tmp.path(), None);
    assert!(e.message.contains("not an election"), "{e}");
    let e = open_input(&tmp.path().join("missing.csv")).unwrap_err();
    assert!(e.message.contains("cannot read the file"), "{e}");
}

#[test]
fn binary_and_non_utf8_text_and_long_lines_are_refused_with_their_line() {
    let tmp = tempfile::tempdir().unwrap();
    let nul = write(tmp.path(), "nul.csv", vec![0u8; 4096]);
    let e = read_err(&nul, None);
    assert!(e.message.contains("NUL byte"), "{e}");
    assert_eq!((e.line, e.column.as_deref()), (Some(1), Some("1")));
    let nul2 = write(tmp.path(), "nul2.csv", b"Ann,Bob\n1,2\n2,\x001\n");
    let e = read_err(&nul2, Some(Format::Grid));
    assert_eq!((e.line, e.column.as_deref()), (Some(3), Some("3")), "{e}");
    // A NUL past the first 64 KiB is caught as it passes.
    let mut late = b"Ann,Bob\n".to_vec();
    for _ in 0..20_000 {
        late.extend_from_slice(b"1,2\n");
    }
    late.extend_from_slice(b"1,\x00\n");
    let late = write(tmp.path(), "late.csv", late);
    let e = read_err(&late, None);
    assert_eq!(e.line, Some(20_002), "{e}");
    // Invalid UTF-8 in every text reader but BLT (which reads old files'
    // lines as Windows-1252, declared).
    let bad = write(tmp.path(), "r.csv", b"candidate,votes\nAnn,1\nB\xffb,2\n");
    let e = read_err(&bad, None);
    assert!(e.message.contains("not valid UTF-8"), "{e}");
    assert_eq!(e.line, Some(3));
    let bad = write(tmp.path(), "b.jsonl", b"[[1,2]]\n[[2,1]]\n\xc3\n");
    std::fs::write(
        tmp.path().join("election.json"),
        r#"{"questions":[{"type":"NonHomomorphic","value":{"answers":["A","B"]}}]}"#,
    )
    .unwrap();
    let e = read_err(&bad, None);
    assert!(e.message.contains("UTF-8"), "{e}");
    assert_eq!(e.line, Some(3), "{e}");
    // A line of 2 MiB is refused, not buffered.
    let mut long = b"Ann,Bob\n1,".to_vec();
    long.extend(std::iter::repeat_n(b'9', 2 * 1024 * 1024));
    long.push(b'\n');
    let long = write(tmp.path(), "long.csv", long);
    let e = read_err(&long, None);
    assert!(e.message.contains("longer than"), "{e}");
    assert_eq!(e.line, Some(2));
    let e = read_ballot_file(&long, BallotKind::Ranking).unwrap_err();
    assert!(e.message.contains("longer than"), "{e}");
}

#[test]
fn blt_as_the_world_writes_it() {
    let text = "# OpenSTV with its loader's extensions\n\
                3 1\n\
                (a1) 1 1 - 2 0   # a skipped rank\n\
                2 2=3 0\n\
                0\n\
                \"Ann \"\"Green\"\"\" 'Bob O''Neil' \"Cy\"\n\
                The Title, unquoted  # a comment\n";
    let f = read_blt("t.blt", text.as_bytes()).unwrap();
    assert_eq!(
        f.profile.candidates,
        vec!["Ann \"Green\"", "Bob O'Neil", "Cy"]
    );
    assert_eq!(f.title.as_deref(), Some("The Title, unquoted"));
    assert_eq!(f.count, 3);
    assert_eq!(
        f.profile.ballots[0].marks,
        Marks::Ranking(vec![vec![0], vec![1]])
    );
    assert_eq!(f.profile.ballots[1].marks, Marks::Ranking(vec![vec![1, 2]]));
    // The OpenSTV help example.
    let path = reference("service-formats/opavote-openstv-blt/example-from-openstv-help.blt");
    let f = read_ballot_file(&path, BallotKind::Ranking).unwrap();
    assert_eq!(f.profile.candidates, vec!["Amy", "Bob", "Chuck", "Diane"]);
    assert_eq!(f.withdrawn, vec![1]);
    assert_eq!(f.title.as_deref(), Some("Gardening Club Election"));
    // A number where the title goes is an error, not a title.
    let e = read_blt("t.blt", b"1 1\n1 1 0\n0\n\"A\"\n7\n").unwrap_err();
    assert_eq!((e.line, e.column.as_deref()), (Some(5), Some("1")), "{e}");
    // An unquoted name is still an error.
    let e = read_blt("t.blt", b"2 1\n1 1 0\n0\n\"A\"\nB\n\"T\"\n").unwrap_err();
    assert!(e.message.contains("quoted name of candidate 2"), "{e}");
}

#[test]
fn weights_past_i64_max_are_refused_with_line_and_column() {
    let e = read_blt(
        "w.blt",
        b"2 1\n1 1 0\n9223372036854775808 2 0\n0\n\"A\" \"B\" \"T\"",
    )
    .unwrap_err();
    assert_eq!(e.file, "w.blt");
    assert_eq!((e.line, e.column.as_deref()), (Some(3), Some("1")), "{e}");
    assert!(
        e.message.contains("too large") && e.message.contains("9223372036854775807"),
        "{e}"
    );
    // i64::MAX itself is accepted; one more ballot overflows the sum.
    let f = read_blt("w.blt", b"1 1\n9223372036854775807 1 0\n0\n\"A\" \"T\"").unwrap();
    assert_eq!(f.count, i64::MAX as u64);
    let e = read_blt(
        "w.blt",
        b"1 1\n9223372036854775807 1 0\n1 1 0\n0\n\"A\" \"T\"",
    )
    .unwrap_err();
    assert_eq!((e.line, e.column.as_deref()), (Some(3), Some("1")), "{e}");
    assert!(e.message.contains("total weight"), "{e}");
    // Totals: a figure past i64::MAX, and a sum past it.
    let tmp = tempfile::tempdir().unwrap();
    let p = write(
        tmp.path(),
        "t.csv",
        "candidate,votes\nA,9223372036854775808\n",
    );
    let e = read_err(&p, None);
    assert_eq!(
        (e.line, e.column.as_deref()),
        (Some(2), Some("votes")),
        "{e}"
    );
    let p = write(
        tmp.path(),
        "t2.csv",
        "candidate,votes\nA,9223372036854775807\nB,1\n",
    );
    let e = read_err(&p, None);
    assert_eq!(
        (e.line, e.column.as_deref()),
        (Some(3), Some("votes")),
        "{e}"
    );
}

#[test]
fn totals_rules() {
    let tmp = tempfile::tempdir().unwrap();
    let p = write(
        tmp.path(),
        "t.csv",
        "Candidate,Votes\n\"Łukasz, \"\"Ł\"\" Langa\",21\n(ballots),69\n張偉,3\n",
    );
    let t = totals(&p);
    assert_eq!(t.candidates, vec!["Łukasz, \"Ł\" Langa", "張偉"]);
    assert_eq!(t.votes, vec![21, 3]);
    assert_eq!(t.ballots, Some(69));
    let cases: &[(&str, u64, &str)] = &[
        ("candidate,votes\nA,x\n", 2, "whole number of votes"),
        ("candidate,votes\nA,1\nA,2\n", 3, "listed twice"),
        ("candidate,votes\nA,1,2\n", 2, "expected two"),
        ("candidate,votes\n,1\n", 2, "name is empty"),
        ("candidate,votes\nA,5\n(ballots),4\n", 3, "at most once"),
        (
            "candidate,votes\n(ballots),4\n(BALLOTS),4\nA,1\n",
            3,
            "given twice",
        ),
        ("candidate,votes\n", 1, "no candidates"),
    ];
    for (i, (text, line, needle)) in cases.iter().enumerate() {
        let p = write(tmp.path(), &format!("c{i}.csv"), text);
        let e = read_err(&p, Some(Format::Totals));
        assert_eq!(e.line, Some(*line), "{text:?}: {e}");
        assert!(e.message.contains(needle), "{text:?}: {e}");
    }
    let p = write(tmp.path(), "h.csv", "name,votes\nA,1\n");
    let e = read_err(&p, Some(Format::Totals));
    assert!(
        e.message.contains("expected the header `candidate,votes`"),
        "{e}"
    );
}

#[test]
fn helios_election_and_result_read_from_files_or_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let election = r#"{"name": "PSF Board 2017", "uuid": "8c8fad48", "questions": [
        {"answer_urls": [null, null, null], "answers": ["Van Lindberg", "Naomi Ceder", "Trey Hunner"],
         "choice_type": "approval", "max": 11, "min": 0, "question": "Board of Directors",
         "result_type": "absolute", "short_name": "Board", "tally_type": "homomorphic"},
        {"answers": ["Yes", "No"], "choice_type": "approval", "max": 1, "min": 0,
         "question": "Bylaws change", "result_type": "absolute", "tally_type": "homomorphic"}]}"#;
    let e = write(tmp.path(), "election.json", election);
    write(tmp.path(), "result.json", "[[230, 228, 126], [284, 10]]");
    for path in [
        e.clone(),
        tmp.path().to_path_buf(),
        tmp.path().join("result.json"),
    ] {
        let t = totals(&path);
        assert_eq!(t.format, Format::Helios);
        assert_eq!(
            t.candidates,
            vec!["Van Lindberg", "Naomi Ceder", "Trey Hunner"]
        );
        assert_eq!(t.votes, vec![230, 228, 126]);
        assert_eq!(t.ballots, None);
        assert_eq!(
            t.title.as_deref(),
            Some("PSF Board 2017, question 1 of 2: Board of Directors")
        );
    }
    let t = scrutineer_formats::helios::read_helios_question(&e, 1).unwrap();
    assert_eq!(t.votes, vec![284, 10]);
    // Mismatched files are named.
    write(tmp.path(), "result.json", "[[230, 228], [284, 10]]");
    let err = scrutineer_formats::helios::read_helios(&e).unwrap_err();
    assert!(
        err.message.contains("3 answers but the result gives 2"),
        "{err}"
    );
    write(tmp.path(), "result.json", "[[230, 228, -1], [284, 10]]");
    let err = scrutineer_formats::helios::read_helios(&e).unwrap_err();
    assert!(err.message.contains("expected a whole number"), "{err}");
    write(tmp.path(), "result.json", "[[230, 228, 1]");
    let err = scrutineer_formats::helios::read_helios(&e).unwrap_err();
    assert!(
        err.file.ends_with("result.json") && err.line == Some(1),
        "{err}"
    );
    let lone = tempfile::tempdir().unwrap();
    let e2 = write(lone.path(), "e.json", election);
    let err = read_err(&e2, None);
    assert!(err.message.contains("result was not found"), "{err}");
}

#[test]
fn civs_and_elekto_errors_name_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(
        d,
        "candidates.csv",
        "name,id,employer\nAnn Lee,annl,X\nBob Roe,bobr,Y\n",
    );
    let b = write(d, "BALLOTS.csv", "Ann Lee (@annl),Zed\n1,2\n");
    let e = read_err(&b, None);
    assert_eq!((e.line, e.column.as_deref()), (Some(1), Some("2")), "{e}");
    assert!(e.message.contains("`Zed` matches no candidate"), "{e}");
    write(
        d,
        "BALLOTS.csv",
        "Ann Lee (@ANNL),Bob Roe\n1,No opinion\n2,1\n",
    );
    let f = ballots(&b, None);
    assert_eq!(f.profile.candidates, vec!["Ann Lee", "Bob Roe"]);
    assert_eq!(f.count, 2);
    // Elekto: a folder with a bad election.yaml.
    let el = tempfile::tempdir().unwrap();
    let d = el.path();
    write(d, "election.yaml", "name: Test\nno_winners: two\n");
    write(d, "voters.yaml", "eligible_voters:\n- a\n");
    write(d, "candidate-a.md", "---\nname: Ann\nID: a\n---\nHello\n");
    write(d, "ballots.csv", "a\n1\n");
    let e = read_err(d, None);
    assert!(
        e.file.ends_with("election.yaml") && e.line == Some(2),
        "{e}"
    );
    write(
        d,
        "election.yaml",
        "name: Test\nno_winners: 1\n  bad: indent\n",
    );
    let e = read_err(d, None);
    assert!(e.file.ends_with("election.yaml"), "{e}");
    write(
        d,
        "election.yaml",
        "name: Test\nno_winners: 1\nallow_no_opinion: false\n",
    );
    write(d, "ballots.csv", "a,b\n1,No opinion\n");
    write(
        d,
        "candidate-b.md",
        "---\nname: Bea\nID: b\ninfo:\n  - employer: Z\n---\nHi\n",
    );
    let e = read_err(d, None);
    assert!(e.message.contains("allow_no_opinion"), "{e}");
    write(d, "ballots.csv", "a,c\n1,2\n");
    let e = read_err(d, None);
    assert_eq!((e.line, e.column.as_deref()), (Some(1), Some("2")), "{e}");
    write(d, "ballots.csv", "b,a\n1,2\n2,1\n");
    let f = ballots(d, None);
    assert_eq!(f.profile.candidates, vec!["Bea", "Ann"]);
    assert_eq!(f.seats, Some(1));
    write(d, "candidate-b.md", "name: Bea\nID: b\n");
    let e = read_err(d, None);
    assert!(
        e.file.ends_with("candidate-b.md") && e.line == Some(1),
        "{e}"
    );
}

#[test]
fn bettervoting_and_belenios_errors_name_line() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let p = write(d, "bv.csv", "ballot_id,precinct,A,B\n1,,5,6\n");
    // Without overvote columns the cells are what the caller says: ranks
    // here, so 5 and 6 are fine; as STAR scores, 6 is not.
    let f = ballots(&p, None);
    assert_eq!(
        f.profile.ballots[0].marks,
        Marks::Ranking(vec![vec![0], vec![1]])
    );
    let p = write(d, "bv1.csv", "ballot_id,precinct,A,B\n1,,5,x\n");
    let e = read_err(&p, None);
    assert_eq!(e.line, Some(2), "{e}");
    let p = write(d, "bv2.csv", "ballot_id,precinct,A,B\n1,,5,6\n");
    let e = read_input(&p, None, BallotKind::Scores).unwrap_err();
    assert_eq!((e.line, e.column.as_deref()), (Some(2), Some("B")), "{e}");
    let p = write(d, "bv3.csv", "ballot_id,precinct,R1!!A,R2!!B\n1,,5,1\n");
    let e = read_err(&p, None);
    assert!(e.message.contains("several races"), "{e}");
    let p = write(
        d,
        "bv4.csv",
        "ballot_id,precinct,A,B,C,overvote_rank,has_duplicate_rank\n1,,1,2,,,FALSE\n2,,2,1,1,,FALSE\n",
    );
    let f = ballots(&p, Some(Format::BetterVoting));
    assert_eq!(f.kind, BallotKind::Ranking);
    assert_eq!(
        f.profile.ballots[1].marks,
        Marks::Ranking(vec![vec![1, 2], vec![0]])
    );
    let p = write(
        d,
        "bv.json",
        r#"{"Election": {"races": [{"race_id": "r", "voting_method": "STAR", "candidates": [{"candidate_id": "x", "candidate_name": "X"}]}]},
  "Ballots": [{"votes": [{"race_id": "r", "scores": [{"candidate_id": "y", "score": 1}]}]}]}"#,
    );
    let e = read_err(&p, None);
    assert!(e.message.contains("`y`, which is not in the race"), "{e}");
    let p = write(
        d,
        "bv2.json",
        "{\"Election\": {\"races\": []},\n \"Ballots\": [{\"votes\": 7}]}",
    );
    let e = read_err(&p, None);
    assert_eq!(e.line, Some(2), "{e}");
    write(
        d,
        "election.json",
        r#"{"questions":[{"type":"NonHomomorphic","value":{"answers":["A","B","C"]}}]}"#,
    );
    let p = write(d, "v.jsonl", "[[1,2,3]]\n\n[[1,2]]\n");
    let e = read_err(&p, None);
    assert_eq!(e.line, Some(3), "{e}");
    let p = write(d, "v2.jsonl", "[[1,0,1]]\n[[1,0,1]]\n");
    let f = ballots(&p, None);
    assert_eq!(f.count, 2);
    assert_eq!(f.profile.ballots[0].marks, Marks::Ranking(vec![vec![0, 2]]));
}

#[test]
fn uploads_read_from_bytes() {
    use scrutineer_formats::read_input_bytes;
    let t = read_input_bytes(
        "r.csv",
        b"candidate,votes\nA,3\n",
        None,
        BallotKind::Approval,
    )
    .unwrap();
    let Input::Totals(t) = t else { panic!() };
    assert_eq!(t.votes, vec![3]);
    assert_eq!(
        t.sha256,
        scrutineer_formats::sha256_hex(b"candidate,votes\nA,3\n")
    );
    let b = read_input_bytes(
        "x.blt",
        b"1 1\n2 1 0\n0\n'A'\nT\n",
        None,
        BallotKind::Approval,
    )
    .unwrap();
    let Input::Ballots(b) = b else { panic!() };
    assert_eq!((b.count, b.format), (2, Format::Blt));
    // A CIVS report uploaded alone reads as a grid under its header names.
    let b = read_input_bytes(
        "BALLOTS.csv",
        b"A (@a),B\n1,No opinion\n",
        None,
        BallotKind::Ranking,
    )
    .unwrap();
    let Input::Ballots(b) = b else { panic!() };
    assert_eq!(b.format, Format::Grid);
    let e = read_input_bytes(
        "e.json",
        br#"{"questions":[{"answers":["A"],"tally_type":"homomorphic"}]}"#,
        None,
        BallotKind::Approval,
    )
    .unwrap_err();
    assert!(e.message.contains("election.json and result.json"), "{e}");
    let e = read_input_bytes("n.csv", b"A,B\n\x00", None, BallotKind::Approval).unwrap_err();
    assert_eq!(e.line, Some(2));
    let e = read_input_bytes(
        "n.csv",
        b"A,B\n1,2\n",
        Some(Format::Totals),
        BallotKind::Approval,
    )
    .unwrap_err();
    assert!(
        e.message.contains("expected the header `candidate,votes`"),
        "{e}"
    );
}

#[test]
fn a_folder_is_detected_by_what_it_holds() {
    let elekto = reference("kubernetes-elekto/steering-2022");
    assert_eq!(
        detect(&elekto.display().to_string(), b""),
        Some(Format::Elekto)
    );
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(detect(&tmp.path().display().to_string(), b""), None);
    let e = read_err(tmp.path(), Some(Format::Elekto));
    assert!(e.message.contains("holds no elekto election"), "{e}");
}

#[test]
fn every_reference_file_is_detected_as_its_format() {
    let head = |p: &Path| {
        let mut b = std::fs::read(p).unwrap();
        b.truncate(64 * 1024);
        b
    };
    let mut n = 0;
    let mut check = |p: PathBuf, want: Format| {
        assert_eq!(
            detect(&p.display().to_string(), &head(&p)),
            Some(want),
            "{}",
            p.display()
        );
        n += 1;
    };
    for e in std::fs::read_dir(reference("debian")).unwrap() {
        let tally = e.unwrap().path().join("tally.txt");
        if tally.is_file() {
            check(tally, Format::Debian);
        }
    }
    for e in std::fs::read_dir(reference("scotland-2007")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "blt") {
            check(p, Format::Blt);
        }
    }
    check(
        reference("scotland-2022/east-dunbartonshire-ward4/ballots.blt"),
        Format::Blt,
    );
    for e in std::fs::read_dir(reference("kubernetes-steering")).unwrap() {
        let p = e.unwrap().path().join("ballots.csv");
        if p.is_file() {
            // 2021 on keep election.yaml beside the ballots, but no
            // candidate files: a grid of IDs, not an Elekto folder.
            assert_eq!(
                detect_path(&p).unwrap(),
                Some(Format::Grid),
                "{}",
                p.display()
            );
            check(p, Format::Grid);
        }
    }
    let ids = ballots(&reference("kubernetes-steering/2021/ballots.csv"), None);
    assert_eq!(ids.format, Format::Grid);
    assert_eq!(ids.profile.candidates[0], "jeremyrickard");
    for e in std::fs::read_dir(reference("python-sc")).unwrap() {
        let p = e.unwrap().path().join("results.csv");
        if p.is_file() {
            check(p, Format::Totals);
        }
    }
    // PEP 8107 publishes STAR totals (`candidate,total_stars`): detected as
    // totals, refused with the reason.
    let star = reference("python-sc/pep-8107-2026-term/results.csv");
    let e = read_err(&star, None);
    assert_eq!(e.line, Some(1));
    assert!(e.message.contains("STAR totals cannot be counted"), "{e}");
    check(reference("psf-board/2017/results.csv"), Format::Totals);
    check(reference("psf-board/2025/results.csv"), Format::Totals);
    for y in 2017..=2020 {
        check(
            reference(&format!("kubernetes-civs/steering-{y}/BALLOTS.csv")),
            Format::Civs,
        );
    }
    check(
        reference("service-formats/belenios/stv-demo-votes.jsonl"),
        Format::Belenios,
    );
    assert!(n > 39 + 21 + 1 + 10 + 7 + 2 + 4, "{n} files checked");
}
