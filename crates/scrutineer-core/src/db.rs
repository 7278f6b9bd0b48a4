//! The election file: one SQLite database, schema versioned by
//! `PRAGMA user_version`, WAL journal, foreign keys on, `STRICT` tables.
//!
//! Architecture invariant: the `ballot` table has no column that refers to a
//! voter, and ballots are stored merged (distinct marks with a weight), so no
//! stored ballot can be linked to a voter, nor to the order it was cast in.
//!
//! Architecture invariant: `audit` is append-only (triggers refuse UPDATE and
//! DELETE) and each entry's hash covers the previous entry's hash.

use crate::error::{Error, ErrorCode, Result};
use rusqlite::Connection;
use scrutineer_i18n::Msg;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

/// Each migration takes the file from version i to i+1. Never edit a
/// migration that has shipped: add a new one.
const MIGRATIONS: &[&str] = &[
    // 1: the foundation.
    r#"
CREATE TABLE term (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    organisation     TEXT NOT NULL DEFAULT '',
    seats            INTEGER NOT NULL CHECK (seats >= 1),
    method           TEXT NOT NULL,
    max_per_employer INTEGER CHECK (max_per_employer IS NULL OR max_per_employer >= 1),
    seed             TEXT NOT NULL DEFAULT '',
    quorum_percent   INTEGER CHECK (quorum_percent IS NULL OR (quorum_percent BETWEEN 1 AND 100)),
    stage            TEXT NOT NULL DEFAULT 'draft'
                     CHECK (stage IN ('draft', 'nominations', 'voting', 'counted', 'certified')),
    created_at       TEXT NOT NULL
) STRICT;

CREATE TABLE voter (
    id          INTEGER PRIMARY KEY,
    term_id     INTEGER NOT NULL REFERENCES term(id),
    name        TEXT NOT NULL,
    email       TEXT NOT NULL,
    email_key   TEXT NOT NULL,
    member_id   TEXT,
    weight      INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 1),
    membership  TEXT,
    UNIQUE (term_id, email_key)
) STRICT;
CREATE INDEX voter_by_name ON voter(term_id, name);

CREATE TABLE nominee (
    id            INTEGER PRIMARY KEY,
    term_id       INTEGER NOT NULL REFERENCES term(id),
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    email         TEXT,
    employer      TEXT,
    nominated_by  TEXT,
    statement     TEXT,
    withdrawn     INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    UNIQUE (term_id, name)
) STRICT;

CREATE TABLE ballot_batch (
    id           INTEGER PRIMARY KEY,
    term_id      INTEGER NOT NULL REFERENCES term(id),
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    ballots      INTEGER NOT NULL CHECK (ballots >= 0),
    kind         TEXT NOT NULL,
    imported_at  TEXT NOT NULL
) STRICT;

-- A ballot never references a voter (see the module documentation).
CREATE TABLE ballot (
    id        INTEGER PRIMARY KEY,
    batch_id  INTEGER NOT NULL REFERENCES ballot_batch(id),
    weight    INTEGER NOT NULL CHECK (weight >= 1),
    marks     TEXT NOT NULL
) STRICT;

CREATE TABLE result (
    term_id     INTEGER PRIMARY KEY REFERENCES term(id),
    counted_at  TEXT NOT NULL,
    tally       TEXT NOT NULL
) STRICT;

