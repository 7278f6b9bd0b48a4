//! A small page display list (text, lines, filled boxes) and its conversion
//! to a printpdf document. Coordinates are in points from the top-left
//! corner of an A4 page; conversion flips them to PDF's bottom-left origin.

use std::collections::{BTreeMap, BTreeSet};

use printpdf::{
    Actions, BorderArray, Codepoint, Color, ColorArray, Destination, FontId, HighlightingMode,
    Line, LinePoint, LinkAnnotation, Op, PageAnnotId, PageAnnotation, PaintMode, ParsedFont,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Point, Pt,
    Rect, Rgb, TextItem, TextMatrix, WindingOrder,
};

use crate::fonts::{FontKey, Fonts, Run, Style};
use crate::ReportError;

/// A4 in points (210 × 297 mm).
pub(crate) const PAGE_W: f32 = 595.28;
pub(crate) const PAGE_H: f32 = 841.89;

/// An sRGB colour with components in 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rgb3(pub f32, pub f32, pub f32);

impl Rgb3 {
    fn to_color(self) -> Color {
        Color::Rgb(Rgb {
            r: self.0,
            g: self.1,
            b: self.2,
            icc_profile: None,
        })
    }
}

#[derive(Debug, Clone)]
pub(crate) enum Item {
    /// One line of text; `y` is the baseline. `rtl`: the text is part of a
    /// right-to-left paragraph (its own bidi reordering uses that level).
    Text {
        x: f32,
        y: f32,
        style: Style,
        size: f32,
        color: Rgb3,
        text: String,
        rtl: bool,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Rgb3,
    },
    /// Filled rectangle; (`x`, `y`) is the top-left corner.
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb3,
    },
    /// A clickable area (a PDF link annotation, ISO 32000-1 §12.5.6.5);
    /// (`x`, `y`) is the top-left corner. Draws nothing itself.
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        target: Target,
    },
    /// Stroked rectangle outline.
    Frame {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        width: f32,
        color: Rgb3,
    },
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Target {
    /// A URI action (§12.6.4.7): a web page or a mail address.
    Uri(String),
    /// A go-to action (§12.6.4.2) to the top of a page of this document,
    /// numbered from 1.
    Page(usize),
}

fn pt(x: f32, y_from_top: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(PAGE_H - y_from_top),
    }
}

fn line_points(points: &[(f32, f32)]) -> Vec<LinePoint> {
    points
        .iter()
        .map(|&(x, y)| LinePoint {
            p: pt(x, y),
            bezier: false,
        })
        .collect()
}

/// Convert the pages to PDF bytes, embedding (subsets of) the fonts used.
/// `outline` lists the document outline's entries (bookmarks, ISO 32000-1
/// §12.3.3): a title and the page it opens, numbered from 1.
pub(crate) fn to_pdf(
    fonts: &Fonts,
    title: &str,
    creator: &str,
    pages: &[Vec<Item>],
    outline: &[(String, usize)],
) -> Result<Vec<u8>, ReportError> {
    let mut doc = PdfDocument::new(title);
    doc.metadata.info.creator = creator.to_string();
    doc.metadata.info.producer = creator.to_string();
    for (i, (name, page)) in outline.iter().enumerate() {
        // Fixed ids (printpdf's own are random), so output is reproducible.
        doc.bookmarks.map.insert(
            PageAnnotId(format!("outline{i:06}")),
            PageAnnotation {
                name: name.clone(),
                page: *page,
            },
        );
    }

    // Lay every line out in font runs first: the fonts are subset to exactly
    // the characters drawn, and shaped runs need the subset's glyph ids.
    let laid_out: Vec<Vec<(&Item, Vec<Run>)>> = pages
        .iter()
        .map(|items| {
            items
                .iter()
                .map(|item| match item {
                    Item::Text {
                        style, text, rtl, ..
                    } => (item, fonts.runs_in(*style, text, *rtl)),
                    _ => (item, Vec::new()),
                })
                .collect()
        })
        .collect();
    let mut used: BTreeMap<FontKey, BTreeSet<char>> = BTreeMap::new();
    for (_, runs) in laid_out.iter().flatten() {
        for run in runs {
            used.entry(run.font).or_default().extend(run.text.chars());
        }
    }
    let embedded: BTreeMap<FontKey, ParsedFont> = used
        .iter()
        .map(|(&key, chars)| (key, fonts.subset(key, chars)))
        .collect();

    let mut pdf_pages = Vec::with_capacity(pages.len());
    for items in &laid_out {
        let mut ops = Vec::new();
        for (item, runs) in items {
            item_ops(fonts, &embedded, item, runs, &mut ops);
        }
        pdf_pages.push(PdfPage::new(printpdf::Mm(210.0), printpdf::Mm(297.0), ops));
    }
    for (key, font) in embedded {
        doc.resources
            .fonts
            .map
            .insert(FontId(key.resource_name().to_string()), PdfFont::new(font));
    }
    doc.with_pages(pdf_pages);

    let opts = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut warnings = Vec::new();
    let mut bytes = doc.save(&opts, &mut warnings);
    stable_file_id(&mut bytes);
    page_mode_as_name(&mut bytes);
    if let Some(w) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(ReportError::Pdf(w.msg.clone()));
    }
    if !bytes.starts_with(b"%PDF") {
        return Err(ReportError::Pdf(
            "the PDF writer produced no document".to_string(),
        ));
    }
    Ok(bytes)
}

