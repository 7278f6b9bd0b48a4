//! The BLT ballot format (OpenSTV, OpaVote, Droop, the Electoral Reform
//! Society's tools).
//!
//! ```text
//! 4 2                 # candidates, seats
//! -3                  # optional: candidate 3 has withdrawn (1-based)
//! 12 1 2 0            # weight, preferences (1-based), terminating 0
//! (b7) 1 4 2=3 0      # optional ballot id in parentheses (ignored);
//!                     # `2=3`: candidates 2 and 3 ranked equally
//! 0                   # end of ballots
//! "Ann" "Bob"         # one quoted name per candidate...
//! "Cy"
//! "Di"
//! "Committee 2024"    # ...then the quoted title
//! ```
//!
//! Reading rules, declared:
//!
//! * `#` starts a comment that runs to the end of the line (outside quotes).
//! * The header (`candidates seats`), the `-N` withdrawal lines, the names and
//!   the title may be spread over lines as whitespace allows. A ballot is one
//!   line: it starts with its weight (after an optional `(id)`) and must end
//!   with `0` on the same line, so a missing terminator is caught where it is.
//! * Names and the title are quoted with `"` or `'` (electrr writes single
//!   quotes); inside them a doubled quote stands for one, as the Scottish
//!   collection writes party names: `"Paul FERRETTI ""SNP"""` is the name
//!   `Paul FERRETTI "SNP"`. Names and the title are trimmed and runs of
//!   spaces inside them become one space (`"Kieran  Wild "` is
//!   `Kieran Wild`); two candidates may not then share a name.
//! * The title may be unquoted when it is alone on its line (the Scottish
//!   collection writes `Ward 4 - Bishopbriggs North & Campsie`): it is then
//!   the rest of that line, up to any `#` comment. A number there is not a
//!   title (it is refused: a count of names gone wrong).
//! * In a ballot, `-` is a skipped rank (OpenSTV's loader): it is ignored,
//!   the next preference given is the next one counted.
//! * A weight, and the sum of all weights, must fit the election file's
//!   integers (at most 2^63 - 1); anything larger is refused with its line
//!   and column.
//! * A weight is a whole number of ballots, at least 1.
//! * A candidate may appear only once on a ballot; a ballot with no
//!   preferences (`1 0`) is a blank ballot and is kept (it counts towards the
//!   number of ballots).
//! * After the title, further quoted strings (Droop's source and comment
//!   lines) are accepted and ignored; anything else is an error.
//! * Text is UTF-8 (a byte-order mark is honoured, UTF-16 included); without
//!   a byte-order mark, a line that is not valid UTF-8 is read as
//!   Windows-1252, as the older tools wrote it. (The decision is made line by
//!   line because the file is read as a stream; the ballot lines are ASCII,
//!   so in practice it is the names' lines that are decided.)
//! * The file is read one line at a time and identical ballots are merged
//!   (weights summed) as they are read: memory depends on the number of
//!   distinct ballots, not on the size of the file. Errors are reported in
//!   the order of the file (the first problem found is the one reported).
//!
//! Nothing here panics on any input bytes: every problem is a
//! [`FormatError`] naming the line and column and what was expected.

use crate::{read_error, sha256_hex, BallotFile, FormatError};
use scrutineer_count::{Ballot, BallotKind, CandId, Marks, Profile};
use scrutineer_i18n::Msg;
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read};

/// Separates preference groups in a ballot's key (see `Parser::parse`).
const GROUP_END: CandId = CandId::MAX;

/// Largest candidate count accepted (a guard against absurd headers that
/// would otherwise make us allocate for them).
const MAX_CANDIDATES: u64 = 100_000;

/// Does `bytes` look like a BLT file? True when the first line with content
/// (ignoring a byte-order mark, blank lines and `#` comments) consists of
/// exactly two whole numbers. Only the first 64 KiB are looked at.
pub fn looks_like_blt(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(64 * 1024)).unwrap_or(bytes);
    let text = decode(head);
    for line in text.lines() {
        let content = match line.find('#') {
            Some(i) => &line[..i],
            None => line,
        };
        let mut it = content.split_whitespace();
        let first = match it.next() {
            Some(t) => t,
            None => continue,
        };
        let second = it.next();
        return it.next().is_none()
            && first.parse::<u64>().is_ok()
            && matches!(second.map(str::parse::<u64>), Some(Ok(_)));
    }
    false
}

