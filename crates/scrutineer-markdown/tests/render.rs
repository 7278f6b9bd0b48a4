//! The statement renderings against a long, hostile self-nomination.

use scrutineer_markdown::{count_words, plain_text, to_blocks, to_html, word_count, Block, Inline};

const STATEMENT: &str = include_str!("../../../tests/fixtures/nominations/statement-hostile.md");

/// Whether the HTML holds anything that could run or load.
fn hostile(html: &str) -> Vec<&'static str> {
    let lower = html.to_lowercase();
    [
        "<script",
        "onerror",
        "onclick",
        "javascript:",
        "<iframe",
        "style=",
        "<img",
        "src=",
        "alert(",
    ]
    .into_iter()
    .filter(|h| lower.contains(h))
    .collect()
}

#[test]
fn html_keeps_the_structure_and_nothing_hostile() {
    let html = to_html(STATEMENT);
    assert_eq!(hostile(&html), Vec::<&str>::new(), "{html}");
    for want in [
        "<h1>Self-nomination: Ζωή Παπαδοπούλου</h1>",
        "<h2>About me</h2>",
        "<strong>Иван Петров</strong>",
        "<em>李小龙</em>",
        "محمد الأحمد",
        "<ul>",
        "<ol>",
        "<li>Publish the council",
        "<blockquote>",
        "<code>asyncio</code>",
        "<a href=\"https://example.org/mentoring\" rel=\"noopener noreferrer nofollow\">mentorship programme</a>",
        "🙂",
        "👋",
        // Not replaced inside code.
        ":slight_smile: stays a shortcode in code",
    ] {
        assert!(html.contains(want), "missing {want:?} in\n{html}");
    }
    // The javascript: link keeps its text, not its target.
    assert!(html.contains("dangerous link"));
    assert!(html.contains("raw one"));
}

#[test]
fn blocks_keep_the_structure_and_raw_html_as_the_window_shows_it() {
    let blocks = to_blocks(STATEMENT);
    assert!(
        matches!(&blocks[0], Block::Heading { level: 1, inlines } if inlines == &vec![Inline::Text("Self-nomination: Ζωή Παπαδοπούλου".into())])
    );
    let lists: Vec<(bool, u64, usize)> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::List {
                ordered,
                start,
                items,
            } => Some((*ordered, *start, items.len())),
            _ => None,
        })
        .collect();
    assert_eq!(lists, vec![(false, 1, 3), (true, 1, 3)]);
    assert!(blocks.iter().any(
        |b| matches!(b, Block::Quote(q) if plain_text(q) == "Leadership is listening first.")
    ));
    assert!(blocks.iter().any(|b| matches!(b, Block::Code(c) if c == "print(\":slight_smile: stays a shortcode in code\")")));
    let link = Inline::Link {
        text: vec![Inline::Text("mentorship programme".into())],
        url: "https://example.org/mentoring".into(),
    };
    let Some(Block::List { items, .. }) = blocks
        .iter()
        .find(|b| matches!(b, Block::List { ordered: false, .. }))
    else {
        panic!("no bulleted list")
    };
    assert!(
        matches!(&items[2][0], Block::Paragraph(p) if p.contains(&link)),
        "{:?}",
        items[2]
    );
    assert!(
        matches!(&items[1][0], Block::Paragraph(p) if p.contains(&Inline::Emph(vec![Inline::Text("two thousand".into())])))
    );
    let text = plain_text(&blocks);
    // Raw HTML is what the sanitiser leaves, as the window shows it: no
    // tag is text, a script's text is gone, other elements keep their text.
    assert!(!text.contains('<') && !text.contains('>'), "{text}");
    assert!(!text.contains("alert("), "{text}");
    assert!(text.contains("overlay"), "{text}");
    assert!(text.contains("raw one"), "{text}");
    // The javascript: link is its text only: no Link inline carries it.
    fn urls(b: &[Block], out: &mut Vec<String>) {
        fn inl(v: &[Inline], out: &mut Vec<String>) {
            for i in v {
                match i {
                    Inline::Link { text, url } => {
                        out.push(url.clone());
                        inl(text, out)
                    }
                    Inline::Emph(x) | Inline::Strong(x) => inl(x, out),
                    _ => {}
                }
            }
        }
        for x in b {
            match x {
                Block::Heading { inlines, .. } | Block::Paragraph(inlines) => inl(inlines, out),
                Block::List { items, .. } => items.iter().for_each(|i| urls(i, out)),
                Block::Quote(q) => urls(q, out),
                _ => {}
            }
        }
    }
    let mut found = Vec::new();
    urls(&blocks, &mut found);
    assert_eq!(found, vec!["https://example.org/mentoring".to_string()]);
    assert!(text.contains("A dangerous link and a"));
    assert!(text.contains("🙂") && text.contains("👋"));
}

