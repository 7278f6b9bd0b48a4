//! Publishing the candidate list (issue 9): `candidates export`.
//!
//! The candidates are the term's standing nominees (withdrawn ones left
//! out), in nomination order. Statements and endorsements are rendered by
//! `scrutineer_markdown`, the one rendering the window and the booklet use.
//!
//! * **markdown** — ready to paste into a forum post: a heading per
//!   candidate, who nominated and seconded, the statement as written (raw
//!   HTML in it escaped, so it shows as text wherever it is pasted), the
//!   endorsements as quotes.
//! * **html** — a standalone page: the statements rendered and sanitised,
//!   a Content-Security-Policy that allows nothing but the page's own inline
//!   style (by its hash): no script, no remote resource, no form, no frame.
//! * **pdf** — the candidate booklet (`scrutineer_report::booklet`), from
//!   [`Election::candidate_booklet`]: every nominee, a withdrawn one marked.
//! * **helios** — Helios's questions JSON (the `questions` of an election:
//!   `answers`, `answer_urls`, `choice_type` approval, `min`, `max`,
//!   `question`, `result_type`, `short_name`, `tally_type` homomorphic, as
//!   in helios-server's fixtures/election.json). Approval and plurality
//!   terms only (Helios counts approval ballots): `max` is the number of
//!   seats (1 for plurality), `result_type` relative (the top `max` answers
//!   win).
//! * **opavote** — an OpenSTV/OpaVote BLT header: `candidates seats`, the
//!   end-of-ballots `0`, one quoted name per candidate (a `"` doubled), the
//!   quoted title; no ballots.
//! * **bettervoting** — BetterVoting's election JSON (star-server's
//!   `Election`): `title`, one race with `race_id`, `title`, `num_winners`,
//!   `voting_method` (STAR, Approval, Plurality, IRV, STV) and `candidates`
//!   `{candidate_id, candidate_name}`.
//! * **elekto** — into a folder: one `candidate-<id>.md` per candidate (the
//!   header block Elekto's parser reads: a line of 61 dashes, `name:`,
//!   `ID:`, `info:` with `- employer:` (no `info:` without an employer,
//!   as in Elekto's own files), a line of 61 dashes; then the
//!   statement exactly as stored) and `election.yaml` (`name`, `organization`,
//!   `no_winners`, `allow_no_opinion`, `show_candidate_fields`). The ID is
//!   the nominee's handle, else their name in lower-case ASCII letters,
//!   digits and dashes. A statement containing `---` is refused: Elekto
//!   cuts the file at its last `---`.
//! * **csv** — `position,name,email,employer,handle,nominated_by,seconders,
//!   endorsements,accepted_at,statement_words`; a cell starting with `=`,
//!   `+`, `-`, `@`, a tab or a carriage return is written with a `'` before
//!   it, so a spreadsheet never reads it as a formula.

use crate::error::{detail, Error, Result};
use crate::model::{Nominee, Term};
use crate::nominations::{endorsements_of, Endorsement};
use crate::output;
use crate::service::{nominees_in, term_in};
use crate::Election;
use scrutineer_i18n::Msg;
use scrutineer_report::{Booklet, BookletEntry};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::path::Path;

/// An export format of the candidate list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CandidateFormat {
    Markdown,
    Html,
    Pdf,
    Helios,
    Opavote,
    Bettervoting,
    Elekto,
    Csv,
}

impl CandidateFormat {
    pub const ALL: [CandidateFormat; 8] = [
        CandidateFormat::Markdown,
        CandidateFormat::Html,
        CandidateFormat::Pdf,
        CandidateFormat::Helios,
        CandidateFormat::Opavote,
        CandidateFormat::Bettervoting,
        CandidateFormat::Elekto,
        CandidateFormat::Csv,
    ];

    pub fn name(self) -> &'static str {
        match self {
            CandidateFormat::Markdown => "markdown",
            CandidateFormat::Html => "html",
            CandidateFormat::Pdf => "pdf",
            CandidateFormat::Helios => "helios",
            CandidateFormat::Opavote => "opavote",
            CandidateFormat::Bettervoting => "bettervoting",
            CandidateFormat::Elekto => "elekto",
            CandidateFormat::Csv => "csv",
        }
    }
}