/// Read a BLT file. `name` is used in errors.
pub fn read_blt(name: &str, bytes: &[u8]) -> Result<BallotFile, FormatError> {
    let mut file = read_blt_stream(name, bytes)?;
    file.sha256 = sha256_hex(bytes);
    Ok(file)
}

/// Read a BLT file from a stream, one line at a time: only the current line,
/// the distinct ballots and the names are held. The returned file's `sha256`
/// is left empty: the caller hashes the bytes (see [`crate::HashingReader`]).
pub(crate) fn read_blt_stream<R: BufRead>(
    name: &str,
    mut input: R,
) -> Result<BallotFile, FormatError> {
    // Byte-order mark: look at the first bytes, put back what is not one.
    let mut start = [0u8; 3];
    let got = read_prefix(&mut input, &mut start).map_err(|e| read_error(name, &e))?;
    let start = start.get(..got).unwrap_or_default();
    match encoding_rs::Encoding::for_bom(start) {
        None => parse(&mut Lines::new(name, start.chain(input), Text::Auto)),
        Some((enc, bom_len)) => {
            let rest = start.get(bom_len..).unwrap_or_default().chain(input);
            if enc == encoding_rs::UTF_8 {
                parse(&mut Lines::new(name, rest, Text::Utf8))
            } else {
                // UTF-16: turned into UTF-8 as it is read.
                let utf8 = BufReader::new(Transcode::new(rest, enc));
                parse(&mut Lines::new(name, utf8, Text::Utf8))
            }
        }
    }
}

/// Fill `buf` from `input` as far as the input goes; the number of bytes read.
fn read_prefix<R: Read>(input: &mut R, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match input.read(buf.get_mut(got..).unwrap_or_default()) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

/// A reader that decodes its input (UTF-16, found by its byte-order mark)
/// into UTF-8 as it is read; malformed input becomes U+FFFD.
struct Transcode<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    out: Vec<u8>,
    /// Next byte of `out` to hand out.
    out_pos: usize,
    done: bool,
}

impl<R: BufRead> Transcode<R> {
    fn new(inner: R, enc: &'static encoding_rs::Encoding) -> Self {
        Transcode {
            inner,
            decoder: enc.new_decoder_without_bom_handling(),
            out: Vec::new(),
            out_pos: 0,
            done: false,
        }
    }
}

impl<R: BufRead> Read for Transcode<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.out_pos >= self.out.len() {
            if self.done {
                return Ok(0);
            }
            let src = self.inner.fill_buf()?;
            let last = src.is_empty();
            let room = self
                .decoder
                .max_utf8_buffer_length(src.len())
                .unwrap_or(3 * src.len() + 16);
            self.out.clear();
            self.out.resize(room, 0);
            let (_, read, written, _) = self.decoder.decode_to_utf8(src, &mut self.out, last);
            self.inner.consume(read);
            self.out.truncate(written);
            self.out_pos = 0;
            self.done = last;
        }
        let avail = self.out.get(self.out_pos..).unwrap_or_default();
        let n = avail.len().min(buf.len());
        if let (Some(to), Some(from)) = (buf.get_mut(..n), avail.get(..n)) {
            to.copy_from_slice(from);
        }
        self.out_pos += n;
        Ok(n)
    }
}

/// The text of the file: BOM honoured, UTF-8, else Windows-1252.
fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        let (text, _) = enc.decode_without_bom_handling(rest);
        return text;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            text
        }
    }
}

/// How a line's bytes become text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Text {
    /// UTF-8 (a byte-order mark said so, or the input was transcoded to it);
    /// malformed bytes become U+FFFD.
    Utf8,
    /// No byte-order mark: a line that is valid UTF-8 is UTF-8, any other line
    /// is Windows-1252.
    Auto,
}

/// A token of the current line: a span of its text (no copy).
#[derive(Debug, Clone, Copy)]
struct Tok {
    /// Byte range in the line's text.
    start: usize,
    end: usize,
    /// 1-based line.
    line: u64,
    /// 1-based column (in characters).
    col: u64,
    quoted: bool,
    /// The quote character of a quoted token that holds a doubled quote
    /// (`""` or `''`), which stands for one.
    doubled: Option<char>,
}

