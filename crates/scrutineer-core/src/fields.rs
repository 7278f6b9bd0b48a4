//! Field validation for the service API: every text a command or the window
//! sets goes through `scrutineer_formats::fields` (the rules the roll reader
//! uses too, so a name refused in a roll file is refused by `roll add`), and
//! every number through the bounds here. Problems are `InvalidInput` errors
//! naming the field.

use crate::error::{Error, Result};
use scrutineer_formats::fields::{self as f, FieldSpec};
use scrutineer_i18n::{Arg, Msg};
use std::path::Path;

/// Most seats a term may have: far above any organisation's board or
/// council, and far below what would make a count unreasonably long.
pub const MAX_SEATS: u32 = 10_000;

/// A required text field, cleaned.
pub(crate) fn required(spec: &FieldSpec, s: &str) -> Result<String> {
    let v = f::clean_msg(spec, s).map_err(refusal)?;
    if v.is_empty() {
        // The words of `clean_required`'s refusal, with an id.
        return Err(Error::invalid(
            Msg::new("err-field-empty").arg("what", field_name(spec.what)),
        ));
    }
    Ok(v)
}

/// A field's name (`FieldSpec::what`) in the reader's language, where it
/// has a message; a name without one stays as written.
fn field_name(what: &str) -> Arg {
    let id = match what {
        "term name" => "err-field-term-name",
        "nominee's name" => "err-field-nominee-name",
        "voter's name" => "err-field-voter-name",
        "organisation" => "err-field-organisation",
        "employer" => "err-field-employer",
        "nominator" => "err-field-nominator",
        "membership" => "err-field-membership",
        "voter id" => "err-field-voter-id",
        "email address" => "err-field-email",
        "reason" => "err-field-reason",
        "tie-break seed" => "err-field-seed",
        "statement" => "err-field-statement",
        "small-batch reason" => "err-field-small-batch-reason",
        "handle" => "err-field-handle",
        "endorsement" => "err-field-endorsement",
        "sitting member's employer" => "err-field-sitting-employer",
        "source of the figures" => "err-field-totals-source",
        "\"none of the above\" option's name" => "err-field-none-of-the-above",
        "option named in a majority" => "err-field-majority-option",
        "default option's name" => "err-field-default-option",
        "sitting member's name" => "err-field-sitting-member",
        "name of who decided" => "err-field-decided-by",
        "witness's name" => "err-field-witness",
        _ => return what.into(),
    };
    Msg::new(id).into()
}

/// A counting method by its name (`stv`, `schulze`...), refused in words of
/// every language when it is none.
pub fn parse_method(s: &str) -> Result<scrutineer_count::Method> {
    s.parse().map_err(|_| {
        let names: Vec<&str> = scrutineer_count::Method::ALL
            .iter()
            .map(|m| m.name())
            .collect();
        Error::invalid(
            Msg::new("err-unknown-method")
                .arg("given", s)
                .arg("methods", names.join(", ")),
        )
    })
}

/// [`f::check`] of an already cleaned value, its refusal in words of every
/// language.
pub(crate) fn check(spec: &FieldSpec, s: &str) -> Result<()> {
    f::check_msg(spec, s).map_err(refusal)
}

/// A field's refusal (`f::clean_msg`), its field named in the reader's
/// language.
pub(crate) fn named(mut m: Msg) -> Msg {
    for (k, v) in m.args.iter_mut() {
        if let (&"what", Arg::Str(w)) = (&*k, &*v) {
            *v = field_name(w);
        }
    }
    m
}

fn refusal(m: Msg) -> Error {
    Error::invalid(named(m))
}

/// `path: problem`, for a file's content refused as a field.
pub(crate) fn path_problem(path: &Path, problem: Msg) -> Msg {
    Msg::new("err-path")
        .arg("path", path.display().to_string())
        .arg("problem", named(problem))
}

/// An optional text field, cleaned; empty is `None`.
pub(crate) fn optional(spec: &FieldSpec, s: Option<&str>) -> Result<Option<String>> {
    match s
        .map(|v| f::clean_msg(spec, v))
        .transpose()
        .map_err(refusal)?
    {
        Some(v) if !v.is_empty() => Ok(Some(v)),
        _ => Ok(None),
    }
}

/// A text field that may be empty (stored as "").
pub(crate) fn text(spec: &FieldSpec, s: &str) -> Result<String> {
    f::clean_msg(spec, s).map_err(refusal)
}

/// An email address: cleaned as [`f::EMAIL`], then the roll's practical
/// check (one '@', a dotted domain, no spaces or display characters).
pub(crate) fn email(spec: &FieldSpec, s: &str) -> Result<String> {
    let e = required(spec, s)?;
    scrutineer_formats::roll::check_email(&e).map_err(|why| {
        Error::invalid(
            Msg::new("err-email-not-valid")
                .arg("email", e.as_str())
                .arg("why", email_why(&why)),
        )
    })?;
    Ok(e)
}

