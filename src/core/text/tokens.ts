/**
 * Allocation-free tokenization for the page scan: token boundaries, kinds and lower-case
 * word hashes go into reused typed arrays; token strings are only made on demand. Same
 * token rules as `tokenize` in normalize.ts (which tests and tools use).
 */
import { charInfo, HASH_MASK, INFO, KIND_OTHER, KIND_TRANSPARENT, lowerOf } from './char-tables';

/** Hash of a word, lower-cased, soft hyphens ignored. Equal words hash equal. */
export function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0xad) continue;
    h = (h * 31 + lowerOf(c)) & HASH_MASK;
  }
  return h;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

export class TokenBuffer {
  text = '';
  length = 0;
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  hashes = new Int32Array(256);
  /** 1 = word, 0 = single symbol character. */
  words = new Uint8Array(256);
  /** 1 = the word contains a soft hyphen (its text needs cleaning). */
  soft = new Uint8Array(256);
  private lowers: (string | undefined)[] = [];

  /** Tokenizes `text` (already normalised) into this buffer, replacing its contents. */
  fill(text: string): this {
    this.text = text;
    this.lowers.length = 0;
    let n = 0;
    const len = text.length;
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (n === this.starts.length) this.grow();
      let info = INFO[c];
      if (info === 0) info = charInfo(c);
      if (info >>> 16 !== KIND_OTHER) {
        // A word: letters, digits, marks, and soft hyphens inside it (see char-tables).
        const start = i;
        let h = 0;
        let soft = 0;
        let letters = 0;
        for (; i < len; i++) {
          const d = text.charCodeAt(i);
          let di = INFO[d];
          if (di === 0) di = charInfo(d);
          const kind = di >>> 16;
          if (kind === KIND_OTHER) break;
          if (kind === KIND_TRANSPARENT) {
            soft = 1;
            continue;
          }
          letters++;
          h = (h * 31 + (di & 0xffff)) & HASH_MASK;
        }
        if (letters === 0) continue; // a lone soft hyphen
        this.starts[n] = start;
        this.ends[n] = i;
        this.hashes[n] = h;
        this.words[n] = 1;
        this.soft[n] = soft;
      } else {
        this.starts[n] = i;
        this.ends[n] = i + 1;
        this.hashes[n] = c;
        this.words[n] = 0;
        this.soft[n] = 0;
        i++;
      }
      n++;
    }
    this.length = n;
    return this;
  }

  private grow() {
    const size = this.starts.length * 2;
    const g = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.starts = g(this.starts, (n) => new Int32Array(n));
    this.ends = g(this.ends, (n) => new Int32Array(n));
    this.hashes = g(this.hashes, (n) => new Int32Array(n));
    this.words = g(this.words, (n) => new Uint8Array(n));
    this.soft = g(this.soft, (n) => new Uint8Array(n));
  }

  isWord(i: number): boolean {
    return this.words[i] === 1;
  }

  /** The token as written (soft hyphens removed). */
  tokenText(i: number): string {
    const t = this.text.slice(this.starts[i], this.ends[i]);
    return this.soft[i] ? t.split('\u00ad').join('') : t;
  }

  lower(i: number): string {
    let l = this.lowers[i];
    if (l === undefined) {
      l = this.tokenText(i).toLowerCase();
      this.lowers[i] = l;
    }
    return l;
  }

  /** A single-character symbol token equal to `ch`? */
  isSymbol(i: number, ch: string): boolean {
    return this.words[i] === 0 && this.text.charCodeAt(this.starts[i]) === ch.charCodeAt(0);
  }

  /** Hyphens between words are optional joiners ("VA-ECMO" ≡ "VA ECMO"). False outside the buffer. */
  isJoiner(i: number): boolean {
    // The arrays are reused between fills: slots past `length` hold an earlier text's tokens.
    return i >= 0 && i < this.length && this.words[i] === 0 && this.text.charCodeAt(this.starts[i]) === 45;
  }
}
