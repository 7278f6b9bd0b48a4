//! What an input file is, before it is imported (issue 7): the window shows
//! the detected format and what a blank mark means in it, then imports.

use crate::error::Result;
use crate::model::InputPreview;
use crate::service::Election;
use scrutineer_count::Method;
use scrutineer_formats::{read_input, Input};
use std::path::Path;

impl Election {
    /// Read `path` as the term's ballots would be read (its method says
    /// what a grid's cells mean) and say what it is, without importing it.
    pub fn preview_input(&self, term: &str, path: &Path) -> Result<InputPreview> {
        let t = self.term(term)?;
        let method: Method = crate::fields::parse_method(&t.method)?;
        Ok(match read_input(path, None, method.ballot_kind())? {
            Input::Ballots(b) => InputPreview {
                format: b.format.name().to_string(),
                kind: "ballots".into(),
                blank: Some(
                    if method == Method::Debian {
                        // Constitution A.6(3)(1), whatever the format says.
                        scrutineer_count::BlankMeaning::BelowRanked
                    } else {
                        b.blank
                    }
                    .describe()
                    .to_string(),
                ),
                candidates: b.profile.candidates,
                ballots: Some(b.count),
                sha256: b.sha256,
            },
            Input::Totals(tot) => InputPreview {
                format: tot.format.name().to_string(),
                kind: "totals".into(),
                blank: None,
                candidates: tot.candidates,
                ballots: tot.ballots,
                sha256: tot.sha256,
            },
        })
    }
}
