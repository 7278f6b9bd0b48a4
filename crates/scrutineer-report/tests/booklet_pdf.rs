//! End-to-end checks of the candidate booklet PDF with poppler's
//! `pdftotext` and `pdfinfo`. These tools are required: if they are missing
//! the tests fail (they do not skip), because an unchecked PDF is not a
//! tested PDF.

mod common;
use common::{attr, page_count, poppler, text_of, write_pdf_in};
use std::path::{Path, PathBuf};

use scrutineer_markdown::{to_blocks, Block, Inline};
use scrutineer_report::{booklet, Booklet, BookletEntry};

/// A4 height in points; text must end above the footer (66 pt from the foot).
const PAGE_H: f32 = 841.89;
const CONTENT_BOTTOM: f32 = PAGE_H - 66.0;

/// A self-nomination in the shape of a real Python Steering Council post:
/// sections, both list kinds (one nested), links (one whose text is its
/// address), emphasis, a quote, code, an emoji shortcode and names in five
/// scripts.
const STATEMENT: &str = "\
## About me

I have been a *core developer* since 2015 and **maintain** the `asyncio` \
module. My writing is at [my blog](https://example.org/blog), and the \
council's minutes are at <https://example.org/minutes>. Thanks for reading :slight_smile:

## What I have done

- Chaired the packaging summit
- Mentored new contributors
  - through the mentorship programme
  - at the **PyCon** sprints
- Wrote the governance FAQ
- 1. An item that starts with a numbered list

## What I will do

1. Publish the council's minutes within a week
2. Hold *open* office hours
3. Review the release process

> Governance is a means, not an end.
> It should stay out of the way.

```
$ python -m venv .venv
```

---

### Colleagues

I worked with Ξένια Παπαδοπούλου, Иван Петров, 稲田直哉 and محمد عبد الله on this.
";

/// Names in Latin (with diacritics), Greek, Cyrillic, CJK and Arabic.
const NAMES: [&str; 5] = [
    "Łukasz Langa-Ødegård",
    "Ξένια Παπαδοπούλου",
    "Иван Петров",
    "稲田直哉",
    "محمد عبد الله",
];

fn entry(name: &str, statement: Vec<Block>) -> BookletEntry {
    BookletEntry {
        name: name.into(),
        affiliation: Some("Example Corp".into()),
        handle: None,
        nominated_by: Some("Self-nominated".into()),
        seconders: Vec::new(),
        endorsements: Vec::new(),
        statement,
        withdrawn: false,
    }
}

fn sample() -> Booklet {
    let mut entries: Vec<BookletEntry> = NAMES
        .iter()
        .map(|n| {
            entry(
                n,
                to_blocks(&format!("I am {n} and I stand for the council.")),
            )
        })
        .collect();
    entries[0] = BookletEntry {
        name: NAMES[0].into(),
        affiliation: Some("Bloomberg".into()),
        handle: Some("ambv".into()),
        nominated_by: Some("Self-nominated".into()),
        seconders: vec!["Ann Seconder".into(), "Иван Петров".into()],
        endorsements: vec![(
            "Carol Endorser".into(),
            to_blocks("I am *happy* to see this nomination."),
        )],
        statement: to_blocks(STATEMENT),
        withdrawn: false,
    };
    entries[2].withdrawn = true;
    Booklet {
        language: Default::default(),
        title: "Steering Council candidates".into(),
        organisation: "Python Software Foundation".into(),
        term: "2026 term".into(),
        generated: "2026-11-30".into(),
        entries,
    }
}

fn write_pdf(b: &Booklet, name: &str) -> (Vec<u8>, PathBuf) {
    write_pdf_in("booklets", name, booklet(b))
}

/// The text of each page (pdftotext separates pages with form feeds).
fn pages_of(pdf: &Path) -> Vec<String> {
    let text = text_of(pdf);
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// Text with runs of whitespace (line breaks included) made single spaces,
/// and without the directional embedding marks pdftotext puts around
/// right-to-left text.
fn flat(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.replace(|c| ('\u{202A}'..='\u{202E}').contains(&c), ""))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Assert each needle occurs in `hay`, in the order given.
fn assert_in_order(hay: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match hay[from..].find(needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("{needle:?} missing (or out of order) after byte {from} of:\n{hay}"),
        }
    }
}

/// Every page says "Page N of M", with the right N and M.
fn assert_page_numbers(pdf: &Path) {
    let pages = pages_of(pdf);
    let n = page_count(pdf);
    assert_eq!(pages.len(), n, "pdftotext and pdfinfo disagree on pages");
    for (i, page) in pages.iter().enumerate() {
        let label = format!("Page {} of {n}", i + 1);
        assert!(
            page.contains(&label),
            "page {} lacks {label:?}:\n{page}",
            i + 1
        );
    }
}

/// Every word's box, per page: (page, text, xMin, yMin, xMax, yMax).
fn words(pdf: &Path) -> Vec<(usize, String, f32, f32, f32, f32)> {
    let html = poppler("pdftotext", &["-bbox"], pdf);
    let mut page = 0;
    let mut out = Vec::new();
    for line in html.lines() {
        if line.contains("<page ") {
            page += 1;
        }
        if line.contains("<word ") {
            let text = line
                .split('>')
                .nth(1)
                .and_then(|s| s.split('<').next())
                .unwrap_or("")
                .to_string();
            out.push((
                page,
                text,
                attr(line, "xMin"),
                attr(line, "yMin"),
                attr(line, "xMax"),
                attr(line, "yMax"),
            ));
        }
    }
    out
}

#[test]
fn statement_structure_names_and_links_survive_in_order() {
    let b = sample();
    let (bytes, path) = write_pdf(&b, "booklet.pdf");
    assert!(bytes.starts_with(b"%PDF-"));
    let pages = pages_of(&path);
    let all = flat(&pages.join("\n"));

    // Title page: organisation, term, then every nominee in order.
    let title = flat(&pages[0]);
    let mut expected = vec![
        "Steering Council candidates",
        "Python Software Foundation",
        "2026 term",
        "Nominees (4 standing)",
    ];
    expected.extend(NAMES);
    assert_in_order(&title, &expected);
    assert!(title.contains("(withdrawn)"), "{title}");
    assert!(title.contains("Published 2026-11-30"), "{title}");

    // One section per nominee, each starting on a new page: page 2 is the
    // first nominee's, and each other nominee's name heads a later page
    // (under the running header).
    let heads: Vec<usize> = NAMES
        .iter()
        .map(|n| {
            let head =
                format!("Steering Council candidates Python Software Foundation · 2026 term {n}");
            pages
                .iter()
                .enumerate()
                .skip(1)
                .find(|(_, p)| flat(p).starts_with(&head))
                .map(|(i, _)| i)
                .unwrap_or_else(|| panic!("no page starts with {n:?}:\n{all}"))
        })
        .collect();
    assert_eq!(heads[0], 1, "the first section starts on page 2");
    assert!(heads.windows(2).all(|w| w[0] < w[1]), "{heads:?}");
    // The contents give each section's page number.
    for (name, at) in NAMES.iter().zip(&heads) {
        let row = title
            .split(name)
            .nth(1)
            .unwrap_or_else(|| panic!("{name} not in contents"));
        let first_number = row
            .split_whitespace()
            .find_map(|w| w.parse::<usize>().ok())
            .unwrap_or_else(|| panic!("no page number after {name}: {row}"));
        assert_eq!(first_number, at + 1, "contents page for {name}");
    }

    // The first section: its facts, endorsement and every part of the
    // statement, in order.
    assert_in_order(
        &all,
        &[
            NAMES[0],
            "Bloomberg",
            "Handle ambv",
            "Nominated by Self-nominated",
            "Seconded by Ann Seconder, Иван Петров",
            "Endorsements",
            "Endorsed by Carol Endorser",
            "I am happy to see this nomination.",
            "Statement",
            "About me",
            "I have been a core developer since 2015 and maintain the asyncio module.",
            "my blog (https://example.org/blog)",
            "https://example.org/minutes.",
            "Thanks for reading [slightly smiling face]",
            "What I have done",
            "• Chaired the packaging summit",
            "• Mentored new contributors",
            "◦ through the mentorship programme",
            "◦ at the PyCon sprints",
            "• Wrote the governance FAQ",
            // Both markers of an item whose first block is a list.
            "• 1. An item that starts with a numbered list",
            "What I will do",
            "1. Publish the council's minutes within a week",
            "2. Hold open office hours",
            "3. Review the release process",
            "Governance is a means, not an end. It should stay out of the way.",
            "$ python -m venv .venv",
            "Colleagues",
            "Ξένια Παπαδοπούλου, Иван Петров, 稲田直哉 and",
        ],
    );
    // A link whose text is its address is not repeated.
    assert!(!all.contains("(https://example.org/minutes)"), "{all}");
    // Arabic is copied out in logical order, whatever its drawn order.
    assert!(all.contains("محمد عبد الله"), "{all}");
    // pdftotext moves the space next to right-to-left text when it puts it
    // back in logical order, so compare without spaces.
    let unspaced = |s: &str| s.replace(' ', "");
    for name in &NAMES[1..] {
        let sentence = format!("I am {name} and I stand for the council.");
        assert!(
            unspaced(&all).contains(&unspaced(&sentence)),
            "{name}'s statement missing"
        );
    }
    assert!(all.contains("WITHDRAWN"), "{all}");
    assert_page_numbers(&path);

    // Links are real link annotations (pdfinfo -url lists the URIs of their
    // actions), on the first section's page.
    let urls = poppler("pdfinfo", &["-url"], &path);
    for url in ["https://example.org/blog", "https://example.org/minutes"] {
        let on_page_2 = urls.lines().any(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            cols.first() == Some(&"2")
                && cols.get(1) == Some(&"Annotation")
                && cols.get(2) == Some(&url)
        });
        assert!(on_page_2, "no URI annotation for {url} on page 2:\n{urls}");
    }
}

