//! The voting service's participation list (who voted): a CSV with an email
//! column (any of the roll's email headers), or, without one, an id column
//! (any of the roll's id headers: `login`, `member id`, ...) for members
//! known by id only, or a plain list of emails, one per line. UTF-8, with or
//! without a BOM.
//!
//! Streamed like the roll: opened by [`super::source::open_input`] (no FIFO,
//! no device), refused at once when its start holds NUL bytes (a binary
//! file, or UTF-16), and read one bounded record at a time
//! ([`super::record`]), so memory stays flat whatever the file's size.

use super::record::{RawRecord, RecordReader};
use super::source::open_input;
use super::{header_key, Field, RejectedRow};
use crate::FormatError;
use std::fs::File;
use std::io::{BufReader, Chain, Cursor, Read};
use std::path::Path;

/// Bytes looked at for NULs before any record is read.
const SAMPLE: u64 = 64 * 1024;

/// One line of a participation list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VotedRow {
    /// An email address (trimmed), or from an id column a member id, with
    /// its physical line.
    Email { line: u64, email: String },
    /// A line that cannot be an email address.
    Rejected(RejectedRow),
}

type Src = BufReader<Chain<Cursor<Vec<u8>>, File>>;

/// The rows of a participation list, one at a time.
pub struct VotedReader {
    name: String,
    records: RecordReader<Src>,
    rec: RawRecord,
    col: usize,
    first: Option<VotedRow>,
}

impl VotedReader {
    /// Open a participation list: refuses a non-regular file, a binary file,
    /// an empty file, or a first line that is neither a header with an email
    /// column nor an email address.
    pub fn open(path: &Path) -> Result<VotedReader, FormatError> {
        let (name, f) = open_input(path)?;
        let io_err = |e: std::io::Error| {
            FormatError::msg(
                &name,
                None,
                None,
                scrutineer_i18n::Msg::new("err-cannot-read")
                    .arg("reason", crate::words::io_msg(&e)),
            )
        };
        let mut sample = Vec::new();
        (&f).take(SAMPLE).read_to_end(&mut sample).map_err(io_err)?;
        if sample.contains(&0) {
            return Err(FormatError::msg(
                &name,
                None,
                None,
                scrutineer_i18n::Msg::new("err-voted-nul"),
            ));
        }
        if sample.starts_with(b"\xEF\xBB\xBF") {
            sample.drain(..3);
        }
        let src = BufReader::with_capacity(64 * 1024, Cursor::new(sample).chain(f));
        let mut records = RecordReader::new(src, b',');
        let mut rec = RawRecord::default();
        let found = loop {
            if !records.next_record(&mut rec).map_err(io_err)? {
                break false;
            }
            if !rec.is_blank() {
                break true;
            }
        };
        if !found {
            return Err(FormatError::msg(
                &name,
                None,
                None,
                scrutineer_i18n::Msg::new("err-file-empty"),
            ));
        }
        let email_names = Field::Email.synonyms();
        // An email column; else an id column (login, member id, ...): the
        // list of members known by id only (an Elekto roll's GitHub logins).
        let header_col = rec
            .fields()
            .position(|h| email_names.contains(&header_key(h).as_str()))
            .or_else(|| {
                rec.fields()
                    .position(|h| Field::Id.synonyms().contains(&header_key(h).as_str()))
            });
        let (col, first) = match header_col {
            Some(c) if rec.overflow.is_none() => (c, None),
            _ if rec.overflow.is_none() && rec.len() == 1 && rec.get(0).contains('@') => {
                (0, Some(row(&rec, 0)))
            }
            _ => {
                return Err(FormatError::msg(
                    &name,
                    Some(rec.line),
                    None,
                    scrutineer_i18n::Msg::new("err-voted-no-email-column"),
                ))
            }
        };
        Ok(VotedReader {
            name,
            records,
            rec,
            col,
            first,
        })
    }
}

fn row(rec: &RawRecord, col: usize) -> VotedRow {
    let line = rec.line;
    if rec.overflow.is_some() {
        return VotedRow::Rejected(RejectedRow {
            line,
            reason: "the line is too long to hold an email address (a broken quote?)".into(),
            row: rec.as_read(b','),
        });
    }
    let email = rec.get(col).trim();
    if let Some(c) = email.chars().find(|c| c.is_control() || *c == '\u{FFFD}') {
        return VotedRow::Rejected(RejectedRow {
            line,
            reason: format!(
                "the email address contains {} (U+{:04X}): is this UTF-8 text?",
                if c == '\u{FFFD}' {
                    "bytes that are not UTF-8"
                } else {
                    "a control character"
                },
                u32::from(c)
            ),
            row: rec.as_read(b','),
        });
    }
    VotedRow::Email {
        line,
        email: email.to_string(),
    }
}

impl Iterator for VotedReader {
    type Item = Result<VotedRow, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(r) = self.first.take() {
            return Some(Ok(r));
        }
        loop {
            match self.records.next_record(&mut self.rec) {
                Err(e) => {
                    return Some(Err(FormatError::msg(
                        &self.name,
                        Some(self.records.line()),
                        None,
                        scrutineer_i18n::Msg::new("err-cannot-read")
                            .arg("reason", crate::words::io_msg(&e)),
                    )))
                }
                Ok(false) => return None,
                Ok(true) if self.rec.is_blank() => continue,
                Ok(true) => match row(&self.rec, self.col) {
                    VotedRow::Email { email, .. } if email.is_empty() => continue,
                    r => return Some(Ok(r)),
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &[u8]) -> Result<Vec<VotedRow>, FormatError> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("voted.csv");
        std::fs::write(&p, text).unwrap();
        VotedReader::open(&p)?.collect()
    }

    fn email(line: u64, e: &str) -> VotedRow {
        VotedRow::Email {
            line,
            email: e.into(),
        }
    }

    #[test]
    fn header_or_plain_list() {
        assert_eq!(
            rows(b"\xEF\xBB\xBFName,E-mail\nAnn,ann@x.org\n\n,\nBob, bob@x.org \n").unwrap(),
            vec![email(2, "ann@x.org"), email(5, "bob@x.org")]
        );
        assert_eq!(
            rows(b"ann@x.org\r\nbob@x.org").unwrap(),
            vec![email(1, "ann@x.org"), email(2, "bob@x.org")]
        );
    }

    #[test]
    fn bad_files_are_refused() {
        assert!(rows(b"").unwrap_err().message.contains("empty"));
        assert!(rows(b"a\0b\n").unwrap_err().message.contains("NUL"));
        assert!(rows(b"name,when\nAnn,today\n")
            .unwrap_err()
            .message
            .contains("no email column"));
        let r = rows(b"email\nx\x1by@z.org\n\xff@z.org\n").unwrap();
        assert!(matches!(&r[0], VotedRow::Rejected(x) if x.reason.contains("control character")));
        assert!(matches!(&r[1], VotedRow::Rejected(x) if x.reason.contains("not UTF-8")));
    }
}
