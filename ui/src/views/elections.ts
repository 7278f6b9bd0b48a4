// Real elections in (issue 7): what a file is before it is imported, totals
// typed twice by two people, and the returns officer's tie decision.

import type { App } from "../context";
import { h, replace, uid } from "../dom";
import { clearFieldError, fieldError, focusSoon } from "../feedback";
import { plural, toAppError } from "../format";
import type { InputPreview } from "../bindings/InputPreview";
import type { Nominee } from "../bindings/Nominee";
import type { PendingTie } from "../bindings/PendingTie";
import type { TotalsEntry } from "../bindings/TotalsEntry";
import type { TotalsMismatch } from "../bindings/TotalsMismatch";

/** Plain names of the input formats. */
export const FORMAT_LABELS: Record<string, string> = {
  grid: "Ballot grid CSV (one column per nominee)",
  blt: "BLT ballot file (OpenSTV, OpaVote)",
  totals: "Totals CSV (candidate,votes)",
  helios: "Helios election result (totals)",
  civs: "CIVS ballot report",
  elekto: "Elekto election folder",
  bettervoting: "BetterVoting ballot export",
  belenios: "Belenios ballots",
  debian: "Debian tally sheet",
  typed: "Totals typed twice",
};

export function formatLabel(f: string): string {
  return FORMAT_LABELS[f] ?? f;
}

/** The card saying what a file is: its format, what a blank mark means, the
 * candidates and the number of ballots, with the buttons to go on. */
export function previewCard(p: InputPreview, path: string, onImport: (ballots: number | null) => void, onCancel: () => void): HTMLElement {
  const fact = (label: string, value: string, id?: string) => [h("dt", {}, label), h("dd", id ? { id } : {}, value)];
  // Totals that do not say how many ballots were cast need the number.
  const needsBallots = p.kind === "totals" && p.ballots === null;
  const ballots = h("input", { type: "text", inputmode: "numeric", id: "ballot-preview-cast", autocomplete: "off", class: "num" });
  const go = () => {
    if (!needsBallots) return onImport(null);
    const n = wholeNumber(ballots.value);
    if (n === null) {
      fieldError(ballots, "Type the number of ballots cast (a whole number): the file gives only the totals.");
      return;
    }
    onImport(n);
  };
  const card = h(
    "div",
    { class: "card preview", role: "region", "aria-labelledby": "ballot-preview-heading" },
    h("h2", { id: "ballot-preview-heading", tabindex: "-1" }, "Check the file before importing it"),
    h(
      "dl",
      { class: "details" },
      fact("File", path),
      fact("Format found", formatLabel(p.format), "ballot-preview-format"),
      fact("What it holds", p.kind === "totals" ? "Totals (no ballots)" : "Ballots"),
      p.blank === null ? null : fact("A blank mark means", p.blank, "ballot-preview-blank"),
      p.ballots === null ? null : fact(p.kind === "totals" ? "Ballots cast" : "Ballots", p.ballots.toLocaleString("en")),
      fact("Candidates", p.candidates.join(", ")),
      fact("SHA-256", p.sha256),
    ),
    needsBallots
      ? h("div", { class: "field" }, h("label", { for: "ballot-preview-cast" }, "Ballots cast"), ballots, h("p", { class: "hint" }, "The file gives the totals but not how many ballots were cast: type it from the published result."))
      : null,
    h(
      "div",
      { class: "form-actions" },
      h("button", { type: "button", class: "primary", id: "ballot-preview-import", onclick: go }, "Import this file"),
      h("button", { type: "button", onclick: onCancel }, "Cancel"),
    ),
  );
  return card;
}

/** The figures of two entries that differ, nominee by nominee, then the
 * ballots cast (the same check the app makes before saving). */
export function compareEntries(first: TotalsEntry, second: TotalsEntry): TotalsMismatch[] {
  const out: TotalsMismatch[] = [];
  const names = first.votes.map(([n]) => n);
  for (const [n] of second.votes) if (!names.includes(n)) names.push(n);
  const find = (e: TotalsEntry, n: string) => e.votes.find(([x]) => x === n)?.[1] ?? null;
  for (const n of names) {
    const a = find(first, n);
    const b = find(second, n);
    if (a !== b) out.push({ name: n, first: a, second: b });
  }
  if (first.ballots !== second.ballots) out.push({ name: "Ballots cast", first: first.ballots, second: second.ballots });
  return out;
}

