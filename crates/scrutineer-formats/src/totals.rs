//! Published totals as CSV: one row per candidate with the votes they got,
//! for elections whose ballots are not published (PEP 8100–8106, PSF board).
//!
//! ```text
//! candidate,votes
//! "Guido van Rossum",45
//! "Brett Cannon",44
//! (ballots),69            <- optional: the number of ballots cast
//! ```
//!
//! Reading rules, declared:
//!
//! * The header is exactly two cells, `candidate` then `votes` (any case,
//!   surrounding spaces ignored), as the PEP 8100–8106 and PSF 2017
//!   `results.csv` files are written. `candidate,count` is read the same way
//!   (the PSF 2025 file, transcribed from OpaVote's text results, uses it).
//!   Other headers (`candidate,total_stars` for a STAR result) are not
//!   totals this reader accepts: STAR needs its runoff, not just its totals.
//! * Each further row is a candidate's name (trimmed; not empty; each name
//!   once, compared after Unicode NFC normalisation) and a whole number of
//!   votes. Blank lines are skipped. Quoted names may hold commas and
//!   doubled quotes, as CSV allows.
//! * One optional row whose first cell is `(ballots)` (any case) gives the
//!   number of ballots cast; it may come anywhere after the header. The
//!   parentheses keep it apart from any candidate's name. When it is given,
//!   no candidate may have more votes than there were ballots (each ballot
//!   approves a candidate at most once).
//! * Every figure, and their sum, must fit the election file's integers
//!   (at most 2^63 − 1); anything larger is refused with its line.
//! * Text is UTF-8 (a byte-order mark is dropped); anything else is refused
//!   with its line.

use crate::grid::{csv_error, parse_whole, shorten, start_line, LineTracker};
use crate::input::check_i64;
use crate::{read_error, sha256_hex, Format, FormatError, Totals};
use scrutineer_i18n::Msg;
use std::collections::HashMap;
use std::io::{self, Read};
use unicode_normalization::UnicodeNormalization;

/// The name of the figure column, if `first_line` is a totals header.
fn header_figure(first_line: &str) -> Option<&'static str> {
    let first_line = first_line.strip_prefix('\u{feff}').unwrap_or(first_line);
    let cells: Vec<String> = first_line
        .trim_end_matches(['\r', '\n'])
        .split(',')
        .map(|c| c.trim().trim_matches('"').trim().to_ascii_lowercase())
        .collect();
    match cells.as_slice() {
        [c, v] if c == "candidate" && v == "votes" => Some("votes"),
        [c, v] if c == "candidate" && v == "count" => Some("count"),
        _ => None,
    }
}

/// Does `first_line` look like a totals header: two cells, the first
/// `candidate` (any case)? `candidate,votes` and `candidate,count` are read;
/// any other figure (PEP 8107's `candidate,total_stars`) is detected as
/// totals so that the reader can say why it is refused.
pub fn is_totals_header(first_line: &str) -> bool {
    let first_line = first_line.strip_prefix('\u{feff}').unwrap_or(first_line);
    let cells: Vec<&str> = first_line
        .trim_end_matches(['\r', '\n'])
        .split(',')
        .collect();
    matches!(cells.as_slice(), [c, _] if c.trim().trim_matches('"').trim().eq_ignore_ascii_case("candidate"))
}

/// Read totals from bytes; `name` is used in errors.
pub fn read_totals(name: &str, bytes: &[u8]) -> Result<Totals, FormatError> {
    let mut t = read_totals_stream(name, bytes)?;
    t.sha256 = sha256_hex(bytes);
    Ok(t)
}

