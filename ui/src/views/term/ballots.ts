// The Ballots tab: a ballot or totals file previewed then imported, totals
// typed twice, and the batches imported.

import type { App } from "../../context";
import { h, replace } from "../../dom";
import { num, t } from "../../i18n";
import type { TermSummary } from "../../bindings/TermSummary";
import { formatLabel, previewCard, totalsForm } from "../elections";
import { localTime } from "../desk";
import { importForm } from "../importForm";
import { refresh } from "./nav";

export async function ballotsTab(app: App, term: TermSummary): Promise<Node> {
  const batches = (await app.busy(t("ui-ballots-loading"), () => app.api.ballotBatches(term.name))) ?? [];
  const open = term.stage !== "certified";
  const preview = h("div", { id: "ballot-preview" });
  const importer = open
    ? importForm(app, {
        id: "ballots",
        label: t("ui-ballots-file-label"),
        hint: t("ui-ballots-file-hint"),
        button: t("ui-ballots-import"),
        dialogTitle: t("ui-ballots-dialog-title"),
        filters: [
          { name: t("ui-ballots-filter"), extensions: ["csv", "blt", "txt", "json", "jsonl"] },
          { name: t("ui-wiz-all-files"), extensions: ["*"] },
        ],
        run: async (path, input) => {
          const p = await app.busy(t("ui-ballots-reading"), () => app.api.previewBallots(term.name, path), { near: input });
          if (!p) return;
          app.clearMessages();
          const cancel = () => {
            replace(preview);
            (document.getElementById("ballots-path") as HTMLInputElement | null)?.focus();
          };
          replace(
            preview,
            previewCard(p, path, async (cast) => {
              const b = await app.busy(t("ui-ballots-importing"), () => app.api.importBallots(term.name, path, cast), {
                near: preview.querySelector<HTMLElement>("#ballot-preview-import"),
              });
              if (!b) return;
              await refresh(app, term.name, "ballots");
              app.showNotice(
                p.kind === "totals" ? t("ui-ballots-imported-totals", { file: b.file, n: b.count }) : t("ui-ballots-imported", { file: b.file, n: b.count }),
                t("ui-ballots-imported-format", { format: formatLabel(p.format), sha: b.sha256 }),
              );
            }, cancel),
          );
          preview.querySelector<HTMLElement>("h2")?.focus();
        },
      })
    : null;
  const countsTotals = term.method === "approval" || term.method === "plurality";
  const nominees = open && countsTotals ? ((await app.busy(t("ui-nom-loading-list"), () => app.api.nominees(term.name))) ?? []) : [];
  const typed = open && countsTotals && nominees.length > 0 ? totalsForm(app, term.name, nominees, () => refresh(app, term.name, "ballots")) : null;
  const total = batches.reduce((n, b) => n + b.count, 0);
  return h(
    "div",
    {},
    importer,
    preview,
    typed,
    h(
      "div",
      { class: "card" },
      h("h2", {}, t("ui-ballots-heading", { n: total, batches: batches.length })),
      batches.length === 0
        ? h("p", { class: "muted empty-note" }, open ? (typed ? t("ui-ballots-none-typed") : t("ui-ballots-none")) : t("ui-ballots-none-closed"))
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "data", "aria-label": t("ui-ballots-table-label") },
              h("thead", {}, h("tr", {}, ...[t("ui-ballots-col-file"), t("ui-explain-ballots"), "SHA-256", t("ui-ballots-col-imported")].map((c) => h("th", { scope: "col" }, c)))),
              h(
                "tbody",
                {},
                batches.map((b) =>
                  h("tr", {}, h("th", { scope: "row" }, b.file), h("td", { class: "num" }, num(b.count)), h("td", {}, h("code", { class: "hash" }, b.sha256)), h("td", { class: "nowrap" }, localTime(b.imported_at))),
                ),
              ),
            ),
          ),
    ),
  );
}
