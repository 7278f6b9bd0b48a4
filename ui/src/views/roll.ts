// The voter roll: the import wizard (choose the file, check how it is read
// and fix the encoding, delimiter or columns, see the refused rows, then
// import; or compare with the current roll and replace it), voters added or
// removed by hand with a reason, and the exports.

import type { App } from "../context";
import type { RollCheck } from "../api";
import { fieldError } from "../feedback";
import { h, replace, uid, type Child } from "../dom";
import { plural, sentence } from "../format";
import { t } from "../i18n";
import type { RollDiff } from "../bindings/RollDiff";
import type { RollFormat } from "../bindings/RollFormat";
import type { RollImportOptions } from "../bindings/RollImportOptions";
import type { TermSummary } from "../bindings/TermSummary";
import { ColumnChoices, field, fileStep, Latest, mappingFieldset, pickPath, readingControls, refusedList, type MappedField } from "./wizard";

/** The fields a roll column can hold, as the core names them. */
export const ROLL_FIELDS: MappedField[] = [
  { key: "name", label: "Full name", hint: "Or first and last name" },
  { key: "first_name", label: "First name", hint: "" },
  { key: "last_name", label: "Last name", hint: "" },
  { key: "email", label: "Email", hint: "Required" },
  { key: "id", label: "Member ID", hint: "Optional" },
  { key: "weight", label: "Vote weight", hint: "Optional; 1 when empty" },
  { key: "membership", label: "Membership type", hint: "Optional" },
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
  const input = h("input", { type: "text", id: inputId, name: inputId, autocomplete: "off", spellcheck: "false", placeholder: "/home/…/roll.csv", "aria-describedby": hintId });
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
            app.dialogs.openFile("Choose the voter roll", [
              { name: "Voter roll (CSV)", extensions: ["csv", "tsv", "txt"] },
              { name: "All files", extensions: ["*"] },
            ]),
          startOver,
          check,
        ),
    },
    "Choose file…",
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
      fieldError(input, "Choose the voter roll file first (or type its path), then check it.");
      return;
    }
    const options = choices.options();
    const mine = checks.start();
    const c = await app.busy("Checking the file…", () => app.api.previewRoll(path, options));
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
      ...(shown.has("id") ? [{ label: "Member ID", get: (r: (typeof p.rows)[number]) => r.member_id ?? "" }] : []),
      ...(shown.has("weight") ? [{ label: "Weight", get: (r: (typeof p.rows)[number]) => String(r.weight) }] : []),
      ...(shown.has("membership") ? [{ label: "Membership", get: (r: (typeof p.rows)[number]) => r.membership ?? "" }] : []),
    ];
    const ready = !c.problem && p.good > 0;
    const moreRefused = p.refused - p.rejected.length;

    const step3: Child[] = [];
    const importButton = h(
      "button",
      { type: "button", class: "primary", id: "roll-import", disabled: !ready, onclick: () => hooks.importRoll(path, options) },
      ready ? `Import ${plural(p.good, "voter")}` : "Import",
    );
    step3.push(
      h("div", { class: "form-actions" }, importButton),
      h(
        "p",
        { class: "hint" },
        !ready
          ? "Fix the columns above first: nothing can be imported yet."
          : term.voters > 0
            ? "Importing adds the voters who are not on the roll yet; people already on it are reported, not added twice. Refused rows are not imported."
            : "Refused rows are not imported; you can add those voters by hand later, or fix the file and import it again.",
      ),
    );
    if (term.voters > 0 && ready) step3.push(updateRoll(app, term, path, options, hooks));

    replace(
      result,
      h(
        "section",
        { class: "wizard-step", "aria-labelledby": "roll-step-2" },
        h("h3", { id: "roll-step-2", tabindex: "-1" }, "2. Check how the file is read"),
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
              h("strong", {}, "This file cannot be imported yet. "),
              sentence(c.problem.message),
              " Choose the right columns above.",
            )
          : h(
              "div",
              {},
              h(
                "p",
                { class: "counts", id: "roll-counts", "aria-live": "polite" },
                h("strong", {}, `${plural(p.good, "voter")} ready`),
                p.refused > 0 ? h("span", { class: "refused-count" }, `, ${plural(p.refused, "row")} will be refused`) : ", no rows refused",
                ".",
              ),
              p.rows.length
                ? h(
                    "div",
                    { class: "table-wrap" },
                    h(
                      "table",
                      { class: "data preview", "aria-label": "Preview of the voters" },
                      h("caption", { class: "muted" }, p.good > p.rows.length ? `The first ${p.rows.length} of ${plural(p.good, "voter")}, as they will be imported` : "The voters, as they will be imported"),
                      h("thead", {}, h("tr", {}, ["Line", "Name", "Email", ...extra.map((x) => x.label)].map((c) => h("th", { scope: "col" }, c)))),
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
      h("section", { class: "wizard-step", "aria-labelledby": "roll-step-3" }, h("h3", { id: "roll-step-3" }, "3. Import"), step3),
    );
  }

  const form = fileStep({
    input,
    label: "Voter roll file",
    optional: " — choose it, or type the file path",
    buttons: [choose],
    hintId,
    hint: "A CSV file with a header row naming the columns (any encoding, commas, semicolons or tabs). You will see how it is read before anything is imported.",
    checkId: "roll-check",
    checked: () => checkedPath,
    startOver,
    check,
  });

  return h("div", { class: "card wizard" }, h("h2", {}, term.voters > 0 ? "Import voters or update the roll" : "Import the voter roll"), form, result);
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
      "aria-label": "Replace the roll",
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        if (!reason.value.trim()) {
          fieldError(reason, "Give the reason for replacing the roll: it goes in the audit log.");
          return;
        }
        const d = await app.busy("Replacing the roll…", () => app.api.applyRollDiff(term.name, path, options, reason.value.trim()));
        if (d) await hooks.replaced(d);
      },
    },
    h("p", {}, `Make the roll of ${term.name} exactly this file: voters not in the file are removed, new ones added and changed details updated.`),
    field(reasonId, "Reason (kept in the audit log)", reason),
    h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary", id: "roll-replace-confirm" }, t("ui-roll-replace")), h("button", { type: "button", onclick: () => { confirm.hidden = true; } }, t("ui-cancel"))),
  );
  return h(
    "div",
    { class: "update-roll" },
    h("p", {}, `The term already has ${plural(term.voters, "voter")} on its roll.`),
    h(
      "div",
      { class: "form-actions" },
      h(
        "button",
        {
          type: "button",
          id: "roll-compare",
          onclick: async () => {
            const d = await app.busy("Comparing with the roll…", () => app.api.diffRoll(term.name, path, options));
            if (d) replace(out, diffView(d));
          },
        },
        "Compare with the current roll",
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
        "Replace the roll with this file…",
      ),
    ),
    out,
    confirm,
  );
}