#[test]
fn link_annotations_cover_their_text() {
    let statement = vec![Block::Paragraph(vec![
        Inline::Text("Read ".into()),
        Inline::Link {
            text: vec![Inline::Text("the manifesto".into())],
            url: "https://example.org/manifesto".into(),
        },
        Inline::Text(" today.".into()),
    ])];
    let b = Booklet {
        language: Default::default(),
        entries: vec![entry("Ann Author", statement)],
        ..Booklet::default()
    };
    let (bytes, path) = write_pdf(&b, "booklet-link.pdf");
    let raw = String::from_utf8_lossy(&bytes);
    // A link annotation (ISO 32000-1 §12.5.6.5) whose action opens the URI.
    assert!(
        raw.contains("/Subtype/Link"),
        "no link annotation in the file"
    );
    assert!(
        raw.contains("/S/URI/URI(https://example.org/manifesto)"),
        "no URI action for the link"
    );
    // The annotation's rectangle (PDF coordinates, origin bottom left)
    // covers the words "the manifesto" as pdftotext places them.
    // The rectangle of the annotation whose action opens the manifesto (the
    // title page's contents rows have go-to links of their own).
    let uri_at = raw
        .find("/URI(https://example.org/manifesto)")
        .unwrap_or_default();
    let rect = raw[..uri_at]
        .rsplit("/Rect")
        .next()
        .and_then(|r| r.split(']').next())
        .map(|r| {
            r.trim_start_matches(|c: char| c == '[' || c.is_whitespace())
                .split_whitespace()
                .filter_map(|v| v.parse::<f32>().ok())
                .collect::<Vec<f32>>()
        })
        .unwrap_or_default();
    assert_eq!(rect.len(), 4, "no annotation rectangle found");
    let (x0, y0, x1, y1) = (rect[0], PAGE_H - rect[3], rect[2], PAGE_H - rect[1]);
    let ws = words(&path);
    for word in ["the", "manifesto"] {
        let Some(w) = ws.iter().find(|w| w.0 == 2 && w.1 == word) else {
            panic!("{word} not on page 2: {ws:?}")
        };
        assert!(
            w.2 >= x0 - 0.5 && w.4 <= x1 + 0.5 && w.3 >= y0 - 0.5 && w.5 <= y1 + 0.5,
            "{word} at {w:?} outside the link rectangle {rect:?}"
        );
    }
    for word in ["Read", "today."] {
        let Some(w) = ws.iter().find(|w| w.0 == 2 && w.1 == word) else {
            panic!("{word} not on page 2")
        };
        assert!(w.4 <= x0 + 0.5 || w.2 >= x1 - 0.5, "{word} inside the link");
    }
}

