// The window speaks the officer's language (issue 11): it starts in the
// language chosen in Preferences, else the system's, else the webview's;
// Preferences switches it at once, on the same screen; and the screens of
// the frame (the terms list, a new term, Preferences, a term's Overview and
// Audit log) keep no English sentence in German, French, Spanish or Japanese.
//
// The English words are not written here: they are read from the English
// rendering of the same screens, so a new English literal in a view is
// caught when it stays English in another language.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppWindow } from "./app";
import type { Api, Dialogs } from "./api";
import type { Lang } from "./bindings/Lang";
import type { Settings } from "./bindings/Settings";
import type { TermSummary } from "./bindings/TermSummary";
import { errorTitle, methodLabel, nextStep, STAGES, TIE_RULES, METHODS } from "./format";
import { LANGUAGES, language, setLanguage, t } from "./i18n";
import { formatLabel, FORMATS } from "./views/elections";
import { handleMenu, localTime } from "./views/desk";

/** Words of the English rendering that are the same in every language:
 * the app's and other products' names, codes, units. */
const PROPER = new Set(["Scrutineer", "SHA-256", "STAR", "IRV", "UTC", "PSF", "Python", "Software", "Foundation", "random", "Elekto", "Kubernetes", "GitHub", "Condorcet", "Schulze", "Meek", "Debian", "CSV", "YYYY-MM-DD", "English", "Deutsch", "Français", "Español"]);

const TERMS: TermSummary[] = [
  { id: 1, name: "Vorstand 2026", organisation: "Verein Zoë Ødegaard e.V.", seats: 3, method: "stv-meek", max_per_employer: 2, seed: "seed-2026", quorum_percent: 25, stage: "voting", created_at: "2026-11-30T13:05:00Z", voters: 1234, nominees: 7, ballots: 0, language: "de" },
  { id: 2, name: "理事会選挙", organisation: "", seats: 1, method: "approval", max_per_employer: null, seed: "", quorum_percent: null, stage: "certified", created_at: "2026-10-01T09:00:00Z", voters: 5, nominees: 2, ballots: 5, language: "ja" },
];

/** A fake shell: the settings file, the system's language, the calls. */
class Shell {
  settings: Settings = { officer: "Zoë Ødegaard", recent: [] };
  system: Lang | null = null;
  calls: [string, ...unknown[]][] = [];
  menu: ((id: string) => void) | null = null;

  api(): Api {
    const known: Partial<Api> = {
      appInfo: async () => ({ dbPath: "/home/ro/verein.scrutineer", version: "0.1.0" }),
      listTerms: async () => TERMS.map((x) => ({ ...x })),
      getSettings: async () => ({ ...this.settings }),
      setOfficer: async (name) => {
        this.calls.push(["setOfficer", name]);
        this.settings = { ...this.settings, officer: name || undefined };
        return { ...this.settings };
      },
      systemLanguage: async () => this.system,
      setWindowLanguage: async (lang) => {
        this.calls.push(["setWindowLanguage", lang]);
      },
      setLanguagePreference: async (lang) => {
        this.calls.push(["setLanguagePreference", lang]);
        this.settings = { ...this.settings, language: lang ?? undefined };
        return { ...this.settings };
      },
      onMenu: async (handler) => {
        this.menu = handler;
        return () => undefined;
      },
      setWindowTitle: async () => "",
      certification: async () => ({ term: "理事会選挙", officer: "稲田直哉", witness: "Łukasz Nowak", certified_at: "2026-11-30T13:05:00Z", certified_local: "2026-11-30 22:05 Asia/Tokyo (UTC+09:00)", identifier: "0123456789abcdef" }),
      result: async () => null,
      auditLog: async (term) => [{ seq: 1, at: "2026-11-30T13:05:00Z", term, action: "term.create", detail: "seats=3", prev_hash: "0", hash: "ab" }],
    };
    // Commands these screens do not use answer nothing.
    return new Proxy(known, { get: (o, k: string) => o[k as keyof Api] ?? (async () => null) }) as Api;
  }
}

