//! Roll exports, written as UTF-8 to any `io::Write`, one voter at a time.

use super::VoterRecord;
use crate::csv_cell;
use std::io::{self, Write};

/// A voter as exports need it (borrowed, so the database layer can export
/// its own rows without building [`VoterRecord`]s).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportVoter<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub voter_id: Option<&'a str>,
    pub weight: u32,
    pub membership: Option<&'a str>,
}

impl VoterRecord {
    pub fn export(&self) -> ExportVoter<'_> {
        ExportVoter {
            name: &self.name,
            email: &self.email,
            voter_id: self.voter_id.as_deref(),
            weight: self.weight,
            membership: self.membership.as_deref(),
        }
    }
}

fn csv_err(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        k => io::Error::other(format!("{k:?}")),
    }
}

fn writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .quote_style(csv::QuoteStyle::Necessary)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out)
}

/// An export format, for [`RollExportWriter`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RollExportFormat {
    /// See [`write_roll_csv`].
    Csv,
    /// See [`write_helios_voters`].
    Helios,
    /// See [`write_email_list`].
    Emails,
}

enum Sink<W: Write> {
    Csv(csv::Writer<W>),
    Helios(csv::Writer<W>),
    Emails(W),
}

/// A streaming roll export: one voter at a time, so a caller reading rows
/// from a database cursor never holds the whole roll. The bytes are exactly
/// those of [`write_roll_csv`], [`write_helios_voters`] and
/// [`write_email_list`] (which are built on it).
pub struct RollExportWriter<W: Write> {
    sink: Sink<W>,
    written: u64,
    weight: String,
}

impl<W: Write> RollExportWriter<W> {
    /// Start an export to `out` (the CSV format writes its header now).
    pub fn new(out: W, format: RollExportFormat) -> io::Result<Self> {
        let sink = match format {
            RollExportFormat::Csv => {
                let mut w = writer(out);
                w.write_record(["name", "email", "id", "weight", "membership"])
                    .map_err(csv_err)?;
                Sink::Csv(w)
            }
            RollExportFormat::Helios => Sink::Helios(writer(out)),
            RollExportFormat::Emails => Sink::Emails(out),
        };
        Ok(RollExportWriter {
            sink,
            written: 0,
            weight: String::new(),
        })
    }

    /// Write one voter.
    pub fn write(&mut self, v: &ExportVoter<'_>) -> io::Result<()> {
        match &mut self.sink {
            Sink::Csv(w) => {
                use std::fmt::Write as _;
                self.weight.clear();
                let _ = write!(self.weight, "{}", v.weight);
                w.write_record(csv_cell::record([
                    v.name,
                    v.email,
                    v.voter_id.unwrap_or(""),
                    &self.weight,
                    v.membership.unwrap_or(""),
                ]))
                .map_err(csv_err)?;
            }
            Sink::Helios(w) => {
                w.write_record(csv_cell::record([
                    "password",
                    v.voter_id.unwrap_or(v.email),
                    v.email,
                    v.name,
                ]))
                .map_err(csv_err)?;
            }
            Sink::Emails(out) => {
                out.write_all(v.email.as_bytes())?;
                out.write_all(b"\n")?;
            }
        }
        self.written += 1;
        Ok(())
    }

    /// Voters written so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Flush everything and hand back the output and the number of voters
    /// written.
    pub fn finish(self) -> io::Result<(W, u64)> {
        let out = match self.sink {
            Sink::Csv(w) | Sink::Helios(w) => w.into_inner().map_err(|e| e.into_error())?,
            Sink::Emails(mut out) => {
                out.flush()?;
                out
            }
        };
        Ok((out, self.written))
    }
}

fn write_all<'a, W: Write>(
    out: W,
    format: RollExportFormat,
    voters: impl IntoIterator<Item = ExportVoter<'a>>,
) -> io::Result<u64> {
    let mut w = RollExportWriter::new(out, format)?;
    for v in voters {
        w.write(&v)?;
    }
    let (mut out, n) = w.finish()?;
    out.flush()?;
    Ok(n)
}

/// The roll as CSV: header `name,email,id,weight,membership`, then one line
/// per voter (quoted where needed; a cell a spreadsheet would read as a
/// formula gets a leading `'`, see [`crate::csv_cell`]). Reads back with
/// [`super::RollReader`] unchanged. Returns the number of voters written.
pub fn write_roll_csv<'a, W: Write>(
    out: W,
    voters: impl IntoIterator<Item = ExportVoter<'a>>,
) -> io::Result<u64> {
    write_all(out, RollExportFormat::Csv, voters)
}

/// A Helios voter file: no header, one line per voter,
/// `password,ID,EMAIL,NAME` ("password" is Helios's voter type for voters
/// who get a password by email). ID is the voter id, or the email when the
/// voter has none (Helios needs a unique id per voter). Helios reads the
/// file with Python's csv module, so names with commas or quotes are quoted
/// the CSV way, and formula-like cells are neutralised as in every CSV
/// Scrutineer writes ([`crate::csv_cell`]). Weights are not part of Helios's format and are not written.
pub fn write_helios_voters<'a, W: Write>(
    out: W,
    voters: impl IntoIterator<Item = ExportVoter<'a>>,
) -> io::Result<u64> {
    write_all(out, RollExportFormat::Helios, voters)
}

/// The email addresses, one per line (for a mail merge or a mailing list).
pub fn write_email_list<'a, W: Write>(
    out: W,
    voters: impl IntoIterator<Item = ExportVoter<'a>>,
) -> io::Result<u64> {
    write_all(out, RollExportFormat::Emails, voters)
}
