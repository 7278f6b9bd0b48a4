//! The one error type of the service API. It crosses the IPC boundary as
//! `{"code": "...", "message": "..."}` and the CLI prints its message.
//!
//! An error made from a message id (`locales/<lang>/errors.ftl`) keeps the
//! id and its variables beside the English `message`: [`Error::localized`]
//! writes it in the reader's language (the CLI's `LANG`, the window's
//! language at the IPC boundary). JSON and the window's `Error` type see
//! `{code, message}` and, when there is one, the message's Fluent `id`: a
//! stable name a program matches on (the window places a refused rule's
//! error beside its control by it), whatever the language of `message`.

use scrutineer_i18n::{Lang, Msg};
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
    /// The message in English (what JSON and the audit log carry).
    pub message: String,
    /// The Fluent id of the message (`err-rule-period`), when it was made
    /// from one: the same in every language, for programs to match on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub id: Option<String>,
    /// The message's id and variables, when it was made from one: the
    /// source of [`Error::localized`]. Never serialized.
    #[serde(skip)]
    #[ts(skip)]
    pub msg: Option<Box<Msg>>,
}

/// What an error says: English words as written (`format!`), or a message
/// id with its variables ([`Msg`]), written in English for `message`.
#[derive(Debug)]
pub enum ErrorText {
    English(String),
    Msg(Msg),
}

impl From<String> for ErrorText {
    fn from(s: String) -> Self {
        ErrorText::English(s)
    }
}
impl From<&String> for ErrorText {
    fn from(s: &String) -> Self {
        ErrorText::English(s.clone())
    }
}
impl From<&str> for ErrorText {
    fn from(s: &str) -> Self {
        ErrorText::English(s.to_string())
    }
}
impl From<std::borrow::Cow<'_, str>> for ErrorText {
    fn from(s: std::borrow::Cow<'_, str>) -> Self {
        ErrorText::English(s.into_owned())
    }
}
impl From<Msg> for ErrorText {
    fn from(m: Msg) -> Self {
        ErrorText::Msg(m)
    }
}

impl Error {
    /// An error saying `text`: English words, or a [`Msg`] (then `message`
    /// is its English rendering, and [`Error::localized`] any language's).
    pub fn new(code: ErrorCode, text: impl Into<ErrorText>) -> Self {
        match text.into() {
            ErrorText::English(message) => Error {
                code,
                message,
                id: None,
                msg: None,
            },
            ErrorText::Msg(m) => Error {
                code,
                message: m.render(Lang::En),
                id: Some(m.id.to_string()),
                msg: Some(Box::new(m)),
            },
        }
    }
    pub fn invalid(text: impl Into<ErrorText>) -> Self {
        Error::new(ErrorCode::InvalidInput, text)
    }
    pub fn not_found(text: impl Into<ErrorText>) -> Self {
        Error::new(ErrorCode::NotFound, text)
    }
    pub fn stage(text: impl Into<ErrorText>) -> Self {
        Error::new(ErrorCode::WrongStage, text)
    }
    /// An operating-system error on `path`, in words (`words::io_words`:
    /// no "(os error 2)").
    pub fn io(path: &std::path::Path, e: std::io::Error) -> Self {
        Error::new(
            ErrorCode::Io,
            Msg::new("err-path")
                .arg("path", path.display().to_string())
                .arg("problem", scrutineer_formats::words::io_msg(&e)),
        )
    }

    /// The message in `lang`: its id's words when it has one, else the
    /// English `message` as it is. What the CLI prints and the window shows.
    pub fn localized(&self, lang: Lang) -> String {
        match &self.msg {
            Some(m) if lang != Lang::En => m.render(lang),
            _ => self.message.clone(),
        }
    }

    /// This error as a reader of `lang` is to see it across a boundary (the
    /// window's IPC): the same code, `message` in `lang` (English, or an
    /// error without an id, unchanged). `localized` is its message.
    pub fn in_lang(self, lang: Lang) -> Self {
        Error {
            code: self.code,
            message: self.localized(lang),
            id: self.id,
            msg: self.msg,
        }
    }

    /// The message, as a [`Msg`] to put inside another (its id's, or the
    /// English words as they are).
    pub fn as_msg(&self) -> Msg {
        match &self.msg {
            Some(m) => (**m).clone(),
            None => Msg::new("err-detail").arg("detail", self.message.as_str()),
        }
    }

