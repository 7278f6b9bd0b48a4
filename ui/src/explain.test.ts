// The Results explanation: what each method's tally shows.

import { describe, expect, it } from "vitest";
import { barWidth, explanation, figure } from "./views/explain";
import type { Tally } from "./bindings/Tally";
import type { Outcome } from "./bindings/Outcome";

function tally(method: string, outcome: Partial<Outcome>, candidates: Tally["candidates"]): Tally {
  return {
    term: "T", organisation: "", method, method_title: method, seats: 1, winners: [], excluded: [], tie_breaks: [], ballots: 10, eligible: 10,
    turnout: "100.00%", quorum_met: null, candidates, ballot_sha256: "", rules: [], warnings: [], counted_at: "",
    outcome: { rounds: [], pairwise: null, star: null, notes: [], ...outcome } as Outcome,
  };
}

function render(t: Tally): HTMLElement {
  const div = document.createElement("div");
  div.append(...explanation(t));
  return div;
}

const headings = (el: HTMLElement) => [...el.querySelectorAll("h2")].map((x) => x.textContent);

describe("the results explanation", () => {
  it("parses figures only to size bars", () => {
    expect(figure("1393.86735")).toBeCloseTo(1393.86735);
    expect(figure("")).toBe(null);
    expect(figure("12 votes")).toBe(null);
    expect(barWidth(50, 200)).toBe(25);
    expect(barWidth(0, 0)).toBe(0);
  });

  it("shows an IRV count round by round, with quota, exhausted and what happened", () => {
    const t = tally(
      "irv",
      {
        rounds: [
          { number: 1, quota: null, exhausted: "0", note: "First preferences", tallies: [{ name: "A", votes: "4", keep: null }, { name: "B", votes: "3", keep: null }, { name: "C", votes: "3", keep: null }], actions: [{ kind: "excluded", name: "C", reason: "fewest votes (tie settled by the draw)" }] },
          { number: 2, quota: null, exhausted: "1", note: "C's ballots transferred; A is elected: more than half", tallies: [{ name: "A", votes: "6", keep: null }, { name: "B", votes: "3", keep: null }], actions: [{ kind: "elected", name: "A", reason: "more than half" }] },
        ],
      },
      [
        { name: "A", votes: "6", rank: 1, status: "elected", employer: null },
        { name: "B", votes: "3", rank: 2, status: "not elected", employer: null },
        { name: "C", votes: "0", rank: 3, status: "excluded", employer: null },
      ],
    );
    const el = render(t);
    expect(headings(el)).toEqual(["How the count went", "Round by round"]);
    const table = el.querySelector("table.rounds")!;
    expect(table.getAttribute("data-rounds")).toBe("2");
    expect([...table.querySelectorAll("thead th")].map((x) => x.textContent)).toEqual(["Nominee", "Round 1", "Round 2"]);
    const rows = [...table.querySelectorAll("tbody tr")];
    expect(rows.map((r) => r.querySelector("th")!.textContent)).toEqual(["AElected", "B", "C"]);
    expect(rows[2].querySelectorAll("td")[0].className).toContain("cell-excluded");
    expect(rows[2].querySelectorAll("td")[1].textContent).toBe("–");
    expect(rows[0].querySelectorAll("td")[1].className).toContain("cell-elected");
    // No quota row for IRV; exhausted and notes under each round.
    const foot = [...table.querySelectorAll("tfoot tr")].map((r) => r.textContent);
    expect(foot[0]).toBe("Non-transferable01");
    expect(foot[1]).toContain("C excluded: fewest votes (tie settled by the draw)");
    // An action the note already tells is not repeated.
    expect(foot[1]).not.toContain("A elected");
    // Bars: each with its figure as text, widths relative to the largest.
    const bars = [...el.querySelectorAll(".bar-row")];
    expect(bars.map((b) => b.querySelector(".bar-value")!.textContent)).toEqual(["6", "3", "0"]);
    expect((bars[1].querySelector(".bar-fill") as HTMLElement).style.width).toBe("50.00%");
  });

  it("shows the pairwise matrix with wins, Schulze's strongest paths and ranked pairs' locked pairs", () => {
    const m = [[0, 6, 7], [4, 0, 5], [3, 5, 0]];
    const el = render(tally("schulze", { pairwise: { candidates: ["A", "B", "C"], matrix: m, strongest_paths: m, locked: [{ winner: "A", loser: "C", margin: 4, locked: true }, { winner: "C", loser: "A", margin: 1, locked: false }] } }, []));
    expect(headings(el)).toEqual(["Head-to-head results"]);
    const first = el.querySelector("table[aria-label='Head-to-head results']")!;
    const wins = [...first.querySelectorAll("td.cell-win")].map((x) => x.getAttribute("title"));
    expect(wins).toEqual(["A over B: 6 (wins)", "A over C: 7 (wins)"]);
    // B–C is 5–5: no one wins it.
    expect(el.querySelector("table[aria-label='Strongest paths']")).not.toBe(null);
    expect([...el.querySelectorAll("ol.locked-pairs li")].map((l) => l.textContent)).toEqual([
      "A over C by 4 votes: Locked in",
      "C over A by 1 vote: Skipped: it would make a cycle",
    ]);
  });

  it("shows each STAR runoff with the finalists' counts and the winner", () => {
    const el = render(
      tally("star", { star: [{ seat: 1, totals: [{ name: "A", votes: "20", keep: null }, { name: "B", votes: "18", keep: null }, { name: "C", votes: "5", keep: null }], finalists: ["A", "B"], prefer_first: 3, prefer_second: 5, equal: 2, winner: "B", note: "B is preferred by more voters." }] }, []),
    );
    expect(headings(el)).toEqual(["Runoff for seat 1"]);
    const rows = [...el.querySelectorAll("table.runoff tbody tr")].map((r) => r.textContent);
    expect(rows).toEqual(["prefer A330.0%", "prefer B550.0%", "score them equally220.0%"]);
    expect(el.querySelector("tr.runoff-winner")!.textContent).toContain("prefer B");
    expect(el.querySelector(".star-winner")!.textContent).toBe("Winner: B");
  });

  it("shows nothing for a tally without an explanation", () => {
    expect(render(tally("approval", {}, [])).children.length).toBe(0);
  });
});
