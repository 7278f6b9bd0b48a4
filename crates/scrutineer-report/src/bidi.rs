//! Just enough right-to-left support for names in Hebrew and Arabic.
//!
//! PDF text is drawn left to right in *visual* order, so a line containing
//! right-to-left letters must be reordered before drawing, and Arabic
//! letters must take their joined (initial/medial/final) forms. This is a
//! deliberately small subset of the Unicode Bidirectional Algorithm (UAX #9:
//! left-to-right paragraphs by rule HL1; weak and
//! neutral resolution simplified from W1–W7 and N1–N2; reordering by rule L2;
//! bracket mirroring by L4) and of Arabic joining (Unicode §9.2, forms from
//! the Presentation Forms blocks), adequate for names and short phrases.
//! Each drawn glyph keeps the logical text it stands for, so copying text
//! out of the PDF gives the original letters.

/// One glyph to draw and the text it represents.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Glyph {
    pub drawn: char,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    L,
    R,
    Digit,
    Neutral,
}

fn is_rtl(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}')
}

fn class(c: char) -> Class {
    if c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
    {
        Class::Digit
    } else if is_rtl(c) && (c.is_alphabetic() || is_transparent(c)) {
        Class::R
    } else if c.is_alphabetic() {
        Class::L
    } else {
        Class::Neutral
    }
}

/// Does this line need any right-to-left processing?
pub(crate) fn needs_bidi(text: &str) -> bool {
    text.chars().any(is_rtl)
}

/// Whether text's first strong character is right-to-left (UAX #9 P2–P3:
/// the paragraph level of a paragraph whose direction is not set
/// otherwise). None when it has no strong character.
pub(crate) fn first_strong_is_rtl(text: &str) -> Option<bool> {
    text.chars().find_map(|c| match class(c) {
        Class::L => Some(false),
        Class::R => Some(true),
        Class::Digit | Class::Neutral => None,
    })
}

/// Shape and reorder one line (no newlines) into visual order, in a
/// paragraph whose level is right-to-left if `rtl_paragraph`.
pub(crate) fn visual_in(text: &str, rtl_paragraph: bool) -> Vec<Glyph> {
    let logical = shape_arabic(text);
    if !needs_bidi(text) {
        return logical;
    }
    let classes: Vec<Class> = logical
        .iter()
        .map(|g| g.source.chars().next().map_or(Class::Neutral, class))
        .collect();

    // Strong direction in force before and after each position; digits
    // count as right-to-left when resolving neutrals (UAX #9 N1).
    let strong = |c: Class| match c {
        Class::L => Some(false),
        Class::R => Some(true),
        Class::Digit => None,
        Class::Neutral => None,
    };
    let n = classes.len();
    let mut before = vec![rtl_paragraph; n];
    let mut prev = rtl_paragraph;
    let mut prev_for_digits = rtl_paragraph;
    let mut digit_after_rtl = vec![false; n];
    for i in 0..n {
        before[i] = prev;
        digit_after_rtl[i] = prev_for_digits;
        if let Some(r) = strong(classes[i]) {
            prev = r;
            prev_for_digits = r;
        } else if classes[i] == Class::Digit {
            prev = true;
        }
    }
    let mut after = vec![rtl_paragraph; n];
    let mut next = rtl_paragraph;
    for i in (0..n).rev() {
        after[i] = next;
        if let Some(r) = strong(classes[i]) {
            next = r;
        } else if classes[i] == Class::Digit {
            next = true;
        }
    }

    let levels: Vec<u8> = (0..n)
        .map(|i| {
            let rtl_here = match classes[i] {
                Class::L => false,
                Class::R => true,
                // European digits keep left-to-right order inside RTL text.
                Class::Digit => {
                    return if digit_after_rtl[i] || rtl_paragraph {
                        2
                    } else {
                        0
                    }
                }
                Class::Neutral => {
                    if before[i] == after[i] {
                        before[i]
                    } else {
                        rtl_paragraph
                    }
                }
            };
            match (rtl_paragraph, rtl_here) {
                (false, false) => 0,
                (false, true) => 1,
                (true, true) => 1,
                (true, false) => 2,
            }
        })
        .collect();

    let mut glyphs: Vec<(Glyph, u8)> = logical.into_iter().zip(levels).collect();
    for (g, level) in glyphs.iter_mut() {
        if *level % 2 == 1 {
            // A mirrored bracket is simply that other bracket, also when
            // copied out. A ligature's letters are stored right to left, as
            // text extractors reverse right-to-left runs glyph by glyph.
            let mirrored = mirror(g.drawn);
            if mirrored != g.drawn {
                g.drawn = mirrored;
                g.source = mirrored.to_string();
            } else if g.source.chars().count() > 1 {
                g.source = g.source.chars().rev().collect();
            }
        }
    }
    // UAX #9 L2: from the highest level down to the lowest odd level,
    // reverse every run at that level or higher.
    let max = glyphs.iter().map(|g| g.1).max().unwrap_or(0);
    for level in (1..=max).rev() {
        let mut i = 0;
        while i < glyphs.len() {
            if glyphs[i].1 >= level {
                let start = i;
                while i < glyphs.len() && glyphs[i].1 >= level {
                    i += 1;
                }
                glyphs[start..i].reverse();
            } else {
                i += 1;
            }
        }
    }
    glyphs.into_iter().map(|(g, _)| g).collect()
}

fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        other => other,
    }
}

/// Arabic combining marks do not break or take part in joining.
fn is_transparent(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joining {
    /// Joins on both sides; forms: isolated, final, initial, medial.
    Dual(u32),
    /// Joins to the preceding letter only; forms: isolated, final.
    Right(u32),
    /// Tatweel: joins both sides, has no forms of its own.
    Causing,
}

/// Joining behaviour and the isolated presentation form (the other forms
/// follow it consecutively in the Presentation Forms blocks).
fn joining(c: char) -> Option<Joining> {
    use Joining::{Dual as D, Right as R};
    Some(match c {
        '\u{0622}' => R(0xFE81),
        '\u{0623}' => R(0xFE83),
        '\u{0624}' => R(0xFE85),
        '\u{0625}' => R(0xFE87),
        '\u{0626}' => D(0xFE89),
        '\u{0627}' => R(0xFE8D),
        '\u{0628}' => D(0xFE8F),
        '\u{0629}' => R(0xFE93),
        '\u{062A}' => D(0xFE95),
        '\u{062B}' => D(0xFE99),
        '\u{062C}' => D(0xFE9D),
        '\u{062D}' => D(0xFEA1),
        '\u{062E}' => D(0xFEA5),
        '\u{062F}' => R(0xFEA9),
        '\u{0630}' => R(0xFEAB),
        '\u{0631}' => R(0xFEAD),
        '\u{0632}' => R(0xFEAF),
        '\u{0633}' => D(0xFEB1),
        '\u{0634}' => D(0xFEB5),
        '\u{0635}' => D(0xFEB9),
        '\u{0636}' => D(0xFEBD),
        '\u{0637}' => D(0xFEC1),
        '\u{0638}' => D(0xFEC5),
        '\u{0639}' => D(0xFEC9),
        '\u{063A}' => D(0xFECD),
        '\u{0640}' => Joining::Causing,
        '\u{0641}' => D(0xFED1),
        '\u{0642}' => D(0xFED5),
        '\u{0643}' => D(0xFED9),
        '\u{0644}' => D(0xFEDD),
        '\u{0645}' => D(0xFEE1),
        '\u{0646}' => D(0xFEE5),
        '\u{0647}' => D(0xFEE9),
        '\u{0648}' => R(0xFEED),
        '\u{0649}' => R(0xFEEF),
        '\u{064A}' => D(0xFEF1),
        '\u{067E}' => D(0xFB56),
        '\u{0686}' => D(0xFB7A),
        '\u{0698}' => R(0xFB8A),
        '\u{06A9}' => D(0xFB8E),
        '\u{06AF}' => D(0xFB92),
        '\u{06CC}' => D(0xFBFC),
        _ => return None,
    })
}

fn joins_forward(j: Option<Joining>) -> bool {
    matches!(j, Some(Joining::Dual(_) | Joining::Causing))
}

fn joins_backward(j: Option<Joining>) -> bool {
    j.is_some()
}

/// Lam-alef ligatures (isolated form; final is the next code point).
fn lam_alef(alef: char) -> Option<u32> {
    match alef {
        '\u{0622}' => Some(0xFEF5),
        '\u{0623}' => Some(0xFEF7),
        '\u{0625}' => Some(0xFEF9),
        '\u{0627}' => Some(0xFEFB),
        _ => None,
    }
}

/// Replace Arabic letters by their contextual presentation forms.
fn shape_arabic(text: &str) -> Vec<Glyph> {
    let chars: Vec<char> = text.chars().collect();
    let plain = |c: char| Glyph {
        drawn: c,
        source: c.to_string(),
    };
    if !chars.iter().any(|&c| joining(c).is_some()) {
        return chars.into_iter().map(plain).collect();
    }
    // Neighbouring letter, skipping transparent marks.
    let neighbour = |i: usize, forward: bool| -> Option<char> {
        let mut k = i;
        loop {
            k = if forward {
                k.checked_add(1)?
            } else {
                k.checked_sub(1)?
            };
            let c = *chars.get(k)?;
            if !is_transparent(c) {
                return Some(c);
            }
        }
    };
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let Some(j) = joining(c) else {
            out.push(plain(c));
            i += 1;
            continue;
        };
        let prev = neighbour(i, false).and_then(joining);
        let joined_before = joins_forward(prev);
        // Lam followed directly by alef makes a mandatory ligature.
        if c == '\u{0644}' {
            if let Some(lig) = chars.get(i + 1).and_then(|&a| lam_alef(a)) {
                let form = if joined_before { lig + 1 } else { lig };
                if let Some(drawn) = char::from_u32(form) {
                    out.push(Glyph {
                        drawn,
                        source: chars[i..i + 2].iter().collect(),
                    });
                    i += 2;
                    continue;
                }
            }
        }
        let next = neighbour(i, true).and_then(joining);
        let joins_prev = joined_before && joins_backward(Some(j));
        let joins_next = joins_forward(Some(j)) && joins_backward(next);
        let form = match j {
            Joining::Causing => None,
            Joining::Right(iso) => Some(if joins_prev { iso + 1 } else { iso }),
            Joining::Dual(iso) => Some(match (joins_prev, joins_next) {
                (false, false) => iso,
                (true, false) => iso + 1,
                (false, true) => iso + 2,
                (true, true) => iso + 3,
            }),
        };
        let drawn = form.and_then(char::from_u32).unwrap_or(c);
        out.push(Glyph {
            drawn,
            source: c.to_string(),
        });
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drawn(text: &str) -> String {
        visual_in(text, false).iter().map(|g| g.drawn).collect()
    }

    fn source(text: &str) -> String {
        visual_in(text, false)
            .iter()
            .map(|g| g.source.as_str())
            .collect()
    }

    #[test]
    fn latin_is_untouched() {
        assert_eq!(drawn("Stéphane (Paris) 42"), "Stéphane (Paris) 42");
    }

    #[test]
    fn hebrew_is_reversed_into_visual_order() {
        // דוד לוי: logical order dalet-vav-dalet space lamed-vav-yod.
        assert_eq!(drawn("דוד לוי"), "יול דוד");
    }

    #[test]
    fn hebrew_inside_latin_keeps_the_latin_order() {
        assert_eq!(drawn("Team דוד לוי, Acme"), "Team יול דוד, Acme");
    }

    #[test]
    fn digits_inside_rtl_keep_their_order_and_brackets_mirror() {
        // "שלום 12" : the number belongs to the right-to-left run.
        assert_eq!(drawn("שלום 12"), "12 םולש");
        // Brackets inside a right-to-left run are mirrored.
        assert_eq!(drawn("א(ב)ג"), "ג(ב)א");
        // Between Hebrew and Latin they take the paragraph direction.
        assert_eq!(drawn("שלום (Tel Aviv)"), "םולש (Tel Aviv)");
    }

    #[test]
    fn a_name_first_stays_first_in_a_mixed_line() {
        assert_eq!(drawn("דוד לוי Candidate5"), "יול דוד Candidate5");
    }

    #[test]
    fn arabic_letters_take_joined_forms() {
        // محمد: meem initial, hah medial, meem medial, dal final.
        let logical: String = shape_arabic("محمد").iter().map(|g| g.drawn).collect();
        assert_eq!(logical, "\u{FEE3}\u{FEA4}\u{FEE4}\u{FEAA}");
        // Visual order is reversed; the sources are still the plain letters.
        assert_eq!(drawn("محمد"), "\u{FEAA}\u{FEE4}\u{FEA4}\u{FEE3}");
        assert_eq!(source("محمد"), "دمحم");
    }

    #[test]
    fn lam_alef_forms_a_ligature_that_copies_as_two_letters() {
        let g = shape_arabic("سلام");
        assert_eq!(g.len(), 3);
        assert_eq!(g[1].drawn, '\u{FEFC}');
        assert_eq!(g[1].source, "لا");
    }
}
