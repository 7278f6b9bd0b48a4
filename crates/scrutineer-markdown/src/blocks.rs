//! The block model read back from the sanitised HTML, so that the booklet
//! lays out exactly what the window shows (issue 9: "the window, the
//! exports and the booklet all use that one rendering").
//!
//! The input is always the sanitiser's output ([`crate::to_html`],
//! [`crate::sanitise_html`]): html5ever's serialisation of a tree whose
//! tags are all on ammonia's list (no `script`, `style`, `textarea` or any
//! other raw-text element, no comments), every attribute value in double
//! quotes, `&`, `<`, `>` and U+00A0 written as entities in text. The small
//! reader here relies on that; on anything else it keeps the characters as
//! text rather than lose them.
//!
//! The elements the booklet can draw are mapped (headings, paragraphs,
//! lists, quotes, code, rules, emphasis, strong, inline code, links, line
//! breaks); every other element is dropped, never its text: a block element
//! (`div`, `details`, `summary`, `table` cells...) holds its text as
//! paragraphs, an inline one (`span`, `sub`, `sup`, `u`, `mark`...) keeps its
//! text in the line. White space is collapsed as a browser does, except in
//! `pre`.

use crate::{url_allowed, Block, Inline};

/// A token of serialised HTML.
#[derive(Debug, PartialEq, Eq)]
enum Tok {
    Start {
        name: String,
        attrs: Vec<(String, String)>,
    },
    End(String),
    Text(String),
}

