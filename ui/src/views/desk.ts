// The returns officer's desk (issue 10): the File menu (New, Open, Open
// recent, Save a copy, Restore a backup, Preferences), certifying with the
// officer's and the witness's names (Cancel is the default button), the
// certified Overview, correcting or deleting a term, local times.

import type { App } from "../context";
import { h, replace, uid, type Child } from "../dom";
import { rich, slot } from "./rich";
import { fieldError } from "../feedback";
import type { Certification } from "../bindings/Certification";
import type { TermSummary } from "../bindings/TermSummary";
import type { TieBreak } from "../bindings/TieBreak";
import { methodLabel } from "../format";
import { dateTime, LANGUAGES, language, pickLanguage, t, type Lang } from "../i18n";

const electionFiles = () => [{ name: t("ui-election-files"), extensions: ["scrutineer", "db"] }];

/** A stored UTC time (`2026-11-30T13:05:00Z`) in local time with the zone,
 * in the window's language, e.g. "30 Nov 2026, 14:05 CET"; anything else
 * as it is. */
export function localTime(utc: string): string {
  const d = new Date(utc);
  if (!/^\d{4}-\d\d-\d\dT/.test(utc) || Number.isNaN(d.getTime())) return utc;
  return dateTime(d);
}

/** A draw's seed material as two lines: the seed text and the ballot-set
 * SHA-256 (the material is `seed text \n hash`). */
export function splitSeed(tb: TieBreak): { text: string; hash: string | null } {
  const i = tb.seed.lastIndexOf("\n");
  const hash = i >= 0 ? tb.seed.slice(i + 1) : "";
  if (/^[0-9a-f]{64}$/i.test(hash)) return { text: tb.seed.slice(0, i), hash };
  return { text: tb.seed, hash: null };
}

/** The seed text and the ballot-set hash of a tie, on separate lines. */
export function seedLines(tb: TieBreak): Node[] {
  if (!tb.seed) return [];
  const { text, hash } = splitSeed(tb);
  const lines: Node[] = [h("p", { class: "muted small seed-text" }, t("ui-seed-text"), " ", h("code", {}, text || t("ui-seed-names")))];
  if (hash) lines.push(h("p", { class: "muted small seed-hash" }, t("ui-seed-hash"), " ", h("code", {}, hash)));
  return lines;
}

/** A modal dialog; returns a function that closes it. Focus goes to
 * `initial` (or the first button) and comes back to `returnTo`. */
function openDialog(title: string, body: (close: () => void) => Child[], returnTo?: HTMLElement | null): () => void {
  const titleId = uid("dlg");
  const box = h("div", { class: "dialog card", role: "dialog", "aria-modal": "true", "aria-labelledby": titleId });
  const backdrop = h("div", { class: "dialog-backdrop" }, box);
  const close = () => {
    backdrop.remove();
    returnTo?.focus();
  };
  replace(box, h("h2", { id: titleId }, title), ...body(close));
  backdrop.addEventListener("keydown", (e) => {
    if ((e as KeyboardEvent).key === "Escape") close();
  });
  document.body.appendChild(backdrop);
  const first = box.querySelector<HTMLElement>("[data-initial]") ?? box.querySelector<HTMLElement>("button, input");
  first?.focus();
  return close;
}

function field(label: string, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): HTMLElement {
  const id = input.id || uid("f");
  input.id = id;
  const hintId = `${id}-hint`;
  if (hint) input.setAttribute("aria-describedby", hintId);
  return h("div", { class: "field" }, h("label", { for: id }, label), input, hint ? h("p", { class: "hint", id: hintId }, hint) : null);
}

// ---- certification ----------------------------------------------------

/** "Certify the results…": asks for the officer's and the witness's names;
 * Cancel is the default button (it has the focus, and Enter cancels). */
