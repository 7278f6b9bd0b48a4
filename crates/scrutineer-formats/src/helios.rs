//! A Helios election result, as Helios publishes it: two JSON documents.
//!
//! * The election (`GET /helios/elections/<uuid>`, saved as
//!   `election.json`): an object with `name` and `questions`, each question
//!   with its `answers` (the candidates, in ballot order), `question`,
//!   `choice_type`, `min`, `max`, `result_type`, `tally_type`.
//! * The result (`GET /helios/elections/<uuid>/result`, saved as
//!   `result.json`): a list per question of the counts per answer, in answer
//!   order: `[[45, 44, 33, ...]]` (helios-server `Election.result`, set when
//!   the tally is released).
//!
//! Reading rules, declared:
//!
//! * Given a folder, it must hold `election.json` and `result.json`. Given a
//!   file named `result.json`, the election is `election.json` beside it.
//!   Given the election JSON `<stem>.json`, the result is the first of
//!   `result.json`, `<stem>-result.json`, `<stem>.result.json` beside it.
//! * The first question is read (a Helios board election asks it first);
//!   when there are more, the title says which question the totals are
//!   ("question 1 of 3: ..."), so nothing is hidden. [`read_helios_question`]
//!   reads any other.
//! * The result must have a list for every question and a count for every
//!   answer of it; counts are whole numbers up to 2^63 − 1. An answer that
//!   appears twice is refused (the totals would be ambiguous).
//! * Helios publishes no count of ballots cast in these two documents, so
//!   `ballots` is `None`.
//! * The SHA-256 covers the election JSON's text followed by the result's (each
//!   as read: UTF-8, less any byte-order mark).

use crate::input::read_small_text;
use crate::{Format, FormatError, Totals, MAX_JSON};
use scrutineer_i18n::Msg;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Read the first question's totals from a Helios election and result.
pub fn read_helios(path: &Path) -> Result<Totals, FormatError> {
    read_helios_question(path, 0)
}

/// The election and result files for `path` (see the module's rules).
fn locate(path: &Path) -> Result<(PathBuf, PathBuf), FormatError> {
    let name = path.display().to_string();
    if path.is_dir() {
        return Ok((path.join("election.json"), path.join("result.json")));
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if file_name == "result.json" {
        return Ok((dir.join("election.json"), path.to_path_buf()));
    }
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let candidates = [
        dir.join("result.json"),
        dir.join(format!("{stem}-result.json")),
        dir.join(format!("{stem}.result.json")),
    ];
    match candidates.into_iter().find(|p| p.is_file()) {
        Some(r) => Ok((path.to_path_buf(), r)),
        None => Err(FormatError::msg(
            &name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-helios-no-result").arg("stem", stem.to_string()),
        )),
    }
}

fn json_error(name: &str, e: &serde_json::Error) -> FormatError {
    FormatError::msg(
        name,
        Some(e.line() as u64),
        Some(e.column().to_string()),
        scrutineer_i18n::Msg::new("err-json-unreadable").arg("detail", e.to_string()),
    )
}

/// Read question `q` (0-based) of a Helios election and result.
pub fn read_helios_question(path: &Path, q: usize) -> Result<Totals, FormatError> {
    let (election_path, result_path) = locate(path)?;
    let ename = election_path.display().to_string();
    let rname = result_path.display().to_string();
    let etext = read_small_text(&election_path, MAX_JSON)?;
    let rtext = read_small_text(&result_path, MAX_JSON)?;
    let election: Value = serde_json::from_str(&etext).map_err(|e| json_error(&ename, &e))?;
    let result: Value = serde_json::from_str(&rtext).map_err(|e| json_error(&rname, &e))?;
    let bad = |name: &str, msg: Msg| FormatError::msg(name, None, None, msg);
    let questions = election
        .get("questions")
        .and_then(Value::as_array)
        .ok_or_else(|| bad(&ename, Msg::new("err-helios-not-election")))?;
    let nq = questions.len();
    let question = questions.get(q).ok_or_else(|| {
        bad(
            &ename,
            Msg::new("err-helios-no-question")
                .arg("questions", nq)
                .arg("question", (q + 1).to_string()),
        )
    })?;
    let answers = question
        .get("answers")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            bad(
                &ename,
                Msg::new("err-helios-no-answers").arg("question", (q + 1).to_string()),
            )
        })?;
    let mut candidates: Vec<String> = Vec::with_capacity(answers.len());
    for (i, a) in answers.iter().enumerate() {
        let Some(s) = a.as_str().map(str::trim).filter(|s| !s.is_empty()) else {
            return Err(bad(
                &ename,
                Msg::new("err-helios-answer-not-name")
                    .arg("answer", (i + 1).to_string())
                    .arg("question", (q + 1).to_string()),
            ));
        };
        if candidates.iter().any(|c| c == s) {
            return Err(bad(
                &ename,
                Msg::new("err-helios-answer-twice")
                    .arg("name", s.to_string())
                    .arg("question", (q + 1).to_string()),
            ));
        }
        candidates.push(s.to_string());
    }
    let per_question = result
        .as_array()
        .ok_or_else(|| bad(&rname, Msg::new("err-helios-not-result")))?;
    if per_question.len() != nq {
        return Err(bad(
            &rname,
            Msg::new("err-helios-result-questions")
                .arg("lists", per_question.len())
                .arg("questions", nq),
        ));
    }
    let counts = per_question
        .get(q)
        .and_then(Value::as_array)
        .ok_or_else(|| {
            bad(
                &rname,
                Msg::new("err-helios-counts-not-list").arg("question", (q + 1).to_string()),
            )
        })?;
    if counts.len() != candidates.len() {
        return Err(bad(
            &rname,
            Msg::new("err-helios-counts-differ")
                .arg("question", (q + 1).to_string())
                .arg("answers", candidates.len().to_string())
                .arg("counts", counts.len().to_string()),
        ));
    }
    let mut votes = Vec::with_capacity(counts.len());
    let mut sum: u64 = 0;
    for (i, c) in counts.iter().enumerate() {
        let n = c
            .as_u64()
            .filter(|&n| n <= i64::MAX as u64)
            .ok_or_else(|| {
                bad(
                    &rname,
                    Msg::new("err-helios-count")
                        .arg("name", candidates.get(i).map(String::as_str).unwrap_or("?"))
                        .arg("question", (q + 1).to_string())
                        .arg("answer", (i + 1).to_string())
                        .arg("found", c.to_string())
                        .arg("max", i64::MAX.to_string()),
                )
            })?;
        sum = sum
            .checked_add(n)
            .filter(|&s| s <= i64::MAX as u64)
            .ok_or_else(|| bad(&rname, Msg::new("err-helios-sum-too-large")))?;
        votes.push(n);
    }
    let ename_title = election.get("name").and_then(Value::as_str).map(str::trim);
    let qtext = question
        .get("question")
        .and_then(Value::as_str)
        .map(str::trim);
    let title = match (ename_title, nq) {
        (Some(n), 1) => Some(n.to_string()),
        (n, _) => Some(format!(
            "{}question {} of {nq}{}",
            n.map(|n| format!("{n}, ")).unwrap_or_default(),
            q + 1,
            qtext.map(|t| format!(": {t}")).unwrap_or_default()
        )),
    };
    let mut h = Sha256::new();
    h.update(etext.as_bytes());
    h.update(rtext.as_bytes());
    let sha256 = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok(Totals {
        candidates,
        votes,
        ballots: None,
        sha256,
        format: Format::Helios,
        title,
    })
}
