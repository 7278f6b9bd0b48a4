//! The public re-count bundle: everything anyone needs to count a term again
//! without the election file, and its verification.
//!
//! `scrutineer results bundle TERM --out DIR` writes:
//!
//! * `ballots.csv` — the canonical ballot set (format in [`crate::state`]):
//!   one row per distinct ballot with its weight. Its SHA-256 is the
//!   certificate's "ballot set SHA-256" and seeds the tie-break draw.
//! * `rules.json` — everything the count depends on ([`BundleRules`]): the
//!   method, seats, the per-employer cap and each nominee's employer,
//!   withdrawn nominees, the tie-break seed, the quorum and the number of
//!   eligible voters (the roll itself stays private).
//! * `result.json` — the stored result, as `tally --json` prints it.
//! * `certificate.pdf` — the certificate of results.
//! * `SHA256SUMS` — the SHA-256 of those four files, in the format of
//!   `sha256sum` (`<hex>  <name>`, one per line), so `sha256sum -c
//!   SHA256SUMS` checks them too.
//!
//! `scrutineer verify DIR` checks the manifest, reads `ballots.csv` (which
//! must be in canonical form), counts it again under `rules.json` with the
//! same code as `tally`, and compares every figure of `result.json`.
//!
//! What it proves: the result follows from these ballots under these rules,
//! and no file changed since the manifest was written. That the ballots are
//! the term's is what the published certificate's ballot-set hash attests
//! (compare it with `ballots.csv`'s SHA-256); the certificate itself is
//! covered by the manifest only (its text is not read back).

use crate::error::{detail, Error, ErrorCode, Result};
use crate::model::{Nominee, Stage, Tally, Term};
use crate::output::write_atomic;
use crate::service::count_term_with;
use crate::state::CanonicalBallots;
use scrutineer_count::BallotKind;
use scrutineer_formats::sha256_hex;
use scrutineer_i18n::Msg;
use serde::{Deserialize, Serialize};
use std::path::Path;
use ts_rs::TS;

pub const BALLOTS: &str = "ballots.csv";
pub const RULES: &str = "rules.json";
pub const RESULT: &str = "result.json";
pub const CERTIFICATE: &str = "certificate.pdf";
pub const MANIFEST: &str = "SHA256SUMS";
/// The files the manifest lists, in its order.
pub const FILES: [&str; 4] = [BALLOTS, RULES, RESULT, CERTIFICATE];
/// `rules.json`'s `format`.
pub const FORMAT: &str = "scrutineer-bundle-1";

/// One nominee as the count sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BundleCandidate {
    pub name: String,
    pub employer: Option<String>,
    pub withdrawn: bool,
}

/// `rules.json`: everything the count depends on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BundleRules {
    /// `scrutineer-bundle-1`.
    pub format: String,
    pub term: String,
    pub organisation: String,
    /// The counting method (`scrutineer count --method` name).
    pub method: String,
    /// What the cells of `ballots.csv` are: `ranking`, `approval`, `scores`.
    pub ballot_kind: String,
    pub seats: u32,
    /// At most this many winners per employer (PEP 13 procedure), if set.
    pub max_per_employer: Option<u32>,
    /// The tie-break seed text (empty: the candidates' names, sorted, one
    /// per line); the draw also takes the SHA-256 of `ballots.csv`.
    pub seed: String,
    pub quorum_percent: Option<u32>,
    /// Voters on the roll when the term was counted.
    #[ts(type = "number")]
    pub eligible: u64,
    /// The nominees in the order of `ballots.csv`'s columns.
    pub candidates: Vec<BundleCandidate>,
    /// The rules the term declared beyond its method (issue 7): tie rule,
    /// cap as a fraction of the body with sitting members, none of the
    /// above, Debian parameters.
    #[serde(default)]
    pub term_rules: crate::model::TermRules,
    /// The returns officer's tie decisions the count used.
    #[serde(default)]
    pub tie_decisions: Vec<crate::model::TieDecision>,
    /// What a blank mark meant in the ballot files (`not_compared`,
    /// `below_ranked`), when they said.
    #[serde(default)]
    pub blank: Option<String>,
}

/// What a bundle holds: the directory and its manifest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BundleWritten {
    pub dir: String,
    /// `(file, SHA-256)` as in `SHA256SUMS`.
    pub files: Vec<(String, String)>,
    pub ballot_sha256: String,
}

/// One problem found in a bundle, with the file it is in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BundleProblem {
    pub file: String,
    /// In English (what JSON carries).
    pub message: String,
    /// The message's id and variables, for [`BundleProblem::localized`].
    #[serde(skip)]
    #[ts(skip)]
    pub msg: Option<Msg>,
}

