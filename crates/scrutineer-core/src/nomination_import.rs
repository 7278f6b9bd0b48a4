//! Importing nominations: a CSV exported from a web form, or Elekto
//! `candidate-<id>.md` files (a folder of them, or one file).
//!
//! Every row (or file) is checked exactly as `nominee add` checks a
//! nomination, against the term's rules; a row that breaks one is refused
//! with its line and the reason, the others are imported, all in one
//! transaction with one audit entry.
//!
//! The form CSV: a header row, then one nomination per row. Columns are
//! found by their header, compared ignoring case, spaces and punctuation
//! (see [`SYNONYMS`]); `--map FIELD=HEADER` names a column for a field
//! explicitly. Fields: `timestamp` (the date the form was sent,
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
use crate::model::{NewNominee, RejectedRow, Stage};
use crate::nominations::{check_nomination, insert_nomination, load_rules, Nomination};
use crate::service::term_in;
use crate::Election;
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
            "date",
            "time",
        ],
    ),
    (
        "name",
        &[
            "name",
            "nominee",
            "nominee name",
            "nominee s name",
            "candidate",
            "candidate name",
            "full name",
            "nominee full name",
        ],
    ),
    (
        "email",
        &[
            "email",
            "e mail",
            "email address",
            "nominee email",
            "nominee s email",
            "nominee email address",
            "candidate email",
        ],
    ),
    (
        "employer",
        &[
            "employer",
            "affiliation",
            "employer affiliation",
            "employer or affiliation",
            "organisation",
            "organization",
            "company",
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
            "nominator s email",
            "nominator email address",
            "proposer",
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

/// The column of each field: `--map` first, then the synonyms.
fn columns(headers: &[String], map: &[String]) -> Result<Vec<(&'static str, usize)>> {
    let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
    let mut out: Vec<(&'static str, usize)> = Vec::new();
    for m in map {
        let (field, header) = m.split_once('=').ok_or_else(|| {
            Error::invalid(format!(
                "--map {m}: expected FIELD=HEADER (e.g. name=\"Your name\")"
            ))
        })?;
        let field = field.trim().to_lowercase();
        let Some((f, _)) = SYNONYMS.iter().find(|(f, _)| *f == field) else {
            return Err(Error::invalid(format!(
                "--map {m}: unknown field \"{field}\"; the fields are: {}",
                SYNONYMS
                    .iter()
                    .map(|(f, _)| *f)
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        };
        let key = header_key(header);
        let col = keys.iter().position(|k| *k == key).ok_or_else(|| {
            Error::invalid(format!(
                "--map {m}: the file has no column \"{}\"; its columns are: {}",
                header.trim(),
                headers.join(", ")
            ))
        })?;
        out.retain(|(x, _)| x != f);
        out.push((f, col));
    }
    for (field, names) in SYNONYMS {
        if out.iter().any(|(f, _)| *f == field) {
            continue;
        }
        if let Some(col) = keys
            .iter()
            .enumerate()
            .position(|(i, k)| names.contains(&k.as_str()) && !out.iter().any(|(_, c)| *c == i))
        {
            out.push((field, col));
        }
    }
    if !out.iter().any(|(f, _)| *f == "name") {
        return Err(Error::invalid(format!(
            "no column holds the nominee's name (looked for a header such as \"Nominee\" or \"Name\"); its columns are: {}. Name it with --map name=HEADER",
            headers.join(", ")
        )));
    }
    Ok(out)
}

/// A form's timestamp as a date-time `YYYY-MM-DD...`.
fn timestamp(s: &str) -> std::result::Result<String, String> {
    let t = s.trim();
    let date = t.get(..10).unwrap_or(t);
    crate::nominations::parse_date("the timestamp", date).map_err(|_| {
        format!("the timestamp \"{t}\" is not understood: it must start with a date YYYY-MM-DD")
    })?;
    Ok(t.to_string())
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
        return Err(Error::invalid(format!(
            "{}: the folder holds no candidate-*.md file",
            dir.display()
        )));
    }
    Ok(out)
}

/// A row to import: its line and the nomination as given, or why it
/// cannot be read.
type Row = (
    u64,
    std::result::Result<(NewNominee, Option<String>), String>,
);

fn form_rows(path: &Path, opts: &NominationImportOptions) -> Result<Vec<Row>> {
    let text = scrutineer_formats::roll::source::read_text_limited(
        path,
        "nominations CSV",
        MAX_CSV_BYTES,
    )?;
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = r
        .headers()
        .map_err(|e| {
            Error::invalid(format!(
                "{}: line 1: not a valid CSV header: {e}",
                path.display()
            ))
        })?
        .iter()
        .map(str::to_string)
        .collect();
    let cols = columns(&headers, &opts.map)
        .map_err(|e| Error::invalid(format!("{}: {}", path.display(), e.message)))?;
    let col = |f: &str| cols.iter().find(|(x, _)| *x == f).map(|(_, c)| *c);
    let mut rows = Vec::new();
    for rec in r.records() {
        let rec = match rec {
            Ok(rec) => rec,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                rows.push((line, Err(format!("not a valid CSV row: {e}"))));
                continue;
            }
        };
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let get = |f: &str| -> Option<String> {
            col(f)
                .and_then(|c| rec.get(c))
                .map(str::to_string)
                .filter(|s| !s.trim().is_empty())
        };
        let at = match get("timestamp").map(|t| timestamp(&t)).transpose() {
            Ok(at) => at,
            Err(why) => {
                rows.push((line, Err(why)));
                continue;
            }
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
        rows.push((
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
                at,
            )),
        ));
    }
    Ok(rows)
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
        let t = term_in(self.conn(), term)?;
        match t.stage {
            Stage::Draft | Stage::Nominations => {}
            Stage::Certified => return Err(crate::service::certified(&t)),
            _ => {
                return Err(Error::stage(format!(
                "term \"{}\" is at stage {}: voting has opened, so the list of nominees is closed",
                t.name, t.stage
            )))
            }
        }
        audit::check_before_change(self.conn(), &t.name)?;
        let elekto = is_elekto(path);
        let rows = if elekto {
            elekto_rows(path, opts)?
        } else {
            form_rows(path, opts)?
        };
        let rules = load_rules(self.conn(), t.id)?;
        let now = now_utc();
        let file = path.display().to_string();
        let mut tx = self.conn_mut().transaction()?;
        let mut imported: Vec<Nomination> = Vec::new();
        let mut rejected = Vec::new();
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
            let result = row.and_then(|(n, at)| {
                let at = at.unwrap_or_else(|| now.clone());
                let checked = check_nomination(&sp, &t, &rules, &n, &at).map_err(|e| e.message)?;
                insert_nomination(&sp, &t, &checked).map_err(|e| e.message)?;
                Ok(checked)
            });
            if result.is_ok() {
                sp.commit()?;
            }
            match result {
                Ok(n) => imported.push(n),
                Err(reason) => rejected.push(RejectedRow {
                    line,
                    reason: format!("{prefix}{reason}"),
                    row: None,
                }),
            }
        }
        if !imported.is_empty() {
            if t.stage == Stage::Draft {
                tx.execute(
                    "UPDATE term SET stage = 'nominations' WHERE id = ?1",
                    [t.id],
                )?;
            }
            let names: Vec<&str> = imported.iter().map(|n| n.name.as_str()).collect();
            let late: Vec<String> = imported
                .iter()
                .filter_map(|n| {
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
                if elekto { "elekto" } else { "form-csv" },
                imported.len(),
                names.join(", "),
                rejected.len()
            );
            if !late.is_empty() {
                detail.push_str(&format!(
                    " late: outside the nomination period, accepted because {}",
                    late.join("; ")
                ));
            }
            audit::append(&tx, &t.name, "nominee.import", &detail)?;
            tx.commit()?;
        }
        Ok(NominationImport {
            file,
            kind: if elekto { "elekto" } else { "form-csv" }.into(),
            imported: imported.into_iter().map(|n| n.name).collect(),
            rejected,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        assert_eq!(header_key("\u{feff}Nominee's E-mail "), "nominee s e mail");
        let h: Vec<String> = [
            "Timestamp",
            "Nominee's name",
            "Email Address",
            "Affiliation",
            "Nominated by",
            "Statement",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let c = columns(&h, &[]).unwrap();
        let get = |f: &str| c.iter().find(|(x, _)| *x == f).map(|(_, i)| *i);
        assert_eq!(get("timestamp"), Some(0));
        assert_eq!(get("name"), Some(1));
        assert_eq!(get("email"), Some(2));
        assert_eq!(get("employer"), Some(3));
        assert_eq!(get("nominator"), Some(4));
        assert_eq!(get("statement"), Some(5));
        let c = columns(&h, &["statement=Affiliation".into()]).unwrap();
        assert_eq!(
            c.iter().find(|(x, _)| *x == "statement").map(|(_, i)| *i),
            Some(3)
        );
        assert!(columns(&h, &["colour=Affiliation".into()])
            .unwrap_err()
            .message
            .contains("unknown field"));
        assert!(columns(&["Foo".into()], &[])
            .unwrap_err()
            .message
            .contains("--map name="));
    }

    #[test]
    fn timestamps() {
        assert_eq!(
            timestamp(" 2026-03-02 10:11:12 ").unwrap(),
            "2026-03-02 10:11:12"
        );
        assert!(timestamp("3/2/2026 10:11:12")
            .unwrap_err()
            .contains("YYYY-MM-DD"));
    }
}
