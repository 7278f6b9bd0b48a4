//! Nominations (issue 9): a nominee is a nomination, not only a name.
//!
//! A nomination names the nominee (name, email, employer or affiliation,
//! optional handle), who nominated (`self`, or a member on the roll matched
//! by email or member id), the seconders (members on the roll, given with
//! the nomination), later endorsements (members on the roll, each with an
//! optional text), the nominee's acceptance and, as before, a withdrawal
//! with a reason.
//!
//! A term's rules ([`NominationRules`]) are checked when a nomination is
//! made, whether typed, sent by the window or imported; a nomination that
//! breaks one is refused with the rule named, never stored:
//!
//! * **the nomination period** — outside `opens..=closes` (UTC dates) a
//!   nomination is refused, unless a reason for accepting it late is given,
//!   which is stored with it and written in the audit log;
//! * **the nominator must be on the roll** — unless the roll is empty (the
//!   roll is often imported after nominations); `self` is always allowed;
//! * **N seconders** — distinct members on the roll, neither the nominator
//!   nor the nominee;
//! * **the statement's length** — at most N words, counted by
//!   `scrutineer_markdown::word_count` (the rendered text; each CJK
//!   ideograph one word).
//!
//! Statements and endorsement texts are Markdown, stored as written: only
//! line ends are unified (CRLF and CR become LF), and the text is checked
//! (not changed) by `scrutineer_formats::fields` for control, bidi and
//! invisible characters and its length. Every other field is cleaned by
//! `scrutineer_formats::fields`.
//!
//! Corrections: every field can be edited until voting opens (stages draft
//! and nominations), each edit with a reason; the audit entry shows each
//! changed field's old and new value. After that only withdrawal is
//! possible. Each change is one transaction with its audit entry.

use crate::audit;
use crate::clock::now_utc;
use crate::error::{Error, ErrorCode, Result};
use crate::fields;
use crate::model::{NewNominee, NominationRules, Nominee, Stage, Term};
use crate::service::{certified, term_in};
use crate::Election;
use rusqlite::{params, Connection, OptionalExtension};
use scrutineer_formats::fields::{self as f, FieldSpec};
use scrutineer_i18n::Msg;
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

/// A handle (e.g. a GitHub login).
pub const HANDLE: FieldSpec = FieldSpec {
    what: "handle",
    max_chars: 100,
    multiline: false,
};

/// An endorsement's text: shorter than a statement.
pub const ENDORSEMENT: FieldSpec = FieldSpec {
    what: "endorsement",
    max_chars: 10_000,
    multiline: true,
};

/// A seconder's or endorser's endorsement of a nominee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Endorsement {
    /// The member's name as on the roll (or as given, when the roll is
    /// empty).
    pub name: String,
    /// The member's email as on the roll (or as given).
    pub email: String,
    /// Given with the nomination (a seconder), or later (an endorsement).
    pub seconder: bool,
    /// Markdown, as written.
    pub text: Option<String>,
    /// The text rendered and sanitised (`scrutineer_markdown::to_html`).
    pub text_html: Option<String>,
    pub added_at: String,
}

/// Everything about one nominee, for the nominee page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NomineeDetail {
    pub nominee: Nominee,
    pub endorsements: Vec<Endorsement>,
    /// The statement rendered and sanitised (empty without a statement).
    pub statement_html: String,
    /// The statement's words, as the length rule counts them.
    #[ts(type = "number")]
    pub statement_words: u64,
}

/// A correction: each `Some` field is set (`Some("")` clears an optional
/// field); `None` leaves it as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NomineeEdit {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub employer: Option<String>,
    #[serde(default)]
    pub handle: Option<String>,
    /// `self`, or a member on the roll by email or member id.
    #[serde(default)]
    pub nominated_by: Option<String>,
    #[serde(default)]
    pub statement: Option<String>,
}

/// Markdown as written, checked: line ends unified to LF, nothing else
/// changed; empty (only white space) is `None`.
pub fn markdown_text(spec: &FieldSpec, s: &str) -> Result<Option<String>> {
    let text = s.replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return Ok(None);
    }
    crate::fields::check(spec, &text)?;
    Ok(Some(text))
}

