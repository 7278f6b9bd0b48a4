//! Voter-roll import and export, with real files written to temporary
//! folders: encodings, delimiters, mappings, refused rows with their lines,
//! bad files, and a deterministic fuzz over the committed corpus.

use scrutineer_formats::roll::{
    self, preview, write_email_list, write_helios_voters, write_roll_csv, EncodingSource, Field,
    Layout, RejectedRow, RollOptions, RollReader, RollRow, VoterRecord,
};
use std::alloc::{GlobalAlloc, Layout as AllocLayout, System};
use std::cell::Cell;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// Counts the bytes allocated by each thread, to check that a huge field is
/// never held in memory.
struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn track(delta: isize) {
    let _ = LIVE.try_with(|l| {
        let now = l.get() + delta;
        l.set(now);
        let _ = PEAK.try_with(|p| p.set(p.get().max(now)));
    });
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: AllocLayout) -> *mut u8 {
        track(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: AllocLayout) {
        track(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: AllocLayout, new_size: usize) -> *mut u8 {
        track(new_size as isize - layout.size() as isize);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Run `f` and return the most memory this thread had allocated beyond what
/// it had at the start.
fn peak_during(f: impl FnOnce()) -> isize {
    let base = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(base));
    f();
    PEAK.with(Cell::get) - base
}

/// Names from every script, which must survive import and every export.
const NAMES: [&str; 6] = [
    "Stéphane Dupont",
    "Łukasz Żółć",
    "Ξένια Παπαδοπούλου",
    "Иван Петров",
    "稲田直哉",
    "Zoë O'Brien",
];

fn write(dir: &TempDir, file: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.path().join(file);
    std::fs::write(&p, bytes).unwrap();
    p
}

struct Read {
    reader_detected: roll::Detected,
    voters: Vec<VoterRecord>,
    rejected: Vec<RejectedRow>,
}

fn read(path: &Path, opts: &RollOptions) -> Read {
    let reader = RollReader::open(path, opts).unwrap_or_else(|e| panic!("{e}"));
    let detected = reader.detected().clone();
    let mut voters = Vec::new();
    let mut rejected = Vec::new();
    for row in reader {
        match row.unwrap() {
            RollRow::Voter(v) => voters.push(v),
            RollRow::Rejected(r) => rejected.push(r),
        }
    }
    Read {
        reader_detected: detected,
        voters,
        rejected,
    }
}

fn read_bytes(bytes: &[u8]) -> Read {
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "roll.csv", bytes);
    read(&p, &RollOptions::default())
}

fn open_err(bytes: &[u8]) -> String {
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "bad-roll.csv", bytes);
    let e = RollReader::open(&p, &RollOptions::default()).expect_err("the file should be refused");
    let shown = e.to_string();
    assert!(
        shown.contains("bad-roll.csv"),
        "error does not name the file: {shown}"
    );
    shown
}

fn names(r: &Read) -> Vec<&str> {
    r.voters.iter().map(|v| v.name.as_str()).collect()
}

fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
    }
    for u in s.encode_utf16() {
        out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

fn all_scripts_roll(delim: char, eol: &str) -> String {
    let mut s = format!("Name{d}Email{d}Voter ID{eol}", d = delim);
    for (i, n) in NAMES.iter().enumerate() {
        s.push_str(&format!("{n}{delim}v{i}@example.org{delim}V-{i}{eol}"));
    }
    s
}

// ---------------------------------------------------------------- layouts

#[test]
fn psf_roll_imports_as_is() {
    let r = read_bytes(
        b"FirstName,LastName,MembershipType,Email\n\
          Guido,van Rossum,Fellow,guido@example.org\n\
          Brett,Cannon,Contributing,brett@example.org\n",
    );
    let d = &r.reader_detected;
    assert_eq!(d.layout, Layout::Header);
    assert_eq!(d.delimiter_name(), "comma");
    assert_eq!(
        d.mapping,
        vec![
            (Field::FirstName, "FirstName".to_string()),
            (Field::LastName, "LastName".to_string()),
            (Field::Email, "Email".to_string()),
            (Field::Membership, "MembershipType".to_string()),
        ]
    );
    assert_eq!(names(&r), ["Guido van Rossum", "Brett Cannon"]);
    assert_eq!(r.voters[0].membership.as_deref(), Some("Fellow"));
    assert_eq!(r.voters[1].line, 3);
    assert_eq!(r.voters[1].weight, 1);
    assert!(r.rejected.is_empty());
}

#[test]
fn helios_voter_file_without_header() {
    let r = read_bytes(
        b"password,alice,alice@example.org,Alice Liddell\n\
          password,bob,Bob@Example.org,\"Smith, Bob\"\n\
          github,carol\n\
          password,dave,dave@example.org,Dave\n",
    );
    let d = &r.reader_detected;
    assert_eq!(d.layout, Layout::Helios);
    assert_eq!(d.headers, ["password", "id", "email", "name"]);
    assert_eq!(names(&r), ["Alice Liddell", "Smith, Bob", "Dave"]);
    assert_eq!(r.voters[0].voter_id.as_deref(), Some("alice"));
    assert_eq!(r.voters[1].email, "Bob@Example.org");
    assert_eq!(r.voters[1].email_key, "bob@example.org");
    assert_eq!(
        r.voters[0].line, 1,
        "a headerless file's first line is a voter"
    );
    assert_eq!(r.rejected.len(), 1);
    assert_eq!(r.rejected[0].line, 3);
    assert!(
        r.rejected[0].reason.contains("github"),
        "{}",
        r.rejected[0].reason
    );
}

#[test]
fn helios_header_line_password_column_is_ignored() {
    let r = read_bytes(
        b"password,id,email,name\npassword,a1,a@example.org,Ann\npassword,b2,b@example.org,Ben\n",
    );
    let d = &r.reader_detected;
    assert_eq!(d.layout, Layout::Header);
    assert!(!d.mapping.iter().any(|(_, h)| h == "password"));
    assert_eq!(names(&r), ["Ann", "Ben"]);
    assert_eq!(r.voters[1].voter_id.as_deref(), Some("b2"));
    assert_eq!(r.voters[1].line, 3);
}

#[test]
fn header_synonyms_any_case_space_hyphen_underscore() {
    let r = read_bytes(
        "Full Name;E-mail Address;member_id;WEIGHT;Membership Type;Notes\n\
         Ann Lee;ann@example.org;M1;2;Fellow;x\n"
            .as_bytes(),
    );
    let d = &r.reader_detected;
    assert_eq!(d.delimiter, ';');
    let fields: Vec<Field> = d.mapping.iter().map(|m| m.0).collect();
    assert_eq!(
        fields,
        [
            Field::Name,
            Field::Email,
            Field::Id,
            Field::Weight,
            Field::Membership
        ]
    );
    let v = &r.voters[0];
    assert_eq!(
        (v.name.as_str(), v.weight, v.voter_id.as_deref()),
        ("Ann Lee", 2, Some("M1"))
    );
    for header in [
        "display name,mail",
        "Name,e_mail",
        "voter name,EMAIL",
        "Given Name,Surname,Email",
    ] {
        let text = format!(
            "{header}\n{}\n",
            if header.matches(',').count() == 2 {
                "A,B,a@example.org"
            } else {
                "A B,a@example.org"
            }
        );
        let r = read_bytes(text.as_bytes());
        assert_eq!(names(&r), ["A B"], "header {header}");
    }
    let r = read_bytes(b"Name,Username,Email,Type\nA,a1,a@example.org,student\n");
    assert_eq!(r.voters[0].voter_id.as_deref(), Some("a1"));
    assert_eq!(r.voters[0].membership.as_deref(), Some("student"));
}

#[test]
fn semicolon_and_tab_rolls_with_every_script() {
    for (delim, name) in [(';', "semicolon"), ('\t', "tab"), (',', "comma")] {
        let r = read_bytes(all_scripts_roll(delim, "\r\n").as_bytes());
        assert_eq!(r.reader_detected.delimiter_name(), name);
        assert_eq!(names(&r), NAMES);
        assert_eq!(r.voters[5].line, 7);
    }
}

#[test]
fn semicolon_roll_with_commas_in_names() {
    // A European spreadsheet: semicolons between fields, commas in values
    // (as many commas as semicolons on the header line).
    let dir = TempDir::new().unwrap();
    let p = write(
        &dir,
        "r.csv",
        "Nom, prénom;Email\n\"Dupont, Stéphane\";s@example.fr\nMüller, Zoë;z@example.de\n"
            .as_bytes(),
    );
    let e = RollReader::open(&p, &RollOptions::default()).unwrap_err();
    assert!(
        e.message.contains("no name column") && e.message.contains("'Nom, prénom'"),
        "{e}"
    );
    let opts = RollOptions {
        mapping: vec![RollOptions::parse_mapping("name=Nom, prénom").unwrap()],
        ..RollOptions::default()
    };
    let r = read(&p, &opts);
    assert_eq!(r.reader_detected.delimiter, ';');
    assert_eq!(names(&r), ["Dupont, Stéphane", "Müller, Zoë"]);
}

#[test]
fn quoted_commas_quotes_and_line_breaks() {
    let r = read_bytes(
        b"name,email,membership\n\
          \"O'Brien, Zo\xC3\xAB \"\"Z\"\"\",zoe@example.org,\"Fellow\nsince 2001\"\n\
          \"Multi\r\nLine\r\nName\",multi@example.org,\n\
          Next,next@example.org,\n",
    );
    assert_eq!(names(&r), ["O'Brien, Zoë \"Z\"", "Multi Line Name", "Next"]);
    assert_eq!(r.voters[0].membership.as_deref(), Some("Fellow since 2001"));
    assert_eq!(
        r.voters.iter().map(|v| v.line).collect::<Vec<_>>(),
        [2, 4, 7]
    );
}

// ------------------------------------------------------------ refused rows

#[test]
fn refused_rows_have_line_numbers_and_reasons_and_good_rows_continue() {
    let text = "name,email,id,weight\n\
                Ann,ann@example.org,1,\n\
                ,nobody@example.org,2,\n\
                Bob,,3,\n\
                Cy,not-an-email,4,\n\
                Di,di@@example.org,5,\n\
                Ed,ed@localhost,6,\n\
                Flo,flo @example.org,7,\n\
                Gus,gus@example.org,8,0\n\
                Hal,hal@example.org,9,1.5\n\
                Ivy,ivy@example.org,10,-2\n\
                \n\
                Ann Again, ANN@Example.ORG ,11,\n\
                Jo,jo@example.org,1,\n\
                Kim,kim@example.org,12,3,extra\n\
                \"Lee\nLine\",,13,\n\
                Max,max@example.org,14,3,\n\
                ,,,\n\
                Ned,ned@example.org,15,2\n";
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "mixed.csv", text.as_bytes());
    let r = read(&p, &RollOptions::default());
    let lines: Vec<u64> = r.rejected.iter().map(|x| x.line).collect();
    assert_eq!(lines, [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16]);
    let reason = |line: u64| {
        r.rejected
            .iter()
            .find(|x| x.line == line)
            .unwrap()
            .reason
            .clone()
    };
    assert!(reason(3).contains("no name"), "{}", reason(3));
    assert!(reason(4).contains("no email"), "{}", reason(4));
    assert!(reason(5).contains("'@'"), "{}", reason(5));
    assert!(reason(6).contains("'@'"), "{}", reason(6));
    assert!(reason(7).contains("no dot"), "{}", reason(7));
    assert!(reason(8).contains("space"), "{}", reason(8));
    for l in [9, 10, 11] {
        assert!(reason(l).contains("weight"), "{}", reason(l));
    }
    assert!(reason(13).contains("already on line 2"), "{}", reason(13));
    assert!(
        reason(14).contains("voter id '1' is already on line 2"),
        "{}",
        reason(14)
    );
    assert!(
        reason(15).contains("5 fields but the header has 4"),
        "{}",
        reason(15)
    );
    assert!(reason(16).contains("no email"), "{}", reason(16));
    assert_eq!(names(&r), ["Ann", "Max", "Ned"]);
    assert_eq!(
        r.voters.iter().map(|v| v.line).collect::<Vec<_>>(),
        [2, 18, 20]
    );
    assert_eq!(r.voters[2].weight, 2);
    let p = preview(&p, &RollOptions::default(), 2).unwrap();
    assert_eq!(
        (p.stats.voters, p.stats.rejected, p.stats.blank),
        (3, 13, 1)
    );
    assert_eq!(p.voters.len(), 2);
    assert_eq!(
        p.rejected.iter().map(|x| x.line).collect::<Vec<_>>(),
        [3, 4]
    );
}

