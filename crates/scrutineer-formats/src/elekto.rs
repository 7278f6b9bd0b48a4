//! An Elekto election folder, as Elekto publishes it:
//!
//! ```text
//! election.yaml         name, no_winners, allow_no_opinion, dates, officers
//! voters.yaml           eligible_voters: [GitHub IDs]
//! candidate-<id>.md     a header block between dashed lines (name, ID,
//!                       info: [- employer: ..., - slack: ...]), then the
//!                       candidate's statement in Markdown
//! ballots.csv           header = candidate IDs; cell = rank or `No opinion`
//! ```
//!
//! Reading rules, declared (from elekto-io/elekto at 77a0806: the admin
//! download writes `ballots.csv`; "No opinion" means not compared):
//!
//! * `election.yaml` must give `name` (the title) and `no_winners` (the
//!   seats, a whole number at least 1). `allow_no_opinion` is a YAML boolean
//!   (`True`, `false`, ...); missing, it is false. Other keys are not used.
//!   The YAML is read by a strict reader of the subset Elekto's files use
//!   (see `yaml.rs`); anything outside it is an error with its line.
//! * `voters.yaml` must hold `eligible_voters:`, a list of IDs.
//! * Each `candidate-*.md` starts with a line of dashes, the header block
//!   (`name:` and `ID:` required; `info:` a list of one-key mappings, whose
//!   `employer` is the candidate's employer), and a closing line of dashes;
//!   the rest of the file, as written, is the statement.
//! * `ballots.csv` is a grid of ranks (see [`crate::grid`]); its header cells
//!   are candidate IDs, matched exactly to the `ID:` of a candidate file (or,
//!   failing that, ignoring case). The ballots come out under the display
//!   names. A header ID without a candidate file, a candidate file without a
//!   column, or a `No opinion` cell when `allow_no_opinion` is false is an
//!   error naming it.
//! * The ballots' SHA-256 is that of `ballots.csv`.

use crate::input::{read_guarded, read_small_text};
use crate::yaml::{self, Item, Value};
use crate::{grid, BallotFile, Format, FormatError, MAX_LINE};
use scrutineer_count::{BallotKind, Marks};
use scrutineer_i18n::Msg;
use std::path::Path;

/// Largest settings, voters or candidate file read.
const MAX_SMALL: usize = 16 * 1024 * 1024;

/// A candidate, from their `candidate-<id>.md`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElektoCandidate {
    pub id: String,
    pub name: String,
    pub employer: Option<String>,
    /// The statement: the Markdown after the header block, as written.
    pub statement: String,
}

/// A whole Elekto election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElektoElection {
    pub title: String,
    pub seats: usize,
    pub allow_no_opinion: bool,
    /// In the order of the ballots' columns.
    pub candidates: Vec<ElektoCandidate>,
    pub voters: Vec<String>,
    /// The ballots, under the candidates' display names.
    pub ballots: BallotFile,
}

fn err(path: &Path, line: Option<u64>, msg: Msg) -> FormatError {
    FormatError::msg(&path.display().to_string(), line, None, msg)
}

