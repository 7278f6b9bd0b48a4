//! Not yet implemented (being written in parallel; replaced before commit).
use crate::{CountError, Outcome, Profile, Rules};

pub fn count(_profile: &Profile, _rules: &Rules) -> Result<Outcome, CountError> {
    Err(CountError::Invalid("the stv_scottish method is not implemented yet".into()))
}
