//! State digests: what each audit entry commits to, and the canonical ballot
//! set.
//!
//! Every audit entry about a term carries the digest of five components of
//! that term's state, as they were when the entry was written (see
//! [`crate::audit`]). `audit verify` recomputes them from the tables and
//! names the component that differs from the latest entry.
//!
//! # Canonical serialisations
//!
//! A *record* below is a compact JSON array written as `serde_json` writes
//! it: no spaces; strings in UTF-8 as they are, with `"`, `\` and the control
//! characters escaped (`\n`, `\r`, `\t`, `\b`, `\f`, otherwise `\u00XX`);
//! integers in decimal; absent values `null`. Each record is followed by a
//! line feed. Hashes are SHA-256, written in lower-case hex.
//!
//! * **roll** — per voter, the record `[email_key, name, email, member_id,
//!   weight, membership, voted]` (`voted` 0 or 1). The digest is written
//!   `N:S` where N is the number of voters and S the sum, modulo 2^256, of
//!   the SHA-256 of each voter's record read as a big-endian number (64 hex
//!   digits). The sum does not depend on the order of the rows, so a voter
//!   added by `roll add` updates it without reading the roll again.
//! * **nominees** — SHA-256 of the records `[position, name, email,
//!   employer, nominated_by, statement, withdrawn]`, in position order,
//!   then the nomination records and the endorsements (see
//!   [`nominees_digest`]).
//! * **ballots** — SHA-256 of the canonical ballot set (below). This is also
//!   the certificate's "ballot set SHA-256" and the seed of the tie-break
//!   draw with the term's seed text.
//! * **result** — SHA-256 of the stored result text (the `tally` column),
//!   or `none` when the term has no stored result.
//! * **rules** — SHA-256 of the record `[name, organisation, seats, method,
//!   max_per_employer, seed, quorum_percent, stage, secrecy_min]`, then the
//!   declared rules, sitting members, tie decisions, nomination rules and the
//!   certification when there is one (see [`rules_digest`]).
//!
//! The state of an entry is written `roll=… nominees=… ballots=… result=…
//! rules=…` and covered by the entry's hash.
//!
//! # The canonical ballot set
//!
//! A UTF-8 CSV file, lines ended by a line feed (no carriage return):
//!
//! * the header: `weight`, then the term's nominees' names in their order
//!   (withdrawn nominees included);
//! * one row per distinct ballot: the number of identical ballots, then one
//!   cell per nominee. Ranked ballots: the rank, counted densely from 1 (1 =
//!   most preferred, equal numbers = equal rankings), empty = unranked.
//!   Approval: `1` approved, empty not. Scores: the score, empty = 0;
//! * rows sorted by their cells compared one by one from the first nominee's,
//!   each cell compared as bytes (so empty < `1` < `10` < `2`); identical
//!   ballots are one row, whichever file or batch they came from;
//! * a field is quoted (`"`, with any `"` inside doubled) only when it
//!   contains a comma, a quote, a carriage return or a line feed.
//!
//! The SHA-256 of these bytes is the ballot-set hash, so anyone with the
//! exported `ballots.csv` can check it with `sha256sum`.

use crate::error::{Error, ErrorCode, Result};
use rusqlite::{params, Connection, OptionalExtension};
use scrutineer_count::{Ballot, BallotKind, Marks, Profile};
use scrutineer_i18n::Msg;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};

/// The digests of one term's state (see the module documentation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateDigest {
    pub roll: String,
    pub nominees: String,
    pub ballots: String,
    pub result: String,
    pub rules: String,
}

/// The components of a term's state, in the order they are written.
pub const COMPONENTS: [&str; 5] = ["roll", "nominees", "ballots", "result", "rules"];

impl StateDigest {
    /// `roll=… nominees=… ballots=… result=… rules=…`
    pub fn encode(&self) -> String {
        COMPONENTS
            .iter()
            .zip(self.parts())
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn parts(&self) -> [&str; 5] {
        [
            &self.roll,
            &self.nominees,
            &self.ballots,
            &self.result,
            &self.rules,
        ]
    }

    /// Read what [`encode`](Self::encode) wrote; `None` if it is not that.
    pub fn decode(s: &str) -> Option<StateDigest> {
        let mut map: HashMap<&str, &str> = HashMap::new();
        for part in s.split(' ') {
            let (k, v) = part.split_once('=')?;
            map.insert(k, v);
        }
        let get = |k: &str| map.get(k).map(|v| v.to_string());
        Some(StateDigest {
            roll: get("roll")?,
            nominees: get("nominees")?,
            ballots: get("ballots")?,
            result: get("result")?,
            rules: get("rules")?,
        })
    }

    /// The components that differ from `other`, by name.
    pub fn differences(&self, other: &StateDigest) -> Vec<&'static str> {
        COMPONENTS
            .iter()
            .zip(self.parts().iter().zip(other.parts()))
            .filter(|(_, (a, b))| *a != b)
            .map(|(k, _)| *k)
            .collect()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn record(h: &mut Sha256, fields: &[serde_json::Value]) -> Result<()> {
    let s = serde_json::to_string(fields).map_err(|e| db_err(e.to_string()))?;
    h.update(s.as_bytes());
    h.update(b"\n");
    Ok(())
}

/// Words from serde or the counting engine about the stored state, shown
/// as they are (for a technician).
fn db_err(e: String) -> Error {
    Error::new(ErrorCode::Database, crate::error::detail(e))
}

/// The roll digest as an order-free sum (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct RollSum {
    count: u64,
    /// Big-endian 256-bit number, as four u64 words, most significant first.
    sum: [u64; 4],
}

impl RollSum {
    fn add(&mut self, digest: &[u8]) {
        let mut carry = 0u128;
        for i in (0..4).rev() {
            let mut w = [0u8; 8];
            if let Some(src) = digest.get(i * 8..i * 8 + 8) {
                w.copy_from_slice(src);
            }
            let s = self.sum[i] as u128 + u64::from_be_bytes(w) as u128 + carry;
            self.sum[i] = s as u64;
            carry = s >> 64;
        }
        self.count += 1;
    }

