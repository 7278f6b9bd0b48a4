//! Embedded fonts, per-character font fallback and text measurement.
//!
//! The certificate must print names in any script and the text must stay
//! extractable (copy/paste, `pdftotext`). We embed DejaVu Sans (Latin, Greek,
//! Cyrillic, Hebrew, many symbols) and Droid Sans Fallback (CJK). Each piece
//! of text is split into runs: every character goes to the first font of the
//! style's fallback chain whose `cmap` maps it to a real glyph.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use printpdf::ParsedFont;

use crate::bidi::Glyph;
use crate::ReportError;

static DEJAVU_SANS: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
static DEJAVU_SANS_MONO: &[u8] = include_bytes!("../fonts/DejaVuSansMono.ttf");
static DROID_SANS_FALLBACK: &[u8] = include_bytes!("../fonts/DroidSansFallbackFull.ttf");

/// One embedded font file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum FontKey {
    Sans,
    SansBold,
    Mono,
    Cjk,
}

impl FontKey {
    fn index(self) -> usize {
        match self {
            FontKey::Sans => 0,
            FontKey::SansBold => 1,
            FontKey::Mono => 2,
            FontKey::Cjk => 3,
        }
    }

    fn file_name(self) -> &'static str {
        match self {
            FontKey::Sans => "DejaVuSans.ttf",
            FontKey::SansBold => "DejaVuSans-Bold.ttf",
            FontKey::Mono => "DejaVuSansMono.ttf",
            FontKey::Cjk => "DroidSansFallbackFull.ttf",
        }
    }

    fn bytes(self) -> &'static [u8] {
        match self {
            FontKey::Sans => DEJAVU_SANS,
            FontKey::SansBold => DEJAVU_SANS_BOLD,
            FontKey::Mono => DEJAVU_SANS_MONO,
            FontKey::Cjk => DROID_SANS_FALLBACK,
        }
    }

    fn postscript_name(self) -> &'static str {
        match self {
            FontKey::Sans => "DejaVuSans",
            FontKey::SansBold => "DejaVuSans-Bold",
            FontKey::Mono => "DejaVuSansMono",
            FontKey::Cjk => "DroidSansFallbackFull",
        }
    }

    /// Resource name used in the PDF (fixed, so output is reproducible).
    pub(crate) fn resource_name(self) -> &'static str {
        match self {
            FontKey::Sans => "FSans",
            FontKey::SansBold => "FSansBold",
            FontKey::Mono => "FMono",
            FontKey::Cjk => "FCjk",
        }
    }
}

/// A typographic style; each has its own fallback chain of fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Regular,
    Bold,
    Mono,
    /// Emphasis. No italic font is embedded (DejaVu Sans Oblique would add
    /// ~600 KB to the binary), so italics are the regular faces slanted by
    /// the text matrix when drawn (see [`Style::slant`]); the glyphs, their
    /// widths and the copied-out text are those of [`Style::Regular`].
    Italic,
    /// Strong emphasis inside emphasis (or the reverse): slanted bold.
    BoldItalic,
}

impl Style {
    fn chain(self) -> &'static [FontKey] {
        match self {
            Style::Regular | Style::Italic => &[FontKey::Sans, FontKey::Cjk, FontKey::Mono],
            // Droid Sans Fallback has no bold face; CJK falls back to regular.
            Style::Bold | Style::BoldItalic => &[FontKey::SansBold, FontKey::Sans, FontKey::Cjk],
            Style::Mono => &[FontKey::Mono, FontKey::Sans, FontKey::Cjk],
        }
    }

    /// Horizontal shear applied to the glyphs when drawn (x += slant · y):
    /// tan 12°, the slant of DejaVu Sans Oblique, for the italic styles.
    pub(crate) fn slant(self) -> f32 {
        match self {
            Style::Italic | Style::BoldItalic => 0.2126,
            Style::Regular | Style::Bold | Style::Mono => 0.0,
        }
    }

    /// This style with strong emphasis added.
    pub(crate) fn strong(self) -> Style {
        match self {
            Style::Regular | Style::Bold => Style::Bold,
            Style::Italic | Style::BoldItalic => Style::BoldItalic,
            Style::Mono => Style::Mono,
        }
    }

    /// This style with emphasis added.
    pub(crate) fn emphasised(self) -> Style {
        match self {
            Style::Regular | Style::Italic => Style::Italic,
            Style::Bold | Style::BoldItalic => Style::BoldItalic,
            Style::Mono => Style::Mono,
        }
    }
}

