//! Where the reference elections are: `shared/reference-elections` beside
//! the repository (`/work/main` -> `/work/shared`), or beside the folder of
//! worktrees (`/work/wt/<name>` -> `/work/shared`).

use std::path::PathBuf;

#[allow(dead_code)]
pub fn reference(rel: &str) -> PathBuf {
    let base = env!("CARGO_MANIFEST_DIR");
    for up in ["/../../..", "/../../../.."] {
        let p = PathBuf::from(format!("{base}{up}/shared/reference-elections/{rel}"));
        if p.exists() {
            return p;
        }
    }
    panic!(
        "the reference elections are missing: expected shared/reference-elections/{rel} \
         beside the repository (or beside its worktrees' folder)"
    )
}
