//! Spreadsheet formula injection, neutralised in every CSV Scrutineer writes
//! for people (results, roll exports, candidate lists), and undone when
//! Scrutineer reads its own exports back.
//!
//! A spreadsheet (Excel, LibreOffice Calc, Google Sheets) reads a cell that
//! begins with `=`, `+`, `-` or `@` as a formula, and some also after a
//! leading tab or carriage return (OWASP, "CSV Injection"). A name such as
//! `=HYPERLINK("http://…","click")` in a roll would then run as a formula
//! on the returns officer's machine. Such a cell is written with a leading
//! apostrophe, which every spreadsheet shows as text and hides.
//!
//! The rule is exactly reversible, so reading an export back restores the
//! value written: a cell is prefixed when it begins with a trigger
//! character, *or* with an apostrophe followed by something that would
//! itself be prefixed (so `'=x`, a value that really starts with an
//! apostrophe, is written `''=x` and read back as `'=x`). [`restore`]
//! removes one apostrophe exactly when [`neutralise`] would have added it.
//!
//! Not neutralised: the public re-count bundle's canonical ballots and other
//! files meant for programs, whose bytes are hashed and must be read
//! verbatim (see ARCHITECTURE.md, "CSV files").

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula.
pub const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `cell` would be written with a leading apostrophe.
pub fn needs_prefix(cell: &str) -> bool {
    // Starts with a trigger, or with `'` followed by a cell that needs the
    // prefix: that is, a trigger after any leading apostrophes.
    cell.trim_start_matches('\'').starts_with(TRIGGERS)
}

/// The cell as it is written: prefixed with `'` when a spreadsheet would
/// read it as a formula (see the module documentation).
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if needs_prefix(cell) {
        let mut s = String::with_capacity(cell.len() + 1);
        s.push('\'');
        s.push_str(cell);
        Cow::Owned(s)
    } else {
        Cow::Borrowed(cell)
    }
}

/// The value of a cell Scrutineer wrote: the apostrophe [`neutralise`]
/// added is removed, and nothing else changes.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_prefix(rest) => rest,
        _ => cell,
    }
}

/// A neutralised cell, as `csv::Writer::write_record` takes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell<'a>(pub Cow<'a, str>);

impl AsRef<[u8]> for Cell<'_> {
    fn as_ref(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

/// A record's cells, each neutralised: write a row with
/// `w.write_record(csv_cell::record([name, email]))`.
pub fn record<'a, I>(cells: I) -> impl Iterator<Item = Cell<'a>>
where
    I: IntoIterator<Item = &'a str>,
{
    cells.into_iter().map(|c| Cell(neutralise(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triggers_are_prefixed_and_others_are_not() {
        for c in ["=1+1", "+44 20 7946 0000", "-2", "@SUM(A1)", "\t=1", "\r=1"] {
            assert_eq!(neutralise(c), format!("'{c}"), "{c:?}");
        }
        for c in [
            "", "Ann", "Peña", "Иван", "1", " =1", "a=b", "'", "'quoted'", "O'Brien",
        ] {
            assert_eq!(neutralise(c), c, "{c:?}");
        }
    }

    #[test]
    fn an_apostrophe_that_would_be_read_as_ours_is_doubled() {
        assert_eq!(neutralise("'=x"), "''=x");
        assert_eq!(neutralise("''-x"), "'''-x");
        assert_eq!(restore("''=x"), "'=x");
    }

    #[test]
    fn restore_undoes_neutralise_exactly() {
        let values = [
            "",
            "'",
            "''",
            "=",
            "'=",
            "''=",
            "=A1",
            "'=A1",
            "-",
            "'-1",
            "@",
            "+",
            "\t",
            "\r",
            "'\t",
            "x",
            "'x",
            "''x",
            "=HYPERLINK(\"http://x\")",
            "Łukasz",
            "王",
        ];
        for v in values {
            let written = neutralise(v);
            assert_eq!(restore(&written), v, "{v:?} written as {written:?}");
            // A written cell never starts with a trigger.
            assert!(!written.starts_with(TRIGGERS), "{written:?}");
        }
    }

    #[test]
    fn a_record_written_by_csv_reads_back_exactly() {
        let values = ["=1+1", "Ann, \"the\" one", "'=x", "-", "Zoë"];
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(record(values)).unwrap();
        let bytes = w.into_inner().unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.starts_with("'=1+1,"), "{text}");
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(&bytes[..]);
        let row = r.records().next().unwrap().unwrap();
        let back: Vec<&str> = row.iter().map(restore).collect();
        assert_eq!(back, values);
    }

    #[test]
    fn restore_leaves_other_cells_alone() {
        for c in ["'Ann", "'", "O'Brien", "'quoted'", "Ann"] {
            assert_eq!(restore(c), c);
        }
    }
}