CREATE TABLE audit (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    term       TEXT NOT NULL,
    action     TEXT NOT NULL,
    detail     TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"#,
    // 2: who voted (imported from the voting service's participation list);
    // a flag on the voter, never linked to a ballot.
    r#"
ALTER TABLE voter ADD COLUMN voted INTEGER NOT NULL DEFAULT 0 CHECK (voted IN (0, 1));
"#,
    // 3: the Voters search at a million voters. A trigram full-text index on
    // the name and the email (external content: the text stays in `voter`
    // only). `detail='none'`: the index only finds rows holding every
    // trigram of the search; `Election::voters` then checks the substring
    // itself, so the index narrows the rows and never changes the answer.
    //
    // Deletes and updates keep it up to date by triggers. Inserts do not:
    // FTS5 writes its pending index to disk at every statement savepoint, so
    // a trigger would write one tiny segment per imported row (30 s instead
    // of 3 s for a million rows). The code that inserts voters
    // indexes them itself, in one statement (since migration 8, possibly
    // after the import's commit: `roll::index_if_few`,
    // `Election::build_search_index`); a test checks the index with FTS5's
    // 'integrity-check'.
    //
    // `columnsize=0`: no per-row sizes (they serve only ranking, which the
    // search does not use). 'hashsize' 8 MiB: FTS5 keeps up to that much of
    // new index in memory before writing a segment (1 MiB by default), so a
    // big import writes fewer, larger segments and merges less. Together:
    // 2.7 s instead of 3.3 s to index a million voters.
    r#"
CREATE VIRTUAL TABLE voter_fts USING fts5(
    name, email,
    content='voter', content_rowid='id', tokenize='trigram', detail='none', columnsize=0
);
INSERT INTO voter_fts (voter_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO voter_fts (voter_fts) VALUES ('rebuild');
CREATE TRIGGER voter_fts_delete AFTER DELETE ON voter BEGIN
    INSERT INTO voter_fts (voter_fts, rowid, name, email) VALUES ('delete', old.id, old.name, old.email);
END;
CREATE TRIGGER voter_fts_update AFTER UPDATE OF id, name, email ON voter BEGIN
    INSERT INTO voter_fts (voter_fts, rowid, name, email) VALUES ('delete', old.id, old.name, old.email);
    INSERT INTO voter_fts (rowid, name, email) VALUES (new.id, new.name, new.email);
END;
"#,
    // 4: the file commits to its state (see audit.rs and state.rs). Each new
    // audit entry records the digest of its term's state (NULL for entries
    // written before); the chain head is kept apart from the log so that
    // cutting the log short is detected; each term has a secrecy threshold
    // (smallest batch imported without a reason, which the batch records).
    // Ballots stored before are rewritten in a sorted order, so the order in
    // which they first appeared in their file does not survive either. Right
    // after this migration, `migrate` records every term's state (an entry
    // `state.record` per term).
    r#"
ALTER TABLE audit ADD COLUMN state TEXT;
CREATE INDEX audit_by_term ON audit(term, seq);
CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    seq   INTEGER NOT NULL,
    hash  TEXT NOT NULL
) STRICT;
INSERT INTO audit_head (id, seq, hash) SELECT 1, seq, hash FROM audit ORDER BY seq DESC LIMIT 1;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN SELECT RAISE(ABORT, 'the audit chain head cannot be deleted'); END;
ALTER TABLE term ADD COLUMN secrecy_min INTEGER NOT NULL DEFAULT 5 CHECK (secrecy_min >= 1);
ALTER TABLE ballot_batch ADD COLUMN small_batch_reason TEXT;
CREATE TEMP TABLE ballot_sorted AS SELECT batch_id, weight, marks FROM ballot ORDER BY batch_id, marks;
DELETE FROM ballot;
INSERT INTO ballot (batch_id, weight, marks) SELECT batch_id, weight, marks FROM ballot_sorted ORDER BY rowid;
DROP TABLE ballot_sorted;
"#,
    // 5 (issue 7, real elections in): the rules organisations wrote, and
    // published totals.
    // * `term_rules`: one row per term that has any rule beyond migration 1's
    //   columns: the tie-break procedure (`draw`, the PSF's `psf`, or
    //   `officer` decisions), a cap as a fraction of the whole body
    //   (`num/den`, counting sitting members), the "none of the above" /
    //   "re-open nominations" option's name, and the Debian constitution's
    //   parameters (JSON: quorum, majorities, default option).
    // * `sitting_member`: members of the body who are not on the ballot and
    //   count toward their employer's cap.
    // * `batch_total`: a batch of published totals (`ballot_batch.kind` =
    //   'totals', `ballot_batch.ballots` = the ballots cast given with it):
    //   one row per nominee. Totals carry no ballot, so nothing here can be
    //   linked to a voter either.
    // * `ballot_batch.format` / `.blank`: the detected (or named) input
    //   format of a batch and what a blank mark meant in it.
    // * `tie_decision`: a returns officer's decision of a tie (coin, lot,
    //   casting vote), with who decided and who witnessed it; the next
    //   count uses it.
    r#"
CREATE TABLE term_rules (
    term_id            INTEGER PRIMARY KEY REFERENCES term(id),
    tie_rule           TEXT NOT NULL DEFAULT 'draw' CHECK (tie_rule IN ('draw', 'psf', 'officer')),
    cap_fraction       TEXT,
    none_of_the_above  TEXT,
    debian             TEXT
) STRICT;

CREATE TABLE sitting_member (
    id        INTEGER PRIMARY KEY,
    term_id   INTEGER NOT NULL REFERENCES term(id),
    name      TEXT NOT NULL,
    employer  TEXT,
    UNIQUE (term_id, name)
) STRICT;

CREATE TABLE batch_total (
    batch_id  INTEGER NOT NULL REFERENCES ballot_batch(id),
    nominee   TEXT NOT NULL,
    votes     INTEGER NOT NULL CHECK (votes >= 0),
    PRIMARY KEY (batch_id, nominee)
) STRICT;

ALTER TABLE ballot_batch ADD COLUMN format TEXT;
ALTER TABLE ballot_batch ADD COLUMN blank TEXT;

CREATE TABLE tie_decision (
    id          INTEGER PRIMARY KEY,
    term_id     INTEGER NOT NULL REFERENCES term(id),
    context     TEXT NOT NULL,
    tied        TEXT NOT NULL,
    decided     TEXT NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('coin', 'lot', 'casting-vote')),
    decided_by  TEXT NOT NULL,
    witness     TEXT,
    decided_at  TEXT NOT NULL
) STRICT;
"#,
    // 6 (issue 9, nominations): a nomination as a record, not a name.
    // * `nominee`: an optional handle (a GitHub login), the nominator's name
    //   as on the roll (`nominated_by` keeps `self` or the member's email),
    //   when the nomination was made, the reason it was accepted outside the
    //   nomination period, and when the nominee accepted.
    // * `nomination_rules`: the term's nomination period (dates, inclusive,
    //   `YYYY-MM-DD`), the seconders a nomination needs, the longest
    //   statement in words (`scrutineer_markdown::word_count`). A term
    //   without rules has no row.
    // * `endorsement`: members on the roll who seconded (at the nomination)
    //   or endorsed (later) a nominee, each with an optional text (Markdown,
    //   as written).
    r#"
