//! One reader interface for every published format: [`Format`], what a file
//! holds ([`Input`]: ballots or [`Totals`]), detection in one place
//! ([`detect`], [`detect_path`]) and [`read_input`], which opens the file
//! safely ([`crate::open_input`]), hashes its bytes as they are read and hands
//! them to the format's module.
//!
//! Detection, in this order (the first 64 KiB are looked at):
//!
//! * a folder holding `election.yaml` and `candidate-*.md` files is an Elekto
//!   election (`election.yaml` beside a `ballots.csv` alone, as the
//!   Kubernetes steering archive keeps it, is not: that is a grid of
//!   candidate IDs); a folder holding
//!   `election.json` and `result.json` is a Helios election;
//! * a file named `ballots.csv` in an Elekto folder is Elekto's ballots;
//!   `BALLOTS.csv` beside `candidates.csv` is a CIVS ballot report;
//! * a Debian tally sheet: a line starting `V: ` after a header line
//!   mentioning `Option 1`;
//! * a first line of exactly two whole numbers: BLT;
//! * JSON: an object with `"Ballots"` and `"Election"` is a BetterVoting
//!   export; an object with `"questions"` and Helios's `"choice_type"`,
//!   `"result_type"` or `"tally_type"` keys is a Helios election; lines of
//!   `[[...]]` are Belenios ballots;
//! * CSV: a header `candidate,votes` (or `candidate,count`, any case) is
//!   totals; a header starting `ballot_id,precinct,` is a BetterVoting export;
//! * any other text: a grid ballot CSV.
//!
//! With a format named by the caller (`--format`), the named reader is used;
//! when the content is unmistakably another format, that is a clear error
//! rather than a confusing one from the wrong reader.

use crate::guard::{io_to_format, refuse_nul, TextGuard, MAX_JSON, MAX_LINE};
use crate::{
    belenios, bettervoting, blt, civs, elekto, grid, helios, open_input, totals, BallotFile,
    FormatError, HashingReader,
};
use scrutineer_count::{BallotKind, BlankMeaning};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::io::{BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// How much of the start of a file detection looks at.
const HEAD_LEN: usize = 64 * 1024;

/// A published ballot or totals format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Format {
    #[serde(rename = "grid")]
    Grid,
    #[serde(rename = "blt")]
    Blt,
    #[serde(rename = "totals")]
    Totals,
    #[serde(rename = "helios")]
    Helios,
    #[serde(rename = "civs")]
    Civs,
    #[serde(rename = "elekto")]
    Elekto,
    #[serde(rename = "bettervoting")]
    BetterVoting,
    #[serde(rename = "belenios")]
    Belenios,
    #[serde(rename = "debian")]
    Debian,
}

impl Format {
    /// Every format, in the order they are listed to users.
    pub const ALL: [Format; 9] = [
        Format::Grid,
        Format::Blt,
        Format::Totals,
        Format::Helios,
        Format::Civs,
        Format::Elekto,
        Format::BetterVoting,
        Format::Belenios,
        Format::Debian,
    ];

    /// The format's name as typed (`--format`) and stored.
    pub fn name(self) -> &'static str {
        match self {
            Format::Grid => "grid",
            Format::Blt => "blt",
            Format::Totals => "totals",
            Format::Helios => "helios",
            Format::Civs => "civs",
            Format::Elekto => "elekto",
            Format::BetterVoting => "bettervoting",
            Format::Belenios => "belenios",
            Format::Debian => "debian",
        }
    }

    /// What a candidate left off a ranked ballot means in this format (the
    /// service's own rule).
    pub fn blank(self) -> BlankMeaning {
        match self {
            // Elekto: "'No opinion' does not indicate the lowest preference";
            // CIVS `No opinion`: not compared; grid CSV follows them.
            Format::Grid | Format::Civs | Format::Elekto | Format::BetterVoting => {
                BlankMeaning::NotCompared
            }
            // BLT (STV: an unranked candidate gets no transfer from the
            // ballot) and Debian (constitution A.6(3)(1): unranked options
            // rank below ranked ones); Belenios (inferred, see its module).
            Format::Blt | Format::Debian | Format::Belenios => BlankMeaning::BelowRanked,
            Format::Totals | Format::Helios => BlankMeaning::NotCompared,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;

    /// A format by its name (any case). `auto` is not a format: callers
    /// read it as "detect" (`None`) before calling this.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(t))
            .ok_or_else(|| {
                let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                format!(
                    "unknown format `{t}`: expected auto or one of {}",
                    names.join(", ")
                )
            })
    }
}

