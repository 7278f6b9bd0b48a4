// The window's words, in the window's language.
//
// One source of messages: the Project Fluent files in `locales/<lang>/*.ftl`
// at the repository root, the same files the Rust side embeds
// (crates/scrutineer-i18n). The window reads every file of a language, so it
// can use the documents' words too (method names, statuses); its own messages
// are in `window.ftl` and `window-work.ftl` and start with `ui-`.
//
// Plurals are Fluent selectors in the .ftl files (Intl.PluralRules of the
// language), never decided here. Numbers and dates go through Intl with the
// window's language (`num`, `dateTime`).

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { Lang } from "./bindings/Lang";

export type { Lang };

/** Every language the window speaks, English first, with its own name. */
export const LANGUAGES: { code: Lang; name: string }[] = [
  { code: "en", name: "English" },
  { code: "de", name: "Deutsch" },
  { code: "fr", name: "Français" },
  { code: "es", name: "Español" },
  { code: "ja", name: "日本語" },
];

/** The .ftl files, by path (`../../locales/de/window.ftl`), bundled at build
 * time: the app needs no data files. */
export const SOURCES: Record<string, string> = import.meta.glob("../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The .ftl texts of one language, by file name. */
export function sourcesOf(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(SOURCES)) {
    const m = /\/locales\/([a-z]+)\/([^/]+\.ftl)$/.exec(path);
    if (m && m[1] === lang) out[m[2]] = text;
  }
  return out;
}

const bundles = new Map<Lang, FluentBundle>();

function bundleFor(lang: Lang): FluentBundle {
  let b = bundles.get(lang);
  if (!b) {
    // Isolation marks (U+2068/U+2069) would be invisible characters inside
    // names copied out of the window; the page's own bidi handles names.
    b = new FluentBundle(lang, { useIsolating: false });
    for (const [file, text] of Object.entries(sourcesOf(lang))) {
      const errors = b.addResource(new FluentResource(text));
      for (const e of errors) console.error(`locales/${lang}/${file}: ${e.message}`);
    }
    bundles.set(lang, b);
  }
  return b;
}

let current: Lang = "en";

/** The window's language now. */
export function language(): Lang {
  return current;
}

/** Speak `lang` from now on (the caller redraws the screen); the page's
 * `lang` attribute follows, for screen readers and fonts. */
export function setLanguage(lang: Lang): void {
  current = lang;
  if (typeof document !== "undefined") document.documentElement.lang = lang;
}

/** The first of `tags` (BCP 47 or POSIX, e.g. "de-AT", "ja_JP.UTF-8") that
 * the window speaks; English when none is. */
export function pickLanguage(tags: readonly (string | null | undefined)[]): Lang {
  for (const tag of tags) {
    const code = (tag ?? "").trim().toLowerCase().split(/[-_.@]/)[0];
    const found = LANGUAGES.find((l) => l.code === code);
    if (found) return found.code;
  }
  return "en";
}

/** Message `id` in the window's language, with `args`. A message missing
 * there falls back to English, then to the id itself (a vitest fails on
 * both, so neither ships). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  for (const lang of current === "en" ? ["en" as Lang] : [current, "en" as Lang]) {
    const b = bundleFor(lang);
    const m = b.getMessage(id);
    if (m?.value) {
      const errors: Error[] = [];
      const out = b.formatPattern(m.value, args ?? null, errors);
      for (const e of errors) console.error(`${lang}: ${id}: ${e.message}`);
      return out;
    }
  }
  console.error(`no message ${id}`);
  return id;
}

/** Whether message `id` exists in `lang` (for tests). */
export function hasMessage(lang: Lang, id: string): boolean {
  return bundleFor(lang).hasMessage(id);
}

/** The locale Intl formats with: the window's language. */
export function locale(): string {
  return current;
}

/** A whole or decimal number as the window's language writes it
 * ("1,234" in English, "1.234" in German, "1 234" in French). */
export function num(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(current, options).format(n);
}

/** A moment in the officer's local time, with the zone, as the window's
 * language writes it: "30 Nov 2026, 14:05 CET", "30. Nov. 2026, 14:05 MEZ",
 * "2026年11月30日 14:05 JST". (English days come before months, as in
 * "en-GB". `dateStyle` cannot be combined with `timeZoneName`: Intl throws.) */
export function dateTime(d: Date): string {
  return d.toLocaleString(current === "en" ? "en-GB" : current, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  });
}