const dialogs: Dialogs = { openFile: async () => null, openFolder: async () => null, saveFile: async () => null };

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

let shell: Shell;
let app: AppWindow;

async function startApp(): Promise<void> {
  document.body.innerHTML = '<div id="app"></div>';
  app = new AppWindow(document.getElementById("app")!, shell.api(), dialogs);
  await app.start();
  await settle();
}

beforeEach(() => {
  shell = new Shell();
});

afterEach(() => {
  setLanguage("en");
  document.querySelector(".dialog-backdrop")?.remove();
});

/** The words of the file picker that the terms list borrows from
 * views/importForm.ts: that module belongs to the work views, converted on
 * their own branch ("— choose it, or type the file path", "Choose
 * folder…", the placeholder). Remove this once both are merged. */
/** A word in Latin letters ("Français" is one word). */
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}'’-]*\p{Script=Latin}/gu;

/** The Latin words of `text`, file names (election.yaml) left out. */
function wordsOf(text: string): string[] {
  return text.replace(/[\w.-]+\.(yaml|csv)\b/g, " ").match(LATIN_WORD) ?? [];
}

/** Every piece of text a person (or a screen reader) gets from the page:
 * text nodes, labels, placeholders, titles. */
function texts(root: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = (n.textContent ?? "").trim();
    if (v) out.push(v);
  }
  for (const el of root.querySelectorAll("[aria-label], [placeholder], [title], [alt]")) {
    for (const a of ["aria-label", "placeholder", "title", "alt"]) {
      const v = el.getAttribute(a)?.trim();
      if (v) out.push(v);
    }
  }
  return out;
}

/** What the data put on the page (names, paths, figures): not the window's
 * words. */
function dataWords(): Set<string> {
  const words = new Set<string>();
  const add = (s: string) => {
    words.add(s);
    for (const w of [...s.split(/\s+/), ...wordsOf(s)]) words.add(w);
  };
  for (const term of TERMS) [term.name, term.organisation, term.seed].forEach(add);
  ["/home/ro/verein.scrutineer", "Zoë Ødegaard", "稲田直哉", "Łukasz Nowak", "0123456789abcdef", "term.create", "seats=3"].forEach(add);
  return words;
}

/** The English sentences (two words or more) and words (three letters or
 * more) of `pieces`, leaving out data and proper names. */
function english(pieces: string[]): { sentences: Set<string>; words: Set<string> } {
  const data = dataWords();
  const sentences = new Set<string>();
  const words = new Set<string>();
  for (const p of pieces) {
    if (data.has(p)) continue;
    const ws = wordsOf(p);
    const own = ws.filter((w) => !data.has(w) && !PROPER.has(w));
    if (own.length >= 2) sentences.add(p);
    for (const w of own) if (w.length >= 3) words.add(w);
  }
  return { sentences, words };
}

/** The screens of the frame, drawn in the window's language now: the
 * terms list, a new term, a term's Overview (certified, and not), its
 * Audit log, and the Preferences dialog over the terms list. */
async function screens(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  const main = () => document.getElementById("app")!;
  await app.go({ screen: "terms" });
  await settle();
  out.terms = texts(main());
  await app.go({ screen: "new-term" });
  await settle();
  out.newTerm = texts(main());
  await app.go({ screen: "term", name: "Vorstand 2026", tab: "overview" });
  await settle();
  out.overview = texts(main());
  await app.go({ screen: "term", name: "理事会選挙", tab: "overview" });
  await settle();
  out.certified = texts(main());
  await app.go({ screen: "term", name: "Vorstand 2026", tab: "audit" });
  await settle();
  (document.getElementById("audit-verify") as HTMLButtonElement).click();
  await settle();
  out.audit = texts(main());
  await app.go({ screen: "terms" });
  await handleMenu(app, "file-preferences");
  await settle();
  const dialog = document.querySelector("[role=dialog]")!;
  out.preferences = texts(dialog);
  dialog.closest(".dialog-backdrop")?.remove();
  return out;
}

