//! The returns officer's desk (issue 10): backups, correcting a term,
//! certifying with names, the officer's name set once.

use crate::{m, say};
use clap::{Args, Subcommand};
use scrutineer_core::settings::Settings;
use scrutineer_core::{CertifyRequest, Election, Error, TermEdit};
use scrutineer_formats::fields::printable as shown;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum BackupCmd {
    /// List the backups of the election file (in backups/ beside it), newest
    /// first. One is taken before every irreversible step (certify, replace
    /// the roll, delete a term, restore).
    List {
        #[arg(long)]
        json: bool,
    },
    /// Back the election file up now.
    Now {
        /// A word for the file name (default: manual).
        #[arg(long, default_value = "manual")]
        step: String,
    },
    /// Restore a backup over the election file (the current file is backed up
    /// first).
    Restore {
        /// A name from `scrutineer backup list`.
        name: String,
    },
    /// Save a copy of the election file elsewhere (e.g. copy.scrutineer).
    Copy {
        #[arg(long, value_name = "FILE.scrutineer")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum SettingsCmd {
    /// Show the settings (the officer's name, the recent files).
    Show {
        #[arg(long)]
        json: bool,
    },
    /// Set the returns officer's name once: every audit entry names who
    /// acted, and `term certify` uses it. An empty name clears it.
    Officer { name: String },
}

/// `term edit`: only the options given change.
#[derive(Args)]
pub struct EditArgs {
    pub term: String,
    /// The term's new name.
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub organisation: Option<String>,
    #[arg(long, value_parser = crate::seats_arg)]
    pub seats: Option<u32>,
    /// approval, plurality, star, schulze, ranked-pairs, irv, stv-scottish,
    /// stv-meek, debian
    #[arg(long)]
    pub method: Option<String>,
    /// At most K winners per employer, or `none` for no limit.
    #[arg(long, value_name = "K|none")]
    pub max_per_employer: Option<String>,
    /// Tie-break seed text.
    #[arg(long, value_name = "TEXT")]
    pub seed: Option<String>,
    /// Minimum turnout in percent, or `none`.
    #[arg(long, value_name = "PERCENT|none")]
    pub quorum: Option<String>,
    /// draw, psf or officer.
    #[arg(long, value_name = "draw|psf|officer")]
    pub tie_break: Option<String>,
    /// The language of the published documents (until certification).
    #[arg(long, value_name = "en|de|fr|es|ja", value_parser = crate::language_arg)]
    pub language: Option<scrutineer_core::Lang>,
    /// Why (goes in the audit log with the old and new values).
    #[arg(long)]
    pub reason: String,
}

fn number_or_none(what: &str, s: &Option<String>) -> Result<Option<Option<u32>>, Error> {
    match s.as_deref().map(str::trim) {
        None => Ok(None),
        Some("none") | Some("") => Ok(Some(None)),
        Some(v) => v.parse::<u32>().map(|n| Some(Some(n))).map_err(|_| {
            Error::invalid(
                m("err-whole-number-or-none")
                    .arg("what", what)
                    .arg("given", v),
            )
        }),
    }
}

impl EditArgs {
    pub fn edit(&self) -> Result<TermEdit, Error> {
        Ok(TermEdit {
            name: self.name.clone(),
            organisation: self.organisation.clone(),
            seats: self.seats,
            method: self.method.clone(),
            max_per_employer: number_or_none("--max-per-employer", &self.max_per_employer)?,
            seed: self.seed.clone(),
            quorum_percent: number_or_none("--quorum", &self.quorum)?,
            tie_rule: self.tie_break.clone(),
            language: self.language,
            reason: self.reason.clone(),
        })
    }
}

/// The officer acting: `--officer`, else `$SCRUTINEER_OFFICER`, else the
/// stored setting.
pub fn officer(flag: &Option<String>) -> Result<Option<String>, Error> {
    if let Some(o) = flag.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
        return Ok(Some(o.to_string()));
    }
    if let Some(o) = std::env::var("SCRUTINEER_OFFICER")
        .ok()
        .filter(|o| !o.trim().is_empty())
    {
        return Ok(Some(o.trim().to_string()));
    }
    Ok(Settings::load()?.officer)
}

