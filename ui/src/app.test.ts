// The window's screens against a fake, in-memory Api: what a returns
// officer sees and what each control sends to the commands.

import { beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "./app";
import type { Api, Dialogs } from "./api";
import type { NewTerm } from "./bindings/NewTerm";
import type { Tally } from "./bindings/Tally";
import type { TermSummary } from "./bindings/TermSummary";
import type { Voter } from "./bindings/Voter";

class FakeApi implements Api {
  terms: TermSummary[] = [];
  voterList: Voter[] = [];
  calls: [string, ...unknown[]][] = [];
  tallyResult: Tally | null = null;
  failNext: { code: string; message: string } | null = null;

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
    const t: TermSummary = { id: this.terms.length + 1, name: form.name, organisation: form.organisation, seats: form.seats, method: form.method, max_per_employer: form.max_per_employer, seed: form.seed, quorum_percent: form.quorum_percent, stage: "draft", created_at: "2025-06-01 10:00", voters: 0, nominees: 0, ballots: 0 };
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
  async importRoll(term: string, path: string) {
    this.calls.push(["importRoll", term, path]);
    if (this.holdImport) {
      this.progressHandler?.({ done: 10000, total: 40000 });
      await this.holdImport;
    }
    this.fail();
    this.voterList = Array.from({ length: 120 }, (_, i) => ({ id: i + 1, name: `Voter ${String(i + 1).padStart(3, "0")}`, email: `v${i + 1}@example.org`, member_id: null, weight: 1 }));
    this.voterList.push({ id: 121, name: "Łukasz Nowak", email: "lukasz@example.org", member_id: "M-7", weight: 1 });
    this.terms.find((t) => t.name === term)!.voters = this.voterList.length;
    return { imported: this.voterList.length, rejected: [{ line: 9, reason: "the email \"nope\" is not valid" }], encoding: "UTF-8", delimiter: "," };
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
    return { id: 1, name: form.name, email: null, employer: null, nominated_by: null, statement: null, withdrawn: false };
  }
  async nominees() { return []; }
  async importBallots(term: string, path: string) {
    this.calls.push(["importBallots", term, path]);
    this.fail();
    return { id: 1, file: "ballots.csv", sha256: "ab".repeat(32), count: 10, imported_at: "now" };
  }
  async ballotBatches() { return []; }
  async tally(term: string) { this.calls.push(["tally", term]); this.fail(); return this.tallyResult!; }
  async result() { return this.tallyResult; }
  async exportResults(term: string, path: string) { this.calls.push(["exportResults", term, path]); }
  async certificate(term: string, path: string) { this.calls.push(["certificate", term, path]); }
  async certify(): Promise<never> { throw new Error("not used"); }
  async previewRoll(): Promise<never> { throw new Error("not used"); }
  async diffRoll(): Promise<never> { throw new Error("not used"); }
  async applyRollDiff(): Promise<never> { throw new Error("not used"); }
  async addVoter(): Promise<never> { throw new Error("not used"); }
  async removeVoter(): Promise<never> { throw new Error("not used"); }
  async exportRoll(): Promise<never> { throw new Error("not used"); }
  async markVoted(): Promise<never> { throw new Error("not used"); }
  async withdrawNominee(): Promise<never> { throw new Error("not used"); }
  async auditLog(): Promise<never> { throw new Error("not used"); }
  async verifyAudit(): Promise<never> { throw new Error("not used"); }
}

const dialogs: Dialogs = {
  openFile: vi.fn(async () => "/home/ro/roll.csv"),
  saveFile: vi.fn(async (_t: string, name: string) => `/home/ro/${name}`),
};

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

function type(el: HTMLInputElement | HTMLSelectElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

const tally: Tally = {
  term: "Council", organisation: "Org", method: "approval", method_title: "Approval voting (multi-seat block)", seats: 2,
  winners: ["Łukasz Nowak", "稲田直哉"],
  excluded: [{ name: "Bob Jones", reason: "a third winner from ACME would exceed the maximum of 2 per employer" }],
  tie_breaks: [{ context: "seat 2", tied: ["Carol White", "稲田直哉"], seed: "seed:abc", outcome: ["稲田直哉", "Carol White"] }],
  ballots: 10, eligible: 12, turnout: "83.33%", quorum_met: null,
  candidates: [
    { name: "Łukasz Nowak", employer: "ACME", votes: "9", rank: 1, status: "elected" },
    { name: "稲田直哉", employer: null, votes: "7", rank: 2, status: "elected" },
    { name: "Bob Jones", employer: "ACME", votes: "8", rank: null, status: "excluded" },
  ],
  ballot_sha256: "cd".repeat(32), rules: ["At most 2 winners per employer (PEP 13)."], counted_at: "2025-06-01 12:00",
  outcome: { notes: [] } as unknown as Tally["outcome"],
};

let root: HTMLElement;
let api: FakeApi;
let app: App;

beforeEach(async () => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById("app")!;
  api = new FakeApi();
  app = new App(root, api, dialogs);
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
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls[0]).toEqual(["createTerm", { name: "Council 2025", organisation: "Org", seats: 2, method: "star", max_per_employer: 1, seed: "published seed", quorum_percent: null }]);
    expect(root.querySelector("h1")?.textContent).toBe("Council 2025");
    expect(root.querySelector(".message.notice")?.textContent).toContain("created");
    expect(root.querySelector("[aria-current=step]")?.textContent).toContain("Draft");
    expect(root.textContent).toContain("Add the nominees");
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
    await api.createTerm({ name: "Council", organisation: "Org", seats: 2, method: "approval", max_per_employer: 2, seed: "", quorum_percent: null });
    api.calls = [];
    await app.go({ screen: "term", name: "Council", tab: "overview" });
    await settle();
  });

  it("imports the roll from a chosen or typed path and pages through the voters", async () => {
    (root.querySelector("#tab-voters") as HTMLButtonElement).click();
    await settle();
    button(root, "Choose file…").click();
    await settle();
    const path = byLabel(root, "Voter roll file");
    expect(path.value).toBe("/home/ro/roll.csv");
    type(path, "/data/roll.csv");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls.filter((c) => c[0] === "importRoll")).toEqual([["importRoll", "Council", "/data/roll.csv"]]);
    expect(root.querySelector(".message.notice")?.textContent).toContain("Imported 121 voters");
    expect(root.textContent).toContain("Line 9:");
    expect(root.textContent).toContain("Showing 1–50 of 121");
    button(root, "Next →").click();
    await settle();
    expect(root.textContent).toContain("Showing 51–100 of 121");
    expect(button(root, "← Previous").disabled).toBe(false);
    type(byLabel(root, "Search by name or email"), "łukasz");
    await new Promise((r) => setTimeout(r, 300));
    await settle();
    const rows = [...root.querySelectorAll("table[aria-label=Voters] tbody tr")].map((r) => r.textContent);
    expect(rows).toEqual(["Łukasz Nowaklukasz@example.orgM-7"]);
    expect(button(root, "Next →").disabled).toBe(true);
  });

  it("shows a roll import's progress and can cancel it", async () => {
    (root.querySelector("#tab-voters") as HTMLButtonElement).click();
    await settle();
    let release!: () => void;
    api.holdImport = new Promise((r) => (release = r));
    type(byLabel(root, "Voter roll file"), "/data/big.csv");
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    const status = root.querySelector(".busy") as HTMLElement;
    expect(status.hidden).toBe(false);
    expect(status.textContent).toContain("10,000 of about 40,000 rows (25%)");
    expect(root.querySelector("main")?.hasAttribute("inert")).toBe(true);
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
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls[0]).toEqual(["addNominee", "Council", { name: "稲田直哉", email: null, employer: "ACME", nominated_by: null, statement: null }]);
    expect(root.querySelector("#tab-nominees")?.textContent).toBe("Nominees1");
    expect(document.activeElement?.id).toBe("nominee-name");
  });

  it("refuses an empty ballot path without calling the app", async () => {
    (root.querySelector("#tab-ballots") as HTMLButtonElement).click();
    await settle();
    root.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
    expect(api.calls).toEqual([]);
    expect(root.querySelector("[role=alert]")?.textContent).toContain("Choose the file first");
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
    expect(root.querySelectorAll("table[aria-label=Candidates] tbody tr").length).toBe(3);
    button(root, "Save results CSV…").click();
    await settle();
    expect(api.calls).toContainEqual(["exportResults", "Council", "/home/ro/Council-results.csv"]);
    button(root, "Save certificate…").click();
    await settle();
    expect(api.calls).toContainEqual(["certificate", "Council", "/home/ro/Council-certificate.pdf"]);
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
