//! The harness shared by the CLI's integration tests (each `tests/*.rs` of
//! the scrutineer-cli package says `mod common;`): an election file in a
//! temporary folder and the `scrutineer` binary run against it, with a
//! deadline, so a command that blocks fails its test instead of hanging CI.
//!
//! Not every test file uses every helper.
#![allow(dead_code)]

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
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("election.db");
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

    /// `scrutineer --db FILE ARGS`, with the environment cleared of the
    /// variables that would change which file or how long it waits.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_scrutineer"));
        c.arg("--db")
            .arg(&self.path)
            .args(args)
            .env_remove("SCRUTINEER_DB")
            .env_remove("SCRUTINEER_BUSY_TIMEOUT_MS");
        for (k, v) in &self.envs {
            c.env(k, v);
        }
        c
    }

    /// Run, with the deadline.
    pub fn run(&self, args: &[&str]) -> Output {
        let child = self
            .cmd(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        finish_within(child, DEADLINE, args)
    }

    /// Run, require success, return stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(
            o.status.success(),
            "scrutineer {args:?} failed:\n{}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }

    /// Run, require success, parse stdout as JSON.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.ok(args);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}\n{out}"))
    }

    /// Run, require exit status 1 and no panic, return stderr.
    pub fn fails(&self, args: &[&str]) -> String {
        let o = self.run(args);
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert_eq!(
            o.status.code(),
            Some(1),
            "scrutineer {args:?} should be refused: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
        err
    }
}
