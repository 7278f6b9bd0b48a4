// A term's page: overview with the next step, then Voters, Nominees,
// Ballots and Results.

import { announceControls } from "./announce";
import { refusedPanel, rememberRefused } from "./refused";
import type { App } from "../app";
import { h, replace, uid } from "../dom";
import { methodLabel, nextStep, pageRange, plural, STAGES, stageLabel, toAppError, type NextStep } from "../format";
import type { Tally } from "../bindings/Tally";
import type { TermSummary } from "../bindings/TermSummary";
import { explanation } from "./explain";
import { countOrTie, formatLabel, previewCard, tieDecisionForm, totalsForm } from "./elections";
import { rollByHand, rollExports, rollWizard } from "./roll";
import { nomineesSection } from "./nominee";
import type { RollImportOptions } from "../bindings/RollImportOptions";
import { certifiedCard, certifyButton as certifyWithNames, correctionsCard, localTime, seedLines } from "./desk";

export type Tab = "overview" | NextStep["tab"] | "audit";

const TABS: { id: Tab; label: string }[] = [
  { id: "overview", label: "Overview" },
  { id: "nominees", label: "Nominees" },
  { id: "voters", label: "Voters" },
  { id: "ballots", label: "Ballots" },
  { id: "results", label: "Results" },
  { id: "audit", label: "Audit log" },
];

export const VOTERS_PER_PAGE = 50;

export async function termScreen(app: App, name: string, tab: Tab): Promise<Node> {
  const terms = await app.busy("Loading the term…", () => app.api.listTerms());
  const term = terms?.find((t) => t.name === name);
  const back = h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("button", { type: "button", class: "link", onclick: () => app.go({ screen: "terms" }) }, "← All terms"));
  if (!term) {
    if (terms) app.showError({ code: "not_found", message: `there is no term named “${name}” in this election file` });
    return h("section", { class: "screen" }, back, h("h1", {}, name));
  }
  const panel = h("div", { class: "tab-panel", role: "tabpanel", id: "tab-panel", "aria-labelledby": `tab-${tab}` });
  const content = await tabContent(app, term, tab);
  panel.appendChild(content);
  return h(
    "section",
    { class: "screen" },
    back,
    h(
      "div",
      { class: "screen-head" },
      h(
        "div",
        {},
        h("h1", {}, term.name),
        h(
          "p",
          { class: "lead" },
          [term.organisation, methodLabel(term.method), plural(term.seats, "seat")].filter(Boolean).join(" · "),
        ),
      ),
      h("span", { class: `badge big stage-${term.stage}`, "data-testid": "stage" }, stageLabel(term.stage)),
    ),
    stepper(term),
    tabList(app, term, tab),
    panel,
  );
}

function stepper(term: TermSummary): Node {
  const current = STAGES.findIndex((s) => s.value === term.stage);
  return h(
    "ol",
    { class: "stepper", "aria-label": "Stages of the term" },
    STAGES.map((s, i) =>
      h(
        "li",
        { class: i < current ? "done" : i === current ? "current" : "", "aria-current": i === current ? "step" : undefined },
        h("span", { class: "dot", "aria-hidden": "true" }, i < current ? "✓" : String(i + 1)),
        s.label,
      ),
    ),
  );
}

