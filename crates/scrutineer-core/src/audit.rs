//! The append-only, hash-chained audit log.
//!
//! Entry hash = hex SHA-256 of the previous entry's hash, then the entry's
//! sequence number, time, term, action and detail, each followed by a line
//! feed. The first entry's previous hash is 64 zeros. Changing, removing or
//! reordering any entry breaks every later hash, which [`verify`] detects.

use crate::clock::now_utc;
use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AuditEntry {
    #[ts(type = "number")]
    pub seq: i64,
    pub at: String,
    pub term: String,
    pub action: String,
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AuditReport {
    pub ok: bool,
    #[ts(type = "number")]
    pub entries: u64,
    /// Hash of the last entry (the head of the chain).
    pub head: String,
    /// The first broken entry, if any, and why.
    pub problem: Option<String>,
}

fn entry_hash(prev: &str, seq: i64, at: &str, term: &str, action: &str, detail: &str) -> String {
    let mut h = Sha256::new();
    for part in [prev, &seq.to_string(), at, term, action, detail] {
        h.update(part.as_bytes());
        h.update(b"\n");
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Append an entry (call inside the transaction that makes the change).
pub fn append(conn: &Connection, term: &str, action: &str, detail: &str) -> Result<()> {
    let last: Option<(i64, String)> = conn
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (seq, prev) = match last {
        Some((s, h)) => (s + 1, h),
        None => (1, GENESIS.to_string()),
    };
    let at = now_utc();
    let hash = entry_hash(&prev, seq, &at, term, action, detail);
    conn.execute(
        "INSERT INTO audit (seq, at, term, action, detail, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![seq, at, term, action, detail, prev, hash],
    )?;
    Ok(())
}

/// All entries, oldest first, optionally for one term.
pub fn entries(conn: &Connection, term: Option<&str>) -> Result<Vec<AuditEntry>> {
    let mut st = conn.prepare(
        "SELECT seq, at, term, action, detail, prev_hash, hash FROM audit
         WHERE ?1 IS NULL OR term = ?1 ORDER BY seq",
    )?;
    let rows = st.query_map(params![term], |r| {
        Ok(AuditEntry {
            seq: r.get(0)?,
            at: r.get(1)?,
            term: r.get(2)?,
            action: r.get(3)?,
            detail: r.get(4)?,
            prev_hash: r.get(5)?,
            hash: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// Recompute the chain from the first entry.
pub fn verify(conn: &Connection) -> Result<AuditReport> {
    let all = entries(conn, None)?;
    let mut prev = GENESIS.to_string();
    for (expect_seq, e) in (1i64..).zip(all.iter()) {
        let problem = if e.seq != expect_seq {
            Some(format!(
                "entry {} is missing (found {} next)",
                expect_seq, e.seq
            ))
        } else if e.prev_hash != prev {
            Some(format!(
                "entry {} does not follow entry {}",
                e.seq,
                e.seq - 1
            ))
        } else if entry_hash(&e.prev_hash, e.seq, &e.at, &e.term, &e.action, &e.detail) != e.hash {
            Some(format!(
                "entry {} ({} {}) was altered",
                e.seq, e.action, e.term
            ))
        } else {
            None
        };
        if problem.is_some() {
            return Ok(AuditReport {
                ok: false,
                entries: all.len() as u64,
                head: all.last().map(|e| e.hash.clone()).unwrap_or_default(),
                problem,
            });
        }
        prev = e.hash.clone();
    }
    Ok(AuditReport {
        ok: true,
        entries: all.len() as u64,
        head: prev,
        problem: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_verifies_and_detects_tampering() {
        let dir = tempfile::tempdir().unwrap();
        let c = crate::db::open(&dir.path().join("e.db")).unwrap();
        append(&c, "t", "create", "a").unwrap();
        append(&c, "t", "import", "b").unwrap();
        append(&c, "t", "count", "c").unwrap();
        let r = verify(&c).unwrap();
        assert!(r.ok);
        assert_eq!(r.entries, 3);
        // Triggers refuse edits through SQL...
        assert!(c
            .execute("UPDATE audit SET detail = 'x' WHERE seq = 2", [])
            .is_err());
        assert!(c.execute("DELETE FROM audit WHERE seq = 2", []).is_err());
        // ...and a tamperer who drops the triggers is still caught.
        c.execute_batch(
            "DROP TRIGGER audit_no_update; UPDATE audit SET detail = 'x' WHERE seq = 2;",
        )
        .unwrap();
        let r = verify(&c).unwrap();
        assert!(!r.ok);
        assert!(r.problem.unwrap().contains("entry 2"));
    }
}
