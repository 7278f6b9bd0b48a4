//! The service API: every feature of Scrutineer, called the same way by the
//! CLI and by the desktop app's commands.
//!
//! Architecture invariant: every change is one SQLite transaction that also
//! appends its audit entry, so the file never holds half an import, and
//! never a change without its audit entry.

use crate::audit;
use crate::clock::{now_utc, today};
use crate::db;
use crate::error::{Error, ErrorCode, Result};
use crate::fields;
use crate::model::*;
use crate::output;
use crate::state::{canonical_ballots, CanonicalBallots};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use scrutineer_count::{self as count, Cap, GroupCap, Method, Profile, Rules, Status};
use scrutineer_formats::fields as f;
use scrutineer_formats::{read_input, Format, Input};
use scrutineer_i18n::Msg;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One open election file.
pub struct Election {
    conn: Connection,
    path: PathBuf,
}

impl Election {
    /// The default election file: `$SCRUTINEER_DB`, else
    /// `<data dir>/scrutineer/elections.db` (XDG on Linux).
    pub fn default_path() -> PathBuf {
        if let Some(p) = std::env::var_os("SCRUTINEER_DB").filter(|p| !p.is_empty()) {
            return PathBuf::from(p);
        }
        dirs::data_dir()
            .unwrap_or_else(|| PathBuf::from("."))
            .join("scrutineer")
            .join("elections.db")
    }

    /// Open (creating and migrating if needed) the election file at `path`.
    pub fn open(path: &Path) -> Result<Election> {
        Ok(Election {
            conn: db::open(path)?,
            path: path.to_path_buf(),
        })
    }

