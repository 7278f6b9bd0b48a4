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
//! * Names and the title are trimmed and runs of spaces inside them become
//!   one space (`"Kieran  Wild "` is `Kieran Wild`); two candidates may not
//!   then share a name.
//! * A weight is a whole number of ballots, at least 1.
//! * A candidate may appear only once on a ballot; a ballot with no
//!   preferences (`1 0`) is a blank ballot and is kept (it counts towards the
//!   number of ballots).
//! * After the title, further quoted strings (Droop's source and comment
//!   lines) are accepted and ignored; anything else is an error.
//! * Text is UTF-8 (a byte-order mark is honoured); a file that is not valid
//!   UTF-8 is read as Windows-1252, as the older tools wrote it.
//! * Identical ballots are merged (weights summed) as they are read.
//!
//! Nothing here panics on any input bytes: every problem is a
//! [`FormatError`] naming the line and column and what was expected.

use crate::{sha256_hex, BallotFile, FormatError};
use scrutineer_count::{Ballot, BallotKind, CandId, Marks, Profile};
use std::borrow::Cow;
use std::collections::HashMap;

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
    let text = decode(bytes);
    let lines = tokenize(name, &text)?;
    let mut p = Parser {
        name,
        lines: &lines,
        line: 0,
        pos: 0,
    };
    p.parse(bytes)
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

/// A token: a slice of the file's text (no copy), so the tokens of a large
/// file cost no allocation of their own.
#[derive(Debug, Clone)]
struct Token<'a> {
    text: &'a str,
    /// 1-based line.
    line: u64,
    /// 1-based column (in characters).
    col: u64,
    quoted: bool,
}

impl Token<'_> {
    fn describe(&self) -> String {
        if self.quoted {
            format!("the quoted text \"{}\"", self.text)
        } else {
            format!("`{}`", self.text)
        }
    }
}

/// Split the text into lines of tokens (lines without tokens are dropped).
fn tokenize<'a>(name: &str, text: &'a str) -> Result<Vec<Vec<Token<'a>>>, FormatError> {
    let mut out = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let line = i as u64 + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let mut toks = Vec::new();
        // (character index, (byte index, character)): columns count
        // characters, slices are taken by bytes.
        let mut chars = raw.char_indices().enumerate().peekable();
        while let Some(&(ci, (bi, ch))) = chars.peek() {
            let col = ci as u64 + 1;
            if ch.is_whitespace() {
                chars.next();
            } else if ch == '#' {
                break;
            } else if ch == '"' {
                chars.next();
                // The opening quote is one byte.
                let start = bi + 1;
                let mut end: Option<usize> = None;
                for (_, (bj, c)) in chars.by_ref() {
                    if c == '"' {
                        end = Some(bj);
                        break;
                    }
                }
                let Some(end) = end else {
                    return Err(FormatError::new(
                        name,
                        Some(line),
                        Some(col.to_string()),
                        "a quoted name or title is not closed: expected a closing \" on the same line",
                    ));
                };
                toks.push(Token {
                    text: raw.get(start..end).unwrap_or_default(),
                    line,
                    col,
                    quoted: true,
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
                toks.push(Token {
                    text: raw.get(bi..end).unwrap_or_default(),
                    line,
                    col,
                    quoted: false,
                });
            }
        }
        if !toks.is_empty() {
            out.push(toks);
        }
    }
    Ok(out)
}

struct Parser<'a> {
    name: &'a str,
    lines: &'a [Vec<Token<'a>>],
    /// Index of the current line in `lines`.
    line: usize,
    /// Index of the next token in the current line.
    pos: usize,
}

impl<'a> Parser<'a> {
    fn err_at(&self, t: &Token, msg: impl Into<String>) -> FormatError {
        FormatError::new(self.name, Some(t.line), Some(t.col.to_string()), msg)
    }

    fn last_line(&self) -> Option<u64> {
        self.lines.last().and_then(|l| l.last()).map(|t| t.line)
    }

    fn err_eof(&self, expected: &str) -> FormatError {
        FormatError::new(
            self.name,
            self.last_line(),
            None,
            format!("the file ends too early: expected {expected}"),
        )
    }

    /// The next token in the stream (crossing lines).
    fn next(&mut self) -> Option<&'a Token<'a>> {
        loop {
            let line = self.lines.get(self.line)?;
            if let Some(t) = line.get(self.pos) {
                self.pos += 1;
                return Some(t);
            }
            self.line += 1;
            self.pos = 0;
        }
    }

    /// Move past exhausted lines, so the position is at a token (or the end).
    fn skip_to_line_start(&mut self) {
        while let Some(line) = self.lines.get(self.line) {
            if self.pos < line.len() {
                return;
            }
            self.line += 1;
            self.pos = 0;
        }
    }

