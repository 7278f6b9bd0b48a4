//! Voter rolls: whatever CSV an administrator is handed, at any size, and
//! never losing a voter silently: every row is either a [`VoterRecord`] or a
//! [`RejectedRow`] with its physical line number and the reason.
//!
//! * Encodings: UTF-8 with or without BOM, UTF-16LE/BE (BOM, or the
//!   zero-byte pattern of BOM-less UTF-16), and legacy single-byte encodings
//!   (Windows-1252 and the like) detected with chardetng when the file is
//!   not valid UTF-8. See [`decode`] for the order of the checks. The caller
//!   may force an encoding ([`RollOptions::encoding`]).
//! * Delimiters: comma, semicolon or tab, sniffed from the header line (the
//!   one that occurs most often outside quotes), or forced.
//! * Columns mapped by header, case-, space-, underscore-, hyphen- and
//!   dot-insensitively, with common synonyms ([`Field::synonyms`]), or
//!   explicitly (`email=E-mail Address`). The PSF's
//!   `FirstName,LastName,MembershipType,Email` and Helios's
//!   `password,id,email,name` (with or without that header line) import as is.
//! * Streaming: the file is read in 64 KiB chunks and records are yielded
//!   one at a time; no field over 64 KiB is ever held ([`record`]). Memory
//!   grows only with the duplicate check: 128-bit keyed hashes of the email
//!   keys and voter ids seen so far (about 40 bytes per voter).
//! * Duplicates *within the file* are refused here (the first occurrence is
//!   kept); duplicates against voters already in the database are the
//!   database layer's job (its unique index on the email key).

pub mod decode;
pub mod encoding_choice;
mod export;
pub mod record;
pub mod source;
pub mod voted;

pub use decode::EncodingSource;
pub use encoding_choice::EncodingChoice;
pub use encoding_rs::Encoding;
pub use export::{
    write_email_list, write_helios_voters, write_roll_csv, ExportVoter, RollExportFormat,
    RollExportWriter,
};

use crate::FormatError;
use decode::{DecodingReader, Source};
use record::{Overflow, RawRecord, RecordReader, MAX_FIELD, MAX_FIELDS, MAX_RECORD};
use serde::Serialize;
use std::collections::hash_map::{Entry, HashMap, RandomState, VacantEntry};
use std::fmt;
use std::hash::BuildHasher;
use std::io::{BufReader, Cursor, Seek, SeekFrom};
use std::path::Path;
use std::str::FromStr;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// A voter-roll field that a column can be mapped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    FirstName,
    LastName,
    Email,
    Id,
    Weight,
    Membership,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Name,
        Field::FirstName,
        Field::LastName,
        Field::Email,
        Field::Id,
        Field::Weight,
        Field::Membership,
    ];

    /// The name used in explicit mappings (`name`, `first_name`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::FirstName => "first_name",
            Field::LastName => "last_name",
            Field::Email => "email",
            Field::Id => "id",
            Field::Weight => "weight",
            Field::Membership => "membership",
        }
    }

    /// Header names recognised for this field, after [`header_key`]
    /// normalisation, best first (when two columns match the same field, the
    /// one matching the earlier synonym wins, then the leftmost).
    pub fn synonyms(self) -> &'static [&'static str] {
        match self {
            Field::Name => &["name", "fullname", "displayname", "votername", "membername"],
            Field::FirstName => &["firstname", "givenname", "forename", "first"],
            Field::LastName => &["lastname", "surname", "familyname", "last"],
            Field::Email => &["email", "emailaddress", "mail", "emailaddr", "mailaddress"],
            Field::Id => &["id", "voterid", "memberid", "username", "userid", "login"],
            Field::Weight => &["weight", "voteweight", "votingweight", "voterweight"],
            Field::Membership => &["membershiptype", "membership", "membertype", "type"],
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Field {
    type Err = String;
    fn from_str(s: &str) -> Result<Field, String> {
        let k = header_key(s);
        Field::ALL
            .into_iter()
            .find(|f| header_key(f.as_str()) == k)
            .ok_or_else(|| {
                let names: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
                format!("unknown field '{s}': expected one of {}", names.join(", "))
            })
    }
}

/// A header name reduced for matching: NFC, lowercase, without spaces,
/// underscores, hyphens and dots ("E-mail Address" → "emailaddress").
pub fn header_key(h: &str) -> String {
    h.trim_start_matches(['\u{FEFF}'])
        .nfc()
        .flat_map(char::to_lowercase)
        .filter(|c| !(c.is_whitespace() || matches!(c, '_' | '-' | '.')))
        .collect()
}

/// How to read a roll. `Default` detects everything.
#[derive(Debug, Clone, Default)]
pub struct RollOptions {
    /// Force the encoding (see [`encoding_for_label`]).
    pub encoding: Option<&'static Encoding>,
    /// Force the delimiter (b',', b';', b'\t', ...).
    pub delimiter: Option<u8>,
    /// Explicit mappings, field → header; they override detection for those
    /// fields. An empty header unmaps the field.
    pub mapping: Vec<(Field, String)>,
}

impl RollOptions {
    /// Parse `FIELD=Header` (e.g. `email=E-mail Address`, `name=`).
    pub fn parse_mapping(spec: &str) -> Result<(Field, String), String> {
        let (f, h) = spec.split_once('=').ok_or_else(|| {
            format!("mapping '{spec}' should be FIELD=Header, e.g. email=E-mail Address")
        })?;
        Ok((f.parse()?, h.trim().to_string()))
    }

    /// Parse a delimiter: a single ASCII character, or comma, semicolon,
    /// tab (or `\t`), pipe.
    pub fn parse_delimiter(s: &str) -> Result<u8, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "comma" => Ok(b','),
            "semicolon" => Ok(b';'),
            "tab" | "\\t" => Ok(b'\t'),
            "pipe" => Ok(b'|'),
            _ if s == "\t" => Ok(b'\t'),
            t if t.len() == 1 && t.is_ascii() && t != "\"" && t != "\n" && t != "\r" => {
                Ok(t.as_bytes()[0])
            }
            _ => Err(format!(
                "delimiter '{s}' should be one character, or comma, semicolon, tab or pipe"
            )),
        }
    }
}