    /// [`Election::open`], creating the file's folder first if needed: for
    /// the default file (whose folder the user did not choose).
    pub fn open_creating_folder(path: &Path) -> Result<Election> {
        db::create_folder(path)?;
        Election::open(path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The files an output of this election must never replace: the
    /// election file and SQLite's files beside it (see [`output`]).
    pub fn kept_files(&self) -> Vec<output::Kept> {
        output::Kept::election_file(&self.path)
    }

    // ---- terms ---------------------------------------------------------

    pub fn create_term(&mut self, t: &NewTerm) -> Result<Term> {
        let tx = self.conn.transaction()?;
        let name = create_term_in(&tx, t)?;
        tx.commit()?;
        self.term(&name)
    }

    pub fn list_terms(&self) -> Result<Vec<TermSummary>> {
        let mut st = self
            .conn
            .prepare("SELECT name FROM term ORDER BY created_at DESC, id DESC")?;
        let names: Vec<String> = st
            .query_map([], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        names
            .iter()
            .map(|n| {
                let term = self.term(n)?;
                Ok(TermSummary {
                    voters: self.count_of("voter", term.id)?,
                    nominees: self.count_of("nominee", term.id)?,
                    ballots: self.ballot_count(term.id)?,
                    term,
                })
            })
            .collect()
    }

    fn count_of(&self, table: &str, term_id: i64) -> Result<u64> {
        let sql = format!("SELECT COUNT(*) FROM {table} WHERE term_id = ?1");
        Ok(self
            .conn
            .query_row(&sql, [term_id], |r| r.get::<_, i64>(0))? as u64)
    }

    fn ballot_count(&self, term_id: i64) -> Result<u64> {
        Ok(self.conn.query_row(
            "SELECT COALESCE(SUM(ballots), 0) FROM ballot_batch WHERE term_id = ?1",
            [term_id],
            |r| r.get::<_, i64>(0),
        )? as u64)
    }

    pub fn term(&self, name: &str) -> Result<Term> {
        term_in(&self.conn, name)
    }

    /// Move a term to another stage. Allowed: forward one step at a time,
    /// `counted` back to `voting` (reopening discards the result), and
    /// `certified` only from `counted`. A certified term never changes.
    pub fn set_stage(&mut self, term: &str, stage: Stage) -> Result<Term> {
        let t = self.term(term)?;
        let ok = matches!(
            (t.stage, stage),
            (Stage::Draft, Stage::Nominations)
                | (Stage::Nominations, Stage::Voting)
                | (Stage::Voting, Stage::Counted)
                | (Stage::Counted, Stage::Certified)
                | (Stage::Counted, Stage::Voting)
        );
        if t.stage == Stage::Certified {
            return Err(certified(&t));
        }
        if !ok {
            return Err(Error::stage(
                Msg::new("err-stage-move")
                    .arg("term", t.name.as_str())
                    .arg("stage", t.stage.msg())
                    .arg("to", stage.msg()),
            ));
        }
        if stage == Stage::Counted {
            return Err(Error::stage(Msg::new("err-stage-count-first")));
        }
        if stage == Stage::Certified {
            return Err(Error::stage(
                Msg::new("err-stage-certify-with").arg("term", t.name.as_str()),
            ));
        }
        if stage != Stage::Certified {
            audit::check_before_change(&self.conn, &t.name)?;
        }
        let tx = self.conn.transaction()?;
        if stage == Stage::Certified {
            // Never certify a file changed outside Scrutineer.
            audit::check_term(&tx, &t.name)?;
        }
        if t.stage == Stage::Counted && stage == Stage::Voting {
            tx.execute("DELETE FROM result WHERE term_id = ?1", [t.id])?;
        }
        tx.execute(
            "UPDATE term SET stage = ?1 WHERE id = ?2",
            params![stage.as_str(), t.id],
        )?;
        audit::append(
            &tx,
            &t.name,
            "term.stage",
            &format!("{} -> {}", t.stage, stage),
        )?;
        tx.commit()?;
        self.term(term)
    }

    // ---- voters --------------------------------------------------------

    /// One page of a term's roll, ordered by name, optionally only the
    /// voters whose name or email contains `q.search` in either case, in
    /// every script (`search.rs`), with the number of matching voters.
    ///
    /// At a million voters this stays fast: a search of three characters or
    /// more first asks the trigram index (migration 3) for the rows holding
    /// every trigram of the search, then checks the substring on those rows
    /// only; without a search, the page and the count come from the
    /// `(term_id, name)` index.
    pub fn voters(&self, term: &str, q: &VoterQuery) -> Result<VoterPage> {
        let t = self.term(term)?;
        crate::roll::ensure_name_index(self.conn())?;
        let limit = q.limit.clamp(1, 1000) as i64;
        let offset = i64::try_from(q.offset).unwrap_or(i64::MAX);
        let search = q.search.as_deref().map(str::trim).filter(|s| !s.is_empty());
        const LIKE: &str =
            "(voter.name LIKE :pattern ESCAPE '\\' OR voter.email LIKE :pattern ESCAPE '\\')";
        const FOLDED: &str = "(scrutineer_folded_contains(voter.name, :pattern) OR scrutineer_folded_contains(voter.email, :pattern))";
        // With the index, the rows come from it (CROSS JOIN keeps that
        // order of the loops): a search matching few voters never walks the
        // whole roll.
        let (from, filter, pattern, fts) = match search {
            None => ("voter", String::new(), None, None),
            Some(s) => {
                // LIKE folds ASCII only: a search with any other letter is
                // compared lowercased in Rust (search.rs).
                let (pattern, check) = if s.is_ascii() {
                    (like_pattern(s), LIKE)
                } else {
                    (crate::search::fold(s), FOLDED)
                };
                match trigram_query(s) {
                    // The index's rows, and the voters not yet indexed
                    // (after a big import, until the index is built: read
                    // one by one, in id order), so the answer is exact
                    // either way.
                    Some(m) => (
                        "(SELECT rowid AS id FROM voter_fts WHERE voter_fts MATCH :fts
                          UNION ALL SELECT id FROM voter WHERE id > (SELECT upto FROM search_index)) AS hit
                         CROSS JOIN voter ON voter.id = hit.id",
                        format!(" AND {check}"),
                        Some(pattern),
                        Some(m),
                    ),
                    // One or two characters: every row is read. In rowid
                    // order (NOT INDEXED), not through the name index, which
                    // would visit the table in random order (4x slower).
                    None => (
                        "voter NOT INDEXED",
                        format!(" AND {check}"),
                        Some(pattern),
                        None,
                    ),
                }
            }
        };
        let mut named: Vec<(&str, &dyn rusqlite::ToSql)> = vec![(":term", &t.id)];
        if let Some(p) = &pattern {
            named.push((":pattern", p));
        }
        if let Some(m) = &fts {
            named.push((":fts", m));
        }
        let total: i64 = self.conn.query_row(
            &format!("SELECT COUNT(*) FROM {from} WHERE voter.term_id = :term{filter}"),
            named.as_slice(),
            |r| r.get(0),
        )?;
        named.push((":limit", &limit));
        named.push((":offset", &offset));
        let mut st = self.conn.prepare(&format!(
            "SELECT voter.id, voter.name, COALESCE(voter.email, ''), voter.member_id, voter.weight FROM {from}
             WHERE voter.term_id = :term{filter}
             ORDER BY voter.name, voter.id LIMIT :limit OFFSET :offset"
        ))?;
        let voters = st
            .query_map(named.as_slice(), |r| {
                Ok(Voter {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    email: r.get(2)?,
                    member_id: r.get(3)?,
                    weight: r.get::<_, i64>(4)? as u64,
                })
            })?
            .collect::<std::result::Result<_, _>>()?;
        Ok(VoterPage {
            total: total as u64,
            voters,
        })
    }

    // ---- nominees ------------------------------------------------------

    // Adding, correcting, endorsing and accepting: `nominations.rs`.

    pub fn nominees(&self, term: &str) -> Result<Vec<Nominee>> {
        let t = self.term(term)?;
        nominees_in(&self.conn, t.id)
    }

    /// Withdraw a nominee: the nominee is removed before counting. Allowed
    /// until the term is certified; a counted term is reopened.
    pub fn withdraw_nominee(&mut self, term: &str, name: &str, reason: &str) -> Result<Nominee> {
        let t = self.term(term)?;
        if t.stage == Stage::Certified {
            return Err(certified(&t));
        }
        let reason = fields::required(&f::REASON, reason)?;
        audit::check_before_change(&self.conn, &t.name)?;
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            "UPDATE nominee SET withdrawn = 1 WHERE term_id = ?1 AND name = ?2 AND withdrawn = 0",
            params![t.id, name.trim()],
        )?;
        if changed == 0 {
            let standing: Vec<String> = nominees_in(&tx, t.id)?
                .into_iter()
                .filter(|n| !n.withdrawn)
                .map(|n| n.name)
                .collect();
            let m = match crate::words::nearest(name, &standing) {
                Some(near) => Msg::new("err-no-standing-nominee-near").arg("near", near),
                None => Msg::new("err-no-standing-nominee"),
            };
            return Err(Error::not_found(
                m.arg("term", t.name.as_str()).arg("name", name.trim()),
            ));
        }
        reopen_if_counted(&tx, &t)?;
        audit::append(
            &tx,
            &t.name,
            "nominee.withdraw",
            &format!("name={:?} reason={reason:?}", name.trim()),
        )?;
        tx.commit()?;
        self.nominees(term)?
            .into_iter()
            .find(|x| x.name == name.trim())
            .ok_or_else(|| Error::not_found(Msg::new("err-nominee-vanished")))
    }

    // ---- ballots -------------------------------------------------------

    /// Import a ballot file (grid CSV or BLT) into a term, as one batch in
    /// one transaction. The file's candidates must all be nominees. A batch
    /// smaller than the term's secrecy threshold is refused (see
    /// [`Election::import_ballots_with_reason`]).
    pub fn import_ballots(&mut self, term: &str, path: &Path) -> Result<BallotBatch> {
        self.import_ballots_with_reason(term, path, None)
    }

    /// Import a ballot file. The file is streamed (memory follows distinct
    /// ballots); its ballots are stored merged and in the canonical order
    /// (`state.rs`), so the file says nothing about the order they arrived
    /// in. A batch of fewer ballots than the term's secrecy threshold could
    /// be tied to the voters who just voted, so it is refused unless the
    /// officer gives a reason, which the audit log and the certificate
    /// record. The audit entry names no voter (nor the file, whose name
    /// could): its hash, its number of ballots, and the reason.
    pub fn import_ballots_with_reason(
        &mut self,
        term: &str,
        path: &Path,
        small_batch_reason: Option<&str>,
    ) -> Result<BallotBatch> {
        self.import_input(term, path, None, None, small_batch_reason)
    }

    /// Import a ballot or totals file of any supported format (issue 7):
    /// `format` names it (`None`: detected from the content). Ballots are
    /// imported as by [`Election::import_ballots_with_reason`], with the
    /// format and what a blank mark means in it recorded with the batch;
    /// totals (approval and plurality terms only) are stored as a totals
    /// batch with `ballots_cast` (required unless the file gives it).
    pub fn import_input(
        &mut self,
        term: &str,
        path: &Path,
        format: Option<Format>,
        ballots_cast: Option<u64>,
        small_batch_reason: Option<&str>,
    ) -> Result<BallotBatch> {
        let t = self.term(term)?;
        match t.stage {
            Stage::Certified => return Err(certified(&t)),
            Stage::Draft => {
                return Err(Error::stage(
                    Msg::new("err-no-nominees-yet").arg("term", t.name.as_str()),
                ))
            }
            _ => {}
        }
        let small_batch_reason = small_batch_reason
            .map(|r| {
                let spec = f::FieldSpec {
                    what: "small-batch reason",
                    ..f::REASON
                };
                fields::required(&spec, r)
            })
            .transpose()?;
        audit::check_before_change(&self.conn, &t.name)?;
        let method: Method = crate::fields::parse_method(&t.method)?;
        let file_name = path.display().to_string();
        let file = match read_input(path, format, method.ballot_kind())? {
            Input::Ballots(b) => {
                if ballots_cast.is_some_and(|n| n != b.count) {
                    return Err(Error::invalid(
                        Msg::new("err-ballots-count-differs")
                            .arg("file", file_name.as_str())
                            .arg("count", b.count)
                            .arg("given", ballots_cast.unwrap_or_default().to_string()),
                    ));
                }
                b
            }
            Input::Totals(tot) => {
                let cast = match (ballots_cast, tot.ballots) {
                    (Some(a), Some(b)) if a != b => {
                        return Err(Error::invalid(
                            Msg::new("err-totals-cast-differs")
                                .arg("file", file_name.as_str())
                                .arg("cast", b.to_string())
                                .arg("given", a.to_string()),
                        ))
                    }
                    (Some(a), _) | (None, Some(a)) => a,
                    (None, None) => {
                        return Err(Error::invalid(
                            Msg::new("err-totals-cast-missing").arg("file", file_name.as_str()),
                        ))
                    }
                };
                let votes: Vec<(String, u64)> = tot.candidates.into_iter().zip(tot.votes).collect();
                return self.store_totals(
                    &t.name,
                    &base_name(path),
                    &tot.sha256,
                    tot.format.name(),
                    &votes,
                    cast,
                );
            }
        };
        let set = ballot_set(
            &self.conn,
            &t,
            method,
            path,
            &file,
            small_batch_reason.as_deref(),
        )?;
        let tx = self.conn.transaction()?;
        let batch = store_ballot_batch(&tx, &t, path, &file, &set, small_batch_reason.as_deref())?;
        tx.commit()?;
        Ok(batch)
    }

    pub fn ballot_batches(&self, term: &str) -> Result<Vec<BallotBatch>> {
        let t = self.term(term)?;
        batches_in(&self.conn, t.id)
    }

    // ---- counting ------------------------------------------------------

    /// Count the term under its method and rules, store the result, and move
    /// the term to stage `counted`. A file that fails verification (changed
    /// outside Scrutineer) is refused.
    pub fn tally(&mut self, term: &str) -> Result<Tally> {
        let t = self.term(term)?;
        match t.stage {
            Stage::Certified => return Err(certified(&t)),
            Stage::Draft | Stage::Nominations => {
                return Err(Error::stage(
                    Msg::new("err-no-ballots-yet").arg("term", t.name.as_str()),
                ))
            }
            _ => {}
        }
        audit::check_term(&self.conn, &t.name)?;
        let tally = self.compute_tally(&t)?;
        let json = serde_json::to_string(&tally)
            .map_err(|e| Error::new(ErrorCode::Database, crate::error::detail(e)))?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO result (term_id, counted_at, tally) VALUES (?1, ?2, ?3)
             ON CONFLICT(term_id) DO UPDATE SET counted_at = excluded.counted_at, tally = excluded.tally",
            params![t.id, tally.counted_at, json],
        )?;
        tx.execute("UPDATE term SET stage = 'counted' WHERE id = ?1", [t.id])?;
        audit::append(
            &tx,
            &t.name,
            "count",
            &format!(
                "method={} ballots={} ballot_sha256={} winners={:?} tie_breaks={}",
                tally.method,
                tally.ballots,
                tally.ballot_sha256,
                tally.winners,
                tally.tie_breaks.len()
            ),
        )?;
        tx.commit()?;
        Ok(tally)
    }

