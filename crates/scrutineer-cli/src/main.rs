//! `scrutineer`: the command line. A thin layer over `scrutineer_core`: it
//! parses arguments, calls the service API, and prints the result (text, or
//! JSON with `--json`). Errors go to stderr; the exit status is 1 for a
//! refused operation and 2 for a usage error.
//!
//! Output to a closed pipe (`scrutineer audit log | head`) ends the command
//! quietly with status 0: every line goes through [`emit`], which stops at
//! the first `BrokenPipe` (the reader has all it wanted); it never panics.
//! Text from the election file is printed through
//! `scrutineer_formats::fields::printable`, so control characters stored by
//! older versions are shown escaped, never sent to the terminal raw.

/// A line (or text, with `outp!`) to stdout, through [`emit`]; `?` on error.
macro_rules! outln {
    () => {
        $crate::emit(format_args!("\n"))?
    };
    ($($t:tt)*) => {
        $crate::emit(format_args!("{}\n", format_args!($($t)*)))?
    };
}
macro_rules! outp {
    ($($t:tt)*) => {
        $crate::emit(format_args!($($t)*))?
    };
}

mod count_cmd;
mod desk_cmd;
mod nominee_cmd;

use clap::{Args, Parser, Subcommand};
use scrutineer_core::{
    DebianParams, Election, Error, ErrorCode, NewTerm, NewTieDecision, RollFormat,
    RollImportOptions, SittingMember, Stage, Tally, TermRules, VoterQuery, MAX_SEATS,
};
use scrutineer_formats::fields::printable as shown;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

pub(crate) use scrutineer_i18n::Msg;

/// The language of every human sentence printed, chosen once from
/// `LC_ALL`/`LC_MESSAGES`/`LANG` (`scrutineer_i18n::from_env`). `--json`
/// output never depends on it.
static LANG: OnceLock<scrutineer_core::Lang> = OnceLock::new();

pub(crate) fn lang() -> scrutineer_core::Lang {
    LANG.get().copied().unwrap_or_default()
}

/// Message `id` (`locales/<lang>/cli.ftl`) in the user's language.
pub(crate) fn say(m: Msg) -> String {
    m.render(lang())
}

/// Message `id` with no variables yet.
pub(crate) fn m(id: &'static str) -> Msg {
    Msg::new(id)
}

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
    /// Create the folder of --db if it does not exist (the default file's
    /// folder is always created).
    #[arg(long, global = true)]
    create_dirs: bool,
    /// The returns officer acting (named in the audit log; certifies). Default:
    /// $SCRUTINEER_OFFICER, else `scrutineer settings officer`.
    #[arg(long, global = true, value_name = "NAME")]
    officer: Option<String>,
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
    /// Nominees (the candidates): nominations, corrections, endorsements.
    #[command(subcommand)]
    Nominee(nominee_cmd::NomineeCmd),
    /// Publish the candidate list (forum post, web page, booklet, voting
    /// services' set-ups).
    #[command(subcommand)]
    Candidates(nominee_cmd::CandidatesCmd),
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
    /// Check a results bundle and count it again, without an election file.
    Verify {
        /// The folder written by `results bundle`.
        dir: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Ties decided by the returns officer.
    #[command(subcommand)]
    Tie(TieCmd),
    /// Backups of the election file, restoring one, saving a copy.
    #[command(subcommand)]
    Backup(desk_cmd::BackupCmd),
    /// Your settings: the returns officer's name.
    #[command(subcommand)]
    Settings(desk_cmd::SettingsCmd),
}

#[derive(Subcommand)]
enum TermCmd {
    /// Create a term.
    Create {
        name: String,
        #[arg(long, value_parser = seats_arg)]
        seats: u32,
        /// approval, plurality, star, schulze, ranked-pairs, irv, stv-scottish, stv-meek
        #[arg(long)]
        method: String,
        /// At most K winners per employer, or a fraction of the whole body
        /// (e.g. 1/3: sitting members included).
        #[arg(long, value_name = "K|N/D")]
        max_per_employer: Option<String>,
        /// Tie-break seed text (default: the sorted candidate names).
        #[arg(long, value_name = "TEXT", default_value = "")]
        seed: String,
        #[arg(long, value_name = "NAME", default_value = "")]
        organisation: String,
        /// Minimum turnout, as a percentage of eligible voters.
        #[arg(long, value_name = "PERCENT", value_parser = percent_arg)]
        quorum: Option<u32>,
        /// Smallest ballot batch imported without a reason (default 5).
        #[arg(long, value_name = "BALLOTS")]
        secrecy_min: Option<u32>,
        /// The language of the published documents: certificate, booklet,
        /// announcement, results CSV headers (default en).
        #[arg(long, value_name = "en|de|fr|es|ja", value_parser = language_arg)]
        language: Option<scrutineer_core::Lang>,
        #[command(flatten)]
        rules: Box<TermRulesArgs>,
        #[command(flatten)]
        nominations: Box<nominee_cmd::NominationArgs>,
    },
    /// Create a term from an Elekto election folder: seats from no_winners,
    /// method schulze, the nominees with employers and statements, the roll
    /// from voters.yaml, and the ballots.
    Import {
        folder: PathBuf,
        /// The term's name (default: the election's title).
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_name = "NAME", default_value = "")]
        organisation: String,
        #[arg(long)]
        json: bool,
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
    /// Certify a counted term: its results become final. Needs the returns
    /// officer's name (--officer); the file is backed up first.
    Certify {
        term: String,
        /// Who witnessed the certification.
        #[arg(long, value_name = "NAME")]
        witness: Option<String>,
    },
    /// Correct a term's settings (until ballots are imported; after that a
    /// change discards the result).
    Edit(desk_cmd::EditArgs),
    /// Delete a term created by mistake (only while it has no ballots).
    Delete {
        term: String,
        #[arg(long)]
        reason: String,
    },
}