impl BundleProblem {
    /// The problem in `lang` (English, or one read back from JSON, as it is).
    pub fn localized(&self, lang: scrutineer_i18n::Lang) -> String {
        match &self.msg {
            Some(m) => m.render(lang),
            None => self.message.clone(),
        }
    }
}

/// What `scrutineer verify DIR` found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BundleReport {
    pub ok: bool,
    pub term: String,
    /// The winners of the re-count (empty if it could not be made).
    pub winners: Vec<String>,
    #[ts(type = "number")]
    pub ballots: u64,
    /// SHA-256 of `ballots.csv` as found.
    pub ballot_sha256: String,
    pub problems: Vec<BundleProblem>,
}

fn kind_name(k: BallotKind) -> &'static str {
    match k {
        BallotKind::Ranking => "ranking",
        BallotKind::Approval => "approval",
        BallotKind::Scores => "scores",
    }
}

fn json_bytes<T: Serialize>(v: &T) -> Result<Vec<u8>> {
    let mut s =
        serde_json::to_string_pretty(v).map_err(|e| Error::new(ErrorCode::Io, detail(e)))?;
    s.push('\n');
    Ok(s.into_bytes())
}

impl crate::Election {
    /// Write the public re-count bundle of a counted term into `out` (created
    /// if needed). Refused when the file fails verification.
    pub fn results_bundle(&self, term: &str, out: &Path) -> Result<BundleWritten> {
        let t = self.term(term)?;
        let tally = self.result(&t.name)?.ok_or_else(|| {
            Error::stage(Msg::new("err-not-counted").arg("term", t.name.as_str()))
        })?;
        crate::audit::check_term(self.conn(), &t.name)?;
        if crate::totals::has_totals(self.conn(), t.id)? {
            return Err(Error::invalid(
                Msg::new("err-bundle-from-totals").arg("term", t.name.as_str()),
            ));
        }
        let set = crate::state::canonical_ballots(self.conn(), t.id)?;
        let ballots = set.to_bytes();
        let hash = sha256_hex(&ballots);
        if hash != tally.ballot_sha256 {
            return Err(Error::stage(
                Msg::new("err-bundle-old-hash")
                    .arg("term", t.name.as_str())
                    .arg("stored", tally.ballot_sha256.as_str())
                    .arg("hash", hash.as_str()),
            ));
        }
        let nominees = self.nominees(&t.name)?;
        let names: Vec<String> = nominees.iter().map(|n| n.name.clone()).collect();
        let extras = crate::term_rules::load_extras(self.conn(), t.id, &names)?;
        let rules = BundleRules {
            format: FORMAT.into(),
            term: t.name.clone(),
            organisation: t.organisation.clone(),
            method: t.method.clone(),
            ballot_kind: kind_name(set.kind).into(),
            seats: t.seats,
            max_per_employer: t.max_per_employer,
            seed: t.seed.clone(),
            quorum_percent: t.quorum_percent,
            eligible: tally.eligible,
            candidates: nominees
                .iter()
                .map(|n| BundleCandidate {
                    name: n.name.clone(),
                    employer: n.employer.clone(),
                    withdrawn: n.withdrawn,
                })
                .collect(),
            term_rules: extras.rules,
            tie_decisions: extras.decisions,
            blank: extras
                .blank
                .map(|b| crate::term_rules::blank_name(b).to_string()),
        };
        let contents: [(&str, Vec<u8>); 4] = [
            (BALLOTS, ballots),
            (RULES, json_bytes(&rules)?),
            (RESULT, json_bytes(&tally)?),
            (CERTIFICATE, self.certificate_pdf(&t.name)?),
        ];
        std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
        let kept = self.kept_files();
        let mut files = Vec::new();
        let mut manifest = String::new();
        for (name, bytes) in &contents {
            write_atomic(&out.join(name), &kept, bytes)?;
            let h = sha256_hex(bytes);
            manifest.push_str(&format!("{h}  {name}\n"));
            files.push((name.to_string(), h));
        }
        write_atomic(&out.join(MANIFEST), &kept, manifest.as_bytes())?;
        Ok(BundleWritten {
            dir: out.display().to_string(),
            files,
            ballot_sha256: hash,
        })
    }
}