#[test]
fn images_are_never_loaded() {
    let md = "![the team](https://example.org/team.png) and ![local](team.png)";
    let html = to_html(md);
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains(">the team</a>"), "{html}");
    assert!(html.contains("local"), "{html}");
    assert!(
        !html.contains("href=\"team.png\""),
        "relative target kept: {html}"
    );
    let blocks = to_blocks(md);
    assert_eq!(
        blocks,
        vec![Block::Paragraph(vec![
            Inline::Link {
                text: vec![Inline::Text("the team".into())],
                url: "https://example.org/team.png".into()
            },
            Inline::Text(" and local".into()),
        ])]
    );
}

#[test]
fn links_only_http_https_mailto() {
    for (md, kept) in [
        ("[a](https://x.org)", true),
        ("[a](HTTP://x.org)", true),
        ("[a](mailto:a@x.org)", true),
        ("[a](javascript:alert(1))", false),
        ("[a](JaVaScRiPt:alert(1))", false),
        ("[a](data:text/html;base64,PHNjcmlwdD4=)", false),
        ("[a](vbscript:x)", false),
        ("[a](/relative)", false),
    ] {
        let html = to_html(md);
        assert_eq!(html.contains("href="), kept, "{md} -> {html}");
        let is_link = matches!(&to_blocks(md)[..], [Block::Paragraph(p)] if matches!(p[..], [Inline::Link { .. }]));
        assert_eq!(is_link, kept, "{md}");
    }
}

#[test]
fn sanitiser_drops_every_hostile_form() {
    for md in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<div style=\"background:url(https://evil.example/x.png)\">x</div>",
        "<object data=\"https://evil.example/x.swf\"></object>",
        "<link rel=stylesheet href=https://evil.example/x.css>",
        "<form action=https://evil.example><input></form>",
        "<style>body{display:none}</style>",
        "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
    ] {
        let html = to_html(md);
        let lower = html.to_lowercase();
        for bad in [
            "<script",
            "onerror",
            "onload",
            "<iframe",
            "javascript:",
            "style",
            "<object",
            "<link",
            "<form",
            "<meta",
            "<svg",
            "evil.example",
        ] {
            assert!(!lower.contains(bad), "{md} -> {html}");
        }
    }
}

#[test]
fn word_count_rule() {
    assert_eq!(count_words("Hello, world"), 2);
    assert_eq!(count_words("don't re-elect 3.5 1,000"), 4);
    assert_eq!(count_words("Ζωή Παπαδοπούλου и Иван"), 4);
    assert_eq!(count_words("محمد الأحمد"), 2);
    // Each CJK ideograph (and kana) is a word.
    assert_eq!(count_words("李小龙"), 3);
    assert_eq!(count_words("谢谢 thanks"), 3);
    assert_eq!(count_words("ありがとう"), 5);
    // Markup, link targets and emoji are not words.
    assert_eq!(
        word_count("**bold** [a link](https://example.org/x/y) :slight_smile: — !"),
        3
    );
    assert_eq!(word_count("# Title\n\n- one\n- two\n\n1. three"), 4);
    assert_eq!(word_count(""), 0);
    assert!(word_count(STATEMENT) > 100);
}

#[test]
fn shortcodes() {
    assert_eq!(
        to_blocks(":slight_smile: :+1: :not_an_emoji: 10:30:45"),
        vec![Block::Paragraph(vec![Inline::Text(
            "🙂 👍 :not_an_emoji: 10:30:45".into()
        )])]
    );
    assert!(to_html("`:wave:`").contains("<code>:wave:</code>"));
}

