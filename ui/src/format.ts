// Plain-words helpers shared by the views; no DOM here, so they are easy to
// test.

import type { Stage } from "./bindings/Stage";
import type { TermSummary } from "./bindings/TermSummary";

export const METHODS: { value: string; label: string; ballots: string }[] = [
  { value: "approval", label: "Approval voting", ballots: "Voters mark every nominee they approve of." },
  { value: "plurality", label: "Plurality (one vote each)", ballots: "Voters mark one nominee." },
  { value: "star", label: "STAR voting", ballots: "Voters give each nominee a score from 0 to 5." },
  { value: "schulze", label: "Schulze (Condorcet)", ballots: "Voters rank the nominees in order." },
  { value: "ranked-pairs", label: "Ranked pairs (Condorcet)", ballots: "Voters rank the nominees in order." },
  { value: "irv", label: "Instant-runoff (IRV)", ballots: "Voters rank the nominees in order." },
  { value: "stv-scottish", label: "Single transferable vote, Scottish rules", ballots: "Voters rank the nominees in order." },
  { value: "stv-meek", label: "Single transferable vote, Meek method", ballots: "Voters rank the nominees in order." },
];

export function methodLabel(method: string): string {
  return METHODS.find((m) => m.value === method)?.label ?? method;
}

export const STAGES: { value: Stage; label: string }[] = [
  { value: "draft", label: "Draft" },
  { value: "nominations", label: "Nominations" },
  { value: "voting", label: "Voting" },
  { value: "counted", label: "Counted" },
  { value: "certified", label: "Certified" },
];

export function stageLabel(stage: Stage): string {
  return STAGES.find((s) => s.value === stage)?.label ?? stage;
}

export function plural(n: number, one: string, many: string = one + "s"): string {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

/** An error as the app receives it: `{code, message}` from the commands, or
 * anything else thrown along the way. */
export interface AppError {
  code: string;
  message: string;
}

export function toAppError(e: unknown): AppError {
  if (e && typeof e === "object" && "message" in e) {
    const o = e as { code?: unknown; message: unknown };
    return {
      code: typeof o.code === "string" ? o.code : "unexpected",
      message: String(o.message),
    };
  }
  return { code: "unexpected", message: String(e) };
}

const TITLES: Record<string, string> = {
  not_found: "Not found",
  already_exists: "Already there",
  invalid_input: "Please check what you entered",
  bad_file: "The file could not be used",
  wrong_stage: "Not possible at this stage",
  count: "The votes could not be counted",
  database: "The election file has a problem",
  io: "A file could not be read or written",
  cancelled: "Cancelled",
  busy: "The election file is in use",
};

/** A short headline for an error, in plain words. */
export function errorTitle(code: string): string {
  return TITLES[code] ?? "Something went wrong";
}

/** A message as a sentence: capital first letter, final full stop. */
export function sentence(message: string): string {
  const m = message.trim();
  if (!m) return m;
  const first = m[0].toUpperCase() + m.slice(1);
  return /[.!?)]$/.test(first) ? first : first + ".";
}

/** The one obvious next step for a term, from its stage and counts. */
export interface NextStep {
  text: string;
  tab: "voters" | "nominees" | "ballots" | "results";
  action: string;
}

export function nextStep(t: TermSummary): NextStep {
  if (t.stage === "certified") {
    return { text: "This term is certified: its results are final. You can still save the results and the certificate.", tab: "results", action: "See the results" };
  }
  if (t.stage === "counted") {
    return { text: "The votes are counted. Check the results, save them and the certificate, then certify the term.", tab: "results", action: "See the results" };
  }
  if (t.nominees === 0) {
    return { text: "Add the nominees: the people standing in this term.", tab: "nominees", action: "Add nominees" };
  }
  if (t.voters === 0) {
    return { text: "Import the voter roll: the list of people who may vote.", tab: "voters", action: "Import the voter roll" };
  }
  if (t.ballots === 0) {
    return { text: "Import the ballots once voting has closed.", tab: "ballots", action: "Import ballots" };
  }
  return { text: "All ballots are in? Count the votes.", tab: "results", action: "Count the votes" };
}

/** "Showing 51–100 of 230" for a page of a list. */
export function pageRange(offset: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return "Nothing to show";
  return `Showing ${(offset + 1).toLocaleString("en")}–${(offset + shown).toLocaleString("en")} of ${total.toLocaleString("en")}`;
}

export interface NewTermFields {
  name: string;
  organisation: string;
  seats: string;
  method: string;
  maxPerEmployer: string;
  seed: string;
  quorum: string;
  /** `draw` (default), `psf` or `officer`. */
  tieRule?: string;
}

export const TIE_RULES: { value: string; label: string; hint: string }[] = [
  { value: "draw", label: "Scrutineer's draw", hint: "A draw that anyone can repeat from the tie-break seed and the ballots." },
  { value: "psf", label: "The PSF's procedure", hint: "Python's random module seeded with the tied names, as the Python Software Foundation publishes it." },
  { value: "officer", label: "Decided by the returns officer", hint: "The count stops at a tie; the returns officer records a decision (coin, lot or casting vote) with a witness, then counts again." },
];

export type FieldErrors = Partial<Record<keyof NewTermFields, string>>;

function wholeNumber(s: string): number | null {
  const t = s.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

/** Check the New term form and build the command's argument, or say what
 * to fix, field by field. */
export function readNewTerm(f: NewTermFields):
  | { ok: true; value: import("./bindings/NewTerm").NewTerm }
  | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = f.name.trim();
  if (!name) errors.name = "Enter a name for the term.";
  const seats = wholeNumber(f.seats);
  if (seats === null || seats < 1) errors.seats = "Enter the number of seats: a whole number, 1 or more.";
  if (!METHODS.some((m) => m.value === f.method)) errors.method = "Choose a counting method.";
  let maxPer: number | null = null;
  if (f.maxPerEmployer.trim()) {
    maxPer = wholeNumber(f.maxPerEmployer);
    if (maxPer === null || maxPer < 1) errors.maxPerEmployer = "Enter a whole number, 1 or more, or leave it empty for no limit.";
  }
  let quorum: number | null = null;
  if (f.quorum.trim()) {
    quorum = wholeNumber(f.quorum);
    if (quorum === null || quorum < 1 || quorum > 100) errors.quorum = "Enter a percentage from 1 to 100, or leave it empty for no quorum.";
  }
  const tieRule = (f.tieRule ?? "draw").trim() || "draw";
  if (!TIE_RULES.some((r) => r.value === tieRule)) errors.tieRule = "Choose how ties are broken.";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      organisation: f.organisation.trim(),
      seats: seats as number,
      method: f.method,
      max_per_employer: maxPer,
      seed: f.seed.trim(),
      quorum_percent: quorum,
      rules: { tie_rule: tieRule, cap_fraction: null, none_of_the_above: null, debian: null, sitting: [] },
    },
  };
}
