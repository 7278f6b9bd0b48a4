// The voter roll: the import wizard (choose the file, check how it is read
// and fix the encoding, delimiter or columns, see the refused rows, then
// import; or compare with the current roll and replace it), voters added or
// removed by hand with a reason, and the exports.

import type { App } from "../context";
import type { RollCheck } from "../api";
import { fieldError } from "../feedback";
import { h, replace, uid, type Child } from "../dom";
import { sentence } from "../format";
import { t } from "../i18n";
import { rich, slot } from "./rich";
import type { RollDiff } from "../bindings/RollDiff";
import type { RollFormat } from "../bindings/RollFormat";
import type { RollImportOptions } from "../bindings/RollImportOptions";
import type { TermSummary } from "../bindings/TermSummary";
import { ColumnChoices, field, fileStep, Latest, mappingFieldset, pickPath, readingControls, refusedList, type MappedField } from "./wizard";

/** The fields a roll column can hold, as the core names them. */
/** Labels and hints are read when shown, in the window's language then. */
export const ROLL_FIELDS: MappedField[] = [
  { key: "name", get label() { return t("ui-roll-field-name"); }, get hint() { return t("ui-roll-field-name-hint"); } },
  { key: "first_name", get label() { return t("ui-roll-field-first-name"); }, hint: "" },
  { key: "last_name", get label() { return t("ui-roll-field-last-name"); }, hint: "" },
  { key: "email", get label() { return t("ui-roll-field-email"); }, get hint() { return t("ui-field-required"); } },
  { key: "id", get label() { return t("ui-roll-field-id"); }, get hint() { return t("ui-field-optional"); } },
  { key: "weight", get label() { return t("ui-roll-field-weight"); }, get hint() { return t("ui-roll-field-weight-hint"); } },
  { key: "membership", get label() { return t("ui-roll-field-membership"); }, get hint() { return t("ui-field-optional"); } },
];

export { DELIMITERS, ENCODINGS, encodingSource } from "./wizard";

/** The wizard's choices so far; `null`/absent: detect. Columns mapped by
 * hand are in `map` (field → header, "" = not in the file). */
export class RollChoices extends ColumnChoices {
  encoding: string | null = null;
  delimiter: string | null = null;

  options(): RollImportOptions {
    return {
      encoding: this.encoding,
      delimiter: this.delimiter,
      map: this.mapOption(),
    };
  }
}

export interface RollWizardHooks {
  /** Import the file with the options checked (progress and cancel). */
  importRoll: (path: string, options: RollImportOptions) => Promise<void>;
  /** The roll was replaced: show the term again. */
  replaced: (diff: RollDiff) => Promise<void>;
}

