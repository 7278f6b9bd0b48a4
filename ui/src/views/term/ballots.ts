// The Ballots tab: a ballot or totals file previewed then imported, totals
// typed twice, and the batches imported.

import type { App } from "../../context";
import { h, replace } from "../../dom";
import { plural } from "../../format";
import type { TermSummary } from "../../bindings/TermSummary";
import { formatLabel, previewCard, totalsForm } from "../elections";
import { localTime } from "../desk";
import { importForm } from "../importForm";
import { refresh } from "./nav";

export async function ballotsTab(app: App, term: TermSummary): Promise<Node> {
  const batches = (await app.busy("Loading the ballot batches…", () => app.api.ballotBatches(term.name))) ?? [];
  const open = term.stage !== "certified";
  const preview = h("div", { id: "ballot-preview" });
  const importer = open
    ? importForm(app, {
        id: "ballots",
        label: "Ballot or totals file",
        hint: "Ballots as published: a CSV grid, BLT, CIVS, Elekto, BetterVoting, Belenios or a Debian tally sheet; or totals (a candidate,votes CSV or a Helios result). The format is found from the file and shown before anything is imported. Every nominee named in the file must be on the list of nominees.",
        button: "Import ballots",
        dialogTitle: "Choose a ballot or totals file",
        filters: [
          { name: "Ballots or totals", extensions: ["csv", "blt", "txt", "json", "jsonl"] },
          { name: "All files", extensions: ["*"] },
        ],
        run: async (path, input) => {
          const p = await app.busy("Reading the file…", () => app.api.previewBallots(term.name, path), { near: input });
          if (!p) return;
          app.clearMessages();
          const cancel = () => {
            replace(preview);
            (document.getElementById("ballots-path") as HTMLInputElement | null)?.focus();
          };
          replace(
            preview,
            previewCard(p, path, async (cast) => {
              const b = await app.busy("Importing…", () => app.api.importBallots(term.name, path, cast), {
                near: preview.querySelector<HTMLElement>("#ballot-preview-import"),
              });
              if (!b) return;
              await refresh(app, term.name, "ballots");
              app.showNotice(
                p.kind === "totals" ? `Imported the totals from ${b.file}: ${plural(b.count, "ballot")} cast.` : `Imported ${plural(b.count, "ballot")} from ${b.file}.`,
                `Format: ${formatLabel(p.format)}. SHA-256 of the file: ${b.sha256}`,
              );
            }, cancel),
          );
          preview.querySelector<HTMLElement>("h2")?.focus();
        },
      })
    : null;
  const countsTotals = term.method === "approval" || term.method === "plurality";
  const nominees = open && countsTotals ? ((await app.busy("Loading the nominees…", () => app.api.nominees(term.name))) ?? []) : [];
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
      h("h2", {}, `Ballots: ${plural(total, "ballot")} in ${plural(batches.length, "batch", "batches")}`),
      batches.length === 0
        ? h("p", { class: "muted empty-note" }, open ? (typed ? "No ballots yet: import the ballot file above, or type the totals." : "No ballots yet: import the ballot file above.") : "No ballots were imported.")
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "data", "aria-label": "Ballot batches" },
              h("thead", {}, h("tr", {}, ...["File", "Ballots", "SHA-256", "Imported"].map((c) => h("th", { scope: "col" }, c)))),
              h(
                "tbody",
                {},
                batches.map((b) =>
                  h("tr", {}, h("th", { scope: "row" }, b.file), h("td", { class: "num" }, b.count.toLocaleString("en")), h("td", {}, h("code", { class: "hash" }, b.sha256)), h("td", { class: "nowrap" }, localTime(b.imported_at))),
                ),
              ),
            ),
          ),
    ),
  );
}
