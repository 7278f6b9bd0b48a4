//! One validation for every text field a person types or a file brings in:
//! names (term, nominee, voter), organisations, employers, emails,
//! statements, reasons, seeds. The roll reader and the service API (CLI and
//! window alike) call [`clean`], so a value refused by one is refused by all.
//!
//! What a value goes through:
//!
//! * Normalised to NFC, trimmed. One-line fields have each run of white
//!   space (spaces, tabs, line breaks, no-break and ideographic spaces)
//!   collapsed to one space; multi-line fields (statements) keep line breaks
//!   (CRLF and CR become LF) and tabs.
//! * Refused, naming the character and its position (1-based, in characters
//!   of the value as cleaned):
//!   - control characters: C0 (except the white space above), DEL, C1, so
//!     no terminal escape sequence (ESC ...) can be stored or printed;
//!   - bidirectional formatting: embeddings and overrides (U+202A–U+202E),
//!     isolates (U+2066–U+2069), and also the marks LRM, RLM and ALM
//!     (U+200E, U+200F, U+061C). Overrides can make "nnA" display as "Ann";
//!     marks are invisible. A name is one run of one script's letters, and
//!     every place Scrutineer shows one (the window, the certificate's bidi
//!     layout, a terminal) isolates each field itself, so a name never needs
//!     them. UTS #39 (identifier profiles) and IDNA 2008 refuse them too;
//!   - invisible characters: zero-width space U+200B, word joiner U+2060 and
//!     the invisible operators U+2061–U+2064, BOM/ZWNBSP U+FEFF, Mongolian
//!     vowel separator U+180E, soft hyphen U+00AD, combining grapheme joiner
//!     U+034F, Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), Khmer
//!     inherent vowels U+17B4/U+17B5, interlinear annotation U+FFF9–U+FFFB,
//!     tags U+E0000–U+E007F, and U+FFFD (bytes that were not text);
//!   - the joiners ZWNJ (U+200C) and ZWJ (U+200D) are *allowed where a
//!     script needs them*, by the rule IDNA 2008 uses (RFC 5892, appendix
//!     A.1 and A.2, simplified): after a virama (Devanagari, Bengali,
//!     Malayalam, Sinhala... conjuncts and chillus), ZWNJ between two
//!     letters of a joining script (Persian "می‌خواهم", names such as
//!     "علی‌رضا"), and ZWJ between two emoji (emoji sequences). Anywhere
//!     else they only hide a difference ("A\u{200D}nn" is not "Ann") and are
//!     refused;
//!   - variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF) are allowed
//!     after a character (Japanese names use ideographic variants), never
//!     first.
//! * Longer than the field's limit in characters: refused, naming the limit.
//!
//! Messages name the field and the problem in words, e.g. "the voter's name
//! contains an invisible character (U+200B ZERO WIDTH SPACE) at position 2".

use scrutineer_i18n::{Lang, Msg};
use std::borrow::Cow;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// A kind of field: how it is called in messages, its longest value in
/// characters, and whether it may hold several lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldSpec {
    /// For messages: "the {what} contains ...".
    pub what: &'static str,
    /// The longest value, in characters (after cleaning).
    pub max_chars: usize,
    /// Line breaks and tabs kept (a statement), or collapsed to a space.
    pub multiline: bool,
}

const fn one_line(what: &'static str, max_chars: usize) -> FieldSpec {
    FieldSpec {
        what,
        max_chars,
        multiline: false,
    }
}

