//! The count's readable report (what `scrutineer tally` and `scrutineer
//! count` print without `--json`) in the reader's language.
//!
//! English is [`scrutineer_count::text::render`], byte for byte (the
//! counting engine's own report). Every other language is the same layout
//! with the words of `locales/<lang>/count.ftl` (`count-report-*`), the
//! count's explanations said from their events (notes, rounds, actions,
//! STAR seats, tie-breaks, exclusions: [`crate::export`]) and the decimal
//! figures with the language's separator.

use crate::export::{
    action_name_in, action_reason_in, exclusion_in, notes_in, round_note_in, seat_note_in,
    status_in, tie_context_in, tie_rule_in,
};
use scrutineer_count::{Outcome, RoundAction};
use scrutineer_i18n::{FluentValue, Lang, Messages};
use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

/// `o` as a readable report in the language of `m`.
pub fn render_in(m: &Messages, o: &Outcome) -> String {
    if m.lang() == Lang::En {
        return scrutineer_count::text::render(o);
    }
    let word = |id: &str| m.text(id);
    let say = |id: &str, args: &[(&str, FluentValue<'_>)]| m.get(id, args);
    let fig = |f: &str| m.decimal(f);
    let list_sep = m.text("list-sep");
    let mut s = String::new();
    let method_id = format!("method-{}", o.method.name());
    let title = if m.has(&method_id) {
        m.text(&method_id)
    } else {
        o.method.title().to_string()
    };
    let _ = writeln!(
        s,
        "{}",
        say(
            "count-report-method",
            &[
                ("title", title.into()),
                ("name", o.method.name().to_string().into()),
            ]
        )
    );
    let _ = writeln!(
        s,
        "{}",
        say(
            "count-report-seats",
            &[
                ("seats", FluentValue::from(o.seats as u64)),
                ("ballots", FluentValue::from(o.ballots)),
            ]
        )
    );
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", word("count-report-elected"));
    for (i, w) in o.winners.iter().enumerate() {
        let _ = writeln!(s, "  {}. {}", i + 1, w);
    }
    let _ = writeln!(s);
    let (h_rank, h_cand, h_votes, h_status) = (
        word("count-report-rank"),
        word("count-report-candidate"),
        word("count-report-votes"),
        word("count-report-status"),
    );
    let width = o
        .candidates
        .iter()
        .map(|c| w(&c.name))
        .chain([w(&h_cand)])
        .max()
        .unwrap_or(4)
        .max(9);
    let _ = writeln!(
        s,
        "{}  {}  {}  {h_status}",
        left(&h_rank, 4),
        right(&h_cand, width),
        left(&h_votes, 14)
    );
    let mut rows: Vec<&scrutineer_count::CandidateResult> = o.candidates.iter().collect();
    rows.sort_by_key(|c| (c.rank.unwrap_or(usize::MAX), c.name.clone()));
    for c in rows {
        let rank = c.rank.map(|r| r.to_string()).unwrap_or_else(|| "-".into());
        let _ = writeln!(
            s,
            "{}  {}  {}  {}",
            left(&rank, 4),
            right(&c.name, width),
            left(&fig(&c.votes), 14),
            status_in(m, c.status.label())
        );
    }
    if let Some(r) = &o.ranking {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{}",
            say("count-report-ranking", &[("ranking", r.join(" > ").into())])
        );
    }
    if let Some(p) = &o.pairwise {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", word("count-report-pairwise"));
        for (i, name) in p.candidates.iter().enumerate() {
            let cells: Vec<String> = p.matrix[i].iter().map(|v| format!("{v:>6}")).collect();
            let _ = writeln!(s, "  {} {}", right(name, width), cells.join(""));
        }
        if let Some(paths) = &p.strongest_paths {
            let _ = writeln!(s, "{}", word("count-report-strongest-paths"));
            for (i, name) in p.candidates.iter().enumerate() {
                let cells: Vec<String> = paths[i].iter().map(|v| format!("{v:>6}")).collect();
                let _ = writeln!(s, "  {} {}", right(name, width), cells.join(""));
            }
        }
        if let Some(locked) = &p.locked {
            let _ = writeln!(s, "{}", word("count-report-pairs"));
            for l in locked {
                let _ = writeln!(
                    s,
                    "  {}",
                    say(
                        if l.locked {
                            "count-report-pair-locked"
                        } else {
                            "count-report-pair-skipped"
                        },
                        &[
                            ("winner", l.winner.clone().into()),
                            ("loser", l.loser.clone().into()),
                            ("margin", FluentValue::from(l.margin)),
                        ]
                    )
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
                .map(|t| format!("{} {}", t.name, fig(&t.votes)))
                .collect();
            let _ = writeln!(
                s,
                "{}",
                say(
                    "count-report-seat",
                    &[
                        ("seat", FluentValue::from(seat.seat as u64)),
                        ("totals", totals.join(&list_sep).into()),
                    ]
                )
            );
            let _ = writeln!(
                s,
                "  {}",
                say(
                    "count-report-runoff",
                    &[
                        ("first", seat.finalists[0].clone().into()),
                        ("second", seat.finalists[1].clone().into()),
                        ("prefer_first", FluentValue::from(seat.prefer_first)),
                        ("prefer_second", FluentValue::from(seat.prefer_second)),
                        ("equal", FluentValue::from(seat.equal)),
                        ("winner", seat.winner.clone().into()),
                    ]
                )
            );
            if !seat.note.is_empty() {
                let _ = writeln!(s, "  {}", seat_note_in(m, seat));
            }
        }
    }
    if let Some(d) = &o.debian {
        let _ = writeln!(s);
        let _ = writeln!(
            s,
            "{}",
            say(
                "count-report-default-option",
                &[("name", d.default_option.clone().into())]
            )
        );
        let _ = writeln!(
            s,
            "{}",
            match &d.quorum {
                Some(q) => say("count-report-quorum", &[("quorum", q.clone().into())]),
                None => word("count-report-no-quorum"),
            }
        );
        let (h_opt, h_ratio, h_needs, h_quorum, h_majority, h_dropped) = (
            word("count-report-option"),
            word("count-report-ratio"),
            word("count-report-needs"),
            word("count-report-quorum-column"),
            word("count-report-majority-column"),
            word("count-report-dropped"),
        );
        let qw = w(&h_quorum).max(8);
        let mw = w(&h_majority).max(8);
        let _ = writeln!(
            s,
            "  {}  {:>8} {:>8} {} {}  {} {} {h_dropped}",
            right(&h_opt, width),
            "V(A,D)",
            "V(D,A)",
            left(&h_ratio, 8),
            left(&h_needs, 6),
            right(&h_quorum, qw),
            right(&h_majority, mw),
        );
        let yes_no = |b: Option<bool>| match b {
            Some(true) => word("count-report-yes"),
            Some(false) => word("count-report-no"),
            None => "-".to_string(),
        };
        for x in &d.options {
            let dropped = match x.dropped.as_deref() {
                Some("quorum") => word("count-report-dropped-quorum"),
                Some("majority") => word("count-report-dropped-majority"),
                Some(other) => other.to_string(),
                None => "-".to_string(),
            };
            let _ = writeln!(
                s,
                "  {}  {:>8} {:>8} {} {}  {} {} {dropped}",
                right(&x.name, width),
                x.over_default,
                x.default_over,
                left(&fig(&x.ratio), 8),
                left(&format!("{}:{}", x.majority_num, x.majority_den), 6),
                right(&yes_no(x.quorum_reached), qw),
                right(&yes_no(x.majority_passed), mw),
            );
        }
        let _ = writeln!(
            s,
            "{}",
            say(
                "count-report-schwartz",
                &[("set", d.schwartz_set.join(&list_sep).into())]
            )
        );
        if !d.casting_vote_needed.is_empty() {
            let _ = writeln!(
                s,
                "{}",
                say(
                    "count-report-casting-vote",
                    &[("options", d.casting_vote_needed.join(&list_sep).into())]
                )
            );
        }
    }
    if !o.rounds.is_empty() {
        let _ = writeln!(s);
        let h_exhausted = word("count-report-exhausted");
        for r in &o.rounds {
            let note = round_note_in(m, r);
            let head = match &r.quota {
                Some(q) => say(
                    "count-report-round-quota",
                    &[
                        ("round", FluentValue::from(r.number as u64)),
                        ("quota", fig(q).into()),
                        ("note", note.into()),
                    ],
                ),
                None => say(
                    "count-report-round",
                    &[
                        ("round", FluentValue::from(r.number as u64)),
                        ("note", note.into()),
                    ],
                ),
            };
            let _ = writeln!(s, "{head}");
            for t in &r.tallies {
                let keep = t
                    .keep
                    .as_deref()
                    .map(|k| format!("  {}", say("count-report-keep", &[("keep", fig(k).into())])))
                    .unwrap_or_default();
                let _ = writeln!(
                    s,
                    "  {} {}{}",
                    right(&t.name, width),
                    left(&fig(&t.votes), 14),
                    keep
                );
            }
            if !r.exhausted.is_empty() {
                let _ = writeln!(
                    s,
                    "  {} {}",
                    right(&h_exhausted, width),
                    left(&fig(&r.exhausted), 14)
                );
            }
            for a in &r.actions {
                let _ = writeln!(
                    s,
                    "  -> {}",
                    say(
                        "count-report-action",
                        &[
                            ("kind", kind_in(m, a).into()),
                            ("name", action_name_in(m, a).into()),
                            ("reason", action_reason_in(m, a).into()),
                        ]
                    )
                );
            }
        }
    }
    if !o.excluded.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", word("count-report-disqualified"));
        for e in &o.excluded {
            let _ = writeln!(
                s,
                "  {}",
                say(
                    "count-report-excluded",
                    &[
                        ("name", e.name.clone().into()),
                        ("reason", exclusion_in(m, e).into()),
                    ]
                )
            );
        }
    }
    if !o.tie_breaks.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", word("count-report-tie-breaks"));
        for t in &o.tie_breaks {
            let rule = if t.rule.is_empty() {
                m.text("count-tie-seeded")
            } else {
                tie_rule_in(m, t)
            };
            let mut parts = vec![say(
                "count-report-tie",
                &[
                    ("context", tie_context_in(m, t).into()),
                    ("tied", t.tied.join(&list_sep).into()),
                    ("order", t.outcome.join(&list_sep).into()),
                    ("rule", rule.into()),
                ],
            )];
            if let Some(x) = &t.method {
                parts.push(say("count-report-tie-by", &[("how", x.clone().into())]));
            }
            if let Some(b) = &t.decided_by {
                parts.push(say(
                    "count-report-tie-decided-by",
                    &[("name", b.clone().into())],
                ));
            }
            if let Some(x) = &t.witnessed_by {
                parts.push(say(
                    "count-report-tie-witnessed-by",
                    &[("name", x.clone().into())],
                ));
            }
            if !t.seed.is_empty() {
                parts.push(say(
                    "count-report-tie-seed",
                    &[("seed", format!("{:?}", t.seed).into())],
                ));
            }
            let _ = writeln!(s, "  {}", parts.join("; "));
        }
    }
    let notes = notes_in(m, o);
    if !notes.is_empty() {
        let _ = writeln!(s);
        for n in notes {
            let _ = writeln!(s, "{}", say("count-report-note", &[("note", n.into())]));
        }
    }
    s
}

/// What an action of a round is (`elected`, `excluded`...) in the language
/// of `m`; a kind with no message is shown as stored.
fn kind_in(m: &Messages, a: &RoundAction) -> String {
    let id = format!("count-report-kind-{}", a.kind.replace('_', "-"));
    if m.has(&id) {
        m.text(&id)
    } else {
        a.kind.clone()
    }
}

/// Terminal columns of `text` (CJK characters take two).
fn w(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` padded on the right to `width` columns.
fn right(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(w(text))))
}

/// `text` padded on the left to `width` columns.
fn left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(w(text))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scrutineer_count::{count, Ballot, Marks, Method, Profile, Rules};
    use scrutineer_i18n::messages;

    /// A ranked election every ranked method counts in several rounds,
    /// with a tie, names in three scripts.
    fn profile(scores: bool) -> Profile {
        let names = ["Zoë Müller", "稲田直哉", "Ελένη", "Dee"];
        let mut p = Profile::new(names.iter().map(|s| s.to_string()).collect());
        let ballots: [(&[usize], u64); 5] = [
            (&[0, 1, 2], 4),
            (&[1, 0, 3], 3),
            (&[2, 1, 0], 2),
            (&[3, 2, 1], 2),
            (&[2, 3], 1),
        ];
        for (order, weight) in ballots {
            let marks = if scores {
                Marks::Scores(
                    order
                        .iter()
                        .enumerate()
                        .map(|(i, &c)| (c, 5 - i as u32 * 2))
                        .collect(),
                )
            } else {
                Marks::Ranking(order.iter().map(|&c| vec![c]).collect())
            };
            p.ballots.push(Ballot { weight, marks });
        }
        p
    }

    fn outcomes() -> Vec<Outcome> {
        let mut out = Vec::new();
        for method in [
            Method::Irv,
            Method::StvScottish,
            Method::StvMeek,
            Method::Debian,
        ] {
            let seats = if matches!(method, Method::Irv | Method::Debian) {
                1
            } else {
                2
            };
            let mut rules = Rules::new(seats);
            if method == Method::Debian {
                rules.debian = Some(scrutineer_count::DebianRules::for_options(4));
            }
            out.push(count(method, &profile(false), &rules).expect("counted"));
        }
        out.push(count(Method::Star, &profile(true), &Rules::new(2)).expect("counted"));
        out
    }

    /// English is the counting engine's own report, byte for byte.
    #[test]
    fn english_is_the_engines_report() {
        for o in outcomes() {
            assert_eq!(
                render_in(messages(Lang::En), &o),
                scrutineer_count::text::render(&o)
            );
        }
    }

    /// In German and Japanese no English sentence of the report is left:
    /// no round's note, action's reason, seat's note or heading, and every
    /// name is kept.
    #[test]
    fn the_report_in_german_and_japanese_has_no_english_left() {
        for o in outcomes() {
            assert!(!o.rounds.is_empty() || o.star.is_some());
            let en = scrutineer_count::text::render(&o);
            for lang in [Lang::De, Lang::Ja] {
                let said = render_in(messages(lang), &o);
                let mut english: Vec<&str> = Vec::new();
                for r in &o.rounds {
                    english.push(&r.note);
                    english.extend(r.actions.iter().map(|a| a.reason.as_str()));
                }
                for s in o.star.iter().flatten() {
                    english.push(&s.note);
                }
                english.extend(o.notes.iter().map(String::as_str));
                for e in english {
                    assert!(!said.contains(e), "{lang:?}: {e}\n{said}");
                }
                for heading in ["Method:", "Elected, in order:", "Round ", "Note:", "Status"] {
                    assert!(
                        !en.contains(heading) || !said.contains(heading),
                        "{lang:?}: {heading}\n{said}"
                    );
                }
                for name in &o.winners {
                    assert!(said.contains(name.as_str()), "{name}");
                }
                assert!(!said.contains("{$"), "{said}");
            }
        }
    }
}
