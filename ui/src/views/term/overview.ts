// The Overview tab: the next step, the figures and the rules of the term
// (a certified term shows its winners first; corrections below).

import type { App } from "../../context";
import { h } from "../../dom";
import { methodLabel, nextStep } from "../../format";
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
      h("div", {}, h("h2", {}, "Next step"), h("p", {}, step.text)),
      h("button", { type: "button", class: "primary", onclick: () => switchTab(app, term.name, step.tab) }, step.action),
    ),
    h(
      "div",
      { class: "stats" },
      stat("Nominees", term.nominees.toLocaleString("en")),
      stat("Voters on the roll", term.voters.toLocaleString("en")),
      stat("Ballots", term.ballots.toLocaleString("en")),
      stat("Seats", String(term.seats)),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, "Rules of this term"),
      h(
        "dl",
        { class: "details" },
        row("Counting method", methodLabel(term.method)),
        row("Seats", String(term.seats)),
        row("Maximum winners per employer", term.max_per_employer === null ? "No limit" : String(term.max_per_employer)),
        row("Tie-break seed", term.seed ? term.seed : "The nominees' names"),
        row("Quorum", term.quorum_percent === null ? "None" : `${term.quorum_percent}% of voters`),
        row("Created", localTime(term.created_at)),
      ),
    ),
  );
}
