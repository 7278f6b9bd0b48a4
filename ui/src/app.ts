// The window's frame: header, busy indicator, messages, and which screen is
// shown. Screens are plain functions that build DOM (see ./views).

import type { Api, AppInfo, Dialogs } from "./api";
import type { App, GoOptions, Route } from "./context";
import { h, replace } from "./dom";
import { Feedback } from "./feedback";
import { termsScreen } from "./views/terms";
import { newTermScreen } from "./views/newTerm";
import { termScreen } from "./views/term";
import { nomineeScreen } from "./views/nominee";
import { handleMenu } from "./views/desk";
import { language, pickLanguage, setLanguage, t, type Lang } from "./i18n";

export type { Route, Tab } from "./context";

/** The window: it owns the page's frame and the feedback, and shows one
 * screen at a time. Screens see it through the `App` interface. */
export class AppWindow extends Feedback implements App {
  readonly header: HTMLElement;
  route: Route = { screen: "terms" };
  private readonly skip: HTMLElement;
  /** What the header shows (kept to draw it again in another language). */
  private info: AppInfo | null = null;

  constructor(
    readonly root: HTMLElement,
    readonly api: Api,
    readonly dialogs: Dialogs,
  ) {
    const status = h("div", { class: "busy", role: "status", "aria-live": "polite", hidden: true });
    // A landmark of its own, so that a message is never outside one.
    const messages = h("div", { class: "messages", role: "region" });
    const main = h("main", { id: "main", tabindex: "-1" });
    super(status, messages, main);
    this.header = h("header", { class: "app-header" });
    this.skip = h("a", { class: "skip", href: "#main" });
    this.labelFrame();
    replace(
      root,
      this.skip,
      this.header,
      this.status,
      h("div", { class: "page" }, this.messages, this.main),
    );
  }

  /** The frame's own words, in the window's language. */
  private labelFrame(): void {
    this.messages.setAttribute("aria-label", t("ui-messages"));
    this.skip.textContent = t("ui-skip");
  }

  async start(): Promise<void> {
    // The window's language first: the one chosen in Preferences, else the
    // system's (the shell reads LC_ALL, LC_MESSAGES, LANG), else the
    // webview's languages, else English.
    await this.useLanguage(await this.startLanguage());
    let info: AppInfo | null = null;
    try {
      info = await this.api.appInfo();
    } catch (e) {
      this.showError(e);
    }
    this.renderHeader(info);
    // The File menu (src-tauri/desk.rs) sends its items here.
    await this.api.onMenu((id) => void handleMenu(this, id)).catch((e) => this.showError(e));
    await this.go({ screen: "terms" });
  }

  /** The language the window starts in. */
  private async startLanguage(): Promise<Lang> {
    const chosen = (await this.api.getSettings().catch(() => null))?.language;
    if (chosen) return chosen;
    const system = await this.api.systemLanguage().catch(() => null);
    const browser = typeof navigator === "undefined" ? [] : navigator.languages ?? [navigator.language];
    return pickLanguage([system, ...browser]);
  }

  /** Speak `lang`, and tell the shell (its menu and errors follow). */
  private async useLanguage(lang: Lang): Promise<void> {
    setLanguage(lang);
    this.labelFrame();
    await this.api.setWindowLanguage(lang).catch(() => undefined);
  }

  /** Speak `lang` from now on and draw the window again in it, on the same
   * screen and tab, scrolled where it was, with the focus on the same
   * control when it is still there. */
  async changeLanguage(lang: Lang): Promise<void> {
    if (lang === language()) return;
    await this.useLanguage(lang);
    this.renderHeader(this.info);
    const scrolled = typeof window === "undefined" ? 0 : window.scrollY;
    const focused = document.activeElement instanceof HTMLElement && document.activeElement.id ? `#${CSS.escape(document.activeElement.id)}` : undefined;
    await this.go(this.route, { keepMessages: true, focus: focused });
    if (scrolled) window.scrollTo?.(0, scrolled);
  }

  renderHeader(info: AppInfo | null): void {
    this.info = info;
    replace(
      this.header,
      h(
        "div",
        { class: "brand" },
        h("img", { src: "/icon.svg", alt: "", width: "28", height: "28" }),
        h("span", { class: "app-name" }, "Scrutineer"),
      ),
      info
        ? h(
            "div",
            { class: "db-path", title: info.dbPath },
            h("span", { class: "label" }, t("ui-election-file")),
            // Long paths lose their start, not their file name (rtl + bdi).
            h("code", {}, h("bdi", { dir: "ltr", "data-testid": "db-path" }, info.dbPath)),
          )
        : null,
    );
  }

  /** Show another screen; focus moves to its heading for keyboard and
   * screen-reader users. */
  async go(route: Route, opts: GoOptions = {}): Promise<void> {
    this.route = route;
    // Errors while the next screen is built belong to no control of this one.
    this.forgetOrigin();
    if (!opts.keepMessages) this.clearMessages();
    let screen: Node;
    switch (route.screen) {
      case "terms":
        screen = await termsScreen(this);
        break;
      case "new-term":
        screen = newTermScreen(this);
        break;
      case "term":
        screen = await termScreen(this, route.name, route.tab);
        break;
      case "nominee":
        screen = await nomineeScreen(this, route.term, route.name);
        break;
    }
    replace(this.main, screen);
    // The window title: the file's name, and the term's on a term's page.
    void this.api.setWindowTitle(route.screen === "term" ? route.name : null).catch(() => undefined);
    const target = opts.focus ? this.main.querySelector<HTMLElement>(opts.focus) : null;
    const heading = this.main.querySelector("h1");
    if (target) {
      target.focus();
    } else if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
  }
}