/// Names of people and terms: 200 characters holds the longest names in use
/// (with every given name and patronymic) with room to spare.
pub const TERM_NAME: FieldSpec = one_line("term name", 200);
pub const NOMINEE_NAME: FieldSpec = one_line("nominee's name", 200);
pub const VOTER_NAME: FieldSpec = one_line("voter's name", 200);
pub const ORGANISATION: FieldSpec = one_line("organisation", 200);
pub const EMPLOYER: FieldSpec = one_line("employer", 200);
pub const NOMINATOR: FieldSpec = one_line("nominator", 200);
pub const MEMBERSHIP: FieldSpec = one_line("membership", 200);
pub const VOTER_ID: FieldSpec = one_line("voter id", 200);
/// RFC 5321 §4.5.3.1.3: a path is at most 256 octets, so an address at most
/// 254 characters.
pub const EMAIL: FieldSpec = one_line("email address", 254);
/// A reason recorded in the audit log (withdrawals, roll changes).
pub const REASON: FieldSpec = one_line("reason", 1000);
pub const SEED: FieldSpec = one_line("tie-break seed", 1000);
/// A nominee's statement: several paragraphs (about 4 pages of text).
pub const STATEMENT: FieldSpec = FieldSpec {
    what: "statement",
    max_chars: 20_000,
    multiline: true,
};
/// A statement file is read up to this many bytes (4 bytes per character
/// at most in UTF-8, plus room for CRLF line ends and surrounding space).
pub const STATEMENT_FILE_BYTES: u64 = 128 * 1024;

/// `s` cleaned as `spec` says (see the module documentation): the value to
/// store, or what is wrong with it in words. An empty result is allowed
/// here; callers that need a value say so in their own words.
pub fn clean(spec: &FieldSpec, s: &str) -> Result<String, String> {
    clean_msg(spec, s).map_err(|m| m.render(Lang::En))
}

/// [`clean`], its refusal a message (`err-field-too-long`,
/// `err-field-contains`) to be written in any language; its `what` is the
/// field's name as [`FieldSpec::what`] gives it, in English.
pub fn clean_msg(spec: &FieldSpec, s: &str) -> Result<String, Msg> {
    let nfc: String = s.nfc().collect();
    let text = if spec.multiline {
        multiline_text(&nfc)
    } else {
        one_line_text(&nfc)
    };
    check_msg(spec, &text)?;
    Ok(text)
}

/// Like [`clean`], with an empty value (or none) as `None`.
pub fn clean_optional(spec: &FieldSpec, s: Option<&str>) -> Result<Option<String>, String> {
    match s.map(|v| clean(spec, v)).transpose()? {
        Some(v) if !v.is_empty() => Ok(Some(v)),
        _ => Ok(None),
    }
}

/// Like [`clean`], refusing an empty value: "the {what} must not be empty".
pub fn clean_required(spec: &FieldSpec, s: &str) -> Result<String, String> {
    let v = clean(spec, s)?;
    if v.is_empty() {
        return Err(format!("the {} must not be empty", spec.what));
    }
    Ok(v)
}

fn one_line_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn multiline_text(s: &str) -> String {
    let unified = s.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = unified.lines().map(str::trim_end).collect();
    lines.join("\n").trim().to_string()
}

/// Check an already cleaned value against `spec`: length, controls,
/// bidi formatting, invisible characters.
pub fn check(spec: &FieldSpec, s: &str) -> Result<(), String> {
    check_msg(spec, s).map_err(|m| m.render(Lang::En))
}

/// [`check`], its refusal a message (see [`clean_msg`]).
pub fn check_msg(spec: &FieldSpec, s: &str) -> Result<(), Msg> {
    let len = s.chars().count();
    if len > spec.max_chars {
        return Err(Msg::new("err-field-too-long")
            .arg("what", spec.what)
            .arg("len", len as i64)
            .arg("max", spec.max_chars as i64));
    }
    // Printable ASCII (most names, every email): nothing more to check, and
    // no allocation (the roll reader checks a million names).
    let plain = |b: &u8| (0x20..0x7F).contains(b) || spec.multiline && matches!(b, b'\n' | b'\t');
    if s.bytes().all(|b| plain(&b)) {
        return Ok(());
    }
    let mut prev = None;
    let mut chars = s.chars().peekable();
    let mut position = 0;
    while let Some(c) = chars.next() {
        position += 1;
        if let Some(kind) = refused(c, prev, chars.peek().copied(), spec.multiline) {
            return Err(Msg::new("err-field-contains")
                .arg("what", spec.what)
                .arg("kind", Msg::new(kind))
                .arg("char", describe(c))
                .arg("position", position as i64));
        }
        prev = Some(c);
    }
    Ok(())
}