    /// Take one row's digest out (the inverse of `add`); `None` if the sum
    /// counts no row.
    fn sub(&mut self, digest: &[u8]) -> Option<()> {
        self.count = self.count.checked_sub(1)?;
        let mut borrow = 0u64;
        for i in (0..4).rev() {
            let mut w = [0u8; 8];
            if let Some(src) = digest.get(i * 8..i * 8 + 8) {
                w.copy_from_slice(src);
            }
            let (d1, b1) = self.sum[i].overflowing_sub(u64::from_be_bytes(w));
            let (d2, b2) = d1.overflowing_sub(borrow);
            self.sum[i] = d2;
            borrow = (b1 || b2) as u64;
        }
        Some(())
    }

    /// Add a voter's record hash ([`voter_record_hash`]).
    pub fn add_record(&mut self, hash: &[u8; 32]) {
        self.add(hash);
    }

    /// The sum of two disjoint sets of voters.
    pub fn merge(&mut self, other: &RollSum) {
        let mut carry = 0u128;
        for i in (0..4).rev() {
            let s = self.sum[i] as u128 + other.sum[i] as u128 + carry;
            self.sum[i] = s as u64;
            carry = s >> 64;
        }
        self.count += other.count;
    }

    pub fn encode(&self) -> String {
        let words: String = self.sum.iter().map(|w| format!("{w:016x}")).collect();
        format!("{}:{words}", self.count)
    }

    pub fn decode(s: &str) -> Option<RollSum> {
        let (n, words) = s.split_once(':')?;
        if words.len() != 64 {
            return None;
        }
        let mut sum = [0u64; 4];
        for (i, w) in sum.iter_mut().enumerate() {
            *w = u64::from_str_radix(words.get(i * 16..i * 16 + 16)?, 16).ok()?;
        }
        Some(RollSum {
            count: n.parse().ok()?,
            sum,
        })
    }
}

const VOTER_COLUMNS: &str = "email_key, name, email, member_id, weight, membership, voted";

/// One voter's record `[email_key, name, email, member_id, weight,
/// membership, voted]`, as the roll digest reads it. The email is `null`
/// for a member known by id only (file version 9); any email serialises as
/// the string it always did, so digests recorded before are unchanged.
#[derive(Serialize)]
pub struct VoterRecord<'a>(
    pub &'a str,
    pub &'a str,
    pub Option<&'a str>,
    pub Option<&'a str>,
    pub i64,
    pub Option<&'a str>,
    pub i64,
);

/// The SHA-256 of a voter's record and its line feed (serde_json writes a
/// tuple struct as the same compact array as a list of values). `buf` is
/// reused between calls, so nothing is allocated per voter.
pub fn voter_record_hash(buf: &mut Vec<u8>, r: &VoterRecord) -> [u8; 32] {
    buf.clear();
    // Writing strings and integers to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *buf, r);
    buf.push(b'\n');
    Sha256::digest(buf.as_slice()).into()
}

/// A voter row's record hash (the columns of `VOTER_COLUMNS`).
fn voter_row_digest(buf: &mut Vec<u8>, r: &rusqlite::Row) -> rusqlite::Result<[u8; 32]> {
    let text = |i: usize| -> rusqlite::Result<Option<&str>> {
        match r.get_ref(i)? {
            rusqlite::types::ValueRef::Null => Ok(None),
            v => Ok(Some(v.as_str()?)),
        }
    };
    Ok(voter_record_hash(
        buf,
        &VoterRecord(
            text(0)?.unwrap_or_default(),
            text(1)?.unwrap_or_default(),
            text(2)?,
            text(3)?,
            r.get(4)?,
            text(5)?,
            r.get(6)?,
        ),
    ))
}

fn add_voter_row(sum: &mut RollSum, buf: &mut Vec<u8>, r: &rusqlite::Row) -> rusqlite::Result<()> {
    sum.add(&voter_row_digest(buf, r)?);
    Ok(())
}

