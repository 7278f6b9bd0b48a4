//! What the PDF tests of scrutineer-report share (each says `mod common;`):
//! writing a PDF where it can be looked at, and reading it back with
//! poppler's `pdftotext` and `pdfinfo`. These tools are required: if they
//! are missing the tests fail (they do not skip), because an unchecked PDF
//! is not a tested PDF.
#![allow(dead_code)]

use std::fmt::Display;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Write the PDF `made` to `name` in `folder` of Cargo's scratch folder for
/// integration tests, where it stays for inspection (e.g. `pdftoppm -png
/// -r 60 cert.pdf /tmp/cert`): its bytes and its path.
pub fn write_pdf_in<E: Display>(
    folder: &str,
    name: &str,
    made: Result<Vec<u8>, E>,
) -> (Vec<u8>, PathBuf) {
    let bytes = match made {
        Ok(b) => b,
        Err(e) => panic!("{name} could not be made: {e}"),
    };
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(folder);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("cannot create {}: {e}", dir.display());
    }
    let path = dir.join(name);
    if let Err(e) = std::fs::write(&path, &bytes) {
        panic!("cannot write {}: {e}", path.display());
    }
    (bytes, path)
}

/// Run a poppler tool (output to stdout); fail loudly if it is missing.
pub fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let mut cmd = Command::new(tool);
    cmd.args(args).arg(pdf);
    if tool == "pdftotext" {
        cmd.arg("-");
    }
    let out = match cmd.output() {
        Ok(o) => o,
        Err(e) => panic!(
            "`{tool}` could not be run ({e}). These tests need poppler-utils \
             (apt install poppler-utils) to check the PDF; they do not skip."
        ),
    };
    assert!(
        out.status.success(),
        "`{tool}` rejected {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF's text in reading order (pages end with a form feed).
pub fn text_of(pdf: &Path) -> String {
    poppler("pdftotext", &["-enc", "UTF-8"], pdf)
}

/// How many pages `pdfinfo` counts.
pub fn page_count(pdf: &Path) -> usize {
    let info = poppler("pdfinfo", &[], pdf);
    let line = info.lines().find(|l| l.starts_with("Pages:"));
    let Some(line) = line else {
        panic!("pdfinfo printed no page count:\n{info}")
    };
    match line.trim_start_matches("Pages:").trim().parse() {
        Ok(n) => n,
        Err(e) => panic!("bad page count in {line:?}: {e}"),
    }
}

/// The number in `key="..."` of a line of `pdftotext -bbox` output.
pub fn attr(line: &str, key: &str) -> f32 {
    let pat = format!("{key}=\"");
    let Some(start) = line.find(&pat).map(|i| i + pat.len()) else {
        panic!("no {key} in {line}")
    };
    let rest = &line[start..];
    let end = rest.find('"').unwrap_or(rest.len());
    match rest[..end].parse() {
        Ok(v) => v,
        Err(e) => panic!("bad {key} in {line}: {e}"),
    }
}
