//! The roll at scale, through the library: cancelling an import leaves the
//! roll as it was, the Voters search (trigram index, then the substring
//! check) gives exactly what a plain scan gives, the search index stays in
//! step with the roll through every change, and exports stream every script.

use rusqlite::Connection;
use scrutineer_core::{
    Election, ErrorCode, NewTerm, Progress, RollFormat, RollImportOptions, Voter, VoterQuery,
};
use std::path::{Path, PathBuf};

const FIRST: &[&str] = &[
    "Stéphane",
    "Łukasz",
    "Ξένια",
    "Иван",
    "直哉",
    "Zoë",
    "José",
    "Siobhán",
    "Ayşe",
    "محمد",
    "Nguyễn",
    "Ann",
    "अनन्या",
    "שרה",
    "สมชาย",
    "지민",
];
const LAST: &[&str] = &[
    "Dupont",
    "Żółć",
    "Παπαδοπούλου",
    "Петров",
    "稲田",
    "O'Brien",
    "Núñez",
    "Ní Bhriain",
    "Yılmaz",
    "علي",
    "Văn An",
    "\"Lee, Jr.\"",
    "शर्मा",
    "כהן",
    "ใจดี",
    "김",
];

/// A roll of `rows` voters, names in many scripts, like scripts/bench-roll.sh.
fn roll_csv(rows: usize) -> String {
    let mut s = String::from("FirstName,LastName,MembershipType,Email,Voter ID\r\n");
    for i in 0..rows {
        let (f, l) = (FIRST[i % FIRST.len()], LAST[(i / FIRST.len()) % LAST.len()]);
        let kind = ["Fellow", "Supporting", "Contributing", "Managing"][i % 4];
        s.push_str(&format!("{f},{l},{kind},Voter{i}@Example.org,V{i:07}\r\n"));
    }
    s
}

struct Fixture {
    dir: tempfile::TempDir,
    db: PathBuf,
    e: Election,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("election.db");
    let mut e = Election::open(&db).unwrap();
    for name in ["T", "U"] {
        e.create_term(&NewTerm {
            name: name.into(),
            seats: 1,
            method: "approval".into(),
            ..NewTerm::default()
        })
        .unwrap();
    }
    Fixture { dir, db, e }
}

impl Fixture {
    fn file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    }
    fn page(&self, term: &str, search: Option<&str>, offset: u64, limit: u64) -> (u64, Vec<Voter>) {
        let p = self
            .e
            .voters(
                term,
                &VoterQuery {
                    search: search.map(str::to_string),
                    offset,
                    limit,
                },
            )
            .unwrap();
        (p.total, p.voters)
    }
    /// Every voter of a term, in the order of the Voters section.
    fn all(&self, term: &str) -> Vec<Voter> {
        let mut out = Vec::new();
        loop {
            let (total, page) = self.page(term, None, out.len() as u64, 1000);
            if page.is_empty() {
                assert_eq!(out.len() as u64, total);
                return out;
            }
            out.extend(page);
        }
    }
    /// FTS5's own check (rank 1: against its content, the view
    /// `voter_indexed`) that the index holds exactly the text of the voters
    /// it says it holds: all of them once built, none of those waiting.
    fn check_index(&self) {
        let c = Connection::open(&self.db).unwrap();
        c.execute(
            "INSERT INTO voter_fts (voter_fts, rank) VALUES ('integrity-check', 1)",
            [],
        )
        .expect("the search index matches the roll");
    }
}

/// What SQL `LIKE '%s%'` finds: a substring, ASCII letters in either case.
/// What the search promises: a substring, in either case, in every script.
fn like(hay: &str, needle: &str) -> bool {
    let fold = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<String>();
    fold(hay).contains(&fold(needle))
}

