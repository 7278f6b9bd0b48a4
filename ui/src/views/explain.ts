// The Results section's explanation of a count: a bar chart of the final
// figures, the round-by-round table of an IRV or STV count, the pairwise
// matrix of a Condorcet count (with Schulze's strongest paths or ranked
// pairs' locked pairs), and each STAR runoff. Only what the method has is
// shown. Figures are decimal strings from the engine: they are shown as
// given and parsed only to size the bars.

import { h, type Child } from "../dom";
import { plural } from "../format";
import type { Tally } from "../bindings/Tally";
import type { Outcome } from "../bindings/Outcome";
import type { Pairwise } from "../bindings/Pairwise";
import type { Round } from "../bindings/Round";
import type { StarSeat } from "../bindings/StarSeat";

/** What the final figure of each candidate is, by method. */
export function figureLabel(method: string): string {
  if (method === "approval") return "Approvals";
  if (method === "plurality") return "Votes";
  if (method === "star") return "Score totals";
  if (method === "schulze" || method === "ranked-pairs") return "Head-to-head contests won";
  if (method === "irv" || method.startsWith("stv")) return "Votes when the count ended";
  return "Final figures";
}

/** A decimal string as a number for sizing, or null. */
export function figure(s: string): number | null {
  if (!/^\s*-?\d+(\.\d+)?\s*$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Width of a bar in percent of the largest figure (0 when all are 0). */
export function barWidth(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(100, (100 * value) / max);
}

function statusClass(status: string): string {
  return status.replace(/[^a-z-]/gi, "-");
}

/** The explanation cards for a tally, in reading order. */
export function explanation(t: Tally): Node[] {
  const o: Partial<Outcome> = t.outcome ?? {};
  const cards: Node[] = [];
  const chart = barChart(t);
  if (chart) cards.push(chart);
  const rounds = o.rounds ?? [];
  if (rounds.length > 0) cards.push(roundsCard(rounds, t));
  if (o.pairwise) cards.push(pairwiseCard(o.pairwise));
  for (const seat of o.star ?? []) cards.push(starCard(seat));
  return cards;
}

function barChart(t: Tally): Node | null {
  const rows = t.candidates.map((c) => ({ c, v: figure(c.votes) })).filter((r) => r.v !== null) as { c: Tally["candidates"][number]; v: number }[];
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => r.v));
  const label = figureLabel(t.method);
  return h(
    "section",
    { class: "card", "aria-labelledby": "explain-heading" },
    h("h2", { id: "explain-heading" }, "How the count went"),
    h("p", { class: "muted" }, `${label}, for each nominee.`),
    h(
      "ul",
      { class: "bars", "aria-label": label },
      rows.map(({ c, v }) =>
        h(
          "li",
          { class: `bar-row status-row-${statusClass(c.status)}` },
          h("span", { class: "bar-name" }, c.name),
          h("span", { class: "bar-track", "aria-hidden": "true" }, h("span", { class: "bar-fill", style: `width: ${barWidth(v, max).toFixed(2)}%` })),
          h("span", { class: "bar-value" }, c.votes),
          h("span", { class: "bar-status" }, c.status === "elected" ? h("span", { class: "badge status-elected" }, "Elected") : c.status === "disqualified" || c.status === "excluded" ? h("span", { class: "badge status-excluded" }, "Disqualified") : null),
        ),
      ),
    ),
  );
}

const ACTION_WORDS: Record<string, string> = {
  elected: "elected",
  excluded: "excluded",
  group_excluded: "disqualified by a rule",
  surplus: "surplus transferred",
  withdrawn: "withdrawn",
};

