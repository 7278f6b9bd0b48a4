// A term's page: its heading, the stages, and the tabs (Overview,
// Nominees, Voters, Ballots, Results, Audit log); each tab's content is a
// module of its own in ./term/.

import type { App, Tab } from "../context";
import { h } from "../dom";
import { methodLabel, STAGES, stageLabel } from "../format";
import { num, t } from "../i18n";
import type { TermSummary } from "../bindings/TermSummary";
import { certifiedNotice } from "./desk";
import { nomineesSection } from "./nominee";
import { auditTab } from "./term/audit";
import { ballotsTab } from "./term/ballots";
import { refresh, switchTab } from "./term/nav";
import { overviewTab } from "./term/overview";
import { resultsTab } from "./term/results";
import { votersTab } from "./term/voters";

export type { Tab } from "../context";

/** The tabs, in order; their names are `ui-tab-<id>`, read when drawn. */
const TABS: { id: Tab }[] = [{ id: "overview" }, { id: "nominees" }, { id: "voters" }, { id: "ballots" }, { id: "results" }, { id: "audit" }];

export async function termScreen(app: App, name: string, tab: Tab): Promise<Node> {
  const terms = await app.busy(t("ui-loading-term"), () => app.api.listTerms());
  const term = terms?.find((x) => x.name === name);
  const back = h("nav", { class: "crumbs", "aria-label": t("ui-breadcrumb") }, h("button", { type: "button", class: "link", onclick: () => app.go({ screen: "terms" }) }, t("ui-all-terms")));
  if (!term) {
    if (terms) app.showError({ code: "not_found", message: t("ui-no-such-term", { name }) });
    return h("section", { class: "screen" }, back, h("h1", {}, name));
  }
  const panel = h("div", { class: "tab-panel", role: "tabpanel", id: "tab-panel", "aria-labelledby": `tab-${tab}` });
  // A certified term says on every tab why nothing can be changed (the
  // Overview's certified card says it there).
  const notice = tab === "overview" ? null : await certifiedNotice(app, term);
  if (notice) panel.appendChild(notice);
  panel.appendChild(await tabContent(app, term, tab));
  return h(
    "section",
    { class: "screen" },
    back,
    h(
      "div",
      { class: "screen-head" },
      h(
        "div",
        {},
        h("h1", {}, term.name),
        h(
          "p",
          { class: "lead" },
          [term.organisation, methodLabel(term.method), t("ui-seats", { count: term.seats })].filter(Boolean).join(" · "),
        ),
      ),
      h("span", { class: `badge big stage-${term.stage}`, "data-testid": "stage" }, stageLabel(term.stage)),
    ),
    stepper(term),
    tabList(app, term, tab),
    panel,
  );
}

function stepper(term: TermSummary): Node {
  const current = STAGES.findIndex((s) => s.value === term.stage);
  return h(
    "ol",
    { class: "stepper", "aria-label": t("ui-stages") },
    STAGES.map((s, i) =>
      h(
        "li",
        { class: i < current ? "done" : i === current ? "current" : "", "aria-current": i === current ? "step" : undefined },
        h("span", { class: "dot", "aria-hidden": "true" }, i < current ? "✓" : String(i + 1)),
        s.label,
      ),
    ),
  );
}

function tabList(app: App, term: TermSummary, active: Tab): Node {
  const counts: Partial<Record<Tab, number>> = { nominees: term.nominees, voters: term.voters, ballots: term.ballots };
  const buttons = TABS.map((tab) =>
    h(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${tab.id}`,
        "aria-selected": tab.id === active ? "true" : "false",
        "aria-controls": "tab-panel",
        tabindex: tab.id === active ? "0" : "-1",
        onclick: () => switchTab(app, term.name, tab.id),
      },
      t(`ui-tab-${tab.id}`),
      counts[tab.id] !== undefined ? h("span", { class: "count" }, num(counts[tab.id]!)) : null,
    ),
  );
  const list = h("div", { class: "tabs", role: "tablist", "aria-label": t("ui-term-parts") }, buttons);
  // Arrow keys move between tabs (the WAI-ARIA tabs pattern).
  list.addEventListener("keydown", (ev: KeyboardEvent) => {
    const i = TABS.findIndex((tab) => tab.id === active);
    let next = -1;
    if (ev.key === "ArrowRight") next = (i + 1) % TABS.length;
    else if (ev.key === "ArrowLeft") next = (i - 1 + TABS.length) % TABS.length;
    else if (ev.key === "Home") next = 0;
    else if (ev.key === "End") next = TABS.length - 1;
    if (next >= 0) {
      ev.preventDefault();
      switchTab(app, term.name, TABS[next].id);
    }
  });
  return list;
}

async function tabContent(app: App, term: TermSummary, tab: Tab): Promise<Node> {
  switch (tab) {
    case "overview":
      return overviewTab(app, term);
    case "voters":
      return votersTab(app, term);
    case "nominees":
      return nomineesSection(app, term, (focus) => refresh(app, term.name, "nominees", focus));
    case "ballots":
      return ballotsTab(app, term);
    case "results":
      return resultsTab(app, term);
    case "audit":
      return auditTab(app, term);
  }
}
