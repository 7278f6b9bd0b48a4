//! Operating-system errors in words (the rest of the messages' pieces are
//! in `scrutineer_core::words`, which re-exports this).

pub use scrutineer_count::text::count;
use scrutineer_i18n::Msg;
use std::io;

/// An operating-system error in words a returns officer understands,
/// without the "(os error 2)" code: the English of [`io_msg`].
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

/// The message id of [`io_error`]'s words (`locales/*/errors.ftl`).
fn io_error_id(e: &io::Error) -> &'static str {
    use io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "err-os-not-found",
        K::PermissionDenied => "err-os-permission",
        K::AlreadyExists => "err-os-exists",
        K::IsADirectory => "err-os-is-folder",
        K::NotADirectory => "err-os-not-folder",
        K::ReadOnlyFilesystem => "err-os-read-only",
        K::StorageFull => "err-os-disk-full",
        K::QuotaExceeded => "err-os-quota",
        K::FileTooLarge => "err-os-too-large",
        K::DirectoryNotEmpty => "err-os-folder-not-empty",
        K::InvalidFilename => "err-os-bad-name",
        K::CrossesDevices => "err-os-cross-device",
        K::InvalidData => "err-os-invalid-data",
        K::UnexpectedEof => "err-os-cut-short",
        K::Interrupted | K::TimedOut | K::WouldBlock => "err-os-interrupted",
        K::BrokenPipe => "err-os-broken-pipe",
        K::OutOfMemory => "err-os-memory",
        _ => "err-os-refused",
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

/// [`io_words`] as a message, to be written in the reader's language. A
/// detail the system gave in words of its own stays as it is.
pub fn io_msg(e: &io::Error) -> Msg {
    match e.kind() {
        io::ErrorKind::InvalidData | io::ErrorKind::Other if e.raw_os_error().is_none() => {
            Msg::new("err-detail").arg("detail", e.to_string())
        }
        _ => Msg::new(io_error_id(e)),
    }
}

/// What kind of file a caller of [`crate::roll::source::read_text_limited`]
/// or [`crate::roll::read_csv_text`] reads (its English name, as callers
/// give it), as a message in the reader's language; a name not known here
/// stays as given.
pub fn what_msg(what: &str) -> scrutineer_i18n::Arg {
    let id = match what {
        "statement" => "err-what-statement",
        "group list" => "err-what-group-list",
        "sitting members list" => "err-what-sitting-members",
        "nominations CSV" => "err-what-nominations-csv",
        "form CSV" => "err-what-form-csv",
        other => return other.into(),
    };
    Msg::new(id).into()
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

    /// The message ids say in English exactly what `io_words` says.
    #[test]
    fn io_messages_are_the_same_words() {
        use io::ErrorKind as K;
        for kind in [
            K::NotFound,
            K::PermissionDenied,
            K::AlreadyExists,
            K::IsADirectory,
            K::NotADirectory,
            K::ReadOnlyFilesystem,
            K::StorageFull,
            K::QuotaExceeded,
            K::FileTooLarge,
            K::DirectoryNotEmpty,
            K::InvalidFilename,
            K::CrossesDevices,
            K::UnexpectedEof,
            K::Interrupted,
            K::BrokenPipe,
            K::OutOfMemory,
            K::Unsupported,
        ] {
            let e = io::Error::from(kind);
            assert_eq!(
                io_msg(&e).render(scrutineer_i18n::Lang::En),
                io_words(&e),
                "{kind:?}"
            );
            assert_ne!(
                io_msg(&e).render(scrutineer_i18n::Lang::De),
                io_words(&e),
                "{kind:?}"
            );
        }
        let detail = io::Error::new(K::InvalidData, "stream did not contain valid UTF-8");
        assert_eq!(
            io_msg(&detail).render(scrutineer_i18n::Lang::En),
            io_words(&detail)
        );
    }
}