/// A statement (or endorsement) file, read through the bounded reader (a
/// regular file, at most `STATEMENT_FILE_BYTES`, UTF-8) and kept as
/// written ([`markdown_text`]).
pub fn read_markdown_file(path: &Path) -> Result<String> {
    let text = scrutineer_formats::roll::source::read_text_limited(
        path,
        "statement",
        f::STATEMENT_FILE_BYTES,
    )?;
    f::check_msg(
        &f::STATEMENT,
        &text.replace("\r\n", "\n").replace('\r', "\n"),
    )
    .map_err(|why| Error::invalid(crate::fields::path_problem(path, why)))?;
    Ok(text)
}

/// A date `YYYY-MM-DD` (a real one), as given; `what` is the id of the
/// date's name (`err-date-opening`).
pub fn parse_date(what: &'static str, s: &str) -> Result<String> {
    let t = s.trim();
    let bad = || {
        Error::invalid(
            Msg::new("err-not-a-date")
                .arg("what", Msg::new(what))
                .arg("given", t),
        )
    };
    let b = t.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = t.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return Err(bad());
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(bad()),
    };
    if d == 0 || d > days || y == 0 {
        return Err(bad());
    }
    Ok(t.to_string())
}

/// The rules, checked: dates real and in order.
pub(crate) fn validate_rules(r: &NominationRules) -> Result<NominationRules> {
    let opens = r
        .opens
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(|s| parse_date("err-date-opening", s))
        .transpose()?;
    let closes = r
        .closes
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(|s| parse_date("err-date-closing", s))
        .transpose()?;
    if let (Some(o), Some(c)) = (&opens, &closes) {
        if c < o {
            return Err(Error::invalid(
                Msg::new("err-nominations-close-before-open")
                    .arg("closes", c.to_string())
                    .arg("opens", o.to_string()),
            ));
        }
    }
    if r.statement_words == Some(0) {
        return Err(Error::invalid(Msg::new("err-statement-limit-zero")));
    }
    if r.seconders > 1000 {
        return Err(Error::invalid(
            Msg::new("err-seconders-too-many").arg("n", r.seconders.to_string()),
        ));
    }
    Ok(NominationRules {
        opens,
        closes,
        seconders: r.seconders,
        statement_words: r.statement_words,
    })
}

fn is_default(r: &NominationRules) -> bool {
    r == &NominationRules::default()
}

/// Store a new term's rules (no row when there are none).
pub(crate) fn save_rules(conn: &Connection, term_id: i64, r: &NominationRules) -> Result<()> {
    if is_default(r) {
        return Ok(());
    }
    conn.execute(
        "INSERT INTO nomination_rules (term_id, opens, closes, seconders, statement_words) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![term_id, r.opens, r.closes, r.seconders, r.statement_words],
    )?;
    Ok(())
}

/// The rules in words, for the audit log (empty when there are none).
pub(crate) fn describe_rules(r: &NominationRules) -> String {
    let mut parts = Vec::new();
    if let Some(o) = &r.opens {
        parts.push(format!("nominations_open={o}"));
    }
    if let Some(c) = &r.closes {
        parts.push(format!("nominations_close={c}"));
    }
    if r.seconders > 0 {
        parts.push(format!("seconders={}", r.seconders));
    }
    if let Some(w) = r.statement_words {
        parts.push(format!("statement_words={w}"));
    }
    parts.join(" ")
}

pub(crate) fn load_rules(conn: &Connection, term_id: i64) -> Result<NominationRules> {
    Ok(conn
        .query_row(
            "SELECT opens, closes, seconders, statement_words FROM nomination_rules WHERE term_id = ?1",
            [term_id],
            |r| {
                Ok(NominationRules {
                    opens: r.get(0)?,
                    closes: r.get(1)?,
                    seconders: r.get(2)?,
                    statement_words: r.get(3)?,
                })
            },
        )
        .optional()?
        .unwrap_or_default())
}

/// A refusal naming the rule broken: `rule` is the id of the whole
/// message (`err-rule-period`...), one per rule, so that a program (the
/// window, placing the error beside its control) knows the rule by the
/// error's `id` in any language; `why` says how it is broken.
fn rule_broken(rule: Rule, why: Msg) -> Error {
    Error::invalid(Msg::new(rule.id()).arg("why", why))
}

/// A member of the roll.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Member {
    pub name: String,
    pub email: String,
    pub email_key: String,
}

fn roll_is_empty(conn: &Connection, term_id: i64) -> Result<bool> {
    Ok(!conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM voter WHERE term_id = ?1)",
        [term_id],
        |r| r.get::<_, bool>(0),
    )?)
}

