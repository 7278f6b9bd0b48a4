//! Operating-system errors in words (the rest of the messages' pieces are
//! in `scrutineer_core::words`, which re-exports this).

pub use scrutineer_count::text::count;
use std::io;

/// An operating-system error in words a returns officer understands,
/// without the "(os error 2)" code.
pub fn io_error(e: &io::Error) -> &'static str {
    use io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "there is no such file or folder",
        K::PermissionDenied => "you do not have permission to use it",
        K::AlreadyExists => "it already exists",
        K::IsADirectory => "it is a folder, not a file",
        K::NotADirectory => "a part of the path is a file, not a folder",
        K::ReadOnlyFilesystem => "the disk is read-only",
        K::StorageFull => "the disk is full",
        K::QuotaExceeded => "your disk quota is used up",
        K::FileTooLarge => "the file is too large for the disk",
        K::DirectoryNotEmpty => "the folder is not empty",
        K::InvalidFilename => "the file name is not valid here",
        K::CrossesDevices => "it cannot be moved to another disk",
        K::InvalidData => "its content is not what was expected",
        K::UnexpectedEof => "the file ends too early (was it cut short?)",
        K::Interrupted | K::TimedOut | K::WouldBlock => "the operation was interrupted; try again",
        K::BrokenPipe => "the program reading the output stopped",
        K::OutOfMemory => "the computer ran out of memory",
        _ => "the computer refused the operation",
    }
}

/// `e` in words, with the detail the system gave when it is not a bare
/// code (e.g. a parse error wrapped in an `io::Error`).
pub fn io_words(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::InvalidData | io::ErrorKind::Other if e.raw_os_error().is_none() => {
            e.to_string()
        }
        _ => io_error(e).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_os_error_codes() {
        for code in [1, 2, 13, 21, 28, 30] {
            let e = io::Error::from_raw_os_error(code);
            let w = io_words(&e);
            assert!(!w.contains("os error"), "{code}: {w}");
            assert!(!w.is_empty());
        }
        assert_eq!(
            io_words(&io::Error::from_raw_os_error(2)),
            "there is no such file or folder"
        );
    }
}