function tabList(app: App, term: TermSummary, active: Tab): Node {
  const counts: Partial<Record<Tab, number>> = { nominees: term.nominees, voters: term.voters, ballots: term.ballots };
  const buttons = TABS.map((t) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${t.id}`,
        "aria-selected": t.id === active ? "true" : "false",
        "aria-controls": "tab-panel",
        tabindex: t.id === active ? "0" : "-1",
        onclick: () => switchTab(app, term.name, t.id),
      },
      t.label,
      counts[t.id] !== undefined ? h("span", { class: "count" }, counts[t.id]!.toLocaleString("en")) : null,
    ),
  );
  const list = h("div", { class: "tabs", role: "tablist", "aria-label": "Parts of the term" }, buttons);
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern).
  list.addEventListener("keydown", (ev: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === active);
    let next = -1;
    if (ev.key === "ArrowRight") next = (i + 1) % TABS.length;
    else if (ev.key === "ArrowLeft") next = (i - 1 + TABS.length) % TABS.length;
    else if (ev.key === "Home") next = 0;
    else if (ev.key === "End") next = TABS.length - 1;
    if (next >= 0) {
      ev.preventDefault();
      switchTab(app, term.name, TABS[next].id);
    }
  });
  return list;
}

async function switchTab(app: App, name: string, tab: Tab): Promise<void> {
  await app.go({ screen: "term", name, tab }, { focus: `#tab-${tab}` });
}

/** Re-show the current tab after a change, keeping the message just shown. */
async function refresh(app: App, name: string, tab: Tab, focus?: string): Promise<void> {
  await app.go({ screen: "term", name, tab }, { keepMessages: true, focus: focus ?? `#tab-${tab}` });
}

async function tabContent(app: App, term: TermSummary, tab: Tab): Promise<Node> {
  switch (tab) {
    case "overview": {
      const page = overview(app, term) as HTMLElement;
      const certified = await certifiedCard(app, term);
      if (certified) page.insertBefore(certified, page.firstChild);
      const fix = correctionsCard(app, term, async (name) =>
        name ? switchTab(app, name, "overview") : app.go({ screen: "terms" }, { keepMessages: true }),
      );
      if (fix) page.appendChild(fix);
      return page;
    }
    case "voters":
      return votersTab(app, term);
    case "nominees":
      return nomineesTab(app, term);
    case "ballots":
      return ballotsTab(app, term);
    case "results":
      return resultsTab(app, term);
    case "audit":
      return auditTab(app, term);
  }
}

// ---- overview ---------------------------------------------------------

function overview(app: App, term: TermSummary): Node {
  const step = nextStep(term);
  const stat = (label: string, value: string) => h("div", { class: "stat" }, h("div", { class: "stat-value" }, value), h("div", { class: "stat-label" }, label));
  const row = (label: string, value: string) => [h("dt", {}, label), h("dd", {}, value)];
  return h(
    "div",
    {},
    h(
      "div",
      { class: "card next-step" },
      h("div", {}, h("h2", {}, "Next step"), h("p", {}, step.text)),
      h("button", { type: "button", class: "primary", onclick: () => switchTab(app, term.name, step.tab) }, step.action),
    ),
    h(
      "div",
      { class: "stats" },
      stat("Nominees", term.nominees.toLocaleString("en")),
      stat("Voters on the roll", term.voters.toLocaleString("en")),
      stat("Ballots", term.ballots.toLocaleString("en")),
      stat("Seats", String(term.seats)),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, "Rules of this term"),
      h(
        "dl",
        { class: "details" },
        row("Counting method", methodLabel(term.method)),
        row("Seats", String(term.seats)),
        row("Maximum winners per employer", term.max_per_employer === null ? "No limit" : String(term.max_per_employer)),
        row("Tie-break seed", term.seed ? term.seed : "The nominees' names"),
        row("Quorum", term.quorum_percent === null ? "None" : `${term.quorum_percent}% of voters`),
        row("Created", localTime(term.created_at)),
      ),
    ),
  );
}

// ---- a file import form (voter roll, ballots) ---------------------------

interface ImportOptions {
  id: string;
  label: string;
  hint: string;
  button: string;
  dialogTitle: string;
  filters: { name: string; extensions: string[] }[];
  /** Choose a folder (the dialog's `directory`), not a file. */
  folder?: boolean;
  run: (path: string) => Promise<void>;
}

export function importForm(app: App, o: ImportOptions): HTMLFormElement {
  const inputId = `${o.id}-path`;
  const hintId = uid("hint");
  const input = h("input", { type: "text", id: inputId, name: inputId, autocomplete: "off", spellcheck: "false", placeholder: "/home/…/file.csv", "aria-describedby": hintId });
  const submit = h("button", { type: "submit", class: "primary", id: `${o.id}-import` }, o.button);
  const choose = h(
    "button",
    {
      type: "button",
      id: `${o.id}-choose`,
      onclick: async () => {
        try {
          const picked = o.folder ? await app.dialogs.openFolder(o.dialogTitle) : await app.dialogs.openFile(o.dialogTitle, o.filters);
          if (picked) {
            input.value = picked;
            submit.focus();
          }
        } catch (e) {
          app.showError(e);
        }
      },
    },
    o.folder ? "Choose folder…" : "Choose file…",
  );
  return h(
    "form",
    {
      class: "card form import",
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        if (!input.value.trim()) {
          app.showError({ code: "invalid_input", message: "choose the file first (or type its path), then import it" });
          input.focus();
          return;
        }
        await o.run(input.value.trim());
      },
    },
    h("h2", {}, o.button),
    h(
      "div",
      { class: "field" },
      h("label", { for: inputId }, o.label, h("span", { class: "optional" }, " — choose it, or type the file path")),
      h("div", { class: "file-row" }, input, choose),
      h("p", { class: "hint", id: hintId }, o.hint),
    ),
    h("div", { class: "form-actions" }, submit),
  );
}

