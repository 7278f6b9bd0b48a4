//! Importing nominations: a CSV exported from a web form, or Elekto
//! `candidate-<id>.md` files (a folder of them, or one file).
//!
//! Every row (or file) is checked exactly as `nominee add` checks a
//! nomination, against the term's rules; a row that breaks one is refused
//! with its line and the reason, the others are imported, all in one
//! transaction with one audit entry.
//!
//! A dry run ([`Election::preview_nominations`]: the window's wizard, `nominee
//! import --dry-run`) does exactly the same in a transaction that is then
//! rolled back, so what it shows as ready and refused is what the import
//! will do; it also gives the header row, the columns found and the first
//! rows as read, for the person to check and change the mapping.
//!
//! The form CSV: a header row, then one nomination per row. Columns are
//! found by their header, compared ignoring case, spaces and punctuation
//! (see [`SYNONYMS`]: the first synonym of a field found among the headers
//! wins, and a column holds one field); `--map FIELD=HEADER` names a column
//! for a field explicitly, and `--map FIELD=` says the file has none. Fields: `timestamp` (the date the form was sent,
//! `YYYY-MM-DD...`: the nomination period is checked against it; without
//! the column, against today), `name` (required), `email`, `employer`,
//! `handle`, `nominator` (`self`, or a member's email or member id),
//! `seconders` (emails or member ids separated by `,` `;` or line breaks),
//! `statement` (Markdown, as written). Other columns are ignored.
//!
//! Elekto files are read by `scrutineer_formats::elekto::read_candidate`
//! (the header block's `name`, `ID` and `info: - employer`): the ID becomes
//! the handle, the Markdown after the header the statement, as written.

use crate::audit;
use crate::clock::now_utc;
use crate::error::{Error, Result};
use crate::form_time::{self, DateOrder, FormDates};
use crate::model::{EncodingChoiceView, NewNominee, RejectedRow, Stage};
use crate::nominations::{check_nomination, insert_nomination, load_rules, Nomination};
use crate::service::term_in;
use crate::Election;
use scrutineer_i18n::Msg;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Largest form CSV read.
const MAX_CSV_BYTES: u64 = 64 * 1024 * 1024;

/// The fields and the headers that name them (compared after
/// [`header_key`]).
pub const SYNONYMS: [(&str, &[&str]); 8] = [
    (
        "timestamp",
        &[
            "timestamp",
            "submitted",
            "submitted at",
            "submission date",
            "submission time",
            "date submitted",
            "completion time",
            "date",
            "time",
        ],
    ),
    (
        "name",
        &[
            "nominee",
            "nominee name",
            "nominee s name",
            "nominee full name",
            "name of nominee",
            "name of the nominee",
            "candidate",
            "candidate name",
            "candidate s name",
            "name",
            "full name",
            "your name",
            "your full name",
        ],
    ),
    (
        "email",
        &[
            "nominee email",
            "nominee e mail",
            "nominee s email",
            "nominee email address",
            "nominee s email address",
            "candidate email",
            "candidate email address",
            "email",
            "e mail",
            "email address",
            "e mail address",
            "your email",
            "your email address",
        ],
    ),
    (
        "employer",
        &[
            "employer",
            "affiliation",
            "employer affiliation",
            "employer or affiliation",
            "affiliation employer",
            "nominee affiliation",
            "nominee employer",
            "your affiliation",
            "your employer",
            "organisation",
            "organization",
            "company",
            "company name",
        ],
    ),
    (
        "handle",
        &[
            "handle",
            "github",
            "github handle",
            "github username",
            "github id",
            "username",
        ],
    ),
    (
        "nominator",
        &[
            "nominator",
            "nominated by",
            "nominator email",
            "nominator e mail",
            "nominator s email",
            "nominator email address",
            "nominator s email address",
            "proposer",
            "proposer email",
            "proposed by",
            // In a form for nominating someone else, "your email" is the
            // nominator's (the nominee's email has its own column, taken
            // first).
            "your email",
            "your email address",
        ],
    ),
    (
        "seconders",
        &[
            "seconders",
            "seconder",
            "seconded by",
            "seconder emails",
            "seconders emails",
            "seconder email",
        ],
    ),
    (
        "statement",
        &[
            "statement",
            "nomination statement",
            "candidate statement",
            "self nomination statement",
            "nominee statement",
            "candidacy statement",
            "platform",
            "bio",
        ],
    ),
];