/// What `roll::check_email` found wrong, in words of every language (its
/// English is exactly these messages' English; anything else as it is).
fn email_why(why: &str) -> Arg {
    let quoted = |s: &str, head: &str, tail: &str| {
        s.strip_prefix(head)
            .and_then(|r| r.strip_suffix(tail))
            .map(str::to_string)
    };
    let m = match why {
        "expected exactly one '@'" => Msg::new("err-email-one-at"),
        "nothing before the '@'" => Msg::new("err-email-nothing-before"),
        "contains a space" => Msg::new("err-email-space"),
        _ => {
            if let Some(d) = quoted(why, "the domain '", "' has no dot") {
                Msg::new("err-email-domain-no-dot").arg("domain", d)
            } else if let Some(d) = quoted(why, "the domain '", "' has an empty part") {
                Msg::new("err-email-domain-empty-part").arg("domain", d)
            } else if let Some(c) = quoted(why, "contains '", "'") {
                Msg::new("err-email-contains").arg("char", c)
            } else {
                return why.into();
            }
        }
    };
    m.into()
}

/// A number of seats (or a per-employer limit): 1 to [`MAX_SEATS`].
pub(crate) fn seats(what: &str, n: u32) -> Result<u32> {
    if n == 0 || n > MAX_SEATS {
        return Err(Error::invalid(
            Msg::new("err-seats-range")
                .arg("what", what)
                .arg("n", i64::from(n))
                .arg("max", i64::from(MAX_SEATS)),
        ));
    }
    Ok(n)
}

/// A nominee's statement read from a text file: only a regular file (no
/// pipe, no device), at most [`f::STATEMENT_FILE_BYTES`] read, UTF-8, then
/// cleaned as [`f::STATEMENT`].
pub fn read_statement(path: &Path) -> Result<String> {
    let text = scrutineer_formats::roll::source::read_text_limited(
        path,
        "statement",
        f::STATEMENT_FILE_BYTES,
    )?;
    f::clean_msg(&f::STATEMENT, &text).map_err(|why| Error::invalid(path_problem(path, why)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_bounds() {
        assert_eq!(seats("--seats", 1).unwrap(), 1);
        assert_eq!(seats("--seats", MAX_SEATS).unwrap(), MAX_SEATS);
        let e = seats("--seats", u32::MAX).unwrap_err();
        assert_eq!(
            e.message,
            "--seats: 4294967295 is not a number of seats (at least 1, at most 10000)"
        );
        assert!(seats("--seats", 0).is_err());
    }

    #[test]
    fn an_empty_required_field_is_named_in_each_language() {
        use scrutineer_i18n::Lang;
        let e = required(&f::TERM_NAME, "  ").unwrap_err();
        let english = f::clean_required(&f::TERM_NAME, "  ").unwrap_err();
        assert_eq!(e.message, english);
        assert_eq!(e.message, "the term name must not be empty");
        assert!(
            e.localized(Lang::De).contains("Name der Wahl"),
            "{}",
            e.localized(Lang::De)
        );
        // A field without a message of its name: named as written.
        let odd = FieldSpec {
            what: "odd field",
            ..f::REASON
        };
        let e = required(&odd, "").unwrap_err();
        assert!(
            e.localized(Lang::Fr).contains("odd field"),
            "{}",
            e.localized(Lang::Fr)
        );
    }

    #[test]
    fn emails() {
        assert_eq!(
            email(&f::EMAIL, " stéphane@exemple.fr ").unwrap(),
            "stéphane@exemple.fr"
        );
        for bad in ["a@b", "a b@c.org", "@c.org", "a@@c.org", "a\u{200B}@c.org"] {
            assert!(email(&f::EMAIL, bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn every_email_problem_and_field_refusal_has_words_in_each_language() {
        use scrutineer_i18n::Lang;
        // Each of check_email's refusals is recognised: its message says
        // the same words in English, and other words in German.
        for bad in [
            "a b@example.org",
            "ann",
            "@example.org",
            "ann@example",
            "ann@example..org",
            "ann<x>@example.org",
        ] {
            let e = email(&f::EMAIL, bad).unwrap_err();
            let why = scrutineer_formats::roll::check_email(bad).unwrap_err();
            assert_eq!(
                e.message,
                format!("\"{bad}\" is not a valid email address: {why}")
            );
            let de = e.localized(Lang::De);
            assert!(!de.contains(&why), "{bad}: {de}");
        }
        // Too long, and an invisible character: the English as before, the
        // field's name and the figures in German.
        let e = required(&f::VOTER_NAME, &"é".repeat(201)).unwrap_err();
        assert_eq!(
            e.message,
            f::clean(&f::VOTER_NAME, &"é".repeat(201)).unwrap_err()
        );
        let de = e.localized(Lang::De);
        assert!(
            de.contains("Name der wahlberechtigten Person") && de.contains("201"),
            "{de}"
        );
        let e = text(&f::ORGANISATION, "A\u{200B}cme").unwrap_err();
        assert_eq!(
            e.message,
            "the organisation contains an invisible character (U+200B ZERO WIDTH SPACE) at position 2"
        );
        assert!(e.localized(Lang::Fr).contains("position 2"));
        assert_eq!(e.id.as_deref(), Some("err-field-contains"));
    }
}
