//! Batch counter for the differential test (tests/differential/).
//!
//! Reads JSON lines on stdin, one count per line:
//!
//! ```json
//! {"method": "star", "seats": 1, "profile": {"candidates": ["A", "B"],
//!  "ballots": [{"weight": 1, "marks": {"scores": [[0, 5], [1, 2]]}}]}}
//! ```
//!
//! and writes one JSON line per input line on stdout: the [`Outcome`], or
//! `{"error": "..."}` when the line is not a valid request or the count is
//! refused. Optional request fields: `seed` (tie-break seed text) and
//! `ballot_hash`. This skips the ballot-file parser, so thousands of profiles
//! can be counted in one process.

use scrutineer_count::{count, Method, Profile, Rules};
use serde::Deserialize;
use std::io::{BufRead, BufWriter, Write};

#[derive(Deserialize)]
struct Request {
    method: Method,
    seats: usize,
    profile: Profile,
    #[serde(default)]
    seed: String,
    #[serde(default)]
    ballot_hash: String,
}

fn answer(line: &str) -> serde_json::Value {
    let req: Request = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => return serde_json::json!({ "error": format!("bad request: {e}") }),
    };
    let mut rules = Rules::new(req.seats);
    rules.seed = req.seed;
    rules.ballot_hash = req.ballot_hash;
    match count(req.method, &req.profile, &rules) {
        Ok(o) => serde_json::to_value(&o)
            .unwrap_or_else(|e| serde_json::json!({ "error": format!("cannot serialise: {e}") })),
        Err(e) => serde_json::json!({ "error": e.to_string() }),
    }
}

fn main() -> std::process::ExitCode {
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (i, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("stdin line {}: cannot read: {e}", i + 1);
                return std::process::ExitCode::FAILURE;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        if writeln!(out, "{}", answer(&line)).is_err() {
            return std::process::ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return std::process::ExitCode::FAILURE;
    }
    std::process::ExitCode::SUCCESS
}