#[test]
fn names_are_nfc_and_whitespace_collapsed_emails_compared_by_key() {
    let r = read_bytes(
        "name,email\n  Ste\u{301}phane \t  Dupont ,S@Example.org\nStéphane,  s@example.ORG  \n"
            .as_bytes(),
    );
    assert_eq!(names(&r), ["Stéphane Dupont"]);
    assert_eq!(r.voters[0].email, "S@Example.org");
    assert_eq!(r.voters[0].email_key, "s@example.org");
    assert_eq!(r.rejected.len(), 1);
    assert!(r.rejected[0].reason.contains("already on line 2"));
}

#[test]
fn fewer_fields_than_the_header_are_empty_cells() {
    let r = read_bytes(b"name,email,weight,membership\nAnn,ann@example.org\nBob\n");
    assert_eq!(names(&r), ["Ann"]);
    assert_eq!(r.rejected[0].line, 3);
    assert!(r.rejected[0].reason.contains("no email"));
}

// -------------------------------------------------------------- encodings

#[test]
fn utf8_with_and_without_bom() {
    let text = all_scripts_roll(',', "\n");
    let plain = read_bytes(text.as_bytes());
    assert_eq!(plain.reader_detected.encoding, "UTF-8");
    assert_eq!(
        plain.reader_detected.encoding_source,
        EncodingSource::ValidUtf8
    );
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    let with = read_bytes(&bom);
    assert_eq!(with.reader_detected.encoding_source, EncodingSource::Bom);
    assert_eq!(
        with.reader_detected.headers[0], "Name",
        "the BOM is not part of the first header"
    );
    assert_eq!(names(&plain), NAMES);
    assert_eq!(names(&with), NAMES);
}

#[test]
fn utf16_le_and_be_spreadsheet_unicode_text() {
    // Spreadsheets' "Unicode text" export: UTF-16LE with BOM, tab-separated.
    let text = all_scripts_roll('\t', "\r\n");
    for (le, enc) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
        let r = read_bytes(&utf16(&text, le, true));
        assert_eq!(r.reader_detected.encoding, enc);
        assert_eq!(r.reader_detected.encoding_source, EncodingSource::Bom);
        assert_eq!(r.reader_detected.delimiter, '\t');
        assert_eq!(names(&r), NAMES);
        assert_eq!(r.voters[3].email, "v3@example.org");
        let r = read_bytes(&utf16(&text, le, false));
        assert_eq!(r.reader_detected.encoding, enc);
        assert_eq!(
            r.reader_detected.encoding_source,
            EncodingSource::Utf16Pattern
        );
        assert_eq!(names(&r), NAMES);
    }
}

#[test]
fn windows_1252_is_detected_not_guessed() {
    let text = "Prénom;Nom;Courriel;Adhésion\r\n\
                Stéphane;Dupont;s@example.fr;Membre\r\n\
                Zoë;Müller;z@example.de;Membre\r\n\
                François;Lefèvre;f@example.fr;Bienfaiteur\r\n\
                José;Núñez;j@example.es;Membre\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the test file must not be UTF-8"
    );
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "adherents.csv", &bytes);
    let opts = RollOptions {
        mapping: vec![
            (Field::FirstName, "Prénom".into()),
            (Field::LastName, "Nom".into()),
            (Field::Email, "courriel".into()),
            (Field::Membership, "Adhésion".into()),
        ],
        ..RollOptions::default()
    };
    let r = read(&p, &opts);
    assert_eq!(r.reader_detected.encoding, "windows-1252");
    assert_eq!(r.reader_detected.encoding_source, EncodingSource::Detected);
    assert_eq!(
        names(&r),
        [
            "Stéphane Dupont",
            "Zoë Müller",
            "François Lefèvre",
            "José Núñez"
        ]
    );
    assert_eq!(r.reader_detected.headers[3], "Adhésion");
    // Forcing UTF-8 on it: the mangled rows are refused, with a hint, not
    // imported with replacement characters.
    let forced = RollOptions {
        encoding: roll::encoding_for_label("utf8"),
        ..opts.clone()
    };
    let e = RollReader::open(&p, &forced).unwrap_err();
    assert!(e.message.contains("names no column"), "{e}");
    let forced = RollOptions {
        encoding: roll::encoding_for_label("utf-8"),
        mapping: vec![
            (Field::FirstName, "Pr\u{FFFD}nom".into()),
            (Field::LastName, "Nom".into()),
            (Field::Email, "Courriel".into()),
        ],
        ..RollOptions::default()
    };
    let r = read(&p, &forced);
    assert_eq!(r.reader_detected.encoding_source, EncodingSource::Given);
    assert!(
        r.voters.is_empty(),
        "every row has a non-ASCII letter, so every row is refused"
    );
    assert_eq!(r.rejected.len(), 4);
    assert!(
        r.rejected
            .iter()
            .all(|x| x.reason.contains("not valid UTF-8")),
        "{:?}",
        r.rejected
    );
    // And forcing the right one gives the same as detection.
    let right = RollOptions {
        encoding: roll::encoding_for_label("cp1252"),
        ..opts
    };
    assert_eq!(names(&read(&p, &right)).len(), 4);
}