/** The import wizard's card. */
export function rollWizard(app: App, term: TermSummary, hooks: RollWizardHooks): HTMLElement {
  const choices = new RollChoices();
  let checkedPath = "";
  const checks = new Latest();
  const inputId = "roll-path";
  const hintId = uid("hint");
  const input = h("input", { type: "text", id: inputId, name: inputId, autocomplete: "off", spellcheck: "false", placeholder: t("ui-roll-placeholder"), "aria-describedby": hintId });
  const result = h("div", { class: "wizard-result", id: "roll-check-result" });

  const choose = h(
    "button",
    {
      type: "button",
      id: "roll-choose",
      onclick: () =>
        pickPath(
          app,
          input,
          "roll-choose",
          () =>
            app.dialogs.openFile(t("ui-roll-dialog-title"), [
              { name: t("ui-roll-filter"), extensions: ["csv", "tsv", "txt"] },
              { name: t("ui-wiz-all-files"), extensions: ["*"] },
            ]),
          startOver,
          check,
        ),
    },
    t("ui-wiz-choose-file"),
  );

  /** A new file: forget the choices made for the last one. */
  function startOver() {
    checkedPath = "";
    choices.encoding = null;
    choices.delimiter = null;
    choices.clear();
    replace(result);
  }

  /** Check the file; `focusId`: the control that asked, focused again
   * after the check re-renders it (else the step's heading). */
  async function check(focusId?: string): Promise<void> {
    const path = input.value.trim();
    if (!path) {
      fieldError(input, t("ui-roll-need-file"));
      return;
    }
    const options = choices.options();
    const mine = checks.start();
    const c = await app.busy(t("ui-roll-checking"), () => app.api.previewRoll(path, options));
    if (!c || !checks.is(mine)) return;
    app.clearMessages();
    checkedPath = path;
    showCheck(path, options, c);
    const again = focusId ? result.querySelector<HTMLElement>(`#${focusId}`) : null;
    (again ?? result.querySelector<HTMLElement>("#roll-step-2"))?.focus();
  }

  function showCheck(path: string, options: RollImportOptions, c: RollCheck): void {
    const p = c.preview;
    const rerun = (id: string) => void check(id);
    const shown = new Set(p.mapping.map(([f]) => f));
    const extra = [
      ...(shown.has("id") ? [{ label: t("ui-roll-field-id"), get: (r: (typeof p.rows)[number]) => r.member_id ?? "" }] : []),
      ...(shown.has("weight") ? [{ label: t("ui-roll-col-weight"), get: (r: (typeof p.rows)[number]) => String(r.weight) }] : []),
      ...(shown.has("membership") ? [{ label: t("ui-roll-col-membership"), get: (r: (typeof p.rows)[number]) => r.membership ?? "" }] : []),
    ];
    const ready = !c.problem && p.good > 0;
    const moreRefused = p.refused - p.rejected.length;

    const step3: Child[] = [];
    const importButton = h(
      "button",
      { type: "button", class: "primary", id: "roll-import", disabled: !ready, onclick: () => hooks.importRoll(path, options) },
      ready ? t("ui-roll-import-n", { n: p.good }) : t("ui-roll-import"),
    );
    step3.push(
      h("div", { class: "form-actions" }, importButton),
      h(
        "p",
        { class: "hint" },
        !ready
          ? t("ui-roll-fix-columns")
          : term.voters > 0
            ? t("ui-roll-adds-hint")
            : t("ui-roll-refused-hint"),
      ),
    );
    if (term.voters > 0 && ready) step3.push(updateRoll(app, term, path, options, hooks));

    replace(
      result,
      h(
        "section",
        { class: "wizard-step", "aria-labelledby": "roll-step-2" },
        h("h3", { id: "roll-step-2", tabindex: "-1" }, t("ui-roll-step-2")),
        readingControls("roll", p, (what, value) => {
          choices[what] = value;
          rerun(`roll-${what}`);
        }),
        mappingFieldset(
          "roll-map",
          ROLL_FIELDS,
          p.headers,
          (key) => choices.shown(key, p.mapping),
          (key, header) => {
            choices.set(key, header);
            rerun(`roll-map-${key}`);
          },
        ),
        c.problem
          ? h(
              "div",
              { class: "inline-problem", role: "alert", id: "roll-problem" },
              h("strong", {}, t("ui-cannot-import-yet")),
              sentence(c.problem.message),
              t("ui-choose-columns"),
            )
          : h(
              "div",
              {},
              h(
                "p",
                { class: "counts", id: "roll-counts", "aria-live": "polite" },
                rich(t(p.refused > 0 ? "ui-roll-counts-refused" : "ui-roll-counts", { ready: slot("ready"), refused: slot("refused") }), {
                  ready: h("strong", {}, t("ui-roll-ready", { n: p.good })),
                  refused: h("span", { class: "refused-count" }, t("ui-roll-will-refuse", { n: p.refused })),
                }),
              ),
              p.rows.length
                ? h(
                    "div",
                    { class: "table-wrap" },
                    h(
                      "table",
                      { class: "data preview", "aria-label": t("ui-roll-preview-label") },
                      h("caption", { class: "muted" }, p.good > p.rows.length ? t("ui-roll-preview-first", { shown: p.rows.length, n: p.good }) : t("ui-roll-preview-all")),
                      h("thead", {}, h("tr", {}, [t("ui-enc-line"), t("ui-col-name"), t("ui-col-email"), ...extra.map((x) => x.label)].map((c) => h("th", { scope: "col" }, c)))),
                      h(
                        "tbody",
                        {},
                        p.rows.map((r) => h("tr", {}, h("td", { class: "num muted" }, String(r.line)), h("td", {}, r.name), h("td", {}, r.email), extra.map((x) => h("td", {}, x.get(r))))),
                      ),
                    ),
                  )
                : null,
              p.refused > 0 ? refusedList("roll-refused", p.rejected, moreRefused) : null,
            ),
      ),
      h("section", { class: "wizard-step", "aria-labelledby": "roll-step-3" }, h("h3", { id: "roll-step-3" }, t("ui-roll-step-3")), step3),
    );
  }

  const form = fileStep({
    input,
    label: t("ui-roll-file-label"),
    optional: t("ui-wiz-path-optional"),
    buttons: [choose],
    hintId,
    hint: t("ui-roll-file-hint"),
    checkId: "roll-check",
    checked: () => checkedPath,
    startOver,
    check,
  });

  return h("div", { class: "card wizard" }, h("h2", {}, term.voters > 0 ? t("ui-roll-heading-update") : t("ui-roll-heading")), form, result);
}

