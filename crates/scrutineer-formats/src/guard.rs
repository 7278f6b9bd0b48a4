//! Safety for every reader (issue 8, "streams everywhere"): a file is opened
//! only if it is a regular file, without ever blocking on a FIFO; text is
//! refused at once when it is binary (a NUL byte) or not UTF-8; and no line
//! may grow past a cap, so a 2 GB line is refused, not buffered.

use crate::FormatError;
use scrutineer_i18n::Msg;
use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::path::Path;

/// Longest line a line-based text format may hold (ballot rows, BLT lines,
/// CSV records). Real ballot lines are a few hundred bytes.
pub const MAX_LINE: usize = 1024 * 1024;

/// Largest JSON document read (Helios election and result files, a
/// BetterVoting JSON export). JSON is often written on one line, so the cap
/// is on the whole document; BetterVoting's ballots are merged as they are
/// read, so memory still follows the distinct ballots.
pub const MAX_JSON: usize = 256 * 1024 * 1024;

/// What kind of thing a path is, when it is not a regular file: the
/// selector of `err-not-a-file` (`folder`, `fifo`, `socket`, `char-device`,
/// `block-device`, `other`).
fn not_a_file(meta: &Metadata) -> Option<&'static str> {
    let ft = meta.file_type();
    if ft.is_file() {
        return None;
    }
    if ft.is_dir() {
        return Some("folder");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return Some("fifo");
        }
        if ft.is_socket() {
            return Some("socket");
        }
        if ft.is_char_device() {
            return Some("char-device");
        }
        if ft.is_block_device() {
            return Some("block-device");
        }
    }
    Some("other")
}

/// Open `path` for reading, refusing anything but a regular file at once:
/// a FIFO, a device, a socket or a folder is a clear error, and opening
/// never blocks (the metadata is checked first, the file is opened with
/// `O_NONBLOCK`, then checked again on the open descriptor, so a file
/// swapped for a FIFO in between is caught too). Every input goes through
/// here: ballot and totals files, rolls, participation lists, statements.
pub fn open_input(path: &Path) -> Result<File, FormatError> {
    let name = path.display().to_string();
    let refuse = |what: &str| {
        FormatError::msg(
            &name,
            None,
            None,
            Msg::new("err-not-a-file").arg("what", what),
        )
    };
    let cannot_open = |e: std::io::Error| {
        FormatError::msg(
            &name,
            None,
            None,
            Msg::new("err-cannot-open").arg("reason", crate::words::io_msg(&e)),
        )
    };
    let meta = std::fs::metadata(path).map_err(cannot_open)?;
    if let Some(what) = not_a_file(&meta) {
        return Err(refuse(what));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(cannot_open)?;
    let meta = file.metadata().map_err(cannot_open)?;
    if let Some(what) = not_a_file(&meta) {
        return Err(refuse(what));
    }
    // O_NONBLOCK means nothing for a regular file's reads; it is left set.
    Ok(file)
}

/// Turn an I/O error back into the [`FormatError`] a [`TextGuard`] raised
/// through it, or describe it as a read failure.
pub(crate) fn io_to_format(name: &str, e: &io::Error) -> FormatError {
    if let Some(fe) = e.get_ref().and_then(|x| x.downcast_ref::<FormatError>()) {
        return fe.clone();
    }
    FormatError::msg(
        name,
        None,
        None,
        scrutineer_i18n::Msg::new("err-cannot-read").arg("reason", crate::words::io_msg(e)),
    )
}

/// The first NUL byte of `head`, as a [`FormatError`] naming its line and
/// column: a text format with a NUL in it is a binary file (or a NUL-filled
/// one), refused at once.
pub(crate) fn refuse_nul(name: &str, head: &[u8]) -> Result<(), FormatError> {
    let Some(at) = memchr::memchr(0, head) else {
        return Ok(());
    };
    let before = head.get(..at).unwrap_or_default();
    let line = memchr::memchr_iter(b'\n', before).count() as u64 + 1;
    let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
    let col = at - line_start + 1;
    Err(FormatError::msg(
        name,
        Some(line),
        Some(col.to_string()),
        Msg::new("err-nul-byte"),
    ))
}

/// A reader that checks text as it passes: no line longer than `max_line`
/// bytes, no NUL byte, and (when asked) valid UTF-8, each refused with the
/// line (and column) where it happens. Errors travel as [`io::Error`]s
/// wrapping the [`FormatError`]; [`io_to_format`] unwraps them.
pub(crate) struct TextGuard<R> {
    inner: R,
    name: String,
    max_line: usize,
    utf8: bool,
    /// Refuse NUL bytes (not for UTF-16 text, where they are half of
    /// every ASCII character).
    nul: bool,
    /// Line of the next byte (1-based) and bytes of it so far.
    line: u64,
    line_len: usize,
    /// A UTF-8 sequence cut by the end of the last chunk.
    pending: Vec<u8>,
}

impl<R: Read> TextGuard<R> {
    pub(crate) fn new(name: &str, inner: R, max_line: usize, utf8: bool) -> Self {
        TextGuard {
            inner,
            name: name.to_string(),
            max_line,
            utf8,
            nul: true,
            line: 1,
            line_len: 0,
            pending: Vec::new(),
        }
    }

    /// Accept NUL bytes (UTF-16 text, found by its byte-order mark).
    pub(crate) fn allow_nul(mut self) -> Self {
        self.nul = false;
        self
    }

    fn fail(&self, line: u64, col: Option<usize>, msg: Msg) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidData,
            FormatError::msg(&self.name, Some(line), col.map(|c| c.to_string()), msg),
        )
    }

    /// Check the UTF-8 of `chunk`, continuing a sequence left from the last
    /// chunk; `line` is the line of the chunk's first byte.
    fn check_utf8(&mut self, chunk: &[u8]) -> io::Result<()> {
        let bad = |me: &Self, offset: usize| {
            let before = chunk.get(..offset).unwrap_or_default();
            let line = me.line + memchr::memchr_iter(b'\n', before).count() as u64;
            me.fail(line, None, Msg::new("err-line-not-utf8"))
        };
        let mut rest = chunk;
        let mut consumed = 0usize;
        if !self.pending.is_empty() {
            // Complete the cut sequence with at most 3 more bytes.
            while !self.pending.is_empty() {
                let Some((&b, tail)) = rest.split_first() else {
                    return Ok(());
                };
                self.pending.push(b);
                rest = tail;
                consumed += 1;
                match std::str::from_utf8(&self.pending) {
                    Ok(_) => self.pending.clear(),
                    Err(e) if e.error_len().is_some() => return Err(bad(self, 0)),
                    Err(_) if self.pending.len() >= 4 => return Err(bad(self, 0)),
                    Err(_) => {}
                }
            }
        }
        match std::str::from_utf8(rest) {
            Ok(_) => Ok(()),
            Err(e) => match e.error_len() {
                Some(_) => Err(bad(self, consumed + e.valid_up_to())),
                None => {
                    self.pending
                        .extend_from_slice(rest.get(e.valid_up_to()..).unwrap_or_default());
                    Ok(())
                }
            },
        }
    }
}

