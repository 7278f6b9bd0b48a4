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

pub mod audit;
mod clock;
pub mod db;
pub mod error;
pub mod export;
pub mod model;
pub mod roll;
pub mod service;
pub mod term_rules;
pub mod totals;

pub use audit::{AuditEntry, AuditReport};
pub use error::{Error, ErrorCode, Result};
pub use model::*;
pub use service::{ballot_set_hash, Election};
