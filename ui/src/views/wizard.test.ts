// The import wizards' column mapping: what each field's select shows (the
// backend's guess from the headers, or the person's choice), what is sent
// back, and the nominations wizard's fields against the core's.

import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { ColumnChoices, Latest, mappingFieldset, notInFile, sharedColumns } from "./wizard";
import { dateOrderOptions, NOMINATION_FIELDS, NominationChoices, sentOn } from "./nominationImport";
import { ROLL_FIELDS, RollChoices } from "./roll";

const here = dirname(fileURLToPath(import.meta.url));

/** The backend's guess for a form with the headers people use. */
const HEADERS = ["Submitted at", "Your name", "Your email", "Affiliation", "Company", "Nominated by", "Statement"];
const GUESSED: [string, string][] = [
  ["timestamp", "Submitted at"],
  ["name", "Your name"],
  ["email", "Your email"],
  ["employer", "Affiliation"],
  ["nominator", "Nominated by"],
  ["statement", "Statement"],
];

describe("the column mapping", () => {
  it("shows the backend's guess until a column is chosen by hand, and sends only the choices", () => {
    const c = new ColumnChoices();
    expect(c.shown("name", GUESSED)).toBe("Your name");
    expect(c.shown("handle", GUESSED)).toBe("");
    expect(c.mapOption()).toEqual([]);
    c.set("employer", "Company");
    // "not in the file", chosen by hand, wins over a guess.
    c.set("nominator", "");
    expect(c.shown("employer", GUESSED)).toBe("Company");
    expect(c.shown("nominator", GUESSED)).toBe("");
    expect(c.shown("name", GUESSED)).toBe("Your name");
    expect(c.mapOption()).toEqual(["employer=Company", "nominator="]);
    c.clear();
    expect(c.shown("employer", GUESSED)).toBe("Affiliation");
    expect(c.mapOption()).toEqual([]);
  });

  it("draws one select per field, the guess selected, every header offered", () => {
    const c = new ColumnChoices();
    const changed = vi.fn();
    const el = mappingFieldset("t-map", NOMINATION_FIELDS, HEADERS, (k) => c.shown(k, GUESSED), changed);
    document.body.replaceChildren(el);
    const value = (key: string) => document.querySelector<HTMLSelectElement>(`#t-map-${key}`)!.value;
    expect(NOMINATION_FIELDS.map((f) => [f.key, value(f.key)])).toEqual([
      ["name", "Your name"],
      ["email", "Your email"],
      ["employer", "Affiliation"],
      ["nominator", "Nominated by"],
      ["statement", "Statement"],
      ["timestamp", "Submitted at"],
      ["handle", ""],
      ["seconders", ""],
    ]);
    const employer = document.querySelector<HTMLSelectElement>("#t-map-employer")!;
    expect([...employer.options].map((o) => o.textContent)).toEqual([notInFile(), ...HEADERS]);
    // Each select is labelled with its field.
    expect(document.querySelector("label[for=t-map-employer]")?.textContent).toBe("Employer or affiliation");
    employer.value = "Company";
    employer.dispatchEvent(new Event("change"));
    expect(changed).toHaveBeenCalledWith("employer", "Company");
  });

  it("points out a column given to two fields", () => {
    const c = new ColumnChoices();
    c.set("statement", "Affiliation");
    const shared = sharedColumns(NOMINATION_FIELDS, (k) => c.shown(k, GUESSED));
    expect([...shared]).toEqual([["Affiliation", ["Employer or affiliation", "Statement"]]]);
    expect(sharedColumns(NOMINATION_FIELDS, (k) => new ColumnChoices().shown(k, GUESSED)).size).toBe(0);
  });

  it("keeps each wizard's other options with the columns", () => {
    const n = new NominationChoices();
    n.set("name", "Your name");
    n.lateReason = "  ";
    expect(n.options()).toEqual({ map: ["name=Your name"], late_reason: null, date_order: null, encoding: null, delimiter: null });
    n.dateOrder = "mdy";
    n.encoding = "windows-1250";
    n.delimiter = "semicolon";
    expect(n.options()).toMatchObject({ date_order: "mdy", encoding: "windows-1250", delimiter: "semicolon" });
    // A new file forgets every choice.
    n.clear();
    expect(n.options()).toEqual({ map: [], late_reason: null, date_order: null, encoding: null, delimiter: null });
    n.lateReason = " the form was down ";
    expect(n.options().late_reason).toBe("the form was down");
    const r = new RollChoices();
    r.encoding = "windows-1252";
    r.set("email", "Mail");
    expect(r.options()).toEqual({ encoding: "windows-1252", delimiter: null, map: ["email=Mail"] });
    expect(ROLL_FIELDS.map((f) => f.key)).toContain("email");
  });

  it("shows only the latest check's answer", () => {
    const l = new Latest();
    const first = l.start();
    const second = l.start();
    expect(l.is(first)).toBe(false);
    expect(l.is(second)).toBe(true);
  });
});

describe("the nominations wizard's fields", () => {
  it("are exactly the fields the core maps (nomination_import.rs's SYNONYMS)", () => {
    const rust = readFileSync(resolve(here, "../../../crates/scrutineer-core/src/nomination_import.rs"), "utf8");
    const table = rust.slice(rust.indexOf("pub const SYNONYMS"), rust.indexOf("];", rust.indexOf("pub const SYNONYMS")));
    const core = [...table.matchAll(/\(\s*"([a-z_]+)",\s*&\[/g)].map((m) => m[1]);
    expect(core.length).toBe(8);
    expect(NOMINATION_FIELDS.map((f) => f.key).sort()).toEqual([...core].sort());
  });
});

describe("the nominations form's dates", () => {
  it("shows a stored time in UTC, a date alone as a date, anything else as it is", () => {
    expect(sentOn("2026-03-02T09:11:12Z")).toBe("2026-03-02 09:11 UTC");
    expect(sentOn("2026-03-02")).toBe("2026-03-02");
    expect(sentOn("3/2/2026")).toBe("3/2/2026");
  });

  it("offers the file's order, or asks for one when every date reads both ways", () => {
    const found = dateOrderOptions({ order: "dmy", why: "line 3 has a day over 12", ambiguous: false, example: null, local_time: null });
    expect(found.map((o) => [o.value, o.label])).toEqual([
      ["", "As the file shows (day/month/year)"],
      ["dmy", "Day/month/year (most of Europe)"],
      ["mdy", "Month/day/year (the United States)"],
    ]);
    const asked = dateOrderOptions({ order: null, why: "", ambiguous: true, example: { line: 2, value: "3/2/26", dmy: "3 February 2026", mdy: "2 March 2026" }, local_time: null });
    expect(asked.map((o) => o.label)).toEqual(["— choose the order —", "Day/month/year: “3/2/26” is 3 February 2026", "Month/day/year: “3/2/26” is 2 March 2026"]);
  });
});
