// The window's screens against a fake, in-memory Api: what a returns
// officer sees and what each control sends to the commands.

import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppWindow } from "./app";
import { rememberRefused } from "./views/refused";
import type { Api, Dialogs } from "./api";
import type { NewTerm } from "./bindings/NewTerm";
import type { Tally } from "./bindings/Tally";
import type { TermSummary } from "./bindings/TermSummary";
import type { Voter } from "./bindings/Voter";
import type { RollCheck } from "./api";
import type { AuditEntry } from "./bindings/AuditEntry";
import type { Nominee } from "./bindings/Nominee";
import type { RollFormat } from "./bindings/RollFormat";
import type { RollImportOptions } from "./bindings/RollImportOptions";
import type { TotalsEntry } from "./bindings/TotalsEntry";
import type { NewTieDecision } from "./bindings/NewTieDecision";
import type { PendingTie } from "./bindings/PendingTie";
import type { CandidateFormat } from "./api";
import type { NominationRules } from "./bindings/NominationRules";
import type { NomineeDetail } from "./bindings/NomineeDetail";
import type { NomineeEdit } from "./bindings/NomineeEdit";
import type { Endorsement } from "./bindings/Endorsement";
import type { NominationImportOptions } from "./bindings/NominationImportOptions";
import type { NominationPreview } from "./bindings/NominationPreview";
import type { ReadyNomination } from "./bindings/ReadyNomination";
import { PREVIEW_DEBOUNCE_MS } from "./views/nominee";

/** The Nominee fields a plain fixture leaves empty. */
const MORE = { handle: null, nominator_name: null, nominated_at: null, late_reason: null, accepted_at: null };
import type { InputPreview } from "./bindings/InputPreview";
import type { Certification } from "./bindings/Certification";
import type { CertifyRequest } from "./bindings/CertifyRequest";
import type { TermEdit } from "./bindings/TermEdit";

/** The message `fieldError` put beside `control` (it describes the
 * control), or null. */
function besideText(control: Element): string | null {
  for (const id of (control.getAttribute("aria-describedby") ?? "").split(" ")) {
    const el = id ? document.getElementById(id) : null;
    if (el?.classList.contains("field-error")) return el.textContent;
  }
  return null;
}

/** The nominations import's options before any choice. */
const NO_CHOICE: NominationImportOptions = { map: [], late_reason: null, date_order: null, encoding: null, delimiter: null };

class FakeApi implements Api {
  terms: TermSummary[] = [];
  voterList: Voter[] = [];
  calls: [string, ...unknown[]][] = [];
  tallyResult: Tally | null = null;
  failNext: { code: string; message: string; id?: string } | null = null;

