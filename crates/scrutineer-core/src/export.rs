//! Outputs of a counted term: the results CSV and the certificate PDF.

use crate::error::{Error, ErrorCode, Result};
use crate::model::Tally;
use scrutineer_report::{Certificate, CertificateRow, CertificateTieBreak};

/// The results CSV with the default options (see [`crate::results_csv`],
/// where its layout lives).
pub fn results_csv(t: &Tally) -> Result<String> {
    let bytes = crate::results_csv::results_csv(t, &Default::default())?;
    String::from_utf8(bytes).map_err(|e| Error::new(ErrorCode::Io, e.to_string()))
}

/// The certificate of results for `t`, dated `date`.
pub fn certificate_pdf(t: &Tally, date: &str) -> Result<Vec<u8>> {
    let mut rows: Vec<_> = t.candidates.iter().collect();
    rows.sort_by_key(|c| (c.rank.unwrap_or(u32::MAX), c.name.clone()));
    let mut notes = t.warnings.clone();
    notes.extend(t.outcome.notes.iter().cloned());
    // A quorum not met is already among the warnings.
    if t.quorum_met == Some(true) {
        notes.push("The quorum was met.".to_string());
    }
    let cert = Certificate {
        organisation: t.organisation.clone(),
        term: t.term.clone(),
        method: t.method_title.clone(),
        rules: t.rules.clone(),
        eligible: t.eligible,
        ballots: t.ballots,
        turnout: t.turnout.clone(),
        candidates: rows
            .iter()
            .map(|c| CertificateRow {
                rank: c.rank.map(|r| r as usize),
                name: c.name.clone(),
                employer: c.employer.clone().unwrap_or_default(),
                votes: c.votes.clone(),
                status: c.status.clone(),
            })
            .collect(),
        winners: t.winners.clone(),
        exclusions: t
            .excluded
            .iter()
            .map(|e| (e.name.clone(), e.reason.clone()))
            .collect(),
        tie_breaks: t
            .tie_breaks
            .iter()
            .map(|tb| CertificateTieBreak {
                context: tb.context.clone(),
                tied: tb.tied.clone(),
                seed: match (&tb.decided_by, &tb.method) {
                    (Some(who), how) => format!(
                        "{}: {}, decided by {who}{}",
                        if tb.rule.is_empty() {
                            "officer's decision"
                        } else {
                            &tb.rule
                        },
                        how.as_deref().unwrap_or("decision"),
                        tb.witnessed_by
                            .as_deref()
                            .map(|w| format!(", witnessed by {w}"))
                            .unwrap_or_default()
                    ),
                    (None, _) if !tb.rule.is_empty() => format!("{}: {}", tb.rule, tb.seed),
                    (None, _) => tb.seed.clone(),
                },
                outcome: tb.outcome.clone(),
            })
            .collect(),
        notes,
        ballot_sha256: t.ballot_sha256.clone(),
        date: date.to_string(),
        generated_by: format!("Scrutineer {}", env!("CARGO_PKG_VERSION")),
    };
    scrutineer_report::certificate_pdf(&cert)
        .map_err(|e| Error::new(ErrorCode::Io, format!("cannot make the certificate: {e}")))
}