/// The roll digest of a term, reading the whole roll. In row order (`NOT
/// INDEXED`: through an index the table would be visited in random order,
/// several times slower); the sum does not depend on the order.
pub fn roll_digest(conn: &Connection, term_id: i64) -> Result<String> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {VOTER_COLUMNS} FROM voter NOT INDEXED WHERE term_id = ?1"
    ))?;
    let mut rows = st.query([term_id])?;
    let mut sum = RollSum::default();
    let mut buf = Vec::new();
    while let Some(r) = rows.next()? {
        add_voter_row(&mut sum, &mut buf, r)?;
    }
    Ok(sum.encode())
}

/// `previous` plus the newest voter: the row with the highest id in the
/// whole table, which is the one a single insert just made (SQLite gives a
/// new row the highest id plus one). Read in constant time, so a `roll add`
/// on a million voters does not read the roll. If that row is not the
/// term's, the roll is read in full.
pub fn roll_digest_plus_newest(conn: &Connection, term_id: i64, previous: &str) -> Result<String> {
    let Some(mut sum) = RollSum::decode(previous) else {
        return roll_digest(conn, term_id);
    };
    let mut st = conn.prepare_cached(&format!(
        "SELECT {VOTER_COLUMNS} FROM voter WHERE id = (SELECT MAX(id) FROM voter) AND term_id = ?1"
    ))?;
    let mut rows = st.query([term_id])?;
    match rows.next()? {
        Some(r) => add_voter_row(&mut sum, &mut Vec::new(), r)?,
        None => return roll_digest(conn, term_id),
    }
    Ok(sum.encode())
}

/// `previous` minus the voters this connection removed from the term in the
/// current transaction (recorded by the TEMP trigger of `db::open`), which
/// are then forgotten. Falls back to reading the roll if `previous` cannot
/// be read or does not count them.
pub fn roll_digest_minus_removed(
    conn: &Connection,
    term_id: i64,
    previous: &str,
) -> Result<String> {
    let sum = match RollSum::decode(previous) {
        Some(mut sum) => {
            let mut st = conn.prepare_cached(&format!(
                "SELECT {VOTER_COLUMNS} FROM temp.voter_removed WHERE term_id = ?1"
            ))?;
            let mut rows = st.query([term_id])?;
            let mut ok = true;
            while let Some(r) = rows.next()? {
                ok &= sum.sub(&voter_row_digest(&mut Vec::new(), r)?).is_some();
            }
            ok.then_some(sum)
        }
        None => None,
    };
    forget_removed(conn)?;
    match sum {
        Some(s) => Ok(s.encode()),
        None => roll_digest(conn, term_id),
    }
}

/// Empty this connection's record of removed voters.
pub fn forget_removed(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM temp.voter_removed", [])?;
    Ok(())
}

pub fn nominees_digest(conn: &Connection, term_id: i64) -> Result<String> {
    use serde_json::Value;
    let mut st = conn.prepare_cached(
        "SELECT position, name, email, employer, nominated_by, statement, withdrawn
         FROM nominee WHERE term_id = ?1 ORDER BY position, id",
    )?;
    let mut rows = st.query([term_id])?;
    let mut h = Sha256::new();
    while let Some(r) = rows.next()? {
        record(
            &mut h,
            &[
                Value::from(r.get::<_, i64>(0)?),
                Value::from(r.get::<_, String>(1)?),
                Value::from(r.get::<_, Option<String>>(2)?),
                Value::from(r.get::<_, Option<String>>(3)?),
                Value::from(r.get::<_, Option<String>>(4)?),
                Value::from(r.get::<_, Option<String>>(5)?),
                Value::from(r.get::<_, i64>(6)?),
            ],
        )?;
    }
    // Issue 9: the nomination records, when there are any (so a term
    // without them keeps the digest it had before migration 6): per nominee
    // with any of them, in position order, `["nomination", position, handle,
    // nominator_name, nominated_at, late_reason, accepted_at]`; then per
    // seconder or endorsement, by nominee position and in the order stored,
    // `["endorsement", position, seconder, name, email, text, added_at]`.
    for sql in [
        "SELECT json_array('nomination', position, handle, nominator_name, nominated_at, late_reason, accepted_at)
         FROM nominee WHERE term_id = ?1
           AND COALESCE(handle, nominator_name, nominated_at, late_reason, accepted_at) IS NOT NULL
         ORDER BY position, id",
        "SELECT json_array('endorsement', n.position, e.seconder, e.name, e.email, e.text, e.added_at)
         FROM endorsement e JOIN nominee n ON n.id = e.nominee_id
         WHERE n.term_id = ?1 ORDER BY n.position, n.id, e.id",
    ] {
        json_records(conn, &mut h, sql, term_id)?;
    }
    Ok(hex(&h.finalize()))
}

