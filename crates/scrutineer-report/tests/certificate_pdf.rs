//! End-to-end checks of the certificate PDF with poppler's `pdftotext` and
//! `pdfinfo`. These tools are required: if they are missing the tests fail
//! (they do not skip), because an unchecked PDF is not a tested PDF.

mod common;
use common::{attr, page_count, poppler, text_of, write_pdf_in};
use std::path::PathBuf;

use scrutineer_report::{certificate_pdf, Certificate, CertificateRow, CertificateTieBreak};

const HASH: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

const NAMES: [&str; 7] = [
    "Stéphane",
    "Łukasz",
    "Ξένια",
    "Иван",
    "稲田直哉",
    // Right-to-left scripts: drawn in visual order (Arabic joined), and
    // still copied out in logical order.
    "דוד לוי",
    "محمد عبد الله",
];

fn sample(candidates: usize) -> Certificate {
    let employers = ["Acme Corp", "Globex", "", "Initech", "株式会社テスト"];
    let mut rows: Vec<CertificateRow> = Vec::new();
    for i in 0..candidates {
        let name = match NAMES.get(i) {
            Some(n) => format!("{n} Candidate{i}"),
            None => format!("Candidate Number {i}"),
        };
        rows.push(CertificateRow {
            rank: Some(i + 1),
            name,
            employer: employers[i % employers.len()].to_string(),
            votes: (1000 - i * 7).to_string(),
            status: if i < 3 { "Elected" } else { "Not elected" }.to_string(),
        });
    }
    let winners: Vec<String> = rows.iter().take(3).map(|r| r.name.clone()).collect();
    Certificate {
        organisation: "Python Software Foundation".into(),
        term: "2020 term".into(),
        method: "Approval voting (multi-seat block)".into(),
        rules: vec![
            "3 seats".into(),
            "At most 2 winners per employer".into(),
            "Tie-break seed: published before the count".into(),
        ],
        eligible: 1234,
        ballots: 771,
        turnout: "62.5%".into(),
        candidates: rows,
        winners,
        exclusions: vec![(
            "Withdrawn Person".into(),
            "Withdrew before the count opened".into(),
        )],
        tie_breaks: vec![CertificateTieBreak {
            context: "Last seat".into(),
            tied: vec!["Alpha Tie".into(), "Beta Tie".into()],
            seed: "line-one-of-seed\nline-two-of-seed".into(),
            outcome: vec!["Beta Tie".into(), "Alpha Tie".into()],
            ballot_sha256: String::new(),
        }],
        notes: vec!["Counted twice; both counts agreed.".into()],
        ballot_sha256: HASH.into(),
        date: "2026-11-24".into(),
        generated_by: "Scrutineer 0.1.0".into(),
        ..Certificate::default()
    }
}

fn write_pdf(c: &Certificate, name: &str) -> (Vec<u8>, PathBuf) {
    write_pdf_in("certificates", name, certificate_pdf(c))
}

#[test]
fn names_in_every_script_hash_winners_and_signatures_are_extractable() {
    let c = sample(9);
    let (bytes, path) = write_pdf(&c, "cert.pdf");
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF header");
    assert!(
        bytes.len() < 400_000,
        "fonts should be subset; the PDF is {} bytes",
        bytes.len()
    );
    let text = text_of(&path);
    for name in NAMES {
        assert!(
            text.contains(name),
            "{name} missing from extracted text:\n{text}"
        );
    }
    for needle in [
        "Certificate of results",
        "Python Software Foundation",
        "2020 term",
        "Approval voting (multi-seat block)",
        "At most 2 winners per employer",
        "1,234",
        "771",
        "62.5%",
        "株式会社テスト",
        "Withdrew before the count opened",
        "line-one-of-seed",
        "line-two-of-seed",
        "Counted twice; both counts agreed.",
        HASH,
        "2026-11-24",
        "Scrutineer 0.1.0",
        "Returns officer",
        "Witness",
    ] {
        assert!(
            text.contains(needle),
            "{needle:?} missing from extracted text:\n{text}"
        );
    }
    // Winners are listed in order of election.
    let section = match text.find("Elected, in order of election") {
        Some(at) => &text[at..],
        None => panic!("no winners section in:\n{text}"),
    };
    let mut last = 0;
    for (i, w) in c.winners.iter().enumerate() {
        let entry = format!("{}. {}", i + 1, w);
        let Some(at) = section.find(&entry) else {
            panic!("winner {entry:?} missing from the winners list:\n{section}")
        };
        assert!(at >= last, "winner {entry:?} out of order");
        last = at;
    }
    let pages = page_count(&path);
    assert!(text.contains(&format!("Page 1 of {pages}")));
}

