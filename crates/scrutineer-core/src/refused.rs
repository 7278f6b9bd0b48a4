//! The rows a roll import refused, as a CSV the officer can keep or send
//! back to whoever made the file (the window's "Refused rows" panel):
//! `line,reason`, one row per refused line, formula-safe like every CSV
//! Scrutineer writes.

use crate::error::{Error, ErrorCode, Result};
use crate::model::RejectedRow;
use scrutineer_formats::csv_cell;

/// The refused rows as CSV (`line,reason`).
pub fn refused_rows_csv(rows: &[RejectedRow]) -> Result<Vec<u8>> {
    let err =
        |e: csv::Error| Error::new(ErrorCode::Io, format!("cannot write the refused rows: {e}"));
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(["line", "reason"]).map_err(err)?;
    for r in rows {
        let line = r.line.to_string();
        w.write_record(csv_cell::record([line.as_str(), r.reason.as_str()]))
            .map_err(err)?;
    }
    w.into_inner().map_err(|e| {
        Error::new(
            ErrorCode::Io,
            format!("cannot write the refused rows: {}", e.error()),
        )
    })
}

impl crate::Election {
    /// Write `rows` (from an import's report) to `out`.
    pub fn export_refused_rows(&self, rows: &[RejectedRow], out: &std::path::Path) -> Result<()> {
        let bytes = refused_rows_csv(rows)?;
        crate::output::write_atomic(out, &self.kept_files(), &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_refused_line_and_no_formula() {
        let rows = [
            RejectedRow {
                line: 3,
                reason: "no email address (column \"email\" is empty)".into(),
            },
            RejectedRow {
                line: 9,
                reason: "-not an email, \"x\"".into(),
            },
        ];
        let text = String::from_utf8(refused_rows_csv(&rows).unwrap()).unwrap();
        assert_eq!(
            text,
            "line,reason\r\n3,\"no email address (column \"\"email\"\" is empty)\"\r\n9,\"'-not an email, \"\"x\"\"\"\r\n"
        );
    }
}