/// The file as a stream of lines of tokens (lines without tokens are
/// skipped), read one line at a time into reused buffers.
struct Lines<'n, R> {
    name: &'n str,
    input: R,
    mode: Text,
    /// The current line's bytes, then its text.
    raw: Vec<u8>,
    text: String,
    /// The current line's tokens, and the index of the next one.
    toks: Vec<Tok>,
    pos: usize,
    /// Lines read so far (the number of the current line).
    line: u64,
    /// The line of the last token read, for errors at the end of the file.
    last_token_line: Option<u64>,
}

impl<'n, R: BufRead> Lines<'n, R> {
    fn new(name: &'n str, input: R, mode: Text) -> Self {
        Lines {
            name,
            input,
            mode,
            raw: Vec::new(),
            text: String::new(),
            toks: Vec::new(),
            pos: 0,
            line: 0,
            last_token_line: None,
        }
    }

    /// Read the next line and its tokens; false at the end of the file.
    fn read_line(&mut self) -> Result<bool, FormatError> {
        self.raw.clear();
        self.text.clear();
        self.toks.clear();
        self.pos = 0;
        let n = self
            .input
            .read_until(b'\n', &mut self.raw)
            .map_err(|e| read_error(self.name, &e))?;
        if n == 0 {
            return Ok(false);
        }
        self.line += 1;
        let mut raw = self.raw.as_slice();
        raw = raw.strip_suffix(b"\n").unwrap_or(raw);
        raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        match (self.mode, std::str::from_utf8(raw)) {
            (_, Ok(s)) => self.text.push_str(s),
            (Text::Utf8, Err(_)) => self
                .text
                .push_str(&encoding_rs::UTF_8.decode_without_bom_handling(raw).0),
            (Text::Auto, Err(_)) => self
                .text
                .push_str(&encoding_rs::WINDOWS_1252.decode_without_bom_handling(raw).0),
        }
        tokenize(self.name, self.line, &self.text, &mut self.toks)?;
        if let Some(t) = self.toks.last() {
            self.last_token_line = Some(t.line);
        }
        Ok(true)
    }