#[test]
fn cancelling_an_import_leaves_the_roll_unchanged() {
    let mut f = fixture();
    let roll = f.file("roll.csv", &roll_csv(25_000));
    let mut reports = Vec::new();
    let err =
        f.e.import_roll_with(
            "T",
            &roll,
            &RollImportOptions::default(),
            false,
            &mut |p: Progress| {
                reports.push(p);
                false
            },
        )
        .unwrap_err();
    assert_eq!(err.code, ErrorCode::Cancelled, "{}", err.message);
    assert_eq!(reports.len(), 1, "the import stops at the first report");
    assert!(
        reports[0].done > 0 && reports[0].done < 25_000,
        "{:?}",
        reports[0]
    );
    assert_eq!(f.page("T", None, 0, 10).0, 0, "the roll is empty");
    f.check_index();
    // The same file then imports whole, and the search index has it.
    let r = f.e.import_roll("T", &roll).unwrap();
    assert_eq!(r.imported, 25_000);
    assert!(r.rejected.is_empty());
    assert_eq!(f.page("T", Some("voter24999@"), 0, 10).0, 1);
    f.check_index();
}

#[test]
fn search_by_index_finds_exactly_what_a_scan_finds() {
    let mut f = fixture();
    let roll = f.file("roll.csv", &roll_csv(3_000));
    assert_eq!(f.e.import_roll("T", &roll).unwrap().imported, 3_000);
    // Another term's voters never show up in T's search.
    let other = f.file("u.csv", "name,email\nИван Петров,ivan@example.net\n");
    assert_eq!(f.e.import_roll("U", &other).unwrap().imported, 1);
    let everyone = f.all("T");
    assert_eq!(everyone.len(), 3_000);
    for search in [
        "етро",   // inside a Cyrillic surname
        "Петров", // a whole one
        "петров", // case ignored in Cyrillic
        "ΠΑΠΑΔ",  // and in Greek
        "papadopoulos",
        "Παπαδ",
        "稲田",    // two Han characters: too short for a trigram
        "直哉 稲", // across the space between names
        "Lee, Jr.",
        "o'brien", // ASCII in either case
        "VOTER12", // in the email
        "voter2999@",
        "@example.ORG",
        "r1",
        "a",
        "100%", // LIKE's wildcards match themselves
        "_",
        "\"",
        "nobody here",
        "ñez",
    ] {
        let want: Vec<&Voter> = everyone
            .iter()
            .filter(|v| like(&v.name, search) || like(&v.email, search))
            .collect();
        let (total, first) = f.page("T", Some(search), 0, 50);
        assert_eq!(total, want.len() as u64, "search {search:?}: total");
        let got: Vec<&Voter> = first.iter().collect();
        assert_eq!(
            got,
            want[..want.len().min(50)],
            "search {search:?}: first page"
        );
        if want.len() > 100 {
            let (_, deep) = f.page("T", Some(search), 70, 30);
            let got: Vec<&Voter> = deep.iter().collect();
            assert_eq!(got, want[70..100], "search {search:?}: a later page");
        }
    }
    // A Cyrillic name found by a piece of it, in either case.
    for search in ["ван Пет", "иван", "ИВАН ПЕТРОВ", "ив"] {
        let (n, found) = f.page("U", Some(search), 0, 10);
        assert_eq!(n, 1, "{search}");
        assert_eq!(found[0].email, "ivan@example.net");
    }
    // Capitals outside ASCII, both through the index and by a scan.
    let other = f.file(
        "v.csv",
        "name,email\nŁukasz Ćwik,l@example.pl\nΣΩΚΡΑΤΗΣ Π,s@example.gr\n",
    );
    f.e.create_term(&NewTerm {
        name: "V".into(),
        seats: 1,
        method: "approval".into(),
        ..NewTerm::default()
    })
    .unwrap();
    assert_eq!(f.e.import_roll("V", &other).unwrap().imported, 2);
    for (search, email) in [
        ("łukasz", "l@example.pl"),
        ("ćw", "l@example.pl"),
        ("σωκρ", "s@example.gr"),
        ("ŁUKASZ ĆWIK", "l@example.pl"),
    ] {
        let (n, found) = f.page("V", Some(search), 0, 10);
        assert_eq!((n, found[0].email.as_str()), (1, email), "{search}");
    }
    // The Cyrillic and Greek searches above found voters of T.
    for search in ["петров", "ΠΑΠΑΔ"] {
        assert!(f.page("T", Some(search), 0, 1).0 > 0, "{search}");
    }
}

