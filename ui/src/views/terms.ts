// The first screen: every term in the election file, and "New term".

import type { App } from "../context";
import { h } from "../dom";
import { methodLabel, stageLabel } from "../format";
import { num, t } from "../i18n";
import type { TermSummary } from "../bindings/TermSummary";
import { importForm } from "./importForm";

export async function termsScreen(app: App): Promise<Node> {
  const terms = (await app.busy(t("ui-loading-terms"), () => app.api.listTerms())) ?? [];
  const newButton = h(
    "button",
    { type: "button", class: "primary", onclick: () => app.go({ screen: "new-term" }) },
    t("ui-new-term"),
  );
  return h(
    "section",
    { class: "screen" },
    h(
      "div",
      { class: "screen-head" },
      h("div", {}, h("h1", {}, t("ui-terms")), h("p", { class: "lead" }, t("ui-terms-lead"))),
      newButton,
    ),
    terms.length === 0
      ? h(
          "div",
          { class: "empty" },
          h("h2", {}, t("ui-no-terms")),
          h("p", {}, t("ui-no-terms-hint")),
          h("button", { type: "button", class: "primary", onclick: () => app.go({ screen: "new-term" }) }, t("ui-create-first-term")),
        )
      : termsTable(app, terms),
    importForm(app, {
      id: "elekto",
      label: t("ui-elekto-label"),
      hint: t("ui-elekto-hint"),
      button: t("ui-elekto-button"),
      dialogTitle: t("ui-elekto-dialog"),
      folder: true,
      filters: [],
      run: async (path, input) => {
        const created = await app.busy(t("ui-elekto-importing"), () => app.api.importElektoTerm(path), { near: input });
        if (!created) return;
        await app.go({ screen: "term", name: created.name, tab: "overview" });
        app.showNotice(
          t("ui-elekto-created", { name: created.name }),
          t("ui-elekto-created-detail", { seats: created.seats, nominees: created.nominees, voters: created.voters, ballots: created.ballots }),
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
      { class: "data", "aria-label": t("ui-terms") },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["term", "method", "seats", "stage", "nominees", "voters", "ballots"].map((c) => h("th", { scope: "col" }, t(`ui-col-${c}`))),
          h("th", { scope: "col" }, h("span", { class: "sr-only" }, t("ui-col-actions"))),
        ),
      ),
      h(
        "tbody",
        {},
        terms.map((term) =>
          h(
            "tr",
            { "data-term": term.name },
            h(
              "th",
              { scope: "row" },
              h("div", { class: "term-name" }, term.name),
              term.organisation ? h("div", { class: "muted small" }, term.organisation) : null,
            ),
            h("td", {}, methodLabel(term.method)),
            h("td", { class: "num" }, num(term.seats)),
            h("td", {}, h("span", { class: `badge stage-${term.stage}` }, stageLabel(term.stage))),
            h("td", { class: "num" }, num(term.nominees)),
            h("td", { class: "num" }, num(term.voters)),
            h("td", { class: "num" }, num(term.ballots)),
            h(
              "td",
              { class: "actions" },
              h(
                "button",
                {
                  type: "button",
                  "aria-label": t("ui-open-term", { name: term.name }),
                  onclick: () => app.go({ screen: "term", name: term.name, tab: "overview" }),
                },
                t("ui-open"),
              ),
            ),
          ),
        ),
      ),
    ),
    h("p", { class: "muted small table-foot" }, t("ui-terms-count", { count: terms.length })),
  );
}
