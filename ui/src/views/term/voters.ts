// The Voters tab: the roll wizard, the refused rows, the roll searched page
// by page, changes by hand and the exports.

import type { App } from "../../context";
import { h, replace } from "../../dom";
import { pageRange, plural, toAppError } from "../../format";
import type { RollImportOptions } from "../../bindings/RollImportOptions";
import type { TermSummary } from "../../bindings/TermSummary";
import { refusedPanel, rememberRefused } from "../refused";
import { rollByHand, rollExports, rollWizard } from "../roll";
import { refresh } from "./nav";

export const VOTERS_PER_PAGE = 50;

export async function votersTab(app: App, term: TermSummary): Promise<Node> {
  const open = term.stage !== "certified";
  const importRoll = async (path: string, options: RollImportOptions) => {
    const label = "Importing the voter roll…";
    const stop = await app.api.onRollProgress((p) => {
      const pct = p.total > 0 ? Math.min(99, Math.floor((100 * p.done) / p.total)) : 0;
      app.setBusyLabel(`${label} ${p.done.toLocaleString("en")} of about ${p.total.toLocaleString("en")} rows (${pct}%)`);
    }).catch(() => () => {});
    const r = await app
      .busy(label, () => app.api.importRoll(term.name, path, options), {
        cancel: () => {
          app.setBusyLabel("Cancelling the import…");
          void app.api.cancelImport();
        },
      })
      .finally(stop);
    if (!r) return;
    rememberRefused(term.name, r.rejected);
    await refresh(app, term.name, "voters", r.rejected.length ? "#refused-heading" : "#voter-search");
    app.showNotice(
      `Imported ${plural(r.imported, "voter")}.`,
      `Read as ${r.encoding}, fields separated by ${describeDelimiter(r.delimiter)}.`,
      r.rejected.length ? `${plural(r.rejected.length, "row was", "rows were")} refused: see “Refused rows” below.` : "",
    );
  };
  const importer = open
    ? rollWizard(app, term, {
        importRoll,
        replaced: async (d) => {
          await refresh(app, term.name, "voters", "#voter-search");
          app.showNotice("The roll now matches the file.", `${plural(d.added_count, "voter")} added, ${d.removed_count.toLocaleString("en")} removed, ${d.changed_count.toLocaleString("en")} changed.`);
        },
      })
    : null;
  const byHand = open
    ? rollByHand(app, term, async (message) => {
        await refresh(app, term.name, "voters", "#voter-search");
        app.showNotice(message, "The change is in the audit log, with its reason.");
      })
    : null;

  let offset = 0;
  let search = "";
  const searchId = "voter-search";
  const searchInput = h("input", { type: "search", id: searchId, placeholder: "Name or email", autocomplete: "off" });
  const summary = h("p", { class: "muted", "aria-live": "polite" });
  const body = h("tbody");
  const prev = h("button", { type: "button", onclick: () => load(offset - VOTERS_PER_PAGE) }, "← Previous");
  const next = h("button", { type: "button", onclick: () => load(offset + VOTERS_PER_PAGE) }, "Next →");

  async function load(newOffset: number): Promise<void> {
    offset = Math.max(0, newOffset);
    try {
      const page = await app.api.voters(term.name, { search: search || null, offset, limit: VOTERS_PER_PAGE });
      replace(
        body,
        page.voters.length === 0
          ? h("tr", {}, h("td", { colspan: byHand ? "4" : "3", class: "muted" }, search ? `No voter matches “${search}”.` : "No voters yet: import the voter roll."))
          : page.voters.map((v) =>
              h(
                "tr",
                {},
                h("td", {}, v.name),
                h("td", {}, v.email),
                h("td", {}, v.member_id ?? ""),
                byHand ? h("td", { class: "actions" }, h("button", { type: "button", class: "link", "aria-label": `Remove ${v.name}…`, onclick: () => byHand.removeFor(v.email) }, "Remove…")) : null,
              ),
            ),
      );
      summary.textContent = `${pageRange(offset, page.voters.length, page.total)}${search ? ` matching “${search}”` : ""}.`;
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
      h("h2", {}, `Voter roll: ${plural(term.voters, "voter")}`),
      h("div", { class: "field inline" }, h("label", { for: searchId }, "Search by name or email"), searchInput),
      summary,
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "data", "aria-label": "Voters" },
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Name"), h("th", { scope: "col" }, "Email"), h("th", { scope: "col" }, "Member ID"), byHand ? h("th", { scope: "col" }, h("span", { class: "sr-only" }, "Actions")) : null)),
          body,
        ),
      ),
      h("div", { class: "pager" }, prev, next),
    ),
    byHand?.card,
    term.voters > 0 ? rollExports(app, term) : null,
  );
}

export function describeDelimiter(d: string): string {
  switch (d) {
    case ",":
    case "comma":
      return "commas";
    case ";":
    case "semicolon":
      return "semicolons";
    case "\t":
    case "tab":
      return "tabs";
    case "|":
    case "pipe":
      return "vertical bars";
    default:
      return `“${d}”`;
  }
}