export function certifyButton(app: App, term: string, done: () => Promise<void>): HTMLButtonElement {
  const button = h("button", { type: "button", id: "certify" }, t("ui-certify-button")) as HTMLButtonElement;
  button.onclick = async () => {
    const settings = await app.api.getSettings().catch(() => null);
    const officer = h("input", { type: "text", id: "certify-officer", autocomplete: "name", value: settings?.officer ?? "" }) as HTMLInputElement;
    const witness = h("input", { type: "text", id: "certify-witness", autocomplete: "off" }) as HTMLInputElement;
    openDialog(
      t("ui-certify-title"),
      (close) => {
        const certify = h("button", { type: "button", class: "danger", id: "certify-confirm" }, t("ui-certify-confirm")) as HTMLButtonElement;
        certify.onclick = async () => {
          if (!officer.value.trim()) {
            fieldError(officer, t("ui-certify-need-officer"));
            return;
          }
          // The dialog stays open until it is done: an error shows in it.
          const c = await app.busy(
            t("ui-certifying"),
            () => app.api.certify(term, { officer: officer.value, witness: witness.value.trim() || undefined }),
            { near: certify },
          );
          if (c) {
            close();
            await done();
            app.showNotice(t("ui-certified-notice"), t("ui-certified-notice-detail", { when: c.certified_local, officer: c.officer, identifier: c.identifier }));
          }
        };
        // Enter in the form cancels: Cancel is the form's one submit button.
        const form = h(
          "form",
          { class: "stack", onsubmit: (e: Event) => { e.preventDefault(); close(); } },
          h("p", {}, t("ui-certify-warning")),
          field(t("ui-certify-officer"), officer, t("ui-certify-officer-hint")),
          field(t("ui-certify-witness"), witness),
          h(
            "div",
            { class: "form-actions" },
            h("button", { type: "submit", class: "primary", id: "certify-cancel", "data-initial": "" }, t("ui-cancel")),
            certify,
          ),
        );
        return [form];
      },
      button,
    );
  };
  return button;
}

/** The Overview of a certified term: the winners, and when and by whom it
 * was certified. */
export async function certifiedCard(app: App, term: TermSummary): Promise<Node | null> {
  if (term.stage !== "certified") return null;
  const [cert, result] = await Promise.all([
    app.api.certification(term.name).catch(() => null),
    app.api.result(term.name).catch(() => null),
  ]);
  return h(
    "div",
    { class: "card certified-card", "data-testid": "certified" },
    h("h2", {}, t("ui-certified-heading")),
    cert ? certifiedLine(cert) : h("p", {}, t("ui-certified-plain")),
    result
      ? [
          h("h3", {}, t("ui-winners", { count: result.winners.length })),
          h("ol", { class: "winners" }, result.winners.map((w) => h("li", {}, w))),
        ]
      : null,
    h("p", { class: "muted" }, t("ui-certified-final"), " ", t("ui-restore-hint")),
  );
}

/** Why a certified term's tab offers no change: when and by whom it was
 * certified, and the one way back the file allows (the core refuses every
 * change to a certified term; the backup taken just before certifying can
 * be restored). Shown at the top of every tab of a certified term. */
export async function certifiedNotice(app: App, term: TermSummary): Promise<HTMLElement | null> {
  if (term.stage !== "certified") return null;
  const cert = await app.api.certification(term.name).catch(() => null);
  return h(
    "div",
    { class: "certified-notice", role: "note", "data-testid": "certified-notice" },
    h(
      "p",
      {},
      h("strong", {}, t("ui-certified-nothing")),
      " ",
      cert ? t("ui-certified-nothing-when", { when: localTime(cert.certified_at), officer: cert.officer }) : t("ui-certified-nothing-plain"),
    ),
    h("p", { class: "muted small" }, t("ui-restore-hint")),
  );
}

function certifiedLine(c: Certification): Node {
  return h(
    "p",
    { "data-testid": "certified-line" },
    rich(
      c.witness
        ? t("ui-certified-line-witness", { when: localTime(c.certified_at), officer: c.officer, witness: c.witness, identifier: slot("identifier") })
        : t("ui-certified-line", { when: localTime(c.certified_at), officer: c.officer, identifier: slot("identifier") }),
      { identifier: h("code", {}, c.identifier) },
    ),
  );
}

// ---- correcting a term --------------------------------------------------

const METHODS = ["approval", "plurality", "star", "schulze", "ranked-pairs", "irv", "stv-scottish", "stv-meek", "debian"];

/** Change a term's settings with a reason; delete it while it has no
 * ballots. Not shown for a certified term. */
