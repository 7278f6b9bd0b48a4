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
import { sentence } from "../format";
import { t } from "../i18n";
import { rich, slot } from "./rich";
import type { NominationImportOptions } from "../bindings/NominationImportOptions";
import type { NominationPreview } from "../bindings/NominationPreview";
import type { TermSummary } from "../bindings/TermSummary";
import type { FormDates } from "../bindings/FormDates";
import { ColumnChoices, field, fileStep, Latest, mappingFieldset, pickPath, readingControls, refusedList, select, sharedColumns, type Choice, type MappedField } from "./wizard";

/** The fields a nominations form's column can hold, as the core names
 * them (nomination_import.rs). */
/** Labels and hints are read when shown, in the window's language then. */
export const NOMINATION_FIELDS: MappedField[] = [
  { key: "name", get label() { return t("ui-nimp-field-name"); }, get hint() { return t("ui-field-required"); } },
  { key: "email", get label() { return t("ui-nimp-field-email"); }, hint: "" },
  { key: "employer", get label() { return t("ui-nimp-field-employer"); }, hint: "" },
  { key: "nominator", get label() { return t("ui-nimp-field-nominator"); }, get hint() { return t("ui-nimp-field-nominator-hint"); } },
  { key: "statement", get label() { return t("ui-nimp-field-statement"); }, get hint() { return t("ui-nimp-field-statement-hint"); } },
  { key: "timestamp", get label() { return t("ui-nimp-field-timestamp"); }, get hint() { return t("ui-nimp-field-timestamp-hint"); } },
  { key: "handle", get label() { return t("ui-nimp-field-handle"); }, get hint() { return t("ui-nimp-field-handle-hint"); } },
  { key: "seconders", get label() { return t("ui-nimp-field-seconders"); }, get hint() { return t("ui-nimp-field-seconders-hint"); } },
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
    { value: "", label: dates.ambiguous ? t("ui-nimp-order-choose") : dates.order === "mdy" ? t("ui-nimp-order-as-file-mdy") : t("ui-nimp-order-as-file-dmy") },
    { value: "dmy", label: ex ? t("ui-nimp-order-dmy-example", { value: ex.value, date: ex.dmy }) : t("ui-nimp-order-dmy") },
    { value: "mdy", label: ex ? t("ui-nimp-order-mdy-example", { value: ex.value, date: ex.mdy }) : t("ui-nimp-order-mdy") },
  ];
}

