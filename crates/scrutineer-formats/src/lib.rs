//! Scrutineer's file formats, with errors that name the file, the line and
//! the problem. Nothing here panics on any input bytes.
//!
//! * [`grid`]: ballot CSV with one column per candidate (ranks, approvals or
//!   scores), as Elekto, CIVS and most voting services export.
//! * [`blt`]: the BLT ballot format (OpenSTV, OpaVote, Droop).
//! * [`roll`]: voter rolls from whatever CSV an administrator is handed.

pub mod blt;
pub mod grid;
pub mod roll;

use scrutineer_count::{BallotKind, CandId, Profile};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::fmt;
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
        }
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
}

/// Hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let d = Sha256::digest(bytes);
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// Read a ballot file, BLT or grid CSV, telling them apart by content: a BLT
/// file starts with two integers (candidates and seats). `kind` is what the
/// grid cells mean (ranks, approvals or scores); BLT files are always ranked.
pub fn read_ballot_file(path: &Path, kind: BallotKind) -> Result<BallotFile, FormatError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| FormatError::new(&name, None, None, format!("cannot read the file: {e}")))?;
    read_ballot_bytes(&name, &bytes, kind)
}

/// As [`read_ballot_file`], from bytes already read; `name` is used in errors.
pub fn read_ballot_bytes(
    name: &str,
    bytes: &[u8],
    kind: BallotKind,
) -> Result<BallotFile, FormatError> {
    if blt::looks_like_blt(bytes) {
        blt::read_blt(name, bytes)
    } else {
        grid::read_grid(name, bytes, kind)
    }
}
