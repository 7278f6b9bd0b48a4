//! The outcome as a readable report (what `scrutineer count` prints without
//! `--json`).

use crate::Outcome;
use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

/// `n` and its noun in the singular or the plural: "1 seat", "3 seats",
/// "0 seats" (never "seat(s)"). The one helper every crate's messages use
/// (`scrutineer_core::words` re-exports it).
pub fn count(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "the candidate with the most votes wins" / "the 3 candidates with the
/// most votes win".
pub fn the_most(seats: usize, what: &str) -> String {
    if seats == 1 {
        format!("the candidate with the most {what} wins")
    } else {
        format!("the {seats} candidates with the most {what} win")
    }
}

/// Render `o` as plain text.
pub fn render(o: &Outcome) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "Method: {} [{}]", o.method.title(), o.method.name());
    let _ = writeln!(s, "Seats: {}    Ballots: {}", o.seats, o.ballots);
    let _ = writeln!(s);
    let _ = writeln!(s, "Elected, in order:");
    for (i, w) in o.winners.iter().enumerate() {
        let _ = writeln!(s, "  {}. {}", i + 1, w);
    }
    let _ = writeln!(s);
    let width = o
        .candidates
        .iter()
        .map(|c| UnicodeWidthStr::width(c.name.as_str()))
        .max()
        .unwrap_or(4)
        .max(9);
    let _ = writeln!(
        s,
        "{:>4}  {:<width$}  {:>14}  Status",
        "Rank", "Candidate", "Votes"
    );
    let mut rows: Vec<&crate::CandidateResult> = o.candidates.iter().collect();
    rows.sort_by_key(|c| (c.rank.unwrap_or(usize::MAX), c.name.clone()));
    for c in rows {
        let rank = c.rank.map(|r| r.to_string()).unwrap_or_else(|| "-".into());
        let pad = width.saturating_sub(UnicodeWidthStr::width(c.name.as_str()));
        let _ = writeln!(
            s,
            "{:>4}  {}{}  {:>14}  {}",
            rank,
            c.name,
            " ".repeat(pad),
            c.votes,
            c.status.label()
        );
    }
    if let Some(r) = &o.ranking {
        let _ = writeln!(s);
        let _ = writeln!(s, "Full ranking: {}", r.join(" > "));
    }
    if let Some(p) = &o.pairwise {
        let _ = writeln!(s);
        let _ = writeln!(s, "Pairwise preferences (row preferred to column):");
        for (i, name) in p.candidates.iter().enumerate() {
            let cells: Vec<String> = p.matrix[i].iter().map(|v| format!("{v:>6}")).collect();
            let _ = writeln!(s, "  {} {}", pad(name, width), cells.join(""));
        }
        if let Some(paths) = &p.strongest_paths {
            let _ = writeln!(s, "Strongest paths:");
            for (i, name) in p.candidates.iter().enumerate() {
                let cells: Vec<String> = paths[i].iter().map(|v| format!("{v:>6}")).collect();
                let _ = writeln!(s, "  {} {}", pad(name, width), cells.join(""));
            }
        }
        if let Some(locked) = &p.locked {
            let _ = writeln!(s, "Pairs by margin:");
            for l in locked {
                let _ = writeln!(
                    s,
                    "  {} over {} by {}: {}",
                    l.winner,
                    l.loser,
                    l.margin,
                    if l.locked {
                        "locked"
                    } else {
                        "skipped (cycle)"
                    }
                );
            }
        }
    }
    if let Some(seats) = &o.star {
        let _ = writeln!(s);
        for seat in seats {
            let totals: Vec<String> = seat
                .totals
                .iter()
                .map(|t| format!("{} {}", t.name, t.votes))
                .collect();
            let _ = writeln!(s, "Seat {}: totals {}", seat.seat, totals.join(", "));
            let _ = writeln!(
                s,
                "  runoff {} vs {}: {} prefer {}, {} prefer {}, {} equal; elected {}",
                seat.finalists[0],
                seat.finalists[1],
                seat.prefer_first,
                seat.finalists[0],
                seat.prefer_second,
                seat.finalists[1],
                seat.equal,
                seat.winner
            );
            if !seat.note.is_empty() {
                let _ = writeln!(s, "  {}", seat.note);
            }
        }
    }
    if let Some(d) = &o.debian {
        let _ = writeln!(s);
        let _ = writeln!(s, "Default option: {}", d.default_option);
        match &d.quorum {
            Some(q) => {
                let _ = writeln!(s, "Quorum: {q}");
            }
            None => {
                let _ = writeln!(s, "Quorum: none");
            }
        }
        let _ = writeln!(
            s,
            "  {}  {:>8} {:>8} {:>8} {:>6}  {:<8} {:<8} Dropped",
            pad("Option", width),
            "V(A,D)",
            "V(D,A)",
            "ratio",
            "needs",
            "quorum",
            "majority"
        );
        let yes_no = |b: Option<bool>| match b {
            Some(true) => "yes",
            Some(false) => "no",
            None => "-",
        };
        for x in &d.options {
            let _ = writeln!(
                s,
                "  {}  {:>8} {:>8} {:>8} {:>6}  {:<8} {:<8} {}",
                pad(&x.name, width),
                x.over_default,
                x.default_over,
                x.ratio,
                format!("{}:{}", x.majority_num, x.majority_den),
                yes_no(x.quorum_reached),
                yes_no(x.majority_passed),
                x.dropped.as_deref().unwrap_or("-")
            );
        }
        let _ = writeln!(s, "Schwartz set: {}", d.schwartz_set.join(", "));
        if !d.casting_vote_needed.is_empty() {
            let _ = writeln!(
                s,
                "A CASTING VOTE IS NEEDED between: {}",
                d.casting_vote_needed.join(", ")
            );
        }
    }
    if !o.rounds.is_empty() {
        let _ = writeln!(s);
        for r in &o.rounds {
            let quota = r
                .quota
                .as_deref()
                .map(|q| format!(" (quota {q})"))
                .unwrap_or_default();
            let _ = writeln!(s, "Round {}{}: {}", r.number, quota, r.note);
            for t in &r.tallies {
                let keep = t
                    .keep
                    .as_deref()
                    .map(|k| format!("  keep {k}"))
                    .unwrap_or_default();
                let _ = writeln!(s, "  {} {:>14}{}", pad(&t.name, width), t.votes, keep);
            }
            if !r.exhausted.is_empty() {
                let _ = writeln!(s, "  {:<width$} {:>14}", "Exhausted", r.exhausted);
            }
            for a in &r.actions {
                let _ = writeln!(s, "  -> {} {}: {}", a.kind, a.name, a.reason);
            }
        }
    }
    if !o.excluded.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "Disqualified by a rule:");
        for e in &o.excluded {
            let _ = writeln!(s, "  {}: {}", e.name, e.reason);
        }
    }
    if !o.tie_breaks.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "Tie-breaks:");
        for t in &o.tie_breaks {
            let rule = if t.rule.is_empty() {
                "seeded draw"
            } else {
                t.rule.as_str()
            };
            let _ = write!(
                s,
                "  {}: tied {}; order {}; rule: {rule}",
                t.context,
                t.tied.join(", "),
                t.outcome.join(", "),
            );
            if let Some(m) = &t.method {
                let _ = write!(s, "; by {m}");
            }
            if let Some(b) = &t.decided_by {
                let _ = write!(s, "; decided by {b}");
            }
            if let Some(w) = &t.witnessed_by {
                let _ = write!(s, "; witnessed by {w}");
            }
            if !t.seed.is_empty() {
                let _ = write!(s, "; seed {:?}", t.seed);
            }
            let _ = writeln!(s);
        }
    }
    if !o.notes.is_empty() {
        let _ = writeln!(s);
        for n in &o.notes {
            let _ = writeln!(s, "Note: {n}");
        }
    }
    s
}

/// `name` padded with spaces to `width` terminal columns (CJK characters
/// take two).
fn pad(name: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(name);
    format!("{name}{}", " ".repeat(width.saturating_sub(w)))
}

#[cfg(test)]
mod tests {
    use super::pad;

    #[test]
    fn pads_by_display_width() {
        assert_eq!(pad("稲田", 6), "稲田  ");
        assert_eq!(pad("Ξένια", 6), "Ξένια ");
    }
}
