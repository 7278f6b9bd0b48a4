// Nominations (issue 9) in the window: the Nominees tab (the list, one line
// per nominee; adding a nominee with the statement editor; the import
// wizard of nominationImport.ts; publishing the candidate list) and the
// nominee page (the statement rendered, nominator, seconders and
// endorsements, acceptance, corrections with a reason, withdrawal).
//
// Statements are Markdown, rendered and sanitised once, in Rust
// (`scrutineer-markdown`, through the `render_markdown` and `nominee_detail`
// commands); the window only inserts that sanitised fragment, parsed in an
// inert <template> so that nothing in it loads or runs while it is parsed.
// The app's Content-Security-Policy (tauri.conf.json) forbids inline
// scripts and remote loads besides.

import type { App } from "../context";
import type { CandidateFormat } from "../api";
import { h, replace, type Child } from "../dom";
import { clearFieldError, fieldError } from "../feedback";
import { sentence, toAppError } from "../format";
import { t } from "../i18n";
import type { Nominee } from "../bindings/Nominee";
import type { NominationRules } from "../bindings/NominationRules";
import type { NomineeDetail } from "../bindings/NomineeDetail";
import type { NomineeEdit } from "../bindings/NomineeEdit";
import type { TermSummary } from "../bindings/TermSummary";
import { nominationWizard } from "./nominationImport";

/** The backend's sanitised HTML as DOM nodes. */
export function sanitisedFragment(html: string): DocumentFragment {
  const t = document.createElement("template");
  t.innerHTML = html;
  return t.content;
}

/** Nominations can be added, corrected and endorsed until voting opens. */
export function nominationsOpen(stage: TermSummary["stage"]): boolean {
  return stage === "draft" || stage === "nominations";
}

/** Words against the limit, in plain words. */
export function wordsLine(words: number, limit: number | null): string {
  if (limit === null) return t("ui-words", { n: words });
  if (words > limit) return t("ui-nom-words-over", { n: words, over: words - limit, limit });
  return t("ui-nom-words-of", { n: words, limit });
}

/** Show `message` beside `control` (feedback.ts's `fieldError`: linked
 * by aria-describedby, gone on the control's next input), or clear it
 * with null. The caller moves the focus. */
export function setFieldError(control: HTMLElement, message: string | null): void {
  if (message) fieldError(control, message, { focus: false });
  else clearFieldError(control);
}

function field(id: string, label: string, control: HTMLInputElement | HTMLTextAreaElement, opts: { optional?: boolean; hint?: string; wide?: boolean } = {}): HTMLElement {
  control.id = id;
  const hintId = `${id}-hint`;
  if (opts.hint) control.setAttribute("aria-describedby", hintId);
  return h(
    "div",
    { class: "field" + (opts.wide ? " wide" : "") },
    h("label", { for: id }, label, opts.optional ? h("span", { class: "optional" }, t("ui-nom-optional")) : null),
    control,
    opts.hint ? h("p", { class: "hint", id: hintId }, opts.hint) : null,
  );
}

/** The control each nomination rule concerns, by the id of the backend's
 * error (scrutineer-core's nominations.rs: one message id per rule, the
 * seconders' own refusals by theirs). The id is the same in every
 * language; the words of the message are the window's language. */
const RULES: Record<string, string> = {
  "err-rule-nominator": "nominator",
  "err-rule-seconder": "seconders",
  "err-rule-seconders-required": "seconders",
  "err-seconder-twice": "seconders",
  "err-seconder-is-nominator": "seconders",
  "err-seconder-is-nominee": "seconders",
  "err-rule-words": "statement",
  "err-rule-period": "period",
};

export function ruleOf(e: unknown): string | null {
  const { id } = toAppError(e);
  return (id && RULES[id]) || null;
}

/** Run `call`; an error about one of `controls` is shown next to it (and
 * `null` returned; `focusInvalid` then moves there once the page is no
 * longer busy), any other is thrown on (to the message area). */