/// Published totals: one figure per candidate, no ballots (approval counts
/// as Helios and the PEP 8100–8106 / PSF results publish them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub candidates: Vec<String>,
    /// Votes per candidate, in the order of `candidates`.
    pub votes: Vec<u64>,
    /// Ballots cast, where the file gives it.
    pub ballots: Option<u64>,
    /// Hex SHA-256 of the file's bytes (for Helios, see [`crate::helios`]).
    pub sha256: String,
    pub format: Format,
    pub title: Option<String>,
}

/// What an input file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Ballots(BallotFile),
    Totals(Totals),
}

/// The text of `head` after a UTF-8 byte-order mark, lossily decoded.
fn head_text(head: &[u8]) -> String {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    String::from_utf8_lossy(head).into_owned()
}

/// Does `head` start with a UTF-16 byte-order mark (so NUL bytes are text)?
pub(crate) fn is_utf16(head: &[u8]) -> bool {
    head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF")
}

/// A Debian tally sheet: a line starting `V: ` after a header mentioning
/// `Option 1`.
fn looks_like_debian(text: &str) -> bool {
    let mut seen_option = false;
    for line in text.lines() {
        if line.contains("Option 1") {
            seen_option = true;
        } else if seen_option && line.starts_with("V: ") {
            return true;
        }
    }
    false
}

/// The format of a file, by its content (`head`: its first bytes, 64 KiB is
/// plenty) and, for CIVS, its name (`BALLOTS.csv`, the name CIVS gives its
/// ballot report). `None` when the head is empty or binary. A folder (`name`
/// a folder, `head` empty) is an Elekto or Helios election by what it holds.
/// See the module documentation for the rules; [`detect_path`] also looks
/// at a file's companions.
pub fn detect(name: &str, head: &[u8]) -> Option<Format> {
    let as_dir = Path::new(name);
    if head.is_empty() && as_dir.is_dir() {
        return folder_format(as_dir);
    }
    if head.is_empty() || (!is_utf16(head) && memchr::memchr(0, head).is_some()) {
        return None;
    }
    if blt::looks_like_blt(head) {
        return Some(Format::Blt);
    }
    let text = head_text(head);
    if looks_like_debian(&text) {
        return Some(Format::Debian);
    }
    let trimmed = text.trim_start();
    let file_name = Path::new(name).file_name().and_then(|n| n.to_str());
    if file_name == Some("result.json") && trimmed.starts_with('[') {
        // Helios's result (counts per question), read with the election
        // JSON beside it.
        return Some(Format::Helios);
    }
    if trimmed.starts_with("[[") {
        return Some(Format::Belenios);
    }
    if trimmed.starts_with('{') {
        if text.contains("\"Ballots\"") && text.contains("\"Election\"") {
            return Some(Format::BetterVoting);
        }
        if text.contains("\"questions\"")
            && ["\"choice_type\"", "\"result_type\"", "\"tally_type\""]
                .iter()
                .any(|k| text.contains(k))
        {
            return Some(Format::Helios);
        }
    }
    let first = trimmed.lines().next().unwrap_or_default();
    if totals::is_totals_header(first) {
        return Some(Format::Totals);
    }
    if bettervoting::is_csv_header(first) {
        return Some(Format::BetterVoting);
    }
    if file_name == Some("BALLOTS.csv") {
        return Some(Format::Civs);
    }
    Some(Format::Grid)
}

/// The format of a path: a folder by what it holds (Elekto, Helios), a file
/// by its siblings (Elekto's `ballots.csv`, CIVS's `BALLOTS.csv`) and then by
/// [`detect`] on its first 64 KiB.
pub fn detect_path(path: &Path) -> Result<Option<Format>, FormatError> {
    if path.is_dir() {
        return Ok(folder_format(path));
    }
    if let Some(f) = sibling_format(path) {
        return Ok(Some(f));
    }
    let name = path.display().to_string();
    let file = open_input(path)?;
    let mut head = Vec::with_capacity(HEAD_LEN);
    file.take(HEAD_LEN as u64)
        .read_to_end(&mut head)
        .map_err(|e| io_to_format(&name, &e))?;
    Ok(detect(&name, &head))
}