  private fail() {
    const f = this.failNext;
    this.failNext = null;
    if (f) throw f;
  }
  async appInfo() { return { dbPath: "/tmp/test/elections.db", version: "0.1.0" }; }
  async listTerms() { return this.terms.map((t) => ({ ...t })); }
  async createTerm(form: NewTerm) {
    this.calls.push(["createTerm", form]);
    this.fail();
    const t: TermSummary = { id: this.terms.length + 1, name: form.name, organisation: form.organisation, seats: form.seats, method: form.method, max_per_employer: form.max_per_employer, seed: form.seed, quorum_percent: form.quorum_percent, stage: "draft", created_at: "2025-06-01 10:00", voters: 0, nominees: 0, ballots: 0, language: form.language ?? "en" };
    this.terms.push(t);
    return t;
  }
  async setStage(): Promise<never> { throw new Error("not used"); }
  progressHandler: ((p: { done: number; total: number }) => void) | null = null;
  /** When set, importRoll reports progress and waits for this. */
  holdImport: Promise<void> | null = null;
  async cancelImport() { this.calls.push(["cancelImport"]); }
  async onRollProgress(handler: (p: { done: number; total: number }) => void) {
    this.progressHandler = handler;
    return () => { this.progressHandler = null; };
  }
  async importRoll(term: string, path: string, options?: RollImportOptions) {
    this.calls.push(["importRoll", term, path, options]);
    if (this.holdImport) {
      this.progressHandler?.({ done: 10000, total: 40000 });
      await this.holdImport;
    }
    this.fail();
    this.voterList = Array.from({ length: 120 }, (_, i) => ({ id: i + 1, name: `Voter ${String(i + 1).padStart(3, "0")}`, email: `v${i + 1}@example.org`, member_id: null, weight: 1 }));
    this.voterList.push({ id: 121, name: "Łukasz Nowak", email: "lukasz@example.org", member_id: "M-7", weight: 1 });
    this.terms.find((t) => t.name === term)!.voters = this.voterList.length;
    return { imported: this.voterList.length, rejected: [{ line: 9, reason: "the email \"nope\" is not valid" }], encoding: "UTF-8", delimiter: ",", encoding_choice: null };
  }
  async voters(term: string, q: { search: string | null; offset: number; limit: number }) {
    this.calls.push(["voters", term, q]);
    const s = (q.search ?? "").toLowerCase();
    const all = this.voterList.filter((v) => !s || v.name.toLowerCase().includes(s) || v.email.includes(s));
    return { total: all.length, voters: all.slice(q.offset, q.offset + q.limit) };
  }
  async addNominee(term: string, form: { name: string }) {
    this.calls.push(["addNominee", term, form]);
    this.fail();
    this.terms.find((t) => t.name === term)!.nominees += 1;
    return { id: 1, name: form.name, email: null, employer: null, nominated_by: null, statement: null, withdrawn: false, ...MORE };
  }
  async nominees() { return this.nomineeList.map((n) => ({ ...n })); }
  async importBallots(term: string, path: string, ballots?: number | null) {
    this.calls.push(["importBallots", term, path, ballots ?? null]);
    this.fail();
    return { id: 1, file: "ballots.csv", sha256: "ab".repeat(32), count: 10, imported_at: "now" };
  }
  async ballotBatches() { return []; }
  async tally(term: string) {
    this.calls.push(["tally", term]);
    if (this.tie) throw { code: "tie_decision_needed", message: `a tie needs the returns officer's decision: ${this.tie.context}` };
    this.fail();
    return this.tallyResult!;
  }
  async result() { return this.tallyResult; }
  async exportResults(term: string, path: string) { this.calls.push(["exportResults", term, path]); }
  async announcement(term: string, format: string) {
    this.calls.push(["announcement", term, format]);
    return `Results (${format}): Łukasz Nowak and 稲田直哉 are elected.`;
  }
  async exportRefusedRows(rows: unknown[], path: string) { this.calls.push(["exportRefusedRows", rows, path]); }
  async certificate(term: string, path: string) { this.calls.push(["certificate", term, path]); }
  cert: Certification | null = null;
  async certify(term: string, request: CertifyRequest) {
    this.calls.push(["certify", term, request]);
    this.fail();
    this.terms.find((t) => t.name === term)!.stage = "certified";
    this.cert = { term, officer: request.officer, witness: request.witness ?? null, certified_at: "2026-11-30T13:05:00Z", certified_local: "2026-11-30 14:05 Europe/Paris (UTC+01:00)", identifier: "0123456789abcdef" };
    return this.cert;
  }
  async certification() { return this.cert; }
  officer: string | null = "Zoë Ødegaard";
  async getSettings() { return { officer: this.officer ?? undefined, recent: ["/home/ro/old.scrutineer"] }; }
  async setOfficer(name: string) { this.calls.push(["setOfficer", name]); this.officer = name || null; return this.getSettings(); }
  async systemLanguage() { return null; }
  async setWindowLanguage() {}
  async setLanguagePreference() { return this.getSettings(); }
  async openFile(path: string) { this.calls.push(["openFile", path]); this.fail(); return { dbPath: path, title: "t" }; }
  async newFile(path: string) { this.calls.push(["newFile", path]); return { dbPath: path, title: "t" }; }
  async recentFiles() { return ["/home/ro/old.scrutineer"]; }
  async saveCopy(path: string) { this.calls.push(["saveCopy", path]); }
  async listBackups() { return [{ name: "e-20261130-140512-certify.scrutineer", path: "/x", taken: "2026-11-30 14:05:12", step: "certify", bytes: 4096 }]; }
  async restoreBackup(name: string) { this.calls.push(["restoreBackup", name]); return "/x/before.scrutineer"; }
  async editTerm(term: string, edit: TermEdit) {
    this.calls.push(["editTerm", term, edit]);
    this.fail();
    const t = this.terms.find((x) => x.name === term)!;
    if (edit.name) t.name = edit.name;
    if (edit.seats) t.seats = edit.seats;
    return t;
  }
  async deleteTerm(term: string, reason: string) { this.calls.push(["deleteTerm", term, reason]); this.terms = this.terms.filter((t) => t.name !== term); }
  titles: (string | null)[] = [];
  async setWindowTitle(term: string | null) { this.titles.push(term); return term ?? ""; }
  menu: ((id: string) => void) | null = null;
  async onMenu(handler: (id: string) => void) { this.menu = handler; return () => { this.menu = null; }; }
  /** The roll file the wizard checks: `Vorname;Nachname;Mail` in
   * Windows-1252; the name columns map only by hand. */
  /** Delays (ms) for the next previewRoll answers, to make them arrive out of order. */
  previewDelays: number[] = [];
  async previewRoll(path: string, options: RollImportOptions): Promise<RollCheck> {
    this.calls.push(["previewRoll", path, options]);
    const delay = this.previewDelays.shift();
    if (delay) await new Promise((r) => setTimeout(r, delay));
    this.fail();
    const headers = ["Vorname", "Nachname", "Mail", "Nr"];
    const map = new Map<string, string>([["email", "Mail"]]);
    for (const m of options.map) {
      const [f, hd] = m.split("=");
      if (hd) map.set(f, hd);
      else map.delete(f);
    }
    const encoding_choice =
      path.includes("western") && !options.encoding
        ? { chosen: "windows-1252", other: "windows-1250", guessed: "windows-1250", why: "both read its accented letters as letters", differing: [{ line: 2, chosen: "Juan Peña;j@example.es", other: "Juan Peńa;j@example.es" }] }
        : null;
    const base = { encoding: options.encoding ? options.encoding : "windows-1252", encoding_source: options.encoding ? "given" : "detected", delimiter: options.delimiter ?? "semicolon", headers, mapping: [...map] as [string, string][], encoding_choice };
    if (!map.has("first_name") && !map.has("name")) {
      return { preview: { ...base, rows: [], good: 0, refused: 0, rejected: [] }, problem: { code: "bad_file", message: "roll.csv:1: no name column" } };
    }
    return {
      preview: { ...base, rows: [{ line: 2, name: "Jörg Müller", email: "joerg@example.de", member_id: map.has("id") ? "7" : null, weight: 1, membership: null }], good: 121, refused: 1, rejected: [{ line: 9, reason: "the email \"nope\" is not valid" }] },
      problem: null,
    };
  }
  async diffRoll(term: string, path: string) {
    this.calls.push(["diffRoll", term, path]);
    return { added_count: 2, removed_count: 1, changed_count: 0, unchanged: 5, added: [{ line: 2, name: "Jörg Müller", email: "joerg@example.de", member_id: null, weight: 1, membership: null }], removed: [{ id: 1, name: "Old One", email: "old@example.org", member_id: null, weight: 1 }], changed: [], rejected: [], encoding: "UTF-8", delimiter: "comma" };
  }
  async applyRollDiff(term: string, path: string, _o: RollImportOptions, reason: string) {
    this.calls.push(["applyRollDiff", term, path, reason]);
    return this.diffRoll(term, path);
  }
  async addVoter(term: string, name: string, email: string, reason: string) {
    this.calls.push(["addVoter", term, name, email, reason]);
    const v = { id: 999, name, email, member_id: null, weight: 1 };
    this.voterList.push(v);
    return v;
  }
  async removeVoter(term: string, email: string, reason: string) {
    this.calls.push(["removeVoter", term, email, reason]);
    const v = this.voterList.find((x) => x.email === email)!;
    this.voterList = this.voterList.filter((x) => x !== v);
    return v;
  }
  async exportRoll(term: string, format: RollFormat, path: string) { this.calls.push(["exportRoll", term, format, path]); return this.voterList.length; }
  async markVoted(): Promise<never> { throw new Error("not used"); }
  nomineeList: Nominee[] = [];
  async withdrawNominee(term: string, name: string, reason: string) {
    this.calls.push(["withdrawNominee", term, name, reason]);
    const n = this.nomineeList.find((x) => x.name === name)!;
    n.withdrawn = true;
    return n;
  }
  async auditLog(term: string): Promise<AuditEntry[]> {
    return [{ seq: 1, at: "2025-06-01 10:00", term, action: "term.create", detail: "seats=2", prev_hash: "0", hash: "ab" }];
  }
  async verifyAudit() { return { ok: false, entries: 3, head: "ff", problem: "entry 2: the hash does not match" }; }
  /** What the next previewBallots answers. */
  preview: InputPreview = { format: "elekto", kind: "ballots", blank: "A candidate left unranked takes part in no head-to-head contest on that ballot (no opinion)", candidates: ["Łukasz Nowak", "稲田直哉"], ballots: 309, sha256: "ef".repeat(32) };
  async previewBallots(term: string, path: string) {
    this.calls.push(["previewBallots", term, path]);
    this.fail();
    return this.preview;
  }
  async enterTotals(term: string, first: TotalsEntry, second: TotalsEntry) {
    this.calls.push(["enterTotals", term, first, second]);
    this.fail();
    this.terms.find((t) => t.name === term)!.ballots += first.ballots;
    return { id: 2, file: first.source || "totals typed twice", sha256: "12".repeat(32), count: first.ballots, imported_at: "now" };
  }
  async importElektoTerm(folder: string) {
    this.calls.push(["importElektoTerm", folder]);
    this.fail();
    const t: TermSummary = { id: 9, name: "2021 Steering Committee Election", organisation: "", seats: 4, method: "schulze", max_per_employer: null, seed: "", quorum_percent: null, stage: "voting", created_at: "now", voters: 685, nominees: 13, ballots: 256, language: "en" };
    this.terms.push(t);
    return t;
  }
  /** The tie the next count stops at (under the officer rule), until decided. */
  tie: PendingTie | null = null;
  async pendingTie(term: string) { this.calls.push(["pendingTie", term]); return this.tie; }
  async decideTie(term: string, d: NewTieDecision) {
    this.calls.push(["decideTie", term, d]);
    const t = this.tie!;
    this.tie = null;
    return { context: t.context, tied: t.tied, order: d.order, method: d.method, decided_by: d.decided_by, witness: d.witness ?? null, decided_at: "now" };
  }
  rules: NominationRules = { opens: null, closes: null, seconders: 0, statement_words: null };
  async nominationRules() { return { ...this.rules }; }
  endorsementList: Endorsement[] = [];
  /** What the backend's renderer answers (the fake only wraps lines). */
  rendered = (md: string) => md.split("\n").filter(Boolean).map((l) => (l.startsWith("# ") ? `<h2>${l.slice(2)}</h2>` : `<p>${l}</p>`)).join("");
  async nomineeDetail(_term: string, name: string): Promise<NomineeDetail> {
    const n = this.nomineeList.find((x) => x.name === name)!;
    const md = n.statement ?? "";
    return { nominee: { ...n }, endorsements: this.endorsementList, statement_html: this.rendered(md), statement_words: md.split(/\s+/).filter((w) => w && w !== "#").length };
  }
  async renderMarkdown(md: string) {
    this.calls.push(["renderMarkdown", md]);
    return { html: this.rendered(md), words: md.split(/\s+/).filter((w) => w && w !== "#").length };
  }
  async editNominee(term: string, name: string, edit: NomineeEdit, reason: string) {
    this.calls.push(["editNominee", term, name, edit, reason]);
    this.fail();
    const n = this.nomineeList.find((x) => x.name === name)!;
    if (edit.statement !== null) n.statement = edit.statement;
    if (edit.name !== null) n.name = edit.name;
    return { ...n };
  }
  async endorseNominee(term: string, name: string, by: string, text: string | null) {
    this.calls.push(["endorseNominee", term, name, by, text]);
    return { name: "Ξένια Παππά", email: by, seconder: false, text, text_html: text ? `<p>${text}</p>` : null, added_at: "2025-06-02" };
  }
  async acceptNomination(term: string, name: string) {
    this.calls.push(["acceptNomination", term, name]);
    const n = this.nomineeList.find((x) => x.name === name)!;
    n.accepted_at = "2025-06-02T10:15:07Z";
    return { ...n };
  }
  async exportCandidates(term: string, format: CandidateFormat, path: string) {
    this.calls.push(["exportCandidates", term, format, path]);
    return [path];
  }
  async importNominations(term: string, path: string, options: NominationImportOptions) {
    this.calls.push(["importNominations", term, path, options]);
    return { file: path, kind: "form-csv", imported: ["Ada Lovelace"], rejected: [{ line: 3, reason: "the nominator x@example.org is not on the roll" }] };
  }
  /** A form whose headers the backend maps by itself, except "Proposed by";
   * an Elekto folder for any path without ".csv". */
  async previewNominations(term: string, path: string, options: NominationImportOptions): Promise<NominationPreview> {
    this.calls.push(["previewNominations", term, path, options]);
    this.fail();
    const ready = (line: number, name: string, more: Partial<ReadyNomination> = {}): ReadyNomination => ({ line, name, email: null, employer: null, handle: null, nominated_by: null, nominated_at: "2026-03-02 10:00:00", late_reason: null, statement_words: 12, ...more });
    const none = { encoding: null, encoding_source: null, delimiter: null, encoding_choice: null, dates: null };
    if (!path.endsWith(".csv")) {
      return { ...none, file: path, kind: "elekto", headers: [], mapping: [], sample: [], problem: null, ready_count: 2, ready: [ready(0, "Ζωή Παπαδοπούλου", { handle: "zoe", employer: "ACME" }), ready(0, "稲田直哉", { handle: "inada" })], rejected: [{ line: 0, reason: "/data/elekto/candidate-bad.md: line 2: the header has no name" }] };
    }
    const headers = ["Timestamp", "Your name", "Your email", "Company", "Proposed by", "Why you"];
    const mapping: [string, string][] = [["timestamp", "Timestamp"], ["name", "Your name"], ["email", "Your email"], ["employer", "Company"]];
    const map = new Map(options.map.map((m) => m.split("=") as [string, string]));
    // A semicolon Windows-1252 export ("excel.csv"): read as the roll is,
    // the other code page offered; each choice reads it again.
    const excel = path.endsWith("excel.csv");
    const cp = options.encoding ?? (excel ? "windows-1252" : "UTF-8");
    const reading = {
      encoding: cp,
      encoding_source: options.encoding ? "given" : excel ? "detected" : "valid_utf8",
      delimiter: options.delimiter ?? (excel ? "semicolon" : "comma"),
      encoding_choice: excel && !options.encoding ? { chosen: "windows-1252", other: "windows-1250", guessed: "windows-1250", why: "both read its accented letters as letters", differing: [{ line: 2, chosen: "Juan Peña;…", other: "Juan Peńa;…" }] } : null,
    };
    // A US Google Forms sheet ("us.csv"): every day ≤ 12, the order to be chosen.
    if (path.endsWith("us.csv")) {
      const example = { line: 2, value: "3/2/2026 10:11:12", dmy: "3 February 2026", mdy: "2 March 2026" };
      const chosen = options.date_order;
      const dates = { order: chosen, why: chosen ? `read as ${chosen === "mdy" ? "month/day/year" : "day/month/year"}, as chosen` : "no day in the file is over 12", ambiguous: !chosen, example: chosen ? null : example, local_time: "Europe/Paris (UTC+01:00)" };
      const sample = [{ line: 2, cells: ["3/2/2026 10:11:12", "Ada Lovelace", "ada@example.org", "", "", ""] }];
      const problem = chosen ? null : { code: "invalid_input" as const, message: "the timestamps can be read two ways: choose the order (on the command line: --date-order dmy or --date-order mdy)" };
      const rows = chosen ? [ready(2, "Ada Lovelace", { email: "ada@example.org", nominated_at: chosen === "mdy" ? "2026-03-02T09:11:12Z" : "2026-02-03T09:11:12Z" })] : [];
      return { ...reading, dates, file: path, kind: "form-csv", headers, mapping, sample, problem, ready_count: rows.length, ready: rows, rejected: [] };
    }
    const sample = [
      { line: 2, cells: ["2026-03-02 10:00:00", "Ada Lovelace", "ada@example.org", "Analytical Engines", "self", "I will…"] },
      { line: 3, cells: ["2026-03-20 09:00:00", "Łukasz Nowak", "lukasz@example.org", "", "x@example.org", "Hello"] },
    ];
    if (map.get("name") === "") {
      return { ...reading, dates: null, file: path, kind: "form-csv", headers, mapping: mapping.filter(([f]) => f !== "name"), sample, problem: { code: "invalid_input", message: "no column holds the nominee's name" }, ready_count: 0, ready: [], rejected: [] };
    }
    const rejected = map.get("nominator") === "Proposed by"
      ? [{ line: 3, reason: "refused by the rule \"the nominator must be on the roll\": the nominator \"x@example.org\" is not on the roll", id: "err-rule-nominator" }]
      : options.late_reason
        ? []
        : [{ line: 3, reason: "refused by the rule \"nominations are made in the nomination period\": nominations closed on 2026-03-14", id: "err-rule-period" }];
    const rows = [ready(2, "Ada Lovelace", { email: "ada@example.org", employer: "Analytical Engines", nominated_by: map.has("nominator") ? "self" : null })];
    if (!rejected.length) rows.push(ready(3, "Łukasz Nowak", { late_reason: options.late_reason }));
    return { ...reading, dates: { order: null, why: "", ambiguous: false, example: null, local_time: "UTC" }, file: path, kind: "form-csv", headers, mapping: [...mapping, ...(map.get("nominator") ? [["nominator", map.get("nominator")!] as [string, string]] : [])], sample, problem: null, ready_count: rows.length, ready: rows, rejected };
  }
}