/// Read totals from a stream. The returned `sha256` is left empty: the
/// caller hashes the bytes.
pub(crate) fn read_totals_stream<R: Read>(name: &str, mut input: R) -> Result<Totals, FormatError> {
    let mut start = [0u8; 3];
    let mut got = 0;
    while got < start.len() {
        match input.read(start.get_mut(got..).unwrap_or_default()) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(read_error(name, &e)),
        }
    }
    let start = start.get(..got).unwrap_or_default();
    let start = start.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(start);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(LineTracker::new(start.chain(input)));
    let mut record = csv::StringRecord::new();
    let header_line = match reader.read_record(&mut record) {
        Ok(true) => start_line(&mut reader, record.as_byte_record()),
        Ok(false) => {
            return Err(FormatError::msg(
                name,
                None,
                None,
                Msg::new("err-totals-empty"),
            ))
        }
        Err(e) => return Err(text_error(name, &e)),
    };
    let header = record.iter().collect::<Vec<_>>().join(",");
    let Some(figure) = header_figure(&header) else {
        return Err(FormatError::msg(
            name,
            Some(header_line),
            None,
            scrutineer_i18n::Msg::new(if header.to_ascii_lowercase().contains("star") {
                "err-totals-header-star"
            } else {
                "err-totals-header"
            })
            .arg("found", shorten(&header).to_string()),
        ));
    };
    let mut candidates: Vec<String> = Vec::new();
    let mut votes: Vec<u64> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut ballots: Option<(u64, u64)> = None;
    let mut sum: u64 = 0;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(text_error(name, &e)),
        }
        let line = start_line(&mut reader, record.as_byte_record());
        if record.len() != 2 {
            return Err(FormatError::msg(
                name,
                Some(line),
                None,
                Msg::new("err-totals-row-width")
                    .arg("cells", record.len())
                    .arg("figure", figure),
            ));
        }
        let cand = record.get(0).unwrap_or_default().trim();
        let cell = record.get(1).unwrap_or_default().trim();
        let is_ballots = cand.eq_ignore_ascii_case("(ballots)");
        let col = if is_ballots { "2" } else { figure };
        let n = parse_whole(cell).ok_or_else(|| {
            FormatError::msg(
                name,
                Some(line),
                Some(col.to_string()),
                Msg::new(if is_ballots {
                    "err-totals-not-number-ballots"
                } else {
                    "err-totals-not-number-votes"
                })
                .arg("found", shorten(cell).to_string()),
            )
        })?;
        let n = check_i64(
            name,
            Some(line),
            Some(col.to_string()),
            "err-figure-too-large",
            n,
        )?;
        if is_ballots {
            if let Some((_, first)) = ballots {
                return Err(FormatError::msg(
                    name,
                    Some(line),
                    Some("candidate".to_string()),
                    Msg::new("err-totals-ballots-twice")
                        .arg("first", first.to_string())
                        .arg("line", line.to_string()),
                ));
            }
            ballots = Some((n, line));
            continue;
        }
        if cand.is_empty() {
            return Err(FormatError::msg(
                name,
                Some(line),
                Some("candidate".to_string()),
                Msg::new("err-totals-name-empty"),
            ));
        }
        let key: String = cand.nfc().collect();
        if let Some(first) = seen.insert(key, line) {
            return Err(FormatError::msg(
                name,
                Some(line),
                Some("candidate".to_string()),
                Msg::new("err-totals-candidate-twice")
                    .arg("name", cand)
                    .arg("first", first.to_string())
                    .arg("line", line.to_string()),
            ));
        }
        sum = sum
            .checked_add(n)
            .filter(|&s| s <= i64::MAX as u64)
            .ok_or_else(|| {
                FormatError::msg(
                    name,
                    Some(line),
                    Some(figure.to_string()),
                    scrutineer_i18n::Msg::new("err-totals-sum-too-large")
                        .arg("max", i64::MAX.to_string()),
                )
            })?;
        candidates.push(cand.to_string());
        votes.push(n);
    }
    if candidates.is_empty() {
        return Err(FormatError::msg(
            name,
            Some(header_line),
            None,
            Msg::new("err-totals-no-candidates"),
        ));
    }
    if let Some((b, line)) = ballots {
        if let Some((c, v)) = candidates.iter().zip(&votes).find(|(_, &v)| v > b) {
            return Err(FormatError::msg(
                name,
                Some(line),
                Some("2".to_string()),
                Msg::new("err-totals-more-votes-than-ballots")
                    .arg("ballots", b.to_string())
                    .arg("name", c.as_str())
                    .arg("votes", v.to_string()),
            ));
        }
    }
    Ok(Totals {
        candidates,
        votes,
        ballots: ballots.map(|(b, _)| b),
        sha256: String::new(),
        format: Format::Totals,
        title: None,
    })
}

/// A CSV error; invalid UTF-8 is named as such.
fn text_error(name: &str, e: &csv::Error) -> FormatError {
    if let csv::ErrorKind::Utf8 { pos, .. } = e.kind() {
        return FormatError::msg(
            name,
            pos.as_ref().map(csv::Position::line),
            None,
            scrutineer_i18n::Msg::new("err-line-not-utf8"),
        );
    }
    csv_error(name, e)
}
