//! `scrutineer nominee ...` and `scrutineer candidates export` (issue 9):
//! nominations, corrections, endorsements, acceptance, import, and the
//! candidate list published.

use crate::{m, say};
use clap::{Args, Subcommand};
use scrutineer_core::candidates::CandidateFormat;
use scrutineer_core::nomination_import::NominationImportOptions;
use scrutineer_core::nominations::read_markdown_file;
use scrutineer_core::{Election, Error, NewNominee, NominationRules, NomineeEdit};
use scrutineer_formats::fields::printable as shown;
use std::path::PathBuf;

/// `term create`'s nomination rules.
#[derive(Args, Default)]
pub struct NominationArgs {
    /// First day nominations are accepted (YYYY-MM-DD, UTC).
    #[arg(long, value_name = "DATE")]
    nominations_open: Option<String>,
    /// Last day nominations are accepted (YYYY-MM-DD, UTC).
    #[arg(long, value_name = "DATE")]
    nominations_close: Option<String>,
    /// Seconders (members on the roll) each nomination needs.
    #[arg(long, value_name = "N", default_value_t = 0)]
    seconders: u32,
    /// The longest statement, in words.
    #[arg(long, value_name = "N")]
    statement_words: Option<u32>,
}

impl NominationArgs {
    pub fn rules(&self) -> NominationRules {
        NominationRules {
            opens: self.nominations_open.clone(),
            closes: self.nominations_close.clone(),
            seconders: self.seconders,
            statement_words: self.statement_words,
        }
    }
}

#[derive(Subcommand)]
pub enum NomineeCmd {
    /// Add a nomination, checked against the term's rules.
    Add {
        term: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: Option<String>,
        /// Employer or affiliation.
        #[arg(long)]
        employer: Option<String>,
        /// A handle (e.g. a GitHub login).
        #[arg(long)]
        handle: Option<String>,
        /// `self`, or a member on the roll (email or member id).
        #[arg(long, value_name = "EMAIL|self")]
        nominated_by: Option<String>,
        /// A seconder on the roll (email or member id); once per seconder.
        #[arg(long = "seconded-by", value_name = "EMAIL")]
        seconded_by: Vec<String>,
        /// A Markdown file with the nominee's statement (stored as written).
        #[arg(long, value_name = "FILE.md")]
        statement: Option<PathBuf>,
        /// Accept a nomination outside the nomination period, for this
        /// reason (written in the audit log).
        #[arg(long, value_name = "TEXT")]
        late_reason: Option<String>,
    },
    /// Correct a nominee's fields (until voting opens), with a reason.
    Edit {
        term: String,
        name: String,
        /// The new name.
        #[arg(long = "name", value_name = "NAME")]
        new_name: Option<String>,
        /// The new email ("" clears it).
        #[arg(long)]
        email: Option<String>,
        /// The new employer or affiliation ("" clears it).
        #[arg(long)]
        employer: Option<String>,
        /// The new handle ("" clears it).
        #[arg(long)]
        handle: Option<String>,
        /// The new nominator: `self`, or a member on the roll.
        #[arg(long, value_name = "EMAIL|self")]
        nominated_by: Option<String>,
        /// A Markdown file with the corrected statement.
        #[arg(long, value_name = "FILE.md")]
        statement: Option<PathBuf>,
        /// Why (written in the audit log with the old and new values).
        #[arg(long)]
        reason: String,
    },
    /// A member on the roll endorses a nominee.
    Endorse {
        term: String,
        name: String,
        /// The endorser: a member on the roll (email or member id).
        #[arg(long, value_name = "EMAIL")]
        by: String,
        /// A Markdown file with the endorsement's text.
        #[arg(long, value_name = "FILE.md")]
        text: Option<PathBuf>,
    },
    /// Record that the nominee accepted the nomination.
    Accept { term: String, name: String },
    /// Show one nominee: fields, endorsements, statement.
    Show {
        term: String,
        name: String,
        #[arg(long)]
        json: bool,
    },
    /// Import nominations: a form CSV, or Elekto candidate-*.md files (a
    /// folder or one file).
    Import {
        term: String,
        file: PathBuf,
        /// Name the column of a field: FIELD=HEADER (fields: timestamp,
        /// name, email, employer, handle, nominator, seconders, statement);
        /// FIELD= says the file has no such column.
        #[arg(long = "map", value_name = "FIELD=HEADER")]
        map: Vec<String>,
        /// Accept nominations outside the nomination period, for this reason.
        #[arg(long, value_name = "TEXT")]
        late_reason: Option<String>,
        /// The order of day and month in the form's slash dates
        /// (3/2/2026): dmy (day/month/year) or mdy (month/day/year). Needed
        /// when no day in the file is over 12.
        #[arg(long, value_name = "dmy|mdy")]
        date_order: Option<String>,
        /// The form CSV's encoding (utf-8, windows-1252, windows-1250,
        /// utf-16le, ...); detected when not given.
        #[arg(long, value_name = "LABEL")]
        encoding: Option<String>,
        /// The form CSV's delimiter: comma, semicolon, tab, or one
        /// character; detected when not given.
        #[arg(long, value_name = "CHAR")]
        delimiter: Option<String>,
        /// Check only: show the columns found and what would be imported or
        /// refused, with the line and the reason; change nothing.
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        json: bool,
    },
    /// List the nominees.
    List {
        term: String,
        #[arg(long)]
        json: bool,
    },
    /// Withdraw a nominee (removed before counting).
    Withdraw {
        term: String,
        name: String,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Subcommand)]
