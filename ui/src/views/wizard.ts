// The pieces the import wizards share (the voter roll's and the
// nominations form's): labelled selects, the column mapping (each field
// mapped to one of the file's columns, as the backend guessed it from the
// headers or as chosen by hand), the list of refused rows, and "only the
// latest check's answer is shown".
//
// The guess itself is made by the backend (scrutineer-core: the roll's
// columns, and nomination_import.rs's SYNONYMS), once, so that the command
// line and the window read a file the same way; the wizard shows it and
// sends back only what the person changed.

import { h, uid, type Child } from "../dom";
import { plural } from "../format";
import type { RejectedRow } from "../bindings/RejectedRow";

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
