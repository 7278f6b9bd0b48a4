//! Outputs of a counted term: the results CSV and the certificate PDF.

use crate::certify::DRAFT;
use crate::error::{Error, ErrorCode, Result};
use crate::model::{Certification, Tally, TallyCandidate};
use scrutineer_count::TieBreak;
use scrutineer_report::{Certificate, CertificateRow, CertificateTieBreak};

/// The one order candidates are shown in (window, CSV, certificate): by
/// rank; candidates a tie separated, in the order the tie put them (the
/// winner of the draw first); then by name.
pub fn display_order<'a>(
    candidates: &'a [TallyCandidate],
    ties: &[TieBreak],
) -> Vec<&'a TallyCandidate> {
    let tie_pos = |name: &str| -> (usize, usize) {
        ties.iter()
            .enumerate()
            .find_map(|(i, tb)| tb.outcome.iter().position(|n| n == name).map(|p| (i, p)))
            .unwrap_or((usize::MAX, usize::MAX))
    };
    let mut rows: Vec<&TallyCandidate> = candidates.iter().collect();
    rows.sort_by(|a, b| {
        let ra = a.rank.unwrap_or(u32::MAX);
        let rb = b.rank.unwrap_or(u32::MAX);
        ra.cmp(&rb).then_with(|| {
            let (ta, pa) = tie_pos(&a.name);
            let (tb, pb) = tie_pos(&b.name);
            if ta == tb && ta != usize::MAX {
                pa.cmp(&pb)
            } else {
                a.name.cmp(&b.name)
            }
        })
    });
    rows
}

/// "elected by draw" (or by the officer's decision, or by the PSF
/// procedure) for a winner whose seat a tie decided: elected while another
/// candidate of the same tie was not.
pub fn tie_statuses(candidates: &mut [TallyCandidate], ties: &[TieBreak]) {
    let elected = |c: &TallyCandidate| c.status == "elected";
    for tb in ties {
        let in_tie: Vec<usize> = candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| tb.tied.contains(&c.name))
            .map(|(i, _)| i)
            .collect();
        let winners = in_tie.iter().filter(|&&i| elected(&candidates[i])).count();
        if winners == 0 || winners == in_tie.len() {
            continue;
        }
        let how = if tb.decided_by.is_some() || tb.rule.starts_with("officer") {
            "elected by the officer's decision"
        } else if tb.rule.starts_with("PSF") {
            "elected by the PSF procedure"
        } else {
            "elected by draw"
        };
        for i in in_tie {
            if elected(&candidates[i]) {
                candidates[i].status = how.to_string();
            }
        }
    }
}

/// A draw's seed material as two lines: the seed text, and the ballot-set
/// SHA-256 (the material is `seed text \n hash`; see `tiebreak.rs`). Other
/// rules' seeds have no hash.
pub fn split_seed(tb: &TieBreak) -> (String, Option<String>) {
    if let Some((text, hash)) = tb.seed.rsplit_once('\n') {
        if hash.len() == 64 && hash.chars().all(|c| c.is_ascii_hexdigit()) {
            return (text.to_string(), Some(hash.to_string()));
        }
    }
    (tb.seed.clone(), None)
}

/// The status line of a certificate and a results CSV: the draft warning,
/// or who certified it and when (local time with the zone).
pub fn status_line(cert: Option<&Certification>) -> String {
    match cert {
        None => DRAFT.to_string(),
        Some(c) => format!(
            "Certified on {} by {}{}",
            c.certified_local,
            c.officer,
            c.witness
                .as_deref()
                .map(|w| format!(", witnessed by {w}"))
                .unwrap_or_default()
        ),
    }
}

/// The results CSV with the default options (see [`crate::results_csv`],
/// where its layout lives), with the certification's status.
pub fn results_csv(t: &Tally, cert: Option<&Certification>) -> Result<String> {
    let bytes = crate::results_csv::results_csv(t, cert, &Default::default())?;
    String::from_utf8(bytes).map_err(|e| Error::new(ErrorCode::Io, e.to_string()))
}

/// The certificate of results for `t`, dated `date`: a draft on every page
/// until `cert` says who certified it.
pub fn certificate_pdf(t: &Tally, date: &str, cert: Option<&Certification>) -> Result<Vec<u8>> {
    let rows = display_order(&t.candidates, &t.tie_breaks);
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
                    (None, _) if !tb.rule.is_empty() => {
                        format!("{}: {}", tb.rule, split_seed(tb).0)
                    }
                    (None, _) => split_seed(tb).0,
                },
                ballot_sha256: split_seed(tb).1.unwrap_or_default(),
                outcome: tb.outcome.clone(),
            })
            .collect(),
        notes,
        ballot_sha256: t.ballot_sha256.clone(),
        date: date.to_string(),
        generated_by: format!("Scrutineer {}", env!("CARGO_PKG_VERSION")),
        // Every page: the draft mark, or who certified and when (the
        // witness is named in the verification block and the signatures).
        status: match cert {
            None => DRAFT.to_string(),
            Some(c) => format!("Certified on {} by {}", c.certified_local, c.officer),
        },
        signatories: cert
            .map(|c| (c.officer.clone(), c.witness.clone().unwrap_or_default()))
            .unwrap_or_default(),
        draft: cert.is_none(),
        identifier: cert.map(|c| c.identifier.clone()).unwrap_or_default(),
    };
    scrutineer_report::certificate_pdf(&cert)
        .map_err(|e| Error::new(ErrorCode::Io, format!("cannot make the certificate: {e}")))
}