async function besideControl<T>(call: () => Promise<T>, controls: Record<string, HTMLElement | null>): Promise<T | null> {
  for (const c of Object.values(controls)) if (c) setFieldError(c, null);
  try {
    return await call();
  } catch (e) {
    const c = controls[ruleOf(e) ?? ""];
    if (!c) throw e;
    setFieldError(c, sentence(toAppError(e).message));
    return null;
  }
}

function focusInvalid(form: HTMLElement): void {
  form.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
}

// ---- the statement editor ----------------------------------------------------

export interface StatementEditor {
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
  value(): string;
  /** Check the word limit; shows the problem next to the editor. */
  check(): boolean;
  /** Resolves when the preview shows the current text. */
  settled(): Promise<void>;
}

/** Milliseconds between the last key and the preview's update. */
export const PREVIEW_DEBOUNCE_MS = 200;

/** A Markdown textarea with a live preview rendered by the backend (after a
 * short pause in typing), a word count and the term's word limit. */
export function statementEditor(app: App, id: string, initial: string, limit: number | null): StatementEditor {
  const textarea = h("textarea", { rows: "12", spellcheck: "true" }) as HTMLTextAreaElement;
  textarea.value = initial;
  const countId = `${id}-words`;
  const count = h("p", { class: "hint words", id: countId, "aria-live": "polite" });
  const preview = h("div", { class: "statement-body statement-preview", id: `${id}-preview`, "aria-label": t("ui-nom-preview-label"), role: "region" });
  let words = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let asked = 0;
  let pending: Promise<void> = Promise.resolve();
  const render = async () => {
    const seq = ++asked;
    const text = textarea.value;
    try {
      const r = await app.api.renderMarkdown(text);
      if (seq !== asked) return; // a later answer is coming
      words = r.words;
      replace(preview, text.trim() ? sanitisedFragment(r.html) : h("p", { class: "muted" }, t("ui-nom-preview-empty")));
      count.textContent = wordsLine(words, limit);
      count.classList.toggle("over", limit !== null && words > limit);
      if (limit === null || words <= limit) setFieldError(textarea, null);
    } catch (e) {
      if (seq === asked) replace(preview, h("p", { class: "field-error" }, sentence(String((e as { message?: string }).message ?? e))));
    }
  };
  textarea.addEventListener("input", () => {
    if (timer) clearTimeout(timer);
    pending = new Promise((resolve) => {
      timer = setTimeout(() => {
        timer = null;
        void render().then(resolve);
      }, PREVIEW_DEBOUNCE_MS);
    });
  });
  pending = render();
  const element = field(id, t("ui-nimp-field-statement"), textarea, {
    optional: true,
    wide: true,
    hint: t("ui-nom-statement-hint"),
  });
  textarea.setAttribute("aria-describedby", `${id}-hint ${countId}`);
  element.classList.add("statement-editor");
  element.append(count, h("div", { class: "preview-wrap" }, h("p", { class: "preview-label", "aria-hidden": "true" }, t("ui-nom-preview")), preview));
  return {
    element,
    textarea,
    value: () => textarea.value,
    check: () => {
      if (limit !== null && words > limit) {
        setFieldError(textarea, t("ui-nom-too-long", { n: words, limit, over: words - limit }));
        return false;
      }
      return true;
    },
    settled: () => pending,
  };
}

// ---- the Nominees tab ----------------------------------------------------------

/** The candidate list's exports: `label` on the button; `title` the save
 * dialog's, `saving` while it is made, `saved` once it is. */
interface CandidateExport {
  format: CandidateFormat;
  label: string;
  title: string;
  saving: string;
  saved: string;
  file: string;
  filter: { name: string; extensions: string[] } | null;
}