/// The encoding for a label such as `utf-8`, `windows-1252`, `latin1`,
/// `cp1252`, `utf-16le`, `iso-8859-2` (WHATWG labels, case-insensitive).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    let l = label.trim().to_ascii_lowercase();
    let l = match l.as_str() {
        "utf16" | "utf-16" => "utf-16le",
        "utf16le" => "utf-16le",
        "utf16be" => "utf-16be",
        "utf8" => "utf-8",
        _ => l.as_str(),
    };
    Encoding::for_label(l.as_bytes())
}

/// How the roll's columns are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// The first line names the columns.
    Header,
    /// A Helios voter file without a header: `password,ID,EMAIL,NAME`.
    Helios,
}

/// What was detected (or forced) about a roll.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Detected {
    /// Encoding name, as encoding_rs spells it (`UTF-8`, `UTF-16LE`,
    /// `windows-1252`, ...).
    pub encoding: String,
    pub encoding_source: EncodingSource,
    pub delimiter: char,
    pub layout: Layout,
    /// The column names (for [`Layout::Helios`], `password,id,email,name`).
    pub headers: Vec<String>,
    /// The columns used, field → header, in [`Field::ALL`] order.
    pub mapping: Vec<(Field, String)>,
    /// Windows-1252 and Windows-1250 read the file differently: which was
    /// used, why, and the lines both ways (`encoding_choice.rs`).
    pub encoding_choice: Option<EncodingChoice>,
}

impl Detected {
    /// "comma", "semicolon", "tab", "pipe", or the character itself.
    pub fn delimiter_name(&self) -> String {
        match self.delimiter {
            ',' => "comma".into(),
            ';' => "semicolon".into(),
            '\t' => "tab".into(),
            '|' => "pipe".into(),
            c => c.to_string(),
        }
    }
}

/// One voter read from a roll.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VoterRecord {
    /// Physical line (1-based) where the row starts.
    pub line: u64,
    /// NFC, whitespace collapsed to single spaces.
    pub name: String,
    /// As written (trimmed, NFC).
    pub email: String,
    /// The email trimmed, NFC and lowercased: the key for duplicates.
    pub email_key: String,
    pub voter_id: Option<String>,
    /// 1 when the roll has no weight column or the cell is empty.
    pub weight: u32,
    pub membership: Option<String>,
}

/// A row that was refused, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RejectedRow {
    /// Physical line (1-based) where the row starts.
    pub line: u64,
    pub reason: String,
    /// The row as read (decoded, its fields joined again by the file's
    /// delimiter and quoted as CSV where needed; see [`row_as_read`]).
    pub row: String,
}

/// One row of a roll.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RollRow {
    Voter(VoterRecord),
    Rejected(RejectedRow),
}

/// Counts so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RollStats {
    pub voters: u64,
    pub rejected: u64,
    /// Rows whose cells are all empty (spreadsheets export them), skipped.
    pub blank: u64,
}

#[derive(Debug, Clone, Default)]
struct Columns {
    name: Option<usize>,
    first: Option<usize>,
    last: Option<usize>,
    email: usize,
    id: Option<usize>,
    weight: Option<usize>,
    membership: Option<usize>,
}

/// 128-bit keyed hashes of the keys seen, with the line that used each:
/// 20 bytes a key (plus the table's slack: about 42 bytes a key once the
/// table has grown past the key count; a million voters with ids cost about
/// 90 MB, without ids half that). A false match needs a 128-bit SipHash
/// collision under random keys.
///
/// Each key is hashed once per row and looked up once: [`Seen::slot`] finds
/// the earlier line or the free place, which the caller fills only when the
/// whole row is accepted.
struct Seen {
    k1: RandomState,
    k2: RandomState,
    map: HashMap<Fingerprint, u32, BuildIdentity>,
}

/// A key's 128-bit keyed hash (four words, so 4-byte aligned: 20 bytes an
/// entry with its line).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Fingerprint([u32; 4]);

impl std::hash::Hash for Fingerprint {
    /// The words are already uniformly random: the table hash is their
    /// first 64 bits, not a hash of them.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let [a, b, ..] = self.0;
        state.write_u64(u64::from(a) << 32 | u64::from(b));
    }
}

#[derive(Default, Clone, Copy)]
struct BuildIdentity;

#[derive(Default)]
struct Identity(u64);

impl std::hash::Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl BuildHasher for BuildIdentity {
    type Hasher = Identity;
    fn build_hasher(&self) -> Identity {
        Identity(0)
    }
}

impl Seen {
    fn new() -> Self {
        Seen {
            k1: RandomState::new(),
            k2: RandomState::new(),
            map: HashMap::with_hasher(BuildIdentity),
        }
    }
    fn key(&self, s: &str) -> Fingerprint {
        let (a, b) = (self.k1.hash_one(s), self.k2.hash_one(s));
        Fingerprint([(a >> 32) as u32, a as u32, (b >> 32) as u32, b as u32])
    }
    /// The line of an earlier occurrence of `s` (`u32::MAX` past line
    /// 4294967294), or the place to record this one.
    fn slot(&mut self, s: &str) -> Result<VacantEntry<'_, Fingerprint, u32>, u32> {
        match self.map.entry(self.key(s)) {
            Entry::Occupied(o) => Err(*o.get()),
            Entry::Vacant(v) => Ok(v),
        }
    }
}