    /// Count a term without storing anything.
    fn compute_tally(&self, t: &Term) -> Result<Tally> {
        let nominees = nominees_in(&self.conn, t.id)?;
        let names: Vec<String> = nominees.iter().map(|n| n.name.clone()).collect();
        let set = canonical_ballots(&self.conn, t.id)?;
        let eligible = self.count_of("voter", t.id)?;
        let extras = crate::term_rules::load_extras(&self.conn, t.id, &names)?;
        count_term_with(t, &nominees, &set, eligible, now_utc(), &extras)
    }

    /// The tie the term's count stops at for the returns officer to decide
    /// (under the `officer` tie rule), if any.
    pub fn pending_tie(&self, term: &str) -> Result<Option<PendingTie>> {
        let t = self.term(term)?;
        if matches!(t.stage, Stage::Draft | Stage::Nominations) {
            return Ok(None);
        }
        let nominees = nominees_in(&self.conn, t.id)?;
        let names: Vec<String> = nominees.iter().map(|n| n.name.clone()).collect();
        let set = canonical_ballots(&self.conn, t.id)?;
        let extras = crate::term_rules::load_extras(&self.conn, t.id, &names)?;
        match count_or_tie(&t, &nominees, &set, 0, now_utc(), &extras)? {
            Ok(_) => Ok(None),
            Err((context, tied)) => Ok(Some(PendingTie {
                command: tie_command(&t.name, &tied),
                context,
                tied,
            })),
        }
    }