describe("the frame in every language", () => {
  it("leaves no English sentence, and in Japanese no English word, on any screen", async () => {
    shell.settings.language = "en";
    await startApp();
    expect(language()).toBe("en");
    const en = await screens();
    // The English rendering is the one the other tests know.
    expect(en.terms).toContain("A term is one election: its nominees, its voter roll, its ballots and its result.");
    expect(en.preferences).toContain("Language of the window");
    for (const lang of ["de", "fr", "es", "ja"] as Lang[]) {
      shell.settings.language = lang;
      await startApp();
      expect(language()).toBe(lang);
      expect(document.documentElement.lang).toBe(lang);
      const other = await screens();
      for (const [screen, pieces] of Object.entries(en)) {
        const { sentences, words } = english(pieces);
        expect(sentences.size, `${screen}: English sentences found`).toBeGreaterThan(0);
        const shown = other[screen];
        const left = shown.filter((p) => sentences.has(p));
        expect(left, `${lang} ${screen}: English left`).toEqual([]);
        if (lang === "ja") {
          const latin = new Set(shown.flatMap(wordsOf));
          expect([...words].filter((w) => latin.has(w)), `ja ${screen}: English words left`).toEqual([]);
        }
      }
    }
  });

  it("has every message the code builds from a value (methods, stages, errors, formats, steps)", () => {
    for (const { code } of LANGUAGES) {
      setLanguage(code);
      const shown = [
        ...METHODS.flatMap((m) => [m.label, m.ballots]),
        methodLabel("debian"),
        ...STAGES.map((s) => s.label),
        ...TIE_RULES.flatMap((r) => [r.label, r.hint]),
        ...["not_found", "already_exists", "invalid_input", "bad_file", "wrong_stage", "count", "database", "io", "cancelled", "busy", "whatever"].map(errorTitle),
        ...FORMATS.map(formatLabel),
        ...["overview", "nominees", "voters", "ballots", "results", "audit"].map((x) => t(`ui-tab-${x}`)),
        ...["term", "method", "seats", "stage", "nominees", "voters", "ballots"].map((x) => t(`ui-col-${x}`)),
        ...["number", "when", "what", "details", "who"].map((x) => t(`ui-audit-col-${x}`)),
        ...["coin", "lot", "casting-vote"].map((x) => t(`ui-decided-by-${x}`)),
        ...["certify", "replace-roll", "delete-term", "before-restore"].map((x) => t(`ui-backup-${x}`, { taken: "1" })),
        ...[{}, { nominees: 1 }, { nominees: 1, voters: 1 }, { nominees: 1, voters: 1, ballots: 1 }, { stage: "counted" as const }, { stage: "certified" as const }].flatMap((x) => {
          const step = nextStep({ ...TERMS[0], nominees: 0, voters: 0, ballots: 0, stage: "draft", ...x });
          return [step.text, step.action];
        }),
      ];
      for (const s of shown) {
        expect(s, code).not.toMatch(/^ui-|^stv-|^not_found$/);
        expect(s.trim(), code).not.toBe("");
      }
      // English's words are English only in English.
      if (code !== "en") {
        setLanguage("en");
        const englishStages = STAGES.map((s) => s.label);
        setLanguage(code);
        expect(STAGES.map((s) => s.label)).not.toEqual(englishStages);
      }
    }
  });

  it("writes numbers and times as the language does", () => {
    setLanguage("de");
    expect(localTime("2026-11-30T13:05:00Z")).toMatch(/^30\. Nov\. 2026/);
    setLanguage("ja");
    expect(localTime("2026-11-30T13:05:00Z")).toMatch(/^2026年11月30日/);
    setLanguage("en");
    expect(localTime("2026-11-30T13:05:00Z")).toMatch(/^30 Nov 2026/);
  });
});

