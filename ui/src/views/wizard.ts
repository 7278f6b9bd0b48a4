// The pieces the import wizards share (the voter roll's and the
// nominations form's): step 1 (the path box, its choose buttons and the
// check button), how the file was read (its encoding and delimiter, each
// changeable), labelled selects, the column mapping (each field
// mapped to one of the file's columns, as the backend guessed it from the
// headers or as chosen by hand), the list of refused rows, and "only the
// latest check's answer is shown".
//
// The guess itself is made by the backend (scrutineer-core: the roll's
// columns, and nomination_import.rs's SYNONYMS), once, so that the command
// line and the window read a file the same way; the wizard shows it and
// sends back only what the person changed.

import type { App } from "../context";
import { h, uid, type Child } from "../dom";
import { t } from "../i18n";
import type { EncodingChoiceView } from "../bindings/EncodingChoiceView";
import type { RejectedRow } from "../bindings/RejectedRow";
import { encodingChoiceBox } from "./encodingChoice";
import { rich, slot } from "./rich";

export interface Choice {
  value: string;
  label: string;
}

/** A field a column can hold, as the core names it. */
export interface MappedField {
  key: string;
  label: string;
  hint: string;
}

/** The encodings offered, in the window's language (a function: the
 * language can change after the module is loaded). */
export function ENCODINGS(): { value: string; label: string }[] {
  return [
    { value: "utf-8", label: t("ui-wiz-enc-utf8") },
    { value: "windows-1252", label: t("ui-wiz-enc-1252") },
    { value: "iso-8859-1", label: "ISO-8859-1 (Latin-1)" },
    { value: "iso-8859-2", label: t("ui-wiz-enc-8859-2") },
    { value: "windows-1250", label: t("ui-wiz-enc-1250") },
    { value: "iso-8859-15", label: "ISO-8859-15 (Latin-9)" },
    { value: "utf-16le", label: "UTF-16LE" },
    { value: "utf-16be", label: "UTF-16BE" },
  ];
}

export function DELIMITERS(): { value: string; label: string }[] {
  return [
    { value: "comma", label: t("ui-wiz-delim-comma") },
    { value: "semicolon", label: t("ui-wiz-delim-semicolon") },
    { value: "tab", label: t("ui-wiz-delim-tab") },
    { value: "pipe", label: t("ui-wiz-delim-pipe") },
  ];
}

/** How the encoding was found, in plain words. */
export function encodingSource(source: string): string {
  switch (source) {
    case "given":
      return t("ui-wiz-source-given");
    case "bom":
      return t("ui-wiz-source-bom");
    case "utf16_pattern":
      return t("ui-wiz-source-utf16");
    case "valid_utf8":
      return t("ui-wiz-source-utf8");
    case "detected":
      return t("ui-wiz-source-detected");
    default:
      return source;
  }
}

/** The label of the choice "this file has no such column". */
export function notInFile(): string {
  return t("ui-wiz-not-in-file");
}

export function select(id: string, options: Choice[], value: string, onchange: (v: string) => void): HTMLSelectElement {
  const el = h(
    "select",
    { id, name: id },
    options.map((o) => h("option", { value: o.value }, o.label)),
  );
  el.value = value;
  el.addEventListener("change", () => onchange(el.value));
  return el;
}

export function field(id: string, label: string, control: HTMLElement, hint?: Child): HTMLElement {
  const hintId = uid("hint");
  if (hint) control.setAttribute("aria-describedby", hintId);
  return h("div", { class: "field" }, h("label", { for: id }, label), control, hint ? h("p", { class: "hint", id: hintId }, hint) : null);
}

/** The choices of a column select: "not in the file", then each header. */
export function headerOptions(headers: string[]): Choice[] {
  return [{ value: "", label: notInFile() }, ...headers.map((x) => ({ value: x, label: x || t("ui-wiz-no-header") }))];
}

/** Columns chosen by hand: field → header ("" = not in the file). Only
 * these are sent (as `FIELD=HEADER`); every other field keeps the
 * backend's guess. */
export class ColumnChoices {
  map = new Map<string, string>();

  /** A new file: forget the choices made for the last one. */
  clear(): void {
    this.map.clear();
  }

  set(field: string, header: string): void {
    this.map.set(field, header);
  }

  /** The `map` option the backend takes: `FIELD=HEADER`, `FIELD=` for
   * "not in the file". */
  mapOption(): string[] {
    return [...this.map].map(([f, hd]) => `${f}=${hd}`);
  }

  /** The column a field's select shows: the choice by hand, else the
   * backend's guess (`mapping`: field → header), else none (""). */
  shown(field: string, mapping: [string, string][]): string {
    const chosen = this.map.get(field);
    if (chosen !== undefined) return chosen;
    return mapping.find(([f]) => f === field)?.[1] ?? "";
  }
}

/** The columns given to more than one field: header → the fields' labels. */
export function sharedColumns(fields: MappedField[], shown: (key: string) => string): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const f of fields) {
    const col = shown(f.key);
    if (!col) continue;
    by.set(col, [...(by.get(col) ?? []), f.label]);
  }
  return new Map([...by].filter(([, labels]) => labels.length > 1));
}

/** "Which column holds what": one select per field. `prefix`: the
 * selects' ids are `${prefix}-${field.key}`. */
