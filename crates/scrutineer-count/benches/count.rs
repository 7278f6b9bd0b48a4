//! Criterion benchmarks: the counting engine alone on profiles built in
//! memory, and the ballot-file readers alone on files built in memory.
//!
//! ```sh
//! cargo bench -p scrutineer-count --bench count
//! ```
//!
//! The ballots come from the same seeded generator as the end-to-end
//! benchmark (`scripts/bench-count.sh`, which times the CLI on files of
//! 1,000,000 ballots): `crates/scrutineer-formats/examples/gen_ballots.rs`,
//! included here. Sizes are moderate so the run takes a few minutes; the
//! count's cost depends on the number of *distinct* ballots, which is
//! printed for each input. See docs/benchmarks.md.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use scrutineer_count::{count, BallotKind, Method, Profile, Rules};
use scrutineer_formats::read_ballot_bytes;
use std::hint::black_box;
use std::time::Duration;

#[allow(dead_code)]
#[path = "../../scrutineer-formats/examples/gen_ballots.rs"]
mod gen_ballots;

const SEED: u64 = 20_260_421;

/// The bytes of a generated ballot file.
fn file(kind: &str, ballots: u64) -> Vec<u8> {
    let mut bytes = Vec::new();
    match gen_ballots::generate(kind, ballots, SEED, &mut bytes) {
        Ok(distinct) => eprintln!("input {kind} × {ballots}: {distinct} distinct ballots"),
        Err(e) => panic!("generating {kind}: {e}"),
    }
    bytes
}

fn profile(kind: &str, ballots: u64, as_kind: BallotKind) -> Profile {
    let bytes = file(kind, ballots);
    match read_ballot_bytes(kind, &bytes, as_kind) {
        Ok(f) => f.profile,
        Err(e) => panic!("reading generated {kind}: {e}"),
    }
}

fn rules(seats: usize) -> Rules {
    let mut r = Rules::new(seats);
    r.ballot_hash = "bench".into();
    r
}

fn counting(c: &mut Criterion) {
    let mut g = c.benchmark_group("count");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    let cases: [(&str, u64, BallotKind, Method, usize); 8] = [
        ("ranked", 200_000, BallotKind::Ranking, Method::Schulze, 3),
        (
            "ranked-diverse",
            200_000,
            BallotKind::Ranking,
            Method::Schulze,
            3,
        ),
        ("ranked", 200_000, BallotKind::Ranking, Method::Irv, 1),
        (
            "ranked",
            200_000,
            BallotKind::Ranking,
            Method::RankedPairs,
            3,
        ),
        (
            "approval",
            200_000,
            BallotKind::Approval,
            Method::Approval,
            3,
        ),
        ("star", 200_000, BallotKind::Scores, Method::Star, 3),
        (
            "stv-blt",
            100_000,
            BallotKind::Ranking,
            Method::StvScottish,
            7,
        ),
        ("stv-blt", 100_000, BallotKind::Ranking, Method::StvMeek, 7),
    ];
    for (kind, n, as_kind, method, seats) in cases {
        let p = profile(kind, n, as_kind);
        let r = rules(seats);
        g.throughput(Throughput::Elements(n));
        g.bench_with_input(
            BenchmarkId::new(method.name(), format!("{kind}-{n}")),
            &p,
            |b, p| {
                b.iter(|| match count(method, black_box(p), &r) {
                    Ok(o) => o,
                    Err(e) => panic!("{method} on {kind}: {e}"),
                })
            },
        );
    }
    g.finish();
}

fn parsing(c: &mut Criterion) {
    let mut g = c.benchmark_group("parse");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    let cases: [(&str, u64, BallotKind); 5] = [
        ("ranked", 100_000, BallotKind::Ranking),
        ("approval", 100_000, BallotKind::Approval),
        ("star", 100_000, BallotKind::Scores),
        ("stv-blt", 100_000, BallotKind::Ranking),
        ("stv-grid", 100_000, BallotKind::Ranking),
    ];
    for (kind, n, as_kind) in cases {
        let bytes = file(kind, n);
        g.throughput(Throughput::Elements(n));
        g.bench_with_input(BenchmarkId::new(kind, n), &bytes, |b, bytes| {
            b.iter(
                || match read_ballot_bytes(kind, black_box(bytes), as_kind) {
                    Ok(f) => f.count,
                    Err(e) => panic!("reading generated {kind}: {e}"),
                },
            )
        });
    }
    g.finish();
}

criterion_group!(benches, counting, parsing);
criterion_main!(benches);