pub enum CandidatesCmd {
    /// Publish the candidate list: markdown, html, pdf (booklet), helios,
    /// opavote (BLT header), bettervoting, elekto (a folder), csv.
    Export {
        term: String,
        #[arg(long, value_name = "FORMAT")]
        format: String,
        /// The file to write (a folder for elekto).
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
    },
}

/// `term show`'s lines about nominations.
pub fn print_nomination_rules(r: &NominationRules) -> Result<(), Error> {
    match (&r.opens, &r.closes) {
        (Some(o), Some(c)) => outln!(
            "{}",
            say(m("cli-nominations-from-to")
                .arg("opens", o.as_str())
                .arg("closes", c.as_str()))
        ),
        (Some(o), None) => outln!(
            "{}",
            say(m("cli-nominations-from").arg("opens", o.as_str()))
        ),
        (None, Some(c)) => outln!(
            "{}",
            say(m("cli-nominations-until").arg("closes", c.as_str()))
        ),
        (None, None) => {}
    }
    if r.seconders > 0 {
        outln!("{}", say(m("cli-seconders").arg("n", r.seconders)));
    }
    if let Some(w) = r.statement_words {
        outln!("{}", say(m("cli-statement-words").arg("n", w)));
    }
    Ok(())
}

fn statement(p: Option<PathBuf>) -> Result<Option<String>, Error> {
    p.map(|f| read_markdown_file(&f)).transpose()
}