    fn number(&mut self, expected: &str) -> Result<(u64, &'a Token<'a>), FormatError> {
        let t = self.next().ok_or_else(|| self.err_eof(expected))?;
        if t.quoted {
            return Err(self.err_at(t, format!("expected {expected}, found {}", t.describe())));
        }
        match t.text.parse::<u64>() {
            Ok(n) => Ok((n, t)),
            Err(_) => Err(self.err_at(t, format!("expected {expected}, found {}", t.describe()))),
        }
    }

    fn parse(&mut self, bytes: &[u8]) -> Result<BallotFile, FormatError> {
        // Header: candidates and seats.
        let (ncand, tc) = self.number("the number of candidates (a whole number)")?;
        if ncand == 0 {
            return Err(self.err_at(tc, "expected at least 1 candidate, found 0"));
        }
        if ncand > MAX_CANDIDATES {
            return Err(self.err_at(
                tc,
                format!("expected at most {MAX_CANDIDATES} candidates, found {ncand}"),
            ));
        }
        let ncand = ncand as usize;
        let (seats, ts) = self.number("the number of seats (a whole number)")?;
        if seats == 0 {
            return Err(self.err_at(ts, "expected at least 1 seat, found 0"));
        }
        if seats > ncand as u64 {
            return Err(self.err_at(
                ts,
                format!("expected at most {ncand} seat(s) (one per candidate), found {seats}"),
            ));
        }
        let seats = seats as usize;

        // Withdrawn candidates: lines of `-N` entries before the first ballot.
        let mut withdrawn: Vec<CandId> = Vec::new();
        loop {
            self.skip_to_line_start();
            let line: &[Token] = match self.lines.get(self.line) {
                Some(l) => l.get(self.pos..).unwrap_or_default(),
                None => break,
            };
            let starts_with_minus = line
                .first()
                .is_some_and(|t| !t.quoted && t.text.starts_with('-'));
            if !starts_with_minus {
                break;
            }
            for t in line {
                let n = t
                    .text
                    .strip_prefix('-')
                    .filter(|_| !t.quoted)
                    .and_then(|r| r.parse::<u64>().ok())
                    .filter(|n| (1..=ncand as u64).contains(n));
                let Some(n) = n else {
                    return Err(self.err_at(
                        t,
                        format!(
                            "expected a withdrawn candidate `-N` with N from 1 to {ncand} \
                             (a line of withdrawals holds nothing else; ballot weights \
                             cannot be negative), found {}",
                            t.describe()
                        ),
                    ));
                };
                let c = (n - 1) as usize;
                if withdrawn.contains(&c) {
                    return Err(self.err_at(t, format!("candidate {n} is withdrawn twice")));
                }
                withdrawn.push(c);
            }
            self.line += 1;
            self.pos = 0;
        }

        // Ballots, one per line, until a line `0`.
        let mut profile = Profile::new(Vec::new());
        // Each distinct ballot's key (its candidates, groups separated by
        // GROUP_END) and its place in `profile.ballots`: a line is read into
        // the reused `key` and looked up by slice, so a repeated ballot costs
        // no allocation and a new one is turned into its `Marks` once.
        let mut index: HashMap<Box<[CandId]>, usize> = HashMap::new();
        let mut key: Vec<CandId> = Vec::new();
        // `seen[c] == stamp`: candidate c is already on the current ballot.
        let mut seen: Vec<u64> = vec![0; ncand];
        let mut stamp: u64 = 0;
        let mut total: u64 = 0;
        loop {
            self.skip_to_line_start();
            let (line_idx, line_start) = (self.line, self.pos);
            let line: &[Token] = match self.lines.get(self.line) {
                Some(l) => l.get(self.pos..).unwrap_or_default(),
                None => {
                    return Err(self.err_eof("a ballot line or the line `0` that ends the ballots"))
                }
            };
            self.line += 1;
            self.pos = 0;
            let mut toks = line.iter().peekable();
            // Optional ballot id, ignored.
            let mut id: Option<&Token> = None;
            if let Some(t) = toks.peek() {
                if !t.quoted && t.text.starts_with('(') {
                    if !t.text.ends_with(')') || t.text.len() < 2 {
                        return Err(self.err_at(
                            t,
                            format!(
                                "expected a ballot id in parentheses like `(17)`, found {}",
                                t.describe()
                            ),
                        ));
                    }
                    id = toks.next();
                }
            }
            let Some(wt) = toks.next() else {
                return Err(match id {
                    Some(t) => self.err_at(t, "expected the ballot's weight after its id"),
                    None => self.err_eof("a ballot line"),
                });
            };
            let expected_weight = "a ballot's weight (a whole number of at least 1) or the line `0` that ends the ballots";
            if wt.quoted {
                return Err(self.err_at(
                    wt,
                    format!(
                        "expected {expected_weight}, found {} (is the `0` line that ends the ballots missing?)",
                        wt.describe()
                    ),
                ));
            }
            let weight = match wt.text.parse::<u64>() {
                Ok(w) => w,
                Err(_) => {
                    let hint = if wt.text.parse::<f64>().is_ok() {
                        " (fractional or negative weights are not accepted)"
                    } else {
                        ""
                    };
                    return Err(self.err_at(
                        wt,
                        format!("expected {expected_weight}, found {}{hint}", wt.describe()),
                    ));
                }
            };
            if weight == 0 {
                if id.is_some() {
                    return Err(self.err_at(wt, "expected a ballot weight of at least 1, found 0"));
                }
                if let Some(extra) = toks.peek() {
                    if !extra.quoted {
                        return Err(self.err_at(
                            extra,
                            format!(
                                "the `0` that ends the ballots may only be followed by the \
                                 quoted names (a weight of 0 is not a ballot); found {}",
                                extra.describe()
                            ),
                        ));
                    }
                    // Names follow on the same line: resume there.
                    self.line = line_idx;
                    self.pos = line_start + (line.len() - toks.len());
                }
                break;
            }
            // Preferences until the terminating 0 on this line.
            key.clear();
            stamp += 1;
            let mut terminated = false;
            for t in toks.by_ref() {
                if t.quoted {
                    return Err(self.err_at(
                        t,
                        format!(
                            "expected a candidate number or the terminating 0, found {}",
                            t.describe()
                        ),
                    ));
                }
                if t.text == "0" {
                    terminated = true;
                    break;
                }
                if !key.is_empty() {
                    key.push(GROUP_END);
                }
                for part in t.text.split('=') {
                    let n = part
                        .parse::<u64>()
                        .ok()
                        .filter(|n| (1..=ncand as u64).contains(n));
                    let Some(n) = n else {
                        return Err(self.err_at(
                            t,
                            format!(
                                "expected a candidate number from 1 to {ncand} (or equal rankings like `2=3`), or the terminating 0, found {}",
                                t.describe()
                            ),
                        ));
                    };
                    let c = (n - 1) as usize;
                    let Some(mark) = seen.get_mut(c) else {
                        continue;
                    };
                    if *mark == stamp {
                        return Err(self.err_at(
                            t,
                            format!("candidate {n} appears more than once on this ballot"),
                        ));
                    }
                    *mark = stamp;
                    key.push(c);
                }
            }
            if !terminated {
                let last = line.last().unwrap_or(wt);
                return Err(self.err_at(
                    last,
                    "the ballot line does not end with the terminating 0 (each ballot is one line: weight, preferences, 0)",
                ));
            }
            if let Some(extra) = toks.next() {
                return Err(self.err_at(
                    extra,
                    format!(
                        "expected the end of the ballot line after its terminating 0, found {}",
                        extra.describe()
                    ),
                ));
            }
            total = total.checked_add(weight).ok_or_else(|| {
                self.err_at(wt, "the total weight of the ballots is too large to count")
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
        }

        // Names, then the title.
        let mut names: Vec<String> = Vec::with_capacity(ncand);
        let mut seen_names: HashMap<String, usize> = HashMap::new();
        for i in 0..ncand {
            let expected = format!("the quoted name of candidate {} of {ncand}", i + 1);
            let t = self.next().ok_or_else(|| self.err_eof(&expected))?;
            if !t.quoted {
                return Err(self.err_at(t, format!("expected {expected}, found {}", t.describe())));
            }
            let nm = t.text.split_whitespace().collect::<Vec<_>>().join(" ");
            if nm.is_empty() {
                return Err(self.err_at(t, format!("expected {expected}, found an empty name")));
            }
            if let Some(prev) = seen_names.insert(nm.clone(), i) {
                return Err(self.err_at(
                    t,
                    format!(
                        "candidate {} has the same name as candidate {}: \"{nm}\"",
                        i + 1,
                        prev + 1
                    ),
                ));
            }
            names.push(nm);
        }
        let t = self
            .next()
            .ok_or_else(|| self.err_eof("the quoted title of the election after the names"))?;
        if !t.quoted {
            return Err(self.err_at(
                t,
                format!(
                    "expected the quoted title after the {ncand} names, found {}",
                    t.describe()
                ),
            ));
        }
        let title = t.text.split_whitespace().collect::<Vec<_>>().join(" ");
        while let Some(t) = self.next() {
            if !t.quoted {
                return Err(self.err_at(
                    t,
                    format!(
                        "expected nothing after the title except quoted source or comment lines, found {}",
                        t.describe()
                    ),
                ));
            }
        }

        profile.candidates = names;
        withdrawn.sort_unstable();
        Ok(BallotFile {
            profile,
            kind: BallotKind::Ranking,
            sha256: sha256_hex(bytes),
            count: total,
            title: Some(title),
            seats: Some(seats),
            withdrawn,
        })
    }
}
