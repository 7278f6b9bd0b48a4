//! The voter roll: import (one transaction: all good rows or nothing, with
//! progress and cancel), preview, diff against a new file and apply it,
//! voters added or removed by hand with a reason, who voted, and exports.
//!
//! Duplicates inside a file are refused by the reader
//! (`scrutineer_formats::roll`); duplicates against the roll by the
//! `UNIQUE (term_id, email_key)` index, row by row.

use crate::audit;
use crate::error::{Error, ErrorCode, Result};
use crate::fields;
use crate::model::*;
use crate::output::write_atomic_with;
use crate::service::{reopen_if_counted, term_for_change, Election};
use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OptionalExtension};
use scrutineer_formats::fields as f;
use scrutineer_formats::roll::{
    self as fr, email_key, encoding_for_label, ExportVoter, RollExportFormat, RollExportWriter,
    RollOptions, RollReader, RollRow, VoterRecord,
};
use scrutineer_i18n::Msg;
use std::io::{Read, Write};
use std::path::Path;

/// The roll's indexes as migration 10 (`db.rs`) creates them, dropped
/// around an import into an empty roll (`defer_indexes`). The unique key is
/// built again inside the import's transaction (it is what keeps a voter
/// from being on the roll twice); the name index, which only orders the
/// roll's pages, is left to [`ensure_name_index`] after the commit, off the
/// import's critical path (about 0.8 s of a million-voter import).
const DROP_VOTER_INDEXES: &str = "DROP INDEX voter_key; DROP INDEX IF EXISTS voter_by_name;";
const CREATE_KEY_INDEX: &str = "CREATE UNIQUE INDEX voter_key ON voter(term_id, email_key);";

/// Build the roll's name index if a big import left it for later (a no-op
/// otherwise): before the first page of the roll is read, and by
/// [`Election::build_search_index`], which the window runs in the background
/// after an import.
pub(crate) fn ensure_name_index(conn: &Connection) -> Result<()> {
    let there: bool = conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'voter_by_name')",
        [],
        |r| r.get(0),
    )?;
    if !there {
        // The sorter sorts in memory with the import's index cache.
        let cache: i64 = conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
        conn.pragma_update(None, "cache_size", -INDEX_CACHE_KIB)?;
        let made =
            conn.execute_batch("CREATE INDEX IF NOT EXISTS voter_by_name ON voter(term_id, name);");
        conn.pragma_update(None, "cache_size", cache)?;
        made?;
    }
    Ok(())
}

/// Imports of fewer rows than this keep the indexes (building them costs a
/// pass over every voter of the file, which a small import does not repay).
const DEFER_INDEXES_FROM: u64 = 50_000;

/// Whether an import of about `rows` rows into term `term_id` builds the
/// roll's indexes after its rows: the term's roll is empty, the import is
/// big, and the file holds fewer voters than it brings.
fn defer_indexes(conn: &Connection, term_id: i64, rows: u64) -> Result<bool> {
    if rows < DEFER_INDEXES_FROM {
        return Ok(false);
    }
    let (on_roll, in_file): (bool, i64) = conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM voter WHERE term_id = ?1), (SELECT COUNT(*) FROM voter)",
        [term_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(!on_roll && u64::try_from(in_file).unwrap_or(u64::MAX) < rows)
}

/// The key of a member known by id only (no email; migration 10): `id:` and
/// the id in lower case. An email always holds an `@`; an id used so never
/// does, so the two kinds of key never meet.
pub fn id_key(id: &str) -> String {
    format!("id:{}", id.trim().to_lowercase())
}

/// Rows between two progress reports.
const PROGRESS_EVERY: u64 = 10_000;

/// SQLite's page cache during an import, in KiB (32 MiB; the default is
/// 2 MiB). With the reader's duplicate table (about 42 bytes a voter) a
/// million-row import peaks well under 200 MB.
const IMPORT_CACHE_KIB: i64 = 32 * 1024;

/// SQLite's page cache, in KiB, while the roll's indexes are built after
/// the rows (64 MiB: the sorter's limit too, so that a million voters' keys
/// are sorted in memory), the reader's duplicate tables freed by then.
const INDEX_CACHE_KIB: i64 = 64 * 1024;

/// Rows per INSERT statement into an empty roll (7 parameters a row, well
/// under SQLite's 32,766).
const BATCH: usize = 64;

/// Rows per message from the reading thread, and messages in flight.
const CHUNK: usize = 1024;
const READ_AHEAD: usize = 4;

/// Voters added to the search index in the transaction that adds them, when
/// no more than this many are waiting for it (a voter added by hand, a small
/// file, a diff applied); more are left to [`Election::build_search_index`],
/// after the commit (about 3 s of work for a million voters).
pub const INDEX_AT_ONCE: u64 = 20_000;

/// Voters indexed per transaction by [`Election::build_search_index`]: each
/// batch holds the write lock for a fraction of a second only.
const INDEX_BATCH: u64 = 100_000;