/** Compare the checked file with the roll, and replace the roll with it. */
function updateRoll(app: App, term: TermSummary, path: string, options: RollImportOptions, hooks: RollWizardHooks): HTMLElement {
  const out = h("div", { id: "roll-diff" });
  const reasonId = "roll-replace-reason";
  const reason = h("input", { type: "text", id: reasonId, name: reasonId, autocomplete: "off" });
  const confirm = h(
    "form",
    {
      class: "confirm",
      hidden: true,
      "aria-label": t("ui-roll-replace"),
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        if (!reason.value.trim()) {
          fieldError(reason, t("ui-roll-replace-need-reason"));
          return;
        }
        const d = await app.busy(t("ui-roll-replacing"), () => app.api.applyRollDiff(term.name, path, options, reason.value.trim()));
        if (d) await hooks.replaced(d);
      },
    },
    h("p", {}, t("ui-roll-replace-explain", { term: term.name })),
    field(reasonId, t("ui-reason-audit"), reason),
    h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary", id: "roll-replace-confirm" }, t("ui-roll-replace")), h("button", { type: "button", onclick: () => { confirm.hidden = true; } }, t("ui-cancel"))),
  );
  return h(
    "div",
    { class: "update-roll" },
    h("p", {}, t("ui-roll-already", { n: term.voters })),
    h(
      "div",
      { class: "form-actions" },
      h(
        "button",
        {
          type: "button",
          id: "roll-compare",
          onclick: async () => {
            const d = await app.busy(t("ui-roll-comparing"), () => app.api.diffRoll(term.name, path, options));
            if (d) replace(out, diffView(d));
          },
        },
        t("ui-roll-compare"),
      ),
      h(
        "button",
        {
          type: "button",
          id: "roll-replace",
          onclick: () => {
            confirm.hidden = false;
            reason.focus();
          },
        },
        t("ui-roll-replace-with-file"),
      ),
    ),
    out,
    confirm,
  );
}

export function diffView(d: RollDiff): HTMLElement {
  const more = (count: number, shown: number) => (count > shown ? h("li", { class: "muted" }, t("ui-roll-diff-more", { n: count - shown })) : null);
  const list = (title: string, count: number, items: Node[], shown: number) =>
    count === 0 ? null : h("details", { open: count <= 20 }, h("summary", {}, t("ui-roll-diff-title", { title, n: count })), h("ul", {}, items, more(count, shown)));
  return h(
    "div",
    { class: "diff", "aria-live": "polite" },
    h(
      "p",
      { id: "roll-diff-summary" },
      rich(t("ui-roll-diff-summary", { changes: slot("changes"), unchanged: d.unchanged }), {
        changes: h("strong", {}, t("ui-roll-diff-changes", { added: d.added_count, removed: d.removed_count, changed: d.changed_count })),
      }),
    ),
    list(t("ui-roll-diff-add"), d.added_count, d.added.map((r) => h("li", {}, `${r.name} <${r.email}>`)), d.added.length),
    list(t("ui-roll-diff-remove"), d.removed_count, d.removed.map((v) => h("li", {}, `${v.name} <${v.email}>`)), d.removed.length),
    list(
      t("ui-roll-diff-change"),
      d.changed_count,
      d.changed.map((c) => h("li", {}, `${c.before.email}: `, c.fields.map((f) => `${fieldWord(f)} ${describe(f, c.before, c.after)}`).join("; "))),
      d.changed.length,
    ),
    d.rejected.length ? list(t("ui-roll-diff-refused"), d.rejected.length, d.rejected.map((r) => h("li", {}, t("ui-wiz-line-reason", { line: String(r.line), reason: r.reason }))), d.rejected.length) : null,
  );
}

/** A changed field's name in a diff ("name", "weight"), in the window's language. */
function fieldWord(field: string): string {
  switch (field) {
    case "name":
      return t("ui-roll-diff-field-name");
    case "id":
      return t("ui-roll-diff-field-id");
    case "weight":
      return t("ui-roll-diff-field-weight");
    case "membership":
      return t("ui-roll-diff-field-membership");
    default:
      return field;
  }
}

function describe(field: string, before: RollDiff["changed"][number]["before"], after: RollDiff["changed"][number]["after"]): string {
  const pair = (a: unknown, b: unknown) => `${t("ui-quoted", { text: String(a ?? "") })} → ${t("ui-quoted", { text: String(b ?? "") })}`;
  switch (field) {
    case "name":
      return pair(before.name, after.name);
    case "id":
      return pair(before.member_id, after.member_id);
    case "weight":
      return pair(before.weight, after.weight);
    default:
      return `→ ${t("ui-quoted", { text: field === "membership" ? (after.membership ?? "") : "" })}`;
  }
}

