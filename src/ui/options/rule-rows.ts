/**
 * The custom-term form's matching rules for single names, as typed: one row per name that
 * needs more than the entry-wide "where to mark it" (only near some words, not right after or
 * before others, only next to a number, a case rule, its own level). Pure, so it is
 * unit-tested directly.
 */
import type { Entry } from '../../core/glossary/schema';
import { MATCH_LEVELS, type MatchLevel } from '../../core/glossary/vocabulary';

export type MatchRule = NonNullable<Entry['matching']>[string];

export const CASE_RULES = ['sensitive', 'insensitive'] as const;
export const NUMBER_RULES = ['before', 'after', 'either'] as const;

export interface RuleRow {
  /** The name (headword, abbreviation, alias …) exactly as the entry lists it. */
  name: string;
  /** '' = as "Where to mark it" says for all names. */
  match: MatchLevel | '';
  /** '' = the usual rule (abbreviations as written, words in any case). */
  case: (typeof CASE_RULES)[number] | '';
  /** Comma-separated words or phrases, each as in the entry's lists. */
  near: string;
  /** How many words away `near` may be, as typed ('' = the default, 8). */
  window: string;
  notBefore: string;
  notAfter: string;
  number: (typeof NUMBER_RULES)[number] | '';
}

/** The inputs of a rule row. */
export type RulePart = 'name' | 'match' | 'case' | 'near' | 'window' | 'notBefore' | 'notAfter' | 'number';
const RULE_PART_KEYS: readonly RulePart[] = ['name', 'match', 'case', 'near', 'window', 'notBefore', 'notAfter', 'number'];

export function emptyRuleRow(): RuleRow {
  return { name: '', match: '', case: '', near: '', window: '', notBefore: '', notAfter: '', number: '' };
}

/** A row that sets nothing (its name alone says nothing): ignored on saving. */
export const isBlankRuleRow = (r: RuleRow) => !r.match && !r.case && !r.near.trim() && !r.window.trim() && !r.notBefore.trim() && !r.notAfter.trim() && !r.number;

export const isMatchLevel = (s: string): s is MatchLevel => (MATCH_LEVELS as readonly string[]).includes(s);
export const isCaseRule = (s: string): s is (typeof CASE_RULES)[number] => (CASE_RULES as readonly string[]).includes(s);
export const isNumberRule = (s: string): s is (typeof NUMBER_RULES)[number] => (NUMBER_RULES as readonly string[]).includes(s);

const joinList = (list?: readonly string[]) => (list ?? []).join(', ');
const splitList = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The row for one name's rule. `withMatch` is false when the entry-wide choice already says
 * where the name is marked (the row then leaves it out).
 */
export function ruleRowFromRule(name: string, rule: MatchRule, withMatch: boolean): RuleRow {
  return {
    name,
    match: withMatch ? (rule.match ?? 'anywhere') : '',
    case: rule.case ?? '',
    near: joinList(rule.near),
    window: rule.window === undefined ? '' : String(rule.window),
    notBefore: joinList(rule.notBefore),
    notAfter: joinList(rule.notAfter),
    number: rule.number ?? '',
  };
}

/**
 * The rule a row describes, without `match` (the caller combines it with the entry-wide
 * level), not yet validated. A window that is not a whole number is kept as text, so the
 * schema says so instead of it vanishing.
 */
export function ruleFromRow(r: RuleRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (r.case) out.case = r.case;
  const near = splitList(r.near);
  if (near.length) out.near = near;
  const w = r.window.trim();
  if (w) out.window = /^\d+$/.test(w) ? Number(w) : w;
  const notBefore = splitList(r.notBefore);
  if (notBefore.length) out.notBefore = notBefore;
  const notAfter = splitList(r.notAfter);
  if (notAfter.length) out.notAfter = notAfter;
  if (r.number) out.number = r.number;
  return out;
}

/**
 * The row a problem at `field` ("matching.MAP.near.0", "matching.0.9% saline.window") is
 * about, and the input: names may hold dots, so rows are tried by their name, longest first.
 */
export function ruleTarget(field: string, rows: readonly RuleRow[]): { row: number; part: RulePart } | undefined {
  if (!field.startsWith('matching.')) return undefined;
  const rest = field.slice('matching.'.length);
  const order = rows.map((r, i) => ({ name: r.name.trim(), i })).sort((a, b) => b.name.length - a.name.length);
  for (const { name, i } of order) {
    if (!name || (rest !== name && !rest.startsWith(`${name}.`))) continue;
    const part = rest.slice(name.length + 1).split('.')[0];
    return { row: i, part: (RULE_PART_KEYS as readonly string[]).includes(part) ? (part as RulePart) : 'name' };
  }
  return undefined;
}
