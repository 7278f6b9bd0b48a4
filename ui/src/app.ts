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

export type { Route, Tab } from "./context";

/** The window: it owns the page's frame and the feedback, and shows one
 * screen at a time. Screens see it through the `App` interface. */
export class AppWindow extends Feedback implements App {
  readonly header: HTMLElement;
  route: Route = { screen: "terms" };

  constructor(
    readonly root: HTMLElement,
    readonly api: Api,
    readonly dialogs: Dialogs,
  ) {
    const status = h("div", { class: "busy", role: "status", "aria-live": "polite", hidden: true });
    // A landmark of its own, so that a message is never outside one.
    const messages = h("div", { class: "messages", role: "region", "aria-label": "Messages" });
    const main = h("main", { id: "main", tabindex: "-1" });
    super(status, messages, main);
    this.header = h("header", { class: "app-header" });
    replace(
      root,
      h("a", { class: "skip", href: "#main" }, "Skip to the main content"),
      this.header,
      this.status,
      h("div", { class: "page" }, this.messages, this.main),
    );
  }

  async start(): Promise<void> {
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

  renderHeader(info: AppInfo | null): void {
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
            h("span", { class: "label" }, "Election file"),
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
