//! `scrutineer count FILE|FOLDER`: count anything published, without an
//! election file, so anyone can re-run a published count: a ballot file in
//! any format Scrutineer reads (detected, or named with `--format`), a
//! folder (Elekto, Helios), or published totals (several totals files add
//! up, as PEP 8105's two batches do).
//!
//! The tie-break draw is seeded with the SHA-256 of the file's canonical
//! ballot set (`scrutineer_core::state`, in the file's column order), as a
//! term's count is with its nominees' order: a file whose columns are in the
//! nominees' order draws as the term did. For totals, with the SHA-256 of
//! the file (of the files' hashes, one per line, for several batches).

use crate::{m, say};
use clap::Args;
use scrutineer_core::{Error, ErrorCode};
use scrutineer_count::{
    count, count_totals, BlankMeaning, CandId, DebianQuorum, DebianRules, GroupCap,
    MajorityWording, Method, Outcome, Rules, Supermajority, TieRule,
};
use scrutineer_formats::{read_input, Format, Input};
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct CountArgs {
    /// A ballot or totals file, or an election folder (Elekto, Helios).
    /// Several totals files add up (batches of one election).
    #[arg(required = true, num_args = 1..)]
    files: Vec<PathBuf>,
    /// auto (detect), grid, blt, totals, helios, civs, elekto, bettervoting,
    /// belenios, debian.
    #[arg(long, default_value = "auto")]
    format: String,
    /// approval, plurality, star, schulze, ranked-pairs, irv, stv-scottish,
    /// stv-meek, debian
    #[arg(long)]
    method: String,
    /// Seats to fill (default: the file's, else 1).
    #[arg(long, value_parser = crate::seats_arg)]
    seats: Option<u32>,
    /// Ballots cast, for totals (checked against the file when it says).
    #[arg(long, value_name = "N")]
    ballots: Option<u64>,
    /// How ties are broken: draw (Scrutineer's seeded draw) or psf (the
    /// PSF's procedure).
    #[arg(long, value_name = "draw|psf", default_value = "draw")]
    tie_break: String,
    /// Tie-break seed text for the draw (default: the sorted candidate names).
    #[arg(long, value_name = "TEXT", default_value = "")]
    seed: String,
    /// A CSV `candidate,group` giving each candidate's group (employer).
    #[arg(long, value_name = "FILE.csv", requires = "max_per_group")]
    groups: Option<PathBuf>,
    /// At most K winners per group.
    #[arg(long, value_name = "K", requires = "groups", value_parser = crate::seats_arg)]
    max_per_group: Option<u32>,
    /// The "none of the above" / "re-open nominations" option (a seat it
    /// wins stays vacant).
    #[arg(long, value_name = "NAME")]
    none_of_the_above: Option<String>,
    /// Debian: the quorum R, a number of voters (e.g. 45.27416).
    #[arg(long, value_name = "Q")]
    quorum: Option<String>,
    /// Debian: an option needing an N:1 majority over the default option
    /// (OPTION = its number, 1 = first in the file, or its name).
    #[arg(long = "majority", value_name = "OPTION=N")]
    majority: Vec<String>,
    /// Debian: the default option (default: the last).
    #[arg(long = "default", value_name = "OPTION")]
    default_option: Option<String>,
    /// Debian: the majority test's wording: current (constitution v1.6, 2015
    /// on) or pre-2015.
    #[arg(long, value_name = "current|pre-2015", default_value = "current")]
    wording: String,
    /// Debian: the option chosen by the casting vote, when one is needed.
    #[arg(long, value_name = "OPTION")]
    casting_vote: Option<String>,
    /// Decimal places for Meek STV (4 to 18).
    #[arg(long, value_name = "N", default_value_t = 9)]
    precision: u32,
    #[arg(long)]
    json: bool,
}

/// One option dropped by the rules, and why.
#[derive(Serialize)]
struct Dropped<'a> {
    name: &'a str,
    reason: &'a str,
}

