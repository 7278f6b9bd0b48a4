//! The voter roll: import (one transaction: all good rows or nothing),
//! listing and search (in `service`), exports and edits.

use crate::audit;
use crate::error::Result;
use crate::model::{RejectedRow, RollImport};
use crate::service::{reopen_if_counted, term_for_change, Election};
use rusqlite::params;
use scrutineer_formats::roll::{RollOptions, RollReader, RollRow};
use std::path::Path;

impl Election {
    /// Import a roll CSV into a term with default detection.
    pub fn import_roll(&mut self, term: &str, path: &Path) -> Result<RollImport> {
        self.import_roll_with(term, path, &RollOptions::default(), false)
    }

    /// Import a roll CSV. Good rows are inserted in one transaction; refused
    /// rows (bad email, missing name, duplicate in the file or already on the
    /// roll) are reported with their line. With `dry_run` nothing is written.
    pub fn import_roll_with(
        &mut self,
        term: &str,
        path: &Path,
        opts: &RollOptions,
        dry_run: bool,
    ) -> Result<RollImport> {
        let conn = self.conn_mut();
        let t = term_for_change(conn, term)?;
        let reader = RollReader::open(path, opts)?;
        let detected = reader.detected().clone();
        let tx = conn.transaction()?;
        let mut imported = 0u64;
        let mut rejected = Vec::new();
        {
            let mut ins = tx.prepare(
                "INSERT INTO voter (term_id, name, email, email_key, member_id, weight, membership)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (term_id, email_key) DO NOTHING",
            )?;
            for row in reader {
                match row? {
                    RollRow::Voter(v) => {
                        let n = ins.execute(params![
                            t.id,
                            v.name,
                            v.email,
                            v.email_key,
                            v.voter_id,
                            v.weight as i64,
                            v.membership
                        ])?;
                        if n == 1 {
                            imported += 1;
                        } else {
                            rejected.push(RejectedRow {
                                line: v.line,
                                reason: format!("{} is already on the roll", v.email),
                            });
                        }
                    }
                    RollRow::Rejected(r) => rejected.push(RejectedRow {
                        line: r.line,
                        reason: r.reason,
                    }),
                }
            }
        }
        let report = RollImport {
            imported,
            rejected,
            encoding: detected.encoding.to_string(),
            delimiter: detected.delimiter_name(),
        };
        if dry_run {
            tx.rollback()?;
            return Ok(report);
        }
        reopen_if_counted(&tx, &t)?;
        audit::append(
            &tx,
            &t.name,
            "roll.import",
            &format!(
                "file={:?} imported={} refused={} encoding={}",
                path.file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                report.imported,
                report.rejected.len(),
                report.encoding
            ),
        )?;
        tx.commit()?;
        Ok(report)
    }
}
