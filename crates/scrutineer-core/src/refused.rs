//! The rows a roll import refused, as a CSV the officer can keep or send
//! back to whoever made the file (the window's "Refused rows" panel, and
//! `scrutineer roll import --refused-out`): `line,row,reason`, one row per
//! refused line (the row as read from the file, empty when there is none to
//! show), formula-safe like every CSV Scrutineer writes.

use crate::error::{Error, ErrorCode, Result};
use crate::model::RejectedRow;
use crate::output;
use scrutineer_formats::csv_cell;
use scrutineer_i18n::Msg;
use std::path::Path;

/// The refused rows as CSV (`line,row,reason`).
pub fn refused_rows_csv(rows: &[RejectedRow]) -> Result<Vec<u8>> {
    let err = |e: csv::Error| {
        Error::new(
            ErrorCode::Io,
            Msg::new("err-write-refused-rows").arg("detail", e.to_string()),
        )
    };
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(["line", "row", "reason"]).map_err(err)?;
    for r in rows {
        let line = r.line.to_string();
        w.write_record(csv_cell::record([
            line.as_str(),
            r.row.as_deref().unwrap_or(""),
            r.reason.as_str(),
        ]))
        .map_err(err)?;
    }
    w.into_inner().map_err(|e| {
        Error::new(
            ErrorCode::Io,
            Msg::new("err-write-refused-rows").arg("detail", e.error().to_string()),
        )
    })
}

impl crate::Election {
    /// Write `rows` (from an import's report) to `out`.
    pub fn export_refused_rows(&self, rows: &[RejectedRow], out: &Path) -> Result<()> {
        self.write_refused_rows(rows, out, None)
    }

    /// Check, before an import, that its refused rows can be written to
    /// `out`: its folder exists, and it is neither the election file (nor
    /// its journal files) nor `input`, the file being imported. So that a
    /// wrong name fails before anything changes.
    pub fn check_refused_rows_out(&self, out: &Path, input: Option<&Path>) -> Result<()> {
        if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
            if !dir.is_dir() {
                return Err(Error::new(
                    ErrorCode::NotFound,
                    Msg::new("err-refused-rows-no-folder")
                        .arg("path", out.display().to_string())
                        .arg("folder", dir.display().to_string()),
                ));
            }
        }
        output::check_output(out, &self.kept_with(input)).map(|_| ())
    }

    /// Write `rows` to `out` (through a temporary file and a rename), never
    /// over the election file or `input`.
    pub fn write_refused_rows(
        &self,
        rows: &[RejectedRow],
        out: &Path,
        input: Option<&Path>,
    ) -> Result<()> {
        let bytes = refused_rows_csv(rows)?;
        output::write_atomic(out, &self.kept_with(input), &bytes)
    }

    fn kept_with(&self, input: Option<&Path>) -> Vec<output::Kept> {
        let mut kept = self.kept_files();
        if let Some(i) = input {
            kept.push(output::Kept::new(i, "err-kept-input"));
        }
        kept
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
                id: None,
                row: Some("Ann Lee,,7".into()),
            },
            RejectedRow {
                line: 9,
                reason: "-not an email, \"x\"".into(),
                id: None,
                row: Some("=HYPERLINK(\"x\"),x".into()),
            },
            RejectedRow {
                line: 12,
                reason: "the nominator is not on the roll".into(),
                id: None,
                row: None,
            },
        ];
        let text = String::from_utf8(refused_rows_csv(&rows).unwrap()).unwrap();
        assert_eq!(
            text,
            "line,row,reason\r\n\
             3,\"Ann Lee,,7\",\"no email address (column \"\"email\"\" is empty)\"\r\n\
             9,\"'=HYPERLINK(\"\"x\"\"),x\",\"'-not an email, \"\"x\"\"\"\r\n\
             12,,the nominator is not on the roll\r\n"
        );
    }
}
