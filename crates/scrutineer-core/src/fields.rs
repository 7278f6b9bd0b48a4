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
    let v = f::clean(spec, s).map_err(Error::invalid)?;
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
fn field_name(what: &'static str) -> Arg {
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
        _ => return what.into(),
    };
    Msg::new(id).into()
}

/// An optional text field, cleaned; empty is `None`.
pub(crate) fn optional(spec: &FieldSpec, s: Option<&str>) -> Result<Option<String>> {
    f::clean_optional(spec, s).map_err(Error::invalid)
}

/// A text field that may be empty (stored as "").
pub(crate) fn text(spec: &FieldSpec, s: &str) -> Result<String> {
    f::clean(spec, s).map_err(Error::invalid)
}

/// An email address: cleaned as [`f::EMAIL`], then the roll's practical
/// check (one '@', a dotted domain, no spaces or display characters).
pub(crate) fn email(spec: &FieldSpec, s: &str) -> Result<String> {
    let e = required(spec, s)?;
    scrutineer_formats::roll::check_email(&e)
        .map_err(|why| Error::invalid(format!("\"{e}\" is not a valid email address: {why}")))?;
    Ok(e)
}

/// A number of seats (or a per-employer limit): 1 to [`MAX_SEATS`].
pub(crate) fn seats(what: &str, n: u32) -> Result<u32> {
    if n == 0 || n > MAX_SEATS {
        return Err(Error::invalid(format!(
            "{what}: {n} is not a number of seats (at least 1, at most {MAX_SEATS})"
        )));
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
    f::clean(&f::STATEMENT, &text)
        .map_err(|why| Error::invalid(format!("{}: {why}", path.display())))
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
}
