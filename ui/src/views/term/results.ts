// The Results tab: count (or decide a tie), then the winners, the saves,
// certifying, the announcement and the count explained.

import type { App } from "../../context";
import { h, replace } from "../../dom";
import { methodLabel, plural } from "../../format";
import type { Tally } from "../../bindings/Tally";
import type { TermSummary } from "../../bindings/TermSummary";
import { announceControls } from "../announce";
import { certifyButton as certifyWithNames, localTime, seedLines } from "../desk";
import { countOrTie, tieDecisionForm } from "../elections";
import { explanation } from "../explain";
import { refresh, switchTab } from "./nav";

export async function resultsTab(app: App, term: TermSummary): Promise<Node> {
  const tally = await app.busy("Loading the result…", () => app.api.result(term.name));
  const tieBox = h("div", { id: "tie-box" });
  const count = async (): Promise<void> => {
    const r = await countOrTie(app, term.name);
    if (!r) return;
    if ("tie" in r) {
      replace(tieBox, tieDecisionForm(app, term.name, r.tie, count));
      tieBox.querySelector<HTMLElement>("h2")?.focus();
      return;
    }
    const t = await app.busy("Loading the result…", () => app.api.result(term.name));
    await refresh(app, term.name, "results", "#winners-heading");
    if (t) app.showNotice("The votes are counted.", `${plural(t.winners.length, "winner")} for ${plural(t.seats, "seat")}.`);
  };
  if (!tally) {
    // No ballots: Count is disabled and says why beside it (aria-disabled,
    // so it stays in the tab order and is read with its reason).
    const none = term.ballots === 0;
    const reasonId = "count-reason";
    const button = h(
      "button",
      {
        type: "button",
        class: "primary",
        id: "count-button",
        "aria-disabled": none ? "true" : undefined,
        "aria-describedby": none ? reasonId : undefined,
        onclick: () => (none ? undefined : count()),
      },
      "Count the votes",
    );
    return h(
      "div",
      {},
      tieBox,
      h(
        "div",
        { class: "card next-step" },
        h(
          "div",
          {},
          h("h2", {}, "Count the votes"),
          none
            ? h("p", { id: reasonId, class: "disabled-reason" }, "There are no ballots yet, so there is nothing to count. Import the ballots (or type the totals) on the Ballots tab first.")
            : h("p", {}, `${plural(term.ballots, "ballot")} will be counted by ${methodLabel(term.method)} for ${plural(term.seats, "seat")}. You can count again if more ballots arrive.`),
        ),
        h(
          "div",
          { class: "next-step-actions" },
          button,
          none ? h("button", { type: "button", id: "go-ballots", onclick: () => switchTab(app, term.name, "ballots") }, "Go to Ballots") : null,
        ),
      ),
    );
  }
  return h("div", {}, tieBox, resultView(app, term, tally, count));
}

