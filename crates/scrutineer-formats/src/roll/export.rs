//! Roll exports, written as UTF-8 to any `io::Write`, one voter at a time.

use super::VoterRecord;
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

/// The roll as CSV: header `name,email,id,weight,membership`, then one line
/// per voter (quoted where needed). Reads back with
/// [`super::RollReader`] unchanged. Returns the number of voters written.
pub fn write_roll_csv<'a, W: Write>(
    out: W,
    voters: impl IntoIterator<Item = ExportVoter<'a>>,
) -> io::Result<u64> {
    let mut w = writer(out);
    w.write_record(["name", "email", "id", "weight", "membership"])
        .map_err(csv_err)?;
    let mut n = 0;
    for v in voters {
        let weight = v.weight.to_string();
        w.write_record([
            v.name,
            v.email,
            v.voter_id.unwrap_or(""),
            &weight,
            v.membership.unwrap_or(""),
        ])
        .map_err(csv_err)?;
        n += 1;
    }
    w.flush()?;
    Ok(n)
}

/// A Helios voter file: no header, one line per voter,
/// `password,ID,EMAIL,NAME` ("password" is Helios's voter type for voters
/// who get a password by email). ID is the voter id, or the email when the
/// voter has none (Helios needs a unique id per voter). Helios reads the
/// file with Python's csv module, so names with commas or quotes are quoted
/// the CSV way. Weights are not part of Helios's format and are not written.
pub fn write_helios_voters<'a, W: Write>(
    out: W,
    voters: impl IntoIterator<Item = ExportVoter<'a>>,
) -> io::Result<u64> {
    let mut w = writer(out);
    let mut n = 0;
    for v in voters {
        w.write_record(["password", v.voter_id.unwrap_or(v.email), v.email, v.name])
            .map_err(csv_err)?;
        n += 1;
    }
    w.flush()?;
    Ok(n)
}

/// The email addresses, one per line (for a mail merge or a mailing list).
pub fn write_email_list<'a, W: Write>(
    mut out: W,
    voters: impl IntoIterator<Item = ExportVoter<'a>>,
) -> io::Result<u64> {
    let mut n = 0;
    for v in voters {
        out.write_all(v.email.as_bytes())?;
        out.write_all(b"\n")?;
        n += 1;
    }
    out.flush()?;
    Ok(n)
}