ALTER TABLE nominee ADD COLUMN handle TEXT;
ALTER TABLE nominee ADD COLUMN nominator_name TEXT;
ALTER TABLE nominee ADD COLUMN nominated_at TEXT;
ALTER TABLE nominee ADD COLUMN late_reason TEXT;
ALTER TABLE nominee ADD COLUMN accepted_at TEXT;

CREATE TABLE nomination_rules (
    term_id          INTEGER PRIMARY KEY REFERENCES term(id),
    opens            TEXT,
    closes           TEXT,
    seconders        INTEGER NOT NULL DEFAULT 0 CHECK (seconders >= 0),
    statement_words  INTEGER CHECK (statement_words IS NULL OR statement_words >= 1)
) STRICT;

CREATE TABLE endorsement (
    id          INTEGER PRIMARY KEY,
    nominee_id  INTEGER NOT NULL REFERENCES nominee(id),
    seconder    INTEGER NOT NULL CHECK (seconder IN (0, 1)),
    name        TEXT NOT NULL,
    email       TEXT NOT NULL,
    email_key   TEXT NOT NULL,
    text        TEXT,
    added_at    TEXT NOT NULL,
    UNIQUE (nominee_id, email_key)
) STRICT;
"#,
    // 7 (issue 10, the returns officer's desk):
    // * `certification`: who certified a term, who witnessed it, when (UTC),
    //   and the certificate's identifier (`certify.rs`). Covered by the
    //   term's rules digest once the row exists (`state::rules_digest`).
    // * `audit.actor`: the officer's name set on the connection (`--officer`,
    //   `SCRUTINEER_OFFICER`, Preferences), covered by the entry's hash when
    //   present (`audit::entry_hash`), so older entries hash as they did.
    r#"