export function correctionsCard(app: App, term: TermSummary, after: (name: string | null) => Promise<void>): Node | null {
  if (term.stage === "certified") return null;
  const name = h("input", { type: "text", id: "edit-name", value: term.name }) as HTMLInputElement;
  const organisation = h("input", { type: "text", id: "edit-organisation", value: term.organisation }) as HTMLInputElement;
  const seats = h("input", { type: "number", id: "edit-seats", min: "1", value: String(term.seats) }) as HTMLInputElement;
  const method = h(
    "select",
    { id: "edit-method" },
    METHODS.map((m) => h("option", { value: m, selected: m === term.method ? "" : undefined }, methodLabel(m))),
  ) as HTMLSelectElement;
  method.value = term.method;
  const reason = h("input", { type: "text", id: "edit-reason" }) as HTMLInputElement;
  const save = h("button", { type: "submit", class: "primary", id: "edit-save" }, t("ui-edit-save"));
  const edit = h(
    "form",
    {
      class: "stack",
      id: "edit-term",
      onsubmit: async (e: Event) => {
        e.preventDefault();
        if (!reason.value.trim()) {
          fieldError(reason, t("ui-edit-need-reason"));
          return;
        }
        const n = Number(seats.value);
        if (!Number.isInteger(n) || n < 1) {
          fieldError(seats, t("ui-edit-need-seats"));
          return;
        }
        const changed = await app.busy(t("ui-edit-saving"), () =>
          app.api.editTerm(term.name, {
            name: name.value.trim() !== term.name ? name.value : undefined,
            organisation: organisation.value !== term.organisation ? organisation.value : undefined,
            seats: n !== term.seats ? n : undefined,
            method: method.value !== term.method ? method.value : undefined,
            reason: reason.value,
          }),
          { near: save },
        );
        if (changed) {
          await after(changed.name);
          app.showNotice(t("ui-edit-done"), t("ui-edit-done-detail"));
        }
      },
    },
    field(t("ui-field-name"), name),
    field(t("ui-field-organisation"), organisation),
    field(t("ui-field-seats"), seats),
    field(t("ui-field-method"), method, term.ballots > 0 ? t("ui-edit-method-hint") : undefined),
    field(t("ui-edit-reason"), reason),
    h("div", { class: "form-actions" }, save),
  );
  const delReason = h("input", { type: "text", id: "delete-reason" }) as HTMLInputElement;
  const delButton = h("button", { type: "submit", class: "danger", id: "delete-confirm" }, t("ui-delete-term"));
  const del =
    term.ballots > 0
      ? h("p", { class: "muted" }, t("ui-delete-has-ballots", { count: term.ballots }))
      : h(
          "form",
          {
            class: "stack",
            id: "delete-term",
            onsubmit: async (e: Event) => {
              e.preventDefault();
              if (!delReason.value.trim()) {
                fieldError(delReason, t("ui-delete-need-reason"));
                return;
              }
              const ok = await app.busy(
                t("ui-deleting"),
                async () => {
                  await app.api.deleteTerm(term.name, delReason.value);
                  return true;
                },
                { near: delButton },
              );
              if (ok) {
                await after(null);
                app.showNotice(t("ui-delete-done", { name: term.name }), t("ui-delete-done-detail"));
              }
            },
          },
          h("p", {}, t("ui-delete-intro")),
          field(t("ui-delete-reason"), delReason),
          h("div", { class: "form-actions" }, delButton),
        );
  return h(
    "div",
    { class: "card corrections" },
    h("h2", {}, t("ui-corrections")),
    h("details", {}, h("summary", {}, t("ui-edit-summary")), edit),
    h("details", {}, h("summary", {}, t("ui-delete-term")), del),
  );
}

// ---- the File menu ----------------------------------------------------

/** What the File menu's items do (the `menu` event's id). */
export async function handleMenu(app: App, id: string): Promise<void> {
  // A menu item is no control of the page: its errors go to the top.
  app.forgetOrigin();
  try {
    if (id === "file-new" || id === "file-open" || id.startsWith("recent:")) {
      let path: string | null = null;
      if (id === "file-new") path = await app.dialogs.saveFile(t("ui-dialog-new-file"), "elections.scrutineer", electionFiles());
      else if (id === "file-open") path = await app.dialogs.openFile(t("ui-dialog-open-file"), electionFiles());
      else path = (await app.api.recentFiles())[Number(id.slice("recent:".length))] ?? null;
      if (!path) return;
      const chosen = path;
      const opened = await app.busy(t("ui-opening"), () =>
        id === "file-new" ? app.api.newFile(chosen) : app.api.openFile(chosen),
      );
      if (opened) {
        app.renderHeader({ dbPath: opened.dbPath, version: "" });
        await app.go({ screen: "terms" }, { keepMessages: true });
        app.showNotice(id === "file-new" ? t("ui-file-created") : t("ui-file-opened"), opened.dbPath);
      }
    } else if (id === "file-save-copy") {
      const path = await app.dialogs.saveFile(t("ui-dialog-save-copy"), "copy.scrutineer", electionFiles());
      if (!path) return;
      const ok = await app.busy(t("ui-saving-copy"), async () => {
        await app.api.saveCopy(path);
        return true;
      });
      if (ok) app.showNotice(t("ui-copy-saved"), path);
    } else if (id === "file-restore") {
      await restoreDialog(app);
    } else if (id === "file-preferences") {
      await preferencesDialog(app);
    }
  } catch (e) {
    app.showError(e);
  }
}