#[test]
fn paging_deep_into_the_roll_matches_the_order() {
    let mut f = fixture();
    let roll = f.file("roll.csv", &roll_csv(5_000));
    f.e.import_roll("T", &roll).unwrap();
    let everyone = f.all("T");
    let mut sorted = everyone.clone();
    sorted.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    assert_eq!(everyone, sorted, "ordered by name, then id");
    let (total, page) = f.page("T", None, 4_990, 50);
    assert_eq!(total, 5_000);
    assert_eq!(page, everyone[4_990..]);
}

#[test]
fn the_search_index_follows_every_change_to_the_roll() {
    let mut f = fixture();
    let roll = f.file("roll.csv", &roll_csv(400));
    f.e.import_roll("T", &roll).unwrap();
    f.check_index();
    // A dry run writes nothing, to the roll or to the index.
    let more = f.file("more.csv", "name,email\nЗоя Кошкина,zoya@example.ru\n");
    f.e.import_roll_with("T", &more, &RollImportOptions::default(), true, &mut |_| {
        true
    })
    .unwrap();
    assert_eq!(f.page("T", Some("Кошкин"), 0, 10).0, 0);
    f.check_index();
    // By hand.
    f.e.add_voter("T", "Zoë Quiñones", "zq@example.es", "forgotten")
        .unwrap();
    assert_eq!(f.page("T", Some("Quiñon"), 0, 10).0, 1);
    f.e.remove_voter("T", "voter5@example.org", "left the society")
        .unwrap();
    assert_eq!(f.page("T", Some("voter5@"), 0, 10).0, 0);
    f.check_index();
    // A diff applied: one renamed, one new, the rest gone.
    let next = f.file(
        "next.csv",
        "name,email\nИван Сидоров,voter3@example.org\nNew Person,new@example.org\n",
    );
    let d =
        f.e.apply_roll_diff("T", &next, &RollImportOptions::default(), "AGM roll")
            .unwrap();
    assert_eq!((d.added_count, d.changed_count), (1, 1));
    assert_eq!(f.page("T", Some("Сидор"), 0, 10).0, 1);
    assert_eq!(f.page("T", Some("New Pers"), 0, 10).0, 1);
    assert_eq!(f.page("T", Some("Zoë"), 0, 10).0, 0, "removed by the diff");
    assert_eq!(f.page("T", None, 0, 10).0, 2);
    f.check_index();
    // Imported again on top: the new voters are indexed, duplicates refused.
    let r = f.e.import_roll("T", &roll).unwrap();
    assert_eq!(r.imported, 399);
    assert_eq!(r.rejected.len(), 1, "voter3 is already on the roll");
    assert_eq!(f.page("T", Some("Voter399@"), 0, 10).0, 1);
    f.check_index();
}

/// A search's answer as a plain reading of the whole roll gives it.
fn scan<'a>(everyone: &'a [Voter], search: &str) -> Vec<&'a Voter> {
    everyone
        .iter()
        .filter(|v| like(&v.name, search) || like(&v.email, search))
        .collect()
}