/// Check a bundle and count it again, with nothing but the bundle. Every
/// problem names its file; `ok` only when there is none.
pub fn verify_bundle(dir: &Path) -> Result<BundleReport> {
    if !dir.is_dir() {
        return Err(Error::not_found(
            Msg::new("err-bundle-no-folder").arg("folder", dir.display().to_string()),
        ));
    }
    let mut problems: Vec<BundleProblem> = Vec::new();
    let mut problem = |file: &str, m: Msg| {
        problems.push(BundleProblem {
            file: file.to_string(),
            message: m.render(scrutineer_i18n::Lang::En),
            msg: Some(m),
        })
    };
    let unreadable = |e: &std::io::Error| {
        Msg::new("err-bundle-unreadable").arg("problem", crate::words::io_msg(e))
    };
    let read = |name: &str| std::fs::read(dir.join(name));
    // 1. The manifest.
    match read(MANIFEST) {
        Err(e) => problem(MANIFEST, unreadable(&e)),
        Ok(bytes) => {
            let text = String::from_utf8_lossy(&bytes);
            let mut listed = Vec::new();
            for (i, line) in text.split_terminator('\n').enumerate() {
                let parsed = line.split_once("  ").filter(|(h, n)| {
                    h.len() == 64
                        && h.bytes()
                            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
                        && FILES.contains(n)
                });
                let Some((h, name)) = parsed else {
                    problem(
                        MANIFEST,
                        Msg::new("err-bundle-manifest-line")
                            .arg("line", i + 1)
                            .arg("files", FILES.join(", "))
                            .arg("text", format!("{line:?}")),
                    );
                    continue;
                };
                listed.push(name);
                match read(name) {
                    Err(e) => problem(name, unreadable(&e)),
                    Ok(b) if sha256_hex(&b) != h => problem(
                        name,
                        Msg::new("err-bundle-hash-differs")
                            .arg("manifest", MANIFEST)
                            .arg("file", name),
                    ),
                    Ok(_) => {}
                }
            }
            if !text.ends_with('\n') {
                problem(MANIFEST, Msg::new("err-bundle-no-final-newline"));
            }
            for f in FILES {
                if !listed.contains(&f) {
                    problem(MANIFEST, Msg::new("err-bundle-not-listed").arg("file", f));
                }
            }
        }
    }
    // 2. The rules, the ballots and the result, each in canonical form.
    let rules: Option<BundleRules> = match read(RULES) {
        Err(e) => {
            problem(RULES, unreadable(&e));
            None
        }
        Ok(b) => match serde_json::from_slice::<BundleRules>(&b) {
            Err(e) => {
                problem(
                    RULES,
                    Msg::new("err-bundle-not-rules").arg("detail", e.to_string()),
                );
                None
            }
            Ok(r) => {
                if json_bytes(&r)? != b {
                    problem(RULES, Msg::new("err-bundle-byte-changed"));
                }
                if r.format != FORMAT {
                    problem(
                        RULES,
                        Msg::new("err-bundle-format")
                            .arg("found", format!("{:?}", r.format))
                            .arg("expected", format!("{FORMAT:?}")),
                    );
                }
                Some(r)
            }
        },
    };
    let result: Option<Tally> = match read(RESULT) {
        Err(e) => {
            problem(RESULT, unreadable(&e));
            None
        }
        Ok(b) => match serde_json::from_slice::<Tally>(&b) {
            Err(e) => {
                problem(
                    RESULT,
                    Msg::new("err-bundle-not-result").arg("detail", e.to_string()),
                );
                None
            }
            Ok(t) => {
                if json_bytes(&t)? != b {
                    problem(RESULT, Msg::new("err-bundle-byte-changed"));
                }
                Some(t)
            }
        },
    };
    let mut report = BundleReport {
        ok: false,
        term: rules.as_ref().map(|r| r.term.clone()).unwrap_or_default(),
        winners: Vec::new(),
        ballots: 0,
        ballot_sha256: String::new(),
        problems: Vec::new(),
    };
    let kind = rules
        .as_ref()
        .and_then(|r| match crate::fields::parse_method(&r.method) {
            Ok(m) => Some(m.ballot_kind()),
            Err(e) => {
                problem(
                    RULES,
                    Msg::new("err-bundle-method").arg("problem", e.as_msg()),
                );
                None
            }
        });
    let set = match (read(BALLOTS), kind) {
        (Err(e), _) => {
            problem(BALLOTS, unreadable(&e));
            None
        }
        (Ok(_), None) => None,
        (Ok(b), Some(kind)) => {
            report.ballot_sha256 = sha256_hex(&b);
            match CanonicalBallots::read(BALLOTS, &b, kind) {
                Err(e) => {
                    problem(BALLOTS, e.as_msg());
                    None
                }
                Ok(set) => {
                    if set.to_bytes() != b {
                        problem(BALLOTS, Msg::new("err-bundle-not-canonical"));
                    }
                    Some(set)
                }
            }
        }
    };
    // 3. The re-count.
    if let (Some(rules), Some(set), Some(result)) = (&rules, &set, &result) {
        let names: Vec<&str> = rules.candidates.iter().map(|c| c.name.as_str()).collect();
        if set
            .candidates
            .iter()
            .map(String::as_str)
            .ne(names.iter().copied())
        {
            problem(
                BALLOTS,
                Msg::new("err-bundle-columns")
                    .arg("columns", set.candidates.join(", "))
                    .arg("rules", RULES)
                    .arg("nominees", names.join(", ")),
            );
        } else {
            if kind_name(set.kind) != rules.ballot_kind {
                problem(
                    RULES,
                    Msg::new("err-bundle-kind")
                        .arg("kind", format!("{:?}", rules.ballot_kind))
                        .arg("method", rules.method.as_str()),
                );
            }
            let term = Term {
                id: 0,
                name: rules.term.clone(),
                organisation: rules.organisation.clone(),
                seats: rules.seats,
                method: rules.method.clone(),
                max_per_employer: rules.max_per_employer,
                seed: rules.seed.clone(),
                quorum_percent: rules.quorum_percent,
                stage: Stage::Counted,
                created_at: String::new(),
                secrecy_min: 1,
                language: Default::default(),
            };
            let nominees: Vec<Nominee> = rules
                .candidates
                .iter()
                .map(|c| Nominee {
                    id: 0,
                    name: c.name.clone(),
                    email: None,
                    employer: c.employer.clone(),
                    nominated_by: None,
                    statement: None,
                    withdrawn: c.withdrawn,
                    ..Nominee::default()
                })
                .collect();
            let recount =
                crate::term_rules::parse_blank_opt(rules.blank.as_deref()).and_then(|blank| {
                    let extras = crate::term_rules::Extras {
                        rules: rules.term_rules.clone(),
                        decisions: rules.tie_decisions.clone(),
                        blank,
                        totals: None,
                    };
                    count_term_with(
                        &term,
                        &nominees,
                        set,
                        rules.eligible,
                        result.counted_at.clone(),
                        &extras,
                    )
                });
            match recount {
                Err(e) => problem(
                    RULES,
                    Msg::new("err-bundle-recount-failed").arg("problem", e.as_msg()),
                ),
                Ok(recount) => {
                    report.winners = recount.winners.clone();
                    report.ballots = recount.ballots;
                    for m in differences(result, &recount)? {
                        problem(RESULT, m);
                    }
                }
            }
        }
    }
    // A missing file is found by the manifest and by its reader: say it once.
    let mut seen = std::collections::HashSet::new();
    problems.retain(|p| seen.insert((p.file.clone(), p.message.clone())));
    report.problems = problems;
    report.ok = report.problems.is_empty();
    Ok(report)
}