fn reader_options(o: &RollImportOptions) -> Result<RollOptions> {
    let mut r = RollOptions::default();
    if let Some(e) = o.encoding.as_deref().filter(|s| !s.trim().is_empty()) {
        r.encoding = Some(encoding_for_label(e).ok_or_else(|| {
            Error::invalid(Msg::new("err-roll-unknown-encoding").arg("given", e))
        })?);
    }
    if let Some(d) = o.delimiter.as_deref().filter(|s| !s.is_empty()) {
        r.delimiter = Some(RollOptions::parse_delimiter(d).map_err(Error::invalid)?);
    }
    for m in &o.map {
        r.mapping
            .push(RollOptions::parse_mapping(m).map_err(Error::invalid)?);
    }
    Ok(r)
}

fn view(v: &VoterRecord) -> RollRowView {
    RollRowView {
        line: v.line,
        name: v.name.clone(),
        email: v.email.clone(),
        member_id: v.voter_id.clone(),
        weight: u64::from(v.weight),
        membership: v.membership.clone(),
    }
}

/// What was detected about a roll file, as a preview with no rows yet.
fn detected_view(d: &fr::Detected) -> RollPreview {
    RollPreview {
        encoding: d.encoding.to_string(),
        encoding_source: serde_json::to_value(d.encoding_source)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        delimiter: d.delimiter_name(),
        headers: d.headers.clone(),
        mapping: d
            .mapping
            .iter()
            .map(|(f, h)| (f.to_string(), h.clone()))
            .collect(),
        rows: Vec::new(),
        good: 0,
        refused: 0,
        rejected: Vec::new(),
        encoding_choice: d.encoding_choice.as_ref().map(Into::into),
    }
}