#[test]
fn a_big_import_is_searched_exactly_before_and_after_its_index_is_built() {
    let mut f = fixture();
    // More voters than are indexed in the import's own transaction.
    let rows = scrutineer_core::roll::INDEX_AT_ONCE as usize + 5_000;
    let roll = f.file("roll.csv", &roll_csv(rows));
    assert_eq!(f.e.import_roll("T", &roll).unwrap().imported, rows as u64);
    assert_eq!(f.e.search_index_pending().unwrap(), rows as u64);
    // The index holds exactly the voters it says it holds (none yet).
    f.check_index();
    // The roll digest summed while inserting is the one read from the table.
    let audit = f.e.verify_audit().unwrap();
    assert!(audit.ok, "{:?}", audit.problems);
    let everyone = f.all("T");
    let searches = [
        "Петров",
        "петров",
        "o'brien",
        "VOTER2499",
        "ñez",
        "ab",
        "nobody",
    ];
    let answers = |f: &Fixture| -> Vec<(u64, Vec<Voter>)> {
        searches
            .iter()
            .map(|s| f.page("T", Some(s), 0, 40))
            .collect()
    };
    let pending = answers(&f);
    for (s, (total, page)) in searches.iter().zip(&pending) {
        let want = scan(&everyone, s);
        assert_eq!(*total, want.len() as u64, "{s} before the index is built");
        assert_eq!(
            page.iter().collect::<Vec<_>>(),
            want[..want.len().min(40)],
            "{s}"
        );
    }
    // Built in batches, on a thread with its own connection, as the window
    // does; then the same answers, from the index.
    let built = f.e.build_search_index_in_background().join().unwrap();
    assert_eq!(built.unwrap(), rows as u64);
    assert_eq!(f.e.search_index_pending().unwrap(), 0);
    f.check_index();
    assert_eq!(answers(&f), pending);
    // Half indexed: a second import waits, a voter added by hand on top of
    // it waits too; removing the newest indexed voter and adding one again
    // (SQLite reuses the largest id plus one) keeps the index exact.
    let more = f.file(
        "more.csv",
        &roll_csv(rows + 1_000).replace("Example.org", "example.net"),
    );
    f.e.import_roll("U", &more).unwrap();
    assert_eq!(f.e.search_index_pending().unwrap(), rows as u64 + 1_000);
    f.e.add_voter("U", "Зоя Кошкина", "zoya@example.ru", "late")
        .unwrap();
    f.e.remove_voter("U", "zoya@example.ru", "duplicate")
        .unwrap();
    f.check_index();
    f.e.build_search_index(&mut |_| true).unwrap();
    f.e.remove_voter("U", "voter25999@example.net", "left")
        .unwrap();
    f.e.add_voter("U", "Зоя Кошкина", "zoya@example.ru", "late")
        .unwrap();
    assert_eq!(
        f.e.search_index_pending().unwrap(),
        0,
        "a few are indexed at once"
    );
    assert_eq!(f.page("U", Some("кошкин"), 0, 10).0, 1);
    assert_eq!(f.page("U", Some("voter25999@"), 0, 10).0, 0);
    f.check_index();
    assert!(f.e.verify_audit().unwrap().ok);
}

fn read_export(p: &Path) -> String {
    String::from_utf8(std::fs::read(p).unwrap()).unwrap()
}