/// A member of the term's roll by email (any case) or member id. A member
/// known by id only (no email) is named by their id, as a member given by
/// id on an empty roll is.
fn find_member(conn: &Connection, term_id: i64, who: &str) -> Result<Option<Member>> {
    let row = |r: &rusqlite::Row| {
        Ok(Member {
            name: r.get(0)?,
            email: r.get(1)?,
            email_key: r.get(2)?,
        })
    };
    if who.contains('@') {
        let key = scrutineer_formats::roll::email_key(who);
        Ok(conn
            .query_row(
                "SELECT name, COALESCE(email, member_id), email_key FROM voter WHERE term_id = ?1 AND email_key = ?2",
                params![term_id, key],
                row,
            )
            .optional()?)
    } else {
        Ok(conn
            .query_row(
                "SELECT name, COALESCE(email, member_id), email_key FROM voter WHERE term_id = ?1 AND member_id = ?2 ORDER BY id LIMIT 1",
                params![term_id, who],
                row,
            )
            .optional()?)
    }
}

/// A member named by email or member id: on the roll, or, when the roll
/// is empty, as given. `rule` names the rule a member off the roll breaks.
fn member(conn: &Connection, t: &Term, who: &str, what: Msg, rule: Rule) -> Result<Member> {
    let who = fields::required(&f::NOMINATOR, who)?;
    if let Some(m) = find_member(conn, t.id, &who)? {
        return Ok(m);
    }
    if roll_is_empty(conn, t.id)? {
        return Ok(Member {
            name: who.clone(),
            email: who.clone(),
            email_key: scrutineer_formats::roll::email_key(&who),
        });
    }
    Err(rule_broken(
        rule,
        Msg::new("err-rule-not-on-roll")
            .arg("what", what)
            .arg("who", who)
            .arg("term", t.name.as_str()),
    ))
}

/// The rules a nomination can break, each its own message id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rule {
    /// "nominations are made in the nomination period"
    Period,
    /// "the nominator must be on the roll"
    Nominator,
    /// "seconders and endorsers must be on the roll"
    Seconder,
    /// "the statement's length"
    Words,
    /// "N seconders required"
    Seconders,
}

impl Rule {
    fn id(self) -> &'static str {
        match self {
            Rule::Period => "err-rule-period",
            Rule::Nominator => "err-rule-nominator",
            Rule::Seconder => "err-rule-seconder",
            Rule::Words => "err-rule-words",
            Rule::Seconders => "err-rule-seconders-required",
        }
    }
}

/// The id of the message of a rejected row refused by the nomination
/// period rule (`RejectedRow::id`): the window offers a late reason on it.
pub const RULE_PERIOD_ID: &str = "err-rule-period";

/// The nomination period rule for a nomination made on `date`: `Ok(None)`
/// inside the period, `Ok(Some(reason))` outside it with a reason to accept
/// it late, an error naming the rule otherwise.
fn check_period(
    r: &NominationRules,
    date: &str,
    late_reason: Option<&str>,
) -> Result<Option<String>> {
    let early = r.opens.as_deref().filter(|o| date < *o);
    let late = r.closes.as_deref().filter(|c| date > *c);
    let why = match (early, late) {
        (Some(o), _) => Msg::new("err-rule-period-early").arg("opens", o),
        (_, Some(c)) => Msg::new("err-rule-period-late").arg("closes", c),
        _ => return Ok(None),
    };
    match late_reason.map(str::trim).filter(|s| !s.is_empty()) {
        Some(reason) => Ok(Some(fields::required(&f::REASON, reason)?)),
        None => Err(rule_broken(Rule::Period, why.arg("date", date))),
    }
}

fn check_words(r: &NominationRules, statement: Option<&str>) -> Result<()> {
    if let (Some(limit), Some(s)) = (r.statement_words, statement) {
        let words = scrutineer_markdown::word_count(s);
        if words > limit as usize {
            return Err(rule_broken(
                Rule::Words,
                Msg::new("err-rule-words-over")
                    .arg("words", words as i64)
                    .arg("limit", i64::from(limit)),
            ));
        }
    }
    Ok(())
}

