// The window carries the certificate's fallback fonts, from the report
// crate's own files, loaded lazily and never from the network.

import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const css = readFileSync(resolve(here, "fonts.css"), "utf8");
const style = readFileSync(resolve(here, "style.css"), "utf8");
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]);

describe("the window's fonts", () => {
  it("are the report crate's files, none remote", () => {
    const urls = [...css.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(urls.length).toBe(faces.length);
    expect(faces.length).toBe(4);
    for (const u of urls) {
      expect(u.startsWith("../../crates/scrutineer-report/fonts/"), u).toBe(true);
      expect(existsSync(resolve(here, u)), u).toBe(true);
    }
    expect(css).not.toMatch(/https?:|\/\/fonts\./);
  });

  it("load the 4 MB CJK face only for CJK characters", () => {
    const cjk = faces.find((f) => f.includes("DroidSansFallbackFull"));
    expect(cjk).toBeDefined();
    expect(statSync(resolve(here, "../../crates/scrutineer-report/fonts/DroidSansFallbackFull.ttf")).size).toBeGreaterThan(3_000_000);
    const range = /unicode-range:([^;]+);/.exec(cjk!)?.[1] ?? "";
    for (const r of ["U+4E00-9FFF", "U+3040-30FF", "U+AC00-D7FF"]) expect(range).toContain(r);
    expect(range).not.toMatch(/U\+0000/);
  });

  it("are named after the system fonts in the window's font stack", () => {
    const stack = /:root[^{]*{[^}]*font-family:([^;]+);/.exec(style)?.[1] ?? /font-family:([^;]+);/.exec(style)?.[1] ?? "";
    expect(stack.indexOf("system-ui")).toBeLessThan(stack.indexOf('"Scrutineer Sans"'));
    expect(stack).toContain('"Scrutineer CJK"');
  });
});
