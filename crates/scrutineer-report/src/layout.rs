//! Page layout: a cursor moving down A4 pages, starting a new page (with a
//! running header) whenever the next block does not fit. The certificate is
//! laid out here; the candidate booklet (`booklet.rs`) uses the same pager,
//! line breaking and footers.

use crate::fonts::{Fonts, Style};
use crate::render::{Item, Rgb3, PAGE_H, PAGE_W};
use crate::{Certificate, CertificateRow, CertificateTieBreak};
use scrutineer_i18n::{FluentValue, Messages};

pub(crate) const MARGIN_X: f32 = 56.0;
pub(crate) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
pub(crate) const LEFT: f32 = MARGIN_X;
pub(crate) const RIGHT: f32 = PAGE_W - MARGIN_X;
/// Top of the content area on continuation pages (below the running header).
pub(crate) const TOP_CONTINUED: f32 = 84.0;
/// Content must end above this line; the footer lives below it.
pub(crate) const BOTTOM: f32 = PAGE_H - 66.0;
/// Width of the label column in label/value blocks.
pub(crate) const LABEL_W: f32 = 118.0;
/// Most lines one table cell may take; longer text ends with an ellipsis so a
/// row always fits on a page.
const MAX_CELL_LINES: usize = 12;

pub(crate) const NAVY: Rgb3 = Rgb3(0.12, 0.23, 0.37);
pub(crate) const INK: Rgb3 = Rgb3(0.11, 0.12, 0.14);
pub(crate) const GREY: Rgb3 = Rgb3(0.38, 0.40, 0.44);
pub(crate) const RULE: Rgb3 = Rgb3(0.78, 0.80, 0.84);
const ZEBRA: Rgb3 = Rgb3(0.953, 0.961, 0.973);
pub(crate) const BOX_FILL: Rgb3 = Rgb3(0.937, 0.953, 0.973);
const WHITE: Rgb3 = Rgb3(1.0, 1.0, 1.0);

pub(crate) const BODY: f32 = 10.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Align {
    Left,
    Right,
    Center,
}

/// One table cell (or label/value cell) to lay out in a row.
struct Cell<'t> {
    x: f32,
    w: f32,
    style: Style,
    size: f32,
    color: Rgb3,
    align: Align,
    text: &'t str,
}

/// Line height for a font size.
pub(crate) fn leading(size: f32) -> f32 {
    size * 1.42
}

/// Baseline offset from the top of a line box.
pub(crate) fn ascent(size: f32) -> f32 {
    size * 1.05
}

/// Shorten `text` with an ellipsis until it fits in `w`.
pub(crate) fn fit(fonts: &Fonts, style: Style, text: &str, size: f32, w: f32) -> String {
    if fonts.width(style, text, size) <= w {
        return text.to_string();
    }
    let room = w - fonts.char_width(style, '…', size);
    let mut out = String::new();
    let mut used = 0.0;
    for c in text.chars() {
        used += fonts.char_width(style, c, size);
        if used > room {
            break;
        }
        out.push(c);
    }
    let mut out = out.trim_end().to_string();
    out.push('…');
    out
}

pub(crate) struct Pager<'f> {
    pub fonts: &'f Fonts,
    pub pages: Vec<Vec<Item>>,
    /// Top of the next block on the current page, in points from the top.
    pub y: f32,
    /// Left-hand (bold) text of the running header on continuation pages.
    header: String,
    /// Right-hand text of the running header on continuation pages.
    pub running: String,
    /// Whether pages get the certificate's double-rule frame.
    framed: bool,
}

impl<'f> Pager<'f> {
    pub(crate) fn new(fonts: &'f Fonts, header: &str, running: String, framed: bool) -> Self {
        let mut p = Pager {
            fonts,
            pages: vec![Vec::new()],
            y: 0.0,
            header: header.to_string(),
            running,
            framed,
        };
        if framed {
            p.frame();
        }
        p
    }

