//! Scrutineer's election file and service API.
//!
//! [`Election`] is the one entry point: the CLI and the desktop app's
//! commands both call it, so every feature is reachable from both.
//!
//! * [`db`]: the SQLite schema and its migrations.
//! * [`audit`]: the append-only, hash-chained audit log.
//! * [`service`]: terms, nominees, ballots, counting, outputs.
//! * [`roll`]: voter roll import, export and edits.
//! * [`export`]: results CSV and certificate PDF.
//! * [`state`]: the digests of a term's state, the canonical ballot set.
//! * [`bundle`]: the public re-count bundle and its verification.

pub mod audit;
pub mod bundle;
mod clock;
pub mod db;
pub mod elekto_term;
pub mod error;
pub mod export;
pub mod fields;
pub mod import;
pub mod model;
pub mod output;
pub mod roll;
pub mod search;
pub mod service;
pub mod state;
pub mod term_rules;
pub mod totals;

pub use audit::{AuditEntry, AuditReport, StateChange};
pub use error::{Error, ErrorCode, Result};
pub use fields::{read_statement, MAX_SEATS};
pub use model::*;
pub use service::Election;
pub use state::CanonicalBallots;
