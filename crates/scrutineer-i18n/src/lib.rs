//! Everything Scrutineer says in words, in every language it speaks.
//!
//! One source of messages: the Project Fluent files in `locales/<lang>/*.ftl`
//! at the repository root (the window reads the same files), embedded here so
//! the binary needs no data files. [`Messages::get`] formats one message;
//! plurals and grammatical choices are Fluent selectors in the `.ftl` files,
//! never decided here. Numbers are formatted per locale with ICU4X
//! ([`Messages::decimal`]).
//!
//! A message id missing from a language is a test failure (`tests/complete.rs`
//! checks every language against English), never a crash: [`Messages::get`]
//! then returns the id and logs it on standard error.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use fluent_bundle::FluentValue;

/// The languages Scrutineer's documents and messages are written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
    Ja,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::Ja];

    /// The ISO 639-1 code: `en`, `de`, `fr`, `es`, `ja`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ja => "ja",
        }
    }

    /// The language's name in itself ("Deutsch"), for a list to choose from.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ja => "日本語",
        }
    }

    /// The `.ftl` files of this language, as (file name, text).
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => EN,
            Lang::De => DE,
            Lang::Fr => FR,
            Lang::Es => ES,
            Lang::Ja => JA,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language Scrutineer does not speak, as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not a language Scrutineer writes in: use en, de, fr, es or ja",
            self.0
        )
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// `de`, `de-DE`, `de_DE`, `de_DE.UTF-8`, `de_DE@euro` (any case) are German.
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        let base = s
            .trim()
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match base.as_str() {
            "en" => Ok(Lang::En),
            "de" => Ok(Lang::De),
            "fr" => Ok(Lang::Fr),
            "es" => Ok(Lang::Es),
            "ja" => Ok(Lang::Ja),
            _ => Err(UnknownLang(s.trim().to_string())),
        }
    }
}

/// The language of the environment, as POSIX reads it: the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides; a
/// language Scrutineer does not speak (or `C`/`POSIX`) means English.
pub fn from_env() -> Lang {
    from_vars(|k| std::env::var(k).ok())
}

/// [`from_env`] over any source of variables (for tests).
pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| get(k))
        .find(|v| !v.trim().is_empty())
        .and_then(|v| v.parse().ok())
        .unwrap_or_default()
}

macro_rules! ftl {
    ($lang:literal: $($file:literal),*) => {
        &[$(($file, include_str!(concat!("../../../locales/", $lang, "/", $file)))),*]
    };
}

const EN: &[(&str, &str)] = ftl!("en": "documents.ftl", "count.ftl", "window.ftl", "window-work.ftl", "cli.ftl", "errors.ftl", "errors-files.ftl");
const DE: &[(&str, &str)] = ftl!("de": "documents.ftl", "count.ftl", "window.ftl", "window-work.ftl", "cli.ftl", "errors.ftl", "errors-files.ftl");
const FR: &[(&str, &str)] = ftl!("fr": "documents.ftl", "count.ftl", "window.ftl", "window-work.ftl", "cli.ftl", "errors.ftl", "errors-files.ftl");
const ES: &[(&str, &str)] = ftl!("es": "documents.ftl", "count.ftl", "window.ftl", "window-work.ftl", "cli.ftl", "errors.ftl", "errors-files.ftl");
const JA: &[(&str, &str)] = ftl!("ja": "documents.ftl", "count.ftl", "window.ftl", "window-work.ftl", "cli.ftl", "errors.ftl", "errors-files.ftl");