impl<R: Read> Read for TextGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let chunk = buf.get(..n).unwrap_or_default();
        if n == 0 && self.utf8 && !self.pending.is_empty() {
            return Err(self.fail(self.line, None, Msg::new("err-utf8-cut")));
        }
        if let Some(at) = memchr::memchr(0, chunk).filter(|_| self.nul) {
            let before = chunk.get(..at).unwrap_or_default();
            let line = self.line + memchr::memchr_iter(b'\n', before).count() as u64;
            let col = match memchr::memrchr(b'\n', before) {
                Some(i) => at - i,
                None => self.line_len + at + 1,
            };
            return Err(self.fail(line, Some(col), Msg::new("err-nul-byte")));
        }
        if self.utf8 {
            self.check_utf8(chunk)?;
        }
        let mut rest = chunk;
        while !rest.is_empty() {
            match memchr::memchr(b'\n', rest) {
                Some(i) => {
                    if self.line_len + i > self.max_line {
                        break;
                    }
                    self.line += 1;
                    self.line_len = 0;
                    rest = rest.get(i + 1..).unwrap_or_default();
                }
                None => {
                    self.line_len += rest.len();
                    rest = &[];
                }
            }
        }
        if self.line_len > self.max_line || !rest.is_empty() {
            return Err(self.fail(
                self.line,
                None,
                Msg::new("err-line-too-long").arg("max", self.max_line.to_string()),
            ));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hands out its bytes `step` at a time, to cut characters and lines
    /// across reads.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    fn run(bytes: &[u8], step: usize, max_line: usize) -> Result<Vec<u8>, FormatError> {
        let mut g = TextGuard::new("f", Trickle { bytes, step }, max_line, true);
        let mut out = Vec::new();
        g.read_to_end(&mut out).map_err(|e| io_to_format("f", &e))?;
        Ok(out)
    }

    #[test]
    fn characters_and_lines_cut_across_reads() {
        let text = "Ζωή,李,Łukasz\n😀 ok\n".as_bytes();
        for step in 1..=7 {
            assert_eq!(run(text, step, 64).unwrap(), text, "step {step}");
            // A bad byte on line 2, found whatever the cut.
            let mut bad = text.to_vec();
            bad.insert(bad.len() - 2, 0xFF);
            let e = run(&bad, step, 64).unwrap_err();
            assert_eq!(e.line, Some(2), "step {step}: {e}");
            assert!(e.message.contains("UTF-8"), "{e}");
            // A character cut by the end of the file.
            let cut = &text[..text.len() - 6];
            assert!(run(cut, step, 64).is_err(), "step {step}");
            // A NUL: its line and column.
            let e = run(b"ab\ncd\0e\n", step, 64).unwrap_err();
            assert_eq!(
                (e.line, e.column.as_deref()),
                (Some(2), Some("3")),
                "step {step}"
            );
            // A line over the cap, on its line; one at the cap is fine.
            let e = run(b"12345\n123456\n", step, 5).unwrap_err();
            assert_eq!(e.line, Some(2), "step {step}: {e}");
            assert!(run(b"12345\n12345", step, 5).is_ok(), "step {step}");
        }
    }

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
    fn refuse_nul_names_line_and_column() {
        let e = refuse_nul("f", b"a,b\n1,\0").unwrap_err();
        assert_eq!((e.line, e.column.as_deref()), (Some(2), Some("3")));
        assert!(refuse_nul("f", b"a,b\n").is_ok());
    }
}
