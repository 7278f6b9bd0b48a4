//! The results CSV: the one function that lays it out ([`results_csv`]).
//!
//! Layout, chosen for spreadsheet users:
//!
//! 1. The nominees' table, one row per nominee in rank order:
//!    `rank,name,employer,votes,status,reason`.
//! 2. One empty line.
//! 3. The summary: `item,value` rows (term, organisation, method, seats,
//!    eligible voters, ballots cast, turnout, quorum, ballot set SHA-256,
//!    when counted, the status (draft, or who certified it and when) and
//!    the certificate identifier, then one row per rule, tie and warning).
//!
//! Why not totals among the nominees (as before) or a JSON sidecar: a
//! spreadsheet sorts and filters the "current region", which stops at an
//! empty row, so the nominees' table sorts on its own while the officer
//! still sees the totals and rules in the same file; a sidecar would be a
//! second file to keep with the first, and one spreadsheet users do not
//! open. A program reads the nominees up to the first empty line.
//!
//! Every cell goes through `scrutineer_formats::csv_cell` (no formula
//! injection). `excel` starts the file with a UTF-8 byte order mark, without
//! which Excel reads UTF-8 as the Windows code page and garbles every name
//! outside it.

use crate::error::{Error, ErrorCode, Result};
use crate::model::{Certification, Tally};
use scrutineer_formats::csv_cell;

/// How the results CSV is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ResultsCsvOptions {
    /// Start with a UTF-8 byte order mark, for Excel.
    pub excel: bool,
}

/// The nominees' table header.
pub const HEADER: [&str; 6] = ["rank", "name", "employer", "votes", "status", "reason"];

/// Why a nominee has the status they have, in words, where there is more
/// to say than the status: the disqualification's reason, a withdrawal, a
/// tie that placed them.
pub fn reason(t: &Tally, name: &str) -> String {
    let mut why: Vec<String> = t
        .excluded
        .iter()
        .filter(|e| e.name == name)
        .map(|e| e.reason.clone())
        .collect();
    for tb in t
        .tie_breaks
        .iter()
        .filter(|tb| tb.tied.iter().any(|n| n == name))
    {
        let others: Vec<&str> = tb
            .tied
            .iter()
            .map(String::as_str)
            .filter(|n| *n != name)
            .collect();
        let rule = if tb.rule.is_empty() {
            "a seeded draw"
        } else {
            tb.rule.as_str()
        };
        why.push(format!(
            "tied with {} ({}); the order was decided by {rule}",
            crate::words::and_list(&others),
            tb.context
        ));
    }
    why.join("; ")
}

/// The summary section's rows (`item`, `value`).
pub fn summary(t: &Tally, cert: Option<&Certification>) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = vec![
        ("Term".into(), t.term.clone()),
        ("Organisation".into(), t.organisation.clone()),
        ("Method".into(), t.method_title.clone()),
        ("Seats".into(), t.seats.to_string()),
        ("Eligible voters".into(), t.eligible.to_string()),
        ("Ballots cast".into(), t.ballots.to_string()),
        ("Turnout".into(), t.turnout.clone()),
    ];
    if let Some(met) = t.quorum_met {
        rows.push(("Quorum".into(), if met { "met" } else { "not met" }.into()));
    }
    rows.push(("Ballot set SHA-256".into(), t.ballot_sha256.clone()));
    rows.push(("Counted at (UTC)".into(), t.counted_at.clone()));
    rows.push(("Status".into(), crate::export::status_line(cert)));
    rows.push((
        "Certificate identifier".into(),
        cert.map(|c| c.identifier.clone()).unwrap_or_default(),
    ));
    rows.extend(t.rules.iter().map(|r| ("Rule".to_string(), r.clone())));
    for tb in &t.tie_breaks {
        rows.push((
            "Tie".into(),
            format!(
                "{}: {} tied; order {}",
                tb.context,
                crate::words::and_list(&tb.tied),
                tb.outcome.join(", ")
            ),
        ));
    }
    rows.extend(
        t.warnings
            .iter()
            .map(|w| ("Warning".to_string(), w.clone())),
    );
    rows
}

/// The results CSV of `t` (see the module documentation).
pub fn results_csv(
    t: &Tally,
    cert: Option<&Certification>,
    opts: &ResultsCsvOptions,
) -> Result<Vec<u8>> {
    let err =
        |e: csv::Error| Error::new(ErrorCode::Io, format!("cannot write the results CSV: {e}"));
    let mut out = Vec::new();
    if opts.excel {
        out.extend_from_slice("\u{FEFF}".as_bytes());
    }
    let builder = || {
        let mut b = csv::WriterBuilder::new();
        b.terminator(csv::Terminator::CRLF);
        b
    };
    let done = |w: csv::Writer<Vec<u8>>| {
        w.into_inner().map_err(|e| {
            Error::new(
                ErrorCode::Io,
                format!("cannot write the results CSV: {}", e.error()),
            )
        })
    };
    let mut w = builder().from_writer(out);
    // The one order of the window and the certificate (ties as decided).
    let rows = crate::export::display_order(&t.candidates, &t.tie_breaks);
    w.write_record(HEADER).map_err(err)?;
    for c in rows {
        let rank = c.rank.map(|r| r.to_string()).unwrap_or_default();
        let why = reason(t, &c.name);
        w.write_record(csv_cell::record([
            rank.as_str(),
            c.name.as_str(),
            c.employer.as_deref().unwrap_or(""),
            c.votes.as_str(),
            c.status.as_str(),
            why.as_str(),
        ]))
        .map_err(err)?;
    }
    let mut out = done(w)?;
    // The empty line between the sections.
    out.extend_from_slice(b"\r\n");
    let mut w = builder().from_writer(out);
    w.write_record(["item", "value"]).map_err(err)?;
    for (item, value) in summary(t, cert) {
        w.write_record(csv_cell::record([item.as_str(), value.as_str()]))
            .map_err(err)?;
    }
    done(w)
}
