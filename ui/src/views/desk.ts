// The returns officer's desk (issue 10): the File menu (New, Open, Open
// recent, Save a copy, Restore a backup, Preferences), certifying with the
// officer's and the witness's names (Cancel is the default button), the
// certified Overview, correcting or deleting a term, local times.

import type { App } from "../context";
import { h, replace, uid, type Child } from "../dom";
import { fieldError } from "../feedback";
import type { Certification } from "../bindings/Certification";
import type { TermSummary } from "../bindings/TermSummary";
import type { TieBreak } from "../bindings/TieBreak";
import { methodLabel, plural } from "../format";

const ELECTION_FILES = [{ name: "Election files", extensions: ["scrutineer", "db"] }];

/** A stored UTC time (`2026-11-30T13:05:00Z`) in local time with the zone,
 * e.g. "30 Nov 2026, 14:05 CET"; anything else as it is. */
export function localTime(utc: string): string {
  const d = new Date(utc);
  if (!/^\d{4}-\d\d-\d\dT/.test(utc) || Number.isNaN(d.getTime())) return utc;
  return d.toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  });
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
  const lines: Node[] = [h("p", { class: "muted small seed-text" }, "Seed text: ", h("code", {}, text || "(the nominees' names)"))];
  if (hash) lines.push(h("p", { class: "muted small seed-hash" }, "Ballot-set SHA-256: ", h("code", {}, hash)));
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
  const button = h("button", { type: "button", id: "certify" }, "Certify the results…") as HTMLButtonElement;
  button.onclick = async () => {
    const settings = await app.api.getSettings().catch(() => null);
    const officer = h("input", { type: "text", id: "certify-officer", autocomplete: "name", value: settings?.officer ?? "" }) as HTMLInputElement;
    const witness = h("input", { type: "text", id: "certify-witness", autocomplete: "off" }) as HTMLInputElement;
    openDialog(
      "Certify the results",
      (close) => {
        const certify = h("button", { type: "button", class: "danger", id: "certify-confirm" }, "Certify") as HTMLButtonElement;
        certify.onclick = async () => {
          if (!officer.value.trim()) {
            fieldError(officer, "Give the returns officer's name: it goes on the certificate and in the audit log.");
            return;
          }
          // The dialog stays open until it is done: an error shows in it.
          const c = await app.busy(
            "Certifying…",
            () => app.api.certify(term, { officer: officer.value, witness: witness.value.trim() || undefined }),
            { near: certify },
          );
          if (c) {
            close();
            await done();
            app.showNotice("The results are certified.", `Certified on ${c.certified_local} by ${c.officer}. Certificate ${c.identifier}.`);
          }
        };
        // Enter in the form cancels: Cancel is the form's one submit button.
        const form = h(
          "form",
          { class: "stack", onsubmit: (e: Event) => { e.preventDefault(); close(); } },
          h("p", {}, "After this the term cannot be changed: no more ballots, no recount. The file is backed up first."),
          field("Returns officer", officer, "Your name, as it goes on the certificate."),
          field("Witness (optional)", witness),
          h(
            "div",
            { class: "form-actions" },
            h("button", { type: "submit", class: "primary", id: "certify-cancel", "data-initial": "" }, "Cancel"),
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
    h("h2", {}, "Certified"),
    cert ? certifiedLine(cert) : h("p", {}, "These results are certified."),
    result
      ? [
          h("h3", {}, result.winners.length === 1 ? "Winner" : "Winners"),
          h("ol", { class: "winners" }, result.winners.map((w) => h("li", {}, w))),
        ]
      : null,
    h("p", { class: "muted" }, "A certified term cannot be changed: its results are final. ", RESTORE_HINT),
  );
}

const RESTORE_HINT =
  "If the certified results are wrong, File ▸ Restore a backup brings back the election file as it was just before certifying (a backup was taken then). Everything done since is undone; the file as it is now is backed up first.";

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
      h("strong", {}, "Nothing here can be changed: "),
      cert ? `this term was certified on ${localTime(cert.certified_at)} by ${cert.officer}, and certified results are final.` : "this term is certified, and certified results are final.",
    ),
    h("p", { class: "muted small" }, RESTORE_HINT),
  );
}

