//! The announcement of a counted term: winners, each nominee's figures,
//! turnout, disqualifications and ties in plain sentences, ready to post
//! (`scrutineer results announce`, the window's "Copy announcement").
//!
//! The same sentences in three forms: Markdown (a forum or a mailing list
//! that renders it), plain text (an email), HTML (a web page; every name is
//! escaped and isolated with `<bdi>`, so a right-to-left name cannot reorder
//! the sentence around it). In Markdown, characters that would format a
//! name are escaped with a backslash.

use crate::model::Tally;
use crate::words::{and_list, count};
use std::fmt::Write as _;
use std::str::FromStr;

/// The form of an announcement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnnounceFormat {
    Markdown,
    Text,
    Html,
}

impl FromStr for AnnounceFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "markdown" | "md" => Ok(AnnounceFormat::Markdown),
            "text" | "txt" => Ok(AnnounceFormat::Text),
            "html" => Ok(AnnounceFormat::Html),
            other => Err(format!(
                "\"{other}\" is not an announcement format: choose markdown, text or html"
            )),
        }
    }
}

/// What a nominee's figure counts, by method (see `CandidateResult::votes`).
fn figure(method: &str, n: &str) -> String {
    let one = n == "1";
    let (a, b) = match method {
        "approval" => ("approval", "approvals"),
        "star" => ("point", "points"),
        "schulze" | "ranked-pairs" | "debian" => ("pairwise win", "pairwise wins"),
        "irv" | "stv-scottish" | "stv-meek" => ("first preference", "first preferences"),
        _ => ("vote", "votes"),
    };
    format!("{n} {}", if one { a } else { b })
}

/// One piece of an announcement: plain words or a name.
enum Piece<'a> {
    Words(String),
    Name(&'a str),
}

struct Out {
    format: AnnounceFormat,
    text: String,
}

impl Out {
    /// Words, escaped for the format: in Markdown only the characters that
    /// format inline text (names may hold any of them).
    fn escape(&self, s: &str) -> String {
        match self.format {
            AnnounceFormat::Text => s.to_string(),
            AnnounceFormat::Html => s
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
                .replace('\'', "&#39;"),
            AnnounceFormat::Markdown => {
                let mut o = String::with_capacity(s.len());
                for c in s.chars() {
                    if "\\`*_[]<>|~".contains(c) {
                        o.push('\\');
                    }
                    o.push(c);
                }
                o
            }
        }
    }

    fn name(&self, n: &str) -> String {
        match self.format {
            AnnounceFormat::Html => format!("<bdi>{}</bdi>", self.escape(n)),
            _ => self.escape(n),
        }
    }

    fn names(&self, ns: &[String]) -> String {
        and_list(&ns.iter().map(|n| self.name(n)).collect::<Vec<_>>())
    }

    fn heading(&mut self, s: &str) {
        let e = self.escape(s);
        let _ = match self.format {
            AnnounceFormat::Markdown => writeln!(self.text, "# {e}\n"),
            AnnounceFormat::Text => writeln!(self.text, "{s}\n{}\n", "=".repeat(s.chars().count())),
            AnnounceFormat::Html => writeln!(self.text, "<h1>{e}</h1>"),
        };
    }

    fn subheading(&mut self, s: &str) {
        let e = self.escape(s);
        let _ = match self.format {
            AnnounceFormat::Markdown => writeln!(self.text, "## {e}\n"),
            AnnounceFormat::Text => writeln!(self.text, "{s}\n{}\n", "-".repeat(s.chars().count())),
            AnnounceFormat::Html => writeln!(self.text, "<h2>{e}</h2>"),
        };
    }

    fn para(&mut self, pieces: &[Piece]) {
        let s = self.join(pieces);
        let _ = match self.format {
            AnnounceFormat::Html => writeln!(self.text, "<p>{s}</p>"),
            _ => writeln!(self.text, "{s}\n"),
        };
    }

    fn join(&self, pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Words(w) => self.escape(w),
                Piece::Name(n) => self.name(n),
            })
            .collect()
    }

    fn list(&mut self, items: &[String]) {
        if items.is_empty() {
            return;
        }
        match self.format {
            AnnounceFormat::Html => {
                self.text.push_str("<ul>\n");
                for i in items {
                    let _ = writeln!(self.text, "<li>{i}</li>");
                }
                self.text.push_str("</ul>\n");
            }
            _ => {
                for i in items {
                    let _ = writeln!(self.text, "- {i}");
                }
                self.text.push('\n');
            }
        }
    }
}

