// Moving between a term's tabs, shared by the term page and its sections.

import type { App, Tab } from "../../context";

/** Show another tab of the term; the focus goes to the tab. */
export async function switchTab(app: App, name: string, tab: Tab): Promise<void> {
  await app.go({ screen: "term", name, tab }, { focus: `#tab-${tab}` });
}

/** Re-show the current tab after a change, keeping the message just shown. */
export async function refresh(app: App, name: string, tab: Tab, focus?: string): Promise<void> {
  await app.go({ screen: "term", name, tab }, { keepMessages: true, focus: focus ?? `#tab-${tab}` });
}
