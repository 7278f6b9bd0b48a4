import { describe, expect, it } from "vitest";
import { errorTitle, methodLabel, nextStep, pageRange, plural, readNewTerm, sentence, toAppError, type NewTermFields } from "./format";
import type { TermSummary } from "./bindings/TermSummary";

const fields = (over: Partial<NewTermFields> = {}): NewTermFields => ({
  name: " Steering Council 2025 ",
  organisation: " Python ",
  seats: "5",
  method: "approval",
  maxPerEmployer: "2",
  seed: " pep-13 ",
  quorum: "",
  ...over,
});

describe("readNewTerm", () => {
  it("builds the command's NewTerm, trimmed, with empty optionals as null", () => {
    const r = readNewTerm(fields());
    expect(r).toEqual({
      ok: true,
      value: { name: "Steering Council 2025", organisation: "Python", seats: 5, method: "approval", max_per_employer: 2, seed: "pep-13", quorum_percent: null,
        rules: { tie_rule: "draw", cap_fraction: null, none_of_the_above: null, debian: null, sitting: [] } },
    });
    const r2 = readNewTerm(fields({ maxPerEmployer: " ", quorum: "50" }));
    expect(r2.ok && r2.value.max_per_employer).toBe(null);
    expect(r2.ok && r2.value.quorum_percent).toBe(50);
  });

  it("names every field to fix", () => {
    const r = readNewTerm(fields({ name: "  ", seats: "0", method: "borda", maxPerEmployer: "1.5", quorum: "101" }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(["maxPerEmployer", "method", "name", "quorum", "seats"]);
    expect(r.errors.seats).toMatch(/whole number/);
  });

  it("carries the nomination rules only when some are given, and checks them", () => {
    const none = readNewTerm(fields());
    expect(none.ok && none.value.nominations).toBe(undefined);
    const r = readNewTerm(fields({ nominationsOpen: "2026-01-05", nominationsClose: "2026-01-19", seconders: "2", statementWords: " 500 " }));
    expect(r.ok && r.value.nominations).toEqual({ opens: "2026-01-05", closes: "2026-01-19", seconders: 2, statement_words: 500 });
    const bad = readNewTerm(fields({ nominationsOpen: "2026-01-19", nominationsClose: "2026-01-05", seconders: "-1", statementWords: "0" }));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.nominationsClose).toBe("The nominations close before they open.");
    expect(Object.keys(bad.errors).sort()).toEqual(["nominationsClose", "seconders", "statementWords"]);
  });

  it("carries the declared tie-break procedure and refuses an unknown one", () => {
    const r = readNewTerm(fields({ tieRule: "officer" }));
    expect(r.ok && r.value.rules.tie_rule).toBe("officer");
    const bad = readNewTerm(fields({ tieRule: "coin" }));
    expect(!bad.ok && bad.errors.tieRule).toMatch(/ties/);
  });

  it("refuses seats that are not whole numbers", () => {
    for (const seats of ["", "-1", "2.5", "abc", "1e3", "99999999999999999999"]) {
      expect(readNewTerm(fields({ seats })).ok, seats).toBe(false);
    }
    expect(readNewTerm(fields({ seats: " 12 " })).ok).toBe(true);
  });
});

const summary = (over: Partial<TermSummary>): TermSummary => ({
  id: 1, name: "T", organisation: "", seats: 1, method: "approval", max_per_employer: null, seed: "", quorum_percent: null,
  stage: "draft", created_at: "2025-01-01", voters: 0, nominees: 0, ballots: 0, language: "en", ...over,
});

describe("nextStep", () => {
  it("walks a term through nominees, roll, ballots, count", () => {
    expect(nextStep(summary({})).tab).toBe("nominees");
    expect(nextStep(summary({ stage: "nominations", nominees: 3 })).tab).toBe("voters");
    expect(nextStep(summary({ stage: "nominations", nominees: 3, voters: 10 })).tab).toBe("ballots");
    expect(nextStep(summary({ stage: "voting", nominees: 3, voters: 10, ballots: 7 })).action).toBe("Count the votes");
    expect(nextStep(summary({ stage: "counted", nominees: 3, voters: 10, ballots: 7 })).text).toMatch(/certify/);
    expect(nextStep(summary({ stage: "certified", nominees: 3, voters: 10, ballots: 7 })).text).toMatch(/final/);
  });
});

describe("errors in plain words", () => {
  it("keeps the core's {code, message} and wraps anything else", () => {
    expect(toAppError({ code: "bad_file", message: "roll.csv: line 3: ..." })).toEqual({ code: "bad_file", message: "roll.csv: line 3: ..." });
    expect(toAppError("invalid args `term` for command `tally`")).toEqual({ code: "unexpected", message: "invalid args `term` for command `tally`" });
    expect(toAppError(new Error("boom"))).toEqual({ code: "unexpected", message: "boom" });
  });
  it("has a headline for every error code of the core", () => {
    for (const code of ["not_found", "already_exists", "invalid_input", "bad_file", "wrong_stage", "count", "database", "io", "cancelled", "busy"]) {
      expect(errorTitle(code)).not.toBe("Something went wrong");
    }
    expect(errorTitle("mystery")).toBe("Something went wrong");
  });
  it("turns a message into a sentence", () => {
    expect(sentence("the term name must not be empty")).toBe("The term name must not be empty.");
    expect(sentence("Done!")).toBe("Done!");
  });
});

describe("small words", () => {
  it("pluralises and pages", () => {
    expect(plural(1, "voter")).toBe("1 voter");
    expect(plural(1200, "voter")).toBe("1,200 voters");
    expect(plural(2, "batch", "batches")).toBe("2 batches");
    expect(pageRange(50, 50, 120)).toBe("Showing 51–100 of 120");
    expect(pageRange(0, 0, 0)).toBe("Nothing to show");
    expect(methodLabel("stv-meek")).toMatch(/Meek/);
    expect(methodLabel("unknown")).toBe("unknown");
  });
});