/// The check of a roll's voters against the earlier ones of the same file:
/// an email key or a voter id already on an accepted row refuses the row
/// (the first occurrence is kept). [`RollReader`] runs it on every voter
/// unless told not to ([`RollReader::without_duplicate_check`]): a caller
/// can then run it on a thread of its own, on the voters in file order.
pub struct Duplicates {
    emails: Seen,
    ids: Seen,
}

impl Default for Duplicates {
    fn default() -> Self {
        Duplicates::new()
    }
}

impl fmt::Debug for Duplicates {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Duplicates")
            .field("emails", &self.emails.map.len())
            .field("ids", &self.ids.map.len())
            .finish()
    }
}

impl Duplicates {
    pub fn new() -> Self {
        Duplicates {
            emails: Seen::new(),
            ids: Seen::new(),
        }
    }

    /// Refuse `v` (the reason, as the reader gives it) when its email key
    /// or its voter id is on an earlier accepted voter; otherwise record
    /// both with its line. Each is hashed once and looked up once.
    pub fn check(&mut self, v: &VoterRecord) -> Result<(), String> {
        let line = u32::try_from(v.line).unwrap_or(u32::MAX);
        let email = self.emails.slot(&v.email_key).map_err(|first| {
            format!(
                "duplicate: the email address '{}' is already on {}",
                shown(&v.email),
                earlier_line(first)
            )
        })?;
        let id = match &v.voter_id {
            Some(id) => Some(self.ids.slot(id).map_err(|first| {
                format!(
                    "duplicate: the voter id '{}' is already on {}",
                    shown(id),
                    earlier_line(first)
                )
            })?),
            None => None,
        };
        email.insert(line);
        if let Some(slot) = id {
            slot.insert(line);
        }
        Ok(())
    }
}

/// "line N", or "an earlier line" when the line was too far to record.
fn earlier_line(line: u32) -> String {
    if line == u32::MAX {
        "an earlier line".to_string()
    } else {
        format!("line {line}")
    }
}

/// A roll being read: [`RollReader::detected`] says how, and iterating
/// yields one [`RollRow`] per non-blank row. An `Err` (a read error part way)
/// ends the iteration; the caller should then discard what it imported.
pub struct RollReader {
    name: String,
    records: RecordReader<BufReader<DecodingReader>>,
    detected: Detected,
    cols: Columns,
    width: usize,
    rec: RawRecord,
    pending: Option<RollRow>,
    /// `None`: the caller checks for duplicates.
    duplicates: Option<Duplicates>,
    stats: RollStats,
    finished: bool,
}

impl fmt::Debug for RollReader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RollReader")
            .field("name", &self.name)
            .field("detected", &self.detected)
            .field("stats", &self.stats)
            .finish_non_exhaustive()
    }
}

/// The delimiter, from the first lines of the text: for comma, semicolon
/// and tab, count each on the header line and on up to 20 following lines
/// (outside quotes, skipping blank lines). The winner is the candidate found
/// on the header line whose count is the same as the header's on the most
/// lines, then the one most frequent on the header line; ties go to comma,
/// then semicolon, then tab. Comma when none is on the header line (a
/// single column).
pub fn sniff_delimiter(sample: &str) -> u8 {
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];
    let mut lines: Vec<[usize; 3]> = Vec::new();
    let mut cur = [0usize; 3];
    let mut quoted = false;
    let mut in_line = false;
    for c in sample.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => {
                if in_line {
                    lines.push(cur);
                    if lines.len() > 20 {
                        break;
                    }
                }
                cur = [0; 3];
                in_line = false;
                continue;
            }
            _ => {}
        }
        in_line = true;
        if !quoted {
            if let Some(i) = CANDIDATES
                .iter()
                .position(|&d| u32::from(d) == u32::from(c))
            {
                if let Some(n) = cur.get_mut(i) {
                    *n += 1;
                }
            }
        }
    }
    if in_line && lines.len() <= 20 {
        lines.push(cur);
    }
    let Some(header) = lines.first().copied() else {
        return b',';
    };
    let mut best: Option<((usize, usize), u8)> = None;
    for (i, d) in CANDIDATES.into_iter().enumerate() {
        let on_header = header.get(i).copied().unwrap_or(0);
        if on_header == 0 {
            continue;
        }
        let consistent = lines
            .iter()
            .filter(|l| l.get(i).copied() == Some(on_header))
            .count();
        let score = (consistent, on_header);
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, d));
        }
    }
    best.map_or(b',', |(_, d)| d)
}

pub(crate) fn overflow_reason(o: Overflow, headers: &[String]) -> String {
    match o {
        Overflow::Field(i) => format!(
            "{} is longer than {} KiB: not a voter's details (a broken quote?)",
            column_label(headers, i),
            MAX_FIELD / 1024
        ),
        Overflow::Record => format!(
            "the row is longer than {} KiB (a broken quote?)",
            MAX_RECORD / 1024
        ),
        Overflow::Fields => format!("the row has more than {MAX_FIELDS} fields"),
    }
}

/// [`overflow_reason`] of the first line (no header names yet), as a
/// message in the reader's language.
fn overflow_msg(o: Overflow) -> scrutineer_i18n::Msg {
    use scrutineer_i18n::Msg;
    match o {
        Overflow::Field(i) => Msg::new("err-rollfile-field-long")
            .arg("column", (i + 1).to_string())
            .arg("kib", (MAX_FIELD / 1024).to_string()),
        Overflow::Record => {
            Msg::new("err-rollfile-row-long").arg("kib", (MAX_RECORD / 1024).to_string())
        }
        Overflow::Fields => Msg::new("err-rollfile-many-fields").arg("max", MAX_FIELDS.to_string()),
    }
}

