// The window's frame: header, busy indicator, messages, and which screen is
// shown. Screens are plain functions that build DOM (see ./views).

import type { Api, AppInfo, Dialogs } from "./api";
import { h, replace } from "./dom";
import { errorTitle, sentence, toAppError } from "./format";
import { termsScreen } from "./views/terms";
import { newTermScreen } from "./views/newTerm";
import { termScreen, type Tab } from "./views/term";
import { nomineeScreen } from "./views/nominee";
import { handleMenu } from "./views/desk";

export type Route =
  | { screen: "terms" }
  | { screen: "new-term" }
  | { screen: "term"; name: string; tab: Tab }
  | { screen: "nominee"; term: string; name: string };

export class App {
  readonly header: HTMLElement;
  readonly status: HTMLElement;
  readonly messages: HTMLElement;
  readonly main: HTMLElement;
  private busyCount = 0;
  private busyLabel: HTMLElement | null = null;
  route: Route = { screen: "terms" };

  constructor(
    readonly root: HTMLElement,
    readonly api: Api,
    readonly dialogs: Dialogs,
  ) {
    this.header = h("header", { class: "app-header" });
    this.status = h("div", { class: "busy", role: "status", "aria-live": "polite", hidden: true });
    this.messages = h("div", { class: "messages" });
    this.main = h("main", { id: "main", tabindex: "-1" });
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
  async go(route: Route, opts: { keepMessages?: boolean; focus?: string } = {}): Promise<void> {
    this.route = route;
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

  /** Run long work with the busy indicator on and the page inert; an error
   * is shown in plain words and `undefined` returned. With `cancel`, the
   * indicator offers a Cancel button that calls it. */
  async busy<T>(label: string, work: () => Promise<T>, opts: { cancel?: () => void } = {}): Promise<T | undefined> {
    this.busyCount += 1;
    this.busyLabel = h("span", { class: "busy-label" }, label);
    replace(
      this.status,
      h("span", { class: "spinner", "aria-hidden": "true" }),
      this.busyLabel,
      opts.cancel
        ? h("button", { type: "button", class: "quiet", id: "busy-cancel", onclick: opts.cancel }, "Cancel")
        : null,
    );
    this.status.hidden = false;
    this.main.setAttribute("aria-busy", "true");
    this.main.setAttribute("inert", "");
    document.body.classList.add("is-busy");
    try {
      return await work();
    } catch (e) {
      this.showError(e);
      return undefined;
    } finally {
      this.busyCount -= 1;
      if (this.busyCount === 0) {
        this.status.hidden = true;
        replace(this.status);
        this.busyLabel = null;
        this.main.removeAttribute("aria-busy");
        this.main.removeAttribute("inert");
        document.body.classList.remove("is-busy");
      }
    }
  }

  /** Change the busy indicator's words (e.g. to show progress). */
  setBusyLabel(text: string): void {
    if (this.busyLabel) this.busyLabel.textContent = text;
  }

  clearMessages(): void {
    replace(this.messages);
  }

  showError(e: unknown): void {
    const err = toAppError(e);
    const box = h(
      "div",
      { class: "message error", role: "alert", "data-code": err.code },
      h("div", {}, h("strong", {}, errorTitle(err.code)), h("p", {}, sentence(err.message))),
      h("button", { type: "button", class: "quiet", onclick: () => box.remove() }, "Dismiss"),
    );
    replace(this.messages, box);
  }

  showNotice(title: string, ...details: (string | Node)[]): void {
    const box = h(
      "div",
      { class: "message notice", role: "status" },
      h("div", {}, h("strong", {}, title), details.map((d) => (typeof d === "string" ? h("p", {}, d) : d))),
      h("button", { type: "button", class: "quiet", onclick: () => box.remove() }, "Dismiss"),
    );
    replace(this.messages, box);
  }
}
