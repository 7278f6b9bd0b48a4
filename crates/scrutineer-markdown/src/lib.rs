//! Markdown for Scrutineer: nominees' statements and endorsements are
//! CommonMark, stored exactly as written, and rendered here, once.
//!
//! The window, the HTML and Markdown exports and the candidate booklet all
//! use this crate: [`to_html`] gives a sanitised HTML fragment (no script, no
//! event handler, no style, no remote resource), [`to_blocks`] gives the
//! block model the booklet lays out, and [`word_count`] the words a
//! statement-length rule counts.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, TextMergeStream};

mod blocks;
pub use blocks::html_to_blocks;
use serde::Serialize;
use std::borrow::Cow;

/// A block of a rendered statement, for a layout engine (the booklet PDF),
/// read from the same sanitised HTML the window shows ([`to_blocks`]).
/// Images become their alt text (with the link, when there is one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// `#` to `######`: level 1 to 6.
    Heading {
        level: u8,
        inlines: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    /// A bulleted (`ordered: false`) or numbered list; `start` is the first
    /// number (1 for bulleted lists). Each item is a list of blocks.
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    Quote(Vec<Block>),
    /// A code block, its text as written (no trailing newline).
    Code(String),
    /// A thematic break (`---`).
    Rule,
}

/// Inline content of a heading or paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Inline {
    /// Text, emoji shortcodes already replaced by the emoji.
    Text(String),
    Emph(Vec<Inline>),
    Strong(Vec<Inline>),
    Code(String),
    /// A link; `url` is only ever http, https or mailto (other links become
    /// their text).
    Link {
        text: Vec<Inline>,
        url: String,
    },
    /// A line break (hard break, or a soft break kept as a space by the
    /// layout engine's choice).
    Break,
}

/// The URL schemes a link may have; every other link loses its target.
const SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// The parser's options: CommonMark only (no tables, footnotes, task lists:
/// what is rendered is what the booklet lays out).
fn parser(md: &str) -> Parser<'_> {
    Parser::new_ext(md, Options::empty())
}

/// Whether a link target is allowed: an absolute http, https or mailto URL.
pub fn url_allowed(url: &str) -> bool {
    let u = url.trim();
    match u.split_once(':') {
        Some((scheme, rest)) => {
            SCHEMES.iter().any(|s| scheme.eq_ignore_ascii_case(s))
                && !rest.is_empty()
                && !u.chars().any(|c| c.is_control())
        }
        None => false,
    }
}

/// Discourse's names (Python's forum) where they differ from GitHub's
/// (gemoji), which the `emojis` crate knows.
const DISCOURSE_ALIASES: [(&str, &str); 8] = [
    ("slight_smile", "slightly_smiling_face"),
    ("slight_frown", "slightly_frowning_face"),
    ("upside_down", "upside_down_face"),
    ("hugging", "hugs"),
    ("nerd", "nerd_face"),
    ("thinking_face", "thinking"),
    ("rolling_eyes", "roll_eyes"),
    ("face_with_rolling_eyes", "roll_eyes"),
];

/// The emoji a shortcode names: GitHub's shortcodes, and Discourse's where
/// they differ.
fn emoji(name: &str) -> Option<&'static emojis::Emoji> {
    emojis::get_by_shortcode(name).or_else(|| {
        DISCOURSE_ALIASES
            .iter()
            .find(|(a, _)| *a == name)
            .and_then(|(_, g)| emojis::get_by_shortcode(g))
    })
}

