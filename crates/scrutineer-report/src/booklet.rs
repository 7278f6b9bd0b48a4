//! The candidate booklet: a title page listing the nominees, then one
//! section per nominee (starting on a new page) with who nominated,
//! seconded and endorsed them and their statement, laid out from the
//! Markdown block model of `scrutineer-markdown`.
//!
//! Text goes through the certificate's machinery: [`Fonts::wrap_spans`] for
//! line breaking (the rich-text form of the certificate's `wrap`), the same
//! per-character font fallback and bidi reordering when drawn, the same
//! [`Pager`] (a line never straddles a page edge) and the same footers.

use scrutineer_markdown::{Block, Inline};
use serde::Serialize;

use crate::bidi;
use crate::fonts::{Fonts, Piece, Span, Style};
use crate::layout::{
    add_footers, ascent, leading, Align, Pager, BODY, BOTTOM, BOX_FILL, CONTENT_W, GREY, INK, LEFT,
    NAVY, RIGHT, RULE,
};
use crate::render::{self, Item, Rgb3, Target};
use crate::ReportError;
use scrutineer_i18n::Messages;

/// Everything printed in a candidate booklet.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Booklet {
    /// e.g. "Candidate booklet" or "Steering Council election 2026: candidates".
    pub title: String,
    /// e.g. "Python Software Foundation" (may be empty).
    pub organisation: String,
    /// e.g. "2026 term" (may be empty).
    pub term: String,
    /// Date the booklet was produced, e.g. "2026-11-30" (may be empty).
    pub generated: String,
    /// One section per nominee, in the order to print.
    pub entries: Vec<BookletEntry>,
    /// The language of every word around the nominees' own text.
    pub language: crate::Lang,
}

/// One nominee's section.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BookletEntry {
    pub name: String,
    /// Employer or affiliation.
    pub affiliation: Option<String>,
    /// e.g. a GitHub login.
    pub handle: Option<String>,
    /// Who nominated (e.g. a member's name, or "Self-nominated").
    pub nominated_by: Option<String>,
    pub seconders: Vec<String>,
    /// Endorsements: (by whom, their text as Markdown blocks).
    pub endorsements: Vec<(String, Vec<Block>)>,
    /// The nominee's statement as Markdown blocks.
    pub statement: Vec<Block>,
    /// Withdrawn nominees keep their section, marked as withdrawn.
    pub withdrawn: bool,
}

/// Lay `b` out on A4 pages and return the PDF file's bytes.
pub fn booklet(b: &Booklet) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::get()?;
    let (pages, outline) = booklet_pages(fonts, b);
    let mut title = title_of(b);
    for part in [b.organisation.trim(), b.term.trim()] {
        if !part.is_empty() {
            title.push_str(" — ");
            title.push_str(part);
        }
    }
    render::to_pdf(fonts, &title, PRODUCER, &pages, &outline)
}

const PRODUCER: &str = concat!("Scrutineer ", env!("CARGO_PKG_VERSION"));

const LINK: Rgb3 = Rgb3(0.08, 0.33, 0.70);
const WITHDRAWN: Rgb3 = Rgb3(0.66, 0.13, 0.10);
const CODE_FILL: Rgb3 = Rgb3(0.945, 0.949, 0.957);

/// Statement headings by level (1 to 6), in points: sub-headings of the
/// section's own 12-point "Statement" heading, so level 1 is not much larger.
const HEADING_SIZES: [f32; 6] = [14.0, 12.5, 11.5, 10.5, 10.0, 10.0];
/// Monospace text is set a little smaller than the text around it, as its
/// letters are wider.
const MONO_SCALE: f32 = 0.9;
const CODE_SIZE: f32 = 8.5;
/// Indent of a block quote's text from its bar.
const QUOTE_INDENT: f32 = 14.0;
const BULLETS: [&str; 3] = ["•", "◦", "▪"];
/// Nested quotes and lists stop indenting once the text would be narrower
/// than this; deeper levels line up with the last one that fits.
const MIN_TEXT_W: f32 = 160.0;

