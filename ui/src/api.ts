// The app's commands (src-tauri/commands.rs), typed with the types that
// ts-rs generates from Rust into ./bindings. Views get an `Api` so tests can
// give them a fake one.

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

export interface AppInfo {
  dbPath: string;
  version: string;
}

export interface Api {
  appInfo(): Promise<AppInfo>;
  listTerms(): Promise<TermSummary[]>;
  createTerm(form: NewTerm): Promise<Term>;
  setStage(term: string, stage: Stage): Promise<Term>;
  importRoll(term: string, path: string): Promise<RollImport>;
  /** Stop the running roll import; it then changes nothing. */
  cancelImport(): Promise<void>;
  /** Follow a roll import's progress; returns how to stop following. */
  onRollProgress(handler: (p: Progress) => void): Promise<() => void>;
  voters(term: string, query: VoterQuery): Promise<VoterPage>;
  addNominee(term: string, form: NewNominee): Promise<Nominee>;
  nominees(term: string): Promise<Nominee[]>;
  importBallots(term: string, path: string): Promise<BallotBatch>;
  ballotBatches(term: string): Promise<BallotBatch[]>;
  tally(term: string): Promise<Tally>;
  result(term: string): Promise<Tally | null>;
  exportResults(term: string, path: string): Promise<void>;
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
    importRoll: (term, path) => invoke("import_roll", { term, path }),
    cancelImport: () => invoke("cancel_import"),
    onRollProgress: (handler) => listen<Progress>("roll-progress", (e) => handler(e.payload)),
    voters: (term, query) => invoke("voters", { term, query }),
    addNominee: (term, form) => invoke("add_nominee", { term, form }),
    nominees: (term) => invoke("nominees", { term }),
    importBallots: (term, path) => invoke("import_ballots", { term, path }),
    ballotBatches: (term) => invoke("ballot_batches", { term }),
    tally: (term) => invoke("tally", { term }),
    result: (term) => invoke("result", { term }),
    exportResults: (term, path) => invoke("export_results", { term, path }),
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