/// Read an Elekto election folder.
pub fn read_elekto_folder(dir: &Path) -> Result<ElektoElection, FormatError> {
    let settings_path = dir.join("election.yaml");
    let settings = read_small_text(&settings_path, MAX_SMALL)?;
    let doc = yaml::parse(&settings_path.display().to_string(), &settings, 1)?;
    let scalar = |key: &str| -> Result<Option<(String, u64)>, FormatError> {
        match doc.get(key) {
            None => Ok(None),
            Some(e) => match &e.value {
                Value::Scalar(s) => Ok(Some((s.clone(), e.line))),
                Value::List(_) => Err(err(
                    &settings_path,
                    Some(e.line),
                    Msg::new("err-elekto-not-list").arg("key", key.to_string()),
                )),
            },
        }
    };
    let (title, _) = scalar("name")?
        .filter(|(s, _)| !s.is_empty())
        .ok_or_else(|| err(&settings_path, None, Msg::new("err-elekto-no-name")))?;
    let (seats_text, seats_line) = scalar("no_winners")?
        .ok_or_else(|| err(&settings_path, None, Msg::new("err-elekto-no-seats")))?;
    let seats = grid::parse_whole(&seats_text)
        .filter(|&n| n >= 1)
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| {
            err(
                &settings_path,
                Some(seats_line),
                Msg::new("err-elekto-seats").arg("found", seats_text.to_string()),
            )
        })?;
    let allow_no_opinion = match scalar("allow_no_opinion")? {
        None => false,
        Some((s, line)) => yaml::boolean(&s).ok_or_else(|| {
            err(
                &settings_path,
                Some(line),
                Msg::new("err-elekto-no-opinion-value").arg("found", s.to_string()),
            )
        })?,
    };

    let voters = read_voters(&dir.join("voters.yaml"))?;
    let mut files = read_candidate_files(dir)?;

    // The ballots, by ID.
    let ballots_path = dir.join("ballots.csv");
    let (mut ballots, sha) = read_guarded(&ballots_path, MAX_LINE, |name, r| {
        grid::read_grid_stream(name, r, BallotKind::Ranking)
    })?;
    let bname = ballots_path.display().to_string();
    let mut candidates = Vec::with_capacity(ballots.profile.candidates.len());
    for (col, id) in ballots.profile.candidates.iter().enumerate() {
        let at = files
            .iter()
            .position(|c| &c.id == id)
            .or_else(|| files.iter().position(|c| c.id.eq_ignore_ascii_case(id)));
        let Some(at) = at else {
            return Err(FormatError::msg(
                &bname,
                Some(1),
                Some((col + 1).to_string()),
                scrutineer_i18n::Msg::new("err-elekto-no-candidate-file").arg("id", id.to_string()),
            ));
        };
        candidates.push(files.swap_remove(at));
    }
    if let Some(extra) = files.first() {
        return Err(err(
            &dir.join(format!("candidate-{}.md", extra.id)),
            None,
            Msg::new("err-elekto-no-column")
                .arg("name", extra.name.to_string())
                .arg("id", extra.id.to_string()),
        ));
    }
    if !allow_no_opinion {
        // Elekto stores `No opinion` as an unranked candidate; with
        // allow_no_opinion false every ballot ranks everyone.
        let n = candidates.len();
        let partial = ballots.profile.ballots.iter().any(|b| match &b.marks {
            Marks::Ranking(g) => g.iter().map(Vec::len).sum::<usize>() != n,
            _ => false,
        });
        if partial {
            return Err(FormatError::msg(
                &bname,
                None,
                None,
                scrutineer_i18n::Msg::new("err-elekto-no-opinion"),
            ));
        }
    }
    ballots.profile.candidates = candidates.iter().map(|c| c.name.clone()).collect();
    ballots.sha256 = sha;
    ballots.title = Some(title.clone());
    ballots.seats = Some(seats);
    ballots.format = Format::Elekto;
    ballots.blank = Format::Elekto.blank();
    Ok(ElektoElection {
        title,
        seats,
        allow_no_opinion,
        candidates,
        voters,
        ballots,
    })
}

fn read_voters(path: &Path) -> Result<Vec<String>, FormatError> {
    let text = read_small_text(path, MAX_SMALL)?;
    let doc = yaml::parse(&path.display().to_string(), &text, 1)?;
    let entry = doc
        .get("eligible_voters")
        .ok_or_else(|| err(path, None, Msg::new("err-elekto-no-voters")))?;
    match &entry.value {
        Value::List(items) => items
            .iter()
            .map(|i| match i {
                Item::Scalar(s) if !s.is_empty() => Ok(s.clone()),
                _ => Err(err(path, Some(entry.line), Msg::new("err-elekto-voter-id"))),
            })
            .collect(),
        Value::Scalar(s) if s.is_empty() => Ok(Vec::new()),
        Value::Scalar(_) => Err(err(
            path,
            Some(entry.line),
            Msg::new("err-elekto-voters-list"),
        )),
    }
}