/** "A and B", "A, B and C" in the window's language. */
export function andList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return t("ui-and-list", { init: items.slice(0, -1).join(t("ui-list-sep")), last: items[items.length - 1] });
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
  const input = h("input", { type: "text", id: "import-path", name: "import-path", autocomplete: "off", spellcheck: "false", placeholder: t("ui-nimp-placeholder"), "aria-describedby": hintId });
  const result = h("div", { class: "wizard-result", id: "import-check-result" });

  const pick = (how: "file" | "folder") =>
    pickPath(
      app,
      input,
      how === "folder" ? "import-choose-folder" : "import-choose-file",
      () =>
        how === "folder"
          ? app.dialogs.openFolder(t("ui-nimp-folder-title"))
          : app.dialogs.openFile(t("ui-nimp-file-title"), [
              { name: t("ui-nimp-filter-form"), extensions: ["csv", "tsv", "txt"] },
              { name: t("ui-nimp-filter-elekto"), extensions: ["md"] },
              { name: t("ui-wiz-all-files"), extensions: ["*"] },
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
      fieldError(input, t("ui-nimp-need-file"));
      return;
    }
    const options = choices.options();
    const mine = checks.start();
    const p = await app.busy(t("ui-nimp-checking"), () => app.api.previewNominations(term.name, path, options));
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
            t("ui-nimp-order-label"),
            select("import-date-order", dateOrderOptions(dates), choices.dateOrder ?? "", (v) => {
              choices.dateOrder = v || null;
              void check("import-date-order");
            }),
            dates.ambiguous && dates.example
              ? t("ui-nimp-order-ambiguous", { line: String(dates.example.line), value: dates.example.value, dmy: dates.example.dmy, mdy: dates.example.mdy })
              : sentence(dates.why),
          )
        : null,
      dates.local_time ? h("p", { class: "hint", id: "import-local-time" }, t("ui-nimp-local-time", { zone: dates.local_time })) : null,
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
          h("h3", { id: "import-step-2", tabindex: "-1" }, t("ui-nimp-step-2-elekto")),
          h("p", {}, t("ui-nimp-elekto-explain")),
        )
      : h(
          "section",
          { class: "wizard-step", "aria-labelledby": "import-step-2" },
          h("h3", { id: "import-step-2", tabindex: "-1" }, t("ui-nimp-step-2")),
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
                [...shared].map(([col, labels]) => t("ui-nimp-shared", { column: col, fields: andList(labels) })),
                t("ui-nimp-shared-check"),
              )
            : null,
          datesSection(p.dates),
          p.problem
            ? h(
                "div",
                { class: "inline-problem", role: "alert", id: "import-problem" },
                h("strong", {}, t("ui-cannot-import-yet")),
                sentence(p.problem.message),
                p.dates?.ambiguous ? t("ui-nimp-choose-order") : t("ui-choose-columns"),
              )
            : null,
        );

    const late = h("input", { type: "text", id: "import-late", name: "import-late", autocomplete: "off", value: choices.lateReason });
    late.addEventListener("change", () => {
      if (late.value.trim() === choices.lateReason.trim()) return;
      choices.lateReason = late.value;
      void check("import-late");
    });
    // Refused by the nomination period (a late reason can override it): by
    // the reason's message id, the same in every language.
    const lateRefused = p.rejected.some((r) => r.id === "err-rule-period");

    const step3 = p.problem
      ? null
      : h(
          "section",
          { class: "wizard-step", "aria-labelledby": "import-step-3" },
          h("h3", { id: "import-step-3" }, t("ui-nimp-step-3")),
          h(
            "p",
            { class: "counts", id: "import-counts", "aria-live": "polite" },
            rich(t(p.rejected.length > 0 ? "ui-nimp-counts-refused" : "ui-nimp-counts", { ready: slot("ready"), refused: slot("refused") }), {
              ready: h("strong", {}, t("ui-nimp-ready", { n: p.ready_count })),
              refused: h("span", { class: "refused-count" }, elekto ? t("ui-nimp-files-will-refuse", { n: p.rejected.length }) : t("ui-roll-will-refuse", { n: p.rejected.length })),
            }),
          ),
          readyTable(p),
          p.rejected.length ? refusedList("import-refused", p.rejected) : null,
          lateRefused || choices.lateReason.trim()
            ? field(
                "import-late",
                t("ui-nimp-late-label"),
                late,
                t("ui-nimp-late-hint"),
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
          const r = await app.busy(t("ui-nimp-importing"), () => app.api.importNominations(term.name, path, options));
          if (!r) return;
          const refused = r.rejected.length;
          await done(
            t("ui-nimp-imported", { n: r.imported.length }),
            ...(refused ? [elekto ? t("ui-nimp-files-were-refused", { n: refused }) : t("ui-nimp-rows-were-refused", { n: refused }), ...r.rejected.map((x) => (x.line ? t("ui-wiz-line-reason", { line: String(x.line), reason: x.reason }) : x.reason))] : []),
          );
        },
      },
      ready ? t("ui-nimp-import-n", { n: p.ready_count }) : t("ui-roll-import"),
    );

    replace(
      result,
      step2,
      step3,
      h(
        "section",
        { class: "wizard-step", "aria-labelledby": "import-step-4" },
        h("h3", { id: "import-step-4" }, p.problem ? t("ui-roll-step-3") : t("ui-nimp-step-4")),
        h("div", { class: "form-actions" }, importButton),
        h(
          "p",
          { class: "hint" },
          ready
            ? t("ui-nimp-ready-hint")
            : p.problem
              ? p.dates?.ambiguous
                ? t("ui-nimp-order-first")
                : t("ui-roll-fix-columns")
              : t("ui-nimp-nothing"),
        ),
      ),
    );
  }

  const form = fileStep({
    input,
    label: t("ui-nimp-file-label"),
    optional: t("ui-nimp-path-optional"),
    buttons: [
      h("button", { type: "button", id: "import-choose-file", onclick: () => pick("file") }, t("ui-nimp-choose-csv")),
      h("button", { type: "button", id: "import-choose-folder", onclick: () => pick("folder") }, t("ui-nimp-choose-elekto")),
    ],
    hintId,
    hint: t("ui-nimp-file-hint"),
    checkId: "import-check",
    novalidate: true,
    checked: () => checkedPath,
    startOver,
    check,
  });

  return h("div", { class: "card wizard", id: "import-wizard" }, h("h2", {}, t("ui-nimp-heading")), form, result);
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
      { class: "data preview sample", "aria-label": t("ui-nimp-sample-label") },
      h("caption", { class: "muted" }, more > 0 ? t("ui-nimp-sample-caption-cols", { n: p.sample.length, cols, total: p.headers.length }) : t("ui-nimp-sample-caption", { n: p.sample.length })),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("ui-enc-line")), p.headers.slice(0, cols).map((x) => h("th", { scope: "col" }, x)))),
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
      { class: "data preview", "aria-label": t("ui-nimp-ready-label") },
      h("caption", { class: "muted" }, p.ready_count > p.ready.length ? t("ui-nimp-ready-first", { shown: p.ready.length, n: p.ready_count }) : t("ui-nimp-ready-all")),
      h("thead", {}, h("tr", {}, (elekto ? [t("ui-nimp-field-name"), t("ui-nimp-col-id"), t("ui-nom-col-affiliation"), t("ui-nimp-field-statement")] : [t("ui-enc-line"), t("ui-nimp-field-name"), t("ui-col-email"), t("ui-nom-col-affiliation"), t("ui-nimp-field-nominator"), t("ui-nimp-col-sent"), t("ui-nimp-field-statement")]).map((c) => h("th", { scope: "col" }, c)))),
      h(
        "tbody",
        {},
        p.ready.map((n) =>
          h(
            "tr",
            {},
            elekto ? null : h("td", { class: "num muted" }, String(n.line)),
            h("td", {}, n.name, n.late_reason ? h("span", { class: "badge" }, t("ui-nimp-late-badge")) : null),
            elekto ? h("td", {}, n.handle ?? "") : h("td", {}, n.email ?? ""),
            h("td", {}, n.employer ?? ""),
            elekto ? null : h("td", {}, n.nominated_by === "self" ? t("ui-nimp-self") : (n.nominated_by ?? "")),
            elekto ? null : h("td", { class: "muted" }, sentOn(n.nominated_at)),
            h("td", { class: "num" }, n.statement_words ? t("ui-words", { n: n.statement_words }) : "—"),
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
  return m[2] ? t("ui-utc-time", { date: m[1], time: m[2] }) : m[1];
}
