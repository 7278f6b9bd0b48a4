//! The harness shared by the CLI's integration tests (each `tests/*.rs` of
//! the scrutineer-cli package says `mod common;`): an election file in a
//! temporary folder and the `scrutineer` binary run against it, with a
//! deadline, so a command that blocks fails its test instead of hanging CI.
//!
//! Not every test file uses every helper.
#![allow(dead_code)]

pub mod nominations;

use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// How long one command may run before the test fails.
const DEADLINE: Duration = Duration::from_secs(120);

/// `shared/reference-elections/<sub>`, beside the repository or above it.
pub fn reference(sub: &str) -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in here.ancestors() {
        let d = dir.join("shared/reference-elections").join(sub);
        if d.exists() {
            return d;
        }
    }
    panic!(
        "the reference elections are missing: expected shared/reference-elections/{sub} above {}",
        here.display()
    );
}

/// `tests/fixtures/<sub>` of this repository.
pub fn fixture(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(sub)
}

/// `tests/fixtures/pep13/<file>`: the PEP 13 fixture election (12 voters,
/// 8 nominees, 10 ballots).
pub fn pep13(file: &str) -> PathBuf {
    fixture("pep13").join(file)
}

/// A path as an argument.
pub fn s(p: &Path) -> &str {
    p.to_str().expect("test paths are UTF-8")
}

