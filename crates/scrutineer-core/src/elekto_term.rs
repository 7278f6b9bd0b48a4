//! A whole Elekto election folder as a term (issue 7): `election.yaml`
//! gives the title and the seats (`no_winners`), the method is Schulze (as
//! Elekto counts), `candidate-*.md` give the nominees with their employers
//! and statements, `voters.yaml` the roll, `ballots.csv` the ballots.
//!
//! **The roll.** Elekto identifies voters by GitHub login and publishes no
//! email address. Each voter is stored with the login as the name and as
//! the member id, and, because the roll keys each voter by email (one key
//! per voter, the search index, `roll voted`), with the placeholder address
//! `<login>@users.noreply.github.com`: GitHub's own no-reply domain, so it
//! is recognisable as "no email known" and can never reach a real mailbox
//! by accident. The roll exports (Helios voter file, emails) then list these
//! placeholders; a roll with real addresses can replace it later with `roll
//! diff --apply`.
//!
//! **All or nothing.** The whole folder is read and checked first (settings,
//! candidates, roll, every ballot); only then is the term written, in one
//! transaction per step (term, nominees, roll, ballots), each with its audit
//! entry. A failure after the first write (the disk, say) leaves the term
//! at the step it reached, which the audit log shows.

use crate::audit;
use crate::error::{Error, ErrorCode, Result};
use crate::model::*;
use crate::service::Election;
use rusqlite::params;
use scrutineer_formats::elekto::read_elekto_folder;
use scrutineer_formats::Format;
use std::path::Path;

/// The placeholder email of a voter known only by GitHub login.
pub fn github_placeholder_email(login: &str) -> String {
    format!("{login}@users.noreply.github.com")
}

impl Election {
    /// Create a term from an Elekto election folder (see the module
    /// documentation). `name`: the term's name (default: the title).
    pub fn import_elekto_term(
        &mut self,
        folder: &Path,
        name: Option<&str>,
        organisation: &str,
    ) -> Result<TermSummary> {
        let el = read_elekto_folder(folder)?;
        let name = name
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .unwrap_or(el.title.trim())
            .to_string();
        let folder_name = folder.display().to_string();
        let seats = u32::try_from(el.seats)
            .map_err(|_| Error::invalid(format!("{folder_name}: too many seats")))?;
        let mut logins: Vec<&str> = Vec::new();
        for v in &el.voters {
            let v = v.trim();
            if v.is_empty()
                || !v
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
            {
                return Err(Error::new(
                    ErrorCode::BadFile,
                    format!("{folder_name}/voters.yaml: \"{v}\" is not a GitHub login"),
                ));
            }
            if !logins.iter().any(|x| x.eq_ignore_ascii_case(v)) {
                logins.push(v);
            }
        }
        self.create_term(&NewTerm {
            name: name.clone(),
            organisation: organisation.to_string(),
            seats,
            method: "schulze".into(),
            ..NewTerm::default()
        })?;
        for c in &el.candidates {
            self.add_nominee(
                &name,
                &NewNominee {
                    name: c.name.clone(),
                    email: None,
                    employer: c.employer.clone(),
                    nominated_by: None,
                    statement: Some(c.statement.clone()),
                    handle: Some(c.id.clone()),
                    ..NewNominee::default()
                },
            )?;
        }
        {
            let t = self.term(&name)?;
            let tx = self.conn_mut().transaction()?;
            let max_before: i64 =
                tx.query_row("SELECT COALESCE(MAX(id), 0) FROM voter", [], |r| r.get(0))?;
            {
                let mut ins = tx.prepare(
                    "INSERT INTO voter (term_id, name, email, email_key, member_id) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?;
                for l in &logins {
                    let email = github_placeholder_email(l);
                    ins.execute(params![t.id, l, email, email.to_lowercase(), l])?;
                }
            }
            // Every voter insert is indexed for search, in one statement
            // (ARCHITECTURE.md; as `roll::index_new_voters` does).
            if max_before == i64::MAX {
                tx.execute("INSERT INTO voter_fts (voter_fts) VALUES ('rebuild')", [])?;
            } else {
                tx.execute(
                    "INSERT INTO voter_fts (rowid, name, email) SELECT id, name, email FROM voter WHERE id > ?1",
                    [max_before],
                )?;
            }
            audit::append(
                &tx,
                &t.name,
                "roll.import",
                &format!(
                    "file=\"voters.yaml\" imported={} (Elekto: GitHub logins, placeholder emails @users.noreply.github.com)",
                    logins.len()
                ),
            )?;
            tx.commit()?;
        }
        self.import_input(&name, folder, Some(Format::Elekto), None, None)?;
        self.list_terms()?
            .into_iter()
            .find(|s| s.term.name == name)
            .ok_or_else(|| Error::not_found("the term just imported was not found"))
    }
}
