//! Issue 8, part B, through the `scrutineer` binary: outputs never destroy
//! inputs, inputs never block or swallow memory, a closed pipe never panics,
//! a second writer waits and then says plainly who holds the file, and every
//! field is validated the same way whichever command sets it. (Part of the
//! scrutineer-cli package; see its Cargo.toml.) Each test is named after the
//! finding it pins down.

mod common;
use common::{finish_within, s, scrutineer_fails, scrutineer_ok, Db};
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

impl Db {
    /// A counted approval term "T" with two nominees and three ballots (a
    /// secrecy threshold of 1, so the small batch imports).
    fn counted(&self, seats: &str) -> &Db {
        self.ok(&[
            "term",
            "create",
            "T",
            "--seats",
            seats,
            "--method",
            "approval",
            "--secrecy-min",
            "1",
        ]);
        self.ok(&["nominee", "add", "T", "--name", "Ann"]);
        self.ok(&["nominee", "add", "T", "--name", "Bob"]);
        let b = self.file("ballots.csv", b"Ann,Bob\nx,\nx,x\n,x\n");
        self.ok(&["ballots", "import", "T", s(&b)]);
        self.ok(&["tally", "T"]);
        self
    }
}

#[cfg(unix)]
fn mkfifo(p: &Path) {
    let st = Command::new("mkfifo").arg(p).status().unwrap();
    assert!(st.success());
}

#[test]
fn finding_1_out_is_the_election_file_is_refused() {
    let db = Db::new();
    db.counted("1");
    let before = db.bytes();
    let dbp = s(&db.path).to_string();
    for args in [
        vec!["results", "export", "T", "--out", &dbp],
        vec!["certificate", "T", "--out", &dbp],
        vec!["roll", "export", "T", "--format", "csv", "--out", &dbp],
    ] {
        let err = db.fails(&args);
        assert!(err.contains("is the election file"), "{args:?}: {err}");
        assert!(err.contains("nothing was written"), "{err}");
    }
    // Its -wal and -shm, by another spelling of the folder.
    let dotted = db.out(".").join("election.db-wal");
    let err = db.fails(&["results", "export", "T", "--out", s(&dotted)]);
    assert!(err.contains("write-ahead log"), "{err}");
    let shm = format!("{dbp}-shm");
    let err = db.fails(&["certificate", "T", "--out", &shm]);
    assert!(err.contains("shared-memory"), "{err}");
    // A symlink and a hard link to it.
    #[cfg(unix)]
    {
        let link = db.out("results.csv");
        std::os::unix::fs::symlink(&db.path, &link).unwrap();
        let err = db.fails(&["results", "export", "T", "--out", s(&link)]);
        assert!(err.contains("is the election file"), "{err}");
    }
    let hard = db.out("hard.pdf");
    std::fs::hard_link(&db.path, &hard).unwrap();
    db.fails(&["certificate", "T", "--out", s(&hard)]);
    assert_eq!(db.bytes(), before, "the election file changed");
    // Not regular files: a device, a folder, a FIFO.
    #[cfg(unix)]
    {
        let err = db.fails(&["results", "export", "T", "--out", "/dev/null"]);
        assert!(err.contains("/dev/null: is a device"), "{err}");
        let fifo = db.out("pipe");
        mkfifo(&fifo);
        let err = db.fails(&[
            "roll",
            "export",
            "T",
            "--format",
            "emails",
            "--out",
            s(&fifo),
        ]);
        assert!(err.contains("named pipe"), "{err}");
    }
    let err = db.fails(&["certificate", "T", "--out", s(db.dir())]);
    assert!(err.contains("is a folder"), "{err}");
    // And an ordinary file is still written, and replaced.
    let out = db.out("r.csv");
    std::fs::write(&out, "old").unwrap();
    db.ok(&["results", "export", "T", "--out", s(&out)]);
    assert!(std::fs::read_to_string(&out).unwrap().contains("Ann"));
    assert!(db.ok(&["term", "show", "T"]).contains("counted"));
}

#[cfg(unix)]
#[test]
fn finding_3_inputs_never_block_or_swallow_memory() {
    let db = Db::with_term("T");
    let fifo = db.out("fifo");
    mkfifo(&fifo);
    let sparse = db.out("sparse.csv");
    std::fs::File::create(&sparse)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    let readers: Vec<Vec<&str>> = vec![
        vec!["roll", "voted", "T"],
        vec!["roll", "import", "T"],
        vec!["roll", "preview"],
        vec!["roll", "diff", "T"],
        vec!["nominee", "add", "T", "--name", "Ann", "--statement"],
    ];
    for r in &readers {
        for (input, expect) in [
            (s(&fifo), "named pipe"),
            ("/dev/zero", "is a device"),
            (s(&sparse), ""),
        ] {
            let mut args = r.clone();
            args.push(input);
            // No timing assertion (speed belongs in benchmarks), but the
            // deadline of `run` fails a reader that blocks on the FIFO.
            let err = db.fails(&args);
            assert!(err.contains(input), "{args:?}: {err}");
            if expect.is_empty() {
                assert!(
                    err.contains("NUL") || err.contains("larger than") || err.contains("binary"),
                    "{args:?}: {err}"
                );
            } else {
                assert!(err.contains(expect), "{args:?}: {err}");
            }
        }
    }
    // A statement over the limit is refused naming it; a good one is kept.
    let big = db.file("big.txt", "word ".repeat(40_000).as_bytes());
    let err = db.fails(&[
        "nominee",
        "add",
        "T",
        "--name",
        "Ann",
        "--statement",
        s(&big),
    ]);
    assert!(err.contains("larger than 128 KiB"), "{err}");
    let good = db.file("good.txt", "I will serve.\r\nThank you.\n".as_bytes());
    db.ok(&[
        "nominee",
        "add",
        "T",
        "--name",
        "Ann",
        "--statement",
        s(&good),
    ]);
    let list = db.ok(&["nominee", "list", "T", "--json"]);
    assert!(list.contains("I will serve.\\nThank you."), "{list}");
}

