/**
 * The compact matching data shipped in the content script, compiled from the glossary
 * at build time. Only what marking needs: no definitions, no sources.
 */

import type { Entry } from '../glossary/schema';
import { declaredForms, isCaseSensitive } from '../glossary/validate';
import type { MatchLevel } from '../glossary/vocabulary';
import { formTokens } from '../text/normalize';

export interface CompiledForm {
  /** Index into MatchData.entries. */
  e: number;
  /** Comparison tokens (lower-case unless `cs`). */
  t: string[];
  cs: boolean;
  level: MatchLevel;
  /** All letters upper-case: subject to the ALL-CAPS-run rule. */
  acronym: boolean;
  /** Regular plurals allowed on the last token. */
  plural: boolean;
  near?: string[][];
  window?: number;
  notBefore?: string[][];
  notAfter?: string[][];
  number?: 'before' | 'after' | 'either';
}

export interface CompiledEntry {
  id: string;
  term: string;
  category: string;
  /** Lower-case token lists of the entry's long forms (headword and aliases), for page definitions. */
  longForms: string[][];
}

export interface MatchData {
  entries: CompiledEntry[];
  forms: CompiledForm[];
}

const lowerTokens = (s: string) => formTokens(s).map((t) => t.toLowerCase());

function isAcronym(tokens: string[]): boolean {
  return tokens.some((t) => /\p{Lu}.*\p{Lu}/u.test(t)) && tokens.every((t) => !/\p{Ll}{2}/u.test(t));
}

export function compileMatchData(entries: Entry[]): MatchData {
  const out: MatchData = { entries: [], forms: [] };
  entries.forEach((entry, e) => {
    out.entries.push({
      id: entry.id,
      term: entry.term,
      category: entry.category,
      longForms: [entry.term, ...(entry.aliases ?? []), ...(entry.british ?? [])].map(lowerTokens),
    });
    for (const { text, field } of declaredForms(entry)) {
      const cs = isCaseSensitive(entry, text, field);
      const rule = entry.matching?.[text] ?? {};
      const raw = formTokens(text);
      if (raw.length === 0) continue;
      const t = cs ? raw : raw.map((x) => x.toLowerCase());
      const variants = [t];
      // Closed-compound variant of hyphenated forms: veno-arterial → venoarterial.
      if (/\p{L}-\p{L}/u.test(text) && raw.length > 1 && !text.includes(' ')) variants.push([t.join('')]);
      for (const tokens of variants) {
        out.forms.push({
          e,
          t: tokens,
          cs,
          level: rule.match ?? 'anywhere',
          acronym: cs && isAcronym(raw),
          plural: field !== 'plurals' && /\p{L}$/u.test(tokens[tokens.length - 1]),
          ...(rule.near ? { near: rule.near.map(lowerTokens), window: rule.window ?? 8 } : {}),
          ...(rule.notBefore ? { notBefore: rule.notBefore.map(lowerTokens) } : {}),
          ...(rule.notAfter ? { notAfter: rule.notAfter.map(lowerTokens) } : {}),
          ...(rule.number ? { number: rule.number } : {}),
        });
      }
    }
  });
  return out;
}
