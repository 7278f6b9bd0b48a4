//! CSV records read one at a time with bounded memory.
//!
//! The `csv` crate's `Reader` grows its record buffer to hold whatever a
//! record contains, so a 10 MB field costs a 10 MB allocation. Here the
//! `csv-core` state machine (the same parser the `csv` crate uses, with the
//! same quoting rules: quoted fields may hold delimiters, doubled quotes and
//! line breaks) writes into an 8 KiB scratch buffer, and bytes are copied into
//! the record only while it stays within [`MAX_FIELD`], [`MAX_RECORD`] and
//! [`MAX_FIELDS`]. Past a limit the rest of the record is parsed and dropped,
//! and the record carries an [`Overflow`] saying why.
//!
//! Line numbers are physical: a record's line is the line where its first
//! byte is (1-based), counting CRLF, LF and lone CR (old Mac exports) as one
//! line break each, including breaks inside quoted fields. Blank lines
//! between records are skipped, as the `csv` crate does.

use std::io::{self, BufRead};

/// Longest field kept, in UTF-8 bytes.
pub const MAX_FIELD: usize = 64 * 1024;
/// Longest record kept, in UTF-8 bytes (all fields together).
pub const MAX_RECORD: usize = 256 * 1024;
/// Most fields kept in one record.
pub const MAX_FIELDS: usize = 1024;
/// Longest row shown "as read" with a refusal, in characters.
pub const AS_READ_MAX: usize = 1000;

/// Why a record's content was not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Overflow {
    /// The field at this 0-based index is longer than [`MAX_FIELD`].
    Field(usize),
    /// The record is longer than [`MAX_RECORD`].
    Record,
    /// The record has more than [`MAX_FIELDS`] fields.
    Fields,
}

/// One record: its fields (UTF-8, quotes removed) and where it starts.
#[derive(Debug, Default)]
pub(crate) struct RawRecord {
    pub line: u64,
    /// The fields' bytes while the record is read.
    bytes: Vec<u8>,
    /// The same bytes once the record is read, checked as UTF-8 once for
    /// all its fields (empty when they are not UTF-8: `get` then checks
    /// each field).
    text: String,
    ends: Vec<usize>,
    pub overflow: Option<Overflow>,
}

impl RawRecord {
    fn clear(&mut self) {
        // Both buffers keep their capacity from record to record.
        if self.bytes.is_empty() {
            self.bytes = std::mem::take(&mut self.text).into_bytes();
        }
        self.bytes.clear();
        self.text.clear();
        self.ends.clear();
        self.overflow = None;
    }

    /// The record is read: check its bytes as UTF-8, once.
    fn finish(&mut self) {
        match String::from_utf8(std::mem::take(&mut self.bytes)) {
            Ok(text) => self.text = text,
            Err(e) => self.bytes = e.into_bytes(),
        }
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Field `i`, or "" past the end. The decoded text is UTF-8 and fields
    /// are cut at ASCII delimiters, so this is always the whole field.
    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.ends.get(i - 1).copied().unwrap_or(0)
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        if self.bytes.is_empty() {
            // Checked as a whole (or no bytes at all); fields end at ASCII
            // delimiters, so on character boundaries.
            return self.text.get(start..end).unwrap_or("\u{FFFD}");
        }
        let bytes = self.bytes.get(start..end).unwrap_or(&[]);
        std::str::from_utf8(bytes).unwrap_or("\u{FFFD}")
    }

    pub fn fields(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(move |i| self.get(i))
    }

    /// The record as read, for people: its fields joined by `delimiter`, a
    /// field quoted (quotes doubled) when it holds the delimiter, a quote or
    /// a line break, cut after [`AS_READ_MAX`] characters with "…". A
    /// record too long to keep shows what was kept, then "…".
    pub fn as_read(&self, delimiter: u8) -> String {
        let sep = char::from(delimiter);
        let mut out = String::new();
        let mut chars = 0usize;
        'fields: for (i, f) in self.fields().enumerate() {
            let quote = f.contains([sep, '"', '\n', '\r']);
            let mut piece = String::with_capacity(f.len() + 3);
            if i > 0 {
                piece.push(sep);
            }
            if quote {
                piece.push('"');
                piece.push_str(&f.replace('"', "\"\""));
                piece.push('"');
            } else {
                piece.push_str(f);
            }
            for c in piece.chars() {
                if chars == AS_READ_MAX {
                    out.push('…');
                    break 'fields;
                }
                out.push(c);
                chars += 1;
            }
        }
        if self.overflow.is_some() && !out.ends_with('…') {
            out.push('…');
        }
        out
    }

    /// True when every field is empty or whitespace (a blank spreadsheet row).
    pub fn is_blank(&self) -> bool {
        self.overflow.is_none() && self.fields().all(|f| f.trim().is_empty())
    }
}