#[derive(Serialize)]
struct CountReport<'a> {
    file: String,
    /// The input format (detected or named).
    format: &'static str,
    /// What a blank mark means (`not_compared` or `below_ranked`), for
    /// ballots; `null` for totals.
    blank: Option<BlankMeaning>,
    /// SHA-256 of the canonical ballot set (the draw's seed with the text);
    /// for totals, of the file(s).
    ballot_sha256: &'a str,
    /// SHA-256 of the file's bytes (for several totals files, of their
    /// hashes, one per line).
    file_sha256: &'a str,
    /// Options dropped by the rules (group cap, Debian quorum or majority).
    dropped: Vec<Dropped<'a>>,
    #[serde(flatten)]
    outcome: &'a Outcome,
}

/// What was read: ballots or summed totals.
enum Read {
    Ballots(Box<scrutineer_formats::BallotFile>),
    Totals {
        candidates: Vec<String>,
        votes: Vec<u64>,
        ballots: Option<u64>,
        sha256: String,
        format: Format,
        title: Option<String>,
    },
}

fn read_all(a: &CountArgs, method: Method) -> Result<Read, Error> {
    let format = match a.format.trim() {
        "" | "auto" => None,
        f => Some(f.parse::<Format>().map_err(Error::invalid)?),
    };
    let mut inputs = Vec::new();
    for f in &a.files {
        inputs.push(read_input(f, format, method.ballot_kind())?);
    }
    if inputs.len() == 1 {
        return Ok(match inputs.pop() {
            Some(Input::Ballots(b)) => Read::Ballots(Box::new(b)),
            Some(Input::Totals(t)) => Read::Totals {
                candidates: t.candidates,
                votes: t.votes,
                ballots: t.ballots,
                sha256: t.sha256,
                format: t.format,
                title: t.title,
            },
            None => return Err(Error::invalid(m("err-count-no-file"))),
        });
    }
    // Several files: batches of totals, added up by candidate name.
    let mut candidates: Vec<String> = Vec::new();
    let mut votes: Vec<u64> = Vec::new();
    let mut ballots: Option<u64> = Some(0);
    let mut hashes = Vec::new();
    let mut fmt = Format::Totals;
    for (input, path) in inputs.into_iter().zip(&a.files) {
        let Input::Totals(t) = input else {
            return Err(Error::invalid(
                m("err-count-several-not-totals").arg("file", path.display().to_string()),
            ));
        };
        if hashes.is_empty() {
            candidates = t.candidates.clone();
            votes = vec![0; candidates.len()];
        } else {
            let mut a_sorted = candidates.clone();
            let mut b_sorted = t.candidates.clone();
            a_sorted.sort();
            b_sorted.sort();
            if a_sorted != b_sorted {
                return Err(Error::new(
                    ErrorCode::BadFile,
                    m("err-count-candidates-differ")
                        .arg("file", path.display().to_string())
                        .arg("candidates", t.candidates.join(", "))
                        .arg("first", a.files[0].display().to_string())
                        .arg("first-candidates", candidates.join(", ")),
                ));
            }
        }
        for (c, v) in t.candidates.iter().zip(&t.votes) {
            if let Some(i) = candidates.iter().position(|x| x == c) {
                votes[i] = votes[i].checked_add(*v).ok_or_else(|| {
                    Error::invalid(
                        m("err-count-overflow")
                            .arg("file", path.display().to_string())
                            .arg("name", c.as_str()),
                    )
                })?;
            }
        }
        ballots = match (ballots, t.ballots) {
            (Some(x), Some(y)) => x.checked_add(y),
            _ => None,
        };
        hashes.push(t.sha256);
        fmt = t.format;
    }
    Ok(Read::Totals {
        candidates,
        votes,
        ballots,
        // The batches' hashes, one per line, in the order given.
        sha256: scrutineer_formats::sha256_hex(hashes.join("\n").as_bytes()),
        format: fmt,
        title: None,
    })
}

/// An option by number (1 = first) or by name.
fn option(names: &[String], s: &str) -> Result<CandId, Error> {
    let t = s.trim();
    if let Ok(n) = t.parse::<usize>() {
        if (1..=names.len()).contains(&n) {
            return Ok(n - 1);
        }
        return Err(Error::invalid(
            m("err-count-option-number")
                .arg("n", n.to_string())
                .arg("last", names.len().to_string()),
        ));
    }
    names.iter().position(|x| x == t).ok_or_else(|| {
        Error::invalid(
            m("err-count-option-name").arg("given", t).arg(
                "options",
                names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| format!("{} {n}", i + 1))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        )
    })
}

