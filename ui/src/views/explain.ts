// The Results section's explanation of a count: a bar chart of the final
// figures, the round-by-round table of an IRV or STV count, the pairwise
// matrix of a Condorcet count (with Schulze's strongest paths or ranked
// pairs' locked pairs), and each STAR runoff. Only what the method has is
// shown. Figures are decimal strings from the engine: they are shown as
// given and parsed only to size the bars.

import { h, type Child } from "../dom";
import type { FluentVariable } from "@fluent/bundle";
import { locale, num, t } from "../i18n";
import { rich, slot } from "./rich";
import type { Tally } from "../bindings/Tally";
import type { Outcome } from "../bindings/Outcome";
import type { Pairwise } from "../bindings/Pairwise";
import type { Round } from "../bindings/Round";
import type { StarSeat } from "../bindings/StarSeat";
import type { Note } from "../bindings/Note";
import type { RoundAction } from "../bindings/RoundAction";
import { NOTE_MESSAGES } from "../bindings/NoteMessages";

/** What the final figure of each candidate is, by method. */
export function figureLabel(method: string): string {
  if (method === "approval") return t("ui-explain-figure-approval");
  if (method === "plurality") return t("ui-explain-figure-plurality");
  if (method === "star") return t("ui-explain-figure-star");
  if (method === "schulze" || method === "ranked-pairs") return t("ui-explain-figure-condorcet");
  if (method === "irv" || method.startsWith("stv")) return t("ui-explain-figure-rounds");
  return t("ui-explain-figure-other");
}