    /// Move past exhausted lines, so the position is at a token; false at the
    /// end of the file.
    fn at_token(&mut self) -> Result<bool, FormatError> {
        while self.pos >= self.toks.len() {
            if !self.read_line()? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The rest of the current line's tokens.
    fn rest(&self) -> &[Tok] {
        self.toks.get(self.pos..).unwrap_or_default()
    }

    /// Leave the current line (its remaining tokens are not read).
    fn end_line(&mut self) {
        self.pos = self.toks.len();
    }

    /// The next token in the stream (crossing lines).
    fn next(&mut self) -> Result<Option<Tok>, FormatError> {
        if !self.at_token()? {
            return Ok(None);
        }
        let t = self.toks.get(self.pos).copied();
        self.pos += 1;
        Ok(t)
    }

    fn text(&self, t: &Tok) -> &str {
        self.text.get(t.start..t.end).unwrap_or_default()
    }

    /// A quoted token's text with doubled quotes made single, runs of
    /// whitespace made one space, and trimmed.
    fn name_text(&self, t: &Tok) -> String {
        let text = self.text(t);
        let text: Cow<'_, str> = match t.doubled {
            Some(q) => Cow::Owned(text.replace(&format!("{q}{q}"), &q.to_string())),
            None => Cow::Borrowed(text),
        };
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The rest of the current line's text from token `t` to its last token
    /// (an unquoted title).
    fn rest_of_line(&self, t: &Tok) -> String {
        let end = self.toks.last().map_or(t.end, |l| l.end);
        self.text
            .get(t.start..end)
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn describe(&self, t: &Tok) -> Msg {
        let id = if t.quoted {
            "err-blt-quoted-text"
        } else {
            "err-blt-token"
        };
        Msg::new(id).arg("text", self.text(t).to_string())
    }

    fn err_at(&self, t: &Tok, msg: Msg) -> FormatError {
        FormatError::msg(self.name, Some(t.line), Some(t.col.to_string()), msg)
    }

    fn err_eof(&self, expected: Msg) -> FormatError {
        FormatError::msg(
            self.name,
            self.last_token_line,
            None,
            Msg::new("err-blt-ends-early").arg("expected", expected),
        )
    }

    /// A whole number; `expected` is the message id of what it is.
    fn number(&mut self, expected: &'static str) -> Result<(u64, Tok), FormatError> {
        let t = self
            .next()?
            .ok_or_else(|| self.err_eof(Msg::new(expected)))?;
        if t.quoted {
            return Err(self.err_at(
                &t,
                Msg::new("err-blt-expected-found")
                    .arg("expected", Msg::new(expected))
                    .arg("found", self.describe(&t)),
            ));
        }
        match self.text(&t).parse::<u64>() {
            Ok(n) => Ok((n, t)),
            Err(_) => Err(self.err_at(
                &t,
                Msg::new("err-blt-expected-found")
                    .arg("expected", Msg::new(expected))
                    .arg("found", self.describe(&t)),
            )),
        }
    }
}

/// Split one line's text (line ends removed) into `out`.
fn tokenize(name: &str, line: u64, raw: &str, out: &mut Vec<Tok>) -> Result<(), FormatError> {
    // (character index, (byte index, character)): columns count characters,
    // spans are taken by bytes.
    let mut chars = raw.char_indices().enumerate().peekable();
    while let Some(&(ci, (bi, ch))) = chars.peek() {
        let col = ci as u64 + 1;
        if ch.is_whitespace() {
            chars.next();
        } else if ch == '#' {
            break;
        } else if ch == '"' || ch == '\'' {
            let quote = ch;
            chars.next();
            // The opening quote is one byte.
            let start = bi + 1;
            let mut end: Option<usize> = None;
            let mut doubled = None;
            while let Some((_, (bj, c))) = chars.next() {
                if c == quote {
                    // A doubled quote stands for one and does not close.
                    if chars.peek().is_some_and(|&(_, (_, n))| n == quote) {
                        chars.next();
                        doubled = Some(quote);
                        continue;
                    }
                    end = Some(bj);
                    break;
                }
            }
            let Some(end) = end else {
                return Err(FormatError::msg(
                    name,
                    Some(line),
                    Some(col.to_string()),
                    scrutineer_i18n::Msg::new("err-blt-quote-open").arg("quote", quote.to_string()),
                ));
            };
            out.push(Tok {
                start,
                end,
                line,
                col,
                quoted: true,
                doubled,
            });
        } else {
            let mut end = raw.len();
            while let Some(&(_, (bj, c))) = chars.peek() {
                if c.is_whitespace() || c == '#' || c == '"' {
                    end = bj;
                    break;
                }
                chars.next();
            }
            out.push(Tok {
                start: bi,
                end,
                line,
                col,
                quoted: false,
                doubled: None,
            });
        }
    }
    Ok(())
}

fn parse<R: BufRead>(src: &mut Lines<'_, R>) -> Result<BallotFile, FormatError> {
    // Header: candidates and seats.
    let (ncand, tc) = src.number("err-blt-what-candidates")?;
    if ncand == 0 {
        return Err(src.err_at(&tc, Msg::new("err-blt-no-candidates")));
    }
    if ncand > MAX_CANDIDATES {
        return Err(src.err_at(
            &tc,
            Msg::new("err-blt-too-many-candidates")
                .arg("max", MAX_CANDIDATES.to_string())
                .arg("found", ncand.to_string()),
        ));
    }
    let ncand = ncand as usize;
    let (seats, ts) = src.number("err-blt-what-seats")?;
    if seats == 0 {
        return Err(src.err_at(&ts, Msg::new("err-blt-no-seats")));
    }
    if seats > ncand as u64 {
        return Err(src.err_at(
            &ts,
            Msg::new("err-blt-too-many-seats")
                .arg("max", ncand)
                .arg("found", seats.to_string()),
        ));
    }
    let seats = seats as usize;

    // Withdrawn candidates: lines of `-N` entries before the first ballot.
    let mut withdrawn: Vec<CandId> = Vec::new();
    while src.at_token()? {
        let line = src.rest();
        let starts_with_minus = line
            .first()
            .is_some_and(|t| !t.quoted && src.text(t).starts_with('-'));
        if !starts_with_minus {
            break;
        }
        for t in line {
            let n = src
                .text(t)
                .strip_prefix('-')
                .filter(|_| !t.quoted)
                .and_then(|r| r.parse::<u64>().ok())
                .filter(|n| (1..=ncand as u64).contains(n));
            let Some(n) = n else {
                return Err(src.err_at(
                    t,
                    Msg::new("err-blt-withdrawn")
                        .arg("candidates", ncand.to_string())
                        .arg("found", src.describe(t)),
                ));
            };
            let c = (n - 1) as usize;
            if withdrawn.contains(&c) {
                return Err(src.err_at(
                    t,
                    Msg::new("err-blt-withdrawn-twice").arg("candidate", n.to_string()),
                ));
            }
            withdrawn.push(c);
        }
        src.end_line();
    }

    // Ballots, one per line, until a line `0`.
    let mut profile = Profile::new(Vec::new());
    // Each distinct ballot's key (its candidates, groups separated by
    // GROUP_END) and its place in `profile.ballots`: a line is read into the
    // reused `key` and looked up by slice, so a repeated ballot costs no
    // allocation and a new one is turned into its `Marks` once.
    let mut index: HashMap<Box<[CandId]>, usize> = HashMap::new();
    let mut key: Vec<CandId> = Vec::new();
    // `seen[c] == stamp`: candidate c is already on the current ballot.
    let mut seen: Vec<u64> = vec![0; ncand];
    let mut stamp: u64 = 0;
    let mut total: u64 = 0;
    loop {
        if !src.at_token()? {
            return Err(src.err_eof(Msg::new("err-blt-what-ballot-or-end")));
        }
        let line = src.rest();
        let mut toks = line.iter().peekable();
        // Optional ballot id, ignored.
        let mut id: Option<&Tok> = None;
        if let Some(t) = toks.peek() {
            let text = src.text(t);
            if !t.quoted && text.starts_with('(') {
                if !text.ends_with(')') || text.len() < 2 {
                    return Err(src.err_at(
                        t,
                        Msg::new("err-blt-ballot-id").arg("found", src.describe(t)),
                    ));
                }
                id = toks.next();
            }
        }
        let Some(wt) = toks.next() else {
            return Err(match id {
                Some(t) => src.err_at(t, Msg::new("err-blt-weight-after-id")),
                None => src.err_eof(Msg::new("err-blt-what-ballot")),
            });
        };

        if wt.quoted {
            return Err(src.err_at(
                wt,
                Msg::new("err-blt-weight-quoted").arg("found", src.describe(wt)),
            ));
        }
        let weight = match src.text(wt).parse::<u64>() {
            Ok(w) => w,
            Err(_) => {
                let id = if src.text(wt).parse::<f64>().is_ok() {
                    "err-blt-weight-fraction"
                } else {
                    "err-blt-weight"
                };
                return Err(src.err_at(wt, Msg::new(id).arg("found", src.describe(wt))));
            }
        };
        if weight == 0 {
            if id.is_some() {
                return Err(src.err_at(wt, Msg::new("err-blt-weight-zero")));
            }
            if let Some(extra) = toks.peek() {
                if !extra.quoted {
                    return Err(src.err_at(
                        extra,
                        Msg::new("err-blt-after-end").arg("found", src.describe(extra)),
                    ));
                }
            }
            // Names may follow on the same line: resume after the `0`.
            let used = line.len() - toks.len();
            src.pos += used;
            break;
        }
        // Preferences until the terminating 0 on this line.
        key.clear();
        stamp += 1;
        let mut terminated = false;
        for t in toks.by_ref() {
            if t.quoted {
                return Err(src.err_at(
                    t,
                    Msg::new("err-blt-preference-quoted").arg("found", src.describe(t)),
                ));
            }
            let text = src.text(t);
            if text == "0" {
                terminated = true;
                break;
            }
            if text == "-" {
                // OpenSTV's loader: a skipped rank. The next preference is
                // the next one the voter gave.
                continue;
            }
            if !key.is_empty() {
                key.push(GROUP_END);
            }
            for part in text.split('=') {
                let n = part
                    .parse::<u64>()
                    .ok()
                    .filter(|n| (1..=ncand as u64).contains(n));
                let Some(n) = n else {
                    return Err(src.err_at(
                        t,
                        Msg::new("err-blt-preference")
                            .arg("candidates", ncand.to_string())
                            .arg("found", src.describe(t)),
                    ));
                };
                let c = (n - 1) as usize;
                let Some(mark) = seen.get_mut(c) else {
                    continue;
                };
                if *mark == stamp {
                    return Err(src.err_at(
                        t,
                        Msg::new("err-blt-preference-twice").arg("candidate", n.to_string()),
                    ));
                }
                *mark = stamp;
                key.push(c);
            }
        }
        if !terminated {
            let last = line.last().unwrap_or(wt);
            return Err(src.err_at(last, Msg::new("err-blt-no-terminator")));
        }
        if let Some(extra) = toks.next() {
            return Err(src.err_at(
                extra,
                Msg::new("err-blt-after-terminator").arg("found", src.describe(extra)),
            ));
        }
        if weight > i64::MAX as u64 {
            return Err(src.err_at(
                wt,
                Msg::new("err-blt-weight-too-large")
                    .arg("weight", weight.to_string())
                    .arg("max", i64::MAX.to_string()),
            ));
        }
        total = total
            .checked_add(weight)
            .filter(|&t| t <= i64::MAX as u64)
            .ok_or_else(|| {
                src.err_at(
                    wt,
                    Msg::new("err-blt-total-too-large").arg("max", i64::MAX.to_string()),
                )
            })?;
        match index.get(key.as_slice()) {
            Some(&i) => {
                if let Some(b) = profile.ballots.get_mut(i) {
                    // Cannot overflow: every weight is part of `total`.
                    b.weight += weight;
                }
            }
            None => {
                index.insert(key.as_slice().into(), profile.ballots.len());
                let groups = if key.is_empty() {
                    Vec::new()
                } else {
                    key.split(|&c| c == GROUP_END)
                        .map(<[CandId]>::to_vec)
                        .collect()
                };
                profile.ballots.push(Ballot {
                    weight,
                    marks: Marks::Ranking(groups),
                });
            }
        }
        src.end_line();
    }
    // The ballots' merge index is no longer needed; free it before the names.
    drop(index);

    // Names, then the title.
    let mut names: Vec<String> = Vec::with_capacity(ncand);
    let mut seen_names: HashMap<String, usize> = HashMap::new();
    for i in 0..ncand {
        let expected = || {
            Msg::new("err-blt-what-name")
                .arg("candidate", (i + 1).to_string())
                .arg("candidates", ncand.to_string())
        };
        let t = src.next()?.ok_or_else(|| src.err_eof(expected()))?;
        if !t.quoted {
            return Err(src.err_at(
                &t,
                Msg::new("err-blt-expected-found")
                    .arg("expected", expected())
                    .arg("found", src.describe(&t)),
            ));
        }
        let nm = src.name_text(&t);
        if nm.is_empty() {
            return Err(src.err_at(
                &t,
                Msg::new("err-blt-name-empty").arg("expected", expected()),
            ));
        }
        if let Some(prev) = seen_names.insert(nm.clone(), i) {
            return Err(src.err_at(
                &t,
                Msg::new("err-blt-name-twice")
                    .arg("candidate", (i + 1).to_string())
                    .arg("first", (prev + 1).to_string())
                    .arg("name", nm.clone()),
            ));
        }
        names.push(nm);
    }
    let t = src
        .next()?
        .ok_or_else(|| src.err_eof(Msg::new("err-blt-what-title")))?;
    let title = if t.quoted {
        src.name_text(&t)
    } else {
        // An unquoted title (as the Scottish collection writes it) is the
        // rest of its line, and only when it starts a line: anything else
        // unquoted after the names is a mistake.
        let starts_line = src.toks.first().is_some_and(|f| f.start == t.start);
        let is_number = src.text(&t).parse::<f64>().is_ok();
        if !starts_line || is_number {
            return Err(src.err_at(
                &t,
                Msg::new("err-blt-title")
                    .arg("names", ncand)
                    .arg("found", src.describe(&t)),
            ));
        }
        let title = src.rest_of_line(&t);
        src.end_line();
        title
    };
    while let Some(t) = src.next()? {
        if !t.quoted {
            return Err(src.err_at(
                &t,
                Msg::new("err-blt-after-title").arg("found", src.describe(&t)),
            ));
        }
    }

    profile.candidates = names;
    withdrawn.sort_unstable();
    Ok(BallotFile {
        profile,
        kind: BallotKind::Ranking,
        sha256: String::new(),
        count: total,
        title: Some(title),
        seats: Some(seats),
        withdrawn,
        format: crate::Format::Blt,
        blank: crate::Format::Blt.blank(),
    })
}