fn file_label(path: &Path) -> String {
    path.file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Estimated rows in a roll file: its line count less the header. Cheap
/// (one streaming pass over the bytes); used only for progress.
fn estimate_rows(path: &Path) -> u64 {
    let Ok((_, mut f)) = fr::source::open_input(path) else {
        return 0;
    };
    let mut buf = vec![0u8; 1 << 16];
    let mut lines = 0u64;
    while let Ok(n) = f.read(&mut buf) {
        if n == 0 {
            break;
        }
        lines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
    }
    lines.max(1)
}

impl Election {
    /// Import a roll CSV into a term with default detection.
    pub fn import_roll(&mut self, term: &str, path: &Path) -> Result<RollImport> {
        self.import_roll_with(
            term,
            path,
            &RollImportOptions::default(),
            false,
            &mut |_| true,
        )
    }

    /// Import a roll CSV. Good rows are inserted in one transaction; refused
    /// rows (bad email, missing name, duplicate in the file or already on the
    /// roll) are reported with their line. With `dry_run` nothing is written.
    /// `progress` is called every few thousand rows; returning `false`
    /// cancels the import and leaves the roll as it was.
    pub fn import_roll_with(
        &mut self,
        term: &str,
        path: &Path,
        options: &RollImportOptions,
        dry_run: bool,
        progress: &mut dyn FnMut(Progress) -> bool,
    ) -> Result<RollImport> {
        // A bigger page cache while the rows go in: the email index takes
        // rows in no particular order, and SQLite's default 2 MiB cache then
        // spills and rereads pages all through the transaction. Bounded (see
        // IMPORT_CACHE_KIB) and given back afterwards.
        let previous: i64 = self
            .conn()
            .pragma_query_value(None, "cache_size", |r| r.get(0))?;
        let raised = previous < 0 && -previous < IMPORT_CACHE_KIB
            || previous >= 0 && previous.saturating_mul(4) < IMPORT_CACHE_KIB;
        if raised {
            self.conn()
                .pragma_update(None, "cache_size", -IMPORT_CACHE_KIB)?;
        }
        let result = self.import_roll_inner(term, path, options, dry_run, progress);
        if raised {
            self.conn().pragma_update(None, "cache_size", previous)?;
        }
        result
    }

    fn import_roll_inner(
        &mut self,
        term: &str,
        path: &Path,
        options: &RollImportOptions,
        dry_run: bool,
        progress: &mut dyn FnMut(Progress) -> bool,
    ) -> Result<RollImport> {
        let opts = reader_options(options)?;
        let conn = self.conn_mut();
        let t = term_for_change(conn, term)?;
        let reader = RollReader::open(path, &opts)?.without_duplicate_check();
        let detected = reader.detected().clone();
        let total = estimate_rows(path);
        let tx = conn.transaction()?;
        // Into an empty roll, no row can already be on it (the reader
        // refuses duplicates inside the file), so the roll's two indexes
        // can be dropped and built once after the rows, in this
        // transaction: a sort instead of a million b-tree inserts in random
        // order. Not worth it when the file holds many more voters (other
        // terms) than this import brings: rebuilding would cost more.
        let deferred = defer_indexes(&tx, t.id, total)?;
        if deferred {
            tx.execute_batch(DROP_VOTER_INDEXES)?;
        }
        let mut imported = 0u64;
        let mut rejected = Vec::new();
        let mut rows = 0u64;
        // The roll digest of the voters inserted (state.rs), summed as they
        // go in, so the audit entry does not read the roll again.
        let mut added = crate::state::RollSum::default();
        {
            let mut ins = tx.prepare(if deferred {
                "INSERT INTO voter (term_id, name, email, email_key, member_id, weight, membership)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            } else {
                "INSERT INTO voter (term_id, name, email, email_key, member_id, weight, membership)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (term_id, email_key) DO NOTHING"
            })?;
            let mut batch_ins = if deferred {
                Some(tx.prepare(&batch_insert_sql(BATCH))?)
            } else {
                None
            };
            let mut batch: Vec<VoterRecord> = Vec::with_capacity(BATCH);
            // A pipeline of three threads: the file is read and each row
            // checked on one; on a second, the voters are checked against the
            // earlier ones of the file (`fr::Duplicates`, the reader's own
            // check, in the same order) and each accepted voter's record hash
            // for the roll digest is computed; this one inserts: parsing,
            // checking, hashing and SQLite's b-tree work overlap. The channels are bounded
            // (READ_AHEAD chunks of CHUNK rows), so memory is too; when this
            // side stops (an error, a cancel), its channel closes, the
            // hashing thread stops and closes the reader's, and the reader
            // stops at its next chunk.
            std::thread::scope(|scope| -> Result<()> {
                let (send_read, recv_read) = std::sync::mpsc::sync_channel(READ_AHEAD);
                let (send, recv) = std::sync::mpsc::sync_channel(READ_AHEAD);
                scope.spawn(move || {
                    let mut chunk = Vec::with_capacity(CHUNK);
                    for row in reader {
                        let failed = row.is_err();
                        chunk.push(row);
                        if chunk.len() == CHUNK || failed {
                            let full = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK));
                            if send_read.send(full).is_err() || failed {
                                return;
                            }
                        }
                    }
                    if !chunk.is_empty() {
                        let _ = send_read.send(chunk);
                    }
                });
                scope.spawn(move || {
                    let mut buf = Vec::new();
                    let mut duplicates = fr::Duplicates::new();
                    for chunk in recv_read {
                        let checked: Vec<_> = chunk
                            .into_iter()
                            .map(|row| {
                                Ok::<_, scrutineer_formats::FormatError>(match row? {
                                    RollRow::Voter(v) => match duplicates.check(&v) {
                                        // The row as it will be stored (a
                                        // new voter has not voted).
                                        Ok(()) => {
                                            let hash = crate::state::voter_record_hash(
                                                &mut buf,
                                                &record(&v),
                                            );
                                            Checked::Voter(v, hash)
                                        }
                                        Err(reason) => Checked::Duplicate(v.line, reason),
                                    },
                                    RollRow::Rejected(r) => Checked::Refused(r),
                                })
                            })
                            .collect();
                        if send.send(checked).is_err() {
                            return;
                        }
                    }
                });
                for row in recv.into_iter().flatten() {
                    rows += 1;
                    if rows.is_multiple_of(PROGRESS_EVERY)
                        && !progress(Progress {
                            done: rows,
                            total: total.max(rows + 1),
                        })
                    {
                        return Err(Error::new(
                            ErrorCode::Cancelled,
                            Msg::new("err-roll-cancelled"),
                        ));
                    }
                    match row? {
                        // Into an empty roll with its indexes deferred no
                        // row can conflict: the voters go in BATCH at a time.
                        Checked::Voter(v, hash) if batch_ins.is_some() => {
                            imported += 1;
                            added.add_record(&hash);
                            batch.push(v);
                            if let (Some(st), BATCH) = (batch_ins.as_mut(), batch.len()) {
                                insert_batch(st, t.id, &batch)?;
                                batch.clear();
                            }
                        }
                        Checked::Voter(v, hash) => {
                            let n = insert_voter(&mut ins, t.id, &v)?;
                            if n == 1 {
                                imported += 1;
                                added.add_record(&hash);
                            } else {
                                rejected.push(RejectedRow {
                                    line: v.line,
                                    reason: format!("{} is already on the roll", v.email),
                                    id: None,
                                    row: None,
                                });
                            }
                        }
                        // Its row as read comes from the pass below.
                        Checked::Duplicate(line, reason) => rejected.push(RejectedRow {
                            line,
                            reason,
                            id: None,
                            row: None,
                        }),
                        Checked::Refused(r) => rejected.push(RejectedRow {
                            line: r.line,
                            reason: r.reason,
                            id: None,
                            row: Some(r.row),
                        }),
                    }
                }
                Ok(())
            })?;
            for v in &batch {
                insert_voter(&mut ins, t.id, v)?;
            }
        }
        // The rows refused because their voter is already on the roll or
        // earlier in the file, as read: one more pass over the file, only
        // when there are some.
        let on_roll: Vec<u64> = rejected
            .iter()
            .filter(|r| r.row.is_none())
            .map(|r| r.line)
            .collect();
        if !on_roll.is_empty() {
            let rows = fr::rows_as_read(path, &opts, &on_roll)?;
            for r in rejected.iter_mut().filter(|r| r.row.is_none()) {
                r.row = rows.get(&r.line).cloned();
            }
        }
        progress(Progress {
            done: rows,
            total: rows,
        });
        let report = RollImport {
            imported,
            rejected,
            encoding: detected.encoding.to_string(),
            delimiter: detected.delimiter_name(),
            encoding_choice: detected.encoding_choice.as_ref().map(Into::into),
        };
        if dry_run {
            tx.rollback()?;
            return Ok(report);
        }
        if deferred {
            // The reader and its duplicate tables are gone by now: their
            // memory goes to SQLite's sorter, which then sorts each index's
            // keys in memory instead of spilling runs to a temporary file
            // and merging them. Fails (and the import with it) only if two
            // rows had the same key, which the reader has already refused.
            tx.pragma_update(None, "cache_size", -INDEX_CACHE_KIB)?;
            tx.execute_batch(CREATE_KEY_INDEX)?;
            tx.pragma_update(None, "cache_size", -IMPORT_CACHE_KIB)?;
        }
        index_if_few(&tx)?;
        reopen_if_counted(&tx, &t)?;
        audit::append_adding_voters(
            &tx,
            &t.name,
            "roll.import",
            &format!(
                "file={:?} imported={} refused={} encoding={}",
                file_label(path),
                report.imported,
                report.rejected.len(),
                report.encoding
            ),
            &added,
        )?;
        tx.commit()?;
        Ok(report)
    }

    /// What a roll file holds, before importing it: the detected encoding,
    /// delimiter and mapping, the first `n` rows as mapped, and the counts of
    /// good and refused rows in the whole file.
    pub fn preview_roll(
        &self,
        path: &Path,
        options: &RollImportOptions,
        n: usize,
    ) -> Result<RollPreview> {
        let opts = reader_options(options)?;
        let p = fr::preview(path, &opts, n)?;
        Ok(RollPreview {
            rows: p.voters.iter().map(view).collect(),
            good: p.stats.voters,
            refused: p.stats.rejected,
            rejected: p
                .rejected
                .iter()
                .map(|r| RejectedRow {
                    line: r.line,
                    reason: r.reason.clone(),
                    id: None,
                    row: Some(r.row.clone()),
                })
                .collect(),
            ..detected_view(&p.detected)
        })
    }

    /// The encoding, delimiter, headers and columns found in a roll file,
    /// even when no column is found for the email or name (which
    /// [`Election::preview_roll`] refuses): for mapping them by hand. Nothing
    /// past the header line is read, so `rows` and `rejected` are empty and
    /// the counts are zero.
    pub fn roll_columns(&self, path: &Path, options: &RollImportOptions) -> Result<RollPreview> {
        let opts = reader_options(options)?;
        Ok(detected_view(&fr::columns(path, &opts)?))
    }

    /// Compare a term's roll with a file: who would be added, removed or
    /// changed (matched by email, compared case-insensitively).
    pub fn diff_roll(
        &mut self,
        term: &str,
        path: &Path,
        options: &RollImportOptions,
    ) -> Result<RollDiff> {
        self.roll_sync(term, path, options, None)
    }

    /// Make the roll equal to the file (the diff of [`Election::diff_roll`]),
    /// in one transaction, with `reason` in the audit log.
    pub fn apply_roll_diff(
        &mut self,
        term: &str,
        path: &Path,
        options: &RollImportOptions,
        reason: &str,
    ) -> Result<RollDiff> {
        let reason = fields::text(&f::REASON, reason)?;
        if reason.is_empty() {
            return Err(Error::invalid(Msg::new("err-roll-reason")));
        }
        // Replacing the roll cannot be undone: back the file up first.
        self.backup("replace-roll")?;
        self.roll_sync(term, path, options, Some(&reason))
    }

    fn roll_sync(
        &mut self,
        term: &str,
        path: &Path,
        options: &RollImportOptions,
        apply: Option<&str>,
    ) -> Result<RollDiff> {
        let opts = reader_options(options)?;
        let conn = self.conn_mut();
        let t = if apply.is_some() {
            term_for_change(conn, term)?
        } else {
            crate::service::term_in(conn, term)?
        };
        let reader = RollReader::open(path, &opts)?;
        let detected = reader.detected().clone();
        let tx = conn.transaction()?;
        tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS roll_seen (key TEXT PRIMARY KEY) STRICT; DELETE FROM temp.roll_seen;",
        )?;
        let mut diff = RollDiff {
            added_count: 0,
            removed_count: 0,
            changed_count: 0,
            unchanged: 0,
            added: Vec::new(),
            removed: Vec::new(),
            changed: Vec::new(),
            rejected: Vec::new(),
            encoding: detected.encoding.to_string(),
            delimiter: detected.delimiter_name(),
        };
        {
            let mut find = tx.prepare(
                "SELECT id, name, COALESCE(email, ''), member_id, weight, membership FROM voter WHERE term_id = ?1 AND email_key = ?2",
            )?;
            let mut seen = tx.prepare("INSERT OR IGNORE INTO temp.roll_seen (key) VALUES (?1)")?;
            let mut ins = tx.prepare(
                "INSERT INTO voter (term_id, name, email, email_key, member_id, weight, membership)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            let mut upd = tx.prepare(
                "UPDATE voter SET name = ?2, email = ?3, member_id = ?4, weight = ?5, membership = ?6 WHERE id = ?1",
            )?;
            for row in reader {
                let v = match row? {
                    RollRow::Voter(v) => v,
                    RollRow::Rejected(r) => {
                        diff.rejected.push(RejectedRow {
                            line: r.line,
                            reason: r.reason,
                            id: None,
                            row: Some(r.row),
                        });
                        continue;
                    }
                };
                seen.execute([&v.email_key])?;
                let existing = find
                    .query_row(params![t.id, v.email_key], |r| {
                        Ok((
                            Voter {
                                id: r.get(0)?,
                                name: r.get(1)?,
                                email: r.get(2)?,
                                member_id: r.get(3)?,
                                weight: r.get::<_, i64>(4)? as u64,
                            },
                            r.get::<_, Option<String>>(5)?,
                        ))
                    })
                    .optional()?;
                match existing {
                    None => {
                        diff.added_count += 1;
                        if diff.added.len() < RollDiff::LIST_LIMIT {
                            diff.added.push(view(&v));
                        }
                        if apply.is_some() {
                            insert_voter(&mut ins, t.id, &v)?;
                        }
                    }
                    Some((before, membership)) => {
                        let mut fields = Vec::new();
                        if before.name != v.name {
                            fields.push("name".to_string());
                        }
                        if before.member_id != v.voter_id {
                            fields.push("id".to_string());
                        }
                        if before.weight != u64::from(v.weight) {
                            fields.push("weight".to_string());
                        }
                        if membership != v.membership {
                            fields.push("membership".to_string());
                        }
                        if fields.is_empty() {
                            diff.unchanged += 1;
                            continue;
                        }
                        diff.changed_count += 1;
                        if apply.is_some() {
                            upd.execute(params![
                                before.id,
                                v.name,
                                v.email,
                                v.voter_id,
                                i64::from(v.weight),
                                v.membership
                            ])?;
                        }
                        if diff.changed.len() < RollDiff::LIST_LIMIT {
                            diff.changed.push(RollChange {
                                before,
                                after: view(&v),
                                fields,
                            });
                        }
                    }
                }
            }
        }
        {
            let mut gone = tx.prepare(
                "SELECT id, name, COALESCE(email, ''), member_id, weight FROM voter
                 WHERE term_id = ?1 AND email_key NOT IN (SELECT key FROM temp.roll_seen) ORDER BY name, id",
            )?;
            let mut rows = gone.query([t.id])?;
            while let Some(r) = rows.next()? {
                diff.removed_count += 1;
                if diff.removed.len() < RollDiff::LIST_LIMIT {
                    diff.removed.push(Voter {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        email: r.get(2)?,
                        member_id: r.get(3)?,
                        weight: r.get::<_, i64>(4)? as u64,
                    });
                }
            }
        }
        match apply {
            None => {
                tx.rollback()?;
            }
            Some(reason) => {
                tx.execute(
                    "DELETE FROM voter WHERE term_id = ?1 AND email_key NOT IN (SELECT key FROM temp.roll_seen)",
                    [t.id],
                )?;
                tx.execute("DELETE FROM temp.roll_seen", [])?;
                index_if_few(&tx)?;
                reopen_if_counted(&tx, &t)?;
                audit::append(
                    &tx,
                    &t.name,
                    "roll.sync",
                    &format!(
                        "file={:?} added={} removed={} changed={} reason={reason:?}",
                        file_label(path),
                        diff.added_count,
                        diff.removed_count,
                        diff.changed_count
                    ),
                )?;
                tx.commit()?;
            }
        }
        Ok(diff)
    }

    /// Add one voter by hand (e.g. a voter forgotten from the roll, after
    /// voting opened), with the reason recorded in the audit log.
    pub fn add_voter(
        &mut self,
        term: &str,
        name: &str,
        email: &str,
        reason: &str,
    ) -> Result<Voter> {
        let conn = self.conn_mut();
        let t = term_for_change(conn, term)?;
        let name = fields::required(&f::VOTER_NAME, name)?;
        let email = fields::email(&f::EMAIL, email)?;
        let reason = required_reason(reason)?;
        let key = email_key(&email);
        let tx = conn.transaction()?;
        let n = tx.execute(
            "INSERT INTO voter (term_id, name, email, email_key) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (term_id, email_key) DO NOTHING",
            params![t.id, name, email, key],
        )?;
        if n == 0 {
            return Err(Error::new(
                ErrorCode::AlreadyExists,
                Msg::new("err-roll-already-on")
                    .arg("email", email.as_str())
                    .arg("term", t.name.as_str()),
            ));
        }
        let id = tx.last_insert_rowid();
        index_if_few(&tx)?;
        reopen_if_counted(&tx, &t)?;
        audit::append(
            &tx,
            &t.name,
            "roll.add",
            &format!("name={name:?} email={email:?} reason={reason:?}"),
        )?;
        tx.commit()?;
        Ok(Voter {
            id,
            name,
            email,
            member_id: None,
            weight: 1,
        })
    }

    /// Remove one voter by email, with the reason recorded in the audit log.
    pub fn remove_voter(&mut self, term: &str, email: &str, reason: &str) -> Result<Voter> {
        let conn = self.conn_mut();
        let t = term_for_change(conn, term)?;
        let reason = required_reason(reason)?;
        let tx = conn.transaction()?;
        // By email, or (no `@`) by the id of a member known by id only.
        let found = match find_voter(&tx, t.id, &email_key(email))? {
            None if !email.contains('@') => find_voter(&tx, t.id, &id_key(email))?,
            v => v,
        };
        let v = found.ok_or_else(|| {
            Error::not_found(
                Msg::new("err-roll-not-on")
                    .arg("email", email.trim())
                    .arg("term", t.name.as_str()),
            )
        })?;
        tx.execute("DELETE FROM voter WHERE id = ?1", [v.id])?;
        reopen_if_counted(&tx, &t)?;
        audit::append(
            &tx,
            &t.name,
            "roll.remove",
            &format!("name={:?} email={:?} reason={reason:?}", v.name, v.email),
        )?;
        tx.commit()?;
        Ok(v)
    }

    /// Mark who voted from the voting service's participation list: a CSV
    /// with an email column (any of the roll's email headers), or a plain
    /// list of emails, one per line. Emails not on the roll are refused with
    /// their line. This is a flag on the voter: it is never linked to a
    /// ballot.
    pub fn mark_voted(&mut self, term: &str, path: &Path) -> Result<RollImport> {
        let conn = self.conn_mut();
        let t = term_for_change(conn, term)?;
        // Streamed, bounded records; refuses pipes, devices and binary files.
        let reader = fr::voted::VotedReader::open(path)?;
        let tx = conn.transaction()?;
        let mut marked = 0;
        let mut rejected = Vec::new();
        {
            let mut upd =
                tx.prepare("UPDATE voter SET voted = 1 WHERE term_id = ?1 AND email_key = ?2")?;
            for row in reader {
                match row? {
                    fr::voted::VotedRow::Email { line, email } => {
                        // An entry with no `@`: the id of a member known by
                        // id only (an Elekto login).
                        let key = if email.contains('@') {
                            email_key(&email)
                        } else {
                            id_key(&email)
                        };
                        if upd.execute(params![t.id, key])? == 1 {
                            marked += 1;
                        } else {
                            rejected.push(RejectedRow {
                                line,
                                reason: format!("{email} is not on the roll"),
                                id: None,
                                row: None,
                            });
                        }
                    }
                    fr::voted::VotedRow::Rejected(r) => rejected.push(RejectedRow {
                        line: r.line,
                        reason: r.reason,
                        id: None,
                        row: Some(r.row),
                    }),
                }
            }
        }
        audit::append(
            &tx,
            &t.name,
            "roll.voted",
            &format!(
                "file={:?} marked={marked} refused={}",
                file_label(path),
                rejected.len()
            ),
        )?;
        tx.commit()?;
        Ok(RollImport {
            imported: marked,
            rejected,
            encoding: "UTF-8".into(),
            delimiter: "comma".into(),
            encoding_choice: None,
        })
    }

    /// Write the roll in `format` to `out`. Returns the number of voters
    /// written. The rows go straight from the database cursor to a
    /// temporary file beside `out` (never the whole roll in memory), which
    /// then replaces `out` in one rename.
    pub fn export_roll(&self, term: &str, format: RollFormat, out: &Path) -> Result<u64> {
        let t = self.term(term)?;
        if matches!(format, RollFormat::Helios | RollFormat::Emails) {
            // Both are lists of addresses to write to: a member known by id
            // only has none, and none is ever made up.
            let no_email: i64 = self.conn().query_row(
                "SELECT COUNT(*) FROM voter WHERE term_id = ?1 AND email IS NULL",
                [t.id],
                |r| r.get(0),
            )?;
            if no_email > 0 {
                return Err(Error::invalid(
                    Msg::new("err-roll-export-no-email")
                        .arg("n", no_email)
                        .arg("term", t.name.as_str())
                        .arg(
                            "file",
                            Msg::new(if format == RollFormat::Helios {
                                "err-roll-export-helios"
                            } else {
                                "err-roll-export-email-list"
                            }),
                        ),
                ));
            }
        }
        let n = write_atomic_with(out, &self.kept_files(), |w| {
            export_to(self.conn(), t.id, format, w)
        })?;
        // The log names the format and the count, not the file.
        let tx = self.conn().unchecked_transaction()?;
        crate::audit::append(
            &tx,
            &t.name,
            "export.roll",
            &format!(
                "roll written ({}, format {})",
                crate::words::count(n, "voter", "voters"),
                format!("{format:?}").to_lowercase()
            ),
        )?;
        tx.commit()?;
        Ok(n)
    }
}