#[test]
fn finding_4_a_closed_pipe_ends_quietly() {
    let db = Db::with_term("T");
    let roll: String = std::iter::once("name,email\n".to_string())
        .chain((0..3000).map(|i| format!("Voter {i},v{i}@example.org\n")))
        .collect();
    let f = db.file("roll.csv", roll.as_bytes());
    db.ok(&["roll", "import", "T", s(&f)]);
    // The reader is gone before the first byte is written (like `| head -c
    // 10` after its ten bytes); and one that reads a little, then goes.
    for args in [
        vec!["audit", "log"],
        vec!["audit", "log", "--json"],
        vec!["roll", "list", "T", "--limit", "1000"],
        vec!["term", "list", "--json"],
    ] {
        for read_first in [0usize, 10] {
            let mut child = db
                .cmd(&args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let mut out = child.stdout.take().unwrap();
            if read_first > 0 {
                let mut buf = vec![0u8; read_first];
                out.read_exact(&mut buf).unwrap();
            }
            drop(out);
            let o = finish_within(child, Duration::from_secs(20), &args);
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(!err.contains("panicked"), "{args:?}: {err}");
            assert!(err.is_empty(), "{args:?}: {err}");
            assert_eq!(o.status.code(), Some(0), "{args:?}: {err}");
        }
    }
}

#[test]
fn finding_5_a_second_writer_waits_then_says_the_file_is_in_use() {
    let db = Db::with_term("T");
    let holder = rusqlite::Connection::open(&db.path).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let add = [
        "roll",
        "add",
        "T",
        "--name",
        "Ann",
        "--email",
        "ann@example.org",
        "--reason",
        "late",
    ];
    let o = db
        .cmd(&add)
        .env("SCRUTINEER_BUSY_TIMEOUT_MS", "300")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains("Waiting for the election file: another program (perhaps the Scrutineer window) is using it"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "The election file {} is in use by another program (perhaps the Scrutineer window); close it or try again.",
            db.path.display()
        )),
        "{err}"
    );
    // The holder finishes well within the timeout: the writes go through,
    // also those that read before they write (a term name's uniqueness).
    let create = [
        "term", "create", "U", "--seats", "1", "--method", "approval",
    ];
    let spawn = |args: &[&str]| {
        db.cmd(args)
            .env("SCRUTINEER_BUSY_TIMEOUT_MS", "20000")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let children = [spawn(&add), spawn(&create)];
    std::thread::sleep(Duration::from_millis(500));
    holder.execute_batch("COMMIT").unwrap();
    for child in children {
        let o = finish_within(child, Duration::from_secs(30), &add);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{err}");
        assert!(err.contains("Waiting for the election file"), "{err}");
    }
    assert!(db.ok(&["roll", "list", "T"]).contains("ann@example.org"));
    assert!(db.ok(&["term", "list"]).contains("U\t"));
}

#[test]
fn finding_5_window_and_cli_writing_alternately_keep_the_file_whole() {
    let db = Db::with_term("T");
    // The window's connection stays open all along, as the app's does.
    let mut window = scrutineer_core::Election::open(&db.path).unwrap();
    for i in 0..5 {
        window
            .add_voter(
                "T",
                &format!("W{i}"),
                &format!("w{i}@example.org"),
                "window",
            )
            .unwrap();
        db.ok(&[
            "roll",
            "add",
            "T",
            "--name",
            &format!("C{i}"),
            "--email",
            &format!("c{i}@example.org"),
            "--reason",
            "cli",
        ]);
    }
    let page = window
        .voters(
            "T",
            &scrutineer_core::VoterQuery {
                search: None,
                offset: 0,
                limit: 100,
            },
        )
        .unwrap();
    assert_eq!(page.total, 10);
    assert!(window.verify_audit().unwrap().ok);
    drop(window);
    let c = rusqlite::Connection::open(&db.path).unwrap();
    let check: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    assert!(db.ok(&["audit", "verify"]).contains("intact"));
}

