//! Published totals (issue 7): where only counts exist (Helios's
//! homomorphic tally, OpaVote's text result, a hand count), a batch is one
//! figure per nominee and the number of ballots cast, for approval and
//! plurality terms. Several batches add up (PEP 8105 was counted in an
//! initial and an extension election). A batch is stored with the SHA-256
//! of its file (or, for totals typed in the window, of the canonical text
//! of the figures: `source<TAB>where they come from`, then `name<TAB>votes`
//! lines in the order typed, then `ballots<TAB>N`, each line ended by a line
//! feed), and the certificate lists these hashes.
//!
//! Totals typed by hand are entered twice by two people; nothing is saved
//! unless both entries agree, figure by figure ([`compare_totals`]).

use crate::audit;
use crate::clock::now_utc;
use crate::error::{Error, ErrorCode, Result};
use crate::fields;
use crate::model::*;
use crate::service::{certified, reopen_if_counted, Election};
use rusqlite::{params, Connection};
use scrutineer_formats::fields::FieldSpec;
use scrutineer_formats::sha256_hex;
use scrutineer_i18n::Msg;

/// Where typed totals come from ("Table 2 of the declaration"): one line,
/// checked as every field is.
const SOURCE: FieldSpec = FieldSpec {
    what: "source of the figures",
    max_chars: 200,
    multiline: false,
};

/// The figures of two entries of the same totals that differ, nominee by
/// nominee in the order of `first`, then the ballots cast.
pub fn compare_totals(first: &TotalsEntry, second: &TotalsEntry) -> Vec<TotalsMismatch> {
    let mut out = Vec::new();
    let find = |e: &TotalsEntry, n: &str| e.votes.iter().find(|(x, _)| x == n).map(|(_, v)| *v);
    let mut names: Vec<&str> = first.votes.iter().map(|(n, _)| n.as_str()).collect();
    for (n, _) in &second.votes {
        if !names.contains(&n.as_str()) {
            names.push(n);
        }
    }
    for n in names {
        let (a, b) = (find(first, n), find(second, n));
        if a != b {
            out.push(TotalsMismatch {
                name: n.to_string(),
                first: a,
                second: b,
            });
        }
    }
    if first.ballots != second.ballots {
        out.push(TotalsMismatch {
            name: "Ballots cast".into(),
            first: Some(first.ballots),
            second: Some(second.ballots),
        });
    }
    out
}

/// The canonical text of typed totals, hashed as the batch's SHA-256.
fn canonical_text(source: &str, votes: &[(String, u64)], ballots: u64) -> String {
    let mut s = format!("source\t{source}\n");
    for (n, v) in votes {
        s.push_str(&format!("{n}\t{v}\n"));
    }
    s.push_str(&format!("ballots\t{ballots}\n"));
    s
}

/// A term's published totals: summed per nominee (in the nominees' order),
/// the ballots cast (summed), and each batch's file, SHA-256 and ballots
/// cast, in import order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TotalsSet {
    pub votes: Vec<u64>,
    pub cast: u64,
    pub batches: Vec<(String, String, u64)>,
    /// SHA-256 of the totals as stored (see [`totals_hash`]).
    pub sha256: String,
}

/// The term's totals, or `None` when it has no totals batch.
pub(crate) fn load_set(
    conn: &Connection,
    term_id: i64,
    names: &[String],
) -> Result<Option<TotalsSet>> {
    let batches: Vec<(i64, String, String, u64)> = {
        let mut st = conn.prepare(
            "SELECT id, file_name, sha256, ballots FROM ballot_batch WHERE term_id = ?1 AND kind = 'totals' ORDER BY id",
        )?;
        let rows = st.query_map([term_id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get::<_, i64>(3)?.max(0) as u64,
            ))
        })?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    if batches.is_empty() {
        return Ok(None);
    }
    let mut votes = vec![0u64; names.len()];
    let mut cast = 0u64;
    let mut st = conn.prepare("SELECT nominee, votes FROM batch_total WHERE batch_id = ?1")?;
    for (id, _, _, c) in &batches {
        cast = cast.saturating_add(*c);
        let mut rows = st.query([id])?;
        while let Some(r) = rows.next()? {
            let n: String = r.get(0)?;
            let v: i64 = r.get(1)?;
            let i = names.iter().position(|x| *x == n).ok_or_else(|| {
                Error::new(
                    ErrorCode::Database,
                    Msg::new("err-stored-totals-stranger").arg("name", n.as_str()),
                )
            })?;
            votes[i] = votes[i].saturating_add(v.max(0) as u64);
        }
    }
    Ok(Some(TotalsSet {
        votes,
        cast,
        batches: batches.into_iter().map(|(_, f, s, c)| (f, s, c)).collect(),
        sha256: totals_hash(conn, term_id)?,
    }))
}

