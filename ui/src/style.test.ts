// The focus ring's contrast (WCAG 2.1 SC 1.4.11, non-text contrast: at
// least 3:1 against the adjacent colours), computed from style.css itself so
// that a colour change that fails is caught.

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const css = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "style.css"), "utf8");

/** The custom properties declared in `:root`. */
function rootProperties(text: string): Map<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(text);
  const out = new Map<string, string>();
  if (!root) return out;
  for (const m of root[1].matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) out.set(m[1], m[2].trim());
  return out;
}

/** WCAG 2.1 relative luminance of `#rrggbb` or `#rgb`. */
function luminance(hex: string): number {
  let h = hex.replace(/^#/, "");
  if (h.length === 3) h = [...h].map((c) => c + c).join("");
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`not a colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Every background a focused control can sit on: the page, the cards and
 * dialogs, messages, the busy bar, warnings, a hovered table row. */
const FOCUS_BACKGROUNDS = ["--bg", "--card", "--bad-soft", "--ok-soft", "--primary-soft", "--busy-bg", "--warn-soft", "--row-hover"];

describe("the focus ring", () => {
  const props = rootProperties(css);

  it("computes contrast as WCAG defines it", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    // The old ring, as issue 10 measured it.
    expect(contrast("#e0a100", "#ffffff")).toBeCloseTo(2.27, 2);
    expect(contrast("#e0a100", "#f4f6f8")).toBeCloseTo(2.09, 2);
  });

  it("is drawn with --focus and its halo", () => {
    expect(css).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid var\(--focus\)[^}]*box-shadow:[^}]*var\(--focus-halo\)/);
  });

  it.each(FOCUS_BACKGROUNDS)("has at least 3:1 against %s", (name) => {
    const focus = props.get("--focus");
    const bg = props.get(name);
    expect(focus, "--focus is declared").toBeDefined();
    expect(bg, `${name} is declared`).toBeDefined();
    expect(contrast(focus!, bg!)).toBeGreaterThanOrEqual(3);
  });

  it("has at least 3:1 against its own halo", () => {
    expect(contrast(props.get("--focus")!, props.get("--focus-halo")!)).toBeGreaterThanOrEqual(3);
  });
});