/** A decimal string as a number for sizing, or null. */
export function figure(s: string): number | null {
  if (!/^\s*-?\d+(\.\d+)?\s*$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A figure from the engine (a decimal string, "1393.86735") with the
 * window's language's decimal sign and its digits as given ("1393,86735"
 * in German); not grouped, so English shows it exactly as the engine
 * wrote it. Anything else is shown as it is. */
export function figureText(s: string): string {
  const m = /^\s*(-?\d+)(?:\.(\d+))?\s*$/.exec(s);
  if (!m) return s;
  const digits = m[2]?.length ?? 0;
  if (digits > 20) return s;
  const n = Number(s);
  if (!Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER) return s;
  return num(n, { useGrouping: false, minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A percentage from the engine ("83.33%") in the window's language
 * ("83,33 %" in German); anything else as it is. */
export function percentText(s: string): string {
  const m = /^\s*(\d+(?:\.(\d+))?)\s*%\s*$/.exec(s);
  if (!m) return s;
  const digits = m[2]?.length ?? 0;
  return num(Number(m[1]) / 100, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** One of the count's events in the window's language: its message
 * (locales/<lang>/count.ftl, NoteMessages.ts) with its fields as arguments:
 * decimal figures with their exact digits (figureText), names as they are,
 * lists joined the language's way (with `n<list>`, their length, for the
 * plurals), phrases inside it said too. */
export function sayNote(note: Note): string {
  const entry = NOTE_MESSAGES[note.note];
  if (!entry) return "";
  const args: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(note)) {
    if (k === "note") continue;
    if (typeof v === "number") args[k] = v;
    else if (typeof v === "string") args[k] = entry.figures.includes(k) ? figureText(v) : v;
    else if (Array.isArray(v)) {
      const items = v.map(String);
      args[k] = entry.andLists.includes(k) && items.length > 1 ? t("ui-and-list", { init: items.slice(0, -1).join(t("ui-list-sep")), last: items[items.length - 1] }) : items.join(t("ui-list-sep"));
      args[`n${k}`] = items.length;
    } else if (v && typeof v === "object") args[k] = sayNote(v as Note);
  }
  return t(entry.id, args);
}

/** A stored English sentence and the events it was made from, in the
 * window's language: English shows the stored words as they are (as the
 * documents do); a result stored before events keeps its English. Japanese
 * sentences are joined without a space. */
export function said(english: string, events: Note[] | null | undefined): string {
  if (locale() === "en" || !events || events.length === 0) return english;
  return events.map(sayNote).join(locale() === "ja" ? "" : " ");
}

const reasonOf = (a: RoundAction) => said(a.reason, a.reason_event ? [a.reason_event] : null);
const nameOf = (a: RoundAction) => said(a.name, a.name_event ? [a.name_event] : null);

/** Width of a bar in percent of the largest figure (0 when all are 0). */
export function barWidth(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(100, (100 * value) / max);
}

function statusClass(status: string): string {
  return status.replace(/[^a-z-]/gi, "-");
}

/** The explanation cards for a tally, in reading order. */
export function explanation(tally: Tally): Node[] {
  const o: Partial<Outcome> = tally.outcome ?? {};
  const cards: Node[] = [];
  const chart = barChart(tally);
  if (chart) cards.push(chart);
  const rounds = o.rounds ?? [];
  if (rounds.length > 0) cards.push(roundsCard(rounds, tally));
  if (o.pairwise) cards.push(pairwiseCard(o.pairwise));
  for (const seat of o.star ?? []) cards.push(starCard(seat));
  return cards;
}

function barChart(tally: Tally): Node | null {
  const rows = tally.candidates.map((c) => ({ c, v: figure(c.votes) })).filter((r) => r.v !== null) as { c: Tally["candidates"][number]; v: number }[];
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => r.v));
  const label = figureLabel(tally.method);
  return h(
    "section",
    { class: "card", "aria-labelledby": "explain-heading" },
    h("h2", { id: "explain-heading" }, t("ui-explain-heading")),
    h("p", { class: "muted" }, t("ui-explain-for-each", { figure: label })),
    h(
      "ul",
      { class: "bars", "aria-label": label },
      rows.map(({ c, v }) =>
        h(
          "li",
          { class: `bar-row status-row-${statusClass(c.status)}` },
          h("span", { class: "bar-name" }, c.name),
          h("span", { class: "bar-track", "aria-hidden": "true" }, h("span", { class: "bar-fill", style: `width: ${barWidth(v, max).toFixed(2)}%` })),
          h("span", { class: "bar-value" }, figureText(c.votes)),
          h("span", { class: "bar-status" }, c.status === "elected" ? h("span", { class: "badge status-elected" }, t("ui-explain-elected")) : c.status === "disqualified" || c.status === "excluded" ? h("span", { class: "badge status-excluded" }, t("ui-explain-disqualified")) : null),
        ),
      ),
    ),
  );
}

/** What happened to a nominee in a round, in a few words. */
function actionWords(kind: string): string {
  switch (kind) {
    case "elected":
      return t("ui-explain-action-elected");
    case "excluded":
      return t("ui-explain-action-excluded");
    case "group_excluded":
      return t("ui-explain-action-group-excluded");
    case "surplus":
      return t("ui-explain-action-surplus");
    case "withdrawn":
      return t("ui-explain-action-withdrawn");
    case "tie":
      return t("ui-explain-action-tie");
    case "defeat_dropped":
      return t("ui-explain-action-defeat-dropped");
    default:
      return kind;
  }
}

/** Whether a round's note already tells action `a` (its name and reason). */
function told(r: Round, a: RoundAction): boolean {
  const note = said(r.note, r.note_events);
  const reason = reasonOf(a);
  return note.includes(nameOf(a)) && (!reason || note.includes(reason));
}

function roundsCard(rounds: Round[], tally: Tally): Node {
  // Rows: every candidate named in any round, in the order of the result's
  // candidate list, then any others in the order they appear.
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (n: string) => {
    if (!seen.has(n)) {
      seen.add(n);
      names.push(n);
    }
  };
  const inRounds = new Set(rounds.flatMap((r) => r.tallies.map((x) => x.name)));
  for (const c of tally.candidates) if (inRounds.has(c.name)) add(c.name);
  for (const r of rounds) for (const x of r.tallies) add(x.name);
  const hasQuota = rounds.some((r) => r.quota !== null && r.quota !== undefined && r.quota !== "");
  const hasKeep = rounds.some((r) => r.tallies.some((x) => x.keep !== null && x.keep !== undefined));
  const status = new Map(tally.candidates.map((c) => [c.name, c.status]));

  const actionIn = (r: Round, name: string) => r.actions.find((a) => a.name === name && a.kind !== "surplus") ?? r.actions.find((a) => a.name === name);
  const head = h(
    "tr",
    {},
    h("th", { scope: "col" }, t("ui-nimp-field-name")),
    rounds.map((r) => h("th", { scope: "col", class: "num" }, t("ui-explain-round", { n: r.number }))),
  );
  const body = names.map((name) =>
    h(
      "tr",
      {},
      h(
        "th",
        { scope: "row" },
        name,
        status.get(name) === "elected" ? h("span", { class: "badge status-elected" }, t("ui-explain-elected")) : null,
      ),
      rounds.map((r) => {
        const x = r.tallies.find((v) => v.name === name);
        const a = actionIn(r, name);
        const kind = a?.kind ?? "";
        const cls = ["num", kind === "elected" ? "cell-elected" : "", kind === "excluded" || kind === "group_excluded" || kind === "withdrawn" ? "cell-excluded" : "", kind === "surplus" ? "cell-surplus" : ""].filter(Boolean).join(" ");
        return h(
          "td",
          { class: cls, title: a ? (a.reason ? t("ui-explain-cell-title-reason", { name, action: actionWords(kind), reason: reasonOf(a) }) : t("ui-explain-cell-title", { name, action: actionWords(kind) })) : undefined },
          x ? figureText(x.votes) : h("span", { class: "muted", "aria-label": t("ui-explain-not-in-round") }, "–"),
          hasKeep && x?.keep ? h("span", { class: "keep" }, t("ui-explain-keep", { keep: figureText(x.keep) })) : null,
          a ? h("span", { class: "cell-action" }, actionWords(kind)) : null,
        );
      }),
    ),
  );
  const foot: Child[] = [];
  if (hasQuota) {
    foot.push(h("tr", {}, h("th", { scope: "row" }, t("ui-explain-quota")), rounds.map((r) => h("td", { class: "num" }, figureText(r.quota ?? "")))));
  }
  foot.push(h("tr", {}, h("th", { scope: "row" }, t("ui-explain-non-transferable")), rounds.map((r) => h("td", { class: "num" }, figureText(r.exhausted)))));
  foot.push(
    h(
      "tr",
      { class: "what-happened" },
      h("th", { scope: "row" }, t("ui-explain-what-happened")),
      rounds.map((r) =>
        h(
          "td",
          {},
          r.note ? h("p", {}, said(r.note, r.note_events)) : null,
          // Actions the note already tells (name and reason) are not repeated.
          r.actions.some((a) => !told(r, a))
            ? h(
                "ul",
                { class: "round-actions" },
                r.actions.filter((a) => !told(r, a)).map((a) => h("li", { class: `action-${a.kind}` }, rich(t(a.reason ? "ui-explain-action-reason" : "ui-explain-action", { name: slot("name"), action: actionWords(a.kind), reason: reasonOf(a) }), { name: h("strong", {}, nameOf(a)) }))),
              )
            : null,
        ),
      ),
    ),
  );
  return h(
    "section",
    { class: "card", "aria-labelledby": "rounds-heading" },
    h("h2", { id: "rounds-heading" }, t("ui-explain-rounds")),
    h(
      "p",
      { class: "muted" },
      t("ui-explain-rounds-explain", { n: rounds.length }),
    ),
    h(
      "div",
      { class: "table-wrap" },
      h("table", { class: "data rounds", "aria-label": t("ui-explain-rounds"), "data-rounds": String(rounds.length) }, h("thead", {}, head), h("tbody", {}, body), h("tfoot", {}, foot)),
    ),
  );
}

function matrixTable(label: string, names: string[], m: number[][], beats: (i: number, j: number) => boolean): Node {
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "data matrix", "aria-label": label },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, h("span", { class: "sr-only" }, t("ui-explain-matrix-corner"))), names.map((n) => h("th", { scope: "col", class: "num" }, n)))),
      h(
        "tbody",
        {},
        names.map((row, i) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, row),
            names.map((col, j) => {
              if (i === j) return h("td", { class: "num diagonal", "aria-label": t("ui-explain-same-nominee") }, "—");
              const v = m[i]?.[j] ?? 0;
              const win = beats(i, j);
              return h("td", { class: `num ${win ? "cell-win" : ""}`, title: win ? t("ui-explain-over-wins", { row, col, n: String(v) }) : t("ui-explain-over", { row, col, n: String(v) }) }, String(v), win ? h("span", { class: "sr-only" }, t("ui-explain-wins")) : null);
            }),
          ),
        ),
      ),
    ),
  );
}

