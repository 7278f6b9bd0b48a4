//! A small, strict reader for the subset of YAML that Elekto's files use
//! (`election.yaml`, `voters.yaml`, the header block of `candidate-*.md`).
//!
//! Why not a YAML crate: `serde_yaml` is unmaintained (archived in 2024) and
//! its forks are young; the files are a flat mapping of scalars and lists,
//! and a reader of just that subset can name the line of every problem.
//! Anything outside the subset is refused with its line, never guessed.
//!
//! The subset:
//!
//! * `# comments` (a `#` starting a line or after a space or tab, outside
//!   quotes) and blank lines are skipped;
//! * a top-level mapping, one `key: value` per line (the separator is a
//!   colon and a space or tab, or a colon ending the line); a key appears
//!   once;
//! * a value is a plain scalar (trimmed; indented continuation lines are
//!   joined with a space, as YAML folds plain scalars), a single- or
//!   double-quoted scalar on one line, a block scalar (`|` or `>`, with the
//!   more-indented lines that follow), or a flow list `[a, b]` of plain or
//!   quoted scalars;
//! * or, after `key:` alone, a block list: lines `- item` (indented or not),
//!   an item being a scalar or a one-line mapping `- name: value`, which may
//!   go on in more-indented `name: value` lines; or a nested block mapping
//!   of indented `name: value` lines (read as one mapping item: Elekto's
//!   `info:` is written both ways).

use crate::FormatError;
use scrutineer_i18n::Msg;

/// A list item: a scalar, or a small mapping (`- employer: X`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item {
    Scalar(String),
    Map(Vec<(String, String)>),
}

/// A top-level value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    Scalar(String),
    List(Vec<Item>),
}

/// One top-level entry, with the line of its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub key: String,
    pub value: Value,
    pub line: u64,
}

/// The mapping's entries, in file order.
#[derive(Debug)]
pub(crate) struct Doc {
    pub entries: Vec<Entry>,
}

impl Doc {
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }
}

/// `line` less its comment (outside quotes), right-trimmed.
fn strip_comment(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut prev_space = true;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match quote {
            // A doubled single quote, or a backslash escape in double
            // quotes, stays inside the quotes.
            Some('\'') if c == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                chars.next();
            }
            Some('"') if c == '\\' => {
                chars.next();
            }
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '#' && prev_space => return line.get(..i).unwrap_or(line).trim_end(),
            None if (c == '"' || c == '\'') && prev_space => quote = Some(c),
            None => {}
        }
        prev_space = c == ' ' || c == '\t';
    }
    line.trim_end()
}

/// Split `key: value` (the colon followed by a space, a tab or the end).
fn split_key(text: &str) -> Option<(&str, &str)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b':' {
            let next = bytes.get(i + 1);
            if next.is_none() || next == Some(&b' ') || next == Some(&b'\t') {
                let key = text.get(..i)?.trim();
                let value = text.get(i + 1..)?.trim();
                if key.is_empty() || key.starts_with(['-', '"', '\'', '[', '{']) {
                    return None;
                }
                return Some((key, value));
            }
        }
        i += 1;
    }
    None
}

/// A scalar as written: quotes removed (with their escapes), else trimmed.
fn scalar(name: &str, line: u64, text: &str) -> Result<String, FormatError> {
    let t = text.trim();
    let err = |m: Msg| FormatError::msg(name, Some(line), None, m);
    if let Some(inner) = t.strip_prefix('\'') {
        let inner = inner
            .strip_suffix('\'')
            .ok_or_else(|| err(Msg::new("err-yaml-single-quote")))?;
        return Ok(inner.replace("''", "'"));
    }
    if let Some(inner) = t.strip_prefix('"') {
        let inner = inner
            .strip_suffix('"')
            .ok_or_else(|| err(Msg::new("err-yaml-double-quote")))?;
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('"') => out.push('"'),
                Some('\\') => out.push('\\'),
                Some('/') => out.push('/'),
                Some(o) => {
                    return Err(err(
                        Msg::new("err-yaml-escape").arg("escape", format!("\\{o}"))
                    ))
                }
                None => return Err(err(Msg::new("err-yaml-backslash"))),
            }
        }
        return Ok(out);
    }
    if t.starts_with(['{', '&', '*', '!', '%', '@', '`']) {
        return Err(err(
            Msg::new("err-yaml-unsupported").arg("found", crate::grid::shorten(t).to_string())
        ));
    }
    Ok(t.to_string())
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}