/// The SHA-256 of a term's totals as stored: for each totals batch in
/// import order, the JSON record `[file, sha256, ballots_cast, [[nominee,
/// votes], ...]]` (nominees sorted by name, as bytes) and a line feed. It
/// stands for the ballot set's SHA-256 of a term counted from totals (the
/// certificate's hash, and the seed of the tie-break draw).
pub(crate) fn totals_hash(conn: &Connection, term_id: i64) -> Result<String> {
    let mut out = String::new();
    let mut st = conn.prepare(
        "SELECT id, file_name, sha256, ballots FROM ballot_batch WHERE term_id = ?1 AND kind = 'totals' ORDER BY id",
    )?;
    let batches: Vec<(i64, String, String, i64)> = st
        .query_map([term_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<std::result::Result<_, _>>()?;
    let mut fig = conn
        .prepare("SELECT nominee, votes FROM batch_total WHERE batch_id = ?1 ORDER BY nominee")?;
    for (id, file, sha, cast) in batches {
        let figures: Vec<(String, i64)> = fig
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<std::result::Result<_, _>>()?;
        let rec = serde_json::json!([file, sha, cast, figures]);
        out.push_str(&rec.to_string());
        out.push('\n');
    }
    Ok(sha256_hex(out.as_bytes()))
}

/// Whether the term has totals batches.
pub(crate) fn has_totals(conn: &Connection, term_id: i64) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM ballot_batch WHERE term_id = ?1 AND kind = 'totals')",
        [term_id],
        |r| r.get(0),
    )?)
}

impl Election {
    /// Save totals typed twice (by two people): refused, with every
    /// difference named, unless both entries agree figure by figure.
    pub fn enter_totals(
        &mut self,
        term: &str,
        first: &TotalsEntry,
        second: &TotalsEntry,
    ) -> Result<BallotBatch> {
        let diff = compare_totals(first, second);
        if !diff.is_empty() {
            let shown =
                |v: Option<u64>| v.map(|x| x.to_string()).unwrap_or_else(|| "nothing".into());
            let list: Vec<String> = diff
                .iter()
                .map(|m| format!("{}: {} then {}", m.name, shown(m.first), shown(m.second)))
                .collect();
            return Err(Error::invalid(
                Msg::new("err-totals-entries-differ").arg("differences", list.join("; ")),
            ));
        }
        let source = fields::optional(&SOURCE, Some(&first.source))?
            .unwrap_or_else(|| "totals typed twice".to_string());
        let sha = sha256_hex(canonical_text(&source, &first.votes, first.ballots).as_bytes());
        self.store_totals(term, &source, &sha, "typed", &first.votes, first.ballots)
    }