/// Where text nested inside a block at `left` starts, `indent` further in
/// unless that leaves too narrow a column.
fn nest(left: f32, indent: f32) -> f32 {
    let limit = (RIGHT - MIN_TEXT_W).max(left);
    (left + indent).min(limit)
}

fn title_of(b: &Booklet) -> String {
    match b.title.trim() {
        "" => scrutineer_i18n::messages(b.language).text("booklet-title"),
        t => t.to_string(),
    }
}

/// How a run of inline text is drawn, besides its font style.
#[derive(Debug, Clone, PartialEq)]
struct Look {
    color: Rgb3,
    /// Target of a link.
    link: Option<String>,
    /// Inline code: drawn on a tinted box.
    code: bool,
    /// A web address shown after a link's text (may break after a `/`).
    url: bool,
}

/// Inline text flattened to (text, style, look) runs.
struct Runs(Vec<(String, Style, Look)>);

impl Runs {
    fn push(&mut self, text: String, style: Style, look: &Look) {
        self.0.push((text, style, look.clone()));
    }

    fn add(&mut self, inlines: &[Inline], style: Style, look: &Look) {
        for inline in inlines {
            match inline {
                Inline::Text(t) => self.push(t.clone(), style, look),
                Inline::Emph(v) => self.add(v, style.emphasised(), look),
                Inline::Strong(v) => self.add(v, style.strong(), look),
                Inline::Code(t) => {
                    let code = Look {
                        code: true,
                        ..look.clone()
                    };
                    self.push(t.clone(), Style::Mono, &code);
                }
                Inline::Link { text, url } => {
                    let linked = Look {
                        color: LINK,
                        link: Some(url.clone()),
                        code: false,
                        url: false,
                    };
                    self.add(text, style, &linked);
                    let shown = plain(text);
                    if !same_target(&shown, url) {
                        // The address after the text, so it survives printing.
                        let url_look = Look {
                            color: GREY,
                            url: true,
                            ..linked
                        };
                        self.push(format!(" ({url})"), Style::Regular, &url_look);
                    }
                }
                Inline::Break => self.push("\n".to_string(), style, look),
            }
        }
    }
}

/// The text of inlines, without markup.
fn plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for inline in inlines {
        match inline {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Emph(v) | Inline::Strong(v) | Inline::Link { text: v, .. } => {
                out.push_str(&plain(v));
            }
            Inline::Break => out.push(' '),
        }
    }
    out
}

/// Whether a link's text already shows its address ("example.org" for
/// `https://example.org/`, "a@b.org" for `mailto:a@b.org`).
fn same_target(text: &str, url: &str) -> bool {
    fn bare(s: &str) -> &str {
        let s = s.trim();
        let s = ["mailto:", "https://", "http://"]
            .iter()
            .find_map(|p| s.strip_prefix(p))
            .unwrap_or(s);
        let s = s.strip_prefix("www.").unwrap_or(s);
        s.trim_end_matches('/')
    }
    bare(text).eq_ignore_ascii_case(bare(url))
}

/// Place the pieces of one line of a right-to-left paragraph, flush with
/// `right`: UAX #9 rule L2 applied to whole pieces. Pieces of left-to-right
/// text get level 2, others level 1 (a piece of only neutral characters
/// takes level 2 between two left-to-right pieces, rule N1); reversing the
/// runs at level 2 and then the whole line gives the visual order. Each
/// piece's own characters are reordered when drawn.
fn right_to_left(line: Vec<Piece>, right: f32) -> Vec<(f32, Piece)> {
    let strong: Vec<Option<bool>> = line
        .iter()
        .map(|p| {
            if bidi::needs_bidi(&p.text) {
                Some(true)
            } else {
                bidi::first_strong_is_rtl(&p.text)
            }
        })
        .collect();
    let levels: Vec<u8> = (0..line.len())
        .map(|i| {
            let ltr_at = |d: Option<&Option<bool>>| d.copied().flatten() == Some(false);
            match strong.get(i).copied().flatten() {
                Some(false) => 2,
                Some(true) => 1,
                None => {
                    let before = strong[..i].iter().rev().find(|d| d.is_some());
                    let after = strong[i + 1..].iter().find(|d| d.is_some());
                    if ltr_at(before) && ltr_at(after) {
                        2
                    } else {
                        1
                    }
                }
            }
        })
        .collect();
    let mut order: Vec<(Piece, u8)> = line.into_iter().zip(levels).collect();
    for level in [2u8, 1] {
        let mut i = 0;
        while i < order.len() {
            if order[i].1 >= level {
                let start = i;
                while i < order.len() && order[i].1 >= level {
                    i += 1;
                }
                order[start..i].reverse();
            } else {
                i += 1;
            }
        }
    }
    let width: f32 = order.iter().map(|(p, _)| p.width).sum();
    let mut x = right - width;
    order
        .into_iter()
        .map(|(p, _)| {
            let at = x;
            x += p.width;
            (at, p)
        })
        .collect()
}