CREATE TABLE certification (
    term_id       INTEGER PRIMARY KEY REFERENCES term(id),
    officer       TEXT NOT NULL,
    witness       TEXT,
    certified_at  TEXT NOT NULL,
    identifier    TEXT NOT NULL
) STRICT;
ALTER TABLE audit ADD COLUMN actor TEXT;
"#,
    // 8 (roll import speed): the search index is built after the roll is in, off the import's
    // critical path (`roll.rs`: a big import commits its rows only; the
    // index is built afterwards, in batches, by `Election::build_search_index`,
    // in the window on a thread of its own). `search_index.upto`: every
    // voter with an id up to it is in `voter_fts`, no voter above it is.
    // The index's content is the view `voter_indexed` (those voters), so
    // FTS5's own 'integrity-check' holds at every moment, pending voters or
    // not; searches find the pending voters by reading them (`voters`).
    // Deletes and updates of indexed voters keep the index in step; after a
    // delete, `upto` comes down to the largest id left, so that a new voter
    // (SQLite gives it the largest id plus one) is always above it.
    r#"
CREATE TABLE search_index (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    upto  INTEGER NOT NULL
) STRICT;
INSERT INTO search_index (id, upto) SELECT 1, COALESCE(MAX(id), 0) FROM voter;
CREATE VIEW voter_indexed AS
    SELECT id, name, email FROM voter WHERE id <= (SELECT upto FROM search_index);
DROP TRIGGER voter_fts_delete;
DROP TRIGGER voter_fts_update;
DROP TABLE voter_fts;
CREATE VIRTUAL TABLE voter_fts USING fts5(
    name, email,
    content='voter_indexed', content_rowid='id', tokenize='trigram', detail='none', columnsize=0
);
INSERT INTO voter_fts (voter_fts, rank) VALUES ('hashsize', 8388608);
INSERT INTO voter_fts (voter_fts) VALUES ('rebuild');
CREATE TRIGGER voter_fts_delete AFTER DELETE ON voter BEGIN
    INSERT INTO voter_fts (voter_fts, rowid, name, email)
        SELECT 'delete', old.id, old.name, old.email WHERE old.id <= (SELECT upto FROM search_index);
    UPDATE search_index SET upto = (SELECT COALESCE(MAX(id), 0) FROM voter)
        WHERE upto > (SELECT COALESCE(MAX(id), 0) FROM voter);
END;
CREATE TRIGGER voter_fts_update AFTER UPDATE OF id, name, email ON voter BEGIN
    INSERT INTO voter_fts (voter_fts, rowid, name, email)
        SELECT 'delete', old.id, old.name, old.email WHERE old.id <= (SELECT upto FROM search_index);
    INSERT INTO voter_fts (rowid, name, email)
        SELECT new.id, new.name, new.email WHERE new.id <= (SELECT upto FROM search_index);
END;
"#, // 9 (issue 11, languages): the language of a term's published documents
    // (certificate, booklet, announcement, results CSV headers). Existing
    // terms keep the English they were published in.
    r#"
ALTER TABLE term ADD COLUMN language TEXT NOT NULL DEFAULT 'en'
    CHECK (language IN ('en', 'de', 'fr', 'es', 'ja'));
"#,
    // 10 (issues 7 and 10): a member known by id only, and the roll's
    // indexes named.
    // * `voter.email` may be NULL: a member identified by their id alone (an
    //   Elekto voter is a GitHub login, and no address is ever made up for
    //   them); such a member has a `member_id`, and `email_key` is `id:` and
    //   the id in lower case (`roll::id_key`: an email always holds an `@`,
    //   a login never does), so that the key stays one per member.
    // * The uniqueness of `(term_id, email_key)` is the index `voter_key`
    //   instead of a constraint of the table, so that an import into an
    //   empty roll can drop it and `voter_by_name` and build both once after
    //   the rows (`roll.rs`: sorted once instead of a million inserts in
    //   random order), in the import's transaction.
    // The table is rebuilt with the same ids (the search index keeps its
    // rows); its view and triggers are made again as migration 8 made them.
    r#"
