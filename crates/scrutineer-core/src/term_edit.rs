//! Correcting mistakes: a term's name, organisation, seats, method and rules
//! can be changed, and a term created by mistake deleted.
//!
//! * Until ballots are imported, any setting can change. After that, a
//!   change discards the stored result (the term goes back to voting), and
//!   the method can only change to one reading the same kind of ballot
//!   (ranked, approval or scores): the stored ballots must still mean what
//!   they meant. A certified term refuses every change.
//! * A term can be deleted while it has no ballots; the file is backed up
//!   first (`backups/`, step `delete-term`).
//! * Every change needs a reason, and is one transaction with one audit
//!   entry naming the old and new values (so `audit verify` stays clean: the
//!   entry records the term's new state, rules digest included).

use crate::audit::{self, REASON_SEP};
use crate::error::{Error, ErrorCode, Result};
use crate::fields;
use crate::model::{Stage, Term, TermEdit};
use crate::service::{certified, reopen_if_counted, Election};
use rusqlite::params;
use scrutineer_count::Method;
use scrutineer_formats::fields as f;
use scrutineer_i18n::Msg;

fn show(v: Option<u32>) -> String {
    v.map(|x| x.to_string()).unwrap_or_else(|| "none".into())
}

impl Election {
    /// Change a term's settings (only the fields given in `edit`), with the
    /// reason in the audit log beside the old and new values.
    pub fn edit_term(&mut self, term: &str, edit: &TermEdit) -> Result<Term> {
        let t = self.term(term)?;
        if t.stage == Stage::Certified {
            if edit.language.is_some_and(|l| l != t.language) {
                return Err(Error::stage(
                    Msg::new("err-certified-language")
                        .arg("term", t.name.as_str())
                        .arg("language", t.language.native_name()),
                ));
            }
            return Err(certified(&t));
        }
        let reason = fields::required(&f::REASON, &edit.reason)
            .map_err(|_| Error::invalid(Msg::new("err-edit-reason")))?;
        audit::check_before_change(self.conn(), &t.name)?;
        let batches: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM ballot_batch WHERE term_id = ?1",
            [t.id],
            |r| r.get(0),
        )?;
        let mut changes: Vec<String> = Vec::new();

        let name = match &edit.name {
            Some(n) => fields::required(&f::TERM_NAME, n)?,
            None => t.name.clone(),
        };
        if name != t.name {
            let taken: bool = self.conn().query_row(
                "SELECT EXISTS(SELECT 1 FROM term WHERE name = ?1)",
                [&name],
                |r| r.get(0),
            )?;
            if taken {
                return Err(Error::new(
                    ErrorCode::AlreadyExists,
                    Msg::new("err-term-exists").arg("term", name.as_str()),
                ));
            }
            changes.push(format!("name: \"{}\" -> \"{name}\"", t.name));
        }
        let organisation = match &edit.organisation {
            Some(o) => fields::text(&f::ORGANISATION, o)?,
            None => t.organisation.clone(),
        };
        if organisation != t.organisation {
            changes.push(format!(
                "organisation: \"{}\" -> \"{organisation}\"",
                t.organisation
            ));
        }
        let seats = match edit.seats {
            Some(s) => fields::seats("the number of seats", s)?,
            None => t.seats,
        };
        if seats != t.seats {
            changes.push(format!("seats: {} -> {seats}", t.seats));
        }
        let old_method: Method = crate::fields::parse_method(&t.method)?;
        let method: Method = match &edit.method {
            Some(m) => crate::fields::parse_method(m.trim())?,
            None => old_method,
        };
        if method != old_method {
            if batches > 0 && method.ballot_kind() != old_method.ballot_kind() {
                return Err(Error::stage(
                    Msg::new("err-method-kind")
                        .arg("term", t.name.as_str())
                        .arg("old", old_method.name())
                        .arg("new", method.name()),
                ));
            }
            changes.push(format!(
                "method: {} -> {}",
                old_method.name(),
                method.name()
            ));
        }
        let max = match edit.max_per_employer {
            Some(Some(0)) => return Err(Error::invalid(Msg::new("err-cap-zero"))),
            Some(Some(m)) => Some(fields::seats("the maximum winners per employer", m)?),
            Some(None) => None,
            None => t.max_per_employer,
        };
        if max != t.max_per_employer {
            changes.push(format!(
                "max_per_employer: {} -> {}",
                show(t.max_per_employer),
                show(max)
            ));
        }
        let seed = match &edit.seed {
            Some(s) => {
                let spec = f::FieldSpec {
                    multiline: true,
                    ..f::SEED
                };
                crate::fields::check(&spec, s)?;
                s.clone()
            }
            None => t.seed.clone(),
        };
        if seed != t.seed {
            changes.push(format!("seed: {:?} -> {seed:?}", t.seed));
        }
        let quorum = match edit.quorum_percent {
            Some(Some(q)) if !(1..=100).contains(&q) => {
                return Err(Error::invalid(Msg::new("err-quorum-range")))
            }
            Some(q) => q,
            None => t.quorum_percent,
        };
        if quorum != t.quorum_percent {
            changes.push(format!(
                "quorum_percent: {} -> {}",
                show(t.quorum_percent),
                show(quorum)
            ));
        }
        let old_rules = crate::term_rules::load(self.conn(), t.id)?;
        let mut rules = old_rules.clone();
        if let Some(r) = &edit.tie_rule {
            rules.tie_rule = r.trim().to_string();
        }
        let rules = crate::term_rules::validate(&rules, method.name())?;
        if rules.tie_rule != old_rules.tie_rule {
            changes.push(format!(
                "tie_rule: {} -> {}",
                old_rules.tie_rule, rules.tie_rule
            ));
        }
        // Everything above changes the count; the language only the words
        // of the documents, so it alone keeps the result.
        let count_changes = !changes.is_empty();
        let language = edit.language.unwrap_or(t.language);
        if language != t.language {
            changes.push(format!("language: {} -> {language}", t.language));
        }
        if changes.is_empty() {
            return Err(Error::invalid(
                Msg::new("err-nothing-to-change").arg("term", t.name.as_str()),
            ));
        }

