//! A candidate's state during an STV count (Scottish and Meek alike).

use crate::Status;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum State {
    /// Still in the count (continuing).
    Hopeful,
    Elected,
    /// Excluded as the lowest candidate.
    Excluded,
    /// Excluded because the candidate's group already has its places.
    GroupExcluded,
    Withdrawn,
}

impl State {
    /// Where the candidate ends up in the outcome.
    pub(crate) fn status(self) -> Status {
        match self {
            State::Elected => Status::Elected,
            State::GroupExcluded => Status::Excluded,
            State::Withdrawn => Status::Withdrawn,
            State::Hopeful | State::Excluded => Status::NotElected,
        }
    }
}
