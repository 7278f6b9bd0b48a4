// The Audit log tab: the term's entries, and the check of the whole chain.

import type { App } from "../../context";
import { h, replace } from "../../dom";
import { t } from "../../i18n";
import type { TermSummary } from "../../bindings/TermSummary";
import { localTime } from "../desk";

export async function auditTab(app: App, term: TermSummary): Promise<Node> {
  const entries = (await app.busy(t("ui-loading-audit"), () => app.api.auditLog(term.name))) ?? [];
  const verdict = h("div", { id: "audit-verdict", "aria-live": "polite" });
  const verify = async () => {
    const r = await app.busy(t("ui-checking-audit"), () => app.api.verifyAudit());
    if (!r) return;
    replace(
      verdict,
      r.ok
        ? h(
            "div",
            { class: "verdict ok" },
            h("strong", {}, t("ui-audit-intact")),
            " ",
            t("ui-audit-intact-detail", { count: r.entries }),
            h("p", { class: "muted small" }, t("ui-audit-latest-hash"), " ", h("code", { class: "hash" }, r.head)),
          )
        : h("div", { class: "verdict broken" }, h("strong", {}, t("ui-audit-broken")), " ", t("ui-audit-broken-detail", { problem: r.problem ?? t("ui-audit-broken-entry") })),
    );
  };
  return h(
    "div",
    {},
    h(
      "div",
      { class: "card next-step" },
      h("div", {}, h("h2", {}, t("ui-audit-check")), h("p", {}, t("ui-audit-check-hint"))),
      h("button", { type: "button", class: "primary", id: "audit-verify", onclick: verify }, t("ui-audit-check")),
    ),
    verdict,
    h(
      "div",
      { class: "card" },
      h("h2", {}, t("ui-audit-heading", { count: entries.length })),
      entries.length === 0
        ? h("p", { class: "muted empty-note" }, t("ui-audit-empty"))
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "data audit", "aria-label": t("ui-tab-audit") },
              h("thead", {}, h("tr", {}, ...["number", "when", "what", "details", "who"].map((c) => h("th", { scope: "col" }, t(`ui-audit-col-${c}`))))),
              h(
                "tbody",
                {},
                entries.map((e) => h("tr", {}, h("td", { class: "num" }, String(e.seq)), h("td", { class: "nowrap" }, localTime(e.at)), h("td", {}, h("code", {}, e.action)), h("td", { class: "detail" }, e.detail), h("td", {}, e.actor ?? ""))),
              ),
            ),
          ),
    ),
  );
}