/// An Elekto election folder: `election.yaml` and at least one
/// `candidate-*.md` (a folder of just `election.yaml` and `ballots.csv`, as
/// the Kubernetes steering archive keeps, is a grid of candidate IDs).
fn is_elekto_folder(dir: &Path) -> bool {
    dir.join("election.yaml").is_file()
        && std::fs::read_dir(dir).is_ok_and(|entries| {
            entries.flatten().any(|e| {
                e.file_name()
                    .to_str()
                    .is_some_and(|n| n.starts_with("candidate-") && n.ends_with(".md"))
            })
        })
}

fn folder_format(dir: &Path) -> Option<Format> {
    if is_elekto_folder(dir) {
        Some(Format::Elekto)
    } else if dir.join("election.json").is_file() && dir.join("result.json").is_file() {
        Some(Format::Helios)
    } else {
        None
    }
}

fn sibling_format(path: &Path) -> Option<Format> {
    let dir = path.parent()?;
    let file_name = path.file_name()?.to_str()?;
    if file_name == "ballots.csv" && is_elekto_folder(dir) {
        return Some(Format::Elekto);
    }
    if file_name == "BALLOTS.csv" && dir.join("candidates.csv").is_file() {
        return Some(Format::Civs);
    }
    None
}

/// Formats that read the same bytes (a grid CSV): naming one of them for a
/// file detected as another is the caller's choice, not a mistake.
fn compatible(named: Format, detected: Format) -> bool {
    let grid_like = |f| matches!(f, Format::Grid | Format::Civs | Format::Elekto);
    named == detected || (grid_like(named) && grid_like(detected))
}

/// Read an input file (or an Elekto / Helios folder) in `format`, or in the
/// format detected (`None`). `kind` is what a grid's cells mean; formats
/// that say what their ballots are (BLT, Elekto, CIVS, BetterVoting JSON,
/// Belenios) ignore it.
///
/// The file is opened with [`open_input`] (never blocking, regular files
/// only), read as a stream and hashed as its bytes pass; binary or non-UTF-8
/// text and over-long lines are refused with their line.
pub fn read_input(
    path: &Path,
    format: Option<Format>,
    kind: BallotKind,
) -> Result<Input, FormatError> {
    let name = path.display().to_string();
    if path.is_dir() {
        let found = folder_format(path);
        return match (format.or(found), found) {
            (Some(Format::Elekto), Some(Format::Elekto)) => {
                Ok(Input::Ballots(elekto::read_elekto_folder(path)?.ballots))
            }
            (Some(Format::Helios), Some(Format::Helios)) => {
                Ok(Input::Totals(helios::read_helios(path)?))
            }
            (Some(f @ (Format::Elekto | Format::Helios)), _) => Err(FormatError::msg(
                &name,
                None,
                None,
                scrutineer_i18n::Msg::new(if f == Format::Elekto {
                    "err-input-folder-no-elekto"
                } else {
                    "err-input-folder-no-helios"
                })
                .arg("format", f.to_string()),
            )),
            (Some(f), _) => Err(FormatError::msg(
                &name,
                None,
                None,
                match found {
                    Some(g) => scrutineer_i18n::Msg::new("err-input-folder-format-found")
                        .arg("format", f.to_string())
                        .arg("found", g.to_string()),
                    None => scrutineer_i18n::Msg::new("err-input-folder-format")
                        .arg("format", f.to_string()),
                },
            )),
            (None, _) => Err(FormatError::msg(
                &name,
                None,
                None,
                scrutineer_i18n::Msg::new("err-input-folder-not-election"),
            )),
        };
    }
    let sibling = sibling_format(path);
    // Files that need their siblings are read by their modules.
    match (format, sibling) {
        (Some(Format::Elekto) | None, Some(Format::Elekto)) => {
            let dir = path.parent().unwrap_or(Path::new("."));
            return Ok(Input::Ballots(elekto::read_elekto_folder(dir)?.ballots));
        }
        (Some(Format::Civs) | None, Some(Format::Civs)) => {
            return Ok(Input::Ballots(civs::read_civs(path)?));
        }
        (Some(Format::Elekto), _) => {
            return Err(FormatError::msg(
                &name,
                None,
                None,
                scrutineer_i18n::Msg::new("err-input-elekto-no-yaml"),
            ))
        }
        (Some(Format::Civs), _) => return Ok(Input::Ballots(civs::read_civs(path)?)),
        (Some(Format::Helios), _) => return Ok(Input::Totals(helios::read_helios(path)?)),
        _ => {}
    }
    let file = open_input(path)?;
    let mut input = HashingReader::new(file);
    let mut head = Vec::with_capacity(HEAD_LEN);
    (&mut input)
        .take(HEAD_LEN as u64)
        .read_to_end(&mut head)
        .map_err(|e| io_to_format(&name, &e))?;
    let utf16 = is_utf16(&head);
    if !utf16 {
        refuse_nul(&name, &head)?;
    }
    let format = match choose(&name, format, &head)? {
        Format::Helios => return Ok(Input::Totals(helios::read_helios(path)?)),
        Format::Civs => return Ok(Input::Ballots(civs::read_civs(path)?)),
        f => f,
    };
    let stream = Cursor::new(head).chain(&mut input);
    let out = dispatch(&name, format, stream, utf16, kind, Some(path))?;
    let sha = input.finish().map_err(|e| io_to_format(&name, &e))?;
    Ok(finish(out, format, sha))
}