/// Emoji no embedded font draws are spelt out by name ("[slightly smiling
/// face]") rather than shown as U+FFFD; so are other uncovered pictographs
/// the `emojis` crate knows. Skin-tone modifiers of a spelt-out emoji go.
fn spell_out_emoji(fonts: &Fonts, text: &str) -> String {
    if text.chars().all(|c| fonts.covers(c)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if fonts.covers(c) {
            out.push(c);
        } else if ('\u{1F3FB}'..='\u{1F3FF}').contains(&c) {
            // Fitzpatrick skin-tone modifier: nothing to draw on its own.
        } else if let Some(e) = emojis::get(c.encode_utf8(&mut [0; 4])) {
            out.push('[');
            out.push_str(e.name());
            out.push(']');
        } else {
            out.push(c);
        }
    }
    out
}

/// The booklet pager with the state of nested blocks: the bars of the
/// block quotes around the cursor, and list markers waiting for the first
/// line of its item.
struct Writer<'f> {
    p: Pager<'f>,
    /// x of each enclosing block quote's bar.
    bars: Vec<f32>,
    /// Markers of list items whose first line is still to come (several
    /// when an item starts with a nested list), each with the x its right
    /// edge aligns to.
    markers: Vec<(String, f32)>,
}

impl<'f> Writer<'f> {
    fn fonts(&self) -> &'f Fonts {
        self.p.fonts
    }

    /// Draw the bars of enclosing quotes from `top` down `h` points.
    fn bars(&mut self, top: f32, h: f32) {
        for &x in &self.bars.clone() {
            self.p.push(Item::Line {
                x1: x,
                y1: top,
                x2: x,
                y2: top + h,
                width: 2.0,
                color: RULE,
            });
        }
    }

    /// Room for one line of height `h` (a new page if need be), with quote
    /// bars beside it and any pending list marker on its baseline (the
    /// line's text is `size` points). Returns the top of the line box.
    fn line(&mut self, h: f32, size: f32) -> f32 {
        self.line_on(h, size, None)
    }

    /// [`Writer::line`] on a background panel from `x` to the right margin.
    fn line_on(&mut self, h: f32, size: f32, panel: Option<(f32, Rgb3)>) -> f32 {
        self.p.ensure(h);
        let top = self.p.y;
        if let Some((x, color)) = panel {
            self.p.push(Item::Fill {
                x,
                y: top,
                w: RIGHT - x,
                h,
                color,
            });
        }
        self.bars(top, h);
        let markers = std::mem::take(&mut self.markers);
        for (k, (marker, x)) in markers.iter().enumerate() {
            // Lists nested past the indent limit share a marker column:
            // only the innermost marker there is drawn.
            let hidden = markers[k + 1..].iter().any(|(_, x2)| (x2 - x).abs() < 0.5);
            if hidden {
                continue;
            }
            let (marker, x) = (marker.as_str(), *x);
            let baseline = top + ascent(size);
            self.p.text_aligned(
                x,
                baseline,
                Style::Regular,
                size.max(BODY),
                NAVY,
                marker,
                Align::Right,
            );
        }
        self.p.y += h;
        top
    }

    /// Vertical space between blocks (quote bars run through it).
    fn gap(&mut self, h: f32) {
        let h = h.min(BOTTOM - self.p.y).max(0.0);
        let top = self.p.y;
        self.bars(top, h);
        self.p.y += h;
    }

    /// Start a new page unless `h` points fit on this one.
    fn keep(&mut self, h: f32) {
        self.p.ensure(h);
    }

    /// A statement's wrapped rich text from `left` to the right margin; its
    /// direction is that of its first strong letter.
    fn rich(&mut self, left: f32, inlines: &[Inline], style: Style, size: f32, color: Rgb3) {
        self.rich_in(left, RIGHT, inlines, style, size, color, true);
    }

    /// Wrapped rich text between `left` and `right`. Unless `auto_direction`
    /// it is a left-to-right paragraph (names and labels in this
    /// left-to-right document, as on the certificate). Returns the page
    /// index and baseline of its first line.
    #[allow(clippy::too_many_arguments)]
    fn rich_in(
        &mut self,
        left: f32,
        right: f32,
        inlines: &[Inline],
        style: Style,
        size: f32,
        color: Rgb3,
        auto_direction: bool,
    ) -> Option<(usize, f32)> {
        let mut first = None;
        let base = Look {
            color,
            link: None,
            code: false,
            url: false,
        };
        let mut runs = Runs(Vec::new());
        runs.add(inlines, style, &base);
        let fonts = self.fonts();
        let texts: Vec<String> = runs
            .0
            .iter()
            .map(|(t, _, _)| spell_out_emoji(fonts, t))
            .collect();
        let spans: Vec<Span<'_>> = runs
            .0
            .iter()
            .zip(&texts)
            .enumerate()
            .map(|(i, ((_, style, look), text))| Span {
                text,
                style: *style,
                size: if look.code { size * MONO_SCALE } else { size },
                tag: i,
                url: look.url,
            })
            .collect();
        let lh = leading(size);
        // A paragraph whose first strong letter is Hebrew or Arabic is a
        // right-to-left paragraph (UAX #9 P2–P3): its lines are set flush
        // right, their pieces in right-to-left order.
        let rtl = auto_direction && bidi::first_strong_is_rtl(&texts.concat()) == Some(true);
        for line in fonts.wrap_spans(&spans, right - left) {
            let top = self.line(lh, size);
            let baseline = top + ascent(size);
            if first.is_none() {
                first = Some((self.p.pages.len().saturating_sub(1), baseline));
            }
            let placed: Vec<(f32, Piece)> = if rtl {
                right_to_left(line, right)
            } else {
                line.into_iter().map(|p| (left + p.x, p)).collect()
            };
            for (x, piece) in placed {
                let Some((_, _, look)) = runs.0.get(piece.tag) else {
                    continue;
                };
                if look.code {
                    self.p.push(Item::Fill {
                        x: x - 1.0,
                        y: baseline - size * 0.82,
                        w: piece.width + 2.0,
                        h: size * 1.08,
                        color: CODE_FILL,
                    });
                }
                self.p.push(Item::Text {
                    x,
                    y: baseline,
                    style: piece.style,
                    size: piece.size,
                    color: look.color,
                    text: piece.text.clone(),
                    rtl,
                });
                if let Some(uri) = &look.link {
                    if look.color == LINK {
                        self.p.rule(x, x + piece.width, baseline + 1.6, 0.5, LINK);
                    }
                    self.p.push(Item::Link {
                        x,
                        y: top,
                        w: piece.width,
                        h: lh,
                        target: Target::Uri(uri.clone()),
                    });
                }
            }
        }
        first
    }

    /// Blocks from `left` to the right margin; `depth` is the list nesting.
    fn blocks(&mut self, left: f32, blocks: &[Block], depth: usize, tight: bool) {
        for (i, block) in blocks.iter().enumerate() {
            if i > 0 {
                self.gap(if tight { 3.0 } else { 6.0 });
            }
            self.block(left, block, depth);
        }
    }

    fn block(&mut self, left: f32, block: &Block, depth: usize) {
        match block {
            Block::Heading { level, inlines } => {
                let idx = usize::from(level.clamp(&1, &6) - 1);
                let size = HEADING_SIZES.get(idx).copied().unwrap_or(BODY);
                self.gap(if idx < 2 { 8.0 } else { 4.0 });
                // Keep a heading with at least two lines of what follows.
                self.keep(leading(size) + 2.0 * leading(BODY) + 4.0);
                self.rich(left, inlines, Style::Bold, size, NAVY);
                self.gap(2.0);
            }
            Block::Paragraph(inlines) => self.rich(left, inlines, Style::Regular, BODY, INK),
            Block::List {
                ordered,
                start,
                items,
            } => self.list(left, *ordered, *start, items, depth),
            Block::Quote(inner) => {
                let inner_left = nest(left, QUOTE_INDENT);
                let bar = if inner_left > left {
                    left + 3.0
                } else {
                    left - 4.0
                };
                self.bars.push(bar);
                self.blocks(inner_left, inner, depth, false);
                self.bars.pop();
            }
            Block::Code(code) => self.code(left, code),
            Block::Rule => {
                let top = self.line(12.0, BODY);
                self.p.rule(left, RIGHT, top + 6.0, 0.6, RULE);
            }
        }
    }

    fn list(&mut self, left: f32, ordered: bool, start: u64, items: &[Vec<Block>], depth: usize) {
        let labels: Vec<String> = (0..items.len())
            .map(|k| {
                if ordered {
                    format!("{}.", start.saturating_add(k as u64))
                } else {
                    BULLETS[depth % BULLETS.len()].to_string()
                }
            })
            .collect();
        let widest = labels
            .iter()
            .map(|l| self.p.width(Style::Regular, l, BODY))
            .fold(0.0, f32::max);
        // Hanging indent: markers right-aligned in a column, text after it.
        let indent = (widest + 7.0).max(16.0);
        for (k, (item, label)) in items.iter().zip(labels).enumerate() {
            if k > 0 {
                self.gap(2.0);
            }
            let inner_left = nest(left, indent);
            self.markers.push((label, inner_left - 5.0));
            self.blocks(inner_left, item, depth + 1, true);
            if !self.markers.is_empty() {
                // An empty item: its marker on a line of its own.
                self.line(leading(BODY), BODY);
            }
        }
    }

    /// A code block, verbatim in monospace on a tinted panel, wrapped only
    /// where a line is wider than the page.
    fn code(&mut self, left: f32, code: &str) {
        let pad = 4.0;
        let lh = leading(CODE_SIZE);
        let text = spell_out_emoji(self.fonts(), code);
        let lines = self
            .fonts()
            .wrap(Style::Mono, &text, CODE_SIZE, RIGHT - left - 2.0 * pad);
        let last = lines.len().saturating_sub(1);
        for (i, line) in lines.iter().enumerate() {
            let top_pad = if i == 0 { pad } else { 0.0 };
            let bottom_pad = if i == last { pad } else { 0.0 };
            let h = top_pad + lh + bottom_pad;
            // The marker of a list item starting with code goes on its first line.
            let top = self.line_on(h, CODE_SIZE, Some((left, BOX_FILL)));
            self.p.text(
                left + pad,
                top + top_pad + ascent(CODE_SIZE),
                Style::Mono,
                CODE_SIZE,
                INK,
                line,
            );
        }
    }
}
/// Lay the booklet out; returns the pages' display lists and the outline
/// (each nominee's name and the page their section starts on).
pub(crate) fn booklet_pages(fonts: &Fonts, b: &Booklet) -> (Vec<Vec<Item>>, Vec<(String, usize)>) {
    let org = b.organisation.trim();
    let term = b.term.trim();
    let m = scrutineer_i18n::messages(b.language);
    let title = title_of(b);
    let title = title.as_str();
    let context = [org, term]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    let header = crate::layout::fit(fonts, Style::Bold, title, 10.0, CONTENT_W * 0.55);
    let mut w = Writer {
        p: Pager::new(fonts, &header, context.clone(), false),
        bars: Vec::new(),
        markers: Vec::new(),
    };

    let contents = title_page(&mut w, m, b, title, org, term);
    let mut starts = Vec::with_capacity(b.entries.len());
    for entry in &b.entries {
        // The header names the nominee on their section's further pages
        // (their first page has the name as its heading).
        w.p.running = context.clone();
        w.p.new_page();
        w.p.running = entry.name.trim().to_string();
        starts.push(w.p.pages.len());
        entry_section(&mut w, m, entry);
    }

    let mut pages = w.p.pages;
    // Page numbers in the list of nominees, now that they are known; each
    // row's first line links to the nominee's section.
    for ((page, baseline), &start) in contents.into_iter().zip(&starts) {
        let label = start.to_string();
        let width = fonts.width(Style::Regular, &label, BODY);
        if let Some(items) = pages.get_mut(page) {
            items.push(Item::Text {
                x: RIGHT - width,
                y: baseline,
                style: Style::Regular,
                size: BODY,
                color: GREY,
                text: label,
                rtl: false,
            });
            items.push(Item::Link {
                x: LEFT,
                y: baseline - ascent(BODY),
                w: CONTENT_W,
                h: leading(BODY),
                target: Target::Page(start),
            });
        }
    }
    let outline = b
        .entries
        .iter()
        .zip(starts)
        .map(|(e, start)| {
            let mut name = e.name.trim().to_string();
            if e.withdrawn {
                name.push_str(&m.text("booklet-withdrawn-mark"));
            }
            (name, start)
        })
        .collect();
    let mut footer = title.to_string();
    if !context.is_empty() {
        footer.push_str(" · ");
        footer.push_str(&context);
    }
    add_footers(fonts, m, &mut pages, &footer);
    (pages, outline)
}

