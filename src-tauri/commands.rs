//! The IPC commands. Each one is a thin wrapper over a method of
//! [`Election`]: it runs on a blocking worker thread (so imports, counts and
//! PDFs never freeze the window) and returns the core's own serializable
//! [`Error`] (`{"code", "message"}`), which the UI shows in plain words.

use scrutineer_core::candidates::CandidateFormat;
use scrutineer_core::nomination_import::{
    NominationImport, NominationImportOptions, NominationPreview,
};
use scrutineer_core::{
    AuditEntry, AuditReport, BallotBatch, Election, Error, ErrorCode, InputPreview, NewNominee,
    NewTerm, NewTieDecision, Nominee, PendingTie, Progress, RejectedRow, RollDiff, RollFormat,
    RollImport, RollImportOptions, RollPreview, Stage, Tally, Term, TermRules, TermSummary,
    TieDecision, TotalsEntry, Voter, VoterPage, VoterQuery,
};
use scrutineer_core::{Endorsement, NominationRules, NomineeDetail, NomineeEdit, RenderedMarkdown};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use tauri::{AppHandle, Emitter, State};

/// The event that reports a voter roll import's progress (payload:
/// `Progress`, `{done, total}` rows).
pub const ROLL_PROGRESS: &str = "roll-progress";

/// The app's one election file, opened on first use. SQLite connections
/// must not be used from two threads at once, hence the mutex; the file is
/// opened lazily so that a file that cannot be opened is reported in the
/// window (as the first command's error) instead of stopping the app.
pub struct AppState {
    /// The election file; File ▸ New/Open switch it (`desk.rs`).
    pub(crate) path: Arc<Mutex<PathBuf>>,
    pub(crate) election: Arc<Mutex<Option<Election>>>,
    /// Set by `cancel_import`; the running roll import stops at its next
    /// progress report and leaves the roll unchanged.
    cancel: Arc<AtomicBool>,
    /// The language the window speaks (`set_window_language`).
    pub(crate) language: crate::language::WindowLanguage,
}

impl AppState {
    pub fn new(path: PathBuf) -> Self {
        AppState {
            path: Arc::new(Mutex::new(path)),
            election: Arc::new(Mutex::new(None)),
            cancel: Arc::new(AtomicBool::new(false)),
            language: crate::language::WindowLanguage::new(crate::language::initial()),
        }
    }

    /// The language the window speaks now (the File menu is written in it).
    /// Errors that cross the IPC boundary are to be written in it too: the
    /// place is the end of `with` below, which every command over the
    /// election passes through (core's localised errors, issue 11, are
    /// wired in there at merge).
    pub fn window_language(&self) -> scrutineer_i18n::Lang {
        self.language.get()
    }