/// Each row of `sql` (one JSON array per row) as a record.
fn json_records(conn: &Connection, h: &mut Sha256, sql: &str, term_id: i64) -> Result<()> {
    let mut st = conn.prepare_cached(sql)?;
    let rows: Vec<String> = st
        .query_map([term_id], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    for row in rows {
        let v: Vec<serde_json::Value> =
            serde_json::from_str(&row).map_err(|e| db_err(e.to_string()))?;
        record(h, &v)?;
    }
    Ok(())
}

pub fn result_digest(conn: &Connection, term_id: i64) -> Result<String> {
    let tally: Option<String> = conn
        .query_row(
            "SELECT tally FROM result WHERE term_id = ?1",
            [term_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(match tally {
        Some(t) => hex(&Sha256::digest(t.as_bytes())),
        None => "none".to_string(),
    })
}

pub fn rules_digest(conn: &Connection, term_id: i64) -> Result<String> {
    use serde_json::Value;
    let fields = conn.query_row(
        "SELECT name, organisation, seats, method, max_per_employer, seed, quorum_percent, stage, secrecy_min
         FROM term WHERE id = ?1",
        [term_id],
        |r| {
            Ok(vec![
                Value::from(r.get::<_, String>(0)?),
                Value::from(r.get::<_, String>(1)?),
                Value::from(r.get::<_, i64>(2)?),
                Value::from(r.get::<_, String>(3)?),
                Value::from(r.get::<_, Option<i64>>(4)?),
                Value::from(r.get::<_, String>(5)?),
                Value::from(r.get::<_, Option<i64>>(6)?),
                Value::from(r.get::<_, String>(7)?),
                Value::from(r.get::<_, i64>(8)?),
            ])
        },
    )?;
    let mut h = Sha256::new();
    record(&mut h, &fields)?;
    // Issue 7: the declared rules, sitting members and the officer's tie
    // decisions, when the term has any (so a term without them keeps the
    // digest it had before migration 5): the record `[tie_rule,
    // cap_fraction, none_of_the_above, debian]`, then one `[name, employer]`
    // per sitting member, then one `[context, tied, order, method,
    // decided_by, witness, decided_at]` per decision, in the order stored.
    // While migration 4 records every term's state, migration 5's tables do
    // not exist yet: the digest is then the one it always was.
    let migrated: bool = conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'term_rules')",
        [],
        |r| r.get(0),
    )?;
    if !migrated {
        return Ok(hex(&h.finalize()));
    }
    let extra: Option<Vec<serde_json::Value>> = conn
        .query_row(
            "SELECT tie_rule, cap_fraction, none_of_the_above, debian FROM term_rules WHERE term_id = ?1",
            [term_id],
            |r| {
                Ok(vec![
                    serde_json::Value::from(r.get::<_, String>(0)?),
                    serde_json::Value::from(r.get::<_, Option<String>>(1)?),
                    serde_json::Value::from(r.get::<_, Option<String>>(2)?),
                    serde_json::Value::from(r.get::<_, Option<String>>(3)?),
                ])
            },
        )
        .optional()?;
    let is_default = |v: &Vec<serde_json::Value>| {
        v.first().and_then(|x| x.as_str()) == Some("draw") && v.iter().skip(1).all(|x| x.is_null())
    };
    if let Some(v) = extra.filter(|v| !is_default(v)) {
        record(&mut h, &v)?;
    }
    for sql in [
        "SELECT json_array(name, employer) FROM sitting_member WHERE term_id = ?1 ORDER BY id",
        "SELECT json_array(context, tied, decided, method, decided_by, witness, decided_at) FROM tie_decision WHERE term_id = ?1 ORDER BY id",
        // Issue 9: the nomination rules, when the term has any:
        // `["nominations", opens, closes, seconders, statement_words]`.
        "SELECT json_array('nominations', opens, closes, seconders, statement_words) FROM nomination_rules WHERE term_id = ?1",
    ] {
        let mut st = conn.prepare_cached(sql)?;
        let rows: Vec<String> = st
            .query_map([term_id], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        for row in rows {
            let v: Vec<serde_json::Value> =
                serde_json::from_str(&row).map_err(|e| db_err(e.to_string()))?;
            record(&mut h, &v)?;
        }
    }
    // Issue 10 (file version 7): the certification, once there is one — the
    // record `[officer, witness, certified_at, identifier]`.
    let certification: Option<String> = conn
        .query_row(
            "SELECT json_array(officer, witness, certified_at, identifier) FROM certification WHERE term_id = ?1",
            [term_id],
            |r| r.get(0),
        )
        .optional()
        .or_else(|e| match e {
            // Migrations 4 to 6 record states before the table exists.
            rusqlite::Error::SqliteFailure(_, Some(m)) if m.contains("no such table") => Ok(None),
            e => Err(e),
        })?;
    if let Some(row) = certification {
        let v: Vec<serde_json::Value> =
            serde_json::from_str(&row).map_err(|e| db_err(e.to_string()))?;
        record(&mut h, &v)?;
    }
    Ok(hex(&h.finalize()))
}

/// The ballots digest: the SHA-256 of the canonical ballot set, or, for a
/// term counted from published totals (issue 7), of its totals as stored
/// (`totals::totals_hash`).
pub fn ballots_digest(conn: &Connection, term_id: i64) -> Result<String> {
    if crate::totals::has_totals(conn, term_id)? {
        return crate::totals::totals_hash(conn, term_id);
    }
    Ok(canonical_ballots(conn, term_id)?.sha256())
}

/// Every component of a term's state, read from the tables. `roll`: the
/// roll digest if already known (it is the one expensive component).
pub fn compute(conn: &Connection, term_id: i64, roll: Option<String>) -> Result<StateDigest> {
    Ok(StateDigest {
        roll: match roll {
            Some(r) => r,
            None => roll_digest(conn, term_id)?,
        },
        nominees: nominees_digest(conn, term_id)?,
        ballots: ballots_digest(conn, term_id)?,
        result: result_digest(conn, term_id)?,
        rules: rules_digest(conn, term_id)?,
    })
}

// ---- the canonical ballot set ---------------------------------------------

/// Ballot marks as stored in the `ballot` table: by nominee name, so a stored
/// ballot reads the same whatever order nominees were entered in.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum StoredMarks {
    Ranking(Vec<Vec<String>>),
    Approval(Vec<String>),
    Scores(Vec<(String, u32)>),
}

/// A ballot set in canonical form: merged, sorted rows of cells (see the
/// module documentation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CanonicalBallots {
    pub candidates: Vec<String>,
    pub kind: BallotKind,
    /// A row's cells joined by commas -> number of ballots. Cells hold only
    /// digits, and the comma sorts before every digit, so the map's order
    /// (by bytes) is the canonical order, cell by cell. One string per
    /// distinct ballot keeps memory small.
    pub rows: BTreeMap<String, u64>,
}

