// The "Refused rows" panel: the rows the last roll import refused stay
// visible after the import (until the next import of that term, or the app
// closes), each with its line and reason, and can be saved as CSV.

import type { App } from "../context";
import type { RejectedRow } from "../bindings/RejectedRow";
import { h } from "../dom";
import { t } from "../i18n";

/** The last import's refused rows, by term name. */
const lastRefused = new Map<string, RejectedRow[]>();

/** Remember what an import of `term` refused (an empty list forgets). */
export function rememberRefused(term: string, rows: RejectedRow[]): void {
  if (rows.length) lastRefused.set(term, rows);
  else lastRefused.delete(term);
}

export function refusedFor(term: string): RejectedRow[] {
  return lastRefused.get(term) ?? [];
}

/** The panel, or null when the last import refused nothing. */
export function refusedPanel(app: App, term: string): HTMLElement | null {
  const rows = refusedFor(term);
  if (!rows.length) return null;
  const slug = term.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "term";
  const save = async () => {
    const path = await app.dialogs.saveFile(t("ui-refused-save-title"), `${slug}-refused-rows.csv`, [{ name: "CSV", extensions: ["csv"] }]).catch((e) => {
      app.showError(e);
      return null;
    });
    if (!path) return;
    const ok = await app.busy(t("ui-refused-saving"), async () => {
      await app.api.exportRefusedRows(rows, path);
      return true;
    });
    if (ok) app.showNotice(t("ui-refused-saved"), path);
  };
  return h(
    "section",
    { class: "card refused", id: "refused-rows", "aria-labelledby": "refused-heading" },
    h("h2", { id: "refused-heading", tabindex: "-1" }, t("ui-refused-heading")),
    h("p", {}, t("ui-refused-explain", { n: rows.length })),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "data", "aria-labelledby": "refused-heading" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("ui-enc-line")), h("th", { scope: "col" }, t("ui-refused-why")))),
        h(
          "tbody",
          {},
          rows.map((r) => h("tr", {}, h("td", { class: "num" }, String(r.line)), h("td", {}, r.reason))),
        ),
      ),
    ),
    h("div", { class: "form-actions" }, h("button", { type: "button", id: "save-refused", onclick: save }, t("ui-refused-save"))),
  );
}