function certifiedLine(c: Certification): Node {
  return h(
    "p",
    { "data-testid": "certified-line" },
    `Certified on ${localTime(c.certified_at)} by ${c.officer}`,
    c.witness ? `, witnessed by ${c.witness}` : "",
    ". Certificate ",
    h("code", {}, c.identifier),
    ".",
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
  const save = h("button", { type: "submit", class: "primary", id: "edit-save" }, "Save the change");
  const edit = h(
    "form",
    {
      class: "stack",
      id: "edit-term",
      onsubmit: async (e: Event) => {
        e.preventDefault();
        if (!reason.value.trim()) {
          fieldError(reason, "Give a reason for the change: it goes in the audit log.");
          return;
        }
        const n = Number(seats.value);
        if (!Number.isInteger(n) || n < 1) {
          fieldError(seats, "Type the number of seats: a whole number, 1 or more.");
          return;
        }
        const changed = await app.busy("Saving the change…", () =>
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
          app.showNotice("The term was changed.", "The audit log records the old and new values with your reason.");
        }
      },
    },
    field("Name", name),
    field("Organisation", organisation),
    field("Seats", seats),
    field("Counting method", method, term.ballots > 0 ? "Ballots are in: a change discards the result, and the method can only change to one reading the same kind of ballot." : undefined),
    field("Reason for the change", reason),
    h("div", { class: "form-actions" }, save),
  );
  const delReason = h("input", { type: "text", id: "delete-reason" }) as HTMLInputElement;
  const delButton = h("button", { type: "submit", class: "danger", id: "delete-confirm" }, "Delete this term");
  const del =
    term.ballots > 0
      ? h("p", { class: "muted" }, `This term has ${plural(term.ballots, "ballot")}, so it cannot be deleted.`)
      : h(
          "form",
          {
            class: "stack",
            id: "delete-term",
            onsubmit: async (e: Event) => {
              e.preventDefault();
              if (!delReason.value.trim()) {
                fieldError(delReason, "Give a reason for deleting the term: it goes in the audit log.");
                return;
              }
              const ok = await app.busy(
                "Deleting the term…",
                async () => {
                  await app.api.deleteTerm(term.name, delReason.value);
                  return true;
                },
                { near: delButton },
              );
              if (ok) {
                await after(null);
                app.showNotice(`The term “${term.name}” was deleted.`, "The file was backed up first: File ▸ Restore a backup brings it back.");
              }
            },
          },
          h("p", {}, "A term created by mistake can be deleted while it has no ballots. The file is backed up first."),
          field("Reason for deleting", delReason),
          h("div", { class: "form-actions" }, delButton),
        );
  return h(
    "div",
    { class: "card corrections" },
    h("h2", {}, "Correct a mistake"),
    h("details", {}, h("summary", {}, "Change the term's name, seats or method"), edit),
    h("details", {}, h("summary", {}, "Delete this term"), del),
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
      if (id === "file-new") path = await app.dialogs.saveFile("New election file", "elections.scrutineer", ELECTION_FILES);
      else if (id === "file-open") path = await app.dialogs.openFile("Open an election file", ELECTION_FILES);
      else path = (await app.api.recentFiles())[Number(id.slice("recent:".length))] ?? null;
      if (!path) return;
      const chosen = path;
      const opened = await app.busy("Opening the election file…", () =>
        id === "file-new" ? app.api.newFile(chosen) : app.api.openFile(chosen),
      );
      if (opened) {
        app.renderHeader({ dbPath: opened.dbPath, version: "" });
        await app.go({ screen: "terms" }, { keepMessages: true });
        app.showNotice(id === "file-new" ? "New election file created." : "Election file opened.", opened.dbPath);
      }
    } else if (id === "file-save-copy") {
      const path = await app.dialogs.saveFile("Save a copy of the election file", "copy.scrutineer", ELECTION_FILES);
      if (!path) return;
      const ok = await app.busy("Saving a copy…", async () => {
        await app.api.saveCopy(path);
        return true;
      });
      if (ok) app.showNotice("Copy saved.", path);
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
  const backups = await app.busy("Reading the backups…", () => app.api.listBackups());
  if (!backups) return;
  openDialog("Restore a backup", (close) => [
    backups.length === 0
      ? h("p", {}, "There are no backups of this file yet. One is taken before every step that cannot be undone: certifying, replacing the roll, deleting a term.")
      : h("p", {}, "The file as it is now is backed up before the backup you choose replaces it."),
    backups.length === 0
      ? null
      : h(
          "ul",
          { class: "plain backups" },
          backups.map((b) =>
            h(
              "li",
              {},
              h("span", {}, `${b.taken} — before ${b.step.replace(/-/g, " ")}`),
              " ",
              h(
                "button",
                {
                  type: "button",
                  class: "quiet",
                  onclick: async () => {
                    close();
                    const before = await app.busy("Restoring…", () => app.api.restoreBackup(b.name));
                    if (before) {
                      await app.go({ screen: "terms" }, { keepMessages: true });
                      app.showNotice("Backup restored.", `The file as it was is kept as ${before}.`);
                    }
                  },
                },
                "Restore",
              ),
            ),
          ),
        ),
    h("div", { class: "form-actions" }, h("button", { type: "button", class: "primary", "data-initial": "", onclick: close }, "Close")),
  ]);
}

async function preferencesDialog(app: App): Promise<void> {
  const s = await app.busy("Reading the preferences…", () => app.api.getSettings());
  if (!s) return;
  const officer = h("input", { type: "text", id: "pref-officer", autocomplete: "name", value: s.officer ?? "" }) as HTMLInputElement;
  openDialog("Preferences", (close) => [
    h(
      "form",
      {
        class: "stack",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          // The dialog stays open until it is saved: an error shows in it.
          const saved = await app.busy("Saving…", () => app.api.setOfficer(officer.value), { near: officer });
          if (!saved) return;
          close();
          app.showNotice("Preferences saved.", saved.officer ? `The audit log names ${saved.officer} from now on.` : "No officer is named.");
        },
      },
      field("Returns officer's name", officer, "Set once: every change is recorded in the audit log with this name, and certifying uses it."),
      h(
        "div",
        { class: "form-actions" },
        h("button", { type: "submit", class: "primary", id: "pref-save" }, "Save"),
        h("button", { type: "button", onclick: close }, "Cancel"),
      ),
    ),
  ]);
}
