//! BetterVoting (Equal-Vote/star-server) ballot exports, CSV and JSON.
//!
//! No real exported file was found; the layouts are read from star-server's
//! code at 6c3903a (see the reference collection's service-formats README),
//! and these rules are what that code implies:
//!
//! **CSV** (`BallotDataExport.tsx`):
//!
//! ```text
//! ballot_id,precinct,Allison,Bill,Carmen       <- one race: candidate names
//! b1,,5,2,0                                    <- STAR scores 0-5, or ranks
//! ```
//!
//! * The header starts `ballot_id,precinct`; each further column is a
//!   candidate. Columns named `<race>!!<candidate>` mean the export holds
//!   several races: that is refused (one race per count; BetterVoting
//!   exports a single race's file when the election has one race).
//! * Trailing `overvote_rank` and `has_duplicate_rank` columns mark a ranked
//!   (IRV/STV) race: the cells are then ranks, whatever `kind` says. Without
//!   them the cells are what `kind` says (STAR scores by default).
//! * Cells follow the grid rules ([`crate::grid`]): empty means no score /
//!   not ranked. The export does not quote, so a name with a comma in it
//!   shifts the columns: such a file is refused by its row lengths.
//!
//! **JSON** (`getAnonymizedBallotsByElectionIDController.ts`):
//! `{"Election": {..., "races": [{race_id, title, num_winners,
//! voting_method, candidates: [{candidate_id, candidate_name}]}]},
//! "Ballots": [{ballot_id, precinct, votes: [{race_id, scores:
//! [{candidate_id, score}]}]}]}`.
//!
//! * The election must have one race. Its `voting_method` decides the
//!   ballots: `STAR`, `STAR_PR` scores (0-5); `Approval`, `Plurality`
//!   approvals (a score above 0 approves); `IRV`, `STV`, `RankedRobin`
//!   ranks (the score is the rank, 1 best; 0 or null is unranked).
//! * A `null` score is no score. A candidate ID not in the race is refused.
//! * The ballots are merged as the JSON is read (streamed), so memory
//!   follows the distinct ballots; `Ballots` may come before `Election`.
//! * `num_winners` gives the seats; the race's title (or the election's)
//!   the title.

use crate::grid::{self, csv_error, shorten, start_line, LineTracker};
use crate::{read_error, BallotFile, Format, FormatError};
use scrutineer_count::{Ballot, BallotKind, Profile};
use scrutineer_i18n::Msg;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::io::{self, Read};

/// Highest STAR score.
const MAX_SCORE: u64 = 5;

/// Is `first_line` a BetterVoting CSV header (`ballot_id,precinct,...`)?
pub fn is_csv_header(first_line: &str) -> bool {
    let l = first_line.strip_prefix('\u{feff}').unwrap_or(first_line);
    let mut cells = l.split(',').map(|c| c.trim().to_ascii_lowercase());
    cells.next().as_deref() == Some("ballot_id") && cells.next().as_deref() == Some("precinct")
}