/// Who nominated: `(nominated_by, nominator_name)`.
fn nominator(
    conn: &Connection,
    t: &Term,
    who: Option<&str>,
) -> Result<(Option<String>, Option<String>)> {
    match who.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok((None, None)),
        Some(s) if s.eq_ignore_ascii_case("self") => Ok((Some("self".into()), None)),
        Some(s) => {
            let m = member(
                conn,
                t,
                s,
                Msg::new("err-rule-who-nominator"),
                Rule::Nominator,
            )?;
            if find_member(conn, t.id, s)?.is_some() {
                Ok((Some(m.email), Some(m.name)))
            } else {
                // The roll is empty: kept as given.
                Ok((Some(m.email), None))
            }
        }
    }
}

/// A nomination, checked against the term's rules, ready to store.
#[derive(Clone, Debug)]
pub(crate) struct Nomination {
    pub name: String,
    pub email: Option<String>,
    pub employer: Option<String>,
    pub handle: Option<String>,
    pub nominated_by: Option<String>,
    pub nominator_name: Option<String>,
    pub statement: Option<String>,
    pub seconders: Vec<Member>,
    pub nominated_at: String,
    pub late_reason: Option<String>,
}

/// Check a nomination made at `at` (`YYYY-MM-DD...`) against every rule.
pub(crate) fn check_nomination(
    conn: &Connection,
    t: &Term,
    rules: &NominationRules,
    n: &NewNominee,
    at: &str,
) -> Result<Nomination> {
    let name = fields::required(&f::NOMINEE_NAME, &n.name)?;
    let email = fields::optional(&f::EMAIL, n.email.as_deref())?
        .map(|e| fields::email(&f::EMAIL, &e))
        .transpose()?;
    let employer = fields::optional(&f::EMPLOYER, n.employer.as_deref())?;
    let handle = fields::optional(&HANDLE, n.handle.as_deref())?;
    let statement = n
        .statement
        .as_deref()
        .map(|s| markdown_text(&f::STATEMENT, s))
        .transpose()?
        .flatten();
    let date = at.get(..10).unwrap_or(at);
    let late_reason = check_period(rules, date, n.late_reason.as_deref())?;
    let (nominated_by, nominator_name) = nominator(conn, t, n.nominated_by.as_deref())?;
    let nominee_key = email.as_deref().map(scrutineer_formats::roll::email_key);
    let nominator_key = nominated_by
        .as_deref()
        .filter(|s| *s != "self")
        .map(scrutineer_formats::roll::email_key);
    let mut seconders: Vec<Member> = Vec::new();
    for s in n.seconded_by.iter().filter(|s| !s.trim().is_empty()) {
        let m = member(
            conn,
            t,
            s,
            Msg::new("err-rule-who-seconder"),
            Rule::Seconder,
        )?;
        if seconders.iter().any(|x| x.email_key == m.email_key) {
            return Err(Error::invalid(
                Msg::new("err-seconder-twice").arg("email", m.email.as_str()),
            ));
        }
        if Some(&m.email_key) == nominator_key.as_ref()
            || (nominated_by.as_deref() == Some("self")
                && Some(&m.email_key) == nominee_key.as_ref())
        {
            return Err(Error::invalid(
                Msg::new("err-seconder-is-nominator")
                    .arg("email", m.email.as_str())
                    .arg("name", name),
            ));
        }
        if Some(&m.email_key) == nominee_key.as_ref() {
            return Err(Error::invalid(
                Msg::new("err-seconder-is-nominee").arg("email", m.email.as_str()),
            ));
        }
        seconders.push(m);
    }
    if (seconders.len() as u64) < u64::from(rules.seconders) {
        return Err(Error::invalid(
            Msg::new(Rule::Seconders.id())
                .arg("required", i64::from(rules.seconders))
                .arg(
                    "why",
                    Msg::new("err-rule-seconders-short")
                        .arg("name", name.as_str())
                        .arg("n", seconders.len() as i64)
                        .arg("term", t.name.as_str())
                        .arg("required", i64::from(rules.seconders)),
                ),
        ));
    }
    check_words(rules, statement.as_deref())?;
    Ok(Nomination {
        name,
        email,
        employer,
        handle,
        nominated_by,
        nominator_name,
        statement,
        seconders,
        nominated_at: at.to_string(),
        late_reason,
    })
}