#[test]
fn exports_stream_every_script_and_read_back() {
    let mut f = fixture();
    let roll = f.file(
        "three.csv",
        "name,email,id,weight\n\
         Иван Петров,ivan@example.ru,R1,2\n\
         直哉 稲田,naoya@example.jp,,1\n\
         \"Lee, Jr.\",lee@example.org,L1,1\n\
         محمد علي,m@example.eg,E1,3\n",
    );
    assert_eq!(f.e.import_roll("T", &roll).unwrap().imported, 4);
    let out = f.dir.path().join("out.csv");
    assert_eq!(f.e.export_roll("T", RollFormat::Csv, &out).unwrap(), 4);
    assert_eq!(
        read_export(&out),
        "name,email,id,weight,membership\n\
         \"Lee, Jr.\",lee@example.org,L1,1,\n\
         Иван Петров,ivan@example.ru,R1,2,\n\
         محمد علي,m@example.eg,E1,3,\n\
         直哉 稲田,naoya@example.jp,,1,\n"
    );
    // The export imports back unchanged into another term.
    assert_eq!(f.e.import_roll("U", &out).unwrap().imported, 4);
    let strip = |v: Vec<Voter>| -> Vec<(String, String, Option<String>, u64)> {
        v.into_iter()
            .map(|v| (v.name, v.email, v.member_id, v.weight))
            .collect()
    };
    assert_eq!(strip(f.all("U")), strip(f.all("T")));
    // Helios and email lists.
    let helios = f.dir.path().join("helios.csv");
    assert_eq!(
        f.e.export_roll("T", RollFormat::Helios, &helios).unwrap(),
        4
    );
    assert_eq!(
        read_export(&helios),
        "password,L1,lee@example.org,\"Lee, Jr.\"\n\
         password,R1,ivan@example.ru,Иван Петров\n\
         password,E1,m@example.eg,محمد علي\n\
         password,naoya@example.jp,naoya@example.jp,直哉 稲田\n"
    );
    let emails = f.dir.path().join("emails.txt");
    assert_eq!(
        f.e.export_roll("T", RollFormat::Emails, &emails).unwrap(),
        4
    );
    assert_eq!(
        read_export(&emails),
        "lee@example.org\nivan@example.ru\nm@example.eg\nnaoya@example.jp\n"
    );
    // Nobody has voted yet: a header only.
    let voted = f.dir.path().join("voted.csv");
    assert_eq!(f.e.export_roll("T", RollFormat::Voted, &voted).unwrap(), 0);
    assert_eq!(read_export(&voted), "name,email,id,weight,membership\n");
}

