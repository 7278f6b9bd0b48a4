// Windows-1252 or Windows-1250? When two likely encodings read a roll
// differently, the wizard says so, shows the lines both ways, and lets the
// user choose (the core weighs them: encoding_choice.rs).

import type { EncodingChoiceView } from "../bindings/EncodingChoiceView";
import { h } from "../dom";
import { t } from "../i18n";

/** The box, or null when the encoding is not in doubt. `choose` re-reads
 * the file in the encoding picked. */
export function encodingChoiceBox(c: EncodingChoiceView | null | undefined, choose: (encoding: string) => void): HTMLElement | null {
  if (!c) return null;
  return h(
    "div",
    { class: "card encoding-choice", id: "encoding-choice", role: "group", "aria-labelledby": "encoding-choice-heading" },
    h("h4", { id: "encoding-choice-heading" }, t("ui-enc-question", { chosen: c.chosen, other: c.other })),
    h("p", {}, t("ui-enc-explain", { chosen: c.chosen, why: c.why })),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "data" },
        h(
          "thead",
          {},
          h("tr", {}, h("th", { scope: "col" }, t("ui-enc-line")), h("th", { scope: "col" }, t("ui-enc-as", { encoding: c.chosen })), h("th", { scope: "col" }, t("ui-enc-as", { encoding: c.other }))),
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
      h("button", { type: "button", class: "primary", id: "encoding-keep", onclick: () => choose(c.chosen) }, t("ui-enc-keep", { encoding: c.chosen })),
      h("button", { type: "button", id: "encoding-other", onclick: () => choose(c.other) }, t("ui-enc-read-as", { encoding: c.other })),
    ),
  );
}
