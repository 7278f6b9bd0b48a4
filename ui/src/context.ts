// What a screen sees of the window: the commands, the dialogs, the
// feedback (busy, notices, errors beside their control) and navigation.
// Views import this type, never app.ts: imports run one way (app -> views
// -> context/feedback/dom/format).

import type { Api, AppInfo, Dialogs } from "./api";
import type { Feedback } from "./feedback";
import type { NextStep } from "./format";
import type { Lang } from "./i18n";

/** The tabs of a term's page. */
export type Tab = "overview" | NextStep["tab"] | "audit";

export type Route =
  | { screen: "terms" }
  | { screen: "new-term" }
  | { screen: "term"; name: string; tab: Tab }
  | { screen: "nominee"; term: string; name: string };

export interface GoOptions {
  /** Keep the message just shown (a refresh after a change). */
  keepMessages?: boolean;
  /** A selector in the new screen to focus instead of its heading. */
  focus?: string;
}

export interface App extends Pick<Feedback, "busy" | "setBusyLabel" | "clearMessages" | "showError" | "showNotice" | "forgetOrigin"> {
  readonly api: Api;
  readonly dialogs: Dialogs;
  route: Route;
  /** Show another screen; focus moves to its heading (or `opts.focus`). */
  go(route: Route, opts?: GoOptions): Promise<void>;
  /** Show the election file's path in the header. */
  renderHeader(info: AppInfo | null): void;
  /** Speak `lang` from now on: the window is drawn again in it, on the
   * same screen (Preferences). */
  changeLanguage(lang: Lang): Promise<void>;
}
