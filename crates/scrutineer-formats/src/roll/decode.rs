//! Encoding detection and incremental decoding to UTF-8.
//!
//! Detection, in order (nothing is guessed blindly):
//! 1. an encoding given by the caller is used as is;
//! 2. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides;
//! 3. NUL bytes in the first 64 KiB: either the regular pattern of UTF-16
//!    text without a BOM (every other byte zero) or a binary file (refused);
//! 4. if every byte of the whole file is valid UTF-8 (checked streaming, in
//!    64 KiB chunks), UTF-8;
//! 5. otherwise chardetng, fed the whole file (streaming), names the legacy
//!    encoding (Windows-1252 for Western European spreadsheets, and so on).
//!
//! Decoding is incremental ([`DecodingReader`]): never more than two 64 KiB
//! buffers are held, whatever the size of the file.

use crate::FormatError;
use encoding_rs::{CoderResult, Decoder, Encoding, UTF_16BE, UTF_16LE, UTF_8};
use serde::Serialize;
use std::io::{self, BufRead, Read, Seek, SeekFrom};

/// Size of the raw and decoded buffers, and of the sample used for sniffing.
pub(crate) const CHUNK: usize = 64 * 1024;

/// How the encoding of a roll was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EncodingSource {
    /// Given by the caller ([`super::RollOptions::encoding`]).
    Given,
    /// A byte-order mark at the start of the file.
    Bom,
    /// No BOM, but the file is UTF-16 text (every other byte is zero).
    Utf16Pattern,
    /// Every byte of the file is valid UTF-8 (plain ASCII included).
    ValidUtf8,
    /// Not UTF-8: the legacy encoding was detected by chardetng.
    Detected,
}

/// Something that can be read twice (detection, then decoding).
pub(crate) trait Source: Read + Seek + Send {}
impl<T: Read + Seek + Send> Source for T {}

/// Read until `buf` is full or the end of the input; returns the bytes read.
fn read_full(src: &mut dyn Source, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match src.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

pub(crate) fn io_error(name: &str, e: &io::Error) -> FormatError {
    FormatError::msg(
        name,
        None,
        None,
        scrutineer_i18n::Msg::new("err-cannot-read").arg("reason", crate::words::io_msg(e)),
    )
}

/// What a file's first bytes say it is, when it is plainly not a CSV text.
/// The message id of a binary file recognised by its first bytes.
fn known_binary(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"PK\x03\x04") {
        Some("err-rollfile-zip")
    } else if head.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        Some("err-rollfile-xls")
    } else if head.starts_with(b"%PDF-") {
        Some("err-rollfile-pdf")
    } else if head.starts_with(b"\x1F\x8B") {
        Some("err-rollfile-gzip")
    } else if head.starts_with(b"SQLite format 3\0") {
        Some("err-rollfile-sqlite")
    } else {
        None
    }
}

/// UTF-16 text without a BOM: mostly ASCII, so every other byte is zero.
fn utf16_pattern(head: &[u8]) -> Option<&'static Encoding> {
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even0, mut odd0) = (0usize, 0usize);
    for p in head.chunks_exact(2) {
        if let [a, b] = p {
            even0 += usize::from(*a == 0);
            odd0 += usize::from(*b == 0);
        }
    }
    // At least 60% of the pairs look like an ASCII code unit, and the other
    // half of the pairs is (almost) never zero.
    if odd0 * 10 >= pairs * 6 && even0 * 50 <= pairs {
        Some(UTF_16LE)
    } else if even0 * 10 >= pairs * 6 && odd0 * 50 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// The encoding of the file and how it was decided. Leaves `src` anywhere.
pub(crate) fn detect(
    name: &str,
    src: &mut dyn Source,
    given: Option<&'static Encoding>,
) -> Result<(&'static Encoding, EncodingSource, Vec<u8>), FormatError> {
    let mut head = vec![0u8; CHUNK];
    let n = read_full(src, &mut head).map_err(|e| io_error(name, &e))?;
    head.truncate(n);
    if head.is_empty() {
        return Err(FormatError::msg(
            name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-rollfile-empty"),
        ));
    }
    if let Some(id) = known_binary(&head) {
        return Err(FormatError::msg(
            name,
            None,
            None,
            scrutineer_i18n::Msg::new(id),
        ));
    }
    if let Some(enc) = given {
        return Ok((enc, EncodingSource::Given, head));
    }
    if let Some((enc, _)) = Encoding::for_bom(&head) {
        return Ok((enc, EncodingSource::Bom, head));
    }
    if head.contains(&0) {
        if let Some(enc) = utf16_pattern(&head) {
            return Ok((enc, EncodingSource::Utf16Pattern, head));
        }
        let at = head.iter().position(|&b| b == 0).unwrap_or(0);
        return Err(FormatError::msg(
            name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-rollfile-nul-at").arg("at", at.to_string()),
        ));
    }
    // UTF-8 validity over the whole file, streaming.
    if valid_utf8(src, &head, n == CHUNK).map_err(|e| io_error(name, &e))? {
        return Ok((UTF_8, EncodingSource::ValidUtf8, head));
    }
    src.seek(SeekFrom::Start(0))
        .map_err(|e| io_error(name, &e))?;
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let mut buf = vec![0u8; CHUNK];
    loop {
        let k = read_full(src, &mut buf).map_err(|e| io_error(name, &e))?;
        let chunk = buf.get(..k).unwrap_or(&[]);
        det.feed(chunk, k < CHUNK);
        if k < CHUNK {
            break;
        }
    }
    let enc = det.guess(None, chardetng::Utf8Detection::Deny);
    Ok((enc, EncodingSource::Detected, head))
}