#[test]
fn a_failed_export_leaves_no_file_behind() {
    let mut f = fixture();
    let roll = f.file("r.csv", &roll_csv(10));
    f.e.import_roll("T", &roll).unwrap();
    // The destination is a folder: refused before anything is written.
    let dest = f.dir.path().join("a-folder");
    std::fs::create_dir(&dest).unwrap();
    std::fs::write(dest.join("keep.txt"), "x").unwrap();
    let err = f.e.export_roll("T", RollFormat::Csv, &dest).unwrap_err();
    assert_eq!(err.code, ErrorCode::InvalidInput, "{}", err.message);
    assert!(err.message.contains("a folder"), "{}", err.message);
    assert!(err.message.contains("a-folder"), "{}", err.message);
    let left: Vec<String> = std::fs::read_dir(f.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
    // A missing folder: refused, named.
    let err =
        f.e.export_roll("T", RollFormat::Csv, &f.dir.path().join("no/such/out.csv"))
            .unwrap_err();
    assert!(err.message.contains("out.csv"), "{}", err.message);
}

/// A file whose name and email columns no synonym knows: the preview is
/// refused, `roll_columns` still gives the headers to map by hand, and with
/// that mapping the preview and the import work.
#[test]
fn columns_to_map_by_hand_then_preview_and_import() {
    let mut f = fixture();
    let p = f.file(
        "mitglieder.csv",
        "Vorname;Nachname;E-Mail-Adresse\nAnna;Schmidt;anna@example.de\nBen;Weber;kein-at\n",
    );
    let none = RollImportOptions::default();
    let e = f.e.preview_roll(&p, &none, 10).unwrap_err();
    assert_eq!(e.code, ErrorCode::BadFile, "{e:?}");
    let c = f.e.roll_columns(&p, &none).unwrap();
    assert_eq!(c.headers, ["Vorname", "Nachname", "E-Mail-Adresse"]);
    assert_eq!(c.delimiter, "semicolon");
    assert!(c.mapping.is_empty() && c.rows.is_empty() && c.good == 0);
    let mapped = RollImportOptions {
        map: vec![
            "first_name=Vorname".into(),
            "last_name=Nachname".into(),
            "email=E-Mail-Adresse".into(),
        ],
        ..RollImportOptions::default()
    };
    let c = f.e.roll_columns(&p, &mapped).unwrap();
    assert_eq!(c.mapping.len(), 3);
    let pv = f.e.preview_roll(&p, &mapped, 10).unwrap();
    assert_eq!((pv.good, pv.refused), (1, 1));
    assert_eq!(pv.rows[0].name, "Anna Schmidt");
    assert_eq!(pv.rejected[0].line, 3);
    let mut go = |_: Progress| true;
    let r =
        f.e.import_roll_with("T", &p, &mapped, false, &mut go)
            .unwrap();
    assert_eq!(r.imported, 1);
}

/// A big import into an empty roll (indexes built after the rows, voters
/// inserted many to a statement, the duplicate check on a thread of its
/// own) gives exactly what the row-by-row import into a roll that already
/// has a voter gives, and what the reader's own check previews: the same
/// voters in the same order, the same refused rows with their reasons and
/// their text as read, a roll digest that verifies.
#[test]
fn a_big_import_into_an_empty_roll_refuses_and_keeps_what_row_by_row_does() {
    let mut f = fixture();
    // 60,001 rows (not a multiple of the rows per statement), then a
    // duplicate email in other capitals, a duplicate id, a bad email.
    let mut text = roll_csv(60_001);
    text.push_str("Ann,Again,Fellow,VOTER17@example.ORG,X1\r\n");
    text.push_str("Bob,Again,Fellow,bob@example.org,V0000042\r\n");
    text.push_str("Cid,Again,Fellow,not-an-email,X2\r\n");
    let roll = f.file("roll.csv", &text);
    f.e.add_voter("U", "Someone Else", "else@example.net", "test")
        .unwrap();
    let preview =
        f.e.preview_roll(&roll, &RollImportOptions::default(), 0)
            .unwrap();
    let big = f.e.import_roll("T", &roll).unwrap();
    let by_row = f.e.import_roll("U", &roll).unwrap();
    assert_eq!(big.imported, 60_001);
    assert_eq!(big.imported, preview.good);
    assert_eq!(big.rejected.len() as u64, preview.refused);
    assert_eq!(big.rejected, by_row.rejected);
    let refused: Vec<(u64, &str, Option<&str>)> = big
        .rejected
        .iter()
        .map(|r| (r.line, r.reason.as_str(), r.row.as_deref()))
        .collect();
    assert_eq!(
        refused,
        [
            (
                60_003,
                "duplicate: the email address 'VOTER17@example.ORG' is already on line 19",
                Some("Ann,Again,Fellow,VOTER17@example.ORG,X1")
            ),
            (
                60_004,
                "duplicate: the voter id 'V0000042' is already on line 44",
                Some("Bob,Again,Fellow,bob@example.org,V0000042")
            ),
            (
                60_005,
                "'not-an-email' is not an email address: expected exactly one '@'",
                Some("Cid,Again,Fellow,not-an-email,X2")
            ),
        ]
    );
    let t = f.all("T");
    let mut u = f.all("U");
    u.retain(|v| v.email != "else@example.net");
    assert_eq!(t.len(), 60_001);
    let fields = |v: &Voter| {
        (
            v.name.clone(),
            v.email.clone(),
            v.member_id.clone(),
            v.weight,
        )
    };
    assert_eq!(
        t.iter().map(fields).collect::<Vec<_>>(),
        u.iter().map(fields).collect::<Vec<_>>()
    );
    // The ids follow the file's order.
    let c = Connection::open(&f.db).unwrap();
    let out_of_order: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM voter a JOIN voter b ON b.id = a.id + 1
             WHERE a.term_id = b.term_id AND a.member_id >= b.member_id",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(out_of_order, 0);
    let report = f.e.verify_audit().unwrap();
    assert!(report.ok, "{report:?}");
}
