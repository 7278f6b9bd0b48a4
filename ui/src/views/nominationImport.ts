// Importing nominations (issue 9) with the roll's kind of wizard: choose a
// form CSV (or a folder of Elekto candidate files), see the first rows and
// which column holds what (guessed by the backend from the headers, each
// changeable with a select), then a dry run: the nominations that would be
// imported and the rows refused, with their line and reason. The import
// itself is one transaction: everything ready is imported together.

import type { App } from "../context";
import { h, replace, uid } from "../dom";
import { plural, sentence } from "../format";
import type { NominationImportOptions } from "../bindings/NominationImportOptions";
import type { NominationPreview } from "../bindings/NominationPreview";
import type { TermSummary } from "../bindings/TermSummary";
import { ColumnChoices, field, Latest, mappingFieldset, refusedList, sharedColumns, type MappedField } from "./wizard";

/** The fields a nominations form's column can hold, as the core names
 * them (nomination_import.rs). */
export const NOMINATION_FIELDS: MappedField[] = [
  { key: "name", label: "Nominee", hint: "Required" },
  { key: "email", label: "Nominee's email", hint: "" },
  { key: "employer", label: "Employer or affiliation", hint: "" },
  { key: "nominator", label: "Nominated by", hint: "self, or a member's email or ID" },
  { key: "statement", label: "Statement", hint: "Markdown, kept as written" },
  { key: "timestamp", label: "Sent on (timestamp)", hint: "Checked against the nomination period" },
  { key: "handle", label: "Handle", hint: "e.g. a GitHub login" },
  { key: "seconders", label: "Seconders", hint: "Emails or IDs, separated by commas" },
];

/** The wizard's choices so far. */
export class NominationChoices extends ColumnChoices {
  lateReason = "";

  options(): NominationImportOptions {
    return { map: this.mapOption(), late_reason: this.lateReason.trim() || null };
  }
}

/** Columns shown in the preview of the file's first rows. */
const SAMPLE_COLUMNS = 8;

/** The nominations import wizard's card. `done` is called after an import
 * with the notice to show. */
