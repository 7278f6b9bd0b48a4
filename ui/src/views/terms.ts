// The first screen: every term in the election file, and "New term".

import type { App } from "../context";
import { h } from "../dom";
import { methodLabel, plural, stageLabel } from "../format";
import type { TermSummary } from "../bindings/TermSummary";
import { importForm } from "./importForm";

export async function termsScreen(app: App): Promise<Node> {
  const terms = (await app.busy("Loading the terms…", () => app.api.listTerms())) ?? [];
  const newButton = h(
    "button",
    { type: "button", class: "primary", onclick: () => app.go({ screen: "new-term" }) },
    "New term",
  );
  return h(
    "section",
    { class: "screen" },
    h(
      "div",
      { class: "screen-head" },
      h("div", {}, h("h1", {}, "Terms"), h("p", { class: "lead" }, "A term is one election: its nominees, its voter roll, its ballots and its result.")),
      newButton,
    ),
    terms.length === 0
      ? h(
          "div",
          { class: "empty" },
          h("h2", {}, "No terms yet"),
          h("p", {}, "Start by creating the first term. You will then add the nominees, import the voter roll and the ballots, and count the votes."),
          h("button", { type: "button", class: "primary", onclick: () => app.go({ screen: "new-term" }) }, "Create the first term"),
        )
      : termsTable(app, terms),
    importForm(app, {
      id: "elekto",
      label: "Elekto election folder",
      hint: "A whole Elekto election (Kubernetes and others): the folder holding election.yaml, voters.yaml, the candidate files and ballots.csv (or type the path of any file in it). It becomes a new term: the seats, the nominees with their employers and statements, the roll (GitHub logins) and the ballots.",
      button: "Import an Elekto election",
      dialogTitle: "Choose the Elekto election folder (the one holding election.yaml)",
      folder: true,
      filters: [],
      run: async (path, input) => {
        const t = await app.busy("Importing the election…", () => app.api.importElektoTerm(path), { near: input });
        if (!t) return;
        await app.go({ screen: "term", name: t.name, tab: "overview" });
        app.showNotice(
          `Created term “${t.name}” from the Elekto folder.`,
          `${plural(t.seats, "seat")}, ${plural(t.nominees, "nominee")}, ${plural(t.voters, "voter")}, ${plural(t.ballots, "ballot")}.`,
        );
      },
    }),
  );
}

function termsTable(app: App, terms: TermSummary[]): Node {
  return h(
    "div",
    { class: "card flush table-wrap" },
    h(
      "table",
      { class: "data", "aria-label": "Terms" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["Term", "Method", "Seats", "Stage", "Nominees", "Voters", "Ballots"].map((c) => h("th", { scope: "col" }, c)),
          h("th", { scope: "col" }, h("span", { class: "sr-only" }, "Actions")),
        ),
      ),
      h(
        "tbody",
        {},
        terms.map((t) =>
          h(
            "tr",
            { "data-term": t.name },
            h(
              "th",
              { scope: "row" },
              h("div", { class: "term-name" }, t.name),
              t.organisation ? h("div", { class: "muted small" }, t.organisation) : null,
            ),
            h("td", {}, methodLabel(t.method)),
            h("td", { class: "num" }, String(t.seats)),
            h("td", {}, h("span", { class: `badge stage-${t.stage}` }, stageLabel(t.stage))),
            h("td", { class: "num" }, t.nominees.toLocaleString("en")),
            h("td", { class: "num" }, t.voters.toLocaleString("en")),
            h("td", { class: "num" }, t.ballots.toLocaleString("en")),
            h(
              "td",
              { class: "actions" },
              h(
                "button",
                {
                  type: "button",
                  "aria-label": `Open ${t.name}`,
                  onclick: () => app.go({ screen: "term", name: t.name, tab: "overview" }),
                },
                "Open",
              ),
            ),
          ),
        ),
      ),
    ),
    h("p", { class: "muted small table-foot" }, plural(terms.length, "term")),
  );
}