/// Decodes the character references the serialiser writes (`&amp;`,
/// `&lt;`, `&gt;`, `&quot;`, `&nbsp;`) and numeric ones; anything else is
/// kept as written.
fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let from = &rest[i..];
        let end = from.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let name = &from[1..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &from[e + 1..];
            }
            None => {
                out.push('&');
                rest = &from[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == ':'
}

/// Reads one tag starting at `s` (which starts with `<`): the token and the
/// bytes it took, or `None` when `s` does not start a tag.
fn tag(s: &str) -> Option<(Tok, usize)> {
    let body = s.strip_prefix('<')?;
    if let Some(rest) = body.strip_prefix('/') {
        let n = rest.find(|c: char| !is_name_char(c)).unwrap_or(rest.len());
        if n == 0 {
            return None;
        }
        let close = rest[n..].find('>')?;
        return Some((Tok::End(rest[..n].to_ascii_lowercase()), 2 + n + close + 1));
    }
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let n = body.find(|c: char| !is_name_char(c)).unwrap_or(body.len());
    let name = body[..n].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut i = n;
    loop {
        let rest = body.get(i..)?;
        let trimmed = rest.trim_start();
        i += rest.len() - trimmed.len();
        if let Some(after) = trimmed.strip_prefix("/>") {
            let _ = after;
            return Some((Tok::Start { name, attrs }, 1 + i + 2));
        }
        if trimmed.starts_with('>') {
            return Some((Tok::Start { name, attrs }, 1 + i + 1));
        }
        let an = trimmed
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
            .unwrap_or(trimmed.len());
        if an == 0 {
            // A stray character: skip it.
            i += trimmed.chars().next()?.len_utf8();
            continue;
        }
        let aname = trimmed[..an].to_ascii_lowercase();
        i += an;
        let rest = body.get(i..)?;
        let value = if let Some(v) = rest.strip_prefix('=') {
            i += 1;
            if let Some(q) = v.strip_prefix('"') {
                let close = q.find('"')?;
                i += 1 + close + 1;
                decode(&q[..close])
            } else if let Some(q) = v.strip_prefix('\'') {
                let close = q.find('\'')?;
                i += 1 + close + 1;
                decode(&q[..close])
            } else {
                let e = v
                    .find(|c: char| c.is_ascii_whitespace() || c == '>')
                    .unwrap_or(v.len());
                i += e;
                decode(&v[..e])
            }
        } else {
            String::new()
        };
        attrs.push((aname, value));
    }
}

/// The tokens of serialised HTML. A `<` that starts no tag is text.
fn tokens(html: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = html;
    while !rest.is_empty() {
        match rest.find('<') {
            None => {
                text.push_str(rest);
                break;
            }
            Some(i) => {
                text.push_str(&rest[..i]);
                let from = &rest[i..];
                match tag(from) {
                    Some((t, len)) => {
                        if !text.is_empty() {
                            out.push(Tok::Text(decode(&std::mem::take(&mut text))));
                        }
                        out.push(t);
                        rest = from.get(len..).unwrap_or("");
                    }
                    None => {
                        text.push('<');
                        rest = &from[1..];
                    }
                }
            }
        }
    }
    if !text.is_empty() {
        out.push(Tok::Text(decode(&text)));
    }
    out
}

/// Elements with no end tag.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements that hold blocks, laid out as paragraphs of their text.
fn is_block_container(name: &str) -> bool {
    matches!(
        name,
        "div"
            | "details"
            | "summary"
            | "section"
            | "article"
            | "aside"
            | "header"
            | "footer"
            | "nav"
            | "main"
            | "address"
            | "figure"
            | "figcaption"
            | "center"
            | "hgroup"
            | "table"
            | "caption"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "colgroup"
            | "dl"
            | "dt"
            | "dd"
            | "ruby"
            | "rtc"
    )
}

/// A frame of the tree under construction.
enum Frame {
    /// A container of blocks (the document, a list item, a quote, a block
    /// element), with loose inlines (a tight list item's text) not yet
    /// made a paragraph.
    Blocks {
        kind: Container,
        blocks: Vec<Block>,
        loose: Vec<Inline>,
    },
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    Inlines {
        kind: Span,
        inlines: Vec<Inline>,
    },
    /// `pre`: its text as written.
    Code(String),
}

enum Container {
    Root,
    Item,
    Quote,
    /// Any other block element: its blocks go to its parent.
    Other,
}

enum Span {
    Paragraph,
    Heading(u8),
    Emph,
    Strong,
    /// `code`, `kbd`, `samp`, `tt` outside `pre`.
    Code,
    /// A link; `None` when it has no allowed target.
    Link(Option<String>),
}

struct Builder {
    stack: Vec<Frame>,
    /// Open elements: name, and whether it pushed a frame.
    open: Vec<(String, bool)>,
    /// At the start of a line or after a space: a space is not needed.
    ws: bool,
    /// Inside `pre`: text as written, inline elements add no frame.
    pre: usize,
    /// Just after `<pre>`: its first newline is not part of the text.
    pre_start: bool,
}

/// Sanitised HTML as blocks (see the module documentation).
pub fn html_to_blocks(html: &str) -> Vec<Block> {
    let mut b = Builder {
        stack: vec![Frame::Blocks {
            kind: Container::Root,
            blocks: Vec::new(),
            loose: Vec::new(),
        }],
        open: Vec::new(),
        ws: true,
        pre: 0,
        pre_start: false,
    };
    for t in tokens(html) {
        match t {
            Tok::Start { name, attrs } => b.start(name, &attrs),
            Tok::End(name) => b.end_tag(&name),
            Tok::Text(t) => b.text(&t),
        }
    }
    b.finish()
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

impl Builder {
    fn start(&mut self, name: String, attrs: &[(String, String)]) {
        self.pre_start = false;
        match name.as_str() {
            "br" => {
                if self.pre > 0 {
                    self.text_as_written("\n");
                } else {
                    self.inline(Inline::Break);
                    self.ws = true;
                }
                return;
            }
            "hr" => {
                self.block(Block::Rule);
                self.ws = true;
                return;
            }
            n if is_void(n) => return,
            _ => {}
        }
        let frame = if self.pre > 0 {
            // Inside pre only the text counts.
            None
        } else {
            match name.as_str() {
                "p" => Some(Frame::Inlines {
                    kind: Span::Paragraph,
                    inlines: Vec::new(),
                }),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Some(Frame::Inlines {
                    kind: Span::Heading(name.as_bytes()[1] - b'0'),
                    inlines: Vec::new(),
                }),
                "blockquote" => Some(Frame::Blocks {
                    kind: Container::Quote,
                    blocks: Vec::new(),
                    loose: Vec::new(),
                }),
                "pre" => Some(Frame::Code(String::new())),
                "ul" => Some(Frame::List {
                    ordered: false,
                    start: 1,
                    items: Vec::new(),
                }),
                "ol" => Some(Frame::List {
                    ordered: true,
                    start: attr(attrs, "start")
                        .and_then(|s| s.trim().parse().ok())
                        .unwrap_or(1),
                    items: Vec::new(),
                }),
                "li" => Some(Frame::Blocks {
                    kind: Container::Item,
                    blocks: Vec::new(),
                    loose: Vec::new(),
                }),
                "em" | "i" | "cite" | "var" | "dfn" => Some(Frame::Inlines {
                    kind: Span::Emph,
                    inlines: Vec::new(),
                }),
                "strong" | "b" => Some(Frame::Inlines {
                    kind: Span::Strong,
                    inlines: Vec::new(),
                }),
                "code" | "kbd" | "samp" | "tt" => Some(Frame::Inlines {
                    kind: Span::Code,
                    inlines: Vec::new(),
                }),
                "a" => {
                    let url = attr(attrs, "href")
                        .map(|u| u.trim().to_string())
                        .filter(|u| url_allowed(u));
                    Some(Frame::Inlines {
                        kind: Span::Link(url),
                        inlines: Vec::new(),
                    })
                }
                n if is_block_container(n) => Some(Frame::Blocks {
                    kind: Container::Other,
                    blocks: Vec::new(),
                    loose: Vec::new(),
                }),
                // span, sub, sup, u, s, mark, small, abbr, q...: the text
                // stays in the line.
                _ => None,
            }
        };
        let pushed = frame.is_some();
        if let Some(frame) = frame {
            let is_block = matches!(
                frame,
                Frame::Blocks { .. }
                    | Frame::List { .. }
                    | Frame::Code(_)
                    | Frame::Inlines {
                        kind: Span::Paragraph | Span::Heading(_),
                        ..
                    }
            );
            if is_block {
                self.flush_loose();
                self.ws = true;
            }
            if matches!(frame, Frame::Code(_)) {
                self.pre += 1;
                self.pre_start = true;
            }
            self.stack.push(frame);
        }
        self.open.push((name, pushed));
    }

    fn end_tag(&mut self, name: &str) {
        self.pre_start = false;
        // The serialisation is balanced; an end tag with no open element is
        // ignored.
        let Some(at) = self.open.iter().rposition(|(n, _)| n == name) else {
            return;
        };
        while self.open.len() > at {
            if let Some((_, pushed)) = self.open.pop() {
                if pushed {
                    self.end();
                }
            }
        }
    }

    fn end(&mut self) {
        if self.stack.len() <= 1 {
            return;
        }
        let Some(frame) = self.stack.pop() else {
            return;
        };
        match frame {
            Frame::Blocks {
                kind,
                mut blocks,
                loose,
            } => {
                self.ws = true;
                if !loose.is_empty() {
                    blocks.push(Block::Paragraph(trim_inlines(loose)));
                }
                blocks.retain(|b| !matches!(b, Block::Paragraph(p) if p.is_empty()));
                match kind {
                    Container::Item => {
                        if let Some(Frame::List { items, .. }) = self.stack.last_mut() {
                            items.push(blocks);
                        } else {
                            for b in blocks {
                                self.block(b);
                            }
                        }
                    }
                    Container::Quote => self.block(Block::Quote(blocks)),
                    Container::Other | Container::Root => {
                        for b in blocks {
                            self.block(b);
                        }
                    }
                }
            }
            Frame::List {
                ordered,
                start,
                items,
            } => {
                self.ws = true;
                self.block(Block::List {
                    ordered,
                    start,
                    items,
                })
            }
            Frame::Code(mut s) => {
                self.pre = self.pre.saturating_sub(1);
                self.ws = true;
                if s.ends_with('\n') {
                    s.pop();
                }
                self.block(Block::Code(s));
            }
            Frame::Inlines { kind, inlines } => match kind {
                Span::Paragraph => {
                    self.ws = true;
                    let p = trim_inlines(inlines);
                    if !p.is_empty() {
                        self.block(Block::Paragraph(p));
                    }
                }
                Span::Heading(level) => {
                    self.ws = true;
                    self.block(Block::Heading {
                        level,
                        inlines: trim_inlines(inlines),
                    })
                }
                Span::Emph if !inlines.is_empty() => self.inline(Inline::Emph(inlines)),
                Span::Strong if !inlines.is_empty() => self.inline(Inline::Strong(inlines)),
                Span::Emph | Span::Strong => {}
                Span::Code => {
                    let mut t = String::new();
                    crate::inline_text(&inlines, &mut t);
                    if !t.is_empty() {
                        self.inline(Inline::Code(t));
                    }
                }
                Span::Link(Some(url)) => self.inline(Inline::Link { text: inlines, url }),
                Span::Link(None) => {
                    for i in inlines {
                        self.inline(i);
                    }
                }
            },
        }
    }

    /// Text inside `pre`, as written.
    fn text_as_written(&mut self, t: &str) {
        if let Some(Frame::Code(s)) = self.stack.last_mut() {
            s.push_str(t);
        }
    }

    fn text(&mut self, t: &str) {
        if self.pre > 0 {
            let t = if std::mem::take(&mut self.pre_start) {
                t.strip_prefix('\n').unwrap_or(t)
            } else {
                t
            };
            self.text_as_written(t);
            return;
        }
        // White space collapsed as a browser does (U+00A0 is not white
        // space in HTML and stays).
        let mut out = String::with_capacity(t.len());
        let mut space = self.ws;
        for c in t.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                if !space {
                    out.push(' ');
                    space = true;
                }
            } else {
                out.push(c);
                space = false;
            }
        }
        if out.is_empty() {
            return;
        }
        self.ws = space;
        self.inline(Inline::Text(out));
    }

    fn inline(&mut self, i: Inline) {
        match self.stack.last_mut() {
            Some(Frame::Inlines { inlines, .. }) => push_inline(inlines, i),
            Some(Frame::Blocks { loose, .. }) => push_inline(loose, i),
            Some(Frame::Code(s)) => {
                let mut t = String::new();
                crate::inline_text(std::slice::from_ref(&i), &mut t);
                s.push_str(&t);
            }
            // Text straight inside a list (not in an item): an item of its
            // own rather than lost.
            Some(Frame::List { items, .. }) if !matches!(&i, Inline::Text(t) if t.trim().is_empty()) =>
            {
                items.push(vec![Block::Paragraph(vec![i])]);
            }
            Some(Frame::List { .. }) | None => {}
        }
    }

    fn flush_loose(&mut self) {
        if let Some(Frame::Blocks { blocks, loose, .. }) = self.stack.last_mut() {
            if !loose.is_empty() {
                let l = trim_inlines(std::mem::take(loose));
                if !l.is_empty() {
                    blocks.push(Block::Paragraph(l));
                }
            }
        }
    }

    fn block(&mut self, b: Block) {
        self.flush_loose();
        match self.stack.last_mut() {
            Some(Frame::Blocks { blocks, .. }) => blocks.push(b),
            Some(Frame::List { items, .. }) => items.push(vec![b]),
            Some(Frame::Inlines { inlines, .. }) => {
                // A block inside an inline element (`<em><div>…`): its text
                // rather than lose it.
                let text = crate::plain_text(std::slice::from_ref(&b));
                if !text.is_empty() {
                    if !inlines.is_empty() {
                        push_inline(inlines, Inline::Text(" ".into()));
                    }
                    push_inline(inlines, Inline::Text(text));
                }
            }
            Some(Frame::Code(s)) => s.push_str(&crate::plain_text(std::slice::from_ref(&b))),
            None => {}
        }
    }

    fn finish(mut self) -> Vec<Block> {
        while self.stack.len() > 1 {
            self.end();
        }
        match self.stack.pop() {
            Some(Frame::Blocks {
                mut blocks, loose, ..
            }) => {
                let l = trim_inlines(loose);
                if !l.is_empty() {
                    blocks.push(Block::Paragraph(l));
                }
                blocks
            }
            _ => Vec::new(),
        }
    }
}