#[test]
fn a_three_page_statement_flows_with_no_line_cut_at_a_page_edge() {
    let mut md = String::new();
    for i in 1..=40 {
        if i % 10 == 1 {
            md.push_str(&format!("## Part {}\n\n", i / 10 + 1));
        }
        md.push_str(&format!(
            "Paragraph {i} begins here. The council should publish its decisions, \
             explain them in plain words and answer questions from members within \
             a reasonable time; this sentence is long enough to wrap. End {i}.\n\n"
        ));
        if i % 7 == 0 {
            md.push_str(&format!("- point {i}a\n- point {i}b\n  1. sub {i}\n\n"));
        }
    }
    let b = Booklet {
        language: Default::default(),
        title: "Flow".into(),
        entries: vec![entry("Long Writer", to_blocks(&md))],
        ..Booklet::default()
    };
    let (_, path) = write_pdf(&b, "booklet-long.pdf");
    let n = page_count(&path);
    // Title page plus a statement of at least three pages.
    assert!(
        n >= 4,
        "expected the statement to take 3+ pages, got {n} pages"
    );
    assert_page_numbers(&path);
    let all = flat(&text_of(&path));
    let mut needles = Vec::new();
    for i in 1..=40 {
        needles.push(format!("Paragraph {i} begins here."));
        needles.push(format!("End {i}."));
        if i % 7 == 0 {
            needles.push(format!("• point {i}a"));
            needles.push(format!("1. sub {i}"));
        }
    }
    let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
    assert_in_order(&all, &needles);
    // Every word lies wholly inside the content area of its page (nothing
    // drawn across the bottom edge); each statement page carries text.
    let ws = words(&path);
    for (page, text, _, ymin, xmax, ymax) in &ws {
        let footer = text.starts_with("Page") || *ymin > CONTENT_BOTTOM + 5.0;
        if !footer {
            assert!(
                *ymax <= CONTENT_BOTTOM + 1.0,
                "{text:?} on page {page} cut at the edge ({ymax})"
            );
        }
        assert!(
            *ymin >= 0.0 && *xmax <= 595.28 - 50.0,
            "{text:?} off the page"
        );
    }
    for page in 2..=n {
        assert!(
            ws.iter().any(|w| w.0 == page && w.1 == "council"),
            "page {page} has no statement text"
        );
    }
}

