//! The announcement of a counted term: winners, each nominee's figures,
//! turnout, disqualifications and ties in plain sentences, ready to post
//! (`scrutineer results announce`, the window's "Copy announcement").
//!
//! The same sentences in three forms: Markdown (a forum or a mailing list
//! that renders it), plain text (an email), HTML (a web page; every name is
//! escaped and isolated with `<bdi>`, so a right-to-left name cannot reorder
//! the sentence around it). In Markdown, characters that would format a
//! name are escaped with a backslash.

use crate::model::{Lang, Tally};
use scrutineer_i18n::{messages, FluentValue, Messages};
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
    /// Refused as a message (`err-announce-format`).
    type Err = scrutineer_i18n::Msg;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "markdown" | "md" => Ok(AnnounceFormat::Markdown),
            "text" | "txt" => Ok(AnnounceFormat::Text),
            "html" => Ok(AnnounceFormat::Html),
            other => Err(scrutineer_i18n::Msg::new("err-announce-format").arg("given", other)),
        }
    }
}

/// What a nominee's figure counts, by method (see `CandidateResult::votes`),
/// with the figure in the language's form.
fn figure(m: &Messages, method: &str, n: &str) -> String {
    let id = match method {
        "approval" => "figure-approval",
        "star" => "figure-star",
        "schulze" | "ranked-pairs" | "debian" => "figure-pairwise",
        "irv" | "stv-scottish" | "stv-meek" => "figure-first-preference",
        _ => "figure-vote",
    };
    // The plural follows the figure ("1 vote", "1.5 votes").
    let count: FluentValue<'_> = match n.trim().parse::<i64>() {
        Ok(k) => k.into(),
        Err(_) => "many".into(),
    };
    m.get(id, &[("count", count), ("n", m.decimal(n).into())])
}

struct Out {
    format: AnnounceFormat,
    text: String,
    m: &'static Messages,
}