const dialogs: Dialogs = {
  openFile: vi.fn(async () => "/home/ro/roll.csv"),
  openFolder: vi.fn(async () => "/home/ro/elekto/steering-2021"),
  saveFile: vi.fn(async (_t: string, name: string) => `/home/ro/${name}`),
};

const last = <T,>(xs: T[]): T | undefined => xs[xs.length - 1];

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

function byLabel(root: HTMLElement, text: string): HTMLInputElement {
  const label = [...root.querySelectorAll("label")].find((l) => l.textContent?.startsWith(text));
  if (!label) throw new Error(`no label "${text}"`);
  const el = root.querySelector<HTMLInputElement>(`#${label.htmlFor}`);
  if (!el) throw new Error(`label "${text}" points at nothing`);
  return el;
}

function button(root: HTMLElement, text: string): HTMLButtonElement {
  const b = [...root.querySelectorAll("button")].find((x) => x.textContent?.trim() === text);
  if (!b) throw new Error(`no button "${text}"; have: ${[...root.querySelectorAll("button")].map((x) => x.textContent).join(" | ")}`);
  return b;
}

function type(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

const tally: Tally = {
  term: "Council", organisation: "Org", method: "approval", method_title: "Approval voting (multi-seat block)", seats: 2,
  winners: ["Łukasz Nowak", "稲田直哉"],
  excluded: [{ name: "Bob Jones", reason: "a third winner from ACME would exceed the maximum of 2 per employer" }],
  tie_breaks: [{ context: "seat 2", tied: ["Carol White", "稲田直哉"], seed: "seed:abc", outcome: ["稲田直哉", "Carol White"], rule: "seeded draw" }],
  ballots: 10, eligible: 12, turnout: "83.33%", quorum_met: null,
  candidates: [
    { name: "Łukasz Nowak", employer: "ACME", votes: "9", rank: 1, status: "elected" },
    { name: "稲田直哉", employer: null, votes: "7", rank: 2, status: "elected" },
    { name: "Bob Jones", employer: "ACME", votes: "8", rank: null, status: "disqualified" },
  ],
  ballot_sha256: "cd".repeat(32), rules: ["At most 2 winners per employer (PEP 13)."], warnings: ["There are more ballots (10) than voters on the roll (9)."], counted_at: "2025-06-01 12:00",
  outcome: { notes: [] } as unknown as Tally["outcome"],
};

let root: HTMLElement;
let api: FakeApi;
let app: AppWindow;

beforeEach(async () => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById("app")!;
  api = new FakeApi();
  app = new AppWindow(root, api, dialogs);
  await app.start();
  await settle();
});

describe("the terms screen", () => {
  it("shows the election file and an empty state with one next step", () => {
    expect(root.querySelector("[data-testid=db-path]")?.textContent).toBe("/tmp/test/elections.db");
    expect(root.querySelector("h1")?.textContent).toBe("Terms");
    expect(root.textContent).toContain("No terms yet");
    expect(document.activeElement).toBe(root.querySelector("h1"));
  });

  it("creates a term from the form and opens it", async () => {
    button(root, "New term").click();
    await settle();
    type(byLabel(root, "Name"), "Council 2025");
    type(byLabel(root, "Organisation"), "Org");
    type(byLabel(root, "Seats"), "2");
    type(byLabel(root, "Counting method"), "star");
    type(byLabel(root, "Maximum winners per employer"), "1");
    type(byLabel(root, "Tie-break seed"), "published seed");
    type(byLabel(root, "How ties are broken"), "psf");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls[0]).toEqual(["createTerm", { name: "Council 2025", organisation: "Org", seats: 2, method: "star", max_per_employer: 1, seed: "published seed", quorum_percent: null,
      rules: { tie_rule: "psf", cap_fraction: null, none_of_the_above: null, debian: null, sitting: [] } }]);
    expect(root.querySelector("h1")?.textContent).toBe("Council 2025");
    expect(root.querySelector(".message.notice")?.textContent).toContain("created");
    expect(root.querySelector("[aria-current=step]")?.textContent).toContain("Draft");
    expect(root.textContent).toContain("Add the nominees");
  });

  it("chooses the Elekto election folder with the folder dialog", async () => {
    button(root, "Choose folder…").click();
    await settle();
    expect(dialogs.openFolder).toHaveBeenCalledWith("Choose the Elekto election folder (the one holding election.yaml)");
    expect(byLabel(root, "Elekto election folder").value).toBe("/home/ro/elekto/steering-2021");
  });

  it("imports a whole Elekto election folder as a term and opens it", async () => {
    type(byLabel(root, "Elekto election folder"), " /data/steering-2021 ");
    button(root, "Import an Elekto election").click();
    await settle();
    expect(api.calls).toEqual([["importElektoTerm", "/data/steering-2021"]]);
    expect(root.querySelector("h1")?.textContent).toBe("2021 Steering Committee Election");
    expect(root.querySelector(".message.notice")?.textContent).toContain("4 seats, 13 nominees, 685 voters, 256 ballots.");
  });

  it("says what to fix in the form without calling the app", async () => {
    button(root, "New term").click();
    await settle();
    type(byLabel(root, "Seats"), "0");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls).toEqual([]);
    const errors = [...root.querySelectorAll(".field-error")].filter((e) => !(e as HTMLElement).hidden).map((e) => e.textContent);
    expect(errors).toEqual(["Enter a name for the term.", "Enter the number of seats: a whole number, 1 or more."]);
    expect(byLabel(root, "Name").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(byLabel(root, "Name"));
  });

  it("shows an error from the app in plain words", async () => {
    api.failNext = { code: "already_exists", message: "a term named \"Council\" already exists" };
    button(root, "New term").click();
    await settle();
    type(byLabel(root, "Name"), "Council");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    const alert = root.querySelector("[role=alert]")!;
    expect(alert.textContent).toContain("Already there");
    expect(alert.textContent).toContain("A term named \"Council\" already exists.");
    expect(root.querySelector("h1")?.textContent).toBe("New term");
  });
});

