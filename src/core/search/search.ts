/**
 * Glossary search for the popup. Tiers, in order:
 *   0. exact match of a headword, abbreviation, alias or spelling ("act", "cpb", "haematocrit");
 *   1. prefix of a name ("protamin", "heart lung");
 *   2. prefix of a later word of a name ("ecmo" → veno-arterial ECMO, "clamp" → cross-clamp);
 *   3. typo: within about one slip in three letters of a name, its start or a later part of
 *      it ("oxygentor", "cardioplegai", "cardiopulmonry"), by edit distance;
 *   4. words of the definitions ("anticoagulant", "potassium").
 * Names are compared as loose keys (letters and digits only, lower case, accents removed),
 * so spaces, hyphens and dashes never matter ("va ecmo" = "VA-ECMO", "angio vac" = "AngioVac").
 * British spellings match US ones through `usSpelling` ("haemolysed" → hemolysed), on top of
 * the `british` forms listed in the glossary.
 *
 * fuse.js was the first engine for tiers 3 and 4; it took 2–4 ms per query on 171 entries
 * (bitap over every name, token search over the definitions), above the 2 ms per keystroke
 * budget, and ranked any name containing the query as equally good.
 * A bigram prefilter plus a bounded edit distance is both faster and better ranked
 * (see BENCHMARKS.md, "Popup search").
 *
 * Everything here is pure: no DOM, no extension APIs.
 */
import type { Entry } from '../glossary/schema';
import { looseKey } from '../text/normalize';

export interface SearchDoc {
  id: string;
  term: string;
  /** Names as written: headword, abbreviations, aliases, British spellings, plurals. */
  names: string[];
  /** Loose keys of `names`, parallel to it. */
  keys: string[];
  definition: string;
}

export type Tier = 0 | 1 | 2 | 3 | 4;

export interface SearchHit {
  id: string;
  /** Which name matched (for "ACT → activated clotting time" display); the headword for definition hits. */
  matched: string;
  tier: Tier;
  /** Lower is better, comparable within a tier. */
  score: number;
}

export function toSearchDocs(entries: readonly Entry[]): SearchDoc[] {
  return entries.map((e) => {
    const names = [e.term, ...(e.abbreviations ?? []), ...(e.aliases ?? []), ...(e.british ?? []), ...(e.plurals ?? [])];
    return { id: e.id, term: e.term, names, keys: names.map(looseKey), definition: e.definition };
  });
}

/**
 * Maps British spellings in a loose key to US ones: haem → hem, oesophageal → esophageal,
 * sulphate → sulfate, -ise/-yse → -ize/-yze. Applied to both sides of a comparison, so an
 * odd mapping of an ordinary word ("aerobic" → "erobic") is harmless.
 */
export function usSpelling(key: string): string {
  if (!BRITISH.test(key)) return key;
  return key
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'e')
    .replace(/sulph/g, 'sulf')
    .replace(/([iy])s(e|ed|es|ing)$/, '$1z$2')
    .replace(/([iy])sation/g, '$1zation');
}

const BRITISH = /ae|oe|sulph|[iy]s(?:e|ed|es|ing|ation)/;

/** Largest edit distance accepted as a typo, per letter typed (about one slip in three). */
const TYPO_RATE = 0.34;
/** Looser rate for "closest terms" when nothing matched. */
const SUGGEST_RATE = 0.6;

/** A searchable form: a name's loose key or one of its tails ("vaecmo" → "ecmo"). */
interface Form {
  key: string;
  doc: number;
  name: number;
  /** 0 for a whole name; the word index for a tail. */
  word: number;
}

const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'are', 'was', 'into', 'its', 'not', 'but', 'than', 'when', 'which']);

/** Loose key of a single word (letters and digits only): lower case, accents removed. */
function wordKey(w: string): string {
  const lower = w.toLowerCase();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII fast path
  return /^[\x00-\x7f]*$/.test(lower) ? lower : looseKey(lower);
}

/** Words of a text for the definition tier: loose, US spelling. */
function words(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => usSpelling(wordKey(w)))
    .filter((w) => w.length >= 2);
}

/** Letters a–z and digits as 0–35; anything else (accented or Greek letters) shares 36. */
const letterCode = (c: number) => (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : 36);
const BIGRAMS = 37 * 37;
/** The two letters of a loose key at `i` as one number below BIGRAMS. */
const bigram = (s: string, i: number) => letterCode(s.charCodeAt(i)) * 37 + letterCode(s.charCodeAt(i + 1));