#[test]
fn empty_and_odd_booklets_still_render() {
    let (bytes, path) = write_pdf(&Booklet::default(), "booklet-empty.pdf");
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(page_count(&path), 1);
    assert!(text_of(&path).contains("No nominations."));

    let odd = Booklet {
        language: Default::default(),
        title: "x".repeat(300),
        entries: vec![BookletEntry {
            name: "\u{0}\u{7}\u{E000}\u{202E}Zoë\u{200B}".into(),
            statement: vec![
                Block::Heading {
                    level: 9,
                    inlines: Vec::new(),
                },
                Block::List {
                    ordered: true,
                    start: u64::MAX,
                    items: vec![Vec::new(), vec![Block::Code(String::new())]],
                },
                Block::Quote(vec![Block::Quote(vec![Block::Rule])]),
                Block::Paragraph(vec![Inline::Text("w".repeat(2000))]),
            ],
            ..BookletEntry::default()
        }],
        ..Booklet::default()
    };
    let (_, path) = write_pdf(&odd, "booklet-odd.pdf");
    assert!(text_of(&path).contains("Zoë"));

    // Quotes and lists nested 60 deep stop indenting before the text
    // column gets too narrow: every word stays readable and on the page.
    let mut deep = vec![Block::Paragraph(vec![Inline::Text(
        "the innermost paragraph still has room for several words".into(),
    )])];
    for i in 0..60 {
        deep = if i % 2 == 0 {
            vec![Block::Quote(deep)]
        } else {
            vec![Block::List {
                ordered: i % 4 == 1,
                start: 1,
                items: vec![deep],
            }]
        };
    }
    let b = Booklet {
        language: Default::default(),
        entries: vec![entry("Deep Nester", deep)],
        ..Booklet::default()
    };
    let (_, path) = write_pdf(&b, "booklet-deep.pdf");
    let all = flat(&text_of(&path));
    assert!(
        all.contains("the innermost paragraph still has room for several words"),
        "{all}"
    );
    for (page, text, xmin, _, xmax, _) in words(&path) {
        assert!(
            xmin >= 20.0 && xmax <= 595.28 - 50.0,
            "{text:?} off page {page}"
        );
    }
}

#[test]
fn same_booklet_gives_same_bytes() {
    let b = sample();
    let (a, _) = write_pdf(&b, "booklet-a.pdf");
    let (c, _) = write_pdf(&b, "booklet-b.pdf");
    assert!(a == c, "two renderings of one booklet differ");
}

