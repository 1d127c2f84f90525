/**
 * The pre-scanner: decides, one text node at a time and without allocating, whether a node
 * may hold a glossary term, so that the precise (and costlier) segment walk and matcher run
 * only where needed.
 *
 * It hashes words as the characters stream by (lower-cased for case-insensitive forms, as
 * written for case-sensitive ones) and reports a hit when a word is a one-word form, or
 * when two consecutive tokens start a multi-word form ("left" alone is no hit; "left
 * ventricle" is). Text nodes are streamed as if joined, and every node edge is also treated
 * as a word edge, so a term split by inline tags or a term at a block edge is never missed:
 * the pre-scanner only ever errs towards more hits.
 *
 * A hit is reported by the node in which its last word (or symbol) ends. That node is all
 * the scanner needs: a term that began in an earlier node can only be a term if both nodes
 * are in one run of text, and the run is read whole.
 */
import { charInfo, HASH_MASK, INFO, KIND_TRANSPARENT, KIND_WORD } from '../text/char-tables';
import { NORM_CODE } from '../text/normalize';
import type { CompiledForm, MatchData } from './match-data';
import { regularPlurals } from './plural';

/** Word hashes keep 25 bits (see HASH_MASK); pair hashes 30, still small integers. */
export const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & 0x3fffffff;

/** Hash of a word as written (case kept), soft hyphens ignored. */
export function hashExact(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== 0xad) h = (h * 31 + c) & HASH_MASK;
  }
  return h;
}

const hashLower = (word: string) => hashExact(word.toLowerCase());

export interface PrescanSets {
  /** One-word forms: case-insensitive (lower-case hashes) and case-sensitive (exact hashes). */
  singles: Set<number>;
  singlesCs: Set<number>;
  /** First two tokens of longer forms, likewise. */
  pairs: Set<number>;
  pairsCs: Set<number>;
}

/** Hash of "(" as a token, for abbreviations that only count where the page defines them. */
const OPEN_PAREN = 40;

/**
 * Hash sets of markable forms (plurals included; forms never marked bare are left out).
 * Stage 'unrestricted': forms markable anywhere, plus restricted abbreviations written right
 * after "(" (where a page defines them). Stage 'restricted': forms that need a perfusion page
 * or a definition on the page.
 */
export function prescanSets(data: { forms: CompiledForm[] }, stage: 'unrestricted' | 'restricted' = 'unrestricted'): PrescanSets {
  const sets: PrescanSets = { singles: new Set(), singlesCs: new Set(), pairs: new Set(), pairsCs: new Set() };
  for (const f of data.forms) {
    if (f.level === 'never') continue;
    const restricted = f.level !== 'anywhere';
    if (restricted && stage === 'unrestricted') {
      // "… (ABBR)": a possible definition, read precisely in the blocks where it occurs.
      if (f.cs && /\p{Lu}.*\p{Lu}/u.test(f.t[0])) sets.pairsCs.add(pairHash(OPEN_PAREN, hashExact(f.t[0])));
      continue;
    }
    if (!restricted && stage === 'restricted') continue;
    const variants = [f.t];
    if (f.plural) {
      const last = f.t[f.t.length - 1];
      for (const p of regularPlurals(last, f.cs)) variants.push([...f.t.slice(0, -1), p]);
    }
    const hash = f.cs ? hashExact : hashLower;
    for (const t of variants) {
      if (t.length === 1) (f.cs ? sets.singlesCs : sets.singles).add(hash(t[0]));
      else {
        const i = bestPair(t);
        (f.cs ? sets.pairsCs : sets.pairs).add(pairHash(hash(t[i]), hash(t[i + 1])));
      }
    }
  }
  return sets;
}

const STOPWORDS = new Set(['of', 'the', 'and', 'to', 'in', 'on', 'for', 'a', 'an', 'with', 'by', 'at', 'from', 'or', 'as', 'per']);

/** How telling a token is as a trigger: symbols and numbers least, stop words next, then length. */
function tokenScore(t: string): number {
  if (!/\p{L}/u.test(t)) return 0;
  if (STOPWORDS.has(t.toLowerCase())) return 1;
  return 1 + t.length;
}