/// One language's messages, ready to format.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Messages {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Messages {
    /// Load `lang`'s messages. A file that does not parse keeps the messages
    /// that do (the completeness test fails on any error, so none ships).
    pub fn new(lang: Lang) -> Messages {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Documents are PDFs and plain text: the certificate does its own
        // bidi (scrutineer-report's bidi.rs), and isolation marks would be
        // invisible characters inside names copied out of them.
        bundle.set_use_isolating(false);
        // FIGURE($n): a number with the language's grouping and decimal
        // separator ("1.234" in German), while `$n` itself stays a number
        // so that plurals still choose by it (`{ $n -> [one] ... }`).
        let figure_lang = lang;
        let added = bundle.add_function("FIGURE", move |positional, _named| {
            match positional.first() {
                Some(FluentValue::Number(n)) => {
                    let v = n.value;
                    let plain = if v.fract() == 0.0 && v.abs() < 1e15 {
                        format!("{}", v as i64)
                    } else {
                        v.to_string()
                    };
                    FluentValue::from(format_decimal(figure_lang, &plain))
                }
                Some(FluentValue::String(s)) => FluentValue::from(format_decimal(figure_lang, s)),
                Some(other) => other.clone(),
                None => FluentValue::None,
            }
        });
        if let Err(e) = added {
            eprintln!("scrutineer: FIGURE: {e:?}");
        }
        for (file, text) in lang.sources() {
            let res = match FluentResource::try_new((*text).to_string()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    eprintln!(
                        "scrutineer: locales/{lang}/{file}: {} syntax errors",
                        errors.len()
                    );
                    r
                }
            };
            if let Err(errors) = bundle.add_resource(res) {
                eprintln!("scrutineer: locales/{lang}/{file}: {errors:?}");
            }
        }
        Messages { lang, bundle }
    }

    /// The language of these messages.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether `id` is a message of this language.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Message `id` with its variables. Never panics: a missing message
    /// gives its id (and a line on standard error).
    pub fn get(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            eprintln!("scrutineer: message {id} is missing in {}", self.lang);
            return id.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        let out = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        if !errors.is_empty() {
            eprintln!("scrutineer: message {id} in {}: {errors:?}", self.lang);
        }
        out.into_owned()
    }

    /// Message `id` with no variables.
    pub fn text(&self, id: &str) -> String {
        self.get(id, &[])
    }

    /// A whole number with the locale's grouping ("1.234" in German).
    pub fn integer(&self, n: u64) -> String {
        self.format_decimal(&n.to_string())
    }

    /// A decimal figure as the engine writes it ("1234.56", "-3.5"), with
    /// the locale's separators ("1.234,56" in German, "1 234,56" in French).
    /// Anything else (a fraction "97/3", "n/a") is returned as it is.
    pub fn decimal(&self, figure: &str) -> String {
        self.format_decimal(figure)
    }

    fn format_decimal(&self, figure: &str) -> String {
        format_decimal(self.lang, figure)
    }

    /// A date `YYYY-MM-DD` as the language writes it in full ("30.
    /// November 2026", "30 novembre 2026", "2026年11月30日"), by ICU4X's
    /// CLDR data. English keeps the ISO form the documents have always
    /// shown (unambiguous in every English-speaking country). Anything that
    /// is not such a date comes back as it is.
    pub fn date(&self, ymd: &str) -> String {
        let t = ymd.trim();
        if self.lang == Lang::En {
            return t.to_string();
        }
        let parts: Vec<&str> = t.splitn(3, '-').collect();
        let [y, m, d] = parts.as_slice() else {
            return t.to_string();
        };
        let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()) else {
            return t.to_string();
        };
        let Ok(date) = icu_datetime::input::Date::try_new_iso(y, m, d) else {
            return t.to_string();
        };
        let Ok(locale) = icu_locale_core::Locale::try_from_str(self.lang.code()) else {
            return t.to_string();
        };
        match icu_datetime::DateTimeFormatter::try_new(
            locale.into(),
            icu_datetime::fieldsets::YMD::long(),
        ) {
            Ok(f) => f.format(&date).to_string(),
            Err(_) => t.to_string(),
        }
    }

    /// A local time as Scrutineer records it ("2026-11-30 15:20 UTC",
    /// "2026-11-30 16:20 Europe/Berlin (UTC+01:00)"): the date in the
    /// language's form, the time and its zone kept as they are.
    pub fn date_time(&self, local: &str) -> String {
        let t = local.trim();
        match (t.get(..10), t.get(10..)) {
            (Some(day), Some(rest)) if rest.is_empty() || rest.starts_with(' ') => {
                format!("{}{rest}", self.date(day))
            }
            _ => t.to_string(),
        }
    }

    /// A percentage figure ("62.50%") in the locale's form ("62,50 %").
    pub fn percent(&self, figure: &str) -> String {
        match figure.trim().strip_suffix('%') {
            Some(num) => self.get("percent", &[("n", self.decimal(num).into())]),
            None => figure.to_string(),
        }
    }
}