    /// Record the returns officer's decision of the tie the term's count
    /// stops at; the next count uses it.
    pub fn decide_tie(&mut self, term: &str, d: &NewTieDecision) -> Result<TieDecision> {
        let pending = self.pending_tie(term)?.ok_or_else(|| {
            Error::invalid(Msg::new("err-no-tie-waiting").arg("term", term.trim()))
        })?;
        self.record_tie_decision(term, &pending, d)
    }

    /// The stored result of the last count, if any.
    pub fn result(&self, term: &str) -> Result<Option<Tally>> {
        let t = self.term(term)?;
        let json: Option<String> = self
            .conn
            .query_row("SELECT tally FROM result WHERE term_id = ?1", [t.id], |r| {
                r.get(0)
            })
            .optional()?;
        json.map(|j| {
            serde_json::from_str(&j).map_err(|e| {
                Error::new(
                    ErrorCode::Database,
                    Msg::new("err-stored-result-damaged").arg("detail", e.to_string()),
                )
            })
        })
        .transpose()
    }

    fn counted(&self, term: &str) -> Result<Tally> {
        self.result(term)?
            .ok_or_else(|| Error::stage(Msg::new("err-not-counted").arg("term", term)))
    }

    /// The stored result, for an output: refused when the file fails
    /// verification (a result edited outside Scrutineer must not go out).
    pub(crate) fn verified_result(&self, term: &str) -> Result<Tally> {
        let t = self.counted(term)?;
        audit::check_term(&self.conn, &t.term)?;
        Ok(t)
    }

    /// The results as CSV text (`results_csv.rs`: the nominees, an empty
    /// line, the summary).
    pub fn results_csv(&self, term: &str) -> Result<String> {
        let t = self.verified_result(term)?;
        let cert = self.certification(&t.term)?;
        let lang = self.term(term)?.language;
        crate::export::results_csv(&t, cert.as_ref(), lang)
    }

    /// Write the results CSV; the audit log records it (with its SHA-256).
    pub fn export_results(&self, term: &str, out: &Path) -> Result<()> {
        self.export_results_with(term, out, &Default::default())
    }

    /// Write the results CSV (`results_csv.rs`), for Excel with a BOM.
    pub fn export_results_with(
        &self,
        term: &str,
        out: &Path,
        opts: &crate::results_csv::ResultsCsvOptions,
    ) -> Result<()> {
        let t = self.verified_result(term)?;
        let cert = self.certification(&t.term)?;
        let opts = crate::results_csv::ResultsCsvOptions {
            language: self.term(term)?.language,
            ..*opts
        };
        let csv = crate::results_csv::results_csv(&t, cert.as_ref(), &opts)?;
        output::write_atomic(out, &self.kept_files(), &csv)?;
        self.record_output(term, "export.results", "results CSV", &csv)
    }

    /// Write the certificate of results (PDF) for a counted term; the audit
    /// log records it (with its SHA-256).
    pub fn certificate(&self, term: &str, out: &Path) -> Result<()> {
        let pdf = self.certificate_pdf(term)?;
        output::write_atomic(out, &self.kept_files(), &pdf)?;
        self.record_output(term, "export.certificate", "certificate", &pdf)
    }

    /// The certificate's PDF bytes, with the notes that come from the file
    /// rather than the count: small batches imported with a reason, the
    /// officer's acknowledgements of changes made outside Scrutineer, and the
    /// audit chain's head.
    pub fn certificate_pdf(&self, term: &str) -> Result<Vec<u8>> {
        let mut t = self.verified_result(term)?;
        for note in self.certificate_notes(&t.term)? {
            t.warnings.push(crate::export::english(&note));
            t.warning_events.push(note);
        }
        let cert = self.certification(&t.term)?;
        let lang = self.term(term)?.language;
        crate::export::certificate_pdf(&t, &today(), cert.as_ref(), lang)
    }

    fn certificate_notes(&self, term: &str) -> Result<Vec<Said>> {
        let id = self.term(term)?.id;
        let mut notes = Vec::new();
        let mut st = self.conn.prepare(
            "SELECT ballots, small_batch_reason FROM ballot_batch
             WHERE term_id = ?1 AND small_batch_reason IS NOT NULL ORDER BY id",
        )?;
        let small: Vec<(i64, String)> = st
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<std::result::Result<_, _>>()?;
        // Messages, which the certificate says in its language.
        for (n, reason) in small {
            notes.push(
                Said::new("cert-small-batch")
                    .int("n", n.max(0) as u64)
                    .text("reason", reason),
            );
        }
        for reason in audit::acknowledgements(&self.conn, term)? {
            notes.push(Said::new("cert-acknowledged").text("reason", reason));
        }
        let r = audit::verify_head(&self.conn)?;
        notes.push(
            Said::new("cert-audit-head")
                .text("seq", r.0.to_string())
                .text("hash", r.1),
        );
        Ok(notes)
    }

    // ---- audit ---------------------------------------------------------

    pub fn verify_audit(&self) -> Result<audit::AuditReport> {
        audit::verify(&self.conn)
    }

    /// Record the current state of the file as the officer's, after a change
    /// made outside Scrutineer, with the reason (one transaction; the
    /// entries go on the certificate). Returns the verification afterwards.
    pub fn acknowledge(&mut self, reason: &str) -> Result<audit::AuditReport> {
        let reason = fields::required(&f::REASON, reason)?;
        let tx = self.conn.transaction()?;
        audit::acknowledge(&tx, &reason)?;
        tx.commit()?;
        audit::verify(&self.conn)
    }

    pub fn audit_log(&self, term: Option<&str>) -> Result<Vec<audit::AuditEntry>> {
        audit::entries(&self.conn, term)
    }

