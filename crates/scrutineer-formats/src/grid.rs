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

use crate::{read_error, sha256_hex, BallotFile, FormatError};
use scrutineer_count::{Ballot, BallotKind, CandId, Marks, Profile};
use scrutineer_i18n::Msg;
use std::collections::{HashMap, VecDeque};
use std::io::{self, Read};
use unicode_normalization::UnicodeNormalization;

/// Highest score a STAR ballot may give.
const MAX_SCORE: u32 = 5;

/// Read a grid ballot CSV. `name` names the file in errors; `kind` says what
/// the cells mean.
pub fn read_grid(name: &str, bytes: &[u8], kind: BallotKind) -> Result<BallotFile, FormatError> {
    let mut file = read_grid_stream(name, bytes, kind)?;
    file.sha256 = sha256_hex(bytes);
    Ok(file)
}

/// Read a grid ballot CSV from a stream, one record at a time. The returned
/// file's `sha256` is left empty: the caller hashes the bytes (see
/// [`crate::HashingReader`]).
pub(crate) fn read_grid_stream<R: Read>(
    name: &str,
    mut input: R,
    kind: BallotKind,
) -> Result<BallotFile, FormatError> {
    // A leading byte-order mark is dropped: look at the first three bytes and
    // put back whatever is not one.
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
    let body = LineTracker::new(start.chain(input));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body);
    let mut record = csv::ByteRecord::new();

    // Header.
    let header_line = match reader.read_byte_record(&mut record) {
        Ok(true) => start_line(&mut reader, &record),
        Ok(false) => {
            return Err(FormatError::msg(
                name,
                None,
                None,
                Msg::new("err-grid-empty"),
            ))
        }
        Err(e) => return Err(csv_error(name, &e)),
    };
    // A row of nothing but commas and spaces is not a header.
    if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
        return Err(FormatError::msg(
            name,
            Some(header_line),
            None,
            Msg::new("err-grid-header-empty"),
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
        let line = start_line(&mut reader, &record);
        if record.len() != n {
            return Err(FormatError::msg(
                name,
                Some(line),
                None,
                Msg::new("err-grid-row-width")
                    .arg("cells", record.len())
                    .arg("candidates", n),
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
        return Err(FormatError::msg(
            name,
            Some(header_line),
            None,
            Msg::new("err-grid-no-ballots"),
        ));
    }
    Ok(BallotFile {
        profile,
        kind,
        sha256: String::new(),
        count,
        title: None,
        seats: None,
        withdrawn: Vec::new(),
        format: crate::Format::Grid,
        blank: crate::Format::Grid.blank(),
    })
}

/// The physical line (1-based) on which `record` starts. The csv crate
/// records where it started scanning, which is before any blank lines it
/// skipped (and before the `\n` of a `\r\n` that ended the previous row), so
/// ask the [`LineTracker`] for the line of the first byte after that run of
/// line ends.
pub(crate) fn start_line<R: Read>(
    reader: &mut csv::Reader<LineTracker<R>>,
    record: &csv::ByteRecord,
) -> u64 {
    let Some(pos) = record.position() else {
        return 0;
    };
    reader
        .get_mut()
        .content_line(pos.byte())
        .unwrap_or_else(|| pos.line())
}

/// A reader that notes, as the bytes pass, where each line's content starts:
/// the offset of every byte other than `\r` and `\n` that follows one of
/// them (or starts the input), with its 1-based line (one more than the
/// `\n`s before it, as the csv crate counts). The notes are dropped as the
/// records are read, so they cover only what the csv reader holds in its
/// buffer: memory does not grow with the file.
pub(crate) struct LineTracker<R> {
    inner: R,
    /// Offset of the next byte read.
    offset: u64,
    /// Line of the next byte read.
    line: u64,
    /// Whether the last byte read was `\r` or `\n` (true at the start).
    after_line_end: bool,
    /// (offset, line) of each content start not yet asked about, in order.
    starts: VecDeque<(u64, u64)>,
}

impl<R: Read> LineTracker<R> {
    pub(crate) fn new(inner: R) -> Self {
        LineTracker {
            inner,
            offset: 0,
            line: 1,
            after_line_end: true,
            starts: VecDeque::new(),
        }
    }

    /// The line of the first content byte at or after `offset`, if it has
    /// been read. Offsets asked about must not decrease.
    fn content_line(&mut self, offset: u64) -> Option<u64> {
        while self.starts.front().is_some_and(|&(o, _)| o < offset) {
            self.starts.pop_front();
        }
        self.starts.front().map(|&(_, line)| line)
    }
}

impl<R: Read> Read for LineTracker<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut rest = buf.get(..n).unwrap_or_default();
        while !rest.is_empty() {
            if self.after_line_end {
                // A run of line ends, then (if the chunk goes on) content.
                let run = rest
                    .iter()
                    .position(|&b| b != b'\n' && b != b'\r')
                    .unwrap_or(rest.len());
                let (ends, after) = rest.split_at(run);
                self.line += ends.iter().filter(|&&b| b == b'\n').count() as u64;
                self.offset += run as u64;
                if !after.is_empty() {
                    self.starts.push_back((self.offset, self.line));
                    self.after_line_end = false;
                }
                rest = after;
            } else {
                // Content up to the next line end.
                let run = memchr::memchr2(b'\n', b'\r', rest).unwrap_or(rest.len());
                self.offset += run as u64;
                self.after_line_end = run < rest.len();
                rest = rest.get(run..).unwrap_or_default();
            }
        }
        Ok(n)
    }
}

pub(crate) fn csv_error(name: &str, e: &csv::Error) -> FormatError {
    if let csv::ErrorKind::Io(io) = e.kind() {
        return read_error(name, io);
    }
    let line = e.position().map(|p| p.line());
    FormatError::msg(
        name,
        line,
        None,
        scrutineer_i18n::Msg::new("err-csv-unreadable").arg("detail", e.to_string()),
    )
}

pub(crate) fn read_header(
    name: &str,
    line: u64,
    record: &csv::ByteRecord,
) -> Result<Vec<String>, FormatError> {
    let mut names: Vec<String> = Vec::with_capacity(record.len());
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, field) in record.iter().enumerate() {
        let col = i + 1;
        let text = std::str::from_utf8(field).map_err(|e| {
            FormatError::msg(
                name,
                Some(line),
                Some(col.to_string()),
                scrutineer_i18n::Msg::new("err-grid-name-utf8")
                    .arg("position", (e.valid_up_to() + 1).to_string()),
            )
        })?;
        let text = text.trim();
        if text.is_empty() {
            return Err(FormatError::msg(
                name,
                Some(line),
                Some(col.to_string()),
                Msg::new("err-grid-name-empty"),
            ));
        }
        let key: String = text.nfc().collect();
        if let Some(&first) = seen.get(&key) {
            return Err(FormatError::msg(
                name,
                Some(line),
                Some(text.to_string()),
                scrutineer_i18n::Msg::new("err-grid-name-twice")
                    .arg("name", text.to_string())
                    .arg("first", (first + 1).to_string())
                    .arg("second", col.to_string()),
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
pub(crate) fn read_row(
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
    let bad = |c: CandId, msg: Msg| FormatError::msg(name, Some(line), Some(col_name(c)), msg);
    ranks.clear();
    key.clear();
    for (c, field) in record.iter().enumerate() {
        let text = std::str::from_utf8(field).map_err(|e| {
            bad(
                c,
                Msg::new("err-grid-utf8").arg("position", (e.valid_up_to() + 1).to_string()),
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
                            Msg::new("err-grid-rank").arg("found", shorten(cell).to_string()),
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
                            Msg::new("err-grid-approval").arg("found", shorten(cell).to_string()),
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
                            Msg::new("err-grid-score")
                                .arg("max", MAX_SCORE.to_string())
                                .arg("found", shorten(cell).to_string()),
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
pub(crate) fn marks_from_key(kind: BallotKind, key: &[usize]) -> Marks {
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
pub(crate) fn parse_whole(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The cell as quoted in an error, cut to a readable length.
pub(crate) fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}
