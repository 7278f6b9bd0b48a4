//! The append-only, hash-chained audit log, which also commits to the state
//! of the election file.
//!
//! Entry hash = hex SHA-256 of the previous entry's hash, then the entry's
//! sequence number, time, term, action, detail and (from file version 4)
//! state digest, each followed by a line feed. Entries written before
//! version 4 have no state and are hashed without it, as they were. The
//! first entry's previous hash is 64 zeros. Changing, removing or reordering
//! any entry breaks every later hash, which [`verify`] detects.
//!
//! **State.** Each entry about a term carries the digests of that term's
//! roll, nominees, ballots, stored result and rules as the change left them
//! ([`crate::state`]). [`verify`] recomputes the digests once per term and
//! compares them with the term's latest entry: a difference is a change made
//! outside Scrutineer, named in words ("the ballots of term "X" were changed
//! outside Scrutineer after entry 12"). Only the roll is expensive to read;
//! it is carried forward from the term's previous entry unless the action
//! changes the roll (`roll.*`); a `roll.add` adds the new voter to the
//! order-free roll sum, and a `roll.remove` subtracts the removed one,
//! instead of reading the roll again.
//!
//! **Chain head.** The last entry's number and hash are also kept in
//! `audit_head`, a one-row table written in the same transaction as every
//! entry: deleting the last entries (or the head row) is detected.
//!
//! What this does not do: anyone who can write the file and knows these
//! rules can rewrite the whole chain. The head printed on the certificate
//! is the anchor outside the file: a published certificate's head must be
//! found in the file, with the same hash.

use crate::clock::now_utc;
use crate::error::{Error, ErrorCode, Result};
use crate::state::{self, StateDigest};
use rusqlite::{params, Connection, OptionalExtension};
use scrutineer_i18n::Msg;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The action of an officer's acknowledgement of a change made outside
/// Scrutineer.
pub const ACKNOWLEDGE: &str = "state.acknowledge";
/// The action recording each term's state when a file is upgraded to
/// version 4.
pub const RECORD: &str = "state.record";
/// What separates an entry's detail from the reason given for it.
pub const REASON_SEP: &str = "; reason: ";

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
    /// The digest of the term's state after this entry (`None` for entries
    /// written before file version 4 and for entries about no term).
    #[serde(default)]
    #[ts(optional)]
    pub state: Option<String>,
    /// The officer who acted, when one was named (file version 7 on).
    #[serde(default)]
    #[ts(optional)]
    pub actor: Option<String>,
}

/// A component of a term's state that no longer matches its latest entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StateChange {
    pub term: String,
    /// `roll`, `nominees`, `ballots`, `result`, `rules`, or `log` (the term
    /// has no recorded state at all).
    pub component: String,
    /// The entry after which the change was made.
    #[ts(type = "number")]
    pub after_seq: i64,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AuditReport {
    pub ok: bool,
    #[ts(type = "number")]
    pub entries: u64,
    /// Hash of the last entry (the head of the chain).
    pub head: String,
    /// Number of the last entry.
    #[serde(default)]
    #[ts(as = "Option<u32>", optional)]
    pub head_seq: i64,
    /// The first problem, if any.
    pub problem: Option<String>,
    /// Every problem found, in words.
    #[serde(default)]
    #[ts(as = "Option<Vec<String>>", optional)]
    pub problems: Vec<String>,
    /// Whether the entries themselves (hashes, numbering) are intact; a
    /// broken chain cannot be acknowledged.
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub chain_intact: bool,
    /// The state changes made outside Scrutineer.
    #[serde(default)]
    #[ts(as = "Option<Vec<StateChange>>", optional)]
    pub changes: Vec<StateChange>,
}

