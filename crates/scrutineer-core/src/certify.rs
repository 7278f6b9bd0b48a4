//! Certification that means something: a counted term is certified by a
//! named returns officer (and, if given, a witness), at a recorded time, and
//! its certificate then carries an identifier derived from the file.
//!
//! The identifier is the first 16 hex digits of
//! `SHA-256("scrutineer certificate\n" + SHA-256(stored result) + "\n" +
//! audit chain head hash before the certification entry)`: the same result
//! certified from a different history gets a different identifier, and
//! anyone holding the file can recompute it (`identifier_for`).
//!
//! Until then every page of the certificate says "DRAFT — not certified"
//! and the results CSV says draft (`export.rs`).
//!
//! The certification row is covered by the term's rules digest
//! (`state::rules_digest`), so changing who certified, or when, outside
//! Scrutineer fails `audit verify`.

use crate::audit;
use crate::clock::{local, now_utc};
use crate::error::{Error, Result};
use crate::fields;
use crate::model::{Certification, CertifyRequest, Stage};
use crate::service::{certified, Election};
use rusqlite::{params, Connection, OptionalExtension};
use scrutineer_formats::fields as f;
use scrutineer_i18n::Msg;
use sha2::{Digest, Sha256};

/// The words every page of an uncertified certificate carries.
pub const DRAFT: &str = "DRAFT — not certified";

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// The certificate identifier for a stored result text and an audit head.
pub fn identifier_for(result_json: &str, head_hash: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"scrutineer certificate\n");
    h.update(hex(&Sha256::digest(result_json.as_bytes())).as_bytes());
    h.update(b"\n");
    h.update(head_hash.as_bytes());
    hex(&h.finalize())[..16].to_string()
}

/// The certification of the term with id `term_id`, if certified.
pub(crate) fn certification_in(
    conn: &Connection,
    term_id: i64,
    term: &str,
) -> Result<Option<Certification>> {
    Ok(conn
        .query_row(
            "SELECT officer, witness, certified_at, identifier FROM certification WHERE term_id = ?1",
            [term_id],
            |r| {
                let at: String = r.get(2)?;
                Ok(Certification {
                    term: term.to_string(),
                    officer: r.get(0)?,
                    witness: r.get(1)?,
                    certified_local: local(&at),
                    certified_at: at,
                    identifier: r.get(3)?,
                })
            },
        )
        .optional()?)
}

impl Election {
    /// Certify a counted term: the returns officer's name (required) and the
    /// witness's (optional) are recorded with the time; the file is backed
    /// up first (`backups/`, step `certify`). From now on the term refuses
    /// every change, and its certificate is no longer a draft.
    pub fn certify(&mut self, term: &str, req: &CertifyRequest) -> Result<Certification> {
        let officer = fields::required(&f::NOMINEE_NAME, &req.officer).map_err(|e| {
            Error::invalid(Msg::new("err-certify-officer").arg("problem", e.as_msg()))
        })?;
        let witness = fields::optional(&f::NOMINEE_NAME, req.witness.as_deref())?;
        let t = self.term(term)?;
        match t.stage {
            Stage::Certified => return Err(certified(&t)),
            Stage::Counted => {}
            s => {
                return Err(Error::stage(
                    Msg::new("err-certify-not-counted")
                        .arg("term", t.name.as_str())
                        .arg("stage", s.msg()),
                ))
            }
        }
        // Never certify a file changed outside Scrutineer.
        audit::check_term(self.conn(), &t.name)?;
        self.backup("certify")?;
        let tx = self.conn_mut().transaction()?;
        let result_json: String =
            tx.query_row("SELECT tally FROM result WHERE term_id = ?1", [t.id], |r| {
                r.get(0)
            })?;
        let (_, head) = audit::verify_head(&tx)?;
        let identifier = identifier_for(&result_json, &head);
        let at = now_utc();
        tx.execute(
            "INSERT INTO certification (term_id, officer, witness, certified_at, identifier)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![t.id, officer, witness, at, identifier],
        )?;
        tx.execute("UPDATE term SET stage = 'certified' WHERE id = ?1", [t.id])?;
        audit::append(
            &tx,
            &t.name,
            "term.certify",
            &format!(
                "counted -> certified by {officer}{}; certificate {identifier}",
                witness
                    .as_deref()
                    .map(|w| format!(", witnessed by {w}"))
                    .unwrap_or_default()
            ),
        )?;
        tx.commit()?;
        self.certification(&t.name)?
            .ok_or_else(|| Error::not_found(Msg::new("err-certification-not-recorded")))
    }

    /// Name the returns officer acting through this file from now on: every
    /// audit entry says who acted (`None`: nobody named).
    pub fn set_officer(&mut self, name: Option<&str>) -> Result<()> {
        let name = fields::optional(&f::NOMINEE_NAME, name)?;
        audit::set_actor(self.conn(), name.as_deref())
    }

    /// The officer named by [`Election::set_officer`].
    pub fn officer(&self) -> Result<Option<String>> {
        audit::session_actor(self.conn())
    }

    /// Record in the audit log that an output of `term` was written: what it
    /// was and the SHA-256 of its bytes (never the file's name or place).
    pub(crate) fn record_output(
        &self,
        term: &str,
        action: &str,
        what: &str,
        bytes: &[u8],
    ) -> Result<()> {
        let t = self.term(term)?;
        let tx = self.conn().unchecked_transaction()?;
        audit::append(
            &tx,
            &t.name,
            action,
            &format!("{what} written (SHA-256 {})", hex(&Sha256::digest(bytes))),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The term's certification, if it is certified.
    pub fn certification(&self, term: &str) -> Result<Option<Certification>> {
        let t = self.term(term)?;
        certification_in(self.conn(), t.id, &t.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifier_depends_on_result_and_head() {
        let a = identifier_for("{\"x\":1}", "aa");
        assert_eq!(a.len(), 16);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, identifier_for("{\"x\":2}", "aa"));
        assert_ne!(a, identifier_for("{\"x\":1}", "ab"));
        assert_eq!(a, identifier_for("{\"x\":1}", "aa"));
    }
}
