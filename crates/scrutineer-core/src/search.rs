//! The roll search ignores case in every script: "иван" finds "Иван",
//! "łukasz" finds "Łukasz", "σωκ" finds "ΣΩΚΡΑΤΗΣ".
//!
//! The trigram index (migration 3) already folds case for every script
//! (FTS5's trigram tokenizer folds with its Unicode tables), so it narrows
//! the rows correctly; the substring check that follows it used SQL `LIKE`,
//! which folds ASCII letters only. A search holding any non-ASCII character
//! is checked instead by [`FOLDED_CONTAINS`], a function registered on every
//! connection ([`register`]) that compares both sides lowercased character
//! by character (`char::to_lowercase`, Unicode's full lowercase mapping). An
//! ASCII search keeps `LIKE` (for it the two agree), so its speed at a
//! million voters is what it was; no column or index is added, so the import
//! writes nothing more.

use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;
use rusqlite::Connection;

/// The SQL function `scrutineer_folded_contains(text, folded_search)`: 1 when
/// `text`, lowercased, contains `folded_search` (already lowercased by
/// [`fold`]), else 0; NULL text contains nothing.
pub const FOLDED_CONTAINS: &str = "scrutineer_folded_contains";

/// `s` lowercased character by character, as the search compares it.
pub fn fold(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// Whether `hay`, lowercased, contains `folded` (a [`fold`]ed search).
/// Allocates nothing: a short search over a million rows (no trigram to
/// narrow them) calls this twice per row.
pub fn folded_contains(hay: &str, folded: &str) -> bool {
    if folded.is_empty() {
        return true;
    }
    if hay.is_ascii() {
        // ASCII lowercases to ASCII: a search with other letters cannot match.
        let (h, n) = (hay.as_bytes(), folded.as_bytes());
        return folded.is_ascii() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n));
    }
    hay.char_indices().any(|(i, _)| {
        let mut h = hay
            .get(i..)
            .unwrap_or("")
            .chars()
            .flat_map(char::to_lowercase);
        folded.chars().all(|c| h.next() == Some(c))
    })
}

/// Register [`FOLDED_CONTAINS`] on `conn`.
pub fn register(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        FOLDED_CONTAINS,
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let text = |i: usize| match ctx.get_raw(i) {
                ValueRef::Text(b) => std::str::from_utf8(b).ok(),
                _ => None,
            };
            Ok(match (text(0), text(1)) {
                (Some(hay), Some(folded)) => folded_contains(hay, folded),
                _ => false,
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_is_ignored_in_every_script() {
        for (hay, search) in [
            ("Иван Петров", "иван"),
            ("Łukasz Ćwik", "łukasz"),
            ("ΣΩΚΡΑΤΗΣ", "σωκ"),
            ("Ørsted", "ØRSTED"),
            ("Peña", "PEÑA"),
            ("O'Brien", "o'brien"),
            ("Żółć", "ÓŁ"),
            ("ab", ""),
        ] {
            assert!(folded_contains(hay, &fold(search)), "{hay} / {search}");
        }
        for (hay, search) in [
            ("Иван", "ивн"),
            ("Peña", "pena"),
            ("稲田", "田稲"),
            ("voter1@example.org", "ё"),
            ("Żółć", "łó"),
            ("Ż", "żó"),
        ] {
            assert!(!folded_contains(hay, &fold(search)), "{hay} / {search}");
        }
    }

    #[test]
    fn the_sql_function_answers_as_rust_does() {
        let conn = Connection::open_in_memory().unwrap();
        register(&conn).unwrap();
        let q = |h: Option<&str>, n: &str| -> bool {
            conn.query_row(
                &format!("SELECT {FOLDED_CONTAINS}(?1, ?2)"),
                rusqlite::params![h, fold(n)],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert!(q(Some("Łukasz"), "ŁUK"));
        assert!(!q(Some("Łukasz"), "luk"));
        assert!(!q(None, "a"));
    }
}