impl CanonicalBallots {
    pub fn new(candidates: Vec<String>, kind: BallotKind) -> Self {
        CanonicalBallots {
            candidates,
            kind,
            rows: BTreeMap::new(),
        }
    }

    /// Add `weight` ballots with these marks (candidate indices into
    /// `self.candidates`). Ranks are renumbered densely; a score of 0 is an
    /// empty cell (a candidate left out scores 0).
    pub fn add(&mut self, marks: &Marks, weight: u64) -> Result<()> {
        let n = self.candidates.len();
        let mut cells = vec![String::new(); n];
        let mut set = |c: usize, v: String| -> Result<()> {
            let cell = cells.get_mut(c).ok_or_else(|| {
                Error::new(
                    ErrorCode::Database,
                    Msg::new("err-ballot-beyond")
                        .arg("candidate", c)
                        .arg("n", n),
                )
            })?;
            *cell = v;
            Ok(())
        };
        match marks {
            Marks::Ranking(groups) => {
                for (rank, g) in groups.iter().filter(|g| !g.is_empty()).enumerate() {
                    for &c in g {
                        set(c, (rank + 1).to_string())?;
                    }
                }
            }
            Marks::Approval(a) => {
                for &c in a {
                    set(c, "1".into())?;
                }
            }
            Marks::Scores(s) => {
                for &(c, v) in s {
                    if v > 0 {
                        set(c, v.to_string())?;
                    }
                }
            }
        }
        let w = self.rows.entry(cells.join(",")).or_insert(0);
        *w = w
            .checked_add(weight)
            .ok_or_else(|| Error::invalid(Msg::new("err-too-many-ballots")))?;
        Ok(())
    }

    /// Add a ballot stored by nominee names.
    pub(crate) fn add_stored(
        &mut self,
        stored: &StoredMarks,
        weight: u64,
        index: &HashMap<&str, usize>,
    ) -> Result<()> {
        let look = |n: &String| -> Result<usize> {
            index.get(n.as_str()).copied().ok_or_else(|| {
                Error::new(
                    ErrorCode::Database,
                    Msg::new("err-stored-ballot-stranger").arg("name", n.as_str()),
                )
            })
        };
        let marks = match stored {
            StoredMarks::Ranking(g) => Marks::Ranking(
                g.iter()
                    .map(|grp| grp.iter().map(look).collect::<Result<Vec<_>>>())
                    .collect::<Result<_>>()?,
            ),
            StoredMarks::Approval(a) => Marks::Approval(a.iter().map(look).collect::<Result<_>>()?),
            StoredMarks::Scores(s) => Marks::Scores(
                s.iter()
                    .map(|(n, v)| Ok((look(n)?, *v)))
                    .collect::<Result<_>>()?,
            ),
        };
        self.add(&marks, weight)
    }

