/**
 * Finds glossary surface forms in a run of text (one block of a page).
 *
 * Token trie, leftmost-longest: at each word token we walk the trie over the following
 * tokens (hyphens between words are optional), keep the longest form whose case rule and
 * guards pass, emit it and continue after it. Work is linear in the number of tokens.
 * No DOM here: the page layer hands us normalised text and maps offsets back to nodes.
 */
import { isJoiner, isWordCode, type Token, tokenize } from '../text/normalize';
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
  /** Forms ending here; `exact` tokens recorded to check case-sensitive forms. */
  ends: { formIndex: number; tokens: string[] }[];
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] });

export class Matcher {
  private root = newNode();
  /** Hashes of every word that can start a form: the allocation-free pre-filter. */
  private firstWords = new Set<number>();

  constructor(readonly data: MatchData) {
    data.forms.forEach((form, formIndex) => {
      this.insert(form.t, formIndex);
      if (form.plural) {
        const last = form.t[form.t.length - 1];
        for (const p of regularPlurals(last, form.cs)) this.insert([...form.t.slice(0, -1), p], formIndex);
      }
    });
    for (const word of this.root.next.keys()) this.firstWords.add(hashWord(word, 0, word.length));
  }

  /**
   * False when no word of `text` can start a form, so the text need not be tokenized.
   * One pass over the characters, hashing each lower-cased word without allocating.
   */
  mayMatch(text: string): boolean {
    const n = text.length;
    let h = 0;
    let inWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isWordCode(c)) {
        if (c === 0xad) continue;
        h = (Math.imul(h, 31) + lowerCode(c)) | 0;
        inWord = true;
      } else if (inWord) {
        if (this.firstWords.has(h)) return true;
        h = 0;
        inWord = false;
      }
    }
    return inWord && this.firstWords.has(h);
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

  /** True if any form starts with this (lower-cased) word: a cheap pre-filter. */
  startsWord(lower: string): boolean {
    return this.root.next.has(lower);
  }

  /** All candidates in `text` (already normalised), leftmost-longest, guards applied. */
  match(text: string, tokens: Token[] = tokenize(text)): Candidate[] {
    const out: Candidate[] = [];
    const n = tokens.length;
    let lowers: (string | undefined)[] | undefined;
    const lower = (i: number): string => {
      lowers ??= new Array(n);
      let l = lowers[i];
      if (l === undefined) {
        l = tokens[i].text.toLowerCase();
        lowers[i] = l;
      }
      return l;
    };
    let i = 0;
    while (i < n) {
      const tok = tokens[i];
      if (!tok.word) {
        i++;
        continue;
      }
      let node = this.root.next.get(lower(i));
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
          if (form.cs && !sameTokens(tokens, path, end.tokens)) continue;
          const cand: Candidate = {
            start: tok.start,
            end: tokens[j].end,
            form,
            formIndex: end.formIndex,
            firstToken: i,
            lastToken: j,
          };
          if (!passesGuards(cand, tokens, lower)) continue;
          if (!best || cand.end > best.end || (cand.end === best.end && preferForm(form, best.form))) best = cand;
        }
        // Advance to the next token, skipping hyphen joiners between words.
        let k = j + 1;
        while (k < n && isJoiner(tokens[k]) && k + 1 < n && tokens[k + 1].start === tokens[k].end) k++;
        if (k >= n) break;
        const nextNode = node.next.get(lower(k));
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

function sameTokens(tokens: Token[], path: number[], expected: string[]): boolean {
  if (path.length !== expected.length) return false;
  for (let k = 0; k < path.length; k++) if (tokens[path[k]].text !== expected[k]) return false;
  return true;
}

const LEVEL_RANK = { anywhere: 0, context: 1, defined: 2, never: 3 } as const;

/** Among forms of equal length, prefer the one with the least restrictive level. */
function preferForm(a: CompiledForm, b: CompiledForm): boolean {
  return LEVEL_RANK[a.level] < LEVEL_RANK[b.level];
}

const isNumberToken = (t: Token | undefined) => !!t && t.word && /^\d/.test(t.text);

/** Local guards of a form (R2, R5, R8 of the ambiguity notes). */
export function passesGuards(c: Candidate, tokens: Token[], lower: (i: number) => string): boolean {
  const f = c.form;
  if (f.acronym && inAllCapsRun(c, tokens)) return false;
  if (f.number) {
    const before = isNumberToken(tokens[c.firstToken - 1]);
    let a = c.lastToken + 1;
    if (tokens[a] && !tokens[a].word && (tokens[a].text === ':' || tokens[a].text === '=')) a++;
    const after = isNumberToken(tokens[a]);
    if (f.number === 'before' && !before) return false;
    if (f.number === 'after' && !after) return false;
    if (f.number === 'either' && !before && !after) return false;
  }
  if (f.notBefore) {
    for (const phrase of f.notBefore) if (phraseEndsAt(phrase, tokens, c.firstToken - 1, lower)) return false;
  }
  if (f.notAfter) {
    for (const phrase of f.notAfter) if (phraseStartsAt(phrase, tokens, c.lastToken + 1, lower)) return false;
  }
  if (f.near) {
    const w = f.window ?? 8;
    const from = Math.max(0, c.firstToken - w * 2);
    const to = Math.min(tokens.length - 1, c.lastToken + w * 2);
    let found = false;
    outer: for (const phrase of f.near) {
      for (let k = from; k <= to; k++) {
        if (k >= c.firstToken && k <= c.lastToken) continue;
        if (wordDistance(tokens, c, k) > w) continue;
        if (phraseStartsAt(phrase, tokens, k, lower)) {
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
function wordDistance(tokens: Token[], c: Candidate, k: number): number {
  let d = 0;
  if (k < c.firstToken) for (let i = k; i < c.firstToken; i++) d += tokens[i].word ? 1 : 0;
  else for (let i = c.lastToken + 1; i <= k; i++) d += tokens[i].word ? 1 : 0;
  return d;
}

/** Does `phrase` (lower-case tokens, hyphens dropped) start at token k? */
function phraseStartsAt(phrase: string[], tokens: Token[], k: number, lower: (i: number) => string): boolean {
  let p = 0;
  let i = k;
  while (p < phrase.length) {
    if (i >= tokens.length) return false;
    if (p > 0 && isJoiner(tokens[i])) {
      i++;
      continue;
    }
    if (lower(i) !== phrase[p]) return false;
    p++;
    i++;
  }
  return true;
}

/** Does `phrase` end at token k (reading backwards)? */
function phraseEndsAt(phrase: string[], tokens: Token[], k: number, lower: (i: number) => string): boolean {
  let p = phrase.length - 1;
  let i = k;
  while (p >= 0) {
    if (i < 0) return false;
    if (p < phrase.length - 1 && isJoiner(tokens[i])) {
      i--;
      continue;
    }
    if (lower(i) !== phrase[p]) return false;
    p--;
    i--;
  }
  return true;
}

const ALL_CAPS = /^[\p{Lu}][\p{Lu}\d]*$/u;
const isCapsWord = (t: Token | undefined) => !!t && t.word && t.text.length >= 2 && ALL_CAPS.test(t.text) && /\p{Lu}.*\p{Lu}|\p{Lu}{2}/u.test(t.text);

/**
 * R2: an acronym inside a run of three or more ALL-CAPS words (menus, shouted headlines,
 * legal text) is not marked.
 */
function inAllCapsRun(c: Candidate, tokens: Token[]): boolean {
  // The candidate itself counts once, however many words it has ("V-A ECMO").
  let run = 1;
  for (let k = c.firstToken - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t.word && t.text !== '-' && t.text !== '&' && t.text !== '/') break;
    if (!t.word) continue;
    if (!isCapsWord(t)) break;
    run++;
  }
  for (let k = c.lastToken + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.word && t.text !== '-' && t.text !== '&' && t.text !== '/') break;
    if (!t.word) continue;
    if (!isCapsWord(t)) break;
    run++;
  }
  return run >= 3;
}

const lowerCache = new Map<number, number>();

function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerCache.get(c);
  if (l === undefined) {
    l = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    lowerCache.set(c, l);
  }
  return l;
}

/** Hash of a lower-case word (soft hyphens ignored), as computed by mayMatch. */
export function hashWord(word: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = word.charCodeAt(i);
    if (c === 0xad) continue;
    h = (Math.imul(h, 31) + lowerCode(c)) | 0;
  }
  return h;
}