/// Appends an inline, joining adjacent text.
fn push_inline(v: &mut Vec<Inline>, i: Inline) {
    if let Inline::Text(t) = &i {
        if let Some(Inline::Text(prev)) = v.last_mut() {
            prev.push_str(t);
            return;
        }
    }
    v.push(i);
}

/// Drops leading and trailing breaks and spaces a paragraph does not need.
fn trim_inlines(mut v: Vec<Inline>) -> Vec<Inline> {
    while matches!(v.last(), Some(Inline::Break)) {
        v.pop();
    }
    if let Some(Inline::Text(t)) = v.last_mut() {
        let n = t.trim_end_matches(' ').len();
        t.truncate(n);
        if t.is_empty() {
            v.pop();
        }
    }
    while matches!(v.first(), Some(Inline::Break)) {
        v.remove(0);
    }
    if let Some(Inline::Text(t)) = v.first_mut() {
        let trimmed = t.trim_start_matches(' ');
        if trimmed.len() != t.len() {
            *t = trimmed.to_string();
        }
        if t.is_empty() {
            v.remove(0);
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_of_serialised_html() {
        assert_eq!(
            tokens("<p>a &amp; b &lt;c&gt;&nbsp;<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\" rel=\"x\">l</a><br></p>"),
            vec![
                Tok::Start {
                    name: "p".into(),
                    attrs: vec![]
                },
                Tok::Text("a & b <c>\u{a0}".into()),
                Tok::Start {
                    name: "a".into(),
                    attrs: vec![
                        ("href".into(), "https://x.org/?a=1&b=\"2\"".into()),
                        ("rel".into(), "x".into())
                    ]
                },
                Tok::Text("l".into()),
                Tok::End("a".into()),
                Tok::Start {
                    name: "br".into(),
                    attrs: vec![]
                },
                Tok::End("p".into()),
            ]
        );
        // A `<` that starts no tag, an unknown entity, an unclosed tag: text.
        assert_eq!(
            tokens("1 < 2 &bogus; &#x1F642; <p"),
            vec![Tok::Text("1 < 2 &bogus; 🙂 <p".into())]
        );
    }

    #[test]
    fn decoding() {
        assert_eq!(decode("&#39;&#x27;&apos;&amp;amp;"), "'''&amp;");
        assert_eq!(decode("& &; &#xZZ; &#1114112;"), "& &; &#xZZ; &#1114112;");
    }
}