/// A decimal figure ("1234.56") with `lang`'s separators; anything else as
/// it is.
fn format_decimal(lang: Lang, figure: &str) -> String {
    let t = figure.trim();
    let plain = !t.is_empty()
        && t.trim_start_matches('-')
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
        && t.matches('.').count() <= 1;
    if !plain {
        return figure.to_string();
    }
    // Compiled CLDR data: a formatter costs a lookup, not a load.
    let formatter = icu_locale_core::Locale::try_from_str(lang.code())
        .ok()
        .and_then(|l| icu_decimal::DecimalFormatter::try_new(l.into(), Default::default()).ok());
    match (formatter, icu_decimal::input::Decimal::try_from_str(t)) {
        (Some(f), Ok(d)) => f.format(&d).to_string(),
        _ => figure.to_string(),
    }
}

/// The messages of `lang`, loaded once for the life of the process.
pub fn messages(lang: Lang) -> &'static Messages {
    static LOADED: [OnceLock<Messages>; 5] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LOADED[i].get_or_init(|| Messages::new(lang))
}

/// A message to be written later, in whatever language the reader speaks:
/// an id of `locales/<lang>/*.ftl` and its variables. An error carries one
/// (`scrutineer_core::Error`), so the CLI and the window can each say it in
/// their user's language, while JSON keeps the English rendering.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// A variable of a [`Msg`]: text as given (names, paths: never translated),
/// a whole number (plurals choose by it), or another message (written in
/// the same language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Str(String),
    Int(i64),
    Msg(Box<Msg>),
}

impl Msg {
    /// Message `id` with no variables yet.
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    /// With variable `name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The message in `lang`, nested messages too.
    pub fn render(&self, lang: Lang) -> String {
        let m = messages(lang);
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Arg::Str(s) => FluentValue::from(s.as_str()),
                    Arg::Int(n) => FluentValue::from(*n),
                    Arg::Msg(inner) => FluentValue::from(inner.render(lang)),
                };
                (*k, v)
            })
            .collect();
        m.get(self.id, &args)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(u8, u16, u32, u64, usize, i32, i64);

/// One piece of an English message's text: words as written, or a variable.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Lit(String),
    Var(String),
    /// A variable a variant implies without printing it: `[one]` means 1.
    Bind(String, String),
}