/// Voters not yet in the search index (migration 8): those above
/// `search_index.upto`.
fn pending(conn: &Connection) -> Result<u64> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM voter WHERE id > (SELECT upto FROM search_index)",
        [],
        |r| r.get::<_, i64>(0),
    )? as u64)
}

/// Add up to `max` voters waiting for the search index to it, lowest ids
/// first, in one statement, and move `upto` past them. Returns how many are
/// left waiting.
fn index_some(conn: &Connection, max: u64) -> Result<u64> {
    let upto: i64 = conn.query_row("SELECT upto FROM search_index", [], |r| r.get(0))?;
    let last: Option<i64> = conn
        .query_row(
            "SELECT MAX(id) FROM (SELECT id FROM voter WHERE id > ?1 ORDER BY id LIMIT ?2)",
            params![upto, i64::try_from(max).unwrap_or(i64::MAX)],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let Some(last) = last else {
        return Ok(0);
    };
    conn.execute(
        "INSERT INTO voter_fts (rowid, name, email) SELECT id, name, email FROM voter WHERE id > ?1 AND id <= ?2",
        params![upto, last],
    )?;
    conn.execute("UPDATE search_index SET upto = ?1", [last])?;
    pending(conn)
}

/// In the transaction that added voters: index the waiting voters now if
/// they are few ([`INDEX_AT_ONCE`]); otherwise they wait for
/// [`Election::build_search_index`] (searches find them meanwhile).
pub(crate) fn index_if_few(conn: &Connection) -> Result<()> {
    if pending(conn)? <= INDEX_AT_ONCE {
        index_some(conn, INDEX_AT_ONCE)?;
    }
    Ok(())
}

impl Election {
    /// How many voters are waiting to be added to the search index (after a
    /// big import, until [`Election::build_search_index`] has run).
    pub fn search_index_pending(&self) -> Result<u64> {
        pending(self.conn())
    }

    /// Add every voter waiting for it to the search index, in transactions
    /// of [`INDEX_BATCH`] voters (each holds the write lock briefly, so the
    /// window and other programs go on working; an interruption keeps the
    /// batches done). `progress` gets (indexed, total) after each batch;
    /// returning `false` stops early. Returns the number indexed.
    pub fn build_search_index(
        &mut self,
        progress: &mut dyn FnMut(Progress) -> bool,
    ) -> Result<u64> {
        ensure_name_index(self.conn())?;
        let total = self.search_index_pending()?;
        let mut done = 0;
        loop {
            let tx = self.conn_mut().transaction()?;
            let before = pending(&tx)?;
            if before == 0 {
                return Ok(done);
            }
            let left = index_some(&tx, INDEX_BATCH)?;
            tx.commit()?;
            done += before - left;
            if !progress(Progress {
                done,
                total: total.max(done),
            }) || left == 0
            {
                return Ok(done);
            }
        }
    }

    /// [`Election::build_search_index`] on a thread of its own with its own
    /// connection to the same file, so that nothing waits for it: the
    /// window calls this after an import. Searches stay exact meanwhile
    /// (they read the voters not yet indexed).
    pub fn build_search_index_in_background(&self) -> std::thread::JoinHandle<Result<u64>> {
        let path = self.path().to_path_buf();
        std::thread::spawn(move || Election::open(&path)?.build_search_index(&mut |_| true))
    }
}

/// A row of the file after the import's checks (its pipeline, in
/// `import_roll_inner`).
enum Checked {
    /// A voter to insert, with its record hash for the roll digest.
    Voter(VoterRecord, [u8; 32]),
    /// Refused because an earlier voter of the file has its email or id:
    /// the line and the reason.
    Duplicate(u64, String),
    /// Refused by the reader.
    Refused(fr::RejectedRow),
}

/// The record of a voter as [`insert_voter`] stores it, for the roll digest.
fn record(v: &VoterRecord) -> crate::state::VoterRecord<'_> {
    crate::state::VoterRecord(
        &v.email_key,
        &v.name,
        Some(&v.email),
        v.voter_id.as_deref(),
        i64::from(v.weight),
        v.membership.as_deref(),
        0,
    )
}