export function nominationWizard(app: App, term: TermSummary, done: (title: string, ...details: string[]) => Promise<void>): HTMLElement {
  const choices = new NominationChoices();
  const checks = new Latest();
  let checkedPath = "";
  const hintId = uid("hint");
  const input = h("input", { type: "text", id: "import-path", name: "import-path", autocomplete: "off", spellcheck: "false", placeholder: "/home/…/nominations.csv, or a folder of candidate-*.md", "aria-describedby": hintId });
  const result = h("div", { class: "wizard-result", id: "import-check-result" });

  const pick = async (how: "file" | "folder") => {
    try {
      const picked =
        how === "folder"
          ? await app.dialogs.openFolder("Choose the folder of Elekto candidate files")
          : await app.dialogs.openFile("Choose the nominations file", [
              { name: "Form responses (CSV)", extensions: ["csv", "tsv", "txt"] },
              { name: "Elekto candidate file", extensions: ["md"] },
              { name: "All files", extensions: ["*"] },
            ]);
      if (picked) {
        input.value = picked;
        startOver();
        await check();
      }
    } catch (e) {
      app.showError(e);
    }
  };

  function startOver() {
    choices.clear();
    choices.lateReason = "";
    checkedPath = "";
    replace(result);
  }
  input.addEventListener("input", () => {
    if (input.value.trim() !== checkedPath) startOver();
  });

  /** Check the file (a dry run); `focusId`: the control that asked,
   * focused again after the result is drawn (else step 2's heading). */
  async function check(focusId?: string): Promise<void> {
    const path = input.value.trim();
    if (!path) {
      app.showError({ code: "invalid_input", message: "choose the nominations file or folder first (or type its path), then check it" });
      input.focus();
      return;
    }
    const options = choices.options();
    const mine = checks.start();
    const p = await app.busy("Checking the nominations…", () => app.api.previewNominations(term.name, path, options));
    if (!p || !checks.is(mine)) return;
    app.clearMessages();
    checkedPath = path;
    show(path, options, p);
    const again = focusId ? result.querySelector<HTMLElement>(`#${focusId}`) : null;
    (again ?? result.querySelector<HTMLElement>("#import-step-2"))?.focus();
  }

  function show(path: string, options: NominationImportOptions, p: NominationPreview): void {
    const elekto = p.kind === "elekto";
    const shown = (key: string) => choices.shown(key, p.mapping);
    const shared = elekto ? new Map<string, string[]>() : sharedColumns(NOMINATION_FIELDS, shown);
    const ready = !p.problem && p.ready_count > 0;

    const step2 = elekto
      ? h(
          "section",
          { class: "wizard-step", "aria-labelledby": "import-step-2" },
          h("h3", { id: "import-step-2", tabindex: "-1" }, "2. The candidate files"),
          h("p", {}, "Elekto candidate files: each file's header gives the name, the ID (kept as the handle) and the employer; the Markdown after it is the statement, kept as written."),
        )
      : h(
          "section",
          { class: "wizard-step", "aria-labelledby": "import-step-2" },
          h("h3", { id: "import-step-2", tabindex: "-1" }, "2. Check which column holds what"),
          sampleTable(p),
          mappingFieldset("import-map", NOMINATION_FIELDS, p.headers, shown, (key, header) => {
            choices.set(key, header);
            void check(`import-map-${key}`);
          }),
          shared.size
            ? h(
                "p",
                { class: "inline-problem", id: "import-shared", role: "status" },
                [...shared].map(([col, labels]) => `The column “${col}” is chosen for ${labels.join(" and ")}. `),
                "Check that this is what you mean.",
              )
            : null,
          p.problem
            ? h(
                "div",
                { class: "inline-problem", role: "alert", id: "import-problem" },
                h("strong", {}, "This file cannot be imported yet. "),
                sentence(p.problem.message),
                " Choose the right columns above.",
              )
            : null,
        );

    const late = h("input", { type: "text", id: "import-late", name: "import-late", autocomplete: "off", value: choices.lateReason });
    late.addEventListener("change", () => {
      if (late.value.trim() === choices.lateReason.trim()) return;
      choices.lateReason = late.value;
      void check("import-late");
    });
    const lateRefused = p.rejected.some((r) => r.reason.includes("nomination period"));

    const step3 = p.problem
      ? null
      : h(
          "section",
          { class: "wizard-step", "aria-labelledby": "import-step-3" },
          h("h3", { id: "import-step-3" }, "3. What the import will do"),
          h(
            "p",
            { class: "counts", id: "import-counts", "aria-live": "polite" },
            h("strong", {}, `${plural(p.ready_count, "nomination")} ready`),
            p.rejected.length > 0 ? h("span", { class: "refused-count" }, `, ${plural(p.rejected.length, elekto ? "file" : "row")} will be refused`) : ", nothing refused",
            ".",
          ),
          readyTable(p),
          p.rejected.length ? refusedList("import-refused", p.rejected) : null,
          lateRefused || choices.lateReason.trim()
            ? field(
                "import-late",
                "Reason for accepting nominations sent outside the nomination period",
                late,
                "Kept in the audit log with each late nomination. Leave it empty to refuse them.",
              )
            : null,
        );

    const importButton = h(
      "button",
      {
        type: "button",
        class: "primary",
        id: "import-nominations",
        disabled: !ready,
        onclick: async () => {
          const r = await app.busy("Importing the nominations…", () => app.api.importNominations(term.name, path, options));
          if (!r) return;
          const refused = r.rejected.length;
          await done(
            `Imported ${plural(r.imported.length, "nominee")}.`,
            ...(refused ? [`${plural(refused, elekto ? "file was" : "row was", elekto ? "files were" : "rows were")} refused:`, ...r.rejected.map((x) => (x.line ? `Line ${x.line}: ${x.reason}` : x.reason))] : []),
          );
        },
      },
      ready ? `Import ${plural(p.ready_count, "nomination")}` : "Import",
    );

    replace(
      result,
      step2,
      step3,
      h(
        "section",
        { class: "wizard-step", "aria-labelledby": "import-step-4" },
        h("h3", { id: "import-step-4" }, p.problem ? "3. Import" : "4. Import"),
        h("div", { class: "form-actions" }, importButton),
        h(
          "p",
          { class: "hint" },
          ready
            ? "The nominations ready are imported together, in one step, each checked again as it is stored. Refused rows are not imported: add those nominees by hand, or fix the file and check it again."
            : p.problem
              ? "Fix the columns above first: nothing can be imported yet."
              : "Nothing in this file can be imported: see why above.",
        ),
      ),
    );
  }

  const form = h(
    "form",
    {
      class: "wizard-step",
      novalidate: true,
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        if (input.value.trim() !== checkedPath) startOver();
        await check();
      },
    },
    h("h3", {}, "1. Choose the file"),
    h(
      "div",
      { class: "field" },
      h("label", { for: "import-path" }, "Nominations file or folder", h("span", { class: "optional" }, " — choose it, or type its path")),
      h(
        "div",
        { class: "file-row" },
        input,
        h("button", { type: "button", id: "import-choose-file", onclick: () => pick("file") }, "Choose CSV file…"),
        h("button", { type: "button", id: "import-choose-folder", onclick: () => pick("folder") }, "Choose Elekto folder…"),
      ),
      h(
        "p",
        { class: "hint", id: hintId },
        "A CSV exported from a web form (one nomination per row, a header row naming the columns: timestamp, nominee, email, employer, nominator, statement), or a folder of Elekto candidate-*.md files. You will see how it is read, and what would be imported, before anything is.",
      ),
    ),
    h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary", id: "import-check" }, "Check the file")),
  );

  return h("div", { class: "card wizard", id: "import-wizard" }, h("h2", {}, "Import nominations"), form, result);
}