/// Parse `text` (from the file `name`; `first_line` is the line number of
/// its first line in that file).
pub(crate) fn parse(name: &str, text: &str, first_line: u64) -> Result<Doc, FormatError> {
    let lines: Vec<(u64, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (first_line + i as u64, strip_comment(l)))
        .collect();
    let mut entries: Vec<Entry> = Vec::new();
    let mut i = 0usize;
    while let Some(&(ln, raw)) = lines.get(i) {
        i += 1;
        if raw.trim().is_empty() {
            continue;
        }
        let err = |m: Msg| FormatError::msg(name, Some(ln), None, m);
        if indent_of(raw) != 0 {
            return Err(err(Msg::new("err-yaml-margin")));
        }
        let Some((key, rest)) = split_key(raw) else {
            return Err(err(Msg::new("err-yaml-key-value")
                .arg("found", crate::grid::shorten(raw.trim()).to_string())));
        };
        if let Some(e) = entries.iter().find(|e| e.key == key) {
            return Err(err(Msg::new("err-yaml-key-twice")
                .arg("key", key.to_string())
                .arg("first", e.line.to_string())
                .arg("line", ln.to_string())));
        }
        let value = if rest.is_empty() {
            // A block list, or nothing (an empty value).
            let mut items: Vec<Item> = Vec::new();
            let mut item_indent: Option<usize> = None;
            let mut map_indent: Option<usize> = None;
            while let Some(&(ln2, l2)) = lines.get(i) {
                if l2.trim().is_empty() {
                    i += 1;
                    continue;
                }
                let ind = indent_of(l2);
                let body = l2.trim_start_matches([' ', '\t']);
                let is_item = body == "-" || body.starts_with("- ") || body.starts_with("-\t");
                if is_item && map_indent.is_none() && item_indent.is_none_or(|d| d == ind) {
                    item_indent = Some(ind);
                    i += 1;
                    let text = body.get(1..).unwrap_or_default().trim();
                    if let Some((k, v)) = split_key(text)
                        .filter(|_| !text.starts_with('"') && !text.starts_with('\''))
                    {
                        items.push(Item::Map(vec![(k.to_string(), scalar(name, ln2, v)?)]));
                    } else {
                        items.push(Item::Scalar(scalar(name, ln2, text)?));
                    }
                } else if ind > item_indent.unwrap_or(0) && item_indent.is_some() {
                    // More of a mapping item: `name: value`.
                    i += 1;
                    let Some((k, v)) = split_key(body) else {
                        return Err(FormatError::msg(
                            name,
                            Some(ln2),
                            None,
                            scrutineer_i18n::Msg::new("err-yaml-item-continues"),
                        ));
                    };
                    match items.last_mut() {
                        Some(Item::Map(m)) => m.push((k.to_string(), scalar(name, ln2, v)?)),
                        _ => {
                            return Err(FormatError::msg(
                                name,
                                Some(ln2),
                                None,
                                scrutineer_i18n::Msg::new("err-yaml-item-not-mapping"),
                            ))
                        }
                    }
                } else if ind == 0 {
                    break;
                } else if item_indent.is_none() && map_indent.is_none_or(|d| d == ind) {
                    // A nested block mapping (`info:` then `  employer: X`),
                    // read as one mapping item.
                    let Some((k, v)) = split_key(body) else {
                        return Err(FormatError::msg(
                            name,
                            Some(ln2),
                            None,
                            scrutineer_i18n::Msg::new("err-yaml-expected-value-or-item")
                                .arg("key", key.to_string())
                                .arg("found", crate::grid::shorten(body).to_string()),
                        ));
                    };
                    i += 1;
                    map_indent = Some(ind);
                    match items.last_mut() {
                        Some(Item::Map(m)) => m.push((k.to_string(), scalar(name, ln2, v)?)),
                        _ => items.push(Item::Map(vec![(k.to_string(), scalar(name, ln2, v)?)])),
                    }
                } else {
                    return Err(FormatError::msg(
                        name,
                        Some(ln2),
                        None,
                        scrutineer_i18n::Msg::new("err-yaml-expected-item")
                            .arg("key", key.to_string())
                            .arg("found", crate::grid::shorten(body).to_string()),
                    ));
                }
            }
            if items.is_empty() {
                Value::Scalar(String::new())
            } else {
                Value::List(items)
            }
        } else if rest.starts_with('|') || rest.starts_with('>') {
            let folded = rest.starts_with('>');
            let mut parts: Vec<&str> = Vec::new();
            while let Some(&(_, l2)) = lines.get(i) {
                if !l2.trim().is_empty() && indent_of(l2) == 0 {
                    break;
                }
                parts.push(l2.trim());
                i += 1;
            }
            Value::Scalar(
                parts
                    .join(if folded { " " } else { "\n" })
                    .trim()
                    .to_string(),
            )
        } else if let Some(inner) = rest.strip_prefix('[') {
            let inner = inner
                .strip_suffix(']')
                .ok_or_else(|| err(Msg::new("err-yaml-flow-list")))?;
            let mut items = Vec::new();
            for part in inner.split(',') {
                if !part.trim().is_empty() {
                    items.push(Item::Scalar(scalar(name, ln, part)?));
                }
            }
            Value::List(items)
        } else {
            let mut text = scalar(name, ln, rest)?;
            let quoted = rest.starts_with(['"', '\'']);
            // A plain scalar folds its indented continuation lines.
            while let Some(&(ln2, l2)) = lines.get(i) {
                if l2.trim().is_empty() || indent_of(l2) == 0 {
                    break;
                }
                if quoted {
                    return Err(FormatError::msg(
                        name,
                        Some(ln2),
                        None,
                        scrutineer_i18n::Msg::new("err-yaml-quote-one-line"),
                    ));
                }
                text.push(' ');
                text.push_str(l2.trim());
                i += 1;
            }
            Value::Scalar(text)
        };
        entries.push(Entry {
            key: key.to_string(),
            value,
            line: ln,
        });
    }
    Ok(Doc { entries })
}