async function restoreDialog(app: App): Promise<void> {
  const backups = await app.busy(t("ui-reading-backups"), () => app.api.listBackups());
  if (!backups) return;
  openDialog(t("ui-restore-title"), (close) => [
    backups.length === 0 ? h("p", {}, t("ui-restore-none")) : h("p", {}, t("ui-restore-intro")),
    backups.length === 0
      ? null
      : h(
          "ul",
          { class: "plain backups" },
          backups.map((b) =>
            h(
              "li",
              {},
              h("span", {}, backupLine(b.taken, b.step)),
              " ",
              h(
                "button",
                {
                  type: "button",
                  class: "quiet",
                  onclick: async () => {
                    close();
                    const before = await app.busy(t("ui-restoring"), () => app.api.restoreBackup(b.name));
                    if (before) {
                      await app.go({ screen: "terms" }, { keepMessages: true });
                      app.showNotice(t("ui-restored"), t("ui-restored-detail", { file: before }));
                    }
                  },
                },
                t("ui-restore"),
              ),
            ),
          ),
        ),
    h("div", { class: "form-actions" }, h("button", { type: "button", class: "primary", "data-initial": "", onclick: close }, t("ui-close"))),
  ]);
}

/** A backup as the list shows it: when, and the step it was taken before. */
function backupLine(taken: string, step: string): string {
  const known = ["certify", "replace-roll", "delete-term", "before-restore"];
  return known.includes(step) ? t(`ui-backup-${step}`, { taken }) : t("ui-backup-other", { taken, step: step.replace(/-/g, " ") });
}

async function preferencesDialog(app: App): Promise<void> {
  const s = await app.busy(t("ui-reading-preferences"), () => app.api.getSettings());
  if (!s) return;
  const officer = h("input", { type: "text", id: "pref-officer", autocomplete: "name", value: s.officer ?? "" }) as HTMLInputElement;
  // "As the system" names the language the system's would give.
  const system = await app.api.systemLanguage().catch(() => null);
  const browser = typeof navigator === "undefined" ? [] : (navigator.languages ?? []);
  const systemLang = pickLanguage([system, ...browser]);
  const systemName = LANGUAGES.find((l) => l.code === systemLang)?.name ?? systemLang;
  const languageSelect = h(
    "select",
    { id: "pref-language" },
    h("option", { value: "" }, t("ui-language-system", { language: systemName })),
    LANGUAGES.map((l) => h("option", { value: l.code, lang: l.code }, l.name)),
  ) as HTMLSelectElement;
  languageSelect.value = s.language ?? "";
  openDialog(t("ui-preferences"), (close) => [
    h(
      "form",
      {
        class: "stack",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const chosen = (languageSelect.value || null) as Lang | null;
          // The dialog stays open until it is saved: an error shows in it.
          const saved = await app.busy(
            t("ui-saving"),
            async () => {
              if (chosen !== (s.language ?? null)) await app.api.setLanguagePreference(chosen);
              return app.api.setOfficer(officer.value);
            },
            { near: officer },
          );
          if (!saved) return;
          close();
          // The window speaks the new language at once, on the same screen.
          const next = chosen ?? systemLang;
          if (next !== language()) await app.changeLanguage(next);
          app.showNotice(t("ui-preferences-saved"), saved.officer ? t("ui-preferences-officer", { officer: saved.officer }) : t("ui-preferences-no-officer"));
        },
      },
      field(t("ui-preferences-officer-label"), officer, t("ui-preferences-officer-hint")),
      field(t("ui-language-label"), languageSelect),
      h(
        "div",
        { class: "form-actions" },
        h("button", { type: "submit", class: "primary", id: "pref-save" }, t("ui-save")),
        h("button", { type: "button", onclick: close }, t("ui-cancel")),
      ),
    ),
  ]);
}
