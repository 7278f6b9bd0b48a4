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
import { plural, sentence, toAppError } from "../format";
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
  if (limit === null) return plural(words, "word");
  if (words > limit) return `${plural(words, "word")}: ${plural(words - limit, "word")} over the limit of ${limit}. Shorten the statement before saving.`;
  return `${plural(words, "word")} of ${limit} allowed`;
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
    h("label", { for: id }, label, opts.optional ? h("span", { class: "optional" }, " (optional)") : null),
    control,
    opts.hint ? h("p", { class: "hint", id: hintId }, opts.hint) : null,
  );
}

/** The backend names the rule a nomination breaks (`refused by the rule
 * "…"`, scrutineer-core's nominations.rs): which control it concerns. */
const RULES: [string, string][] = [
  ["the nominator must be on the roll", "nominator"],
  ["seconders and endorsers must be on the roll", "seconders"],
  ["the statement's length", "statement"],
  ["nominations are made in the nomination period", "period"],
];

export function ruleOf(e: unknown): string | null {
  const msg = toAppError(e).message;
  for (const [rule, key] of RULES) if (msg.includes(`"${rule}"`)) return key;
  if (/as a seconder|cannot also second|cannot second/.test(msg)) return "seconders";
  return null;
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
  const preview = h("div", { class: "statement-body statement-preview", id: `${id}-preview`, "aria-label": "Preview of the statement", role: "region" });
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
      replace(preview, text.trim() ? sanitisedFragment(r.html) : h("p", { class: "muted" }, "The statement appears here as voters will read it."));
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
  const element = field(id, "Statement", textarea, {
    optional: true,
    wide: true,
    hint: "Markdown: # for a heading, - or 1. for lists, **bold**, *emphasis*, [text](https://…) for a link, :smile: for an emoji. Stored exactly as written.",
  });
  textarea.setAttribute("aria-describedby", `${id}-hint ${countId}`);
  element.classList.add("statement-editor");
  element.append(count, h("div", { class: "preview-wrap" }, h("p", { class: "preview-label", "aria-hidden": "true" }, "Preview"), preview));
  return {
    element,
    textarea,
    value: () => textarea.value,
    check: () => {
      if (limit !== null && words > limit) {
        setFieldError(textarea, `The statement has ${plural(words, "word")}; this term allows ${limit}. Shorten it by ${plural(words - limit, "word")}.`);
        return false;
      }
      return true;
    },
    settled: () => pending,
  };
}

// ---- the Nominees tab ----------------------------------------------------------

const EXPORTS: { format: CandidateFormat; label: string; file: string; filter: { name: string; extensions: string[] } | null }[] = [
  { format: "markdown", label: "Candidate list (Markdown, for a forum post)", file: "candidates.md", filter: { name: "Markdown", extensions: ["md"] } },
  { format: "html", label: "Candidate list (web page)", file: "candidates.html", filter: { name: "Web page", extensions: ["html"] } },
  { format: "pdf", label: "Candidate booklet (PDF)", file: "booklet.pdf", filter: { name: "PDF", extensions: ["pdf"] } },
  { format: "helios", label: "Helios questions (JSON)", file: "helios.json", filter: { name: "JSON", extensions: ["json"] } },
  { format: "opavote", label: "OpaVote / OpenSTV (BLT header)", file: "candidates.blt", filter: { name: "BLT", extensions: ["blt"] } },
  { format: "bettervoting", label: "BetterVoting candidates (JSON)", file: "bettervoting.json", filter: { name: "JSON", extensions: ["json"] } },
  { format: "elekto", label: "Elekto candidate files (a folder)", file: "elekto", filter: null },
  { format: "csv", label: "Candidate list (CSV)", file: "candidates.csv", filter: { name: "CSV", extensions: ["csv"] } },
];

function slug(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "term";
}