    /// For the roll module: the connection.
    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// Count a term's canonical ballot set under its rules: the one function
/// behind `tally` and the bundle's re-count (`bundle.rs`), so both give the
/// same figures from the same inputs. The tie-break draw is seeded with the
/// term's seed text and the canonical ballot set's SHA-256.
/// Count under the method and the term's row alone (no declared rules).
#[allow(dead_code)]
pub(crate) fn count_term(
    t: &Term,
    nominees: &[Nominee],
    set: &CanonicalBallots,
    eligible: u64,
    counted_at: String,
) -> Result<Tally> {
    count_term_with(
        t,
        nominees,
        set,
        eligible,
        counted_at,
        &crate::term_rules::Extras::default(),
    )
}

/// [`count_term`] under the term's declared rules, officer decisions and
/// published totals (issue 7).
pub(crate) fn count_term_with(
    t: &Term,
    nominees: &[Nominee],
    set: &CanonicalBallots,
    eligible: u64,
    counted_at: String,
    extras: &crate::term_rules::Extras,
) -> Result<Tally> {
    count_or_tie(t, nominees, set, eligible, counted_at, extras)?
        .map_err(|(context, tied)| tie_needed(&t.name, &context, &tied))
}

/// A tie the count stopped at: what it decides, and who is tied.
type Undecided = (String, Vec<String>);

/// [`count_term_with`], with a tie the officer must decide returned as the
/// inner error.
fn count_or_tie(
    t: &Term,
    nominees: &[Nominee],
    set: &CanonicalBallots,
    eligible: u64,
    counted_at: String,
    extras: &crate::term_rules::Extras,
) -> Result<std::result::Result<Tally, Undecided>> {
    let method: Method = crate::fields::parse_method(&t.method)?;
    let profile: Profile = set.profile()?;
    let ballot_hash = match &extras.totals {
        Some(tot) => tot.sha256.clone(),
        None => set.sha256(),
    };
    let mut rules = Rules::new(t.seats as usize);
    rules.seed = t.seed.clone();
    rules.ballot_hash = ballot_hash.clone();
    rules.withdrawn = nominees
        .iter()
        .enumerate()
        .filter(|(_, n)| n.withdrawn)
        .map(|(i, _)| i)
        .collect();
    let (group_of, sitting) = employer_groups_with(nominees, &extras.rules.sitting);
    let cap = match (&extras.rules.cap_fraction, t.max_per_employer) {
        (Some(f), _) => {
            let (num, den) = crate::term_rules::parse_fraction(f)?;
            Some(Cap::Fraction {
                num: u64::from(num),
                den: u64::from(den),
            })
        }
        (None, Some(max)) => Some(Cap::Count(max as usize)),
        (None, None) => None,
    };
    if let Some(max) = cap {
        rules.groups = Some(GroupCap {
            group_of,
            max,
            sitting,
        });
    }
    let names: Vec<String> = nominees.iter().map(|n| n.name.clone()).collect();
    let extra_lines = extras.apply(method, &names, &mut rules)?;
    let outcome = match &extras.totals {
        Some(tot) => count::count_totals(method, names.clone(), &tot.votes, Some(tot.cast), &rules),
        None => count::count(method, &profile, &rules),
    };
    let outcome = match outcome {
        Ok(o) => o,
        Err(count::CountError::TieNeedsDecision { context, tied }) => {
            return Ok(Err((context, tied)))
        }
        Err(other) => return Err(other.into()),
    };
    let ballots = match &extras.totals {
        Some(tot) => tot.cast,
        None => profile.total_weight(),
    };
    // An empty roll: the turnout cannot be worked out.
    let turnout = (eligible > 0).then(|| percent(ballots, eligible));
    let quorum_met = t
        .quorum_percent
        .map(|q| eligible > 0 && ballots * 100 >= q as u64 * eligible);
    let mut candidates: Vec<TallyCandidate> = outcome
        .candidates
        .iter()
        .zip(nominees)
        .map(|(c, n)| TallyCandidate {
            name: c.name.clone(),
            employer: n.employer.clone(),
            votes: c.votes.clone(),
            rank: c.rank.map(|r| r as u32),
            status: c.status.label().to_string(),
        })
        .collect();
    // Issue 10: a seat a tie decided says so, and every output shows the
    // candidates in one order (`export::display_order`).
    crate::export::tie_statuses(&mut candidates, &outcome.tie_breaks);
    let candidates: Vec<TallyCandidate> =
        crate::export::display_order(&candidates, &outcome.tie_breaks)
            .into_iter()
            .cloned()
            .collect();
    // The stored result's words are English, from locales/en (the neutral
    // record); documents write them in the term's language
    // (export::SENTENCES).
    let mut rule_lines = vec![Said::new("rule-seats").int("n", u64::from(t.seats))];
    match (&rules.groups, t.max_per_employer) {
        (Some(g), _) if extras.rules.cap_fraction.is_some() => rule_lines
            .push(Said::new("rule-employer-cap").note("cap", g.describe_note(t.seats as usize))),
        (_, Some(m)) => rule_lines.push(Said::new("rule-max-per-employer").int("n", u64::from(m))),
        _ => rule_lines.push(Said::new("rule-no-employer-limit")),
    }
    if !extras.rules.sitting.is_empty() {
        let list: Vec<String> = extras
            .rules
            .sitting
            .iter()
            .map(|m| match &m.employer {
                Some(e) => format!("{} ({e})", m.name),
                None => m.name.clone(),
            })
            .collect();
        rule_lines.push(Said::new("rule-sitting").text("list", list.join(", ")));
    }
    rule_lines.extend(extra_lines);
    rule_lines.push(if t.seed.is_empty() {
        Said::new("rule-seed-default")
    } else {
        Said::new("rule-seed-given").text("seed", t.seed.as_str())
    });
    if let Some(q) = t.quorum_percent {
        rule_lines.push(Said::new("rule-quorum").int("q", u64::from(q)));
    }
    let withdrawn: Vec<&str> = outcome
        .candidates
        .iter()
        .filter(|c| c.status == Status::Withdrawn)
        .map(|c| c.name.as_str())
        .collect();
    if !withdrawn.is_empty() {
        rule_lines.push(Said::new("rule-withdrawn").text("list", withdrawn.join(", ")));
    }
    let mut warnings = Vec::new();
    if eligible == 0 {
        warnings.push(Said::new("warn-empty-roll"));
    } else if ballots > eligible {
        warnings.push(
            Said::new("warn-more-ballots")
                .text("ballots", ballots.to_string())
                .text("eligible", eligible.to_string()),
        );
    }
    if quorum_met == Some(false) {
        warnings.push(Said::new("warn-quorum-not-met"));
    }
    let standing = outcome
        .candidates
        .iter()
        .filter(|c| c.status != Status::Withdrawn)
        .count() as u64;
    if u64::from(t.seats) > standing {
        warnings.push(
            Said::new("warn-seats-exceed")
                .int("seats", u64::from(t.seats))
                .int("standing", standing)
                .int("empty", u64::from(t.seats) - standing),
        );
    }
    let tally = Tally {
        term: t.name.clone(),
        organisation: t.organisation.clone(),
        method: method.name().to_string(),
        method_title: method.title().to_string(),
        seats: t.seats,
        winners: outcome.winners.clone(),
        excluded: outcome.excluded.clone(),
        tie_breaks: outcome.tie_breaks.clone(),
        ballots,
        eligible,
        turnout,
        quorum_met,
        candidates,
        ballot_sha256: ballot_hash,
        rules: rule_lines.iter().map(crate::export::english).collect(),
        warnings: warnings.iter().map(crate::export::english).collect(),
        counted_at,
        outcome,
        rule_events: rule_lines,
        warning_events: warnings,
    };
    Ok(Ok(tally))
}

/// The ballots of `file` in the columns of term `t`'s nominees, merged
/// and in the canonical order, after the checks that need no write: every
/// candidate of the file is a nominee, the batch is not smaller than the
/// secrecy threshold without a reason, the term holds no totals.
fn ballot_set(
    conn: &Connection,
    t: &Term,
    method: Method,
    path: &Path,
    file: &scrutineer_formats::BallotFile,
    small_batch_reason: Option<&str>,
) -> Result<CanonicalBallots> {
    let file_name = path.display().to_string();
    let nominees = nominees_in(conn, t.id)?;
    let known: Vec<&str> = nominees.iter().map(|n| n.name.as_str()).collect();
    let mut column_of = Vec::with_capacity(file.profile.candidates.len());
    for (col, c) in file.profile.candidates.iter().enumerate() {
        match known.iter().position(|k| k == c) {
            Some(i) => column_of.push(i),
            None => {
                let problem = match crate::words::nearest(c, &known) {
                    Some(near) => Msg::new("err-ballot-column-not-nominee-near").arg("near", near),
                    None => Msg::new("err-ballot-column-not-nominee"),
                };
                return Err(Error::new(
                    ErrorCode::BadFile,
                    Msg::new("err-file-at-line-column")
                        .arg("file", file_name.as_str())
                        .arg("line", "1")
                        .arg("column", (col + 1).to_string())
                        .arg(
                            "problem",
                            problem
                                .arg("name", c.as_str())
                                .arg("term", t.name.as_str())
                                .arg("nominees", crate::words::and_list_msg(&known)),
                        ),
                ));
            }
        }
    }
    if file.count < t.secrecy_min as u64 && small_batch_reason.is_none() {
        return Err(Error::invalid(
            Msg::new("err-small-batch")
                .arg("file", file_name.as_str())
                .arg("count", file.count)
                .arg("term", t.name.as_str())
                .arg("min", t.secrecy_min.to_string()),
        ));
    }
    // The file's ballots in the term's columns, merged and sorted.
    let mut set = CanonicalBallots::new(
        known.iter().map(|s| s.to_string()).collect(),
        method.ballot_kind(),
    );
    for b in &file.profile.ballots {
        let marks = crate::state::remap(&b.marks, &column_of);
        set.add(&marks, b.weight)?;
    }
    if crate::totals::has_totals(conn, t.id)? {
        return Err(Error::invalid(
            Msg::new("err-totals-and-ballots").arg("term", t.name.as_str()),
        ));
    }
    Ok(set)
}

/// In an open transaction: refuse a batch whose SHA-256 is already among
/// the term's batches (the same file, or the same totals, entered twice),
/// saying when the first was entered: `{file_name}: {what} into term "T" on
/// {when}`.
pub(crate) fn refuse_repeated_batch(
    tx: &Transaction,
    t: &Term,
    sha256: &str,
    file_name: &str,
    what: &'static str,
) -> Result<()> {
    let first: Option<String> = tx
        .query_row(
            "SELECT imported_at FROM ballot_batch WHERE term_id = ?1 AND sha256 = ?2",
            params![t.id, sha256],
            |r| r.get(0),
        )
        .optional()?;
    match first {
        Some(at) => Err(Error::new(
            ErrorCode::AlreadyExists,
            Msg::new("err-batch-repeated")
                .arg("file", file_name)
                .arg("what", Msg::new(what))
                .arg("term", t.name.as_str())
                .arg("at", at),
        )),
        None => Ok(()),
    }
}

/// In an open transaction: store a batch (refused if the same file was
/// imported before), open voting, and append the audit entry.
fn store_ballot_batch(
    tx: &Transaction,
    t: &Term,
    path: &Path,
    file: &scrutineer_formats::BallotFile,
    set: &CanonicalBallots,
    small_batch_reason: Option<&str>,
) -> Result<BallotBatch> {
    refuse_repeated_batch(
        tx,
        t,
        &file.sha256,
        &path.display().to_string(),
        "err-batch-file-repeated",
    )?;
    let at = now_utc();
    tx.execute(
            "INSERT INTO ballot_batch (term_id, file_name, sha256, ballots, kind, imported_at, small_batch_reason, format, blank) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                t.id,
                base_name(path),
                file.sha256,
                file.count as i64,
                format!("{:?}", file.kind).to_lowercase(),
                at,
                small_batch_reason,
                file.format.name(),
                crate::term_rules::blank_name(file.blank)
            ],
        )?;
    let batch = tx.last_insert_rowid();
    {
        let mut ins =
            tx.prepare("INSERT INTO ballot (batch_id, weight, marks) VALUES (?1, ?2, ?3)")?;
        for (key, weight) in &set.rows {
            let json = serde_json::to_string(&set.stored(key)?)
                .map_err(|e| Error::new(ErrorCode::Database, crate::error::detail(e)))?;
            ins.execute(params![batch, *weight as i64, json])?;
        }
    }
    if t.stage == Stage::Nominations {
        tx.execute("UPDATE term SET stage = 'voting' WHERE id = ?1", [t.id])?;
    }
    reopen_if_counted(tx, t)?;
    let mut detail = format!(
        "sha256={} ballots={} format={}",
        file.sha256,
        file.count,
        file.format.name()
    );
    if let Some(r) = &small_batch_reason {
        detail.push_str(&format!(
            " (a small batch: fewer than {} ballots){}{r}",
            t.secrecy_min,
            audit::REASON_SEP
        ));
    }
    audit::append(tx, &t.name, "ballots.import", &detail)?;
    Ok(BallotBatch {
        id: batch,
        file: base_name(path),
        sha256: file.sha256.clone(),
        count: file.count,
        imported_at: at,
    })
}