#[test]
fn finding_6_every_field_is_validated_the_same_way() {
    let db = Db::with_term("T");
    let add = |name: &str| {
        db.fails(&[
            "roll",
            "add",
            "T",
            "--name",
            name,
            "--email",
            "x@example.org",
            "--reason",
            "r",
        ])
    };
    let err = add("Ann\u{1b}[2J");
    assert!(
        err.contains("the voter's name contains a control character (U+001B ESCAPE) at position 4"),
        "{err}"
    );
    let err = add(&"x".repeat(10_000));
    assert!(err.contains("at most 200"), "{err}");
    let err = add("A\u{200B}nn");
    assert!(
        err.contains("an invisible character (U+200B ZERO WIDTH SPACE) at position 2"),
        "{err}"
    );
    let err = add("Ann\u{202E}htimS");
    assert!(err.contains("U+202E RIGHT-TO-LEFT OVERRIDE"), "{err}");
    // The roll file refuses the same names, row by row, with the same words.
    let f = db.file(
        "roll.csv",
        "name,email\nA\u{200B}nn,a@example.org\nBob,b@example.org\n".as_bytes(),
    );
    let out = db.ok(&["roll", "import", "T", s(&f)]);
    assert!(out.contains("Imported 1 voter from"), "{out}");
    assert!(
        out.contains("line 2: the voter's name contains an invisible character (U+200B ZERO WIDTH SPACE) at position 2"),
        "{out}"
    );
    // Names in any script survive, normalised to NFC.
    db.ok(&[
        "roll",
        "add",
        "T",
        "--name",
        "Jose\u{301} Ξένια 稲田",
        "--email",
        "j@example.org",
        "--reason",
        "r",
    ]);
    assert!(db.ok(&["roll", "list", "T"]).contains("José Ξένια 稲田"));
    // Organisation, term and nominee names, reasons.
    let err = db.fails(&[
        "term",
        "create",
        "U",
        "--seats",
        "1",
        "--method",
        "approval",
        "--organisation",
        &"o".repeat(10_000),
    ]);
    assert!(
        err.contains("the organisation is 10000 characters long; at most 200"),
        "{err}"
    );
    let err = db.fails(&[
        "term",
        "create",
        "U",
        "--seats",
        "1",
        "--method",
        "approval",
        "--organisation",
        "A\u{7}B",
    ]);
    assert!(err.contains("U+0007 BELL"), "{err}");
    let err = db.fails(&["nominee", "add", "T", "--name", "\u{FEFF}Ann"]);
    assert!(
        err.contains("nominee's name contains an invisible character"),
        "{err}"
    );
    db.ok(&["nominee", "add", "T", "--name", "Ann"]);
    let err = db.fails(&[
        "nominee",
        "withdraw",
        "T",
        "Ann",
        "--reason",
        "ill\u{1b}]0;x",
    ]);
    assert!(
        err.contains("the reason contains a control character"),
        "{err}"
    );
    // Numbers in words, also past any integer type.
    for n in ["4294967295", "18446744073709551616", "10001"] {
        let o = db.run(&["term", "create", "U", "--seats", n, "--method", "approval"]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success());
        assert!(
            err.contains(&format!("{n} is not a number of seats (at most 10000)")),
            "{err}"
        );
    }
    // A missing --db folder is not created behind the user's back.
    let missing = db.out("no/such/dir/e.db");
    let err = scrutineer_fails(&["--db", s(&missing), "term", "list"]);
    assert!(
        err.contains(&format!(
            "the folder {} does not exist; create it first, or pass --create-dirs",
            missing.parent().unwrap().display()
        )),
        "{err}"
    );
    assert!(!db.out("no").exists());
    scrutineer_ok(&["--db", s(&missing), "--create-dirs", "term", "list"]);
    assert!(missing.exists());
}

#[test]
fn finding_6_stored_escapes_from_older_files_are_printed_escaped() {
    let db = Db::with_term("T");
    db.ok(&[
        "roll",
        "add",
        "T",
        "--name",
        "Ann",
        "--email",
        "ann@example.org",
        "--reason",
        "r",
    ]);
    // An older Scrutineer stored what is refused now.
    let c = rusqlite::Connection::open(&db.path).unwrap();
    c.execute(
        "UPDATE voter SET name = 'Ann\u{1b}[2J\u{202E}x' WHERE email = 'ann@example.org'",
        [],
    )
    .unwrap();
    drop(c);
    let out = db.ok(&["roll", "list", "T"]);
    assert!(
        !out.contains('\u{1b}') && !out.contains('\u{202E}'),
        "{out:?}"
    );
    assert!(out.contains("Ann\\u{1b}[2J\\u{202e}x"), "{out}");
}

#[test]
fn finding_6_more_seats_than_nominees_warns_at_count_time() {
    let db = Db::new();
    db.counted("3");
    let out = db.ok(&["tally", "T"]);
    assert!(
        out.contains(
            "Warning: There are 3 seats but only 2 standing nominees, so at least 1 seat stays empty."
        ),
        "{out}"
    );
    let db = Db::new();
    db.counted("2");
    assert!(!db.ok(&["tally", "T"]).contains("Warning: There are"));
}
