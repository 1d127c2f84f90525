/**
 * Finds glossary surface forms in a run of text (one block of a page).
 *
 * Leftmost-longest over tokens: at each word token that can start a form (checked by its
 * hash first, so most words cost no allocation), the forms starting with that word and the
 * next, then the one-word forms (from the hash index compiled at build time, FormIndex) are
 * compared token by token, hyphens between words being optional and the last word taking a
 * regular plural; the longest form whose case rule and guards pass is emitted and matching
 * continues after it. Nothing is built at start-up but one hash set.
 * No DOM here: the page layer hands us normalised text and maps offsets back to nodes.
 */
import { charInfo, INFO, KIND_TRANSPARENT, KIND_WORD } from '../text/char-tables';
import { TokenBuffer } from '../text/tokens';
import type { CompiledForm, MatchData } from './match-data';
import { isRegularPlural } from './plural';
import { pairHash } from './prescan';

export interface Candidate {
  /** Offsets in the segment text. */
  start: number;
  end: number;
  form: CompiledForm;
  /** Index of the form in MatchData.forms. */
  formIndex: number;
  /** Token index range [first, last] in the segment. */
  firstToken: number;
  lastToken: number;
}

export class Matcher {
  /** Hashes of every word that can start a form. */
  private firstWords: Set<number>;
  private shared = new TokenBuffer();
  private singles: Record<number, number[]>;
  private pairs: Record<number, number[]>;

  constructor(readonly data: MatchData) {
    this.firstWords = new Set(data.index.firsts);
    this.singles = data.index.singles;
    this.pairs = data.index.pairs;
  }

  /** Does any word of the tokenized text start a form? (cheap: hashes only) */
  mayMatch(text: string, buf: TokenBuffer = this.shared.fill(text)): boolean {
    for (let i = 0; i < buf.length; i++) if (buf.words[i] === 1 && this.firstWords.has(buf.hashes[i])) return true;
    return false;
  }

