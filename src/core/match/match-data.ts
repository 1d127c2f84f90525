/**
 * The compact matching data shipped in the content script, compiled from the glossary
 * at build time. Only what marking needs: no definitions, no sources.
 */

import type { Entry } from '../glossary/schema';
import { declaredForms, isCaseSensitive } from '../glossary/validate';
import type { MatchLevel } from '../glossary/vocabulary';
import { formTokens, isJoiner, normalizeForMatch, tokenize } from '../text/normalize';
import { hashWord } from '../text/tokens';
import { regularPlurals } from './plural';
import { pairHash, prescanSets } from './prescan';

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
  /**
   * A drug's form: news and health pages name drugs too, so on its own it does not show that
   * a page is about perfusion (see decide's context gate).
   */
  general: boolean;
  near?: string[][];
  window?: number;
  notBefore?: string[][];
  notAfter?: string[][];
  number?: 'before' | 'after' | 'either';
}

export interface CompiledEntry {
  id: string;
  /** Headword, for labels (related terms in the card). */
  term: string;
  /** For the "categories to mark" setting. */
  category: string;
  /** The entry's long forms (headword, aliases, British spellings): lower case, closed up. */
  longForms: string[];
}

/**
 * Everything the content script needs, derived at build time so that a page pays only for
 * parsing it: entries, forms, the matcher's index of forms by their first words, and the
 * pre-scanner's hash sets.
 */
export interface MatchData {
  entries: CompiledEntry[];
  forms: CompiledForm[];
  /** Pre-scanner hash sets: [singles, singlesCs, pairs, pairsCs] per group. */
  prescan: { unrestricted: number[][]; restricted: number[][] };
  /** The matcher's index by word hashes (see FormIndex). */
  index: FormIndex;
}

/**
 * The forms by the lower-case hashes of their first words, as the matcher reads them: built
 * at compile time so that a page pays nothing for it at start-up. Hash keys are integers, so
 * the parsed JSON objects keep them as array-index keys and a lookup needs no string.
 */
export interface FormIndex {
  /** Hashes of every word that can start a form. */
  firsts: number[];
  /** One-word forms by their word's hash (regular plurals included). */
  singles: Record<number, number[]>;
  /**
   * Longer forms by pairHash of their first two words (with the regular plurals of the second
   * when it is the last). On a page about perfusion, words such as "left" or "arterial" start
   * dozens of forms each: keyed by two words, a hit tries only the few that can still match.
   */
  pairs: Record<number, number[]>;
}

/** The matcher's index of `forms` (see FormIndex); form indexes stay in ascending order. */
export function buildFormIndex(forms: CompiledForm[]): FormIndex {
  const firsts = new Set<number>();
  const index: FormIndex = { firsts: [], singles: {}, pairs: {} };
  const add = (table: Record<number, number[]>, key: number, f: number) => {
    const list = table[key];
    if (!list) table[key] = [f];
    else if (!list.includes(f)) list.push(f);
  };
  forms.forEach((form, f) => {
    const [first, second] = form.t;
    const h = hashWord(first);
    if (form.t.length === 1) {
      for (const word of form.plural ? [first, ...regularPlurals(first, form.cs)] : [first]) {
        const hw = hashWord(word);
        firsts.add(hw);
        add(index.singles, hw, f);
      }
      return;
    }
    add(index.pairs, pairHash(h, hashWord(second)), f);
    firsts.add(h);
    if (form.t.length === 2 && form.plural) for (const p of regularPlurals(second, form.cs)) add(index.pairs, pairHash(h, hashWord(p)), f);
  });
  index.firsts = [...firsts];
  return index;
}

/** Categories whose entries are named on ordinary pages too (see CompiledForm.general). */
const GENERAL_CATEGORIES = new Set<string>(['pharmacology']);

const lowerTokens = (s: string) => formTokens(s).map((t) => t.toLowerCase());

function isAcronym(tokens: string[]): boolean {
  return tokens.some((t) => /\p{Lu}.*\p{Lu}/u.test(t)) && tokens.every((t) => !/\p{Ll}{2}/u.test(t));
}

export function compileMatchData(entries: Entry[]): MatchData {
  const out: MatchData = { entries: [], forms: [], prescan: { unrestricted: [], restricted: [] }, index: { firsts: [], singles: {}, pairs: {} } };
  entries.forEach((entry, e) => {
    out.entries.push({
      id: entry.id,
      term: entry.term,
      category: entry.category,
      longForms: [entry.term, ...(entry.aliases ?? []), ...(entry.british ?? [])].map((s) => lowerTokens(s).join('')),
    });
    for (const { text, field } of declaredForms(entry)) {
      const cs = isCaseSensitive(entry, text, field);
      const rule = entry.matching?.[text] ?? {};
      const raw = formTokens(text);
      if (raw.length === 0) continue;
      const t = cs ? raw : raw.map((x) => x.toLowerCase());
      const variants = [t];
      const closed = closedCompound(text, cs);
      if (closed && closed.join(' ') !== t.join(' ')) variants.push(closed);
      for (const tokens of variants) {
        out.forms.push({
          e,
          t: tokens,
          cs,
          level: rule.match ?? 'anywhere',
          acronym: cs && isAcronym(raw),
          plural: field !== 'plurals' && /\p{L}$/u.test(tokens[tokens.length - 1]),
          general: GENERAL_CATEGORIES.has(entry.category),
          ...(rule.near ? { near: rule.near.map(lowerTokens), window: rule.window ?? 8 } : {}),
          ...(rule.notBefore ? { notBefore: rule.notBefore.map(lowerTokens) } : {}),
          ...(rule.notAfter ? { notAfter: rule.notAfter.map(lowerTokens) } : {}),
          ...(rule.number ? { number: rule.number } : {}),
        });
      }
    }
  });
  const sets = (stage: 'unrestricted' | 'restricted') => {
    const s = prescanSets(out, stage);
    return [s.singles, s.singlesCs, s.pairs, s.pairsCs].map((set) => [...set]);
  };
  out.prescan = { unrestricted: sets('unrestricted'), restricted: sets('restricted') };
  out.index = buildFormIndex(out.forms);
  return out;
}