fn column_label(headers: &[String], i: usize) -> String {
    match headers.get(i) {
        Some(h) => format!("column '{h}'"),
        None => format!("column {}", i + 1),
    }
}

/// NFC, copying only once (when already NFC, the usual case).
fn nfc(s: &str) -> String {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s.to_string()
    } else {
        s.nfc().collect()
    }
}

/// NFC of an owned string: the same string when already NFC.
fn nfc_owned(s: String) -> String {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        s
    } else {
        s.nfc().collect()
    }
}

/// Collapse runs of whitespace (any Unicode whitespace, line breaks
/// included) to one space and trim; then NFC.
pub fn normalise_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    nfc_owned(out)
}

/// The key two emails are compared by: trimmed, NFC, lowercased.
pub fn email_key(email: &str) -> String {
    nfc(email.trim()).to_lowercase()
}

/// A practical email check: one '@', a non-empty local part, a domain with a
/// dot and no empty label, no spaces, controls or characters that only
/// appear in display forms (`<>()[],;:"\`). Returns what is wrong.
pub fn check_email(email: &str) -> Result<(), String> {
    let bad = email.chars().find(|&c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '<' | '>' | '(' | ')' | '[' | ']' | ',' | ';' | ':' | '"' | '\\'
            )
    });
    if let Some(c) = bad {
        let what = if c.is_whitespace() {
            "a space".to_string()
        } else {
            format!("'{}'", c.escape_default())
        };
        return Err(format!("contains {what}"));
    }
    let mut parts = email.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err("expected exactly one '@'".into());
    };
    if local.is_empty() {
        return Err("nothing before the '@'".into());
    }
    if !domain.contains('.') {
        return Err(format!("the domain '{domain}' has no dot"));
    }
    if domain.split('.').any(str::is_empty) {
        return Err(format!("the domain '{domain}' has an empty part"));
    }
    Ok(())
}

/// Short, printable form of a cell for messages.
fn shown(s: &str) -> String {
    let mut t: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        t.push('…');
    }
    t.escape_debug().to_string()
}

/// A roll's encoding, delimiter and header line, read before the columns
/// are mapped.
struct Head {
    enc: &'static Encoding,
    how: EncodingSource,
    delimiter: u8,
    records: RecordReader<BufReader<DecodingReader>>,
    rec: RawRecord,
    helios: bool,
    headers: Vec<String>,
    choice: Option<EncodingChoice>,
}

impl RollReader {
    /// Open a roll file. Fails (naming the file) when it is empty, binary,
    /// has no voter rows, or no column can be found for the email or name.
    pub fn open(path: &Path, options: &RollOptions) -> Result<RollReader, FormatError> {
        let (name, f) = open_file(path)?;
        Self::from_source(&name, Box::new(f), options)
    }

    /// Read a roll from bytes in memory; `name` is used in messages.
    pub fn from_bytes(
        name: &str,
        bytes: Vec<u8>,
        options: &RollOptions,
    ) -> Result<RollReader, FormatError> {
        Self::from_source(name, Box::new(Cursor::new(bytes)), options)
    }

    /// Detect the encoding and delimiter and read the header line (or the
    /// first line of a headerless Helios file).
    fn read_head(
        name: &str,
        mut src: Box<dyn Source>,
        options: &RollOptions,
    ) -> Result<Head, FormatError> {
        let (enc, how, head) = decode::detect(name, &mut *src, options.encoding)?;
        let choice = match how {
            EncodingSource::Detected => encoding_choice::weigh(enc, &head),
            _ => None,
        };
        let enc = choice.as_ref().map_or(enc, encoding_choice::encoding_of);
        let sample = decode::decode_sample(enc, &head);
        drop(head);
        check_text(name, &sample)?;
        // Excel's "sep=;" first line names the delimiter.
        let sep_line = excel_sep_line(&sample);
        let delimiter = options
            .delimiter
            .or(sep_line)
            .unwrap_or_else(|| sniff_delimiter(&sample));
        drop(sample);
        if !delimiter.is_ascii() || matches!(delimiter, b'"' | b'\n' | b'\r') {
            return Err(FormatError::msg(
                name,
                None,
                None,
                scrutineer_i18n::Msg::new("err-rollfile-delimiter")
                    .arg("byte", format!("{delimiter:#04x}")),
            ));
        }
        src.seek(SeekFrom::Start(0))
            .map_err(|e| decode::io_error(name, &e))?;
        let text = BufReader::with_capacity(decode::CHUNK, DecodingReader::new(src, enc));
        let mut records = RecordReader::new(text, delimiter);
        let mut rec = RawRecord::default();
        let read_err = |e: std::io::Error, line: u64| {
            FormatError::msg(
                name,
                Some(line),
                None,
                scrutineer_i18n::Msg::new("err-cannot-read")
                    .arg("reason", crate::words::io_msg(&e)),
            )
        };
        // The first non-blank record: the header, or a Helios voter line.
        loop {
            let line = records.line();
            if !records
                .next_record(&mut rec)
                .map_err(|e| read_err(e, line))?
            {
                return Err(FormatError::msg(
                    name,
                    None,
                    None,
                    scrutineer_i18n::Msg::new("err-rollfile-no-text"),
                ));
            }
            if rec.is_blank() {
                continue;
            }
            if sep_line.is_some() && rec.line == 1 {
                continue;
            }
            break;
        }
        if let Some(o) = rec.overflow {
            return Err(FormatError::msg(
                name,
                Some(rec.line),
                None,
                scrutineer_i18n::Msg::new("err-rollfile-not-header").arg("reason", overflow_msg(o)),
            ));
        }
        let helios = is_helios_line(&rec);
        let headers: Vec<String> = if helios {
            ["password", "id", "email", "name"]
                .iter()
                .map(|s| s.to_string())
                .collect()
        } else {
            rec.fields()
                .map(|h| h.trim().trim_start_matches('\u{FEFF}').to_string())
                .collect()
        };
        Ok(Head {
            enc,
            how,
            delimiter,
            records,
            rec,
            helios,
            headers,
            choice,
        })
    }