/// As [`read_input`], from bytes already read (an upload); `name` names
/// them in errors and, for detection, as a file name. Formats read with
/// companion files (Elekto, CIVS names, Helios, Belenios) need
/// [`read_input`] on the file itself; they are refused here with a message
/// saying so (a CIVS report is read as a grid, under its header's names).
pub fn read_input_bytes(
    name: &str,
    bytes: &[u8],
    format: Option<Format>,
    kind: BallotKind,
) -> Result<Input, FormatError> {
    let head = bytes.get(..HEAD_LEN.min(bytes.len())).unwrap_or(bytes);
    let utf16 = is_utf16(head);
    if !utf16 {
        refuse_nul(name, head)?;
    }
    let format = match choose(name, format, head)? {
        Format::Civs => Format::Grid,
        f => f,
    };
    let out = dispatch(name, format, bytes, utf16, kind, None)?;
    Ok(finish(out, format, crate::sha256_hex(bytes)))
}

/// The format to read: the one named, unless the content is unmistakably
/// another; else the one detected.
fn choose(name: &str, format: Option<Format>, head: &[u8]) -> Result<Format, FormatError> {
    match (format, detect(name, head)) {
        (Some(f), Some(d)) if !compatible(f, d) && d != Format::Grid => Err(FormatError::msg(
            name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-input-format-mismatch")
                .arg("given", f.to_string())
                .arg("found", d.to_string()),
        )),
        (Some(f), _) => Ok(f),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(FormatError::msg(
            name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-input-empty"),
        )),
    }
}

/// The hash and the format's declarations, set on what was read.
fn finish(out: Input, format: Format, sha: String) -> Input {
    match out {
        Input::Ballots(mut b) => {
            b.sha256 = sha;
            b.format = format;
            b.blank = format.blank();
            Input::Ballots(b)
        }
        Input::Totals(mut t) => {
            t.sha256 = sha;
            Input::Totals(t)
        }
    }
}

