// The New term form.

import type { App } from "../context";
import { h, uid } from "../dom";
import { clearFieldError, fieldError, focusSoon } from "../feedback";
import { METHODS, readNewTerm, TIE_RULES, type FieldErrors, type NewTermFields } from "../format";
import { t } from "../i18n";

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
    h("label", { for: id }, label, required ? null : h("span", { class: "optional" }, t("ui-optional"))),
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
    field("name", t("ui-field-name"), h("input", { type: "text", autocomplete: "off" }), t("ui-new-name-hint"), true),
    field("organisation", t("ui-field-organisation"), h("input", { type: "text" }), t("ui-new-organisation-hint")),
    field("seats", t("ui-field-seats"), h("input", { type: "number", min: "1", step: "1", value: "1", inputmode: "numeric" }), t("ui-new-seats-hint"), true),
    field("method", t("ui-field-method"), methodSelect, " ", true),
    field("maxPerEmployer", t("ui-field-max-per-employer"), h("input", { type: "number", min: "1", step: "1", inputmode: "numeric" }), t("ui-new-no-limit-hint")),
    field("seed", t("ui-field-seed"), h("input", { type: "text", autocomplete: "off" }), t("ui-new-seed-hint")),
    field(
      "tieRule",
      t("ui-field-tie-rule"),
      h("select", {}, TIE_RULES.map((r) => h("option", { value: r.value }, r.label))),
      TIE_RULES.map((r) => t("ui-tie-rule-explained", { rule: r.label, hint: r.hint })).join(" "),
    ),
    field("quorum", t("ui-field-quorum"), h("input", { type: "number", min: "1", max: "100", step: "1", inputmode: "numeric" }), t("ui-new-quorum-hint")),
    field("nominationsOpen", t("ui-field-nominations-open"), h("input", { type: "date" }), t("ui-new-nominations-open-hint")),
    field("nominationsClose", t("ui-field-nominations-close"), h("input", { type: "date" }), t("ui-new-nominations-close-hint")),
    field("seconders", t("ui-field-seconders"), h("input", { type: "number", min: "0", step: "1", inputmode: "numeric" }), t("ui-new-seconders-hint")),
    field("statementWords", t("ui-field-statement-words"), h("input", { type: "number", min: "1", step: "1", inputmode: "numeric" }), t("ui-new-no-limit-hint")),
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
        const term = await app.busy(t("ui-creating-term"), () => app.api.createTerm(checked.value));
        if (term) {
          await app.go({ screen: "term", name: term.name, tab: "overview" });
          app.showNotice(t("ui-term-created", { name: term.name }), t("ui-term-created-next"));
        }
      },
    },
    h("div", { class: "grid-2" }, fields.map((f) => f.wrap)),
    h(
      "div",
      { class: "form-actions" },
      h("button", { type: "submit", class: "primary" }, t("ui-create-term")),
      h("button", { type: "button", onclick: () => app.go({ screen: "terms" }) }, t("ui-cancel")),
    ),
  );

  return h(
    "section",
    { class: "screen" },
    h("nav", { class: "crumbs", "aria-label": t("ui-breadcrumb") }, h("button", { type: "button", class: "link", onclick: () => app.go({ screen: "terms" }) }, t("ui-all-terms"))),
    h("h1", {}, t("ui-new-term")),
    h("p", { class: "lead" }, t("ui-new-term-lead")),
    form,
  );
}
