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
import { plural } from "../format";
import type { EncodingChoiceView } from "../bindings/EncodingChoiceView";
import type { RejectedRow } from "../bindings/RejectedRow";
import { encodingChoiceBox } from "./encodingChoice";

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

export const ENCODINGS: { value: string; label: string }[] = [
  { value: "utf-8", label: "UTF-8 (most files)" },
  { value: "windows-1252", label: "Windows-1252 (Western European, Excel)" },
  { value: "iso-8859-1", label: "ISO-8859-1 (Latin-1)" },
  { value: "iso-8859-2", label: "ISO-8859-2 (Central European)" },
  { value: "windows-1250", label: "Windows-1250 (Central European, Excel)" },
  { value: "iso-8859-15", label: "ISO-8859-15 (Latin-9)" },
  { value: "utf-16le", label: "UTF-16LE" },
  { value: "utf-16be", label: "UTF-16BE" },
];

export const DELIMITERS: { value: string; label: string }[] = [
  { value: "comma", label: "Commas ( , )" },
  { value: "semicolon", label: "Semicolons ( ; )" },
  { value: "tab", label: "Tabs" },
  { value: "pipe", label: "Vertical bars ( | )" },
];

/** How the encoding was found, in plain words. */
export function encodingSource(source: string): string {
  switch (source) {
    case "given":
      return "as you chose";
    case "bom":
      return "marked at the start of the file";
    case "utf16_pattern":
      return "recognised from the file's bytes";
    case "valid_utf8":
      return "the file is valid UTF-8";
    case "detected":
      return "guessed from the letters in the file: check that the names below look right";
    default:
      return source;
  }
}

/** The label of the choice "this file has no such column". */
export const NOT_IN_FILE = "— not in the file —";

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
  return [{ value: "", label: NOT_IN_FILE }, ...headers.map((x) => ({ value: x, label: x || "(no header)" }))];
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
    h("legend", {}, "Which column holds what"),
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
    h("h4", {}, "Rows that will be refused"),
    h("ul", { id }, rejected.map((r) => h("li", {}, r.line ? [h("strong", {}, `Line ${r.line}: `), r.reason] : r.reason))),
    more > 0 ? h("p", { class: "muted" }, `…and ${plural(more, "more row")}.`) : null,
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
    h("h3", {}, "1. Choose the file"),
    h(
      "div",
      { class: "field" },
      h("label", { for: input.id }, o.label, h("span", { class: "optional" }, o.optional)),
      h("div", { class: "file-row" }, input, o.buttons),
      h("p", { class: "hint", id: o.hintId }, o.hint),
    ),
    h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary", id: o.checkId }, "Check the file")),
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
  const encodingOptions = [...ENCODINGS];
  if (!encodingOptions.some((e) => e.value === encodingValue)) encodingOptions.unshift({ value: encodingValue, label: r.encoding });
  const delimiterOptions = [...DELIMITERS];
  if (!delimiterOptions.some((d) => d.value === r.delimiter)) delimiterOptions.push({ value: r.delimiter, label: `“${r.delimiter}”` });
  return [
    h(
      "p",
      { id: `${prefix}-read-as` },
      "Read as ",
      h("strong", { "data-testid": `${prefix}-encoding` }, r.encoding),
      ` (${encodingSource(r.encoding_source)}), columns separated by `,
      h("strong", { "data-testid": `${prefix}-delimiter` }, r.delimiter),
      ".",
    ),
    encodingChoiceBox(r.encoding_choice, (encoding) => choose("encoding", encoding)),
    h(
      "div",
      { class: "grid-2" },
      field(
        `${prefix}-encoding`,
        "Text encoding",
        select(`${prefix}-encoding`, encodingOptions, encodingValue, (v) => choose("encoding", v)),
        "Change it if letters such as é, ö or ł look wrong below.",
      ),
      field(
        `${prefix}-delimiter`,
        "Columns separated by",
        select(`${prefix}-delimiter`, delimiterOptions, r.delimiter, (v) => choose("delimiter", v)),
      ),
    ),
  ];
}