/// The real Kubernetes Steering Committee 2023 candidates (Elekto
/// `candidate-<id>.md` files: a header block, then the Markdown statement).
fn kubernetes_2023() -> Vec<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference-elections/kubernetes-elekto/steering-2023");
    let dir = if dir.is_dir() {
        dir
    } else {
        PathBuf::from("/work/shared/reference-elections/kubernetes-elekto/steering-2023")
    };
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(d) => d
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("candidate-") && n.ends_with(".md"))
            })
            .collect(),
        Err(e) => panic!("cannot read {}: {e}", dir.display()),
    };
    files.sort();
    assert!(
        files.len() >= 10,
        "expected the 2023 candidates in {}",
        dir.display()
    );
    files
        .iter()
        .map(|path| {
            let text = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => panic!("cannot read {}: {e}", path.display()),
            };
            // Elekto's header: between two lines of dashes, `name:` and
            // `- employer:` entries.
            let mut parts = text.splitn(
                3,
                "-------------------------------------------------------------",
            );
            let (Some(_), Some(header), Some(body)) = (parts.next(), parts.next(), parts.next())
            else {
                panic!("{} has no header block", path.display())
            };
            let field = |key: &str| {
                header
                    .lines()
                    .map(|l| l.trim().trim_start_matches("- ").trim())
                    .find_map(|l| l.strip_prefix(key))
                    .map(|v| v.trim().to_string())
                    .unwrap_or_default()
            };
            (field("name:"), field("employer:"), body.to_string())
        })
        .collect()
}

fn links_in(blocks: &[Block], out: &mut Vec<String>) {
    fn inl(inlines: &[Inline], out: &mut Vec<String>) {
        for i in inlines {
            match i {
                Inline::Link { text, url } => {
                    out.push(url.clone());
                    inl(text, out);
                }
                Inline::Emph(v) | Inline::Strong(v) => inl(v, out),
                Inline::Text(_) | Inline::Code(_) | Inline::Break => {}
            }
        }
    }
    for b in blocks {
        match b {
            Block::Heading { inlines, .. } | Block::Paragraph(inlines) => inl(inlines, out),
            Block::List { items, .. } => items.iter().for_each(|i| links_in(i, out)),
            Block::Quote(v) => links_in(v, out),
            Block::Code(_) | Block::Rule => {}
        }
    }
}

fn headings_in(blocks: &[Block], out: &mut Vec<String>) {
    fn plain(inlines: &[Inline]) -> String {
        inlines
            .iter()
            .map(|i| match i {
                Inline::Text(t) | Inline::Code(t) => t.clone(),
                Inline::Emph(v) | Inline::Strong(v) | Inline::Link { text: v, .. } => plain(v),
                Inline::Break => " ".into(),
            })
            .collect()
    }
    for b in blocks {
        match b {
            Block::Heading { inlines, .. } => out.push(plain(inlines)),
            Block::List { items, .. } => items.iter().for_each(|i| headings_in(i, out)),
            Block::Quote(v) => headings_in(v, out),
            _ => {}
        }
    }
}

#[test]
fn the_real_kubernetes_2023_candidates_make_a_booklet() {
    let candidates = kubernetes_2023();
    let entries: Vec<BookletEntry> = candidates
        .iter()
        .map(|(name, employer, body)| BookletEntry {
            name: name.clone(),
            affiliation: Some(employer.clone()).filter(|e| !e.is_empty()),
            statement: to_blocks(body),
            ..BookletEntry::default()
        })
        .collect();
    let b = Booklet {
        language: Default::default(),
        title: "Kubernetes Steering Committee Election 2023".into(),
        organisation: "Kubernetes".into(),
        term: "2023".into(),
        generated: "2023-09-01".into(),
        entries,
    };
    let (_, path) = write_pdf(&b, "booklet-kubernetes-2023.pdf");
    let pages = pages_of(&path);
    let all = flat(&pages.join("\n"));
    assert_page_numbers(&path);

    // Every candidate, then in each section every heading of the statement,
    // in order.
    let mut needles: Vec<String> = candidates.iter().map(|c| c.0.clone()).collect();
    let mut expected_links = Vec::new();
    for entry in &b.entries {
        needles.push(entry.name.clone());
        headings_in(&entry.statement, &mut needles);
        links_in(&entry.statement, &mut expected_links);
    }
    let needles: Vec<String> = needles.iter().map(|n| flat(n)).collect();
    let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
    assert_in_order(&all, &needles);

    // Every link of every statement is a link annotation for its URL.
    let urls = poppler("pdfinfo", &["-url"], &path);
    let annotated: std::collections::BTreeSet<&str> = urls
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().nth(2))
        .collect();
    assert!(expected_links.len() > 20, "the statements have many links");
    for url in &expected_links {
        assert!(annotated.contains(url.as_str()), "no annotation for {url}");
    }

    // Nothing drawn below the content area except the footer, nothing off
    // the right edge.
    for (page, text, _, ymin, xmax, ymax) in words(&path) {
        if ymin < CONTENT_BOTTOM + 5.0 {
            assert!(ymax <= CONTENT_BOTTOM + 1.0, "{text:?} cut on page {page}");
        }
        assert!(xmax <= 595.28 - 50.0, "{text:?} runs off page {page}");
    }
}

