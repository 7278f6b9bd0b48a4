// Plain-words helpers shared by the views; no DOM here, so they are easy to
// test. Every word is a message of locales/<lang>/window.ftl, read when it is
// shown (never at module load), so it follows the window's language.

import type { Stage } from "./bindings/Stage";
import type { TermSummary } from "./bindings/TermSummary";
import { hasMessage, language, num, t } from "./i18n";

/** The counting methods the New term form offers. Their words are read
 * when shown (getters), so they follow the window's language. */
export const METHODS: { readonly value: string; readonly label: string; readonly ballots: string }[] = [
  ["approval", "ui-ballots-approval"],
  ["plurality", "ui-ballots-plurality"],
  ["star", "ui-ballots-star"],
  ["schulze", "ui-ballots-ranked"],
  ["ranked-pairs", "ui-ballots-ranked"],
  ["irv", "ui-ballots-ranked"],
  ["stv-scottish", "ui-ballots-ranked"],
  ["stv-meek", "ui-ballots-ranked"],
].map(([value, ballots]) => ({
  value,
  get label() {
    return methodLabel(value);
  },
  get ballots() {
    return t(ballots);
  },
}));

/** The window's name of a counting method (`ui-method-*`); an unknown one
 * as it is. */
export function methodLabel(method: string): string {
  const id = `ui-method-${method}`;
  return hasMessage(language(), id) ? t(id) : method;
}

const STAGE_VALUES: Stage[] = ["draft", "nominations", "voting", "counted", "certified"];

/** The stages of a term in order, with their names in the window's language. */
export const STAGES: { readonly value: Stage; readonly label: string }[] = STAGE_VALUES.map((value) => ({
  value,
  get label() {
    return stageLabel(value);
  },
}));

export function stageLabel(stage: Stage): string {
  return STAGE_VALUES.includes(stage) ? t(`ui-stage-${stage}`) : stage;
}

/** "3 ballots": the number as the window's language writes it, and the
 * words given (win2's views still give English words; new code uses a
 * Fluent message with a plural selector instead). */
export function plural(n: number, one: string, many: string = one + "s"): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

/** An error as the app receives it: `{code, message}` from the commands, or
 * anything else thrown along the way. */
export interface AppError {
  code: string;
  message: string;
  /** The Fluent id of the message (`err-rule-period`), when the backend
   * made it from one: the same in every language, for matching on. */
  id?: string;
}

export function toAppError(e: unknown): AppError {
  if (e && typeof e === "object" && "message" in e) {
    const o = e as { code?: unknown; message: unknown; id?: unknown };
    const out: AppError = {
      code: typeof o.code === "string" ? o.code : "unexpected",
      message: String(o.message),
    };
    if (typeof o.id === "string") out.id = o.id;
    return out;
  }
  return { code: "unexpected", message: String(e) };
}

const TITLES = ["not_found", "already_exists", "invalid_input", "bad_file", "wrong_stage", "count", "database", "io", "cancelled", "busy"];

/** A short headline for an error, in plain words. */
export function errorTitle(code: string): string {
  return TITLES.includes(code) ? t(`ui-error-${code.replace(/_/g, "-")}`) : t("ui-error-unexpected");
}

/** A message as a sentence: capital first letter, final full stop (the
 * ideographic full stop after Japanese). */
export function sentence(message: string): string {
  const m = message.trim();
  if (!m) return m;
  const first = m[0].toUpperCase() + m.slice(1);
  if (/[.!?)。！？）」]$/.test(first)) return first;
  return first + (/[\u3040-\u30ff\u4e00-\u9fff]$/.test(first) ? "。" : ".");
}

/** The one obvious next step for a term, from its stage and counts. */
export interface NextStep {
  text: string;
  tab: "voters" | "nominees" | "ballots" | "results";
  action: string;
}

export function nextStep(term: TermSummary): NextStep {
  const step = (key: string, tab: NextStep["tab"]): NextStep => ({ text: t(`ui-next-${key}`), tab, action: t(`ui-next-${key}-action`) });
  if (term.stage === "certified") return step("certified", "results");
  if (term.stage === "counted") return step("counted", "results");
  if (term.nominees === 0) return step("nominees", "nominees");
  if (term.voters === 0) return step("voters", "voters");
  if (term.ballots === 0) return step("ballots", "ballots");
  return step("count", "results");
}

/** "Showing 51–100 of 230" for a page of a list. */
export function pageRange(offset: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return t("ui-page-none");
  return t("ui-page-range", { first: num(offset + 1), last: num(offset + shown), total: num(total) });
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
  /** Nomination rules (issue 9): period `YYYY-MM-DD`, seconders, words. */
  nominationsOpen?: string;
  nominationsClose?: string;
  seconders?: string;
  statementWords?: string;
}

/** How ties are broken, with their words in the window's language. */
export const TIE_RULES: { readonly value: string; readonly label: string; readonly hint: string }[] = ["draw", "psf", "officer"].map((value) => ({
  value,
  get label() {
    return t(`ui-tie-rule-${value}`);
  },
  get hint() {
    return t(`ui-tie-rule-${value}-hint`);
  },
}));

export type FieldErrors = Partial<Record<keyof NewTermFields, string>>;

function wholeNumber(s: string): number | null {
  const v = s.trim();
  if (!/^\d+$/.test(v)) return null;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : null;
}

/** Check the New term form and build the command's argument, or say what
 * to fix, field by field. */
export function readNewTerm(f: NewTermFields):
  | { ok: true; value: import("./bindings/NewTerm").NewTerm }
  | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = f.name.trim();
  if (!name) errors.name = t("ui-check-name");
  const seats = wholeNumber(f.seats);
  if (seats === null || seats < 1) errors.seats = t("ui-check-seats");
  if (!METHODS.some((m) => m.value === f.method)) errors.method = t("ui-check-method");
  let maxPer: number | null = null;
  if (f.maxPerEmployer.trim()) {
    maxPer = wholeNumber(f.maxPerEmployer);
    if (maxPer === null || maxPer < 1) errors.maxPerEmployer = t("ui-check-max-per-employer");
  }
  let quorum: number | null = null;
  if (f.quorum.trim()) {
    quorum = wholeNumber(f.quorum);
    if (quorum === null || quorum < 1 || quorum > 100) errors.quorum = t("ui-check-quorum");
  }
  const tieRule = (f.tieRule ?? "draw").trim() || "draw";
  if (!TIE_RULES.some((r) => r.value === tieRule)) errors.tieRule = t("ui-check-tie-rule");
  const date = (v: string | undefined, key: "nominationsOpen" | "nominationsClose") => {
    const d = (v ?? "").trim();
    if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) errors[key] = t("ui-check-date");
    return d || null;
  };
  const opens = date(f.nominationsOpen, "nominationsOpen");
  const closes = date(f.nominationsClose, "nominationsClose");
  if (opens && closes && closes < opens && !errors.nominationsClose) errors.nominationsClose = t("ui-check-close-before-open");
  const seconders = (f.seconders ?? "").trim() ? wholeNumber(f.seconders ?? "") : 0;
  if (seconders === null) errors.seconders = t("ui-check-seconders");
  const words = (f.statementWords ?? "").trim() ? wholeNumber(f.statementWords ?? "") : null;
  if ((f.statementWords ?? "").trim() && (words === null || words < 1)) errors.statementWords = t("ui-check-statement-words");
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const nominations = opens || closes || seconders || words ? { opens, closes, seconders: seconders as number, statement_words: words } : undefined;
  return {
    ok: true,
    value: {
      ...(nominations ? { nominations } : {}),
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