        let tx = self.conn_mut().transaction()?;
        // After the ballots, a change discards the result (back to voting).
        if count_changes {
            reopen_if_counted(&tx, &t)?;
        }
        tx.execute(
            "UPDATE term SET name = ?1, organisation = ?2, seats = ?3, method = ?4,
                 max_per_employer = ?5, seed = ?6, quorum_percent = ?7, language = ?8
             WHERE id = ?9",
            params![
                name,
                organisation,
                seats,
                method.name(),
                max,
                seed,
                quorum,
                language.code(),
                t.id
            ],
        )?;
        if rules != old_rules {
            crate::term_rules::save(&tx, t.id, &rules)?;
        }
        if name != t.name {
            // The old name's entries end here (verify then knows the term
            // was renamed, not deleted outside Scrutineer).
            audit::append(
                &tx,
                &t.name,
                "term.rename",
                &format!("renamed to \"{name}\"{REASON_SEP}{reason}"),
            )?;
        }
        audit::append(
            &tx,
            &name,
            "term.edit",
            &format!("{}{REASON_SEP}{reason}", changes.join("; ")),
        )?;
        tx.commit()?;
        self.term(&name)
    }

    /// Delete a term created by mistake: refused once it has ballots (or is
    /// certified). The file is backed up first; the audit log keeps the
    /// term's entries and records the deletion with the reason.
    pub fn delete_term(&mut self, term: &str, reason: &str) -> Result<()> {
        let t = self.term(term)?;
        if t.stage == Stage::Certified {
            return Err(certified(&t));
        }
        let reason = fields::required(&f::REASON, reason)
            .map_err(|_| Error::invalid(Msg::new("err-delete-reason")))?;
        let batches: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM ballot_batch WHERE term_id = ?1",
            [t.id],
            |r| r.get(0),
        )?;
        if batches > 0 {
            return Err(Error::stage(
                Msg::new("err-delete-has-ballots").arg("term", t.name.as_str()),
            ));
        }
        audit::check_before_change(self.conn(), &t.name)?;
        self.backup("delete-term")?;
        let voters: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM voter WHERE term_id = ?1",
            [t.id],
            |r| r.get(0),
        )?;
        let nominees: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM nominee WHERE term_id = ?1",
            [t.id],
            |r| r.get(0),
        )?;
        let tx = self.conn_mut().transaction()?;
        // Every table pointing at the term (whatever later versions add).
        let tables: Vec<(String, String)> = {
            let mut st = tx.prepare(
                "SELECT m.name, p.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) p
                 WHERE m.type = 'table' AND p.\"table\" = 'term' ORDER BY m.name",
            )?;
            let rows = st
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<std::result::Result<_, _>>()?;
            rows
        };
        for (table, column) in &tables {
            tx.execute(
                &format!("DELETE FROM \"{table}\" WHERE \"{column}\" = ?1"),
                [t.id],
            )
            .map_err(|e| {
                Error::new(
                    ErrorCode::Database,
                    Msg::new("err-delete-referred")
                        .arg("term", t.name.as_str())
                        .arg("table", table.as_str())
                        .arg("detail", e.to_string()),
                )
            })?;
        }
        tx.execute("DELETE FROM term WHERE id = ?1", [t.id])?;
        // The removed voters are gone with their term (its id may be reused).
        crate::state::forget_removed(&tx)?;
        audit::append(
            &tx,
            &t.name,
            "term.delete",
            &format!(
                "deleted at stage {} with {} and {}{REASON_SEP}{reason}",
                t.stage,
                crate::words::count(u64::try_from(voters).unwrap_or(0), "voter", "voters"),
                crate::words::count(u64::try_from(nominees).unwrap_or(0), "nominee", "nominees")
            ),
        )?;
        tx.commit()?;
        Ok(())
    }
}
