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
use std::io::Read;
use std::path::Path;

/// Open `path` for reading if it is a regular file (following symlinks);
/// refuse anything else at once, without blocking ([`crate::open_input`],
/// the one opening every reader uses). Returns the name used in messages
/// and the file.
pub fn open_input(path: &Path) -> Result<(String, std::fs::File), FormatError> {
    let f = crate::open_input(path)?;
    Ok((path.display().to_string(), f))
}

/// A whole text file of at most `max_bytes` (UTF-8, a BOM dropped), for a
/// field such as a nominee's statement: the file is opened by
/// [`open_input`], at most `max_bytes + 1` bytes are read (so memory is
/// bounded whatever the file's size), and a file with a NUL byte (binary,
/// or UTF-16/32) is refused.
pub fn read_text_limited(path: &Path, what: &str, max_bytes: u64) -> Result<String, FormatError> {
    let (name, f) = open_input(path)?;
    let mut bytes = Vec::new();
    f.take(max_bytes + 1).read_to_end(&mut bytes).map_err(|e| {
        FormatError::msg(
            &name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-cannot-read").arg("reason", crate::words::io_msg(&e)),
        )
    })?;
    if bytes.len() as u64 > max_bytes {
        return Err(FormatError::msg(
            &name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-text-too-large-kib")
                .arg("kib", (max_bytes / 1024).to_string())
                .arg("what", crate::words::what_msg(what)),
        ));
    }
    if bytes.contains(&0) {
        return Err(FormatError::msg(
            &name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-text-nul").arg("what", crate::words::what_msg(what)),
        ));
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(body.to_vec()).map_err(|e| {
        FormatError::msg(
            &name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-text-not-utf8")
                .arg("detail", e.to_string())
                .arg("what", crate::words::what_msg(what)),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