    fn from_source(
        name: &str,
        src: Box<dyn Source>,
        options: &RollOptions,
    ) -> Result<RollReader, FormatError> {
        let Head {
            enc,
            how,
            delimiter,
            records,
            rec,
            helios,
            headers,
            choice,
        } = Self::read_head(name, src, options)?;
        let (cols, mapping) = map_columns(name, rec.line, &headers, &options.mapping, helios)?;
        let detected = Detected {
            encoding: enc.name().to_string(),
            encoding_source: how,
            delimiter: char::from(delimiter),
            layout: if helios {
                Layout::Helios
            } else {
                Layout::Header
            },
            headers,
            mapping,
            encoding_choice: choice,
        };
        let width = detected.headers.len();
        let mut reader = RollReader {
            name: name.to_string(),
            records,
            detected,
            cols,
            width,
            rec,
            pending: None,
            duplicates: Some(Duplicates::new()),
            stats: RollStats::default(),
            finished: false,
        };
        // Refuse a file with a header and no voter rows; keep the first row.
        let first = if helios {
            Some(reader.process())
        } else {
            match reader.next_row() {
                Some(Ok(row)) => Some(row),
                Some(Err(e)) => return Err(e),
                None => None,
            }
        };
        match first {
            Some(row) => reader.pending = Some(row),
            None => {
                return Err(FormatError::msg(
                    name,
                    None,
                    None,
                    scrutineer_i18n::Msg::new("err-rollfile-no-rows").arg(
                        "header",
                        shown(
                            &reader
                                .detected
                                .headers
                                .join(&reader.detected.delimiter.to_string()),
                        )
                        .to_string(),
                    ),
                ))
            }
        }
        Ok(reader)
    }

    /// Leave the check for duplicates inside the file to the caller: it
    /// runs [`Duplicates::check`] on each voter yielded, in order (the
    /// first, already read, has no earlier voter). The voters yielded and
    /// [`RollReader::stats`] then include the rows that check refuses.
    pub fn without_duplicate_check(mut self) -> Self {
        self.duplicates = None;
        self
    }

    /// What was detected (or forced).
    pub fn detected(&self) -> &Detected {
        &self.detected
    }

    /// The file name used in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Counts of the rows yielded so far.
    pub fn stats(&self) -> RollStats {
        self.stats
    }

    fn next_row(&mut self) -> Option<Result<RollRow, FormatError>> {
        loop {
            let line = self.records.line();
            match self.records.next_record(&mut self.rec) {
                Err(e) => {
                    self.finished = true;
                    return Some(Err(FormatError::msg(
                        &self.name,
                        Some(line),
                        None,
                        scrutineer_i18n::Msg::new("err-cannot-read")
                            .arg("reason", crate::words::io_msg(&e)),
                    )));
                }
                Ok(false) => {
                    self.finished = true;
                    return None;
                }
                Ok(true) if self.rec.is_blank() => self.stats.blank += 1,
                Ok(true) => return Some(Ok(self.process())),
            }
        }
    }

    /// Turn the current record into a row, updating the counts.
    fn process(&mut self) -> RollRow {
        let line = self.rec.line;
        let row = match self.validate() {
            Ok(v) => RollRow::Voter(v),
            Err(reason) => RollRow::Rejected(RejectedRow {
                line,
                reason,
                row: self.rec.as_read(self.records.delimiter()),
            }),
        };
        match &row {
            RollRow::Voter(_) => self.stats.voters += 1,
            RollRow::Rejected(_) => self.stats.rejected += 1,
        }
        row
    }

