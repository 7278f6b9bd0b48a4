//! Election files on the desk: backups before every irreversible step, a
//! list of them, restoring one, and saving a copy.
//!
//! A backup is SQLite's online backup (`sqlite3_backup_*`) of the open file
//! into `backups/` beside it, named `<file stem>-<local time>-<step>.scrutineer`
//! (e.g. `elections-20261130-140512-certify.scrutineer`), so the folder sorts
//! by time and each name says what was about to happen. The backup is taken
//! through the open connection, so it is a consistent snapshot even while
//! another program writes, and holds the WAL's committed pages too.
//!
//! Backups are kept: Scrutineer never deletes one. Restoring one first backs
//! up the current file (step `before-restore`), then copies the backup over
//! the open file page by page (again the online backup, the other way), so
//! the window and the CLI keep their connection and nothing is half copied.

use crate::clock;
use crate::error::{Error, ErrorCode, Result};
use crate::model::BackupInfo;
use crate::service::Election;
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use scrutineer_i18n::Msg;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The extension of election files (still SQLite).
pub const EXTENSION: &str = "scrutineer";
/// The folder beside the election file that holds its backups.
pub const BACKUP_DIR: &str = "backups";

/// Pages copied per step of an online backup (then SQLite lets writers in).
const PAGES_PER_STEP: std::os::raw::c_int = 1024;

fn copy(src: &Connection, dst: &mut Connection) -> Result<()> {
    let b = Backup::new(src, dst)?;
    b.run_to_completion(PAGES_PER_STEP, Duration::from_millis(5), None)?;
    Ok(())
}

/// A step name as it goes in a file name: lower-case letters, digits and
/// `-` only.
fn step_slug(step: &str) -> String {
    let s: String = step
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        "backup".into()
    } else {
        s
    }
}

impl Election {
    /// The folder holding this file's backups.
    pub fn backup_dir(&self) -> PathBuf {
        match self.path().parent().filter(|d| !d.as_os_str().is_empty()) {
            Some(d) => d.join(BACKUP_DIR),
            None => PathBuf::from(BACKUP_DIR),
        }
    }