#[allow(clippy::too_many_arguments)] // one per hashed field
pub(crate) fn entry_hash(
    prev: &str,
    seq: i64,
    at: &str,
    term: &str,
    action: &str,
    detail: &str,
    state: Option<&str>,
    actor: Option<&str>,
) -> String {
    let mut h = Sha256::new();
    let seq = seq.to_string();
    let mut parts = vec![prev, &seq, at, term, action, detail];
    parts.extend(state);
    // File version 7: who acted, tagged so it can never read as a state.
    let actor = actor.map(|a| format!("actor:{a}"));
    parts.extend(actor.as_deref());
    for part in parts {
        h.update(part.as_bytes());
        h.update(b"\n");
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn term_id(conn: &Connection, term: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row("SELECT id FROM term WHERE name = ?1", [term], |r| r.get(0))
        .optional()?)
}

/// The latest recorded state of a term: (entry number, digest).
pub fn latest_state(conn: &Connection, term: &str) -> Result<Option<(i64, StateDigest)>> {
    let row: Option<(i64, String)> = conn
        .query_row(
            "SELECT seq, state FROM audit WHERE term = ?1 AND state IS NOT NULL ORDER BY seq DESC LIMIT 1",
            [term],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.and_then(|(seq, s)| StateDigest::decode(&s).map(|d| (seq, d))))
}

/// The state a new entry about `term` records. `added`: the voters the
/// change added to the roll, when that is all it did to it.
fn state_for(
    conn: &Connection,
    term: &str,
    action: &str,
    added: Option<&state::RollSum>,
) -> Result<Option<String>> {
    let Some(id) = term_id(conn, term)? else {
        return Ok(None);
    };
    let prev = latest_state(conn, term)?;
    let roll = match (&prev, action) {
        // The recorded digest plus the voters added: the roll is not read
        // again (it may hold a million voters).
        (Some((_, p)), _) if added.is_some() => {
            state::RollSum::decode(&p.roll).and_then(|mut sum| {
                sum.merge(added?);
                Some(sum.encode())
            })
        }
        (Some((_, p)), "roll.add") => Some(state::roll_digest_plus_newest(conn, id, &p.roll)?),
        (Some((_, p)), "roll.remove") => Some(state::roll_digest_minus_removed(conn, id, &p.roll)?),
        // A new or renamed term may carry the name of a deleted one: its
        // roll is read, never carried over.
        (Some(_), a)
            if a.starts_with("roll.")
                || a == ACKNOWLEDGE
                || a == RECORD
                || a == "term.create"
                || a == "term.edit" =>
        {
            None
        }
        (Some((_, p)), _) => Some(p.roll.clone()),
        (None, _) => None,
    };
    if action.starts_with("roll.") || roll.is_none() {
        // The roll was read again (or updated): what was removed is in it.
        state::forget_removed(conn)?;
    }
    Ok(Some(state::compute(conn, id, roll)?.encode()))
}

/// Append an entry (call inside the transaction that makes the change): it
/// records the term's state as the change left it, and moves the chain head.
pub fn append(conn: &Connection, term: &str, action: &str, detail: &str) -> Result<()> {
    append_entry(conn, term, action, detail, None)
}

/// [`append`] for a change that only added voters to the roll, whose
/// records' hashes are summed in `added` (as they were inserted).
pub fn append_adding_voters(
    conn: &Connection,
    term: &str,
    action: &str,
    detail: &str,
    added: &state::RollSum,
) -> Result<()> {
    append_entry(conn, term, action, detail, Some(added))
}

fn append_entry(
    conn: &Connection,
    term: &str,
    action: &str,
    detail: &str,
    added: Option<&state::RollSum>,
) -> Result<()> {
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
    let state = state_for(conn, term, action, added)?;
    let actor = session_actor(conn)?;
    let hash = entry_hash(
        &prev,
        seq,
        &at,
        term,
        action,
        detail,
        state.as_deref(),
        actor.as_deref(),
    );
    match &actor {
        // Also the path of migrations 1 to 5, before the column exists.
        None => conn.execute(
            "INSERT INTO audit (seq, at, term, action, detail, prev_hash, hash, state) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![seq, at, term, action, detail, prev, hash, state],
        )?,
        Some(a) => conn.execute(
            "INSERT INTO audit (seq, at, term, action, detail, prev_hash, hash, state, actor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![seq, at, term, action, detail, prev, hash, state, a],
        )?,
    };
    conn.execute(
        "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
        params![seq, hash],
    )?;
    Ok(())
}

/// The officer named on this connection ([`set_actor`]), if any.
pub fn session_actor(conn: &Connection) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT actor FROM temp.session_actor LIMIT 1", [], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Name the officer acting through this connection: every entry it appends
/// from now on says who acted. `None` clears it.
pub fn set_actor(conn: &Connection, actor: Option<&str>) -> Result<()> {
    conn.execute("DELETE FROM temp.session_actor", [])?;
    if let Some(a) = actor {
        conn.execute("INSERT INTO temp.session_actor (actor) VALUES (?1)", [a])?;
    }
    Ok(())
}

/// All entries, oldest first, optionally for one term.
pub fn entries(conn: &Connection, term: Option<&str>) -> Result<Vec<AuditEntry>> {
    let mut st = conn.prepare(
        "SELECT seq, at, term, action, detail, prev_hash, hash, state, actor FROM audit
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
            state: r.get(7)?,
            actor: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// The chain and its head: (entries, head seq, head hash, problems, chain
/// intact).
fn verify_chain(conn: &Connection) -> Result<(u64, i64, String, Vec<String>, bool)> {
    let all = entries(conn, None)?;
    let mut prev = GENESIS.to_string();
    let mut problems = Vec::new();
    let mut last_seq = 0;
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
        } else if entry_hash(
            &e.prev_hash,
            e.seq,
            &e.at,
            &e.term,
            &e.action,
            &e.detail,
            e.state.as_deref(),
            e.actor.as_deref(),
        ) != e.hash
        {
            Some(format!(
                "entry {} ({} {}) was altered",
                e.seq, e.action, e.term
            ))
        } else {
            None
        };
        if let Some(p) = problem {
            problems.push(p);
            let head = all.last().map(|e| e.hash.clone()).unwrap_or_default();
            let seq = all.last().map(|e| e.seq).unwrap_or(0);
            return Ok((all.len() as u64, seq, head, problems, false));
        }
        prev = e.hash.clone();
        last_seq = e.seq;
    }
    let head: Option<(i64, String)> = conn
        .query_row("SELECT seq, hash FROM audit_head WHERE id = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    match head {
        None if !all.is_empty() => problems.push(format!(
            "the chain head (the record of the last entry, kept apart from the log) was deleted outside Scrutineer; the log ends at entry {last_seq}"
        )),
        None => {}
        Some((hs, _)) if hs > last_seq => problems.push(format!(
            "the audit log was cut short outside Scrutineer: the chain head says it ends at entry {hs}, but it ends at entry {last_seq} (entries {}..{hs} were deleted)",
            last_seq + 1
        )),
        Some((hs, _)) if hs < last_seq => problems.push(format!(
            "entries {}..{last_seq} were added to the audit log outside Scrutineer (the chain head says it ends at entry {hs})",
            hs + 1
        )),
        Some((hs, hh)) if hh != prev => problems.push(format!(
            "the chain head does not match entry {hs}: the log or the head was changed outside Scrutineer"
        )),
        Some(_) => {}
    }
    Ok((all.len() as u64, last_seq, prev, problems, true))
}

fn component_words(c: &str) -> &str {
    match c {
        "rules" => "rules (seats, method, caps, seed, quorum, stage)",
        "result" => "stored result",
        other => other,
    }
}

/// The state changes of one term made outside Scrutineer.
fn term_changes(conn: &Connection, id: i64, name: &str) -> Result<Vec<StateChange>> {
    let Some((seq, recorded)) = latest_state(conn, name)? else {
        return Ok(vec![StateChange {
            term: name.to_string(),
            component: "log".into(),
            after_seq: 0,
            message: format!(
                "term \"{name}\" has no recorded state: its audit entries were removed outside Scrutineer"
            ),
        }]);
    };
    let now = state::compute(conn, id, None)?;
    Ok(recorded
        .differences(&now)
        .into_iter()
        .map(|c| StateChange {
            term: name.to_string(),
            component: c.to_string(),
            after_seq: seq,
            message: change_message(name, c, seq),
        })
        .collect())
}

fn report(conn: &Connection, terms: Vec<(i64, String)>) -> Result<AuditReport> {
    let (entries, head_seq, head, mut problems, chain_intact) = verify_chain(conn)?;
    let mut changes = Vec::new();
    for (id, name) in terms {
        changes.extend(term_changes(conn, id, &name)?);
    }
    problems.extend(changes.iter().map(|c| c.message.clone()));
    Ok(AuditReport {
        ok: problems.is_empty(),
        entries,
        head,
        head_seq,
        problem: problems.first().cloned(),
        problems,
        chain_intact,
        changes,
    })
}

fn all_terms(conn: &Connection) -> Result<Vec<(i64, String)>> {
    let mut st = conn.prepare("SELECT id, name FROM term ORDER BY id")?;
    let v = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    Ok(v)
}

/// Recompute the chain from the first entry, check the chain head, and
/// recompute each term's state (once per term) against its latest entry.
pub fn verify(conn: &Connection) -> Result<AuditReport> {
    let mut r = report(conn, all_terms(conn)?)?;
    // Terms named in the log that no longer exist.
    let mut st = conn.prepare(
        "SELECT term, MAX(seq) FROM audit WHERE state IS NOT NULL AND term NOT IN (SELECT name FROM term) GROUP BY term",
    )?;
    let gone: Vec<(String, i64)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<std::result::Result<_, _>>()?;
    for (name, seq) in gone {
        // Deleted or renamed through Scrutineer (`term_edit.rs`): recorded.
        let recorded: bool = conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM audit WHERE term = ?1 AND seq > ?2 AND action IN ('term.delete', 'term.rename'))",
            params![name, seq],
            |r| r.get(0),
        )?;
        if recorded {
            continue;
        }
        let message = format!("term \"{name}\" was deleted outside Scrutineer after entry {seq}");
        r.problems.push(message.clone());
        r.changes.push(StateChange {
            term: name,
            component: "term".into(),
            after_seq: seq,
            message,
        });
    }
    r.ok = r.problems.is_empty();
    r.problem = r.problems.first().cloned();
    Ok(r)
}