describe("the language the window starts in", () => {
  it("is the system's when Preferences chose none", async () => {
    shell.system = "de";
    await startApp();
    expect(language()).toBe("de");
    expect(document.querySelector("main h1")?.textContent).toBe("Wahlen");
    expect(document.querySelector(".skip")?.textContent).toBe("Zum Hauptinhalt springen");
    // The shell is told (its menu, its errors).
    expect(shell.calls).toContainEqual(["setWindowLanguage", "de"]);
  });

  it("is the one chosen in Preferences, whatever the system's", async () => {
    shell.system = "de";
    shell.settings.language = "ja";
    await startApp();
    expect(language()).toBe("ja");
    expect(document.querySelector("main h1")?.textContent).toBe("選挙");
  });

  it("is the webview's when the system names none the window speaks", async () => {
    const before = Object.getOwnPropertyDescriptor(navigator, "languages");
    Object.defineProperty(navigator, "languages", { value: ["pt-BR", "es-ES"], configurable: true });
    try {
      await startApp();
      expect(language()).toBe("es");
    } finally {
      if (before) Object.defineProperty(navigator, "languages", before);
      else delete (navigator as unknown as Record<string, unknown>).languages;
    }
  });
});

describe("switching the language in Preferences", () => {
  async function choose(lang: string): Promise<void> {
    shell.menu!("file-preferences");
    await settle();
    const dialog = document.querySelector<HTMLElement>("[role=dialog]")!;
    const select = dialog.querySelector<HTMLSelectElement>("#pref-language")!;
    // A labelled control.
    expect(dialog.querySelector(`label[for=${select.id}]`)?.textContent).toBe(t("ui-language-label"));
    select.value = lang;
    select.dispatchEvent(new Event("change"));
    dialog.querySelector("form")!.dispatchEvent(new Event("submit", { cancelable: true }));
    await settle();
  }

  it("redraws the screen in the new language at once, where the user was, and keeps the choice", async () => {
    shell.system = "de";
    shell.settings.language = "en";
    await startApp();
    await app.go({ screen: "term", name: "Vorstand 2026", tab: "audit" });
    await settle();
    expect(document.querySelector("#tab-audit")?.textContent).toBe("Audit log");

    await choose("ja");
    expect(shell.calls).toContainEqual(["setLanguagePreference", "ja"]);
    expect(shell.calls).toContainEqual(["setWindowLanguage", "ja"]);
    expect(document.documentElement.lang).toBe("ja");
    // The same term, the same tab, now in Japanese; the frame too.
    expect(app.route).toEqual({ screen: "term", name: "Vorstand 2026", tab: "audit" });
    expect(document.querySelector("main h1")?.textContent).toBe("Vorstand 2026");
    expect(document.querySelector("#tab-audit")?.textContent).toBe("監査ログ");
    expect(document.querySelector("#tab-audit")?.getAttribute("aria-selected")).toBe("true");
    expect(document.querySelector(".skip")?.textContent).toBe("本文へ移動");
    expect(document.querySelector(".db-path .label")?.textContent).toBe("選挙ファイル");
    expect(document.querySelector(".message.notice strong")?.textContent).toBe("設定を保存しました。");

    // The dialog offers the choice kept, and the system's language by name.
    shell.menu!("file-preferences");
    await settle();
    const select = document.querySelector<HTMLSelectElement>("#pref-language")!;
    expect(select.value).toBe("ja");
    expect([...select.options].map((o) => o.textContent)).toEqual(["システムに合わせる（Deutsch）", "English", "Deutsch", "Français", "Español", "日本語"]);
    document.querySelector(".dialog-backdrop")?.remove();

    // "As the system" forgets the choice and speaks the system's language.
    await choose("");
    expect(shell.calls).toContainEqual(["setLanguagePreference", null]);
    expect(language()).toBe("de");
    expect(document.querySelector("#tab-audit")?.textContent).toBe("Prüfprotokoll");
  });
});