pub fn run(e: &mut Election, cmd: NomineeCmd) -> Result<(), Error> {
    match cmd {
        NomineeCmd::Add {
            term,
            name,
            email,
            employer,
            handle,
            nominated_by,
            seconded_by,
            statement: file,
            late_reason,
        } => {
            let n = e.add_nominee(
                &term,
                &NewNominee {
                    name,
                    email,
                    employer,
                    nominated_by,
                    statement: statement(file)?,
                    handle,
                    seconded_by,
                    late_reason,
                },
            )?;
            outln!(
                "{}",
                say(m("cli-nominee-added")
                    .arg("name", shown(&n.name).into_owned())
                    .arg("term", shown(&term).into_owned()))
            );
            if let Some(r) = &n.late_reason {
                outln!(
                    "{}",
                    say(m("cli-nominee-late").arg("reason", shown(r).into_owned()))
                );
            }
        }
        NomineeCmd::Edit {
            term,
            name,
            new_name,
            email,
            employer,
            handle,
            nominated_by,
            statement: file,
            reason,
        } => {
            let edit = NomineeEdit {
                name: new_name,
                email,
                employer,
                handle,
                nominated_by,
                statement: statement(file)?,
            };
            let n = e.edit_nominee(&term, &name, &edit, &reason)?;
            outln!(
                "{}",
                say(m("cli-nominee-corrected").arg("name", shown(&n.name).into_owned()))
            );
        }
        NomineeCmd::Endorse {
            term,
            name,
            by,
            text,
        } => {
            let text = statement(text)?;
            let x = e.endorse_nominee(&term, &name, &by, text.as_deref())?;
            outln!(
                "{}",
                say(m("cli-nominee-endorsed")
                    .arg("name", shown(&x.name).into_owned())
                    .arg("email", shown(&x.email).into_owned())
                    .arg("nominee", shown(name.trim()).into_owned()))
            );
        }
        NomineeCmd::Accept { term, name } => {
            let n = e.accept_nomination(&term, &name)?;
            outln!(
                "{}",
                say(m("cli-nominee-accepted")
                    .arg("name", shown(&n.name).into_owned())
                    .arg("when", n.accepted_at.as_deref().unwrap_or("")))
            );
        }
        NomineeCmd::Show { term, name, json } => {
            let d = e.nominee_detail(&term, &name)?;
            if json {
                crate::print_json(&d)?;
            } else {
                let n = &d.nominee;
                let field = |label: &'static str, v: &str| {
                    say(m("cli-field")
                        .arg("label", m(label))
                        .arg("value", shown(v).into_owned()))
                };
                outln!("{}", field("cli-label-name", &n.name));
                for (label, v) in [
                    ("cli-label-email", &n.email),
                    ("cli-label-employer", &n.employer),
                    ("cli-label-handle", &n.handle),
                    ("cli-label-nominated-by", &n.nominated_by),
                    ("cli-label-nominator", &n.nominator_name),
                    ("cli-label-nominated-at", &n.nominated_at),
                    ("cli-label-late-because", &n.late_reason),
                    ("cli-label-accepted", &n.accepted_at),
                ] {
                    if let Some(v) = v {
                        outln!("{}", field(label, v));
                    }
                }
                if n.withdrawn {
                    outln!("{}", say(m("cli-withdrawn")));
                }
                for x in &d.endorsements {
                    let id = match (x.seconder, x.text.is_some()) {
                        (true, false) => "cli-seconded-by",
                        (true, true) => "cli-seconded-by-text",
                        (false, false) => "cli-endorsed-by",
                        (false, true) => "cli-endorsed-by-text",
                    };
                    outln!(
                        "{}",
                        say(m(id)
                            .arg("name", shown(&x.name).into_owned())
                            .arg("email", shown(&x.email).into_owned()))
                    );
                }
                outln!(
                    "{}",
                    say(m("cli-statement-length").arg("n", d.statement_words))
                );
                if let Some(s) = &n.statement {
                    outln!("{}", shown(s));
                }
            }
        }
        NomineeCmd::Import {
            term,
            file,
            map,
            late_reason,
            date_order,
            encoding,
            delimiter,
            dry_run,
            json,
        } => {
            let opts = NominationImportOptions {
                map,
                late_reason,
                date_order,
                encoding,
                delimiter,
            };
            if dry_run {
                let p = e.preview_nominations(&term, &file, &opts, usize::MAX)?;
                if json {
                    crate::print_json(&p)?;
                    return match p.problem {
                        Some(problem) => Err(problem),
                        None => Ok(()),
                    };
                }
                print_reading(&p)?;
                if let Some(problem) = p.problem {
                    return Err(problem);
                }
                outln!(
                    "{}",
                    say(m("cli-nominees-dry-run")
                        .arg("n", p.ready_count)
                        .arg("file", file.display().to_string())
                        .arg("kind", p.kind.to_string()))
                );
                if !p.mapping.is_empty() {
                    let cols: Vec<String> = p
                        .mapping
                        .iter()
                        .map(|(f, h)| format!("{f}={}", shown(h)))
                        .collect();
                    outln!("{}", say(m("cli-columns").arg("columns", cols.join(", "))));
                }
                for n in &p.ready {
                    let line = if n.line > 0 {
                        format!("{} ", say(m("cli-line-at").arg("line", n.line.to_string())))
                    } else {
                        String::new()
                    };
                    outln!(
                        "  {line}{}{}{}",
                        shown(&n.name),
                        n.employer
                            .as_deref()
                            .map(|x| format!(" ({})", shown(x)))
                            .unwrap_or_default(),
                        n.nominated_by
                            .as_deref()
                            .map(|x| format!(", nominated by {}", shown(x)))
                            .unwrap_or_default()
                    );
                }
                if !p.rejected.is_empty() {
                    outln!(
                        "{}",
                        say(m("cli-rows-would-be-refused").arg("n", p.rejected.len()))
                    );
                    crate::print_rejected(&p.rejected)?;
                }
                return Ok(());
            }
            let r = e.import_nominations(&term, &file, &opts)?;
            if json {
                crate::print_json(&r)?;
            } else {
                outln!(
                    "{}",
                    say(m("cli-nominees-imported")
                        .arg("n", r.imported.len())
                        .arg("file", file.display().to_string())
                        .arg("kind", r.kind.to_string()))
                );
                for n in &r.imported {
                    outln!("  {}", shown(n));
                }
                if !r.rejected.is_empty() {
                    outln!("{}", say(m("cli-refused-rows").arg("n", r.rejected.len())));
                    crate::print_rejected(&r.rejected)?;
                }
            }
        }
        NomineeCmd::List { term, json } => {
            let list = e.nominees(&term)?;
            if json {
                crate::print_json(&list)?;
            } else {
                for n in list {
                    outln!(
                        "{}\t{}\t{}{}",
                        shown(&n.name),
                        shown(n.employer.as_deref().unwrap_or("-")),
                        shown(n.email.as_deref().unwrap_or("-")),
                        if n.withdrawn { "\t(withdrawn)" } else { "" }
                    );
                }
            }
        }
        NomineeCmd::Withdraw { term, name, reason } => {
            let n = e.withdraw_nominee(&term, &name, &reason)?;
            outln!(
                "{}",
                say(m("cli-nominee-withdrew").arg("name", shown(&n.name).into_owned()))
            );
        }
    }
    Ok(())
}