#[test]
fn sixty_candidates_flow_onto_further_pages_with_page_numbers() {
    let c = sample(60);
    let (bytes, path) = write_pdf(&c, "cert60.pdf");
    assert!(bytes.starts_with(b"%PDF-"));
    let pages = page_count(&path);
    assert!(pages >= 2, "60 candidates fit on {pages} page(s)");
    let text = text_of(&path);
    for i in 1..=pages {
        let label = format!("Page {i} of {pages}");
        assert!(text.contains(&label), "{label:?} missing");
    }
    assert!(text.contains("Candidates (continued)"));
    // Every candidate made it into the table, across the page break.
    for r in &c.candidates {
        // Mixed left-to-right/right-to-left names come out in visual
        // order, so check each word; the numbered rows must be whole.
        for word in r.name.split_whitespace() {
            assert!(text.contains(word), "{word} of {} missing", r.name);
        }
        if r.name.starts_with("Candidate Number") {
            assert!(text.contains(&r.name), "{} missing", r.name);
        }
    }
    // The signature block is on the last page.
    let last_page = match text.split('\u{c}').rfind(|p| !p.trim().is_empty()) {
        Some(p) => p.to_string(),
        None => panic!("no pages of text"),
    };
    assert!(last_page.contains("Returns officer") && last_page.contains("Witness"));
}

#[test]
fn long_text_wraps_instead_of_running_off_the_page() {
    let mut c = sample(3);
    let long = "This note is deliberately long so that it has to wrap across several lines \
                of the certificate rather than run off the right-hand edge of the page; \
                every word of it must still be there afterwards.";
    c.notes = vec![long.into()];
    c.candidates[0].name = "Maximiliana Wilhelmina Theodora von Hohenzollern-Sigmaringen".into();
    c.winners[0] = c.candidates[0].name.clone();
    let (_, path) = write_pdf(&c, "cert-wrap.pdf");
    let text = text_of(&path);
    let words: Vec<&str> = long.split_whitespace().collect();
    let flat: Vec<&str> = text.split_whitespace().collect();
    let found = flat.windows(words.len()).any(|w| w == words.as_slice());
    assert!(found, "the long note is not intact:\n{text}");
    let bbox = poppler("pdftotext", &["-bbox"], &path);
    for line in bbox.lines().filter(|l| l.contains("<word ")) {
        let xmax = attr(line, "xMax");
        assert!(xmax <= 595.28 - 50.0, "text runs into the margin: {line}");
    }
}

#[test]
fn empty_certificate_still_renders() {
    let (bytes, path) = write_pdf(&Certificate::default(), "cert-empty.pdf");
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(page_count(&path), 1);
    let text = text_of(&path);
    assert!(text.contains("No candidate was elected."));
    assert!(text.contains("Returns officer"));
}