    fn cell(&self, col: Option<usize>) -> Result<&str, String> {
        let Some(i) = col else { return Ok("") };
        // A cell Scrutineer's own export neutralised reads back as written.
        let s = crate::csv_cell::restore(self.rec.get(i).trim());
        // Only bytes below 0x20, 0x7F and the UTF-8 lead bytes 0xC2 (C1
        // controls) and 0xEF (U+FFFD) can start a character refused here.
        if !s
            .bytes()
            .any(|b| b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xEF)
        {
            return Ok(s);
        }
        if let Some(c) = s
            .chars()
            .find(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        {
            return Err(format!(
                "{} contains a control character ({}): is this a text file?",
                column_label(&self.detected.headers, i),
                crate::fields::describe(c)
            ));
        }
        if s.contains('\u{FFFD}') {
            return Err(format!(
                "{} contains bytes that are not valid {} ('{}'): choose the file's encoding",
                column_label(&self.detected.headers, i),
                self.detected.encoding,
                shown(s)
            ));
        }
        Ok(s)
    }

    /// [`Self::check_row`], then the duplicate check (unless the caller
    /// runs it).
    fn validate(&mut self) -> Result<VoterRecord, String> {
        let v = self.check_row()?;
        if let Some(d) = &mut self.duplicates {
            d.check(&v)?;
        }
        Ok(v)
    }

    /// Every check of a row but the duplicate check, and the record.
    fn check_row(&self) -> Result<VoterRecord, String> {
        let line = self.rec.line;
        let headers = &self.detected.headers;
        if let Some(o) = self.rec.overflow {
            return Err(overflow_reason(o, headers));
        }
        if self.rec.len() > self.width {
            let extra = (self.width..self.rec.len()).any(|i| !self.rec.get(i).trim().is_empty());
            if extra {
                return Err(format!(
                    "the row has {} fields but the header has {}: a value with an unquoted '{}' in it?",
                    self.rec.len(),
                    self.width,
                    self.detected.delimiter.escape_default()
                ));
            }
        }
        if self.detected.layout == Layout::Helios {
            let kind = self.rec.get(0).trim();
            if !kind.eq_ignore_ascii_case("password") {
                return Err(format!(
                    "Helios voter type '{}' is not supported: only 'password' voters (password,ID,EMAIL,NAME) can be imported",
                    shown(kind)
                ));
            }
        }
        let c = &self.cols;
        let email_raw = self.cell(Some(c.email))?;
        if email_raw.is_empty() {
            return Err(format!(
                "no email address ({} is empty)",
                column_label(headers, c.email)
            ));
        }
        let email = nfc(email_raw);
        check_email(&email)
            .map_err(|why| format!("'{}' is not an email address: {why}", shown(&email)))?;
        crate::fields::check(&crate::fields::EMAIL, &email)?;
        // `email` is already trimmed and NFC, so its key (`email_key`:
        // trimmed, NFC, lowercased) is its lowercase.
        let key = email.to_lowercase();
        let mut name = normalise_name(self.cell(c.name)?);
        if name.is_empty() {
            let first = normalise_name(self.cell(c.first)?);
            let last = normalise_name(self.cell(c.last)?);
            name = match (first.is_empty(), last.is_empty()) {
                (false, false) => {
                    let mut both = first;
                    both.push(' ');
                    both.push_str(&last);
                    both
                }
                (false, true) => first,
                (true, false) => last,
                (true, true) => String::new(),
            };
        }
        if name.is_empty() {
            let cols: Vec<String> = [c.name, c.first, c.last]
                .into_iter()
                .flatten()
                .map(|i| column_label(headers, i))
                .collect();
            return Err(format!("no name ({} empty)", cols.join(" and ")));
        }
        crate::fields::check(&crate::fields::VOTER_NAME, &name)?;
        let weight = match self.cell(c.weight)? {
            "" => 1,
            w => match w.parse::<u32>() {
                Ok(n) if n >= 1 => n,
                _ => {
                    return Err(format!(
                        "weight '{}' in {} is not a whole number of 1 or more",
                        shown(w),
                        column_label(headers, c.weight.unwrap_or(0))
                    ))
                }
            },
        };
        let voter_id = match self.cell(c.id)? {
            "" => None,
            id => Some(nfc(id)),
        };
        let membership = match self.cell(c.membership)? {
            "" => None,
            m => Some(normalise_name(m)),
        };
        for (spec, v) in [
            (&crate::fields::VOTER_ID, &voter_id),
            (&crate::fields::MEMBERSHIP, &membership),
        ] {
            if let Some(v) = v {
                crate::fields::check(spec, v)?;
            }
        }
        Ok(VoterRecord {
            line,
            name,
            email,
            email_key: key,
            voter_id,
            weight,
            membership,
        })
    }
}

impl Iterator for RollReader {
    type Item = Result<RollRow, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(row) = self.pending.take() {
            return Some(Ok(row));
        }
        if self.finished {
            return None;
        }
        self.next_row()
    }
}

/// The delimiter named by a first line `sep=X` (Excel writes and reads it).
fn excel_sep_line(sample: &str) -> Option<u8> {
    let first = sample.lines().next()?.trim_end_matches('\r');
    match first.as_bytes() {
        [s, e, p, b'=', d]
            if [*s, *e, *p].eq_ignore_ascii_case(b"sep")
                && d.is_ascii_punctuation() | (*d == b'\t')
                && *d != b'"' =>
        {
            Some(*d)
        }
        _ => None,
    }
}

/// A headerless Helios voter line: `password,ID,EMAIL[,NAME]`, where the
/// third field has an '@' (a header `password,id,email,name` does not).
fn is_helios_line(rec: &RawRecord) -> bool {
    rec.len() >= 3 && rec.get(0).trim().eq_ignore_ascii_case("password") && rec.get(2).contains('@')
}

/// Refuse text that is mostly control characters (a binary file decoded as
/// a single-byte encoding) or has NUL characters (e.g. UTF-32).
fn check_text(name: &str, sample: &str) -> Result<(), FormatError> {
    let (mut total, mut controls) = (0usize, 0usize);
    for c in sample.chars() {
        total += 1;
        if c == '\0' {
            return Err(FormatError::msg(
                name,
                None,
                None,
                scrutineer_i18n::Msg::new("err-rollfile-nul"),
            ));
        }
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
            controls += 1;
        }
    }
    if controls * 20 > total {
        return Err(FormatError::msg(
            name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-rollfile-controls")
                .arg("controls", controls.to_string())
                .arg("total", total.to_string()),
        ));
    }
    Ok(())
}

fn open_file(path: &Path) -> Result<(String, std::fs::File), FormatError> {
    source::open_input(path)
}