/// Stand-ins for names inside a message while its words are escaped
/// (private-use characters: no escaping touches them, no name holds them
/// after `fields` validation... and if one did, it is only put back).
const NAME_OPEN: char = '\u{F0000}';
const NAME_CLOSE: char = '\u{F0001}';

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
        crate::results_csv::and_list(self.m, &ns.iter().map(|n| self.name(n)).collect::<Vec<_>>())
    }

    /// Message `id` with its words escaped for the format and `names`
    /// (already shown with [`Out::name`] or [`Out::names`]) put in as they
    /// are.
    fn sentence(
        &self,
        id: &str,
        words: &[(&str, FluentValue<'_>)],
        names: &[(&str, String)],
    ) -> String {
        let mut args: Vec<(&str, FluentValue<'_>)> = words.to_vec();
        for (i, (k, _)) in names.iter().enumerate() {
            args.push((k, format!("{NAME_OPEN}{i}{NAME_CLOSE}").into()));
        }
        let mut out = self.escape(&self.m.get(id, &args));
        for (i, (_, shown)) in names.iter().enumerate() {
            out = out.replace(&format!("{NAME_OPEN}{i}{NAME_CLOSE}"), shown);
        }
        out
    }

    fn line(&mut self, s: &str) {
        let _ = match self.format {
            AnnounceFormat::Html => writeln!(self.text, "<p>{s}</p>"),
            _ => writeln!(self.text, "{s}\n"),
        };
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

    /// A paragraph of plain words (no names), escaped for the format.
    fn para(&mut self, words: &str) {
        let s = self.escape(words);
        let _ = match self.format {
            AnnounceFormat::Html => writeln!(self.text, "<p>{s}</p>"),
            _ => writeln!(self.text, "{s}\n"),
        };
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

/// The announcement of `t` in `format`, in English.
pub fn announcement(t: &Tally, format: AnnounceFormat) -> String {
    announcement_in(t, format, Lang::En)
}

/// The announcement of `t` in `format` and `lang`: every sentence from
/// `locales/<lang>/documents.ftl`, the count's words written again in it
/// (`export::SENTENCES`), figures with the language's separators.
pub fn announcement_in(t: &Tally, format: AnnounceFormat, lang: Lang) -> String {
    let m = messages(lang);
    let mut o = Out {
        format,
        text: String::new(),
        m,
    };
    if format == AnnounceFormat::Html {
        let _ = writeln!(o.text, "<article lang=\"{}\">", lang.code());
    }
    let title = if t.organisation.trim().is_empty() {
        m.get("announce-title", &[("term", t.term.as_str().into())])
    } else {
        m.get(
            "announce-title-org",
            &[
                ("org", t.organisation.as_str().into()),
                ("term", t.term.as_str().into()),
            ],
        )
    };
    o.heading(&title);

    // The winners.
    let winners = match t.winners.as_slice() {
        [] => o.sentence("announce-none-elected", &[], &[]),
        [one] => o.sentence("announce-one-elected", &[], &[("name", o.name(one))]),
        many => o.sentence("announce-many-elected", &[], &[("names", o.names(many))]),
    };
    let method = o.sentence(
        "announce-method",
        &[
            ("seats", t.seats.into()),
            ("method", crate::export::method_in(m, t).into()),
        ],
        &[],
    );
    o.line(&o.sentence(
        "announce-sentences",
        &[],
        &[("first", method), ("second", winners)],
    ));
    let vacant = (t.seats as usize).saturating_sub(t.winners.len());
    if vacant > 0 {
        let v = o.sentence("announce-vacant", &[("n", vacant.into())], &[]);
        o.line(&v);
    }

    // Turnout and quorum.
    let mut turnout = if t.eligible > 0 {
        o.sentence(
            "announce-ballots-turnout",
            &[
                ("ballots", t.ballots.into()),
                ("eligible", t.eligible.into()),
                ("turnout", crate::export::turnout_in(m, t).into()),
            ],
            &[],
        )
    } else {
        o.sentence("announce-ballots", &[("ballots", t.ballots.into())], &[])
    };
    let quorum = match t.quorum_met {
        Some(true) => Some("announce-quorum-met"),
        Some(false) => Some("announce-quorum-not-met"),
        None => None,
    };
    if let Some(id) = quorum {
        let q = o.sentence(id, &[], &[]);
        turnout = o.sentence(
            "announce-sentences",
            &[],
            &[("first", turnout), ("second", q)],
        );
    }
    o.line(&turnout);

    // Every nominee's figure.
    o.subheading(&m.text("announce-figures"));
    let mut rows: Vec<_> = t.candidates.iter().collect();
    rows.sort_by_key(|c| (c.rank.unwrap_or(u32::MAX), c.name.clone()));
    let items: Vec<String> = rows
        .iter()
        .map(|c| {
            let place = c.rank.map(|r| format!("{r}. ")).unwrap_or_default();
            let line = o.sentence(
                "announce-figure-line",
                &[
                    ("figure", figure(m, &t.method, &c.votes).into()),
                    ("status", crate::export::status_in(m, &c.status).into()),
                ],
                &[("name", o.name(&c.name))],
            );
            format!("{}{line}", o.escape(&place))
        })
        .collect();
    o.list(&items);

    // Disqualifications and ties.
    if !t.excluded.is_empty() || !t.tie_breaks.is_empty() {
        o.subheading(&m.text("announce-rules-applied"));
    }
    for e in &t.excluded {
        let reason = crate::export::exclusion_in(m, e);
        let text = o.sentence(
            "announce-disqualified",
            &[("reason", reason.trim_end_matches('.').to_string().into())],
            &[("name", o.name(&e.name))],
        );
        o.line(&text);
    }
    for tb in &t.tie_breaks {
        let rule = if tb.rule.is_empty() {
            m.text("announce-seeded-draw")
        } else {
            crate::export::tie_rule_in(m, tb)
        };
        let text = o.sentence(
            "announce-tie",
            &[
                ("context", crate::export::tie_context_in(m, tb).into()),
                ("rule", rule.into()),
            ],
            &[("tied", o.names(&tb.tied)), ("order", o.names(&tb.outcome))],
        );
        o.line(&text);
        if !tb.seed.is_empty() {
            o.para(&m.get(
                "announce-seed",
                &[("seed", tb.seed.replace('\n', " / ").into())],
            ));
        }
    }
    let withdrawn: Vec<String> = t
        .candidates
        .iter()
        .filter(|c| c.status == "withdrawn")
        .map(|c| c.name.clone())
        .collect();
    if !withdrawn.is_empty() {
        let text = o.sentence("announce-withdrew", &[], &[("names", o.names(&withdrawn))]);
        o.line(&text);
    }
    o.para(&m.get(
        "announce-check",
        &[("sha", t.ballot_sha256.as_str().into())],
    ));
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
        let lang = self.term(term)?.language;
        Ok(announcement_in(&t, format, lang))
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
                reason_event: None,
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
                context_event: None,
                rule_event: None,
            }],
            ballots: 10,
            eligible: 12,
            turnout: Some("83.33%".into()),
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
            rule_events: vec![],
            warning_events: vec![],
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
            "pdf"
                .parse::<AnnounceFormat>()
                .unwrap_err()
                .render(scrutineer_i18n::Lang::En),
            "\"pdf\" is not an announcement format: choose markdown, text or html"
        );
    }
}
