//! `scrutineer`: the command line. A thin layer over `scrutineer_core`: it
//! parses arguments, calls the service API, and prints the result (text, or
//! JSON with `--json`). Errors go to stderr; the exit status is 1 for a
//! refused operation and 2 for a usage error.

mod count_cmd;

use clap::{Args, Parser, Subcommand};
use scrutineer_core::{
    Election, Error, NewNominee, NewTerm, RollFormat, RollImportOptions, Stage, Tally, VoterQuery,
};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "scrutineer",
    version,
    about = "Run an organisation's election: voter roll, nominations, ballots, count, certificate.",
    long_about = None
)]
struct Cli {
    /// The election file (default: $SCRUTINEER_DB, else the user's data
    /// directory, scrutineer/elections.db).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create, list and manage terms (one election each).
    #[command(subcommand)]
    Term(TermCmd),
    /// The voter roll.
    #[command(subcommand)]
    Roll(RollCmd),
    /// Nominees (the candidates).
    #[command(subcommand)]
    Nominee(NomineeCmd),
    /// Ballot files.
    #[command(subcommand)]
    Ballots(BallotsCmd),
    /// Count a term under its rules and store the result.
    Tally {
        term: String,
        #[arg(long)]
        json: bool,
    },
    /// Export results.
    #[command(subcommand)]
    Results(ResultsCmd),
    /// Write the certificate of results (PDF) of a counted term.
    Certificate {
        term: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
    },
    /// The hash-chained audit log.
    #[command(subcommand)]
    Audit(AuditCmd),
    /// Count a ballot file without an election file (re-run a published count).
    Count(count_cmd::CountArgs),
}

#[derive(Subcommand)]
enum TermCmd {
    /// Create a term.
    Create {
        name: String,
        #[arg(long)]
        seats: u32,
        /// approval, plurality, star, schulze, ranked-pairs, irv, stv-scottish, stv-meek
        #[arg(long)]
        method: String,
        #[arg(long, value_name = "K")]
        max_per_employer: Option<u32>,
        /// Tie-break seed text (default: the sorted candidate names).
        #[arg(long, value_name = "TEXT", default_value = "")]
        seed: String,
        #[arg(long, value_name = "NAME", default_value = "")]
        organisation: String,
        /// Minimum turnout, as a percentage of eligible voters.
        #[arg(long, value_name = "PERCENT")]
        quorum: Option<u32>,
    },
    /// List the terms in the election file.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show one term.
    Show {
        term: String,
        #[arg(long)]
        json: bool,
    },
    /// Move a term to another stage (draft, nominations, voting, counted, certified).
    Stage { term: String, stage: String },
    /// Certify a counted term: its results become final.
    Certify { term: String },
}

