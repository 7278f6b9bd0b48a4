// The app's commands (src-tauri/commands.rs), typed with the types that
// ts-rs generates from Rust into ./bindings. Views get an `Api` so tests can
// give them a fake one.

import type { RejectedRow } from "./bindings/RejectedRow";
import type { BallotBatch } from "./bindings/BallotBatch";
import type { NewNominee } from "./bindings/NewNominee";
import type { NewTerm } from "./bindings/NewTerm";
import type { Progress } from "./bindings/Progress";
import type { Nominee } from "./bindings/Nominee";
import type { RollImport } from "./bindings/RollImport";
import type { Stage } from "./bindings/Stage";
import type { Tally } from "./bindings/Tally";
import type { Term } from "./bindings/Term";
import type { TermSummary } from "./bindings/TermSummary";
import type { VoterPage } from "./bindings/VoterPage";
import type { VoterQuery } from "./bindings/VoterQuery";
import type { AuditEntry } from "./bindings/AuditEntry";
import type { AuditReport } from "./bindings/AuditReport";
import type { Error as CoreError } from "./bindings/Error";
import type { RollDiff } from "./bindings/RollDiff";
import type { RollFormat } from "./bindings/RollFormat";
import type { RollImportOptions } from "./bindings/RollImportOptions";
import type { RollPreview } from "./bindings/RollPreview";
import type { Voter } from "./bindings/Voter";
import type { InputPreview } from "./bindings/InputPreview";
import type { TotalsEntry } from "./bindings/TotalsEntry";
import type { PendingTie } from "./bindings/PendingTie";
import type { NewTieDecision } from "./bindings/NewTieDecision";
import type { TieDecision } from "./bindings/TieDecision";
import type { NominationRules } from "./bindings/NominationRules";
import type { NomineeDetail } from "./bindings/NomineeDetail";
import type { NomineeEdit } from "./bindings/NomineeEdit";
import type { Endorsement } from "./bindings/Endorsement";
import type { NominationImport } from "./bindings/NominationImport";
import type { NominationImportOptions } from "./bindings/NominationImportOptions";
import type { NominationPreview } from "./bindings/NominationPreview";

/** The candidate list's publishing formats (`candidates export --format`). */
export type CandidateFormat = "markdown" | "html" | "pdf" | "helios" | "opavote" | "bettervoting" | "elekto" | "csv";
import type { BackupInfo } from "./bindings/BackupInfo";
import type { Certification } from "./bindings/Certification";
import type { CertifyRequest } from "./bindings/CertifyRequest";
import type { Settings } from "./bindings/Settings";
import type { Lang } from "./bindings/Lang";
import type { TermEdit } from "./bindings/TermEdit";

/** The election file the window switched to (File ▸ New, Open). */
export interface FileOpened {
  dbPath: string;
  title: string;
}

export interface AppInfo {
  dbPath: string;
  version: string;
  /** `$SCRUTINEER_SAVE_DIR` (automated tests only): save there without a dialog. */
  saveDir?: string | null;
}

/** The import wizard's check of a roll file (src-tauri's `RollCheck`). */
export interface RollCheck {
  /** With `problem`, only the encoding, delimiter, headers and the columns
   * found so far: no rows, zero counts. */
  preview: RollPreview;
  /** Why the file cannot be imported as mapped (e.g. no email column). */
  problem: CoreError | null;
}

/** The forms of an announcement. */
export type AnnounceFormat = "text" | "markdown" | "html";