function pairwiseCard(p: Pairwise): Node {
  const names = p.candidates;
  const m = p.matrix;
  const at = (x: number[][], i: number, j: number) => x[i]?.[j] ?? 0;
  const parts: Child[] = [
    h("h2", { id: "pairwise-heading" }, t("ui-explain-pairwise")),
    h("p", { class: "muted" }, t("ui-explain-pairwise-explain")),
    matrixTable(t("ui-explain-pairwise"), names, m, (i, j) => at(m, i, j) > at(m, j, i)),
  ];
  const paths = p.strongest_paths;
  if (paths) {
    parts.push(
      h("h3", {}, t("ui-explain-paths")),
      h("p", { class: "muted" }, t("ui-explain-paths-explain")),
      matrixTable(t("ui-explain-paths"), names, paths, (i, j) => at(paths, i, j) > at(paths, j, i)),
    );
  }
  const locked = p.locked;
  if (locked) {
    parts.push(
      h("h3", {}, t("ui-explain-locked")),
      h("p", { class: "muted" }, t("ui-explain-locked-explain")),
      h(
        "ol",
        { class: "locked-pairs" },
        locked.map((l) =>
          h(
            "li",
            { class: l.locked ? "locked" : "skipped" },
            rich(t("ui-explain-locked-pair", { winner: slot("winner"), loser: slot("loser"), n: l.margin, badge: slot("badge") }), {
              winner: h("strong", {}, l.winner),
              loser: h("strong", {}, l.loser),
              badge: l.locked ? h("span", { class: "badge status-elected" }, t("ui-explain-locked-in")) : h("span", { class: "badge" }, t("ui-explain-skipped")),
            }),
          ),
        ),
      ),
    );
  }
  return h("section", { class: "card", "aria-labelledby": "pairwise-heading" }, parts);
}

