//! The CIVS "ballot report" (`BALLOTS.csv`), read with the candidates'
//! display names from `candidates.csv` beside it.
//!
//! ```text
//! BALLOTS.csv                         candidates.csv
//! Brendan Burns (@brendandburns),...  name,id,employer,...
//! 11,11,3,No opinion,...              Brendan Burns,brendandburns,Microsoft,...
//! ```
//!
//! Reading rules, declared (the layout is inferred from the published
//! Kubernetes reports; CIVS documents no format):
//!
//! * `BALLOTS.csv` is a grid of ranks: header = the choices as entered in the
//!   poll, one row per ballot, cell = a rank (1 best, equal numbers tie) or
//!   `No opinion` (not compared with anyone on that ballot). Rows of nothing
//!   but `No opinion` are ballots (cast, ranking no one). Every grid rule
//!   applies (see [`crate::grid`]).
//! * `candidates.csv` (a header naming at least the columns `name` and
//!   `id`) gives each candidate's display name. A header cell is matched to
//!   a row: by the name itself; else, for a cell written `Name (@handle)`,
//!   by the handle (any case) or by `Name`; else, when exactly one header
//!   cell and one row are left unmatched and their first words agree, to
//!   each other (the 2017 report spells "Phillip Whitrock" where the
//!   candidate is Phillip Wittrock). A header cell left unmatched is an
//!   error naming its column.
//! * Without `candidates.csv`, the header's names are used, less any
//!   ` (@handle)` suffix.
//! * The SHA-256 is that of `BALLOTS.csv` (the ballots), not of the names.

use crate::input::{beside, read_guarded, read_small_text};
use crate::{grid, BallotFile, Format, FormatError, MAX_LINE};
use scrutineer_count::BallotKind;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

/// Largest `candidates.csv` accepted.
const MAX_CANDIDATES_FILE: usize = 4 * 1024 * 1024;

/// One row of `candidates.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CivsCandidate {
    pub name: String,
    pub id: String,
    /// The `employer` column, where there is one and it is not empty.
    pub employer: Option<String>,
}

/// Read a CIVS ballot report, with the display names from `candidates.csv`
/// beside it when there is one.
pub fn read_civs(path: &Path) -> Result<BallotFile, FormatError> {
    let (mut file, sha) = read_guarded(path, MAX_LINE, |name, r| {
        grid::read_grid_stream(name, r, BallotKind::Ranking)
    })?;
    file.sha256 = sha;
    file.format = Format::Civs;
    file.blank = Format::Civs.blank();
    let list = beside(path, "candidates.csv");
    let display = if list.is_file() {
        let cands = read_candidates(&list)?;
        match_names(
            &path.display().to_string(),
            &file.profile.candidates,
            &cands,
        )?
    } else {
        file.profile
            .candidates
            .iter()
            .map(|h| split_handle(h).0.to_string())
            .collect()
    };
    file.profile.candidates = display;
    Ok(file)
}

/// Read `candidates.csv`: a header with `name` and `id` columns (any case),
/// optionally `employer`.
pub fn read_candidates(path: &Path) -> Result<Vec<CivsCandidate>, FormatError> {
    let name = path.display().to_string();
    let text = read_small_text(path, MAX_CANDIDATES_FILE)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = reader.records();
    let header = match rows.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(grid::csv_error(&name, &e)),
        None => {
            return Err(FormatError::msg(
                &name,
                None,
                None,
                scrutineer_i18n::Msg::new("err-civs-empty"),
            ))
        }
    };
    let col = |want: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(want))
    };
    let (Some(ni), Some(ii)) = (col("name"), col("id")) else {
        return Err(FormatError::msg(
            &name,
            Some(1),
            None,
            scrutineer_i18n::Msg::new("err-civs-header"),
        ));
    };
    let ei = col("employer");
    let mut out = Vec::new();
    for row in rows {
        let row = row.map_err(|e| grid::csv_error(&name, &e))?;
        let line = row.position().map(csv::Position::line);
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let get = |i: usize| row.get(i).unwrap_or_default().trim().to_string();
        let (n, id) = (get(ni), get(ii));
        if n.is_empty() {
            return Err(FormatError::msg(
                &name,
                line,
                Some("name".into()),
                scrutineer_i18n::Msg::new("err-civs-name-empty"),
            ));
        }
        let employer = ei.map(get).filter(|e| !e.is_empty());
        out.push(CivsCandidate {
            name: n,
            id,
            employer,
        });
    }
    Ok(out)
}

/// `Name (@handle)` split into the name and the handle.
fn split_handle(cell: &str) -> (&str, Option<&str>) {
    let cell = cell.trim();
    if let Some(rest) = cell.strip_suffix(')') {
        if let Some(i) = rest.rfind(" (@") {
            let handle = rest.get(i + 3..).unwrap_or_default();
            if !handle.is_empty() && !handle.contains(char::is_whitespace) {
                return (rest.get(..i).unwrap_or(cell).trim(), Some(handle));
            }
        }
    }
    (cell, None)
}

fn norm(s: &str) -> String {
    s.trim().nfc().collect()
}

/// The display name for each header cell (see the module's rules).
fn match_names(
    name: &str,
    header: &[String],
    cands: &[CivsCandidate],
) -> Result<Vec<String>, FormatError> {
    let mut taken = vec![false; cands.len()];
    let mut out: Vec<Option<String>> = vec![None; header.len()];
    for (h, slot) in header.iter().zip(out.iter_mut()) {
        let (plain, handle) = split_handle(h);
        let found = cands
            .iter()
            .enumerate()
            .find(|(i, c)| !taken.get(*i).copied().unwrap_or(true) && norm(&c.name) == norm(h))
            .or_else(|| {
                handle.and_then(|hd| {
                    cands.iter().enumerate().find(|(i, c)| {
                        !taken.get(*i).copied().unwrap_or(true) && c.id.eq_ignore_ascii_case(hd)
                    })
                })
            })
            .or_else(|| {
                cands.iter().enumerate().find(|(i, c)| {
                    !taken.get(*i).copied().unwrap_or(true) && norm(&c.name) == norm(plain)
                })
            });
        if let Some((i, c)) = found {
            if let Some(t) = taken.get_mut(i) {
                *t = true;
            }
            *slot = Some(c.name.clone());
        }
    }
    let left_h: Vec<usize> = (0..header.len())
        .filter(|&i| out.get(i).is_some_and(Option::is_none))
        .collect();
    let left_c: Vec<usize> = (0..cands.len())
        .filter(|&i| !taken.get(i).copied().unwrap_or(true))
        .collect();
    let first_word = |s: &str| {
        s.split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase()
    };
    if let ([h], [c]) = (left_h.as_slice(), left_c.as_slice()) {
        if let (Some(hn), Some(cand)) = (header.get(*h), cands.get(*c)) {
            if first_word(split_handle(hn).0) == first_word(&cand.name) {
                if let Some(slot) = out.get_mut(*h) {
                    *slot = Some(cand.name.clone());
                }
            }
        }
    }
    out.into_iter()
        .zip(header)
        .enumerate()
        .map(|(i, (o, h))| {
            o.ok_or_else(|| {
                FormatError::msg(
                    name,
                    Some(1),
                    Some((i + 1).to_string()),
                    scrutineer_i18n::Msg::new("err-civs-choice")
                        .arg("choice", h.to_string())
                        .arg(
                            "names",
                            cands
                                .iter()
                                .map(|c| c.name.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                )
            })
        })
        .collect()
}
