// The Results tab: count (or decide a tie), then the winners, the saves,
// certifying, the announcement and the count explained.

import type { App } from "../../context";
import { h, replace } from "../../dom";
import { methodLabel } from "../../format";
import { hasMessage, language, num, t } from "../../i18n";
import type { Tally } from "../../bindings/Tally";
import type { TermSummary } from "../../bindings/TermSummary";
import { announceControls } from "../announce";
import { certifyButton as certifyWithNames, localTime, seedLines } from "../desk";
import { countOrTie, tieDecisionForm } from "../elections";
import { explanation, figureText, percentText } from "../explain";
import { refresh, switchTab } from "./nav";

export async function resultsTab(app: App, term: TermSummary): Promise<Node> {
  const tally = await app.busy(t("ui-results-loading"), () => app.api.result(term.name));
  const tieBox = h("div", { id: "tie-box" });
  const count = async (): Promise<void> => {
    const r = await countOrTie(app, term.name);
    if (!r) return;
    if ("tie" in r) {
      replace(tieBox, tieDecisionForm(app, term.name, r.tie, count));
      tieBox.querySelector<HTMLElement>("h2")?.focus();
      return;
    }
    const counted = await app.busy(t("ui-results-loading"), () => app.api.result(term.name));
    await refresh(app, term.name, "results", "#winners-heading");
    if (counted) app.showNotice(t("ui-results-counted"), t("ui-results-counted-winners", { n: counted.winners.length, seats: counted.seats }));
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
      t("ui-results-count"),
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
          h("h2", {}, t("ui-results-count")),
          none
            ? h("p", { id: reasonId, class: "disabled-reason" }, t("ui-results-no-ballots"))
            : h("p", {}, t("ui-results-will-count", { n: term.ballots, method: methodLabel(term.method), seats: term.seats })),
        ),
        h(
          "div",
          { class: "next-step-actions" },
          button,
          none ? h("button", { type: "button", id: "go-ballots", onclick: () => switchTab(app, term.name, "ballots") }, t("ui-results-go-ballots")) : null,
        ),
      ),
    );
  }
  return h("div", {}, tieBox, resultView(app, term, tally, count));
}

