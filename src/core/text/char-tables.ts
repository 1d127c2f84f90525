/**
 * Per-code-unit lookup tables for the hot loops of a page scan: normalisation, word
 * characters and lower-casing without creating strings. Filled lazily for non-ASCII.
 */
import { isWordCode, normalizedCode } from './normalize';

/** Normalised code unit for every UTF-16 code unit (see normalizeForMatch). */
export const NORM = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) NORM[c] = c < 0xa0 ? c : normalizedCode(c);

/** 0 = not yet known, 1 = word character, 2 = transparent (soft hyphen), 3 = other. */
const KIND = new Uint8Array(65536);
for (let c = 0; c < 128; c++) KIND[c] = isWordCode(c) ? 1 : 3;
KIND[0xad] = 2;

export function charKind(c: number): number {
  let k = KIND[c];
  if (k === 0) {
    k = isWordCode(c) ? 1 : 3;
    KIND[c] = k;
  }
  return k;
}

/** Lower-case code unit; 0 = not yet known (filled on first use). */
const LOWER = new Uint16Array(65536);
for (let c = 0; c < 128; c++) LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;

export function lowerOf(c: number): number {
  let l = LOWER[c];
  if (l === 0) {
    l = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    LOWER[c] = l;
  }
  return l;
}