function candidateExports(): CandidateExport[] {
  const x = (format: CandidateFormat, label: string, saving: string, file: string, filter: CandidateExport["filter"]): CandidateExport => ({
    format,
    label,
    title: t("ui-nom-export-title", { what: label }),
    saving,
    saved: t("ui-nom-export-saved", { what: label }),
    file,
    filter,
  });
  return [
    x("markdown", t("ui-nom-export-markdown"), t("ui-nom-export-markdown-saving"), "candidates.md", { name: "Markdown", extensions: ["md"] }),
    x("html", t("ui-nom-export-html"), t("ui-nom-export-html-saving"), "candidates.html", { name: t("ui-nom-filter-web"), extensions: ["html"] }),
    x("pdf", t("ui-nom-export-pdf"), t("ui-nom-export-pdf-saving"), "booklet.pdf", { name: "PDF", extensions: ["pdf"] }),
    x("helios", t("ui-nom-export-helios"), t("ui-nom-export-helios-saving"), "helios.json", { name: "JSON", extensions: ["json"] }),
    x("opavote", t("ui-nom-export-opavote"), t("ui-nom-export-opavote-saving"), "candidates.blt", { name: "BLT", extensions: ["blt"] }),
    x("bettervoting", t("ui-nom-export-bettervoting"), t("ui-nom-export-bettervoting-saving"), "bettervoting.json", { name: "JSON", extensions: ["json"] }),
    x("elekto", t("ui-nom-export-elekto"), t("ui-nom-export-elekto-saving"), "elekto", null),
    x("csv", t("ui-nom-export-csv"), t("ui-nom-export-csv-saving"), "candidates.csv", { name: "CSV", extensions: ["csv"] }),
  ];
}

function slug(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "term";
}

/** The buttons that publish the candidate list through the save dialog. */
export function publishCard(app: App, term: TermSummary): HTMLElement {
  const save = async (x: CandidateExport) => {
    const path = await app.dialogs.saveFile(x.title, `${slug(term.name)}-${x.file}`, x.filter ? [x.filter] : []).catch((e) => {
      app.showError(e, document.getElementById(`export-${x.format}`));
      return null;
    });
    if (!path) return;
    const files = await app.busy(x.saving, () => app.api.exportCandidates(term.name, x.format, path));
    if (files) app.showNotice(x.saved, files.length === 1 ? files[0] : t("ui-nom-files-in", { n: files.length, path }));
  };
  return h(
    "div",
    { class: "card", id: "publish" },
    h("h2", {}, t("ui-nom-publish-heading")),
    h("p", { class: "muted" }, t("ui-nom-publish-explain")),
    h(
      "div",
      { class: "form-actions" },
      candidateExports().map((x) => h("button", { type: "button", id: `export-${x.format}`, onclick: () => save(x) }, x.label)),
    ),
  );
}

function addForm(app: App, term: TermSummary, rules: NominationRules, added: (n: Nominee) => Promise<void>): HTMLElement {
  const name = h("input", { type: "text", autocomplete: "off" }) as HTMLInputElement;
  const email = h("input", { type: "email", autocomplete: "off" }) as HTMLInputElement;
  const employer = h("input", { type: "text", autocomplete: "off" }) as HTMLInputElement;
  const handle = h("input", { type: "text", autocomplete: "off" }) as HTMLInputElement;
  const nominatedBy = h("input", { type: "text", autocomplete: "off" }) as HTMLInputElement;
  const seconders = h("textarea", { rows: "2" }) as HTMLTextAreaElement;
  const late = h("input", { type: "text", autocomplete: "off" }) as HTMLInputElement;
  const editor = statementEditor(app, "nominee-statement", "", rules.statement_words);
  const opt = (el: HTMLInputElement | HTMLTextAreaElement) => (el.value.trim() ? el.value.trim() : null);
  const needs = rules.seconders > 0 ? t("ui-nom-needs-seconders", { n: rules.seconders }) : t("ui-nom-seconders-hint");
  const period =
    rules.opens && rules.closes
      ? t("ui-nom-period-from-until", { opens: rules.opens, closes: rules.closes })
      : rules.opens
        ? t("ui-nom-period-from", { opens: rules.opens })
        : rules.closes
          ? t("ui-nom-period-until", { closes: rules.closes })
          : null;
  const form: HTMLFormElement = h(
    "form",
    {
      class: "card form",
      novalidate: true,
      "aria-labelledby": "add-heading",
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        setFieldError(name, null);
        if (!name.value.trim()) {
          setFieldError(name, t("ui-nom-need-name"));
          name.focus();
          return;
        }
        await editor.settled();
        if (!editor.check()) {
          editor.textarea.focus();
          return;
        }
        const n = await app.busy(t("ui-nom-adding"), () =>
          besideControl(
            () =>
              app.api.addNominee(term.name, {
                name: name.value.trim(),
                email: opt(email),
                employer: opt(employer),
                handle: opt(handle) ?? undefined,
                nominated_by: opt(nominatedBy),
                seconded_by: seconders.value.split(/[\n,;]+/).map((s) => s.trim()).filter(Boolean),
                statement: editor.value().trim() ? editor.value() : null,
                late_reason: opt(late) ?? undefined,
              }),
            { nominator: nominatedBy, seconders, statement: editor.textarea, period: period ? late : null },
          ),
        );
        if (n) await added(n);
        else focusInvalid(form);
      },
    },
    h("h2", { id: "add-heading" }, t("ui-nom-add-heading")),
    period ? h("p", { class: "muted" }, period) : null,
    h(
      "div",
      { class: "grid-2" },
      field("nominee-name", t("ui-col-name"), name, { hint: t("ui-nom-name-hint") }),
      field("nominee-email", t("ui-col-email"), email, { optional: true }),
      field("nominee-employer", t("ui-nimp-field-employer"), employer, { optional: true, hint: t("ui-nom-employer-hint") }),
      field("nominee-handle", t("ui-nimp-field-handle"), handle, { optional: true, hint: t("ui-nom-handle-hint") }),
      field("nominee-nominated_by", t("ui-nimp-field-nominator"), nominatedBy, { optional: true, hint: t("ui-nom-nominator-hint") }),
      field("nominee-seconders", t("ui-nimp-field-seconders"), seconders, { optional: rules.seconders === 0, hint: t("ui-nom-one-per-line", { needs }) }),
      period ? field("nominee-late", t("ui-nom-late-label"), late, { optional: true, hint: t("ui-nom-kept-audit") }) : null,
    ),
    editor.element,
    h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary", id: "nominee-add" }, t("ui-nom-add"))),
  );
  return form;
}

