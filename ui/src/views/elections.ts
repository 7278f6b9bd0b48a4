// Real elections in (issue 7): what a file is before it is imported, totals
// typed twice by two people, and the returns officer's tie decision.

import type { App } from "../context";
import { h, replace, uid } from "../dom";
import { rich, slot } from "./rich";
import { clearFieldError, fieldError, focusSoon } from "../feedback";
import { toAppError } from "../format";
import { hasMessage, language, num, t } from "../i18n";
import type { InputPreview } from "../bindings/InputPreview";
import type { Nominee } from "../bindings/Nominee";
import type { PendingTie } from "../bindings/PendingTie";
import type { TotalsEntry } from "../bindings/TotalsEntry";
import type { TotalsMismatch } from "../bindings/TotalsMismatch";

/** The input formats the window names (`ui-format-<format>`). */
export const FORMATS = ["grid", "blt", "totals", "helios", "civs", "elekto", "bettervoting", "belenios", "debian", "typed"];

/** Plain name of an input format, in the window's language. */
export function formatLabel(f: string): string {
  return FORMATS.includes(f) && hasMessage(language(), `ui-format-${f}`) ? t(`ui-format-${f}`) : f;
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
      fieldError(ballots, t("ui-preview-need-ballots"));
      return;
    }
    onImport(n);
  };
  const card = h(
    "div",
    { class: "card preview", role: "region", "aria-labelledby": "ballot-preview-heading" },
    h("h2", { id: "ballot-preview-heading", tabindex: "-1" }, t("ui-preview-heading")),
    h(
      "dl",
      { class: "details" },
      fact(t("ui-preview-file"), path),
      fact(t("ui-preview-format"), formatLabel(p.format), "ballot-preview-format"),
      fact(t("ui-preview-holds"), p.kind === "totals" ? t("ui-preview-totals") : t("ui-stat-ballots")),
      p.blank === null ? null : fact(t("ui-preview-blank"), p.blank, "ballot-preview-blank"),
      p.ballots === null ? null : fact(p.kind === "totals" ? t("ui-ballots-cast") : t("ui-stat-ballots"), num(p.ballots)),
      fact(t("ui-preview-candidates"), p.candidates.join(", ")),
      fact("SHA-256", p.sha256),
    ),
    needsBallots
      ? h("div", { class: "field" }, h("label", { for: "ballot-preview-cast" }, t("ui-ballots-cast")), ballots, h("p", { class: "hint" }, t("ui-preview-ballots-hint")))
      : null,
    h(
      "div",
      { class: "form-actions" },
      h("button", { type: "button", class: "primary", id: "ballot-preview-import", onclick: go }, t("ui-preview-import")),
      h("button", { type: "button", onclick: onCancel }, t("ui-cancel")),
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
  if (first.ballots !== second.ballots) out.push({ name: t("ui-ballots-cast"), first: first.ballots, second: second.ballots });
  return out;
}

function wholeNumber(s: string): number | null {
  const v = s.trim();
  if (!/^\d+$/.test(v)) return null;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : null;
}

/** Totals typed by two people: the first entry, then the second with the
 * first hidden; differences shown candidate by candidate; saved only when
 * both agree (and the app checks again). */
export function totalsForm(app: App, term: string, nominees: Nominee[], saved: () => Promise<void>): HTMLElement {
  const standing = nominees.filter((n) => !n.withdrawn);
  const sourceId = "totals-source";
  const source = h("input", { type: "text", id: sourceId, autocomplete: "off", placeholder: t("ui-totals-source-placeholder") });
  const inputs = new Map<string, HTMLInputElement>();
  const rows = standing.map((n, i) => {
    const id = `totals-votes-${i}`;
    const input = h("input", { type: "text", inputmode: "numeric", id, autocomplete: "off", class: "num" });
    inputs.set(n.name, input);
    return h("div", { class: "field inline" }, h("label", { for: id }, n.name), input);
  });
  const ballots = h("input", { type: "text", inputmode: "numeric", id: "totals-ballots", autocomplete: "off", class: "num" });
  const stepHeading = h("h3", { id: "totals-step", tabindex: "-1" }, t("ui-totals-first"));
  const stepHint = h("p", { class: "hint" }, t("ui-totals-first-hint"));
  const problems = h("div", { id: "totals-problems", "aria-live": "polite" });
  const nextButton = h("button", { type: "submit", class: "primary", id: "totals-next" }, t("ui-totals-next"));
  const restart = h("button", { type: "button", id: "totals-restart", hidden: true }, t("ui-totals-restart"));
  let first: TotalsEntry | null = null;

  const read = (): TotalsEntry | null => {
    const bad: HTMLInputElement[] = [];
    const votes: [string, number][] = [];
    const check = (input: HTMLInputElement, name: string): number | null => {
      const v = wholeNumber(input.value);
      if (v === null) {
        fieldError(input, t("ui-totals-need-number", { name }), { focus: false });
        bad.push(input);
      } else clearFieldError(input);
      return v;
    };
    for (const [name, input] of inputs) {
      const v = check(input, name);
      if (v !== null) votes.push([name, v]);
    }
    const b = check(ballots, t("ui-totals-the-ballots-cast"));
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
    stepHeading.textContent = t("ui-totals-first");
    stepHint.textContent = t("ui-totals-first-hint");
    nextButton.textContent = t("ui-totals-next");
    restart.hidden = true;
    stepHeading.focus();
  };
  restart.addEventListener("click", toFirst);

  const showMismatches = (diff: TotalsMismatch[]) => {
    const shown = (v: number | null) => (v === null ? "—" : num(v));
    replace(
      problems,
      h(
        "div",
        { class: "message error", role: "alert" },
        h("p", {}, h("strong", {}, t("ui-totals-differ")), " ", t("ui-totals-differ-hint")),
        h(
          "table",
          { class: "data", id: "totals-mismatches", "aria-label": t("ui-totals-differ-table") },
          h("thead", {}, h("tr", {}, ...[t("ui-totals-nominee"), t("ui-totals-first"), t("ui-totals-second")].map((c) => h("th", { scope: "col" }, c)))),
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
          stepHeading.textContent = t("ui-totals-second");
          stepHint.textContent = t("ui-totals-second-hint");
          nextButton.textContent = t("ui-totals-compare");
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
        const b = await app.busy(t("ui-totals-saving"), () => app.api.enterTotals(term, firstEntry, entry));
        if (!b) return;
        await saved();
        app.showNotice(t("ui-totals-saved", { count: b.count }), t("ui-totals-saved-hash", { sha256: b.sha256 }));
      },
    },
    h("h2", { id: "totals-heading" }, t("ui-totals-heading")),
    h("p", {}, t("ui-totals-intro")),
    h("div", { class: "field" }, h("label", { for: sourceId }, t("ui-totals-source"), h("span", { class: "optional" }, t("ui-optional"))), source),
    stepHeading,
    stepHint,
    h("div", { class: "totals-grid" }, rows, h("div", { class: "field inline" }, h("label", { for: "totals-ballots" }, t("ui-ballots-cast")), ballots)),
    problems,
    h("div", { class: "form-actions" }, nextButton, restart),
  );
  return form;
}

/** How the returns officer decided a tie (`ui-decided-by-<value>`). */
const DECISION_METHODS = ["coin", "lot", "casting-vote"];

/** The returns officer's decision of a tie the count cannot settle: the
 * order (favoured first), how it was decided, who decided, who witnessed;
 * then the count runs again. */
export function tieDecisionForm(app: App, term: string, tie: PendingTie, decided: () => Promise<void>): HTMLElement {
  const order = [...tie.tied];
  const list = h("ol", { class: "tie-order", id: "tie-order", "aria-label": t("ui-tie-order") });
  const renderList = (focusName?: string, dir?: "up" | "down") => {
    replace(
      list,
      order.map((name, i) =>
        h(
          "li",
          {},
          h("span", { class: "tie-name" }, name),
          h("button", { type: "button", class: "quiet", "data-move": "up", "data-name": name, "aria-label": t("ui-tie-move-up", { name }), disabled: i === 0, onclick: () => move(i, -1) }, t("ui-tie-up")),
          h("button", { type: "button", class: "quiet", "data-move": "down", "data-name": name, "aria-label": t("ui-tie-move-down", { name }), disabled: i === order.length - 1, onclick: () => move(i, 1) }, t("ui-tie-down")),
        ),
      ),
    );
    if (focusName && dir) {
      const buttons = [...list.querySelectorAll<HTMLButtonElement>("button[data-move]")].filter((x) => x.dataset.name === focusName);
      const b = buttons.find((x) => x.dataset.move === dir);
      if (b && !b.disabled) b.focus();
      else buttons.find((x) => !x.disabled)?.focus();
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
    return h("div", { class: "radio" }, h("input", { type: "radio", name: "tie-method", id, value: m }), h("label", { for: id }, t(`ui-decided-by-${m}`)));
  });
  const decidedBy = h("input", { type: "text", id: "tie-decided-by", autocomplete: "off" });
  const witness = h("input", { type: "text", id: "tie-witness", autocomplete: "off" });
  const record = h("button", { type: "submit", class: "primary", id: "tie-record" }, t("ui-tie-record"));

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
        if (!method) fieldError(firstRadio, t("ui-tie-need-method"), { focus: false });
        else clearFieldError(firstRadio);
        if (!decidedBy.value.trim()) fieldError(decidedBy, t("ui-tie-need-who"), { focus: false });
        else clearFieldError(decidedBy);
        if (!method || !decidedBy.value.trim()) {
          focusSoon(method ? decidedBy : firstRadio);
          return;
        }
        const ok = await app.busy(
          t("ui-tie-recording"),
          async () => {
            await app.api.decideTie(term, { order: [...order], method, decided_by: decidedBy.value.trim(), witness: witness.value.trim() || null });
            return true;
          },
          { near: record },
        );
        if (ok) await decided();
      },
    },
    h("h2", { id: "tie-heading", tabindex: "-1" }, t("ui-tie-heading")),
    h("p", { id: "tie-context" }, rich(t("ui-tie-stopped", { context: slot("context") }), { context: h("strong", {}, tie.context) })),
    h("p", {}, t("ui-tie-tied", { names: tie.tied.join(", ") })),
    h("p", { class: "hint" }, t("ui-tie-hint")),
    list,
    h("fieldset", { class: "field" }, h("legend", {}, t("ui-tie-how")), radios),
    h("div", { class: "field" }, h("label", { for: "tie-decided-by" }, t("ui-tie-decided-by")), decidedBy),
    h("div", { class: "field" }, h("label", { for: "tie-witness" }, t("ui-tie-witness"), h("span", { class: "optional" }, t("ui-optional"))), witness),
    h("div", { class: "form-actions" }, record),
  );
}

/** Count, and when the count stops at a tie the officer must decide, return
 * that tie instead of an error. */
export async function countOrTie(app: App, term: string): Promise<{ tie: PendingTie } | { counted: true } | null> {
  const r = await app.busy(t("ui-counting"), async () => {
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