#[test]
fn empty_and_odd_input_does_not_panic() {
    for md in [
        "", "\n", "#", "- ", "> ", "```", "1.", "*", "**", "[", "](", "<", "<!--", "\u{0}",
        "\r\n\r\n",
    ] {
        let _ = to_html(md);
        let _ = to_blocks(md);
        let _ = word_count(md);
    }
}

#[test]
fn raw_html_escaped_for_pasting() {
    let md = "# Title\n\n<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b> and `<code>` kept.\n\n```\n<pre>kept</pre>\n```\n";
    let out = scrutineer_markdown::escape_raw_html(md);
    assert_eq!(
        out,
        "# Title\n\n&lt;script>alert(1)&lt;/script>\n\nText &lt;b onclick=\"x()\">bold&lt;/b> and `<code>` kept.\n\n```\n<pre>kept</pre>\n```\n"
    );
    // Rendered again, the HTML is text.
    let html = to_html(&out);
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(!html.contains("<script") && !html.contains("<b "), "{html}");
    let blocks = to_blocks(&scrutineer_markdown::escape_raw_html(STATEMENT));
    assert!(plain_text(&blocks).contains("<script>alert('stolen')</script>"));
}

#[test]
fn allowed_inline_html_is_drawn_and_other_tags_dropped_never_their_text() {
    let md = "Text with <b>bold words</b>, <em>emphasis</em>, <i>italic</i>, <code>code()</code>, \
              H<sub>2</sub>O, x<sup>2</sup>, <u>under</u><br>next line <span>span</span> \
              <strong onclick=\"x()\">strong</strong> <a href=\"https://example.org/a?b=1&amp;c=2\">a link</a>.\n\n\
              <details><summary>More</summary>\n\nHidden *text*\n\n</details>\n\n\
              <ul><li>one</li><li>two <kbd>Ctrl</kbd></li></ul>\n\n\
              <div>Block <script>alert(1)</script>kept</div>\n";
    let t = |s: &str| Inline::Text(s.into());
    assert_eq!(
        to_blocks(md),
        vec![
            Block::Paragraph(vec![
                t("Text with "),
                Inline::Strong(vec![t("bold words")]),
                t(", "),
                Inline::Emph(vec![t("emphasis")]),
                t(", "),
                Inline::Emph(vec![t("italic")]),
                t(", "),
                Inline::Code("code()".into()),
                t(", H2O, x2, under"),
                Inline::Break,
                t("next line span "),
                Inline::Strong(vec![t("strong")]),
                t(" "),
                Inline::Link {
                    text: vec![t("a link")],
                    url: "https://example.org/a?b=1&c=2".into()
                },
                t("."),
            ]),
            Block::Paragraph(vec![t("More")]),
            Block::Paragraph(vec![t("Hidden "), Inline::Emph(vec![t("text")])]),
            Block::List {
                ordered: false,
                start: 1,
                items: vec![
                    vec![Block::Paragraph(vec![t("one")])],
                    vec![Block::Paragraph(vec![
                        t("two "),
                        Inline::Code("Ctrl".into())
                    ])],
                ]
            },
            Block::Paragraph(vec![t("Block kept")]),
        ]
    );
    // Markdown's own structure comes through the same reading.
    assert_eq!(
        to_blocks("3. x\n4. y\n\na  \nb &amp; c\n\n    <b>code</b>\n\n---\n\n> q"),
        vec![
            Block::List {
                ordered: true,
                start: 3,
                items: vec![
                    vec![Block::Paragraph(vec![t("x")])],
                    vec![Block::Paragraph(vec![t("y")])],
                ]
            },
            Block::Paragraph(vec![t("a"), Inline::Break, t("b & c")]),
            Block::Code("<b>code</b>".into()),
            Block::Rule,
            Block::Quote(vec![Block::Paragraph(vec![t("q")])]),
        ]
    );
    // Tags are not words; their text is.
    assert_eq!(word_count("<b>two words</b> <script>alert(1)</script>"), 2);
}
