//! Grid ballot CSV: one column per candidate, one row per ballot, as Elekto,
//! CIVS and most voting services export.
//!
//! ```text
//! Ann,Bob,Cy,Di          <- header: the candidates' names
//! 1,2,No opinion,2       <- a ranked ballot: Ann, then Bob and Di equal; Cy unranked
//! 3,1,2,                 <- Bob, Cy, Ann; Di unranked
//! ```
//!
//! Reading rules, declared:
//!
//! * Text is UTF-8; a leading byte-order mark is dropped. A row that is not
//!   valid UTF-8 is refused with its line (no guessing at other encodings:
//!   a name read wrongly would put votes on the wrong line of the result).
//! * The first row is the header. Names are trimmed of surrounding spaces;
//!   an empty name, or two names that are the same (after Unicode NFC
//!   normalisation, so that `é` typed two ways is one name), is refused.
//! * Each further row is one ballot and must have exactly one cell per
//!   candidate; a row with more or fewer cells is refused with its line.
//!   Blank lines are skipped.
//! * A cell is trimmed, then read by the kind of ballot:
//!   * ranked: a whole number at least 1 is a rank (1 = most preferred;
//!     equal numbers are equal rankings; larger is lower; gaps are allowed);
//!     an empty cell or `No opinion` (any case) means not ranked. A ballot
//!     ranking no one is still a ballot.
//!   * approval: `1`, `x`, `yes`, `y`, `true` approve; `0`, `no`, `n`,
//!     `false` or empty do not (any case).
//!   * scores (STAR): a whole number from 0 to 5; empty is 0.
//!
//!   Anything else is refused, naming the line, the candidate's column and
//!   what was expected.
//! * Identical ballots are merged (weights summed) as they are read, so
//!   memory depends on the number of distinct ballots, not on the file size.
//!
//! Nothing here panics on any input bytes.

use crate::{sha256_hex, BallotFile, FormatError};
use scrutineer_count::{Ballot, BallotKind, CandId, Marks, Profile};
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Highest score a STAR ballot may give.
const MAX_SCORE: u32 = 5;

/// Read a grid ballot CSV. `name` names the file in errors; `kind` says what
/// the cells mean.
pub fn read_grid(name: &str, bytes: &[u8], kind: BallotKind) -> Result<BallotFile, FormatError> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body);
    let mut record = csv::ByteRecord::new();

    // Header.
    let header_line = match reader.read_byte_record(&mut record) {
        Ok(true) => start_line(body, &record),
        Ok(false) => {
            return Err(FormatError::new(
                name,
                None,
                None,
                "the file is empty: expected a header row with the candidates' names, \
                 then one row per ballot",
            ))
        }
        Err(e) => return Err(csv_error(name, &e)),
    };
    // A row of nothing but commas and spaces is not a header.
    if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
        return Err(FormatError::new(
            name,
            Some(header_line),
            None,
            "the header row is empty: expected the candidates' names, separated by commas",
        ));
    }
    let candidates = read_header(name, header_line, &record)?;
    let n = candidates.len();

    let mut profile = Profile::new(candidates);
    // Each distinct ballot's key (see `read_row`) and its place in
    // `profile.ballots`. A row is read into the reused `key` buffer and looked
    // up by slice, so a repeated ballot costs no allocation; a new one is
    // turned into its `Marks` once.
    let mut index: HashMap<Box<[usize]>, usize> = HashMap::new();
    let mut count: u64 = 0;
    // Reused per row.
    let mut ranks: Vec<(u64, CandId)> = Vec::with_capacity(n);
    let mut key: Vec<usize> = Vec::with_capacity(2 * n);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_error(name, &e)),
        }
        let line = start_line(body, &record);
        if record.len() != n {
            return Err(FormatError::new(
                name,
                Some(line),
                None,
                format!(
                    "this row has {} cell(s) but the header names {} candidate(s): \
                     expected one cell per candidate",
                    record.len(),
                    n
                ),
            ));
        }
        read_row(
            name,
            line,
            &record,
            &profile.candidates,
            kind,
            &mut ranks,
            &mut key,
        )?;
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
                    marks: marks_from_key(kind, &key),
                });
            }
        }
        count += 1;
    }
    if count == 0 {
        return Err(FormatError::new(
            name,
            Some(header_line),
            None,
            "the file has a header but no ballots: expected one row per ballot after the header",
        ));
    }
    Ok(BallotFile {
        profile,
        kind,
        sha256: sha256_hex(bytes),
        count,
        title: None,
        seats: None,
        withdrawn: Vec::new(),
    })
}

/// The physical line (1-based) on which `record` starts. The csv crate
/// records where it started scanning, which is before any blank lines it
/// skipped (and before the `\n` of a `\r\n` that ended the previous row), so
/// count the line feeds in that run of line-end bytes.
fn start_line(body: &[u8], record: &csv::ByteRecord) -> u64 {
    let Some(pos) = record.position() else {
        return 0;
    };
    let from = usize::try_from(pos.byte()).unwrap_or(usize::MAX);
    let skipped = body
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| b == b'\n' || b == b'\r')
        .filter(|&&b| b == b'\n')
        .count() as u64;
    pos.line() + skipped
}

fn csv_error(name: &str, e: &csv::Error) -> FormatError {
    let line = e.position().map(|p| p.line());
    FormatError::new(name, line, None, format!("the CSV cannot be read: {e}"))
}