/// Read a BetterVoting export (CSV or JSON, told apart by the first
/// non-blank byte) from a stream; `sha256` is left empty.
pub(crate) fn read_bettervoting_stream<R: Read>(
    name: &str,
    mut input: R,
    kind: BallotKind,
) -> Result<BallotFile, FormatError> {
    // Look at the first bytes to choose, then put them back.
    let mut start = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        match input.read(&mut byte) {
            Ok(0) => break,
            Ok(_) => {
                start.push(byte[0]);
                if !byte[0].is_ascii_whitespace() && !matches!(byte[0], 0xEF | 0xBB | 0xBF) {
                    break;
                }
                if start.len() > 4096 {
                    break;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(read_error(name, &e)),
        }
    }
    let is_json = start.last() == Some(&b'{');
    let body = start.as_slice().chain(input);
    if is_json {
        read_json(name, body)
    } else {
        read_csv(name, body, kind)
    }
}

fn read_csv<R: Read>(name: &str, input: R, kind: BallotKind) -> Result<BallotFile, FormatError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(LineTracker::new(input));
    let mut record = csv::ByteRecord::new();
    let header_line = match reader.read_byte_record(&mut record) {
        Ok(true) => start_line(&mut reader, &record),
        Ok(false) => {
            return Err(FormatError::msg(
                name,
                None,
                None,
                scrutineer_i18n::Msg::new("err-bettervoting-empty"),
            ))
        }
        Err(e) => return Err(csv_error(name, &e)),
    };
    let header: Vec<String> = record
        .iter()
        .map(|f| String::from_utf8_lossy(f).trim().to_string())
        .collect();
    let first = header
        .first()
        .map(|s| s.trim_start_matches('\u{feff}').to_ascii_lowercase());
    if first.as_deref() != Some("ballot_id")
        || header.get(1).map(|s| s.to_ascii_lowercase()).as_deref() != Some("precinct")
    {
        return Err(FormatError::msg(
            name,
            Some(header_line),
            None,
            scrutineer_i18n::Msg::new("err-bettervoting-header"),
        ));
    }
    let ranked_tail = header.len() >= 4
        && header.get(header.len() - 2).map(String::as_str) == Some("overvote_rank")
        && header.last().map(String::as_str) == Some("has_duplicate_rank");
    let end = if ranked_tail {
        header.len() - 2
    } else {
        header.len()
    };
    let names: Vec<String> = header.get(2..end).unwrap_or_default().to_vec();
    if let Some(multi) = names.iter().find(|n| n.contains("!!")) {
        let mut races: Vec<&str> = names.iter().filter_map(|n| n.split("!!").next()).collect();
        races.dedup();
        return Err(FormatError::msg(
            name,
            Some(header_line),
            Some(multi.clone()),
            scrutineer_i18n::Msg::new("err-bettervoting-races").arg("races", races.join("; ")),
        ));
    }
    // Check the names as a grid header would.
    let mut names_record = csv::ByteRecord::new();
    for n in &names {
        names_record.push_field(n.as_bytes());
    }
    let candidates = grid::read_header(name, header_line, &names_record)?;
    if candidates.is_empty() {
        return Err(FormatError::msg(
            name,
            Some(header_line),
            None,
            scrutineer_i18n::Msg::new("err-bettervoting-no-candidates"),
        ));
    }
    let kind = if ranked_tail {
        BallotKind::Ranking
    } else {
        kind
    };
    let n = candidates.len();
    let mut profile = Profile::new(candidates);
    let mut index: HashMap<Box<[usize]>, usize> = HashMap::new();
    let mut ranks = Vec::with_capacity(n);
    let mut key = Vec::with_capacity(2 * n);
    let mut cells = csv::ByteRecord::new();
    let mut count: u64 = 0;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(csv_error(name, &e)),
        }
        let line = start_line(&mut reader, &record);
        if record.len() != header.len() {
            return Err(FormatError::msg(
                name,
                Some(line),
                None,
                scrutineer_i18n::Msg::new("err-bettervoting-row-width")
                    .arg("cells", record.len())
                    .arg("columns", header.len().to_string()),
            ));
        }
        cells.clear();
        for f in record.iter().skip(2).take(n) {
            cells.push_field(f);
        }
        grid::read_row(
            name,
            line,
            &cells,
            &profile.candidates,
            kind,
            &mut ranks,
            &mut key,
        )?;
        merge(&mut profile, &mut index, &key, kind);
        count += 1;
    }
    if count == 0 {
        return Err(FormatError::msg(
            name,
            Some(header_line),
            None,
            scrutineer_i18n::Msg::new("err-bettervoting-no-ballots"),
        ));
    }
    Ok(BallotFile {
        profile,
        kind,
        sha256: String::new(),
        count,
        title: None,
        seats: None,
        withdrawn: Vec::new(),
        format: Format::BetterVoting,
        blank: Format::BetterVoting.blank(),
    })
}

/// Add one ballot (its grid key) to the profile, merging a repeat.
fn merge(
    profile: &mut Profile,
    index: &mut HashMap<Box<[usize]>, usize>,
    key: &[usize],
    kind: BallotKind,
) {
    match index.get(key) {
        Some(&i) => {
            if let Some(b) = profile.ballots.get_mut(i) {
                b.weight += 1;
            }
        }
        None => {
            index.insert(key.into(), profile.ballots.len());
            profile.ballots.push(Ballot {
                weight: 1,
                marks: grid::marks_from_key(kind, key),
            });
        }
    }
}

#[derive(Deserialize)]
struct JsonCandidate {
    candidate_id: String,
    candidate_name: String,
}

#[derive(Deserialize)]
struct JsonRace {
    race_id: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    num_winners: Option<u64>,
    voting_method: String,
    candidates: Vec<JsonCandidate>,
}

#[derive(Deserialize)]
struct JsonElection {
    #[serde(default)]
    title: Option<String>,
    races: Vec<JsonRace>,
}