export interface Api {
  appInfo(): Promise<AppInfo>;
  listTerms(): Promise<TermSummary[]>;
  createTerm(form: NewTerm): Promise<Term>;
  setStage(term: string, stage: Stage): Promise<Term>;
  importRoll(term: string, path: string, options?: RollImportOptions): Promise<RollImport>;
  previewRoll(path: string, options: RollImportOptions): Promise<RollCheck>;
  diffRoll(term: string, path: string, options: RollImportOptions): Promise<RollDiff>;
  applyRollDiff(term: string, path: string, options: RollImportOptions, reason: string): Promise<RollDiff>;
  addVoter(term: string, name: string, email: string, reason: string): Promise<Voter>;
  removeVoter(term: string, email: string, reason: string): Promise<Voter>;
  /** Returns the number of voters written. */
  exportRoll(term: string, format: RollFormat, path: string): Promise<number>;
  markVoted(term: string, path: string): Promise<RollImport>;
  withdrawNominee(term: string, name: string, reason: string): Promise<Nominee>;
  auditLog(term: string): Promise<AuditEntry[]>;
  verifyAudit(): Promise<AuditReport>;
  /** Stop the running roll import; it then changes nothing. */
  cancelImport(): Promise<void>;
  /** Follow a roll import's progress; returns how to stop following. */
  onRollProgress(handler: (p: Progress) => void): Promise<() => void>;
  voters(term: string, query: VoterQuery): Promise<VoterPage>;
  addNominee(term: string, form: NewNominee): Promise<Nominee>;
  nominees(term: string): Promise<Nominee[]>;
  /** Import a ballot or totals file; `ballots`: the ballots cast, for
   * totals that do not say. */
  importBallots(term: string, path: string, ballots?: number | null): Promise<BallotBatch>;
  /** What a ballot or totals file is (detected format, what a blank mark
   * means), before it is imported. */
  previewBallots(term: string, path: string): Promise<InputPreview>;
  /** Save totals typed by two people; refused unless both entries agree. */
  enterTotals(term: string, first: TotalsEntry, second: TotalsEntry): Promise<BallotBatch>;
  /** The tie the count is waiting for the returns officer to decide. */
  pendingTie(term: string): Promise<PendingTie | null>;
  decideTie(term: string, decision: NewTieDecision): Promise<TieDecision>;
  /** Create a term from a whole Elekto election folder (or a file in it). */
  importElektoTerm(folder: string): Promise<TermSummary>;
  ballotBatches(term: string): Promise<BallotBatch[]>;
  tally(term: string): Promise<Tally>;
  result(term: string): Promise<Tally | null>;
  /** `excel`: start the file with a UTF-8 byte order mark. */
  exportResults(term: string, path: string, excel?: boolean): Promise<void>;
  /** The results in plain sentences, ready to post. */
  announcement(term: string, format: AnnounceFormat): Promise<string>;
  /** Save the rows an import refused as CSV. */
  exportRefusedRows(rows: RejectedRow[], path: string): Promise<void>;
  certificate(term: string, path: string): Promise<void>;
  /** Certify with the returns officer's and the witness's names. */
  certify(term: string, request: CertifyRequest): Promise<Certification>;
  certification(term: string): Promise<Certification | null>;
  // File menu (issue 10): the election file, its backups, a copy.
  openFile(path: string): Promise<FileOpened>;
  newFile(path: string): Promise<FileOpened>;
  recentFiles(): Promise<string[]>;
  saveCopy(path: string): Promise<void>;
  listBackups(): Promise<BackupInfo[]>;
  /** Returns the backup of the file as it was before the restore. */
  restoreBackup(name: string): Promise<string>;
  editTerm(term: string, edit: TermEdit): Promise<Term>;
  deleteTerm(term: string, reason: string): Promise<void>;
  getSettings(): Promise<Settings>;
  setOfficer(name: string): Promise<Settings>;
  /** The system's language (the locale: LC_ALL, LC_MESSAGES, LANG), or null
   * when it names none the window speaks. */
  systemLanguage(): Promise<Lang | null>;
  /** Tell the shell the window's language (its menu, its errors). */
  setWindowLanguage(lang: Lang): Promise<void>;
  /** Preferences: the window's language; null is "as the system". */
  setLanguagePreference(lang: Lang | null): Promise<Settings>;
  /** The window title: the file's name and the term's. */
  setWindowTitle(term: string | null): Promise<string>;
  /** Follow the File menu; returns how to stop following. */
  onMenu(handler: (id: string) => void): Promise<() => void>;
  nominationRules(term: string): Promise<NominationRules>;
  nomineeDetail(term: string, name: string): Promise<NomineeDetail>;
  editNominee(term: string, name: string, edit: NomineeEdit, reason: string): Promise<Nominee>;
  endorseNominee(term: string, name: string, by: string, text: string | null): Promise<Endorsement>;
  acceptNomination(term: string, name: string): Promise<Nominee>;
  /** A statement rendered and sanitised by the backend (one rendering for
   * the window and every export), with its word count. */
  renderMarkdown(md: string): Promise<{ html: string; words: number }>;
  /** Returns the files written (several for Elekto, a folder). */
  exportCandidates(term: string, format: CandidateFormat, path: string): Promise<string[]>;
  importNominations(term: string, path: string, options: NominationImportOptions): Promise<NominationImport>;
  /** A dry run of `importNominations` with the same options: the columns
   * found, the first rows, what would be imported and what refused. */
  previewNominations(term: string, path: string, options: NominationImportOptions): Promise<NominationPreview>;
}

/** The native file dialogs. `null` when the person cancels. */
export interface Dialogs {
  openFile(title: string, filters: { name: string; extensions: string[] }[]): Promise<string | null>;
  /** Choose a folder (an Elekto election, a folder of candidate files). */
  openFolder(title: string): Promise<string | null>;
  saveFile(title: string, defaultPath: string, filters: { name: string; extensions: string[] }[]): Promise<string | null>;
}