fn read_header(
    name: &str,
    line: u64,
    record: &csv::ByteRecord,
) -> Result<Vec<String>, FormatError> {
    let mut names: Vec<String> = Vec::with_capacity(record.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, field) in record.iter().enumerate() {
        let col = i + 1;
        let text = std::str::from_utf8(field).map_err(|e| {
            FormatError::new(
                name,
                Some(line),
                Some(col.to_string()),
                format!(
                    "the candidate name is not valid UTF-8 (bad byte at position {}): \
                     save the file as UTF-8",
                    e.valid_up_to() + 1
                ),
            )
        })?;
        let text = text.trim();
        if text.is_empty() {
            return Err(FormatError::new(
                name,
                Some(line),
                Some(col.to_string()),
                "a candidate name in the header is empty: expected a name in every header cell",
            ));
        }
        let key: String = text.nfc().collect();
        if let Some(&first) = seen.get(&key) {
            return Err(FormatError::new(
                name,
                Some(line),
                Some(text.to_string()),
                format!(
                    "the candidate name `{text}` appears twice in the header (columns {} and {col}): \
                     expected each candidate once",
                    first + 1
                ),
            ));
        }
        seen.insert(key, i);
        names.push(text.to_string());
    }
    Ok(names)
}

/// Separates preference groups in a ranked ballot's key.
const GROUP_END: usize = usize::MAX;

/// Read one ballot row into `key`, a flat encoding of its marks that is equal
/// for two rows exactly when their [`Marks`] are equal (for one `kind`):
///
/// * ranked: the candidates of each preference group (ascending), groups
///   most preferred first, separated by [`GROUP_END`];
/// * approval: the approved candidates, ascending;
/// * scores: `candidate, score` for each score above 0, ascending by
///   candidate.
///
/// [`marks_from_key`] turns it into the ballot's [`Marks`].
fn read_row(
    name: &str,
    line: u64,
    record: &csv::ByteRecord,
    candidates: &[String],
    kind: BallotKind,
    ranks: &mut Vec<(u64, CandId)>,
    key: &mut Vec<usize>,
) -> Result<(), FormatError> {
    let col_name = |c: CandId| {
        candidates
            .get(c)
            .cloned()
            .unwrap_or_else(|| (c + 1).to_string())
    };
    let bad = |c: CandId, msg: String| FormatError::new(name, Some(line), Some(col_name(c)), msg);
    ranks.clear();
    key.clear();
    for (c, field) in record.iter().enumerate() {
        let text = std::str::from_utf8(field).map_err(|e| {
            bad(
                c,
                format!(
                    "the cell is not valid UTF-8 (bad byte at position {}): save the file as UTF-8",
                    e.valid_up_to() + 1
                ),
            )
        })?;
        let cell = text.trim();
        match kind {
            BallotKind::Ranking => {
                if cell.is_empty() || cell.eq_ignore_ascii_case("no opinion") {
                    continue;
                }
                match parse_whole(cell) {
                    Some(r) if r >= 1 => ranks.push((r, c)),
                    _ => {
                        return Err(bad(
                            c,
                            format!(
                                "expected a rank (1, 2, ...), `No opinion` or an empty cell, found `{}`",
                                shorten(cell)
                            ),
                        ))
                    }
                }
            }
            BallotKind::Approval => {
                let is = |w: &str| cell.eq_ignore_ascii_case(w);
                match () {
                    _ if ["1", "x", "yes", "y", "true"].into_iter().any(is) => key.push(c),
                    _ if ["", "0", "no", "n", "false"].into_iter().any(is) => {}
                    _ => {
                        return Err(bad(
                            c,
                            format!(
                                "expected an approval mark (`1`, `x`, `yes`, `y`, `true`), \
                                 no approval (`0`, `no`, `n`, `false` or an empty cell), found `{}`",
                                shorten(cell)
                            ),
                        ))
                    }
                }
            }
            BallotKind::Scores => {
                if cell.is_empty() {
                    continue;
                }
                match parse_whole(cell) {
                    Some(s) if s <= u64::from(MAX_SCORE) => {
                        if s > 0 {
                            // s ≤ 5, so it fits a usize.
                            key.push(c);
                            key.push(usize::try_from(s).unwrap_or(MAX_SCORE as usize));
                        }
                    }
                    _ => {
                        return Err(bad(
                            c,
                            format!(
                            "expected a score from 0 to {MAX_SCORE} or an empty cell, found `{}`",
                            shorten(cell)
                        ),
                        ))
                    }
                }
            }
        }
    }
    if kind == BallotKind::Ranking {
        ranks.sort_unstable();
        let mut last: Option<u64> = None;
        for &(r, c) in ranks.iter() {
            if last.is_some() && last != Some(r) {
                key.push(GROUP_END);
            }
            key.push(c);
            last = Some(r);
        }
    }
    Ok(())
}

/// The [`Marks`] a key written by [`read_row`] stands for.
fn marks_from_key(kind: BallotKind, key: &[usize]) -> Marks {
    match kind {
        BallotKind::Ranking => {
            if key.is_empty() {
                Marks::Ranking(Vec::new())
            } else {
                Marks::Ranking(
                    key.split(|&c| c == GROUP_END)
                        .map(<[usize]>::to_vec)
                        .collect(),
                )
            }
        }
        BallotKind::Approval => Marks::Approval(key.to_vec()),
        BallotKind::Scores => Marks::Scores(
            key.chunks_exact(2)
                .filter_map(|p| match *p {
                    [c, s] => Some((c, u32::try_from(s).unwrap_or(MAX_SCORE))),
                    _ => None,
                })
                .collect(),
        ),
    }
}

/// A whole number written with ASCII digits only (no sign, no decimals).
fn parse_whole(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The cell as quoted in an error, cut to a readable length.
fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}
