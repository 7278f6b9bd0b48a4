// The Audit log tab: the term's entries, and the check of the whole chain.

import type { App } from "../../context";
import { h, replace } from "../../dom";
import { plural } from "../../format";
import type { TermSummary } from "../../bindings/TermSummary";
import { localTime } from "../desk";

export async function auditTab(app: App, term: TermSummary): Promise<Node> {
  const entries = (await app.busy("Loading the audit log…", () => app.api.auditLog(term.name))) ?? [];
  const verdict = h("div", { id: "audit-verdict", "aria-live": "polite" });
  const verify = async () => {
    const r = await app.busy("Checking the audit log…", () => app.api.verifyAudit());
    if (!r) return;
    replace(
      verdict,
      r.ok
        ? h(
            "div",
            { class: "verdict ok" },
            h("strong", {}, "Intact. "),
            `All ${plural(r.entries, "entry", "entries")} of the election file's audit log are in their original order and unchanged.`,
            h("p", { class: "muted small" }, "Latest hash: ", h("code", { class: "hash" }, r.head)),
          )
        : h("div", { class: "verdict broken" }, h("strong", {}, "Broken. "), "The audit log has been changed outside Scrutineer: ", r.problem ?? "an entry does not match its hash", "."),
    );
  };
  return h(
    "div",
    {},
    h(
      "div",
      { class: "card next-step" },
      h("div", {}, h("h2", {}, "Check the audit log"), h("p", {}, "Every change to the election file is recorded, each entry sealed with the hash of the one before. Checking recomputes the whole chain.")),
      h("button", { type: "button", class: "primary", id: "audit-verify", onclick: verify }, "Check the audit log"),
    ),
    verdict,
    h(
      "div",
      { class: "card" },
      h("h2", {}, `Audit log of this term: ${plural(entries.length, "entry", "entries")}`),
      entries.length === 0
        ? h("p", { class: "muted empty-note" }, "Nothing recorded yet: every change to this term will appear here.")
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "data audit", "aria-label": "Audit log" },
              h("thead", {}, h("tr", {}, ...["#", "When", "What", "Details", "Who"].map((c) => h("th", { scope: "col" }, c)))),
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