DROP VIEW voter_indexed;
CREATE TABLE voter_new (
    id          INTEGER PRIMARY KEY,
    term_id     INTEGER NOT NULL REFERENCES term(id),
    name        TEXT NOT NULL,
    email       TEXT,
    email_key   TEXT NOT NULL,
    member_id   TEXT,
    weight      INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 1),
    membership  TEXT,
    voted       INTEGER NOT NULL DEFAULT 0 CHECK (voted IN (0, 1)),
    CHECK (email IS NOT NULL OR member_id IS NOT NULL)
) STRICT;
INSERT INTO voter_new (id, term_id, name, email, email_key, member_id, weight, membership, voted)
    SELECT id, term_id, name, email, email_key, member_id, weight, membership, voted FROM voter;
DROP TABLE voter;
ALTER TABLE voter_new RENAME TO voter;
CREATE UNIQUE INDEX voter_key ON voter(term_id, email_key);
CREATE INDEX voter_by_name ON voter(term_id, name);
CREATE VIEW voter_indexed AS
    SELECT id, name, email FROM voter WHERE id <= (SELECT upto FROM search_index);
CREATE TRIGGER voter_fts_delete AFTER DELETE ON voter BEGIN
    INSERT INTO voter_fts (voter_fts, rowid, name, email)
        SELECT 'delete', old.id, old.name, old.email WHERE old.id <= (SELECT upto FROM search_index);
    UPDATE search_index SET upto = (SELECT COALESCE(MAX(id), 0) FROM voter)
        WHERE upto > (SELECT COALESCE(MAX(id), 0) FROM voter);
END;
CREATE TRIGGER voter_fts_update AFTER UPDATE OF id, name, email ON voter BEGIN
    INSERT INTO voter_fts (voter_fts, rowid, name, email)
        SELECT 'delete', old.id, old.name, old.email WHERE old.id <= (SELECT upto FROM search_index);
    INSERT INTO voter_fts (rowid, name, email)
        SELECT new.id, new.name, new.email WHERE new.id <= (SELECT upto FROM search_index);
END;
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Open (creating if needed) and migrate the election file at `path`. The
/// folder must exist (see [`create_folder`]): a mistyped `--db` never
/// creates folders silently.
pub fn open(path: &Path) -> Result<Connection> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.is_dir() {
            return Err(Error::new(
                ErrorCode::NotFound,
                Msg::new("err-folder-missing").arg("folder", dir.display().to_string()),
            ));
        }
    }
    let mut conn = Connection::open(path).map_err(|e| {
        Error::new(
            ErrorCode::Database,
            Msg::new("err-cannot-open-db")
                .arg("path", path.display().to_string())
                .arg("detail", e.to_string()),
        )
    })?;
    // Every transaction takes the write lock when it begins, where SQLite
    // waits for it (the busy handler). A deferred one that read first would
    // fail at once, without waiting, when another program held the lock.
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    crate::search::register(&conn)?;
    configure(&conn, path)?;
    session_table(&conn)?;
    migrate(&conn, path)?;
    watch_removed_voters(&conn)?;
    Ok(conn)
}

/// Create the folder of the election file at `path` (for the default file,
/// whose folder the user did not choose, or when asked to).
pub fn create_folder(path: &Path) -> Result<()> {
    match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e)),
        None => Ok(()),
    }
}