export function diffView(d: RollDiff): HTMLElement {
  const more = (count: number, shown: number) => (count > shown ? h("li", { class: "muted" }, `…and ${plural(count - shown, "more")}`) : null);
  const list = (title: string, count: number, items: Node[], shown: number) =>
    count === 0 ? null : h("details", { open: count <= 20 }, h("summary", {}, `${title}: ${count.toLocaleString("en")}`), h("ul", {}, items, more(count, shown)));
  return h(
    "div",
    { class: "diff", "aria-live": "polite" },
    h(
      "p",
      { id: "roll-diff-summary" },
      h("strong", {}, `${d.added_count.toLocaleString("en")} to add, ${d.removed_count.toLocaleString("en")} to remove, ${d.changed_count.toLocaleString("en")} to change`),
      `, ${d.unchanged.toLocaleString("en")} unchanged.`,
    ),
    list("To add", d.added_count, d.added.map((r) => h("li", {}, `${r.name} <${r.email}>`)), d.added.length),
    list("To remove", d.removed_count, d.removed.map((v) => h("li", {}, `${v.name} <${v.email}>`)), d.removed.length),
    list(
      "To change",
      d.changed_count,
      d.changed.map((c) => h("li", {}, `${c.before.email}: `, c.fields.map((f) => `${f} ${describe(f, c.before, c.after)}`).join("; "))),
      d.changed.length,
    ),
    d.rejected.length ? list("Rows refused", d.rejected.length, d.rejected.map((r) => h("li", {}, `Line ${r.line}: ${r.reason}`)), d.rejected.length) : null,
  );
}