    /// Back the file up before `step` (e.g. `certify`, `replace-roll`,
    /// `delete-term`): an online backup into `backups/` beside it. Returns
    /// the backup's path.
    pub fn backup(&self, step: &str) -> Result<PathBuf> {
        let dir = self.backup_dir();
        std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        let stem = self
            .path()
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "election".into());
        let base = format!("{stem}-{}-{}", clock::stamp_now(), step_slug(step));
        // Two backups in the same second get -2, -3, ...
        let mut target = dir.join(format!("{base}.{EXTENSION}"));
        let mut n = 2;
        while target.exists() {
            target = dir.join(format!("{base}-{n}.{EXTENSION}"));
            n += 1;
        }
        let mut dst = Connection::open(&target).map_err(|e| {
            Error::new(
                ErrorCode::Io,
                Msg::new("err-backup-create")
                    .arg("path", target.display().to_string())
                    .arg("detail", e.to_string()),
            )
        })?;
        copy(self.conn(), &mut dst)?;
        // A backup is one self-contained file (no -wal beside it).
        dst.pragma_update(None, "journal_mode", "DELETE")?;
        drop(dst);
        Ok(target)
    }

    /// The backups of this file, newest first.
    pub fn list_backups(&self) -> Result<Vec<BackupInfo>> {
        let dir = self.backup_dir();
        let rd = match std::fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::io(&dir, e)),
        };
        let stem = self
            .path()
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut out = Vec::new();
        for entry in rd {
            let entry = entry.map_err(|e| Error::io(&dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(rest) = name
                .strip_prefix(&format!("{stem}-"))
                .and_then(|r| r.strip_suffix(&format!(".{EXTENSION}")))
            else {
                continue;
            };
            // rest = YYYYMMDD-HHMMSS-step[-n]
            let (Some(date), Some(time)) = (rest.get(..8), rest.get(9..15)) else {
                continue;
            };
            if !date.chars().chain(time.chars()).all(|c| c.is_ascii_digit()) {
                continue;
            }
            let step = rest.get(16..).unwrap_or("").to_string();
            let meta = entry.metadata().map_err(|e| Error::io(&entry.path(), e))?;
            let modified = meta.modified().ok();
            out.push((
                modified,
                BackupInfo {
                    taken: format!(
                        "{}-{}-{} {}:{}:{}",
                        &date[..4],
                        &date[4..6],
                        &date[6..8],
                        &time[..2],
                        &time[2..4],
                        &time[4..6]
                    ),
                    step,
                    bytes: meta.len(),
                    path: entry.path().display().to_string(),
                    name,
                },
            ));
        }
        // Newest first: by the time in the name, then (same second) by when
        // the file was written.
        out.sort_by(|(ma, a), (mb, b)| {
            b.taken
                .cmp(&a.taken)
                .then(mb.cmp(ma))
                .then(b.name.cmp(&a.name))
        });
        Ok(out.into_iter().map(|(_, b)| b).collect())
    }

    /// Restore the backup named `name` (a file name from
    /// [`Election::list_backups`]) over this file, after backing the current
    /// file up (step `before-restore`). Returns that new backup's path.
    pub fn restore_backup(&mut self, name: &str) -> Result<PathBuf> {
        let name = name.trim();
        if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
            return Err(Error::invalid(
                Msg::new("err-backup-bad-name").arg("name", name),
            ));
        }
        let src_path = self.backup_dir().join(name);
        if !src_path.is_file() {
            return Err(Error::not_found(
                Msg::new("err-backup-not-found")
                    .arg("name", name)
                    .arg("folder", self.backup_dir().display().to_string()),
            ));
        }
        let src = Connection::open_with_flags(&src_path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| {
                Error::new(
                    ErrorCode::BadFile,
                    Msg::new("err-backup-cannot-open")
                        .arg("path", src_path.display().to_string())
                        .arg("detail", e.to_string()),
                )
            })?;
        check_election_file(&src, &src_path)?;
        let before = self.backup("before-restore")?;
        let path = self.path().to_path_buf();
        copy(&src, self.conn_mut())?;
        // A backup from an older file version is brought up to date.
        crate::db::migrate(self.conn(), &path)?;
        Ok(before)
    }

    /// Save a copy of this file at `out` (File ▸ Save a copy): an online
    /// backup to a temporary file beside `out`, renamed over it. Refused
    /// when `out` is this file or one of SQLite's files beside it.
    pub fn save_copy(&self, out: &Path) -> Result<()> {
        let target = crate::output::check_output(out, &self.kept_files())?;
        let dir = target
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let tmp = tempfile_in(&dir)?;
        let result = (|| {
            let mut dst = Connection::open(&tmp).map_err(|e| {
                Error::new(
                    ErrorCode::Io,
                    Msg::new("err-cannot-create")
                        .arg("path", tmp.display().to_string())
                        .arg("detail", e.to_string()),
                )
            })?;
            copy(self.conn(), &mut dst)?;
            dst.pragma_update(None, "journal_mode", "DELETE")?;
            drop(dst);
            std::fs::rename(&tmp, &target).map_err(|e| Error::io(&target, e))
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

fn tempfile_in(dir: &Path) -> Result<PathBuf> {
    for n in 0..1000u32 {
        let p = dir.join(format!(".scrutineer-copy-{}-{n}.tmp", std::process::id()));
        if !p.exists() {
            return Ok(p);
        }
    }
    Err(Error::new(
        ErrorCode::Io,
        Msg::new("err-no-temp-name").arg("folder", dir.display().to_string()),
    ))
}

/// Refuse a file that is not a Scrutineer election file (a backup folder
/// may hold anything).
fn check_election_file(c: &Connection, path: &Path) -> Result<()> {
    let not = |why: String| {
        Error::new(
            ErrorCode::BadFile,
            Msg::new("err-restore-not-election-file")
                .arg("path", path.display().to_string())
                .arg("why", why),
        )
    };
    let version: i64 = c
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| not(e.to_string()))?;
    if !(1..=crate::db::SCHEMA_VERSION).contains(&version) {
        return Err(not(format!("file version {version}")));
    }
    let has_audit: bool = c
        .query_row(
            "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit')",
            [],
            |r| r.get(0),
        )
        .map_err(|e| not(e.to_string()))?;
    if !has_audit {
        return Err(not("it has no audit log".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn step_names_are_safe_in_file_names() {
        assert_eq!(step_slug("certify"), "certify");
        assert_eq!(step_slug("Delete term: ../x"), "delete-term-----x");
        assert_eq!(step_slug("  "), "backup");
    }
}
