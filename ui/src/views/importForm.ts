// A file import form (ballots, an Elekto folder): a path typed or chosen,
// checked before anything runs.

import type { App } from "../context";
import { h, uid } from "../dom";
import { fieldError } from "../feedback";
import { t } from "../i18n";

export interface ImportOptions {
  id: string;
  label: string;
  hint: string;
  button: string;
  dialogTitle: string;
  filters: { name: string; extensions: string[] }[];
  /** Choose a folder (the dialog's `directory`), not a file. */
  folder?: boolean;
  /** Import the file; `input` is the path's control (an error about the
   * file goes beside it). */
  run: (path: string, input: HTMLInputElement) => Promise<void>;
}

export function importForm(app: App, o: ImportOptions): HTMLFormElement {
  const inputId = `${o.id}-path`;
  const hintId = uid("hint");
  const input = h("input", { type: "text", id: inputId, name: inputId, autocomplete: "off", spellcheck: "false", placeholder: t("ui-import-placeholder"), "aria-describedby": hintId });
  const submit = h("button", { type: "submit", class: "primary", id: `${o.id}-import` }, o.button);
  const choose = h(
    "button",
    {
      type: "button",
      id: `${o.id}-choose`,
      onclick: async () => {
        try {
          const picked = o.folder ? await app.dialogs.openFolder(o.dialogTitle) : await app.dialogs.openFile(o.dialogTitle, o.filters);
          if (picked) {
            input.value = picked;
            submit.focus();
          }
        } catch (e) {
          app.showError(e, input);
        }
      },
    },
    o.folder ? t("ui-wiz-choose-folder") : t("ui-wiz-choose-file"),
  );
  return h(
    "form",
    {
      class: "card form import",
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        if (!input.value.trim()) {
          fieldError(input, t("ui-import-need-file"));
          return;
        }
        await o.run(input.value.trim(), input);
      },
    },
    h("h2", {}, o.button),
    h(
      "div",
      { class: "field" },
      h("label", { for: inputId }, o.label, h("span", { class: "optional" }, t("ui-wiz-path-optional"))),
      h("div", { class: "file-row" }, input, choose),
      h("p", { class: "hint", id: hintId }, o.hint),
    ),
    h("div", { class: "form-actions" }, submit),
  );
}