/// Store a checked nomination (in the caller's transaction); refuses a
/// name already nominated. Returns the nominee's id.
/// In an open transaction: add a checked nomination, open nominations if
/// the term was a draft, and append the audit entry; the nominee's id.
pub(crate) fn store_nominee(conn: &Connection, t: &Term, checked: &Nomination) -> Result<i64> {
    let id = insert_nomination(conn, t, checked)?;
    if t.stage == Stage::Draft {
        conn.execute(
            "UPDATE term SET stage = 'nominations' WHERE id = ?1",
            [t.id],
        )?;
    }
    audit::append(conn, &t.name, "nominee.add", &describe_nomination(checked))?;
    Ok(id)
}

/// In an open transaction: add a nominee to term `term` as
/// [`Election::add_nominee`] does (every check, the audit entry).
pub(crate) fn add_nominee_in(conn: &Connection, term: &str, n: &NewNominee) -> Result<i64> {
    let t = term_in(conn, term)?;
    before_voting(&t, "err-closed-nominees")?;
    audit::check_before_change(conn, &t.name)?;
    let rules = load_rules(conn, t.id)?;
    let checked = check_nomination(conn, &t, &rules, n, &now_utc())?;
    store_nominee(conn, &t, &checked)
}

pub(crate) fn insert_nomination(conn: &Connection, t: &Term, n: &Nomination) -> Result<i64> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM nominee WHERE term_id = ?1 AND name = ?2)",
        params![t.id, n.name],
        |r| r.get(0),
    )?;
    if exists {
        return Err(Error::new(
            ErrorCode::AlreadyExists,
            Msg::new("err-nominee-exists")
                .arg("name", n.name.as_str())
                .arg("term", t.name.as_str()),
        ));
    }
    let position: i64 = conn.query_row(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM nominee WHERE term_id = ?1",
        [t.id],
        |r| r.get(0),
    )?;
    conn.execute(
        "INSERT INTO nominee (term_id, position, name, email, employer, nominated_by, statement, handle, nominator_name, nominated_at, late_reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            t.id,
            position,
            n.name,
            n.email,
            n.employer,
            n.nominated_by,
            n.statement,
            n.handle,
            n.nominator_name,
            n.nominated_at,
            n.late_reason
        ],
    )?;
    let id = conn.last_insert_rowid();
    for s in &n.seconders {
        conn.execute(
            "INSERT INTO endorsement (nominee_id, seconder, name, email, email_key, text, added_at) VALUES (?1, 1, ?2, ?3, ?4, NULL, ?5)",
            params![id, s.name, s.email, s.email_key, n.nominated_at],
        )?;
    }
    Ok(id)
}

/// The audit detail of a nomination.
pub(crate) fn describe_nomination(n: &Nomination) -> String {
    let mut d = format!(
        "name={:?} employer={:?} nominated_by={:?}",
        n.name,
        n.employer.as_deref().unwrap_or(""),
        n.nominated_by.as_deref().unwrap_or("")
    );
    if let Some(h) = &n.handle {
        d.push_str(&format!(" handle={h:?}"));
    }
    if !n.seconders.is_empty() {
        let list: Vec<&str> = n.seconders.iter().map(|s| s.email.as_str()).collect();
        d.push_str(&format!(" seconded_by={:?}", list.join(", ")));
    }
    if let Some(r) = &n.late_reason {
        d.push_str(&format!(
            " late: outside the nomination period, accepted because {r:?}"
        ));
    }
    d
}

/// Nominations may be made or changed: the term is at draft or
/// nominations (voting has not opened).
fn before_voting(t: &Term, what: &'static str) -> Result<()> {
    match t.stage {
        Stage::Draft | Stage::Nominations => Ok(()),
        Stage::Certified => Err(certified(t)),
        _ => Err(Error::stage(
            Msg::new("err-voting-opened")
                .arg("term", t.name.as_str())
                .arg("stage", t.stage.msg())
                .arg("what", Msg::new(what)),
        )),
    }
}

/// The quoted value of a field in an edit entry.
fn shown(v: Option<&str>) -> String {
    match v {
        Some(s) => format!("{s:?}"),
        None => "(none)".into(),
    }
}

pub(crate) fn nominee_row(r: &rusqlite::Row) -> rusqlite::Result<Nominee> {
    Ok(Nominee {
        id: r.get(0)?,
        name: r.get(1)?,
        email: r.get(2)?,
        employer: r.get(3)?,
        nominated_by: r.get(4)?,
        statement: r.get(5)?,
        withdrawn: r.get::<_, i64>(6)? != 0,
        handle: r.get(7)?,
        nominator_name: r.get(8)?,
        nominated_at: r.get(9)?,
        late_reason: r.get(10)?,
        accepted_at: r.get(11)?,
    })
}

