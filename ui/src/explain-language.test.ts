// The explanation's rounds and STAR seats in the window's language (issue
// 11): real outcomes of the counting engine (`scrutineer count --json` on a
// small BLT file and a STAR grid: Scottish STV with a surplus, IRV, Meek STV,
// Bloc STAR) are drawn in English, German and Japanese. In English the
// stored words are shown as they are; in German and Japanese no round's note,
// action's reason or seat's note is left in English, names are intact and
// decimal figures keep their exact digits.

import { afterEach, describe, expect, it } from "vitest";
import { setLanguage, type Lang } from "./i18n";
import { explanation, sayNote } from "./views/explain";
import type { Tally } from "./bindings/Tally";
import type { Note } from "./bindings/Note";

type Fixture = { method: string; seats: number; candidates: Tally["candidates"]; winners: string[]; outcome: Tally["outcome"] };

// Generated from the engine's --json output; do not edit by hand.
const COUNTS: Record<string, Fixture> = {"scottish": {"method": "stv-scottish", "seats": 2, "candidates": [{"name": "Łukasz Nowak", "votes": "5.00000", "rank": 1, "status": "elected"}, {"name": "稲田直哉", "votes": "3.83330", "rank": 3, "status": "not_elected"}, {"name": "Ζωή Παπαδοπούλου", "votes": "5.00000", "rank": 2, "status": "elected"}, {"name": "Dee Park", "votes": "0.00000", "rank": 4, "status": "not_elected"}], "winners": ["Łukasz Nowak", "Ζωή Παπαδοπούλου"], "outcome": {"method": "stv-scottish", "seats": 2, "winners": ["Łukasz Nowak", "Ζωή Παπαδοπούλου"], "ranking": ["Łukasz Nowak", "Ζωή Παπαδοπούλου", "稲田直哉", "Dee Park"], "candidates": [{"name": "Łukasz Nowak", "votes": "5.00000", "rank": 1, "status": "elected"}, {"name": "稲田直哉", "votes": "3.83330", "rank": 3, "status": "not_elected"}, {"name": "Ζωή Παπαδοπούλου", "votes": "5.00000", "rank": 2, "status": "elected"}, {"name": "Dee Park", "votes": "0.00000", "rank": 4, "status": "not_elected"}], "rounds": [{"number": 1, "quota": "5.00000", "tallies": [{"name": "Łukasz Nowak", "votes": "6.00000"}, {"name": "稲田直哉", "votes": "3.00000"}, {"name": "Ζωή Παπαδοπούλου", "votes": "3.00000"}, {"name": "Dee Park", "votes": "2.00000"}], "exhausted": "0.00000", "actions": [{"kind": "elected", "name": "Łukasz Nowak", "reason": "reached the quota with 6.00000 (rule 47)", "reason_event": {"note": "scottish-quota-reached", "votes": "6.00000"}}], "note": "First preferences (rule 45); 14 valid ballot papers, quota 5.00000 (rule 46)", "note_events": [{"note": "scottish-first", "valid": 14, "quota": "5.00000"}]}, {"number": 2, "quota": "5.00000", "tallies": [{"name": "Łukasz Nowak", "votes": "5.00000"}, {"name": "稲田直哉", "votes": "3.83330"}, {"name": "Ζωή Παπαδοπούλου", "votes": "3.00000"}, {"name": "Dee Park", "votes": "2.00000"}], "exhausted": "0.16666", "actions": [{"kind": "surplus", "name": "Łukasz Nowak", "reason": "surplus of 1.00000 transferred (rule 48)", "reason_event": {"note": "scottish-surplus", "surplus": "1.00000"}}], "note": "Transfer of the surplus of Łukasz Nowak (1.00000)", "note_events": [{"note": "scottish-surplus-stage", "name": "Łukasz Nowak", "surplus": "1.00000"}]}, {"number": 3, "quota": "5.00000", "tallies": [{"name": "Łukasz Nowak", "votes": "5.00000"}, {"name": "稲田直哉", "votes": "3.83330"}, {"name": "Ζωή Παπαδοπούλου", "votes": "5.00000"}, {"name": "Dee Park", "votes": "0.00000"}], "exhausted": "0.16666", "actions": [{"kind": "excluded", "name": "Dee Park", "reason": "lowest number of votes (2.00000) (rule 50(1))", "reason_event": {"note": "scottish-lowest", "min": "2.00000"}}, {"kind": "elected", "name": "Ζωή Παπαδοπούλου", "reason": "reached the quota with 5.00000 (rule 47)", "reason_event": {"note": "scottish-quota-reached", "votes": "5.00000"}}], "note": "Exclusion of Dee Park and transfer of his or her papers (rule 50)", "note_events": [{"note": "scottish-exclusion-stage", "name": "Dee Park"}]}], "pairwise": null, "star": null, "tie_breaks": [], "excluded": [], "ballots": 14, "precision": 5, "notes": ["Scottish STV under The Scottish Local Government Elections Order 2007 (SSI 2007/42), Schedule 1, rules 45–52: quota ⌊14 ÷ 3⌋ + 1 = 5.00000 (rule 46); surpluses transferred by the weighted inclusive Gregory method, each paper at surplus × its value ÷ the candidate's votes, to 5 decimal places with the remainder ignored (rule 48); the lowest candidate excluded when no surplus remains (rule 50); ties by the most recent stage at which the candidates differed, then by lot with the seeded draw (rules 49, 51).", "Non-transferable papers at the end: 0.16666 votes. Elected in 2 steps."], "note_events": [{"note": "stv-scottish", "valid": "14", "divisor": 3, "quota": "5.00000", "rule": {"note": "rule-draw"}}, {"note": "stv-nontransferable", "votes": "0.16666", "steps": 2}]}}, "irv": {"method": "irv", "seats": 1, "candidates": [{"name": "Łukasz Nowak", "votes": "9", "rank": 1, "status": "elected"}, {"name": "稲田直哉", "votes": "0", "rank": 3, "status": "not_elected"}, {"name": "Ζωή Παπαδοπούλου", "votes": "5", "rank": 2, "status": "not_elected"}, {"name": "Dee Park", "votes": "0", "rank": 4, "status": "not_elected"}], "winners": ["Łukasz Nowak"], "outcome": {"method": "irv", "seats": 1, "winners": ["Łukasz Nowak"], "ranking": ["Łukasz Nowak", "Ζωή Παπαδοπούλου", "稲田直哉", "Dee Park"], "candidates": [{"name": "Łukasz Nowak", "votes": "9", "rank": 1, "status": "elected"}, {"name": "稲田直哉", "votes": "0", "rank": 3, "status": "not_elected"}, {"name": "Ζωή Παπαδοπούλου", "votes": "5", "rank": 2, "status": "not_elected"}, {"name": "Dee Park", "votes": "0", "rank": 4, "status": "not_elected"}], "rounds": [{"number": 1, "quota": null, "tallies": [{"name": "Łukasz Nowak", "votes": "6"}, {"name": "稲田直哉", "votes": "3"}, {"name": "Ζωή Παπαδοπούλου", "votes": "3"}, {"name": "Dee Park", "votes": "2"}], "exhausted": "0", "actions": [{"kind": "excluded", "name": "Dee Park", "reason": "fewest votes (2)", "reason_event": {"note": "irv-fewest", "min": 2}}], "note": "Round 1: first preferences. 14 votes held by continuing candidates. No candidate has more than half (8 needed); Dee Park is excluded: fewest votes (2).", "note_events": [{"note": "irv-first", "held": 14, "shared": 0}, {"note": "irv-excluded", "needed": 8, "name": "Dee Park", "reason": {"note": "irv-fewest", "min": 2}}]}, {"number": 2, "quota": null, "tallies": [{"name": "Łukasz Nowak", "votes": "6"}, {"name": "稲田直哉", "votes": "3"}, {"name": "Ζωή Παπαδοπούλου", "votes": "5"}, {"name": "Dee Park", "votes": "0"}], "exhausted": "0", "actions": [{"kind": "excluded", "name": "稲田直哉", "reason": "fewest votes (3)", "reason_event": {"note": "irv-fewest", "min": 3}}], "note": "Round 2: the ballots of Dee Park pass to their next continuing preference. 14 votes held by continuing candidates. No candidate has more than half (8 needed); 稲田直哉 is excluded: fewest votes (3).", "note_events": [{"note": "irv-next", "round": 2, "last": "Dee Park", "held": 14, "shared": 0}, {"note": "irv-excluded", "needed": 8, "name": "稲田直哉", "reason": {"note": "irv-fewest", "min": 3}}]}, {"number": 3, "quota": null, "tallies": [{"name": "Łukasz Nowak", "votes": "9"}, {"name": "稲田直哉", "votes": "0"}, {"name": "Ζωή Παπαδοπούλου", "votes": "5"}, {"name": "Dee Park", "votes": "0"}], "exhausted": "0", "actions": [{"kind": "elected", "name": "Łukasz Nowak", "reason": "9 votes, more than half of the 14 held by continuing candidates", "reason_event": {"note": "irv-majority", "votes": 9, "held": 14}}], "note": "Round 3: the ballots of 稲田直哉 pass to their next continuing preference. 14 votes held by continuing candidates. Łukasz Nowak is elected with 9 votes, more than half of the 14 held by continuing candidates.", "note_events": [{"note": "irv-next", "round": 3, "last": "稲田直哉", "held": 14, "shared": 0}, {"note": "irv-elected-with", "name": "Łukasz Nowak", "reason": {"note": "irv-majority", "votes": 9, "held": 14}}]}], "pairwise": null, "star": null, "tie_breaks": [], "excluded": [], "ballots": 14, "precision": 0, "notes": ["Instant-runoff voting: each round every ballot counts for its highest-ranked continuing candidate; a candidate with more than half of the votes held by continuing candidates is elected; otherwise the candidate with the fewest votes is excluded and its ballots pass on. Ties for fewest are broken by the most recent earlier round in which the tied candidates' votes differed, then by the seeded draw.", "A ballot whose highest continuing preference is shared by several candidates (an equal ranking) is exhausted at that point, for the rest of the count."], "note_events": [{"note": "irv", "rule": {"note": "rule-draw"}}, {"note": "irv-equal"}]}}, "meek": {"method": "stv-meek", "seats": 2, "candidates": [{"name": "Łukasz Nowak", "votes": "4.588236048", "rank": 1, "status": "elected"}, {"name": "稲田直哉", "votes": "4.176469960", "rank": 3, "status": "not_elected"}, {"name": "Ζωή Παπαδοπούλου", "votes": "5.000000000", "rank": 2, "status": "elected"}, {"name": "Dee Park", "votes": "0.000000000", "rank": 4, "status": "not_elected"}], "winners": ["Łukasz Nowak", "Ζωή Παπαδοπούλου"], "outcome": {"method": "stv-meek", "seats": 2, "winners": ["Łukasz Nowak", "Ζωή Παπαδοπούλου"], "ranking": ["Łukasz Nowak", "Ζωή Παπαδοπούλου", "稲田直哉", "Dee Park"], "candidates": [{"name": "Łukasz Nowak", "votes": "4.588236048", "rank": 1, "status": "elected"}, {"name": "稲田直哉", "votes": "4.176469960", "rank": 3, "status": "not_elected"}, {"name": "Ζωή Παπαδοπούλου", "votes": "5.000000000", "rank": 2, "status": "elected"}, {"name": "Dee Park", "votes": "0.000000000", "rank": 4, "status": "not_elected"}], "rounds": [{"number": 1, "quota": "4.666666667", "tallies": [{"name": "Łukasz Nowak", "votes": "6.000000000", "keep": "1.000000000"}, {"name": "稲田直哉", "votes": "3.000000000", "keep": "1.000000000"}, {"name": "Ζωή Παπαδοπούλου", "votes": "3.000000000", "keep": "1.000000000"}, {"name": "Dee Park", "votes": "2.000000000", "keep": "1.000000000"}], "exhausted": "0.000000000", "actions": [{"kind": "elected", "name": "Łukasz Nowak", "reason": "reached the quota 4.666666667 with 6.000000000", "reason_event": {"note": "meek-quota-reached", "quota": "4.666666667", "votes": "6.000000000"}}], "note": "Election of Łukasz Nowak", "note_events": [{"note": "meek-election", "names": ["Łukasz Nowak"]}]}, {"number": 2, "quota": "4.588235337", "tallies": [{"name": "Łukasz Nowak", "votes": "4.588236048", "keep": "0.764706008"}, {"name": "稲田直哉", "votes": "4.176469960", "keep": "1.000000000"}, {"name": "Ζωή Παπαδοπούλου", "votes": "3.000000000", "keep": "1.000000000"}, {"name": "Dee Park", "votes": "2.000000000", "keep": "1.000000000"}], "exhausted": "0.235293992", "actions": [{"kind": "excluded", "name": "Dee Park", "reason": "fewest votes (2.000000000) once the surpluses were below omega 0.000001000 (total surplus 0.000000711)", "reason_event": {"note": "meek-fewest", "votes": "2.000000000", "omega": "0.000001000", "surplus": "0.000000711"}}], "note": "Exclusion of Dee Park", "note_events": [{"note": "meek-exclusion", "name": "Dee Park"}]}, {"number": 3, "quota": "4.588235337", "tallies": [{"name": "Łukasz Nowak", "votes": "4.588236048", "keep": "0.764706008"}, {"name": "稲田直哉", "votes": "4.176469960", "keep": "1.000000000"}, {"name": "Ζωή Παπαδοπούλου", "votes": "5.000000000", "keep": "1.000000000"}, {"name": "Dee Park", "votes": "0.000000000", "keep": "0.000000000"}], "exhausted": "0.235293992", "actions": [{"kind": "elected", "name": "Ζωή Παπαδοπούλου", "reason": "reached the quota 4.588235337 with 5.000000000", "reason_event": {"note": "meek-quota-reached", "quota": "4.588235337", "votes": "5.000000000"}}], "note": "Election of Ζωή Παπαδοπούλου", "note_events": [{"note": "meek-election", "names": ["Ζωή Παπαδοπούλου"]}]}], "pairwise": null, "star": null, "tie_breaks": [], "excluded": [], "ballots": 14, "precision": 9, "notes": ["Meek STV (Hill, Wichmann & Woodall, Algorithm 123, with the New Zealand Schedule 1A rounding) in fixed-point arithmetic to 9 decimal places: keep values kept rounded up; quota = (votes − excess) ÷ 3 truncated, plus 10^-9; iteration until the total surplus is below omega = 0.000001000; the lowest candidate excluded, candidates within the surplus of the lowest treated as tied, ties by earlier rounds then the seeded draw; 8 iterations in all."], "note_events": [{"note": "meek", "places": 9, "divisor": 3, "omega": "0.000001000", "rule": {"note": "rule-draw"}, "iterations": 8}]}}, "star": {"method": "star", "seats": 2, "candidates": [{"name": "Ann", "votes": "17", "rank": 1, "status": "elected"}, {"name": "Bob", "votes": "16", "rank": 2, "status": "elected"}, {"name": "Cy", "votes": "13", "rank": 3, "status": "not_elected"}], "winners": ["Ann", "Bob"], "outcome": {"method": "star", "seats": 2, "winners": ["Ann", "Bob"], "ranking": ["Ann", "Bob", "Cy"], "candidates": [{"name": "Ann", "votes": "17", "rank": 1, "status": "elected"}, {"name": "Bob", "votes": "16", "rank": 2, "status": "elected"}, {"name": "Cy", "votes": "13", "rank": 3, "status": "not_elected"}], "rounds": [], "pairwise": {"candidates": ["Ann", "Bob", "Cy"], "matrix": [[0, 2, 3], [2, 0, 2], [1, 1, 0]]}, "star": [{"seat": 1, "totals": [{"name": "Ann", "votes": "17"}, {"name": "Bob", "votes": "16"}, {"name": "Cy", "votes": "13"}], "finalists": ["Ann", "Bob"], "prefer_first": 2, "prefer_second": 2, "equal": 1, "winner": "Ann", "note": "Scoring Round: Ann and Bob advance to runoff with 17 and 16 stars. Automatic Runoff: Ann and Bob are tied, 2 to 2, with 1 voter showing equal support for both finalists. Runoff tie-break (higher star total): Ann wins with 17 stars to 16.", "note_events": [{"note": "star-advance", "first": "Ann", "second": "Bob", "stars_first": "17", "stars_second": "16"}, {"note": "star-runoff-tied", "first": "Ann", "second": "Bob", "won": 2, "lost": 2, "equal": 1}, {"note": "star-runoff-total", "winner": "Ann", "stars_won": "17", "stars_lost": "16"}]}, {"seat": 2, "totals": [{"name": "Bob", "votes": "16"}, {"name": "Cy", "votes": "13"}], "finalists": ["Bob", "Cy"], "prefer_first": 2, "prefer_second": 1, "equal": 2, "winner": "Bob", "note": "Scoring Round: Bob and Cy advance to runoff with 16 and 13 stars. Automatic Runoff: Bob is preferred over Cy, 2 to 1, with 2 voters showing equal support for both finalists.", "note_events": [{"note": "star-advance", "first": "Bob", "second": "Cy", "stars_first": "16", "stars_second": "13"}, {"note": "star-runoff", "winner": "Bob", "loser": "Cy", "won": 2, "lost": 1, "equal": 2}]}], "tie_breaks": [], "excluded": [], "ballots": 5, "precision": 0, "notes": ["Bloc STAR (PEP 13): each voter gives each candidate 0 to 5 stars. For each of the 2 seats, the two remaining candidates with the highest star totals go to an automatic runoff, won by the finalist scored higher on more ballots; the winner is elected and the count repeats for the next seat without them.", "Ties (Equal Vote Coalition Official Tiebreaker Protocol, starvoting.org/ties): in the scoring round, between tied candidates the one preferred head to head by more voters advances (with three or more tied, those who lost the most head-to-head match-ups among them are eliminated, repeatedly), then the one with the most five-star ratings, then the seeded draw; in the runoff, the higher star total wins, then the most five-star ratings, then the seeded draw."], "note_events": [{"note": "star", "seats": 2}, {"note": "star-ties", "rule": {"note": "rule-draw"}}]}}} as unknown as Record<string, Fixture>;