/// The English messages whose sentences can be read back: for each, every
/// form its text can take (one per variant of each selector).
struct Patterns {
    list: Vec<(String, bool, Vec<Piece>)>,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        use fluent_syntax::ast;
        fn alts(p: &ast::Pattern<&str>) -> Vec<Vec<Piece>> {
            let mut out: Vec<Vec<Piece>> = vec![Vec::new()];
            for el in &p.elements {
                let next: Vec<Vec<Piece>> = match el {
                    ast::PatternElement::TextElement { value } => {
                        vec![vec![Piece::Lit((*value).to_string())]]
                    }
                    ast::PatternElement::Placeable { expression } => expr_alts(expression),
                };
                out = out
                    .iter()
                    .flat_map(|a| {
                        next.iter().map(move |b| {
                            let mut v = a.clone();
                            v.extend(b.iter().cloned());
                            v
                        })
                    })
                    .collect();
            }
            out
        }
        fn expr_alts(e: &ast::Expression<&str>) -> Vec<Vec<Piece>> {
            match e {
                ast::Expression::Select { selector, variants } => variants
                    .iter()
                    .flat_map(|v| {
                        let mut forms = alts(&v.value);
                        if let (
                            ast::InlineExpression::VariableReference { id },
                            ast::VariantKey::Identifier { name: "one" },
                        ) = (selector, &v.key)
                        {
                            for f in &mut forms {
                                f.insert(0, Piece::Bind(id.name.to_string(), "1".into()));
                            }
                        }
                        forms
                    })
                    .collect(),
                ast::Expression::Inline(i) => match i {
                    ast::InlineExpression::VariableReference { id } => {
                        vec![vec![Piece::Var(id.name.to_string())]]
                    }
                    ast::InlineExpression::StringLiteral { value } => {
                        vec![vec![Piece::Lit((*value).to_string())]]
                    }
                    ast::InlineExpression::Placeable { expression } => expr_alts(expression),
                    _ => vec![vec![]],
                },
            }
        }
        let mut list = Vec::new();
        for (_, text) in Lang::En.sources() {
            let Ok(res) = fluent_syntax::parser::parse(*text) else {
                continue;
            };
            for entry in &res.body {
                if let ast::Entry::Message(m) = entry {
                    if let Some(v) = &m.value {
                        for alt in alts(v) {
                            // Adjacent words as one piece.
                            let mut merged: Vec<Piece> = Vec::new();
                            for p in alt {
                                match (merged.last_mut(), p) {
                                    (Some(Piece::Lit(a)), Piece::Lit(b)) => a.push_str(&b),
                                    (_, p) => merged.push(p),
                                }
                            }
                            let has_vars = merged.iter().any(|p| matches!(p, Piece::Var(_)));
                            list.push((m.id.name.to_string(), has_vars, merged));
                        }
                    }
                }
            }
        }
        // The most specific first: more fixed words, fewer guesses.
        list.sort_by_key(|(_, _, pieces)| {
            std::cmp::Reverse(
                pieces
                    .iter()
                    .map(|p| match p {
                        Piece::Lit(s) => s.chars().count(),
                        Piece::Var(_) | Piece::Bind(..) => 0,
                    })
                    .sum::<usize>(),
            )
        });
        Patterns { list }
    })
}

/// Match `text` against `pieces` from `at`, binding variables.
fn match_pieces(text: &str, pieces: &[Piece], binds: &mut Vec<(String, String)>) -> bool {
    match pieces.split_first() {
        None => text.is_empty(),
        Some((Piece::Bind(name, value), rest)) => {
            let known = binds.iter().any(|(n, _)| n == name);
            if !known {
                binds.push((name.clone(), value.clone()));
            }
            let ok = match_pieces(text, rest, binds);
            if !ok && !known {
                binds.pop();
            }
            ok
        }
        Some((Piece::Lit(l), rest)) => {
            text.starts_with(l.as_str()) && match_pieces(&text[l.len()..], rest, binds)
        }
        Some((Piece::Var(name), rest)) => {
            // A variable seen before must say the same again.
            if let Some(v) = binds
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
            {
                return text.starts_with(v.as_str()) && match_pieces(&text[v.len()..], rest, binds);
            }
            let next = rest.iter().find(|p| !matches!(p, Piece::Bind(..)));
            let ends: Vec<usize> = match next {
                None => vec![text.len()],
                Some(Piece::Lit(l)) => text.match_indices(l.as_str()).map(|(i, _)| i).collect(),
                // Two variables side by side: not in our messages.
                Some(Piece::Var(_)) | Some(Piece::Bind(..)) => return false,
            };
            for end in ends.into_iter().filter(|&e| e > 0) {
                binds.push((name.clone(), text[..end].to_string()));
                if match_pieces(&text[end..], rest, binds) {
                    return true;
                }
                binds.pop();
            }
            false
        }
    }
}

impl Messages {
    /// A sentence Scrutineer wrote in English (from `locales/en`), written
    /// again in this language: the English message it came from is found
    /// among those whose id starts with one of `prefixes`, its variables are
    /// read back, and this language's message is formatted with them.
    /// Whole numbers stay numbers (so plurals choose right), decimals take
    /// the locale's separators, and a value that is itself a fixed English
    /// phrase of those messages (a tie rule's words) is translated too.
    /// A sentence no English message matches comes back unchanged.
    pub fn translate(&self, sentence: &str, prefixes: &[&str]) -> String {
        if self.lang == Lang::En {
            return sentence.to_string();
        }
        self.translate_inner(sentence, prefixes, true)
            .unwrap_or_else(|| sentence.to_string())
    }