export function resultView(app: App, term: TermSummary, t: Tally, count: () => Promise<void>): Node {
  const save = async (kind: "csv" | "pdf") => {
    const slug = t.term.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "term";
    const path = await app.dialogs
      .saveFile(
        kind === "csv" ? "Save the results" : "Save the certificate",
        kind === "csv" ? `${slug}-results.csv` : `${slug}-certificate.pdf`,
        kind === "csv" ? [{ name: "CSV", extensions: ["csv"] }] : [{ name: "PDF", extensions: ["pdf"] }],
      )
      .catch((e) => {
        app.showError(e);
        return null;
      });
    if (!path) return;
    const ok = await app.busy(kind === "csv" ? "Saving the results…" : "Making the certificate…", async () => {
      if (kind === "csv") await app.api.exportResults(t.term, path);
      else await app.api.certificate(t.term, path);
      return true;
    });
    if (ok) app.showNotice(kind === "csv" ? "Results saved." : "Certificate saved.", path);
  };

  const certifyButton = certifyWithNames(app, t.term, () => refresh(app, t.term, "results"));

  const certified = term.stage === "certified";
  const fact = (label: string, value: string) => [h("dt", {}, label), h("dd", {}, value)];
  return h(
    "div",
    { class: "results" },
    h(
      "div",
      { class: "card winners-card" },
      h("h2", { id: "winners-heading", tabindex: "-1" }, t.winners.length === 1 ? "Winner" : "Winners"),
      h("ol", { class: "winners", "aria-labelledby": "winners-heading" }, t.winners.map((w) => h("li", {}, w))),
      h(
        "div",
        { class: "form-actions" },
        h("button", { type: "button", class: "primary", id: "save-csv", onclick: () => save("csv") }, "Save results CSV…"),
        h("button", { type: "button", class: "primary", id: "save-certificate", onclick: () => save("pdf") }, "Save certificate…"),
        certified ? null : h("button", { type: "button", id: "recount", onclick: count }, "Count again"),
        certified ? null : certifyButton,
      ),
      announceControls(app, t.term),
    ),
    t.warnings.length === 0
      ? null
      : h(
          "div",
          { class: "card warnings", role: "alert" },
          h("h2", {}, "Check before you certify"),
          h("ul", {}, t.warnings.map((w) => h("li", {}, w))),
        ),
    explanation(t),
    h(
      "div",
      { class: "card" },
      h("h2", {}, "The count"),
      h(
        "dl",
        { class: "details" },
        fact("Method", t.method_title || methodLabel(t.method)),
        fact("Seats", String(t.seats)),
        fact("Ballots counted", t.ballots.toLocaleString("en")),
        fact("Voters on the roll", t.eligible.toLocaleString("en")),
        fact("Turnout", t.turnout ?? "n/a"),
        t.quorum_met === null ? null : fact("Quorum", t.quorum_met ? "Met" : "Not met"),
        fact("Counted at", localTime(t.counted_at)),
        fact("Ballot set SHA-256", t.ballot_sha256),
      ),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, "Nominees"),
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "data", "aria-label": "Results by nominee" },
          h("thead", {}, h("tr", {}, ...["Name", "Employer", "Votes", "Rank", "Status"].map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            {},
            t.candidates.map((c) =>
              h(
                "tr",
                {},
                h("th", { scope: "row" }, c.name),
                h("td", {}, c.employer ?? ""),
                h("td", { class: "num" }, c.votes),
                h("td", { class: "num" }, c.rank === null ? "" : String(c.rank)),
                h("td", {}, h("span", { class: `badge status-${c.status.replace(/[^a-z-]/gi, "")}` }, c.status)),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, "Disqualified"),
      t.excluded.length === 0
        ? h("p", { class: "muted" }, "No nominee was disqualified by the rules.")
        : h("ul", { class: "plain" }, t.excluded.map((x) => h("li", {}, h("strong", {}, x.name), ": ", x.reason))),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, "Ties"),
      t.tie_breaks.length === 0
        ? h("p", { class: "muted" }, "No tie needed a draw.")
        : h(
            "ul",
            { class: "plain" },
            t.tie_breaks.map((tb) =>
              h(
                "li",
                { class: "tie" },
                h("p", {}, h("strong", {}, tb.context)),
                h("p", {}, "Tied: ", tb.tied.join(", ")),
                tb.decided_by
                  ? [
                      h("p", {}, "Decided order: ", tb.outcome.join(", ")),
                      h("p", {}, `Decided by ${tb.decided_by} (${tb.method === "casting-vote" ? "casting vote" : tb.method ?? "decision"})${tb.witnessed_by ? `, witnessed by ${tb.witnessed_by}` : ""}.`),
                    ]
                  : [
                      h("p", {}, "Draw order: ", tb.outcome.join(", ")),
                      tb.rule ? h("p", { class: "muted small" }, "Rule: ", tb.rule) : null,
                      seedLines(tb),
                    ],
              ),
            ),
          ),
    ),
    t.rules.length || t.outcome.notes.length
      ? h(
          "div",
          { class: "card" },
          h("h2", {}, "Rules applied"),
          h("ul", { class: "plain" }, [...t.rules, ...t.outcome.notes].map((r) => h("li", {}, r))),
        )
      : null,
  );
}