describe("a term", () => {
  beforeEach(async () => {
    await api.createTerm({ name: "Council", organisation: "Org", seats: 2, method: "approval", max_per_employer: 2, seed: "", quorum_percent: null, rules: { tie_rule: "officer", cap_fraction: null, none_of_the_above: null, debian: null, sitting: [] } });
    api.calls = [];
    await app.go({ screen: "term", name: "Council", tab: "overview" });
    await settle();
  });

  it("checks a roll file, fixes the mapping by hand, imports it and pages through the voters", async () => {
    (root.querySelector("#tab-voters") as HTMLButtonElement).click();
    await settle();
    // Choosing a file checks it at once.
    button(root, "Choose file…").click();
    await settle();
    const path = byLabel(root, "Voter roll file");
    expect(path.value).toBe("/home/ro/roll.csv");
    expect(last(api.calls)).toEqual(["previewRoll", "/home/ro/roll.csv", { encoding: null, delimiter: null, map: [] }]);
    type(path, "/data/roll.csv");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(last(api.calls)).toEqual(["previewRoll", "/data/roll.csv", { encoding: null, delimiter: null, map: [] }]);
    expect(root.querySelector("[data-testid=roll-encoding]")?.textContent).toBe("windows-1252");
    expect(root.querySelector("#roll-read-as")?.textContent).toContain("guessed from the letters");
    expect((root.querySelector("#roll-encoding") as HTMLSelectElement).value).toBe("windows-1252");
    expect((root.querySelector("#roll-delimiter") as HTMLSelectElement).value).toBe("semicolon");
    expect((root.querySelector("#roll-map-email") as HTMLSelectElement).value).toBe("Mail");
    expect(root.querySelector("#roll-problem")?.textContent).toContain("no name column");
    expect(button(root, "Import").disabled).toBe(true);
    // Mapping the name columns by hand re-runs the check with them.
    type(byLabel(root, "First name") as unknown as HTMLSelectElement, "Vorname");
    await settle();
    expect(document.activeElement?.id).toBe("roll-map-first_name");
    type(byLabel(root, "Last name") as unknown as HTMLSelectElement, "Nachname");
    await settle();
    const options = { encoding: null, delimiter: null, map: ["first_name=Vorname", "last_name=Nachname"] };
    expect(last(api.calls)).toEqual(["previewRoll", "/data/roll.csv", options]);
    expect(root.querySelector("#roll-problem")).toBe(null);
    expect(root.querySelector("#roll-counts")?.textContent).toBe("121 voters ready, 1 row will be refused.");
    expect(root.querySelector("#roll-refused")?.textContent).toBe("Line 9: the email \"nope\" is not valid");
    expect(root.querySelector("table[aria-label='Preview of the voters'] tbody")?.textContent).toContain("Jörg Müller");
    button(root, "Import 121 voters").click();
    await settle();
    expect(api.calls.filter((c) => c[0] === "importRoll")).toEqual([["importRoll", "Council", "/data/roll.csv", options]]);
    expect(root.querySelector(".message.notice")?.textContent).toContain("Imported 121 voters");
    expect(root.querySelector("#refused-rows")?.textContent).toContain("the email \"nope\" is not valid");
    expect(root.textContent).toContain("Showing 1–50 of 121");
    button(root, "Next →").click();
    await settle();
    expect(root.textContent).toContain("Showing 51–100 of 121");
    expect(button(root, "← Previous").disabled).toBe(false);
    type(byLabel(root, "Search by name or email"), "łukasz");
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    const rows = [...root.querySelectorAll("table[aria-label=Voters] tbody tr")].map((r) => r.textContent);
    expect(rows).toEqual(["Łukasz Nowaklukasz@example.orgM-7Remove…"]);
    expect(button(root, "Next →").disabled).toBe(true);
  });

  it("overrides the detected encoding and forgets the choices for a new file", async () => {
    (root.querySelector("#tab-voters") as HTMLButtonElement).click();
    await settle();
    type(byLabel(root, "Voter roll file"), "/data/a.csv");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    type(byLabel(root, "Text encoding") as unknown as HTMLSelectElement, "iso-8859-2");
    await settle();
    expect(last(api.calls)).toEqual(["previewRoll", "/data/a.csv", { encoding: "iso-8859-2", delimiter: null, map: [] }]);
    expect(root.querySelector("#roll-read-as")?.textContent).toContain("as you chose");
    type(byLabel(root, "Voter roll file"), "/data/b.csv");
    expect(root.querySelector("#roll-step-2")).toBe(null);
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(last(api.calls)).toEqual(["previewRoll", "/data/b.csv", { encoding: null, delimiter: null, map: [] }]);
  });

  it("shows the latest check when two answers arrive out of order", async () => {
    (root.querySelector("#tab-voters") as HTMLButtonElement).click();
    await settle();
    type(byLabel(root, "Voter roll file"), "/data/a.csv");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    api.previewDelays = [40, 0];
    type(byLabel(root, "First name") as unknown as HTMLSelectElement, "Vorname");
    type(byLabel(root, "Last name") as unknown as HTMLSelectElement, "Nachname");
    await new Promise((r) => setTimeout(r, 80));
    await settle();
    expect((root.querySelector("#roll-map-first_name") as HTMLSelectElement).value).toBe("Vorname");
    expect((root.querySelector("#roll-map-last_name") as HTMLSelectElement).value).toBe("Nachname");
    button(root, "Import 121 voters").click();
    await settle();
    expect(last(api.calls.filter((c) => c[0] === "importRoll"))).toEqual(["importRoll", "Council", "/data/a.csv", { encoding: null, delimiter: null, map: ["first_name=Vorname", "last_name=Nachname"] }]);
  });

  it("compares with the current roll, replaces it only with a reason, adds and removes voters with a reason, and saves the roll", async () => {
    api.terms[0].voters = 1;
    api.voterList = [{ id: 1, name: "Old One", email: "old@example.org", member_id: null, weight: 1 }];
    (root.querySelector("#tab-voters") as HTMLButtonElement).click();
    await settle();
    type(byLabel(root, "Voter roll file"), "/data/new.csv");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    type(byLabel(root, "Full name") as unknown as HTMLSelectElement, "Vorname");
    await settle();
    button(root, "Compare with the current roll").click();
    await settle();
    expect(root.querySelector("#roll-diff-summary")?.textContent).toBe("2 to add, 1 to remove, 0 to change, 5 unchanged.");
    expect(root.querySelector("#roll-diff")?.textContent).toContain("Old One <old@example.org>");
    button(root, "Replace the roll with this file…").click();
    button(root, "Replace the roll").click();
    await settle();
    expect(api.calls.some((c) => c[0] === "applyRollDiff")).toBe(false);
    // The message is beside the reason box, which has the focus, not under the button.
    const replaceReason = byLabel(root, "Reason (kept in the audit log)");
    expect(besideText(replaceReason)).toContain("Give the reason for replacing the roll");
    expect(document.activeElement).toBe(replaceReason);
    expect(root.querySelector(".message.error")).toBe(null);
    type(byLabel(root, "Reason (kept in the audit log)"), "new membership list");
    button(root, "Replace the roll").click();
    await settle();
    expect(api.calls).toContainEqual(["applyRollDiff", "Council", "/data/new.csv", "new membership list"]);
    expect(root.querySelector(".message.notice")?.textContent).toContain("The roll now matches the file.");

    type(byLabel(root, "Name"), "Zoë Dupont");
    type(byLabel(root, "Email"), "zoe@example.org");
    button(root, "Add voter").click();
    await settle();
    expect(api.calls.some((c) => c[0] === "addVoter")).toBe(false);
    expect(document.activeElement?.id).toBe("voter-add-reason");
    type(root.querySelector("#voter-add-reason") as HTMLInputElement, "missed from the list");
    button(root, "Add voter").click();
    await settle();
    expect(api.calls).toContainEqual(["addVoter", "Council", "Zoë Dupont", "zoe@example.org", "missed from the list"]);
    expect(root.querySelector(".message.notice")?.textContent).toContain("Added Zoë Dupont <zoe@example.org> to the roll.");

    (root.querySelector("button[aria-label='Remove Old One…']") as HTMLButtonElement).click();
    expect((root.querySelector("#voter-remove-email") as HTMLInputElement).value).toBe("old@example.org");
    expect(document.activeElement?.id).toBe("voter-remove-reason");
    type(root.querySelector("#voter-remove-reason") as HTMLInputElement, "lapsed");
    button(root, "Remove voter").click();
    await settle();
    expect(api.calls).toContainEqual(["removeVoter", "Council", "old@example.org", "lapsed"]);

    button(root, "Helios voter file…").click();
    await settle();
    expect(api.calls).toContainEqual(["exportRoll", "Council", "helios", "/home/ro/Council-helios-voters.csv"]);
    expect(root.querySelector(".message.notice")?.textContent).toContain("Saved 1 voter.");
  });

  it("shows a roll import's progress and can cancel it", async () => {
    (root.querySelector("#tab-voters") as HTMLButtonElement).click();
    await settle();
    let release!: () => void;
    api.holdImport = new Promise((r) => (release = r));
    type(byLabel(root, "Voter roll file"), "/data/big.csv");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    type(byLabel(root, "Full name") as unknown as HTMLSelectElement, "Vorname");
    await settle();
    button(root, "Import 121 voters").click();
    await settle();
    const status = root.querySelector(".busy") as HTMLElement;
    expect(status.hidden).toBe(false);
    expect(status.textContent).toContain("10,000 of about 40,000 rows (25%)");
    expect(root.querySelector("main")?.hasAttribute("inert")).toBe(true);
    // The one thing to do during a long import: cancel it. The focus is there.
    expect(document.activeElement?.id).toBe("busy-cancel");
    (root.querySelector("#busy-cancel") as HTMLButtonElement).click();
    await settle();
    expect(api.calls).toContainEqual(["cancelImport"]);
    api.failNext = { code: "cancelled", message: "the import was cancelled; the roll is unchanged" };
    release();
    await settle();
    expect(status.hidden).toBe(true);
    expect(root.querySelector("main")?.hasAttribute("inert")).toBe(false);
    expect(root.querySelector("[role=alert]")?.textContent).toContain("The import was cancelled; the roll is unchanged.");
    expect(api.progressHandler).toBe(null);
  });

  it("adds a nominee with only the fields filled in", async () => {
    (root.querySelector("#tab-nominees") as HTMLButtonElement).click();
    await settle();
    type(byLabel(root, "Name"), " 稲田直哉 ");
    type(byLabel(root, "Employer"), "ACME");
    root.querySelector("form[aria-labelledby=add-heading]")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls.filter((c) => c[0] === "addNominee")).toEqual([["addNominee", "Council", { name: "稲田直哉", email: null, employer: "ACME", handle: undefined, nominated_by: null, seconded_by: [], statement: null, late_reason: undefined }]]);
    expect(root.querySelector("#tab-nominees")?.textContent).toBe("Nominees1");
    expect(document.activeElement?.id).toBe("nominee-name");
  });

  it("says beside the roll's path box, not under the button, that a file must be chosen first", async () => {
    (root.querySelector("#tab-voters") as HTMLButtonElement).click();
    await settle();
    button(root, "Check the file").focus();
    button(root, "Check the file").click();
    await settle();
    expect(api.calls.some((c) => c[0] === "previewRoll")).toBe(false);
    const path = byLabel(root, "Voter roll file");
    expect(besideText(path)).toBe("Choose the voter roll file first (or type its path), then check it.");
    expect(document.activeElement).toBe(path);
    expect(besideText(button(root, "Check the file"))).toBe(null);
    expect(root.querySelector(".message.error")).toBe(null);
  });

  it("refuses an empty ballot path without calling the app", async () => {
    (root.querySelector("#tab-ballots") as HTMLButtonElement).click();
    await settle();
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls).toEqual([]);
    const path = root.querySelector<HTMLInputElement>("#ballots-path")!;
    expect(besideText(path)).toContain("Choose the file first");
    expect(path.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(path);
    // The message goes at the next input.
    type(path, "/tmp/b.csv");
    expect(besideText(path)).toBeNull();
    expect(path.hasAttribute("aria-invalid")).toBe(false);
    expect(root.querySelector(".field-error")).toBeNull();
  });

  it("shows an error from the app beside the file it concerns, and gives it the focus once the page is free", async () => {
    (root.querySelector("#tab-ballots") as HTMLButtonElement).click();
    await settle();
    const path = root.querySelector<HTMLInputElement>("#ballots-path")!;
    type(path, "/tmp/missing.csv");
    api.failNext = { code: "io", message: "the file /tmp/missing.csv does not exist" };
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(besideText(path)).toContain("The file /tmp/missing.csv does not exist.");
    expect(path.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(path);
    expect(root.querySelector(".messages")?.textContent).toBe("");
  });

  it("shows the detected format and what a blank mark means before importing", async () => {
    (root.querySelector("#tab-ballots") as HTMLButtonElement).click();
    await settle();
    type(byLabel(root, "Ballot or totals file"), "/data/steering-2021");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls).toEqual([["previewBallots", "Council", "/data/steering-2021"]]);
    expect(root.querySelector("#ballot-preview-format")?.textContent).toBe("Elekto election folder");
    expect(root.querySelector("#ballot-preview-blank")?.textContent).toContain("no opinion");
    expect(document.activeElement?.id).toBe("ballot-preview-heading");
    button(root, "Import this file").click();
    await settle();
    expect(api.calls).toContainEqual(["importBallots", "Council", "/data/steering-2021", null]);
    expect(root.querySelector(".message.notice")?.textContent).toContain("Format: Elekto election folder.");
  });

  it("asks for the ballots cast before importing totals that do not give them", async () => {
    api.preview = { format: "helios", kind: "totals", blank: null, candidates: ["Łukasz Nowak", "稲田直哉"], ballots: null, sha256: "ab".repeat(32) };
    (root.querySelector("#tab-ballots") as HTMLButtonElement).click();
    await settle();
    type(byLabel(root, "Ballot or totals file"), "/data/helios");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(root.querySelector("#ballot-preview-format")?.textContent).toBe("Helios election result (totals)");
    expect(root.querySelector("#ballot-preview-blank")).toBeNull();
    button(root, "Import this file").click();
    await settle();
    expect(api.calls.some((c) => c[0] === "importBallots")).toBe(false);
    expect(document.activeElement?.id).toBe("ballot-preview-cast");
    type(byLabel(root, "Ballots cast"), "63");
    button(root, "Import this file").click();
    await settle();
    expect(api.calls).toContainEqual(["importBallots", "Council", "/data/helios", 63]);
  });

  it("takes totals typed twice: hides the first entry, names each mismatch, saves only agreeing entries", async () => {
    api.nomineeList = [
      { id: 1, name: "Łukasz Nowak", email: null, employer: "ACME", nominated_by: null, statement: null, withdrawn: false, ...MORE },
      { id: 2, name: "稲田直哉", email: null, employer: null, nominated_by: null, statement: null, withdrawn: false, ...MORE },
      { id: 3, name: "Gone", email: null, employer: null, nominated_by: null, statement: null, withdrawn: true, ...MORE },
    ];
    (root.querySelector("#tab-ballots") as HTMLButtonElement).click();
    await settle();
    const form = root.querySelector("form.totals") as HTMLFormElement;
    expect(form.querySelectorAll("input.num").length).toBe(3); // two standing nominees + ballots cast
    const submit = () => form.dispatchEvent(new Event("submit", { cancelable: true }));
    type(byLabel(form, "Where the figures come from"), "Helios result");
    type(byLabel(form, "Łukasz Nowak"), "54");
    type(byLabel(form, "稲田直哉"), "five");
    type(byLabel(form, "Ballots cast"), "63");
    submit();
    await settle();
    expect(besideText(byLabel(form, "稲田直哉"))).toBe("Type a whole number (0 or more) for 稲田直哉.");
    expect(besideText(byLabel(form, "Łukasz Nowak"))).toBeNull();
    expect(document.activeElement).toBe(byLabel(form, "稲田直哉"));
    type(byLabel(form, "稲田直哉"), "50");
    submit();
    await settle();
    // The second person sees empty fields: the first entry is hidden.
    expect(form.querySelector("#totals-step")?.textContent).toBe("Second entry");
    expect(byLabel(form, "Łukasz Nowak").value).toBe("");
    expect(document.activeElement?.id).toBe("totals-step");
    type(byLabel(form, "Łukasz Nowak"), "54");
    type(byLabel(form, "稲田直哉"), "56");
    type(byLabel(form, "Ballots cast"), "63");
    submit();
    await settle();
    expect(api.calls.some((c) => c[0] === "enterTotals")).toBe(false);
    const rows = [...form.querySelectorAll("#totals-mismatches tbody tr")].map((r) => r.textContent);
    expect(rows).toEqual(["稲田直哉5056"]);
    type(byLabel(form, "稲田直哉"), "50");
    submit();
    await settle();
    const call = api.calls.find((c) => c[0] === "enterTotals")!;
    const entry = { source: "Helios result", votes: [["Łukasz Nowak", 54], ["稲田直哉", 50]], ballots: 63 };
    expect(call).toEqual(["enterTotals", "Council", entry, entry]);
    expect(root.querySelector(".message.notice")?.textContent).toContain("Saved the totals: 63 ballots cast.");
  });

  it("asks the returns officer to decide a tie, records the decision, and counts again", async () => {
    api.terms[0].ballots = 10;
    api.tie = { context: "seat 2 of 2: a tie between Carol White and 稲田直哉", tied: ["Carol White", "稲田直哉"], command: "" };
    (root.querySelector("#tab-results") as HTMLButtonElement).click();
    await settle();
    api.tallyResult = tally;
    button(root, "Count the votes").click();
    await settle();
    expect(api.calls).toContainEqual(["pendingTie", "Council"]);
    expect(root.querySelector("[role=alert]")).toBeNull();
    expect(root.querySelector("#tie-context")?.textContent).toContain("seat 2 of 2");
    expect(document.activeElement?.id).toBe("tie-heading");
    const order = () => [...root.querySelectorAll("#tie-order .tie-name")].map((x) => x.textContent);
    expect(order()).toEqual(["Carol White", "稲田直哉"]);
    (root.querySelector("button[aria-label='Move 稲田直哉 up']") as HTMLButtonElement).click();
    expect(order()).toEqual(["稲田直哉", "Carol White"]);
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Move 稲田直哉 down");
    const form = root.querySelector("#tie-decision") as HTMLFormElement;
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls.some((c) => c[0] === "decideTie")).toBe(false);
    expect(besideText(byLabel(form, "Coin toss"))).toBe("Say how the tie was decided.");
    expect(besideText(byLabel(form, "Decided by"))).toBe("Say who decided.");
    expect(document.activeElement).toBe(byLabel(form, "Coin toss"));
    (byLabel(form, "Coin toss") as HTMLInputElement).checked = true;
    type(byLabel(form, "Decided by"), "Returns Officer");
    type(byLabel(form, "Witness"), "Ewa Kowalska");
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls).toContainEqual(["decideTie", "Council", { order: ["稲田直哉", "Carol White"], method: "coin", decided_by: "Returns Officer", witness: "Ewa Kowalska" }]);
    expect(api.calls.filter((c) => c[0] === "tally").length).toBe(2);
    expect([...root.querySelectorAll(".winners li")].map((l) => l.textContent)).toEqual(["Łukasz Nowak", "稲田直哉"]);
  });

  it("shows an officer's tie decision with who decided and who witnessed it", async () => {
    api.terms[0].ballots = 10;
    api.tallyResult = { ...tally, tie_breaks: [{ context: "seat 2", tied: ["Carol White", "稲田直哉"], seed: "", outcome: ["稲田直哉", "Carol White"], rule: "officer's decision", method: "casting-vote", decided_by: "Returns Officer", witnessed_by: "Ewa Kowalska" }] };
    (root.querySelector("#tab-results") as HTMLButtonElement).click();
    await settle();
    const tie = root.querySelector("li.tie")!.textContent!;
    expect(tie).toContain("Decided order: 稲田直哉, Carol White");
    expect(tie).toContain("Decided by Returns Officer (casting vote), witnessed by Ewa Kowalska.");
    expect(tie).not.toContain("Draw order");
  });

  it("counts and shows winners, candidates, exclusions and tie-breaks, then saves", async () => {
    api.terms[0].ballots = 10;
    (root.querySelector("#tab-results") as HTMLButtonElement).click();
    await settle();
    api.tallyResult = tally;
    button(root, "Count the votes").click();
    await settle();
    expect(api.calls).toContainEqual(["tally", "Council"]);
    expect([...root.querySelectorAll(".winners li")].map((l) => l.textContent)).toEqual(["Łukasz Nowak", "稲田直哉"]);
    expect(root.textContent).toContain("a third winner from ACME would exceed");
    expect(root.textContent).toContain("Draw order: 稲田直哉, Carol White");
    expect(root.textContent).toContain("seed:abc");
    const warning = root.querySelector(".card.warnings[role=alert]");
    expect(warning?.textContent).toContain("more ballots (10) than voters on the roll (9)");
    expect(root.querySelectorAll("table[aria-label='Results by nominee'] tbody tr").length).toBe(3);
    expect(root.querySelector(".badge.status-disqualified")?.textContent).toBe("disqualified");
    button(root, "Save results CSV…").click();
    await settle();
    expect(api.calls).toContainEqual(["exportResults", "Council", "/home/ro/Council-results.csv"]);
    button(root, "Save certificate…").click();
    await settle();
    expect(api.calls).toContainEqual(["certificate", "Council", "/home/ro/Council-certificate.pdf"]);
  });

  it("withdraws a nominee only with a reason", async () => {
    api.nomineeList = [{ id: 1, name: "Bob Jones", email: null, employer: null, nominated_by: null, statement: null, withdrawn: false, ...MORE }];
    (root.querySelector("#tab-nominees") as HTMLButtonElement).click();
    await settle();
    (root.querySelector("button[aria-label='Withdraw Bob Jones…']") as HTMLButtonElement).click();
    expect(document.activeElement?.id).toBe("withdraw-reason");
    button(root, "Withdraw Bob Jones").click();
    await settle();
    expect(api.calls.some((c) => c[0] === "withdrawNominee")).toBe(false);
    type(root.querySelector("#withdraw-reason") as HTMLInputElement, "stood down");
    button(root, "Withdraw Bob Jones").click();
    await settle();
    expect(api.calls).toContainEqual(["withdrawNominee", "Council", "Bob Jones", "stood down"]);
    expect(root.querySelector(".message.notice")?.textContent).toContain("Bob Jones is withdrawn.");
    expect(root.querySelector("table[aria-label=Nominees] tbody tr")?.className).toBe("withdrawn");
    expect(root.querySelector("button[aria-label='Withdraw Bob Jones…']")).toBe(null);
  });

  it("shows the term's audit log and says when the chain is broken", async () => {
    (root.querySelector("#tab-audit") as HTMLButtonElement).click();
    await settle();
    expect(root.querySelector("table[aria-label='Audit log'] tbody")?.textContent).toContain("term.create");
    button(root, "Check the audit log").click();
    await settle();
    expect(root.querySelector("#audit-verdict")?.textContent).toBe("Broken. The audit log has been changed outside Scrutineer: entry 2: the hash does not match.");
  });

  it("moves between tabs with the arrow keys", async () => {
    const tab = root.querySelector("#tab-overview") as HTMLButtonElement;
    tab.focus();
    tab.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    await settle();
    expect(document.activeElement?.id).toBe("tab-nominees");
    expect(root.querySelector("#tab-nominees")?.getAttribute("aria-selected")).toBe("true");
  });
});

