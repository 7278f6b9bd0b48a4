//! Where the reference elections are: the folder `shared/reference-elections`
//! beside the project (or beside any folder above it, so a git worktree
//! finds it too).

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// `shared/reference-elections/<sub>`, looked for in each folder above this
/// crate. Panics with a plain message when it is missing.
pub fn reference(sub: &str) -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in here.ancestors() {
        let d = dir.join("shared/reference-elections").join(sub);
        if d.is_dir() {
            return d;
        }
    }
    panic!(
        "the reference elections are missing: expected shared/reference-elections/{sub} in a \
         folder above {} (clone the repository beside shared/)",
        here.display()
    );
}