/// A decimal number of voters as an exact fraction.
fn decimal(s: &str) -> Result<(u64, u64), Error> {
    scrutineer_core::term_rules::decimal_fraction(s)
}

fn debian_rules(a: &CountArgs, names: &[String]) -> Result<DebianRules, Error> {
    let mut d = DebianRules::for_options(names.len());
    if let Some(o) = &a.default_option {
        d.default_option = option(names, o)?;
    }
    if let Some(q) = &a.quorum {
        let (num, den) = decimal(q)?;
        d.quorum = Some(DebianQuorum::Votes { num, den });
    }
    for given in &a.majority {
        let (o, n) = given.split_once('=').ok_or_else(|| {
            Error::invalid(m("err-count-majority-form").arg("given", given.as_str()))
        })?;
        let n: u64 =
            n.trim().parse().ok().filter(|&n| n >= 1).ok_or_else(|| {
                Error::invalid(m("err-majority-number").arg("given", given.as_str()))
            })?;
        d.majorities.push(Supermajority {
            option: option(names, o)?,
            num: n,
            den: 1,
        });
    }
    d.wording = match a.wording.trim() {
        "current" => MajorityWording::Current,
        "pre-2015" => MajorityWording::Pre2015,
        w => return Err(Error::invalid(m("err-wording").arg("given", w))),
    };
    if let Some(c) = &a.casting_vote {
        d.casting_vote = Some(option(names, c)?);
    }
    Ok(d)
}

pub fn run(a: &CountArgs) -> Result<(), Error> {
    let method: Method = scrutineer_core::parse_method(a.method.trim())?;
    let debian_only = a.quorum.is_some()
        || !a.majority.is_empty()
        || a.default_option.is_some()
        || a.casting_vote.is_some()
        || a.wording.trim() != "current";
    if debian_only && method != Method::Debian {
        return Err(Error::invalid(m("err-debian-only-count")));
    }
    let read = read_all(a, method)?;
    let (names, file_seats, sha, format, blank, title, withdrawn) = match &read {
        Read::Ballots(b) => (
            b.profile.candidates.clone(),
            b.seats,
            b.sha256.clone(),
            b.format,
            Some(b.blank),
            b.title.clone(),
            b.withdrawn.clone(),
        ),
        Read::Totals {
            candidates,
            sha256,
            format,
            title,
            ..
        } => (
            candidates.clone(),
            None,
            sha256.clone(),
            *format,
            None,
            title.clone(),
            Vec::new(),
        ),
    };
    let seats = a.seats.map(|n| n as usize).or(file_seats).unwrap_or(1);
    let mut rules = Rules::new(seats);
    rules.seed = a.seed.clone();
    let set_sha256 = match &read {
        Read::Ballots(b) => {
            let mut set =
                scrutineer_core::CanonicalBallots::new(names.clone(), method.ballot_kind());
            for x in &b.profile.ballots {
                set.add(&x.marks, x.weight)?;
            }
            set.sha256()
        }
        Read::Totals { .. } => sha.clone(),
    };
    rules.ballot_hash = set_sha256.clone();
    rules.withdrawn = withdrawn;
    rules.meek_precision = a.precision;
    // The format's own rule for a blank mark; the Debian method applies
    // A.6(3)(1) (below every ranked option) whatever the format says.
    let blank = match method {
        Method::Debian => blank.map(|_| BlankMeaning::BelowRanked),
        _ => blank,
    };
    if let Some(b) = blank {
        rules.blank = b;
    }
    rules.tie_rule = match a.tie_break.trim() {
        "draw" => TieRule::Draw,
        "psf" => TieRule::Psf,
        "officer" => return Err(Error::invalid(m("err-count-officer-needs-file"))),
        t => return Err(Error::invalid(m("err-count-tie-break").arg("given", t))),
    };
    if let Some(n) = &a.none_of_the_above {
        rules.none_of_the_above = Some(option(&names, n)?);
    }
    if method == Method::Debian {
        rules.debian = Some(debian_rules(a, &names)?);
    }
    if let (Some(g), Some(k)) = (&a.groups, a.max_per_group) {
        if k == 0 {
            return Err(Error::invalid(m("err-count-max-per-group")));
        }
        rules.groups = Some(GroupCap::new(read_groups(g, &names)?, k as usize));
    }
    let outcome = match &read {
        Read::Ballots(b) => count(method, &b.profile, &rules)?,
        Read::Totals { votes, ballots, .. } => {
            let cast = match (a.ballots, *ballots) {
                (Some(x), Some(y)) if x != y => {
                    return Err(Error::invalid(
                        m("err-count-ballots-differ")
                            .arg("given", x.to_string())
                            .arg("cast", y.to_string()),
                    ))
                }
                (x, y) => x.or(y),
            };
            count_totals(method, names.clone(), votes, cast, &rules)?
        }
    };
    let file = a
        .files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    if a.json {
        let report = CountReport {
            file,
            format: format.name(),
            blank,
            ballot_sha256: &set_sha256,
            file_sha256: &sha,
            dropped: outcome
                .excluded
                .iter()
                .map(|x| Dropped {
                    name: &x.name,
                    reason: &x.reason,
                })
                .collect(),
            outcome: &outcome,
        };
        let s = serde_json::to_string_pretty(&report)
            .map_err(|e| Error::new(ErrorCode::Io, crate::detail(e)))?;
        outln!("{s}");
    } else {
        if let Some(t) = &title {
            outln!("{t}");
        }
        outln!(
            "{}",
            say(m("cli-count-file")
                .arg("file", file.to_string())
                .arg("sha", sha.to_string()))
        );
        if set_sha256 != sha {
            outln!(
                "{}",
                say(m("cli-count-set-sha").arg("sha", set_sha256.to_string()))
            );
        }
        outln!(
            "{}",
            say(m(if a.format.trim() == "auto" {
                "cli-count-format-detected"
            } else {
                "cli-count-format-given"
            })
            .arg("format", format.name()))
        );
        match blank {
            Some(b) => outln!(
                "{}",
                say(m(match b {
                    scrutineer_count::BlankMeaning::NotCompared => "cli-blank-not-compared",
                    scrutineer_count::BlankMeaning::BelowRanked => "cli-blank-below-ranked",
                }))
            ),
            None => outln!("{}", say(m("cli-count-from-totals"))),
        }
        outp!(
            "{}",
            scrutineer_core::count_report::render_in(
                scrutineer_i18n::messages(crate::lang()),
                &outcome
            )
        );
    }
    Ok(())
}