fn item_ops(
    fonts: &Fonts,
    embedded: &BTreeMap<FontKey, ParsedFont>,
    item: &Item,
    runs: &[Run],
    ops: &mut Vec<Op>,
) {
    match item {
        Item::Text {
            x,
            y,
            size,
            color,
            style,
            ..
        } => {
            if runs.is_empty() {
                return;
            }
            ops.push(Op::StartTextSection);
            ops.push(Op::SetFillColor {
                col: color.to_color(),
            });
            let mut cx = *x;
            for run in runs {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(FontId(run.font.resource_name().to_string())),
                    size: Pt(*size),
                });
                let slant = style.slant();
                let matrix = if slant == 0.0 {
                    TextMatrix::Translate(Pt(cx), Pt(PAGE_H - y))
                } else {
                    // Shear the glyphs (x' = x + slant · y) for italics.
                    TextMatrix::Raw([1.0, 0.0, slant, 1.0, cx, PAGE_H - y])
                };
                ops.push(Op::SetTextMatrix { matrix });
                cx += fonts.run_width(run, *size);
                let item = match embedded.get(&run.font) {
                    // Shaped glyphs are given by id, each carrying the text it
                    // stands for, so the /ToUnicode map copies out real letters.
                    Some(font) if run.is_shaped() => TextItem::GlyphIds(
                        run.text
                            .chars()
                            .zip(&run.sources)
                            .map(|(c, source)| Codepoint {
                                gid: font.lookup_glyph_index(c as u32).unwrap_or(0),
                                offset: 0.0,
                                cid: Some(source.clone()),
                            })
                            .collect(),
                    ),
                    _ => TextItem::Text(run.text.clone()),
                };
                ops.push(Op::ShowText { items: vec![item] });
            }
            ops.push(Op::EndTextSection);
        }
        Item::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } => {
            ops.push(Op::SetOutlineColor {
                col: color.to_color(),
            });
            ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
            ops.push(Op::DrawLine {
                line: Line {
                    points: line_points(&[(*x1, *y1), (*x2, *y2)]),
                    is_closed: false,
                },
            });
        }
        Item::Fill { x, y, w, h, color } => {
            ops.push(Op::SetFillColor {
                col: color.to_color(),
            });
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(*x),
                    y: Pt(PAGE_H - y - h),
                    width: Pt(*w),
                    height: Pt(*h),
                    mode: Some(PaintMode::Fill),
                    winding_order: Some(WindingOrder::NonZero),
                },
            });
        }
        Item::Link { x, y, w, h, target } => {
            let action = match target {
                Target::Uri(uri) => Actions::Uri(uri.clone()),
                Target::Page(page) => Actions::Goto(Destination::Xyz {
                    page: *page,
                    left: Some(0.0),
                    top: Some(PAGE_H),
                    zoom: None,
                }),
            };
            ops.push(Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    Rect {
                        x: Pt(*x),
                        y: Pt(PAGE_H - y - h),
                        width: Pt(*w),
                        height: Pt(*h),
                        mode: None,
                        winding_order: None,
                    },
                    action,
                    // No border drawn: the layout underlines link text itself.
                    Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                    Some(ColorArray::Transparent),
                    Some(HighlightingMode::Invert),
                ),
            });
        }
        Item::Frame {
            x,
            y,
            w,
            h,
            width,
            color,
        } => {
            ops.push(Op::SetOutlineColor {
                col: color.to_color(),
            });
            ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
            ops.push(Op::DrawLine {
                line: Line {
                    points: line_points(&[(*x, *y), (x + w, *y), (x + w, y + h), (*x, y + h)]),
                    is_closed: true,
                },
            });
        }
    }
}

/// printpdf writes the catalog's `/PageMode` as a string, `(UseOutlines)`,
/// where ISO 32000-1 §7.7.2 (Table 28) wants a name, so viewers ignore it
/// and do not open the outline. Rewrite it as the name `/UseOutlines`
/// followed by a space: the same length, so cross-reference offsets hold.
fn page_mode_as_name(bytes: &mut [u8]) {
    const FROM: &[u8] = b"/PageMode(UseOutlines)";
    const TO: &[u8] = b"/PageMode/UseOutlines ";
    if let Some(at) = bytes.windows(FROM.len()).position(|w| w == FROM) {
        bytes[at..at + FROM.len()].copy_from_slice(TO);
    }
}

/// printpdf fills the trailer's file identifier (`/ID`, ISO 32000-1 §14.4)
/// with random characters, so the same certificate would give different
/// bytes each time. Replace both halves, in place and at the same length
/// (so the cross-reference offsets stay valid), with a digest of the rest
/// of the file: identical certificates then give identical files.
fn stable_file_id(bytes: &mut [u8]) {
    const MARK: &[u8] = b"/ID[(";
    const LEN: usize = 32;
    let Some(start) = bytes.windows(MARK.len()).rposition(|w| w == MARK) else {
        return;
    };
    let first = start + MARK.len();
    let second = first + LEN + 2;
    let fits = bytes.get(first + LEN..second) == Some(b")(".as_slice())
        && bytes.get(second + LEN) == Some(&b')');
    if !fits {
        return;
    }
    let mut id = [0u8; LEN];
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in &bytes[..start] {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    for chunk in id.chunks_mut(16) {
        for slot in chunk.iter_mut() {
            *slot = b'A' + (h & 0xF) as u8;
            h >>= 4;
        }
        h = h.wrapping_mul(0x0000_0100_0000_01b3) ^ 0x9e37_79b9_7f4a_7c15;
    }
    bytes[first..first + LEN].copy_from_slice(&id);
    bytes[second..second + LEN].copy_from_slice(&id);
}
