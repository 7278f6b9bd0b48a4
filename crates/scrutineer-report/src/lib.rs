//! Certificate of results and candidate booklet as A4 PDFs.
//!
//! Plain data in ([`Certificate`], [`Booklet`]), PDF bytes out
//! ([`certificate_pdf`], [`booklet()`]). The crate knows nothing about
//! counting or nominations: the caller fills in the words and numbers to
//! print (the booklet's statements as `scrutineer-markdown` blocks). Fonts
//! are embedded (subset) so names in Latin, Greek, Cyrillic, CJK, Hebrew and
//! Arabic scripts render and can be copied out as text. Both documents share
//! one text engine: line breaking, per-character font fallback, bidi.

mod bidi;
mod booklet;
mod fonts;
mod layout;
mod render;

use serde::{Deserialize, Serialize};

pub use scrutineer_i18n::Lang;

pub use booklet::{booklet, Booklet, BookletEntry};

/// Everything printed on a certificate of results.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Certificate {
    /// e.g. "Python Software Foundation" (may be empty).
    pub organisation: String,
    /// e.g. "2020 term".
    pub term: String,
    /// The counting method in plain words, e.g. "Approval voting (multi-seat block)".
    pub method: String,
    /// Rules in force, e.g. "5 seats", "At most 2 winners per employer".
    pub rules: Vec<String>,
    /// Number of eligible voters.
    pub eligible: u64,
    /// Number of ballots cast.
    pub ballots: u64,
    /// Turnout as the caller wants it shown, e.g. "62.5%".
    pub turnout: String,
    /// One row per candidate, in the order to print.
    pub candidates: Vec<CertificateRow>,
    /// Winners, in order of election.
    pub winners: Vec<String>,
    /// Excluded candidates: (name, reason).
    pub exclusions: Vec<(String, String)>,
    /// Ties broken by lot.
    pub tie_breaks: Vec<CertificateTieBreak>,
    /// Free-form notes.
    pub notes: Vec<String>,
    /// SHA-256 of the ballot set, hex.
    pub ballot_sha256: String,
    /// Date of the certificate, e.g. "2026-11-24".
    pub date: String,
    /// e.g. "Scrutineer 0.1.0".
    pub generated_by: String,
    /// Printed at the top of every page: "DRAFT — not certified", or who
    /// certified the result and when.
    #[serde(default)]
    pub status: String,
    /// Whether the certificate is a draft (the status is then set in red).
    #[serde(default)]
    pub draft: bool,
    /// The certificate's identifier (empty for a draft), printed on every
    /// page beside the status.
    #[serde(default)]
    pub identifier: String,
    /// The returns officer's and the witness's names, printed under their
    /// signature lines (empty: left blank to be written in).
    #[serde(default)]
    pub signatories: (String, String),
    /// The language of every word around the data (the data itself, names,
    /// rules and notes, comes already in it).
    #[serde(default)]
    pub language: Lang,
}

/// One line of the candidates table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CertificateRow {
    /// Final position, if the candidate has one.
    pub rank: Option<usize>,
    pub name: String,
    /// May be empty; the employer column is left out when every row's is empty.
    pub employer: String,
    /// Votes as the caller wants them shown (e.g. "412" or "97.333").
    pub votes: String,
    /// e.g. "Elected", "Not elected", "Excluded".
    pub status: String,
}

/// A tie broken by the seeded draw.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CertificateTieBreak {
    /// Where the tie arose, e.g. "Last seat (round 3)".
    pub context: String,
    /// The tied candidates.
    pub tied: Vec<String>,
    /// The seed used for the draw; may span several lines.
    pub seed: String,
    /// The order the draw produced.
    pub outcome: Vec<String>,
    /// The ballot-set SHA-256 the draw was seeded with (with `seed`), shown
    /// on its own line; empty when the rule used none.
    #[serde(default)]
    pub ballot_sha256: String,
}

/// Why a certificate or booklet could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// An embedded font could not be parsed (a build problem, not a data problem).
    #[error(
        "embedded font {file} could not be read: expected a TrueType font with a Unicode cmap"
    )]
    Font { file: String },
    /// The PDF writer reported an error.
    #[error("could not write the PDF: {0}")]
    Pdf(String),
}

/// Lay out `c` on A4 pages and return the PDF file's bytes.
pub fn certificate_pdf(c: &Certificate) -> Result<Vec<u8>, ReportError> {
    let fonts = fonts::Fonts::get()?;
    let pages = layout::certificate_pages(fonts, c);
    let mut title = scrutineer_i18n::messages(c.language).text("cert-title");
    for part in [c.organisation.trim(), c.term.trim()] {
        if !part.is_empty() {
            title.push_str(" — ");
            title.push_str(part);
        }
    }
    render::to_pdf(fonts, &title, c.generated_by.trim(), &pages, &[])
}
