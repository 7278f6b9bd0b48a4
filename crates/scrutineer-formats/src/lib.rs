//! Scrutineer's file formats, with errors that name the file, the line and
//! the problem. Nothing here panics on any input bytes.
//!
//! * [`grid`]: ballot CSV with one column per candidate (ranks, approvals or
//!   scores), as Elekto, CIVS and most voting services export.
//! * [`blt`]: the BLT ballot format (OpenSTV, OpaVote, Droop).
//! * [`roll`]: voter rolls from whatever CSV an administrator is handed.
//! * [`totals`], [`helios`], [`civs`], [`elekto`], [`bettervoting`],
//!   [`belenios`]: the services' own exports, read as published, behind one
//!   interface ([`read_input`], [`detect`], [`Format`]: see `input.rs`).

pub mod belenios;
pub mod bettervoting;
pub mod blt;
pub mod civs;
pub mod csv_cell;
pub mod debian;
pub mod elekto;
#[cfg(test)]
mod error_languages;
pub mod fields;
pub mod grid;
mod guard;
pub mod helios;
mod input;
pub mod roll;
pub mod totals;
pub mod words;
mod yaml;
pub use guard::{open_input, MAX_JSON, MAX_LINE};
pub use input::{detect, detect_path, read_input, read_input_bytes, Format, Input, Totals};

use scrutineer_count::{BallotKind, BlankMeaning, CandId, Profile};
use scrutineer_i18n::{Arg, Lang, Msg};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::fmt;
use std::io::{self, BufReader, Cursor, Read};
use std::path::Path;

/// A problem in an input file: which file, where, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormatError {
    pub file: String,
    /// 1-based line in the file, where known.
    pub line: Option<u64>,
    /// The column (header name or 1-based number), where known.
    pub column: Option<String>,
    pub message: String,
    /// The problem as a message id and variables (`locales/*/errors.ftl`),
    /// when it has one: `message` is its English rendering. Not serialized.
    #[serde(skip)]
    pub msg: Option<Box<Msg>>,
}

impl FormatError {
    pub fn new(
        file: &str,
        line: Option<u64>,
        column: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        FormatError {
            file: file.to_string(),
            line,
            column,
            message: message.into(),
            msg: None,
        }
    }

    /// A problem with a message id: `message` is its English rendering.
    pub fn msg(file: &str, line: Option<u64>, column: Option<String>, msg: Msg) -> Self {
        FormatError {
            file: file.to_string(),
            line,
            column,
            message: msg.render(Lang::En),
            msg: Some(Box::new(msg)),
        }
    }