/// How long a change waits for another program's change to finish before
/// giving up: `$SCRUTINEER_BUSY_TIMEOUT_MS` (for tests), else 10 s.
pub fn busy_timeout() -> Duration {
    let ms = std::env::var("SCRUTINEER_BUSY_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(10_000);
    Duration::from_millis(ms)
}

static BUSY_TIMEOUT_MS: AtomicU64 = AtomicU64::new(10_000);
static ON_WAIT: OnceLock<fn()> = OnceLock::new();
const BUSY_STEP_MS: u64 = 25;

/// Call `notice` when a change has to wait for another program (the CLI
/// prints a line saying so). Set once per process.
pub fn on_busy_wait(notice: fn()) {
    let _ = ON_WAIT.set(notice);
}

/// SQLite's busy handler: `n` is how many times it was called for this
/// lock. Waits in steps up to the busy timeout, saying so the first time.
fn busy_wait(n: i32) -> bool {
    if n == 0 {
        if let Some(notice) = ON_WAIT.get() {
            notice();
        }
    }
    let waited = u64::try_from(n).unwrap_or(0).saturating_mul(BUSY_STEP_MS);
    if waited >= BUSY_TIMEOUT_MS.load(Ordering::Relaxed) {
        return false;
    }
    std::thread::sleep(Duration::from_millis(BUSY_STEP_MS));
    true
}

/// This connection's own record of the voters it deletes (a TEMP table and
/// trigger: not in the file, gone when the connection closes, and rolled
/// back with the transaction), so the audit entry of a `roll remove` can
/// take the removed voter out of the roll digest without reading the roll
/// (`state::roll_digest_minus_removed`).
fn watch_removed_voters(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS voter_removed (
             term_id INTEGER, email_key TEXT, name TEXT, email TEXT, member_id TEXT,
             weight INTEGER, membership TEXT, voted INTEGER);
         CREATE TEMP TRIGGER IF NOT EXISTS voter_removed_record AFTER DELETE ON main.voter BEGIN
             INSERT INTO voter_removed VALUES (old.term_id, old.email_key, old.name, old.email,
                 old.member_id, old.weight, old.membership, old.voted);
         END;",
    )?;
    Ok(())
}

/// The officer acting through this connection (a TEMP table: not in the
/// file), named in every audit entry it appends (`audit::append`).
fn session_table(conn: &Connection) -> Result<()> {
    conn.execute_batch("CREATE TEMP TABLE IF NOT EXISTS session_actor (actor TEXT NOT NULL);")?;
    Ok(())
}

fn configure(conn: &Connection, path: &Path) -> Result<()> {
    BUSY_TIMEOUT_MS.store(busy_timeout().as_millis() as u64, Ordering::Relaxed);
    conn.busy_handler(Some(busy_wait))?;
    let not_db = |e: rusqlite::Error| {
        if crate::error::is_busy(&e) {
            return Error::from(e);
        }
        Error::new(
            ErrorCode::Database,
            Msg::new("err-not-election-file")
                .arg("path", path.display().to_string())
                .arg("detail", e.to_string()),
        )
    };
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(not_db)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    Ok(())
}