/// A YAML boolean as PyYAML (Elekto's reader) reads one (YAML 1.1: true,
/// yes, on and false, no, off, in any case).
pub(crate) fn boolean(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" => Some(true),
        "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scalar_of(doc: &Doc, key: &str) -> String {
        match &doc.get(key).unwrap().value {
            Value::Scalar(s) => s.clone(),
            Value::List(l) => panic!("{key} is a list: {l:?}"),
        }
    }

    #[test]
    fn the_subset_elekto_writes() {
        let text = "# comment\nname: 2023 Election # trailing\nID:\tpacoxu\n\
                    quoted: 'it''s # not a comment'\ndq: \"a\\\"b\"\n\
                    folded: first\n  second\nblock: |\n  line 1\n  line 2\n\
                    flow: [a, 'b', \"c\"]\nlist:\n- x\n- y\ninfo:\n  - employer: Red Hat\n    slack: rh\n\
                    nested:\n  employer: DaoCloud\n  slack: p\nempty:\nitem_empty:\n  - \n";
        let doc = parse("f.yaml", text, 1).unwrap();
        assert_eq!(scalar_of(&doc, "name"), "2023 Election");
        assert_eq!(scalar_of(&doc, "ID"), "pacoxu");
        assert_eq!(scalar_of(&doc, "quoted"), "it's # not a comment");
        assert_eq!(scalar_of(&doc, "dq"), "a\"b");
        assert_eq!(scalar_of(&doc, "folded"), "first second");
        assert_eq!(scalar_of(&doc, "block"), "line 1\nline 2");
        assert_eq!(scalar_of(&doc, "empty"), "");
        let list = |k: &str| match &doc.get(k).unwrap().value {
            Value::List(l) => l.clone(),
            Value::Scalar(s) => panic!("{k} is a scalar {s}"),
        };
        let s = |v: &str| Item::Scalar(v.to_string());
        assert_eq!(list("flow"), vec![s("a"), s("b"), s("c")]);
        assert_eq!(list("list"), vec![s("x"), s("y")]);
        let m = |p: &[(&str, &str)]| {
            Item::Map(
                p.iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            )
        };
        assert_eq!(
            list("info"),
            vec![m(&[("employer", "Red Hat"), ("slack", "rh")])]
        );
        assert_eq!(
            list("nested"),
            vec![m(&[("employer", "DaoCloud"), ("slack", "p")])]
        );
        assert_eq!(list("item_empty"), vec![s("")]);
        assert_eq!(doc.get("list").unwrap().line, 12);
    }

    #[test]
    fn anything_else_is_refused_with_its_line() {
        let cases: &[(&str, u64, &str)] = &[
            ("a: 1\na: 2\n", 2, "appears twice"),
            ("a: 'x'\n  more\n", 2, "quoted value must be on one line"),
            ("  a: 1\n", 1, "left margin"),
            ("just text\n", 1, "expected a `key: value` line"),
            ("a: &anchor x\n", 1, "anchors"),
            ("a: 'open\n", 1, "not closed"),
            ("a: [x, y\n", 1, "must close"),
            ("a: \"\\q\"\n", 1, "escape"),
            ("a:\n- x\n  - y\n", 3, "continuing the list item"),
            (
                "a:\n  k: v\n  - x\n",
                3,
                "expected `name: value` or a list item",
            ),
        ];
        for (text, line, needle) in cases {
            let e = parse("f.yaml", text, 1).unwrap_err();
            assert_eq!(e.line, Some(*line), "{text:?}: {e}");
            assert!(e.message.contains(needle), "{text:?}: {e}");
        }
        assert_eq!(boolean("True"), Some(true));
        assert_eq!(boolean("no"), Some(false));
        assert_eq!(boolean("maybe"), None);
    }
}