    /// Store one totals batch in one transaction: a figure for every
    /// standing nominee, and the ballots cast. `format` is the input format
    /// (`totals`, `helios`, or `typed` for the two-entry form).
    pub(crate) fn store_totals(
        &mut self,
        term: &str,
        file_name: &str,
        sha256: &str,
        format: &str,
        votes: &[(String, u64)],
        ballots: u64,
    ) -> Result<BallotBatch> {
        let t = self.term(term)?;
        match t.stage {
            Stage::Certified => return Err(certified(&t)),
            Stage::Draft => {
                return Err(Error::stage(
                    Msg::new("err-totals-no-nominees-yet").arg("term", t.name.as_str()),
                ))
            }
            _ => {}
        }
        if !matches!(t.method.as_str(), "approval" | "plurality") {
            return Err(Error::invalid(
                Msg::new("err-totals-method")
                    .arg("term", t.name.as_str())
                    .arg("method", t.method.as_str()),
            ));
        }
        let ballots_i64 = i64::try_from(ballots).map_err(|_| {
            Error::invalid(
                Msg::new("err-totals-too-many-ballots")
                    .arg("file", file_name)
                    .arg("ballots", ballots.to_string()),
            )
        })?;
        let nominees = self.nominees(term)?;
        let mut seen: Vec<&str> = Vec::new();
        for (n, v) in votes {
            let Some(nom) = nominees.iter().find(|x| x.name == n.trim()) else {
                let known: Vec<&str> = nominees.iter().map(|x| x.name.as_str()).collect();
                let problem = match crate::words::nearest(n, &known) {
                    Some(near) => Msg::new("err-ballot-column-not-nominee-near").arg("near", near),
                    None => Msg::new("err-ballot-column-not-nominee"),
                };
                return Err(Error::new(
                    ErrorCode::BadFile,
                    Msg::new("err-file").arg("file", file_name).arg(
                        "problem",
                        problem
                            .arg("name", n.to_string())
                            .arg("term", t.name.as_str())
                            .arg("nominees", crate::words::and_list_msg(&known)),
                    ),
                ));
            };
            if seen.contains(&nom.name.as_str()) {
                return Err(Error::new(
                    ErrorCode::BadFile,
                    Msg::new("err-totals-given-twice")
                        .arg("file", file_name)
                        .arg("name", n.to_string()),
                ));
            }
            seen.push(&nom.name);
            if i64::try_from(*v).is_err() {
                return Err(Error::new(
                    ErrorCode::BadFile,
                    Msg::new("err-totals-too-many-votes")
                        .arg("file", file_name)
                        .arg("votes", v.to_string())
                        .arg("name", n.to_string()),
                ));
            }
            // Approval: a ballot approves a candidate at most once; plurality:
            // a ballot is one vote.
            if *v > ballots {
                return Err(Error::new(
                    ErrorCode::BadFile,
                    Msg::new("err-totals-votes-over-ballots")
                        .arg("file", file_name)
                        .arg("name", n.to_string())
                        .arg("votes", v.to_string())
                        .arg("ballots", ballots.to_string()),
                ));
            }
        }
        if t.method == "plurality" {
            let sum: u128 = votes.iter().map(|(_, v)| *v as u128).sum();
            if sum > ballots as u128 {
                return Err(Error::new(
                    ErrorCode::BadFile,
                    Msg::new("err-totals-sum-over-ballots")
                        .arg("file", file_name)
                        .arg("sum", sum.to_string())
                        .arg("ballots", ballots.to_string()),
                ));
            }
        }
        let missing: Vec<&str> = nominees
            .iter()
            .filter(|x| !x.withdrawn && !seen.contains(&x.name.as_str()))
            .map(|x| x.name.as_str())
            .collect();
        if !missing.is_empty() {
            return Err(Error::new(
                ErrorCode::BadFile,
                Msg::new("err-totals-missing")
                    .arg("file", file_name)
                    .arg("names", missing.join(", ")),
            ));
        }
        let tx = self.conn_mut().transaction()?;
        let kinds: Vec<String> = {
            let mut st = tx.prepare("SELECT DISTINCT kind FROM ballot_batch WHERE term_id = ?1")?;
            let rows = st.query_map([t.id], |r| r.get(0))?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        if kinds.iter().any(|k| k != "totals") {
            return Err(Error::invalid(
                Msg::new("err-ballots-and-totals").arg("term", t.name.as_str()),
            ));
        }
        crate::service::refuse_repeated_batch(
            &tx,
            &t,
            sha256,
            file_name,
            "err-batch-totals-repeated",
        )?;
        let at = now_utc();
        tx.execute(
            "INSERT INTO ballot_batch (term_id, file_name, sha256, ballots, kind, imported_at, format)
             VALUES (?1, ?2, ?3, ?4, 'totals', ?5, ?6)",
            params![t.id, file_name, sha256, ballots_i64, at, format],
        )?;
        let batch = tx.last_insert_rowid();
        {
            let mut ins = tx.prepare(
                "INSERT INTO batch_total (batch_id, nominee, votes) VALUES (?1, ?2, ?3)",
            )?;
            for (n, v) in votes {
                ins.execute(params![batch, n.trim(), *v as i64])?;
            }
        }
        if t.stage == Stage::Nominations {
            tx.execute("UPDATE term SET stage = 'voting' WHERE id = ?1", [t.id])?;
        }
        reopen_if_counted(&tx, &t)?;
        let figures: Vec<String> = votes.iter().map(|(n, v)| format!("{n}={v}")).collect();
        audit::append(
            &tx,
            &t.name,
            "totals.import",
            &format!(
                "file={file_name:?} format={format} sha256={sha256} ballots={ballots} votes={figures:?}"
            ),
        )?;
        tx.commit()?;
        Ok(BallotBatch {
            id: batch,
            file: file_name.to_string(),
            sha256: sha256.to_string(),
            count: ballots,
            imported_at: at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(v: &[(&str, u64)], ballots: u64) -> TotalsEntry {
        TotalsEntry {
            source: String::new(),
            votes: v.iter().map(|(n, x)| (n.to_string(), *x)).collect(),
            ballots,
        }
    }

    #[test]
    fn mismatches_are_named_candidate_by_candidate() {
        let a = entry(&[("Ann", 5), ("Bo", 3), ("Ψ", 1)], 7);
        let b = entry(&[("Ann", 5), ("Bo", 4), ("Zed", 2)], 8);
        let d = compare_totals(&a, &b);
        let names: Vec<&str> = d.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Bo", "Ψ", "Zed", "Ballots cast"]);
        assert_eq!((d[0].first, d[0].second), (Some(3), Some(4)));
        assert_eq!((d[1].first, d[1].second), (Some(1), None));
        assert_eq!((d[2].first, d[2].second), (None, Some(2)));
        assert!(compare_totals(&a, &a).is_empty());
    }

    /// An election file in `dir` with the plurality term "T" (1 seat) and
    /// `nominees`.
    fn plurality_term(dir: &tempfile::TempDir, nominees: &[&str]) -> Election {
        let mut e = Election::open(&dir.path().join("e.db")).unwrap();
        e.create_term(&NewTerm {
            name: "T".into(),
            seats: 1,
            method: "plurality".into(),
            ..NewTerm::default()
        })
        .unwrap();
        for n in nominees {
            e.add_nominee(
                "T",
                &NewNominee {
                    name: n.to_string(),
                    ..NewNominee::default()
                },
            )
            .unwrap();
        }
        e
    }

    #[test]
    fn typed_totals_are_saved_only_when_both_entries_agree_then_counted() {
        let dir = tempfile::tempdir().unwrap();
        let mut e = plurality_term(&dir, &["Ann", "Бо"]);
        let mut a = entry(&[("Ann", 5), ("Бо", 3)], 9);
        a.source = "Table 2".into();
        let mut b = a.clone();
        b.votes[1].1 = 4;
        let err = e.enter_totals("T", &a, &b).unwrap_err();
        assert!(err.message.contains("Бо: 3 then 4"), "{}", err.message);
        assert!(e.ballot_batches("T").unwrap().is_empty());
        // Plurality: one vote per ballot.
        let mut c = a.clone();
        c.ballots = 7;
        let err = e.enter_totals("T", &c, &c).unwrap_err();
        assert!(
            err.message.contains("more than the 7 ballots"),
            "{}",
            err.message
        );
        let batch = e.enter_totals("T", &a, &a.clone()).unwrap();
        assert_eq!((batch.file.as_str(), batch.count), ("Table 2", 9));
        let t = e.tally("T").unwrap();
        assert_eq!(t.winners, ["Ann"]);
        assert_eq!(t.ballots, 9);
        assert!(
            t.rules.iter().any(|r| r.contains(&batch.sha256)),
            "{:?}",
            t.rules
        );
        // The same figures from the same source again: refused.
        let err = e.enter_totals("T", &a, &a.clone()).unwrap_err();
        assert!(err.message.contains("already entered"), "{}", err.message);
        assert!(e.verify_audit().unwrap().ok);
    }

    #[test]
    fn a_bad_source_is_refused_with_the_field_named() {
        let dir = tempfile::tempdir().unwrap();
        let mut e = plurality_term(&dir, &["Ann"]);
        let mut a = entry(&[("Ann", 5)], 9);
        a.source = "Table\u{1b}[2J 2".into();
        let err = e.enter_totals("T", &a, &a.clone()).unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidInput);
        assert_eq!(
            err.message,
            "the source of the figures contains a control character (U+001B ESCAPE) at position 6"
        );
        a.source = "x".repeat(201);
        let err = e.enter_totals("T", &a, &a.clone()).unwrap_err();
        assert_eq!(
            err.message,
            "the source of the figures is 201 characters long; at most 200 are allowed"
        );
        assert!(e.ballot_batches("T").unwrap().is_empty());
        // Cleaned as every one-line field: white space collapsed.
        a.source = "  Table\t2 ".into();
        let batch = e.enter_totals("T", &a, &a.clone()).unwrap();
        assert_eq!(batch.file, "Table 2");
    }

    #[test]
    fn canonical_text_is_stable() {
        let t = canonical_text("Table 2", &[("Ann".into(), 5), ("Bo".into(), 0)], 9);
        assert_eq!(t, "source\tTable 2\nAnn\t5\nBo\t0\nballots\t9\n");
    }
}