/// Before a change to `term`: refuse it if the term's nominees, ballots,
/// result or rules are no longer what its latest entry recorded, so a change
/// made outside Scrutineer is never absorbed into the state the next entry
/// records. (The roll, expensive to read, is not compared here: a `roll add`
/// adds to the recorded roll digest, so an earlier change still shows, and
/// `tally`, `certify` and the outputs compare the whole state.)
pub fn check_before_change(conn: &Connection, term: &str) -> Result<()> {
    let Some(id) = term_id(conn, term)? else {
        return Ok(());
    };
    let Some((seq, recorded)) = latest_state(conn, term)? else {
        return Ok(());
    };
    let now = state::compute(conn, id, Some(recorded.roll.clone()))?;
    let changed: Vec<String> = recorded
        .differences(&now)
        .into_iter()
        .map(|c| change_message(term, c, seq))
        .collect();
    if changed.is_empty() {
        return Ok(());
    }
    Err(refusal(&changed))
}

fn change_message(term: &str, c: &str, seq: i64) -> String {
    format!(
        "the {} of term \"{term}\" {} changed outside Scrutineer after entry {seq}",
        component_words(c),
        if matches!(c, "result" | "roll") {
            "was"
        } else {
            "were"
        }
    )
}

fn refusal(problems: &[String]) -> Error {
    Error::new(
        ErrorCode::Database,
        Msg::new("err-audit-refused").arg("problems", problems.join("; ")),
    )
}