/// In an open transaction: import the ballot file `path` (of `format`)
/// into term `term` as [`Election::import_input`] does for ballots (every
/// check, the audit entry), for a change made of several steps (an Elekto
/// folder imported as one transaction).
pub(crate) fn import_ballots_in(
    tx: &Transaction,
    term: &str,
    path: &Path,
    format: Option<Format>,
) -> Result<BallotBatch> {
    let t = term_in(tx, term)?;
    if t.stage == Stage::Draft || t.stage == Stage::Certified {
        return Err(Error::stage(
            Msg::new("err-no-ballots-at-stage")
                .arg("term", t.name.as_str())
                .arg("stage", t.stage.msg()),
        ));
    }
    audit::check_before_change(tx, &t.name)?;
    let method: Method = crate::fields::parse_method(&t.method)?;
    let file = match read_input(path, format, method.ballot_kind())? {
        Input::Ballots(b) => b,
        Input::Totals(_) => {
            return Err(Error::invalid(
                Msg::new("err-holds-totals").arg("file", path.display().to_string()),
            ))
        }
    };
    let set = ballot_set(tx, &t, method, path, &file, None)?;
    store_ballot_batch(tx, &t, path, &file, &set, None)
}

/// Create a term in the transaction `tx` (see [`Election::create_term`]);
/// returns its name as stored. Part of a bigger change (an Elekto folder
/// imported as one transaction) or the whole of one.
pub(crate) fn create_term_in(tx: &Transaction, t: &NewTerm) -> Result<String> {
    let name = fields::required(&f::TERM_NAME, &t.name)?;
    let method: Method = crate::fields::parse_method(t.method.trim())?;
    fields::seats("the number of seats", t.seats)?;
    if t.max_per_employer == Some(0) {
        return Err(Error::invalid(Msg::new("err-cap-zero-form")));
    }
    if let Some(m) = t.max_per_employer {
        fields::seats("the maximum winners per employer", m)?;
    }
    if let Some(q) = t.quorum_percent {
        if !(1..=100).contains(&q) {
            return Err(Error::invalid(Msg::new("err-quorum-range")));
        }
    }
    // The seed is used exactly as typed (it seeds the draw), so it is
    // checked, not cleaned; line breaks and tabs are allowed.
    let seed_spec = f::FieldSpec {
        multiline: true,
        ..f::SEED
    };
    crate::fields::check(&seed_spec, &t.seed)?;
    let secrecy_min = t.secrecy_min.unwrap_or(5);
    if secrecy_min == 0 {
        return Err(Error::invalid(Msg::new("err-secrecy-zero")));
    }
    let organisation = fields::text(&f::ORGANISATION, &t.organisation)?;
    let rules = crate::term_rules::validate(&t.rules, method.name())?;
    let nominations = crate::nominations::validate_rules(&t.nominations)?;
    let exists: bool = tx.query_row(
        "SELECT EXISTS(SELECT 1 FROM term WHERE name = ?1)",
        [&name],
        |r| r.get(0),
    )?;
    if exists {
        return Err(Error::new(
            ErrorCode::AlreadyExists,
            Msg::new("err-term-exists").arg("term", name.as_str()),
        ));
    }
    tx.execute(
            "INSERT INTO term (name, organisation, seats, method, max_per_employer, seed, quorum_percent, stage, created_at, secrecy_min, language)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'draft', ?8, ?9, ?10)",
            params![
                name,
                organisation,
                t.seats,
                method.name(),
                t.max_per_employer,
                t.seed,
                t.quorum_percent,
                now_utc(),
                secrecy_min,
                t.language.code()
            ],
        )?;
    let term_id = tx.last_insert_rowid();
    crate::term_rules::save(tx, term_id, &rules)?;
    crate::nominations::save_rules(tx, term_id, &nominations)?;
    audit::append(
            tx,
            &name,
            "term.create",
            &format!(
                "seats={} method={} max_per_employer={} seed={:?} quorum_percent={} secrecy_min={secrecy_min}{}{}{}",
                t.seats,
                method.name(),
                t.max_per_employer
                    .map(|m| m.to_string())
                    .unwrap_or_else(|| "none".into()),
                t.seed,
                t.quorum_percent
                    .map(|m| m.to_string())
                    .unwrap_or_else(|| "none".into()),
                // English, the default, as before the languages came.
                if t.language == Lang::En {
                    String::new()
                } else {
                    format!(" language={}", t.language)
                },
                with_space(crate::term_rules::describe(&rules)),
                with_space(crate::nominations::describe_rules(&nominations)),
            ),
        )?;
    Ok(name)
}