/// The title page; returns where each nominee's row of the contents is
/// (page index, baseline) so its page number can be added later.
fn title_page(
    w: &mut Writer<'_>,
    m: &Messages,
    b: &Booklet,
    title: &str,
    org: &str,
    term: &str,
) -> Vec<(usize, f32)> {
    let p = &mut w.p;
    p.y = 110.0;
    p.centred(Style::Regular, 8.5, GREY, &m.text("booklet-kicker"));
    p.y += 6.0;
    p.centred(Style::Bold, 24.0, NAVY, title);
    p.y += 6.0;
    if !org.is_empty() {
        p.centred(Style::Regular, 14.0, INK, org);
    }
    if !term.is_empty() {
        p.centred(Style::Regular, 11.5, GREY, term);
    }
    p.y += 10.0;
    let y = p.y;
    p.rule(LEFT, RIGHT, y, 1.4, NAVY);
    p.rule(LEFT, RIGHT, y + 3.0, 0.4, NAVY);
    p.y += 14.0;

    let standing = b.entries.iter().filter(|e| !e.withdrawn).count();
    let heading = m.get("booklet-nominees-standing", &[("n", standing.into())]);
    p.heading(&heading, 30.0);
    let mut rows = Vec::with_capacity(b.entries.len());
    if b.entries.is_empty() {
        p.paragraph(
            LEFT,
            Style::Regular,
            BODY,
            GREY,
            &m.text("booklet-no-nominations"),
        );
    }
    let num_w = p.width(Style::Regular, &format!("{}.", b.entries.len()), BODY) + 8.0;
    for (i, e) in b.entries.iter().enumerate() {
        let mut inlines = vec![Inline::Strong(vec![Inline::Text(e.name.trim().into())])];
        if let Some(a) = e
            .affiliation
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            inlines.push(Inline::Text(format!(" — {a}")));
        }
        if e.withdrawn {
            inlines.push(Inline::Emph(vec![Inline::Text(
                m.text("booklet-withdrawn-mark"),
            )]));
        }
        w.markers.push((format!("{}.", i + 1), LEFT + num_w - 6.0));
        // Room on the right for the page the nominee's section starts on.
        let first = w.rich_in(
            LEFT + num_w,
            RIGHT - 30.0,
            &inlines,
            Style::Regular,
            BODY,
            INK,
            false,
        );
        if let Some(at) = first {
            rows.push(at);
        }
        w.gap(3.0);
    }
    let generated = b.generated.trim();
    if !generated.is_empty() {
        w.gap(10.0);
        let p = &mut w.p;
        p.paragraph(
            LEFT,
            Style::Regular,
            9.0,
            GREY,
            &m.get("booklet-published", &[("date", generated.into())]),
        );
    }
    rows
}