/// Replaces emoji shortcodes (`:slight_smile:`) by the emoji; an unknown
/// shortcode stays as written.
pub fn replace_shortcodes(text: &str) -> Cow<'_, str> {
    if !text.contains(':') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(i) = rest.find(':') {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        let after = &from[1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '+' || c == '-'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        let closed = after[name_len..].starts_with(':');
        match emoji(name).filter(|_| closed && !name.is_empty()) {
            Some(e) => {
                out.push_str(e.as_str());
                rest = &after[name_len + 1..];
                changed = true;
            }
            None => {
                out.push(':');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// The event stream both renderings share: adjacent text merged, emoji
/// shortcodes replaced outside code spans and code blocks.
fn events(md: &str) -> impl Iterator<Item = Event<'_>> {
    let mut in_code_block = false;
    TextMergeStream::new(parser(md)).map(move |ev| match ev {
        Event::Start(Tag::CodeBlock(k)) => {
            in_code_block = true;
            Event::Start(Tag::CodeBlock(k))
        }
        Event::End(TagEnd::CodeBlock) => {
            in_code_block = false;
            Event::End(TagEnd::CodeBlock)
        }
        Event::Text(t) if !in_code_block => match replace_shortcodes(&t) {
            Cow::Borrowed(_) => Event::Text(t),
            Cow::Owned(s) => Event::Text(s.into()),
        },
        other => other,
    })
}

/// The sanitiser every HTML rendering goes through.
fn sanitiser() -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    // Nothing that loads a resource: no images (and no image maps).
    b.rm_tags(["img", "map", "area"]);
    b.url_schemes(SCHEMES.into_iter().collect());
    b.url_relative(ammonia::UrlRelative::Deny);
    b.link_rel(Some("noopener noreferrer nofollow"));
    b.strip_comments(true);
    b
}

/// Cleans an HTML fragment with the sanitiser the statements go through
/// (for callers assembling HTML around rendered statements).
pub fn sanitise_html(html: &str) -> String {
    sanitiser().clean(html).to_string()
}

/// Renders CommonMark as a sanitised HTML fragment.
///
/// Emoji shortcodes become emoji (not in code). Images are never loaded:
/// an image becomes its alt text, linked to its target when that is an
/// allowed URL. Raw HTML goes through the sanitiser like the rest: no
/// script (nor its content), no event handler, no `style`, no `iframe`, no
/// image, links only to http, https and mailto URLs, each with
/// `rel="noopener noreferrer nofollow"`.
pub fn to_html(md: &str) -> String {
    // An image becomes a link around its alt text: nothing is loaded.
    let evs = events(md).map(|ev| match ev {
        Event::Start(Tag::Image {
            dest_url,
            title,
            id,
            link_type,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }),
        Event::End(TagEnd::Image) => Event::End(TagEnd::Link),
        other => other,
    });
    let mut raw = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, evs);
    sanitise_html(&raw)
}

/// The statement as blocks, for a layout engine: the sanitised HTML of
/// [`to_html`] read back ([`html_to_blocks`]), so the booklet lays out what
/// the window shows.
///
/// Raw HTML in the Markdown is what the sanitiser left of it: the elements
/// the layout can draw (emphasis, strong, code, links, line breaks, lists,
/// quotes, headings) are kept, every other tag is dropped and its text kept
/// (a script's text is gone, as in the window); an image is its alt text (a
/// link when its target is an allowed URL); a link to anything but http,
/// https or mailto is its text.
pub fn to_blocks(md: &str) -> Vec<Block> {
    html_to_blocks(&to_html(md))
}

pub(crate) fn inline_text(v: &[Inline], out: &mut String) {
    for i in v {
        match i {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::Emph(x) | Inline::Strong(x) | Inline::Link { text: x, .. } => {
                inline_text(x, out)
            }
            Inline::Break => out.push('\n'),
        }
    }
}

/// The text of rendered blocks: what a reader reads, blocks separated by
/// blank lines (list items and quotes included, link targets not).
pub fn plain_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        match b {
            Block::Heading { inlines, .. } | Block::Paragraph(inlines) => {
                inline_text(inlines, &mut out)
            }
            Block::List { items, .. } => {
                let texts: Vec<String> = items.iter().map(|it| plain_text(it)).collect();
                out.push_str(&texts.join("\n"));
            }
            Block::Quote(inner) => out.push_str(&plain_text(inner)),
            Block::Code(s) => out.push_str(s),
            Block::Rule => {}
        }
    }
    out
}

/// Whether a character is written without spaces between words: a CJK
/// ideograph (Han, with its extensions and compatibility forms) or a
/// Japanese kana.
fn counts_alone(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x31F0..=0x31FF    // Katakana phonetic extensions
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility ideographs
        | 0x20000..=0x3134F  // CJK extensions B to G
    )
}

/// The words of a statement, as a statement-length rule counts them.
///
/// The rule: the Markdown is rendered first ([`to_blocks`]), so markup,
/// link targets and emoji shortcodes are not words; raw HTML counts as the
/// text the sanitiser leaves (its tags are not words, a script's text is
/// gone). Then a word is a run of letters and digits (in any
/// script), joined across an apostrophe, hyphen, full stop, comma or
/// underscore with letters or digits on both sides (`don't`, `well-known`,
/// `3.5`, `1,000`); every CJK ideograph and every Japanese kana counts as
/// one word on its own (those scripts do not put spaces between words).
/// Punctuation, symbols and emoji are not words.
pub fn word_count(md: &str) -> usize {
    count_words(&plain_text(&to_blocks(md)))
}

/// [`word_count`]'s rule on plain text.
pub fn count_words(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut count = 0;
    let mut in_word = false;
    for (i, &c) in chars.iter().enumerate() {
        if counts_alone(c) {
            count += 1;
            in_word = false;
        } else if c.is_alphanumeric() || is_mark(c) {
            if !in_word {
                count += 1;
                in_word = true;
            }
        } else if in_word
            && matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '.' | ',' | '_')
            && chars
                .get(i + 1)
                .is_some_and(|n| n.is_alphanumeric() && !counts_alone(*n))
        {
            // A joiner inside a word: the word goes on.
        } else {
            in_word = false;
        }
    }
    count
}

/// Combining marks (Devanagari vowel signs, Arabic harakat...) belong to
/// the word they are in.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05C7 | 0x0610..=0x061A
        | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0900..=0x0903
        | 0x093A..=0x094F | 0x0951..=0x0957 | 0x0962..=0x0963 | 0x200C..=0x200D
    )
}

/// The Markdown as written, except that raw HTML (blocks and inline tags)
/// has its `<` written `&lt;`, so wherever the Markdown is pasted (a forum
/// post) the HTML shows as text and never becomes markup. Everything else,
/// code included, is byte for byte as written.
pub fn escape_raw_html(md: &str) -> String {
    let mut out = String::with_capacity(md.len() + 16);
    let mut at = 0usize;
    for (ev, range) in parser(md).into_offset_iter() {
        if let Event::Html(_) | Event::InlineHtml(_) = ev {
            if range.start < at {
                continue;
            }
            let (Some(before), Some(html)) = (md.get(at..range.start), md.get(range.clone()))
            else {
                continue;
            };
            out.push_str(before);
            out.push_str(&html.replace('<', "&lt;"));
            at = range.end;
        }
    }
    out.push_str(md.get(at..).unwrap_or_default());
    out
}