impl std::str::FromStr for CandidateFormat {
    /// Refused as a message (`err-candidate-format`).
    type Err = Msg;
    fn from_str(s: &str) -> std::result::Result<Self, Msg> {
        let k = s.trim().to_ascii_lowercase();
        CandidateFormat::ALL
            .into_iter()
            .find(|f| {
                f.name() == k
                    || (k == "md" && *f == CandidateFormat::Markdown)
                    || (k == "blt" && *f == CandidateFormat::Opavote)
            })
            .ok_or_else(|| {
                Msg::new("err-candidate-format")
                    .arg("given", s.trim())
                    .arg("formats", CandidateFormat::ALL.map(|f| f.name()).join(", "))
            })
    }
}

/// A candidate with the endorsements.
#[derive(Clone, Debug)]
pub struct Candidate {
    pub nominee: Nominee,
    pub endorsements: Vec<Endorsement>,
}

impl Candidate {
    /// Who nominated, in words: "Self-nominated", the member's name (and
    /// email), or as given.
    pub fn nominated_by(&self) -> Option<String> {
        let n = &self.nominee;
        match (n.nominated_by.as_deref(), n.nominator_name.as_deref()) {
            (Some("self"), _) => Some("Self-nominated".into()),
            (Some(_), Some(name)) => Some(name.to_string()),
            (Some(by), None) => Some(by.to_string()),
            (None, _) => None,
        }
    }

    pub fn seconders(&self) -> Vec<String> {
        self.endorsements
            .iter()
            .filter(|e| e.seconder)
            .map(|e| e.name.clone())
            .collect()
    }

    /// Endorsements given after the nomination (with or without a text),
    /// and seconders who wrote a text.
    pub fn endorsements_with_text(&self) -> Vec<&Endorsement> {
        self.endorsements
            .iter()
            .filter(|e| !e.seconder || e.text.is_some())
            .collect()
    }
}

fn candidates_of(e: &Election, t: &Term) -> Result<Vec<Candidate>> {
    nominees_in(e.conn(), t.id)?
        .into_iter()
        .filter(|n| !n.withdrawn)
        .map(|n| {
            Ok(Candidate {
                endorsements: endorsements_of(e.conn(), n.id)?,
                nominee: n,
            })
        })
        .collect()
}

impl Election {
    /// The standing nominees with their endorsements, in nomination order.
    pub fn candidates(&self, term: &str) -> Result<Vec<Candidate>> {
        let t = term_in(self.conn(), term)?;
        candidates_of(self, &t)
    }

