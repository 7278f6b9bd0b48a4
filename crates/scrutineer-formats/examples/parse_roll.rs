//! Parse a voter roll and print what was detected and the counts: the parser
//! alone, for benchmarks (scripts/bench-roll.sh) and for trying a file.
//!
//! Usage: parse_roll FILE [--encoding LABEL] [--delimiter D] [--map FIELD=Header]... [--show N]

use scrutineer_formats::roll::{encoding_for_label, RollOptions, RollReader, RollRow};
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut options = RollOptions::default();
    let mut show = 3usize;
    while let Some(a) = args.next() {
        let mut value = |what: &str| args.next().ok_or_else(|| format!("{a} needs {what}"));
        let r: Result<(), String> = match a.as_str() {
            "--encoding" => value("an encoding label").and_then(|l| {
                options.encoding =
                    Some(encoding_for_label(&l).ok_or(format!("unknown encoding '{l}'"))?);
                Ok(())
            }),
            "--delimiter" => value("a delimiter").and_then(|d| {
                options.delimiter = Some(RollOptions::parse_delimiter(&d)?);
                Ok(())
            }),
            "--map" => value("FIELD=Header").and_then(|m| {
                options.mapping.push(RollOptions::parse_mapping(&m)?);
                Ok(())
            }),
            "--show" => value("a number").and_then(|n| {
                show = n.parse().map_err(|_| format!("--show {n}: not a number"))?;
                Ok(())
            }),
            _ if path.is_none() => {
                path = Some(a.clone());
                Ok(())
            }
            _ => Err(format!("unexpected argument '{a}'")),
        };
        if let Err(e) = r {
            eprintln!("parse_roll: {e}");
            return ExitCode::from(2);
        }
    }
    let Some(path) = path else {
        eprintln!("usage: parse_roll FILE [--encoding LABEL] [--delimiter D] [--map FIELD=Header]... [--show N]");
        return ExitCode::from(2);
    };
    let start = Instant::now();
    let mut reader = match RollReader::open(path.as_ref(), &options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("parse_roll: {e}");
            return ExitCode::FAILURE;
        }
    };
    let d = reader.detected().clone();
    println!(
        "encoding {} ({:?}), delimiter {}, layout {:?}",
        d.encoding,
        d.encoding_source,
        d.delimiter_name(),
        d.layout
    );
    for (field, header) in &d.mapping {
        println!("  {field:<10} <- {header}");
    }
    let (mut shown_v, mut shown_r) = (0, 0);
    for row in reader.by_ref() {
        match row {
            Ok(RollRow::Voter(v)) if shown_v < show => {
                shown_v += 1;
                println!(
                    "  line {}: {} <{}> id={:?} weight={}",
                    v.line, v.name, v.email, v.voter_id, v.weight
                );
            }
            Ok(RollRow::Rejected(r)) if shown_r < show => {
                shown_r += 1;
                println!("  line {}: refused: {}", r.line, r.reason);
            }
            Ok(_) => {}
            Err(e) => {
                eprintln!("parse_roll: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let s = reader.stats();
    println!(
        "{} voters, {} refused, {} blank rows in {:.3} s",
        s.voters,
        s.rejected,
        s.blank,
        start.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}
