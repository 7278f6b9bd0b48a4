// The window's languages are complete, and every message the window names
// exists: a missing one would show its id in the window.

import { afterEach, describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { LANGUAGES, SOURCES, hasMessage, num, pickLanguage, setLanguage, sourcesOf, t } from "./i18n";

/** Each message of a Fluent text with the variables it uses. */
function messages(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  // A message starts at column 0 with `id =`; its variables are `{ $name }`
  // anywhere up to the next message.
  const parts = text.split(/^(?=[a-z][a-z0-9-]* =)/m);
  for (const part of parts) {
    const m = /^([a-z][a-z0-9-]*) =/.exec(part);
    if (!m) continue;
    const vars = [...new Set([...part.matchAll(/\$([a-zA-Z0-9_-]+)/g)].map((v) => v[1]))].sort();
    out.set(m[1], vars);
  }
  return out;
}

afterEach(() => setLanguage("en"));

describe("the window's messages", () => {
  it("reads every .ftl file of every language", () => {
    for (const { code } of LANGUAGES) {
      const files = Object.keys(sourcesOf(code)).sort();
      expect(files).toContain("window.ftl");
      expect(files).toContain("window-work.ftl");
      expect(files).toEqual(Object.keys(sourcesOf("en")).sort());
    }
  });

  it("defines each message once per language, across all its files", () => {
    // Fluent's bundle keeps the first and warns; the Rust side's completeness
    // test fails. Two files giving one id would let them disagree.
    const problems: string[] = [];
    for (const { code } of LANGUAGES) {
      const where = new Map<string, string>();
      for (const [file, text] of Object.entries(sourcesOf(code))) {
        for (const id of messages(text).keys()) {
          const other = where.get(id);
          if (other) problems.push(`${code}: ${id} is in ${other} and ${file}`);
          else where.set(id, file);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("parses without errors", () => {
    for (const [path, text] of Object.entries(SOURCES)) {
      const r = new FluentResource(text);
      // @fluent/bundle keeps junk silently; a message that failed to parse
      // is missing from the resource's body.
      const ids = [...messages(text).keys()];
      const parsed = r.body.map((m) => m.id);
      for (const id of ids) expect(parsed, `${path}: ${id} does not parse`).toContain(id);
    }
  });

  it("has every English message in every language, with the same variables", () => {
    const problems: string[] = [];
    for (const file of Object.keys(sourcesOf("en")).filter((f) => f.startsWith("window"))) {
      const en = messages(sourcesOf("en")[file]);
      for (const { code } of LANGUAGES) {
        const other = messages(sourcesOf(code)[file] ?? "");
        for (const [id, vars] of en) {
          const v = other.get(id);
          if (!v) problems.push(`${code}/${file}: ${id} is missing`);
          else if (v.join() !== vars.join()) problems.push(`${code}/${file}: ${id} uses ${v}, English ${vars}`);
        }
        for (const id of other.keys()) if (!en.has(id)) problems.push(`${code}/${file}: ${id} is not in English`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has every message the window's code names", () => {
    // Every literal id given to t(...) in ui/src.
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) {
          if (n !== "bindings") walk(p);
        } else if (p.endsWith(".ts") && !p.endsWith(".test.ts")) files.push(p);
      }
    };
    walk(join(__dirname));
    let used = 0;
    const unknown: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      for (const m of text.matchAll(/\bt\(\s*"([a-z][a-z0-9-]*)"/g)) {
        used++;
        for (const { code } of LANGUAGES) if (!hasMessage(code, m[1])) unknown.push(`${f}: ${m[1]} (${code})`);
      }
    }
    expect(used).toBeGreaterThan(0);
    expect(unknown).toEqual([]);
  });
});

describe("t", () => {
  it("formats in the chosen language, with its plural rules and numbers", () => {
    expect(t("ui-language-system", { language: "English" })).toBe("As the system (English)");
    setLanguage("de");
    expect(t("ui-language-label")).toBe("Sprache des Fensters");
    expect(document.documentElement.lang).toBe("de");
    expect(num(1234567.5)).toBe("1.234.567,5");
    setLanguage("ja");
    expect(t("ui-language-label")).toBe("ウィンドウの言語");
  });

  it("returns the id of a message that does not exist, not an empty string", () => {
    expect(t("ui-no-such-message")).toBe("ui-no-such-message");
  });
});

describe("pickLanguage", () => {
  it("takes the first language the window speaks, from BCP 47 or POSIX tags", () => {
    expect(pickLanguage(["de-AT", "en-US"])).toBe("de");
    expect(pickLanguage(["ja_JP.UTF-8"])).toBe("ja");
    expect(pickLanguage(["pt-BR", "fr-CA"])).toBe("fr");
    expect(pickLanguage(["C", undefined, null])).toBe("en");
    expect(pickLanguage([])).toBe("en");
  });
});