function describe(field: string, before: RollDiff["changed"][number]["before"], after: RollDiff["changed"][number]["after"]): string {
  const pair = (a: unknown, b: unknown) => `“${a ?? ""}” → “${b ?? ""}”`;
  switch (field) {
    case "name":
      return pair(before.name, after.name);
    case "id":
      return pair(before.member_id, after.member_id);
    case "weight":
      return pair(before.weight, after.weight);
    default:
      return `→ “${field === "membership" ? (after.membership ?? "") : ""}”`;
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
    fieldError(el, sentence(what));
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
        if (!need(addName, "enter the voter's name") || !need(addEmail, "enter the voter's email") || !need(addReason, "give the reason for adding this voter: it goes in the audit log")) return;
        const v = await app.busy("Adding the voter…", () => app.api.addVoter(term.name, addName.value.trim(), addEmail.value.trim(), addReason.value.trim()));
        if (v) await done(`Added ${v.name} <${v.email}> to the roll.`);
      },
    },
    h("h3", { id: "voter-add-heading" }, "Add a voter"),
    field("voter-add-name", "Name", addName),
    field("voter-add-email", "Email", addEmail),
    field("voter-add-reason", "Reason (kept in the audit log)", addReason, "For example: missing from the membership list, confirmed by the secretary."),
    h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary", id: "voter-add" }, "Add voter")),
  );
  const remove = h(
    "form",
    {
      class: "form",
      "aria-labelledby": "voter-remove-heading",
      novalidate: true,
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        if (!need(removeEmail, "enter the email of the voter to remove") || !need(removeReason, "give the reason for removing this voter: it goes in the audit log")) return;
        const v = await app.busy("Removing the voter…", () => app.api.removeVoter(term.name, removeEmail.value.trim(), removeReason.value.trim()));
        if (v) await done(`Removed ${v.name} <${v.email}> from the roll.`);
      },
    },
    h("h3", { id: "voter-remove-heading" }, "Remove a voter"),
    field("voter-remove-email", "Email of the voter", removeEmail),
    field("voter-remove-reason", "Reason (kept in the audit log)", removeReason, "For example: membership lapsed before the cut-off date."),
    h("div", { class: "form-actions" }, h("button", { type: "submit", id: "voter-remove" }, "Remove voter")),
  );
  return {
    card: h("div", { class: "card" }, h("h2", { id: "by-hand" }, "Change the roll by hand"), h("div", { class: "grid-2 by-hand" }, add, remove)),
    removeFor: (email: string) => {
      removeEmail.value = email;
      removeReason.focus();
      removeReason.scrollIntoView?.({ block: "center" });
    },
  };
}

const EXPORTS: { format: RollFormat; label: string; suffix: string; filter: { name: string; extensions: string[] } }[] = [
  { format: "csv", label: "Voter roll (CSV)…", suffix: "roll.csv", filter: { name: "CSV", extensions: ["csv"] } },
  { format: "helios", label: "Helios voter file…", suffix: "helios-voters.csv", filter: { name: "CSV", extensions: ["csv"] } },
  { format: "emails", label: "List of emails…", suffix: "emails.txt", filter: { name: "Text", extensions: ["txt"] } },
  { format: "voted", label: "Who voted…", suffix: "voted.csv", filter: { name: "CSV", extensions: ["csv"] } },
];

/** Save the roll in the formats voting services take. */
export function rollExports(app: App, term: TermSummary): HTMLElement {
  const slug = term.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "term";
  return h(
    "div",
    { class: "card" },
    h("h2", {}, "Save the roll"),
    h("p", { class: "muted" }, "For the voting service: the whole roll as CSV, a Helios voter file, or one email per line. After voting, “Who voted” lists the voters marked as having voted (never linked to a ballot)."),
    h(
      "div",
      { class: "form-actions" },
      EXPORTS.map((x) =>
        h(
          "button",
          {
            type: "button",
            id: `export-${x.format}`,
            onclick: async () => {
              const path = await app.dialogs.saveFile(`Save: ${x.label.replace("…", "")}`, `${slug}-${x.suffix}`, [x.filter]).catch((e) => {
                app.showError(e, document.getElementById(`export-${x.format}`));
                return null;
              });
              if (!path) return;
              const n = await app.busy("Saving…", () => app.api.exportRoll(term.name, x.format, path));
              if (n !== undefined) app.showNotice(`Saved ${plural(n, "voter")}.`, path);
            },
          },
          x.label,
        ),
      ),
    ),
  );
}
