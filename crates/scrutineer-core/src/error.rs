//! The one error type of the service API. It crosses the IPC boundary as
//! `{"code": "...", "message": "..."}` and the CLI prints its message.

use serde::{Deserialize, Serialize};
use std::fmt;
use ts_rs::TS;

/// What kind of failure, for programs; the message is for people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A term, nominee or file that does not exist.
    NotFound,
    /// A name already taken.
    AlreadyExists,
    /// A form field or argument that is not acceptable.
    InvalidInput,
    /// A file that cannot be read as what it should be.
    BadFile,
    /// The term's stage does not allow this (e.g. it is certified).
    WrongStage,
    /// The count could not be made.
    Count,
    /// The election file itself failed (disk, corruption).
    Database,
    /// Reading or writing a file failed.
    Io,
    /// The user cancelled a long operation; nothing was written.
    Cancelled,
    /// The count reached a tie that the term's rules leave to the returns
    /// officer: record the decision (`Election::pending_tie` says which),
    /// then count again.
    TieDecisionNeeded,
    /// Another program (perhaps the window) is changing the election file,
    /// and did not finish within the busy timeout; try again.
    Busy,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
}

impl Error {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Error {
            code,
            message: message.into(),
        }
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::InvalidInput, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::NotFound, message)
    }
    pub fn stage(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::WrongStage, message)
    }
    pub fn io(path: &std::path::Path, e: std::io::Error) -> Self {
        Error::new(ErrorCode::Io, format!("{}: {e}", path.display()))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// True for SQLite's "database is busy/locked": another connection holds
/// the lock longer than the busy timeout.
pub(crate) fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

/// The message of a [`ErrorCode::Busy`] error.
pub const BUSY_MESSAGE: &str = "the election file is in use by another program (perhaps the Scrutineer window); close it or try again";

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        if is_busy(&e) {
            return Error::new(ErrorCode::Busy, BUSY_MESSAGE);
        }
        Error::new(ErrorCode::Database, format!("election file error: {e}"))
    }
}

impl From<scrutineer_formats::FormatError> for Error {
    fn from(e: scrutineer_formats::FormatError) -> Self {
        Error::new(ErrorCode::BadFile, e.to_string())
    }
}

impl From<scrutineer_count::CountError> for Error {
    fn from(e: scrutineer_count::CountError) -> Self {
        Error::new(ErrorCode::Count, e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, Error>;