    /// The marks a row of cells stands for (candidate indices ascending within
    /// each group).
    pub fn marks<S: AsRef<str>>(&self, cells: &[S]) -> Result<Marks> {
        let cells: Vec<&str> = cells.iter().map(AsRef::as_ref).collect();
        let bad = |c: usize, v: &str| {
            Error::new(
                ErrorCode::BadFile,
                Msg::new(match self.kind {
                    BallotKind::Ranking => "err-cell-rank",
                    BallotKind::Approval => "err-cell-approval",
                    BallotKind::Scores => "err-cell-score",
                })
                .arg("column", c + 2)
                .arg("value", v),
            )
        };
        let num = |c: usize, v: &str| -> Result<u32> {
            if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(c, v));
            }
            v.parse().map_err(|_| bad(c, v))
        };
        Ok(match self.kind {
            BallotKind::Ranking => {
                let mut ranks: Vec<(u32, usize)> = Vec::new();
                for (c, &v) in cells.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
                    let r = num(c, v)?;
                    if r == 0 {
                        return Err(bad(c, v));
                    }
                    ranks.push((r, c));
                }
                ranks.sort_unstable();
                let mut groups: Vec<Vec<usize>> = Vec::new();
                let mut last = None;
                for (r, c) in ranks {
                    match groups.last_mut() {
                        Some(g) if last == Some(r) => g.push(c),
                        _ => groups.push(vec![c]),
                    }
                    last = Some(r);
                }
                Marks::Ranking(groups)
            }
            BallotKind::Approval => {
                let mut a = Vec::new();
                for (c, &v) in cells.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
                    if v != "1" {
                        return Err(bad(c, v));
                    }
                    a.push(c);
                }
                Marks::Approval(a)
            }
            BallotKind::Scores => {
                let mut s = Vec::new();
                for (c, &v) in cells.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
                    let x = num(c, v)?;
                    if x > 5 {
                        return Err(bad(c, v));
                    }
                    if x > 0 {
                        s.push((c, x));
                    }
                }
                Marks::Scores(s)
            }
        })
    }

    /// The cells of a row's key.
    fn cells<'a>(&self, key: &'a str) -> Vec<&'a str> {
        if self.candidates.is_empty() {
            Vec::new()
        } else {
            key.split(',').collect()
        }
    }

    /// The stored form of a row's marks.
    pub(crate) fn stored(&self, key: &str) -> Result<StoredMarks> {
        let name = |c: &usize| self.candidates.get(*c).cloned().unwrap_or_default();
        Ok(match self.marks(&self.cells(key))? {
            Marks::Ranking(g) => {
                StoredMarks::Ranking(g.iter().map(|grp| grp.iter().map(name).collect()).collect())
            }
            Marks::Approval(a) => StoredMarks::Approval(a.iter().map(name).collect()),
            Marks::Scores(s) => StoredMarks::Scores(s.iter().map(|(c, v)| (name(c), *v)).collect()),
        })
    }

    /// The profile to count.
    pub fn profile(&self) -> Result<Profile> {
        let mut p = Profile::new(self.candidates.clone());
        for (key, &weight) in &self.rows {
            p.ballots.push(Ballot {
                weight,
                marks: self.marks(&self.cells(key))?,
            });
        }
        Ok(p)
    }

    /// Total number of ballots.
    pub fn total(&self) -> u64 {
        self.rows.values().sum()
    }

    /// Write the canonical bytes (see the module documentation).
    pub fn write_to(&self, w: &mut impl std::io::Write) -> std::io::Result<()> {
        fn field(w: &mut impl std::io::Write, s: &str) -> std::io::Result<()> {
            if s.contains([',', '"', '\r', '\n']) {
                write!(w, "\"{}\"", s.replace('"', "\"\""))
            } else {
                w.write_all(s.as_bytes())
            }
        }
        w.write_all(b"weight")?;
        for c in &self.candidates {
            w.write_all(b",")?;
            field(w, c)?;
        }
        w.write_all(b"\n")?;
        for (key, weight) in &self.rows {
            write!(w, "{weight}")?;
            if !self.candidates.is_empty() {
                // Digits and commas only: nothing to quote.
                write!(w, ",{key}")?;
            }
            w.write_all(b"\n")?;
        }
        Ok(())
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v = Vec::new();
        // Writing to a Vec cannot fail.
        let _ = self.write_to(&mut v);
        v
    }

    /// The ballot-set hash: SHA-256 of the canonical bytes.
    pub fn sha256(&self) -> String {
        struct H(Sha256);
        impl std::io::Write for H {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                self.0.update(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut h = H(Sha256::new());
        let _ = self.write_to(&mut h);
        hex(&h.0.finalize())
    }

    /// Read a canonical ballot set written by [`write_to`](Self::write_to).
    /// `name` names the file in errors. The rows are merged and sorted as
    /// read; compare [`to_bytes`](Self::to_bytes) with the input to check the
    /// file was canonical.
    pub fn read(name: &str, bytes: &[u8], kind: BallotKind) -> Result<CanonicalBallots> {
        let bad = |line: u64, m: Msg| {
            Error::new(
                ErrorCode::BadFile,
                Msg::new("err-file-at-line")
                    .arg("file", name)
                    .arg("line", line)
                    .arg("problem", m),
            )
        };
        let mut rd = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes);
        let mut records = rd.records();
        let header = match records.next() {
            Some(r) => r.map_err(|e| bad(1, crate::error::detail(e)))?,
            None => return Err(bad(1, Msg::new("err-bundle-csv-empty"))),
        };
        let mut fields = header.iter();
        if fields.next() != Some("weight") {
            return Err(bad(1, Msg::new("err-bundle-csv-weight-column")));
        }
        let mut set = CanonicalBallots::new(fields.map(str::to_string).collect(), kind);
        for rec in records {
            let rec = rec.map_err(|e| bad(0, crate::error::detail(e)))?;
            let line = rec.position().map(|p| p.line()).unwrap_or(0);
            let mut it = rec.iter();
            let weight: u64 = it
                .next()
                .and_then(|w| w.parse().ok())
                .filter(|&w| w >= 1)
                .ok_or_else(|| bad(line, Msg::new("err-bundle-csv-weight")))?;
            let cells: Vec<String> = it.map(str::to_string).collect();
            if cells.len() != set.candidates.len() {
                return Err(bad(
                    line,
                    Msg::new("err-bundle-csv-cells")
                        .arg("expected", set.candidates.len())
                        .arg("found", cells.len()),
                ));
            }
            let marks = set.marks(&cells).map_err(|e| bad(line, e.as_msg()))?;
            set.add(&marks, weight)?;
        }
        Ok(set)
    }
}