/// Run a prepared `INSERT INTO voter (term_id, name, email, email_key,
/// member_id, weight, membership) VALUES (?1 .. ?7) ...` for one record.
fn insert_voter(
    stmt: &mut rusqlite::Statement<'_>,
    term_id: i64,
    v: &VoterRecord,
) -> rusqlite::Result<usize> {
    stmt.execute(params![
        term_id,
        v.name,
        v.email,
        v.email_key,
        v.voter_id,
        i64::from(v.weight),
        v.membership
    ])
}

/// `INSERT INTO voter (...) VALUES (...), (...), ...` for `rows` rows:
/// the columns of [`insert_voter`], 7 parameters a row.
fn batch_insert_sql(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT INTO voter (term_id, name, email, email_key, member_id, weight, membership) VALUES ",
    );
    for i in 0..rows {
        if i > 0 {
            sql.push_str(", ");
        }
        let p = i * 7;
        sql.push_str(&format!(
            "(?{}, ?{}, ?{}, ?{}, ?{}, ?{}, ?{})",
            p + 1,
            p + 2,
            p + 3,
            p + 4,
            p + 5,
            p + 6,
            p + 7
        ));
    }
    sql
}

/// Run the statement of [`batch_insert_sql`] for as many records (exactly
/// its row count): one statement run for many rows instead of one each.
fn insert_batch(
    stmt: &mut rusqlite::Statement<'_>,
    term_id: i64,
    vs: &[VoterRecord],
) -> rusqlite::Result<usize> {
    for (i, v) in vs.iter().enumerate() {
        let p = i * 7;
        stmt.raw_bind_parameter(p + 1, term_id)?;
        stmt.raw_bind_parameter(p + 2, &v.name)?;
        stmt.raw_bind_parameter(p + 3, &v.email)?;
        stmt.raw_bind_parameter(p + 4, &v.email_key)?;
        stmt.raw_bind_parameter(p + 5, &v.voter_id)?;
        stmt.raw_bind_parameter(p + 6, i64::from(v.weight))?;
        stmt.raw_bind_parameter(p + 7, &v.membership)?;
    }
    stmt.raw_execute()
}