// ---- voters -------------------------------------------------------------

async function votersTab(app: App, term: TermSummary): Promise<Node> {
  const open = term.stage !== "certified";
  const importRoll = async (path: string, options: RollImportOptions) => {
    const label = "Importing the voter roll…";
    const stop = await app.api.onRollProgress((p) => {
      const pct = p.total > 0 ? Math.min(99, Math.floor((100 * p.done) / p.total)) : 0;
      app.setBusyLabel(`${label} ${p.done.toLocaleString("en")} of about ${p.total.toLocaleString("en")} rows (${pct}%)`);
    }).catch(() => () => {});
    const r = await app
      .busy(label, () => app.api.importRoll(term.name, path, options), {
        cancel: () => {
          app.setBusyLabel("Cancelling the import…");
          void app.api.cancelImport();
        },
      })
      .finally(stop);
    if (!r) return;
    rememberRefused(term.name, r.rejected);
    await refresh(app, term.name, "voters", r.rejected.length ? "#refused-heading" : "#voter-search");
    app.showNotice(
      `Imported ${plural(r.imported, "voter")}.`,
      `Read as ${r.encoding}, fields separated by ${describeDelimiter(r.delimiter)}.`,
      r.rejected.length ? `${plural(r.rejected.length, "row was", "rows were")} refused: see “Refused rows” below.` : "",
    );
  };
  const importer = open
    ? rollWizard(app, term, {
        importRoll,
        replaced: async (d) => {
          await refresh(app, term.name, "voters", "#voter-search");
          app.showNotice("The roll now matches the file.", `${plural(d.added_count, "voter")} added, ${d.removed_count.toLocaleString("en")} removed, ${d.changed_count.toLocaleString("en")} changed.`);
        },
      })
    : null;
  const byHand = open
    ? rollByHand(app, term, async (message) => {
        await refresh(app, term.name, "voters", "#voter-search");
        app.showNotice(message, "The change is in the audit log, with its reason.");
      })
    : null;

  let offset = 0;
  let search = "";
  const searchId = "voter-search";
  const searchInput = h("input", { type: "search", id: searchId, placeholder: "Name or email", autocomplete: "off" });
  const summary = h("p", { class: "muted", "aria-live": "polite" });
  const body = h("tbody");
  const prev = h("button", { type: "button", onclick: () => load(offset - VOTERS_PER_PAGE) }, "← Previous");
  const next = h("button", { type: "button", onclick: () => load(offset + VOTERS_PER_PAGE) }, "Next →");

  async function load(newOffset: number): Promise<void> {
    offset = Math.max(0, newOffset);
    try {
      const page = await app.api.voters(term.name, { search: search || null, offset, limit: VOTERS_PER_PAGE });
      replace(
        body,
        page.voters.length === 0
          ? h("tr", {}, h("td", { colspan: byHand ? "4" : "3", class: "muted" }, search ? `No voter matches “${search}”.` : "No voters yet: import the voter roll."))
          : page.voters.map((v) =>
              h(
                "tr",
                {},
                h("td", {}, v.name),
                h("td", {}, v.email),
                h("td", {}, v.member_id ?? ""),
                byHand ? h("td", { class: "actions" }, h("button", { type: "button", class: "link", "aria-label": `Remove ${v.name}…`, onclick: () => byHand.removeFor(v.email) }, "Remove…")) : null,
              ),
            ),
      );
      summary.textContent = `${pageRange(offset, page.voters.length, page.total)}${search ? ` matching “${search}”` : ""}.`;
      prev.disabled = offset === 0;
      next.disabled = offset + page.voters.length >= page.total;
    } catch (e) {
      app.showError(toAppError(e));
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  searchInput.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      search = searchInput.value.trim();
      void load(0);
    }, 250);
  });
  await load(0);

  return h(
    "div",
    {},
    importer,
    refusedPanel(app, term.name),
    h(
      "div",
      { class: "card" },
      h("h2", {}, `Voter roll: ${plural(term.voters, "voter")}`),
      h("div", { class: "field inline" }, h("label", { for: searchId }, "Search by name or email"), searchInput),
      summary,
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "data", "aria-label": "Voters" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Name"), h("th", { scope: "col" }, "Email"), h("th", { scope: "col" }, "Member ID"), byHand ? h("th", { scope: "col" }, h("span", { class: "sr-only" }, "Actions")) : null)),
          body,
        ),
      ),
      h("div", { class: "pager" }, prev, next),
    ),
    byHand?.card,
    term.voters > 0 ? rollExports(app, term) : null,
  );
}

