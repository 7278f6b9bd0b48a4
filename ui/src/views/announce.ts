// "Copy announcement" on the Results: the results in plain sentences
// (winners, figures, turnout, disqualifications, ties), made by the core
// (announce.rs) and put on the clipboard, ready to post.

import type { App } from "../context";
import type { AnnounceFormat } from "../api";
import { h, replace, uid } from "../dom";
import { t } from "../i18n";

function formats(): { value: AnnounceFormat; label: string }[] {
  return [
    { value: "text", label: t("ui-announce-text") },
    { value: "markdown", label: t("ui-announce-markdown") },
    { value: "html", label: t("ui-announce-html") },
  ];
}

/** Put `text` on the clipboard; false when the system refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The format picker, the button, and (when the clipboard is refused) the
 * announcement in a box to copy by hand. */
export function announceControls(app: App, term: string): HTMLElement {
  const selectId = uid("announce-format");
  const select = h(
    "select",
    { id: selectId, name: "announce-format" },
    formats().map((f) => h("option", { value: f.value }, f.label)),
  );
  const fallback = h("div", { class: "announce-fallback", id: "announce-fallback" });
  const button = h(
    "button",
    {
      type: "button",
      id: "copy-announcement",
      onclick: async () => {
        const format = select.value as AnnounceFormat;
        const text = await app.busy(t("ui-announce-writing"), () => app.api.announcement(term, format));
        if (text === null || text === undefined) return;
        replace(fallback);
        if (await copyText(text)) {
          app.showNotice(t("ui-announce-copied"), t("ui-announce-paste"));
          return;
        }
        const box = h("textarea", { id: "announcement-text", readonly: true, rows: "12", "aria-label": t("ui-announce-label") });
        box.value = text;
        replace(
          fallback,
          h("p", { role: "status" }, t("ui-announce-no-clipboard")),
          box,
        );
        box.focus();
        box.select();
      },
    },
    t("ui-announce-copy"),
  );
  return h(
    "div",
    { class: "announce" },
    h("label", { for: selectId }, t("ui-announce-as")),
    select,
    button,
    fallback,
  );
}
