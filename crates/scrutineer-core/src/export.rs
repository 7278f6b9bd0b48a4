//! Outputs of a counted term: the results CSV and the certificate PDF.

use crate::error::{Error, ErrorCode, Result};
use crate::model::{Certification, Lang, Tally, TallyCandidate};
use scrutineer_count::TieBreak;
use scrutineer_i18n::{messages, Messages};
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
        let how = messages(Lang::En).text(
            if tb.decided_by.is_some() || tb.rule.starts_with("officer") {
                "status-elected-by-officer"
            } else if tb.rule.starts_with("PSF") {
                "status-elected-by-psf"
            } else {
                "status-elected-by-draw"
            },
        );
        for i in in_tie {
            if elected(&candidates[i]) {
                candidates[i].status = how.clone();
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
    status_line_in(messages(Lang::En), cert)
}

/// [`status_line`] in the language of `m`.
pub fn status_line_in(m: &Messages, cert: Option<&Certification>) -> String {
    match cert {
        None => m.text("cert-draft"),
        Some(c) => match &c.witness {
            Some(w) => m.get(
                "cert-certified-witnessed",
                &[
                    ("when", c.certified_local.as_str().into()),
                    ("officer", c.officer.as_str().into()),
                    ("witness", w.as_str().into()),
                ],
            ),
            None => m.get(
                "cert-certified-on",
                &[
                    ("when", c.certified_local.as_str().into()),
                    ("officer", c.officer.as_str().into()),
                ],
            ),
        },
    }
}

/// The English messages whose sentences a published document writes again
/// in its language ([`Messages::translate`]): the stored result keeps the
/// count's words in English (the neutral record, as `--json` shows it), and
/// every document rewrites them from the `.ftl` files.
pub const SENTENCES: &[&str] = &[
    "rule-",
    "warn-",
    "count-",
    "status-",
    "method-",
    "cert-quorum-met",
    "cert-audit-head",
    "cert-small-batch",
    "cert-acknowledged",
];

/// A sentence of the stored result in the language of `m`.
pub fn sentence(m: &Messages, english: &str) -> String {
    m.translate(english, SENTENCES)
}

/// The results CSV with the default options (see [`crate::results_csv`],
/// where its layout lives), with the certification's status.
pub fn results_csv(t: &Tally, cert: Option<&Certification>, lang: Lang) -> Result<String> {
    let opts = crate::results_csv::ResultsCsvOptions {
        language: lang,
        ..Default::default()
    };
    let bytes = crate::results_csv::results_csv(t, cert, &opts)?;
    String::from_utf8(bytes).map_err(|e| Error::new(ErrorCode::Io, e.to_string()))
}

/// The certificate of results for `t`, dated `date` (`YYYY-MM-DD`), in
/// `lang`: a draft on every page until `cert` says who certified it.
pub fn certificate_pdf(
    t: &Tally,
    date: &str,
    cert: Option<&Certification>,
    lang: Lang,
) -> Result<Vec<u8>> {
    let m = messages(lang);
    let tr = |s: &String| sentence(m, s);
    let rows = display_order(&t.candidates, &t.tie_breaks);
    let mut notes: Vec<String> = t.warnings.iter().map(tr).collect();
    notes.extend(t.outcome.notes.iter().map(tr));
    // A quorum not met is already among the warnings.
    if t.quorum_met == Some(true) {
        notes.push(m.text("cert-quorum-met"));
    }
    let cert = Certificate {
        organisation: t.organisation.clone(),
        term: t.term.clone(),
        method: tr(&t.method_title),
        rules: t.rules.iter().map(tr).collect(),
        eligible: t.eligible,
        ballots: t.ballots,
        turnout: m.percent(&t.turnout),
        candidates: rows
            .iter()
            .map(|c| CertificateRow {
                rank: c.rank.map(|r| r as usize),
                name: c.name.clone(),
                employer: c.employer.clone().unwrap_or_default(),
                votes: m.decimal(&c.votes),
                status: tr(&c.status),
            })
            .collect(),
        winners: t.winners.clone(),
        exclusions: t
            .excluded
            .iter()
            .map(|e| (e.name.clone(), tr(&e.reason)))
            .collect(),
        tie_breaks: t
            .tie_breaks
            .iter()
            .map(|tb| CertificateTieBreak {
                context: tr(&tb.context),
                tied: tb.tied.clone(),
                seed: match (&tb.decided_by, &tb.method) {
                    (Some(who), how) => {
                        let rule = if tb.rule.is_empty() {
                            m.text("count-tie-officer")
                        } else {
                            tr(&tb.rule)
                        };
                        // The officer's own word for how (coin, lot...).
                        let how = how.clone().unwrap_or_else(|| m.text("count-tie-officer"));
                        match &tb.witnessed_by {
                            Some(w) => m.get(
                                "cert-tie-decided-witnessed",
                                &[
                                    ("rule", rule.into()),
                                    ("how", how.into()),
                                    ("who", who.as_str().into()),
                                    ("witness", w.as_str().into()),
                                ],
                            ),
                            None => m.get(
                                "cert-tie-decided",
                                &[
                                    ("rule", rule.into()),
                                    ("how", how.into()),
                                    ("who", who.as_str().into()),
                                ],
                            ),
                        }
                    }
                    (None, _) if !tb.rule.is_empty() => {
                        format!("{}: {}", tr(&tb.rule), split_seed(tb).0)
                    }
                    (None, _) => split_seed(tb).0,
                },
                ballot_sha256: split_seed(tb).1.unwrap_or_default(),
                outcome: tb.outcome.clone(),
            })
            .collect(),
        notes,
        ballot_sha256: t.ballot_sha256.clone(),
        date: m.date(date),
        generated_by: format!("Scrutineer {}", env!("CARGO_PKG_VERSION")),
        // Every page: the draft mark, or who certified and when (the
        // witness is named in the verification block and the signatures).
        status: match cert {
            None => m.text("cert-draft"),
            Some(c) => m.get(
                "cert-certified-on",
                &[
                    ("when", m.date_time(&c.certified_local).into()),
                    ("officer", c.officer.as_str().into()),
                ],
            ),
        },
        language: lang,
        signatories: cert
            .map(|c| (c.officer.clone(), c.witness.clone().unwrap_or_default()))
            .unwrap_or_default(),
        draft: cert.is_none(),
        identifier: cert.map(|c| c.identifier.clone()).unwrap_or_default(),
    };
    scrutineer_report::certificate_pdf(&cert)
        .map_err(|e| Error::new(ErrorCode::Io, format!("cannot make the certificate: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scrutineer_count::{Ballot, Marks, Method, Profile, Rules};

    /// The count writes its notes in English; `locales/en/count.ftl` must
    /// say them word for word, or a document in another language would
    /// print them in English. Every note of these methods is read back and
    /// written in each language (one seat and several, ballots void and
    /// blank, a ballot exhausted, a seat left empty).
    #[test]
    fn the_counts_notes_are_written_in_every_language() {
        let names: Vec<String> = ["Ann", "Bob", "Cy"].iter().map(|s| s.to_string()).collect();
        let ranked = |groups: Vec<Vec<usize>>, weight| Ballot {
            weight,
            marks: Marks::Ranking(groups),
        };
        let mut ranking = Profile::new(names.clone());
        ranking.ballots = vec![
            ranked(vec![vec![0], vec![1]], 4),
            ranked(vec![vec![1], vec![0]], 3),
            ranked(vec![vec![2], vec![0, 1]], 2),
            ranked(vec![vec![0, 1]], 1),
            ranked(vec![], 1),
        ];
        // Ann and Bob tie for one seat: a draw, with its context and rule.
        let mut approval = Profile::new(names.clone());
        approval.ballots = vec![
            Ballot {
                weight: 3,
                marks: Marks::Approval(vec![0, 1]),
            },
            Ballot {
                weight: 1,
                marks: Marks::Approval(vec![2]),
            },
        ];
        let mut notes = Vec::new();
        let tied = scrutineer_count::count(Method::Approval, &approval, &Rules::new(1))
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!tied.tie_breaks.is_empty(), "{tied:?}");
        for tb in &tied.tie_breaks {
            notes.push(tb.context.clone());
            notes.push(tb.rule.clone());
        }
        for (method, profile) in [
            (Method::Approval, &approval),
            (Method::Plurality, &ranking),
            (Method::Irv, &ranking),
            (Method::StvScottish, &ranking),
            (Method::Schulze, &ranking),
            (Method::RankedPairs, &ranking),
        ] {
            for seats in [1, 2, 4] {
                if method == Method::Irv && seats > 1 {
                    continue;
                }
                let o = scrutineer_count::count(method, profile, &Rules::new(seats))
                    .unwrap_or_else(|e| panic!("{method:?} {seats}: {e}"));
                notes.extend(o.notes);
            }
        }
        assert!(notes.len() > 12, "{notes:?}");
        let mut missing = std::collections::BTreeSet::new();
        for lang in [Lang::De, Lang::Fr, Lang::Es, Lang::Ja] {
            let m = messages(lang);
            for note in &notes {
                let written = sentence(m, note);
                if &written == note
                    || written.contains("seeded draw")
                    || written.contains("(s)")
                    || written.contains('{')
                {
                    missing.insert(format!("{lang}: {written}"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "not written again from locales/en/count.ftl:\n{}",
            missing.into_iter().collect::<Vec<_>>().join("\n")
        );
    }
}