/// The text of a PDF by `pdftotext -layout` (poppler-utils, installed by
/// `make test`), or `None` when pdftotext is missing.
pub fn pdf_text(pdf: &Path) -> Option<String> {
    let o = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .ok()?;
    assert!(
        o.status.success(),
        "pdftotext {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    Some(String::from_utf8(o.stdout).expect("pdftotext -enc UTF-8 writes UTF-8"))
}

/// The strings of a JSON array.
pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

/// The names of `elected_steps` in a reference election's `expected.json`,
/// flattened in order.
pub fn elected_in_order(expected: &Value) -> Value {
    Value::Array(
        expected["elected_steps"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s.as_array().unwrap().iter().cloned())
            .collect(),
    )
}

/// The text of a PDF in reading order, by `pdftotext -enc UTF-8` (required:
/// an unchecked PDF is not a checked one), without the directional marks it
/// puts around right-to-left text. Pages end with a form feed.
pub fn pdf_reading(pdf: &Path) -> String {
    let o = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed: `make test` installs it");
    assert!(
        o.status.success(),
        "pdftotext {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout)
        .expect("pdftotext -enc UTF-8 writes UTF-8")
        .replace(
            ['\u{200e}', '\u{200f}', '\u{202a}', '\u{202b}', '\u{202c}'],
            "",
        )
}

/// [`pdf_reading`], page by page (empty pages left out).
pub fn pdf_pages(pdf: &Path) -> Vec<String> {
    pdf_reading(pdf)
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// [`pdf_reading`] with each run of white space one space, so a sentence the
/// PDF wraps over two lines is found whole.
pub fn pdf_words(pdf: &Path) -> String {
    pdf_reading(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Wait for `child`, killing it and failing the test after `limit`.
pub fn finish_within(mut child: Child, limit: Duration, what: &[&str]) -> Output {
    let start = Instant::now();
    // Drain the pipes on threads so a chatty child never blocks on a full
    // pipe while we wait.
    let mut out = child.stdout.take();
    let mut err = child.stderr.take();
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(o) = out.as_mut() {
            let _ = o.read_to_end(&mut b);
        }
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(e) = err.as_mut() {
            let _ = e.read_to_end(&mut b);
        }
        b
    });
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Output {
                status,
                stdout: out_t.join().unwrap(),
                stderr: err_t.join().unwrap(),
            };
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("scrutineer {what:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// `scrutineer ARGS` with no election file (`count FILE`, `verify FOLDER`,
/// or a `--db` given in ARGS), run with the deadline.
pub fn scrutineer(args: &[&str]) -> Output {
    let mut c = bin();
    c.args(args);
    run_cmd(c, args)
}

/// [`scrutineer`], requiring success: stdout.
pub fn scrutineer_ok(args: &[&str]) -> String {
    succeeded(scrutineer(args), args)
}

/// [`scrutineer`], requiring success: stdout as JSON.
pub fn scrutineer_json(args: &[&str]) -> Value {
    parsed(scrutineer_ok(args), args)
}

/// [`scrutineer`], requiring exit status 1 and no panic: stderr.
pub fn scrutineer_fails(args: &[&str]) -> String {
    refused(scrutineer(args), args)
}

/// The binary, its environment cleared of the variables that would change
/// which file it opens, how long it waits for a busy file, who it says
/// acted, or the language it speaks (English unless a test sets `LANG`).
fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_scrutineer"));
    c.env_remove("SCRUTINEER_DB")
        .env_remove("SCRUTINEER_BUSY_TIMEOUT_MS")
        .env_remove("SCRUTINEER_OFFICER")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    c
}

/// Run `c` (whose arguments are `args`) with the deadline.
fn run_cmd(mut c: Command, args: &[&str]) -> Output {
    let child = c
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    finish_within(child, DEADLINE, args)
}

fn succeeded(o: Output, args: &[&str]) -> String {
    assert!(
        o.status.success(),
        "scrutineer {args:?} failed:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

fn parsed(out: String, args: &[&str]) -> Value {
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"))
}

/// Exit status 1 (refused by Scrutineer) or 2 (arguments clap refused).
const REFUSED: i32 = 1;
const MISUSED: i32 = 2;

fn refused(o: Output, args: &[&str]) -> String {
    exited(o, args, REFUSED)
}

fn exited(o: Output, args: &[&str], code: i32) -> String {
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(
        o.status.code(),
        Some(code),
        "scrutineer {args:?} should be refused: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    err
}

/// The PEP 13 fixture's nominees and employers (Иван Петров's spelt
/// "Acme": the cap compares employers without regard to case).
pub const PEP13_NOMINEES: [(&str, &str); 8] = [
    ("Stéphane Dupont", "ACME"),
    ("Łukasz Nowak", "ACME"),
    ("Ξένια Παππά", "ACME"),
    ("Иван Петров", "Acme"), // same employer, other spelling
    ("稲田直哉", "Globex"),
    ("Alice Smith", "Initech"),
    ("Bob Jones", ""),
    ("Carol White", "Globex"),
];

/// An election file in its own temporary folder.
pub struct Db {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    envs: Vec<(String, String)>,
}

impl Default for Db {
    fn default() -> Self {
        Db::new()
    }
}

impl Db {
    /// A new, not yet created, election file `election.db`.
    pub fn new() -> Db {
        Db::named("election.db")
    }

    /// A new, not yet created, election file `name` (such as
    /// `board.scrutineer`).
    pub fn named(name: &str) -> Db {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        Db {
            dir,
            path,
            envs: Vec::new(),
        }
    }

    /// Every command run on this file gets `key=value` in its environment.
    pub fn with_env(mut self, key: &str, value: &str) -> Db {
        self.envs.push((key.into(), value.into()));
        self
    }

    /// The temporary folder.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Write `bytes` to `name` in the folder and return its path.
    pub fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// A path in the folder, for an output.
    pub fn out(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The election file's bytes.
    pub fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.path).unwrap()
    }

    /// `scrutineer --db FILE ARGS` with this file's environment (not yet
    /// run: for a test that runs it its own way).
    pub fn cmd(&self, args: &[&str]) -> Command {
        self.cmd_at(&self.path, args)
    }

    fn cmd_at(&self, file: &Path, args: &[&str]) -> Command {
        let mut c = bin();
        c.arg("--db").arg(file).args(args);
        for (k, v) in &self.envs {
            c.env(k, v);
        }
        c
    }

    /// Run, with the deadline.
    pub fn run(&self, args: &[&str]) -> Output {
        run_cmd(self.cmd(args), args)
    }

    /// Run on another election file (a copy of this one, say), with this
    /// one's environment.
    pub fn at(&self, file: &Path, args: &[&str]) -> Output {
        run_cmd(self.cmd_at(file, args), args)
    }

    /// Run, require success, return stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        succeeded(self.run(args), args)
    }

    /// Run, require success, parse stdout as JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        parsed(self.ok(args), args)
    }

    /// Run, require exit status 1 and no panic, return stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        refused(self.run(args), args)
    }

    /// A new election file with the approval term `name` (1 seat).
    pub fn with_term(name: &str) -> Db {
        let db = Db::new();
        db.approval_term(name);
        db
    }

    /// `term create NAME --seats 1 --method approval`: stdout.
    pub fn approval_term(&self, name: &str) -> String {
        self.ok(&[
            "term", "create", name, "--seats", "1", "--method", "approval",
        ])
    }

    /// Run, require the exit status 2 of arguments refused before anything
    /// runs (a required option missing), return stderr.
    pub fn misused(&self, args: &[&str]) -> String {
        exited(self.run(args), args, MISUSED)
    }

    /// `nominee add TERM --name NAME --employer EMPLOYER` for each pair (no
    /// `--employer` where it is empty).
    pub fn add_nominees(&self, term: &str, nominees: &[(&str, &str)]) {
        for (name, employer) in nominees {
            let mut args = vec!["nominee", "add", term, "--name", name];
            if !employer.is_empty() {
                args.extend(["--employer", employer]);
            }
            self.ok(&args);
        }
    }

    /// `term create NAME`: 5 seats, approval, at most 2 winners per employer
    /// (the rules of PEP 13), then `extra`.
    pub fn capped_term(&self, name: &str, extra: &[&str]) {
        let args = [
            "term",
            "create",
            name,
            "--seats",
            "5",
            "--method",
            "approval",
            "--max-per-employer",
            "2",
        ];
        self.ok(&[&args, extra].concat());
    }

    /// The term "Calton 2007" (3 seats, Scottish STV) with the candidates of
    /// Glasgow's Calton ward in 2007, ready for its published ballots: the
    /// BLT file and its official result (`expected.json`).
    pub fn calton_2007_term(&self) -> (PathBuf, Value) {
        let ward = reference("scotland-2007/Calton-2007.blt");
        let text = std::fs::read_to_string(ward.with_extension("expected.json")).unwrap();
        let expected: Value = serde_json::from_str(&text).unwrap();
        self.ok(&[
            "term",
            "create",
            "Calton 2007",
            "--seats",
            "3",
            "--method",
            "stv-scottish",
        ]);
        for name in expected["final_votes"].as_object().unwrap().keys() {
            self.ok(&["nominee", "add", "Calton 2007", "--name", name]);
        }
        (ward, expected)
    }

    /// The PEP 13 term "2020 term" of the Python Software Foundation (5
    /// seats, approval, at most 2 winners per employer) with its roll of 12
    /// and [`PEP13_NOMINEES`], ready for ballots.
    pub fn pep13_term(&self) {
        self.capped_term(
            "2020 term",
            &["--organisation", "Python Software Foundation"],
        );
        let roll = self.json(&[
            "roll",
            "import",
            "2020 term",
            s(&pep13("roll.csv")),
            "--json",
        ]);
        assert_eq!(roll["imported"], 12, "{roll}");
        self.add_nominees("2020 term", &PEP13_NOMINEES);
    }

    /// [`Db::pep13_term`] with its 10 ballots, counted: Ξένια Παππά and Иван
    /// Петров are disqualified by the cap of 2 per employer.
    pub fn pep13_counted(&self) {
        self.pep13_term();
        self.ok(&["ballots", "import", "2020 term", s(&pep13("ballots.csv"))]);
        self.ok(&["tally", "2020 term"]);
    }
}