    fn translate_inner(&self, sentence: &str, prefixes: &[&str], deep: bool) -> Option<String> {
        for (id, has_vars, pieces) in &patterns().list {
            if !prefixes.iter().any(|p| id.starts_with(p))
                || (!deep && *has_vars && !NESTED_WITH_VARS.iter().any(|p| id.starts_with(p)))
            {
                continue;
            }
            let mut binds = Vec::new();
            if !match_pieces(sentence, pieces, &mut binds) {
                continue;
            }
            let args: Vec<(&str, FluentValue<'_>)> = binds
                .iter()
                .map(|(k, v)| (k.as_str(), self.value_of(v, prefixes, deep)))
                .collect();
            return Some(self.get(id, &args));
        }
        None
    }

    /// A value read back from a sentence, in this language: a whole number
    /// stays a number, a phrase of the messages is translated (at the first
    /// level also one with variables of its own, among [`NESTED_WITH_VARS`],
    /// or a list of such phrases joined by ", "), a decimal takes the
    /// locale's separators.
    fn value_of(&self, v: &str, prefixes: &[&str], top: bool) -> FluentValue<'static> {
        if let Ok(n) = v.parse::<i64>() {
            return FluentValue::from(n);
        }
        if top {
            // A list first: a phrase's variable could otherwise swallow the
            // rest of the list ("A needs 3:1, B needs 2:1").
            if v.contains(", ") {
                let parts: Option<Vec<String>> = v
                    .split(", ")
                    .map(|p| self.translate_inner(p, prefixes, false))
                    .collect();
                if let Some(parts) = parts {
                    return FluentValue::from(parts.join(&self.text("list-sep")));
                }
            }
            if let Some(t) = self.translate_inner(v, prefixes, false) {
                return FluentValue::from(t);
            }
        } else if let Some(t) = self.translate_nested(v, prefixes) {
            return FluentValue::from(t);
        }
        FluentValue::from(self.decimal(v))
    }

    /// A phrase inside a phrase: fixed words only.
    fn translate_nested(&self, v: &str, prefixes: &[&str]) -> Option<String> {
        patterns()
            .list
            .iter()
            .filter(|(id, has_vars, _)| !has_vars && prefixes.iter().any(|p| id.starts_with(p)))
            .find(|(_, _, pieces)| match_pieces(v, pieces, &mut Vec::new()))
            .map(|(id, _, _)| self.text(id))
    }
}

/// Phrases with variables of their own that a sentence read back may hold
/// (the employer cap inside the rule line, a Debian supermajority).
const NESTED_WITH_VARS: &[&str] = &["count-cap-", "rule-debian-"];

/// Every message id and term of one `.ftl` source, with the variables each
/// uses (for the completeness test and tools).
pub fn message_ids(ftl: &str) -> Result<Vec<(String, Vec<String>)>, String> {
    use fluent_syntax::ast;
    let res = fluent_syntax::parser::parse(ftl)
        .map_err(|(_, errors)| format!("{} syntax errors: {errors:?}", errors.len()))?;
    fn pattern(p: &ast::Pattern<&str>, vars: &mut Vec<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expr(expression, vars);
            }
        }
    }
    fn expr(e: &ast::Expression<&str>, vars: &mut Vec<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, vars);
                for v in variants {
                    pattern(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline(i, vars),
        }
    }
    fn inline(i: &ast::InlineExpression<&str>, vars: &mut Vec<String>) {
        match i {
            ast::InlineExpression::VariableReference { id }
                if !vars.iter().any(|v| v == id.name) =>
            {
                vars.push(id.name.to_string());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, vars);
                }
                for a in &arguments.named {
                    inline(&a.value, vars);
                }
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, vars),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for entry in &res.body {
        let (id, value) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref()),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value)),
            _ => continue,
        };
        let mut vars = Vec::new();
        if let Some(v) = value {
            pattern(v, &mut vars);
        }
        vars.sort();
        out.push((id, vars));
    }
    Ok(out)
}