/// The rules an organisation wrote around the method (issue 7).
#[derive(Args, Clone, Default)]
struct TermRulesArgs {
    /// How ties are broken: draw (Scrutineer's seeded draw), psf (the PSF's
    /// procedure) or officer (the returns officer decides: scrutineer tie
    /// decide).
    #[arg(long, value_name = "draw|psf|officer", default_value = "draw")]
    tie_break: String,
    /// Members of the body not on the ballot, counting toward the employer
    /// cap: a CSV `name,employer` (header optional).
    #[arg(long, value_name = "FILE.csv")]
    sitting: Option<PathBuf>,
    /// The "none of the above" / "re-open nominations" option (add it as a
    /// nominee too): a seat it wins stays vacant.
    #[arg(long, value_name = "NAME")]
    none_of_the_above: Option<String>,
    /// Debian (--method debian): the quorum R, a number of voters (e.g. 45.27).
    #[arg(long, value_name = "Q")]
    quorum_voters: Option<String>,
    /// Debian: an option needing an N:1 majority over the default option.
    #[arg(long = "majority", value_name = "OPTION=N")]
    majority: Vec<String>,
    /// Debian: the default option (default: the last nominee).
    #[arg(long = "default", value_name = "OPTION")]
    default_option: Option<String>,
}

impl TermRulesArgs {
    fn rules(&self, method: &str) -> Result<TermRules, Error> {
        let mut r = TermRules {
            tie_rule: self.tie_break.trim().to_string(),
            none_of_the_above: self.none_of_the_above.clone(),
            ..TermRules::default()
        };
        if let Some(p) = &self.sitting {
            r.sitting = read_sitting(p)?;
        }
        if self.quorum_voters.is_some()
            || !self.majority.is_empty()
            || self.default_option.is_some()
        {
            let mut majorities = Vec::new();
            for m in &self.majority {
                let (o, n) = m.split_once('=').ok_or_else(|| {
                    Error::invalid(crate::m("err-majority-form").arg("given", m.as_str()))
                })?;
                let n: u32 = n.trim().parse().ok().filter(|&n| n >= 1).ok_or_else(|| {
                    Error::invalid(crate::m("err-majority-number").arg("given", m.as_str()))
                })?;
                majorities.push((o.trim().to_string(), n));
            }
            if method.trim() != "debian" {
                return Err(Error::invalid(crate::m("err-debian-only")));
            }
            r.debian = Some(DebianParams {
                quorum: self.quorum_voters.clone(),
                majorities,
                default_option: self.default_option.clone(),
            });
        }
        Ok(r)
    }
}

/// Read `name,employer` rows (header `name,employer` optional).
fn read_sitting(path: &Path) -> Result<Vec<SittingMember>, Error> {
    let name = path.display().to_string();
    // A small file: read whole, but only a regular file and at most 1 MiB.
    let text =
        scrutineer_formats::roll::source::read_text_limited(path, "sitting members list", 1 << 20)?;
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, rec) in r.records().enumerate() {
        let line = i as u64 + 1;
        let at = |problem: Msg| {
            Error::new(
                ErrorCode::BadFile,
                m("err-file-line")
                    .arg("file", name.as_str())
                    .arg("line", line.to_string())
                    .arg("problem", problem),
            )
        };
        let rec = rec.map_err(|e| at(m("err-sitting-csv").arg("detail", e.to_string())))?;
        if rec.len() != 2 {
            return Err(at(m("err-sitting-fields").arg("found", rec.len())));
        }
        let (n, e) = (rec[0].trim(), rec[1].trim());
        if i == 0 && n.eq_ignore_ascii_case("name") && e.eq_ignore_ascii_case("employer") {
            continue;
        }
        out.push(SittingMember {
            name: n.to_string(),
            employer: (!e.is_empty()).then(|| e.to_string()),
        });
    }
    Ok(out)
}