/// Why `c` (between `prev` and `next`) is refused, if it is: the id of
/// the words (`err-char-*`).
fn refused(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    multiline: bool,
) -> Option<&'static str> {
    let u = u32::from(c);
    match c {
        '\n' | '\t' if multiline => None,
        _ if c.is_control() => Some("err-char-control"),
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Some("err-char-bidi"),
        '\u{200E}' | '\u{200F}' | '\u{061C}' => Some("err-char-direction-mark"),
        '\u{200C}' if zwnj_allowed(prev, next) => None,
        '\u{200D}' if zwj_allowed(prev, next) => None,
        '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' if prev.is_some() => None,
        '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' => Some("err-char-variation"),
        '\u{200B}'..='\u{200D}'
        | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}'
        | '\u{180E}'
        | '\u{00AD}'
        | '\u{034F}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{3164}'
        | '\u{FFA0}'
        | '\u{17B4}'
        | '\u{17B5}'
        | '\u{FFF9}'..='\u{FFFB}' => Some("err-char-invisible"),
        _ if (0xE0000..=0xE007F).contains(&u) => Some("err-char-invisible"),
        '\u{FFFD}' => Some("err-char-replacement"),
        _ => None,
    }
}

fn is_virama(c: char) -> bool {
    canonical_combining_class(c) == 9
}

/// Letters of the joining scripts (Arabic, Syriac, N'Ko, Mongolian...),
/// where ZWNJ breaks a join between two letters (RFC 5892 A.1, with the
/// joining types approximated by the scripts' letter blocks).
fn joining_letter(c: Option<char>) -> bool {
    matches!(c, Some(c) if c.is_alphabetic() && matches!(u32::from(c),
        0x0600..=0x06FF | 0x0700..=0x074F | 0x0750..=0x077F | 0x07C0..=0x07FF
        | 0x0860..=0x086F | 0x0870..=0x08FF | 0x1800..=0x18AF | 0xA840..=0xA87F
        | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF | 0x10AC0..=0x10AFF))
}

fn zwnj_allowed(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(is_virama) || (joining_letter(prev) && joining_letter(next))
}

/// Pictographs that ZWJ joins into one emoji (family, professions, flags).
fn emoji(c: Option<char>) -> bool {
    matches!(c, Some(c) if matches!(u32::from(c),
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F))
}

fn zwj_allowed(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(is_virama) || (emoji(prev) && emoji(next))
}

/// "U+200B ZERO WIDTH SPACE", or "U+XXXX" for characters without a name here.
pub fn describe(c: char) -> String {
    let name = match c {
        '\0' => "NULL",
        '\u{7}' => "BELL",
        '\u{8}' => "BACKSPACE",
        '\t' => "TAB",
        '\n' => "LINE FEED",
        '\r' => "CARRIAGE RETURN",
        '\u{1B}' => "ESCAPE",
        '\u{7F}' => "DELETE",
        '\u{85}' => "NEXT LINE",
        '\u{9B}' => "CONTROL SEQUENCE INTRODUCER",
        '\u{AD}' => "SOFT HYPHEN",
        '\u{34F}' => "COMBINING GRAPHEME JOINER",
        '\u{61C}' => "ARABIC LETTER MARK",
        '\u{180E}' => "MONGOLIAN VOWEL SEPARATOR",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{3164}' => "HANGUL FILLER",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        '\u{FFFD}' => "REPLACEMENT CHARACTER",
        _ => "",
    };
    if name.is_empty() {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("U+{:04X} {name}", u32::from(c))
    }
}

