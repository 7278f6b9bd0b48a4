// What the window tells the user while and after it works: the busy
// indicator (with Cancel for a long import), notices, and errors. An error
// appears next to the control it concerns and takes the focus
// (`fieldError`); one with no control goes to the message area at the top,
// scrolled into view. Views use this module; it knows nothing of them.

import { h, replace, uid } from "./dom";
import { errorTitle, sentence, toAppError } from "./format";
import { t } from "./i18n";

/** A control the focus goes to when the page is no longer busy (the page
 * is inert while busy, and an inert control cannot take the focus). */
let pendingFocus: HTMLElement | null = null;

/** Focus `control` and scroll it into view, now or (when the page is busy)
 * as soon as the page is no longer busy. */
export function focusSoon(control: HTMLElement): void {
  if (control.closest("[inert]")) {
    pendingFocus = control;
    return;
  }
  pendingFocus = null;
  control.scrollIntoView?.({ block: "center" });
  control.focus();
}

/** Where a message about `control` goes: right after it, or after the row
 * that lays it out beside others (a file path and its Choose button, a
 * form's buttons), so the message is under what it concerns. */
function anchorOf(control: HTMLElement): HTMLElement {
  return control.closest<HTMLElement>(".file-row, .form-actions, .pager, .announce, fieldset") ?? control;
}

const errorIds = new WeakMap<HTMLElement, string>();

/** Remove the message `fieldError` put beside `control`. */
export function clearFieldError(control: HTMLElement): void {
  const id = errorIds.get(control);
  if (!id) return;
  errorIds.delete(control);
  document.getElementById(id)?.remove();
  control.removeAttribute("aria-invalid");
  const rest = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== id);
  if (rest.length) control.setAttribute("aria-describedby", rest.join(" "));
  else control.removeAttribute("aria-describedby");
}

/** Show `message` right after `control`: the control is marked invalid
 * (not a button: it has no value to be wrong), described by the message,
 * scrolled into view and focused (once the page is no longer busy). The
 * message goes away on the control's next input (or click, for a button).
 * With `focus: false` the caller focuses (e.g. the first of several).
 * Returns the message element. */
export function fieldError(control: HTMLElement, message: string | Node, opts: { alert?: boolean; focus?: boolean } = {}): HTMLElement {
  clearFieldError(control);
  const id = uid("error");
  const box = h(
    "div",
    { class: "field-error", id, role: opts.alert ? "alert" : undefined },
    typeof message === "string" ? h("p", {}, message) : message,
  );
  anchorOf(control).insertAdjacentElement("afterend", box);
  errorIds.set(control, id);
  const isButton = control instanceof HTMLButtonElement;
  if (!isButton) control.setAttribute("aria-invalid", "true");
  const described = (control.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  control.setAttribute("aria-describedby", [...described, id].join(" "));
  const clear = () => {
    if (errorIds.get(control) === id) clearFieldError(control);
    for (const ev of ["input", "change", "click"]) control.removeEventListener(ev, clear);
  };
  control.addEventListener("input", clear);
  control.addEventListener("change", clear);
  if (isButton) setTimeout(() => control.addEventListener("click", clear), 0);
  if (opts.focus !== false) focusSoon(control);
  return box;
}

/** The controls an action starts from: the last one focused in the page or
 * a dialog (not the busy bar's Cancel). */
const CONTROLS = "button, input, select, textarea, summary";

export class Feedback {
  private busyCount = 0;
  private busyLabel: HTMLElement | null = null;
  /** The control the user last used: where an error with no control of
   * its own is shown. */
  private origin: HTMLElement | null = null;

  constructor(
    readonly status: HTMLElement,
    readonly messages: HTMLElement,
    readonly main: HTMLElement,
  ) {
    document.addEventListener("focusin", (ev) => {
      const t = ev.target;
      if (t instanceof HTMLElement && t.matches(CONTROLS) && !this.status.contains(t)) this.origin = t;
    });
  }

  /** Run long work with the busy indicator on and the page inert; an error
   * is shown in plain words (beside `near`, or the control last used) and
   * `undefined` returned. With `cancel`, the indicator offers a Cancel
   * button that calls it, and the focus moves there. */
  async busy<T>(label: string, work: () => Promise<T>, opts: { cancel?: () => void; near?: HTMLElement | null } = {}): Promise<T | undefined> {
    this.busyCount += 1;
    this.busyLabel = h("span", { class: "busy-label" }, label);
    const cancel = opts.cancel
      ? h("button", { type: "button", class: "quiet", id: "busy-cancel", onclick: opts.cancel }, t("ui-cancel"))
      : null;
    replace(this.status, h("span", { class: "spinner", "aria-hidden": "true" }), this.busyLabel, cancel);
    this.status.hidden = false;
    this.main.setAttribute("aria-busy", "true");
    this.main.setAttribute("inert", "");
    document.body.classList.add("is-busy");
    // The page is inert: the one thing to do is to cancel.
    const returnTo = cancel ? (document.activeElement as HTMLElement | null) : null;
    cancel?.focus();
    try {
      return await work();
    } catch (e) {
      this.showError(e, opts.near);
      return undefined;
    } finally {
      this.busyCount -= 1;
      if (this.busyCount === 0) {
        const cancelHadFocus = cancel !== null && document.activeElement === cancel;
        this.status.hidden = true;
        replace(this.status);
        this.busyLabel = null;
        this.main.removeAttribute("aria-busy");
        this.main.removeAttribute("inert");
        document.body.classList.remove("is-busy");
        const next = pendingFocus;
        pendingFocus = null;
        if (next?.isConnected) focusSoon(next);
        else if (cancelHadFocus && returnTo?.isConnected) returnTo.focus();
      }
    }
  }

  /** Forget the control last used (its screen is being replaced). */
  forgetOrigin(): void {
    this.origin = null;
  }

  /** Change the busy indicator's words (e.g. to show progress). */
  setBusyLabel(text: string): void {
    if (this.busyLabel) this.busyLabel.textContent = text;
  }

  clearMessages(): void {
    replace(this.messages);
  }

  /** An error in plain words: beside `near` (or the control last used, when
   * it is still on the page) taking the focus, else at the top of the page. */
  showError(e: unknown, near?: HTMLElement | null): void {
    const err = toAppError(e);
    const words = [h("strong", {}, errorTitle(err.code)), " ", sentence(err.message)];
    const control = near ?? this.origin;
    if (control?.isConnected && (this.main.contains(control) || control.closest("[role=dialog]"))) {
      this.clearMessages();
      const box = fieldError(control, h("p", {}, ...words), { alert: true });
      box.dataset.code = err.code;
      return;
    }
    const box = h(
      "div",
      { class: "message error", role: "alert", "data-code": err.code },
      h("div", {}, h("strong", {}, errorTitle(err.code)), h("p", {}, sentence(err.message))),
      h("button", { type: "button", class: "quiet", onclick: () => box.remove() }, t("ui-dismiss")),
    );
    replace(this.messages, box);
    this.messages.scrollIntoView?.({ block: "nearest" });
  }

  showNotice(title: string, ...details: (string | Node)[]): void {
    const box = h(
      "div",
      { class: "message notice", role: "status" },
      h("div", {}, h("strong", {}, title), details.map((d) => (typeof d === "string" ? h("p", {}, d) : d))),
      h("button", { type: "button", class: "quiet", onclick: () => box.remove() }, t("ui-dismiss")),
    );
    replace(this.messages, box);
  }
}