/// Every `candidate-*.md` in `dir`, in file-name order.
fn read_candidate_files(dir: &Path) -> Result<Vec<ElektoCandidate>, FormatError> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        err(
            dir,
            None,
            Msg::new("err-cannot-read-folder").arg("reason", crate::words::io_msg(&e)),
        )
    })?;
    let mut paths = Vec::new();
    for e in entries {
        let e = e.map_err(|e| {
            err(
                dir,
                None,
                Msg::new("err-cannot-read-folder").arg("reason", crate::words::io_msg(&e)),
            )
        })?;
        let file_name = e.file_name();
        let Some(n) = file_name.to_str() else {
            continue;
        };
        if n.starts_with("candidate-") && n.ends_with(".md") {
            paths.push(e.path());
        }
    }
    paths.sort();
    paths.iter().map(|p| read_candidate(p)).collect()
}

/// Is `line` a line of dashes (three or more)?
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 3 && t.bytes().all(|b| b == b'-')
}

/// Read one `candidate-<id>.md`.
pub fn read_candidate(path: &Path) -> Result<ElektoCandidate, FormatError> {
    let name = path.display().to_string();
    let text = read_small_text(path, MAX_SMALL)?;
    // The header block: from the first line of dashes to the next.
    let mut offset = 0usize;
    let mut open: Option<(usize, u64)> = None;
    let mut close: Option<(usize, usize, u64)> = None;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let ln = i as u64 + 1;
        let end = offset + line.len();
        match open {
            None if line.trim().is_empty() => {}
            None if is_rule(line) => open = Some((end, ln + 1)),
            None => {
                return Err(FormatError::msg(
                    &name,
                    Some(ln),
                    None,
                    scrutineer_i18n::Msg::new("err-elekto-dashes-start"),
                ))
            }
            Some(_) if is_rule(line) => {
                close = Some((offset, end, ln));
                break;
            }
            Some(_) => {}
        }
        offset = end;
    }
    let (Some((start, first_line)), Some((stop, after, _))) = (open, close) else {
        return Err(FormatError::msg(
            &name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-elekto-header-block"),
        ));
    };
    let block = text.get(start..stop).unwrap_or_default();
    let doc = yaml::parse(&name, block, first_line)?;
    let get = |key: &str| -> Option<String> {
        doc.entries
            .iter()
            .find(|e| e.key.eq_ignore_ascii_case(key))
            .and_then(|e| match &e.value {
                Value::Scalar(s) if !s.is_empty() => Some(s.clone()),
                _ => None,
            })
    };
    let cand_name = get("name").ok_or_else(|| {
        FormatError::msg(
            &name,
            Some(first_line),
            None,
            scrutineer_i18n::Msg::new("err-elekto-header-name"),
        )
    })?;
    let from_file = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_prefix("candidate-"))
        .and_then(|n| n.strip_suffix(".md"))
        .map(str::to_string);
    let id = get("ID").or(from_file).ok_or_else(|| {
        FormatError::msg(
            &name,
            Some(first_line),
            None,
            scrutineer_i18n::Msg::new("err-elekto-header-id"),
        )
    })?;
    let employer = doc
        .entries
        .iter()
        .find(|e| e.key == "info")
        .and_then(|e| match &e.value {
            Value::List(items) => items.iter().find_map(|i| match i {
                Item::Map(m) => m
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("employer"))
                    .map(|(_, v)| v.clone()),
                Item::Scalar(_) => None,
            }),
            Value::Scalar(_) => None,
        })
        .filter(|e| !e.is_empty());
    let statement = text.get(after..).unwrap_or_default().to_string();
    Ok(ElektoCandidate {
        id,
        name: cand_name,
        employer,
        statement,
    })
}
