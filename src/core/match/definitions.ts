/**
 * In-document abbreviation definitions (rule R4 of the ambiguity notes): a page that writes
 * "mitral annuloplasty (MAP)" has told us what MAP means there. If the long form is ours,
 * the abbreviation is confirmed; if it is something else, our meaning is suppressed.
 */
import { isWordCode } from '../text/normalize';
import { hashWord, type TokenBuffer } from '../text/tokens';
import type { MatchData } from './match-data';
import { pairHash } from './prescan';

export interface Definition {
  /** The abbreviation as written (case-sensitive tokens joined by spaces). */
  key: string;
  /** Entry index whose long form the page used, or -1 for a different meaning. */
  entry: number;
}

const STOP = new Set(['.', ';', ':', '(', ')', '[', ']', '!', '?', '"']);

/**
 * The entries owning each case-sensitive abbreviation ("CPB", "V A ECMO"), looked up through
 * the matcher's form index when a page writes one in parentheses: nothing is built at
 * start-up, which runs in every frame of every page.
 */
export class AbbreviationOwners {
  private cache = new Map<string, number[] | null>();

  constructor(private readonly data: MatchData) {}

  /** Entry indexes owning the abbreviation of `tokens` (joiners dropped), in form order. */
  get(tokens: string[], key = tokens.join(' ')): number[] | undefined {
    let owners = this.cache.get(key);
    if (owners === undefined) {
      owners = this.find(tokens, key);
      this.cache.set(key, owners);
    }
    return owners ?? undefined;
  }

  private find(tokens: string[], key: string): number[] | null {
    const { index, forms } = this.data;
    const first = hashWord(tokens[0]);
    const list = tokens.length === 1 ? index.singles[first] : index.pairs[pairHash(first, hashWord(tokens[1]))];
    const out: number[] = [];
    for (const f of list ?? []) {
      const form = forms[f];
      if (form.cs && form.t.length === tokens.length && !out.includes(form.e) && form.t.join(' ') === key) out.push(form.e);
    }
    return out.length > 0 ? out : null;
  }
}

export function findDefinitions(buf: TokenBuffer, data: MatchData, abbrs: AbbreviationOwners): Definition[] {
  const out: Definition[] = [];
  for (let k = 1; k < buf.length; k++) {
    // An abbreviation starts with a word (checked first: it is one array read).
    if (buf.words[k + 1] !== 1 || !buf.isSymbol(k, '(')) continue;
    // Abbreviation: up to 4 tokens (hyphens dropped) before ')'.
    const inner: string[] = [];
    let close = -1;
    for (let i = k + 1; i < buf.length && i <= k + 5; i++) {
      if (buf.isSymbol(i, ')')) {
        close = i;
        break;
      }
      if (buf.isJoiner(i)) continue;
      inner.push(buf.tokenText(i));
    }
    if (close < 0 || inner.length === 0) continue;
    const key = inner.join(' ');
    const owners = abbrs.get(inner, key);
    if (!owners) continue;
    // Long-form window: words before '(' back to a stop character.
    const letters = wordChars(key).replace(DIGITS, '').length;
    const maxWords = Math.min(letters + 5, letters * 2 + 1);
    const words: string[] = [];
    for (let i = k - 1; i >= 0 && words.length < maxWords; i--) {
      if (!buf.isWord(i) && STOP.has(buf.tokenText(i))) break;
      if (buf.isWord(i)) words.unshift(buf.lower(i));
    }
    if (words.length === 0) continue;
    // Compared closed up on both sides, so "veno-arterial" and "venoarterial" agree.
    const closed = words.join('');
    const agreeing = owners.find((e) => data.entries[e].longForms.some((lf) => lf.length > 0 && closed.endsWith(lf)));
    if (agreeing !== undefined) out.push({ key, entry: agreeing });
    else if (looksLikeDefinition(key, words)) out.push({ key, entry: -1 });
  }
  return out;
}

/**
 * Schwartz–Hearst style check: the abbreviation's first letter starts one of the words and
 * its letters appear in order in the words that follow. Keeps "(CPB)" after unrelated text
 * from being read as a definition.
 */
export function looksLikeDefinition(abbr: string, words: string[]): boolean {
  const letters = wordChars(abbr.toLowerCase());
  if (letters.length < 2) return false;
  for (let start = words.length - 1; start >= 0; start--) {
    if (words[start][0] !== letters[0]) continue;
    const text = words.slice(start).join(' ');
    let p = 0;
    for (const ch of text) if (p < letters.length && ch === letters[p]) p++;
    if (p === letters.length) return true;
  }
  return false;
}

const DIGITS = /[0-9]/g;

/**
 * The letters and digits of `s` (and combining marks: an abbreviation has none). A loop, not
 * a Unicode regexp: this runs in a page's first pass, where compiling one costs about a
 * millisecond.
 */
function wordChars(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0xad && isWordCode(c)) out += s[i];
  }
  return out;
}