/// Whether `head` followed by the rest of `src` is valid UTF-8.
fn valid_utf8(src: &mut dyn Source, head: &[u8], more: bool) -> io::Result<bool> {
    let mut carry: Vec<u8> = Vec::with_capacity(CHUNK + 4);
    let mut buf = vec![0u8; CHUNK];
    let mut chunk: &[u8] = head;
    let mut last = !more;
    loop {
        carry.extend_from_slice(chunk);
        match std::str::from_utf8(&carry) {
            Ok(_) => carry.clear(),
            Err(e) => {
                if e.error_len().is_some() {
                    return Ok(false);
                }
                // An incomplete sequence at the end: keep it for the next chunk.
                let tail = carry.split_off(e.valid_up_to());
                carry = tail;
            }
        }
        if last {
            return Ok(carry.is_empty());
        }
        let k = read_full(src, &mut buf)?;
        last = k < CHUNK;
        chunk = buf.get(..k).unwrap_or(&[]);
    }
}

/// Decode a sample (the first bytes of the file) for sniffing.
pub(crate) fn decode_sample(enc: &'static Encoding, head: &[u8]) -> String {
    let mut dec = enc.new_decoder_with_bom_removal();
    let mut out = String::with_capacity(head.len() * 3 + 16);
    let cap = dec
        .max_utf8_buffer_length(head.len())
        .unwrap_or(head.len() * 3 + 16);
    out.reserve(cap);
    // `last = false`: a sequence cut at the end of the sample is not an error.
    let _ = dec.decode_to_string(head, &mut out, false);
    out
}

/// A `BufRead` of the file's text as UTF-8, decoded incrementally; malformed
/// bytes become U+FFFD (rows containing it are refused, with a hint).
pub(crate) struct DecodingReader {
    src: Box<dyn Source>,
    decoder: Decoder,
    inbuf: Vec<u8>,
    in_pos: usize,
    in_len: usize,
    eof: bool,
    out: Vec<u8>,
    out_pos: usize,
    out_len: usize,
    done: bool,
}

impl DecodingReader {
    pub(crate) fn new(src: Box<dyn Source>, enc: &'static Encoding) -> Self {
        DecodingReader {
            src,
            decoder: enc.new_decoder_with_bom_removal(),
            inbuf: vec![0; CHUNK],
            in_pos: 0,
            in_len: 0,
            eof: false,
            // decode_to_utf8 needs room for at least one character.
            out: vec![0; CHUNK],
            out_pos: 0,
            out_len: 0,
            done: false,
        }
    }
}

impl Read for DecodingReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let avail = self.fill_buf()?;
        let n = avail.len().min(buf.len());
        if let (Some(dst), Some(src)) = (buf.get_mut(..n), avail.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.consume(n);
        Ok(n)
    }
}

impl BufRead for DecodingReader {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.out_pos >= self.out_len && !self.done {
            if self.in_pos >= self.in_len && !self.eof {
                let k = loop {
                    match self.src.read(&mut self.inbuf) {
                        Ok(k) => break k,
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                        Err(e) => return Err(e),
                    }
                };
                self.in_pos = 0;
                self.in_len = k;
                self.eof = k == 0;
            }
            let input = self.inbuf.get(self.in_pos..self.in_len).unwrap_or(&[]);
            let (res, read, written, _) =
                self.decoder.decode_to_utf8(input, &mut self.out, self.eof);
            self.in_pos += read;
            self.out_pos = 0;
            self.out_len = written;
            if self.eof && res == CoderResult::InputEmpty {
                self.done = true;
            }
        }
        Ok(self.out.get(self.out_pos..self.out_len).unwrap_or(&[]))
    }

    fn consume(&mut self, amt: usize) {
        self.out_pos = (self.out_pos + amt).min(self.out_len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn decode_all(bytes: &[u8], enc: &'static Encoding) -> String {
        let mut r = DecodingReader::new(Box::new(Cursor::new(bytes.to_vec())), enc);
        let mut s = String::new();
        r.read_to_string(&mut s).unwrap();
        s
    }

    #[test]
    fn decodes_across_chunk_boundaries() {
        // 'é' (2 bytes) straddling every 64 KiB boundary.
        let text: String = "aé".repeat(CHUNK);
        assert_eq!(decode_all(text.as_bytes(), UTF_8), text);
        let mut utf16 = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode_all(&utf16, UTF_16LE), text);
    }

    #[test]
    fn utf8_validity_spans_chunks() {
        let mut bytes = "a".repeat(CHUNK - 1).into_bytes();
        bytes.extend_from_slice("é".as_bytes()); // split across the boundary
        bytes.extend_from_slice(b"tail");
        let mut c = Cursor::new(bytes.clone());
        let (enc, how, _) = detect("t", &mut c, None).unwrap();
        assert_eq!((enc, how), (UTF_8, EncodingSource::ValidUtf8));
        bytes.push(0xE9); // a lone Latin-1 'é' at the very end
        let mut c = Cursor::new(bytes);
        let (_, how, _) = detect("t", &mut c, None).unwrap();
        assert_eq!(how, EncodingSource::Detected);
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let mut le = Vec::new();
        for u in "name,email\nA,a@x.org\n".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(utf16_pattern(&le), Some(UTF_16LE));
        let be: Vec<u8> = le.chunks(2).flat_map(|p| [p[1], p[0]]).collect();
        assert_eq!(utf16_pattern(&be), Some(UTF_16BE));
        assert_eq!(utf16_pattern(b"\0\x01\x02\x03\0\0\xff\xfe\x10\0"), None);
    }
}