pub(crate) fn migrate(conn: &Connection, path: &Path) -> Result<()> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(Error::new(
            ErrorCode::Database,
            Msg::new("err-newer-file")
                .arg("path", path.display().to_string())
                .arg("version", version.to_string())
                .arg("supported", SCHEMA_VERSION.to_string()),
        ));
    }
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    // Every pending migration in one transaction: the state digests read
    // tables of later migrations, so migration 4's recording of every
    // term's state runs once the schema is complete.
    let tx = conn.unchecked_transaction()?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
    }
    if version < 4 {
        watch_removed_voters(&tx)?;
        crate::audit::record_all(&tx)?;
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_file_is_migrated_wal_strict() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/e.db");
        assert!(open(&p).unwrap_err().message.contains("does not exist"));
        create_folder(&p).unwrap();
        let c = open(&p).unwrap();
        let v: i64 = c
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, SCHEMA_VERSION);
        let mode: String = c
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = c
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        // STRICT: a text in an integer column is refused.
        let err = c.execute(
            "INSERT INTO term (name, seats, method, created_at) VALUES ('x', 'five', 'approval', 'now')",
            [],
        );
        assert!(err.is_err());
        // Reopening does not re-run migrations.
        drop(c);
        open(&p).unwrap();
    }

    #[test]
    fn ballot_table_has_no_voter_column() {
        let dir = tempfile::tempdir().unwrap();
        let c = open(&dir.path().join("e.db")).unwrap();
        let mut st = c
            .prepare("SELECT name FROM pragma_table_info('ballot')")
            .unwrap();
        let cols: Vec<String> = st
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        assert_eq!(cols, vec!["id", "batch_id", "weight", "marks"]);
    }

    /// A file written by version 3 (no state digests, no chain head, ballots
    /// in the order they first appeared) keeps verifying after the upgrade,
    /// gets one `state.record` entry per term, and is watched from then on.
    #[test]
    fn version_3_file_upgrades_and_keeps_verifying() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("v3.db");
        {
            let c = Connection::open(&p).unwrap();
            for sql in &MIGRATIONS[..3] {
                c.execute_batch(sql).unwrap();
            }
            c.pragma_update(None, "user_version", 3).unwrap();
            c.execute_batch(
                r#"INSERT INTO term (id, name, seats, method, stage, created_at) VALUES (1, 'Board', 1, 'plurality', 'voting', 'then');
                INSERT INTO nominee (term_id, position, name) VALUES (1, 1, 'Ann'), (1, 2, 'Ben');
                INSERT INTO voter (term_id, name, email, email_key) VALUES (1, 'Zoë', 'z@example.org', 'z@example.org');
                INSERT INTO ballot_batch (id, term_id, file_name, sha256, ballots, kind, imported_at) VALUES (1, 1, 'b.csv', 'ff', 5, 'ranking', 'then');
                INSERT INTO ballot (batch_id, weight, marks) VALUES (1, 3, '{"ranking":[["Ben"]]}'), (1, 2, '{"ranking":[["Ann"]]}');"#,
            )
            .unwrap();
            // Entries as version 3 wrote them: hashed without a state.
            let mut prev = crate::audit::GENESIS.to_string();
            for (seq, action) in [(1, "term.create"), (2, "ballots.import")] {
                let h =
                    crate::audit::entry_hash(&prev, seq, "then", "Board", action, "d", None, None);
                c.execute(
                    "INSERT INTO audit (seq, at, term, action, detail, prev_hash, hash) VALUES (?1, 'then', 'Board', ?2, 'd', ?3, ?4)",
                    rusqlite::params![seq, action, prev, h],
                )
                .unwrap();
                prev = h;
            }
        }
        let c = open(&p).unwrap();
        let r = crate::audit::verify(&c).unwrap();
        assert!(r.ok, "{:?}", r.problems);
        assert_eq!(r.entries, 3);
        let log = crate::audit::entries(&c, None).unwrap();
        assert!(log[0].state.is_none() && log[1].state.is_none());
        assert_eq!(log[2].action, crate::audit::RECORD);
        assert!(log[2].state.is_some());
        let head: (i64, String) = c
            .query_row("SELECT seq, hash FROM audit_head", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(head, (3, log[2].hash.clone()));
        // The ballots no longer keep the order they appeared in.
        let marks: Vec<String> = c
            .prepare("SELECT marks FROM ballot ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        assert_eq!(
            marks,
            [r#"{"ranking":[["Ann"]]}"#, r#"{"ranking":[["Ben"]]}"#]
        );
        // Reopening does not record the state again.
        drop(c);
        let c = open(&p).unwrap();
        assert_eq!(crate::audit::verify(&c).unwrap().entries, 3);
        // From now on, a change outside Scrutineer shows.
        c.execute("UPDATE ballot SET weight = 9 WHERE id = 1", [])
            .unwrap();
        let r = crate::audit::verify(&c).unwrap();
        assert!(!r.ok);
        assert_eq!(
            r.problems,
            ["the ballots of term \"Board\" were changed outside Scrutineer after entry 3"]
        );
    }

    #[test]
    fn newer_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("e.db");
        {
            let c = Connection::open(&p).unwrap();
            c.pragma_update(None, "user_version", 99).unwrap();
        }
        let e = open(&p).unwrap_err();
        assert!(e.message.contains("newer Scrutineer"), "{}", e.message);
    }

    #[test]
    fn not_a_database_is_refused_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("e.db");
        std::fs::write(&p, b"this is not sqlite, just some text that is long enough to be a header....................").unwrap();
        let e = open(&p).unwrap_err();
        assert_eq!(e.code, ErrorCode::Database);
    }
}