/// Decode the PDF hex strings `<FEFF…>` (UTF-16BE with a byte order mark)
/// that follow each `key` in the file.
fn utf16_hex_after(raw: &str, key: &str) -> Vec<String> {
    raw.split(key)
        .skip(1)
        .filter_map(|rest| {
            let hex = rest.strip_prefix("<FEFF")?.split('>').next()?;
            let units: Vec<u16> = (0..hex.len() / 4)
                .filter_map(|i| u16::from_str_radix(hex.get(i * 4..i * 4 + 4)?, 16).ok())
                .collect();
            String::from_utf16(&units).ok()
        })
        .collect()
}

#[test]
fn outline_and_contents_lead_to_each_nominee() {
    let b = sample();
    let (bytes, path) = write_pdf(&b, "booklet-outline.pdf");
    let raw = String::from_utf8_lossy(&bytes);
    // The document outline (bookmarks, ISO 32000-1 §12.3.3): one entry per
    // nominee, in booklet order, the withdrawn one marked.
    let titles = utf16_hex_after(&raw, "/Title");
    let expected: Vec<String> = NAMES
        .iter()
        .enumerate()
        .map(|(i, n)| {
            if i == 2 {
                format!("{n} (withdrawn)")
            } else {
                n.to_string()
            }
        })
        .collect();
    // The document's own title (Info dictionary) is a /Title as well.
    let outline: Vec<&String> = titles.iter().filter(|t| !t.contains("term")).collect();
    assert_eq!(outline, expected.iter().collect::<Vec<_>>(), "{titles:?}");
    assert!(raw.contains(&format!("/Type/Outlines/Count {}", NAMES.len())));
    // Viewers open the outline pane (a name, not a string, §7.7.2).
    assert!(
        raw.contains("/PageMode/UseOutlines"),
        "page mode not a name"
    );
    // Each contents row is a go-to link; all of them sit on the title page.
    assert_eq!(raw.matches("/S/GoTo").count(), NAMES.len());
    let n = page_count(&path);
    assert_eq!(n, 1 + NAMES.len(), "one page per short section");
}

#[test]
fn right_to_left_paragraphs_are_set_flush_right_in_reading_order() {
    let statement = to_blocks(
        "مرحبا بالجميع **Python** والمجتمع\n\n\
         A left-to-right paragraph quoting محمد inside.",
    );
    let b = Booklet {
        language: Default::default(),
        entries: vec![entry("محمد عبد الله", statement)],
        ..Booklet::default()
    };
    let (_, path) = write_pdf(&b, "booklet-rtl.pdf");
    let ws = words(&path);
    // pdftotext -bbox gives right-to-left words in drawn order, or not.
    let find = |w: &str| {
        let backwards: String = w.chars().rev().collect();
        ws.iter()
            .find(|x| x.0 == 2 && (x.1 == w || x.1 == backwards))
            .unwrap_or_else(|| panic!("{w:?} not found on page 2: {ws:?}"))
    };
    let (first, second, latin, last) = (
        find("مرحبا"),
        find("بالجميع"),
        find("Python"),
        find("والمجتمع"),
    );
    // Read from the right: مرحبا, بالجميع, Python, والمجتمع.
    assert!(first.2 > second.4 - 0.5, "{first:?} {second:?}");
    assert!(second.2 > latin.4 - 0.5, "{second:?} {latin:?}");
    assert!(latin.2 > last.4 - 0.5, "{latin:?} {last:?}");
    // Flush right: the line ends at the right margin (595.28 − 56).
    assert!((first.4 - 539.28).abs() < 2.0, "{first:?} not flush right");
    // The left-to-right paragraph still starts at the left margin.
    assert!((find("A").2 - 56.0).abs() < 1.0);
    assert!(find("quoting").2 < find("inside.").2);
    // Names stay left-to-right paragraphs: the section heading starts at
    // the left margin, as on the contents page.
    let name = ws
        .iter()
        .filter(|x| x.0 == 2 && x.3 > 70.0 && x.3 < 110.0)
        .map(|x| x.2)
        .fold(f32::MAX, f32::min);
    assert!((name - 56.0).abs() < 1.0, "name heading starts at {name}");
}
