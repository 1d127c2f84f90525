import { lowerOf } from '../text/char-tables';

/** Regular English plurals of a form's last token (irregular ones are listed in the glossary). */
export function regularPlurals(last: string, caseSensitive: boolean): string[] {
  // Acronyms take a lower-case s: LVADs, IABPs.
  if (caseSensitive && /^[\p{Lu}\d]+$/u.test(last)) return [`${last}s`];
  if (caseSensitive) return [];
  if (/[^aeiou]y$/.test(last)) return [`${last.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(last)) return [`${last}es`];
  return [`${last}s`];
}

/**
 * Is `word` a regular plural of `last`? The same rules as regularPlurals (a unit test holds
 * them together) without regexps or strings: this runs in a page's first pass, where
 * compiling a Unicode regexp alone costs about a millisecond.
 */
export function isRegularPlural(word: string, last: string, caseSensitive: boolean): boolean {
  const n = last.length;
  const extra = word.length - n;
  if (extra !== 1 && extra !== 2) return false;
  if (caseSensitive) return extra === 1 && word.charCodeAt(n) === S && isCapitalsAndDigits(last) && sharesPrefix(word, last, n);
  const z = last.charCodeAt(n - 1);
  if (z === Y && n >= 2 && !VOWELS.includes(last[n - 2])) return extra === 2 && sharesPrefix(word, last, n - 1) && word.endsWith('ies');
  const y = last.charCodeAt(n - 2);
  const es = z === S || z === X || z === Z || (z === H && (y === C || y === S));
  return extra === (es ? 2 : 1) && sharesPrefix(word, last, n) && word.charCodeAt(word.length - 1) === S && (!es || word.charCodeAt(n) === E);
}

const [C, E, H, S, X, Y, Z] = [...'cehsxyz'].map((c) => c.charCodeAt(0));
const VOWELS = 'aeiou';

function sharesPrefix(word: string, last: string, n: number): boolean {
  for (let i = 0; i < n; i++) if (word.charCodeAt(i) !== last.charCodeAt(i)) return false;
  return true;
}

/** Every code unit a capital letter (the character table lowers it) or an ASCII digit. */
function isCapitalsAndDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 48 || c > 57) && lowerOf(c) === c) return false;
  }
  return true;
}