/** Shorter names, and the headword, win ties: `bias` is tiny next to tier scores. */
const nameBias = (i: number, key: string) => (i === 0 ? 0 : 0.0005) + key.length / 1e6;

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) from `a` to
 * all of `b` (`whole`) and to the closest start of `b` (`head`: "cardiopulmonry" is one slip
 * from the start of "cardiopulmonarybypass"). Either is Infinity once above `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): { whole: number; head: number } {
  const m = a.length;
  // Only the first m + max letters of b can take part in a head match within max.
  const n = Math.min(b.length, m + (Number.isFinite(max) ? max : b.length));
  const wholeTooFar = b.length - m > max;
  let prev2 = rows.a;
  let prev = rows.b;
  let cur = rows.c;
  if (prev.length <= n) {
    rows.a = prev2 = new Int32Array(n + 32);
    rows.b = prev = new Int32Array(n + 32);
    rows.c = cur = new Int32Array(n + 32);
  }
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = prev[j - 1] + (ca === cb ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Every later cell is at least this row's minimum.
    if (rowMin > max) return { whole: Number.POSITIVE_INFINITY, head: Number.POSITIVE_INFINITY };
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  let head = Number.POSITIVE_INFINITY;
  for (let j = 0; j <= n; j++) if (prev[j] < head) head = prev[j];
  const cap = (d: number) => (d > max ? Number.POSITIVE_INFINITY : d);
  return { whole: wholeTooFar || n < b.length ? Number.POSITIVE_INFINITY : cap(prev[n]), head: cap(head) };
}
const rows = { a: new Int32Array(64), b: new Int32Array(64), c: new Int32Array(64) };

export class GlossarySearch {
  private us: string[][];
  private forms: Form[] = [];
  /** Built on first use (or by `warm`): the typo prefilter and the definition words. */
  private typoIndex?: { postingStart: Int32Array; postings: Int32Array; counts: Uint16Array };
  private definitionIndex?: { vocab: string[]; vocabDocs: Map<string, number[]> };

  constructor(readonly docs: SearchDoc[]) {
    this.us = docs.map((d) => d.keys.map(usSpelling));
    docs.forEach((d, di) => {
      // One form per key and entry, from the name where it comes earliest.
      const forms = new Map<string, Form>();
      const add = (key: string, name: number, word: number) => {
        const old = forms.get(key);
        if (key && (!old || word < old.word)) forms.set(key, { key, doc: di, name, word });
      };
      d.keys.forEach((k, i) => {
        add(k, i, 0);
      });
      d.names.forEach((name, i) => {
        if (!/[\s\-–—/]/.test(name)) return;
        const w = name.split(/[\s\-–—/]+/).map(looseKey).filter(Boolean);
        let tail = '';
        for (let j = w.length - 1; j >= 1; j--) {
          tail = w[j] + tail;
          add(tail, i, j);
        }
      });
      this.forms.push(...forms.values());
    });
  }

  /** Builds the parts that are otherwise built on first use (call when idle). */
  warm(): this {
    this.typos('warm', TYPO_RATE);
    this.inDefinitions('warm', 1);
    return this;
  }

  private getTypoIndex() {
    if (this.typoIndex) return this.typoIndex;
    // Bigram postings in two flat arrays (offsets per bigram, then form indexes): a few
    // hundred thousand numbers for a large glossary, built without a Map or an array per bigram.
    const last = new Int32Array(BIGRAMS);
    const sizes = new Int32Array(BIGRAMS + 1);
    const eachBigram = (fn: (g: number, fi: number) => void) => {
      last.fill(-1);
      this.forms.forEach((f, fi) => {
        // Typos are judged on the start of a form, so only its first letters are indexed.
        const end = Math.min(f.key.length, 24);
        for (let i = 0; i + 1 < end; i++) {
          const g = bigram(f.key, i);
          if (last[g] !== fi) {
            last[g] = fi;
            fn(g, fi);
          }
        }
      });
    };
    eachBigram((g) => sizes[g + 1]++);
    for (let g = 0; g < BIGRAMS; g++) sizes[g + 1] += sizes[g];
    const postings = new Int32Array(sizes[BIGRAMS]);
    const fill = sizes.slice(0, BIGRAMS);
    eachBigram((g, fi) => {
      postings[fill[g]++] = fi;
    });
    this.typoIndex = { postingStart: sizes, postings, counts: new Uint16Array(this.forms.length) };
    return this.typoIndex;
  }

  private getDefinitionIndex() {
    if (this.definitionIndex) return this.definitionIndex;
    const vocabDocs = new Map<string, number[]>();
    this.docs.forEach((d, di) => {
      for (const w of new Set(words(d.definition))) {
        const list = vocabDocs.get(w);
        if (list) list.push(di);
        else vocabDocs.set(w, [di]);
      }
    });
    this.definitionIndex = { vocab: [...vocabDocs.keys()].sort(), vocabDocs };
    return this.definitionIndex;
  }

  /** Ranked hits for what the user typed; at most `limit`. */
  search(query: string, limit = 25): SearchHit[] {
    const q = looseKey(query);
    if (!q) return [];
    const qus = usSpelling(q);
    // British-to-US prefixes only once the word is long enough to mean it ("coe" ≠ "ce…").
    const usPrefix = qus !== q && q.length >= 5;
    const hits = new Map<string, SearchHit>();
    const put = (hit: SearchHit) => {
      const old = hits.get(hit.id);
      if (!old || hit.tier < old.tier || (hit.tier === old.tier && hit.score < old.score)) hits.set(hit.id, hit);
    };

    this.docs.forEach((d, di) => {
      const keys = d.keys;
      const us = this.us[di];
      // Best name per tier for this entry; the headword is shown whenever it qualifies.
      let exact = -1;
      let prefix = -1;
      let prefixScore = Number.POSITIVE_INFINITY;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k === q || us[i] === qus) {
          if (exact < 0) exact = i;
        } else if (k.startsWith(q) || (usPrefix && us[i].startsWith(qus))) {
          const s = (k.length - q.length) / 100 + nameBias(i, k);
          if (s < prefixScore) prefixScore = s;
          if (prefix < 0) prefix = i;
        }
      }
      if (exact >= 0) put({ id: d.id, matched: d.names[exact], tier: 0, score: nameBias(exact, keys[exact]) });
      else if (prefix >= 0) put({ id: d.id, matched: d.names[prefix], tier: 1, score: prefixScore });
    });
    for (const f of this.forms) {
      if (f.word > 0 && f.key.startsWith(q)) {
        const d = this.docs[f.doc];
        put({ id: d.id, matched: d.names[f.name], tier: 2, score: (f.key.length - q.length) / 100 + f.word / 10 + nameBias(f.name, f.key) });
      }
    }

    if (q.length >= 4 && hits.size < limit) {
      for (const t of this.typos(q, TYPO_RATE)) put({ ...t, tier: 3 });
    }
    if (hits.size < limit) {
      for (const t of this.inDefinitions(query, limit)) put(t);
    }
    // Equal scores in alphabetical order, so the list never reshuffles between keystrokes.
    return [...hits.values()].sort((a, b) => a.tier - b.tier || a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
  }

  /** Closest entries for a query with no results ("did you mean"). */
  suggest(query: string, limit = 3): SearchHit[] {
    const q = looseKey(query);
    if (q.length < 2) return [];
    return this.typos(q, SUGGEST_RATE)
      .sort((a, b) => a.score - b.score)
      .slice(0, limit)
      .map((h) => ({ ...h, tier: 3 as const }));
  }

  /**
   * Entries with a name (or its start, or a later part of it) within `rate` edits per letter
   * of `q`. A form is only compared when it shares enough bigrams with the query (q-gram
   * lemma: each edit destroys at most two bigrams).
   */
  private typos(q: string, rate: number): Omit<SearchHit, 'tier'>[] {
    const max = Math.max(1, Math.floor(q.length * rate));
    const need = Math.max(1, q.length - 1 - 2 * max);
    const { postingStart, postings, counts } = this.getTypoIndex();
    counts.fill(0);
    const touched: number[] = [];
    const seen = new Set<number>();
    for (let i = 0; i + 1 < q.length; i++) {
      const g = bigram(q, i);
      if (seen.has(g)) continue;
      seen.add(g);
      for (let p = postingStart[g]; p < postingStart[g + 1]; p++) {
        const fi = postings[p];
        if (counts[fi]++ === 0) touched.push(fi);
      }
    }
    const best = new Map<number, { score: number; name: number }>();
    for (const fi of touched) {
      if (counts[fi] < need) continue;
      const f = this.forms[fi];
      const d = editDistance(q, f.key, max);
      const whole = d.whole / Math.max(q.length, f.key.length);
      // The start of a longer name: penalised a little, and by how much is left untyped.
      const head = d.head / q.length + 0.05 + Math.max(0, f.key.length - q.length) / 400;
      let s = Math.min(whole, head);
      if (!Number.isFinite(s)) continue;
      s += (f.word ? 0.05 + f.word / 100 : 0) + nameBias(f.name, f.key);
      const old = best.get(f.doc);
      if (!old || s < old.score) best.set(f.doc, { score: s, name: f.name });
    }
    return [...best].map(([di, b]) => ({ id: this.docs[di].id, matched: this.docs[di].names[b.name], score: b.score }));
  }

  /** Entries whose definition has every query word (3+ letters) at the start of one of its words. */
  private inDefinitions(query: string, limit: number): SearchHit[] {
    const qw = words(query).filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
    if (!qw.length) return [];
    const { vocab, vocabDocs } = this.getDefinitionIndex();
    let docs: Map<number, number> | undefined;
    for (const w of qw) {
      const found = new Map<number, number>();
      // Binary search for the first vocabulary word ≥ w, then walk the words starting with w.
      let lo = 0;
      let hi = vocab.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (vocab[mid] < w) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < vocab.length && vocab[i].startsWith(w); i++) {
        const exact = vocab[i] === w ? 0 : 0.1;
        for (const di of vocabDocs.get(vocab[i]) ?? []) {
          const prev = found.get(di);
          if (prev === undefined || exact < prev) found.set(di, exact);
        }
      }
      if (!docs) docs = found;
      else for (const [di, s] of docs) found.has(di) ? docs.set(di, s + (found.get(di) ?? 0)) : docs.delete(di);
      if (!docs.size) return [];
    }
    return [...(docs ?? [])]
      .map(([di, s]) => ({ id: this.docs[di].id, matched: this.docs[di].term, tier: 4 as const, score: s + this.docs[di].definition.length / 1e5 }))
      .sort((a, b) => a.score - b.score)
      .slice(0, limit);
  }
}
