//! Arbitrary bytes as the files of the bettervoting reader (see common.rs): it must
//! never panic, and every error must name the file it is about.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let d = std::env::temp_dir().join(format!(
            "scrutineer-fuzz-bettervoting-{}",
            std::process::id()
        ));
        std::fs::create_dir_all(&d).expect("a temporary folder");
        d
    })
}

fuzz_target!(|data: &[u8]| {
    common::run("bettervoting", data, dir());
});