/// Counts line breaks: CRLF, LF and lone CR each count once, also when a
/// CRLF is split between two buffers.
#[derive(Debug, Default)]
struct LineCounter {
    breaks: u64,
    prev_cr: bool,
}

impl LineCounter {
    fn count(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        if !bytes.contains(&b'\r') {
            let lf = bytes.iter().filter(|&&b| b == b'\n').count() as u64;
            // A LF right after a CR that ended the previous buffer is the
            // second half of a CRLF.
            let split_crlf = self.prev_cr && bytes.first() == Some(&b'\n');
            self.breaks += lf - u64::from(split_crlf);
            self.prev_cr = false;
        } else {
            for &b in bytes {
                if b == b'\r' || (b == b'\n' && !self.prev_cr) {
                    self.breaks += 1;
                }
                self.prev_cr = b == b'\r';
            }
        }
    }
}

pub(crate) struct RecordReader<R: BufRead> {
    src: R,
    delimiter: u8,
    core: csv_core::Reader,
    lines: LineCounter,
    scratch: Vec<u8>,
}

impl<R: BufRead> RecordReader<R> {
    pub fn new(src: R, delimiter: u8) -> Self {
        RecordReader {
            src,
            delimiter,
            core: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            lines: LineCounter::default(),
            scratch: vec![0; 8 * 1024],
        }
    }

    /// The delimiter the records are read with.
    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// The physical line the reader is at (1-based).
    pub fn line(&self) -> u64 {
        self.lines.breaks + 1
    }

