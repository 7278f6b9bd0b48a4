//! Windows-1252 or Windows-1250? When a roll is neither UTF-8 nor marked,
//! chardetng guesses its legacy encoding from the bytes; with only a few
//! accented names the evidence is thin, and a Western European Excel export
//! ("Peña", "Ørsted", Windows-1252) was read as Windows-1250 ("Peńa",
//! "Řrsted") without a word.
//!
//! When the guess is one of the two Latin code pages spreadsheets write in
//! Europe, both are weighed on the first 64 KiB: each character a non-ASCII
//! byte decodes to scores +1 if it is a letter, −1 if not (Polish "ł" read
//! as Windows-1252 is "³"), −10 if the byte means nothing in that code page.
//! The higher score wins; on a tie (the usual case with thin evidence: "ñ"
//! and "ń" are both letters) Windows-1252 wins, the encoding of Excel's CSV
//! export on Windows in Western Europe and the Americas, by far the most
//! common source of such files. Whenever the two read some line differently
//! the reader reports it ([`EncodingChoice`]), with the lines both ways, so
//! the preview and the CLI can show them and the user can choose.

use encoding_rs::{Encoding, WINDOWS_1250, WINDOWS_1252};
use serde::Serialize;

/// The two encodings weighed.
const RIVALS: [&Encoding; 2] = [WINDOWS_1252, WINDOWS_1250];

/// At most this many differing lines are reported.
pub const MAX_SHOWN: usize = 10;

/// Two likely encodings that read the file differently, and which was used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EncodingChoice {
    /// The encoding used (encoding_rs's name, e.g. `windows-1252`).
    pub chosen: String,
    /// The other likely encoding.
    pub other: String,
    /// What chardetng guessed.
    pub guessed: String,
    /// Why `chosen` was used, in words.
    pub why: String,
    /// Lines (1-based, in the first 64 KiB) that read differently:
    /// (line, as `chosen` reads it, as `other` reads it).
    pub differing: Vec<(u64, String, String)>,
}

fn score(enc: &'static Encoding, bytes: &[u8]) -> i64 {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    text.chars()
        .filter(|c| !c.is_ascii())
        .map(|c| match c {
            '\u{FFFD}' => -10,
            c if c.is_control() => -10,
            c if c.is_alphabetic() => 1,
            _ => -1,
        })
        .sum()
}

/// Weigh Windows-1252 against Windows-1250 when chardetng `guessed` one of
/// them for a file starting with `head`. `None` when the guess is another
/// encoding, or when both read every line the same.
pub(crate) fn weigh(guessed: &'static Encoding, head: &[u8]) -> Option<EncodingChoice> {
    if !RIVALS.contains(&guessed) {
        return None;
    }
    // A sample cut inside a line: weigh whole lines only.
    let end = head
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(head.len(), |i| i + 1);
    let sample = head.get(..end).unwrap_or(head);
    let (a, b) = (WINDOWS_1252, WINDOWS_1250);
    let (sa, sb) = (score(a, sample), score(b, sample));
    let (chosen, other, why) = if sb > sa {
        (
            b,
            a,
            "its accented letters read as letters only in Windows-1250 (Central European)",
        )
    } else if sa > sb {
        (
            a,
            b,
            "its accented letters read as letters only in Windows-1252 (Western European)",
        )
    } else {
        (
            a,
            b,
            "both read its accented letters as letters, and Windows-1252 is what Excel writes on Windows in Western Europe and the Americas, the most common source of such files",
        )
    };
    let (ta, _) = chosen.decode_without_bom_handling(sample);
    let (tb, _) = other.decode_without_bom_handling(sample);
    let differing: Vec<(u64, String, String)> = ta
        .lines()
        .zip(tb.lines())
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .take(MAX_SHOWN)
        .map(|(i, (x, y))| {
            (
                i as u64 + 1,
                x.trim_end().to_string(),
                y.trim_end().to_string(),
            )
        })
        .collect();
    if differing.is_empty() {
        return None;
    }
    Some(EncodingChoice {
        chosen: chosen.name().to_string(),
        other: other.name().to_string(),
        guessed: guessed.name().to_string(),
        why: why.to_string(),
        differing,
    })
}

/// The encoding named by a choice (for the reader).
pub(crate) fn encoding_of(choice: &EncodingChoice) -> &'static Encoding {
    Encoding::for_label(choice.chosen.as_bytes()).unwrap_or(WINDOWS_1252)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(s: &str, e: &'static Encoding) -> Vec<u8> {
        e.encode(s).0.into_owned()
    }

    #[test]
    fn thin_western_evidence_reads_as_windows_1252_and_says_so() {
        let bytes = enc(
            "name,email\nJuan Peña,j@example.es\nAnders Ørsted,a@example.dk\nBob,b@example.org\n",
            WINDOWS_1252,
        );
        let c = weigh(WINDOWS_1250, &bytes).expect("ambiguous");
        assert_eq!(
            (c.chosen.as_str(), c.other.as_str()),
            ("windows-1252", "windows-1250")
        );
        assert_eq!(
            c.differing,
            [
                (
                    2,
                    "Juan Peña,j@example.es".into(),
                    "Juan Peńa,j@example.es".into()
                ),
                (
                    3,
                    "Anders Ørsted,a@example.dk".into(),
                    "Anders Řrsted,a@example.dk".into()
                ),
            ]
        );
    }

    #[test]
    fn polish_names_stay_windows_1250() {
        let bytes = enc(
            "name,email\nŁukasz Żółw,l@example.pl\nPaweł Świątek,p@example.pl\n",
            WINDOWS_1250,
        );
        let c = weigh(WINDOWS_1250, &bytes).expect("the two differ");
        assert_eq!(c.chosen, "windows-1250");
        assert_eq!(c.differing[0].1, "Łukasz Żółw,l@example.pl");
    }

    #[test]
    fn other_guesses_and_identical_readings_are_not_weighed() {
        let cyr = enc("name,email\nИван,i@example.ru\n", encoding_rs::WINDOWS_1251);
        assert_eq!(weigh(encoding_rs::WINDOWS_1251, &cyr), None);
        // Š and é are the same bytes in both.
        let same = enc("name,email\nŠtefan é,s@example.sk\n", WINDOWS_1252);
        assert_eq!(weigh(WINDOWS_1252, &same), None);
    }
}