function status(n: Nominee): { label: string; cls: string } {
  if (n.withdrawn) return { label: t("ui-nom-status-withdrawn"), cls: "status-withdrawn" };
  if (n.accepted_at) return { label: t("ui-nom-status-accepted"), cls: "status-elected" };
  return { label: t("ui-nom-status-nominated"), cls: "status-nominated" };
}

function nominatorText(n: Nominee): string {
  if (!n.nominated_by) return "";
  if (n.nominated_by === "self") return t("ui-nom-self-nominated");
  return n.nominator_name ? `${n.nominator_name} (${n.nominated_by})` : n.nominated_by;
}

/** Open the nominee page at its top (focus goes to its heading). */
export async function openNominee(app: App, term: string, name: string): Promise<void> {
  await app.go({ screen: "nominee", term, name });
  window.scrollTo(0, 0);
}

/** A stored UTC time (`2026-01-05T10:00:00Z`) as people read it. */
export function utcTime(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z?$/.exec(at.trim());
  return m ? t("ui-utc-time", { date: m[1], time: m[2] }) : at;
}

/** The Nominees tab. `refresh(focus)` re-shows the tab keeping the message. */
export async function nomineesSection(app: App, term: TermSummary, refresh: (focus?: string) => Promise<void>): Promise<Node> {
  const [list, rules] = (await app.busy(t("ui-nom-loading-list"), () => Promise.all([app.api.nominees(term.name), app.api.nominationRules(term.name)]))) ?? [[], null];
  const open = nominationsOpen(term.stage);
  const form = open
    ? addForm(app, term, rules ?? { opens: null, closes: null, seconders: 0, statement_words: null }, async (n) => {
        await refresh("#nominee-name");
        app.showNotice(t("ui-nom-added", { name: n.name }), t("ui-nom-added-next"));
      })
    : list.length === 0
      ? null
      : h("div", { class: "card muted" }, t("ui-nom-list-closed"));

  const canWithdraw = term.stage !== "certified";
  const withdrawBox = h("form", { class: "confirm", hidden: true, "aria-label": t("ui-nom-withdraw-a-nominee"), id: "withdraw-box" });
  const askWithdraw = (name: string, opener: HTMLElement) => {
    withdrawForm(app, term, name, withdrawBox, () => opener.focus(), () => refresh());
  };

  return h(
    "div",
    {},
    h(
      "div",
      { class: "card" },
      h("h2", {}, t("ui-nom-list-heading", { n: list.length })),
      list.length === 0
        ? h(
            "p",
            { class: "muted empty-note", id: "nominees-empty" },
            open
              ? t("ui-nom-empty")
              : t("ui-nom-empty-closed"),
          )
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "data", "aria-label": t("ui-nom-table-label") },
              h("thead", {}, h("tr", {}, ...[t("ui-col-name"), t("ui-nom-col-affiliation"), t("ui-nimp-field-nominator"), t("ui-nom-col-status")].map((c) => h("th", { scope: "col" }, c)), canWithdraw ? h("th", { scope: "col" }, h("span", { class: "sr-only" }, t("ui-col-actions"))) : null)),
              h(
                "tbody",
                {},
                list.map((n) => {
                  const s = status(n);
                  return h(
                    "tr",
                    { class: n.withdrawn ? "withdrawn" : "", "data-nominee": n.name },
                    h("th", { scope: "row" }, h("button", { type: "button", class: "link nominee-open", onclick: () => openNominee(app, term.name, n.name) }, n.name)),
                    h("td", {}, n.employer ?? ""),
                    h("td", {}, nominatorText(n)),
                    h("td", {}, h("span", { class: `badge ${s.cls}` }, s.label)),
                    canWithdraw
                      ? h(
                          "td",
                          { class: "actions" },
                          n.withdrawn ? null : h("button", { type: "button", class: "link", "aria-label": t("ui-nom-withdraw-name-dots", { name: n.name }), onclick: (ev: Event) => askWithdraw(n.name, ev.currentTarget as HTMLElement) }, t("ui-nom-withdraw-dots")),
                        )
                      : null,
                  );
                }),
              ),
            ),
          ),
      withdrawBox,
    ),
    form,
    open ? nominationWizard(app, term, async (title, ...details) => { await refresh(); app.showNotice(title, ...details); }) : null,
    list.some((n) => !n.withdrawn) ? publishCard(app, term) : null,
  );
}