/**
 * Index of the adjacent token pair of a form that is rarest in ordinary text: any pair inside
 * the form will do as a trigger (the block is then matched precisely), so "0.9% saline" is
 * triggered by "% saline", not by "0 .", and "point-of-care testing" by "care testing".
 */
export function bestPair(tokens: string[]): number {
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokenScore(tokens[i]);
    const b = tokenScore(tokens[i + 1]);
    const score = Math.min(a, b) * 100 + a + b;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Any character other than the ASCII white space feed() reads as a plain separator. */
const NON_BLANK = /[^\t-\r ]/;

/** "No previous token" (hashes and symbol codes are never negative). */
const NONE = -1;

/**
 * A 2^20-bit filter over every hash of the sets: most words fail here with one array read,
 * before any Set lookup.
 */
class HashFilter {
  private bits = new Uint32Array(1 << 15);
  /** Runs once per page at start-up, interpreted: a plain callback, no method call per hash. */
  addAll(hashes: Set<number>) {
    const bits = this.bits;
    hashes.forEach((h) => {
      bits[(h >>> 5) & 0x7fff] |= 1 << (h & 31);
    });
  }
  has(h: number): boolean {
    return ((this.bits[(h >>> 5) & 0x7fff] >>> (h & 31)) & 1) === 1;
  }
}

/** feed() result bits: the node holds the end of a form markable anywhere, or of a restricted one. */
export const HIT_UNRESTRICTED = 1;
export const HIT_RESTRICTED = 2;

/**
 * Streams text nodes and reports hits of two groups of forms at once (unrestricted and
 * restricted, see prescanSets), so the page's text is read only once.
 */
export class Prescanner {
  private filter = new HashFilter();
  private groups: PrescanSets[];
  // Running word: lower-case and exact hashes, joined across node edges…
  private h = 0;
  private x = 0;
  private inWord = false;
  // Previous token's hashes, for pairs.
  private prevH = NONE;
  private prevX = NONE;

  constructor(unrestricted: PrescanSets, restricted: PrescanSets = emptySets()) {
    this.groups = [unrestricted, restricted];
    for (const g of this.groups) for (const set of [g.singles, g.singlesCs, g.pairs, g.pairsCs]) this.filter.addAll(set);
  }

  /** Starts a new, unrelated stream (e.g. another root). */
  reset() {
    this.h = this.x = 0;
    this.inWord = false;
    this.prevH = this.prevX = NONE;
  }

  /** Group bits (HIT_UNRESTRICTED | HIT_RESTRICTED) for a word with hashes h (lower) and x (exact) after the token prevH/prevX. */
  private hit(h: number, x: number, prevH: number, prevX: number): number {
    const f = this.filter;
    const fh = f.has(h);
    const fx = f.has(x);
    let ph = 0;
    let px = 0;
    let fph = false;
    let fpx = false;
    if (prevH !== NONE) {
      ph = pairHash(prevH, h);
      px = pairHash(prevX, x);
      fph = f.has(ph);
      fpx = f.has(px);
    }
    if (!fh && !fx && !fph && !fpx) return 0;
    let mask = 0;
    for (let g = 0; g < 2; g++) {
      const s = this.groups[g];
      if ((fh && s.singles.has(h)) || (fx && s.singlesCs.has(x)) || (fph && s.pairs.has(ph)) || (fpx && s.pairsCs.has(px))) mask |= 1 << g;
    }
    return mask;
  }

  /** Group bits for a symbol token c after the token prevH/prevX (pairs such as "% saline"). */
  private symbolHit(c: number, prevH: number, prevX: number): number {
    const ph = pairHash(prevH, c);
    const px = pairHash(prevX, c);
    if (!this.filter.has(ph) && !this.filter.has(px)) return 0;
    let mask = 0;
    for (let g = 0; g < 2; g++) {
      const s = this.groups[g];
      if (s.pairs.has(ph) || s.pairsCs.has(px)) mask |= 1 << g;
    }
    return mask;
  }

  /**
   * Feeds the raw text of the next text node. Returns HIT_* bits: the groups of the hits that
   * end in this node (a word running to the node's end counts here, as a possible word end).
   *
   * The per-character loop works on locals and one table read: it mostly runs in V8's
   * interpreter and baseline tiers (a content script's first pass), where each property
   * access or function call per character would cost more than the rest of the loop.
   * Hashes stay below 2^25 (see HASH_MASK), so no step allocates.
   */
  feed(text: string): number {
    let h = this.h;
    let x = this.x;
    let inWord = this.inWord;
    let prevH = this.prevH;
    let prevX = this.prevX;
    let hit = 0;
    // Whether a word character of this node has been read. Until then a running word is the
    // previous node's, and was tried as it stood at that node's end.
    let saw = false;
    // The node edge may be a word edge: a running word goes on here (h, x), and a word also
    // starts afresh (fh, fx).
    let fh = 0;
    let fx = 0;
    let freshValid = inWord;
    const n = text.length;
    // Blank nodes (indentation between tags: most text nodes of most pages, and on some most
    // of their characters) only end a running word, which was tried at the previous node's
    // end: one native scan instead of the character loop.
    if (n > 1 && text.charCodeAt(0) <= 32 && !NON_BLANK.test(text)) {
      if (inWord) {
        this.prevH = h;
        this.prevX = x;
        this.h = this.x = 0;
        this.inWord = false;
      }
      return 0;
    }
    for (let i = 0; i <= n; i++) {
      // i === n closes a word that runs to the end of the node (it may go on in the next one).
      let c = i < n ? text.charCodeAt(i) : 32;
      // Lower-case ASCII letters, most of any page's text, are their own lower case: no table read.
      let l = c;
      if (c < 97 || c > 122) {
        if (c >= 0xa0) c = NORM_CODE[c] || c;
        let info = INFO[c];
        if (info === 0) info = charInfo(c);
        const kind = info >>> 16;
        if (kind === KIND_TRANSPARENT) continue; // soft hyphen: inside the word, not part of it
        if (kind !== KIND_WORD) {
          if (inWord) {
            if (saw) hit |= this.hit(h, x, prevH, prevX) | (freshValid ? this.hit(fh, fx, prevH, prevX) : 0);
            if (i === n) break; // the running word stays open for the next node
            prevH = h;
            prevX = x;
            h = x = 0;
            inWord = false;
            freshValid = false;
          }
          if (i === n) break;
          if (c === 32 || (c >= 9 && c <= 13) || c === 45) continue; // spaces; hyphens join words
          if (prevH !== NONE) hit |= this.symbolHit(c, prevH, prevX);
          prevH = prevX = c;
          continue;
        }
        l = info & 0xffff;
      }
      h = (h * 31 + l) & HASH_MASK;
      x = (x * 31 + c) & HASH_MASK;
      if (freshValid) {
        fh = (fh * 31 + l) & HASH_MASK;
        fx = (fx * 31 + c) & HASH_MASK;
      }
      inWord = true;
      saw = true;
    }
    this.h = h;
    this.x = x;
    this.inWord = inWord;
    this.prevH = prevH;
    this.prevX = prevX;
    return hit;
  }
}

/** The sets as compiled into MatchData.prescan: [singles, singlesCs, pairs, pairsCs]. */
export function setsFromArrays(arrays: number[][]): PrescanSets {
  const [singles = [], singlesCs = [], pairs = [], pairsCs = []] = arrays;
  return { singles: new Set(singles), singlesCs: new Set(singlesCs), pairs: new Set(pairs), pairsCs: new Set(pairsCs) };
}

/** A pre-scanner for compiled match data's two groups of sets (unrestricted, restricted). */
export function prescannerFor(prescan: MatchData['prescan']): Prescanner {
  return new Prescanner(setsFromArrays(prescan.unrestricted), setsFromArrays(prescan.restricted));
}

function emptySets(): PrescanSets {
  return { singles: new Set(), singlesCs: new Set(), pairs: new Set(), pairsCs: new Set() };
}
