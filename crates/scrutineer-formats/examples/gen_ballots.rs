//! Deterministic (seeded) ballot files for the counting benchmarks
//! (`scripts/bench-count.sh`, `docs/benchmarks.md`).
//!
//! ```text
//! gen_ballots KIND BALLOTS OUT [SEED]
//! ```
//!
//! KIND is one of:
//!
//! * `ranked`: grid CSV, 20 candidates; each voter ranks 1–8 of them. Voters
//!   belong to one of five factions; each faction has a favourite order of
//!   the candidates and its voters follow it loosely (a Mallows model,
//!   dispersion 0.35), so popular ballots repeat as they do in real
//!   elections.
//! * `ranked-diverse`: as `ranked` but every voter draws an independent
//!   order from a mildly skewed popularity (Plackett–Luce, weights
//!   1/(i+1)^0.5): almost every ballot of 3 or more rankings is unique. The
//!   worst case for memory.
//! * `approval`: grid CSV, 20 candidates, 1–6 approvals (about 3 on average)
//!   from a skewed popularity (weights 1/(i+1)).
//! * `star`: grid CSV, 20 candidates, scores 0–5: 2–5 candidates scored per
//!   ballot, chosen as in `ranked` (factions, Mallows); the first gets 5
//!   stars, the next 4, 3, ... (at least 1), each but the first one star
//!   lower on a third of the ballots.
//! * `stv-blt` / `stv-grid`: 30 candidates from six parties of five, 7
//!   seats; each voter ranks 1–12 candidates, following a party's order
//!   loosely (Mallows, dispersion 0.4). The two kinds write the same ballots
//!   (same seed) as BLT (one ballot per line, weight 1) and as grid CSV.
//!
//! The number of distinct ballots is printed on stderr.
//!
//! The generator uses its own SplitMix64 so the files depend only on the
//! arguments, not on a library version.

use std::collections::HashSet;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Index drawn with probability proportional to `w`.
    fn weighted(&mut self, w: &[f64]) -> usize {
        let total: f64 = w.iter().sum();
        let mut x = self.unit() * total;
        for (i, &wi) in w.iter().enumerate() {
            if x < wi {
                return i;
            }
            x -= wi;
        }
        w.len() - 1
    }
    fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize % n
    }
}

/// The first `k` candidates of a Plackett–Luce draw with weights `w`.
fn plackett_luce(rng: &mut Rng, w: &[f64], k: usize) -> Vec<usize> {
    let mut w = w.to_vec();
    let mut out = Vec::with_capacity(k);
    for _ in 0..k.min(w.len()) {
        let i = rng.weighted(&w);
        out.push(i);
        w[i] = 0.0;
    }
    out
}

/// A Mallows draw around `reference` (repeated insertion model): item `i` of
/// the reference is inserted at position `j ≤ i` with probability
/// proportional to `phi^(i-j)`. Returns the first `k`.
fn mallows(rng: &mut Rng, reference: &[usize], phi: f64, k: usize) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(reference.len());
    let mut w: Vec<f64> = Vec::with_capacity(reference.len());
    for (i, &c) in reference.iter().enumerate() {
        w.clear();
        // Positions 0..=i; position i (the end) has weight phi^0 = 1.
        for j in 0..=i {
            w.push(phi.powi((i - j) as i32));
        }
        let j = rng.weighted(&w);
        order.insert(j, c);
    }
    order.truncate(k);
    order
}

fn zipf(n: usize, s: f64) -> Vec<f64> {
    (0..n).map(|i| 1.0 / ((i + 1) as f64).powf(s)).collect()
}

/// A ranked ballot: candidates in order of preference (no equal rankings).
type Ranking = Vec<usize>;

struct Factions {
    shares: Vec<f64>,
    orders: Vec<Vec<usize>>,
    phi: f64,
    lengths: Vec<f64>,
}

impl Factions {
    fn ballot(&self, rng: &mut Rng) -> Ranking {
        let f = rng.weighted(&self.shares);
        let k = rng.weighted(&self.lengths) + 1;
        mallows(rng, &self.orders[f], self.phi, k)
    }
}