fn entry_section(w: &mut Writer<'_>, m: &Messages, e: &BookletEntry) {
    let name = e.name.trim();
    let name_inlines = [Inline::Text(name.to_string())];
    w.rich_in(LEFT, RIGHT, &name_inlines, Style::Bold, 20.0, NAVY, false);
    if e.withdrawn {
        w.p.paragraph(
            LEFT,
            Style::Bold,
            9.5,
            WITHDRAWN,
            &m.text("booklet-withdrawn-banner"),
        );
    }
    if let Some(a) = e
        .affiliation
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty())
    {
        w.p.paragraph(LEFT, Style::Regular, 12.5, GREY, a);
    }
    w.p.y += 6.0;
    let y = w.p.y;
    w.p.rule(LEFT, RIGHT, y, 1.2, NAVY);
    w.p.y += 8.0;

    let mut facts: Vec<(String, String)> = Vec::new();
    if let Some(h) = e.handle.as_deref().map(str::trim).filter(|h| !h.is_empty()) {
        facts.push((m.text("booklet-handle"), h.to_string()));
    }
    if let Some(n) = e
        .nominated_by
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        facts.push((m.text("booklet-nominated-by"), n.to_string()));
    }
    let seconders: Vec<&str> = e
        .seconders
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if !seconders.is_empty() {
        facts.push((
            m.text("booklet-seconded-by"),
            seconders.join(&m.text("list-sep")),
        ));
    }
    if e.withdrawn {
        facts.push((m.text("booklet-status"), m.text("booklet-withdrawn-status")));
    }
    for (label, value) in &facts {
        let value = spell_out_emoji(w.fonts(), value);
        w.p.label_value(label, Style::Regular, BODY, &value);
    }

    if !e.endorsements.is_empty() {
        w.p.heading(&m.text("booklet-endorsements"), 40.0);
        for (i, (by, text)) in e.endorsements.iter().enumerate() {
            if i > 0 {
                w.gap(8.0);
            }
            let by = by.trim();
            let label = [
                Inline::Text(m.text("booklet-endorsed-by")),
                Inline::Strong(vec![Inline::Text(by.to_string())]),
            ];
            w.keep(3.0 * leading(BODY));
            w.rich_in(LEFT, RIGHT, &label, Style::Regular, BODY, GREY, false);
            if !text.is_empty() {
                w.gap(3.0);
                w.bars.push(LEFT + 3.0);
                w.blocks(LEFT + QUOTE_INDENT, text, 0, false);
                w.bars.pop();
            }
        }
    }

    w.p.heading(&m.text("booklet-statement"), 40.0);
    if e.statement.is_empty() {
        w.p.paragraph(
            LEFT,
            Style::Regular,
            BODY,
            GREY,
            &m.text("booklet-no-statement"),
        );
    } else {
        w.blocks(LEFT, &e.statement, 0, false);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_text_showing_the_address_is_not_repeated() {
        assert!(same_target("example.org", "https://example.org/"));
        assert!(same_target(
            "https://www.python.org",
            "https://www.python.org/"
        ));
        assert!(same_target("ann@example.org", "mailto:ann@example.org"));
        assert!(!same_target("my blog", "https://example.org/blog"));
        assert!(!same_target("example.org/a", "https://example.org/b"));
    }

    #[test]
    fn emoji_without_a_glyph_are_spelt_out() {
        let fonts = match Fonts::get() {
            Ok(f) => f,
            Err(e) => panic!("fonts: {e}"),
        };
        // U+1F642 is not in DejaVu Sans; U+1F600 is.
        assert_eq!(
            spell_out_emoji(fonts, "Thanks 🙂 😀"),
            "Thanks [slightly smiling face] 😀"
        );
        assert_eq!(spell_out_emoji(fonts, "Ξένια 稲田"), "Ξένια 稲田");
    }
}