export function describeDelimiter(d: string): string {
  switch (d) {
    case ",":
    case "comma":
      return "commas";
    case ";":
    case "semicolon":
      return "semicolons";
    case "\t":
    case "tab":
      return "tabs";
    case "|":
    case "pipe":
      return "vertical bars";
    default:
      return `“${d}”`;
  }
}

// ---- nominees -------------------------------------------------------------

async function nomineesTab(app: App, term: TermSummary): Promise<Node> {
  return nomineesSection(app, term, (focus) => refresh(app, term.name, "nominees", focus));
}

// ---- audit log ----------------------------------------------------------------

async function auditTab(app: App, term: TermSummary): Promise<Node> {
  const entries = (await app.busy("Loading the audit log…", () => app.api.auditLog(term.name))) ?? [];
  const verdict = h("div", { id: "audit-verdict", "aria-live": "polite" });
  const verify = async () => {
    const r = await app.busy("Checking the audit log…", () => app.api.verifyAudit());
    if (!r) return;
    replace(
      verdict,
      r.ok
        ? h(
            "div",
            { class: "verdict ok" },
            h("strong", {}, "Intact. "),
            `All ${plural(r.entries, "entry", "entries")} of the election file's audit log are in their original order and unchanged.`,
            h("p", { class: "muted small" }, "Latest hash: ", h("code", { class: "hash" }, r.head)),
          )
        : h("div", { class: "verdict broken" }, h("strong", {}, "Broken. "), "The audit log has been changed outside Scrutineer: ", r.problem ?? "an entry does not match its hash", "."),
    );
  };
  return h(
    "div",
    {},
    h(
      "div",
      { class: "card next-step" },
      h("div", {}, h("h2", {}, "Check the audit log"), h("p", {}, "Every change to the election file is recorded, each entry sealed with the hash of the one before. Checking recomputes the whole chain.")),
      h("button", { type: "button", class: "primary", id: "audit-verify", onclick: verify }, "Check the audit log"),
    ),
    verdict,
    h(
      "div",
      { class: "card" },
      h("h2", {}, `Audit log of this term: ${plural(entries.length, "entry", "entries")}`),
      entries.length === 0
        ? h("p", { class: "muted" }, "Nothing recorded yet.")
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "data audit", "aria-label": "Audit log" },
              h("thead", {}, h("tr", {}, ...["#", "When", "What", "Details", "Who"].map((c) => h("th", { scope: "col" }, c)))),
              h(
                "tbody",
                {},
                entries.map((e) => h("tr", {}, h("td", { class: "num" }, String(e.seq)), h("td", { class: "nowrap" }, localTime(e.at)), h("td", {}, h("code", {}, e.action)), h("td", { class: "detail" }, e.detail), h("td", {}, e.actor ?? ""))),
              ),
            ),
          ),
    ),
  );
}

// ---- ballots ----------------------------------------------------------------