/// Five factions over 20 candidates, each with its own favourite order drawn
/// from a skewed popularity.
fn ranked_factions(rng: &mut Rng) -> Factions {
    let pop = zipf(20, 1.0);
    let orders = (0..5).map(|_| plackett_luce(rng, &pop, 20)).collect();
    Factions {
        shares: vec![0.35, 0.25, 0.18, 0.12, 0.10],
        orders,
        phi: 0.35,
        // Ballot length 1..=8: short ballots are the most common.
        lengths: vec![0.16, 0.16, 0.15, 0.13, 0.12, 0.10, 0.09, 0.09],
    }
}

/// Six parties of five candidates (30 in all); a party's voters start with
/// its candidates, then move to a second party.
fn stv_factions(rng: &mut Rng) -> Factions {
    let mut orders = Vec::new();
    for p in 0..6usize {
        let mut order: Vec<usize> = Vec::with_capacity(30);
        let own: Vec<usize> = (0..5).map(|i| p * 5 + i).collect();
        order.extend(plackett_luce(rng, &[1.0; 5], 5).iter().map(|&i| own[i]));
        let mut others: Vec<usize> = (0..30).filter(|c| c / 5 != p).collect();
        // Near parties first: the next party's candidates lead the rest.
        let next = (p + 1) % 6;
        others.sort_by_key(|&c| (c / 5 != next, c));
        order.extend(others);
        orders.push(order);
    }
    Factions {
        shares: vec![0.28, 0.24, 0.18, 0.13, 0.10, 0.07],
        orders,
        phi: 0.4,
        lengths: vec![
            0.12, 0.12, 0.13, 0.12, 0.11, 0.09, 0.08, 0.07, 0.06, 0.04, 0.03, 0.03,
        ],
    }
}

fn header(out: &mut dyn Write, names: &[String]) -> std::io::Result<()> {
    writeln!(out, "{}", names.join(","))
}

/// One grid row: `cell(c)` for each candidate, comma-separated.
fn grid_row(out: &mut dyn Write, n: usize, cells: &[Option<u32>]) -> std::io::Result<()> {
    let mut line = String::with_capacity(3 * n);
    for (c, cell) in cells.iter().enumerate() {
        if c > 0 {
            line.push(',');
        }
        if let Some(v) = cell {
            line.push_str(&v.to_string());
        }
    }
    line.push('\n');
    out.write_all(line.as_bytes())
}

fn ranking_cells(n: usize, r: &Ranking) -> Vec<Option<u32>> {
    let mut cells = vec![None; n];
    for (pos, &c) in r.iter().enumerate() {
        cells[c] = Some(pos as u32 + 1);
    }
    cells
}

fn names(prefix: &str, n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("{prefix} {i:02}")).collect()
}