/// Options of a nominations import.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NominationImportOptions {
    /// Explicit column mappings `FIELD=Header` (form CSV only).
    #[serde(default)]
    pub map: Vec<String>,
    /// Accept nominations outside the nomination period, for this reason.
    #[serde(default)]
    pub late_reason: Option<String>,
    /// The order of day and month in slash dates (`dmy` or `mdy`), needed
    /// when every row reads both ways (see `form_time.rs`).
    #[serde(default)]
    pub date_order: Option<String>,
    /// The form CSV's encoding label (`utf-8`, `windows-1252`, ...); empty:
    /// detected as the roll's is.
    #[serde(default)]
    pub encoding: Option<String>,
    /// The form CSV's delimiter (`comma`, `semicolon`, `tab`, or one
    /// character); empty: detected.
    #[serde(default)]
    pub delimiter: Option<String>,
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NominationImport {
    pub file: String,
    /// `form-csv` or `elekto`.
    pub kind: String,
    /// The nominees imported, in order.
    pub imported: Vec<String>,
    /// Rows (or files) refused: the line (0 for a whole file) and why; for
    /// Elekto files the reason starts with the file's name.
    pub rejected: Vec<RejectedRow>,
}

/// A row of a form CSV as read, for the preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SampleRow {
    #[ts(type = "number")]
    pub line: u64,
    /// The cells in the header's order (a cell longer than 200 characters
    /// is cut, ending with `…`).
    pub cells: Vec<String>,
}

/// A nomination the import would make, as checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReadyNomination {
    /// The CSV line (0 for an Elekto file).
    #[ts(type = "number")]
    pub line: u64,
    pub name: String,
    pub email: Option<String>,
    pub employer: Option<String>,
    pub handle: Option<String>,
    /// `self`, or the nominator's email as on the roll.
    pub nominated_by: Option<String>,
    /// The form's timestamp, or now.
    pub nominated_at: String,
    /// Outside the nomination period, accepted for this reason.
    pub late_reason: Option<String>,
    #[ts(type = "number")]
    pub statement_words: u64,
}

/// A dry run of an import: what is read, and what would be imported or
/// refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NominationPreview {
    pub file: String,
    /// `form-csv` or `elekto`.
    pub kind: String,
    /// The form's header row (empty for Elekto files).
    pub headers: Vec<String>,
    /// Field -> header: the columns found, guessed from the headers or
    /// named by the options' `map`.
    pub mapping: Vec<(String, String)>,
    /// The form's first rows as read.
    pub sample: Vec<SampleRow>,
    /// Why nothing can be imported as the columns are mapped (no column for
    /// the nominee's name, a mapping naming no column), to be fixed by
    /// mapping the columns; nothing else is checked then.
    pub problem: Option<Error>,
    /// How many nominations would be imported.
    #[ts(type = "number")]
    pub ready_count: u64,
    /// The first of them.
    pub ready: Vec<ReadyNomination>,
    /// Every row (or file) that would be refused: its line and why.
    pub rejected: Vec<RejectedRow>,
    /// The form CSV's encoding as read (`UTF-8`, `windows-1252`, ...).
    pub encoding: Option<String>,
    /// How it was found: `given`, `bom`, `utf16_pattern`, `valid_utf8`,
    /// `detected`.
    pub encoding_source: Option<String>,
    /// `comma`, `semicolon`, `tab`, `pipe` or the character.
    pub delimiter: Option<String>,
    /// Windows-1252 and Windows-1250 read the file differently.
    pub encoding_choice: Option<EncodingChoiceView>,
    /// How the timestamps are read: the order of day and month, a row read
    /// both ways when the order must be chosen, local time.
    pub dates: Option<FormDates>,
}

