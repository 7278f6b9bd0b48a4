// Windows-1252 or Windows-1250? When two likely encodings read a roll
// differently, the wizard says so, shows the lines both ways, and lets the
// user choose (the core weighs them: encoding_choice.rs).

import type { EncodingChoiceView } from "../bindings/EncodingChoiceView";
import { h } from "../dom";

/** The box, or null when the encoding is not in doubt. `choose` re-reads
 * the file in the encoding picked. */
export function encodingChoiceBox(c: EncodingChoiceView | null | undefined, choose: (encoding: string) => void): HTMLElement | null {
  if (!c) return null;
  return h(
    "div",
    { class: "card encoding-choice", id: "encoding-choice", role: "group", "aria-labelledby": "encoding-choice-heading" },
    h("h4", { id: "encoding-choice-heading" }, `Is this file ${c.chosen} or ${c.other}?`),
    h("p", {}, `The two read some names differently. It was read as ${c.chosen}, because ${c.why}. Which column shows the names as they should be?`),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "data" },
        h(
          "thead",
          {},
          h("tr", {}, h("th", { scope: "col" }, "Line"), h("th", { scope: "col" }, `As ${c.chosen}`), h("th", { scope: "col" }, `As ${c.other}`)),
        ),
        h(
          "tbody",
          {},
          c.differing.map((d) => h("tr", {}, h("td", { class: "num" }, String(d.line)), h("td", {}, d.chosen), h("td", {}, d.other))),
        ),
      ),
    ),
    h(
      "div",
      { class: "form-actions" },
      h("button", { type: "button", class: "primary", id: "encoding-keep", onclick: () => choose(c.chosen) }, `Keep ${c.chosen}`),
      h("button", { type: "button", id: "encoding-other", onclick: () => choose(c.other) }, `Read as ${c.other}`),
    ),
  );
}