/// Read `candidate,group` rows (an optional header `candidate,group`).
fn read_groups(path: &Path, candidates: &[String]) -> Result<Vec<Option<String>>, Error> {
    let name = path.display().to_string();
    let bad = |line: u64, problem: crate::Msg| {
        Error::new(
            ErrorCode::BadFile,
            m("err-file-line")
                .arg("file", name.as_str())
                .arg("line", line.to_string())
                .arg("problem", problem),
        )
    };
    // A small file: read whole, but only a regular file and at most 1 MiB.
    let text = scrutineer_formats::roll::source::read_text_limited(path, "group list", 1 << 20)?;
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut groups: Vec<Option<String>> = vec![None; candidates.len()];
    for (i, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| {
            bad(
                i as u64 + 1,
                m("err-sitting-csv").arg("detail", e.to_string()),
            )
        })?;
        let line = rec.position().map(|p| p.line()).unwrap_or(i as u64 + 1);
        if rec.len() != 2 {
            return Err(bad(line, m("err-groups-fields").arg("found", rec.len())));
        }
        let (c, g) = (rec[0].trim(), rec[1].trim());
        if i == 0 && c.eq_ignore_ascii_case("candidate") && g.eq_ignore_ascii_case("group") {
            continue;
        }
        let idx = candidates
            .iter()
            .position(|x| x == c)
            .ok_or_else(|| bad(line, m("err-groups-not-candidate").arg("name", c)))?;
        if groups[idx].is_some() {
            return Err(bad(line, m("err-groups-twice").arg("name", c)));
        }
        groups[idx] = (!g.is_empty()).then(|| g.to_lowercase());
    }
    Ok(groups)
}
