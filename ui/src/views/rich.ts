// A translated sentence with elements inside it ("Read as <strong>UTF-8</strong>
// (…), columns separated by <strong>;</strong>."): the whole sentence is one
// message, so each language orders its words as it must; the elements go
// where the message puts their placeholders.

import type { Child } from "../dom";

const OPEN = "\u{E000}";
const CLOSE = "\u{E001}";

/** The placeholder for element `name`, given to `t()` as the variable's
 * value (a private-use character pair no message contains). */
export function slot(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

/** The message `text` (formatted with `slot(...)` values) as text and the
 * elements `nodes`, each where its slot is. A slot without a node stays
 * out; a node whose slot the message lacks is left out too. */
export function rich(text: string, nodes: Record<string, Child>): Child[] {
  const out: Child[] = [];
  const re = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, "gu");
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    const node = nodes[m[1]];
    if (node !== undefined) out.push(node);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