export function resultView(app: App, term: TermSummary, tally: Tally, count: () => Promise<void>): Node {
  const save = async (kind: "csv" | "pdf") => {
    const slug = tally.term.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "term";
    const path = await app.dialogs
      .saveFile(
        kind === "csv" ? t("ui-results-save-title") : t("ui-results-cert-title"),
        kind === "csv" ? `${slug}-results.csv` : `${slug}-certificate.pdf`,
        kind === "csv" ? [{ name: "CSV", extensions: ["csv"] }] : [{ name: "PDF", extensions: ["pdf"] }],
      )
      .catch((e) => {
        app.showError(e);
        return null;
      });
    if (!path) return;
    const ok = await app.busy(kind === "csv" ? t("ui-results-saving") : t("ui-results-making-cert"), async () => {
      if (kind === "csv") await app.api.exportResults(tally.term, path);
      else await app.api.certificate(tally.term, path);
      return true;
    });
    if (ok) app.showNotice(kind === "csv" ? t("ui-results-saved") : t("ui-results-cert-saved"), path);
  };

  const certifyButton = certifyWithNames(app, tally.term, () => refresh(app, tally.term, "results"));

  const certified = term.stage === "certified";
  const fact = (label: string, value: string) => [h("dt", {}, label), h("dd", {}, value)];
  return h(
    "div",
    { class: "results" },
    h(
      "div",
      { class: "card winners-card" },
      h("h2", { id: "winners-heading", tabindex: "-1" }, t("ui-results-winners", { n: tally.winners.length })),
      h("ol", { class: "winners", "aria-labelledby": "winners-heading" }, tally.winners.map((w) => h("li", {}, w))),
      h(
        "div",
        { class: "form-actions" },
        h("button", { type: "button", class: "primary", id: "save-csv", onclick: () => save("csv") }, t("ui-results-save-csv")),
        h("button", { type: "button", class: "primary", id: "save-certificate", onclick: () => save("pdf") }, t("ui-results-save-cert")),
        certified ? null : h("button", { type: "button", id: "recount", onclick: count }, t("ui-results-count-again")),
        certified ? null : certifyButton,
      ),
      announceControls(app, tally.term),
    ),
    tally.warnings.length === 0
      ? null
      : h(
          "div",
          { class: "card warnings", role: "alert" },
          h("h2", {}, t("ui-results-warnings")),
          h("ul", {}, tally.warnings.map((w) => h("li", {}, w))),
        ),
    explanation(tally),
    h(
      "div",
      { class: "card" },
      h("h2", {}, t("ui-results-the-count")),
      h(
        "dl",
        { class: "details" },
        fact(t("ui-results-method"), tally.method_title || methodLabel(tally.method)),
        fact(t("ui-results-seats"), num(tally.seats)),
        fact(t("ui-results-ballots-counted"), num(tally.ballots)),
        fact(t("ui-results-eligible"), num(tally.eligible)),
        fact(t("ui-results-turnout"), tally.turnout === null ? t("not-available") : percentText(tally.turnout)),
        tally.quorum_met === null ? null : fact(t("ui-results-quorum"), tally.quorum_met ? t("ui-results-quorum-met") : t("ui-results-quorum-not-met")),
        fact(t("ui-results-counted-at"), localTime(tally.counted_at)),
        fact(t("ui-results-sha"), tally.ballot_sha256),
      ),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, t("ui-nom-table-label")),
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "data", "aria-label": t("ui-results-table-label") },
          h("thead", {}, h("tr", {}, ...[t("ui-col-name"), t("ui-results-col-employer"), t("ui-results-col-votes"), t("ui-results-col-rank"), t("ui-results-col-status")].map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            {},
            tally.candidates.map((c) =>
              h(
                "tr",
                {},
                h("th", { scope: "row" }, c.name),
                h("td", {}, c.employer ?? ""),
                h("td", { class: "num" }, figureText(c.votes)),
                h("td", { class: "num" }, c.rank === null ? "" : num(c.rank)),
                h("td", {}, h("span", { class: `badge status-${c.status.replace(/[^a-z-]/gi, "")}` }, statusWord(c.status))),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, t("ui-explain-disqualified")),
      tally.excluded.length === 0
        ? h("p", { class: "muted" }, t("ui-results-none-disqualified"))
        : h("ul", { class: "plain" }, tally.excluded.map((x) => h("li", {}, h("strong", {}, x.name), ": ", x.reason))),
    ),
    h(
      "div",
      { class: "card" },
      h("h2", {}, t("ui-results-ties")),
      tally.tie_breaks.length === 0
        ? h("p", { class: "muted" }, t("ui-results-no-ties"))
        : h(
            "ul",
            { class: "plain" },
            tally.tie_breaks.map((tb) =>
              h(
                "li",
                { class: "tie" },
                h("p", {}, h("strong", {}, tb.context)),
                h("p", {}, t("ui-results-tied", { names: tb.tied.join(t("ui-list-sep")) })),
                tb.decided_by
                  ? [
                      h("p", {}, t("ui-results-decided-order", { names: tb.outcome.join(t("ui-list-sep")) })),
                      h("p", {}, tb.witnessed_by ? t("ui-results-decided-witnessed", { who: tb.decided_by, how: tieHow(tb.method), witness: tb.witnessed_by }) : t("ui-results-decided", { who: tb.decided_by, how: tieHow(tb.method) })),
                    ]
                  : [
                      h("p", {}, t("ui-results-draw-order", { names: tb.outcome.join(t("ui-list-sep")) })),
                      tb.rule ? h("p", { class: "muted small" }, t("ui-results-rule", { rule: tb.rule })) : null,
                      seedLines(tb),
                    ],
              ),
            ),
          ),
    ),
    tally.rules.length || tally.outcome.notes.length
      ? h(
          "div",
          { class: "card" },
          h("h2", {}, t("ui-results-rules")),
          h("ul", { class: "plain" }, [...tally.rules, ...tally.outcome.notes].map((r) => h("li", {}, r))),
        )
      : null,
  );
}

/** A nominee's status from the count ("elected", "not elected") in the
 * window's language: the documents' words (status-* in documents.ftl),
 * or the status as the count wrote it when there is no such message. */
export function statusWord(status: string): string {
  const id = `status-${status.trim().replace(/\s+/g, "-")}`;
  return hasMessage(language(), id) ? t(id) : status;
}

/** How the returns officer settled a tie, in a few words. */
function tieHow(method: string | null | undefined): string {
  switch (method) {
    case "casting-vote":
      return t("ui-results-tie-casting-vote");
    case "coin":
      return t("ui-results-tie-coin");
    case "lot":
      return t("ui-results-tie-lot");
    case null:
    case undefined:
    case "":
      return t("ui-results-tie-decision");
    default:
      return method;
  }
}