/// Refuse to go on with `term` if the file fails verification (the chain,
/// its head, or this term's state).
pub fn check_term(conn: &Connection, term: &str) -> Result<()> {
    let id = term_id(conn, term)?
        .ok_or_else(|| Error::not_found(Msg::new("err-term-not-found").arg("term", term)))?;
    let r = report(conn, vec![(id, term.to_string())])?;
    if r.ok {
        return Ok(());
    }
    Err(refusal(&r.problems))
}

/// Record the current state as the officer's own, with a reason (call in a
/// transaction): one entry per term whose state changed outside Scrutineer,
/// and one for a cut log or a lost chain head. Returns the entries written.
/// Nothing to acknowledge, or a broken chain, is an error.
pub fn acknowledge(conn: &Connection, reason: &str) -> Result<u64> {
    let r = verify(conn)?;
    if r.ok {
        return Err(Error::invalid(Msg::new("err-audit-nothing-to-acknowledge")));
    }
    if !r.chain_intact {
        return Err(Error::new(
            ErrorCode::Database,
            Msg::new("err-audit-chain-changed").arg("problems", r.problems.join("; ")),
        ));
    }
    let mut written = 0;
    let term_problems: usize = r.changes.len();
    let log_problems: Vec<&String> = r
        .problems
        .iter()
        .take(r.problems.len().saturating_sub(term_problems))
        .collect();
    if !log_problems.is_empty() {
        let words: Vec<&str> = log_problems.iter().map(|s| s.as_str()).collect();
        append(
            conn,
            "",
            ACKNOWLEDGE,
            &format!("{}{REASON_SEP}{reason}", words.join("; ")),
        )?;
        written += 1;
    }
    let mut terms: Vec<&str> = r.changes.iter().map(|c| c.term.as_str()).collect();
    terms.dedup();
    for term in terms {
        if term_id(conn, term)?.is_none() {
            continue;
        }
        let what: Vec<&str> = r
            .changes
            .iter()
            .filter(|c| c.term == term)
            .map(|c| c.message.as_str())
            .collect();
        append(
            conn,
            term,
            ACKNOWLEDGE,
            &format!("{}{REASON_SEP}{reason}", what.join("; ")),
        )?;
        written += 1;
    }
    Ok(written)
}

