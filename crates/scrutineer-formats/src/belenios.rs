//! Belenios ballots of a non-homomorphic (ranked) question, one JSON ballot
//! per line, with the election's JSON beside them for the answers' names.
//!
//! ```text
//! election.json    {"name": ..., "questions": [{"type": "NonHomomorphic",
//!                   "value": {"answers": ["Ann", "Bob", "Cy"], ...}}]}
//! ballots.jsonl    [[2,1,3]]       <- one line per ballot: a list per
//!                  [[1,3,2]]          question of a rank per answer
//! ```
//!
//! What was read and what was inferred (glondu/belenios at 47e0c82): a
//! non-homomorphic question's choice is `[[r1, ..., rn]]`, one small integer
//! per answer, and the decrypted result is the list of those vectors
//! (doc/specification.tex); `belenios-tool method stv` reads them as ranks
//! (checked on tests/tool/demo-stv.sh: ordering each vote's answers by rank
//! gives exactly the reference's processed ballots). **Inferred**: 1 is the
//! most preferred, equal numbers rank equally, and 0 leaves the answer
//! unranked (below every ranked answer, as Belenios's Condorcet and STV
//! treat a blank rank); negative ranks are refused.
//!
//! Reading rules, declared:
//!
//! * The election is `election.json` beside the ballots file (the name
//!   Belenios gives it). It must have exactly one question, of type
//!   `NonHomomorphic` (a homomorphic question's ballots are never
//!   published, only its counts).
//! * Each non-blank line is one ballot: a list holding one list of as many
//!   integers as there are answers. Anything else is refused with its line.
//! * Lines are capped like every text format; identical ballots are merged
//!   as they are read.

use crate::input::{beside, read_small_text};
use crate::{grid, read_error, BallotFile, Format, FormatError, MAX_JSON};
use scrutineer_count::{Ballot, BallotKind, Profile};
use scrutineer_i18n::Msg;
use serde_json::Value;
use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

/// The answers of a Belenios election's one ranked question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BeleniosElection {
    pub title: Option<String>,
    pub answers: Vec<String>,
}

/// Read `election.json` beside the ballots at `path`.
pub fn find_election(path: &Path) -> Result<BeleniosElection, FormatError> {
    let e = beside(path, "election.json");
    if !e.is_file() {
        return Err(FormatError::msg(
            &path.display().to_string(),
            None,
            None,
            scrutineer_i18n::Msg::new("err-belenios-no-election"),
        ));
    }
    read_election(&e)
}

/// Read a Belenios election JSON (see the module's rules).
pub fn read_election(path: &Path) -> Result<BeleniosElection, FormatError> {
    let name = path.display().to_string();
    let text = read_small_text(path, MAX_JSON)?;
    let v: Value = serde_json::from_str(&text).map_err(|e| {
        FormatError::msg(
            &name,
            Some(e.line() as u64),
            Some(e.column().to_string()),
            scrutineer_i18n::Msg::new("err-json-unreadable").arg("detail", e.to_string()),
        )
    })?;
    let bad = |m: Msg| FormatError::msg(&name, None, None, m);
    let questions = v
        .get("questions")
        .and_then(Value::as_array)
        .ok_or_else(|| bad(Msg::new("err-belenios-not-election")))?;
    let [q] = questions.as_slice() else {
        return Err(bad(
            Msg::new("err-belenios-questions").arg("questions", questions.len())
        ));
    };
    if q.get("type").and_then(Value::as_str) != Some("NonHomomorphic") {
        return Err(bad(Msg::new("err-belenios-not-ranked")));
    }
    let answers = q
        .get("value")
        .and_then(|v| v.get("answers"))
        .and_then(Value::as_array)
        .ok_or_else(|| bad(Msg::new("err-belenios-no-answers-field")))?;
    let mut out: Vec<String> = Vec::new();
    for (i, a) in answers.iter().enumerate() {
        let s = a.as_str().map(str::trim).unwrap_or_default();
        if s.is_empty() || out.iter().any(|o| o == s) {
            return Err(bad(
                Msg::new("err-belenios-answer-repeated").arg("answer", (i + 1).to_string())
            ));
        }
        out.push(s.to_string());
    }
    if out.is_empty() {
        return Err(bad(Msg::new("err-belenios-no-answers")));
    }
    Ok(BeleniosElection {
        title: v.get("name").and_then(Value::as_str).map(str::to_string),
        answers: out,
    })
}

/// Read Belenios ballots (one JSON line each) for `election`; `sha256` is
/// left empty for the caller.
pub fn read_belenios_stream<R: BufRead>(
    name: &str,
    mut input: R,
    election: &BeleniosElection,
) -> Result<BallotFile, FormatError> {
    let n = election.answers.len();
    let mut profile = Profile::new(election.answers.clone());
    let mut index: HashMap<Box<[usize]>, usize> = HashMap::new();
    let mut line = String::new();
    let mut ln: u64 = 0;
    let mut count: u64 = 0;
    let mut ranks: Vec<(u64, usize)> = Vec::with_capacity(n);
    let mut key: Vec<usize> = Vec::with_capacity(2 * n);
    loop {
        line.clear();
        let got = input
            .read_line(&mut line)
            .map_err(|e| read_error(name, &e))?;
        if got == 0 {
            break;
        }
        ln += 1;
        let text = line.trim().trim_start_matches('\u{feff}');
        if text.is_empty() {
            continue;
        }
        let bad = |m: Msg| FormatError::msg(name, Some(ln), None, m);
        let v: Value = serde_json::from_str(text).map_err(|e| {
            FormatError::msg(
                name,
                Some(ln),
                Some(e.column().to_string()),
                scrutineer_i18n::Msg::new("err-belenios-ballot-not-json")
                    .arg("detail", e.to_string()),
            )
        })?;
        let vector = match v.as_array().map(Vec::as_slice) {
            Some([inner]) => inner.as_array(),
            _ => None,
        };
        let Some(vector) = vector.filter(|r| r.len() == n) else {
            return Err(bad(
                Msg::new("err-belenios-ballot-shape").arg("n", n.to_string())
            ));
        };
        ranks.clear();
        for (c, r) in vector.iter().enumerate() {
            let Some(r) = r.as_u64() else {
                return Err(bad(Msg::new("err-belenios-rank")
                    .arg("answer", (c + 1).to_string())
                    .arg("found", r.to_string())));
            };
            if r > 0 {
                ranks.push((r, c));
            }
        }
        ranks.sort_unstable();
        key.clear();
        let mut last = None;
        for &(r, c) in &ranks {
            if last.is_some() && last != Some(r) {
                key.push(usize::MAX);
            }
            key.push(c);
            last = Some(r);
        }
        match index.get(key.as_slice()) {
            Some(&i) => {
                if let Some(b) = profile.ballots.get_mut(i) {
                    b.weight += 1;
                }
            }
            None => {
                index.insert(key.as_slice().into(), profile.ballots.len());
                profile.ballots.push(Ballot {
                    weight: 1,
                    marks: grid::marks_from_key(BallotKind::Ranking, &key),
                });
            }
        }
        count += 1;
    }
    if count == 0 {
        return Err(FormatError::msg(
            name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-file-no-ballots"),
        ));
    }
    Ok(BallotFile {
        profile,
        kind: BallotKind::Ranking,
        sha256: String::new(),
        count,
        title: election.title.clone(),
        seats: None,
        withdrawn: Vec::new(),
        format: Format::Belenios,
        blank: Format::Belenios.blank(),
    })
}
