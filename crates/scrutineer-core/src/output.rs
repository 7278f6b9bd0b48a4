//! Every file Scrutineer writes (results CSV, certificate, roll exports) goes
//! through here.
//!
//! Architecture invariant: an output never destroys an input. Before a byte
//! is written, the target is refused when it is
//!
//! * the election file, its `-wal`, `-shm` or `-journal` file, or a file the
//!   same command reads (compared by device and inode, so a hard link or a
//!   symlink to one is caught, and by name, for a `-wal` not yet created);
//! * not a regular file: a folder, a device (`/dev/full`, `/dev/null`), a
//!   named pipe or a socket, which a rename would replace.
//!
//! The content is then written to a temporary file in the target's folder,
//! synced, and renamed over the target, so a failure never leaves half a
//! file. A symlink target is followed: the file it points to is replaced,
//! the link stays.

use crate::error::{Error, ErrorCode, Result};
use scrutineer_i18n::Msg;
use std::fs::Metadata;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file an output must not replace, and what it is (for the message).
#[derive(Debug, Clone)]
pub struct Kept {
    pub path: PathBuf,
    /// What it is, as a message id (`err-kept-election-file`...).
    pub what: &'static str,
}

impl Kept {
    pub fn new(path: impl Into<PathBuf>, what: &'static str) -> Kept {
        Kept {
            path: path.into(),
            what,
        }
    }

    /// The election file at `db` and the files SQLite keeps beside it.
    pub fn election_file(db: &Path) -> Vec<Kept> {
        let mut v = vec![Kept::new(db, "err-kept-election-file")];
        for (suffix, what) in [
            ("-wal", "err-kept-wal"),
            ("-shm", "err-kept-shm"),
            ("-journal", "err-kept-journal"),
        ] {
            let mut p = db.as_os_str().to_owned();
            p.push(suffix);
            v.push(Kept::new(p, what));
        }
        v
    }
}

fn refused(out: &Path, why: Msg) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        Msg::new("err-output-refused")
            .arg("path", out.display().to_string())
            .arg("why", why),
    )
}

/// What `m` is, as a message id (`err-kind-*`).
fn kind(m: &Metadata) -> &'static str {
    let t = m.file_type();
    if t.is_dir() {
        return "err-kind-folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "err-kind-fifo";
        }
        if t.is_char_device() || t.is_block_device() {
            return "err-kind-device";
        }
        if t.is_socket() {
            return "err-kind-socket";
        }
    }
    "err-kind-other"
}

#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &Metadata, _: &Metadata) -> bool {
    false
}

/// The absolute form of `p` with its folder resolved (symlinks followed),
/// also when `p` itself does not exist yet.
fn resolved(p: &Path) -> Option<PathBuf> {
    if let Ok(c) = std::fs::canonicalize(p) {
        return Some(c);
    }
    let dir = match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some(std::fs::canonicalize(dir).ok()?.join(p.file_name()?))
}

/// Where the content of `out` goes: `out`, or the file a symlink `out`
/// points to. Refuses what the module documentation lists.
pub fn check_output(out: &Path, kept: &[Kept]) -> Result<PathBuf> {
    let target = match std::fs::symlink_metadata(out) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(out)
            .map_err(|_| refused(out, Msg::new("err-output-dangling-link")))?,
        _ => out.to_path_buf(),
    };
    let meta = std::fs::metadata(&target).ok();
    if let Some(m) = &meta {
        for k in kept {
            if std::fs::metadata(&k.path).is_ok_and(|km| same_file(m, &km)) {
                return Err(refused(
                    out,
                    Msg::new("err-output-would-destroy")
                        .arg("what", Msg::new(k.what))
                        .arg("kept", k.path.display().to_string()),
                ));
            }
        }
        if !m.is_file() {
            return Err(refused(
                out,
                Msg::new("err-output-not-file").arg("kind", Msg::new(kind(m))),
            ));
        }
    }
    if let Some(t) = resolved(&target) {
        for k in kept {
            if resolved(&k.path).is_some_and(|kp| kp == t) {
                return Err(refused(
                    out,
                    Msg::new("err-output-is-kept")
                        .arg("what", Msg::new(k.what))
                        .arg("kept", k.path.display().to_string()),
                ));
            }
        }
    }
    Ok(target)
}

/// Write `bytes` to `out` (checked by [`check_output`]) through a temporary
/// file and a rename.
pub fn write_atomic(out: &Path, kept: &[Kept], bytes: &[u8]) -> Result<()> {
    write_atomic_with(out, kept, |w| w.write_all(bytes))
}

/// Stream `out`'s content through `write` (given a buffered writer on a
/// temporary file in the target's folder), then rename the temporary file
/// over the target: a failure (of `write` too) removes the temporary file
/// and never leaves half a file.
pub fn write_atomic_with<T>(
    out: &Path,
    kept: &[Kept],
    write: impl FnOnce(&mut BufWriter<std::fs::File>) -> std::io::Result<T>,
) -> Result<T> {
    let target = check_output(out, kept)?;
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let base = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    let tmp = dir.join(format!(".{base}.tmp{}", std::process::id()));
    let written = (|| {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        let mut w = BufWriter::with_capacity(1 << 16, file);
        let value = write(&mut w)?;
        w.flush()?;
        w.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        Ok(value)
    })();
    let value = match written {
        Ok(v) => v,
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            return Err(Error::io(out, e));
        }
    };
    std::fs::rename(&tmp, &target).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(out, e)
    })?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_election_file_and_its_companions_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("e.db");
        std::fs::write(&db, b"precious").unwrap();
        let kept = Kept::election_file(&db);
        let e = write_atomic(&db, &kept, b"csv").unwrap_err();
        assert!(e.message.contains("is the election file"), "{}", e.message);
        // A -wal that does not exist yet, by name; through another spelling.
        let wal = dir.path().join("./e.db-wal");
        let e = write_atomic(&wal, &kept, b"csv").unwrap_err();
        assert!(e.message.contains("write-ahead log"), "{}", e.message);
        assert!(!dir.path().join("e.db-wal").exists());
        // A hard link and a symlink to it.
        let hard = dir.path().join("hard.csv");
        std::fs::hard_link(&db, &hard).unwrap();
        assert!(write_atomic(&hard, &kept, b"csv").is_err());
        #[cfg(unix)]
        {
            let soft = dir.path().join("soft.csv");
            std::os::unix::fs::symlink(&db, &soft).unwrap();
            assert!(write_atomic(&soft, &kept, b"csv").is_err());
        }
        assert_eq!(std::fs::read(&db).unwrap(), b"precious");
        // Nothing left behind.
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), if cfg!(unix) { 3 } else { 2 });
    }

    #[test]
    fn non_regular_targets_are_refused_and_files_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_atomic(dir.path(), &[], b"x").unwrap_err();
        assert!(e.message.contains("a folder"), "{}", e.message);
        #[cfg(unix)]
        {
            let e = write_atomic(Path::new("/dev/null"), &[], b"x").unwrap_err();
            assert!(e.message.contains("a device"), "{}", e.message);
        }
        let out = dir.path().join("r.csv");
        write_atomic(&out, &[], b"one").unwrap();
        write_atomic(&out, &[], b"two").unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"two");
        #[cfg(unix)]
        {
            // A link to an ordinary file: the file is replaced, the link stays.
            let link = dir.path().join("link.csv");
            std::os::unix::fs::symlink(&out, &link).unwrap();
            write_atomic(&link, &[], b"three").unwrap();
            assert!(std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink());
            assert_eq!(std::fs::read(&out).unwrap(), b"three");
        }
    }
}