function withdrawForm(app: App, term: TermSummary, name: string, box: HTMLFormElement, cancel: () => void, done: () => Promise<void>): void {
  const reason = h("input", { type: "text", id: "withdraw-reason", name: "withdraw-reason", autocomplete: "off" }) as HTMLInputElement;
  box.onsubmit = async (ev: Event) => {
    ev.preventDefault();
    setFieldError(reason, null);
    if (!reason.value.trim()) {
      setFieldError(reason, t("ui-nom-withdraw-need-reason"));
      reason.focus();
      return;
    }
    const n = await app.busy(t("ui-nom-withdrawing"), () => app.api.withdrawNominee(term.name, name, reason.value.trim()));
    if (!n) return;
    await done();
    app.showNotice(t("ui-nom-withdrawn", { name: n.name }), term.stage === "counted" ? t("ui-nom-withdrawn-reopened") : t("ui-nom-withdrawn-later"));
  };
  replace(
    box,
    h("p", {}, t("ui-nom-withdraw-ask", { name })),
    h("div", { class: "field" }, h("label", { for: "withdraw-reason" }, t("ui-reason-audit")), reason),
    h(
      "div",
      { class: "form-actions" },
      h("button", { type: "submit", class: "primary", id: "withdraw-confirm" }, t("ui-nom-withdraw-name", { name })),
      h("button", { type: "button", onclick: () => { box.hidden = true; cancel(); } }, t("ui-cancel")),
    ),
  );
  box.hidden = false;
  reason.focus();
}

// ---- the nominee page ------------------------------------------------------------

/** One nominee: `app.go({screen: "nominee", term, name})`. Escape or the
 * back link returns to the Nominees tab. */
