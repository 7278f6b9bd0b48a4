// The New term form.

import type { App } from "../context";
import { h, uid } from "../dom";
import { clearFieldError, fieldError, focusSoon } from "../feedback";
import { METHODS, readNewTerm, TIE_RULES, type FieldErrors, type NewTermFields } from "../format";

interface Field {
  key: keyof NewTermFields;
  input: HTMLInputElement | HTMLSelectElement;
  wrap: HTMLElement;
}

function field(
  key: keyof NewTermFields,
  label: string,
  control: HTMLInputElement | HTMLSelectElement,
  hint?: string,
  required = false,
): Field {
  const id = `term-${key}`;
  control.id = id;
  control.name = key;
  const hintId = uid("hint");
  if (hint) control.setAttribute("aria-describedby", hintId);
  if (required) control.required = true;
  const wrap = h(
    "div",
    { class: "field" },
    h("label", { for: id }, label, required ? null : h("span", { class: "optional" }, " (optional)")),
    control,
    hint ? h("p", { class: "hint", id: hintId }, hint) : null,
  );
  return { key, input: control, wrap };
}

export function newTermScreen(app: App): Node {
  const methodSelect = h(
    "select",
    {},
    METHODS.map((m) => h("option", { value: m.value }, m.label)),
  );
  const methodHint = h("span");
  const showMethodHint = () => {
    methodHint.textContent = METHODS.find((m) => m.value === methodSelect.value)?.ballots ?? "";
  };
  methodSelect.addEventListener("change", showMethodHint);

  const fields: Field[] = [
    field("name", "Name", h("input", { type: "text", autocomplete: "off" }), "For example: Steering Council 2025.", true),
    field("organisation", "Organisation", h("input", { type: "text" }), "Printed on the certificate."),
    field("seats", "Seats", h("input", { type: "number", min: "1", step: "1", value: "1", inputmode: "numeric" }), "How many people will be elected.", true),
    field("method", "Counting method", methodSelect, " ", true),
    field("maxPerEmployer", "Maximum winners per employer", h("input", { type: "number", min: "1", step: "1", inputmode: "numeric" }), "Leave empty for no limit."),
    field("seed", "Tie-break seed", h("input", { type: "text", autocomplete: "off" }), "Any text, published in advance. Ties are settled by a draw that anyone can repeat from this text. Leave empty to use the nominees' names."),
    field(
      "tieRule",
      "How ties are broken",
      h("select", {}, TIE_RULES.map((r) => h("option", { value: r.value }, r.label))),
      TIE_RULES.map((r) => `${r.label}: ${r.hint}`).join(" "),
    ),
    field("quorum", "Quorum (% of voters)", h("input", { type: "number", min: "1", max: "100", step: "1", inputmode: "numeric" }), "The least turnout for a valid result. Leave empty for none."),
    field("nominationsOpen", "Nominations open", h("input", { type: "date" }), "First day (UTC). Leave empty to accept nominations at any time."),
    field("nominationsClose", "Nominations close", h("input", { type: "date" }), "Last day (UTC). A later nomination needs a reason, kept in the audit log."),
    field("seconders", "Seconders needed", h("input", { type: "number", min: "0", step: "1", inputmode: "numeric" }), "Members on the roll who must second each nomination. Leave empty for none."),
    field("statementWords", "Longest statement (words)", h("input", { type: "number", min: "1", step: "1", inputmode: "numeric" }), "Leave empty for no limit."),
  ];
  // The method's hint says what the ballots look like.
  const methodField = fields.find((f) => f.key === "method");
  const methodHintP = methodField?.wrap.querySelector(".hint");
  if (methodHintP) {
    methodHintP.textContent = "";
    methodHintP.appendChild(methodHint);
  }
  showMethodHint();

  const values = (): NewTermFields => {
    const v = {} as NewTermFields;
    for (const f of fields) (v as unknown as Record<string, string>)[f.key] = f.input.value;
    return v;
  };

  const showErrors = (errors: FieldErrors) => {
    let first: Field | null = null;
    for (const f of fields) {
      const msg = errors[f.key];
      if (msg) fieldError(f.input, msg, { focus: false });
      else clearFieldError(f.input);
      if (msg && !first) first = f;
    }
    if (first) focusSoon(first.input);
  };

  const form = h(
    "form",
    {
      class: "card form",
      novalidate: true,
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        const checked = readNewTerm(values());
        if (!checked.ok) {
          showErrors(checked.errors);
          return;
        }
        showErrors({});
        const term = await app.busy("Creating the term…", () => app.api.createTerm(checked.value));
        if (term) {
          await app.go({ screen: "term", name: term.name, tab: "overview" });
          app.showNotice(`Term “${term.name}” created.`, "Next, add the nominees.");
        }
      },
    },
    h("div", { class: "grid-2" }, fields.map((f) => f.wrap)),
    h(
      "div",
      { class: "form-actions" },
      h("button", { type: "submit", class: "primary" }, "Create term"),
      h("button", { type: "button", onclick: () => app.go({ screen: "terms" }) }, "Cancel"),
    ),
  );

  return h(
    "section",
    { class: "screen" },
    h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("button", { type: "button", class: "link", onclick: () => app.go({ screen: "terms" }) }, "← All terms")),
    h("h1", {}, "New term"),
    h("p", { class: "lead" }, "Describe the election. The method and seats decide how the votes are counted."),
    form,
  );
}