async function ballotsTab(app: App, term: TermSummary): Promise<Node> {
  const batches = (await app.busy("Loading the ballot batches…", () => app.api.ballotBatches(term.name))) ?? [];
  const open = term.stage !== "certified";
  const preview = h("div", { id: "ballot-preview" });
  const importer = open
    ? importForm(app, {
        id: "ballots",
        label: "Ballot or totals file",
        hint: "Ballots as published: a CSV grid, BLT, CIVS, Elekto, BetterVoting, Belenios or a Debian tally sheet; or totals (a candidate,votes CSV or a Helios result). The format is found from the file and shown before anything is imported. Every nominee named in the file must be on the list of nominees.",
        button: "Import ballots",
        dialogTitle: "Choose a ballot or totals file",
        filters: [
          { name: "Ballots or totals", extensions: ["csv", "blt", "txt", "json", "jsonl"] },
          { name: "All files", extensions: ["*"] },
        ],
        run: async (path) => {
          const p = await app.busy("Reading the file…", () => app.api.previewBallots(term.name, path));
          if (!p) return;
          app.clearMessages();
          const cancel = () => {
            replace(preview);
            (document.getElementById("ballots-path") as HTMLInputElement | null)?.focus();
          };
          replace(
            preview,
            previewCard(p, path, async (cast) => {
              const b = await app.busy("Importing…", () => app.api.importBallots(term.name, path, cast));
              if (!b) return;
              await refresh(app, term.name, "ballots");
              app.showNotice(
                p.kind === "totals" ? `Imported the totals from ${b.file}: ${plural(b.count, "ballot")} cast.` : `Imported ${plural(b.count, "ballot")} from ${b.file}.`,
                `Format: ${formatLabel(p.format)}. SHA-256 of the file: ${b.sha256}`,
              );
            }, cancel),
          );
          preview.querySelector<HTMLElement>("h2")?.focus();
        },
      })
    : null;
  const countsTotals = term.method === "approval" || term.method === "plurality";
  const nominees = open && countsTotals ? ((await app.busy("Loading the nominees…", () => app.api.nominees(term.name))) ?? []) : [];
  const typed = open && countsTotals && nominees.length > 0 ? totalsForm(app, term.name, nominees, () => refresh(app, term.name, "ballots")) : null;
  const total = batches.reduce((n, b) => n + b.count, 0);
  return h(
    "div",
    {},
    importer,
    preview,
    typed,
    h(
      "div",
      { class: "card" },
      h("h2", {}, `Ballots: ${plural(total, "ballot")} in ${plural(batches.length, "batch", "batches")}`),
      batches.length === 0
        ? h("p", { class: "muted" }, "No ballots yet.")
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "data", "aria-label": "Ballot batches" },
              h("thead", {}, h("tr", {}, ...["File", "Ballots", "SHA-256", "Imported"].map((c) => h("th", { scope: "col" }, c)))),
              h(
                "tbody",
                {},
                batches.map((b) =>
                  h("tr", {}, h("th", { scope: "row" }, b.file), h("td", { class: "num" }, b.count.toLocaleString("en")), h("td", {}, h("code", { class: "hash" }, b.sha256)), h("td", {}, b.imported_at)),
                ),
              ),
            ),
          ),
    ),
  );
}

// ---- results ----------------------------------------------------------------

async function resultsTab(app: App, term: TermSummary): Promise<Node> {
  const tally = await app.busy("Loading the result…", () => app.api.result(term.name));
  const tieBox = h("div", { id: "tie-box" });
  const count = async (): Promise<void> => {
    const r = await countOrTie(app, term.name);
    if (!r) return;
    if ("tie" in r) {
      replace(tieBox, tieDecisionForm(app, term.name, r.tie, count));
      tieBox.querySelector<HTMLElement>("h2")?.focus();
      return;
    }
    const t = await app.busy("Loading the result…", () => app.api.result(term.name));
    await refresh(app, term.name, "results", "#winners-heading");
    if (t) app.showNotice("The votes are counted.", `${plural(t.winners.length, "winner")} for ${plural(t.seats, "seat")}.`);
  };
  if (!tally) {
    return h(
      "div",
      {},
      tieBox,
      h(
      "div",
      { class: "card next-step" },
      h(
        "div",
        {},
        h("h2", {}, "Count the votes"),
        h(
          "p",
          {},
          term.ballots === 0
            ? "There are no ballots yet. Import the ballots first."
            : `${plural(term.ballots, "ballot")} will be counted by ${methodLabel(term.method)} for ${plural(term.seats, "seat")}. You can count again if more ballots arrive.`,
        ),
      ),
      h("button", { type: "button", class: "primary", id: "count-button", onclick: count }, "Count the votes"),
      ),
    );
  }
  return h("div", {}, tieBox, resultView(app, term, tally, count));
}