fn required_reason(reason: &str) -> Result<String> {
    let r = fields::text(&f::REASON, reason)?;
    if r.is_empty() {
        return Err(Error::invalid(Msg::new("err-give-reason")));
    }
    Ok(r)
}

fn find_voter(conn: &Connection, term_id: i64, key: &str) -> Result<Option<Voter>> {
    Ok(conn
        .query_row(
            "SELECT id, name, COALESCE(email, ''), member_id, weight FROM voter WHERE term_id = ?1 AND email_key = ?2",
            params![term_id, key],
            |r| {
                Ok(Voter {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    email: r.get(2)?,
                    member_id: r.get(3)?,
                    weight: r.get::<_, i64>(4)? as u64,
                })
            },
        )
        .optional()?)
}

/// Stream a term's roll (ordered by name) to `out`, one row at a time.
fn export_to<W: Write>(
    conn: &Connection,
    term_id: i64,
    format: RollFormat,
    out: W,
) -> std::io::Result<u64> {
    let sql = if format == RollFormat::Voted {
        "SELECT name, email, member_id, weight, membership FROM voter WHERE term_id = ?1 AND voted = 1 ORDER BY name, id"
    } else {
        "SELECT name, email, member_id, weight, membership FROM voter WHERE term_id = ?1 ORDER BY name, id"
    };
    let db = |e: rusqlite::Error| std::io::Error::other(e.to_string());
    let mut w = RollExportWriter::new(
        out,
        match format {
            RollFormat::Csv | RollFormat::Voted => RollExportFormat::Csv,
            RollFormat::Helios => RollExportFormat::Helios,
            RollFormat::Emails => RollExportFormat::Emails,
        },
    )?;
    let mut st = conn.prepare(sql).map_err(db)?;
    let mut rows = st.query([term_id]).map_err(db)?;
    while let Some(r) = rows.next().map_err(db)? {
        // Borrowed straight from the cursor's row: no copy per voter.
        let text = |i: usize| -> std::io::Result<Option<&str>> {
            match r.get_ref(i).map_err(db)? {
                ValueRef::Null => Ok(None),
                v => v.as_str().map(Some).map_err(|e| db(e.into())),
            }
        };
        let weight = r.get::<_, i64>(3).map_err(db)?;
        w.write(&ExportVoter {
            name: text(0)?.unwrap_or(""),
            email: text(1)?.unwrap_or(""),
            voter_id: text(2)?,
            weight: u32::try_from(weight).unwrap_or(u32::MAX),
            membership: text(4)?,
        })?;
    }
    Ok(w.finish()?.1)
}
