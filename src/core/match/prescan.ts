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
 */
import { isWordCode, normalizedCode } from '../text/normalize';
import { lowerCode } from '../text/tokens';
import type { MatchData } from './match-data';
import { regularPlurals } from './plural';

export const pairHash = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) | 0;

/** Hash of a word as written (case kept), soft hyphens ignored. */
export function hashExact(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c !== 0xad) h = (Math.imul(h, 31) + c) | 0;
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

/** Hash sets of every markable form (forms never marked bare are left out), plurals included. */
export function prescanSets(data: MatchData): PrescanSets {
  const sets: PrescanSets = { singles: new Set(), singlesCs: new Set(), pairs: new Set(), pairsCs: new Set() };
  for (const f of data.forms) {
    if (f.level === 'never') continue;
    const variants = [f.t];
    if (f.plural) {
      const last = f.t[f.t.length - 1];
      for (const p of regularPlurals(last, f.cs)) variants.push([...f.t.slice(0, -1), p]);
    }
    const hash = f.cs ? hashExact : hashLower;
    for (const t of variants) {
      if (t.length === 1) (f.cs ? sets.singlesCs : sets.singles).add(hash(t[0]));
      else (f.cs ? sets.pairsCs : sets.pairs).add(pairHash(hash(t[0]), hash(t[1])));
    }
  }
  return sets;
}

const NONE = 0x7fffffff;

export class Prescanner {
  // Running word: lower-case and exact hashes, joined across node edges…
  private h = 0;
  private x = 0;
  // …and the same for the word as if it had started at this node's edge.
  private fh = 0;
  private fx = 0;
  private inWord = false;
  private freshValid = false;
  // Previous token's hashes, for pairs.
  private prevH = NONE;
  private prevX = NONE;
  /** Whether the last fed node had any word character. */
  sawWord = false;

  constructor(private sets: PrescanSets) {}

  /** Starts a new, unrelated stream (e.g. another root). */
  reset() {
    this.h = this.x = this.fh = this.fx = 0;
    this.inWord = this.freshValid = false;
    this.prevH = this.prevX = NONE;
  }

  private hit(h: number, x: number): boolean {
    const s = this.sets;
    if (s.singles.has(h) || s.singlesCs.has(x)) return true;
    if (this.prevH === NONE) return false;
    return s.pairs.has(pairHash(this.prevH, h)) || s.pairsCs.has(pairHash(this.prevX, x));
  }

  private wordHit(): boolean {
    return this.hit(this.h, this.x) || (this.freshValid && this.hit(this.fh, this.fx));
  }

  /**
   * Feeds the raw text of the next text node. Returns 1 when a hit ends in this node, 2 when
   * the hit began in the previous node (a word or pair across the edge), 0 for no hit.
   */
  feed(text: string): number {
    let hit = 0;
    let saw = false;
    // The node edge may be a word edge: close the running word as it stands, and also let
    // a word start afresh here.
    if (this.inWord && this.hit(this.h, this.x)) hit = 2;
    this.fh = this.fx = 0;
    this.freshValid = this.inWord;
    let crossed = this.inWord || this.prevH !== NONE;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xa0) c = normalizedCode(c);
      if (isWordCode(c)) {
        if (c === 0xad) continue;
        const l = lowerCode(c);
        this.h = (Math.imul(this.h, 31) + l) | 0;
        this.x = (Math.imul(this.x, 31) + c) | 0;
        if (this.freshValid) {
          this.fh = (Math.imul(this.fh, 31) + l) | 0;
          this.fx = (Math.imul(this.fx, 31) + c) | 0;
        }
        this.inWord = true;
        saw = true;
        continue;
      }
      if (this.inWord) {
        if (this.wordHit()) hit = crossed ? 2 : Math.max(hit, 1);
        this.prevH = this.h;
        this.prevX = this.x;
        this.h = this.x = 0;
        this.inWord = false;
        this.freshValid = false;
      }
      crossed = false;
      if (c === 32 || (c >= 9 && c <= 13) || c === 45) continue; // spaces; hyphens join words
      if (this.prevH !== NONE && (this.sets.pairs.has(pairHash(this.prevH, c)) || this.sets.pairsCs.has(pairHash(this.prevX, c)))) hit = Math.max(hit, 1);
      this.prevH = this.prevX = c;
    }
    if (this.inWord && this.wordHit()) hit = Math.max(hit, crossed ? 2 : 1);
    this.sawWord = saw;
    return hit;
  }
}