/// `t` as a result stored before the count gave events: the English only.
fn without_events(t: &mut Tally) {
    t.outcome.note_events.clear();
    for tb in t
        .tie_breaks
        .iter_mut()
        .chain(t.outcome.tie_breaks.iter_mut())
    {
        tb.context_event = None;
        tb.rule_event = None;
    }
    for e in t.excluded.iter_mut().chain(t.outcome.excluded.iter_mut()) {
        e.reason_event = None;
    }
}

/// The fields of `published` that differ from the re-count, in words.
fn differences(published: &Tally, recount: &Tally) -> Result<Vec<Msg>> {
    let to_map = |t: &Tally| -> Result<serde_json::Map<String, serde_json::Value>> {
        match serde_json::to_value(t).map_err(|e| Error::new(ErrorCode::Io, detail(e)))? {
            serde_json::Value::Object(m) => Ok(m),
            _ => Ok(serde_json::Map::new()),
        }
    };
    // A bundle published before the count gave its explanations as events
    // holds the English alone: the re-count's events are not compared.
    let mut recount = recount.clone();
    if published.outcome.note_events.is_empty() {
        without_events(&mut recount);
    }
    let (a, b) = (to_map(published)?, to_map(&recount)?);
    let mut out = Vec::new();
    for (k, va) in &a {
        let vb = b.get(k).cloned().unwrap_or(serde_json::Value::Null);
        if *va != vb {
            let short = |v: &serde_json::Value| {
                let s = v.to_string();
                if s.chars().count() > 200 {
                    "(differs)".to_string()
                } else {
                    s
                }
            };
            out.push(
                Msg::new("err-bundle-field-differs")
                    .arg("field", k.as_str())
                    .arg("bundle", short(va))
                    .arg("recount", short(&vb)),
            );
        }
    }
    Ok(out)
}