pub fn settings(cmd: SettingsCmd) -> Result<(), Error> {
    match cmd {
        SettingsCmd::Show { json } => {
            let s = Settings::load()?;
            if json {
                crate::print_json(&s)?;
            } else {
                let field = |label: &'static str, v: String| {
                    say(m("cli-field").arg("label", m(label)).arg("value", v))
                };
                outln!(
                    "{}",
                    field(
                        "cli-label-settings-file",
                        Settings::path().display().to_string()
                    )
                );
                outln!(
                    "{}",
                    field(
                        "cli-label-officer",
                        s.officer
                            .as_deref()
                            .map(|o| shown(o).into_owned())
                            .unwrap_or_else(|| say(m("cli-not-set")))
                    )
                );
                for r in &s.recent {
                    outln!("{}", field("cli-label-recent-file", shown(r).into_owned()));
                }
            }
        }
        SettingsCmd::Officer { name } => {
            let mut s = Settings::load()?;
            s.set_officer(&name)?;
            s.save()?;
            match &s.officer {
                Some(o) => outln!(
                    "{}",
                    say(m("cli-officer-set").arg("name", shown(o).into_owned()))
                ),
                None => outln!("{}", say(m("cli-officer-cleared"))),
            }
        }
    }
    Ok(())
}

pub fn backup(e: &mut Election, cmd: BackupCmd) -> Result<(), Error> {
    match cmd {
        BackupCmd::List { json } => {
            let list = e.list_backups()?;
            if json {
                crate::print_json(&list)?;
            } else if list.is_empty() {
                outln!(
                    "{}",
                    say(m("cli-backups-none")
                        .arg("file", e.path().display().to_string())
                        .arg("folder", e.backup_dir().display().to_string()))
                );
            } else {
                for b in list {
                    outln!(
                        "{}",
                        say(m("cli-backup-row")
                            .arg("name", b.name.as_str())
                            .arg("taken", b.taken.as_str())
                            .arg("step", b.step.as_str())
                            .arg("bytes", b.bytes))
                    );
                }
            }
        }
        BackupCmd::Now { step } => {
            let p = e.backup(&step)?;
            outln!(
                "{}",
                say(m("cli-backed-up").arg("file", p.display().to_string()))
            );
        }
        BackupCmd::Restore { name } => {
            let before = e.restore_backup(&name)?;
            outln!(
                "{}",
                say(m("cli-restored")
                    .arg("name", name.as_str())
                    .arg("file", before.display().to_string()))
            );
        }
        BackupCmd::Copy { out } => {
            e.save_copy(&out)?;
            outln!(
                "{}",
                say(m("cli-saved-copy").arg("file", out.display().to_string()))
            );
        }
    }
    Ok(())
}

pub fn certify(
    e: &mut Election,
    term: &str,
    officer: Option<String>,
    witness: Option<String>,
) -> Result<(), Error> {
    let Some(officer) = officer else {
        return Err(Error::invalid(m("err-certify-needs-officer")));
    };
    let c = e.certify(term, &CertifyRequest { officer, witness })?;
    let done = match c.witness.as_deref() {
        Some(w) => m("cli-term-certified-witness").arg("witness", shown(w).into_owned()),
        None => m("cli-term-certified"),
    };
    outln!(
        "{}",
        say(done
            .arg("term", shown(&c.term).into_owned())
            .arg(
                "when",
                scrutineer_i18n::messages(crate::lang()).date_time(&c.certified_local),
            )
            .arg("officer", shown(&c.officer).into_owned()))
    );
    outln!(
        "{}",
        say(m("cli-certificate-identifier").arg("identifier", c.identifier.as_str()))
    );
    Ok(())
}

pub fn edit(e: &mut Election, a: &EditArgs) -> Result<(), Error> {
    let t = e.edit_term(&a.term, &a.edit()?)?;
    outln!(
        "{}",
        say(m("cli-term-changed")
            .arg("term", shown(&t.name).into_owned())
            .arg("seats", t.seats)
            .arg("method", t.method.as_str())
            .arg("stage", t.stage.msg()))
    );
    Ok(())
}

pub fn delete(e: &mut Election, term: &str, reason: &str) -> Result<(), Error> {
    e.delete_term(term, reason)?;
    outln!(
        "{}",
        say(m("cli-term-deleted").arg("term", shown(term.trim()).into_owned()))
    );
    Ok(())
}