    /// Run `f` on the election off the UI thread.
    pub(crate) fn path(&self) -> PathBuf {
        self.path
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub(crate) async fn with<T, F>(&self, f: F) -> Result<T, Error>
    where
        T: Send + 'static,
        F: FnOnce(&mut Election) -> Result<T, Error> + Send + 'static,
    {
        let slot = Arc::clone(&self.election);
        let path = self.path();
        // Errors reach the window in its language (issue 11): core's errors
        // carry a message id (`Error::in_lang`); one without keeps its English.
        let lang = self.window_language();
        tauri::async_runtime::spawn_blocking(move || {
            // A panic in an earlier command cannot leave half a change in the
            // file (every change is one transaction), so a poisoned lock is
            // safe to take over.
            let mut guard = slot.lock().unwrap_or_else(PoisonError::into_inner);
            if guard.is_none() {
                *guard = Some(crate::desk::open_election(&path, true)?);
            }
            match guard.as_mut() {
                Some(election) => f(election),
                None => Err(Error::new(
                    ErrorCode::Database,
                    format!("the election file {} is not open", path.display()),
                )),
            }
        })
        .await
        .map_err(|e| {
            Error::new(
                ErrorCode::Io,
                format!(
                    "the work stopped unexpectedly before it finished ({e}); nothing was changed"
                ),
            )
        })?
        .map_err(|e| e.in_lang(lang))
    }
}

/// A file path typed or picked in the window: trimmed, `~/` expanded.
pub(crate) fn user_path(what: &str, raw: &str) -> Result<PathBuf, Error> {
    let p = raw.trim();
    if p.is_empty() {
        return Err(Error::invalid(format!(
            "choose the {what} first, or type its path"
        )));
    }
    if let Some(rest) = p.strip_prefix("~/") {
        if let Some(home) = std::env::var_os("HOME") {
            return Ok(PathBuf::from(home).join(rest));
        }
    }
    Ok(PathBuf::from(p))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    /// The election file the window works on.
    db_path: String,
    version: String,
    /// `$SCRUTINEER_SAVE_DIR`, for automated tests only: files are saved
    /// there under their suggested names instead of asking with a dialog
    /// (a WebDriver cannot drive the native save dialog).
    save_dir: Option<String>,
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    AppInfo {
        db_path: state.path().display().to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        save_dir: std::env::var("SCRUTINEER_SAVE_DIR")
            .ok()
            .filter(|d| !d.is_empty()),
    }
}

#[tauri::command]
pub async fn list_terms(state: State<'_, AppState>) -> Result<Vec<TermSummary>, Error> {
    state.with(|e| e.list_terms()).await
}

#[tauri::command]
pub async fn create_term(state: State<'_, AppState>, form: NewTerm) -> Result<Term, Error> {
    state.with(move |e| e.create_term(&form)).await
}

#[tauri::command]
pub async fn get_term(state: State<'_, AppState>, term: String) -> Result<Term, Error> {
    state.with(move |e| e.term(&term)).await
}

#[tauri::command]
pub async fn set_stage(
    state: State<'_, AppState>,
    term: String,
    stage: Stage,
) -> Result<Term, Error> {
    state.with(move |e| e.set_stage(&term, stage)).await
}

/// Import a voter roll, reporting progress as `roll-progress` events; the
/// window's Cancel button calls `cancel_import`. `options` are the
/// encoding, delimiter and column mapping chosen in the import wizard
/// (absent: all detected).
#[tauri::command]
pub async fn import_roll(
    app: AppHandle,
    state: State<'_, AppState>,
    term: String,
    path: String,
    options: Option<RollImportOptions>,
) -> Result<RollImport, Error> {
    let path = user_path("voter roll file", &path)?;
    let options = options.unwrap_or_default();
    let cancel = Arc::clone(&state.cancel);
    cancel.store(false, Ordering::SeqCst);
    state
        .with(move |e| {
            let mut progress = |p: Progress| {
                // A window that cannot be told the progress is no reason to
                // stop the import.
                let _ = app.emit(ROLL_PROGRESS, p);
                !cancel.load(Ordering::SeqCst)
            };
            let r = e.import_roll_with(&term, &path, &options, false, &mut progress)?;
            // A big import leaves its voters out of the search index; it is
            // built after the commit on a connection of its own, so the
            // window never waits for it (searches stay exact meanwhile).
            if e.search_index_pending()? > 0 {
                drop(e.build_search_index_in_background());
            }
            Ok(r)
        })
        .await
}

/// Rows shown in the import wizard's preview (and refused rows listed).
const PREVIEW_ROWS: usize = 20;

/// The import wizard's check of a roll file.
#[derive(Serialize)]
pub struct RollCheck {
    /// The preview; when `problem` is set, only the encoding, delimiter,
    /// headers and the columns found so far (no rows, zero counts).
    preview: RollPreview,
    /// Why the file cannot be imported as mapped (e.g. no email column),
    /// for the person to fix by mapping a column.
    problem: Option<Error>,
}

/// Check a roll file before importing it: the detected (or chosen)
/// encoding, delimiter and mapping, the first rows as mapped, the counts
/// and the refused rows. When the columns cannot be mapped, the headers are
/// still returned, with the problem, so the mapping can be fixed by hand.
#[tauri::command]
pub async fn preview_roll(
    state: State<'_, AppState>,
    path: String,
    options: RollImportOptions,
) -> Result<RollCheck, Error> {
    let path = user_path("voter roll file", &path)?;
    state
        .with(
            move |e| match e.preview_roll(&path, &options, PREVIEW_ROWS) {
                Ok(preview) => Ok(RollCheck {
                    preview,
                    problem: None,
                }),
                Err(problem) if problem.code == ErrorCode::BadFile => {
                    match e.roll_columns(&path, &options) {
                        Ok(preview) => Ok(RollCheck {
                            preview,
                            problem: Some(problem),
                        }),
                        // The file cannot even be read up to its header: the
                        // first error says why.
                        Err(_) => Err(problem),
                    }
                }
                Err(problem) => Err(problem),
            },
        )
        .await
}

/// Compare the term's roll with a file (nothing is changed).
#[tauri::command]
pub async fn diff_roll(
    state: State<'_, AppState>,
    term: String,
    path: String,
    options: RollImportOptions,
) -> Result<RollDiff, Error> {
    let path = user_path("voter roll file", &path)?;
    state
        .with(move |e| e.diff_roll(&term, &path, &options))
        .await
}

/// Make the term's roll equal to the file, with the reason in the audit log.
#[tauri::command]
pub async fn apply_roll_diff(
    state: State<'_, AppState>,
    term: String,
    path: String,
    options: RollImportOptions,
    reason: String,
) -> Result<RollDiff, Error> {
    let path = user_path("voter roll file", &path)?;
    state
        .with(move |e| {
            let d = e.apply_roll_diff(&term, &path, &options, &reason)?;
            if e.search_index_pending()? > 0 {
                drop(e.build_search_index_in_background());
            }
            Ok(d)
        })
        .await
}

#[tauri::command]
pub async fn add_voter(
    state: State<'_, AppState>,
    term: String,
    name: String,
    email: String,
    reason: String,
) -> Result<Voter, Error> {
    state
        .with(move |e| e.add_voter(&term, &name, &email, &reason))
        .await
}

#[tauri::command]
pub async fn remove_voter(
    state: State<'_, AppState>,
    term: String,
    email: String,
    reason: String,
) -> Result<Voter, Error> {
    state
        .with(move |e| e.remove_voter(&term, &email, &reason))
        .await
}

/// Write the roll in `format`; returns the number of voters written.
#[tauri::command]
pub async fn export_roll(
    state: State<'_, AppState>,
    term: String,
    format: RollFormat,
    path: String,
) -> Result<u64, Error> {
    let path = user_path("file to save the roll in", &path)?;
    state
        .with(move |e| e.export_roll(&term, format, &path))
        .await
}

/// Mark who voted from the voting service's participation list.
#[tauri::command]
pub async fn mark_voted(
    state: State<'_, AppState>,
    term: String,
    path: String,
) -> Result<RollImport, Error> {
    let path = user_path("list of who voted", &path)?;
    state.with(move |e| e.mark_voted(&term, &path)).await
}

#[tauri::command]
pub async fn withdraw_nominee(
    state: State<'_, AppState>,
    term: String,
    name: String,
    reason: String,
) -> Result<Nominee, Error> {
    state
        .with(move |e| e.withdraw_nominee(&term, &name, &reason))
        .await
}

/// The audit log: the term's entries, oldest first.
#[tauri::command]
pub async fn audit_log(state: State<'_, AppState>, term: String) -> Result<Vec<AuditEntry>, Error> {
    state.with(move |e| e.audit_log(Some(&term))).await
}

/// Check the whole audit log's hash chain.
#[tauri::command]
pub async fn verify_audit(state: State<'_, AppState>) -> Result<AuditReport, Error> {
    state.with(|e| e.verify_audit()).await
}

/// Ask the running roll import to stop (it then changes nothing).
#[tauri::command]
pub fn cancel_import(state: State<'_, AppState>) {
    state.cancel.store(true, Ordering::SeqCst);
}

#[tauri::command]
pub async fn voters(
    state: State<'_, AppState>,
    term: String,
    query: VoterQuery,
) -> Result<VoterPage, Error> {
    state.with(move |e| e.voters(&term, &query)).await
}

#[tauri::command]
pub async fn add_nominee(
    state: State<'_, AppState>,
    term: String,
    form: NewNominee,
) -> Result<Nominee, Error> {
    state.with(move |e| e.add_nominee(&term, &form)).await
}

#[tauri::command]
pub async fn nominees(state: State<'_, AppState>, term: String) -> Result<Vec<Nominee>, Error> {
    state.with(move |e| e.nominees(&term)).await
}

#[tauri::command]
pub async fn nominee_detail(
    state: State<'_, AppState>,
    term: String,
    name: String,
) -> Result<NomineeDetail, Error> {
    state.with(move |e| e.nominee_detail(&term, &name)).await
}

#[tauri::command]
pub async fn edit_nominee(
    state: State<'_, AppState>,
    term: String,
    name: String,
    edit: NomineeEdit,
    reason: String,
) -> Result<Nominee, Error> {
    state
        .with(move |e| e.edit_nominee(&term, &name, &edit, &reason))
        .await
}

#[tauri::command]
pub async fn endorse_nominee(
    state: State<'_, AppState>,
    term: String,
    name: String,
    by: String,
    text: Option<String>,
) -> Result<Endorsement, Error> {
    state
        .with(move |e| e.endorse_nominee(&term, &name, &by, text.as_deref()))
        .await
}

#[tauri::command]
pub async fn accept_nomination(
    state: State<'_, AppState>,
    term: String,
    name: String,
) -> Result<Nominee, Error> {
    state.with(move |e| e.accept_nomination(&term, &name)).await
}

#[tauri::command]
pub async fn nomination_rules(
    state: State<'_, AppState>,
    term: String,
) -> Result<NominationRules, Error> {
    state.with(move |e| e.nomination_rules(&term)).await
}

#[tauri::command]
pub async fn import_nominations(
    state: State<'_, AppState>,
    term: String,
    path: String,
    options: NominationImportOptions,
) -> Result<NominationImport, Error> {
    let path = user_path("nominations file or folder", &path)?;
    state
        .with(move |e| e.import_nominations(&term, &path, &options))
        .await
}

/// The nominations wizard's check: the columns found, the first rows and a
/// dry run of the import with the same options (nothing is changed).
#[tauri::command]
pub async fn preview_nominations(
    state: State<'_, AppState>,
    term: String,
    path: String,
    options: NominationImportOptions,
) -> Result<NominationPreview, Error> {
    let path = user_path("nominations file or folder", &path)?;
    state
        .with(move |e| e.preview_nominations(&term, &path, &options, PREVIEW_ROWS))
        .await
}

/// `format`: markdown, html, pdf, helios, opavote, bettervoting, elekto
/// (`path` a folder), csv. Returns the files written.
#[tauri::command]
pub async fn export_candidates(
    state: State<'_, AppState>,
    term: String,
    format: String,
    path: String,
) -> Result<Vec<String>, Error> {
    let format: CandidateFormat = format.parse().map_err(Error::invalid)?;
    let path = user_path("file to save the candidate list in", &path)?;
    state
        .with(move |e| e.export_candidates(&term, format, &path))
        .await
}

/// The live preview of a statement: sanitised HTML and its word count,
/// rendered as everywhere else (`scrutineer-markdown`).
#[tauri::command]
pub fn render_markdown(md: String) -> RenderedMarkdown {
    scrutineer_core::nominations::render_markdown(&md)
}

/// Import a ballot or totals file of any format Scrutineer reads (detected);
/// `ballots`: the ballots cast, for totals that do not say.
#[tauri::command]
pub async fn import_ballots(
    state: State<'_, AppState>,
    term: String,
    path: String,
    ballots: Option<u64>,
) -> Result<BallotBatch, Error> {
    let path = user_path("ballot file", &path)?;
    state
        .with(move |e| e.import_input(&term, &path, None, ballots, None))
        .await
}

/// What a ballot or totals file is (format, blank meaning), before import.
#[tauri::command]
pub async fn preview_ballots(
    state: State<'_, AppState>,
    term: String,
    path: String,
) -> Result<InputPreview, Error> {
    let path = user_path("ballot file", &path)?;
    state.with(move |e| e.preview_input(&term, &path)).await
}

/// Totals typed by two people: saved only when both entries agree.
#[tauri::command]
pub async fn enter_totals(
    state: State<'_, AppState>,
    term: String,
    first: TotalsEntry,
    second: TotalsEntry,
) -> Result<BallotBatch, Error> {
    state
        .with(move |e| e.enter_totals(&term, &first, &second))
        .await
}

/// The tie the count waits for the returns officer to decide, if any.
#[tauri::command]
pub async fn pending_tie(
    state: State<'_, AppState>,
    term: String,
) -> Result<Option<PendingTie>, Error> {
    state.with(move |e| e.pending_tie(&term)).await
}

/// Record the returns officer's decision of the pending tie.
#[tauri::command]
pub async fn decide_tie(
    state: State<'_, AppState>,
    term: String,
    decision: NewTieDecision,
) -> Result<TieDecision, Error> {
    state.with(move |e| e.decide_tie(&term, &decision)).await
}

/// The rules a term declared beyond its method (tie rule, caps, ...).
#[tauri::command]
pub async fn term_rules(state: State<'_, AppState>, term: String) -> Result<TermRules, Error> {
    state.with(move |e| e.term_rules(&term)).await
}

/// Import a whole Elekto election folder as a new term.
#[tauri::command]
pub async fn import_elekto_term(
    state: State<'_, AppState>,
    folder: String,
    name: Option<String>,
) -> Result<TermSummary, Error> {
    let mut folder = user_path("Elekto election folder", &folder)?;
    // A file in the folder (election.yaml, picked in the file dialog)
    // stands for its folder.
    if folder.is_file() {
        if let Some(dir) = folder.parent() {
            folder = dir.to_path_buf();
        }
    }
    state
        .with(move |e| e.import_elekto_term(&folder, name.as_deref(), ""))
        .await
}

#[tauri::command]
pub async fn ballot_batches(
    state: State<'_, AppState>,
    term: String,
) -> Result<Vec<BallotBatch>, Error> {
    state.with(move |e| e.ballot_batches(&term)).await
}

#[tauri::command]
pub async fn tally(state: State<'_, AppState>, term: String) -> Result<Tally, Error> {
    state.with(move |e| e.tally(&term)).await
}

#[tauri::command]
pub async fn result(state: State<'_, AppState>, term: String) -> Result<Option<Tally>, Error> {
    state.with(move |e| e.result(&term)).await
}

#[tauri::command]
pub async fn export_results(
    state: State<'_, AppState>,
    term: String,
    path: String,
    excel: Option<bool>,
) -> Result<(), Error> {
    let path = user_path("file to save the results in", &path)?;
    let opts = scrutineer_core::results_csv::ResultsCsvOptions {
        excel: excel.unwrap_or(false),
        // The term's language is filled in by export_results_with.
        ..Default::default()
    };
    state
        .with(move |e| e.export_results_with(&term, &path, &opts))
        .await
}

/// The announcement of a counted term (`markdown`, `text` or `html`), for
/// the Results' "Copy announcement" button.
#[tauri::command]
pub async fn announcement(
    state: State<'_, AppState>,
    term: String,
    format: String,
) -> Result<String, Error> {
    let format: scrutineer_core::announce::AnnounceFormat =
        format.parse().map_err(Error::invalid)?;
    state.with(move |e| e.announcement(&term, format)).await
}

/// The rows an import refused, as CSV (the "Refused rows" panel).
#[tauri::command]
pub async fn export_refused_rows(
    state: State<'_, AppState>,
    rows: Vec<RejectedRow>,
    path: String,
) -> Result<(), Error> {
    let path = user_path("file to save the refused rows in", &path)?;
    state
        .with(move |e| e.export_refused_rows(&rows, &path))
        .await
}

#[tauri::command]
pub async fn certificate(
    state: State<'_, AppState>,
    term: String,
    path: String,
) -> Result<(), Error> {
    let path = user_path("file to save the certificate in", &path)?;
    state.with(move |e| e.certificate(&term, &path)).await
}