/// `marks` with each candidate index `c` replaced by `map[c]` (a file's
/// columns to the term's nominees); groups, approvals and scores are then
/// sorted by the new index.
pub fn remap(marks: &Marks, map: &[usize]) -> Marks {
    let m = |c: &usize| map.get(*c).copied().unwrap_or(usize::MAX);
    match marks {
        Marks::Ranking(g) => Marks::Ranking(
            g.iter()
                .map(|grp| {
                    let mut v: Vec<usize> = grp.iter().map(m).collect();
                    v.sort_unstable();
                    v
                })
                .collect(),
        ),
        Marks::Approval(a) => {
            let mut v: Vec<usize> = a.iter().map(m).collect();
            v.sort_unstable();
            Marks::Approval(v)
        }
        Marks::Scores(s) => {
            let mut v: Vec<(usize, u32)> = s.iter().map(|(c, x)| (m(c), *x)).collect();
            v.sort_unstable();
            Marks::Scores(v)
        }
    }
}

/// The canonical ballot set of a term, from the stored ballots of all its
/// batches.
pub fn canonical_ballots(conn: &Connection, term_id: i64) -> Result<CanonicalBallots> {
    let method: String =
        conn.query_row("SELECT method FROM term WHERE id = ?1", [term_id], |r| {
            r.get(0)
        })?;
    let method: scrutineer_count::Method = method.parse().map_err(db_err)?;
    let names: Vec<String> = {
        let mut st = conn
            .prepare_cached("SELECT name FROM nominee WHERE term_id = ?1 ORDER BY position, id")?;
        let v = st
            .query_map([term_id], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        v
    };
    let index: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let mut set = CanonicalBallots::new(names.clone(), method.ballot_kind());
    let mut st = conn.prepare_cached(
        "SELECT b.weight, b.marks FROM ballot b JOIN ballot_batch bb ON bb.id = b.batch_id
         WHERE bb.term_id = ?1",
    )?;
    let mut rows = st.query(params![term_id])?;
    while let Some(r) = rows.next()? {
        let weight: i64 = r.get(0)?;
        let json: String = r.get(1)?;
        let stored: StoredMarks = serde_json::from_str(&json).map_err(|e| {
            Error::new(
                ErrorCode::Database,
                Msg::new("err-stored-ballot-damaged").arg("detail", e.to_string()),
            )
        })?;
        let weight = u64::try_from(weight)
            .ok()
            .filter(|&w| w >= 1)
            .ok_or_else(|| Error::new(ErrorCode::Database, Msg::new("err-stored-ballot-weight")))?;
        set.add_stored(&stored, weight, &index)?;
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A term without nomination data (every file before migration 6) keeps
    /// the digests it had: an upgraded file's recorded states still verify.
    #[test]
    fn nominees_and_rules_digests_unchanged_without_nomination_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("e.db");
        let c = crate::db::open(&path).unwrap();
        c.execute_batch(
            "INSERT INTO term (id, name, seats, method, created_at) VALUES (1, 'T', 1, 'approval', 'then');
             INSERT INTO nominee (term_id, position, name, email, employer, nominated_by, statement)
             VALUES (1, 1, 'Ann', 'ann@example.org', 'Acme', 'bob@example.org', '# Hi'),
                    (1, 2, 'Ζωή', NULL, NULL, NULL, NULL);",
        )
        .unwrap();
        let mut h = Sha256::new();
        use serde_json::Value as V;
        record(
            &mut h,
            &[
                V::from(1),
                V::from("Ann"),
                V::from("ann@example.org"),
                V::from("Acme"),
                V::from("bob@example.org"),
                V::from("# Hi"),
                V::from(0),
            ],
        )
        .unwrap();
        record(
            &mut h,
            &[
                V::from(2),
                V::from("Ζωή"),
                V::Null,
                V::Null,
                V::Null,
                V::Null,
                V::from(0),
            ],
        )
        .unwrap();
        assert_eq!(nominees_digest(&c, 1).unwrap(), hex(&h.finalize()));
        let mut h = Sha256::new();
        record(
            &mut h,
            &[
                V::from("T"),
                V::from(""),
                V::from(1),
                V::from("approval"),
                V::Null,
                V::from(""),
                V::Null,
                V::from("draft"),
                V::from(5),
            ],
        )
        .unwrap();
        let before = hex(&h.finalize());
        assert_eq!(rules_digest(&c, 1).unwrap(), before);
        // With nomination data, they change.
        c.execute(
            "INSERT INTO nomination_rules (term_id, seconders) VALUES (1, 2)",
            [],
        )
        .unwrap();
        assert_ne!(rules_digest(&c, 1).unwrap(), before);
        let n = nominees_digest(&c, 1).unwrap();
        c.execute(
            "UPDATE nominee SET accepted_at = 'now' WHERE position = 2",
            [],
        )
        .unwrap();
        assert_ne!(nominees_digest(&c, 1).unwrap(), n);
    }

    #[test]
    fn roll_sum_is_order_free_and_round_trips() {
        let mut a = RollSum::default();
        let mut b = RollSum::default();
        let x = Sha256::digest(b"x");
        let y = Sha256::digest(b"y");
        a.add(&x);
        a.add(&y);
        b.add(&y);
        b.add(&x);
        assert_eq!(a, b);
        assert_eq!(RollSum::decode(&a.encode()), Some(a));
        // A carry across words: 0xff..ff + 1.
        let mut c = RollSum::default();
        c.add(&[0xff; 32]);
        let mut one = [0u8; 32];
        one[31] = 1;
        c.add(&one);
        assert_eq!(c.encode(), format!("2:{}", "0".repeat(64)));
        // And back, borrowing across words.
        c.sub(&one).unwrap();
        assert_eq!(c.encode(), format!("1:{}", "f".repeat(64)));
        a.sub(&x).unwrap();
        let mut only_y = RollSum::default();
        only_y.add(&y);
        assert_eq!(a, only_y);
        assert!(RollSum::default().sub(&x).is_none());
        // Merging sums is adding their voters.
        let mut m = RollSum::default();
        m.add(&x);
        let mut n = RollSum::default();
        n.add(&y);
        n.add(&[0xff; 32]);
        m.merge(&n);
        let mut all = RollSum::default();
        for d in [&x[..], &y[..], &[0xff; 32][..]] {
            all.add(d);
        }
        assert_eq!(m, all);
    }

    /// The record hashed without allocating is byte for byte the list of
    /// JSON values the digest is documented as.
    #[test]
    fn voter_record_is_the_documented_json_array() {
        use serde_json::Value;
        let mut buf = Vec::new();
        let (upper_a, upper_x) = ("A@B.ORG".to_string(), "X@Y.ORG".to_string());
        for (key, name, email, member, membership) in [
            (
                "a@b.org",
                "Zoë \"Z\" O'Brien\\",
                Some(upper_a.as_str()),
                None,
                Some("Fellow"),
            ),
            (
                "x@y.org",
                "Иван\u{1}\t直哉",
                Some(upper_x.as_str()),
                Some("V1"),
                None,
            ),
            // A member known by id only: the email is null.
            ("id:octocat", "octocat", None, Some("octocat"), None),
        ] {
            let values = [
                Value::from(key),
                Value::from(name),
                Value::from(email),
                Value::from(member),
                Value::from(3i64),
                Value::from(membership),
                Value::from(1i64),
            ];
            let want = format!("{}\n", serde_json::to_string(&values).unwrap());
            let got = voter_record_hash(
                &mut buf,
                &VoterRecord(key, name, email, member, 3, membership, 1),
            );
            assert_eq!(got, <[u8; 32]>::from(Sha256::digest(want.as_bytes())));
        }
    }

    #[test]
    fn canonical_bytes_merge_sort_and_read_back() {
        let names = vec!["Ann".to_string(), "Bob, Jr.".to_string(), "Cy".to_string()];
        let mut s = CanonicalBallots::new(names.clone(), BallotKind::Ranking);
        s.add(&Marks::Ranking(vec![vec![2], vec![0]]), 1).unwrap();
        s.add(&Marks::Ranking(vec![vec![0, 1]]), 2).unwrap();
        s.add(&Marks::Ranking(vec![vec![2], vec![0]]), 3).unwrap();
        let bytes = s.to_bytes();
        assert_eq!(
            String::from_utf8(bytes.clone()).unwrap(),
            "weight,Ann,\"Bob, Jr.\",Cy\n2,1,1,\n4,2,,1\n"
        );
        let back = CanonicalBallots::read("b.csv", &bytes, BallotKind::Ranking).unwrap();
        assert_eq!(back, s);
        assert_eq!(back.sha256(), scrutineer_formats::sha256_hex(&bytes));
        let e =
            CanonicalBallots::read("b.csv", b"weight,Ann\n0,1\n", BallotKind::Ranking).unwrap_err();
        assert!(e.message.contains("b.csv: line 2"), "{}", e.message);
    }

    #[test]
    fn rows_sort_cell_by_cell_as_bytes() {
        let names: Vec<String> = (0..11).map(|i| format!("C{i}")).collect();
        let mut s = CanonicalBallots::new(names, BallotKind::Ranking);
        // Candidate 0 ranked 10th, 2nd, and not at all.
        let tenth: Vec<Vec<usize>> = (1..10).map(|c| vec![c]).chain([vec![0]]).collect();
        s.add(&Marks::Ranking(tenth), 1).unwrap();
        s.add(&Marks::Ranking(vec![vec![1], vec![0]]), 1).unwrap();
        s.add(&Marks::Ranking(vec![vec![1]]), 1).unwrap();
        let firsts: Vec<String> = String::from_utf8(s.to_bytes())
            .unwrap()
            .lines()
            .skip(1)
            .map(|l| l.split(',').nth(1).unwrap().to_string())
            .collect();
        assert_eq!(firsts, ["", "10", "2"]);
        let back = CanonicalBallots::read("b.csv", &s.to_bytes(), BallotKind::Ranking).unwrap();
        assert_eq!(back.to_bytes(), s.to_bytes());
    }
}