/// Text from the election file for a terminal: control characters (which
/// files written by older versions may hold) shown as `\u{1b}` and the like,
/// never sent raw.
pub fn printable(s: &str) -> Cow<'_, str> {
    if !s
        .chars()
        .any(|c| c.is_control() && c != '\n' || is_bidi_control(c))
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() && c != '\n' || is_bidi_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_script_survive() {
        for n in [
            "Ann Smith",
            "Σωκράτης Παπαδόπουλος",
            "Фёдор Достоевский",
            "山田 太郎",
            "علی‌رضا", // ZWNJ between Arabic letters (Persian)
            "क्‍ष",     // ZWJ after a virama (Devanagari)
            "Zoë O'Brien-Ng",
            "José",
            "👩‍💻 Team",       // ZWJ emoji sequence
            "葛\u{E0100}西", // an ideographic variation sequence
        ] {
            assert_eq!(clean(&VOTER_NAME, n).as_deref(), Ok(n), "{n}");
        }
    }

    #[test]
    fn white_space_and_nfc() {
        assert_eq!(
            clean(&VOTER_NAME, "  Jose\u{301}\t\n Smith\u{A0} ").unwrap(),
            "José Smith"
        );
        assert_eq!(
            clean(&STATEMENT, " Line one\r\n\tLine two  \r\rEnd ").unwrap(),
            "Line one\n\tLine two\n\nEnd"
        );
    }

    #[test]
    fn refusals_name_the_character_and_position() {
        let e = clean(&VOTER_NAME, "A\u{200B}nn").unwrap_err();
        assert_eq!(
            e,
            "the voter's name contains an invisible character (U+200B ZERO WIDTH SPACE) at position 2"
        );
        let e = clean(&NOMINEE_NAME, "Ann\u{202E}htimS").unwrap_err();
        assert!(
            e.contains("bidirectional")
                && e.contains("U+202E RIGHT-TO-LEFT OVERRIDE")
                && e.contains("position 4"),
            "{e}"
        );
        let e = clean(&TERM_NAME, "x\u{1b}[31mred").unwrap_err();
        assert!(
            e.contains("control character (U+001B ESCAPE) at position 2"),
            "{e}"
        );
        for bad in [
            "A\u{200D}nn",
            "A\u{200C}nn",
            "\u{FEFF}Ann",
            "An\u{AD}n",
            "Ann\u{200F}",
            "\u{FE0F}Ann",
            "a\u{7F}",
            "a\u{9B}b",
        ] {
            assert!(clean(&VOTER_NAME, bad).is_err(), "{bad:?}");
        }
        let e = clean(&STATEMENT, "ok\n\u{7}").unwrap_err();
        assert!(e.contains("U+0007 BELL"), "{e}");
    }

    #[test]
    fn limits_in_characters() {
        let ok = "é".repeat(200);
        assert!(clean(&ORGANISATION, &ok).is_ok());
        let e = clean(&ORGANISATION, &"é".repeat(201)).unwrap_err();
        assert_eq!(
            e,
            "the organisation is 201 characters long; at most 200 are allowed"
        );
        assert!(clean(&ORGANISATION, &"x".repeat(10_000)).is_err());
    }

    #[test]
    fn optional_and_required() {
        assert_eq!(clean_optional(&EMPLOYER, Some("  ")), Ok(None));
        assert_eq!(clean_optional(&EMPLOYER, None), Ok(None));
        assert_eq!(
            clean_required(&REASON, " "),
            Err("the reason must not be empty".into())
        );
    }

    #[test]
    fn printable_escapes_controls() {
        assert_eq!(printable("Ann"), "Ann");
        assert_eq!(printable("A\u{1b}[2Jb\u{202E}"), "A\\u{1b}[2Jb\\u{202e}");
    }
}
