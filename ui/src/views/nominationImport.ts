// Importing nominations (issue 9) with the roll's kind of wizard: choose a
// form CSV (or a folder of Elekto candidate files), see the first rows and
// which column holds what (guessed by the backend from the headers, each
// changeable with a select), then a dry run: the nominations that would be
// imported and the rows refused, with their line and reason. The import
// itself is one transaction: everything ready is imported together.
//
// A form CSV is read as the roll is (its encoding and delimiter detected,
// each changeable, the Windows-1252/1250 choice offered when the two read
// it differently), and its timestamps as the form wrote them: when every
// slash date reads both as day/month and month/day, the order must be
// chosen here before anything can be imported.

import type { App } from "../context";
import { fieldError } from "../feedback";
import { h, replace, uid } from "../dom";
import { plural, sentence } from "../format";
import type { NominationImportOptions } from "../bindings/NominationImportOptions";
import type { NominationPreview } from "../bindings/NominationPreview";
import type { TermSummary } from "../bindings/TermSummary";
import type { FormDates } from "../bindings/FormDates";
import { ColumnChoices, field, fileStep, Latest, mappingFieldset, pickPath, readingControls, refusedList, select, sharedColumns, type Choice, type MappedField } from "./wizard";

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
  /** `null`: detected. */
  encoding: string | null = null;
  delimiter: string | null = null;
  /** `dmy` or `mdy`; `null`: as the file shows (or to be chosen). */
  dateOrder: string | null = null;

  /** A new file: forget every choice made for the last one. */
  override clear(): void {
    super.clear();
    this.lateReason = "";
    this.encoding = null;
    this.delimiter = null;
    this.dateOrder = null;
  }

  options(): NominationImportOptions {
    return { map: this.mapOption(), late_reason: this.lateReason.trim() || null, date_order: this.dateOrder, encoding: this.encoding, delimiter: this.delimiter };
  }
}

/** The choices of the date-order select: "as the file shows" (or, when it
 * shows nothing, "choose"), then the two orders with an example. */
export function dateOrderOptions(dates: FormDates): Choice[] {
  const ex = dates.example;
  return [
    { value: "", label: dates.ambiguous ? "— choose the order —" : `As the file shows (${dates.order === "mdy" ? "month/day/year" : "day/month/year"})` },
    { value: "dmy", label: ex ? `Day/month/year: “${ex.value}” is ${ex.dmy}` : "Day/month/year (most of Europe)" },
    { value: "mdy", label: ex ? `Month/day/year: “${ex.value}” is ${ex.mdy}` : "Month/day/year (the United States)" },
  ];
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

  const pick = (how: "file" | "folder") =>
    pickPath(
      app,
      input,
      how === "folder" ? "import-choose-folder" : "import-choose-file",
      () =>
        how === "folder"
          ? app.dialogs.openFolder("Choose the folder of Elekto candidate files")
          : app.dialogs.openFile("Choose the nominations file", [
              { name: "Form responses (CSV)", extensions: ["csv", "tsv", "txt"] },
              { name: "Elekto candidate file", extensions: ["md"] },
              { name: "All files", extensions: ["*"] },
            ]),
      startOver,
      check,
    );

  function startOver() {
    choices.clear();
    checkedPath = "";
    replace(result);
  }

  /** Check the file (a dry run); `focusId`: the control that asked,
   * focused again after the result is drawn (else step 2's heading). */
  async function check(focusId?: string): Promise<void> {
    const path = input.value.trim();
    if (!path) {
      fieldError(input, "Choose the nominations file or folder first (or type its path), then check it.");
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

  /** The encoding and delimiter the file was read with, each changeable. */
  function readingSection(p: NominationPreview): HTMLElement | null {
    if (!p.encoding || !p.delimiter) return null;
    return h(
      "div",
      { class: "reading" },
      readingControls("import", { encoding: p.encoding, encoding_source: p.encoding_source ?? "", delimiter: p.delimiter, encoding_choice: p.encoding_choice }, (what, value) => {
        choices[what] = value;
        void check(`import-${what}`);
      }),
    );
  }

  /** How the timestamps are read: the order of day and month (to be
   * chosen when every date reads both ways), and local time. */
  function datesSection(dates: FormDates | null): HTMLElement | null {
    if (!dates) return null;
    const slashes = dates.ambiguous || dates.order !== null || choices.dateOrder !== null;
    return h(
      "div",
      { class: dates.ambiguous ? "dates inline-problem" : "dates", id: "import-dates" },
      slashes
        ? field(
            "import-date-order",
            "Order of day and month in the timestamps",
            select("import-date-order", dateOrderOptions(dates), choices.dateOrder ?? "", (v) => {
              choices.dateOrder = v || null;
              void check("import-date-order");
            }),
            dates.ambiguous && dates.example
              ? `No day in the file is over 12, so every date reads both ways: line ${dates.example.line}’s “${dates.example.value}” is ${dates.example.dmy} as day/month (most of Europe) or ${dates.example.mdy} as month/day (the United States). Choose the order the form used.`
              : sentence(dates.why),
          )
        : null,
      dates.local_time ? h("p", { class: "hint", id: "import-local-time" }, `Times without a zone are read as your local time, ${dates.local_time}.`) : null,
    );
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
          h("h3", { id: "import-step-2", tabindex: "-1" }, "2. Check how the file is read, and which column holds what"),
          readingSection(p),
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
          datesSection(p.dates),
          p.problem
            ? h(
                "div",
                { class: "inline-problem", role: "alert", id: "import-problem" },
                h("strong", {}, "This file cannot be imported yet. "),
                sentence(p.problem.message),
                p.dates?.ambiguous ? " Choose the order of day and month above." : " Choose the right columns above.",
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
              ? p.dates?.ambiguous
                ? "Choose the order of day and month above first: nothing can be imported yet."
                : "Fix the columns above first: nothing can be imported yet."
              : "Nothing in this file can be imported: see why above.",
        ),
      ),
    );
  }

  const form = fileStep({
    input,
    label: "Nominations file or folder",
    optional: " — choose it, or type its path",
    buttons: [
      h("button", { type: "button", id: "import-choose-file", onclick: () => pick("file") }, "Choose CSV file…"),
      h("button", { type: "button", id: "import-choose-folder", onclick: () => pick("folder") }, "Choose Elekto folder…"),
    ],
    hintId,
    hint: "A CSV exported from a web form (one nomination per row, a header row naming the columns: timestamp, nominee, email, employer, nominator, statement), or a folder of Elekto candidate-*.md files. You will see how it is read, and what would be imported, before anything is.",
    checkId: "import-check",
    novalidate: true,
    checked: () => checkedPath,
    startOver,
    check,
  });

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
      h("thead", {}, h("tr", {}, (elekto ? ["Nominee", "ID", "Affiliation", "Statement"] : ["Line", "Nominee", "Email", "Affiliation", "Nominated by", "Sent on", "Statement"]).map((c) => h("th", { scope: "col" }, c)))),
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
            elekto ? null : h("td", { class: "muted" }, sentOn(n.nominated_at)),
            h("td", { class: "num" }, n.statement_words ? plural(n.statement_words, "word") : "—"),
          ),
        ),
      ),
    ),
  );
}

/** When a nomination was sent, as stored (UTC), in words: `2026-03-02
 * 09:11 UTC`, or the date alone. */
export function sentOn(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}):\d{2}Z)?$/.exec(at.trim());
  if (!m) return at;
  return m[2] ? `${m[1]} ${m[2]} UTC` : m[1];
}