    /// Read the next record into `rec`; false at the end of the input.
    pub fn next_record(&mut self, rec: &mut RawRecord) -> io::Result<bool> {
        rec.clear();
        // Skip blank lines, so that `line` is where the record's text starts
        // (csv-core would skip them too, without telling).
        loop {
            let buf = self.src.fill_buf()?;
            if buf.is_empty() {
                break;
            }
            let n = buf
                .iter()
                .take_while(|&&b| b == b'\n' || b == b'\r')
                .count();
            let text_follows = n < buf.len();
            self.lines.count(buf.get(..n).unwrap_or(&[]));
            self.src.consume(n);
            if text_follows {
                break;
            }
        }
        rec.line = self.line();
        let mut field_len = 0usize;
        loop {
            let input = self.src.fill_buf()?;
            let (res, nin, nout) = self.core.read_field(input, &mut self.scratch);
            self.lines.count(input.get(..nin).unwrap_or(&[]));
            self.src.consume(nin);
            if rec.overflow.is_none() {
                let out = self.scratch.get(..nout).unwrap_or(&[]);
                if field_len + nout > MAX_FIELD {
                    rec.overflow = Some(Overflow::Field(rec.ends.len()));
                } else if rec.bytes.len() + nout > MAX_RECORD {
                    rec.overflow = Some(Overflow::Record);
                } else {
                    rec.bytes.extend_from_slice(out);
                    field_len += nout;
                }
            }
            match res {
                csv_core::ReadFieldResult::InputEmpty | csv_core::ReadFieldResult::OutputFull => {}
                csv_core::ReadFieldResult::Field { record_end } => {
                    if rec.overflow.is_none() {
                        if rec.ends.len() >= MAX_FIELDS {
                            rec.overflow = Some(Overflow::Fields);
                        } else {
                            rec.ends.push(rec.bytes.len());
                        }
                    }
                    field_len = 0;
                    if record_end {
                        rec.finish();
                        return Ok(true);
                    }
                }
                csv_core::ReadFieldResult::End => {
                    rec.finish();
                    return Ok(false);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str) -> Vec<(u64, Vec<String>, Option<Overflow>)> {
        let mut r = RecordReader::new(io::BufReader::with_capacity(7, text.as_bytes()), b',');
        let mut rec = RawRecord::default();
        let mut out = Vec::new();
        while r.next_record(&mut rec).unwrap() {
            out.push((
                rec.line,
                rec.fields().map(str::to_string).collect(),
                rec.overflow,
            ));
        }
        out
    }

    #[test]
    fn physical_lines_with_quotes_blank_lines_and_every_line_ending() {
        let got = records("h1,h2\r\n\r\n\"a\nb\",c\n\nd,\"e\r\nf\"\rg,h\n");
        let lines: Vec<u64> = got.iter().map(|r| r.0).collect();
        assert_eq!(lines, vec![1, 3, 6, 8]);
        assert_eq!(got[1].1, vec!["a\nb", "c"]);
        assert_eq!(got[2].1, vec!["d", "e\r\nf"]);
        assert_eq!(got[3].1, vec!["g", "h"]);
    }

    #[test]
    fn last_record_without_newline() {
        let got = records("a,b\nc,\"d\"\"q\"");
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].1, vec!["c", "d\"q"]);
    }

    #[test]
    fn long_field_is_dropped_not_held() {
        let big = "x".repeat(MAX_FIELD + 1);
        let got = records(&format!("a,b\n1,{big}\n2,3\n"));
        assert_eq!(got[1].2, Some(Overflow::Field(1)));
        assert_eq!(got[2].1, vec!["2", "3"]);
        assert_eq!(got[2].0, 3);
    }

    #[test]
    fn fields_are_checked_as_utf8_once_or_one_by_one() {
        // Valid text: checked once per record, every field whole.
        let got = records("Zoë,Ωμέγα,,直哉\n");
        assert_eq!(got[0].1, vec!["Zoë", "Ωμέγα", "", "直哉"]);
        // Bytes that are not UTF-8 (never from the decoding reader, but the
        // record does not rely on it): only that field reads as U+FFFD.
        let bytes: &[u8] = b"Ann,\xC3(,Lee\nBob,ok,Cid\n";
        let mut r = RecordReader::new(io::BufReader::new(bytes), b',');
        let mut rec = RawRecord::default();
        assert!(r.next_record(&mut rec).unwrap());
        let first: Vec<&str> = rec.fields().collect();
        assert_eq!(first, ["Ann", "\u{FFFD}", "Lee"]);
        assert!(r.next_record(&mut rec).unwrap());
        let second: Vec<&str> = rec.fields().collect();
        assert_eq!(second, ["Bob", "ok", "Cid"]);
    }

    #[test]
    fn too_many_fields() {
        let many = ",".repeat(MAX_FIELDS + 5);
        let got = records(&format!("a\n{many}\nz\n"));
        assert_eq!(got[1].2, Some(Overflow::Fields));
        assert_eq!(got[2].1, vec!["z"]);
    }
    /// The rows shown with a refusal: fields joined by the delimiter,
    /// quoted where needed, long rows cut.
    #[test]
    fn a_record_as_read() {
        let text = "Ann;\"Lee; Jr.\";\"say \"\"hi\"\"\"\nZoë;Ωμέγα\n";
        let mut r = RecordReader::new(io::BufReader::new(text.as_bytes()), b';');
        assert_eq!(r.delimiter(), b';');
        let mut rec = RawRecord::default();
        assert!(r.next_record(&mut rec).unwrap());
        assert_eq!(rec.as_read(b';'), "Ann;\"Lee; Jr.\";\"say \"\"hi\"\"\"");
        assert!(r.next_record(&mut rec).unwrap());
        assert_eq!(rec.as_read(b';'), "Zoë;Ωμέγα");
        let long = format!("{},x\n", "é".repeat(AS_READ_MAX + 10));
        let mut r = RecordReader::new(io::BufReader::new(long.as_bytes()), b',');
        assert!(r.next_record(&mut rec).unwrap());
        let shown = rec.as_read(b',');
        assert_eq!(shown.chars().count(), AS_READ_MAX + 1);
        assert!(shown.ends_with("é…"));
    }
}
