//! Debian tally sheets, as devotee publishes them
//! (`https://www.debian.org/vote/YYYY/vote_NNN_tally.txt`).
//!
//! Layout: free text, then the options, one per line,
//!
//! ```text
//!      Option 1----->: Gergely Nagy
//!    /  Option 2---->: Moray Allan
//!    |/  Option 3--->: None Of The Above
//!    ||/
//! ```
//!
//! (the 2004 sheets put the last `|||/` on the option's own line), then one
//! line per ballot, `V: <ranks>  <id>`: character k of `<ranks>` is the rank
//! given to option k, `1` most preferred, equal characters equal ranks, `-`
//! not ranked. Unranked options rank below every ranked one (constitution
//! A.6(1)): the ballot keeps them out of its preference groups and the
//! `debian` method counts them that way. Rank characters beyond 9, should a
//! vote have more than nine options, are read as `A`–`Z` (or `a`–`z`) = 10–35.
//!
//! The `<id>` (an MD5 or HMAC-SHA256 hash for secret votes, a login and name
//! for General Resolutions) is never kept: the ballots are merged with a
//! weight as they are read, so nothing links a ballot to a voter.

use crate::{read_error, BallotFile, FormatError, HashingReader};
use scrutineer_count::{Ballot, BallotKind, Marks, Profile};
use scrutineer_i18n::Msg;
use std::collections::HashMap;
use std::io::{BufRead, BufReader};

/// True when `head` (the start of a file) looks like a Debian tally sheet: an
/// `Option 1-...->:` line, and a `V:` line or devotee's title.
pub fn looks_like_debian(head: &[u8]) -> bool {
    let mut option1 = false;
    let mut ballots_or_title = false;
    for line in head.split(|&b| b == b'\n') {
        let text = String::from_utf8_lossy(line);
        if option_line(&text).is_some_and(|(k, _)| k == 1) {
            option1 = true;
        }
        let t = text.trim_start();
        if t.starts_with("V:") || t.starts_with("Tally Sheet for the votes cast") {
            ballots_or_title = true;
        }
    }
    option1 && ballots_or_title
}

