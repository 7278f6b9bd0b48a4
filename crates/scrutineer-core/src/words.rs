//! Words for people: the pieces of messages that need more than `format!`
//! (a count with its noun in the singular or the plural, an operating-system
//! error in words, the nearest name to a mistyped one). Kept in one place
//! so that moving the messages to Fluent (issue 11) starts here.
//!
//! Vocabulary (ARCHITECTURE.md, "Words"): a *nominee* is a person on a
//! term's list, before and after the count; a nominee removed by a cap on
//! winners per employer is *disqualified* (PEP 13's word); *excluded* is
//! kept for STV's elimination of the lowest nominee in a round (the word of
//! the Scottish STV rules).

use std::io;

/// Names joined as a sentence lists them: "A", "A and B", "A, B and C".
pub fn and_list<S: AsRef<str>>(names: &[S]) -> String {
    match names {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => format!(
            "{} and {}",
            init.iter()
                .map(|s| s.as_ref())
                .collect::<Vec<_>>()
                .join(", "),
            last.as_ref()
        ),
    }
}

/// [`and_list`] as a message variable, written in the reader's language
/// ("A, B and C", "A, B und C"): the names as they are.
pub fn and_list_msg<S: AsRef<str>>(names: &[S]) -> scrutineer_i18n::Arg {
    match names {
        [] => "".into(),
        [one] => one.as_ref().into(),
        [init @ .., last] => scrutineer_i18n::Msg::new("err-and-list")
            .arg(
                "first",
                init.iter()
                    .map(|s| s.as_ref())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
            .arg("last", last.as_ref())
            .into(),
    }
}

pub use scrutineer_formats::words::{count, io_error, io_msg, io_words};

/// "cannot read /x/roll.csv: there is no such file or folder".
pub fn file_error(verb: &str, path: &std::path::Path, e: &io::Error) -> String {
    format!("cannot {verb} {}: {}", path.display(), io_error(e))
}

/// Edit distance between two names, in characters, ignoring case.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = crate::search::fold(a).chars().collect();
    let b: Vec<char> = crate::search::fold(b).chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The name in `names` nearest to `typed`, when it is near enough to be a
/// slip (at most a third of its characters differ, at least one), or when
/// `typed` is the start of exactly one name.
pub fn nearest<'a, S: AsRef<str>>(typed: &str, names: &'a [S]) -> Option<&'a str> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let folded = crate::search::fold(typed);
    let starting: Vec<&str> = names
        .iter()
        .map(AsRef::as_ref)
        .filter(|n| crate::search::fold(n).starts_with(&folded))
        .collect();
    if let [one] = starting.as_slice() {
        return Some(one);
    }
    let limit = (typed.chars().count() / 3).max(1);
    names
        .iter()
        .map(|n| (distance(typed, n.as_ref()), n.as_ref()))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

/// " Did you mean Stéphane Dupont?" (with its leading space), or nothing.
pub fn did_you_mean<S: AsRef<str>>(typed: &str, names: &[S]) -> String {
    nearest(typed, names)
        .map(|n| format!(" Did you mean {n}?"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_singular_or_the_plural() {
        assert_eq!(count(1, "seat", "seats"), "1 seat");
        assert_eq!(count(0, "seat", "seats"), "0 seats");
        assert_eq!(count(3, "nominee", "nominees"), "3 nominees");
    }

    #[test]
    fn lists_as_messages_read_as_sentences_in_each_language() {
        use scrutineer_i18n::{Lang, Msg};
        let say = |names: &[&str], lang| {
            Msg::new("err-detail")
                .arg("detail", and_list_msg(names))
                .render(lang)
        };
        for names in [&[][..], &["A"], &["A", "B"], &["A", "B", "C"]] {
            assert_eq!(say(names, Lang::En), and_list(names));
        }
        assert_eq!(
            say(&["Zoë", "稲田直哉", "Ελένη"], Lang::De),
            "Zoë, 稲田直哉 und Ελένη"
        );
    }

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["A"]), "A");
        assert_eq!(and_list(&["A", "B"]), "A and B");
        assert_eq!(and_list(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn io_errors_have_no_os_codes() {
        let e = io::Error::from_raw_os_error(2);
        assert!(e.to_string().contains("os error 2"));
        let m = file_error("read", std::path::Path::new("/x/roll.csv"), &e);
        assert_eq!(
            m,
            "cannot read /x/roll.csv: there is no such file or folder"
        );
    }

    #[test]
    fn the_nearest_nominee_is_suggested() {
        let names = ["Stéphane Dupont", "Иван Петров", "稲田直哉", "Bob Jones"];
        assert_eq!(nearest("Stephane Dupont", &names), Some("Stéphane Dupont"));
        assert_eq!(nearest("stéphane dupond", &names), Some("Stéphane Dupont"));
        assert_eq!(nearest("иван петроф", &names), Some("Иван Петров"));
        assert_eq!(nearest("Bob", &names), Some("Bob Jones"));
        assert_eq!(nearest("Alice Smith", &names), None);
        assert_eq!(nearest("", &names), None);
        assert_eq!(
            did_you_mean("Bob Jnoes", &names),
            " Did you mean Bob Jones?"
        );
    }
}