export async function nomineeScreen(app: App, termName: string, name: string): Promise<Node> {
  const back = () => app.go({ screen: "term", name: termName, tab: "nominees" }, { keepMessages: true, focus: "#tab-nominees" });
  const crumbs = h("nav", { class: "crumbs", "aria-label": t("ui-nom-breadcrumb") }, h("button", { type: "button", class: "link", id: "nominee-back", onclick: back }, t("ui-nom-back", { term: termName })));
  const loaded = await app.busy(t("ui-nom-loading"), () =>
    Promise.all([app.api.listTerms(), app.api.nomineeDetail(termName, name), app.api.nominationRules(termName)]),
  );
  const screen = h("section", { class: "screen nominee-page", "aria-labelledby": "nominee-heading" });
  screen.addEventListener("keydown", (ev: KeyboardEvent) => {
    // Escape closes the page, unless it closes an open form first.
    if (ev.key !== "Escape" || ev.defaultPrevented) return;
    const target = ev.target as HTMLElement;
    if (target.closest("form")) return;
    ev.preventDefault();
    void back();
  });
  if (!loaded) return replaceWith(screen, crumbs, h("h1", { id: "nominee-heading" }, name));
  const [terms, detail, rules] = loaded;
  const term = terms.find((t) => t.name === termName);
  if (!term) return replaceWith(screen, crumbs, h("h1", { id: "nominee-heading" }, name));
  return replaceWith(screen, crumbs, ...nomineeBody(app, term, detail, rules));
}

function replaceWith(el: HTMLElement, ...children: Child[]): HTMLElement {
  replace(el, ...children);
  return el;
}