#[test]
fn very_long_text_flows_over_pages_without_losing_words() {
    let mut c = sample(5);
    let words: Vec<String> = (0..1500).map(|i| format!("word{i}")).collect();
    c.notes = vec![words.join(" ")];
    c.rules.push(words[..300].join(" "));
    c.exclusions
        .push(("Long Reason".into(), words[..400].join(" ")));
    c.tie_breaks[0].seed = (0..120)
        .map(|i| format!("seed line {i}: {}", "0123456789abcdef".repeat(8)))
        .collect::<Vec<_>>()
        .join("\n");
    let (_, path) = write_pdf(&c, "cert-long.pdf");
    let pages = page_count(&path);
    assert!(pages >= 3, "long text fit on {pages} pages");
    let text = text_of(&path);
    let flat: Vec<&str> = text.split_whitespace().collect();
    for w in &words {
        assert!(flat.contains(&w.as_str()), "{w} lost");
    }
    for i in 0..120 {
        assert!(
            text.contains(&format!("seed line {i}:")),
            "seed line {i} lost"
        );
    }
    assert!(text.contains(&format!("Page {pages} of {pages}")));
    let bbox = poppler("pdftotext", &["-bbox"], &path);
    for line in bbox.lines().filter(|l| l.contains("<word ")) {
        assert!(
            attr(line, "xMax") <= 595.28 - 50.0,
            "text in the margin: {line}"
        );
        assert!(
            attr(line, "yMax") <= 841.89 - 30.0,
            "text below the frame: {line}"
        );
        assert!(attr(line, "yMin") >= 30.0, "text above the frame: {line}");
    }
}

#[test]
fn odd_characters_never_break_the_pdf() {
    let mut c = sample(4);
    c.organisation = "Org\u{0}with\tcontrol\u{7}chars \u{202E}and marks\u{FEFF}".into();
    c.candidates[3].name = "Emoji 🗳️ Person".into();
    c.candidates[3].employer = "\u{E000}private use".into();
    c.notes = vec!["\r\n\n\n".into(), "   ".into()];
    c.turnout = "x".repeat(500);
    c.generated_by = "G".repeat(2000);
    let (bytes, path) = write_pdf(&c, "cert-odd.pdf");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = text_of(&path);
    assert!(
        text.contains("Orgwith control"),
        "control characters not dropped:\n{text}"
    );
    assert!(text.contains("Emoji"));
    assert!(text.contains("Returns officer"));
}

#[test]
fn same_certificate_gives_same_bytes() {
    let c = sample(6);
    let (a, _) = write_pdf(&c, "cert-a.pdf");
    let (b, _) = write_pdf(&c, "cert-b.pdf");
    assert!(
        a == b,
        "output is not reproducible (see cert-a.pdf, cert-b.pdf)"
    );
    let mut other = c.clone();
    other.date = "2026-11-25".into();
    let (d, _) = write_pdf(&other, "cert-d.pdf");
    assert!(a != d, "a different certificate gave the same bytes");
}

/// Issue 10: every page of a draft says so; every page of a certified
/// certificate says who certified it and carries its identifier; a draw's
/// seed text and ballot-set hash are two separate lines.
#[test]
fn draft_and_certified_marks_are_on_every_page() {
    let mut c = sample(60);
    c.status = "DRAFT — not certified".into();
    c.draft = true;
    let (_, path) = write_pdf(&c, "cert-draft.pdf");
    let pages = page_count(&path);
    assert!(pages >= 2);
    let text = text_of(&path);
    let per_page: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(per_page.len(), pages);
    for (i, p) in per_page.iter().enumerate() {
        assert!(
            p.contains("DRAFT — not certified"),
            "page {} has no draft mark",
            i + 1
        );
    }

    let mut c = sample(60);
    c.status = "Certified on 2026-11-30 14:05 Europe/Paris (UTC+01:00) by Zoë Ødegaard".into();
    c.identifier = "0123456789abcdef".into();
    c.tie_breaks[0].ballot_sha256 = HASH.into();
    let (_, path) = write_pdf(&c, "cert-certified.pdf");
    let text = text_of(&path);
    let per_page: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    for (i, p) in per_page.iter().enumerate() {
        assert!(!p.contains("DRAFT"), "page {} still says draft", i + 1);
        assert!(
            p.contains("0123456789abcdef"),
            "page {} has no identifier",
            i + 1
        );
        assert!(
            p.contains("by Zoë Ødegaard"),
            "page {} has no officer",
            i + 1
        );
    }
    let tie_line = text
        .lines()
        .find(|l| l.contains("Ballot-set SHA-256"))
        .unwrap_or_else(|| panic!("no ballot-set line:\n{text}"));
    assert!(!tie_line.contains("line-two-of-seed"), "{tie_line}");
}
