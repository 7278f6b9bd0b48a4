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
use crate::model::{Certification, Lang, Tally};
use scrutineer_formats::csv_cell;
use scrutineer_i18n::{messages, Messages, Msg};

/// How the results CSV is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ResultsCsvOptions {
    /// Start with a UTF-8 byte order mark, for Excel.
    pub excel: bool,
    /// The language of the headers, the summary's labels and its sentences
    /// (the term's); the values (figures, statuses, names, hashes) stay as
    /// a program reads them in every language.
    pub language: Lang,
}

/// The nominees' table header, in English.
pub const HEADER: [&str; 6] = ["rank", "name", "employer", "votes", "status", "reason"];

/// The nominees' table header in the language of `m`.
pub fn header(m: &Messages) -> [String; 6] {
    [
        "csv-rank",
        "csv-name",
        "csv-employer",
        "csv-votes",
        "csv-status",
        "csv-reason",
    ]
    .map(|id| m.text(id))
}

/// Why a nominee has the status they have, in words, where there is more
/// to say than the status: the disqualification's reason, a withdrawal, a
/// tie that placed them.
pub fn reason(t: &Tally, name: &str) -> String {
    reason_in(messages(Lang::En), t, name)
}

/// [`reason`] in the language of `m`.
pub fn reason_in(m: &Messages, t: &Tally, name: &str) -> String {
    let mut why: Vec<String> = t
        .excluded
        .iter()
        .filter(|e| e.name == name)
        .map(|e| crate::export::exclusion_in(m, e))
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
            m.text("announce-seeded-draw")
        } else {
            crate::export::tie_rule_in(m, tb)
        };
        why.push(m.get(
            "csv-tied-with",
            &[
                ("others", and_list(m, &others).into()),
                ("context", crate::export::tie_context_in(m, tb).into()),
                ("rule", rule.into()),
            ],
        ));
    }
    why.join("; ")
}

/// Names as a sentence in the language of `m` lists them: "A, B and C".
pub fn and_list<S: AsRef<str>>(m: &Messages, names: &[S]) -> String {
    match names {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => m.get(
            "list-and",
            &[
                (
                    "init",
                    init.iter()
                        .map(|s| s.as_ref())
                        .collect::<Vec<_>>()
                        .join(&m.text("list-sep"))
                        .into(),
                ),
                ("last", last.as_ref().to_string().into()),
            ],
        ),
    }
}

/// The summary section's rows (`item`, `value`).
pub fn summary(t: &Tally, cert: Option<&Certification>) -> Vec<(String, String)> {
    summary_in(messages(Lang::En), t, cert)
}

/// [`summary`] in the language of `m`: the labels and the sentences; the
/// figures, the method's title and the hashes as a program reads them.
pub fn summary_in(m: &Messages, t: &Tally, cert: Option<&Certification>) -> Vec<(String, String)> {
    let label = |id: &str| m.text(id);
    let mut rows: Vec<(String, String)> = vec![
        (label("csv-term"), t.term.clone()),
        (label("csv-organisation"), t.organisation.clone()),
        (label("csv-method"), crate::export::method_in(m, t)),
        (label("csv-seats"), t.seats.to_string()),
        (label("csv-eligible"), t.eligible.to_string()),
        (label("csv-ballots-cast"), t.ballots.to_string()),
        (label("csv-turnout"), crate::export::turnout_in_csv(m, t)),
    ];
    if let Some(met) = t.quorum_met {
        rows.push((
            label("csv-quorum"),
            label(if met {
                "csv-quorum-met"
            } else {
                "csv-quorum-not-met"
            }),
        ));
    }
    rows.push((label("csv-ballot-sha"), t.ballot_sha256.clone()));
    rows.push((label("csv-counted-at"), t.counted_at.clone()));
    rows.push((
        label("csv-status-label"),
        crate::export::status_line_in(m, cert),
    ));
    rows.push((
        label("csv-identifier"),
        cert.map(|c| c.identifier.clone()).unwrap_or_default(),
    ));
    rows.extend(
        crate::export::lines_in(m, &t.rules, &t.rule_events)
            .into_iter()
            .map(|r| (label("csv-rule"), r)),
    );
    for tb in &t.tie_breaks {
        rows.push((
            label("csv-tie"),
            m.get(
                "csv-tie-value",
                &[
                    ("context", crate::export::tie_context_in(m, tb).into()),
                    ("tied", and_list(m, &tb.tied).into()),
                    ("order", tb.outcome.join(&m.text("list-sep")).into()),
                ],
            ),
        ));
    }
    rows.extend(
        crate::export::lines_in(m, &t.warnings, &t.warning_events)
            .into_iter()
            .map(|w| (label("csv-warning"), w)),
    );
    rows
}

/// The results CSV of `t` (see the module documentation).
pub fn results_csv(
    t: &Tally,
    cert: Option<&Certification>,
    opts: &ResultsCsvOptions,
) -> Result<Vec<u8>> {
    let err = |e: csv::Error| {
        Error::new(
            ErrorCode::Io,
            Msg::new("err-write-results-csv").arg("detail", e.to_string()),
        )
    };
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
                Msg::new("err-write-results-csv").arg("detail", e.error().to_string()),
            )
        })
    };
    let mut w = builder().from_writer(out);
    // The one order of the window and the certificate (ties as decided).
    let m = messages(opts.language);
    let rows = crate::export::display_order(&t.candidates, &t.tie_breaks);
    w.write_record(header(m)).map_err(err)?;
    for c in rows {
        let rank = c.rank.map(|r| r.to_string()).unwrap_or_default();
        let why = reason_in(m, t, &c.name);
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
    w.write_record([m.text("csv-item"), m.text("csv-value")])
        .map_err(err)?;
    for (item, value) in summary_in(m, t, cert) {
        w.write_record(csv_cell::record([item.as_str(), value.as_str()]))
            .map_err(err)?;
    }
    done(w)
}
