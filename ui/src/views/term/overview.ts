// The Overview tab: the next step, the figures and the rules of the term
// (a certified term shows its winners first; corrections below).

import type { App } from "../../context";
import { h } from "../../dom";
import { methodLabel, nextStep } from "../../format";
import { num, t } from "../../i18n";
import type { TermSummary } from "../../bindings/TermSummary";
import { certifiedCard, correctionsCard, localTime } from "../desk";
import { switchTab } from "./nav";

export async function overviewTab(app: App, term: TermSummary): Promise<Node> {
  const page = overview(app, term) as HTMLElement;
  const certified = await certifiedCard(app, term);
  if (certified) page.insertBefore(certified, page.firstChild);
  const fix = correctionsCard(app, term, async (name) =>
    name ? switchTab(app, name, "overview") : app.go({ screen: "terms" }, { keepMessages: true }),
  );
  if (fix) page.appendChild(fix);
  return page;
}

function overview(app: App, term: TermSummary): Node {
  const step = nextStep(term);
  const stat = (label: string, value: string) => h("div", { class: "stat" }, h("div", { class: "stat-value" }, value), h("div", { class: "stat-label" }, label));
  const row = (label: string, value: string) => [h("dt", {}, label), h("dd", {}, value)];
  return h(
    "div",
    {},
    h(
      "div",
      { class: "card next-step" },
      h("div", {}, h("h2", {}, t("ui-next-step")), h("p", {}, step.text)),
      h("button", { type: "button", class: "primary", onclick: () => switchTab(app, term.name, step.tab) }, step.action),
    ),
    h(
      "div",
      { class: "stats" },
      stat(t("ui-stat-nominees"), num(term.nominees)),
      stat(t("ui-stat-voters"), num(term.voters)),
      stat(t("ui-stat-ballots"), num(term.ballots)),
      stat(t("ui-field-seats"), num(term.seats)),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, t("ui-rules")),
      h(
        "dl",
        { class: "details" },
        row(t("ui-field-method"), methodLabel(term.method)),
        row(t("ui-field-seats"), num(term.seats)),
        row(t("ui-field-max-per-employer"), term.max_per_employer === null ? t("ui-no-limit") : num(term.max_per_employer)),
        row(t("ui-field-seed"), term.seed ? term.seed : t("ui-seed-nominees")),
        row(t("ui-rule-quorum"), term.quorum_percent === null ? t("ui-none") : t("ui-quorum-of-voters", { percent: num(term.quorum_percent / 100, { style: "percent" }) })),
        row(t("ui-rule-created"), localTime(term.created_at)),
      ),
    ),
  );
}
