/**
 * Per-code-unit lookup table for the hot loops of a page scan: word characters and
 * lower-casing without creating strings or calling functions per character (normalisation
 * has its own table, NORM_CODE in normalize.ts). Non-ASCII entries are filled on first use.
 *
 * The loops run before V8 has optimised anything (a content script's first pass is its
 * first run), where every function call and property load per character costs: one table
 * read gives both the kind and the lower-case form.
 */
import { isWordCode } from './normalize';

/**
 * Word hashes (page scan and glossary side alike) keep 25 bits, so every step of
 * `h * 31 + c` stays a V8 small integer (below 2^30): while the scan still runs interpreted,
 * a product that overflowed would allocate a heap number per character. Collisions only make
 * the pre-scanner err towards more hits, which it may.
 */
export const HASH_MASK = 0x1ffffff;

export const KIND_WORD = 1;
/** Soft hyphen and zero-width characters: inside a word, not part of it. */
export const KIND_TRANSPARENT = 2;
export const KIND_OTHER = 3;

/**
 * (kind << 16) | lower-case code unit, for every UTF-16 code unit; 0 = not yet known (no
 * code unit has kind 0, so a filled entry is never 0).
 */
export const INFO = new Int32Array(65536);
for (let c = 0; c < 128; c++) INFO[c] = ((isWordCode(c) ? KIND_WORD : KIND_OTHER) << 16) | (c >= 65 && c <= 90 ? c + 32 : c);
INFO[0xad] = (KIND_TRANSPARENT << 16) | 0xad;

/** Fills and returns INFO[c] (the slow path of a table read that gave 0). */
export function charInfo(c: number): number {
  let info = INFO[c];
  if (info === 0) {
    const kind = isWordCode(c) ? KIND_WORD : KIND_OTHER;
    info = (kind << 16) | String.fromCharCode(c).toLowerCase().charCodeAt(0);
    INFO[c] = info;
  }
  return info;
}

/** Lower-case code unit (one code unit: characters whose lower case is longer keep their first unit). */
export function lowerOf(c: number): number {
  return charInfo(c) & 0xffff;
}