#[derive(Deserialize)]
struct JsonScore {
    candidate_id: String,
    score: Option<i64>,
}

#[derive(Deserialize)]
struct JsonVote {
    race_id: String,
    scores: Vec<JsonScore>,
}

#[derive(Deserialize)]
struct JsonBallot {
    votes: Vec<JsonVote>,
}

/// Ballots as read, before the election is known: keyed by interned
/// candidate ID and score (sorted by ID), with their weights.
#[derive(Default)]
struct Acc {
    ids: HashMap<String, usize>,
    /// (race_id of the first vote seen, to check there is one race)
    race: Option<String>,
    index: HashMap<Vec<(usize, i64)>, usize>,
    ballots: Vec<(Vec<(usize, i64)>, u64)>,
    count: u64,
    election: Option<JsonElection>,
}

impl Acc {
    fn add(&mut self, b: JsonBallot) -> Result<(), String> {
        let mut key: Vec<(usize, i64)> = Vec::new();
        for v in b.votes {
            match &self.race {
                Some(r) if *r != v.race_id => {
                    return Err(format!(
                    "the ballots hold votes in several races (`{r}` and `{}`): one race per count",
                    v.race_id
                ))
                }
                Some(_) => {}
                None => self.race = Some(v.race_id.clone()),
            }
            for s in v.scores {
                let Some(score) = s.score else { continue };
                let next = self.ids.len();
                let id = *self.ids.entry(s.candidate_id).or_insert(next);
                if key.iter().any(|&(c, _)| c == id) {
                    return Err("a ballot scores the same candidate twice".to_string());
                }
                key.push((id, score));
            }
        }
        key.sort_unstable();
        match self.index.get(&key) {
            Some(&i) => {
                if let Some(e) = self.ballots.get_mut(i) {
                    e.1 += 1;
                }
            }
            None => {
                self.index.insert(key.clone(), self.ballots.len());
                self.ballots.push((key, 1));
            }
        }
        self.count += 1;
        Ok(())
    }
}

struct BallotsSeed<'a>(&'a mut Acc);

impl<'de> DeserializeSeed<'de> for BallotsSeed<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for BallotsSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of ballots")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(b) = seq.next_element::<JsonBallot>()? {
            self.0.add(b).map_err(de::Error::custom)?;
        }
        Ok(())
    }
}

struct ExportSeed<'a>(&'a mut Acc);