/// `Option N--->: name` anywhere in the line (after the `|/` drawing), as
/// `(N, name)`; the name loses a trailing `   |||/` drawing.
fn option_line(line: &str) -> Option<(usize, String)> {
    let at = line.find("Option ")?;
    let prefix = &line[..at];
    if !prefix
        .chars()
        .all(|c| c == ' ' || c == '\t' || c == '|' || c == '/')
    {
        return None;
    }
    let rest = &line[at + "Option ".len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let k: usize = digits.parse().ok()?;
    let rest = &rest[digits.len()..];
    let dashes = rest.trim_start_matches('-');
    if dashes.len() == rest.len() {
        return None;
    }
    let name = dashes.strip_prefix(">:")?;
    let mut name = name.trim();
    // The 2004 sheets end the last option's line with the `|||/` drawing.
    if let Some(i) = name.rfind("  ") {
        let tail = name[i..].trim();
        if !tail.is_empty() && tail.chars().all(|c| c == '|' || c == '/') {
            name = name[..i].trim_end();
        }
    }
    Some((k, name.to_string()))
}

/// The rank a character gives, `None` for `-` (not ranked).
fn rank_of(c: u8) -> Result<Option<u32>, Msg> {
    match c {
        b'-' => Ok(None),
        b'1'..=b'9' => Ok(Some(u32::from(c - b'0'))),
        b'A'..=b'Z' => Ok(Some(u32::from(c - b'A') + 10)),
        b'a'..=b'z' => Ok(Some(u32::from(c - b'a') + 10)),
        _ => {
            Err(Msg::new("err-debian-rank")
                .arg("found", char::from(c).escape_default().to_string()))
        }
    }
}

/// Read a Debian tally sheet from `input`; `name` is used in errors. The
/// bytes are hashed as they are read (`sha256`), and identical ballots are
/// merged as they come, so memory depends on the number of distinct ballots.
pub fn read_debian_stream<R: BufRead>(name: &str, input: R) -> Result<BallotFile, FormatError> {
    let mut hashing = HashingReader::new(input);
    let mut reader = BufReader::new(&mut hashing);
    let mut options: Vec<String> = Vec::new();
    let mut profile: Option<Profile> = None;
    let mut index: HashMap<Marks, usize> = HashMap::new();
    let mut count: u64 = 0;
    let mut buf: Vec<u8> = Vec::new();
    let mut line_no: u64 = 0;
    let mut ranks: Vec<(u32, usize)> = Vec::new();
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| read_error(name, &e))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        while matches!(buf.last(), Some(b'\n' | b'\r')) {
            buf.pop();
        }
        let err = |col: Option<usize>, msg: Msg| {
            FormatError::msg(name, Some(line_no), col.map(|c| c.to_string()), msg)
        };
        let lead = buf
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(buf.len());
        if buf[lead..].starts_with(b"V:") {
            if options.is_empty() {
                return Err(err(None, Msg::new("err-debian-ballot-before-options")));
            }
            let p = profile.get_or_insert_with(|| Profile::new(options.clone()));
            // The ranks: the first word after `V:`.
            let mut start = lead + 2;
            while buf.get(start).is_some_and(|b| *b == b' ' || *b == b'\t') {
                start += 1;
            }
            let mut end = start;
            while buf.get(end).is_some_and(|b| !b.is_ascii_whitespace()) {
                end += 1;
            }
            let word = &buf[start..end];
            if word.len() != options.len() {
                return Err(err(
                    Some(start + 1),
                    Msg::new("err-debian-ballot-width")
                        .arg("ranks", word.len())
                        .arg("options", options.len().to_string()),
                ));
            }
            ranks.clear();
            for (k, &c) in word.iter().enumerate() {
                match rank_of(c) {
                    Ok(Some(r)) => ranks.push((r, k)),
                    Ok(None) => {}
                    Err(m) => {
                        return Err(err(
                            Some(start + k + 1),
                            Msg::new("err-debian-option-rank")
                                .arg("option", (k + 1).to_string())
                                .arg("name", options[k].to_string())
                                .arg("problem", m),
                        ))
                    }
                }
            }
            ranks.sort_unstable();
            let mut groups: Vec<Vec<usize>> = Vec::new();
            let mut last: Option<u32> = None;
            for &(r, k) in &ranks {
                match groups.last_mut() {
                    Some(g) if last == Some(r) => g.push(k),
                    _ => groups.push(vec![k]),
                }
                last = Some(r);
            }
            // The rest of the line (the voter's id) is dropped here.
            p.push_merged(
                &mut index,
                Ballot {
                    weight: 1,
                    marks: Marks::Ranking(groups),
                },
            );
            count += 1;
            continue;
        }
        let text = match std::str::from_utf8(&buf) {
            Ok(s) => s.to_string(),
            // Old sheets may be Latin-1: each byte is its own code point.
            Err(_) => buf.iter().map(|&b| char::from(b)).collect(),
        };
        if let Some((k, option)) = option_line(&text) {
            if profile.is_some() {
                return Err(err(
                    None,
                    Msg::new("err-debian-option-late").arg("option", k.to_string()),
                ));
            }
            if k != options.len() + 1 {
                return Err(err(
                    None,
                    Msg::new("err-debian-option-order")
                        .arg("expected", (options.len() + 1).to_string())
                        .arg("found", k.to_string()),
                ));
            }
            if option.is_empty() {
                return Err(err(
                    None,
                    Msg::new("err-debian-option-no-name").arg("option", k.to_string()),
                ));
            }
            options.push(option);
        }
    }
    drop(reader);
    if options.is_empty() {
        return Err(FormatError::msg(
            name,
            None,
            None,
            scrutineer_i18n::Msg::new("err-debian-no-options"),
        ));
    }
    let profile = profile.unwrap_or_else(|| Profile::new(options));
    let sha256 = hashing.finish().map_err(|e| read_error(name, &e))?;
    Ok(BallotFile {
        profile,
        kind: BallotKind::Ranking,
        sha256,
        count,
        title: None,
        seats: Some(1),
        withdrawn: Vec::new(),
        format: crate::Format::Debian,
        blank: crate::Format::Debian.blank(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    const SHEET: &str = "\t\t       Tally Sheet for the votes cast. \n \
   The format is:\n\
       \"V: vote \t\tHMAC_SHA256_HEX\"\n\
 -=-=-=-=-=-=-=-=\n\
\n\
     Option 1----->: Gergely Nagy\n\
   /  Option 2---->: Ξένια Κ.\n\
   |/  Option 3--->: Raphaël Hertzog\n\
   ||/  Option 4-->: None Of The Above   |||/\n\
V: 3121\t  0123abcd\n\
V: 1--2\t  ffff0000\n\
V: 3121\t  99990000\n\
V: ----\t  11110000\n";

    fn read(s: &str) -> Result<BallotFile, FormatError> {
        read_debian_stream("t.txt", Cursor::new(s.as_bytes()))
    }

    #[test]
    fn options_ranks_and_merging() {
        let f = read(SHEET).unwrap();
        assert_eq!(
            f.profile.candidates,
            vec![
                "Gergely Nagy",
                "Ξένια Κ.",
                "Raphaël Hertzog",
                "None Of The Above"
            ]
        );
        assert_eq!(f.count, 4);
        assert_eq!(f.profile.ballots.len(), 3);
        assert_eq!(f.profile.ballots[0].weight, 2);
        // 3121: options 2 and 4 first (equal), then 3, then 1.
        assert_eq!(
            f.profile.ballots[0].marks,
            Marks::Ranking(vec![vec![1, 3], vec![2], vec![0]])
        );
        // 1--2: 2 and 3 unranked.
        assert_eq!(
            f.profile.ballots[1].marks,
            Marks::Ranking(vec![vec![0], vec![3]])
        );
        assert_eq!(f.profile.ballots[2].marks, Marks::Ranking(vec![]));
        assert_eq!(f.sha256, crate::sha256_hex(SHEET.as_bytes()));
        assert!(looks_like_debian(SHEET.as_bytes()));
    }

    #[test]
    fn the_voter_id_is_not_kept() {
        let f = read(SHEET).unwrap();
        let dump = format!("{:?}", f.profile);
        for id in ["0123abcd", "ffff0000", "99990000"] {
            assert!(!dump.contains(id));
        }
    }

    #[test]
    fn errors_name_line_and_column() {
        let bad = SHEET.replace("V: 1--2", "V: 1-*2");
        let e = read(&bad).unwrap_err();
        assert_eq!(e.line, Some(11));
        assert_eq!(e.column.as_deref(), Some("6"));
        assert!(e.message.contains("option 3"), "{e}");
        let short = SHEET.replace("V: 1--2", "V: 1-2");
        let e = read(&short).unwrap_err();
        assert_eq!(e.line, Some(11));
        assert!(e
            .message
            .contains("3 rank characters but there are 4 options"));
        let early = "V: 12 x\n Option 1-->: A\n";
        assert_eq!(read(early).unwrap_err().line, Some(1));
        let skipped = " Option 1--->: A\n Option 3-->: B\n";
        assert!(read(skipped)
            .unwrap_err()
            .message
            .contains("expected option 2"));
        assert!(read("hello\n").unwrap_err().message.contains("no options"));
    }

    #[test]
    fn ranks_beyond_nine_are_letters() {
        let mut s = String::new();
        for k in 1..=11 {
            s.push_str(&format!(" Option {k}-->: O{k}\n"));
        }
        s.push_str("V: 23456789AB1 id\n");
        let f = read(&s).unwrap();
        let Marks::Ranking(g) = &f.profile.ballots[0].marks else {
            panic!()
        };
        assert_eq!(g[0], vec![10]);
        assert_eq!(g[9], vec![8]);
        assert_eq!(g[10], vec![9]);
    }

    #[test]
    fn not_a_tally_sheet() {
        assert!(!looks_like_debian(b"a,b,c\n1,2,3\n"));
        assert!(!looks_like_debian(b"3 1\n1 1 2 0\n0\n"));
    }
}