/// The encoding, delimiter, header line and the columns found so far, even
/// when no column is found for the email or the name (which
/// [`RollReader::open`] refuses): for a window where the person maps the
/// columns by hand. Reads only the start of the file.
pub fn columns(path: &Path, options: &RollOptions) -> Result<Detected, FormatError> {
    let (name, f) = open_file(path)?;
    let head = RollReader::read_head(&name, Box::new(f), options)?;
    let found = find_columns(
        &name,
        head.rec.line,
        &head.headers,
        &options.mapping,
        head.helios,
    )?;
    let mapping = Field::ALL
        .into_iter()
        .filter_map(|f| {
            found
                .get(&f)
                .copied()
                .flatten()
                .and_then(|i| head.headers.get(i))
                .map(|h| (f, h.clone()))
        })
        .collect();
    Ok(Detected {
        encoding: head.enc.name().to_string(),
        encoding_source: head.how,
        delimiter: char::from(head.delimiter),
        layout: if head.helios {
            Layout::Helios
        } else {
            Layout::Header
        },
        headers: head.headers,
        mapping,
        encoding_choice: head.choice,
    })
}

/// A whole CSV text decoded as a roll is: the same encoding detection
/// ([`decode`], with the Windows-1252/1250 weighing of [`encoding_choice`])
/// and the same delimiter (the caller's, Excel's `sep=` line, else
/// [`sniff_delimiter`]), for CSV files other than rolls (a nominations
/// form export) that are read whole.
#[derive(Debug, Clone)]
pub struct CsvText {
    /// The text as UTF-8 (a BOM and Excel's `sep=` line removed).
    pub text: String,
    /// Lines removed from the start (1 after a `sep=` line): add it to a
    /// line number in `text` to get the file's line.
    pub lines_skipped: u64,
    /// Encoding name, as encoding_rs spells it.
    pub encoding: String,
    pub encoding_source: EncodingSource,
    pub delimiter: u8,
    /// Windows-1252 and Windows-1250 read the file differently.
    pub encoding_choice: Option<EncodingChoice>,
}

impl CsvText {
    /// "comma", "semicolon", "tab", "pipe", or the character itself.
    pub fn delimiter_name(&self) -> String {
        match self.delimiter {
            b',' => "comma".into(),
            b';' => "semicolon".into(),
            b'\t' => "tab".into(),
            b'|' => "pipe".into(),
            c => char::from(c).to_string(),
        }
    }
}

/// Read a CSV file of at most `max_bytes` whole, decoded as a roll is
/// (`options.encoding` and `options.delimiter` force them; the mapping is
/// not used). `what` names the file in messages ("nominations CSV").
pub fn read_csv_text(
    path: &Path,
    options: &RollOptions,
    what: &str,
    max_bytes: u64,
) -> Result<CsvText, FormatError> {
    use std::io::Read;
    let (name, f) = open_file(path)?;
    let mut bytes = Vec::new();
    f.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| decode::io_error(&name, &e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(FormatError::msg(
            &name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-rollfile-too-large-mib")
                .arg("mib", (max_bytes / (1024 * 1024)).to_string())
                .arg("what", crate::words::what_msg(what)),
        ));
    }
    let mut src = Cursor::new(bytes);
    let (enc, how, head) = decode::detect(&name, &mut src, options.encoding)?;
    let choice = match how {
        EncodingSource::Detected => encoding_choice::weigh(enc, &head),
        _ => None,
    };
    let enc = choice.as_ref().map_or(enc, encoding_choice::encoding_of);
    drop(head);
    let bytes = src.into_inner();
    let (text, _) = enc.decode_with_bom_removal(&bytes);
    let mut text = text.into_owned();
    drop(bytes);
    let sample: String = text.chars().take(decode::CHUNK).collect();
    check_text(&name, &sample)?;
    let sep_line = excel_sep_line(&sample);
    let delimiter = options
        .delimiter
        .or(sep_line)
        .unwrap_or_else(|| sniff_delimiter(&sample));
    let mut lines_skipped = 0;
    if sep_line.is_some() {
        let end = text.find('\n').map_or(text.len(), |i| i + 1);
        text.replace_range(..end, "");
        lines_skipped = 1;
    }
    Ok(CsvText {
        text,
        lines_skipped,
        encoding: enc.name().to_string(),
        encoding_source: how,
        delimiter,
        encoding_choice: choice,
    })
}