impl<'de> DeserializeSeed<'de> for ExportSeed<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ExportSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a BetterVoting export: an object with `Election` and `Ballots`")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen_ballots = false;
        while let Some(k) = map.next_key::<String>()? {
            match k.as_str() {
                "Election" => self.0.election = Some(map.next_value()?),
                "Ballots" => {
                    map.next_value_seed(BallotsSeed(self.0))?;
                    seen_ballots = true;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if self.0.election.is_none() {
            return Err(de::Error::custom("the export has no `Election`"));
        }
        if !seen_ballots {
            return Err(de::Error::custom("the export has no `Ballots`"));
        }
        Ok(())
    }
}

fn read_json<R: Read>(name: &str, input: R) -> Result<BallotFile, FormatError> {
    let mut acc = Acc::default();
    let mut de = serde_json::Deserializer::from_reader(input);
    let json_err = |e: serde_json::Error| {
        if e.is_io() {
            // A guard's error (NUL, a line too long, bad UTF-8) travels as
            // an I/O error: unwrap it.
            let io: io::Error = e.into();
            return read_error(name, &io);
        }
        FormatError::msg(
            name,
            Some(e.line() as u64),
            Some(e.column().to_string()),
            scrutineer_i18n::Msg::new("err-export-unreadable").arg("detail", e.to_string()),
        )
    };
    ExportSeed(&mut acc)
        .deserialize(&mut de)
        .map_err(json_err)?;
    de.end().map_err(json_err)?;
    let bad = |m: Msg| FormatError::msg(name, None, None, m);
    let Some(election) = acc.election.take() else {
        return Err(bad(Msg::new("err-bettervoting-no-election")));
    };
    let [race] = election.races.as_slice() else {
        return Err(bad(
            Msg::new("err-bettervoting-race-count").arg("races", election.races.len())
        ));
    };
    if let Some(r) = &acc.race {
        if *r != race.race_id {
            return Err(bad(Msg::new("err-bettervoting-race-differs")
                .arg("ballots", r.to_string())
                .arg("race", race.race_id.to_string())));
        }
    }
    let kind = match race.voting_method.as_str() {
        "STAR" | "STAR_PR" => BallotKind::Scores,
        "Approval" | "Plurality" => BallotKind::Approval,
        "IRV" | "STV" | "RankedRobin" => BallotKind::Ranking,
        other => {
            return Err(bad(
                Msg::new("err-bettervoting-race-method").arg("method", other.to_string())
            ))
        }
    };
    let mut names: Vec<String> = Vec::with_capacity(race.candidates.len());
    let mut pos: HashMap<&str, usize> = HashMap::new();
    for (i, c) in race.candidates.iter().enumerate() {
        let n = c.candidate_name.trim();
        if n.is_empty() || names.iter().any(|m| m == n) {
            return Err(bad(Msg::new("err-bettervoting-candidate-name")
                .arg("candidate", (i + 1).to_string())
                .arg("name", shorten(n).to_string())));
        }
        names.push(n.to_string());
        pos.insert(c.candidate_id.as_str(), i);
    }
    // Interned ID -> candidate position.
    let mut of_id = vec![usize::MAX; acc.ids.len()];
    for (id, &k) in &acc.ids {
        let Some(&p) = pos.get(id.as_str()) else {
            return Err(bad(
                Msg::new("err-bettervoting-unknown-id").arg("id", shorten(id).to_string())
            ));
        };
        if let Some(slot) = of_id.get_mut(k) {
            *slot = p;
        }
    }
    let mut profile = Profile::new(names);
    let mut index: HashMap<Box<[usize]>, usize> = HashMap::new();
    for (key, weight) in acc.ballots {
        let mut marks: Vec<(usize, i64)> = key
            .iter()
            .map(|&(k, s)| (of_id.get(k).copied().unwrap_or(usize::MAX), s))
            .collect();
        marks.sort_unstable();
        let mut flat: Vec<usize> = Vec::new();
        match kind {
            BallotKind::Scores => {
                for &(c, s) in &marks {
                    let s = u64::try_from(s)
                        .ok()
                        .filter(|&s| s <= MAX_SCORE)
                        .ok_or_else(|| {
                            bad(Msg::new("err-bettervoting-score")
                                .arg("score", s.to_string())
                                .arg("max", MAX_SCORE.to_string()))
                        })?;
                    if s > 0 {
                        flat.push(c);
                        flat.push(s as usize);
                    }
                }
            }
            BallotKind::Approval => {
                for &(c, s) in &marks {
                    if s < 0 {
                        return Err(bad(
                            Msg::new("err-bettervoting-negative-mark").arg("mark", s.to_string())
                        ));
                    }
                    if s > 0 {
                        flat.push(c);
                    }
                }
            }
            BallotKind::Ranking => {
                let mut by_rank: Vec<(i64, usize)> = marks
                    .iter()
                    .filter(|&&(_, r)| r != 0)
                    .map(|&(c, r)| (r, c))
                    .collect();
                if let Some(&(r, _)) = by_rank.iter().find(|&&(r, _)| r < 0) {
                    return Err(bad(
                        Msg::new("err-bettervoting-negative-rank").arg("rank", r.to_string())
                    ));
                }
                by_rank.sort_unstable();
                let mut last = None;
                for (r, c) in by_rank {
                    if last.is_some() && last != Some(r) {
                        flat.push(usize::MAX);
                    }
                    flat.push(c);
                    last = Some(r);
                }
            }
        }
        match index.get(flat.as_slice()) {
            Some(&i) => {
                if let Some(b) = profile.ballots.get_mut(i) {
                    b.weight += weight;
                }
            }
            None => {
                index.insert(flat.as_slice().into(), profile.ballots.len());
                profile.ballots.push(Ballot {
                    weight,
                    marks: grid::marks_from_key(kind, &flat),
                });
            }
        }
    }
    if acc.count == 0 {
        return Err(bad(Msg::new("err-bettervoting-export-no-ballots")));
    }
    let seats = race
        .num_winners
        .and_then(|n| usize::try_from(n).ok())
        .filter(|&n| n >= 1);
    let title = race.title.clone().or(election.title.clone());
    Ok(BallotFile {
        profile,
        kind,
        sha256: String::new(),
        count: acc.count,
        title,
        seats,
        withdrawn: Vec::new(),
        format: Format::BetterVoting,
        blank: Format::BetterVoting.blank(),
    })
}