    pub(crate) fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.push(item);
        }
    }

    /// Double rule around the page, as on printed certificates.
    fn frame(&mut self) {
        self.push(Item::Frame {
            x: 22.0,
            y: 22.0,
            w: PAGE_W - 44.0,
            h: PAGE_H - 44.0,
            width: 1.4,
            color: NAVY,
        });
        self.push(Item::Frame {
            x: 26.0,
            y: 26.0,
            w: PAGE_W - 52.0,
            h: PAGE_H - 52.0,
            width: 0.4,
            color: NAVY,
        });
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        if self.framed {
            self.frame();
        }
        let header = self.header.clone();
        self.text(LEFT, 56.0, Style::Bold, 10.0, NAVY, &header);
        let title_w = self.width(Style::Bold, &header, 10.0);
        let room = CONTENT_W - title_w - 20.0;
        let running = self.fit(Style::Regular, &self.running.clone(), 9.0, room);
        self.text_aligned(
            RIGHT,
            56.0,
            Style::Regular,
            9.0,
            GREY,
            &running,
            Align::Right,
        );
        self.rule(LEFT, RIGHT, 64.0, 0.6, NAVY);
        self.y = TOP_CONTINUED;
    }

    /// Start a new page unless `h` more points fit on this one. Returns
    /// whether a new page was started.
    pub(crate) fn ensure(&mut self, h: f32) -> bool {
        if self.y + h > BOTTOM {
            self.new_page();
            true
        } else {
            false
        }
    }

    pub(crate) fn width(&self, style: Style, text: &str, size: f32) -> f32 {
        self.fonts.width(style, text, size)
    }

    pub(crate) fn fit(&self, style: Style, text: &str, size: f32, w: f32) -> String {
        fit(self.fonts, style, text, size, w)
    }

    pub(crate) fn text(
        &mut self,
        x: f32,
        baseline: f32,
        style: Style,
        size: f32,
        color: Rgb3,
        text: &str,
    ) {
        self.push(Item::Text {
            x,
            y: baseline,
            style,
            size,
            color,
            text: text.to_string(),
            rtl: false,
        });
    }

    /// Draw text anchored at `x` (its left edge, right edge or centre).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn text_aligned(
        &mut self,
        x: f32,
        baseline: f32,
        style: Style,
        size: f32,
        color: Rgb3,
        text: &str,
        align: Align,
    ) {
        let w = self.width(style, text, size);
        let x = match align {
            Align::Left => x,
            Align::Right => x - w,
            Align::Center => x - w / 2.0,
        };
        self.text(x, baseline, style, size, color, text);
    }

    pub(crate) fn rule(&mut self, x1: f32, x2: f32, y: f32, width: f32, color: Rgb3) {
        self.push(Item::Line {
            x1,
            y1: y,
            x2,
            y2: y,
            width,
            color,
        });
    }

    /// Wrapped text across the full width (or from `x` to the right margin),
    /// breaking pages between lines.
    pub(crate) fn paragraph(&mut self, x: f32, style: Style, size: f32, color: Rgb3, text: &str) {
        let lh = leading(size);
        for line in self.fonts.wrap(style, text, size, RIGHT - x) {
            self.ensure(lh);
            self.text(x, self.y + ascent(size), style, size, color, &line);
            self.y += lh;
        }
    }

    /// Centred, wrapped text.
    pub(crate) fn centred(&mut self, style: Style, size: f32, color: Rgb3, text: &str) {
        let lh = leading(size);
        for line in self.fonts.wrap(style, text, size, CONTENT_W) {
            self.ensure(lh);
            let baseline = self.y + ascent(size);
            self.text_aligned(
                PAGE_W / 2.0,
                baseline,
                style,
                size,
                color,
                &line,
                Align::Center,
            );
            self.y += lh;
        }
    }

    /// Section heading with a hairline under it; kept with at least
    /// `keep_with` points of what follows.
    pub(crate) fn heading(&mut self, title: &str, keep_with: f32) {
        let size = 12.0;
        self.y += 10.0;
        self.ensure(leading(size) + 6.0 + keep_with);
        self.text(LEFT, self.y + ascent(size), Style::Bold, size, NAVY, title);
        self.y += leading(size) + 1.0;
        self.rule(LEFT, RIGHT, self.y, 0.5, RULE);
        self.y += 6.0;
    }

    /// Wrap each cell and return its lines (capped so a row fits on a page).
    fn cell_lines(&self, cell: &Cell<'_>, pad: f32) -> Vec<String> {
        let inner = (cell.w - 2.0 * pad).max(1.0);
        let mut lines = self.fonts.wrap(cell.style, cell.text, cell.size, inner);
        if lines.len() > MAX_CELL_LINES {
            lines.truncate(MAX_CELL_LINES);
            if let Some(last) = lines.last_mut() {
                let with_dots = format!("{last}…");
                *last = self.fit(cell.style, &with_dots, cell.size, inner);
                if !last.ends_with('…') {
                    last.push('…');
                }
            }
        }
        lines
    }

    /// Height a row of cells needs.
    fn row_height(&self, cells: &[Cell<'_>], pad_x: f32, pad_y: f32) -> f32 {
        let body = cells
            .iter()
            .map(|c| self.cell_lines(c, pad_x).len() as f32 * leading(c.size))
            .fold(0.0, f32::max);
        body + 2.0 * pad_y
    }

    /// Draw a row of cells at the cursor (the caller has ensured it fits).
    fn row(&mut self, cells: &[Cell<'_>], pad_x: f32, pad_y: f32) {
        for cell in cells {
            let lines = self.cell_lines(cell, pad_x);
            let mut top = self.y + pad_y;
            for line in lines {
                let x = match cell.align {
                    Align::Left => cell.x + pad_x,
                    Align::Right => cell.x + cell.w - pad_x,
                    Align::Center => cell.x + cell.w / 2.0,
                };
                let baseline = top + ascent(cell.size);
                self.text_aligned(
                    x, baseline, cell.style, cell.size, cell.color, &line, cell.align,
                );
                top += leading(cell.size);
            }
        }
    }

    /// A label on the left and wrapped value text on the right.
    pub(crate) fn label_value(&mut self, label: &str, style: Style, size: f32, value: &str) {
        let cells = [
            Cell {
                x: LEFT,
                w: LABEL_W,
                style: Style::Regular,
                size: 9.5,
                color: GREY,
                align: Align::Left,
                text: label,
            },
            Cell {
                x: LEFT + LABEL_W,
                w: CONTENT_W - LABEL_W,
                style,
                size,
                color: INK,
                align: Align::Left,
                text: value,
            },
        ];
        self.flow(&cells, 2.0);
    }

    /// Cells side by side whose text flows line by line, across pages if
    /// need be, so nothing is ever cut short. Baselines of a line align.
    fn flow(&mut self, cells: &[Cell<'_>], pad_y: f32) {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .map(|c| self.fonts.wrap(c.style, c.text, c.size, c.w.max(1.0)))
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(0);
        let size = cells.iter().map(|c| c.size).fold(0.0, f32::max);
        let lh = leading(size);
        self.y += pad_y;
        for k in 0..lines {
            self.ensure(lh + if k + 1 == lines { pad_y } else { 0.0 });
            let baseline = self.y + ascent(size);
            for (cell, cell_lines) in cells.iter().zip(&wrapped) {
                if let Some(line) = cell_lines.get(k) {
                    let x = match cell.align {
                        Align::Left => cell.x,
                        Align::Right => cell.x + cell.w,
                        Align::Center => cell.x + cell.w / 2.0,
                    };
                    self.text_aligned(
                        x, baseline, cell.style, cell.size, cell.color, line, cell.align,
                    );
                }
            }
            self.y += lh;
        }
        self.y += pad_y;
    }

    /// Bulleted, wrapped list item.
    fn bullet(&mut self, marker: &str, text: &str, style: Style) {
        self.bullet_at(LEFT, None, marker, text, style);
    }

    /// List item with a hanging indent starting at `x`; `label`, if any,
    /// goes in the label column beside the first line.
    fn bullet_at(&mut self, x: f32, label: Option<&str>, marker: &str, text: &str, style: Style) {
        let indent = if x > LEFT { 12.0 } else { 22.0 };
        let lh = leading(BODY);
        let lines = self.fonts.wrap(style, text, BODY, RIGHT - x - indent);
        for (i, line) in lines.iter().enumerate() {
            self.ensure(lh);
            let baseline = self.y + ascent(BODY);
            if i == 0 {
                if let Some(label) = label {
                    self.text(LEFT, baseline, Style::Regular, 9.5, GREY, label);
                }
                let marker_x = if x > LEFT { x } else { x + indent - 7.0 };
                let align = if x > LEFT { Align::Left } else { Align::Right };
                self.text_aligned(
                    marker_x,
                    baseline,
                    Style::Regular,
                    BODY,
                    NAVY,
                    marker,
                    align,
                );
            }
            self.text(x + indent, baseline, style, BODY, INK, line);
            self.y += lh;
        }
        self.y += 2.0;
    }
}

/// Lay the certificate out; returns the pages' display lists.
pub(crate) fn certificate_pages(fonts: &Fonts, c: &Certificate) -> Vec<Vec<Item>> {
    let org = c.organisation.trim();
    let term = c.term.trim();
    let running = [org, term]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    // Every word around the data comes from locales/<lang>/documents.ftl.
    let m = scrutineer_i18n::messages(c.language);
    let mut p = Pager::new(fonts, &m.text("cert-title"), running, true);

    title_block(&mut p, m, org, term);
    method_block(&mut p, m, c);
    figures_block(&mut p, m, c);
    candidates_table(&mut p, m, &c.candidates, &c.winners);
    winners_block(&mut p, m, &c.winners);
    exclusions_block(&mut p, m, &c.exclusions);
    tie_break_block(&mut p, m, &c.tie_breaks);
    notes_block(&mut p, m, &c.notes);
    verification_block(&mut p, m, c);
    signature_block(&mut p, m, &c.signatories);

    let mut pages = p.pages;
    let generated_by = c.generated_by.trim();
    let footer = if generated_by.is_empty() {
        String::new()
    } else {
        m.get("cert-footer", &[("producer", generated_by.into())])
    };
    add_footers(fonts, m, &mut pages, &footer);
    add_status(fonts, m, &mut pages, c);
    pages
}

const RED: Rgb3 = Rgb3(0.70, 0.09, 0.09);

/// The certificate's status at the top of every page, inside the frame:
/// "DRAFT — not certified" in red, or who certified it and the
/// certificate's identifier.
fn add_status(fonts: &Fonts, m: &Messages, pages: &mut [Vec<Item>], c: &Certificate) {
    let status = c.status.trim();
    let id = c.identifier.trim();
    let text = match (status.is_empty(), id.is_empty()) {
        (true, true) => return,
        (false, true) => status.to_string(),
        (true, false) => m.get("cert-identifier-short", &[("id", id.into())]),
        (false, false) => m.get(
            "cert-identifier-status",
            &[("id", id.into()), ("status", status.into())],
        ),
    };
    let (style, color, size) = if c.draft {
        (Style::Bold, RED, 10.0)
    } else {
        (Style::Regular, NAVY, 8.5)
    };
    let text = fit(fonts, style, &text, size, CONTENT_W);
    let w = fonts.width(style, &text, size);
    for page in pages.iter_mut() {
        page.push(Item::Text {
            x: LEFT + (CONTENT_W - w) / 2.0,
            y: 40.0,
            style,
            size,
            color,
            text: text.clone(),
            rtl: false,
        });
    }
}

fn title_block(p: &mut Pager<'_>, m: &Messages, org: &str, term: &str) {
    p.y = 58.0;
    p.centred(Style::Regular, 8.5, GREY, &m.text("cert-kicker"));
    p.y += 4.0;
    p.centred(Style::Bold, 24.0, NAVY, &m.text("cert-title"));
    p.y += 4.0;
    if !org.is_empty() {
        p.centred(Style::Regular, 14.0, INK, org);
    }
    if !term.is_empty() {
        p.centred(Style::Regular, 11.5, GREY, term);
    }
    p.y += 8.0;
    let y = p.y;
    p.rule(LEFT, RIGHT, y, 1.4, NAVY);
    p.rule(LEFT, RIGHT, y + 3.0, 0.4, NAVY);
    p.y += 8.0;
}

fn method_block(p: &mut Pager<'_>, m: &Messages, c: &Certificate) {
    p.heading(&m.text("cert-method-and-rules"), 30.0);
    let method = if c.method.trim().is_empty() {
        m.text("not-stated")
    } else {
        c.method.trim().to_string()
    };
    p.label_value(&m.text("cert-counting-method"), Style::Bold, BODY, &method);
    let rules: Vec<&str> = c
        .rules
        .iter()
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
        .collect();
    if rules.is_empty() {
        p.label_value(
            &m.text("cert-rules"),
            Style::Regular,
            BODY,
            &m.text("cert-no-further-rules"),
        );
    }
    let rules_label = m.text("cert-rules");
    for (i, rule) in rules.iter().enumerate() {
        let label = if i == 0 {
            Some(rules_label.as_str())
        } else {
            None
        };
        p.y += 1.0;
        p.bullet_at(LEFT + LABEL_W, label, "•", rule, Style::Regular);
    }
}

fn figures_block(p: &mut Pager<'_>, m: &Messages, c: &Certificate) {
    p.heading(&m.text("cert-participation"), 60.0);
    let gap = 12.0;
    let box_w = (CONTENT_W - 2.0 * gap) / 3.0;
    let box_h = 50.0;
    p.ensure(box_h);
    let top = p.y;
    let eligible = m.integer(c.eligible);
    let ballots = m.integer(c.ballots);
    let turnout = if c.turnout.trim().is_empty() {
        "–".to_string()
    } else {
        c.turnout.trim().to_string()
    };
    let figures = [
        (m.text("cert-eligible"), eligible),
        (m.text("cert-ballots-cast"), ballots),
        (m.text("cert-turnout"), turnout),
    ];
    for (i, (label, value)) in figures.iter().enumerate() {
        let x = LEFT + i as f32 * (box_w + gap);
        p.push(Item::Fill {
            x,
            y: top,
            w: box_w,
            h: box_h,
            color: BOX_FILL,
        });
        p.push(Item::Line {
            x1: x,
            y1: top,
            x2: x,
            y2: top + box_h,
            width: 2.5,
            color: NAVY,
        });
        p.text(x + 12.0, top + 16.0, Style::Regular, 9.0, GREY, label);
        let value = p.fit(Style::Bold, value, 18.0, box_w - 24.0);
        p.text(x + 12.0, top + 39.0, Style::Bold, 18.0, INK, &value);
    }
    p.y = top + box_h + 4.0;
}

struct Columns {
    rank: f32,
    name: f32,
    employer: Option<f32>,
    votes: f32,
    status: f32,
}

const TABLE_SIZE: f32 = 9.5;
const CELL_PAD_X: f32 = 6.0;
const CELL_PAD_Y: f32 = 4.0;

fn columns(p: &Pager<'_>, m: &Messages, rows: &[CertificateRow]) -> Columns {
    let widest = |header: &str, cells: &mut dyn Iterator<Item = String>, style: Style| {
        let head = p.width(Style::Bold, header, TABLE_SIZE);
        cells
            .map(|s| p.width(style, &s, TABLE_SIZE))
            .fold(head, f32::max)
            + 2.0 * CELL_PAD_X
    };
    let rank = widest(
        &m.text("cert-col-rank"),
        &mut rows.iter().filter_map(|r| r.rank.map(|n| n.to_string())),
        Style::Regular,
    )
    .clamp(36.0, 60.0);
    let votes = widest(
        &m.text("cert-col-votes"),
        &mut rows.iter().map(|r| r.votes.clone()),
        Style::Regular,
    )
    .clamp(56.0, 110.0);
    let status = widest(
        &m.text("cert-col-status"),
        &mut rows.iter().map(|r| r.status.clone()),
        Style::Bold,
    )
    .clamp(72.0, 130.0);
    let rest = CONTENT_W - rank - votes - status;
    let has_employer = rows.iter().any(|r| !r.employer.trim().is_empty());
    if has_employer {
        Columns {
            rank,
            name: rest * 0.56,
            employer: Some(rest * 0.44),
            votes,
            status,
        }
    } else {
        Columns {
            rank,
            name: rest,
            employer: None,
            votes,
            status,
        }
    }
}

fn table_header(p: &mut Pager<'_>, m: &Messages, cols: &Columns) {
    let mut x = LEFT;
    let mut cells = Vec::new();
    let titles = [
        m.text("cert-col-rank"),
        m.text("cert-col-candidate"),
        m.text("cert-col-employer"),
        m.text("cert-col-votes"),
        m.text("cert-col-status"),
    ];
    let mut add = |w: f32, title: &str, align: Align| {
        cells.push((x, w, title.to_string(), align));
        x += w;
    };
    add(cols.rank, &titles[0], Align::Right);
    add(cols.name, &titles[1], Align::Left);
    if let Some(w) = cols.employer {
        add(w, &titles[2], Align::Left);
    }
    add(cols.votes, &titles[3], Align::Right);
    add(cols.status, &titles[4], Align::Left);
    let cells: Vec<Cell<'_>> = cells
        .iter()
        .map(|(x, w, text, align)| Cell {
            x: *x,
            w: *w,
            style: Style::Bold,
            size: TABLE_SIZE,
            color: WHITE,
            align: *align,
            text,
        })
        .collect();
    let h = p.row_height(&cells, CELL_PAD_X, 5.0);
    p.push(Item::Fill {
        x: LEFT,
        y: p.y,
        w: CONTENT_W,
        h,
        color: NAVY,
    });
    p.row(&cells, CELL_PAD_X, 5.0);
    p.y += h;
}

fn candidates_table(p: &mut Pager<'_>, m: &Messages, rows: &[CertificateRow], winners: &[String]) {
    p.heading(&m.text("cert-candidates"), 70.0);
    if rows.is_empty() {
        p.paragraph(
            LEFT,
            Style::Regular,
            BODY,
            GREY,
            &m.text("cert-no-candidates"),
        );
        return;
    }
    let cols = columns(p, m, rows);
    table_header(p, m, &cols);
    for (i, r) in rows.iter().enumerate() {
        let elected = winners.iter().any(|w| w.trim() == r.name.trim());
        let rank = r.rank.map(|n| n.to_string()).unwrap_or_else(|| "–".into());
        let rank: &str = &rank;
        let name_style = if elected { Style::Bold } else { Style::Regular };
        let status_color = if elected { NAVY } else { INK };
        let mut spec: Vec<(f32, &str, Style, Rgb3, Align)> = vec![
            (cols.rank, rank, Style::Regular, GREY, Align::Right),
            (cols.name, r.name.trim(), name_style, INK, Align::Left),
        ];
        if let Some(w) = cols.employer {
            spec.push((w, r.employer.trim(), Style::Regular, INK, Align::Left));
        }
        spec.push((
            cols.votes,
            r.votes.trim(),
            Style::Regular,
            INK,
            Align::Right,
        ));
        spec.push((
            cols.status,
            r.status.trim(),
            name_style,
            status_color,
            Align::Left,
        ));
        let mut x = LEFT;
        let cells: Vec<Cell<'_>> = spec
            .into_iter()
            .map(|(w, text, style, color, align)| {
                let cell = Cell {
                    x,
                    w,
                    style,
                    size: TABLE_SIZE,
                    color,
                    align,
                    text,
                };
                x += w;
                cell
            })
            .collect();
        let h = p.row_height(&cells, CELL_PAD_X, CELL_PAD_Y);
        if p.ensure(h) {
            p.text(
                LEFT,
                p.y + ascent(9.0),
                Style::Regular,
                9.0,
                GREY,
                &m.text("cert-candidates-continued"),
            );
            p.y += leading(9.0) + 2.0;
            table_header(p, m, &cols);
            // Re-anchor the row cells under the repeated header.
            p.ensure(h);
        }
        if !i.is_multiple_of(2) {
            p.push(Item::Fill {
                x: LEFT,
                y: p.y,
                w: CONTENT_W,
                h,
                color: ZEBRA,
            });
        }
        p.row(&cells, CELL_PAD_X, CELL_PAD_Y);
        p.y += h;
        p.rule(LEFT, RIGHT, p.y, 0.4, RULE);
    }
}

fn winners_block(p: &mut Pager<'_>, m: &Messages, winners: &[String]) {
    p.heading(&m.text("cert-elected-in-order"), 20.0);
    if winners.is_empty() {
        p.paragraph(
            LEFT,
            Style::Regular,
            BODY,
            GREY,
            &m.text("cert-none-elected"),
        );
        return;
    }
    for (i, w) in winners.iter().enumerate() {
        p.bullet(&format!("{}.", i + 1), w.trim(), Style::Bold);
    }
}

fn exclusions_block(p: &mut Pager<'_>, m: &Messages, exclusions: &[(String, String)]) {
    if exclusions.is_empty() {
        return;
    }
    p.heading(&m.text("cert-exclusions"), 20.0);
    let none = m.text("cert-no-reason");
    for (name, reason) in exclusions {
        let reason = if reason.trim().is_empty() {
            none.as_str()
        } else {
            reason.trim()
        };
        let cells = [
            Cell {
                x: LEFT,
                w: 170.0,
                style: Style::Bold,
                size: BODY,
                color: INK,
                align: Align::Left,
                text: name.trim(),
            },
            Cell {
                x: LEFT + 170.0,
                w: CONTENT_W - 170.0,
                style: Style::Regular,
                size: BODY,
                color: INK,
                align: Align::Left,
                text: reason,
            },
        ];
        p.flow(&cells, 2.0);
    }
}

fn tie_break_block(p: &mut Pager<'_>, m: &Messages, ties: &[CertificateTieBreak]) {
    if ties.is_empty() {
        return;
    }
    p.heading(&m.text("cert-ties"), 40.0);
    for (i, t) in ties.iter().enumerate() {
        if i > 0 {
            p.y += 6.0;
        }
        let context = if t.context.trim().is_empty() {
            m.get("cert-tie-n", &[("n", FluentValue::from(i + 1))])
        } else {
            t.context.trim().to_string()
        };
        p.ensure(leading(10.5) + 30.0);
        p.paragraph(LEFT, Style::Bold, 10.5, INK, &context);
        p.label_value(
            &m.text("cert-tied-candidates"),
            Style::Regular,
            BODY,
            &t.tied.join(&m.text("list-sep")),
        );
        seed_box(p, m, &t.seed);
        let hash = t.ballot_sha256.trim();
        if !hash.is_empty() {
            p.label_value(&m.text("cert-ballot-set-sha"), Style::Mono, 7.5, hash);
        }
        let outcome: Vec<String> = t
            .outcome
            .iter()
            .enumerate()
            .map(|(k, name)| format!("{}. {}", k + 1, name.trim()))
            .collect();
        p.label_value(
            &m.text("cert-order-drawn"),
            Style::Regular,
            BODY,
            &outcome.join("   "),
        );
    }
}

/// The seed, verbatim line by line in monospace on a tinted panel.
fn seed_box(p: &mut Pager<'_>, m: &Messages, seed: &str) {
    let size = 8.5;
    let lh = leading(size);
    let pad = 4.0;
    let x = LEFT + LABEL_W;
    let w = CONTENT_W - LABEL_W;
    let seed = seed.trim_matches(|c| c == '\n' || c == '\r');
    let lines = if seed.trim().is_empty() {
        vec![m.text("cert-seed-none")]
    } else {
        p.fonts.wrap(Style::Mono, seed, size, w - 2.0 * pad)
    };
    let last = lines.len().saturating_sub(1);
    p.y += 2.0;
    for (i, line) in lines.iter().enumerate() {
        let top_pad = if i == 0 { pad } else { 0.0 };
        let bottom_pad = if i == last { pad } else { 0.0 };
        let h = top_pad + lh + bottom_pad;
        let new_page = p.ensure(h);
        let top_pad = if new_page { pad } else { top_pad };
        let h = top_pad + lh + bottom_pad;
        p.push(Item::Fill {
            x,
            y: p.y,
            w,
            h,
            color: BOX_FILL,
        });
        if i == 0 || new_page {
            let label = if i == 0 {
                m.text("cert-seed")
            } else {
                m.text("cert-seed-continued")
            };
            p.text(
                LEFT,
                p.y + top_pad + ascent(size),
                Style::Regular,
                9.5,
                GREY,
                &label,
            );
        }
        p.text(
            x + pad,
            p.y + top_pad + ascent(size),
            Style::Mono,
            size,
            INK,
            line,
        );
        p.y += h;
    }
    p.y += 4.0;
}

fn notes_block(p: &mut Pager<'_>, m: &Messages, notes: &[String]) {
    let notes: Vec<&str> = notes
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect();
    if notes.is_empty() {
        return;
    }
    p.heading(&m.text("cert-notes"), 20.0);
    for n in notes {
        p.bullet("•", n, Style::Regular);
    }
}

fn verification_block(p: &mut Pager<'_>, m: &Messages, c: &Certificate) {
    p.heading(&m.text("cert-verification"), 60.0);
    let hash = c.ballot_sha256.trim();
    let value_w = CONTENT_W - LABEL_W;
    let sha_label = m.text("cert-sha-of-ballots");
    if hash.is_empty() {
        p.label_value(&sha_label, Style::Regular, BODY, &m.text("not-recorded"));
    } else {
        // A SHA-256 is 64 hex digits: shrink the monospace size so it stays
        // on one line; anything longer wraps.
        let at_one = p.width(Style::Mono, hash, 1.0).max(0.001);
        let size = (value_w / at_one).min(9.0);
        if size >= 7.0 {
            p.label_value(&sha_label, Style::Mono, size, hash);
        } else {
            p.label_value(&sha_label, Style::Mono, 8.0, hash);
        }
    }
    let date = if c.date.trim().is_empty() {
        m.text("not-stated")
    } else {
        c.date.trim().to_string()
    };
    p.label_value(&m.text("cert-date"), Style::Regular, BODY, &date);
    if !c.status.trim().is_empty() {
        p.label_value(
            &m.text("cert-status"),
            Style::Regular,
            BODY,
            c.status.trim(),
        );
    }
    if !c.identifier.trim().is_empty() {
        p.label_value(
            &m.text("cert-identifier"),
            Style::Mono,
            9.0,
            c.identifier.trim(),
        );
    }
    if !c.generated_by.trim().is_empty() {
        p.label_value(
            &m.text("cert-counted-with"),
            Style::Regular,
            BODY,
            c.generated_by.trim(),
        );
    }
}

/// Declaration and two signature panels, at the foot of the last page.
fn signature_block(p: &mut Pager<'_>, m: &Messages, names: &(String, String)) {
    let statement = m.text("cert-statement");
    let statement_lines = p
        .fonts
        .wrap(Style::Regular, &statement, 9.5, CONTENT_W)
        .len();
    // (label, height of the writing space above its line); the name goes
    // above the second.
    let fields = [
        (m.text("cert-signature"), 40.0),
        (m.text("cert-name"), 30.0),
        (m.text("cert-signature-date"), 30.0),
    ];
    let fields_h: f32 = fields.iter().map(|f| f.1).sum();
    let block_h = 16.0 + statement_lines as f32 * leading(9.5) + 14.0 + leading(11.0) + fields_h;
    if p.y + block_h > BOTTOM - 4.0 {
        p.new_page();
    } else {
        p.y = BOTTOM - 4.0 - block_h;
    }
    p.y += 16.0;
    p.paragraph(LEFT, Style::Regular, 9.5, INK, &statement);
    p.y += 14.0;
    let gap = 36.0;
    let col_w = (CONTENT_W - gap) / 2.0;
    let top = p.y;
    let roles = [m.text("cert-returns-officer"), m.text("cert-witness")];
    for (i, role) in roles.iter().enumerate() {
        let x = LEFT + i as f32 * (col_w + gap);
        let role = p.fit(Style::Bold, role, 11.0, col_w);
        p.text(x, top + ascent(11.0), Style::Bold, 11.0, NAVY, &role);
        let mut y = top + leading(11.0);
        let name = if i == 0 {
            names.0.trim()
        } else {
            names.1.trim()
        };
        for (k, (field, field_h)) in fields.iter().enumerate() {
            y += field_h;
            let line_y = y - 10.0;
            if k == 1 && !name.is_empty() {
                let shown = p.fit(Style::Regular, name, 10.0, col_w);
                p.text(x, line_y - 3.0, Style::Regular, 10.0, INK, &shown);
            }
            p.rule(x, x + col_w, line_y, 0.6, INK);
            p.text(x, line_y + 9.0, Style::Regular, 7.5, GREY, field);
        }
    }
    p.y = top + leading(11.0) + fields_h;
}

/// A hairline, "Page N of M" on the right and `left` (if any) on the left,
/// at the foot of every page.
pub(crate) fn add_footers(fonts: &Fonts, m: &Messages, pages: &mut [Vec<Item>], left: &str) {
    let n = pages.len();
    let baseline = PAGE_H - 40.0;
    for (i, page) in pages.iter_mut().enumerate() {
        page.push(Item::Line {
            x1: LEFT,
            y1: BOTTOM + 10.0,
            x2: RIGHT,
            y2: BOTTOM + 10.0,
            width: 0.4,
            color: RULE,
        });
        let label = m.get(
            "page-of",
            &[
                ("n", FluentValue::from(i + 1)),
                ("total", FluentValue::from(n)),
            ],
        );
        let w = fonts.width(Style::Regular, &label, 8.5);
        page.push(Item::Text {
            x: RIGHT - w,
            y: baseline,
            style: Style::Regular,
            size: 8.5,
            color: GREY,
            text: label,
            rtl: false,
        });
        if !left.is_empty() {
            page.push(Item::Text {
                x: LEFT,
                y: baseline,
                style: Style::Regular,
                size: 8.5,
                color: GREY,
                text: fit(fonts, Style::Regular, left, 8.5, CONTENT_W - w - 24.0),
                rtl: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn thousands_are_grouped_as_the_language_writes_them() {
        let en = scrutineer_i18n::messages(scrutineer_i18n::Lang::En);
        assert_eq!(en.integer(0), "0");
        assert_eq!(en.integer(999), "999");
        assert_eq!(en.integer(1000), "1,000");
        assert_eq!(en.integer(1234567), "1,234,567");
        let de = scrutineer_i18n::messages(scrutineer_i18n::Lang::De);
        assert_eq!(de.integer(1234567), "1.234.567");
    }
}
