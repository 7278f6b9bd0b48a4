//! Scrutineer's election file and service API.
//!
//! [`Election`] is the one entry point: the CLI and the desktop app's
//! commands both call it, so every feature is reachable from both.
//!
//! * [`db`]: the SQLite schema and its migrations.
//! * [`audit`]: the append-only, hash-chained audit log.
//! * [`service`]: terms, nominees, ballots, counting, outputs.
//! * [`roll`]: voter roll import, export and edits.
//! * [`nominations`]: nominations, their rules, corrections, endorsements.
//! * [`candidates`]: the candidate list published (Markdown, HTML, booklet,
//!   voting services' set-ups, CSV); [`nomination_import`]: form CSV and
//!   Elekto candidate files.
//! * [`export`]: results CSV and certificate PDF.
//! * [`state`]: the digests of a term's state, the canonical ballot set.
//! * [`bundle`]: the public re-count bundle and its verification.
//! * [`backup`]: backups before irreversible steps, restore, save a copy.
//! * [`certify`]: certification by a named officer; the certificate's identifier.
//! * [`term_edit`]: correcting a term's settings, deleting a term.
//! * [`settings`]: the user's settings (officer's name, recent files).

pub mod announce;
pub mod audit;
pub mod backup;
pub mod bundle;
pub mod candidates;
pub mod certify;
pub mod clock;
pub mod count_report;
pub mod db;
pub mod elekto_term;
pub mod error;
pub mod export;
pub mod fields;
pub mod form_time;
pub mod import;
pub mod model;
pub mod nomination_import;
pub mod nominations;
pub mod output;
pub mod refused;
pub mod results_csv;
pub mod roll;
pub mod search;
pub mod service;
pub mod settings;
pub mod state;
pub mod term_edit;
pub mod term_rules;
pub mod totals;
pub mod words;

pub use audit::{AuditEntry, AuditReport, StateChange};
pub use error::{Error, ErrorCode, Result};
pub use fields::{parse_method, read_statement, MAX_SEATS};
pub use model::Lang;
pub use model::*;
pub use nominations::{Endorsement, NomineeDetail, NomineeEdit, RenderedMarkdown};
pub use service::Election;
pub use state::CanonicalBallots;