/// A piece of text in one style, the input of [`Fonts::wrap_spans`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Span<'a> {
    pub text: &'a str,
    pub style: Style,
    pub size: f32,
    /// The caller's own mark (e.g. an index into its colours and links),
    /// carried through to the [`Piece`]s cut from this span.
    pub tag: usize,
    /// A web address: besides the usual places, a line may break after
    /// any `/`, `?`, `&`, `=` or `#` in it.
    pub url: bool,
}

/// The part of one wrapped line that came from one span.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Piece {
    pub text: String,
    pub style: Style,
    pub size: f32,
    pub tag: usize,
    /// Offset of the piece from the start of the line, in points.
    pub x: f32,
    /// Width of the piece as drawn, in points.
    pub width: f32,
}

/// A break unit of rich text: a run of spaces, a word (which may cross
/// spans, as in `**bold**ly`), or one CJK character; as (span, text) parts.
struct Token<'a> {
    parts: Vec<(usize, &'a str)>,
    is_space: bool,
    width: f32,
}

/// Parsed fonts, loaded once per process.
pub(crate) struct Fonts {
    parsed: [ParsedFont; 4],
}

/// A run of text drawn with one font, in visual (left-to-right) order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    pub font: FontKey,
    /// The characters drawn (after Arabic shaping), in visual order.
    pub text: String,
    /// For each drawn character, the text it stands for (what copying it
    /// out of the PDF should give).
    pub sources: Vec<String>,
}

impl Run {
    /// Whether some drawn character differs from the text it stands for
    /// (shaped Arabic), so the PDF needs explicit glyph-to-text mappings.
    pub(crate) fn is_shaped(&self) -> bool {
        self.text
            .chars()
            .zip(&self.sources)
            .any(|(c, s)| s.chars().ne(std::iter::once(c)))
    }
}

static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();