/** The buttons that publish the candidate list through the save dialog. */
export function publishCard(app: App, term: TermSummary): HTMLElement {
  const save = async (x: (typeof EXPORTS)[number]) => {
    const path = await app.dialogs.saveFile(`Save: ${x.label}`, `${slug(term.name)}-${x.file}`, x.filter ? [x.filter] : []).catch((e) => {
      app.showError(e, document.getElementById(`export-${x.format}`));
      return null;
    });
    if (!path) return;
    const files = await app.busy(`Saving the ${x.label.toLowerCase()}…`, () => app.api.exportCandidates(term.name, x.format, path));
    if (files) app.showNotice(`Saved: ${x.label}.`, files.length === 1 ? files[0] : `${plural(files.length, "file")} in ${path}`);
  };
  return h(
    "div",
    { class: "card", id: "publish" },
    h("h2", {}, "Publish the candidates"),
    h("p", { class: "muted" }, "Save the candidate list for voters, or the set-up of the ballot in the voting service. Withdrawn nominees are left out."),
    h(
      "div",
      { class: "form-actions" },
      EXPORTS.map((x) => h("button", { type: "button", id: `export-${x.format}`, onclick: () => save(x) }, x.label)),
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
  const needs = rules.seconders > 0 ? `This term needs ${plural(rules.seconders, "seconder")} on the roll.` : "Members on the roll, by email or member ID.";
  const period = rules.opens || rules.closes ? `Nominations are open ${rules.opens ? `from ${rules.opens}` : ""}${rules.opens && rules.closes ? " " : ""}${rules.closes ? `until ${rules.closes}` : ""} (UTC).` : null;
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
          setFieldError(name, "Enter the nominee's name.");
          name.focus();
          return;
        }
        await editor.settled();
        if (!editor.check()) {
          editor.textarea.focus();
          return;
        }
        const n = await app.busy("Adding the nominee…", () =>
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
    h("h2", { id: "add-heading" }, "Add a nominee"),
    period ? h("p", { class: "muted" }, period) : null,
    h(
      "div",
      { class: "grid-2" },
      field("nominee-name", "Name", name, { hint: "As it appears on the ballot file's header." }),
      field("nominee-email", "Email", email, { optional: true }),
      field("nominee-employer", "Employer or affiliation", employer, { optional: true, hint: "Used for the maximum winners per employer." }),
      field("nominee-handle", "Handle", handle, { optional: true, hint: "E.g. a GitHub login." }),
      field("nominee-nominated_by", "Nominated by", nominatedBy, { optional: true, hint: "Type self for a self-nomination, or the nominator's email or member ID as on the roll." }),
      field("nominee-seconders", "Seconders", seconders, { optional: rules.seconders === 0, hint: `${needs} One per line.` }),
      period ? field("nominee-late", "Reason for accepting it outside the nomination period", late, { optional: true, hint: "Kept in the audit log." }) : null,
    ),
    editor.element,
    h("div", { class: "form-actions" }, h("button", { type: "submit", class: "primary", id: "nominee-add" }, "Add nominee")),
  );
  return form;
}

function status(n: Nominee): { label: string; cls: string } {
  if (n.withdrawn) return { label: "Withdrawn", cls: "status-withdrawn" };
  if (n.accepted_at) return { label: "Accepted", cls: "status-elected" };
  return { label: "Nominated", cls: "status-nominated" };
}

function nominatorText(n: Nominee): string {
  if (!n.nominated_by) return "";
  if (n.nominated_by === "self") return "Self-nominated";
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
  return m ? `${m[1]} ${m[2]} UTC` : at;
}

/** The Nominees tab. `refresh(focus)` re-shows the tab keeping the message. */
export async function nomineesSection(app: App, term: TermSummary, refresh: (focus?: string) => Promise<void>): Promise<Node> {
  const [list, rules] = (await app.busy("Loading the nominees…", () => Promise.all([app.api.nominees(term.name), app.api.nominationRules(term.name)]))) ?? [[], null];
  const open = nominationsOpen(term.stage);
  const form = open
    ? addForm(app, term, rules ?? { opens: null, closes: null, seconders: 0, statement_words: null }, async (n) => {
        await refresh("#nominee-name");
        app.showNotice(`Added ${n.name}.`, "Add the next nominee, or open a nominee to see the statement as voters will.");
      })
    : list.length === 0
      ? null
      : h("div", { class: "card muted" }, "Voting has opened, so the list of nominees is closed: a nominee can only be withdrawn.");

  const canWithdraw = term.stage !== "certified";
  const withdrawBox = h("form", { class: "confirm", hidden: true, "aria-label": "Withdraw a nominee", id: "withdraw-box" });
  const askWithdraw = (name: string, opener: HTMLElement) => {
    withdrawForm(app, term, name, withdrawBox, () => opener.focus(), () => refresh());
  };

  return h(
    "div",
    {},
    h(
      "div",
      { class: "card" },
      h("h2", {}, `Nominees: ${list.length}`),
      list.length === 0
        ? h(
            "p",
            { class: "muted empty-note", id: "nominees-empty" },
            open
              ? "No nominees yet: add the first one below, or import the nominations (a form's CSV export, or Elekto candidate files) with “Import nominations” further down."
              : "No nominees: voting opened before any nominee was added, so the list of nominees is closed.",
          )
        : h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "data", "aria-label": "Nominees" },
              h("thead", {}, h("tr", {}, ...["Name", "Affiliation", "Nominated by", "Status"].map((c) => h("th", { scope: "col" }, c)), canWithdraw ? h("th", { scope: "col" }, h("span", { class: "sr-only" }, "Actions")) : null)),
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
                          n.withdrawn ? null : h("button", { type: "button", class: "link", "aria-label": `Withdraw ${n.name}…`, onclick: (ev: Event) => askWithdraw(n.name, ev.currentTarget as HTMLElement) }, "Withdraw…"),
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
      setFieldError(reason, "Give the reason for withdrawing the nominee: it goes in the audit log.");
      reason.focus();
      return;
    }
    const n = await app.busy("Withdrawing the nominee…", () => app.api.withdrawNominee(term.name, name, reason.value.trim()));
    if (!n) return;
    await done();
    app.showNotice(`${n.name} is withdrawn.`, term.stage === "counted" ? "The term is reopened: count the votes again." : "Their ballots' later preferences count instead when the votes are counted.");
  };
  replace(
    box,
    h("p", {}, `Withdraw ${name}? They stay on the list, marked as withdrawn, and are left out of the count.`),
    h("div", { class: "field" }, h("label", { for: "withdraw-reason" }, "Reason (kept in the audit log)"), reason),
    h(
      "div",
      { class: "form-actions" },
      h("button", { type: "submit", class: "primary", id: "withdraw-confirm" }, `Withdraw ${name}`),
      h("button", { type: "button", onclick: () => { box.hidden = true; cancel(); } }, "Cancel"),
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
  const crumbs = h("nav", { class: "crumbs", "aria-label": "Breadcrumb" }, h("button", { type: "button", class: "link", id: "nominee-back", onclick: back }, `← Nominees of ${termName}`));
  const loaded = await app.busy("Loading the nominee…", () =>
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

  const editButton = h("button", { type: "button", id: "nominee-edit", onclick: () => show(editForm()) }, "Edit…");
  const endorseButton = h("button", { type: "button", id: "nominee-endorse", onclick: () => show(endorseForm()) }, "Endorse…");
  const acceptButton = h(
    "button",
    {
      type: "button",
      id: "nominee-accept",
      onclick: async () => {
        const r = await app.busy("Recording the acceptance…", () => app.api.acceptNomination(term.name, n.name));
        if (!r) return;
        await reload(n.name, "#nominee-heading");
        app.showNotice(`${n.name} accepted the nomination.`, "The acceptance and its date are in the audit log.");
      },
    },
    "Record acceptance",
  );
  const withdrawButton = h("button", { type: "button", id: "nominee-withdraw", onclick: () => {
    const box = h("form", { "aria-label": `Withdraw ${n.name}` }) as HTMLFormElement;
    replace(panel, box);
    panel.hidden = false;
    withdrawForm(app, term, n.name, box, () => close(withdrawButton), () => reload(n.name));
    escClose(box, withdrawButton);
  } }, "Withdraw…");

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
            setFieldError(inputs.name, "The nominee needs a name.");
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
            setFieldError(reason, "Nothing is changed: correct a field first.");
            return;
          }
          if (!reason.value.trim()) {
            setFieldError(reason, "Give the reason for the correction: it goes in the audit log with the old and new values.");
            reason.focus();
            return;
          }
          const r = await app.busy("Saving the correction…", () =>
            besideControl(() => app.api.editNominee(term.name, n.name, edit, reason.value.trim()), { nominator: inputs.nominated_by, statement: editor.textarea }),
          );
          if (!r) return focusInvalid(form);
          await reload(r.name, "#nominee-heading");
          app.showNotice(`Saved the correction to ${r.name}.`, "The old and new values and the reason are in the audit log.");
        },
      },
      h("h2", { id: "edit-heading" }, "Correct the nomination"),
      h(
        "div",
        { class: "grid-2" },
        field("edit-name", "Name", inputs.name),
        field("edit-email", "Email", inputs.email, { optional: true }),
        field("edit-employer", "Employer or affiliation", inputs.employer, { optional: true }),
        field("edit-handle", "Handle", inputs.handle, { optional: true }),
        field("edit-nominated_by", "Nominated by", inputs.nominated_by, { optional: true, hint: "self, or the nominator's email or member ID as on the roll." }),
      ),
      editor.element,
      field("edit-reason", "Reason for the correction (kept in the audit log)", reason, { wide: true }),
      h(
        "div",
        { class: "form-actions" },
        h("button", { type: "submit", class: "primary", id: "edit-save" }, "Save the correction"),
        h("button", { type: "button", onclick: () => close(editButton) }, "Cancel"),
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
            setFieldError(by, "Enter the endorsing member's email or member ID.");
            by.focus();
            return;
          }
          const r = await app.busy("Adding the endorsement…", () =>
            besideControl(() => app.api.endorseNominee(term.name, n.name, by.value.trim(), text.value.trim() ? text.value : null), { seconders: by }),
          );
          if (!r) return focusInvalid(form);
          await reload(n.name, "#nominee-heading");
          app.showNotice(`${r.name} endorses ${n.name}.`);
        },
      },
      h("h2", { id: "endorse-heading" }, `Endorse ${n.name}`),
      field("endorse-by", "Member (email or member ID as on the roll)", by),
      field("endorse-text", "Endorsement", text, { optional: true, wide: true, hint: "Markdown, as the member wrote it." }),
      h(
        "div",
        { class: "form-actions" },
        h("button", { type: "submit", class: "primary", id: "endorse-save" }, "Add the endorsement"),
        h("button", { type: "button", onclick: () => close(endorseButton) }, "Cancel"),
      ),
    );
    escClose(form, endorseButton);
    return form;
  };

  const facts: [string, Child][] = [
    ["Affiliation", n.employer],
    ["Email", n.email],
    ["Handle", n.handle],
    ["Nominated by", nominatorText(n) || null],
    ["Nominated on", n.nominated_at ? utcTime(n.nominated_at) : null],
    ["Accepted late because", n.late_reason],
    ["Acceptance", n.accepted_at ? `Accepted on ${utcTime(n.accepted_at)}` : "Not yet accepted"],
  ];
  const words = rules.statement_words;
  const endorsementList = (title: string, id: string, list: NomineeDetail["endorsements"], none: string) =>
    h(
      "section",
      { class: "card", "aria-labelledby": id },
      h("h2", { id }, `${title}: ${list.length}`),
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
            { class: "form-actions", role: "group", "aria-label": "Actions" },
            editButton,
            n.withdrawn ? null : endorseButton,
            n.withdrawn || n.accepted_at ? null : acceptButton,
            n.withdrawn ? null : withdrawButton,
          )
        : term.stage === "certified"
          ? h("p", { class: "muted" }, "The term is certified: nothing about it can change.")
          : h(
              "div",
              {},
              h("p", { class: "muted", id: "nominee-locked" }, "Voting has opened, so the nomination can no longer be corrected or endorsed: the ballots name the nominees as they were when voting opened. A nominee can still be withdrawn, with a reason kept in the audit log."),
              n.withdrawn ? null : h("div", { class: "form-actions" }, withdrawButton),
            ),
      panel,
    ),
    h("div", { class: "card" }, h("dl", { class: "details" }, facts.filter(([, v]) => v).map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]))),
    h(
      "section",
      { class: "card", "aria-labelledby": "statement-heading" },
      h("h2", { id: "statement-heading" }, "Statement"),
      h("p", { class: "hint", id: "statement-words" }, wordsLine(d.statement_words, words)),
      d.statement_html ? h("div", { class: "statement-body", id: "statement" }, sanitisedFragment(d.statement_html)) : h("p", { class: "muted", id: "statement" }, "No statement."),
    ),
    endorsementList("Seconders", "seconders-heading", seconders, "No seconders."),
    endorsementList("Endorsements", "endorsements-heading", endorsements, "No endorsements yet."),
  ];
}