/// The column of each field (`None`: not in the file): explicit mappings
/// first, then synonyms.
fn find_columns(
    name: &str,
    header_line: u64,
    headers: &[String],
    explicit: &[(Field, String)],
    helios: bool,
) -> Result<HashMap<Field, Option<usize>>, FormatError> {
    let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
    let mut found: HashMap<Field, Option<usize>> = HashMap::new();
    for (field, header) in explicit {
        if header.trim().is_empty() {
            found.insert(*field, None);
            continue;
        }
        let i = headers
            .iter()
            .position(|h| h == header.trim())
            .or_else(|| keys.iter().position(|k| *k == header_key(header)))
            .ok_or_else(|| {
                FormatError::msg(
                    name,
                    Some(header_line),
                    None,
                    scrutineer_i18n::Msg::new("err-rollfile-mapping")
                        .arg("field", field.to_string())
                        .arg("header", header.to_string())
                        .arg(
                            "columns",
                            headers
                                .iter()
                                .map(|h| format!("'{}'", shown(h)))
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                )
            })?;
        found.insert(*field, Some(i));
    }
    for field in Field::ALL {
        if found.contains_key(&field) {
            continue;
        }
        // In a headerless Helios file the first column is the voter type.
        let hit = field.synonyms().iter().find_map(|syn| {
            keys.iter()
                .enumerate()
                .position(|(i, k)| k == syn && !(helios && i == 0))
        });
        found.insert(field, hit);
    }
    Ok(found)
}

/// Find the columns for each field: explicit mappings first, then synonyms.
fn map_columns(
    name: &str,
    header_line: u64,
    headers: &[String],
    explicit: &[(Field, String)],
    helios: bool,
) -> Result<(Columns, Vec<(Field, String)>), FormatError> {
    let found = find_columns(name, header_line, headers, explicit, helios)?;
    let get = |f: Field| found.get(&f).copied().flatten();
    let listed = || {
        headers
            .iter()
            .map(|h| format!("'{}'", shown(h)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let Some(email) = get(Field::Email) else {
        if headers.iter().any(|h| check_email(h.trim()).is_ok()) {
            return Err(FormatError::msg(
                name,
                Some(header_line),
                None,
                scrutineer_i18n::Msg::new("err-roll-header-is-voter").arg("columns", listed()),
            ));
        }
        return Err(FormatError::msg(
            name,
            Some(header_line),
            None,
            scrutineer_i18n::Msg::new("err-roll-no-email-column").arg("columns", listed()),
        ));
    };
    if get(Field::Name).is_none()
        && get(Field::FirstName).is_none()
        && get(Field::LastName).is_none()
    {
        return Err(FormatError::msg(
            name,
            Some(header_line),
            None,
            scrutineer_i18n::Msg::new("err-roll-no-name-column").arg("columns", listed()),
        ));
    }
    let cols = Columns {
        name: get(Field::Name),
        first: get(Field::FirstName),
        last: get(Field::LastName),
        email,
        id: get(Field::Id),
        weight: get(Field::Weight),
        membership: get(Field::Membership),
    };
    let mapping = Field::ALL
        .into_iter()
        .filter_map(|f| get(f).and_then(|i| headers.get(i)).map(|h| (f, h.clone())))
        .collect();
    Ok((cols, mapping))
}

/// The first rows of a roll and the counts for the whole file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RollPreview {
    pub detected: Detected,
    /// The first `n` voters.
    pub voters: Vec<VoterRecord>,
    /// The first `n` refused rows.
    pub rejected: Vec<RejectedRow>,
    pub stats: RollStats,
}

/// The rows of `path` starting at `lines`, as read (fields joined by the
/// file's delimiter, see [`RejectedRow::row`]), for refusals decided after
/// the reader (a voter already on the roll): one more pass over the file,
/// made only when there are such rows. Read with the same options as the
/// import, so the same records at the same lines.
pub fn rows_as_read(
    path: &Path,
    options: &RollOptions,
    lines: &[u64],
) -> Result<std::collections::HashMap<u64, String>, FormatError> {
    let wanted: std::collections::HashSet<u64> = lines.iter().copied().collect();
    let mut out = std::collections::HashMap::new();
    if wanted.is_empty() {
        return Ok(out);
    }
    let (name, f) = open_file(path)?;
    let Head {
        delimiter,
        mut records,
        mut rec,
        ..
    } = RollReader::read_head(&name, Box::new(f), options)?;
    loop {
        if wanted.contains(&rec.line) {
            out.insert(rec.line, rec.as_read(delimiter));
            if out.len() == wanted.len() {
                break;
            }
        }
        let line = records.line();
        let more = records.next_record(&mut rec).map_err(|e| {
            FormatError::msg(
                &name,
                Some(line),
                None,
                scrutineer_i18n::Msg::new("err-cannot-read")
                    .arg("reason", crate::words::io_msg(&e)),
            )
        })?;
        if !more {
            break;
        }
    }
    Ok(out)
}

/// Detect, map and read the whole roll (streaming), keeping the first `n`
/// voters and the first `n` refused rows.
pub fn preview(path: &Path, options: &RollOptions, n: usize) -> Result<RollPreview, FormatError> {
    let reader = RollReader::open(path, options)?;
    preview_reader(reader, n)
}

/// [`preview`] of an open reader.
pub fn preview_reader(mut reader: RollReader, n: usize) -> Result<RollPreview, FormatError> {
    let mut voters = Vec::new();
    let mut rejected = Vec::new();
    for row in reader.by_ref() {
        match row? {
            RollRow::Voter(v) if voters.len() < n => voters.push(v),
            RollRow::Rejected(r) if rejected.len() < n => rejected.push(r),
            _ => {}
        }
    }
    Ok(RollPreview {
        detected: reader.detected.clone(),
        voters,
        rejected,
        stats: reader.stats,
    })
}

#[cfg(test)]
mod csv_text_tests {
    use super::*;

    #[test]
    fn a_semicolon_windows_1252_export_is_read_as_the_roll_reads_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("form.csv");
        let text = "sep=;\r\nName;Company\r\nJuan Peña;Ørsted A/S\r\n";
        std::fs::write(&p, encoding_rs::WINDOWS_1252.encode(text).0).unwrap();
        let t = read_csv_text(&p, &RollOptions::default(), "form CSV", 1024).unwrap();
        assert_eq!(t.encoding, "windows-1252");
        assert_eq!(t.encoding_source, EncodingSource::Detected);
        assert_eq!(t.delimiter_name(), "semicolon");
        assert_eq!(t.lines_skipped, 1);
        assert_eq!(t.text, "Name;Company\r\nJuan Peña;Ørsted A/S\r\n");
        assert_eq!(
            t.encoding_choice.as_ref().map(|c| c.other.as_str()),
            Some("windows-1250")
        );
        // Forced: read as the user chose.
        let forced = RollOptions {
            encoding: encoding_for_label("windows-1250"),
            delimiter: Some(b','),
            ..RollOptions::default()
        };
        let t = read_csv_text(&p, &forced, "form CSV", 1024).unwrap();
        assert!(t.text.contains("Peńa"), "{}", t.text);
        assert_eq!(t.delimiter, b',');
        // Too large: refused by name.
        let e = read_csv_text(&p, &RollOptions::default(), "form CSV", 10).unwrap_err();
        assert!(e.to_string().contains("too large for a form CSV"), "{e}");
    }
}