function wholeNumber(s: string): number | null {
  const t = s.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

/** Totals typed by two people: the first entry, then the second with the
 * first hidden; differences shown candidate by candidate; saved only when
 * both agree (and the app checks again). */
export function totalsForm(app: App, term: string, nominees: Nominee[], saved: () => Promise<void>): HTMLElement {
  const standing = nominees.filter((n) => !n.withdrawn);
  const sourceId = "totals-source";
  const source = h("input", { type: "text", id: sourceId, autocomplete: "off", placeholder: "For example: Helios result, 2 June" });
  const inputs = new Map<string, HTMLInputElement>();
  const rows = standing.map((n, i) => {
    const id = `totals-votes-${i}`;
    const input = h("input", { type: "text", inputmode: "numeric", id, autocomplete: "off", class: "num" });
    inputs.set(n.name, input);
    return h("div", { class: "field inline" }, h("label", { for: id }, n.name), input);
  });
  const ballots = h("input", { type: "text", inputmode: "numeric", id: "totals-ballots", autocomplete: "off", class: "num" });
  const stepHeading = h("h3", { id: "totals-step", tabindex: "-1" }, "First entry");
  const stepHint = h("p", { class: "hint" }, "The first person types the totals from the published result or the count sheet.");
  const problems = h("div", { id: "totals-problems", "aria-live": "polite" });
  const nextButton = h("button", { type: "submit", class: "primary", id: "totals-next" }, "Done: hide this entry for the second person");
  const restart = h("button", { type: "button", id: "totals-restart", hidden: true }, "Start again from the first entry");
  let first: TotalsEntry | null = null;

  const read = (): TotalsEntry | null => {
    const bad: HTMLInputElement[] = [];
    const votes: [string, number][] = [];
    const check = (input: HTMLInputElement, name: string): number | null => {
      const v = wholeNumber(input.value);
      if (v === null) {
        fieldError(input, `Type a whole number (0 or more) for ${name}.`, { focus: false });
        bad.push(input);
      } else clearFieldError(input);
      return v;
    };
    for (const [name, input] of inputs) {
      const v = check(input, name);
      if (v !== null) votes.push([name, v]);
    }
    const b = check(ballots, "the ballots cast");
    if (bad.length > 0) {
      focusSoon(bad[0]);
      return null;
    }
    return { source: source.value.trim(), votes, ballots: b as number };
  };
  const clearInputs = () => {
    for (const input of [...inputs.values(), ballots]) {
      input.value = "";
      clearFieldError(input);
    }
  };
  const toFirst = () => {
    first = null;
    clearInputs();
    replace(problems);
    stepHeading.textContent = "First entry";
    stepHint.textContent = "The first person types the totals from the published result or the count sheet.";
    nextButton.textContent = "Done: hide this entry for the second person";
    restart.hidden = true;
    stepHeading.focus();
  };
  restart.addEventListener("click", toFirst);

  const showMismatches = (diff: TotalsMismatch[]) => {
    const shown = (v: number | null) => (v === null ? "—" : v.toLocaleString("en"));
    replace(
      problems,
      h(
        "div",
        { class: "message error", role: "alert" },
        h("p", {}, h("strong", {}, "The two entries differ. Nothing was saved."), " Check these figures against the source, then correct the second entry (or start again)."),
        h(
          "table",
          { class: "data", id: "totals-mismatches", "aria-label": "Figures that differ" },
          h("thead", {}, h("tr", {}, ...["Nominee", "First entry", "Second entry"].map((c) => h("th", { scope: "col" }, c)))),
          h("tbody", {}, diff.map((m) => h("tr", {}, h("th", { scope: "row" }, m.name), h("td", { class: "num" }, shown(m.first)), h("td", { class: "num" }, shown(m.second))))),
        ),
      ),
    );
  };

  const form = h(
    "form",
    {
      class: "card form totals",
      novalidate: true,
      "aria-labelledby": "totals-heading",
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        const entry = read();
        if (!entry) return;
        if (first === null) {
          first = entry;
          clearInputs();
          replace(problems);
          stepHeading.textContent = "Second entry";
          stepHint.textContent = "A second person types the same totals again, without looking at the first entry (it is hidden).";
          nextButton.textContent = "Compare and save";
          restart.hidden = false;
          stepHeading.focus();
          return;
        }
        const diff = compareEntries(first, entry);
        if (diff.length > 0) {
          showMismatches(diff);
          return;
        }
        const firstEntry = first;
        const b = await app.busy("Saving the totals…", () => app.api.enterTotals(term, firstEntry, entry));
        if (!b) return;
        await saved();
        app.showNotice(`Saved the totals: ${plural(b.count, "ballot")} cast.`, `SHA-256 of the figures: ${b.sha256}`);
      },
    },
    h("h2", { id: "totals-heading" }, "Type the totals"),
    h("p", {}, "Where only totals exist (a published result, a hand count), two people each type them. Nothing is saved unless both entries agree, figure by figure."),
    h("div", { class: "field" }, h("label", { for: sourceId }, "Where the figures come from", h("span", { class: "optional" }, " (optional)")), source),
    stepHeading,
    stepHint,
    h("div", { class: "totals-grid" }, rows, h("div", { class: "field inline" }, h("label", { for: "totals-ballots" }, "Ballots cast"), ballots)),
    problems,
    h("div", { class: "form-actions" }, nextButton, restart),
  );
  return form;
}

