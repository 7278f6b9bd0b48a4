//! Markdown for Scrutineer: nominees' statements and endorsements are
//! CommonMark, stored exactly as written, and rendered here, once.
//!
//! The window, the HTML and Markdown exports and the candidate booklet all
//! use this crate: [`to_html`] gives a sanitised HTML fragment (no script, no
//! event handler, no style, no remote resource), [`to_blocks`] gives the
//! block model the booklet lays out, and [`word_count`] the words a
//! statement-length rule counts.

use serde::Serialize;

/// A block of a rendered statement, for a layout engine (the booklet PDF).
///
/// Raw HTML in the Markdown never becomes markup here: it is kept as plain
/// text. Images become their alt text (with the link, when there is one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// `#` to `######`: level 1 to 6.
    Heading { level: u8, inlines: Vec<Inline> },
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
    Link { text: Vec<Inline>, url: String },
    /// A line break (hard break, or a soft break kept as a space by the
    /// layout engine's choice).
    Break,
}