function starCard(s: StarSeat): Node {
  const id = `star-seat-${s.seat}`;
  const totals = s.totals.map((x) => ({ x, v: figure(x.votes) ?? 0 }));
  const max = Math.max(0, ...totals.map((x) => x.v));
  const [a, b] = s.finalists;
  const runoff = s.prefer_first + s.prefer_second + s.equal;
  const share = (n: number) => (runoff > 0 ? num(n / runoff, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }) : "");
  return h(
    "section",
    { class: "card star-seat", "aria-labelledby": id },
    h("h2", { id }, t("ui-explain-runoff-seat", { seat: s.seat })),
    h("h3", {}, t("ui-explain-scoring")),
    h("p", { class: "muted" }, t("ui-explain-scoring-explain")),
    h(
      "ul",
      { class: "bars", "aria-label": t("ui-explain-score-totals-seat", { seat: s.seat }) },
      totals.map(({ x, v }) =>
        h(
          "li",
          { class: `bar-row${x.name === a || x.name === b ? " finalist" : ""}` },
          h("span", { class: "bar-name" }, x.name),
          h("span", { class: "bar-track", "aria-hidden": "true" }, h("span", { class: "bar-fill", style: `width: ${barWidth(v, max).toFixed(2)}%` })),
          h("span", { class: "bar-value" }, figureText(x.votes)),
          h("span", { class: "bar-status" }, x.name === a || x.name === b ? h("span", { class: "badge" }, t("ui-explain-finalist")) : null),
        ),
      ),
    ),
    h("h3", {}, t("ui-explain-runoff")),
    h("p", { class: "muted" }, t("ui-explain-runoff-explain")),
    h(
      "table",
      { class: "data runoff", "aria-label": t("ui-explain-runoff-seat", { seat: s.seat }) },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("ui-explain-ballots-that")), h("th", { scope: "col", class: "num" }, t("ui-explain-ballots")), h("th", { scope: "col", class: "num" }, t("ui-explain-share")))),
      h(
        "tbody",
        {},
        h("tr", { class: s.winner === a ? "runoff-winner" : "" }, h("th", { scope: "row" }, t("ui-explain-prefer", { name: a })), h("td", { class: "num" }, num(s.prefer_first)), h("td", { class: "num" }, share(s.prefer_first))),
        h("tr", { class: s.winner === b ? "runoff-winner" : "" }, h("th", { scope: "row" }, t("ui-explain-prefer", { name: b })), h("td", { class: "num" }, num(s.prefer_second)), h("td", { class: "num" }, share(s.prefer_second))),
        h("tr", {}, h("th", { scope: "row" }, t("ui-explain-equal")), h("td", { class: "num" }, num(s.equal)), h("td", { class: "num" }, share(s.equal))),
      ),
    ),
    h("p", { class: "star-winner" }, rich(t("ui-explain-winner", { name: slot("name") }), { name: h("strong", {}, s.winner) })),
    s.note ? h("p", { class: "muted" }, said(s.note, s.note_events)) : null,
  );
}