/// The announcement of `t` in `format`.
pub fn announcement(t: &Tally, format: AnnounceFormat) -> String {
    use Piece::{Name, Words};
    let mut o = Out {
        format,
        text: String::new(),
    };
    if format == AnnounceFormat::Html {
        o.text.push_str("<article lang=\"en\">\n");
    }
    let title = if t.organisation.trim().is_empty() {
        format!("Results: {}", t.term)
    } else {
        format!("Results: {}, {}", t.organisation, t.term)
    };
    o.heading(&title);

    // The winners.
    let seats = count(u64::from(t.seats), "seat", "seats");
    let winners = match t.winners.as_slice() {
        [] => "No nominee was elected.".to_string(),
        [one] => format!("{} is elected.", o.name(one)),
        many => format!("{} are elected, in that order.", o.names(many)),
    };
    let method = o.escape(&format!("The count filled {seats} by {}. ", t.method_title));
    let p = format!("{method}{winners}");
    let _ = match format {
        AnnounceFormat::Html => writeln!(o.text, "<p>{p}</p>"),
        _ => writeln!(o.text, "{p}\n"),
    };
    let vacant = (t.seats as usize).saturating_sub(t.winners.len());
    if vacant > 0 {
        o.para(&[Words(format!(
            "{} stay vacant.",
            count(vacant as u64, "seat", "seats")
        ))]);
    }

    // Turnout and quorum.
    let ballots = count(t.ballots, "ballot was", "ballots were");
    let mut turnout = if t.eligible > 0 {
        format!(
            "{ballots} cast by {} (turnout {}).",
            count(t.eligible, "eligible voter", "eligible voters"),
            t.turnout
        )
    } else {
        format!("{ballots} cast.")
    };
    match t.quorum_met {
        Some(true) => turnout.push_str(" The quorum was met."),
        Some(false) => turnout.push_str(" The quorum was not met."),
        None => {}
    }
    o.para(&[Words(turnout)]);

    // Every nominee's figure.
    o.subheading("Figures");
    let mut rows: Vec<_> = t.candidates.iter().collect();
    rows.sort_by_key(|c| (c.rank.unwrap_or(u32::MAX), c.name.clone()));
    let items: Vec<String> = rows
        .iter()
        .map(|c| {
            let place = c.rank.map(|r| format!("{r}. ")).unwrap_or_default();
            o.join(&[
                Words(place),
                Name(&c.name),
                Words(format!(": {}, {}", figure(&t.method, &c.votes), c.status)),
            ])
        })
        .collect();
    o.list(&items);

    // Disqualifications and ties.
    if !t.excluded.is_empty() || !t.tie_breaks.is_empty() {
        o.subheading("Rules applied");
    }
    for e in &t.excluded {
        o.para(&[
            Name(&e.name),
            Words(format!(
                " was disqualified: {}.",
                e.reason.trim_end_matches('.')
            )),
        ]);
    }
    for tb in &t.tie_breaks {
        let rule = if tb.rule.is_empty() {
            "a seeded draw".to_string()
        } else {
            tb.rule.clone()
        };
        let tied = o.names(&tb.tied);
        let order = o.names(&tb.outcome);
        let text = format!(
            "{}{tied} ({}) was decided by {}: {order}, in that order.",
            o.escape("A tie between "),
            o.escape(&tb.context),
            o.escape(&rule)
        );
        let _ = match format {
            AnnounceFormat::Html => writeln!(o.text, "<p>{text}</p>"),
            _ => writeln!(o.text, "{text}\n"),
        };
        if !tb.seed.is_empty() {
            o.para(&[Words(format!(
                "Seed of the draw: {}",
                tb.seed.replace('\n', " / ")
            ))]);
        }
    }
    let withdrawn: Vec<String> = t
        .candidates
        .iter()
        .filter(|c| c.status == "withdrawn")
        .map(|c| c.name.clone())
        .collect();
    if !withdrawn.is_empty() {
        let text = format!("{} withdrew before the count.", o.names(&withdrawn));
        let _ = match format {
            AnnounceFormat::Html => writeln!(o.text, "<p>{text}</p>"),
            _ => writeln!(o.text, "{text}\n"),
        };
    }
    o.para(&[Words(format!(
        "Anyone can check the count: the ballot set's SHA-256 is {}.",
        t.ballot_sha256
    ))]);
    if format == AnnounceFormat::Html {
        o.text.push_str("</article>\n");
    }
    o.text
}

impl crate::Election {
    /// The announcement of a counted term (the stored result, checked
    /// against the file's state like every output).
    pub fn announcement(&self, term: &str, format: AnnounceFormat) -> crate::Result<String> {
        let t = self.verified_result(term)?;
        Ok(announcement(&t, format))
    }