export async function tauriApi(): Promise<Api> {
  const { invoke } = await import("@tauri-apps/api/core");
  const { listen } = await import("@tauri-apps/api/event");
  return {
    appInfo: () => invoke("app_info"),
    listTerms: () => invoke("list_terms"),
    createTerm: (form) => invoke("create_term", { form }),
    setStage: (term, stage) => invoke("set_stage", { term, stage }),
    importRoll: (term, path, options) => invoke("import_roll", { term, path, options: options ?? null }),
    previewRoll: (path, options) => invoke("preview_roll", { path, options }),
    diffRoll: (term, path, options) => invoke("diff_roll", { term, path, options }),
    applyRollDiff: (term, path, options, reason) => invoke("apply_roll_diff", { term, path, options, reason }),
    addVoter: (term, name, email, reason) => invoke("add_voter", { term, name, email, reason }),
    removeVoter: (term, email, reason) => invoke("remove_voter", { term, email, reason }),
    exportRoll: (term, format, path) => invoke("export_roll", { term, format, path }),
    markVoted: (term, path) => invoke("mark_voted", { term, path }),
    withdrawNominee: (term, name, reason) => invoke("withdraw_nominee", { term, name, reason }),
    auditLog: (term) => invoke("audit_log", { term }),
    verifyAudit: () => invoke("verify_audit"),
    cancelImport: () => invoke("cancel_import"),
    onRollProgress: (handler) => listen<Progress>("roll-progress", (e) => handler(e.payload)),
    voters: (term, query) => invoke("voters", { term, query }),
    addNominee: (term, form) => invoke("add_nominee", { term, form }),
    nominees: (term) => invoke("nominees", { term }),
    importBallots: (term, path, ballots) => invoke("import_ballots", { term, path, ballots: ballots ?? null }),
    ballotBatches: (term) => invoke("ballot_batches", { term }),
    previewBallots: (term, path) => invoke("preview_ballots", { term, path }),
    enterTotals: (term, first, second) => invoke("enter_totals", { term, first, second }),
    pendingTie: (term) => invoke("pending_tie", { term }),
    decideTie: (term, decision) => invoke("decide_tie", { term, decision }),
    importElektoTerm: (folder) => invoke("import_elekto_term", { folder, name: null }),
    tally: (term) => invoke("tally", { term }),
    result: (term) => invoke("result", { term }),
    exportResults: (term, path, excel) => invoke("export_results", { term, path, excel: excel ?? false }),
    announcement: (term, format) => invoke("announcement", { term, format }),
    exportRefusedRows: (rows, path) => invoke("export_refused_rows", { rows, path }),
    certificate: (term, path) => invoke("certificate", { term, path }),
    certify: (term, request) => invoke("certify", { term, request }),
    certification: (term) => invoke("certification", { term }),
    openFile: (path) => invoke("open_file", { path }),
    newFile: (path) => invoke("new_file", { path }),
    recentFiles: () => invoke("recent_files"),
    saveCopy: (path) => invoke("save_copy", { path }),
    listBackups: () => invoke("list_backups"),
    restoreBackup: (name) => invoke("restore_backup", { name }),
    editTerm: (term, edit) => invoke("edit_term", { term, edit }),
    deleteTerm: (term, reason) => invoke("delete_term", { term, reason }),
    getSettings: () => invoke("get_settings"),
    setOfficer: (name) => invoke("set_officer", { name }),
    systemLanguage: () => invoke("system_language"),
    setWindowLanguage: (lang) => invoke("set_window_language", { lang }),
    setLanguagePreference: (lang) => invoke("set_language_preference", { lang }),
    setWindowTitle: (term) => invoke("set_window_title", { term }),
    onMenu: (handler) => listen<string>("menu", (e) => handler(e.payload)),
    nominationRules: (term) => invoke("nomination_rules", { term }),
    nomineeDetail: (term, name) => invoke("nominee_detail", { term, name }),
    editNominee: (term, name, edit, reason) => invoke("edit_nominee", { term, name, edit, reason }),
    endorseNominee: (term, name, by, text) => invoke("endorse_nominee", { term, name, by, text }),
    acceptNomination: (term, name) => invoke("accept_nomination", { term, name }),
    renderMarkdown: (md) => invoke("render_markdown", { md }),
    exportCandidates: (term, format, path) => invoke("export_candidates", { term, format, path }),
    importNominations: (term, path, options) => invoke("import_nominations", { term, path, options }),
    previewNominations: (term, path, options) => invoke("preview_nominations", { term, path, options }),
  };
}

export async function tauriDialogs(): Promise<Dialogs> {
  const { open, save } = await import("@tauri-apps/plugin-dialog");
  const { invoke } = await import("@tauri-apps/api/core");
  // Automated tests cannot drive the native save dialog: with
  // $SCRUTINEER_SAVE_DIR set, files go there under their suggested names.
  const saveDir = await invoke<AppInfo>("app_info").then((i) => i.saveDir ?? null, () => null);
  return {
    async openFile(title, filters) {
      const picked = await open({ title, multiple: false, directory: false, filters });
      return typeof picked === "string" ? picked : null;
    },
    async openFolder(title) {
      const picked = await open({ title, multiple: false, directory: true });
      return typeof picked === "string" ? picked : null;
    },
    async saveFile(title, defaultPath, filters) {
      if (saveDir) return `${saveDir.replace(/\/+$/, "")}/${defaultPath}`;
      return (await save({ title, defaultPath, filters })) ?? null;
    },
  };
}
