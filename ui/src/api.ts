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

export interface AppInfo {
  dbPath: string;
  version: string;
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
  certify(term: string): Promise<Term>;
}

/** The native file dialogs. `null` when the person cancels. */
export interface Dialogs {
  openFile(title: string, filters: { name: string; extensions: string[] }[]): Promise<string | null>;
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
    certify: (term) => invoke("certify", { term }),
  };
}

export async function tauriDialogs(): Promise<Dialogs> {
  const { open, save } = await import("@tauri-apps/plugin-dialog");
  return {
    async openFile(title, filters) {
      const picked = await open({ title, multiple: false, directory: false, filters });
      return typeof picked === "string" ? picked : null;
    },
    async saveFile(title, defaultPath, filters) {
      return (await save({ title, defaultPath, filters })) ?? null;
    },
  };
}