    /// Write the announcement to `out` (through `output`, like every file).
    pub fn export_announcement(
        &self,
        term: &str,
        format: AnnounceFormat,
        out: &std::path::Path,
    ) -> crate::Result<()> {
        let text = self.announcement(term, format)?;
        crate::output::write_atomic(out, &self.kept_files(), text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TallyCandidate;
    use scrutineer_count::{Exclusion, TieBreak};

    fn tally() -> Tally {
        let cand = |name: &str, votes: &str, rank: u32, status: &str| TallyCandidate {
            name: name.into(),
            employer: None,
            votes: votes.into(),
            rank: Some(rank),
            status: status.into(),
        };
        let outcome: scrutineer_count::Outcome = serde_json::from_value(serde_json::json!({
            "method": "approval", "seats": 2, "winners": [], "ranking": null, "candidates": [],
            "rounds": [], "pairwise": null, "star": null, "tie_breaks": [], "excluded": [],
            "ballots": 10, "precision": 0, "notes": []
        }))
        .unwrap();
        Tally {
            term: "2020 term".into(),
            organisation: "PSF".into(),
            method: "approval".into(),
            method_title: "Approval voting (multi-seat block)".into(),
            seats: 2,
            winners: vec!["Stéphane Dupont".into(), "<b>*Bob*</b>".into()],
            excluded: vec![Exclusion {
                name: "Иван Петров".into(),
                reason: "2 winners already work for ACME".into(),
            }],
            tie_breaks: vec![TieBreak {
                context: "the second seat".into(),
                tied: vec!["<b>*Bob*</b>".into(), "אבי כהן".into()],
                seed: "seed\nabc".into(),
                outcome: vec!["<b>*Bob*</b>".into(), "אבי כהן".into()],
                rule: "seeded draw".into(),
                method: None,
                decided_by: None,
                witnessed_by: None,
                undecided: false,
            }],
            ballots: 10,
            eligible: 12,
            turnout: "83.33%".into(),
            quorum_met: Some(true),
            candidates: vec![
                cand("Stéphane Dupont", "9", 1, "elected"),
                cand("<b>*Bob*</b>", "1", 2, "elected"),
                cand("אבי כהן", "8", 2, "not elected"),
                cand("Иван Петров", "8", 3, "disqualified"),
            ],
            ballot_sha256: "ab".repeat(32),
            rules: vec![],
            warnings: vec![],
            counted_at: "2026-11-30T12:00:00Z".into(),
            outcome,
        }
    }

    #[test]
    fn plain_text_reads_as_sentences() {
        let a = announcement(&tally(), AnnounceFormat::Text);
        assert!(a.starts_with("Results: PSF, 2020 term\n"), "{a}");
        for want in [
            "The count filled 2 seats by Approval voting (multi-seat block). Stéphane Dupont and <b>*Bob*</b> are elected, in that order.",
            "10 ballots were cast by 12 eligible voters (turnout 83.33%). The quorum was met.",
            "- 1. Stéphane Dupont: 9 approvals, elected",
            "- 2. <b>*Bob*</b>: 1 approval, elected",
            "Иван Петров was disqualified: 2 winners already work for ACME.",
            "A tie between <b>*Bob*</b> and אבי כהן (the second seat) was decided by seeded draw: <b>*Bob*</b> and אבי כהן, in that order.",
            "Seed of the draw: seed / abc",
        ] {
            assert!(a.contains(want), "missing {want:?} in\n{a}");
        }
        assert!(!a.contains("(s)"), "{a}");
    }

    #[test]
    fn html_escapes_and_isolates_every_name() {
        let a = announcement(&tally(), AnnounceFormat::Html);
        assert!(!a.contains("<b>"), "{a}");
        assert!(a.contains("<bdi>&lt;b&gt;*Bob*&lt;/b&gt;</bdi>"), "{a}");
        assert!(a.contains("<bdi>אבי כהן</bdi>"), "{a}");
        assert!(a.starts_with("<article lang=\"en\">\n<h1>Results: PSF, 2020 term</h1>"));
    }

    #[test]
    fn markdown_escapes_formatting_in_names() {
        let a = announcement(&tally(), AnnounceFormat::Markdown);
        assert!(a.starts_with("# Results: PSF, 2020 term\n"), "{a}");
        assert!(a.contains("\\<b\\>\\*Bob\\*\\</b\\>"), "{a}");
        assert!(!a.contains("<b>"), "{a}");
    }

    #[test]
    fn formats_are_named_in_words() {
        assert_eq!("HTML".parse::<AnnounceFormat>(), Ok(AnnounceFormat::Html));
        assert_eq!(
            "pdf".parse::<AnnounceFormat>().unwrap_err(),
            "\"pdf\" is not an announcement format: choose markdown, text or html"
        );
    }
}