    /// The booklet's content: one section per nominee in nomination order
    /// (a withdrawn nominee's marked as withdrawn), statements and
    /// endorsements as Markdown blocks (`scrutineer_markdown::to_blocks`).
    pub fn candidate_booklet(&self, term: &str) -> Result<Booklet> {
        let t = term_in(self.conn(), term)?;
        let m = scrutineer_i18n::messages(t.language);
        let entries = nominees_in(self.conn(), t.id)?
            .into_iter()
            .map(|n| {
                let c = Candidate {
                    endorsements: endorsements_of(self.conn(), n.id)?,
                    nominee: n,
                };
                Ok(BookletEntry {
                    name: c.nominee.name.clone(),
                    affiliation: c.nominee.employer.clone(),
                    handle: c.nominee.handle.clone(),
                    nominated_by: match c.nominee.nominated_by.as_deref() {
                        Some("self") => Some(m.text("booklet-self-nominated")),
                        _ => c.nominated_by(),
                    },
                    seconders: c.seconders(),
                    endorsements: c
                        .endorsements_with_text()
                        .iter()
                        .map(|e| {
                            (
                                e.name.clone(),
                                scrutineer_markdown::to_blocks(e.text.as_deref().unwrap_or("")),
                            )
                        })
                        .collect(),
                    statement: scrutineer_markdown::to_blocks(
                        c.nominee.statement.as_deref().unwrap_or(""),
                    ),
                    withdrawn: c.nominee.withdrawn,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Booklet {
            title: m.get("booklet-doc-title", &[("term", t.name.as_str().into())]),
            organisation: t.organisation.clone(),
            term: t.name.clone(),
            generated: m.date(&crate::clock::today()),
            entries,
            language: t.language,
        })
    }

    /// The candidate list in `format`, as bytes (every format but `elekto`,
    /// which is a folder: see [`Election::export_candidates`]).
    pub fn candidates_document(&self, term: &str, format: CandidateFormat) -> Result<Vec<u8>> {
        let t = term_in(self.conn(), term)?;
        let cands = candidates_of(self, &t)?;
        Ok(match format {
            CandidateFormat::Markdown => markdown(&t, &cands).into_bytes(),
            CandidateFormat::Html => html_page(&t, &cands).into_bytes(),
            CandidateFormat::Helios => helios(&t, &cands)?.into_bytes(),
            CandidateFormat::Opavote => blt(&t, &cands).into_bytes(),
            CandidateFormat::Bettervoting => bettervoting(&t, &cands)?.into_bytes(),
            CandidateFormat::Csv => csv_list(&cands)?.into_bytes(),
            CandidateFormat::Pdf => self.booklet_pdf(term)?,
            CandidateFormat::Elekto => {
                return Err(Error::invalid(Msg::new("err-elekto-is-folder")))
            }
        })
    }

    /// Write the candidate list in `format` to `out` (a folder for
    /// `elekto`), through the output guards. Returns the files written.
    pub fn export_candidates(
        &self,
        term: &str,
        format: CandidateFormat,
        out: &Path,
    ) -> Result<Vec<String>> {
        if format != CandidateFormat::Elekto {
            let bytes = self.candidates_document(term, format)?;
            output::write_atomic(out, &self.kept_files(), &bytes)?;
            return Ok(vec![out.display().to_string()]);
        }
        let t = term_in(self.conn(), term)?;
        let cands = candidates_of(self, &t)?;
        let files = elekto_files(&t, &cands)?;
        if out.exists() && !out.is_dir() {
            return Err(Error::invalid(
                Msg::new("err-elekto-out-is-file").arg("path", out.display().to_string()),
            ));
        }
        if out.is_dir() {
            let ours: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
            let entries = std::fs::read_dir(out).map_err(|e| Error::io(out, e))?;
            for e in entries {
                let e = e.map_err(|e| Error::io(out, e))?;
                let n = e.file_name().to_string_lossy().into_owned();
                if n.starts_with("candidate-") && n.ends_with(".md") && !ours.contains(&n.as_str())
                {
                    return Err(Error::invalid(
                        Msg::new("err-elekto-folder-not-empty")
                            .arg("path", out.display().to_string())
                            .arg("file", n.to_string()),
                    ));
                }
            }
        } else {
            std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
        }
        let kept = self.kept_files();
        let mut written = Vec::new();
        for (name, text) in &files {
            let p = out.join(name);
            output::write_atomic(&p, &kept, text.as_bytes())?;
            written.push(p.display().to_string());
        }
        Ok(written)
    }

    /// The candidate booklet (PDF), laid out by `scrutineer_report`'s
    /// booklet with the certificate's fonts.
    pub fn booklet_pdf(&self, term: &str) -> Result<Vec<u8>> {
        let b = self.candidate_booklet(term)?;
        scrutineer_report::booklet(&b).map_err(|e| {
            Error::new(
                crate::error::ErrorCode::Io,
                Msg::new("err-make-booklet").arg("detail", e.to_string()),
            )
        })
    }
}

// ---- Markdown ---------------------------------------------------------------

/// Text shown literally in Markdown: the characters that start markup
/// escaped with a backslash.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '<'
                | '>'
                | '('
                | ')'
                | '#'
                | '+'
                | '-'
                | '.'
                | '!'
                | '|'
                | '~'
                | '&'
                | ':'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn meta_line(c: &Candidate, esc: impl Fn(&str) -> String) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(e) = &c.nominee.employer {
        parts.push(format!("Affiliation: {}", esc(e)));
    }
    if let Some(h) = &c.nominee.handle {
        parts.push(format!("Handle: {}", esc(h)));
    }
    if let Some(n) = c.nominated_by() {
        parts.push(if n == "Self-nominated" {
            n
        } else {
            format!("Nominated by: {}", esc(&n))
        });
    }
    let s = c.seconders();
    if !s.is_empty() {
        parts.push(format!(
            "Seconded by: {}",
            s.iter().map(|x| esc(x)).collect::<Vec<_>>().join(", ")
        ));
    }
    parts
}

fn markdown(t: &Term, cands: &[Candidate]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Candidates: {}\n", md_escape(&t.name));
    if !t.organisation.is_empty() {
        let _ = writeln!(out, "{}\n", md_escape(&t.organisation));
    }
    let _ = writeln!(
        out,
        "{} for {}, in the order of nomination.\n",
        crate::words::count(cands.len() as u64, "candidate", "candidates"),
        crate::words::count(u64::from(t.seats), "seat", "seats")
    );
    for c in cands {
        let _ = writeln!(out, "---\n\n## {}\n", md_escape(&c.nominee.name));
        let meta = meta_line(c, md_escape);
        if !meta.is_empty() {
            let _ = writeln!(out, "*{}*\n", meta.join(" · "));
        }
        if let Some(s) = &c.nominee.statement {
            let body = scrutineer_markdown::escape_raw_html(s);
            let _ = writeln!(out, "{}\n", body.trim_end());
        }
        let endorsements = c.endorsements_with_text();
        if !endorsements.is_empty() {
            let _ = writeln!(out, "### Endorsements\n");
            for e in endorsements {
                let _ = writeln!(out, "> **{}**", md_escape(&e.name));
                if let Some(text) = &e.text {
                    let _ = writeln!(out, ">");
                    for line in scrutineer_markdown::escape_raw_html(text)
                        .trim_end()
                        .lines()
                    {
                        if line.is_empty() {
                            let _ = writeln!(out, ">");
                        } else {
                            let _ = writeln!(out, "> {line}");
                        }
                    }
                }
                let _ = writeln!(out);
            }
        }
    }
    out
}

// ---- HTML -------------------------------------------------------------------

/// Text for HTML: `&`, `<`, `>`, `"` and `'` escaped.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans',sans-serif;line-height:1.55;color:#1a1a1a;background:#fff;max-width:46em;margin:2em auto;padding:0 1em}\
h1{font-size:1.8em;margin-bottom:.2em}\
section{border-top:1px solid #ccc;margin-top:2em;padding-top:1em}\
section>h2{font-size:1.5em;margin:.2em 0}\
.meta{color:#555;margin:.2em 0 1em}\
.statement h1{font-size:1.3em}.statement h2{font-size:1.2em}.statement h3,.statement h4,.statement h5,.statement h6{font-size:1.05em}\
blockquote{border-left:4px solid #ddd;margin:1em 0;padding:0 1em;color:#333}\
pre{background:#f5f5f5;padding:.8em;overflow-x:auto}code{background:#f5f5f5;padding:0 .2em}\
a{color:#0645ad}nav ol{padding-left:1.5em}\
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}.meta{color:#aaa}blockquote{border-color:#444;color:#ccc}pre,code{background:#222}a{color:#8ab4f8}}";

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The page's Content-Security-Policy: nothing but its own inline style.
pub fn html_csp() -> String {
    format!(
        "default-src 'none'; style-src 'sha256-{}'; img-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'",
        base64(&Sha256::digest(STYLE.as_bytes()))
    )
}

fn html_page(t: &Term, cands: &[Candidate]) -> String {
    let title = format!("Candidates: {}", t.name);
    let mut body = String::new();
    let _ = writeln!(body, "<h1>{}</h1>", html_escape(&title));
    if !t.organisation.is_empty() {
        let _ = writeln!(
            body,
            "<p class=\"meta\">{}</p>",
            html_escape(&t.organisation)
        );
    }
    let _ = writeln!(
        body,
        "<p>{} for {}, in the order of nomination.</p>\n<nav><ol>",
        crate::words::count(cands.len() as u64, "candidate", "candidates"),
        crate::words::count(u64::from(t.seats), "seat", "seats")
    );
    for (i, c) in cands.iter().enumerate() {
        let _ = writeln!(
            body,
            "<li><a href=\"#candidate-{}\">{}</a></li>",
            i + 1,
            html_escape(&c.nominee.name)
        );
    }
    let _ = writeln!(body, "</ol></nav>");
    for (i, c) in cands.iter().enumerate() {
        let _ = writeln!(body, "<section id=\"candidate-{}\">", i + 1);
        let _ = writeln!(body, "<h2>{}</h2>", html_escape(&c.nominee.name));
        let meta = meta_line(c, html_escape);
        if !meta.is_empty() {
            let _ = writeln!(body, "<p class=\"meta\">{}</p>", meta.join(" · "));
        }
        if let Some(s) = &c.nominee.statement {
            let _ = writeln!(
                body,
                "<div class=\"statement\">\n{}</div>",
                scrutineer_markdown::to_html(s)
            );
        }
        let endorsements = c.endorsements_with_text();
        if !endorsements.is_empty() {
            let _ = writeln!(body, "<h3>Endorsements</h3>");
            for e in endorsements {
                let _ = writeln!(
                    body,
                    "<blockquote><p><strong>{}</strong></p>{}</blockquote>",
                    html_escape(&e.name),
                    e.text
                        .as_deref()
                        .map(scrutineer_markdown::to_html)
                        .unwrap_or_default()
                );
            }
        }
        let _ = writeln!(body, "</section>");
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        html_csp(),
        html_escape(&title)
    )
}

// ---- voting services ----------------------------------------------------------

fn names(cands: &[Candidate]) -> Vec<&str> {
    cands.iter().map(|c| c.nominee.name.as_str()).collect()
}

fn helios(t: &Term, cands: &[Candidate]) -> Result<String> {
    let max = match t.method.as_str() {
        "approval" => t.seats,
        "plurality" => 1,
        m => {
            return Err(Error::invalid(
                Msg::new("err-helios-approval-only")
                    .arg("term", t.name.as_str())
                    .arg("method", m.to_string()),
            ))
        }
    };
    let q = serde_json::json!([{
        "answer_urls": cands.iter().map(|_| serde_json::Value::Null).collect::<Vec<_>>(),
        "answers": names(cands),
        "choice_type": "approval",
        "max": max,
        "min": 0,
        "question": t.name,
        "result_type": "relative",
        "short_name": t.name,
        "tally_type": "homomorphic",
    }]);
    let mut s = serde_json::to_string_pretty(&q).map_err(|e| Error::invalid(detail(e)))?;
    s.push('\n');
    Ok(s)
}

fn blt_quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn blt(t: &Term, cands: &[Candidate]) -> String {
    let mut out = format!("{} {}\n0\n", cands.len(), t.seats);
    for n in names(cands) {
        out.push_str(&blt_quote(n));
        out.push('\n');
    }
    out.push_str(&blt_quote(&t.name));
    out.push('\n');
    out
}

fn bettervoting(t: &Term, cands: &[Candidate]) -> Result<String> {
    let method = match t.method.as_str() {
        "star" => "STAR",
        "approval" => "Approval",
        "plurality" => "Plurality",
        "irv" => "IRV",
        "stv-scottish" | "stv-meek" => "STV",
        m => {
            return Err(Error::invalid(
                Msg::new("err-bettervoting-method")
                    .arg("term", t.name.as_str())
                    .arg("method", m.to_string()),
            ))
        }
    };
    let v = serde_json::json!({
        "title": t.name,
        "races": [{
            "race_id": "1",
            "title": t.name,
            "num_winners": t.seats,
            "voting_method": method,
            "candidates": cands.iter().enumerate().map(|(i, c)| serde_json::json!({
                "candidate_id": (i + 1).to_string(),
                "candidate_name": c.nominee.name,
            })).collect::<Vec<_>>(),
        }],
    });
    let mut s = serde_json::to_string_pretty(&v).map_err(|e| Error::invalid(detail(e)))?;
    s.push('\n');
    Ok(s)
}

// ---- Elekto -----------------------------------------------------------------

const DASHES: &str = "-------------------------------------------------------------";

/// A YAML scalar: plain when it reads back as itself, else double-quoted.
fn yaml_scalar(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || " .,()&/_+-".contains(c))
        && !s.starts_with(['-', ' ', '.', ',', '&'])
        && !s.ends_with(' ')
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "~"
        )
        && s.parse::<f64>().is_err();
    if plain {
        s.to_string()
    } else {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// An Elekto candidate ID: the handle, else the name in lower-case ASCII
/// letters, digits and dashes.
fn elekto_id(n: &Nominee) -> String {
    if let Some(h) = n.handle.as_deref().filter(|h| {
        h.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    }) {
        return h.to_string();
    }
    let mut id = String::new();
    for c in n.name.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() {
        format!("candidate{}", n.id)
    } else {
        id
    }
}

fn elekto_files(t: &Term, cands: &[Candidate]) -> Result<Vec<(String, String)>> {
    // Elekto reads a candidate file by cutting it at the last `---`
    // (elekto/models/utils.py: the header up to `rfind`, the statement
    // after `split(...)[-1]`), so a `---` in a statement would cut it short
    // and fold its start into the header: such a statement is refused, not
    // changed.
    let cut: Vec<&str> = cands
        .iter()
        .filter(|c| {
            c.nominee
                .statement
                .as_deref()
                .is_some_and(|s| s.contains("---"))
        })
        .map(|c| c.nominee.name.as_str())
        .collect();
    if !cut.is_empty() {
        return Err(Error::invalid(
            Msg::new("err-elekto-rule-in-statement").arg("names", cut.join(", ")),
        ));
    }
    let mut files = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for c in cands {
        let mut id = elekto_id(&c.nominee);
        let mut k = 2;
        while ids.iter().any(|x| x.eq_ignore_ascii_case(&id)) {
            id = format!("{}-{k}", elekto_id(&c.nominee));
            k += 1;
        }
        ids.push(id.clone());
        let mut text = format!(
            "{DASHES}\nname: {}\nID: {}\n",
            yaml_scalar(&c.nominee.name),
            yaml_scalar(&id)
        );
        // Without an employer, no `info:` block (as Elekto's own files).
        if let Some(employer) = &c.nominee.employer {
            let _ = writeln!(text, "info:\n  - employer: {}", yaml_scalar(employer));
        }
        text.push_str(DASHES);
        text.push('\n');
        // The statement exactly as stored, right after the header block,
        // so the file reads back to the same statement.
        text.push_str(c.nominee.statement.as_deref().unwrap_or(""));
        files.push((format!("candidate-{id}.md"), text));
    }
    let mut y = String::new();
    let _ = writeln!(y, "name: {}", yaml_scalar(&t.name));
    if !t.organisation.is_empty() {
        let _ = writeln!(y, "organization: {}", yaml_scalar(&t.organisation));
    }
    let _ = writeln!(y, "no_winners: {}", t.seats);
    let _ = writeln!(y, "allow_no_opinion: True");
    let _ = writeln!(y, "show_candidate_fields:\n  - employer");
    files.push(("election.yaml".to_string(), y));
    Ok(files)
}

// ---- CSV --------------------------------------------------------------------

/// A spreadsheet cell that is never a formula: a leading `=`, `+`, `-`,
/// `@`, tab or carriage return gets a `'` before it (OWASP's CSV injection
/// advice).
pub fn csv_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn csv_list(cands: &[Candidate]) -> Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| Error::invalid(Msg::new("err-write-csv").arg("detail", e.to_string()));
    w.write_record([
        "position",
        "name",
        "email",
        "employer",
        "handle",
        "nominated_by",
        "seconders",
        "endorsements",
        "accepted_at",
        "statement_words",
    ])
    .map_err(io)?;
    for (i, c) in cands.iter().enumerate() {
        let n = &c.nominee;
        let endorsers: Vec<String> = c
            .endorsements
            .iter()
            .filter(|e| !e.seconder)
            .map(|e| e.name.clone())
            .collect();
        let row = [
            (i + 1).to_string(),
            n.name.clone(),
            n.email.clone().unwrap_or_default(),
            n.employer.clone().unwrap_or_default(),
            n.handle.clone().unwrap_or_default(),
            c.nominated_by().unwrap_or_default(),
            c.seconders().join("; "),
            endorsers.join("; "),
            n.accepted_at.clone().unwrap_or_default(),
            scrutineer_markdown::word_count(n.statement.as_deref().unwrap_or("")).to_string(),
        ];
        w.write_record(row.iter().map(|s| csv_cell(s)))
            .map_err(io)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| Error::invalid(Msg::new("err-write-csv").arg("detail", e.to_string())))?;
    String::from_utf8(bytes).map_err(|e| Error::invalid(detail(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_known() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn csv_cells() {
        for (s, want) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Ann", "Ann"),
            ("", ""),
        ] {
            assert_eq!(csv_cell(s), want);
        }
    }

    #[test]
    fn yaml_scalars() {
        assert_eq!(yaml_scalar("Arnaud Meukam"), "Arnaud Meukam");
        assert_eq!(yaml_scalar("Red Hat"), "Red Hat");
        assert_eq!(yaml_scalar("a: b"), "\"a: b\"");
        assert_eq!(yaml_scalar("Zoë \"Z\" #1"), "\"Zoë \\\"Z\\\" #1\"");
        assert_eq!(yaml_scalar("true"), "\"true\"");
        assert_eq!(yaml_scalar("2024"), "\"2024\"");
        assert_eq!(yaml_scalar("- x"), "\"- x\"");
    }

    #[test]
    fn formats_parse() {
        for f in CandidateFormat::ALL {
            assert_eq!(f.name().parse::<CandidateFormat>().unwrap(), f);
        }
        assert!("docx"
            .parse::<CandidateFormat>()
            .unwrap_err()
            .render(scrutineer_i18n::Lang::En)
            .contains("markdown, html, pdf"));
    }
}