function roundsCard(rounds: Round[], t: Tally): Node {
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
  for (const c of t.candidates) if (inRounds.has(c.name)) add(c.name);
  for (const r of rounds) for (const x of r.tallies) add(x.name);
  const hasQuota = rounds.some((r) => r.quota !== null && r.quota !== undefined && r.quota !== "");
  const hasKeep = rounds.some((r) => r.tallies.some((x) => x.keep !== null && x.keep !== undefined));
  const status = new Map(t.candidates.map((c) => [c.name, c.status]));

  const actionIn = (r: Round, name: string) => r.actions.find((a) => a.name === name && a.kind !== "surplus") ?? r.actions.find((a) => a.name === name);
  const head = h(
    "tr",
    {},
    h("th", { scope: "col" }, "Nominee"),
    rounds.map((r) => h("th", { scope: "col", class: "num" }, `Round ${r.number}`)),
  );
  const body = names.map((name) =>
    h(
      "tr",
      {},
      h(
        "th",
        { scope: "row" },
        name,
        status.get(name) === "elected" ? h("span", { class: "badge status-elected" }, "Elected") : null,
      ),
      rounds.map((r) => {
        const x = r.tallies.find((v) => v.name === name);
        const a = actionIn(r, name);
        const kind = a?.kind ?? "";
        const cls = ["num", kind === "elected" ? "cell-elected" : "", kind === "excluded" || kind === "group_excluded" || kind === "withdrawn" ? "cell-excluded" : "", kind === "surplus" ? "cell-surplus" : ""].filter(Boolean).join(" ");
        return h(
          "td",
          { class: cls, title: a ? `${name}: ${ACTION_WORDS[kind] ?? kind}${a.reason ? ` (${a.reason})` : ""}` : undefined },
          x ? x.votes : h("span", { class: "muted", "aria-label": "not in this round" }, "–"),
          hasKeep && x?.keep ? h("span", { class: "keep" }, `keep ${x.keep}`) : null,
          a ? h("span", { class: "cell-action" }, ACTION_WORDS[kind] ?? kind) : null,
        );
      }),
    ),
  );
  const foot: Child[] = [];
  if (hasQuota) {
    foot.push(h("tr", {}, h("th", { scope: "row" }, "Quota"), rounds.map((r) => h("td", { class: "num" }, r.quota ?? ""))));
  }
  foot.push(h("tr", {}, h("th", { scope: "row" }, "Non-transferable"), rounds.map((r) => h("td", { class: "num" }, r.exhausted))));
  foot.push(
    h(
      "tr",
      { class: "what-happened" },
      h("th", { scope: "row" }, "What happened"),
      rounds.map((r) =>
        h(
          "td",
          {},
          r.note ? h("p", {}, r.note) : null,
          // Actions the note already tells (name and reason) are not repeated.
          r.actions.some((a) => !(r.note.includes(a.name) && (!a.reason || r.note.includes(a.reason))))
            ? h(
                "ul",
                { class: "round-actions" },
                r.actions.filter((a) => !(r.note.includes(a.name) && (!a.reason || r.note.includes(a.reason)))).map((a) => h("li", { class: `action-${a.kind}` }, h("strong", {}, a.name), ` ${ACTION_WORDS[a.kind] ?? a.kind}`, a.reason ? `: ${a.reason}` : "")),
              )
            : null,
        ),
      ),
    ),
  );
  return h(
    "section",
    { class: "card", "aria-labelledby": "rounds-heading" },
    h("h2", { id: "rounds-heading" }, "Round by round"),
    h(
      "p",
      { class: "muted" },
      `The count took ${plural(rounds.length, "round")}. Each column is one round; green marks a nominee elected in that round, red one excluded.`,
    ),
    h(
      "div",
      { class: "table-wrap" },
      h("table", { class: "data rounds", "aria-label": "Round by round", "data-rounds": String(rounds.length) }, h("thead", {}, head), h("tbody", {}, body), h("tfoot", {}, foot)),
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
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, h("span", { class: "sr-only" }, "Row nominee, against column nominee")), names.map((n) => h("th", { scope: "col", class: "num" }, n)))),
      h(
        "tbody",
        {},
        names.map((row, i) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, row),
            names.map((col, j) => {
              if (i === j) return h("td", { class: "num diagonal", "aria-label": "same nominee" }, "—");
              const v = m[i]?.[j] ?? 0;
              const win = beats(i, j);
              return h("td", { class: `num ${win ? "cell-win" : ""}`, title: `${row} over ${col}: ${v}${win ? " (wins)" : ""}` }, String(v), win ? h("span", { class: "sr-only" }, " (wins)") : null);
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
    h("h2", { id: "pairwise-heading" }, "Head-to-head results"),
    h("p", { class: "muted" }, "Each number is how many voters preferred the nominee of the row to the nominee of the column. Green: the row nominee won that head-to-head contest."),
    matrixTable("Head-to-head results", names, m, (i, j) => at(m, i, j) > at(m, j, i)),
  ];
  const paths = p.strongest_paths;
  if (paths) {
    parts.push(
      h("h3", {}, "Strongest paths"),
      h("p", { class: "muted" }, "Schulze method: the strength of the strongest chain of wins from the row nominee to the column nominee. A nominee whose paths are at least as strong as every opponent's path back wins."),
      matrixTable("Strongest paths", names, paths, (i, j) => at(paths, i, j) > at(paths, j, i)),
    );
  }
  const locked = p.locked;
  if (locked) {
    parts.push(
      h("h3", {}, "Pairs locked in"),
      h("p", { class: "muted" }, "Ranked pairs: the wins are taken from the largest margin down; each is locked in unless it would contradict wins already locked in."),
      h(
        "ol",
        { class: "locked-pairs" },
        locked.map((l) =>
          h(
            "li",
            { class: l.locked ? "locked" : "skipped" },
            h("strong", {}, l.winner),
            " over ",
            h("strong", {}, l.loser),
            ` by ${plural(l.margin, "vote")}: `,
            l.locked ? h("span", { class: "badge status-elected" }, "Locked in") : h("span", { class: "badge" }, "Skipped: it would make a cycle"),
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
  const max = Math.max(0, ...totals.map((t) => t.v));
  const [a, b] = s.finalists;
  const runoff = s.prefer_first + s.prefer_second + s.equal;
  const share = (n: number) => (runoff > 0 ? `${((100 * n) / runoff).toFixed(1)}%` : "");
  return h(
    "section",
    { class: "card star-seat", "aria-labelledby": id },
    h("h2", { id }, `Runoff for seat ${s.seat}`),
    h("h3", {}, "Scoring round"),
    h("p", { class: "muted" }, "The two nominees with the highest score totals go to the runoff."),
    h(
      "ul",
      { class: "bars", "aria-label": `Score totals for seat ${s.seat}` },
      totals.map(({ x, v }) =>
        h(
          "li",
          { class: `bar-row${x.name === a || x.name === b ? " finalist" : ""}` },
          h("span", { class: "bar-name" }, x.name),
          h("span", { class: "bar-track", "aria-hidden": "true" }, h("span", { class: "bar-fill", style: `width: ${barWidth(v, max).toFixed(2)}%` })),
          h("span", { class: "bar-value" }, x.votes),
          h("span", { class: "bar-status" }, x.name === a || x.name === b ? h("span", { class: "badge" }, "Finalist") : null),
        ),
      ),
    ),
    h("h3", {}, "Automatic runoff"),
    h("p", { class: "muted" }, "Each ballot counts for the finalist it scored higher."),
    h(
      "table",
      { class: "data runoff", "aria-label": `Runoff for seat ${s.seat}` },
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Ballots that"), h("th", { scope: "col", class: "num" }, "Ballots"), h("th", { scope: "col", class: "num" }, "Share"))),
      h(
        "tbody",
        {},
        h("tr", { class: s.winner === a ? "runoff-winner" : "" }, h("th", { scope: "row" }, `prefer ${a}`), h("td", { class: "num" }, s.prefer_first.toLocaleString("en")), h("td", { class: "num" }, share(s.prefer_first))),
        h("tr", { class: s.winner === b ? "runoff-winner" : "" }, h("th", { scope: "row" }, `prefer ${b}`), h("td", { class: "num" }, s.prefer_second.toLocaleString("en")), h("td", { class: "num" }, share(s.prefer_second))),
        h("tr", {}, h("th", { scope: "row" }, "score them equally"), h("td", { class: "num" }, s.equal.toLocaleString("en")), h("td", { class: "num" }, share(s.equal))),
      ),
    ),
    h("p", { class: "star-winner" }, "Winner: ", h("strong", {}, s.winner)),
    s.note ? h("p", { class: "muted" }, s.note) : null,
  );
}
