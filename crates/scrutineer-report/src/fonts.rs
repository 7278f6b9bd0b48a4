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
}

impl Style {
    fn chain(self) -> &'static [FontKey] {
        match self {
            Style::Regular => &[FontKey::Sans, FontKey::Cjk, FontKey::Mono],
            // Droid Sans Fallback has no bold face; CJK falls back to regular.
            Style::Bold => &[FontKey::SansBold, FontKey::Sans, FontKey::Cjk],
            Style::Mono => &[FontKey::Mono, FontKey::Sans, FontKey::Cjk],
        }
    }
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
        let primary = style.chain()[0];
        let cleaned: String = text
            .chars()
            .map(|c| if c == '\t' { ' ' } else { c })
            .filter(|&c| !is_invisible(c))
            .collect();
        let mut runs: Vec<Run> = Vec::new();
        for glyph in crate::bidi::visual(&cleaned) {
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
        let mut out = Vec::new();
        for para in text.split('\n') {
            let para = para.trim_end_matches('\r');
            self.wrap_paragraph(style, para, size, max_width, &mut out);
        }
        out
    }

    fn wrap_paragraph(
        &self,
        style: Style,
        text: &str,
        size: f32,
        max_width: f32,
        out: &mut Vec<String>,
    ) {
        let mut line = String::new();
        let mut line_w = 0.0f32;
        for token in tokens(text) {
            // Whole-word width, so shaped (joined) Arabic is measured as drawn.
            let token_w = self.width(style, token, size);
            let is_space = token.chars().all(char::is_whitespace);
            if line_w + token_w <= max_width || (line.is_empty() && is_space) {
                line.push_str(token);
                line_w += token_w;
                continue;
            }
            if is_space {
                // A space at a break point is dropped.
                out.push(line.trim_end().to_string());
                line.clear();
                line_w = 0.0;
                continue;
            }
            if !line.trim().is_empty() {
                out.push(line.trim_end().to_string());
            }
            line.clear();
            line_w = 0.0;
            if token_w <= max_width {
                line.push_str(token);
                line_w = token_w;
                continue;
            }
            // A word wider than the line: break it between characters.
            for c in token.chars() {
                let w = self.char_width(style, c, size);
                if line_w + w > max_width && !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                line.push(c);
                line_w += w;
            }
        }
        let last = line.trim_end().to_string();
        if !last.is_empty() || out.is_empty() || text.is_empty() {
            out.push(last);
        }
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

/// Split text into break units: runs of spaces, words, and single CJK characters.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<(bool, bool)> = None; // (is_space, breaks_anywhere)
    for (i, c) in text.char_indices() {
        let kind = (c.is_whitespace(), breaks_anywhere(c));
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
}
