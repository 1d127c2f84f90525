/**
 * Finds glossary surface forms in a run of text (one block of a page).
 *
 * Token trie, leftmost-longest: at each word token that can start a form (checked by its
 * hash first, so most words cost no allocation), we walk the trie over the following
 * tokens (hyphens between words are optional), keep the longest form whose case rule and
 * guards pass, emit it and continue after it. Work is linear in the number of tokens.
 * No DOM here: the page layer hands us normalised text and maps offsets back to nodes.
 */
import { hashWord, TokenBuffer } from '../text/tokens';
import type { CompiledForm, MatchData } from './match-data';
import { regularPlurals } from './plural';

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

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Forms ending here, with their exact tokens for case-sensitive comparison. */
  ends: { formIndex: number; tokens: string[] }[];
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] });

export class Matcher {
  private root = newNode();
  /** Hashes of every word that can start a form. */
  private firstWords = new Set<number>();
  private shared = new TokenBuffer();

  constructor(readonly data: MatchData) {
    data.forms.forEach((form, formIndex) => {
      this.insert(form.t, formIndex);
      if (form.plural) {
        const last = form.t[form.t.length - 1];
        for (const p of regularPlurals(last, form.cs)) this.insert([...form.t.slice(0, -1), p], formIndex);
      }
    });
    for (const word of this.root.next.keys()) this.firstWords.add(hashWord(word));
  }

  private insert(tokens: string[], formIndex: number) {
    let node = this.root;
    for (const tok of tokens) {
      const key = tok.toLowerCase();
      let child = node.next.get(key);
      if (!child) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    if (!node.ends.some((e) => e.formIndex === formIndex && e.tokens.join(' ') === tokens.join(' '))) {
      node.ends.push({ formIndex, tokens });
    }
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
      let node = this.root.next.get(buf.lower(i));
      if (!node) {
        i++;
        continue;
      }
      let best: Candidate | undefined;
      let j = i;
      const path = [i];
      for (;;) {
        for (const end of node.ends) {
          const form = this.data.forms[end.formIndex];
          if (form.cs && !sameTokens(buf, path, end.tokens)) continue;
          const cand: Candidate = { start: buf.starts[i], end: buf.ends[j], form, formIndex: end.formIndex, firstToken: i, lastToken: j };
          if (!passesGuards(cand, buf)) continue;
          if (!best || cand.end > best.end || (cand.end === best.end && preferForm(form, best.form))) best = cand;
        }
        // Advance to the next token, skipping a hyphen joiner written between two words.
        let k = j + 1;
        if (k + 1 < n && buf.isJoiner(k) && buf.starts[k + 1] === buf.ends[k] && buf.starts[k] === buf.ends[j]) k++;
        if (k >= n) break;
        const nextNode = node.next.get(buf.lower(k));
        if (!nextNode) break;
        node = nextNode;
        j = k;
        path.push(k);
      }
      if (best) {
        out.push(best);
        i = best.lastToken + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}

function sameTokens(buf: TokenBuffer, path: number[], expected: string[]): boolean {
  if (path.length !== expected.length) return false;
  for (let k = 0; k < path.length; k++) if (buf.tokenText(path[k]) !== expected[k]) return false;
  return true;
}

const LEVEL_RANK = { anywhere: 0, context: 1, defined: 2, never: 3 } as const;

/** Among forms of equal length, prefer the one with the least restrictive level. */
function preferForm(a: CompiledForm, b: CompiledForm): boolean {
  return LEVEL_RANK[a.level] < LEVEL_RANK[b.level];
}

const isNumberAt = (buf: TokenBuffer, i: number) => i >= 0 && i < buf.length && buf.words[i] === 1 && isDigit(buf.text.charCodeAt(buf.starts[i]));
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Local guards of a form (R2, R5, R8 of the ambiguity notes). */
export function passesGuards(c: Candidate, buf: TokenBuffer): boolean {
  const f = c.form;
  if (f.acronym && inAllCapsRun(c, buf)) return false;
  if (f.number) {
    const before = isNumberAt(buf, c.firstToken - 1);
    let a = c.lastToken + 1;
    if (a < buf.length && (buf.isSymbol(a, ':') || buf.isSymbol(a, '='))) a++;
    const after = isNumberAt(buf, a);
    if (f.number === 'before' && !before) return false;
    if (f.number === 'after' && !after) return false;
    if (f.number === 'either' && !before && !after) return false;
  }
  if (f.notBefore) {
    for (const phrase of f.notBefore) if (phraseEndsAt(phrase, buf, c.firstToken - 1)) return false;
  }
  if (f.notAfter) {
    for (const phrase of f.notAfter) if (phraseStartsAt(phrase, buf, c.lastToken + 1)) return false;
  }
  if (f.near) {
    const w = f.window ?? 8;
    const from = Math.max(0, c.firstToken - w * 2);
    const to = Math.min(buf.length - 1, c.lastToken + w * 2);
    let found = false;
    outer: for (const phrase of f.near) {
      for (let k = from; k <= to; k++) {
        if (k >= c.firstToken && k <= c.lastToken) continue;
        if (wordDistance(buf, c, k) > w) continue;
        if (phraseStartsAt(phrase, buf, k)) {
          found = true;
          break outer;
        }
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Words (not symbols) between the candidate and token k. */
function wordDistance(buf: TokenBuffer, c: Candidate, k: number): number {
  let d = 0;
  if (k < c.firstToken) for (let i = k; i < c.firstToken; i++) d += buf.words[i];
  else for (let i = c.lastToken + 1; i <= k; i++) d += buf.words[i];
  return d;
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

const ALL_CAPS = /^\p{Lu}[\p{Lu}\d]+$/u;

function isCapsWord(buf: TokenBuffer, i: number): boolean {
  if (buf.words[i] !== 1 || buf.ends[i] - buf.starts[i] < 2) return false;
  return ALL_CAPS.test(buf.tokenText(i));
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
