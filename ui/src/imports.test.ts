// The window's imports run one way: app.ts -> views -> context (types),
// feedback, dom, format, api. A view that imports app.ts (or a leaf module
// that imports a view) would bring the cycle back.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "bindings" ? [] : sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The modules `file` imports, as paths relative to src/ (no extension). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gm)].map((m) => relative(src, resolve(dirname(file), m[1])));
}

describe("the window's modules", () => {
  const files = sources(src);

  it("finds the views and the leaf modules", () => {
    const names = files.map((f) => relative(src, f));
    expect(names).toContain("views/term.ts");
    expect(names).toContain("views/term/results.ts");
    expect(names).toContain("feedback.ts");
    // The reading of imports works: app.ts imports the views and feedback.
    expect(importsOf(join(src, "app.ts"))).toEqual(expect.arrayContaining(["views/term", "feedback", "context"]));
    expect(importsOf(join(src, "views/term.ts"))).toEqual(expect.arrayContaining(["context", "views/term/results"]));
  });

  it("no view imports app.ts", () => {
    for (const f of files.filter((f) => relative(src, f).startsWith("views/"))) {
      expect(importsOf(f), relative(src, f)).not.toContain("app");
    }
  });

  it("feedback, context, dom and format import no view and not app.ts", () => {
    for (const leaf of ["feedback.ts", "context.ts", "dom.ts", "format.ts"]) {
      const imported = importsOf(join(src, leaf));
      expect(imported.filter((m) => m === "app" || m.startsWith("views/")), leaf).toEqual([]);
    }
  });
});
