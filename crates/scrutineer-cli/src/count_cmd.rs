//! `scrutineer count FILE`: count a ballot file without an election file, so
//! anyone can re-run a published count.
//!
//! The tie-break draw is seeded with the SHA-256 of the file's canonical
//! ballot set (`scrutineer_core::state`, in the file's column order), as a
//! term's count is with its nominees' order: a file whose columns are in the
//! nominees' order draws as the term did.

use clap::Args;
use scrutineer_core::{Error, ErrorCode};
use scrutineer_count::{count, GroupCap, Method, Outcome, Rules};
use scrutineer_formats::read_ballot_file;
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct CountArgs {
    /// A ballot file: grid CSV (header = candidate names) or BLT.
    file: PathBuf,
    /// approval, plurality, star, schulze, ranked-pairs, irv, stv-scottish, stv-meek
    #[arg(long)]
    method: String,
    /// Seats to fill (default: the BLT file's, else 1).
    #[arg(long, value_parser = crate::seats_arg)]
    seats: Option<u32>,
    /// Tie-break seed text (default: the sorted candidate names).
    #[arg(long, value_name = "TEXT", default_value = "")]
    seed: String,
    /// A CSV `candidate,group` giving each candidate's group (employer).
    #[arg(long, value_name = "FILE.csv", requires = "max_per_group")]
    groups: Option<PathBuf>,
    /// At most K winners per group.
    #[arg(long, value_name = "K", requires = "groups", value_parser = crate::seats_arg)]
    max_per_group: Option<u32>,
    /// Decimal places for Meek STV (4 to 18).
    #[arg(long, value_name = "N", default_value_t = 9)]
    precision: u32,
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct CountReport<'a> {
    file: String,
    /// SHA-256 of the canonical ballot set (the draw's seed with the text).
    ballot_sha256: &'a str,
    /// SHA-256 of the file's bytes.
    file_sha256: &'a str,
    #[serde(flatten)]
    outcome: &'a Outcome,
}

pub fn run(a: &CountArgs) -> Result<(), Error> {
    let method: Method = a.method.trim().parse().map_err(Error::invalid)?;
    let file = read_ballot_file(&a.file, method.ballot_kind())?;
    let seats = a.seats.map(|n| n as usize).or(file.seats).unwrap_or(1);
    let mut rules = Rules::new(seats);
    rules.seed = a.seed.clone();
    let mut set = scrutineer_core::CanonicalBallots::new(
        file.profile.candidates.clone(),
        method.ballot_kind(),
    );
    for b in &file.profile.ballots {
        set.add(&b.marks, b.weight)?;
    }
    let set_sha256 = set.sha256();
    rules.ballot_hash = set_sha256.clone();
    rules.withdrawn = file.withdrawn.clone();
    rules.meek_precision = a.precision;
    if let (Some(g), Some(k)) = (&a.groups, a.max_per_group) {
        if k == 0 {
            return Err(Error::invalid("--max-per-group must be at least 1"));
        }
        rules.groups = Some(GroupCap::new(
            read_groups(g, &file.profile.candidates)?,
            k as usize,
        ));
    }
    let outcome = count(method, &file.profile, &rules)?;
    if a.json {
        let report = CountReport {
            file: a.file.display().to_string(),
            ballot_sha256: &set_sha256,
            file_sha256: &file.sha256,
            outcome: &outcome,
        };
        let s = serde_json::to_string_pretty(&report)
            .map_err(|e| Error::new(ErrorCode::Io, e.to_string()))?;
        outln!("{s}");
    } else {
        if let Some(t) = &file.title {
            outln!("{t}");
        }
        outln!("File: {} (SHA-256 {})", a.file.display(), file.sha256);
        outln!("Ballot set SHA-256 (canonical, seeds the draw): {set_sha256}");
        outp!("{}", scrutineer_count::text::render(&outcome));
    }
    Ok(())
}

/// Read `candidate,group` rows (an optional header `candidate,group`).
fn read_groups(path: &Path, candidates: &[String]) -> Result<Vec<Option<String>>, Error> {
    let name = path.display().to_string();
    let bad =
        |line: u64, msg: String| Error::new(ErrorCode::BadFile, format!("{name}:{line}: {msg}"));
    // A small file: read whole, but only a regular file and at most 1 MiB.
    let text = scrutineer_formats::roll::source::read_text_limited(path, "group list", 1 << 20)?;
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut groups: Vec<Option<String>> = vec![None; candidates.len()];
    for (i, rec) in r.records().enumerate() {
        let rec = rec.map_err(|e| bad(i as u64 + 1, format!("not a valid CSV row: {e}")))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(i as u64 + 1);
        if rec.len() != 2 {
            return Err(bad(
                line,
                format!("expected 2 fields (candidate,group), found {}", rec.len()),
            ));
        }
        let (c, g) = (rec[0].trim(), rec[1].trim());
        if i == 0 && c.eq_ignore_ascii_case("candidate") && g.eq_ignore_ascii_case("group") {
            continue;
        }
        let idx = candidates.iter().position(|x| x == c).ok_or_else(|| {
            bad(
                line,
                format!("\"{c}\" is not a candidate in the ballot file"),
            )
        })?;
        if groups[idx].is_some() {
            return Err(bad(line, format!("\"{c}\" is listed twice")));
        }
        groups[idx] = (!g.is_empty()).then(|| g.to_lowercase());
    }
    Ok(groups)
}
