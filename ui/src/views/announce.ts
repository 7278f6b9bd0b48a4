// "Copy announcement" on the Results: the results in plain sentences
// (winners, figures, turnout, disqualifications, ties), made by the core
// (announce.rs) and put on the clipboard, ready to post.

import type { App } from "../context";
import type { AnnounceFormat } from "../api";
import { h, replace, uid } from "../dom";

const FORMATS: { value: AnnounceFormat; label: string }[] = [
  { value: "text", label: "Plain text (email)" },
  { value: "markdown", label: "Markdown (forum, chat)" },
  { value: "html", label: "HTML (web page)" },
];

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
    FORMATS.map((f) => h("option", { value: f.value }, f.label)),
  );
  const fallback = h("div", { class: "announce-fallback", id: "announce-fallback" });
  const button = h(
    "button",
    {
      type: "button",
      id: "copy-announcement",
      onclick: async () => {
        const format = select.value as AnnounceFormat;
        const text = await app.busy("Writing the announcement…", () => app.api.announcement(term, format));
        if (text === null || text === undefined) return;
        replace(fallback);
        if (await copyText(text)) {
          app.showNotice("Announcement copied.", "Paste it where you publish the results.");
          return;
        }
        const box = h("textarea", { id: "announcement-text", readonly: true, rows: "12", "aria-label": "Announcement" });
        box.value = text;
        replace(
          fallback,
          h("p", { role: "status" }, "The clipboard is not available: select the text below and copy it."),
          box,
        );
        box.focus();
        box.select();
      },
    },
    "Copy announcement",
  );
  return h(
    "div",
    { class: "announce" },
    h("label", { for: selectId }, "Announcement as "),
    select,
    button,
    fallback,
  );
}