const DECISION_METHODS: { value: string; label: string }[] = [
  { value: "coin", label: "Coin toss" },
  { value: "lot", label: "Drawing lots" },
  { value: "casting-vote", label: "Casting vote" },
];

/** The returns officer's decision of a tie the count cannot settle: the
 * order (favoured first), how it was decided, who decided, who witnessed;
 * then the count runs again. */
export function tieDecisionForm(app: App, term: string, tie: PendingTie, decided: () => Promise<void>): HTMLElement {
  const order = [...tie.tied];
  const list = h("ol", { class: "tie-order", id: "tie-order", "aria-label": "Decided order, favoured first" });
  const renderList = (focusName?: string, dir?: "up" | "down") => {
    replace(
      list,
      order.map((name, i) =>
        h(
          "li",
          {},
          h("span", { class: "tie-name" }, name),
          h("button", { type: "button", class: "quiet", "aria-label": `Move ${name} up`, disabled: i === 0, onclick: () => move(i, -1) }, "↑ Up"),
          h("button", { type: "button", class: "quiet", "aria-label": `Move ${name} down`, disabled: i === order.length - 1, onclick: () => move(i, 1) }, "↓ Down"),
        ),
      ),
    );
    if (focusName && dir) {
      const b = list.querySelector<HTMLButtonElement>(`button[aria-label="Move ${CSS.escape(focusName)} ${dir}"]`);
      if (b && !b.disabled) b.focus();
      else list.querySelector<HTMLButtonElement>(`button[aria-label^="Move ${CSS.escape(focusName)}"]:not([disabled])`)?.focus();
    }
  };
  const move = (i: number, d: number) => {
    const j = i + d;
    if (j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j], order[i]];
    renderList(order[j], d < 0 ? "up" : "down");
  };
  renderList();

  const radios = DECISION_METHODS.map((m) => {
    const id = uid("tie-method");
    return h("div", { class: "radio" }, h("input", { type: "radio", name: "tie-method", id, value: m.value }), h("label", { for: id }, m.label));
  });
  const decidedBy = h("input", { type: "text", id: "tie-decided-by", autocomplete: "off" });
  const witness = h("input", { type: "text", id: "tie-witness", autocomplete: "off" });
  const record = h("button", { type: "submit", class: "primary", id: "tie-record" }, "Record the decision and count again");

  return h(
    "form",
    {
      class: "card form tie-decision",
      id: "tie-decision",
      "aria-labelledby": "tie-heading",
      novalidate: true,
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        const method = (radios.map((r) => r.querySelector("input") as HTMLInputElement).find((i) => i.checked)?.value) ?? "";
        const firstRadio = radios[0].querySelector("input") as HTMLInputElement;
        if (!method) fieldError(firstRadio, "Say how the tie was decided.", { focus: false });
        else clearFieldError(firstRadio);
        if (!decidedBy.value.trim()) fieldError(decidedBy, "Say who decided.", { focus: false });
        else clearFieldError(decidedBy);
        if (!method || !decidedBy.value.trim()) {
          focusSoon(method ? decidedBy : firstRadio);
          return;
        }
        const ok = await app.busy(
          "Recording the decision…",
          async () => {
            await app.api.decideTie(term, { order: [...order], method, decided_by: decidedBy.value.trim(), witness: witness.value.trim() || null });
            return true;
          },
          { near: record },
        );
        if (ok) await decided();
      },
    },
    h("h2", { id: "tie-heading", tabindex: "-1" }, "A tie needs the returns officer's decision"),
    h("p", { id: "tie-context" }, "The count stopped at a tie: ", h("strong", {}, tie.context)),
    h("p", {}, "Tied: ", tie.tied.join(", ")),
    h("p", { class: "hint" }, "Decide the tie as your rules say, then put the nominees in the decided order: the first is favoured. The decision goes in the audit log and on the certificate."),
    list,
    h("fieldset", { class: "field" }, h("legend", {}, "How it was decided"), radios),
    h("div", { class: "field" }, h("label", { for: "tie-decided-by" }, "Decided by"), decidedBy),
    h("div", { class: "field" }, h("label", { for: "tie-witness" }, "Witness", h("span", { class: "optional" }, " (optional)")), witness),
    h("div", { class: "form-actions" }, record),
  );
}

/** Count, and when the count stops at a tie the officer must decide, return
 * that tie instead of an error. */
export async function countOrTie(app: App, term: string): Promise<{ tie: PendingTie } | { counted: true } | null> {
  const r = await app.busy("Counting the votes…", async () => {
    try {
      await app.api.tally(term);
      return { counted: true as const };
    } catch (e) {
      if (toAppError(e).code === "tie_decision_needed") {
        const tie = await app.api.pendingTie(term);
        if (tie) return { tie };
      }
      throw e;
    }
  });
  return r ?? null;
}
