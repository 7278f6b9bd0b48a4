//! Opening an input file so that no reader blocks or swallows: only regular
//! files are read. A named pipe (FIFO) would block `open` and every read
//! forever, `/dev/zero` or `/dev/urandom` never end, a folder is not text:
//! each is refused at once, by name, before any byte is read.
//!
//! The check is made twice: on the path's metadata (no open at all for a
//! FIFO), then on the open file itself (`fstat`), which is opened with
//! `O_NONBLOCK` so that a FIFO swapped in between the two cannot block the
//! open either.

use crate::FormatError;
use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

/// What a non-regular file is, in words.
fn kind(m: &Metadata) -> &'static str {
    let t = m.file_type();
    if t.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() {
            return "a device";
        }
        if t.is_block_device() {
            return "a disk device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

fn refuse(name: &str, m: &Metadata) -> FormatError {
    FormatError::new(
        name,
        None,
        None,
        format!("is {}, not a file: give a file saved on disk", kind(m)),
    )
}

/// Open `path` for reading if it is a regular file (following symlinks);
/// refuse anything else at once, without blocking. Returns the name used in
/// messages and the file.
pub fn open_input(path: &Path) -> Result<(String, File), FormatError> {
    let name = path.display().to_string();
    let cannot = |e: std::io::Error| {
        FormatError::new(&name, None, None, format!("cannot open the file: {e}"))
    };
    let m = std::fs::metadata(path).map_err(cannot)?;
    if !m.is_file() {
        return Err(refuse(&name, &m));
    }
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NONBLOCK);
    }
    let f = o.open(path).map_err(cannot)?;
    let m = f.metadata().map_err(cannot)?;
    if !m.is_file() {
        return Err(refuse(&name, &m));
    }
    // O_NONBLOCK means nothing for a regular file's reads; it is left set.
    Ok((name, f))
}

/// A whole text file of at most `max_bytes` (UTF-8, a BOM dropped), for a
/// field such as a nominee's statement: the file is opened by
/// [`open_input`], at most `max_bytes + 1` bytes are read (so memory is
/// bounded whatever the file's size), and a file with a NUL byte (binary,
/// or UTF-16/32) is refused.
pub fn read_text_limited(path: &Path, what: &str, max_bytes: u64) -> Result<String, FormatError> {
    let (name, f) = open_input(path)?;
    let mut bytes = Vec::new();
    f.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| FormatError::new(&name, None, None, format!("cannot read the file: {e}")))?;
    if bytes.len() as u64 > max_bytes {
        return Err(FormatError::new(
            &name,
            None,
            None,
            format!(
                "is larger than {} KiB: too long for a {what}",
                max_bytes / 1024
            ),
        ));
    }
    if bytes.contains(&0) {
        return Err(FormatError::new(
            &name,
            None,
            None,
            format!("contains NUL bytes: this is a binary file, not the text of a {what}"),
        ));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(body.to_vec()).map_err(|e| {
        FormatError::new(
            &name,
            None,
            None,
            format!("is not UTF-8 text ({e}): save the {what} as UTF-8"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_and_devices_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let e = open_input(dir.path()).unwrap_err();
        assert!(e.message.contains("is a folder"), "{e}");
        #[cfg(unix)]
        {
            let e = open_input(Path::new("/dev/zero")).unwrap_err();
            assert!(e.message.contains("is a device"), "{e}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("pipe");
        let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let e = open_input(&p).unwrap_err();
        assert!(e.message.contains("named pipe"), "{e}");
    }

    #[test]
    fn text_is_bounded_and_binary_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.txt");
        std::fs::write(&p, "\u{FEFF}Hello\n").unwrap();
        assert_eq!(read_text_limited(&p, "statement", 100).unwrap(), "Hello\n");
        std::fs::write(&p, "x".repeat(101)).unwrap();
        let e = read_text_limited(&p, "statement", 100).unwrap_err();
        assert!(e.message.contains("larger than"), "{e}");
        std::fs::write(&p, b"ab\0cd").unwrap();
        let e = read_text_limited(&p, "statement", 100).unwrap_err();
        assert!(e.message.contains("NUL"), "{e}");
        // A 2 GB sparse file: refused after reading max_bytes + 1.
        let f = std::fs::File::create(&p).unwrap();
        f.set_len(2 << 30).unwrap();
        let e = read_text_limited(&p, "statement", 100).unwrap_err();
        assert!(e.message.contains("larger than"), "{e}");
    }
}