function tally(f: Fixture): Tally {
  return {
    term: "Vorstand 2026", organisation: "Verein", method: f.method, method_title: f.method, seats: f.seats, winners: f.winners, excluded: [], tie_breaks: [],
    ballots: 14, eligible: 20, turnout: "70.00%", quorum_met: null, candidates: f.candidates, ballot_sha256: "", rules: [], warnings: [], counted_at: "",
    outcome: f.outcome,
  } as unknown as Tally;
}

function drawn(f: Fixture, lang: Lang): string {
  setLanguage(lang);
  const div = document.createElement("div");
  div.append(...explanation(tally(f)));
  const titles = [...div.querySelectorAll("[title]")].map((e) => e.getAttribute("title") ?? "");
  return [div.textContent ?? "", ...titles].join("\n");
}

/** The English sentences the engine stored: rounds' notes, actions' reasons, seats' notes. */
function english(f: Fixture): string[] {
  const o = f.outcome;
  const out: string[] = [];
  for (const r of o.rounds) {
    if (r.note) out.push(r.note);
    for (const a of r.actions) if (a.reason) out.push(a.reason);
  }
  for (const s of o.star ?? []) if (s.note) out.push(s.note);
  return out;
}

afterEach(() => setLanguage("en"));

describe("the count's rounds in the window's language", () => {
  for (const [name, f] of Object.entries(COUNTS)) {
    it(`${name}: English shows the stored words; German and Japanese leave no English sentence`, () => {
      const sentences = english(f);
      expect(sentences.length).toBeGreaterThan(1);
      const en = drawn(f, "en");
      for (const s of sentences) expect(en).toContain(s);
      for (const lang of ["de", "ja"] as Lang[]) {
        const text = drawn(f, lang);
        for (const s of sentences) expect(text, `${lang}: ${s}`).not.toContain(s);
        for (const s of ["Round ", "Transfer of", "Exclusion of", "Election of", "reached the quota", "fewest votes", "Automatic Runoff", "Scoring Round", "rule 4", "rule 5"]) {
          expect(text, `${lang}: ${s}`).not.toContain(s);
        }
        for (const w of f.winners) expect(text).toContain(w);
        expect(text).not.toMatch(/\{\s*\$/);
      }
    });
  }

  it("says every event in English as the engine stored it", () => {
    setLanguage("en");
    for (const f of Object.values(COUNTS)) {
      for (const r of f.outcome.rounds) {
        expect((r.note_events ?? []).map(sayNote).join(" ")).toBe(r.note);
        for (const a of r.actions) if (a.reason_event) expect(sayNote(a.reason_event)).toBe(a.reason);
      }
      for (const s of f.outcome.star ?? []) expect((s.note_events ?? []).map(sayNote).join(" ")).toBe(s.note);
    }
  });

  it("keeps a figure's exact digits in the language's decimal sign", () => {
    const surplus: Note = { note: "scottish-surplus-stage", name: "Łukasz Nowak", surplus: "1393.86735" };
    const meek: Note = { note: "meek-quota-reached", quota: "4.666666667", votes: "6.000000000" };
    setLanguage("de");
    expect(sayNote(surplus)).toContain("1393,86735");
    expect(sayNote(surplus)).toContain("Łukasz Nowak");
    expect(sayNote(meek)).toContain("4,666666667");
    expect(sayNote(meek)).toContain("6,000000000");
    setLanguage("ja");
    expect(sayNote(meek)).toContain("4.666666667");
    expect(sayNote(meek)).toContain("6.000000000");
  });

  it("joins names the language's way and chooses plurals by their count", () => {
    const fives: Note = { note: "star-fives", names: ["Ann", "Bob"], fives: 1 };
    setLanguage("en");
    expect(sayNote(fives)).toBe("Five-star tie-break: Ann and Bob advance with 1 five-star rating.");
    setLanguage("de");
    expect(sayNote(fives)).toBe("Entscheid nach Fünf-Sterne-Bewertungen: Ann und Bob kommen mit 1 Fünf-Sterne-Bewertung weiter.");
  });
});