impl Fonts {
    /// The embedded fonts, parsed on first use.
    pub(crate) fn get() -> Result<&'static Fonts, ReportError> {
        FONTS
            .get_or_init(Fonts::load)
            .as_ref()
            .map_err(|file| ReportError::Font { file: file.clone() })
    }

    fn load() -> Result<Fonts, String> {
        let parse = |key: FontKey| {
            let mut warnings = Vec::new();
            ParsedFont::from_bytes(key.bytes(), 0, &mut warnings)
                .filter(|f| !f.codepoint_to_glyph.is_empty() && f.units_per_em > 0)
                .ok_or_else(|| key.file_name().to_string())
        };
        Ok(Fonts {
            parsed: [
                parse(FontKey::Sans)?,
                parse(FontKey::SansBold)?,
                parse(FontKey::Mono)?,
                parse(FontKey::Cjk)?,
            ],
        })
    }

    pub(crate) fn parsed(&self, key: FontKey) -> &ParsedFont {
        &self.parsed[key.index()]
    }

    /// A copy of font `key` cut down to the glyphs for `chars`, so the PDF
    /// embeds kilobytes instead of megabytes. The subset keeps a Unicode cmap
    /// and the original advance widths, so layout measured with the full
    /// font stays exact. If subsetting fails the full font is used: bigger,
    /// but still correct.
    pub(crate) fn subset(&self, key: FontKey, chars: &BTreeSet<char>) -> ParsedFont {
        let full = self.parsed(key);
        let mut gids: BTreeSet<u16> = chars
            .iter()
            .filter_map(|&c| full.lookup_glyph_index(c as u32))
            .collect();
        gids.remove(&0);
        // Glyph 0 (.notdef) must come first (allsorts requirement).
        let ids: Vec<u16> = std::iter::once(0).chain(gids).collect();
        let subset = subset_bytes(key.bytes(), &ids)
            .and_then(|bytes| {
                let mut warnings = Vec::new();
                ParsedFont::from_bytes(&bytes, 0, &mut warnings)
            })
            .filter(|f| {
                chars
                    .iter()
                    .all(|&c| f.lookup_glyph_index(c as u32) != Some(0))
            });
        match subset {
            Some(mut f) => {
                // ISO 32000-1 §9.6.4: a subset font's name starts with a tag of
                // six capital letters and a plus sign.
                f.font_name = Some(format!("{}+{}", subset_tag(&ids), key.postscript_name()));
                f
            }
            None => {
                let mut f = full.clone();
                f.font_name = Some(key.postscript_name().to_string());
                f
            }
        }
    }

    fn has_glyph(&self, key: FontKey, c: char) -> bool {
        matches!(self.parsed(key).lookup_glyph_index(c as u32), Some(g) if g != 0)
    }

    /// Whether some embedded font draws `c` (invisible characters count as
    /// drawn: they are dropped, not replaced).
    pub(crate) fn covers(&self, c: char) -> bool {
        is_invisible(c) || self.font_for(Style::Regular, c).is_some()
    }

    /// Which font of the style's chain draws `c` (None: no embedded font has it).
    fn font_for(&self, style: Style, c: char) -> Option<FontKey> {
        style
            .chain()
            .iter()
            .copied()
            .find(|&k| self.has_glyph(k, c))
    }

    /// Advance width of `c` in `font`, in points at `size`.
    fn advance(&self, font: FontKey, c: char, size: f32) -> f32 {
        let f = self.parsed(font);
        let gid = f.lookup_glyph_index(c as u32).unwrap_or(0);
        let units = f.get_glyph_width(gid).unwrap_or(0);
        f32::from(units) / f32::from(f.units_per_em.max(1)) * size
    }

    /// Split one line of text (no newlines) into font runs for `style`.
    /// Characters no font covers are shown as U+FFFD; invisible format
    /// characters are dropped.
    pub(crate) fn runs(&self, style: Style, text: &str) -> Vec<Run> {
        // The certificate is a left-to-right document, so every line is a
        // left-to-right paragraph (UAX #9 HL1 lets a higher-level protocol
        // set the paragraph level): "דוד לוי Candidate5" keeps the name
        // first, as typed. A line wholly in Hebrew or Arabic reads right to
        // left anyway.
        self.runs_in(style, text, false)
    }

    /// [`Fonts::runs`] for a line of a right-to-left paragraph if `rtl`.
    pub(crate) fn runs_in(&self, style: Style, text: &str, rtl: bool) -> Vec<Run> {
        let primary = style.chain()[0];
        let cleaned: String = text
            .chars()
            .map(|c| if c == '\t' { ' ' } else { c })
            .filter(|&c| !is_invisible(c))
            .collect();
        let mut runs: Vec<Run> = Vec::new();
        for glyph in crate::bidi::visual_in(&cleaned, rtl) {
            let Glyph { drawn, source } = glyph;
            let (font, c) = if drawn == ' ' {
                // Spaces stay in the current run instead of splitting it.
                (runs.last().map(|r| r.font).unwrap_or(primary), drawn)
            } else {
                match self.font_for(style, drawn) {
                    Some(k) => (k, drawn),
                    None => {
                        // A shaped form the font lacks: draw the plain letter.
                        let plain = source
                            .chars()
                            .next()
                            .filter(|_| source.chars().count() == 1);
                        match plain.and_then(|p| self.font_for(style, p).map(|k| (k, p))) {
                            Some(found) => found,
                            None => (primary, '\u{FFFD}'),
                        }
                    }
                }
            };
            let source = if c == '\u{FFFD}' {
                c.to_string()
            } else {
                source
            };
            match runs.last_mut() {
                Some(r) if r.font == font => {
                    r.text.push(c);
                    r.sources.push(source);
                }
                _ => runs.push(Run {
                    font,
                    text: c.to_string(),
                    sources: vec![source],
                }),
            }
        }
        runs
    }

    /// Width in points of `text` (one line) in `style` at `size`.
    pub(crate) fn width(&self, style: Style, text: &str, size: f32) -> f32 {
        self.runs(style, text)
            .iter()
            .map(|r| self.run_width(r, size))
            .sum()
    }

    /// Width in points of one run as drawn.
    pub(crate) fn run_width(&self, run: &Run, size: f32) -> f32 {
        run.text
            .chars()
            .map(|c| self.advance(run.font, c, size))
            .sum()
    }

    /// Width in points of one character in `style`.
    pub(crate) fn char_width(&self, style: Style, c: char, size: f32) -> f32 {
        if is_invisible(c) {
            return 0.0;
        }
        let font = self.font_for(style, c).unwrap_or(style.chain()[0]);
        let c = if self.has_glyph(font, c) {
            c
        } else {
            '\u{FFFD}'
        };
        self.advance(font, c, size)
    }

    /// Break `text` into lines no wider than `max_width`. Newlines are hard
    /// breaks; lines break at spaces, between CJK characters, and inside a
    /// word only when the word alone is too wide.
    pub(crate) fn wrap(&self, style: Style, text: &str, size: f32, max_width: f32) -> Vec<String> {
        let span = Span {
            text,
            style,
            size,
            tag: 0,
            url: false,
        };
        self.wrap_spans(&[span], max_width)
            .into_iter()
            .map(|line| line.into_iter().map(|p| p.text).collect())
            .collect()
    }

    /// Break rich text (spans in different styles and sizes) into lines no
    /// wider than `max_width`, by the rules of [`Fonts::wrap`]: a word made
    /// of several spans (`**bold**ly`) is kept together. Each line is a list
    /// of pieces in logical order, placed left to right; right-to-left text
    /// is put in visual order within each piece when drawn.
    pub(crate) fn wrap_spans(&self, spans: &[Span<'_>], max_width: f32) -> Vec<Vec<Piece>> {
        // Split into paragraphs at newlines (hard breaks).
        let mut paragraphs: Vec<Vec<(usize, &str)>> = vec![Vec::new()];
        for (i, span) in spans.iter().enumerate() {
            let mut parts = span.text.split('\n').peekable();
            while let Some(part) = parts.next() {
                if let Some(para) = paragraphs.last_mut() {
                    para.push((i, part));
                }
                if parts.peek().is_some() {
                    paragraphs.push(Vec::new());
                }
            }
        }
        let mut out = Vec::new();
        for mut para in paragraphs {
            if let Some(last) = para.last_mut() {
                last.1 = last.1.trim_end_matches('\r');
            }
            self.wrap_rich_paragraph(spans, &para, max_width, &mut out);
        }
        out
    }

    fn rich_tokens<'a>(&self, spans: &[Span<'_>], para: &[(usize, &'a str)]) -> Vec<Token<'a>> {
        let mut out: Vec<Token<'a>> = Vec::new();
        for &(i, text) in para {
            let Some(span) = spans.get(i) else { continue };
            let units: Vec<&str> = if span.url {
                tokens(text).into_iter().flat_map(url_pieces).collect()
            } else {
                tokens(text)
            };
            for (k, t) in units.into_iter().enumerate() {
                // Whole-word width, so shaped (joined) Arabic is measured as drawn.
                let width = self.width(span.style, t, span.size);
                let is_space = t.chars().all(is_break_space);
                let is_word =
                    |t: &str| !t.chars().all(is_break_space) && !t.chars().any(breaks_anywhere);
                // A word continuing across a span boundary joins the word before.
                if let Some(prev) = out.last_mut() {
                    let prev_word = prev.parts.last().is_some_and(|&(_, p)| is_word(p));
                    if k == 0 && prev_word && is_word(t) {
                        prev.parts.push((i, t));
                        prev.width += width;
                        continue;
                    }
                }
                out.push(Token {
                    parts: vec![(i, t)],
                    is_space,
                    width,
                });
            }
        }
        out
    }

    fn wrap_rich_paragraph(
        &self,
        spans: &[Span<'_>],
        para: &[(usize, &str)],
        max_width: f32,
        out: &mut Vec<Vec<Piece>>,
    ) {
        let mut line = RichLine::default();
        for token in self.rich_tokens(spans, para) {
            if line.width + token.width <= max_width || (line.is_empty() && token.is_space) {
                line.push_token(&token);
                continue;
            }
            if token.is_space {
                // A space at a break point is dropped.
                out.push(self.finish(spans, &line));
                line = RichLine::default();
                continue;
            }
            if !line.is_blank() {
                out.push(self.finish(spans, &line));
            }
            line = RichLine::default();
            if token.width <= max_width {
                line.push_token(&token);
                continue;
            }
            // A word wider than the line: break it between characters.
            for &(i, part) in &token.parts {
                let Some(span) = spans.get(i) else { continue };
                for c in part.chars() {
                    let w = self.char_width(span.style, c, span.size);
                    if line.width + w > max_width && !line.is_empty() {
                        out.push(self.finish(spans, &line));
                        line = RichLine::default();
                    }
                    line.push(i, &c.to_string(), w);
                }
            }
        }
        let last = self.finish(spans, &line);
        let text_empty = para.iter().all(|(_, t)| t.is_empty());
        if !last.is_empty() || out.is_empty() || text_empty {
            out.push(last);
        }
    }

    /// The line's pieces, trailing spaces dropped, each measured and placed.
    fn finish(&self, spans: &[Span<'_>], line: &RichLine) -> Vec<Piece> {
        let mut parts = line.parts.clone();
        while let Some((_, text)) = parts.last_mut() {
            let trimmed = text.trim_end().len();
            text.truncate(trimmed);
            if text.is_empty() {
                parts.pop();
            } else {
                break;
            }
        }
        let mut x = 0.0;
        parts
            .into_iter()
            .filter_map(|(i, text)| {
                let span = spans.get(i)?;
                let width = self.width(span.style, &text, span.size);
                let piece = Piece {
                    text,
                    style: span.style,
                    size: span.size,
                    tag: span.tag,
                    x,
                    width,
                };
                x += width;
                Some(piece)
            })
            .collect()
    }
}

/// A line being filled: (span, text) parts, consecutive parts of one span
/// merged, and its width so far.
#[derive(Default)]
struct RichLine {
    parts: Vec<(usize, String)>,
    width: f32,
}

impl RichLine {
    fn push(&mut self, span: usize, text: &str, width: f32) {
        match self.parts.last_mut() {
            Some((i, t)) if *i == span => t.push_str(text),
            _ => self.parts.push((span, text.to_string())),
        }
        self.width += width;
    }

    fn push_token(&mut self, token: &Token<'_>) {
        for &(i, t) in &token.parts {
            self.push(i, t, 0.0);
        }
        self.width += token.width;
    }

    fn is_empty(&self) -> bool {
        self.parts.iter().all(|(_, t)| t.is_empty())
    }

    fn is_blank(&self) -> bool {
        self.parts.iter().all(|(_, t)| t.trim().is_empty())
    }
}

/// Six capital letters derived from the glyph set (FNV-1a), so the same
/// subset always gets the same tag and output is reproducible.
fn subset_tag(ids: &[u16]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for id in ids {
        for b in id.to_le_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    (0..6)
        .map(|_| {
            let c = char::from(b'A' + (h % 26) as u8);
            h /= 26;
            c
        })
        .collect()
}

fn subset_bytes(font: &[u8], ids: &[u16]) -> Option<Vec<u8>> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{subset, CmapTarget, SubsetProfile};
    use allsorts::tag;

    let data = ReadScope::new(font).read::<FontData<'_>>().ok()?;
    let provider = data.table_provider(0).ok()?;
    // allsorts' PDF profile plus OS/2 (its weight class feeds /StemV).
    let tables = vec![
        tag::CMAP,
        tag::HEAD,
        tag::CVT,
        tag::FPGM,
        tag::HHEA,
        tag::HMTX,
        tag::MAXP,
        tag::NAME,
        tag::OS_2,
        tag::POST,
        tag::PREP,
    ];
    subset(
        &provider,
        ids,
        &SubsetProfile::Custom(tables),
        CmapTarget::Unicode,
    )
    .ok()
}

/// Characters that have no visible form and would otherwise show as U+FFFD.
fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c,
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}')
}

/// A space a line may break at. The no-break spaces (U+00A0 before the
/// French `:` and inside « », U+202F, U+2007) join the words either side:
/// a line never starts with the `:` or `%` they hold to its word.
fn is_break_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}')
}