/// Write `ballots` ballots of `kind` to `out`; returns the number of distinct
/// ballots. (Also used by the criterion benches, which include this file.)
pub fn generate(kind: &str, ballots: u64, seed: u64, out: &mut dyn Write) -> Result<usize, String> {
    let mut out = out;
    let mut rng = Rng(seed);
    let mut distinct: HashSet<Vec<u32>> = HashSet::new();
    let io = |e: std::io::Error| e.to_string();
    match kind {
        "ranked" | "ranked-diverse" => {
            let n = 20;
            header(&mut out, &names("Candidate", n)).map_err(io)?;
            let factions = ranked_factions(&mut rng);
            let pop = zipf(n, 0.5);
            for _ in 0..ballots {
                let r = if kind == "ranked" {
                    factions.ballot(&mut rng)
                } else {
                    let k = rng.below(8) + 1;
                    plackett_luce(&mut rng, &pop, k)
                };
                distinct.insert(r.iter().map(|&c| c as u32).collect());
                grid_row(&mut out, n, &ranking_cells(n, &r)).map_err(io)?;
            }
        }
        "approval" => {
            let n = 20;
            header(&mut out, &names("Candidate", n)).map_err(io)?;
            let pop = zipf(n, 1.0);
            let counts = [0.15, 0.22, 0.25, 0.18, 0.12, 0.08];
            for _ in 0..ballots {
                let k = rng.weighted(&counts) + 1;
                let mut set = plackett_luce(&mut rng, &pop, k);
                set.sort_unstable();
                let mut cells = vec![None; n];
                for &c in &set {
                    cells[c] = Some(1);
                }
                distinct.insert(set.iter().map(|&c| c as u32).collect());
                grid_row(&mut out, n, &cells).map_err(io)?;
            }
        }
        "star" => {
            let n = 20;
            header(&mut out, &names("Candidate", n)).map_err(io)?;
            let factions = ranked_factions(&mut rng);
            for _ in 0..ballots {
                let f = rng.weighted(&factions.shares);
                let k = rng.below(4) + 2;
                let chosen = mallows(&mut rng, &factions.orders[f], factions.phi, k);
                let mut cells = vec![None; n];
                for (i, &c) in chosen.iter().enumerate() {
                    // Favourite 5, then 4, 3, ... down to 1; each but the
                    // favourite one star lower on a third of the ballots.
                    let mut s = 5u32.saturating_sub(i as u32).max(1);
                    if i > 0 && s > 1 && rng.below(3) == 0 {
                        s -= 1;
                    }
                    cells[c] = Some(s);
                }
                distinct.insert(cells.iter().map(|c| c.unwrap_or(0)).collect());
                grid_row(&mut out, n, &cells).map_err(io)?;
            }
        }
        "stv-blt" | "stv-grid" => {
            let n = 30;
            let seats = 7;
            let cand = names("Candidate", n);
            let factions = stv_factions(&mut rng);
            if kind == "stv-blt" {
                writeln!(out, "{n} {seats}").map_err(io)?;
            } else {
                header(&mut out, &cand).map_err(io)?;
            }
            for _ in 0..ballots {
                let r = factions.ballot(&mut rng);
                distinct.insert(r.iter().map(|&c| c as u32).collect());
                if kind == "stv-blt" {
                    let mut line = String::from("1");
                    for &c in &r {
                        line.push(' ');
                        line.push_str(&(c + 1).to_string());
                    }
                    line.push_str(" 0\n");
                    out.write_all(line.as_bytes()).map_err(io)?;
                } else {
                    grid_row(&mut out, n, &ranking_cells(n, &r)).map_err(io)?;
                }
            }
            if kind == "stv-blt" {
                writeln!(out, "0").map_err(io)?;
                for c in &cand {
                    writeln!(out, "\"{c}\"").map_err(io)?;
                }
                writeln!(out, "\"Benchmark council, {seats} seats\"").map_err(io)?;
            }
        }
        other => {
            return Err(format!(
                "unknown kind `{other}`: expected ranked, ranked-diverse, approval, star, stv-blt or stv-grid"
            ))
        }
    }
    out.flush().map_err(io)?;
    Ok(distinct.len())
}

fn run(kind: &str, ballots: u64, path: &str, seed: u64) -> Result<usize, String> {
    let file = File::create(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    generate(kind, ballots, seed, &mut out).map_err(|e| format!("{path}: {e}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 || args.len() > 5 {
        eprintln!("usage: gen_ballots KIND BALLOTS OUT [SEED]");
        return ExitCode::from(2);
    }
    let Ok(ballots) = args[2].parse::<u64>() else {
        eprintln!("BALLOTS must be a whole number, found `{}`", args[2]);
        return ExitCode::from(2);
    };
    let seed = match args.get(4).map(|s| s.parse::<u64>()) {
        None => 20_260_421,
        Some(Ok(s)) => s,
        Some(Err(_)) => {
            eprintln!("SEED must be a whole number");
            return ExitCode::from(2);
        }
    };
    match run(&args[1], ballots, &args[3], seed) {
        Ok(d) => {
            eprintln!("{}: {ballots} ballots, {d} distinct", args[3]);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
