// The Voters tab: the roll wizard, the refused rows, the roll searched page
// by page, changes by hand and the exports.

import type { App } from "../../context";
import { h, replace } from "../../dom";
import { toAppError } from "../../format";
import { t } from "../../i18n";
import type { RollImportOptions } from "../../bindings/RollImportOptions";
import type { TermSummary } from "../../bindings/TermSummary";
import { refusedPanel, rememberRefused } from "../refused";
import { rollByHand, rollExports, rollWizard } from "../roll";
import { refresh } from "./nav";

export const VOTERS_PER_PAGE = 50;

export async function votersTab(app: App, term: TermSummary): Promise<Node> {
  const open = term.stage !== "certified";
  const importRoll = async (path: string, options: RollImportOptions) => {
    const label = t("ui-voters-importing");
    const stop = await app.api.onRollProgress((p) => {
      const pct = p.total > 0 ? Math.min(99, Math.floor((100 * p.done) / p.total)) : 0;
      app.setBusyLabel(t("ui-voters-importing-progress", { done: p.done, total: p.total, pct }));
    }).catch(() => () => {});
    const r = await app
      .busy(label, () => app.api.importRoll(term.name, path, options), {
        cancel: () => {
          app.setBusyLabel(t("ui-voters-cancelling"));
          void app.api.cancelImport();
        },
      })
      .finally(stop);
    if (!r) return;
    rememberRefused(term.name, r.rejected);
    await refresh(app, term.name, "voters", r.rejected.length ? "#refused-heading" : "#voter-search");
    app.showNotice(
      t("ui-voters-imported", { n: r.imported }),
      t("ui-voters-read-as", { encoding: r.encoding, delimiter: describeDelimiter(r.delimiter) }),
      r.rejected.length ? t("ui-voters-refused", { n: r.rejected.length }) : "",
    );
  };
  const importer = open
    ? rollWizard(app, term, {
        importRoll,
        replaced: async (d) => {
          await refresh(app, term.name, "voters", "#voter-search");
          app.showNotice(t("ui-voters-replaced"), t("ui-voters-replaced-counts", { added: d.added_count, removed: d.removed_count, changed: d.changed_count }));
        },
      })
    : null;
  const byHand = open
    ? rollByHand(app, term, async (message) => {
        await refresh(app, term.name, "voters", "#voter-search");
        app.showNotice(message, t("ui-voters-change-audit"));
      })
    : null;

  let offset = 0;
  let search = "";
  const searchId = "voter-search";
  const searchInput = h("input", { type: "search", id: searchId, placeholder: t("ui-voters-search-placeholder"), autocomplete: "off" });
  const summary = h("p", { class: "muted", "aria-live": "polite" });
  const body = h("tbody");
  const prev = h("button", { type: "button", onclick: () => load(offset - VOTERS_PER_PAGE) }, t("ui-voters-previous"));
  const next = h("button", { type: "button", onclick: () => load(offset + VOTERS_PER_PAGE) }, t("ui-voters-next"));

  async function load(newOffset: number): Promise<void> {
    offset = Math.max(0, newOffset);
    try {
      const page = await app.api.voters(term.name, { search: search || null, offset, limit: VOTERS_PER_PAGE });
      replace(
        body,
        page.voters.length === 0
          ? h("tr", {}, h("td", { colspan: byHand ? "4" : "3", class: "muted" }, search ? t("ui-voters-no-match", { search }) : t("ui-voters-none")))
          : page.voters.map((v) =>
              h(
                "tr",
                {},
                h("td", {}, v.name),
                h("td", {}, v.email),
                h("td", {}, v.member_id ?? ""),
                byHand ? h("td", { class: "actions" }, h("button", { type: "button", class: "link", "aria-label": t("ui-voters-remove-name", { name: v.name }), onclick: () => byHand.removeFor(v.email) }, t("ui-voters-remove"))) : null,
              ),
            ),
      );
      summary.textContent = pageSummary(offset, page.voters.length, page.total, search);
      prev.disabled = offset === 0;
      next.disabled = offset + page.voters.length >= page.total;
    } catch (e) {
      app.showError(toAppError(e));
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  searchInput.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      search = searchInput.value.trim();
      void load(0);
    }, 250);
  });
  await load(0);

  return h(
    "div",
    {},
    importer,
    refusedPanel(app, term.name),
    h(
      "div",
      { class: "card" },
      h("h2", {}, t("ui-voters-heading", { n: term.voters })),
      h("div", { class: "field inline" }, h("label", { for: searchId }, t("ui-voters-search")), searchInput),
      summary,
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "data", "aria-label": t("ui-voters-table-label") },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("ui-col-name")), h("th", { scope: "col" }, t("ui-col-email")), h("th", { scope: "col" }, t("ui-roll-field-id")), byHand ? h("th", { scope: "col" }, h("span", { class: "sr-only" }, t("ui-col-actions"))) : null)),
          body,
        ),
      ),
      h("div", { class: "pager" }, prev, next),
    ),
    byHand?.card,
    term.voters > 0 ? rollExports(app, term) : null,
  );
}

/** "Showing 51–100 of 230 matching “x”." for a page of the roll. */
export function pageSummary(offset: number, shown: number, total: number, search: string): string {
  if (total === 0 || shown === 0) return search ? t("ui-voters-range-none-matching", { search }) : t("ui-voters-range-none");
  const args = { from: offset + 1, to: offset + shown, total, search };
  return search ? t("ui-voters-range-matching", args) : t("ui-voters-range", args);
}

export function describeDelimiter(d: string): string {
  switch (d) {
    case ",":
    case "comma":
      return t("ui-voters-delim-comma");
    case ";":
    case "semicolon":
      return t("ui-voters-delim-semicolon");
    case "\t":
    case "tab":
      return t("ui-voters-delim-tab");
    case "|":
    case "pipe":
      return t("ui-voters-delim-pipe");
    default:
      return t("ui-quoted", { text: d });
  }
}