/// Ideographic scripts are written without spaces; a line may break between
/// any two of their characters.
fn breaks_anywhere(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{303F}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3100}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}'
        | '\u{20000}'..='\u{3FFFF}')
}

/// Split a word of a web address after each `/`, `?`, `&`, `=` and `#`
/// (a run of them, as in `https://`, stays whole).
fn url_pieces(word: &str) -> Vec<&str> {
    let is_break = |c: char| matches!(c, '/' | '?' | '&' | '=' | '#');
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_break = false;
    for (i, c) in word.char_indices() {
        if prev_break && !is_break(c) && i > start {
            out.push(&word[start..i]);
            start = i;
        }
        prev_break = is_break(c);
    }
    if start < word.len() {
        out.push(&word[start..]);
    }
    out
}

/// Split text into break units: runs of spaces, words, and single CJK characters.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<(bool, bool)> = None; // (is_space, breaks_anywhere)
    for (i, c) in text.char_indices() {
        let kind = (is_break_space(c), breaks_anywhere(c));
        let boundary = match prev {
            None => false,
            Some(p) => p != kind || kind.1,
        };
        if boundary && i > start {
            out.push(&text[start..i]);
            start = i;
        }
        prev = Some(kind);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> &'static Fonts {
        match Fonts::get() {
            Ok(f) => f,
            Err(e) => panic!("embedded fonts must parse: {e}"),
        }
    }

    #[test]
    fn cjk_falls_back_to_droid_and_latin_stays_in_dejavu() {
        let runs = fonts().runs(Style::Regular, "稲田直哉 (Tokyo)");
        let got: Vec<(FontKey, &str)> = runs.iter().map(|r| (r.font, r.text.as_str())).collect();
        assert_eq!(
            got,
            vec![(FontKey::Cjk, "稲田直哉 "), (FontKey::Sans, "(Tokyo)")]
        );
        assert!(runs.iter().all(|r| !r.is_shaped()));
        let runs = fonts().runs(Style::Bold, "Łukasz Ξένια Иван");
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].font, FontKey::SansBold);
    }

    #[test]
    fn arabic_runs_are_shaped_and_keep_their_letters_for_copying() {
        let runs = fonts().runs(Style::Regular, "محمد");
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].font, FontKey::Sans);
        assert!(runs[0].is_shaped());
        assert_eq!(runs[0].sources.concat(), "دمحم");
    }

    #[test]
    fn uncovered_characters_become_replacement_and_invisibles_vanish() {
        // U+E000 is a private-use code point none of the fonts map.
        let runs = fonts().runs(Style::Regular, "a\u{E000}b\u{200B}c");
        let text: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(text, "a\u{FFFD}bc");
    }

    #[test]
    fn widths_scale_with_size_and_mono_is_fixed_pitch() {
        let f = fonts();
        let w10 = f.width(Style::Regular, "Returns officer", 10.0);
        let w20 = f.width(Style::Regular, "Returns officer", 20.0);
        assert!(w10 > 0.0);
        assert!((w20 - 2.0 * w10).abs() < 0.01);
        let a = f.width(Style::Mono, "iiii", 10.0);
        let b = f.width(Style::Mono, "MMMM", 10.0);
        assert!((a - b).abs() < 0.01);
    }

    #[test]
    fn wrapping_respects_width_and_keeps_every_word() {
        let f = fonts();
        let text = "At most two winners may share an employer under the rules of this election";
        let lines = f.wrap(Style::Regular, text, 10.0, 120.0);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(f.width(Style::Regular, l, 10.0) <= 120.0, "{l:?} too wide");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn no_break_spaces_keep_their_words_together() {
        let f = fonts();
        // French typography: U+00A0 before ':' ';' '%' and inside « ».
        let text = "Quorum\u{a0}: 50\u{a0}% des inscrits\u{a0}; graine «\u{a0}abc\u{a0}» publiée";
        // Every joined unit fits in 60pt, so no word is broken inside.
        for width in [60.0, 80.0, 120.0] {
            let lines = f.wrap(Style::Regular, text, 10.0, width);
            assert!(lines.len() > 1, "{width}: {lines:?}");
            for l in &lines {
                assert!(
                    !l.starts_with([':', ';', '%', '»', '\u{a0}']) && !l.ends_with(['«', '\u{a0}']),
                    "{width}: a no-break space was broken at: {lines:?}"
                );
            }
            assert_eq!(lines.join(" "), text, "{width}");
        }
        // An ordinary space is still a break.
        assert!(f.wrap(Style::Regular, "Quorum : 50 %", 10.0, 40.0).len() > 1);
    }

    #[test]
    fn long_words_and_cjk_break_between_characters() {
        let f = fonts();
        let hash = "0123456789abcdef".repeat(4);
        let lines = f.wrap(Style::Mono, &hash, 10.0, 100.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), hash);
        let cjk = "稲田直哉".repeat(10);
        let lines = f.wrap(Style::Regular, &cjk, 10.0, 45.0);
        assert!(lines.len() >= 9, "{lines:?}");
        assert_eq!(lines.concat(), cjk);
    }

    #[test]
    fn newlines_are_hard_breaks_and_empty_lines_survive() {
        let lines = fonts().wrap(Style::Mono, "line one\n\nline three\r\n", 10.0, 500.0);
        assert_eq!(lines, vec!["line one", "", "line three", ""]);
    }

    #[test]
    fn rich_text_wraps_across_styles_and_keeps_split_words_whole() {
        let f = fonts();
        let spans = [
            Span {
                text: "Plain words then ",
                style: Style::Regular,
                size: 10.0,
                tag: 0,
                url: false,
            },
            Span {
                text: "bold",
                style: Style::Bold,
                size: 10.0,
                tag: 1,
                url: false,
            },
            Span {
                text: "ly slanted ",
                style: Style::Italic,
                size: 10.0,
                tag: 2,
                url: false,
            },
            Span {
                text: "code()",
                style: Style::Mono,
                size: 10.0,
                tag: 3,
                url: false,
            },
            Span {
                text: " end\nnext",
                style: Style::Regular,
                size: 10.0,
                tag: 0,
                url: false,
            },
        ];
        // Narrow enough that "boldly" must move to a line of its own start.
        let lines = f.wrap_spans(&spans, 95.0);
        let texts: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|p| p.text.as_str()).collect())
            .collect();
        assert_eq!(
            texts.join("|"),
            "Plain words then|boldly slanted|code() end|next",
            "{lines:#?}"
        );
        for line in &lines {
            let mut x = 0.0;
            for p in line {
                assert!((p.x - x).abs() < 0.001, "{line:#?}");
                assert!((p.width - f.width(p.style, &p.text, p.size)).abs() < 0.001);
                x += p.width;
            }
            assert!(x <= 95.0, "{line:#?} too wide");
        }
        // "boldly": the bold part and the italic part keep their own styles.
        let second: Vec<(Style, usize)> = lines[1].iter().map(|p| (p.style, p.tag)).collect();
        assert_eq!(second, vec![(Style::Bold, 1), (Style::Italic, 2)]);
        // Italic is measured exactly as regular (same glyphs, slanted when drawn).
        assert_eq!(
            f.width(Style::Italic, "Ξένια", 10.0),
            f.width(Style::Regular, "Ξένια", 10.0)
        );
    }

    #[test]
    fn web_addresses_break_after_slashes_and_keep_every_character() {
        let f = fonts();
        let url = "(https://github.com/kubernetes/sig-release/blob/master/releases/release-1.19/release_team.md)";
        let spans = [Span {
            text: url,
            style: Style::Regular,
            size: 10.0,
            tag: 0,
            url: true,
        }];
        let lines = f.wrap_spans(&spans, 150.0);
        let texts: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|p| p.text.as_str()).collect())
            .collect();
        assert!(texts.len() > 2, "{texts:?}");
        assert_eq!(texts.concat(), url);
        for t in &texts[..texts.len() - 1] {
            assert!(t.ends_with('/'), "{t:?} should end at a slash in {texts:?}");
        }
        assert_eq!(
            url_pieces("https://a.org/b?c=d"),
            vec!["https://", "a.org/", "b?", "c=", "d"]
        );
    }
}