#[test]
fn windows_1250_polish_names() {
    let text = "Imię,Nazwisko,Email\nŁukasz,Żółć,l@example.pl\nZażółć,Gęślą,z@example.pl\nŚwiętosław,Jaźń,s@example.pl\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1250.encode(text);
    assert!(!unmappable);
    let opts = RollOptions {
        mapping: vec![
            (Field::FirstName, "Imię".into()),
            (Field::LastName, "Nazwisko".into()),
        ],
        ..RollOptions::default()
    };
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "pl.csv", &bytes);
    let r = read(&p, &opts);
    assert_eq!(r.reader_detected.encoding, "windows-1250");
    assert_eq!(
        names(&r),
        ["Łukasz Żółć", "Zażółć Gęślą", "Świętosław Jaźń"]
    );
}

#[test]
fn old_mac_line_endings() {
    let r = read_bytes(b"name,email\rAnn,ann@example.org\r\rBob,bob@example.org\r");
    assert_eq!(names(&r), ["Ann", "Bob"]);
    assert_eq!(r.voters[1].line, 4);
}

#[test]
fn delimiter_and_encoding_overrides() {
    let dir = TempDir::new().unwrap();
    // A header with more commas than semicolons, but the file is semicolon-separated.
    let p = write(
        &dir,
        "r.csv",
        b"name, with comma;email\nAnn, A.;ann@example.org\n",
    );
    let e = RollReader::open(&p, &RollOptions::default()).unwrap_err();
    assert!(
        e.message.contains("no email column") && e.message.contains("'with comma;email'"),
        "{e}"
    );
    let opts = RollOptions {
        delimiter: Some(RollOptions::parse_delimiter("semicolon").unwrap()),
        mapping: vec![RollOptions::parse_mapping("name=name, with comma").unwrap()],
        ..RollOptions::default()
    };
    let r = read(&p, &opts);
    assert_eq!(names(&r), ["Ann, A."]);
    assert_eq!(RollOptions::parse_delimiter("\\t"), Ok(b'\t'));
    assert!(RollOptions::parse_delimiter("ab").is_err());
    assert!(RollOptions::parse_delimiter("\"").is_err());
    for bad in [b'"', b'\n', 0xA7] {
        let opts = RollOptions {
            delimiter: Some(bad),
            ..RollOptions::default()
        };
        let e = RollReader::open(&p, &opts).unwrap_err();
        assert!(e.message.contains("delimiter must be"), "{e}");
    }
    assert_eq!(
        roll::encoding_for_label("latin1").map(|e| e.name()),
        Some("windows-1252")
    );
    assert_eq!(
        roll::encoding_for_label("UTF-16").map(|e| e.name()),
        Some("UTF-16LE")
    );
    assert!(roll::encoding_for_label("klingon").is_none());
}

// ---------------------------------------------------------------- mapping

#[test]
fn explicit_mapping_overrides_and_unmaps() {
    let dir = TempDir::new().unwrap();
    let p = write(
        &dir,
        "r.csv",
        "Nom complet,Courriel,Type,Email\nAnn Lee,ann@example.org,x,old@example.org\n".as_bytes(),
    );
    let opts = RollOptions {
        mapping: vec![
            RollOptions::parse_mapping("name=Nom complet").unwrap(),
            RollOptions::parse_mapping("email = courriel").unwrap(),
            RollOptions::parse_mapping("membership=").unwrap(),
        ],
        ..RollOptions::default()
    };
    let r = read(&p, &opts);
    assert_eq!(r.voters[0].email, "ann@example.org");
    assert_eq!(r.voters[0].membership, None);
    assert!(!r
        .reader_detected
        .mapping
        .iter()
        .any(|m| m.0 == Field::Membership));
    let bad = RollOptions {
        mapping: vec![(Field::Email, "Mail Address".into())],
        ..RollOptions::default()
    };
    let e = RollReader::open(&p, &bad).unwrap_err();
    assert!(
        e.message.contains("names no column") && e.message.contains("'Courriel'"),
        "{e}"
    );
    assert!(RollOptions::parse_mapping("colour=Red")
        .unwrap_err()
        .contains("unknown field"));
    assert!(RollOptions::parse_mapping("email").is_err());
    assert_eq!("First-Name".parse::<Field>(), Ok(Field::FirstName));
}

// -------------------------------------------------------------- bad files

#[test]
fn empty_file() {
    assert!(open_err(b"").contains("empty"));
}

#[test]
fn only_line_breaks() {
    assert!(open_err(b"\r\n\n\n").contains("no text"));
}