export function resultView(app: App, term: TermSummary, t: Tally, count: () => Promise<void>): Node {
  const save = async (kind: "csv" | "pdf") => {
    const slug = t.term.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "term";
    const path = await app.dialogs
      .saveFile(
        kind === "csv" ? "Save the results" : "Save the certificate",
        kind === "csv" ? `${slug}-results.csv` : `${slug}-certificate.pdf`,
        kind === "csv" ? [{ name: "CSV", extensions: ["csv"] }] : [{ name: "PDF", extensions: ["pdf"] }],
      )
      .catch((e) => {
        app.showError(e);
        return null;
      });
    if (!path) return;
    const ok = await app.busy(kind === "csv" ? "Saving the results…" : "Making the certificate…", async () => {
      if (kind === "csv") await app.api.exportResults(t.term, path);
      else await app.api.certificate(t.term, path);
      return true;
    });
    if (ok) app.showNotice(kind === "csv" ? "Results saved." : "Certificate saved.", path);
  };

  const certifyButton = certifyWithNames(app, t.term, () => refresh(app, t.term, "results"));

  const certified = term.stage === "certified";
  const fact = (label: string, value: string) => [h("dt", {}, label), h("dd", {}, value)];
  return h(
    "div",
    { class: "results" },
    h(
      "div",
      { class: "card winners-card" },
      h("h2", { id: "winners-heading", tabindex: "-1" }, t.winners.length === 1 ? "Winner" : "Winners"),
      h("ol", { class: "winners", "aria-labelledby": "winners-heading" }, t.winners.map((w) => h("li", {}, w))),
      h(
        "div",
        { class: "form-actions" },
        h("button", { type: "button", class: "primary", id: "save-csv", onclick: () => save("csv") }, "Save results CSV…"),
        h("button", { type: "button", class: "primary", id: "save-certificate", onclick: () => save("pdf") }, "Save certificate…"),
        certified ? null : h("button", { type: "button", id: "recount", onclick: count }, "Count again"),
        certified ? null : certifyButton,
      ),
      announceControls(app, t.term),
    ),
    t.warnings.length === 0
      ? null
      : h(
          "div",
          { class: "card warnings", role: "alert" },
          h("h2", {}, "Check before you certify"),
          h("ul", {}, t.warnings.map((w) => h("li", {}, w))),
        ),
    explanation(t),
    h(
      "div",
      { class: "card" },
      h("h2", {}, "The count"),
      h(
        "dl",
        { class: "details" },
        fact("Method", t.method_title || methodLabel(t.method)),
        fact("Seats", String(t.seats)),
        fact("Ballots counted", t.ballots.toLocaleString("en")),
        fact("Voters on the roll", t.eligible.toLocaleString("en")),
        fact("Turnout", t.turnout),
        t.quorum_met === null ? null : fact("Quorum", t.quorum_met ? "Met" : "Not met"),
        fact("Counted at", localTime(t.counted_at)),
        fact("Ballot set SHA-256", t.ballot_sha256),
      ),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, "Nominees"),
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "data", "aria-label": "Results by nominee" },
          h("thead", {}, h("tr", {}, ...["Name", "Employer", "Votes", "Rank", "Status"].map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            {},
            t.candidates.map((c) =>
              h(
                "tr",
                {},
                h("th", { scope: "row" }, c.name),
                h("td", {}, c.employer ?? ""),
                h("td", { class: "num" }, c.votes),
                h("td", { class: "num" }, c.rank === null ? "" : String(c.rank)),
                h("td", {}, h("span", { class: `badge status-${c.status.replace(/[^a-z-]/gi, "")}` }, c.status)),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, "Disqualified"),
      t.excluded.length === 0
        ? h("p", { class: "muted" }, "No nominee was disqualified by the rules.")
        : h("ul", { class: "plain" }, t.excluded.map((x) => h("li", {}, h("strong", {}, x.name), ": ", x.reason))),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, "Ties"),
      t.tie_breaks.length === 0
        ? h("p", { class: "muted" }, "No tie needed a draw.")
        : h(
            "ul",
            { class: "plain" },
            t.tie_breaks.map((tb) =>
              h(
                "li",
                { class: "tie" },
                h("p", {}, h("strong", {}, tb.context)),
                h("p", {}, "Tied: ", tb.tied.join(", ")),
                tb.decided_by
                  ? [
                      h("p", {}, "Decided order: ", tb.outcome.join(", ")),
                      h("p", {}, `Decided by ${tb.decided_by} (${tb.method === "casting-vote" ? "casting vote" : tb.method ?? "decision"})${tb.witnessed_by ? `, witnessed by ${tb.witnessed_by}` : ""}.`),
                    ]
                  : [
                      h("p", {}, "Draw order: ", tb.outcome.join(", ")),
                      tb.rule ? h("p", { class: "muted small" }, "Rule: ", tb.rule) : null,
                      seedLines(tb),
                    ],
              ),
            ),
          ),
    ),
    t.rules.length || t.outcome.notes.length
      ? h(
          "div",
          { class: "card" },
          h("h2", {}, "Rules applied"),
          h("ul", { class: "plain" }, [...t.rules, ...t.outcome.notes].map((r) => h("li", {}, r))),
        )
      : null,
  );
}
