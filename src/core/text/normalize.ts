/**
 * Text normalisation shared by the page matcher, the glossary compiler and search.
 *
 * `normalizeForMatch` maps every UTF-16 code unit to exactly one code unit, so an
 * offset into the normalised string is the same offset into the page's text node.
 * Characters that should vanish (soft hyphens, zero-width joiners) become TRANSPARENT,
 * which the tokenizer skips inside words.
 */

export const TRANSPARENT = '\u00ad';

const CHAR_MAP: Record<string, string> = {};
const map = (chars: string, to: string) => {
  for (const c of chars) CHAR_MAP[c] = to;
};
// Hyphens and dashes (incl. non-breaking hyphen, figure dash, minus sign) → '-'
map('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2043', '-');
// Non-breaking, thin and other fixed-width spaces → ' '
map('\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000', ' ');
// Soft hyphen and zero-width characters disappear
map('\u00ad\u200b\u200c\u200d\u2060\ufeff', TRANSPARENT);
// Subscript and superscript digits and signs
'₀₁₂₃₄₅₆₇₈₉'.split('').forEach((c, i) => { CHAR_MAP[c] = String(i); });
'⁰¹²³⁴⁵⁶⁷⁸⁹'.split('').forEach((c, i) => { CHAR_MAP[c] = String(i); });
map('⁺₊', '+');
map('⁻₋', '-');
// Typographic apostrophes
map('\u2019\u02bc\u2032', "'");

/**
 * The same map by code unit, for the hot loops of a page scan: the normalised code unit, or 0
 * where normalisation leaves the character alone. Only mapped characters are written, so
 * building it costs nothing at start-up (a full table took 20–40 ms in a fresh content script).
 */
export const NORM_CODE = new Uint16Array(65536);
for (const [from, to] of Object.entries(CHAR_MAP)) NORM_CODE[from.charCodeAt(0)] = to.charCodeAt(0);

/** Every mapped character, as one class: finding them is left to the native regexp engine. */
const MAPPED = new RegExp(`[${Object.keys(CHAR_MAP).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

const mapChar = (c: string) => CHAR_MAP[c];

/**
 * Same-length normalisation (see module comment). Most text has nothing to map; text that
 * has is rewritten by one native replace, not character by character.
 */
export function normalizeForMatch(text: string): string {
  return text.replace(MAPPED, mapChar);
}

/** Normalisation for comparing surface forms: drops transparent characters too. */
export function normalizeForm(text: string): string {
  return normalizeForMatch(text).split(TRANSPARENT).join('');
}

export interface Token {
  /** Offsets into the (normalised, same-length) text. */
  start: number;
  end: number;
  /** Token text without transparent characters. */
  text: string;
  /** True for a run of letters/digits; false for a single punctuation or symbol character. */
  word: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const wordCache = new Map<number, boolean>();

/**
 * WORD_CHAR as bits (bit k of word i: code point start + 32i + k) for the blocks English
 * pages use beyond ASCII: Latin-1 to Greek (U+0080–U+03FF; µ, é, α) and punctuation,
 * symbols, arrows and the like (U+2000–U+2BFF; ’ “ ” • … ≥ →). Compiling a regexp with
 * Unicode property classes costs about a millisecond in a fresh content script, where
 * nearly every page has a curly quote; tests/unit/normalize.test.ts checks the bits against
 * WORD_CHAR for every code point.
 */
export const WORD_BITS_LATIN = Uint32Array.of(
  0x0, 0x762c0400, 0xff7fffff, 0xff7fffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff,
  0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0x3ffc3, 0x501f,
  0xffffffff, 0xffffffff, 0xffffffff, 0xbcdfffff, 0xffffd740, 0xfffffffb, 0xffffffff, 0xffbfffff,
);
const LATIN_START = 0x80;
const LATIN_END = 0x400;
/** U+2000–U+2BFF: only these 32-code-point groups hold word characters (the others are 0). */
const SYMBOL_BITS: Record<number, number> = {
  3: 0x83f30000, 4: 0x1fff03ff, 6: 0xffff0000, 7: 0x1ffff, 8: 0x3e2ffc84, 9: 0xf3ffbd50, 10: 0xffff43e0,
  11: 0xffffffff, 12: 0x3ff, 35: 0xffffffff, 36: 0xfffffff, 39: 0xfffffc00, 59: 0xffc00000, 60: 0xfffff,
};
export const WORD_BITS_SYMBOLS = Uint32Array.from({ length: 96 }, (_, i) => SYMBOL_BITS[i] ?? 0);
const SYMBOLS_START = 0x2000;
const SYMBOLS_END = 0x2c00;

export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (code === 0xad) return true; // TRANSPARENT: inside words
  if (code < LATIN_END) return ((WORD_BITS_LATIN[(code - LATIN_START) >>> 5] >>> ((code - LATIN_START) & 31)) & 1) === 1;
  if (code >= SYMBOLS_START && code < SYMBOLS_END) {
    return ((WORD_BITS_SYMBOLS[(code - SYMBOLS_START) >>> 5] >>> ((code - SYMBOLS_START) & 31)) & 1) === 1;
  }
  let known = wordCache.get(code);
  if (known === undefined) {
    // Surrogate halves count as word characters: astral letters are rare and harmless.
    known = (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(code));
    wordCache.set(code, known);
  }
  return known;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * Splits normalised text into word tokens and single-character symbol tokens.
 * Whitespace separates tokens and is not itself a token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    if (isWordCode(code)) {
      const start = i;
      let hasTransparent = code === 0xad;
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (!isWordCode(c)) break;
        if (c === 0xad) hasTransparent = true;
        i++;
      }
      let t = text.slice(start, i);
      if (hasTransparent) t = t.split(TRANSPARENT).join('');
      if (t.length === 0) continue; // a lone soft hyphen
      tokens.push({ start, end: i, text: t, word: true });
    } else {
      tokens.push({ start: i, end: i + 1, text: text[i], word: false });
      i++;
    }
  }
  return tokens;
}

/** Hyphens between words are optional joiners: "VA-ECMO" ≡ "VA ECMO". */
export function isJoiner(token: Token): boolean {
  return !token.word && token.text === '-';
}

/** The comparison tokens of a surface form: normalised, joiners dropped. */
export function formTokens(text: string): string[] {
  return tokenize(normalizeForMatch(text))
    .filter((t) => !isJoiner(t))
    .map((t) => t.text);
}

/** A key identifying a surface form for uniqueness checks. */
export function surfaceKey(text: string, caseSensitive: boolean): string {
  const key = formTokens(text).join(' ');
  return caseSensitive ? key : key.toLowerCase();
}

/** Loose key for search: lower-case letters and digits only ("angio vac" ≡ "AngioVac"). */
export function looseKey(text: string): string {
  // ASCII fast path (the search builds thousands of keys when the popup opens): the same
  // result as below, since only letters and digits survive.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: testing for ASCII
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return formTokens(text)
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .join('')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}