#[test]
fn header_only() {
    let e = open_err(b"name,email\n");
    assert!(e.contains("no voter rows"), "{e}");
    let e = open_err(b"\xEF\xBB\xBFFirstName,LastName,MembershipType,Email\r\n\r\n,,,\r\n");
    assert!(e.contains("no voter rows"), "{e}");
}

#[test]
fn binary_files_are_refused() {
    // NUL bytes, not UTF-16.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..2000u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8));
    assert!(open_err(&png).contains("NUL"));
    assert!(open_err(b"PK\x03\x04\x14\0\x06\0rest of a workbook").contains("xlsx"));
    assert!(open_err(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1old excel").contains("xls"));
    assert!(open_err(b"%PDF-1.7\n...").contains("PDF"));
    // Mostly control characters, no NUL.
    let ctl: Vec<u8> = (0..4000u32).map(|i| 1 + (i % 30) as u8).collect();
    assert!(open_err(&ctl).contains("control characters"));
}

#[test]
fn nul_bytes() {
    // At the start: refused as binary.
    assert!(open_err(b"name,email\nA\0n,a@example.org\n").contains("NUL"));
    // Past the sample: the row is refused, the others import.
    let mut text = b"name,email\n".to_vec();
    for i in 0..5000 {
        text.extend_from_slice(format!("Voter {i},v{i}@example.org\n").as_bytes());
    }
    text.extend_from_slice(b"Bad\0Name,bad@example.org\nLast,last@example.org\n");
    let r = read_bytes(&text);
    assert_eq!(r.voters.len(), 5001);
    assert_eq!(r.rejected.len(), 1);
    assert_eq!(r.rejected[0].line, 5002);
    assert!(
        r.rejected[0].reason.contains("U+0000"),
        "{}",
        r.rejected[0].reason
    );
}

#[test]
fn huge_field_refuses_the_row_only() {
    let mut text = b"name,email,notes\nAnn,ann@example.org,short\nBig,big@example.org,\"".to_vec();
    text.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
    text.extend_from_slice(b"\"\nBob,bob@example.org,\n");
    let r = read_bytes(&text);
    assert_eq!(names(&r), ["Ann", "Bob"]);
    assert_eq!(r.voters[1].line, 4);
    assert_eq!(r.rejected.len(), 1);
    assert_eq!(r.rejected[0].line, 3);
    assert!(
        r.rejected[0]
            .reason
            .contains("column 'notes' is longer than 64 KiB"),
        "{}",
        r.rejected[0].reason
    );
}

#[test]
fn a_huge_field_is_never_held_in_memory() {
    let dir = TempDir::new().unwrap();
    let p = dir.path().join("big.csv");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&p).unwrap());
        f.write_all(b"name,email,notes\nAnn,ann@example.org,\"")
            .unwrap();
        let block = vec![b'y'; 1 << 20];
        for _ in 0..40 {
            f.write_all(&block).unwrap();
        }
        f.write_all(b"\"\nBob,bob@example.org,\n").unwrap();
    }
    let mut rows = Vec::new();
    let peak = peak_during(|| {
        let reader = RollReader::open(&p, &RollOptions::default()).unwrap();
        rows = reader.map(Result::unwrap).collect();
    });
    assert_eq!(rows.len(), 2);
    assert!(matches!(&rows[0], RollRow::Rejected(r) if r.line == 2));
    assert!(matches!(&rows[1], RollRow::Voter(v) if v.name == "Bob"));
    // Buffers: 64 KiB raw + 64 KiB decoded + 64 KiB BufReader + 8 KiB
    // scratch + at most 64 KiB of a field; nowhere near the 40 MiB field.
    assert!(
        peak < 1024 * 1024,
        "peak allocation {peak} bytes for a 40 MiB field"
    );
}

#[test]
fn huge_unterminated_quote_or_header() {
    // An opening quote never closed swallows the rest of the file: one row refused.
    let mut text = b"name,email\nAnn,ann@example.org\n\"Broken,b@example.org\n".to_vec();
    for i in 0..20000 {
        text.extend_from_slice(format!("V{i},v{i}@example.org\n").as_bytes());
    }
    let r = read_bytes(&text);
    assert_eq!(names(&r), ["Ann"]);
    assert_eq!(r.rejected.len(), 1);
    assert_eq!(r.rejected[0].line, 3);
    assert!(
        r.rejected[0].reason.contains("broken quote"),
        "{}",
        r.rejected[0].reason
    );
    // A first line of 10 MB: not a header.
    let big = vec![b'a'; 10 * 1024 * 1024];
    let e = open_err(&big);
    assert!(e.contains("not a CSV header"), "{e}");
}