function nomineeBody(app: App, term: TermSummary, d: NomineeDetail, rules: NominationRules): Child[] {
  const n = d.nominee;
  const s = status(n);
  const open = nominationsOpen(term.stage);
  const reload = async (name: string, focus?: string) => {
    await app.go({ screen: "nominee", term: term.name, name }, { keepMessages: true, focus });
    window.scrollTo(0, 0);
  };
  const seconders = d.endorsements.filter((e) => e.seconder);
  const endorsements = d.endorsements.filter((e) => !e.seconder);
  const panel = h("div", { id: "nominee-action", class: "card form", hidden: true });
  const show = (form: HTMLElement) => {
    replace(panel, form);
    panel.hidden = false;
    panel.querySelector<HTMLElement>("input, textarea")?.focus();
  };
  const close = (opener: HTMLElement) => {
    panel.hidden = true;
    replace(panel);
    opener.focus();
  };
  const escClose = (form: HTMLElement, opener: HTMLElement) =>
    form.addEventListener("keydown", (ev: KeyboardEvent) => {
      if (ev.key === "Escape") {
        ev.preventDefault();
        close(opener);
      }
    });

  const editButton = h("button", { type: "button", id: "nominee-edit", onclick: () => show(editForm()) }, t("ui-nom-edit"));
  const endorseButton = h("button", { type: "button", id: "nominee-endorse", onclick: () => show(endorseForm()) }, t("ui-nom-endorse"));
  const acceptButton = h(
    "button",
    {
      type: "button",
      id: "nominee-accept",
      onclick: async () => {
        const r = await app.busy(t("ui-nom-accepting"), () => app.api.acceptNomination(term.name, n.name));
        if (!r) return;
        await reload(n.name, "#nominee-heading");
        app.showNotice(t("ui-nom-accepted", { name: n.name }), t("ui-nom-accepted-audit"));
      },
    },
    t("ui-nom-accept"),
  );
  const withdrawButton = h("button", { type: "button", id: "nominee-withdraw", onclick: () => {
    const box = h("form", { "aria-label": t("ui-nom-withdraw-name", { name: n.name }) }) as HTMLFormElement;
    replace(panel, box);
    panel.hidden = false;
    withdrawForm(app, term, n.name, box, () => close(withdrawButton), () => reload(n.name));
    escClose(box, withdrawButton);
  } }, t("ui-nom-withdraw-dots"));

  const editForm = (): HTMLElement => {
    const inputs = {
      name: h("input", { type: "text", value: n.name }) as HTMLInputElement,
      email: h("input", { type: "email", value: n.email ?? "" }) as HTMLInputElement,
      employer: h("input", { type: "text", value: n.employer ?? "" }) as HTMLInputElement,
      handle: h("input", { type: "text", value: n.handle ?? "" }) as HTMLInputElement,
      nominated_by: h("input", { type: "text", value: n.nominated_by ?? "" }) as HTMLInputElement,
    };
    const editor = statementEditor(app, "edit-statement", n.statement ?? "", rules.statement_words);
    const reason = h("input", { type: "text", autocomplete: "off" }) as HTMLInputElement;
    const form = h(
      "form",
      {
        novalidate: true,
        "aria-labelledby": "edit-heading",
        onsubmit: async (ev: Event) => {
          ev.preventDefault();
          setFieldError(reason, null);
          setFieldError(inputs.name, null);
          if (!inputs.name.value.trim()) {
            setFieldError(inputs.name, t("ui-nom-edit-need-name"));
            inputs.name.focus();
            return;
          }
          await editor.settled();
          if (!editor.check()) {
            editor.textarea.focus();
            return;
          }
          const edit: NomineeEdit = { name: null, email: null, employer: null, handle: null, nominated_by: null, statement: null };
          const was: Record<string, string> = { name: n.name, email: n.email ?? "", employer: n.employer ?? "", handle: n.handle ?? "", nominated_by: n.nominated_by ?? "" };
          for (const [k, el] of Object.entries(inputs) as [keyof typeof inputs, HTMLInputElement][]) {
            if (el.value.trim() !== was[k]) edit[k] = el.value.trim();
          }
          if (editor.value() !== (n.statement ?? "")) edit.statement = editor.value();
          if (Object.values(edit).every((v) => v === null)) {
            setFieldError(reason, t("ui-nom-edit-nothing"));
            return;
          }
          if (!reason.value.trim()) {
            setFieldError(reason, t("ui-nom-edit-need-reason"));
            reason.focus();
            return;
          }
          const r = await app.busy(t("ui-nom-edit-saving"), () =>
            besideControl(() => app.api.editNominee(term.name, n.name, edit, reason.value.trim()), { nominator: inputs.nominated_by, statement: editor.textarea }),
          );
          if (!r) return focusInvalid(form);
          await reload(r.name, "#nominee-heading");
          app.showNotice(t("ui-nom-edit-saved", { name: r.name }), t("ui-nom-edit-saved-audit"));
        },
      },
      h("h2", { id: "edit-heading" }, t("ui-nom-edit-heading")),
      h(
        "div",
        { class: "grid-2" },
        field("edit-name", t("ui-col-name"), inputs.name),
        field("edit-email", t("ui-col-email"), inputs.email, { optional: true }),
        field("edit-employer", t("ui-nimp-field-employer"), inputs.employer, { optional: true }),
        field("edit-handle", t("ui-nimp-field-handle"), inputs.handle, { optional: true }),
        field("edit-nominated_by", t("ui-nimp-field-nominator"), inputs.nominated_by, { optional: true, hint: t("ui-nom-edit-nominator-hint") }),
      ),
      editor.element,
      field("edit-reason", t("ui-nom-edit-reason"), reason, { wide: true }),
      h(
        "div",
        { class: "form-actions" },
        h("button", { type: "submit", class: "primary", id: "edit-save" }, t("ui-nom-edit-save")),
        h("button", { type: "button", onclick: () => close(editButton) }, t("ui-cancel")),
      ),
    );
    escClose(form, editButton);
    return form;
  };

  const endorseForm = (): HTMLElement => {
    const by = h("input", { type: "text", autocomplete: "off" }) as HTMLInputElement;
    const text = h("textarea", { rows: "4" }) as HTMLTextAreaElement;
    const form = h(
      "form",
      {
        novalidate: true,
        "aria-labelledby": "endorse-heading",
        onsubmit: async (ev: Event) => {
          ev.preventDefault();
          setFieldError(by, null);
          if (!by.value.trim()) {
            setFieldError(by, t("ui-nom-endorse-need"));
            by.focus();
            return;
          }
          const r = await app.busy(t("ui-nom-endorsing"), () =>
            besideControl(() => app.api.endorseNominee(term.name, n.name, by.value.trim(), text.value.trim() ? text.value : null), { seconders: by }),
          );
          if (!r) return focusInvalid(form);
          await reload(n.name, "#nominee-heading");
          app.showNotice(t("ui-nom-endorsed", { by: r.name, name: n.name }));
        },
      },
      h("h2", { id: "endorse-heading" }, t("ui-nom-endorse-heading", { name: n.name })),
      field("endorse-by", t("ui-nom-endorse-by"), by),
      field("endorse-text", t("ui-nom-endorsement"), text, { optional: true, wide: true, hint: t("ui-nom-endorsement-hint") }),
      h(
        "div",
        { class: "form-actions" },
        h("button", { type: "submit", class: "primary", id: "endorse-save" }, t("ui-nom-endorse-save")),
        h("button", { type: "button", onclick: () => close(endorseButton) }, t("ui-cancel")),
      ),
    );
    escClose(form, endorseButton);
    return form;
  };

  const facts: [string, Child][] = [
    [t("ui-nom-col-affiliation"), n.employer],
    [t("ui-col-email"), n.email],
    [t("ui-nimp-field-handle"), n.handle],
    [t("ui-nimp-field-nominator"), nominatorText(n) || null],
    [t("ui-nom-fact-nominated-on"), n.nominated_at ? utcTime(n.nominated_at) : null],
    [t("ui-nom-fact-late"), n.late_reason],
    [t("ui-nom-fact-acceptance"), n.accepted_at ? t("ui-nom-accepted-on", { when: utcTime(n.accepted_at) }) : t("ui-nom-not-accepted")],
  ];
  const words = rules.statement_words;
  const endorsementList = (title: string, id: string, list: NomineeDetail["endorsements"], none: string) =>
    h(
      "section",
      { class: "card", "aria-labelledby": id },
      h("h2", { id }, t("ui-nom-count-heading", { title, n: list.length })),
      list.length === 0
        ? h("p", { class: "muted" }, none)
        : h(
            "ul",
            { class: "endorsements" },
            list.map((e) =>
              h(
                "li",
                {},
                h("p", { class: "endorser" }, h("strong", {}, e.name), " ", h("span", { class: "muted" }, `${e.email} · ${utcTime(e.added_at)}`)),
                e.text_html ? h("div", { class: "statement-body" }, sanitisedFragment(e.text_html)) : null,
              ),
            ),
          ),
    );

  return [
    h(
      "div",
      { class: "screen-head" },
      h("div", {}, h("h1", { id: "nominee-heading", tabindex: "-1" }, n.name), h("p", { class: "lead" }, [n.employer, term.name].filter(Boolean).join(" · "))),
      h("span", { class: `badge big ${s.cls}`, "data-testid": "nominee-status" }, s.label),
    ),
    h(
      "div",
      { class: "card nominee-actions" },
      open
        ? h(
            "div",
            { class: "form-actions", role: "group", "aria-label": t("ui-col-actions") },
            editButton,
            n.withdrawn ? null : endorseButton,
            n.withdrawn || n.accepted_at ? null : acceptButton,
            n.withdrawn ? null : withdrawButton,
          )
        : term.stage === "certified"
          ? h("p", { class: "muted" }, t("ui-nom-certified"))
          : h(
              "div",
              {},
              h("p", { class: "muted", id: "nominee-locked" }, t("ui-nom-locked")),
              n.withdrawn ? null : h("div", { class: "form-actions" }, withdrawButton),
            ),
      panel,
    ),
    h("div", { class: "card" }, h("dl", { class: "details" }, facts.filter(([, v]) => v).map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]))),
    h(
      "section",
      { class: "card", "aria-labelledby": "statement-heading" },
      h("h2", { id: "statement-heading" }, t("ui-nimp-field-statement")),
      h("p", { class: "hint", id: "statement-words" }, wordsLine(d.statement_words, words)),
      d.statement_html ? h("div", { class: "statement-body", id: "statement" }, sanitisedFragment(d.statement_html)) : h("p", { class: "muted", id: "statement" }, t("ui-nom-no-statement")),
    ),
    endorsementList(t("ui-nimp-field-seconders"), "seconders-heading", seconders, t("ui-nom-no-seconders")),
    endorsementList(t("ui-nom-endorsements"), "endorsements-heading", endorsements, t("ui-nom-no-endorsements")),
  ];
}