#[derive(Subcommand)]
enum TieCmd {
    /// Record the returns officer's decision of the tie the count stopped
    /// at (term with --tie-break officer); the next count uses it.
    Decide {
        term: String,
        /// The tied candidates in the decided order, favoured first,
        /// separated by commas.
        #[arg(long)]
        order: String,
        /// coin, lot or casting-vote
        #[arg(long)]
        method: String,
        #[arg(long, value_name = "NAME")]
        decided_by: String,
        #[arg(long, value_name = "NAME")]
        witness: Option<String>,
    },
    /// The tie the term's count is waiting for, if any.
    Pending {
        term: String,
        #[arg(long)]
        json: bool,
    },
    /// The decisions recorded for a term.
    List {
        term: String,
        #[arg(long)]
        json: bool,
    },
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
        /// The voter's email, or the id (login) of a member known by id only.
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
    /// Also write the refused rows to this CSV file (line, the row as read,
    /// the reason), as the window's "Refused rows" export does.
    #[arg(long, value_name = "FILE.csv")]
    refused_out: Option<PathBuf>,
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
enum BallotsCmd {
    /// Import a ballot or totals file (any format Scrutineer reads) as one
    /// batch.
    Import {
        term: String,
        file: PathBuf,
        /// auto (detect), grid, blt, totals, helios, civs, elekto,
        /// bettervoting, belenios, debian.
        #[arg(long, default_value = "auto")]
        format: String,
        /// Ballots cast, for totals (checked against the file when it says).
        #[arg(long, value_name = "N")]
        ballots: Option<u64>,
        /// Import a batch smaller than the term's secrecy threshold, for
        /// this reason (recorded in the audit log and on the certificate).
        #[arg(long, value_name = "TEXT")]
        small_batch_reason: Option<String>,
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
    /// Write the results as CSV: the nominees, an empty line, the summary.
    Export {
        term: String,
        #[arg(long, value_name = "FILE.csv")]
        out: PathBuf,
        /// Start the file with a UTF-8 byte order mark, so that Excel reads
        /// names in every script correctly.
        #[arg(long)]
        excel: bool,
    },
    /// Write the announcement of the results: winners, figures, turnout,
    /// disqualifications and ties in plain sentences, ready to post.
    Announce {
        term: String,
        /// markdown, text or html.
        #[arg(long, value_name = "markdown|text|html", default_value = "text")]
        format: String,
        /// The file to write (default: print it).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write the public re-count bundle (canonical ballots, rules, result,
    /// certificate, SHA256SUMS) into a folder; `scrutineer verify` checks it.
    Bundle {
        term: String,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum AuditCmd {
    /// Check the audit log's hash chain, its head, and that each term's
    /// state is the one the log recorded (exit 1 if anything was changed
    /// outside Scrutineer).
    Verify {
        #[arg(long)]
        json: bool,
    },
    /// Record the current state after a change made outside Scrutineer,
    /// with the reason (printed on the certificate).
    Acknowledge {
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    /// Print the audit log.
    Log {
        term: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let _ = LANG.set(scrutineer_i18n::from_env());
    let cli = Cli::parse();
    scrutineer_core::db::on_busy_wait(waiting_notice);
    let db = cli.db.clone().unwrap_or_else(Election::default_path);
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader of our output went away: it has what it wanted.
        Err(_) if STDOUT_CLOSED.load(Ordering::SeqCst) => ExitCode::SUCCESS,
        Err(e) if e.code == ErrorCode::Busy => {
            eprintln!(
                "{}",
                say(m("cli-error-busy").arg("path", db.display().to_string()))
            );
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!(
                "{}",
                say(m("cli-error").arg("message", e.localized(lang())))
            );
            ExitCode::from(1)
        }
    }
}

/// Said once, on stderr, when a change has to wait for another program.
fn waiting_notice() {
    static SAID: AtomicBool = AtomicBool::new(false);
    if !SAID.swap(true, Ordering::SeqCst) {
        eprintln!("{}", say(m("cli-waiting")));
    }
}

/// Set when stdout is a pipe whose reader has gone (`| head`).
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Write to stdout. A closed pipe sets [`STDOUT_CLOSED`] and returns an
/// error, so the command stops printing and `main` ends it quietly.
pub(crate) fn emit(args: std::fmt::Arguments) -> Result<(), Error> {
    if STDOUT_CLOSED.load(Ordering::SeqCst) {
        return Err(Error::new(ErrorCode::Io, m("err-stdout-closed")));
    }
    let mut out = std::io::stdout().lock();
    match out.write_fmt(args) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            STDOUT_CLOSED.store(true, Ordering::SeqCst);
            Err(Error::new(ErrorCode::Io, m("err-stdout-closed")))
        }
        Err(e) => Err(Error::new(
            ErrorCode::Io,
            m("err-stdout-write").arg("reason", scrutineer_formats::words::io_msg(&e)),
        )),
    }
}

/// `--language`: a language Scrutineer writes documents in (`de`, `de_DE`...).
pub(crate) fn language_arg(s: &str) -> Result<scrutineer_core::Lang, String> {
    s.parse::<scrutineer_core::Lang>()
        .map_err(|e| e.to_string())
}

/// `--seats` and the like: a whole number from 1 to MAX_SEATS, refused in
/// words (also when it overflows any integer type).
pub(crate) fn seats_arg(s: &str) -> Result<u32, String> {
    seats_msg(s).map_err(|e| e.render(lang()))
}

/// [`seats_arg`], its refusal a message.
fn seats_msg(s: &str) -> Result<u32, Msg> {
    match s.trim().parse::<u64>() {
        Ok(n) if (1..=u64::from(MAX_SEATS)).contains(&n) => Ok(n as u32),
        Ok(0) => Err(m("err-seats-zero")),
        _ if s.trim().bytes().all(|b| b.is_ascii_digit()) && !s.trim().is_empty() => {
            Err(m("err-seats-over").arg("n", s.trim()).arg("max", MAX_SEATS))
        }
        _ => Err(m("err-not-whole-number").arg("given", s)),
    }
}

/// `--quorum`: a percentage from 1 to 100.
fn percent_arg(s: &str) -> Result<u32, String> {
    match s.trim().parse::<u64>() {
        Ok(n) if (1..=100).contains(&n) => Ok(n as u32),
        _ => Err(format!("{} is not a percentage from 1 to 100", s.trim())),
    }
}

/// A delimiter as the readers name it (`comma`, `semicolon`, `tab`, `pipe`,
/// or the character itself), in the user's language.
pub(crate) fn delimiter_words(d: &str) -> scrutineer_i18n::Arg {
    match d {
        "comma" => m("cli-delim-comma").into(),
        "semicolon" => m("cli-delim-semicolon").into(),
        "tab" => m("cli-delim-tab").into(),
        "pipe" => m("cli-delim-pipe").into(),
        other => other.into(),
    }
}

/// Words from elsewhere (serde_json, which cannot fail on these types), as
/// they are.
pub(crate) fn detail(e: impl std::fmt::Display) -> Msg {
    m("err-detail").arg("detail", e.to_string())
}

pub(crate) fn print_json<T: Serialize>(v: &T) -> Result<(), Error> {
    let s = serde_json::to_string_pretty(v).map_err(|e| Error::new(ErrorCode::Io, detail(e)))?;
    outln!("{s}");
    Ok(())
}

/// Open the election file: the default one's folder is created (the user
/// did not choose it); a --db folder only with --create-dirs.
fn open(db: &Option<PathBuf>, create_dirs: bool) -> Result<Election, Error> {
    match db {
        None => Election::open_creating_folder(&Election::default_path()),
        Some(path) if create_dirs => Election::open_creating_folder(path),
        Some(path) => Election::open(path).map_err(|e| {
            if e.code == ErrorCode::NotFound {
                e.with_hint(m("cli-hint-create-dirs"))
            } else {
                e
            }
        }),
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    if let Command::Count(args) = &cli.command {
        return count_cmd::run(args);
    }
    if let Command::Verify { dir, json } = &cli.command {
        return verify_bundle(dir, *json);
    }
    if let Command::Settings(cmd) = cli.command {
        return desk_cmd::settings(cmd);
    }
    let officer = desk_cmd::officer(&cli.officer)?;
    let mut e = open(&cli.db, cli.create_dirs)?;
    e.set_officer(officer.as_deref())?;
    match cli.command {
        Command::Settings(_) => unreachable!("handled above"),
        Command::Backup(cmd) => desk_cmd::backup(&mut e, cmd)?,
        Command::Term(TermCmd::Edit(a)) => desk_cmd::edit(&mut e, &a)?,
        Command::Term(TermCmd::Delete { term, reason }) => {
            desk_cmd::delete(&mut e, &term, &reason)?
        }
        Command::Term(TermCmd::Certify { term, witness }) => {
            desk_cmd::certify(&mut e, &term, officer, witness)?
        }
        Command::Count(_) | Command::Verify { .. } => unreachable!("handled above"),
        Command::Term(TermCmd::Create {
            name,
            seats,
            method,
            max_per_employer,
            seed,
            organisation,
            quorum,
            rules,
            secrecy_min,
            language,
            nominations,
        }) => {
            let mut rules = rules.rules(&method)?;
            let max_per_employer = match max_per_employer.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(m) if m.contains('/') => {
                    rules.cap_fraction = Some(m.to_string());
                    None
                }
                Some(given) => Some(seats_msg(given).map_err(|e| {
                    Error::invalid(
                        m("err-max-per-employer-arg")
                            .arg("given", given)
                            .arg("problem", e),
                    )
                })?),
            };
            let t = e.create_term(&NewTerm {
                name,
                organisation,
                seats,
                method,
                max_per_employer,
                seed,
                quorum_percent: quorum,
                rules,
                secrecy_min,
                nominations: nominations.rules(),
                language: language.unwrap_or_default(),
            })?;
            let created = m("cli-term-created")
                .arg("term", t.name.as_str())
                .arg("seats", t.seats)
                .arg("method", t.method.as_str());
            outln!(
                "{}",
                say(match t.max_per_employer {
                    Some(cap) => created.arg("cap", cap),
                    None => m("cli-term-created-no-cap")
                        .arg("term", t.name.as_str())
                        .arg("seats", t.seats)
                        .arg("method", t.method.as_str()),
                })
            );
        }
        Command::Term(TermCmd::Import {
            folder,
            name,
            organisation,
            json,
        }) => {
            let s = e.import_elekto_term(&folder, name.as_deref(), &organisation)?;
            if json {
                print_json(&s)?;
            } else {
                outln!(
                    "{}",
                    say(m("cli-term-imported")
                        .arg("term", s.term.name.as_str())
                        .arg("folder", folder.display().to_string())
                        .arg("seats", s.term.seats)
                        .arg("method", s.term.method.as_str())
                        .arg("nominees", s.nominees)
                        .arg("voters", s.voters)
                        .arg("ballots", s.ballots.to_string()))
                );
            }
        }
        Command::Tie(TieCmd::Decide {
            term,
            order,
            method,
            decided_by,
            witness,
        }) => {
            let d = e.decide_tie(
                &term,
                &NewTieDecision {
                    order: order.split(',').map(|s| s.trim().to_string()).collect(),
                    method,
                    decided_by,
                    witness,
                },
            )?;
            let rec = match d.witness.as_deref() {
                Some(w) => m("cli-tie-recorded-witness").arg("witness", w),
                None => m("cli-tie-recorded"),
            };
            outln!(
                "{}",
                say(rec
                    .arg("method", d.method.as_str())
                    .arg("by", d.decided_by.as_str())
                    .arg("order", d.order.join(" > "))
                    .arg("term", format!("{term:?}")))
            );
        }
        Command::Tie(TieCmd::Pending { term, json }) => {
            let p = e.pending_tie(&term)?;
            if json {
                print_json(&p)?;
            } else {
                match p {
                    Some(p) => {
                        outln!(
                            "{}",
                            say(m("cli-tie-pending")
                                .arg("tied", p.tied.join(", "))
                                .arg("context", p.context.as_str()))
                        );
                        outln!(
                            "{}",
                            say(m("cli-tie-record-with").arg("command", p.command.as_str()))
                        );
                    }
                    None => outln!("{}", say(m("cli-tie-none"))),
                }
            }
        }
        Command::Tie(TieCmd::List { term, json }) => {
            let list = e.tie_decisions(&term)?;
            if json {
                print_json(&list)?;
            } else {
                for d in list {
                    outln!(
                        "{}\t{}\t{}\t{}\t{}\t{}",
                        d.decided_at,
                        d.context,
                        d.order.join(" > "),
                        say(m(match d.method.as_str() {
                            "coin" => "cli-tie-method-coin",
                            "lot" => "cli-tie-method-lot",
                            "casting-vote" => "cli-tie-method-casting-vote",
                            _ => "cli-tie-method-other",
                        })
                        .arg("method", d.method.as_str())),
                        d.decided_by,
                        d.witness.unwrap_or_default()
                    );
                }
            }
        }
        Command::Term(TermCmd::List { json }) => {
            let terms = e.list_terms()?;
            if json {
                print_json(&terms)?;
            } else if terms.is_empty() {
                outln!("{}", say(m("cli-no-terms")));
            } else {
                for t in terms {
                    outln!(
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        shown(&t.term.name),
                        say(t.term.stage.msg()),
                        say(m("cli-n-seats").arg("n", t.term.seats)),
                        t.term.method,
                        say(m("cli-n-voters").arg("n", t.voters)),
                        say(m("cli-n-nominees").arg("n", t.nominees)),
                        say(m("cli-n-ballots").arg("n", t.ballots))
                    );
                }
            }
        }
        Command::Term(TermCmd::Show { term, json }) => {
            let t = e.term(&term)?;
            if json {
                print_json(&t)?;
            } else {
                let field = |label: &'static str, v: String| {
                    say(m("cli-field").arg("label", m(label)).arg("value", v))
                };
                outln!("{}", field("cli-label-term", shown(&t.name).into_owned()));
                if !t.organisation.is_empty() {
                    outln!(
                        "{}",
                        field(
                            "cli-label-organisation",
                            shown(&t.organisation).into_owned()
                        )
                    );
                }
                outln!("{}", field("cli-label-stage", say(t.stage.msg())));
                if let Some(c) = e.certification(&t.name)? {
                    let status = scrutineer_core::export::status_line_in(
                        scrutineer_i18n::messages(lang()),
                        Some(&c),
                    );
                    outln!(
                        "{}",
                        say(m("cli-certified-status")
                            .arg("status", shown(&status).into_owned())
                            .arg("identifier", c.identifier.as_str()))
                    );
                }
                outln!("{}", field("cli-label-seats", t.seats.to_string()));
                outln!("{}", field("cli-label-method", t.method.clone()));
                outln!(
                    "{}",
                    say(m("cli-documents-in")
                        .arg("language", t.language.native_name())
                        .arg("code", t.language.code()))
                );
                if let Some(cap) = t.max_per_employer {
                    outln!("{}", say(m("cli-cap-per-employer").arg("n", cap)));
                }
                if !t.seed.is_empty() {
                    outln!("{}", field("cli-label-seed", shown(&t.seed).into_owned()));
                }
                nominee_cmd::print_nomination_rules(&e.nomination_rules(&t.name)?)?;
                let r = e.term_rules(&t.name)?;
                outln!("{}", field("cli-label-ties", r.tie_rule.clone()));
                if let Some(f) = &r.cap_fraction {
                    outln!("{}", say(m("cli-cap-fraction").arg("fraction", f.as_str())));
                }
                for sm in &r.sitting {
                    outln!(
                        "{}",
                        say(match sm.employer.as_deref() {
                            Some(emp) => m("cli-sitting-member-employer")
                                .arg("name", sm.name.as_str())
                                .arg("employer", emp),
                            None => m("cli-sitting-member").arg("name", sm.name.as_str()),
                        })
                    );
                }
                if let Some(n) = &r.none_of_the_above {
                    outln!(
                        "{}",
                        say(m("cli-none-of-the-above").arg("name", n.as_str()))
                    );
                }
                if let Some(d) = &r.debian {
                    outln!(
                        "{}",
                        say(m("cli-debian-params")
                            .arg(
                                "quorum",
                                match d.quorum.as_deref() {
                                    Some(q) => q.into(),
                                    None => scrutineer_i18n::Arg::from(m("cli-debian-no-quorum")),
                                }
                            )
                            .arg(
                                "default",
                                match d.default_option.as_deref() {
                                    Some(o) => o.into(),
                                    None => scrutineer_i18n::Arg::from(m("cli-debian-last-option")),
                                }
                            )
                            .arg("majorities", format!("{:?}", d.majorities)))
                    );
                }
            }
        }
        Command::Term(TermCmd::Stage { term, stage }) => {
            let s = Stage::parse(stage.trim()).ok_or_else(|| {
                Error::invalid(m("err-unknown-stage").arg("stage", stage.as_str()))
            })?;
            let t = e.set_stage(&term, s)?;
            outln!(
                "{}",
                say(m("cli-stage-now")
                    .arg("term", t.name.as_str())
                    .arg("stage", t.stage.msg()))
            );
        }
        Command::Roll(RollCmd::Import(a)) => {
            if let Some(out) = &a.refused_out {
                e.check_refused_rows_out(out, Some(&a.file))?;
            }
            let r =
                e.import_roll_with(&a.term, &a.file, &a.read.options(), a.dry_run, &mut |_| {
                    true
                })?;
            if let Some(out) = &a.refused_out {
                e.write_refused_rows(&r.rejected, out, Some(&a.file))?;
            }
            if a.json {
                print_json(&r)?;
            } else {
                outln!(
                    "{}",
                    say(m(if a.dry_run {
                        "cli-roll-would-import"
                    } else {
                        "cli-roll-imported"
                    })
                    .arg("n", r.imported)
                    .arg("file", a.file.display().to_string())
                    .arg("encoding", r.encoding.as_str())
                    .arg("delimiter", delimiter_words(&r.delimiter)))
                );
                print_encoding_choice(r.encoding_choice.as_ref())?;
                if !r.rejected.is_empty() {
                    outln!("{}", say(m("cli-refused-rows").arg("n", r.rejected.len())));
                    print_rejected(&r.rejected)?;
                }
                if let Some(out) = &a.refused_out {
                    outln!(
                        "{}",
                        say(m("cli-refused-rows-in").arg("file", out.display().to_string()))
                    );
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
                outln!(
                    "{}",
                    say(m("cli-preview-encoding")
                        .arg("encoding", p.encoding.as_str())
                        .arg("source", p.encoding_source.replace('_', " ")))
                );
                print_encoding_choice(p.encoding_choice.as_ref())?;
                outln!(
                    "{}",
                    say(m("cli-preview-delimiter").arg("delimiter", delimiter_words(&p.delimiter)))
                );
                for (field, header) in &p.mapping {
                    outln!(
                        "  {}",
                        say(m("cli-preview-column")
                            .arg("field", field.as_str())
                            .arg("header", header.as_str()))
                    );
                }
                for r in &p.rows {
                    outln!(
                        "  {}",
                        say(m("cli-preview-row")
                            .arg("line", r.line.to_string())
                            .arg("name", shown(&r.name).into_owned())
                            .arg("email", shown(&r.email).into_owned()))
                    );
                }
                outln!(
                    "{}",
                    say(m("cli-preview-summary")
                        .arg("good", p.good)
                        .arg("refused", p.refused))
                );
                print_rejected(&p.rejected)?;
            }
        }
        Command::Roll(RollCmd::Export { term, format, out }) => {
            let f = RollFormat::parse(&format).ok_or_else(|| {
                Error::invalid(m("err-unknown-roll-format").arg("format", format.as_str()))
            })?;
            let count = e.export_roll(&term, f, &out)?;
            outln!(
                "{}",
                say(m("cli-roll-exported")
                    .arg("n", count)
                    .arg("file", out.display().to_string()))
            );
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
                    outln!(
                        "+ {}",
                        say(m("cli-diff-added")
                            .arg("name", shown(&v.name).into_owned())
                            .arg("email", shown(&v.email).into_owned())
                            .arg("line", v.line.to_string()))
                    );
                }
                for v in &d.removed {
                    outln!("- {} <{}>", shown(&v.name), shown(&v.email));
                }
                for c in &d.changed {
                    outln!(
                        "~ {}",
                        say(m("cli-diff-changed")
                            .arg("name", shown(&c.after.name).into_owned())
                            .arg("email", shown(&c.after.email).into_owned())
                            .arg("fields", c.fields.join(", "))
                            .arg("line", c.after.line.to_string()))
                    );
                }
                for x in &d.rejected {
                    outln!("! {}", rejected_line(x));
                }
                outln!(
                    "{}",
                    say(m(if apply {
                        "cli-diff-summary-applied"
                    } else {
                        "cli-diff-summary"
                    })
                    .arg("added", d.added_count)
                    .arg("removed", d.removed_count)
                    .arg("changed", d.changed_count)
                    .arg("unchanged", d.unchanged))
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
            outln!(
                "{}",
                say(m("cli-voter-added")
                    .arg("name", v.name.as_str())
                    .arg("email", v.email.as_str()))
            );
        }
        Command::Roll(RollCmd::Remove {
            term,
            email,
            reason,
        }) => {
            let v = e.remove_voter(&term, &email, &reason)?;
            outln!(
                "{}",
                say(m("cli-voter-removed")
                    .arg("name", v.name.as_str())
                    .arg("email", v.email.as_str()))
            );
        }
        Command::Roll(RollCmd::Voted { term, file, json }) => {
            let r = e.mark_voted(&term, &file)?;
            if json {
                print_json(&r)?;
            } else {
                outln!("{}", say(m("cli-marked-voted").arg("n", r.imported)));
                print_rejected(&r.rejected)?;
            }
        }
        Command::Roll(RollCmd::List {
            term,
            search,
            limit,
            offset,
            json,
        }) => {
            // The search index of a big import is built after it (in the
            // window, in the background); here, before the first search
            // that needs it, once.
            if search.as_deref().is_some_and(|s| !s.trim().is_empty())
                && e.search_index_pending()? > 0
            {
                e.build_search_index(&mut |_| true)?;
            }
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
                    outln!("{}\t{}", shown(&v.name), shown(&v.email));
                }
                outln!("{}", say(m("cli-voters-in-all").arg("n", page.total)));
            }
        }
        Command::Nominee(cmd) => nominee_cmd::run(&mut e, cmd)?,
        Command::Candidates(cmd) => nominee_cmd::run_candidates(&e, cmd)?,
        Command::Ballots(BallotsCmd::Import {
            term,
            file,
            format,
            ballots,
            small_batch_reason,
            json,
        }) => {
            let format = match format.trim() {
                "" | "auto" => None,
                f => Some(
                    f.parse::<scrutineer_formats::Format>()
                        .map_err(Error::invalid)?,
                ),
            };
            let b = e.import_input(&term, &file, format, ballots, small_batch_reason.as_deref())?;
            if json {
                print_json(&b)?;
            } else {
                outln!(
                    "{}",
                    say(m("cli-ballots-imported")
                        .arg("n", b.count)
                        .arg("file", b.file.as_str())
                        .arg("sha", b.sha256.as_str()))
                );
            }
        }
        Command::Ballots(BallotsCmd::List { term, json }) => {
            let list = e.ballot_batches(&term)?;
            if json {
                print_json(&list)?;
            } else {
                for b in list {
                    outln!(
                        "{}\t{}\t{}\t{}",
                        b.file,
                        say(m("cli-n-ballots").arg("n", b.count)),
                        b.sha256,
                        b.imported_at
                    );
                }
            }
        }
        Command::Tally { term, json } => {
            let t = e.tally(&term)?;
            if json {
                print_json(&t)?;
            } else {
                print_tally(&t)?;
            }
        }
        Command::Results(ResultsCmd::Export { term, out, excel }) => {
            let opts = scrutineer_core::results_csv::ResultsCsvOptions {
                excel,
                ..Default::default()
            };
            e.export_results_with(&term, &out, &opts)?;
            outln!(
                "{}",
                say(m("cli-wrote").arg("file", out.display().to_string()))
            );
        }
        Command::Results(ResultsCmd::Announce { term, format, out }) => {
            let format: scrutineer_core::announce::AnnounceFormat =
                format.parse().map_err(Error::invalid)?;
            match out {
                Some(out) => {
                    e.export_announcement(&term, format, &out)?;
                    outln!(
                        "{}",
                        say(m("cli-wrote").arg("file", out.display().to_string()))
                    );
                }
                None => outp!("{}", e.announcement(&term, format)?),
            }
        }
        Command::Results(ResultsCmd::Bundle { term, out }) => {
            let b = e.results_bundle(&term, &out)?;
            outln!(
                "{}",
                say(m("cli-bundle-wrote")
                    .arg("term", shown(&term).into_owned())
                    .arg("folder", b.dir.as_str()))
            );
            for (f, h) in &b.files {
                outln!("  {h}  {f}");
            }
            outln!(
                "{}",
                say(m("cli-bundle-check").arg("folder", b.dir.as_str()))
            );
        }
        Command::Certificate { term, out } => {
            e.certificate(&term, &out)?;
            outln!(
                "{}",
                say(m("cli-wrote").arg("file", out.display().to_string()))
            );
        }
        Command::Audit(AuditCmd::Verify { json }) => {
            let r = e.verify_audit()?;
            if json {
                print_json(&r)?;
            } else if r.ok {
                outln!(
                    "{}",
                    say(m("cli-audit-intact")
                        .arg("entries", r.entries)
                        .arg("seq", r.head_seq.to_string())
                        .arg("head", r.head.as_str()))
                );
            }
            if !r.ok {
                return Err(Error::new(
                    ErrorCode::Database,
                    m("err-audit-fails").arg("problems", format!("  {}", r.problems.join("\n  "))),
                ));
            }
        }
        Command::Audit(AuditCmd::Acknowledge { reason }) => {
            let r = e.acknowledge(&reason)?;
            outln!(
                "{}",
                say(m("cli-audit-acknowledged")
                    .arg("entries", r.entries)
                    .arg("seq", r.head_seq.to_string()))
            );
        }
        Command::Audit(AuditCmd::Log { term, json }) => {
            let log = e.audit_log(term.as_deref())?;
            if json {
                print_json(&log)?;
            } else {
                for a in log {
                    outln!(
                        "{}\t{}\t{}\t{}\t{}{}",
                        a.seq,
                        scrutineer_core::clock::local(&a.at),
                        shown(&a.term),
                        a.action,
                        shown(&a.detail),
                        a.actor
                            .as_deref()
                            .map(|o| format!(
                                "\t{}",
                                say(m("cli-by").arg("name", shown(o).into_owned()))
                            ))
                            .unwrap_or_default()
                    );
                }
            }
        }
    }
    Ok(())
}

/// `scrutineer verify DIR`: check a bundle and count it again.
fn verify_bundle(dir: &Path, json: bool) -> Result<(), Error> {
    let r = scrutineer_core::bundle::verify_bundle(dir)?;
    if json {
        print_json(&r)?;
    } else if r.ok {
        outln!(
            "{}",
            say(m("cli-bundle-verified")
                .arg("sha", r.ballot_sha256.as_str())
                .arg("term", shown(&r.term).into_owned())
                .arg("ballots", r.ballots)
                .arg("winners", shown(&r.winners.join(", ")).into_owned()))
        );
    }
    if r.ok {
        return Ok(());
    }
    let lines: Vec<String> = r
        .problems
        .iter()
        .map(|p| format!("{}: {}", p.file, p.localized(lang())))
        .collect();
    Err(Error::new(
        ErrorCode::BadFile,
        m("err-bundle-fails").arg("problems", format!("  {}", lines.join("\n  "))),
    ))
}

/// Refused rows, one per line with the file's line number.
/// Two likely encodings read the file differently: say which was used and
/// why, show the lines both ways, and how to choose the other.
fn print_encoding_choice(c: Option<&scrutineer_core::EncodingChoiceView>) -> Result<(), Error> {
    let Some(c) = c else { return Ok(()) };
    outln!(
        "{}",
        say(m("cli-encoding-note")
            .arg("chosen", c.chosen.as_str())
            .arg("other", c.other.as_str())
            .arg("why", c.why.as_str()))
    );
    for d in &c.differing {
        outln!(
            "  {}",
            say(m("cli-encoding-line")
                .arg("line", d.line.to_string())
                .arg("chosen-text", shown(&d.chosen).into_owned())
                .arg("chosen", c.chosen.as_str())
                .arg("other-text", shown(&d.other).into_owned())
                .arg("other", c.other.as_str()))
        );
    }
    outln!(
        "{}",
        say(m("cli-encoding-hint").arg("other", c.other.as_str()))
    );
    Ok(())
}

pub(crate) fn print_rejected(rows: &[scrutineer_core::RejectedRow]) -> Result<(), Error> {
    for x in rows {
        outln!("  {}", rejected_line(x));
    }
    Ok(())
}

/// "line 4: no email address", the reason in the user's language: the
/// stored reason is English (JSON and the refused-rows file keep it), read
/// back against `locales/en/errors.ftl` and written again.
pub(crate) fn rejected_line(x: &scrutineer_core::RejectedRow) -> String {
    let reason =
        scrutineer_i18n::messages(lang()).translate(&x.reason, &["err-roll-", "err-email-"]);
    say(m("cli-line")
        .arg("line", x.line.to_string())
        .arg("text", shown(&reason).into_owned()))
}

fn print_tally(t: &Tally) -> Result<(), Error> {
    let words = scrutineer_i18n::messages(lang());
    outln!(
        "{} — {}",
        t.term,
        scrutineer_core::export::method_in(words, t)
    );
    outln!(
        "{}",
        say(m("cli-tally-figures")
            .arg("eligible", t.eligible)
            .arg("ballots", t.ballots)
            .arg("turnout", scrutineer_core::export::turnout_in(words, t)))
    );
    if let Some(met) = t.quorum_met {
        outln!(
            "{}",
            say(m(if met {
                "cli-quorum-met"
            } else {
                "cli-quorum-not-met"
            }))
        );
    }
    for w in &t.warnings {
        outln!(
            "{}",
            say(m("cli-warning").arg("warning", words.translate(w, &["warn-"])))
        );
    }
    outln!();
    // The count's own report, in the user's language (English: the
    // counting engine's text::render, byte for byte).
    outp!(
        "{}",
        scrutineer_core::count_report::render_in(words, &t.outcome)
    );
    outln!();
    outln!(
        "{}",
        say(m("cli-ballot-set-sha").arg("sha", t.ballot_sha256.as_str()))
    );
    Ok(())
}