    /// This error with `more` said after it (", or pass --create-dirs"):
    /// the English and every language's.
    pub fn with_hint(self, hint: Msg) -> Self {
        let code = self.code;
        Error::new(
            code,
            Msg::new("err-with-hint")
                .arg("error", self.as_msg())
                .arg("hint", hint),
        )
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

/// The message of a [`ErrorCode::Busy`] error (`err-busy` in English).
pub const BUSY_MESSAGE: &str = "the election file is in use by another program (perhaps the Scrutineer window); close it or try again";

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        if is_busy(&e) {
            return Error::new(ErrorCode::Busy, Msg::new("err-busy"));
        }
        // SQLite's own words stay as they are (they are for a technician).
        Error::new(
            ErrorCode::Database,
            Msg::new("err-database").arg("detail", e.to_string()),
        )
    }
}

impl From<scrutineer_formats::FormatError> for Error {
    fn from(e: scrutineer_formats::FormatError) -> Self {
        // The file, the line and the column kept in every language.
        let err = Error::new(ErrorCode::BadFile, e.located());
        debug_assert_eq!(err.message, e.to_string());
        err
    }
}

impl From<scrutineer_count::CountError> for Error {
    fn from(e: scrutineer_count::CountError) -> Self {
        // The counting engine's own words (scrutineer-count), as they are.
        Error::new(ErrorCode::Count, detail(e))
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// Words from elsewhere (serde, SQLite, a library) shown as they are, as a
/// message (`err-detail`): for a technician, the same in every language.
pub(crate) fn detail(e: impl fmt::Display) -> Msg {
    Msg::new("err-detail").arg("detail", e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_with_an_id_is_english_in_json_and_localized_on_demand() {
        let e = Error::not_found(Msg::new("err-term-not-found").arg("term", "Vorstand 2026"));
        assert_eq!(e.message, "there is no term named \"Vorstand 2026\"");
        let json = serde_json::to_string(&e).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"code":"not_found","message":"there is no term named \"Vorstand 2026\"","id":"err-term-not-found"}"#
        );
        // Words without an id: no `id` in JSON.
        let plain = serde_json::to_string(&Error::invalid("odd")).unwrap_or_default();
        assert_eq!(plain, r#"{"code":"invalid_input","message":"odd"}"#);
        assert_eq!(e.localized(Lang::En), e.message);
        let de = e.localized(Lang::De);
        assert!(de.contains("Vorstand 2026") && de != e.message, "{de}");
        // At the IPC boundary: the code kept, the words the window's.
        let shown = e.clone().in_lang(Lang::Ja);
        assert_eq!(shown.code, ErrorCode::NotFound);
        assert_eq!(shown.message, e.localized(Lang::Ja));
        assert_eq!(shown.id.as_deref(), Some("err-term-not-found"));
        // Read back from JSON: English only, still an error to show.
        let back: Error = serde_json::from_str(&json).unwrap_or_else(|_| Error::invalid("x"));
        assert_eq!(back.localized(Lang::De), e.message);
    }

    #[test]
    fn a_file_error_keeps_its_file_line_and_column_in_every_language() {
        let fe = scrutineer_formats::FormatError::msg(
            "roll.csv",
            Some(7),
            Some("email".into()),
            Msg::new("err-nul-byte"),
        );
        let e = Error::from(fe.clone());
        assert_eq!(e.message, fe.to_string());
        for lang in Lang::ALL {
            let s = e.localized(lang);
            assert!(
                s.starts_with("roll.csv:7") && s.contains("email"),
                "{lang}: {s}"
            );
            assert_ne!(lang != Lang::En, s == e.message, "{lang}: {s}");
        }
        // A file error without an id keeps its English problem, located as
        // the language locates it (Japanese puts a full-width colon).
        let plain = scrutineer_formats::FormatError::new("b.csv", Some(3), None, "odd");
        assert_eq!(
            Error::from(plain.clone()).localized(Lang::En),
            "b.csv:3: odd"
        );
        assert_eq!(Error::from(plain).localized(Lang::Ja), "b.csv:3：odd");
    }

    #[test]
    fn english_words_without_an_id_stay_english() {
        let e = Error::invalid(format!("{} is odd", 3));
        assert_eq!(e.localized(Lang::Fr), "3 is odd");
    }
}