  /**
   * All candidates in `text` (already normalised), leftmost-longest, guards applied.
   * Pass a buffer already filled with `text` to reuse its tokens.
   */
  match(text: string, buf: TokenBuffer = this.shared.fill(text)): Candidate[] {
    const out: Candidate[] = [];
    const n = buf.length;
    let i = 0;
    while (i < n) {
      if (buf.words[i] !== 1 || !this.firstWords.has(buf.hashes[i])) {
        i++;
        continue;
      }
      // Longer forms first (keyed by this word and the next, past a hyphen), then one-word ones.
      const j = nextToken(buf, i);
      let best = j < n ? this.longest(buf, i, this.pairs[pairHash(buf.hashes[i], buf.hashes[j])], undefined) : undefined;
      best = this.longest(buf, i, this.singles[buf.hashes[i]], best);
      if (best) {
        out.push(best);
        i = best.lastToken + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The best candidate from token i among `list` and `best`: longest, then least restricted. */
  private longest(buf: TokenBuffer, i: number, list: number[] | undefined, best: Candidate | undefined): Candidate | undefined {
    if (!list) return best;
    const { forms } = this.data;
    for (let k = 0; k < list.length; k++) {
      const formIndex = list[k];
      const form = forms[formIndex];
      const last = this.followTokens(buf, i, form);
      if (last < 0) continue;
      const end = buf.ends[last];
      if (best && (end < best.end || (end === best.end && !preferForm(form, best.form)))) continue;
      const cand: Candidate = { start: buf.starts[i], end, form, formIndex, firstToken: i, lastToken: last };
      if (!passesGuards(cand, buf)) continue;
      best = cand;
    }
    return best;
  }

  /** Matches a form's tokens from token i; returns the index of its last token, or -1. */
  private followTokens(buf: TokenBuffer, i: number, form: CompiledForm): number {
    const n = buf.length;
    const tokens = form.t;
    let j = i;
    for (let p = 0; p < tokens.length; p++) {
      if (p > 0) {
        j = nextToken(buf, j);
        if (j >= n) return -1;
      }
      const word = form.cs ? buf.tokenText(j) : buf.lower(j);
      if (word === tokens[p]) continue;
      if (p === tokens.length - 1 && form.plural && isRegularPlural(word, tokens[p], form.cs)) continue;
      return -1;
    }
    return j;
  }
}

/** The token after token j, stepping over a hyphen written between two words ("VA-ECMO" ≡ "VA ECMO"). */
function nextToken(buf: TokenBuffer, j: number): number {
  const k = j + 1;
  if (k + 1 < buf.length && buf.isJoiner(k) && buf.starts[k + 1] === buf.ends[k] && buf.starts[k] === buf.ends[j]) return k + 1;
  return k;
}

const LEVEL_RANK = { anywhere: 0, context: 1, defined: 2, never: 3 } as const;

/** Among forms of equal length, prefer the one with the least restrictive level. */
function preferForm(a: CompiledForm, b: CompiledForm): boolean {
  return LEVEL_RANK[a.level] < LEVEL_RANK[b.level];
}

const isNumberAt = (buf: TokenBuffer, i: number) => i >= 0 && i < buf.length && buf.words[i] === 1 && isDigit(buf.text.charCodeAt(buf.starts[i]));
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Words and signs that may stand between a measured name and its value: "Hct 28", "Hct: 28",
 * "an on-bypass Hct of 30%", "the Hct was 21%", "Hct (24%)", "Hb of about 8".
 */
const VALUE_LINKS = new Set(['of', 'was', 'is', 'at', 'to', 'about', 'around', 'approximately', 'below', 'above', 'under', 'over', ':', '=', '(', '~', '≈', '<', '>', '≤', '≥']);
const MAX_LINKS = 2;

/** A number at token i, or after at most two linking tokens from there. */
function valueAt(buf: TokenBuffer, i: number): boolean {
  for (let k = i; k < buf.length && k <= i + MAX_LINKS; k++) {
    if (isNumberAt(buf, k)) return true;
    if (!VALUE_LINKS.has(buf.lower(k))) return false;
  }
  return false;
}

/** Local guards of a form (R2, R5, R8 of the ambiguity notes). */
export function passesGuards(c: Candidate, buf: TokenBuffer): boolean {
  const f = c.form;
  if (f.acronym && inAllCapsRun(c, buf)) return false;
  if (f.number) {
    const before = isNumberAt(buf, c.firstToken - 1);
    const after = valueAt(buf, c.lastToken + 1);
    if (f.number === 'before' && !before) return false;
    if (f.number === 'after' && !after) return false;
    if (f.number === 'either' && !before && !after) return false;
  }
  // A hyphen between the form and its neighbour joins them like a space ("auto-PEEP").
  if (f.notBefore) {
    const k = buf.isJoiner(c.firstToken - 1) ? c.firstToken - 2 : c.firstToken - 1;
    for (const phrase of f.notBefore) if (phraseEndsAt(phrase, buf, k)) return false;
  }
  if (f.notAfter) {
    const k = buf.isJoiner(c.lastToken + 1) ? c.lastToken + 2 : c.lastToken + 1;
    for (const phrase of f.notAfter) if (phraseStartsAt(phrase, buf, k)) return false;
  }
  if (f.near) {
    // Tokens at most `window` words away on either side (symbols do not count), each tried
    // once as the start of every phrase.
    const w = f.window ?? 8;
    let lo = c.firstToken;
    for (let d = 0, k = c.firstToken - 1; k >= 0 && k >= c.firstToken - w * 2; k--) {
      d += buf.words[k];
      if (d > w) break;
      lo = k;
    }
    let hi = c.lastToken;
    for (let d = 0, k = c.lastToken + 1; k < buf.length && k <= c.lastToken + w * 2; k++) {
      d += buf.words[k];
      if (d > w) break;
      hi = k;
    }
    let found = false;
    for (let k = lo; k <= hi && !found; k++) {
      if (k >= c.firstToken && k <= c.lastToken) continue;
      for (let p = 0; p < f.near.length && !found; p++) found = phraseStartsAt(f.near[p], buf, k);
    }
    if (!found) return false;
  }
  return true;
}

/** Does `phrase` (lower-case tokens, hyphens dropped) start at token k? */
export function phraseStartsAt(phrase: string[], buf: TokenBuffer, k: number): boolean {
  let p = 0;
  let i = k;
  while (p < phrase.length) {
    if (i >= buf.length) return false;
    if (p > 0 && buf.isJoiner(i)) {
      i++;
      continue;
    }
    if (buf.lower(i) !== phrase[p]) return false;
    p++;
    i++;
  }
  return true;
}

/** Does `phrase` end at token k (reading backwards)? */
function phraseEndsAt(phrase: string[], buf: TokenBuffer, k: number): boolean {
  let p = phrase.length - 1;
  let i = k;
  while (p >= 0) {
    if (i < 0) return false;
    if (p < phrase.length - 1 && buf.isJoiner(i)) {
      i--;
      continue;
    }
    if (buf.lower(i) !== phrase[p]) return false;
    p--;
    i--;
  }
  return true;
}

/**
 * An ALL-CAPS word: an upper-case letter, then upper-case letters or digits ("ECMO", "PEEP",
 * "CO2"). Read from the character table, not with a regexp over a sliced string: it runs
 * for the words around every acronym candidate.
 */
function isCapsWord(buf: TokenBuffer, i: number): boolean {
  if (buf.words[i] !== 1 || buf.ends[i] - buf.starts[i] < 2) return false;
  const text = buf.text;
  let first = true;
  for (let k = buf.starts[i]; k < buf.ends[i]; k++) {
    const c = text.charCodeAt(k);
    let info = INFO[c];
    if (info === 0) info = charInfo(c);
    if (info >>> 16 === KIND_TRANSPARENT) continue;
    const upper = info >>> 16 === KIND_WORD && (info & 0xffff) !== c;
    if (!upper && (first || c < 48 || c > 57)) return false;
    first = false;
  }
  return !first;
}

const isRunJoiner = (buf: TokenBuffer, i: number) => buf.isSymbol(i, '-') || buf.isSymbol(i, '&') || buf.isSymbol(i, '/');

/**
 * R2: an acronym inside a run of three or more ALL-CAPS words (menus, shouted headlines,
 * legal text) is not marked. The candidate counts once, however many words it has.
 */
function inAllCapsRun(c: Candidate, buf: TokenBuffer): boolean {
  let run = 1;
  for (let k = c.firstToken - 1; k >= 0 && run < 3; k--) {
    if (buf.words[k] !== 1) {
      if (isRunJoiner(buf, k)) continue;
      break;
    }
    if (!isCapsWord(buf, k)) break;
    run++;
  }
  for (let k = c.lastToken + 1; k < buf.length && run < 3; k++) {
    if (buf.words[k] !== 1) {
      if (isRunJoiner(buf, k)) continue;
      break;
    }
    if (!isCapsWord(buf, k)) break;
    run++;
  }
  return run >= 3;
}