/// The columns [`nominee_row`] reads.
pub(crate) const NOMINEE_COLUMNS: &str = "id, name, email, employer, nominated_by, statement, withdrawn, handle, nominator_name, nominated_at, late_reason, accepted_at";

fn nominee_named(conn: &Connection, t: &Term, name: &str) -> Result<Nominee> {
    conn.query_row(
        &format!("SELECT {NOMINEE_COLUMNS} FROM nominee WHERE term_id = ?1 AND name = ?2"),
        params![t.id, name.trim()],
        nominee_row,
    )
    .optional()?
    .ok_or_else(|| {
        Error::not_found(
            Msg::new("err-nominee-not-found")
                .arg("term", t.name.as_str())
                .arg("name", name.trim()),
        )
    })
}

pub(crate) fn endorsements_of(conn: &Connection, nominee_id: i64) -> Result<Vec<Endorsement>> {
    let mut st = conn.prepare_cached(
        "SELECT name, email, seconder, text, added_at FROM endorsement WHERE nominee_id = ?1 ORDER BY seconder DESC, id",
    )?;
    let rows = st.query_map([nominee_id], |r| {
        let text: Option<String> = r.get(3)?;
        Ok(Endorsement {
            name: r.get(0)?,
            email: r.get(1)?,
            seconder: r.get::<_, i64>(2)? != 0,
            text_html: text.as_deref().map(scrutineer_markdown::to_html),
            text,
            added_at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

impl Election {
    /// A term's nomination rules (the defaults when it has none).
    pub fn nomination_rules(&self, term: &str) -> Result<NominationRules> {
        let t = term_in(self.conn(), term)?;
        load_rules(self.conn(), t.id)
    }

    /// Add a nomination, checked against the term's rules (see the module
    /// documentation), in one transaction with its audit entry. The first
    /// nomination moves a draft term to stage nominations.
    pub fn add_nominee(&mut self, term: &str, n: &NewNominee) -> Result<Nominee> {
        let t = term_in(self.conn(), term)?;
        before_voting(&t, "err-closed-nominees")?;
        audit::check_before_change(self.conn(), &t.name)?;
        let rules = load_rules(self.conn(), t.id)?;
        let checked = check_nomination(self.conn(), &t, &rules, n, &now_utc())?;
        let tx = self.conn_mut().transaction()?;
        let id = store_nominee(&tx, &t, &checked)?;
        tx.commit()?;
        self.conn()
            .query_row(
                &format!("SELECT {NOMINEE_COLUMNS} FROM nominee WHERE id = ?1"),
                [id],
                nominee_row,
            )
            .map_err(Error::from)
    }

    /// Correct a nominee's fields, with a reason, until voting opens. The
    /// audit entry shows each changed field's old and new value; an edit
    /// that changes nothing is refused. A new statement must keep to the
    /// length rule; a new nominator must be on the roll.
    pub fn edit_nominee(
        &mut self,
        term: &str,
        name: &str,
        edit: &NomineeEdit,
        reason: &str,
    ) -> Result<Nominee> {
        let t = term_in(self.conn(), term)?;
        before_voting(&t, "err-closed-editing")?;
        let reason = fields::required(&f::REASON, reason)?;
        audit::check_before_change(self.conn(), &t.name)?;
        let old = nominee_named(self.conn(), &t, name)?;
        let rules = load_rules(self.conn(), t.id)?;
        let mut new = old.clone();
        if let Some(v) = &edit.name {
            new.name = fields::required(&f::NOMINEE_NAME, v)?;
        }
        if let Some(v) = &edit.email {
            new.email = fields::optional(&f::EMAIL, Some(v))?
                .map(|e| fields::email(&f::EMAIL, &e))
                .transpose()?;
        }
        if let Some(v) = &edit.employer {
            new.employer = fields::optional(&f::EMPLOYER, Some(v))?;
        }
        if let Some(v) = &edit.handle {
            new.handle = fields::optional(&HANDLE, Some(v))?;
        }
        if let Some(v) = &edit.nominated_by {
            let (by, by_name) = nominator(self.conn(), &t, Some(v))?;
            new.nominated_by = by;
            new.nominator_name = by_name;
        }
        if let Some(v) = &edit.statement {
            new.statement = markdown_text(&f::STATEMENT, v)?;
            check_words(&rules, new.statement.as_deref())?;
        }
        let fields_changed: Vec<(&str, Option<&str>, Option<&str>)> = [
            ("name", Some(old.name.as_str()), Some(new.name.as_str())),
            ("email", old.email.as_deref(), new.email.as_deref()),
            ("employer", old.employer.as_deref(), new.employer.as_deref()),
            ("handle", old.handle.as_deref(), new.handle.as_deref()),
            (
                "nominated_by",
                old.nominated_by.as_deref(),
                new.nominated_by.as_deref(),
            ),
            (
                "statement",
                old.statement.as_deref(),
                new.statement.as_deref(),
            ),
        ]
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .collect();
        if fields_changed.is_empty() {
            return Err(Error::invalid(
                Msg::new("err-nominee-edit-nothing").arg("name", old.name.as_str()),
            ));
        }
        let tx = self.conn_mut().transaction()?;
        if new.name != old.name {
            let taken: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM nominee WHERE term_id = ?1 AND name = ?2)",
                params![t.id, new.name],
                |r| r.get(0),
            )?;
            if taken {
                return Err(Error::new(
                    ErrorCode::AlreadyExists,
                    Msg::new("err-nominee-exists")
                        .arg("name", new.name.as_str())
                        .arg("term", t.name.as_str()),
                ));
            }
        }
        tx.execute(
            "UPDATE nominee SET name = ?1, email = ?2, employer = ?3, handle = ?4, nominated_by = ?5, nominator_name = ?6, statement = ?7 WHERE id = ?8",
            params![
                new.name,
                new.email,
                new.employer,
                new.handle,
                new.nominated_by,
                new.nominator_name,
                new.statement,
                old.id
            ],
        )?;
        let changes: Vec<String> = fields_changed
            .iter()
            .map(|(field, a, b)| format!("{field}: {} -> {}", shown(*a), shown(*b)))
            .collect();
        audit::append(
            &tx,
            &t.name,
            "nominee.edit",
            &format!(
                "name={:?} reason={reason:?}; {}",
                old.name,
                changes.join("; ")
            ),
        )?;
        tx.commit()?;
        nominee_named(self.conn(), &t, &new.name)
    }

    /// A member on the roll endorses a standing nominee, with an optional
    /// text (Markdown, as written), until voting opens.
    pub fn endorse_nominee(
        &mut self,
        term: &str,
        name: &str,
        by: &str,
        text: Option<&str>,
    ) -> Result<Endorsement> {
        let t = term_in(self.conn(), term)?;
        before_voting(&t, "err-closed-endorsements")?;
        audit::check_before_change(self.conn(), &t.name)?;
        let n = nominee_named(self.conn(), &t, name)?;
        if n.withdrawn {
            return Err(Error::stage(
                Msg::new("err-nominee-withdrawn").arg("name", n.name.as_str()),
            ));
        }
        let m = member(
            self.conn(),
            &t,
            by,
            Msg::new("err-rule-who-endorser"),
            Rule::Seconder,
        )?;
        let text = text
            .map(|s| markdown_text(&ENDORSEMENT, s))
            .transpose()?
            .flatten();
        let tx = self.conn_mut().transaction()?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS(SELECT 1 FROM endorsement WHERE nominee_id = ?1 AND email_key = ?2)",
            params![n.id, m.email_key],
            |r| r.get(0),
        )?;
        if exists {
            return Err(Error::new(
                ErrorCode::AlreadyExists,
                Msg::new("err-already-endorsed")
                    .arg("email", m.email.as_str())
                    .arg("name", n.name.as_str()),
            ));
        }
        let at = now_utc();
        tx.execute(
            "INSERT INTO endorsement (nominee_id, seconder, name, email, email_key, text, added_at) VALUES (?1, 0, ?2, ?3, ?4, ?5, ?6)",
            params![n.id, m.name, m.email, m.email_key, text, at],
        )?;
        audit::append(
            &tx,
            &t.name,
            "nominee.endorse",
            &format!(
                "name={:?} by={:?} text={}",
                n.name,
                m.email,
                shown(text.as_deref())
            ),
        )?;
        tx.commit()?;
        Ok(Endorsement {
            name: m.name,
            email: m.email,
            seconder: false,
            text_html: text.as_deref().map(scrutineer_markdown::to_html),
            text,
            added_at: at,
        })
    }

    /// Record that the nominee accepted the nomination (now), until voting
    /// opens.
    pub fn accept_nomination(&mut self, term: &str, name: &str) -> Result<Nominee> {
        let t = term_in(self.conn(), term)?;
        before_voting(&t, "err-closed-acceptances")?;
        audit::check_before_change(self.conn(), &t.name)?;
        let n = nominee_named(self.conn(), &t, name)?;
        if let Some(at) = &n.accepted_at {
            return Err(Error::new(
                ErrorCode::AlreadyExists,
                Msg::new("err-already-accepted")
                    .arg("name", n.name.as_str())
                    .arg("when", at.to_string()),
            ));
        }
        if n.withdrawn {
            return Err(Error::stage(
                Msg::new("err-nominee-withdrawn").arg("name", n.name.as_str()),
            ));
        }
        let at = now_utc();
        let tx = self.conn_mut().transaction()?;
        tx.execute(
            "UPDATE nominee SET accepted_at = ?1 WHERE id = ?2",
            params![at, n.id],
        )?;
        audit::append(
            &tx,
            &t.name,
            "nominee.accept",
            &format!("name={:?} accepted_at={at}", n.name),
        )?;
        tx.commit()?;
        nominee_named(self.conn(), &t, &n.name)
    }

    /// One nominee with the endorsements and the rendered statement.
    pub fn nominee_detail(&self, term: &str, name: &str) -> Result<NomineeDetail> {
        let t = term_in(self.conn(), term)?;
        let nominee = nominee_named(self.conn(), &t, name)?;
        let endorsements = endorsements_of(self.conn(), nominee.id)?;
        let statement = nominee.statement.as_deref().unwrap_or("");
        Ok(NomineeDetail {
            statement_html: scrutineer_markdown::to_html(statement),
            statement_words: scrutineer_markdown::word_count(statement) as u64,
            endorsements,
            nominee,
        })
    }
}

/// A statement rendered for the window's live preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RenderedMarkdown {
    /// Sanitised HTML (`scrutineer_markdown::to_html`).
    pub html: String,
    /// Words, as the statement-length rule counts them.
    #[ts(type = "number")]
    pub words: u64,
}

/// Render Markdown as the window, the exports and the booklet do.
pub fn render_markdown(md: &str) -> RenderedMarkdown {
    RenderedMarkdown {
        html: scrutineer_markdown::to_html(md),
        words: scrutineer_markdown::word_count(md) as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("err-date-opening", " 2024-02-29 ").unwrap(),
            "2024-02-29"
        );
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-1-01",
            "01/02/2024",
            "2024-00-10",
            "２０２４-01-01",
        ] {
            assert!(parse_date("err-date-opening", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn period() {
        let r = NominationRules {
            opens: Some("2026-03-01".into()),
            closes: Some("2026-03-14".into()),
            ..Default::default()
        };
        assert_eq!(check_period(&r, "2026-03-01", None).unwrap(), None);
        assert_eq!(check_period(&r, "2026-03-14", None).unwrap(), None);
        let e = check_period(&r, "2026-03-15", None).unwrap_err();
        assert!(
            e.message.contains("closed on 2026-03-14")
                && e.message
                    .contains("nominations are made in the nomination period")
                && e.id.as_deref() == Some(RULE_PERIOD_ID),
            "{}",
            e.message
        );
        let e = check_period(&r, "2026-02-28", None).unwrap_err();
        assert!(e.message.contains("open on 2026-03-01"), "{}", e.message);
        assert_eq!(
            check_period(&r, "2026-03-15", Some("posted on time, mail delayed")).unwrap(),
            Some("posted on time, mail delayed".into())
        );
    }

    #[test]
    fn markdown_kept_as_written() {
        let s = "# Title  \nline with hard break  \n\n* item\r\n";
        assert_eq!(
            markdown_text(&f::STATEMENT, s).unwrap().unwrap(),
            "# Title  \nline with hard break  \n\n* item\n"
        );
        assert_eq!(markdown_text(&f::STATEMENT, "  \n ").unwrap(), None);
        assert!(markdown_text(&f::STATEMENT, "bad \u{202E} override").is_err());
    }
}