/// A header as compared: lower case, letters and digits, words separated
/// by one space.
pub fn header_key(h: &str) -> String {
    h.trim_start_matches('\u{feff}')
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The column of each field: `--map` first (`FIELD=` for none), then the
/// synonyms, each field taking the column of its first synonym found among
/// the headers not already taken. With the columns found, the first
/// problem: a bad `--map`, or no column for the nominee's name.
fn columns(headers: &[String], map: &[String]) -> (Vec<(&'static str, usize)>, Option<Error>) {
    let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
    let mut out: Vec<(&'static str, usize)> = Vec::new();
    let mut absent: Vec<&'static str> = Vec::new();
    let mut problem = None;
    for m in map {
        let Some((field, header)) = m.split_once('=') else {
            problem.get_or_insert(Error::invalid(
                Msg::new("err-map-form").arg("given", m.as_str()),
            ));
            continue;
        };
        let field = field.trim().to_lowercase();
        let Some((f, _)) = SYNONYMS.iter().find(|(f, _)| *f == field) else {
            problem.get_or_insert(Error::invalid(
                Msg::new("err-map-field")
                    .arg("given", m.as_str())
                    .arg("field", field.as_str())
                    .arg(
                        "fields",
                        SYNONYMS
                            .iter()
                            .map(|(f, _)| *f)
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
            ));
            continue;
        };
        out.retain(|(x, _)| x != f);
        absent.retain(|x| x != f);
        if header.trim().is_empty() {
            absent.push(f);
            continue;
        }
        let key = header_key(header);
        match keys.iter().position(|k| *k == key) {
            Some(col) => out.push((f, col)),
            None => {
                problem.get_or_insert(Error::invalid(
                    Msg::new("err-map-column")
                        .arg("given", m.as_str())
                        .arg("header", header.trim())
                        .arg("columns", headers.join(", ")),
                ));
            }
        }
    }
    for (field, names) in SYNONYMS {
        if out.iter().any(|(f, _)| *f == field) || absent.contains(&field) {
            continue;
        }
        let free = |i: usize| !out.iter().any(|(_, c)| *c == i);
        if let Some(col) = names.iter().find_map(|name| {
            keys.iter()
                .enumerate()
                .position(|(i, k)| k == name && free(i))
        }) {
            out.push((field, col));
        }
    }
    if problem.is_none() && !out.iter().any(|(f, _)| *f == "name") {
        problem = Some(Error::invalid(
            Msg::new("err-form-no-name-column").arg("columns", headers.join(", ")),
        ));
    }
    (out, problem)
}

/// Is `path` Elekto candidate files (a folder, or a `.md` file)?
fn is_elekto(path: &Path) -> bool {
    path.is_dir()
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("md"))
}

/// The candidate files of a folder, in name order.
fn candidate_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut out = Vec::new();
    for e in entries {
        let e = e.map_err(|e| Error::io(dir, e))?;
        let name = e.file_name();
        let n = name.to_string_lossy();
        if n.starts_with("candidate-") && n.ends_with(".md") {
            out.push(e.path());
        }
    }
    out.sort();
    if out.is_empty() {
        return Err(Error::invalid(
            Msg::new("err-elekto-no-candidates").arg("folder", dir.display().to_string()),
        ));
    }
    Ok(out)
}

/// A row to import: its line and the nomination as given, or why it
/// cannot be read.
type Row = (
    u64,
    std::result::Result<(NewNominee, Option<String>), String>,
);

/// A form CSV as read: its header row, the columns found (or the problem
/// with them), the first rows' cells, and the rows to import.
struct Form {
    text: TextRead,
    dates: Option<FormDates>,
    headers: Vec<String>,
    columns: Vec<(&'static str, usize)>,
    problem: Option<Error>,
    sample: Vec<SampleRow>,
    rows: Vec<Row>,
}

/// How the form CSV's text was read.
#[derive(Default)]
struct TextRead {
    encoding: Option<String>,
    encoding_source: Option<String>,
    delimiter: Option<String>,
    encoding_choice: Option<EncodingChoiceView>,
}

/// The byte offsets of the text's line breaks: a LF, a CR not followed by
/// a LF (old Mac exports); a CRLF counts once.
fn line_breaks(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    b.iter()
        .enumerate()
        .filter(|&(i, &c)| c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')))
        .map(|(i, _)| i)
        .collect()
}

/// The roll's reading options from the import's.
fn text_options(opts: &NominationImportOptions) -> Result<scrutineer_formats::roll::RollOptions> {
    use scrutineer_formats::roll::{encoding_for_label, RollOptions};
    let mut o = RollOptions::default();
    if let Some(label) = opts.encoding.as_deref().filter(|l| !l.trim().is_empty()) {
        o.encoding = Some(encoding_for_label(label).ok_or_else(|| {
            Error::invalid(Msg::new("err-unknown-encoding").arg("given", label.trim()))
        })?);
    }
    if let Some(d) = opts.delimiter.as_deref().filter(|d| !d.is_empty()) {
        o.delimiter = Some(RollOptions::parse_delimiter(d).map_err(Error::invalid)?);
    }
    Ok(o)
}

/// Longest cell shown in a preview (longer ones are cut, with `…`).
const SAMPLE_CELL_CHARS: usize = 200;

fn cut(s: &str) -> String {
    match s.char_indices().nth(SAMPLE_CELL_CHARS) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

fn read_form(path: &Path, opts: &NominationImportOptions, sample_rows: usize) -> Result<Form> {
    let given_order = opts
        .date_order
        .as_deref()
        .filter(|o| !o.trim().is_empty())
        .map(DateOrder::parse)
        .transpose()
        .map_err(Error::invalid)?;
    let csv_text = scrutineer_formats::roll::read_csv_text(
        path,
        &text_options(opts)?,
        "nominations CSV",
        MAX_CSV_BYTES,
    )?;
    let text = TextRead {
        encoding: Some(csv_text.encoding.clone()),
        encoding_source: serde_json::to_value(csv_text.encoding_source)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string)),
        delimiter: Some(csv_text.delimiter_name()),
        encoding_choice: csv_text.encoding_choice.as_ref().map(Into::into),
    };
    let skipped = csv_text.lines_skipped;
    let breaks = line_breaks(&csv_text.text);
    // The file's line where a record starts: line breaks counted as the
    // roll counts them (CRLF, LF, a lone CR), which the csv crate's line
    // numbers do not do for CRLF files.
    let bytes = csv_text.text.as_bytes();
    let line_of = |byte: u64| -> u64 {
        // The csv crate ends a CRLF record at its CR and starts the next at
        // the LF: a record starts at its first byte that is no line break.
        let mut at = usize::try_from(byte).unwrap_or(usize::MAX);
        while matches!(bytes.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        let before = breaks.partition_point(|&b| b < at) as u64;
        1 + before + skipped
    };
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .delimiter(csv_text.delimiter)
        .from_reader(csv_text.text.as_bytes());
    let headers: Vec<String> = r
        .headers()
        .map_err(|e| {
            Error::invalid(
                Msg::new("err-file-at-line")
                    .arg("file", path.display().to_string())
                    .arg("line", (1 + skipped).to_string())
                    .arg(
                        "problem",
                        Msg::new("err-form-bad-header").arg("detail", e.to_string()),
                    ),
            )
        })?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    let (cols, problem) = columns(&headers, &opts.map);
    let mut problem = problem.map(|e| {
        Error::new(
            e.code,
            Msg::new("err-path")
                .arg("path", path.display().to_string())
                .arg("problem", e.as_msg()),
        )
    });
    let col = |f: &str| cols.iter().find(|(x, _)| *x == f).map(|(_, c)| *c);
    // Rows with their timestamp as written, read once the date order of
    // the whole file is known.
    type Pending = (
        u64,
        std::result::Result<(NewNominee, Option<String>), String>,
    );
    let mut pending: Vec<Pending> = Vec::new();
    let mut sample = Vec::new();
    for rec in r.records() {
        let rec = match rec {
            Ok(rec) => rec,
            Err(e) => {
                let line = e.position().map(|p| line_of(p.byte())).unwrap_or(0);
                pending.push((line, Err(format!("not a valid CSV row: {e}"))));
                continue;
            }
        };
        let line = rec.position().map(|p| line_of(p.byte())).unwrap_or(0);
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if sample.len() < sample_rows {
            sample.push(SampleRow {
                line,
                cells: rec.iter().map(cut).collect(),
            });
        }
        if problem.is_some() {
            continue;
        }
        if let Some(c) = rec.iter().find(|c| c.contains('\u{FFFD}')) {
            pending.push((
                line,
                Err(format!(
                    "\"{}\" holds bytes that are not valid {}: choose the file's encoding",
                    cut(c),
                    csv_text.encoding
                )),
            ));
            continue;
        }
        let get = |f: &str| -> Option<String> {
            col(f)
                .and_then(|c| rec.get(c))
                .map(str::to_string)
                .filter(|s| !s.trim().is_empty())
        };
        let seconded_by = get("seconders")
            .map(|s| {
                s.split([',', ';', '\n'])
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        pending.push((
            line,
            Ok((
                NewNominee {
                    name: get("name").unwrap_or_default(),
                    email: get("email"),
                    employer: get("employer"),
                    nominated_by: get("nominator"),
                    statement: get("statement"),
                    handle: get("handle"),
                    seconded_by,
                    late_reason: opts.late_reason.clone(),
                },
                get("timestamp"),
            )),
        ));
    }
    // The timestamps: one date order for the whole file (form_time.rs).
    let stamps: Vec<(u64, &str, form_time::Written)> = pending
        .iter()
        .filter_map(|(line, r)| {
            let raw = r.as_ref().ok()?.1.as_deref()?;
            Some((*line, raw, form_time::read(raw)?))
        })
        .collect();
    let (order, report, undecided) = form_time::decide(&stamps, given_order);
    let dates = (!stamps.is_empty()).then_some(report);
    if let (None, Some(msg)) = (&problem, undecided) {
        problem = Some(Error::invalid(
            Msg::new("err-path")
                .arg("path", path.display().to_string())
                .arg("problem", msg),
        ));
    }
    let order = order.unwrap_or(DateOrder::Dmy);
    let rows = pending
        .into_iter()
        .map(|(line, r)| {
            let r = r.and_then(|(n, raw)| {
                let Some(raw) = raw else { return Ok((n, None)) };
                let w = form_time::read(&raw).ok_or_else(|| form_time::not_understood(&raw))?;
                let at = w
                    .stored(order)
                    .ok_or_else(|| form_time::not_in_order(&raw, order))?;
                Ok((n, Some(at)))
            });
            (line, r)
        })
        .collect();
    Ok(Form {
        text,
        dates,
        headers,
        columns: cols,
        problem,
        sample,
        rows,
    })
}

fn elekto_rows(path: &Path, opts: &NominationImportOptions) -> Result<Vec<Row>> {
    let files = if path.is_dir() {
        candidate_files(path)?
    } else {
        vec![path.to_path_buf()]
    };
    Ok(files
        .iter()
        .map(|f| match scrutineer_formats::elekto::read_candidate(f) {
            Ok(c) => (
                0,
                Ok((
                    NewNominee {
                        name: c.name,
                        employer: c.employer,
                        handle: Some(c.id),
                        statement: Some(c.statement),
                        late_reason: opts.late_reason.clone(),
                        ..NewNominee::default()
                    },
                    None,
                )),
            ),
            Err(e) => (e.line.unwrap_or(0), Err(e.to_string())),
        })
        .zip(&files)
        .map(|((line, r), f)| {
            let file = f.display().to_string();
            (
                line,
                r.map_err(|why| {
                    if why.starts_with(&file) {
                        why
                    } else {
                        format!("{file}: {why}")
                    }
                }),
            )
        })
        .collect())
}

/// What a run of the import did (or, in a dry run, would do).
struct Run {
    file: String,
    elekto: bool,
    headers: Vec<String>,
    columns: Vec<(&'static str, usize)>,
    problem: Option<Error>,
    sample: Vec<SampleRow>,
    text: TextRead,
    dates: Option<FormDates>,
    imported: Vec<(u64, Nomination)>,
    rejected: Vec<RejectedRow>,
}

impl Run {
    fn kind(&self) -> &'static str {
        if self.elekto {
            "elekto"
        } else {
            "form-csv"
        }
    }
}

impl Election {
    /// Import nominations from a form CSV or Elekto candidate files (see
    /// the module documentation): good rows in one transaction with one
    /// audit entry, refused rows reported with their line and reason.
    pub fn import_nominations(
        &mut self,
        term: &str,
        path: &Path,
        opts: &NominationImportOptions,
    ) -> Result<NominationImport> {
        let run = self.run_import(term, path, opts, false, 0)?;
        if let Some(p) = run.problem {
            return Err(p);
        }
        Ok(NominationImport {
            kind: run.kind().into(),
            file: run.file,
            imported: run.imported.into_iter().map(|(_, n)| n.name).collect(),
            rejected: run.rejected,
        })
    }

    /// A dry run of [`Election::import_nominations`] with the same options:
    /// the header row, the columns found, the first `limit` rows as read,
    /// and what the import would do (each nomination checked and stored in
    /// a transaction that is rolled back: nothing is changed). A problem
    /// with the columns (no nominee column, a bad mapping) is returned in
    /// `problem`, with the headers, so the mapping can be fixed.
    pub fn preview_nominations(
        &mut self,
        term: &str,
        path: &Path,
        opts: &NominationImportOptions,
        limit: usize,
    ) -> Result<NominationPreview> {
        let run = self.run_import(term, path, opts, true, limit)?;
        let mapping = SYNONYMS
            .iter()
            .filter_map(|(f, _)| {
                let (_, c) = run.columns.iter().find(|(x, _)| x == f)?;
                Some((f.to_string(), run.headers.get(*c)?.clone()))
            })
            .collect();
        Ok(NominationPreview {
            kind: run.kind().into(),
            file: run.file,
            headers: run.headers,
            mapping,
            sample: run.sample,
            problem: run.problem,
            ready_count: run.imported.len() as u64,
            ready: run
                .imported
                .into_iter()
                .take(limit)
                .map(|(line, n)| ReadyNomination {
                    line,
                    statement_words: n
                        .statement
                        .as_deref()
                        .map(scrutineer_markdown::word_count)
                        .unwrap_or(0) as u64,
                    name: n.name,
                    email: n.email,
                    employer: n.employer,
                    handle: n.handle,
                    nominated_by: n.nominated_by,
                    nominated_at: n.nominated_at,
                    late_reason: n.late_reason,
                })
                .collect(),
            rejected: run.rejected,
            encoding: run.text.encoding,
            encoding_source: run.text.encoding_source,
            delimiter: run.text.delimiter,
            encoding_choice: run.text.encoding_choice,
            dates: run.dates,
        })
    }

    /// Read the file and check every nomination in one transaction:
    /// committed with its audit entry, or (a dry run, or a problem with the
    /// columns) rolled back.
    fn run_import(
        &mut self,
        term: &str,
        path: &Path,
        opts: &NominationImportOptions,
        dry_run: bool,
        sample_rows: usize,
    ) -> Result<Run> {
        let t = term_in(self.conn(), term)?;
        match t.stage {
            Stage::Draft | Stage::Nominations => {}
            Stage::Certified => return Err(crate::service::certified(&t)),
            _ => {
                return Err(Error::stage(
                    Msg::new("err-nominees-closed")
                        .arg("term", t.name.as_str())
                        .arg("stage", t.stage.msg()),
                ))
            }
        }
        audit::check_before_change(self.conn(), &t.name)?;
        let elekto = is_elekto(path);
        let mut run = Run {
            file: path.display().to_string(),
            elekto,
            headers: Vec::new(),
            columns: Vec::new(),
            problem: None,
            sample: Vec::new(),
            text: TextRead::default(),
            dates: None,
            imported: Vec::new(),
            rejected: Vec::new(),
        };
        let rows = if elekto {
            elekto_rows(path, opts)?
        } else {
            let form = read_form(path, opts, sample_rows)?;
            run.headers = form.headers;
            run.columns = form.columns;
            run.problem = form.problem;
            run.sample = form.sample;
            run.text = form.text;
            run.dates = form.dates;
            form.rows
        };
        if run.problem.is_some() {
            return Ok(run);
        }
        let rules = load_rules(self.conn(), t.id)?;
        let now = now_utc();
        let mut tx = self.conn_mut().transaction()?;
        for (line, row) in rows {
            let name_of = |r: &std::result::Result<(NewNominee, Option<String>), String>| match r {
                Ok((n, _)) if elekto => Some(n.handle.clone().unwrap_or_default()),
                _ => None,
            };
            let prefix = name_of(&row)
                .map(|id| format!("candidate {id}: "))
                .unwrap_or_default();
            // Each row in a savepoint: a row refused half-way leaves nothing.
            let sp = tx.savepoint()?;
            let result = row.map_err(|s| (s, None)).and_then(|(n, at)| {
                let at = at.unwrap_or_else(|| now.clone());
                let checked =
                    check_nomination(&sp, &t, &rules, &n, &at).map_err(|e| (e.message, e.id))?;
                insert_nomination(&sp, &t, &checked).map_err(|e| (e.message, e.id))?;
                Ok(checked)
            });
            if result.is_ok() {
                sp.commit()?;
            }
            match result {
                Ok(n) => run.imported.push((line, n)),
                Err((reason, id)) => run.rejected.push(RejectedRow {
                    line,
                    reason: format!("{prefix}{reason}"),
                    id,
                    row: None,
                }),
            }
        }
        if dry_run || run.imported.is_empty() {
            // Dropped: rolled back, nothing changed.
            return Ok(run);
        }
        if t.stage == Stage::Draft {
            tx.execute(
                "UPDATE term SET stage = 'nominations' WHERE id = ?1",
                [t.id],
            )?;
        }
        let names: Vec<&str> = run.imported.iter().map(|(_, n)| n.name.as_str()).collect();
        let late: Vec<String> = run
            .imported
            .iter()
            .filter_map(|(_, n)| {
                n.late_reason
                    .as_ref()
                    .map(|r| format!("{:?} (dated {}): {r:?}", n.name, n.nominated_at))
            })
            .collect();
        let mut detail = format!(
            "file={:?} kind={} imported={} names={:?} refused={}",
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            run.kind(),
            run.imported.len(),
            names.join(", "),
            run.rejected.len()
        );
        if !late.is_empty() {
            detail.push_str(&format!(
                " late: outside the nomination period, accepted because {}",
                late.join("; ")
            ));
        }
        audit::append(&tx, &t.name, "nominee.import", &detail)?;
        tx.commit()?;
        Ok(run)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    /// Field -> column, and the problem's message.
    fn found(headers: &[&str], map: &[&str]) -> (Vec<(&'static str, usize)>, Option<String>) {
        let (mut c, p) = columns(&strings(headers), &strings(map));
        c.sort();
        (c, p.map(|e| e.message))
    }

    #[test]
    fn headers() {
        assert_eq!(header_key("\u{feff}Nominee's E-mail "), "nominee s e mail");
        let h = [
            "Timestamp",
            "Nominee's name",
            "Email Address",
            "Affiliation",
            "Nominated by",
            "Statement",
        ];
        let (c, p) = found(&h, &[]);
        assert_eq!(p, None);
        assert_eq!(
            c,
            vec![
                ("email", 2),
                ("employer", 3),
                ("name", 1),
                ("nominator", 4),
                ("statement", 5),
                ("timestamp", 0)
            ]
        );
        // A column named by hand takes the field, and is not guessed for
        // another.
        let (c, _) = found(&h, &["statement=Affiliation"]);
        assert!(c.contains(&("statement", 3)) && !c.iter().any(|(f, _)| *f == "employer"));
        // `FIELD=`: the file has no such column.
        let (c, p) = found(&h, &["nominator="]);
        assert_eq!(p, None);
        assert!(!c.iter().any(|(f, _)| *f == "nominator"), "{c:?}");
        let (_, p) = found(&h, &["colour=Affiliation"]);
        assert!(p.unwrap().contains("unknown field"));
        let (_, p) = found(&h, &["name=Nope"]);
        assert!(p.unwrap().contains("no column \"Nope\""));
        let (_, p) = found(&["Foo"], &[]);
        assert!(p.unwrap().contains("--map name="));
    }

    #[test]
    fn common_form_headers() {
        // A self-nomination form.
        let (c, _) = found(&["Your name", "Your email", "Company", "Why you?"], &[]);
        assert_eq!(c, vec![("email", 1), ("employer", 2), ("name", 0)]);
        // A form for nominating someone else: "your" is the nominator,
        // whatever the columns' order.
        let (c, _) = found(
            &[
                "Your email",
                "Your name",
                "Nominee name",
                "Nominee email",
                "Organization",
                "Candidate statement",
                "Submitted at",
            ],
            &[],
        );
        assert_eq!(
            c,
            vec![
                ("email", 3),
                ("employer", 4),
                ("name", 2),
                ("nominator", 0),
                ("statement", 5),
                ("timestamp", 6)
            ]
        );
    }
}