/**
 * The shipped form of MatchData, less its pre-scan sets (shipped apart, see deferredMatchData):
 * defaults left out and short keys, about half the size.
 * A form is [entry, tokens, flags, rules?]; flags: 1 case-sensitive, 2 acronym, 4 no plural,
 * the level in bits 3–4 (0 anywhere, 1 context, 2 defined, 3 never), 32 general.
 */
export interface SerializedMatchData {
  entries: [string, string, string, string[]][];
  forms: ([number, string[], number] | [number, string[], number, Rules])[];
  index: FormIndex;
}
type Rules = Pick<CompiledForm, 'near' | 'window' | 'notBefore' | 'notAfter' | 'number'>;

const LEVELS: MatchLevel[] = ['anywhere', 'context', 'defined', 'never'];

export function serializeMatchData(data: MatchData): SerializedMatchData {
  return {
    entries: data.entries.map((e) => [e.id, e.term, e.category, e.longForms]),
    forms: data.forms.map((f) => {
      const flags = (f.cs ? 1 : 0) | (f.acronym ? 2 : 0) | (f.plural ? 0 : 4) | (LEVELS.indexOf(f.level) << 3) | (f.general ? 32 : 0);
      const rules: Rules = {};
      if (f.near) Object.assign(rules, { near: f.near, window: f.window });
      if (f.notBefore) rules.notBefore = f.notBefore;
      if (f.notAfter) rules.notAfter = f.notAfter;
      if (f.number) rules.number = f.number;
      return Object.keys(rules).length ? [f.e, f.t, flags, rules] : [f.e, f.t, flags];
    }),
    index: data.index,
  };
}

/** Rebuilds MatchData from its shipped form and pre-scan sets (one pass, no derivation). */
export function loadMatchData(s: SerializedMatchData, prescan: MatchData['prescan']): MatchData {
  return {
    entries: s.entries.map(([id, term, category, longForms]) => ({ id, term, category, longForms })),
    // One object shape for every form (no spread): cheaper to build at start-up, and the
    // matcher's property reads stay monomorphic.
    forms: s.forms.map(([e, t, flags, rules]): CompiledForm => ({
      e,
      t,
      cs: (flags & 1) !== 0,
      acronym: (flags & 2) !== 0,
      plural: (flags & 4) === 0,
      level: LEVELS[(flags >> 3) & 3],
      general: (flags & 32) !== 0,
      near: rules?.near,
      window: rules?.window,
      notBefore: rules?.notBefore,
      notAfter: rules?.notAfter,
      number: rules?.number,
    })),
    prescan,
    index: s.index,
  };
}

export interface DeferredMatchData extends MatchData {
  /** Whether entries, forms and index have been parsed. */
  readonly loaded: boolean;
}

/**
 * MatchData from its two shipped texts, parsed in two steps: the pre-scan sets at once, and
 * entries, forms and index (nine tenths of the text, and building their objects) the first
 * time any of them is read. Most pages hold no glossary term at all (108 of the 130 ordinary
 * pages of the test corpus give the pre-scanner no hit), and there only the sets are needed.
 */
export function deferredMatchData(prescanText: string, dataText: string): DeferredMatchData {
  const prescan = JSON.parse(prescanText) as MatchData['prescan'];
  let rest: MatchData | undefined;
  const load = () => {
    rest ??= loadMatchData(JSON.parse(dataText) as SerializedMatchData, prescan);
    return rest;
  };
  return {
    prescan,
    get entries() {
      return load().entries;
    },
    get forms() {
      return load().forms;
    },
    get index() {
      return load().index;
    },
    get loaded() {
      return rest !== undefined;
    },
  };
}

/**
 * Closed-compound variant of a hyphenated form: "veno-arterial ECMO" → "venoarterial ECMO".
 * Only words of three or more letters are closed up ("V-A" stays as it is).
 */
export function closedCompound(text: string, caseSensitive: boolean): string[] | undefined {
  const tokens = tokenize(normalizeForMatch(text));
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isJoiner(t)) continue;
    const prev = tokens[i - 1];
    const before = tokens[i - 2];
    if (prev && before && isJoiner(prev) && prev.start === before.end && t.start === prev.end && t.word && before.word && /^\p{L}{3,}$/u.test(t.text) && /\p{L}{3,}$/u.test(out[out.length - 1] ?? '')) {
      out[out.length - 1] += t.text;
      changed = true;
    } else {
      out.push(t.text);
    }
  }
  if (!changed) return undefined;
  return caseSensitive ? out : out.map((x) => x.toLowerCase());
}