    /// The whole error as a message: the file, the line and the column
    /// kept, the problem in words (its id's, or the English as given).
    pub fn located(&self) -> Msg {
        let problem: Arg = match &self.msg {
            Some(m) => (**m).clone().into(),
            None => self.message.as_str().into(),
        };
        let id = match (self.line, &self.column) {
            (Some(_), Some(_)) => "err-file-line-column",
            (Some(_), None) => "err-file-line",
            (None, Some(_)) => "err-file-column",
            (None, None) => "err-file",
        };
        let mut m = Msg::new(id).arg("file", self.file.as_str());
        if let Some(l) = self.line {
            // A line number is written as it is, never grouped ("line 1234").
            m = m.arg("line", l.to_string());
        }
        if let Some(c) = &self.column {
            m = m.arg("column", c.as_str());
        }
        m.arg("problem", problem)
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        write!(f, ": ")?;
        if let Some(c) = &self.column {
            write!(f, "column {c}: ")?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for FormatError {}

/// A ballot file read into memory (identical ballots merged, with weights).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BallotFile {
    pub profile: Profile,
    pub kind: BallotKind,
    /// Hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// Number of ballots (total weight).
    pub count: u64,
    /// Title, for formats that carry one (BLT).
    pub title: Option<String>,
    /// Seats, for formats that carry them (BLT).
    pub seats: Option<usize>,
    /// Withdrawn candidates (BLT `-N` lines).
    pub withdrawn: Vec<CandId>,
    /// The format the ballots were read from.
    pub format: Format,
    /// What a candidate left off a ranked ballot means in that format.
    pub blank: BlankMeaning,
}

/// Hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A reader that computes the SHA-256 of the bytes that pass through it, so
/// a file can be hashed and parsed in one pass without being held in memory.
#[derive(Debug)]
pub struct HashingReader<R> {
    inner: R,
    hasher: Sha256,
    len: u64,
}

impl<R: Read> HashingReader<R> {
    pub fn new(inner: R) -> Self {
        HashingReader {
            inner,
            hasher: Sha256::new(),
            len: 0,
        }
    }

    /// Bytes read so far.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// True when nothing has been read yet.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Read the rest of the input (so the hash covers all of it) and return
    /// the hex SHA-256 of every byte read.
    pub fn finish(mut self) -> io::Result<String> {
        io::copy(&mut self, &mut io::sink())?;
        Ok(hex(&self.hasher.finalize()))
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        // `n <= buf.len()` by the contract of `Read`; `get` keeps a faulty
        // reader from making us panic.
        self.hasher.update(buf.get(..n).unwrap_or(buf));
        self.len += n as u64;
        Ok(n)
    }
}

/// How much of the start of a file [`blt::looks_like_blt`] looks at.
const HEAD_LEN: usize = 64 * 1024;

/// Read a ballot file in any format, telling the formats apart by content
/// (see [`read_input`]); a totals file is refused (it holds no ballots).
/// `kind` is what a grid's cells mean (ranks, approvals or scores).
///
/// The file is read as a stream, hashed as its bytes pass: memory depends on
/// the number of distinct ballots, not on the size of the file.
pub fn read_ballot_file(path: &Path, kind: BallotKind) -> Result<BallotFile, FormatError> {
    match read_input(path, None, kind)? {
        Input::Ballots(b) => Ok(b),
        Input::Totals(t) => Err(FormatError::msg(
            &path.display().to_string(),
            None,
            None,
            scrutineer_i18n::Msg::new("err-not-ballots").arg("format", t.format.to_string()),
        )),
    }
}

/// As [`read_ballot_file`], from bytes already read; `name` is used in errors.
pub fn read_ballot_bytes(
    name: &str,
    bytes: &[u8],
    kind: BallotKind,
) -> Result<BallotFile, FormatError> {
    read_ballot_stream(name, Cursor::new(bytes), kind)
}

/// As [`read_ballot_file`], from any reader (read to its end); `name` is used
/// in errors.
pub fn read_ballot_stream<R: Read>(
    name: &str,
    input: R,
    kind: BallotKind,
) -> Result<BallotFile, FormatError> {
    let mut input = HashingReader::new(input);
    // Only the head is held to tell the formats apart; it is then read again
    // from memory, followed by the rest of the stream.
    let mut head = Vec::with_capacity(HEAD_LEN);
    (&mut input)
        .take(HEAD_LEN as u64)
        .read_to_end(&mut head)
        .map_err(|e| read_error(name, &e))?;
    let is_blt = blt::looks_like_blt(&head);
    let utf16 = input::is_utf16(&head);
    let mut stream =
        guard::TextGuard::new(name, Cursor::new(head).chain(&mut input), MAX_LINE, false);
    if utf16 {
        stream = stream.allow_nul();
    }
    let mut file = if is_blt {
        blt::read_blt_stream(name, BufReader::new(stream))?
    } else {
        grid::read_grid_stream(name, stream, kind)?
    };
    file.sha256 = input.finish().map_err(|e| read_error(name, &e))?;
    Ok(file)
}

/// A file that cannot be read (as opposed to one that is read and wrong),
/// or the error a [`guard::TextGuard`] raised while it was read.
pub(crate) fn read_error(name: &str, e: &io::Error) -> FormatError {
    guard::io_to_format(name, e)
}