#[derive(Subcommand)]
enum RollCmd {
    /// Import a voter roll CSV (good rows in one transaction; refused rows listed).
    Import(RollImportArgs),
    /// Show how a roll file will be read, without importing it.
    Preview {
        file: PathBuf,
        #[command(flatten)]
        read: ReadArgs,
        #[arg(long, default_value_t = 10)]
        rows: usize,
        #[arg(long)]
        json: bool,
    },
    /// Export the roll: csv, helios (Helios voter file), emails (one per line), voted (who voted).
    Export {
        term: String,
        #[arg(long, value_name = "csv|helios|emails|voted")]
        format: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Compare the roll with a new file: added, removed, changed. With
    /// --apply, make the roll equal to the file.
    Diff {
        term: String,
        file: PathBuf,
        #[command(flatten)]
        read: ReadArgs,
        #[arg(long, requires = "reason")]
        apply: bool,
        /// Why the roll changes (recorded in the audit log).
        #[arg(long)]
        reason: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Add one voter, with a reason for the audit log.
    Add {
        term: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        reason: String,
    },
    /// Remove one voter, with a reason for the audit log.
    Remove {
        term: String,
        #[arg(long)]
        email: String,
        #[arg(long)]
        reason: String,
    },
    /// Mark who voted, from the voting service's participation list (an
    /// email column, or one email per line).
    Voted {
        term: String,
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// List (and search) the roll.
    List {
        term: String,
        #[arg(long)]
        search: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u64,
        #[arg(long, default_value_t = 0)]
        offset: u64,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
struct RollImportArgs {
    term: String,
    file: PathBuf,
    #[command(flatten)]
    read: ReadArgs,
    /// Read and check the file, report, and write nothing.
    #[arg(long)]
    dry_run: bool,
    #[arg(long)]
    json: bool,
}

/// How to read a roll file (everything is detected unless given).
#[derive(Args, Clone)]
struct ReadArgs {
    /// The file's encoding (utf-8, windows-1252, utf-16le, ...).
    #[arg(long, value_name = "NAME")]
    encoding: Option<String>,
    /// comma, semicolon, tab, pipe, or one character.
    #[arg(long, value_name = "C")]
    delimiter: Option<String>,
    /// Map a field to a column: name, first_name, last_name, email, id,
    /// weight, membership (e.g. --map "email=E-mail Address").
    #[arg(long = "map", value_name = "FIELD=HEADER")]
    map: Vec<String>,
}

impl ReadArgs {
    fn options(&self) -> RollImportOptions {
        RollImportOptions {
            encoding: self.encoding.clone(),
            delimiter: self.delimiter.clone(),
            map: self.map.clone(),
        }
    }
}

#[derive(Subcommand)]
enum NomineeCmd {
    /// Add a nominee.
    Add {
        term: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        employer: Option<String>,
        #[arg(long, value_name = "EMAIL")]
        nominated_by: Option<String>,
        /// A text file with the nominee's statement.
        #[arg(long, value_name = "FILE")]
        statement: Option<PathBuf>,
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
enum BallotsCmd {
    /// Import a ballot file (grid CSV or BLT) as one batch.
    Import {
        term: String,
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// List the imported batches.
    List {
        term: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum ResultsCmd {
    /// Write the results as CSV.
    Export {
        term: String,
        #[arg(long, value_name = "FILE.csv")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum AuditCmd {
    /// Check the audit log's hash chain.
    Verify {
        #[arg(long)]
        json: bool,
    },
    /// Print the audit log.
    Log {
        term: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", e.message);
            ExitCode::from(1)
        }
    }
}

fn print_json<T: Serialize>(v: &T) -> Result<(), Error> {
    let s = serde_json::to_string_pretty(v)
        .map_err(|e| Error::new(scrutineer_core::ErrorCode::Io, e.to_string()))?;
    println!("{s}");
    Ok(())
}

fn open(db: &Option<PathBuf>) -> Result<Election, Error> {
    let path = db.clone().unwrap_or_else(Election::default_path);
    Election::open(&path)
}

fn run(cli: Cli) -> Result<(), Error> {
    if let Command::Count(args) = &cli.command {
        return count_cmd::run(args);
    }
    let mut e = open(&cli.db)?;
    match cli.command {
        Command::Count(_) => unreachable!("handled above"),
        Command::Term(TermCmd::Create {
            name,
            seats,
            method,
            max_per_employer,
            seed,
            organisation,
            quorum,
        }) => {
            let t = e.create_term(&NewTerm {
                name,
                organisation,
                seats,
                method,
                max_per_employer,
                seed,
                quorum_percent: quorum,
                rules: scrutineer_core::TermRules::default(),
            })?;
            println!(
                "Created term \"{}\": {} seat(s), {}{}.",
                t.name,
                t.seats,
                t.method,
                t.max_per_employer
                    .map(|m| format!(", at most {m} per employer"))
                    .unwrap_or_default()
            );
        }
        Command::Term(TermCmd::List { json }) => {
            let terms = e.list_terms()?;
            if json {
                print_json(&terms)?;
            } else if terms.is_empty() {
                println!("No terms yet. Create one with: scrutineer term create NAME --seats N --method approval");
            } else {
                for t in terms {
                    println!(
                        "{}\t{}\t{} seat(s)\t{}\t{} voters\t{} nominees\t{} ballots",
                        t.term.name,
                        t.term.stage,
                        t.term.seats,
                        t.term.method,
                        t.voters,
                        t.nominees,
                        t.ballots
                    );
                }
            }
        }
        Command::Term(TermCmd::Show { term, json }) => {
            let t = e.term(&term)?;
            if json {
                print_json(&t)?;
            } else {
                println!("Term: {}", t.name);
                if !t.organisation.is_empty() {
                    println!("Organisation: {}", t.organisation);
                }
                println!("Stage: {}", t.stage);
                println!("Seats: {}", t.seats);
                println!("Method: {}", t.method);
                if let Some(m) = t.max_per_employer {
                    println!("At most {m} winner(s) per employer");
                }
                if !t.seed.is_empty() {
                    println!("Tie-break seed: {}", t.seed);
                }
            }
        }
        Command::Term(TermCmd::Stage { term, stage }) => {
            let s = Stage::parse(stage.trim()).ok_or_else(|| {
                Error::invalid(format!(
                    "unknown stage \"{stage}\"; expected one of: draft, nominations, voting, counted, certified"
                ))
            })?;
            let t = e.set_stage(&term, s)?;
            println!("Term \"{}\" is now at stage {}.", t.name, t.stage);
        }
        Command::Term(TermCmd::Certify { term }) => {
            let t = e.certify(&term)?;
            println!(
                "Term \"{}\" is certified; it can no longer be changed.",
                t.name
            );
        }
        Command::Roll(RollCmd::Import(a)) => {
            let r =
                e.import_roll_with(&a.term, &a.file, &a.read.options(), a.dry_run, &mut |_| {
                    true
                })?;
            if a.json {
                print_json(&r)?;
            } else {
                println!(
                    "{} {} voter(s) from {} ({}, delimiter {}).",
                    if a.dry_run {
                        "Would import"
                    } else {
                        "Imported"
                    },
                    r.imported,
                    a.file.display(),
                    r.encoding,
                    r.delimiter
                );
                if !r.rejected.is_empty() {
                    println!("Refused {} row(s):", r.rejected.len());
                    print_rejected(&r.rejected);
                }
            }
        }
        Command::Roll(RollCmd::Preview {
            file,
            read,
            rows,
            json,
        }) => {
            let p = e.preview_roll(&file, &read.options(), rows)?;
            if json {
                print_json(&p)?;
            } else {
                println!(
                    "Encoding: {} ({})",
                    p.encoding,
                    p.encoding_source.replace('_', " ")
                );
                println!("Delimiter: {}", p.delimiter);
                for (field, header) in &p.mapping {
                    println!("  {field} <- column \"{header}\"");
                }
                for r in &p.rows {
                    println!("  line {}: {} <{}>", r.line, r.name, r.email);
                }
                println!("{} good row(s), {} refused.", p.good, p.refused);
                print_rejected(&p.rejected);
            }
        }
        Command::Roll(RollCmd::Export { term, format, out }) => {
            let f = RollFormat::parse(&format).ok_or_else(|| {
                Error::invalid(format!(
                    "unknown roll format \"{format}\"; expected csv, helios, emails or voted"
                ))
            })?;
            let n = e.export_roll(&term, f, &out)?;
            println!("Wrote {n} voter(s) to {}.", out.display());
        }
        Command::Roll(RollCmd::Diff {
            term,
            file,
            read,
            apply,
            reason,
            json,
        }) => {
            let d = match (apply, reason) {
                (true, Some(r)) => e.apply_roll_diff(&term, &file, &read.options(), &r)?,
                _ => e.diff_roll(&term, &file, &read.options())?,
            };
            if json {
                print_json(&d)?;
            } else {
                for v in &d.added {
                    println!("+ {} <{}>  (line {})", v.name, v.email, v.line);
                }
                for v in &d.removed {
                    println!("- {} <{}>", v.name, v.email);
                }
                for c in &d.changed {
                    println!(
                        "~ {} <{}>: {} (line {})",
                        c.after.name,
                        c.after.email,
                        c.fields.join(", "),
                        c.after.line
                    );
                }
                for x in &d.rejected {
                    println!("! line {}: {}", x.line, x.reason);
                }
                println!(
                    "{} to add, {} to remove, {} changed, {} unchanged{}.",
                    d.added_count,
                    d.removed_count,
                    d.changed_count,
                    d.unchanged,
                    if apply { " (applied)" } else { "" }
                );
            }
        }
        Command::Roll(RollCmd::Add {
            term,
            name,
            email,
            reason,
        }) => {
            let v = e.add_voter(&term, &name, &email, &reason)?;
            println!("Added {} <{}> to the roll.", v.name, v.email);
        }
        Command::Roll(RollCmd::Remove {
            term,
            email,
            reason,
        }) => {
            let v = e.remove_voter(&term, &email, &reason)?;
            println!("Removed {} <{}> from the roll.", v.name, v.email);
        }
        Command::Roll(RollCmd::Voted { term, file, json }) => {
            let r = e.mark_voted(&term, &file)?;
            if json {
                print_json(&r)?;
            } else {
                println!("Marked {} voter(s) as having voted.", r.imported);
                print_rejected(&r.rejected);
            }
        }
        Command::Roll(RollCmd::List {
            term,
            search,
            limit,
            offset,
            json,
        }) => {
            let page = e.voters(
                &term,
                &VoterQuery {
                    search,
                    offset,
                    limit,
                },
            )?;
            if json {
                print_json(&page)?;
            } else {
                for v in &page.voters {
                    println!("{}\t{}", v.name, v.email);
                }
                println!("{} voter(s) in all.", page.total);
            }
        }
        Command::Nominee(NomineeCmd::Add {
            term,
            name,
            email,
            employer,
            nominated_by,
            statement,
        }) => {
            let statement = statement.map(|p| read_text(&p)).transpose()?;
            let n = e.add_nominee(
                &term,
                &NewNominee {
                    name,
                    email,
                    employer,
                    nominated_by,
                    statement,
                },
            )?;
            println!("Added nominee \"{}\" to term \"{}\".", n.name, term);
        }
        Command::Nominee(NomineeCmd::List { term, json }) => {
            let list = e.nominees(&term)?;
            if json {
                print_json(&list)?;
            } else {
                for n in list {
                    println!(
                        "{}\t{}\t{}{}",
                        n.name,
                        n.employer.as_deref().unwrap_or("-"),
                        n.email.as_deref().unwrap_or("-"),
                        if n.withdrawn { "\t(withdrawn)" } else { "" }
                    );
                }
            }
        }
        Command::Nominee(NomineeCmd::Withdraw { term, name, reason }) => {
            let n = e.withdraw_nominee(&term, &name, &reason)?;
            println!("Withdrew nominee \"{}\".", n.name);
        }
        Command::Ballots(BallotsCmd::Import { term, file, json }) => {
            let b = e.import_ballots(&term, &file)?;
            if json {
                print_json(&b)?;
            } else {
                println!(
                    "Imported {} ballot(s) from {} (SHA-256 {}).",
                    b.count, b.file, b.sha256
                );
            }
        }
        Command::Ballots(BallotsCmd::List { term, json }) => {
            let list = e.ballot_batches(&term)?;
            if json {
                print_json(&list)?;
            } else {
                for b in list {
                    println!(
                        "{}\t{} ballot(s)\t{}\t{}",
                        b.file, b.count, b.sha256, b.imported_at
                    );
                }
            }
        }
        Command::Tally { term, json } => {
            let t = e.tally(&term)?;
            if json {
                print_json(&t)?;
            } else {
                print_tally(&t);
            }
        }
        Command::Results(ResultsCmd::Export { term, out }) => {
            e.export_results(&term, &out)?;
            println!("Wrote {}.", out.display());
        }
        Command::Certificate { term, out } => {
            e.certificate(&term, &out)?;
            println!("Wrote {}.", out.display());
        }
        Command::Audit(AuditCmd::Verify { json }) => {
            let r = e.verify_audit()?;
            if json {
                print_json(&r)?;
            }
            if r.ok {
                if !json {
                    println!("Audit log intact: {} entries, head {}.", r.entries, r.head);
                }
            } else {
                return Err(Error::new(
                    scrutineer_core::ErrorCode::Database,
                    format!("the audit log is broken: {}", r.problem.unwrap_or_default()),
                ));
            }
        }
        Command::Audit(AuditCmd::Log { term, json }) => {
            let log = e.audit_log(term.as_deref())?;
            if json {
                print_json(&log)?;
            } else {
                for a in log {
                    println!(
                        "{}\t{}\t{}\t{}\t{}",
                        a.seq, a.at, a.term, a.action, a.detail
                    );
                }
            }
        }
    }
    Ok(())
}

/// Refused rows, one per line with the file's line number.
fn print_rejected(rows: &[scrutineer_core::RejectedRow]) {
    for x in rows {
        println!("  line {}: {}", x.line, x.reason);
    }
}

fn read_text(p: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(p).map_err(|e| Error::io(p, e))?;
    String::from_utf8(bytes).map_err(|e| {
        Error::new(
            scrutineer_core::ErrorCode::BadFile,
            format!("{}: the statement is not UTF-8 text ({e})", p.display()),
        )
    })
}

fn print_tally(t: &Tally) {
    println!("{} — {}", t.term, t.method_title);
    println!(
        "Eligible voters: {}   Ballots: {}   Turnout: {}",
        t.eligible, t.ballots, t.turnout
    );
    if let Some(met) = t.quorum_met {
        println!("Quorum {}", if met { "met" } else { "NOT met" });
    }
    for w in &t.warnings {
        println!("Warning: {w}");
    }
    println!();
    print!("{}", scrutineer_count::text::render(&t.outcome));
    println!();
    println!("Ballot set SHA-256: {}", t.ballot_sha256);
}