describe("nominations", () => {
  const STATEMENT = "# Why me\nI fix typoes.";
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeEach(async () => {
    await api.createTerm({ name: "Council", organisation: "Org", seats: 2, method: "approval", max_per_employer: 2, seed: "", quorum_percent: null, rules: { tie_rule: "officer", cap_fraction: null, none_of_the_above: null, debian: null, sitting: [] } });
    api.terms[0].stage = "nominations";
    api.nomineeList = [
      { id: 1, name: "Ξένια Παππά", email: "x@example.org", employer: "ACME", nominated_by: "self", statement: STATEMENT, withdrawn: false, ...MORE },
      { id: 2, name: "Bob Jones", email: null, employer: null, nominated_by: "ann@example.org", statement: null, withdrawn: false, ...MORE, nominator_name: "Ann Lee", accepted_at: "2025-06-01" },
    ];
    api.calls = [];
    await app.go({ screen: "term", name: "Council", tab: "nominees" });
    await settle();
  });

  async function openPage(name: string) {
    const row = root.querySelector(`tr[data-nominee='${name}']`)!;
    (row.querySelector("button.nominee-open") as HTMLButtonElement).click();
    await settle();
  }

  it("lists one line per nominee without the statement, and opens the nominee page with its heading focused", async () => {
    const heads = [...root.querySelectorAll("table[aria-label=Nominees] thead th")].map((th) => th.textContent);
    expect(heads.slice(0, 4)).toEqual(["Name", "Affiliation", "Nominated by", "Status"]);
    const rows = [...root.querySelectorAll("table[aria-label=Nominees] tbody tr")].map((tr) => [...tr.querySelectorAll("th, td")].slice(0, 4).map((c) => c.textContent));
    expect(rows).toEqual([
      ["Ξένια Παππά", "ACME", "Self-nominated", "Nominated"],
      ["Bob Jones", "", "Ann Lee (ann@example.org)", "Accepted"],
    ]);
    expect(root.querySelector("table[aria-label=Nominees]")!.textContent).not.toContain("typoes");
    await openPage("Ξένια Παππά");
    expect(document.activeElement?.id).toBe("nominee-heading");
    expect(document.activeElement?.textContent).toBe("Ξένια Παππά");
    // The backend's HTML is inserted as elements, not shown as text.
    expect(root.querySelector("#statement h2")?.textContent).toBe("Why me");
    expect(root.querySelector("#statement")?.textContent).not.toContain("<h2>");
    expect(root.querySelector("#statement-words")?.textContent).toBe("5 words");
    // Escape closes the page and returns to the list.
    root.querySelector("#nominee-heading")!.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await settle();
    expect(root.querySelector("table[aria-label=Nominees]")).not.toBe(null);
    expect(document.activeElement?.id).toBe("tab-nominees");
  });

  it("previews the statement as it is typed, counts its words and refuses one over the term's limit", async () => {
    api.rules = { opens: null, closes: null, seconders: 0, statement_words: 3 };
    await app.go({ screen: "term", name: "Council", tab: "nominees" });
    await settle();
    type(byLabel(root, "Name"), "Ada");
    const editor = byLabel(root, "Statement");
    type(editor, "# Plan\nOne two three four");
    await settle();
    // Debounced: nothing rendered yet for the new text.
    expect(api.calls.filter((c) => c[0] === "renderMarkdown").map((c) => c[1])).not.toContain("# Plan\nOne two three four");
    await wait(PREVIEW_DEBOUNCE_MS + 50);
    await settle();
    expect(root.querySelector("#nominee-statement-preview h2")?.textContent).toBe("Plan");
    expect(root.querySelector("#nominee-statement-words")?.textContent).toBe("5 words: 2 words over the limit of 3. Shorten the statement before saving.");
    root.querySelector("form[aria-labelledby=add-heading]")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls.some((c) => c[0] === "addNominee")).toBe(false);
    expect(editor.getAttribute("aria-invalid")).toBe("true");
    expect(besideText(editor)).toContain("this term allows 3");
    type(editor, "One two");
    await wait(PREVIEW_DEBOUNCE_MS + 50);
    await settle();
    expect(root.querySelector("#nominee-statement-words")?.textContent).toBe("2 words of 3 allowed");
    expect(besideText(editor)).toBe(null);
    type(byLabel(root, "Seconders"), "a@example.org\nb@example.org");
    root.querySelector("form[aria-labelledby=add-heading]")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    const add = api.calls.find((c) => c[0] === "addNominee")!;
    expect(add[2]).toMatchObject({ name: "Ada", statement: "One two", seconded_by: ["a@example.org", "b@example.org"] });
  });

  it("shows a rule the backend refuses next to the control it concerns", async () => {
    type(byLabel(root, "Name"), "Ada");
    type(byLabel(root, "Nominated by"), "ann@example.org");
    api.failNext = { code: "invalid_input", message: 'refused by the rule "the nominator must be on the roll": ann@example.org is not on the roll of term "Council"', id: "err-rule-nominator" };
    root.querySelector("form[aria-labelledby=add-heading]")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(besideText(root.querySelector("#nominee-nominated_by")!)).toBe('Refused by the rule "the nominator must be on the roll": ann@example.org is not on the roll of term "Council".');
    expect(document.activeElement?.id).toBe("nominee-nominated_by");
    expect(root.querySelector("[role=alert]")).toBe(null);
    // Any other error is not put beside the nominator: it goes beside the
    // button used (feedback.ts's rule for an error with no control of its own).
    api.failNext = { code: "invalid_input", message: "something else" };
    button(root, "Add nominee").focus();
    button(root, "Add nominee").click();
    await settle();
    expect(besideText(root.querySelector("#nominee-nominated_by")!)).toBe(null);
    expect(besideText(root.querySelector("#nominee-add")!)).toContain("Something else.");
  });

  it("places a refused rule beside its control by the error's id, whatever the language of its words", async () => {
    type(byLabel(root, "Name"), "Ada");
    type(byLabel(root, "Nominated by"), "ann@example.org");
    // The shell sends errors in the window's language (Error::in_lang): no
    // English words to find, only the id.
    api.failNext = { code: "invalid_input", message: "abgelehnt nach der Regel „wer vorschlägt, muss im Wählerverzeichnis stehen“: die vorschlagende Person „ann@example.org“ steht nicht im Wählerverzeichnis der Wahl „Council“", id: "err-rule-nominator" };
    root.querySelector("form[aria-labelledby=add-heading]")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(besideText(root.querySelector("#nominee-nominated_by")!)).toContain("ann@example.org");
    expect(besideText(root.querySelector("#nominee-nominated_by")!)).toContain("Wählerverzeichnis");
    expect(root.querySelector("[role=alert]")).toBe(null);
    // The same English words without the id are not matched by their words.
    api.failNext = { code: "invalid_input", message: 'refused by the rule "the nominator must be on the roll": ann@example.org is not on the roll of term "Council"' };
    button(root, "Add nominee").focus();
    button(root, "Add nominee").click();
    await settle();
    expect(besideText(root.querySelector("#nominee-nominated_by")!)).toBe(null);
  });

  it("corrects a typo only with a reason, sending only the changed field", async () => {
    await openPage("Ξένια Παππά");
    button(root, "Edit…").click();
    await settle();
    expect(document.activeElement?.id).toBe("edit-name");
    const editor = root.querySelector("#edit-statement") as HTMLTextAreaElement;
    type(editor, "# Why me\nI fix typos.");
    button(root, "Save the correction").click();
    await wait(PREVIEW_DEBOUNCE_MS + 50);
    await settle();
    expect(api.calls.some((c) => c[0] === "editNominee")).toBe(false);
    expect(besideText(root.querySelector("#edit-reason")!)).toContain("Give the reason");
    type(root.querySelector("#edit-reason") as HTMLInputElement, "typo in the statement");
    button(root, "Save the correction").click();
    await wait(PREVIEW_DEBOUNCE_MS + 50);
    await settle();
    expect(api.calls.filter((c) => c[0] === "editNominee")).toEqual([
      ["editNominee", "Council", "Ξένια Παππά", { name: null, email: null, employer: null, handle: null, nominated_by: null, statement: "# Why me\nI fix typos." }, "typo in the statement"],
    ]);
    expect(root.querySelector("#statement")?.textContent).toContain("I fix typos.");
    expect(root.querySelector(".message.notice")?.textContent).toContain("Saved the correction to Ξένια Παππά.");
  });

  it("endorses and records acceptance", async () => {
    await openPage("Ξένια Παππά");
    button(root, "Record acceptance").click();
    await settle();
    expect(api.calls).toContainEqual(["acceptNomination", "Council", "Ξένια Παππά"]);
    expect(root.querySelector("[data-testid=nominee-status]")?.textContent).toBe("Accepted");
    expect(root.querySelector(".details")?.textContent).toContain("Accepted on 2025-06-02 10:15 UTC");
    button(root, "Endorse…").click();
    await settle();
    button(root, "Add the endorsement").click();
    await settle();
    expect(besideText(root.querySelector("#endorse-by")!)).toContain("member's email");
    type(root.querySelector("#endorse-by") as HTMLInputElement, "x@example.org");
    button(root, "Add the endorsement").click();
    await settle();
    expect(api.calls).toContainEqual(["endorseNominee", "Council", "Ξένια Παππά", "x@example.org", null]);
  });

  it("after voting opens, says why only withdrawal is left", async () => {
    api.terms[0].stage = "voting";
    await openPage("Ξένια Παππά");
    expect(root.querySelector("#nominee-locked")?.textContent).toContain("Voting has opened");
    expect(root.querySelector("#nominee-edit")).toBe(null);
    expect(root.querySelector("#nominee-endorse")).toBe(null);
    expect(root.querySelector("#nominee-withdraw")).not.toBe(null);
  });

  it("publishes the booklet and the voting-service set-ups through the save dialog", async () => {
    button(root, "Candidate booklet (PDF)").click();
    await settle();
    expect(api.calls).toContainEqual(["exportCandidates", "Council", "pdf", "/home/ro/Council-booklet.pdf"]);
    button(root, "Helios questions (JSON)").click();
    await settle();
    expect(api.calls).toContainEqual(["exportCandidates", "Council", "helios", "/home/ro/Council-helios.json"]);
    expect(root.querySelector(".message.notice")?.textContent).toContain("Saved: Helios questions (JSON).");
  });

  it("checks a form CSV, shows its first rows and the guessed columns, maps one by hand, and imports what the dry run showed", async () => {
    vi.mocked(dialogs.openFile).mockResolvedValueOnce("/data/form.csv");
    button(root, "Choose CSV file…").click();
    await settle();
    expect(api.calls).toContainEqual(["previewNominations", "Council", "/data/form.csv", { ...NO_CHOICE, map: [] }]);
    // The first rows, under the file's headers.
    const sample = root.querySelector("table[aria-label=\"The file's first rows\"]")!;
    expect([...sample.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Line", "Timestamp", "Your name", "Your email", "Company", "Proposed by", "Why you"]);
    expect(sample.querySelector("tbody")?.textContent).toContain("Łukasz Nowak");
    // Each field's select shows the backend's guess, or "not in the file".
    const sel = (key: string) => root.querySelector<HTMLSelectElement>(`#import-map-${key}`)!;
    expect([sel("name").value, sel("email").value, sel("employer").value, sel("timestamp").value, sel("nominator").value]).toEqual(["Your name", "Your email", "Company", "Timestamp", ""]);
    expect([...sel("nominator").options].map((o) => o.textContent)).toEqual(["— not in the file —", ...["Timestamp", "Your name", "Your email", "Company", "Proposed by", "Why you"]]);
    expect(root.querySelector("#import-counts")?.textContent).toBe("1 nomination ready, 1 row will be refused.");
    // Choosing the nominator's column checks the file again with it.
    type(sel("nominator"), "Proposed by");
    await settle();
    const options = { ...NO_CHOICE, map: ["nominator=Proposed by"] };
    expect(last(api.calls)).toEqual(["previewNominations", "Council", "/data/form.csv", options]);
    expect(document.activeElement?.id).toBe("import-map-nominator");
    expect(sel("nominator").value).toBe("Proposed by");
    expect(root.querySelector("#import-refused")?.textContent).toBe("Line 3: refused by the rule \"the nominator must be on the roll\": the nominator \"x@example.org\" is not on the roll");
    const readyRows = [...root.querySelectorAll("table[aria-label='The nominations ready to import'] tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(readyRows).toEqual([["2", "Ada Lovelace", "ada@example.org", "Analytical Engines", "Self", "2026-03-02 10:00:00", "12 words"]]);
    // The import sends the options the dry run was made with.
    button(root, "Import 1 nomination").click();
    await settle();
    expect(api.calls.filter((c) => c[0] === "importNominations")).toEqual([["importNominations", "Council", "/data/form.csv", options]]);
    const notice = root.querySelector(".message.notice")?.textContent ?? "";
    expect(notice).toContain("Imported 1 nominee.");
    expect(notice).toContain("Line 3: the nominator x@example.org is not on the roll");
  });

  it("says what to fix when no column holds the nominee, and imports nothing", async () => {
    type(root.querySelector("#import-path") as HTMLInputElement, "/data/form.csv");
    button(root, "Check the file").click();
    await settle();
    type(root.querySelector<HTMLSelectElement>("#import-map-name")!, "");
    await settle();
    expect(last(api.calls)).toEqual(["previewNominations", "Council", "/data/form.csv", { ...NO_CHOICE, map: ["name="] }]);
    expect(root.querySelector("#import-problem")?.textContent).toContain("No column holds the nominee's name.");
    expect(root.querySelector("#import-counts")).toBe(null);
    expect((root.querySelector("#import-nominations") as HTMLButtonElement).disabled).toBe(true);
    // Two fields on one column are pointed out.
    type(root.querySelector<HTMLSelectElement>("#import-map-statement")!, "Company");
    await settle();
    expect(root.querySelector("#import-shared")?.textContent).toContain("The column “Company” is chosen for Employer or affiliation and Statement.");
  });

  it("asks for a reason when nominations came after the period, and checks again with it", async () => {
    type(root.querySelector("#import-path") as HTMLInputElement, "/data/form.csv");
    button(root, "Check the file").click();
    await settle();
    expect(root.querySelector("#import-refused")?.textContent).toContain("nominations closed on 2026-03-14");
    type(byLabel(root, "Reason for accepting nominations sent outside the nomination period"), "the form was down on the last day");
    await settle();
    expect(last(api.calls)).toEqual(["previewNominations", "Council", "/data/form.csv", { ...NO_CHOICE, map: [], late_reason: "the form was down on the last day" }]);
    expect(root.querySelector("#import-counts")?.textContent).toBe("2 nominations ready, nothing refused.");
    expect(root.querySelector("table[aria-label='The nominations ready to import'] tbody")?.textContent).toContain("late");
    // A new file forgets the reason and the columns chosen.
    type(root.querySelector("#import-path") as HTMLInputElement, "/data/other.csv");
    expect(root.querySelector("#import-step-2")).toBe(null);
    button(root, "Check the file").click();
    await settle();
    expect(last(api.calls)).toEqual(["previewNominations", "Council", "/data/other.csv", { ...NO_CHOICE, map: [] }]);
  });

  it("waits for the order of day and month when every date reads both ways, then imports with it", async () => {
    type(root.querySelector("#import-path") as HTMLInputElement, "/data/us.csv");
    button(root, "Check the file").click();
    await settle();
    const order = root.querySelector<HTMLSelectElement>("#import-date-order")!;
    expect(order.value).toBe("");
    expect([...order.options].map((o) => o.textContent)).toEqual([
      "— choose the order —",
      "Day/month/year: “3/2/2026 10:11:12” is 3 February 2026",
      "Month/day/year: “3/2/2026 10:11:12” is 2 March 2026",
    ]);
    expect(root.querySelector("#import-dates")?.textContent).toContain("line 2’s “3/2/2026 10:11:12” is 3 February 2026 as day/month (most of Europe) or 2 March 2026 as month/day");
    expect(root.querySelector("#import-problem")?.textContent).toContain("Choose the order of day and month above.");
    expect(root.querySelector("#import-wizard")?.textContent).toContain("Choose the order of day and month above first: nothing can be imported yet.");
    expect(root.querySelector("#import-local-time")?.textContent).toBe("Times without a zone are read as your local time, Europe/Paris (UTC+01:00).");
    expect((root.querySelector("#import-nominations") as HTMLButtonElement).disabled).toBe(true);
    type(order, "mdy");
    await settle();
    const options = { ...NO_CHOICE, map: [], date_order: "mdy" };
    expect(last(api.calls)).toEqual(["previewNominations", "Council", "/data/us.csv", options]);
    expect(document.activeElement?.id).toBe("import-date-order");
    expect(root.querySelector<HTMLSelectElement>("#import-date-order")!.value).toBe("mdy");
    expect(root.querySelector("#import-problem")).toBe(null);
    // The date as read in the order chosen, in UTC.
    expect(root.querySelector("table[aria-label='The nominations ready to import'] tbody")?.textContent).toContain("2026-03-02 09:11 UTC");
    button(root, "Import 1 nomination").click();
    await settle();
    expect(api.calls.filter((c) => c[0] === "importNominations")).toEqual([["importNominations", "Council", "/data/us.csv", options]]);
  });

  it("shows the encoding and delimiter a form CSV was read with, and reads it again as chosen", async () => {
    type(root.querySelector("#import-path") as HTMLInputElement, "/data/excel.csv");
    button(root, "Check the file").click();
    await settle();
    expect(root.querySelector("#import-read-as")?.textContent).toBe("Read as windows-1252 (guessed from the letters in the file: check that the names below look right), columns separated by semicolon.");
    expect(root.querySelector("#encoding-choice")?.textContent).toContain("Juan Peńa");
    button(root, "Read as windows-1250").click();
    await settle();
    expect(last(api.calls)).toEqual(["previewNominations", "Council", "/data/excel.csv", { ...NO_CHOICE, map: [], encoding: "windows-1250" }]);
    expect(root.querySelector("#encoding-choice")).toBe(null);
    type(root.querySelector<HTMLSelectElement>("#import-delimiter")!, "tab");
    await settle();
    expect(last(api.calls)).toEqual(["previewNominations", "Council", "/data/excel.csv", { ...NO_CHOICE, map: [], encoding: "windows-1250", delimiter: "tab" }]);
    expect(root.querySelector("[data-testid=import-delimiter]")?.textContent).toBe("tab");
    // A new file forgets the choices.
    type(root.querySelector("#import-path") as HTMLInputElement, "/data/form.csv");
    button(root, "Check the file").click();
    await settle();
    expect(last(api.calls)).toEqual(["previewNominations", "Council", "/data/form.csv", { ...NO_CHOICE, map: [] }]);
  });

  it("says beside the path box that a nominations file must be chosen first", async () => {
    button(root, "Check the file").focus();
    button(root, "Check the file").click();
    await settle();
    expect(api.calls.some((c) => c[0] === "previewNominations")).toBe(false);
    const path = root.querySelector<HTMLInputElement>("#import-path")!;
    expect(besideText(path)).toBe("Choose the nominations file or folder first (or type its path), then check it.");
    expect(document.activeElement).toBe(path);
    expect(root.querySelector(".message.error")).toBe(null);
  });

  it("says, when there are no nominees, what to do next, once", async () => {
    api.nomineeList = [];
    await app.go({ screen: "term", name: "Council", tab: "nominees" });
    await settle();
    expect(root.querySelector("#nominees-empty")?.textContent).toBe("No nominees yet: add the first one below, or import the nominations (a form's CSV export, or Elekto candidate files) with “Import nominations” further down.");
    expect(root.querySelector("table[aria-label=Nominees]")).toBe(null);
    // After voting opens: one message, not two.
    api.terms[0].stage = "voting";
    await app.go({ screen: "term", name: "Council", tab: "nominees" });
    await settle();
    expect(root.querySelector("#nominees-empty")?.textContent).toBe("No nominees: voting opened before any nominee was added, so the list of nominees is closed.");
    expect(root.textContent).not.toContain("a nominee can only be withdrawn");
  });

  it("chooses a folder of Elekto candidate files with the folder dialog", async () => {
    button(root, "Choose Elekto folder…").click();
    await settle();
    expect(dialogs.openFolder).toHaveBeenCalled();
    expect(api.calls).toContainEqual(["previewNominations", "Council", "/home/ro/elekto/steering-2021", { ...NO_CHOICE, map: [] }]);
    expect(root.querySelector("#import-map-name")).toBe(null);
    expect(root.querySelector("#import-step-2")?.textContent).toBe("2. The candidate files");
    expect(root.querySelector("#import-counts")?.textContent).toBe("2 nominations ready, 1 file will be refused.");
    expect(root.querySelector("#import-refused")?.textContent).toBe("/data/elekto/candidate-bad.md: line 2: the header has no name");
    const rows = [...root.querySelectorAll("table[aria-label='The nominations ready to import'] tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(rows).toEqual([["Ζωή Παπαδοπούλου", "zoe", "ACME", "12 words"], ["稲田直哉", "inada", "", "12 words"]]);
  });
});

describe("the returns officer's desk (issue 10)", () => {
  beforeEach(async () => {
    await api.createTerm({ name: "Council", organisation: "Org", seats: 2, method: "approval", max_per_employer: 2, seed: "", quorum_percent: null, rules: { tie_rule: "draw", cap_fraction: null, none_of_the_above: null, debian: null, sitting: [] } });
    api.calls = [];
    await app.go({ screen: "term", name: "Council", tab: "overview" });
    await settle();
  });

  it("names the file and the term in the window title", () => {
    expect(last(api.titles)).toBe("Council");
  });

  it("disables Count with its reason beside it until there are ballots", async () => {
    (root.querySelector("#tab-results") as HTMLButtonElement).click();
    await settle();
    const count = root.querySelector<HTMLButtonElement>("#count-button")!;
    expect(count.getAttribute("aria-disabled")).toBe("true");
    // Still focusable (not `disabled`), and read with its reason.
    expect(count.disabled).toBe(false);
    const reason = document.getElementById(count.getAttribute("aria-describedby")!)!;
    expect(reason.textContent).toContain("There are no ballots yet, so there is nothing to count.");
    count.click();
    await settle();
    expect(api.calls.some((c) => c[0] === "tally")).toBe(false);
    // Its next step is one click away.
    button(root, "Go to Ballots").click();
    await settle();
    expect(document.activeElement?.id).toBe("tab-ballots");
    expect(root.querySelector(".empty-note")?.textContent).toBe("No ballots yet: import the ballot file above.");
    // With ballots, Count counts.
    api.terms[0].ballots = 10;
    (root.querySelector("#tab-results") as HTMLButtonElement).click();
    await settle();
    expect(root.querySelector("#count-button")?.hasAttribute("aria-disabled")).toBe(false);
    api.tallyResult = tally;
    button(root, "Count the votes").click();
    await settle();
    expect(api.calls).toContainEqual(["tally", "Council"]);
  });

  it("says on every tab of a certified term why nothing can be changed", async () => {
    api.terms[0].ballots = 10;
    api.terms[0].stage = "counted";
    api.tallyResult = tally;
    await api.certify("Council", { officer: "Zoë Ødegaard", witness: undefined });
    for (const tab of ["nominees", "voters", "ballots", "results", "audit"]) {
      (root.querySelector(`#tab-${tab}`) as HTMLButtonElement).click();
      await settle();
      const note = root.querySelector("[data-testid=certified-notice]");
      expect(note?.textContent, tab).toContain("Nothing here can be changed: this term was certified on");
      expect(note?.textContent, tab).toContain("by Zoë Ødegaard");
      expect(note?.textContent, tab).toContain("File ▸ Restore a backup");
    }
    // Nothing to change is offered.
    expect(root.querySelector("#ballots-path")).toBeNull();
  });

  it("certifies only with the officer's name; Cancel is the default button", async () => {
    api.terms[0].ballots = 10;
    api.terms[0].stage = "counted";
    api.tallyResult = tally;
    (root.querySelector("#tab-results") as HTMLButtonElement).click();
    await settle();
    button(root, "Certify the results…").click();
    await settle();
    const dialog = document.querySelector<HTMLElement>("[role=dialog]")!;
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    // Cancel has the focus and is the form's submit button: Enter cancels.
    expect(document.activeElement?.textContent).toBe("Cancel");
    expect(byLabel(dialog, "Returns officer").value).toBe("Zoë Ødegaard");
    dialog.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(document.querySelector("[role=dialog]")).toBeNull();
    expect(api.calls.some((c) => c[0] === "certify")).toBe(false);
    // Again: without a name, the error is next to the field and takes the focus.
    button(root, "Certify the results…").click();
    await settle();
    const d2 = document.querySelector<HTMLElement>("[role=dialog]")!;
    type(byLabel(d2, "Returns officer"), "  ");
    button(d2, "Certify").click();
    await settle();
    expect(besideText(byLabel(d2, "Returns officer"))).toContain("returns officer's name");
    expect(byLabel(d2, "Returns officer").getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(byLabel(d2, "Returns officer"));
    type(byLabel(d2, "Returns officer"), "Zoë Ødegaard");
    type(byLabel(d2, "Witness (optional)"), "Иван Петров");
    button(d2, "Certify").click();
    await settle();
    expect(api.calls).toContainEqual(["certify", "Council", { officer: "Zoë Ødegaard", witness: "Иван Петров" }]);
    expect(root.querySelector(".message.notice")?.textContent).toContain("Certificate 0123456789abcdef");
  });

  it("shows a certified term's winners and who certified it, when, on the Overview", async () => {
    api.terms[0].stage = "certified";
    api.tallyResult = tally;
    api.cert = { term: "Council", officer: "Zoë Ødegaard", witness: "Иван Петров", certified_at: "2026-11-30T13:05:00Z", certified_local: "x", identifier: "0123456789abcdef" };
    await app.go({ screen: "term", name: "Council", tab: "overview" });
    await settle();
    const card = root.querySelector("[data-testid=certified]")!;
    expect([...card.querySelectorAll(".winners li")].map((l) => l.textContent)).toEqual(["Łukasz Nowak", "稲田直哉"]);
    const line = card.querySelector("[data-testid=certified-line]")!.textContent!;
    expect(line).toContain("by Zoë Ødegaard, witnessed by Иван Петров");
    expect(line).toMatch(/2026, \d\d:05/); // local time, not the raw UTC string
    expect(line).not.toContain("T13:05:00Z");
    expect(line).toContain("0123456789abcdef");
    // A certified term offers no correction.
    expect(root.querySelector("#edit-term")).toBeNull();
  });

  it("shows a draw's seed text and the ballot-set hash on separate lines", async () => {
    api.terms[0].ballots = 10;
    api.tallyResult = { ...tally, tie_breaks: [{ ...tally.tie_breaks[0], seed: `Carol White\n稲田直哉\n${"cd".repeat(32)}` }] };
    (root.querySelector("#tab-results") as HTMLButtonElement).click();
    await settle();
    const text = root.querySelector(".seed-text")!.textContent!;
    const hash = root.querySelector(".seed-hash")!.textContent!;
    expect(text).toContain("Carol White");
    expect(text).not.toContain("cdcd");
    expect(hash).toBe(`Ballot-set SHA-256: ${"cd".repeat(32)}`);
  });

  it("corrects a term with a reason, and deletes one without ballots", async () => {
    const form = root.querySelector<HTMLFormElement>("#edit-term")!;
    type(form.querySelector<HTMLInputElement>("#edit-seats")!, "3");
    form.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls.some((c) => c[0] === "editTerm")).toBe(false);
    expect(document.activeElement?.id).toBe("edit-reason");
    expect(besideText(root.querySelector("#edit-reason")!)).toContain("reason");
    type(root.querySelector<HTMLInputElement>("#edit-reason")!, "three seats after all");
    root.querySelector<HTMLFormElement>("#edit-term")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls).toContainEqual(["editTerm", "Council", { seats: 3, reason: "three seats after all" }]);
    const del = root.querySelector<HTMLFormElement>("#delete-term")!;
    type(del.querySelector<HTMLInputElement>("#delete-reason")!, "created by mistake");
    del.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls).toContainEqual(["deleteTerm", "Council", "created by mistake"]);
    expect(root.querySelector("h1")?.textContent).toBe("Terms");
  });

  it("opens, creates, copies and restores election files from the File menu", async () => {
    api.menu!("file-open");
    await settle();
    expect(api.calls).toContainEqual(["openFile", "/home/ro/roll.csv"]);
    expect(root.querySelector("[data-testid=db-path]")?.textContent).toBe("/home/ro/roll.csv");
    api.menu!("recent:0");
    await settle();
    expect(api.calls).toContainEqual(["openFile", "/home/ro/old.scrutineer"]);
    api.menu!("file-new");
    await settle();
    expect(api.calls).toContainEqual(["newFile", "/home/ro/elections.scrutineer"]);
    api.menu!("file-save-copy");
    await settle();
    expect(api.calls).toContainEqual(["saveCopy", "/home/ro/copy.scrutineer"]);
    api.menu!("file-restore");
    await settle();
    const dialog = document.querySelector<HTMLElement>("[role=dialog]")!;
    expect(dialog.textContent).toContain("before certify");
    button(dialog, "Restore").click();
    await settle();
    expect(api.calls).toContainEqual(["restoreBackup", "e-20261130-140512-certify.scrutineer"]);
    api.menu!("file-preferences");
    await settle();
    const prefs = document.querySelector<HTMLElement>("[role=dialog]")!;
    type(byLabel(prefs, "Returns officer's name"), "Ann Officer");
    prefs.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls).toContainEqual(["setOfficer", "Ann Officer"]);
  });
});

describe("announcing, refused rows, encodings (issue 10)", () => {
  beforeEach(async () => {
    rememberRefused("Council", []);
    await api.createTerm({ name: "Council", organisation: "Org", seats: 2, method: "approval", max_per_employer: 2, seed: "", quorum_percent: null, rules: { tie_rule: "officer", cap_fraction: null, none_of_the_above: null, debian: null, sitting: [] } });
    api.calls = [];
    await app.go({ screen: "term", name: "Council", tab: "overview" });
    await settle();
  });

  async function counted() {
    api.terms[0].ballots = 10;
    (root.querySelector("#tab-results") as HTMLButtonElement).click();
    await settle();
    api.tallyResult = tally;
    button(root, "Count the votes").click();
    await settle();
  }

  it("copies the announcement in the chosen format", async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await counted();
    type(byLabel(root, "Announcement as") as unknown as HTMLSelectElement, "markdown");
    button(root, "Copy announcement").click();
    await settle();
    expect(api.calls).toContainEqual(["announcement", "Council", "markdown"]);
    expect(writeText).toHaveBeenCalledWith("Results (markdown): Łukasz Nowak and 稲田直哉 are elected.");
    expect(root.querySelector(".message.notice")?.textContent).toContain("Announcement copied.");
    expect(root.querySelector("#announcement-text")).toBe(null);
  });

  it("shows the announcement to copy by hand when the clipboard is refused", async () => {
    const writeText = vi.fn(async () => {
      throw new Error("denied");
    });
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await counted();
    button(root, "Copy announcement").click();
    await settle();
    expect(api.calls).toContainEqual(["announcement", "Council", "text"]);
    const box = root.querySelector<HTMLTextAreaElement>("#announcement-text");
    expect(box?.value).toBe("Results (text): Łukasz Nowak and 稲田直哉 are elected.");
    expect(document.activeElement).toBe(box);
    expect(root.textContent).not.toContain("Announcement copied.");
  });

  it("keeps the refused rows visible after the import and saves them as CSV", async () => {
    (root.querySelector("#tab-voters") as HTMLButtonElement).click();
    await settle();
    button(root, "Choose file…").click();
    await settle();
    type(byLabel(root, "First name") as unknown as HTMLSelectElement, "Vorname");
    await settle();
    button(root, "Import 121 voters").click();
    await settle();
    const panel = root.querySelector("#refused-rows");
    expect(panel?.querySelector("h2")?.textContent).toBe("Refused rows");
    expect(panel?.textContent).toContain("The last import refused 1 row.");
    expect([...panel!.querySelectorAll("tbody tr")].map((r) => r.textContent)).toEqual(["9the email \"nope\" is not valid"]);
    expect(document.activeElement?.id).toBe("refused-heading");
    // Still there after going elsewhere and coming back.
    (root.querySelector("#tab-overview") as HTMLButtonElement).click();
    await settle();
    expect(root.querySelector("#refused-rows")).toBe(null);
    (root.querySelector("#tab-voters") as HTMLButtonElement).click();
    await settle();
    expect(root.querySelector("#refused-rows")).not.toBe(null);
    button(root, "Save as CSV…").click();
    await settle();
    expect(api.calls).toContainEqual(["exportRefusedRows", [{ line: 9, reason: "the email \"nope\" is not valid" }], "/home/ro/Council-refused-rows.csv"]);
    expect(root.querySelector(".message.notice")?.textContent).toContain("Refused rows saved.");
  });

  it("shows both readings of a file that could be Windows-1252 or 1250, and reads it as chosen", async () => {
    (root.querySelector("#tab-voters") as HTMLButtonElement).click();
    await settle();
    type(byLabel(root, "Voter roll file"), "/data/western.csv");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    const box = root.querySelector("#encoding-choice");
    expect(box?.querySelector("h4")?.textContent).toBe("Is this file windows-1252 or windows-1250?");
    expect([...box!.querySelectorAll("tbody tr td")].map((c) => c.textContent)).toEqual(["2", "Juan Peña;j@example.es", "Juan Peńa;j@example.es"]);
    button(root, "Read as windows-1250").click();
    await settle();
    expect(last(api.calls)).toEqual(["previewRoll", "/data/western.csv", { encoding: "windows-1250", delimiter: null, map: [] }]);
    expect(root.querySelector("#encoding-choice")).toBe(null);
    expect((root.querySelector("#roll-encoding") as HTMLSelectElement).value).toBe("windows-1250");
  });
});