/// The reasons given in a term's acknowledgements (and the file-wide ones).
pub fn acknowledgements(conn: &Connection, term: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare(
        "SELECT detail FROM audit WHERE action = ?1 AND (term = ?2 OR term = '') ORDER BY seq",
    )?;
    let v: Vec<String> = st
        .query_map(params![ACKNOWLEDGE, term], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    Ok(v.into_iter()
        .map(|d| match d.rsplit_once(REASON_SEP) {
            Some((_, reason)) => reason.to_string(),
            None => d,
        })
        .collect())
}

/// The chain head: (last entry's number, its hash), as the log ends.
pub fn verify_head(conn: &Connection) -> Result<(i64, String)> {
    Ok(conn
        .query_row(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .unwrap_or((0, GENESIS.to_string())))
}

/// Record each term's state (the upgrade to file version 4).
pub(crate) fn record_all(conn: &Connection) -> Result<()> {
    for (_, name) in all_terms(conn)? {
        append(
            conn,
            &name,
            RECORD,
            "the election file was upgraded to version 4: from here on each entry records the term's state",
        )?;
    }
    Ok(())
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

    #[test]
    fn an_altered_entry_cannot_be_acknowledged_but_a_changed_state_can() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.db");
        let mut e = crate::Election::open(&path).unwrap();
        e.create_term(&crate::NewTerm {
            name: "T".into(),
            seats: 1,
            method: "plurality".into(),
            ..Default::default()
        })
        .unwrap();
        let c = crate::db::open(&path).unwrap();
        c.execute("UPDATE term SET seats = 2", []).unwrap();
        let r = verify(&c).unwrap();
        assert!(r.chain_intact && !r.ok);
        assert_eq!(r.changes.len(), 1);
        assert_eq!(r.changes[0].component, "rules");
        assert_eq!(r.changes[0].after_seq, 1);
        let after = e
            .acknowledge("the board changed the seats by resolution 12")
            .unwrap();
        assert!(after.ok, "{:?}", after.problems);
        assert_eq!(
            acknowledgements(&c, "T").unwrap(),
            ["the board changed the seats by resolution 12"]
        );
        c.execute_batch(
            "DROP TRIGGER audit_no_update; UPDATE audit SET detail = 'x' WHERE seq = 1;",
        )
        .unwrap();
        let err = e.acknowledge("whatever").unwrap_err();
        assert!(
            err.message.contains("cannot be acknowledged"),
            "{}",
            err.message
        );
        assert!(!verify(&c).unwrap().ok);
    }
}