/// Read `stream` (the whole input, head included) in `format`, guarded.
/// `path` is the file's path, for formats that read a companion beside it.
fn dispatch<R: Read>(
    name: &str,
    format: Format,
    stream: R,
    utf16: bool,
    kind: BallotKind,
    path: Option<&Path>,
) -> Result<Input, FormatError> {
    let companions = |what: &'static str| {
        FormatError::msg(
            name,
            None,
            None,
            scrutineer_i18n::Msg::new(what).arg("format", format.to_string()),
        )
    };
    Ok(match format {
        Format::Blt => {
            // BLT decides its own text encoding (UTF-16 by byte-order mark,
            // Windows-1252 for older files' lines): only lines are capped.
            let mut guarded = TextGuard::new(name, stream, MAX_LINE, false);
            if utf16 {
                guarded = guarded.allow_nul();
            }
            Input::Ballots(blt::read_blt_stream(name, BufReader::new(guarded))?)
        }
        Format::Grid => {
            let guarded = TextGuard::new(name, stream, MAX_LINE, true);
            Input::Ballots(grid::read_grid_stream(name, guarded, kind)?)
        }
        Format::Totals => {
            let guarded = TextGuard::new(name, stream, MAX_LINE, true);
            Input::Totals(totals::read_totals_stream(name, guarded)?)
        }
        Format::BetterVoting => {
            let guarded = TextGuard::new(name, stream, MAX_JSON, true);
            // serde_json reads byte by byte: buffer below it.
            Input::Ballots(bettervoting::read_bettervoting_stream(
                name,
                BufReader::new(guarded),
                kind,
            )?)
        }
        Format::Belenios => {
            let Some(path) = path else {
                return Err(companions("err-input-with-election-json"));
            };
            let election = belenios::find_election(path)?;
            let guarded = TextGuard::new(name, stream, MAX_LINE, true);
            Input::Ballots(belenios::read_belenios_stream(
                name,
                BufReader::new(guarded),
                &election,
            )?)
        }
        Format::Debian => {
            let guarded = TextGuard::new(name, stream, MAX_LINE, true);
            Input::Ballots(crate::debian::read_debian_stream(
                name,
                BufReader::new(guarded),
            )?)
        }
        Format::Helios => return Err(companions("err-input-with-election-and-result")),
        Format::Civs => return Err(companions("err-input-with-candidates-csv")),
        Format::Elekto => return Err(companions("err-input-with-election-yaml")),
    })
}

/// A file beside `path` named `sibling`.
pub(crate) fn beside(path: &Path, sibling: &str) -> PathBuf {
    path.parent().unwrap_or(Path::new(".")).join(sibling)
}

/// Refuse a count that the election file (SQLite, i64) cannot store.
pub(crate) fn check_i64(
    name: &str,
    line: Option<u64>,
    column: Option<String>,
    id: &'static str,
    n: u64,
) -> Result<u64, FormatError> {
    if n > i64::MAX as u64 {
        return Err(FormatError::msg(
            name,
            line,
            column,
            scrutineer_i18n::Msg::new(id)
                .arg("n", n.to_string())
                .arg("max", i64::MAX.to_string()),
        ));
    }
    Ok(n)
}

/// Open `path` safely ([`open_input`]), refuse a NUL in its first 64 KiB,
/// and hand `read` the bytes through a [`TextGuard`] (lines capped at
/// `max_line`, UTF-8 checked), hashing them as they pass. Returns what
/// `read` returned and the hex SHA-256 of the whole file.
pub(crate) fn read_guarded<T>(
    path: &Path,
    max_line: usize,
    read: impl FnOnce(&str, &mut dyn Read) -> Result<T, FormatError>,
) -> Result<(T, String), FormatError> {
    let name = path.display().to_string();
    let file = open_input(path)?;
    let mut input = HashingReader::new(file);
    let mut head = Vec::with_capacity(HEAD_LEN);
    (&mut input)
        .take(HEAD_LEN as u64)
        .read_to_end(&mut head)
        .map_err(|e| io_to_format(&name, &e))?;
    refuse_nul(&name, &head)?;
    let mut guarded = TextGuard::new(&name, Cursor::new(head).chain(&mut input), max_line, true);
    let out = read(&name, &mut guarded)?;
    let sha = input.finish().map_err(|e| io_to_format(&name, &e))?;
    Ok((out, sha))
}

/// Read a whole small file (a companion file: candidates, election
/// settings) safely, as UTF-8 text of at most `max` bytes.
pub(crate) fn read_small_text(path: &Path, max: usize) -> Result<String, FormatError> {
    let (text, _) = read_guarded(path, max, |name, r| {
        let mut bytes = Vec::new();
        r.take(max as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| io_to_format(name, &e))?;
        if bytes.len() > max {
            return Err(FormatError::msg(
                name,
                None,
                None,
                scrutineer_i18n::Msg::new("err-file-too-large-bytes").arg("max", max.to_string()),
            ));
        }
        String::from_utf8(bytes).map_err(|e| {
            FormatError::msg(
                name,
                None,
                None,
                scrutineer_i18n::Msg::new("err-file-not-utf8").arg("detail", e.to_string()),
            )
        })
    })?;
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}
