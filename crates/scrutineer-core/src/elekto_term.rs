//! A whole Elekto election folder as a term (issue 7): `election.yaml`
//! gives the title and the seats (`no_winners`), the method is Schulze (as
//! Elekto counts), `candidate-*.md` give the nominees with their employers
//! and statements, `voters.yaml` the roll, `ballots.csv` the ballots.
//!
//! **The roll.** Elekto identifies voters by GitHub login and publishes no
//! email address, so none is stored: each voter is a member known by id
//! only (file version 9), with the login as the name and as the member id,
//! no email, and the key `id:<login>` (`roll::id_key`). Searching finds
//! them by login; `roll voted` takes a list of logins; `roll remove` takes
//! the login; the CSV export leaves their email empty, and the Helios voter
//! file and the email list (lists of addresses) are refused while the roll
//! holds such members. A roll with real addresses can replace it later with
//! `roll diff --apply`.
//!
//! **All or nothing.** The whole folder is read and checked first
//! (settings, candidates, roll); then the term, its nominees, its roll and
//! its ballots are written in ONE transaction, each step with the audit
//! entry it has when done alone. A failure anywhere (a broken ballot file,
//! a nominee refused, the disk) rolls everything back: the file is as it
//! was, with no term.

use crate::audit;
use crate::error::{Error, ErrorCode, Result};
use crate::model::*;
use crate::roll::id_key;
use crate::service::{create_term_in, import_ballots_in, Election};
use rusqlite::params;
use scrutineer_formats::elekto::read_elekto_folder;
use scrutineer_formats::Format;
use scrutineer_i18n::Msg;
use std::path::Path;

impl Election {
    /// Create a term from an Elekto election folder (see the module
    /// documentation), in one transaction. `name`: the term's name
    /// (default: the title).
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
        let seats = u32::try_from(el.seats).map_err(|_| {
            Error::invalid(
                Msg::new("err-elekto-too-many-seats").arg("folder", folder_name.as_str()),
            )
        })?;
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
                    Msg::new("err-elekto-not-login")
                        .arg("folder", folder_name.as_str())
                        .arg("login", v),
                ));
            }
            if !logins.iter().any(|x| x.eq_ignore_ascii_case(v)) {
                logins.push(v);
            }
        }
        let tx = self.conn_mut().transaction()?;
        let name = create_term_in(
            &tx,
            &NewTerm {
                name: name.clone(),
                organisation: organisation.to_string(),
                seats,
                method: "schulze".into(),
                ..NewTerm::default()
            },
        )?;
        for c in &el.candidates {
            crate::nominations::add_nominee_in(
                &tx,
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
        let t = crate::service::term_in(&tx, &name)?;
        let mut added = crate::state::RollSum::default();
        {
            let mut ins = tx.prepare(
                "INSERT INTO voter (term_id, name, email, email_key, member_id) VALUES (?1, ?2, NULL, ?3, ?2)",
            )?;
            let mut buf = Vec::new();
            for l in &logins {
                let key = id_key(l);
                ins.execute(params![t.id, l, key])?;
                // The roll digest of the voter as stored (state.rs).
                added.add_record(&crate::state::voter_record_hash(
                    &mut buf,
                    &crate::state::VoterRecord(&key, l, None, Some(l), 1, None, 0),
                ));
            }
        }
        crate::roll::index_if_few(&tx)?;
        audit::append_adding_voters(
            &tx,
            &t.name,
            "roll.import",
            &format!(
                "file=\"voters.yaml\" imported={} (Elekto: members known by GitHub login only, no email)",
                logins.len()
            ),
            &added,
        )?;
        import_ballots_in(&tx, &name, folder, Some(Format::Elekto))?;
        tx.commit()?;
        self.list_terms()?
            .into_iter()
            .find(|s| s.term.name == name)
            .ok_or_else(|| Error::not_found(Msg::new("err-imported-term-missing")))
    }
}