pub fn run_candidates(e: &Election, cmd: CandidatesCmd) -> Result<(), Error> {
    match cmd {
        CandidatesCmd::Export { term, format, out } => {
            let f: CandidateFormat = format.parse().map_err(Error::invalid)?;
            let files = e.export_candidates(&term, f, &out)?;
            if files.len() == 1 {
                outln!(
                    "{}",
                    say(m("cli-wrote").arg("file", out.display().to_string()))
                );
            } else {
                outln!(
                    "{}",
                    say(m("cli-wrote-files")
                        .arg("n", files.len())
                        .arg("folder", out.display().to_string()))
                );
                for f in files {
                    outln!("  {f}");
                }
            }
        }
    }
    Ok(())
}

/// How a form CSV was read: its encoding and delimiter, the choice between
/// two encodings, the timestamps' date order and local time.
fn print_reading(
    p: &scrutineer_core::nomination_import::NominationPreview,
) -> scrutineer_core::error::Result<()> {
    if let (Some(enc), Some(delim)) = (&p.encoding, &p.delimiter) {
        let how = match p.encoding_source.as_deref() {
            Some("given") => "cli-encoding-given",
            Some("bom") => "cli-encoding-bom",
            Some("utf16_pattern") | Some("valid_utf8") => "cli-encoding-detected",
            _ => "cli-encoding-guessed",
        };
        outln!(
            "{}",
            say(m("cli-read-as")
                .arg("encoding", enc.as_str())
                .arg("how", m(how))
                .arg("delimiter", crate::delimiter_words(delim)))
        );
    }
    if let Some(c) = &p.encoding_choice {
        outln!(
            "{}",
            say(m("cli-encodings-differ")
                .arg("chosen", c.chosen.as_str())
                .arg("other", c.other.as_str())
                .arg("why", c.why.as_str()))
        );
        for d in &c.differing {
            outln!(
                "  {}",
                say(m("cli-encodings-differ-line")
                    .arg("line", d.line.to_string())
                    .arg("chosen-text", shown(&d.chosen).into_owned())
                    .arg("other", c.other.as_str())
                    .arg("other-text", shown(&d.other).into_owned()))
            );
        }
    }
    if let Some(d) = &p.dates {
        if !d.why.is_empty() {
            outln!("{}", say(m("cli-timestamps").arg("why", d.why.as_str())));
        }
        if let Some(x) = &d.example {
            outln!(
                "  {}",
                say(m("cli-date-example")
                    .arg("line", x.line.to_string())
                    .arg("value", shown(&x.value).into_owned())
                    .arg("dmy", x.dmy.as_str())
                    .arg("mdy", x.mdy.as_str()))
            );
        }
        if let Some(zone) = &d.local_time {
            outln!("{}", say(m("cli-local-time").arg("zone", zone.as_str())));
        }
    }
    Ok(())
}