/** The form's first rows as read, under its headers. */
function sampleTable(p: NominationPreview): HTMLElement | null {
  if (!p.sample.length) return null;
  const cols = Math.min(p.headers.length, SAMPLE_COLUMNS);
  const more = p.headers.length - cols;
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "data preview sample", "aria-label": "The file's first rows" },
      h("caption", { class: "muted" }, `The first ${plural(p.sample.length, "row")} of the file, as read${more > 0 ? ` (the first ${cols} of ${p.headers.length} columns)` : ""}`),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Line"), p.headers.slice(0, cols).map((x) => h("th", { scope: "col" }, x)))),
      h(
        "tbody",
        {},
        p.sample.map((r) => h("tr", {}, h("td", { class: "num muted" }, String(r.line)), r.cells.slice(0, cols).map((c) => h("td", { title: c }, c.length > 80 ? `${c.slice(0, 80)}…` : c)))),
      ),
    ),
  );
}

/** The nominations the import would make. */
function readyTable(p: NominationPreview): HTMLElement | null {
  if (!p.ready.length) return null;
  const elekto = p.kind === "elekto";
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "data preview", "aria-label": "The nominations ready to import" },
      h("caption", { class: "muted" }, p.ready_count > p.ready.length ? `The first ${p.ready.length} of ${plural(p.ready_count, "nomination")}, as they will be imported` : "The nominations, as they will be imported"),
      h("thead", {}, h("tr", {}, (elekto ? ["Nominee", "ID", "Affiliation", "Statement"] : ["Line", "Nominee", "Email", "Affiliation", "Nominated by", "Statement"]).map((c) => h("th", { scope: "col" }, c)))),
      h(
        "tbody",
        {},
        p.ready.map((n) =>
          h(
            "tr",
            {},
            elekto ? null : h("td", { class: "num muted" }, String(n.line)),
            h("td", {}, n.name, n.late_reason ? h("span", { class: "badge" }, " late") : null),
            elekto ? h("td", {}, n.handle ?? "") : h("td", {}, n.email ?? ""),
            h("td", {}, n.employer ?? ""),
            elekto ? null : h("td", {}, n.nominated_by === "self" ? "Self" : (n.nominated_by ?? "")),
            h("td", { class: "num" }, n.statement_words ? plural(n.statement_words, "word") : "—"),
          ),
        ),
      ),
    ),
  );
}