export function mappingFieldset(prefix: string, fields: MappedField[], headers: string[], shown: (key: string) => string, onchange: (key: string, header: string) => void): HTMLElement {
  const options = headerOptions(headers);
  return h(
    "fieldset",
    { class: "mapping" },
    h("legend", {}, t("ui-wiz-mapping")),
    h(
      "div",
      { class: "grid-4" },
      fields.map((f) => {
        const id = `${prefix}-${f.key}`;
        return field(id, f.label, select(id, options, shown(f.key), (v) => onchange(f.key, v)), f.hint || undefined);
      }),
    ),
  );
}

/** The rows an import refuses: "Line N: reason" (a whole file: its reason
 * alone); `more`: refused rows not listed. */
export function refusedList(id: string, rejected: RejectedRow[], more = 0): HTMLElement {
  return h(
    "div",
    { class: "refused" },
    h("h4", {}, t("ui-wiz-refused-heading")),
    h("ul", { id }, rejected.map((r) => h("li", {}, r.line ? [h("strong", {}, t("ui-wiz-line-prefix", { line: String(r.line) })), r.reason] : r.reason))),
    more > 0 ? h("p", { class: "muted" }, t("ui-wiz-more-rows", { n: more })) : null,
  );
}

/** Checks started one after another: only the latest one's answer is
 * shown (a quick second change must not be overwritten by the first's
 * answer). */
export class Latest {
  private n = 0;
  /** A new check; returns its number. */
  start(): number {
    return ++this.n;
  }
  /** Whether check `n` is still the latest. */
  is(n: number): boolean {
    return n === this.n;
  }
}

/** Step 1 of a wizard, "1. Choose the file": the path box (labelled
 * `label`, then `optional` in small words, described by the hint `hintId`)
 * with the choose buttons beside it, and the button `checkId` that checks
 * the file. Editing the path away from the one last checked (`checked`), or
 * checking another path, starts over first. */
export function fileStep(o: {
  input: HTMLInputElement;
  label: string;
  optional: string;
  buttons: HTMLElement[];
  hintId: string;
  hint: string;
  checkId: string;
  novalidate?: boolean;
  checked: () => string;
  startOver: () => void;
  check: () => Promise<void>;
}): HTMLFormElement {
  const { input } = o;
  input.addEventListener("input", () => {
    if (input.value.trim() !== o.checked()) o.startOver();
  });
  return h(
    "form",
    {
      class: "wizard-step",
      novalidate: o.novalidate,
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        if (input.value.trim() !== o.checked()) o.startOver();
        await o.check();
      },
    },
    h("h3", {}, t("ui-wiz-step-1")),
    h(
      "div",
      { class: "field" },
      h("label", { for: input.id }, o.label, h("span", { class: "optional" }, o.optional)),
      h("div", { class: "file-row" }, input, o.buttons),
      h("p", { class: "hint", id: o.hintId }, o.hint),
    ),
    h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary", id: o.checkId }, t("ui-wiz-check"))),
  );
}

/** A choose button's work: open the dialog (`open`); a path picked goes in
 * `input`, and the wizard starts over and checks it. An error is shown
 * beside the button `buttonId`. */
export async function pickPath(app: App, input: HTMLInputElement, buttonId: string, open: () => Promise<string | null>, startOver: () => void, check: () => Promise<void>): Promise<void> {
  try {
    const picked = await open();
    if (picked) {
      input.value = picked;
      startOver();
      await check();
    }
  } catch (e) {
    app.showError(e, document.getElementById(buttonId));
  }
}

/** How the backend read a file. */
export interface FileReading {
  encoding: string;
  encoding_source: string;
  delimiter: string;
  encoding_choice: EncodingChoiceView | null;
}

/** "Read as …" (the encoding and delimiter a file was read with), the
 * encoding choice when two read it differently, and the encoding and
 * delimiter selects (ids `${prefix}-encoding`, `${prefix}-delimiter`).
 * `choose`: what was changed, and to what. */
export function readingControls(prefix: string, r: FileReading, choose: (what: "encoding" | "delimiter", value: string) => void): Child[] {
  const encodingValue = r.encoding.toLowerCase();
  const encodingOptions = ENCODINGS();
  if (!encodingOptions.some((e) => e.value === encodingValue)) encodingOptions.unshift({ value: encodingValue, label: r.encoding });
  const delimiterOptions = DELIMITERS();
  if (!delimiterOptions.some((d) => d.value === r.delimiter)) delimiterOptions.push({ value: r.delimiter, label: t("ui-quoted", { text: r.delimiter }) });
  return [
    h(
      "p",
      { id: `${prefix}-read-as` },
      rich(t("ui-wiz-read-as", { encoding: slot("encoding"), source: encodingSource(r.encoding_source), delimiter: slot("delimiter") }), {
        encoding: h("strong", { "data-testid": `${prefix}-encoding` }, r.encoding),
        delimiter: h("strong", { "data-testid": `${prefix}-delimiter` }, r.delimiter),
      }),
    ),
    encodingChoiceBox(r.encoding_choice, (encoding) => choose("encoding", encoding)),
    h(
      "div",
      { class: "grid-2" },
      field(
        `${prefix}-encoding`,
        t("ui-wiz-encoding"),
        select(`${prefix}-encoding`, encodingOptions, encodingValue, (v) => choose("encoding", v)),
        t("ui-wiz-encoding-hint"),
      ),
      field(
        `${prefix}-delimiter`,
        t("ui-wiz-delimiter"),
        select(`${prefix}-delimiter`, delimiterOptions, r.delimiter, (v) => choose("delimiter", v)),
      ),
    ),
  ];
}