/// Whether a message's pattern is empty or only whitespace (for the
/// completeness test): formats it with its variables unset.
pub fn is_blank(m: &Messages, id: &str) -> bool {
    m.get(id, &[]).trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_parse_from_locale_names() {
        for (s, l) in [
            ("de", Lang::De),
            ("de-DE", Lang::De),
            ("de_DE.UTF-8", Lang::De),
            ("fr_CA@euro", Lang::Fr),
            ("ES", Lang::Es),
            ("ja_JP.eucJP", Lang::Ja),
            ("en_GB", Lang::En),
        ] {
            assert_eq!(s.parse::<Lang>(), Ok(l), "{s}");
        }
        assert!("it_IT".parse::<Lang>().is_err());
        assert!("C".parse::<Lang>().is_err());
        let e = "xx".parse::<Lang>().unwrap_err().to_string();
        assert!(e.contains("en, de, fr, es or ja"), "{e}");
    }

    #[test]
    fn environment_follows_posix_precedence() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(from_vars(env(&[("LANG", "de_DE.UTF-8")])), Lang::De);
        assert_eq!(
            from_vars(env(&[
                ("LANG", "de_DE.UTF-8"),
                ("LC_MESSAGES", "ja_JP.UTF-8")
            ])),
            Lang::Ja
        );
        assert_eq!(
            from_vars(env(&[("LC_ALL", "fr_FR"), ("LC_MESSAGES", "ja_JP")])),
            Lang::Fr
        );
        assert_eq!(
            from_vars(env(&[("LC_ALL", ""), ("LANG", "es_ES")])),
            Lang::Es
        );
        assert_eq!(from_vars(env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(from_vars(env(&[])), Lang::En);
    }

    #[test]
    fn decimals_follow_the_locale() {
        let f = |l, s| Messages::new(l).decimal(s);
        assert_eq!(f(Lang::En, "1234.56"), "1,234.56");
        assert_eq!(f(Lang::De, "1234.56"), "1.234,56");
        assert_eq!(f(Lang::Es, "12345.5"), "12.345,5");
        assert_eq!(f(Lang::Ja, "1234.56"), "1,234.56");
        let fr = f(Lang::Fr, "1234.56");
        assert!(fr.ends_with("234,56") && fr.starts_with('1'), "{fr}");
        assert_eq!(f(Lang::De, "97.33300"), "97,33300", "trailing digits kept");
        assert_eq!(f(Lang::De, "n/a"), "n/a");
        assert_eq!(f(Lang::De, "97/3"), "97/3");
        assert_eq!(Messages::new(Lang::De).integer(1_234_567), "1.234.567");
    }

    #[test]
    fn dates_follow_the_language_and_keep_the_zone() {
        let d = |l| messages(l).date("2026-11-30");
        assert_eq!(d(Lang::En), "2026-11-30");
        assert_eq!(d(Lang::De), "30. November 2026");
        assert_eq!(d(Lang::Fr), "30 novembre 2026");
        assert_eq!(d(Lang::Es), "30 de noviembre de 2026");
        assert_eq!(d(Lang::Ja), "2026年11月30日");
        assert_eq!(
            messages(Lang::De).date_time("2026-11-30 16:20 Europe/Berlin (UTC+01:00)"),
            "30. November 2026 16:20 Europe/Berlin (UTC+01:00)"
        );
        assert_eq!(messages(Lang::De).date("not a date"), "not a date");
        assert_eq!(messages(Lang::De).date("2026-02-30"), "2026-02-30");
    }

    /// The phrases with variables inside a stored rule line (the employer
    /// cap, a Debian supermajority) are written in the language too.
    #[test]
    fn nested_phrases_of_a_rule_line_are_translated() {
        let de = messages(Lang::De);
        let prefixes = &["rule-", "count-"];
        let cap = "Employer cap: at most 1/3 of the body of 7 (3 seats filled now + 4 sitting \
                   members), rounded down: 2 (PEP 13 procedure: the lowest-ranked of an \
                   over-represented employer is disqualified and the next candidate moves up)";
        let said = de.translate(cap, prefixes);
        assert!(
            said.contains("höchstens 1/3 des Gremiums von 7 (3 Sitze")
                && said.contains("4 amtierende Mitglieder")
                && !said.contains("body"),
            "{said}"
        );
        let debian = "Debian constitution A.6: default option \"FD\"; quorum none; \
                      Ann needs 3:1, Bob needs 2:1";
        assert_eq!(
            de.translate(debian, prefixes),
            "Debian-Satzung A.6: Standardoption „FD“; Quorum keines; Ann braucht 3:1, Bob braucht 2:1"
        );
    }

    #[test]
    fn a_missing_message_gives_its_id() {
        let m = Messages::new(Lang::De);
        assert_eq!(m.get("no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn plurals_follow_the_language() {
        let en = Messages::new(Lang::En);
        assert_eq!(en.get("rule-seats", &[("n", 1.into())]), "1 seat");
        assert_eq!(en.get("rule-seats", &[("n", 3.into())]), "3 seats");
        let fr = Messages::new(Lang::Fr);
        assert_eq!(fr.get("rule-seats", &[("n", 1.into())]), "1 siège");
        assert_eq!(fr.get("rule-seats", &[("n", 2.into())]), "2 sièges");
    }

    #[test]
    fn english_sentences_are_read_back_into_another_language() {
        let de = messages(Lang::De);
        let en = messages(Lang::En);
        let s = en.get("rule-seats", &[("n", 3.into())]);
        assert_eq!(s, "3 seats");
        assert_eq!(de.translate(&s, &["rule-"]), "3 Sitze");
        assert_eq!(de.translate("1 seat", &["rule-"]), "1 Sitz");
        let note = en.get(
            "count-note-unfilled",
            &[("elected", 1.into()), ("seats", 2.into())],
        );
        assert_eq!(note, "Only 1 of 2 seats could be filled.");
        assert_eq!(
            de.translate(&note, &["count-"]),
            "Nur 1 von 2 Sitzen konnte besetzt werden."
        );
        // A fixed phrase inside a sentence is translated with it.
        let fr = messages(Lang::Fr);
        let q = en.get(
            "count-note-stv-nontransferable",
            &[("votes", "1234.5".into()), ("steps", 4.into())],
        );
        assert_eq!(
            fr.translate(&q, &["count-"]),
            "Bulletins non transférables à la fin\u{a0}: 1\u{202f}234,5 voix. Élus en 4 étapes."
        );
        // Not a sentence of ours: unchanged.
        assert_eq!(de.translate("Something else", &["rule-"]), "Something else");
        assert_eq!(en.translate("3 seats", &["rule-"]), "3 seats");
    }

    #[test]
    fn names_are_not_wrapped_in_isolation_marks() {
        let m = Messages::new(Lang::De);
        let s = m.get(
            "cert-certified-on",
            &[("when", "x".into()), ("officer", "سارة".into())],
        );
        assert!(
            s.contains("سارة") && !s.contains('\u{2068}') && !s.contains('\u{2069}'),
            "{s}"
        );
    }

    /// The count writes "for 1 remaining seat" / "for 2 remaining seats"
    /// (no "seat(s)"): both forms are read back and written again with the
    /// language's own plural.
    #[test]
    fn a_tie_group_reads_back_in_the_singular_and_the_plural() {
        let de = Messages::new(Lang::De);
        let one = de.translate(
            "3 candidates tied on votes for 1 remaining seat",
            &["count-"],
        );
        let two = de.translate(
            "3 candidates tied on votes for 2 remaining seats",
            &["count-"],
        );
        assert!(
            one.contains("Kandidierende") && one.contains("1 verbleibenden Sitz"),
            "{one}"
        );
        assert!(two.contains("2 verbleibende Sitze"), "{two}");
        assert!(
            !one.contains("remaining") && !two.contains("remaining"),
            "{one} / {two}"
        );
    }
}