pub(crate) fn term_in(conn: &Connection, name: &str) -> Result<Term> {
    conn.query_row(
        "SELECT id, name, organisation, seats, method, max_per_employer, seed, quorum_percent, stage, created_at, secrecy_min, language
         FROM term WHERE name = ?1",
        [name.trim()],
        |r| {
            let stage: String = r.get(8)?;
            Ok(Term {
                id: r.get(0)?,
                name: r.get(1)?,
                organisation: r.get(2)?,
                seats: r.get(3)?,
                method: r.get(4)?,
                max_per_employer: r.get(5)?,
                seed: r.get(6)?,
                quorum_percent: r.get(7)?,
                stage: Stage::parse(&stage).unwrap_or(Stage::Draft),
                created_at: r.get(9)?,
                secrecy_min: r.get(10)?,
                // The column's CHECK allows only the languages Lang knows.
                language: r.get::<_, String>(11)?.parse().unwrap_or_default(),
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found(Msg::new("err-term-not-found").arg("term", name.trim())))
}

pub(crate) fn term_for_change(conn: &Connection, name: &str) -> Result<Term> {
    let t = term_in(conn, name)?;
    if t.stage == Stage::Certified {
        return Err(certified(&t));
    }
    audit::check_before_change(conn, &t.name)?;
    Ok(t)
}

pub(crate) fn nominees_in(conn: &Connection, term_id: i64) -> Result<Vec<Nominee>> {
    let mut st = conn.prepare(&format!(
        "SELECT {} FROM nominee WHERE term_id = ?1 ORDER BY position",
        crate::nominations::NOMINEE_COLUMNS
    ))?;
    let rows = st.query_map([term_id], crate::nominations::nominee_row)?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

fn batches_in(conn: &Connection, term_id: i64) -> Result<Vec<BallotBatch>> {
    let mut st = conn.prepare(
        "SELECT id, file_name, sha256, ballots, imported_at FROM ballot_batch WHERE term_id = ?1 ORDER BY id",
    )?;
    let rows = st.query_map([term_id], |r| {
        Ok(BallotBatch {
            id: r.get(0)?,
            file: r.get(1)?,
            sha256: r.get(2)?,
            count: r.get::<_, i64>(3)? as u64,
            imported_at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

pub(crate) fn certified(t: &Term) -> Error {
    Error::stage(Msg::new("err-certified").arg("term", t.name.as_str()))
}

/// A counted term that changes goes back to voting, and its result is
/// discarded (it no longer matches the file).
pub(crate) fn reopen_if_counted(tx: &Transaction, t: &Term) -> Result<()> {
    if t.stage == Stage::Counted {
        tx.execute("DELETE FROM result WHERE term_id = ?1", [t.id])?;
        tx.execute("UPDATE term SET stage = 'voting' WHERE id = ?1", [t.id])?;
        audit::append(
            tx,
            &t.name,
            "term.stage",
            "counted -> voting (the result was discarded by a change)",
        )?;
    }
    Ok(())
}

/// Each nominee's employer group, and each sitting member's. Employers are
/// compared ignoring case and surrounding space; a group is shown as first
/// written ("ACME" and "acme " are one group, shown "ACME").
type SittingGroups = Vec<(String, Option<String>)>;
fn employer_groups_with(
    nominees: &[Nominee],
    sitting: &[SittingMember],
) -> (Vec<Option<String>>, SittingGroups) {
    let mut shown: HashMap<String, String> = HashMap::new();
    let mut group = |e: Option<&str>| {
        let e = e?.trim();
        let key = e.to_lowercase();
        Some(shown.entry(key).or_insert_with(|| e.to_string()).clone())
    };
    let nominees = nominees
        .iter()
        .map(|n| group(n.employer.as_deref()))
        .collect();
    let sitting = sitting
        .iter()
        .map(|m| (m.name.clone(), group(m.employer.as_deref())))
        .collect();
    (nominees, sitting)
}

/// The error of a count stopped at a tie the returns officer must decide,
/// with the exact command that records the decision.
pub(crate) fn tie_needed(term: &str, context: &str, tied: &[String]) -> Error {
    Error::new(
        ErrorCode::TieDecisionNeeded,
        Msg::new("err-tie-needed")
            .arg("tied", tied.join(", "))
            .arg("context", context)
            .arg("command", tie_command(term, tied)),
    )
}

/// The CLI command recording a decision of a tie between `tied`.
pub(crate) fn tie_command(term: &str, tied: &[String]) -> String {
    let quote = |s: &str| format!("'{}'", s.replace('\'', "'\\''"));
    format!(
        "scrutineer tie decide {} --order {} --method coin|lot|casting-vote --decided-by NAME [--witness NAME]",
        quote(term),
        quote(&tied.join(","))
    )
}

/// `" text"`, or nothing when `text` is empty.
fn with_space(text: String) -> String {
    if text.is_empty() {
        text
    } else {
        format!(" {text}")
    }
}

fn percent(part: u64, whole: u64) -> String {
    // Two decimals, rounded half up, in integer arithmetic.
    let hundredths = (part as u128 * 10_000 * 2 + whole as u128) / (whole as u128 * 2);
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

fn base_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

/// `%text%` for `LIKE ... ESCAPE '\'`: the search's `%`, `_` and `\` match
/// themselves.
fn like_pattern(s: &str) -> String {
    format!(
        "%{}%",
        s.replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    )
}

/// Trigrams the index keeps for a search, at most this many (any of them
/// narrow the rows; the substring check does the rest).
const MAX_TRIGRAMS: usize = 12;

/// The FTS5 query for the rows of `voter_fts` holding every trigram of
/// `search` (each trigram quoted, so it is one token of the trigram
/// tokenizer, which folds case the same way for the rows and the query):
/// a superset of the rows whose name or email contains `search`. `None`
/// when the index cannot help: fewer than three characters (no trigram),
/// or a NUL (which the query parser would cut short).
fn trigram_query(search: &str) -> Option<String> {
    if search.contains('\0') {
        return None;
    }
    let chars: Vec<char> = search.chars().collect();
    let n = chars.len().checked_sub(2).filter(|&n| n > 0)?;
    // Keep at most MAX_TRIGRAMS, spread over the whole search.
    let step = n.div_ceil(MAX_TRIGRAMS);
    let kept: Vec<String> = chars
        .windows(3)
        .step_by(step)
        .map(|w| w.iter().collect::<String>())
        .map(|g| format!("\"{}\"", g.replace('"', "\"\"")))
        .collect();
    Some(kept.join(" AND "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_half_up() {
        assert_eq!(percent(5, 8), "62.50%");
        assert_eq!(percent(1, 3), "33.33%");
        assert_eq!(percent(2, 3), "66.67%");
        assert_eq!(percent(3, 3), "100.00%");
    }
}