#[test]
fn not_a_csv_file() {
    let e = open_err(b"Dear committee,\n\nplease find the members below.\nRegards\n");
    assert!(e.contains("no email column"), "{e}");
    let e = open_err(br#"{"voters": [{"name": "Ann", "email": "ann@example.org"}]}"#);
    assert!(e.contains("no email column"), "{e}");
    let e = open_err(b"email\nann@example.org\n");
    assert!(e.contains("no name column"), "{e}");
}

#[test]
fn missing_file_and_folder() {
    let dir = TempDir::new().unwrap();
    let e = RollReader::open(&dir.path().join("nope.csv"), &RollOptions::default()).unwrap_err();
    assert!(
        e.to_string().contains("nope.csv") && e.message.contains("cannot open"),
        "{e}"
    );
    let e = RollReader::open(dir.path(), &RollOptions::default()).unwrap_err();
    assert!(
        e.message.contains("folder") || e.message.contains("cannot"),
        "{e}"
    );
}

// ----------------------------------------------------------- large input

#[test]
fn many_rows_across_buffer_boundaries_keep_their_lines() {
    let mut text = String::from("name,email,id\n");
    let mut line = 2u64;
    let mut expect = Vec::new();
    for i in 0..60_000u64 {
        if i % 997 == 0 {
            text.push_str(&format!("\"Multi\nline {i}\",m{i}@example.org,{i}\n"));
            expect.push(line);
            line += 2;
        } else {
            text.push_str(&format!(
                "{} {i},v{i}@example.org,{i}\r\n",
                NAMES[(i % 6) as usize]
            ));
            expect.push(line);
            line += 1;
        }
    }
    let r = read_bytes(text.as_bytes());
    assert!(r.rejected.is_empty());
    assert_eq!(r.voters.len(), 60_000);
    assert_eq!(r.voters.iter().map(|v| v.line).collect::<Vec<_>>(), expect);
    assert_eq!(
        r.voters[59_999].name,
        format!("{} 59999", NAMES[59_999 % 6])
    );
}

// ---------------------------------------------------------------- exports

fn exports(voters: &[VoterRecord]) -> (String, String, String) {
    let mut roll_csv = Vec::new();
    let mut helios = Vec::new();
    let mut emails = Vec::new();
    assert_eq!(
        write_roll_csv(&mut roll_csv, voters.iter().map(VoterRecord::export)).unwrap(),
        voters.len() as u64
    );
    write_helios_voters(&mut helios, voters.iter().map(VoterRecord::export)).unwrap();
    write_email_list(&mut emails, voters.iter().map(VoterRecord::export)).unwrap();
    (
        String::from_utf8(roll_csv).unwrap(),
        String::from_utf8(helios).unwrap(),
        String::from_utf8(emails).unwrap(),
    )
}

#[test]
fn exports_exact_formats() {
    let r = read_bytes(
        "name,email,id,weight,membership\n\
         \"Smith, \"\"Bob\"\"\",bob@example.org,b1,2,Fellow\n\
         Ann,ann@example.org,,,\n"
            .as_bytes(),
    );
    let (csv, helios, emails) = exports(&r.voters);
    assert_eq!(
        csv,
        "name,email,id,weight,membership\n\"Smith, \"\"Bob\"\"\",bob@example.org,b1,2,Fellow\nAnn,ann@example.org,,1,\n"
    );
    assert_eq!(helios, "password,b1,bob@example.org,\"Smith, \"\"Bob\"\"\"\npassword,ann@example.org,ann@example.org,Ann\n");
    assert_eq!(emails, "bob@example.org\nann@example.org\n");
}

#[test]
fn formula_cells_are_neutralised_in_exports_and_read_back_exactly() {
    // Each value would run as a formula in a spreadsheet; the last really
    // starts with an apostrophe (a cell `'=x` is read as a neutralised `=x`,
    // as Scrutineer and other tools write it, so `''=x` is the value `'=x`).
    let r = read_bytes(
        "name,email,id,weight,membership\n\
         \"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",a@example.org,=1+1,1,@SUM(A1)\n\
         +44 Ann,b@example.org,-7,2,\n\
         ''=Zoë,c@example.org,,1,-member\n"
            .as_bytes(),
    );
    assert_eq!(r.rejected, [], "{:?}", r.rejected);
    let (csv, helios, _) = exports(&r.voters);
    for line in csv.lines().skip(1).chain(helios.lines()) {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "a cell starts a formula: {cell:?} in {line:?}"
            );
        }
    }
    assert!(csv.contains("\"'=HYPERLINK("), "{csv}");
    assert!(csv.contains("''=Zoë"), "{csv}");
    assert!(helios.contains(",'+44 Ann\n"), "{helios}");
    // Scrutineer's own export reads back to exactly the values imported.
    let back = read_bytes(csv.as_bytes());
    let fields = |v: &[VoterRecord]| {
        v.iter()
            .map(|x| {
                (
                    x.name.clone(),
                    x.voter_id.clone(),
                    x.weight,
                    x.membership.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(fields(&back.voters), fields(&r.voters));
    assert_eq!(
        back.voters[0].name,
        "=HYPERLINK(\"http://evil.example\",\"x\")"
    );
    assert_eq!(back.voters[0].voter_id.as_deref(), Some("=1+1"));
    assert_eq!(back.voters[2].name, "'=Zoë");
    assert_eq!(names(&read_bytes(helios.as_bytes())), names(&r));
}

#[test]
fn every_script_survives_import_from_every_encoding_and_every_export() {
    let text = all_scripts_roll(',', "\r\n");
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        ("utf-8", text.clone().into_bytes()),
        (
            "utf-8 bom",
            [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        ),
        ("utf-16le", utf16(&text, true, true)),
        ("utf-16be", utf16(&text, false, true)),
    ];
    for (what, bytes) in inputs {
        let r = read_bytes(&bytes);
        assert_eq!(names(&r), NAMES, "{what}");
        let (csv, helios, emails) = exports(&r.voters);
        for (i, n) in NAMES.iter().enumerate() {
            assert!(csv.contains(n), "{what}: roll CSV lost {n}");
            assert!(
                helios.contains(&format!("password,V-{i},v{i}@example.org,{n}\n")),
                "{what}: Helios lost {n}"
            );
            assert!(emails.contains(&format!("v{i}@example.org\n")));
        }
        // The roll CSV export reads back to the same voters.
        let back = read_bytes(csv.as_bytes());
        let strip = |v: &[VoterRecord]| {
            v.iter()
                .map(|x| {
                    (
                        x.name.clone(),
                        x.email.clone(),
                        x.voter_id.clone(),
                        x.weight,
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(strip(&back.voters), strip(&r.voters), "{what}");
        // And the Helios export reads back as a Helios file.
        let h = read_bytes(helios.as_bytes());
        assert_eq!(h.reader_detected.layout, Layout::Helios);
        assert_eq!(names(&h), NAMES, "{what}");
    }
    // Latin-1 names from a Windows-1252 file.
    let latin = "name;email\nStéphane Dupont;s@example.fr\nZoë O'Brien;z@example.ie\nJosé Núñez;j@example.es\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(latin);
    let r = read_bytes(&bytes);
    assert_eq!(r.reader_detected.encoding, "windows-1252");
    let (csv, helios, _) = exports(&r.voters);
    for n in ["Stéphane Dupont", "Zoë O'Brien", "José Núñez"] {
        assert!(csv.contains(n) && helios.contains(n), "{n}");
    }
}

// ----------------------------------------------------- preview and errors

#[test]
fn preview_counts_the_whole_file() {
    let mut text = String::from("Email,Name\n");
    for i in 0..1000 {
        if i % 10 == 0 {
            text.push_str(&format!("bad{i},Voter {i}\n"));
        } else {
            text.push_str(&format!("v{i}@example.org,Voter {i}\n"));
        }
    }
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "r.csv", text.as_bytes());
    let pv = preview(&p, &RollOptions::default(), 5).unwrap();
    assert_eq!((pv.stats.voters, pv.stats.rejected), (900, 100));
    assert_eq!(
        pv.voters.iter().map(|v| v.line).collect::<Vec<_>>(),
        [3, 4, 5, 6, 7]
    );
    assert_eq!(
        pv.rejected.iter().map(|v| v.line).collect::<Vec<_>>(),
        [2, 12, 22, 32, 42]
    );
    assert_eq!(
        pv.detected.mapping,
        vec![(Field::Name, "Name".into()), (Field::Email, "Email".into())]
    );
    let json = serde_json::to_value(&pv).unwrap();
    assert_eq!(json["detected"]["encoding_source"], "valid_utf8");
    assert_eq!(json["detected"]["mapping"][0][0], "name");
}

// -------------------------------------------------------- fuzz (no panic)

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/roll")
}

/// Parse `bytes` to the end; the only requirement is no panic and a
/// consistent count.
fn parse_anything(bytes: &[u8]) {
    let forced = RollOptions {
        encoding: roll::encoding_for_label("windows-1252"),
        delimiter: Some(b';'),
        ..RollOptions::default()
    };
    parse_with(bytes, &RollOptions::default());
    parse_with(bytes, &forced);
}

fn parse_with(bytes: &[u8], options: &RollOptions) {
    if let Ok(reader) = RollReader::from_bytes("fuzz.csv", bytes.to_vec(), options) {
        let mut n = 0u64;
        let mut last_line = 0;
        let mut reader = reader;
        for row in reader.by_ref() {
            let line = match row {
                Ok(RollRow::Voter(v)) => {
                    assert!(!v.name.is_empty() && v.email.contains('@') && v.weight >= 1);
                    v.line
                }
                Ok(RollRow::Rejected(r)) => r.line,
                Err(_) => break,
            };
            assert!(line > last_line, "lines go forward");
            last_line = line;
            n += 1;
        }
        let s = reader.stats();
        assert_eq!(s.voters + s.rejected, n);
    }
}

struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn fuzz_corpus_and_mutations_never_panic() {
    let dir = corpus_dir();
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the fuzz corpus {} is missing: {e}", dir.display()))
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    assert!(seeds.len() >= 10, "the corpus should hold the test files");
    seeds.sort();
    for s in &seeds {
        parse_anything(s);
    }
    let tokens: [&[u8]; 12] = [
        b",",
        b";",
        b"\t",
        b"\"",
        b"\r\n",
        b"\n",
        b"\r",
        b"@",
        b"\0",
        b"\xEF\xBB\xBF",
        b"\xFF\xFE",
        b"password,",
    ];
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let mut b = seeds[round % seeds.len()].clone();
        for _ in 0..1 + rng.below(8) {
            let at = rng.below(b.len() + 1);
            match rng.below(5) {
                0 if !b.is_empty() => {
                    let i = at.min(b.len() - 1);
                    b[i] = rng.next() as u8;
                }
                1 => {
                    let t = tokens[rng.below(tokens.len())];
                    b.splice(at..at, t.iter().copied());
                }
                2 => {
                    let end = (at + rng.below(16)).min(b.len());
                    b.drain(at..end);
                }
                3 => {
                    let n = rng.below(64);
                    let junk: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                    b.splice(at..at, junk);
                }
                _ => b.truncate(at),
            }
        }
        parse_anything(&b);
    }
    // Pure noise of every length class.
    for len in [0usize, 1, 2, 3, 4, 7, 64, 1000, 70_000] {
        let noise: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        parse_anything(&noise);
    }
}

#[test]
fn control_characters_and_replacement_characters_refuse_the_row() {
    let r = read_bytes("name,email\nA\u{9B}nn,a@example.org\nBo\u{1B}b,b@example.org\nC\u{FFFD}y,c@example.org\nDi\tDee,d@example.org\n".as_bytes());
    assert_eq!(names(&r), ["Di Dee"]);
    let reasons: Vec<&str> = r.rejected.iter().map(|x| x.reason.as_str()).collect();
    assert!(reasons[0].contains("U+009B"), "{}", reasons[0]);
    assert!(reasons[1].contains("U+001B"), "{}", reasons[1]);
    assert!(reasons[2].contains("not valid UTF-8"), "{}", reasons[2]);
}

#[test]
fn excel_sep_line_and_headerless_files() {
    let r = read_bytes(b"sep=;\r\nName;Email\r\nAnn, A.;ann@example.org\r\n");
    assert_eq!(r.reader_detected.delimiter, ';');
    assert_eq!(r.reader_detected.headers, ["Name", "Email"]);
    assert_eq!(names(&r), ["Ann, A."]);
    assert_eq!(r.voters[0].line, 3);
    let e = open_err(b"Ann Lee,ann@example.org\nBob,bob@example.org\n");
    assert!(e.contains("looks like a voter, not a header"), "{e}");
    // Errors about the header name its line.
    let e = open_err(b"\n\nwho,what\nAnn,ann@example.org\n");
    assert!(e.contains("bad-roll.csv:3: no email column"), "{e}");
}

#[test]
fn the_reader_can_move_to_another_thread() {
    fn send<T: Send>(_: &T) {}
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "r.csv", b"name,email\nAnn,ann@example.org\n");
    let reader = RollReader::open(&p, &RollOptions::default()).unwrap();
    send(&reader);
    let n = std::thread::spawn(move || reader.count()).join().unwrap();
    assert_eq!(n, 1);
}

/// `roll::columns` reads the encoding, delimiter and header line of a file
/// whose name and email columns have names no synonym knows (which
/// `RollReader::open` refuses), so a window can offer them for mapping by
/// hand; with that mapping the file then opens.
#[test]
fn columns_of_a_file_that_needs_mapping_by_hand() {
    let text =
        "Vorname;Nachname;E-Mail-Adresse;Mitgliedsnummer\r\nJörg;Müller;joerg@example.de;7\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let dir = TempDir::new().unwrap();
    let p = write(&dir, "mitglieder.csv", &bytes);
    let e = RollReader::open(&p, &RollOptions::default()).unwrap_err();
    assert!(e.message.contains("no email column"), "{e}");
    let d = roll::columns(&p, &RollOptions::default()).unwrap();
    assert_eq!(d.encoding, "windows-1252");
    assert_eq!(d.delimiter, ';');
    assert_eq!(
        d.headers,
        ["Vorname", "Nachname", "E-Mail-Adresse", "Mitgliedsnummer"]
    );
    assert!(d.mapping.is_empty(), "{:?}", d.mapping);
    let opts = RollOptions {
        mapping: vec![
            (Field::FirstName, "Vorname".into()),
            (Field::LastName, "Nachname".into()),
            (Field::Email, "E-Mail-Adresse".into()),
        ],
        ..RollOptions::default()
    };
    let d = roll::columns(&p, &opts).unwrap();
    assert_eq!(d.mapping.len(), 3);
    let r = read(&p, &opts);
    assert_eq!(names(&r), ["Jörg Müller"]);
    // A mapping to a column that is not there is still an error.
    let bad = RollOptions {
        mapping: vec![(Field::Email, "Courriel".into())],
        ..RollOptions::default()
    };
    let e = roll::columns(&p, &bad).unwrap_err();
    assert!(e.message.contains("names no column"), "{e}");
}

#[test]
fn email_key_is_the_lowercase_nfc_email_in_every_script() {
    // Decomposed accents, capitals in Latin, Greek and Cyrillic, a
    // Turkish dotted capital I: the key is `roll::email_key` of the cell.
    let cells = [
        "  JOSE\u{301}@Example.ORG ",
        "Ξένια@Παράδειγμα.gr",
        "ИВАН@пример.рф",
        "\u{130}pek@example.org",
        "ZOE\u{308}@example.org",
    ];
    let mut text = String::from("name,email\n");
    for (i, c) in cells.iter().enumerate() {
        text.push_str(&format!("Voter {i},{c}\n"));
    }
    let r = read_bytes(text.as_bytes());
    assert_eq!(r.voters.len(), cells.len(), "{:?}", r.rejected);
    for (v, c) in r.voters.iter().zip(cells) {
        assert_eq!(v.email_key, roll::email_key(c), "{c}");
        assert_eq!(v.email_key, roll::email_key(&v.email), "{c}");
    }
    assert_eq!(r.voters[0].email_key, "jos\u{e9}@example.org");
    assert_eq!(r.voters[2].email_key, "иван@пример.рф");
}

#[test]
fn a_refused_row_claims_neither_its_email_nor_its_id() {
    // Line 3 repeats line 2's id: refused, so its new email stays free for
    // line 4; line 5 repeats line 4's email (in capitals), so its new id
    // stays free for line 6; line 7 repeats both of line 2's: the email is
    // named.
    let r = read_bytes(
        b"name,email,id\nAnn,ann@example.org,A1\nBob,bob@example.org,A1\nBob,bob@example.org,B1\nBoris,BOB@example.org,C1\nCid,cid@example.org,C1\nDan,ann@example.org,A1\n",
    );
    let kept: Vec<(u64, &str)> = r
        .voters
        .iter()
        .map(|v| (v.line, v.email.as_str()))
        .collect();
    assert_eq!(
        kept,
        [
            (2, "ann@example.org"),
            (4, "bob@example.org"),
            (6, "cid@example.org")
        ]
    );
    let refused: Vec<(u64, &str)> = r
        .rejected
        .iter()
        .map(|x| (x.line, x.reason.as_str()))
        .collect();
    assert_eq!(
        refused,
        [
            (3, "duplicate: the voter id 'A1' is already on line 2"),
            (
                5,
                "duplicate: the email address 'BOB@example.org' is already on line 4"
            ),
            (
                7,
                "duplicate: the email address 'ann@example.org' is already on line 2"
            ),
        ]
    );
}