/** Add and remove voters by hand, each with a reason. */
export function rollByHand(app: App, term: TermSummary, done: (message: string) => Promise<void>): { card: HTMLElement; removeFor: (email: string) => void } {
  const addName = h("input", { type: "text", id: "voter-add-name", autocomplete: "off" });
  const addEmail = h("input", { type: "email", id: "voter-add-email", autocomplete: "off" });
  const addReason = h("input", { type: "text", id: "voter-add-reason", autocomplete: "off" });
  const removeEmail = h("input", { type: "email", id: "voter-remove-email", autocomplete: "off" });
  const removeReason = h("input", { type: "text", id: "voter-remove-reason", autocomplete: "off" });
  const need = (el: HTMLInputElement, what: string): boolean => {
    if (el.value.trim()) return true;
    fieldError(el, what);
    return false;
  };
  const add = h(
    "form",
    {
      class: "form",
      "aria-labelledby": "voter-add-heading",
      novalidate: true,
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        if (!need(addName, t("ui-roll-need-name")) || !need(addEmail, t("ui-roll-need-email")) || !need(addReason, t("ui-roll-need-add-reason"))) return;
        const v = await app.busy(t("ui-roll-adding"), () => app.api.addVoter(term.name, addName.value.trim(), addEmail.value.trim(), addReason.value.trim()));
        if (v) await done(t("ui-roll-added", { name: v.name, email: v.email }));
      },
    },
    h("h3", { id: "voter-add-heading" }, t("ui-roll-add-heading")),
    field("voter-add-name", t("ui-col-name"), addName),
    field("voter-add-email", t("ui-col-email"), addEmail),
    field("voter-add-reason", t("ui-reason-audit"), addReason, t("ui-roll-add-reason-hint")),
    h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary", id: "voter-add" }, t("ui-roll-add"))),
  );
  const remove = h(
    "form",
    {
      class: "form",
      "aria-labelledby": "voter-remove-heading",
      novalidate: true,
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        if (!need(removeEmail, t("ui-roll-need-remove-email")) || !need(removeReason, t("ui-roll-need-remove-reason"))) return;
        const v = await app.busy(t("ui-roll-removing"), () => app.api.removeVoter(term.name, removeEmail.value.trim(), removeReason.value.trim()));
        if (v) await done(t("ui-roll-removed", { name: v.name, email: v.email }));
      },
    },
    h("h3", { id: "voter-remove-heading" }, t("ui-roll-remove-heading")),
    field("voter-remove-email", t("ui-roll-remove-email"), removeEmail),
    field("voter-remove-reason", t("ui-reason-audit"), removeReason, t("ui-roll-remove-reason-hint")),
    h("div", { class: "form-actions" }, h("button", { type: "submit", id: "voter-remove" }, t("ui-roll-remove"))),
  );
  return {
    card: h("div", { class: "card" }, h("h2", { id: "by-hand" }, t("ui-roll-by-hand")), h("div", { class: "grid-2 by-hand" }, add, remove)),
    removeFor: (email: string) => {
      removeEmail.value = email;
      removeReason.focus();
      removeReason.scrollIntoView?.({ block: "center" });
    },
  };
}

/** The roll's exports: `label` on the button, `title` the save dialog's. */
function exportsList(): { format: RollFormat; label: string; title: string; suffix: string; filter: { name: string; extensions: string[] } }[] {
  return [
    { format: "csv", label: t("ui-roll-export-csv"), title: t("ui-roll-export-csv-title"), suffix: "roll.csv", filter: { name: "CSV", extensions: ["csv"] } },
    { format: "helios", label: t("ui-roll-export-helios"), title: t("ui-roll-export-helios-title"), suffix: "helios-voters.csv", filter: { name: "CSV", extensions: ["csv"] } },
    { format: "emails", label: t("ui-roll-export-emails"), title: t("ui-roll-export-emails-title"), suffix: "emails.txt", filter: { name: t("ui-filter-text"), extensions: ["txt"] } },
    { format: "voted", label: t("ui-roll-export-voted"), title: t("ui-roll-export-voted-title"), suffix: "voted.csv", filter: { name: "CSV", extensions: ["csv"] } },
  ];
}

/** Save the roll in the formats voting services take. */
export function rollExports(app: App, term: TermSummary): HTMLElement {
  const slug = term.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "term";
  return h(
    "div",
    { class: "card" },
    h("h2", {}, t("ui-roll-save-heading")),
    h("p", { class: "muted" }, t("ui-roll-save-explain")),
    h(
      "div",
      { class: "form-actions" },
      exportsList().map((x) =>
        h(
          "button",
          {
            type: "button",
            id: `export-${x.format}`,
            onclick: async () => {
              const path = await app.dialogs.saveFile(x.title, `${slug}-${x.suffix}`, [x.filter]).catch((e) => {
                app.showError(e, document.getElementById(`export-${x.format}`));
                return null;
              });
              if (!path) return;
              const n = await app.busy(t("ui-saving"), () => app.api.exportRoll(term.name, x.format, path));
              if (n !== undefined) app.showNotice(t("ui-roll-saved", { n }), path);
            },
          },
          x.label,
        ),
      ),
    ),
  );
}
