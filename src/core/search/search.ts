/**
 * Glossary search for the popup. Kinds of match (`tier`):
 *   0. exact match of a headword, abbreviation, alias or spelling ("act", "cpb", "haematocrit");
 *   1. prefix of a name ("protamin", "heart lung");
 *   2. prefix of a later word of a name ("ecmo" → veno-arterial ECMO, "bypass" → cardiopulmonary bypass);
 *   3. typo: a name, its start or a later part of it within about one slip in three letters
 *      ("oxygentor", "cardioplegai", "cardiopulmonry"), found by fuse.js;
 *   4. words of the definitions ("anticoagulant", "gas exchange"), ranked by fuse.js.
 * Exact matches always come first. Every other hit gets a cost and the list is sorted by it, so
 * the kinds overlap at their edges: a headword's later word can beat the prefix of an alias
 * ("bypass": cardiopulmonary bypass before "bypass time"), a one-letter slip in a long word can
 * beat a prefix that runs across a word break the user did not type ("perfusionst":
 * perfusionist before "AmSECT perfusion standards"), and a definition that starts with the
 * words typed can beat a three-letter typo ("gas exchange": oxygenator before heat exchanger).
 * Costs favour the headword over other names, fewer letters left untyped, and central concepts
 * (entries that many others list as related: ECMO, cardiopulmonary bypass, oxygenator).
 *
 * Names are compared as loose keys (letters and digits only, lower case, accents removed),
 * so spaces, hyphens and dashes never matter ("va ecmo" = "VA-ECMO", "angio vac" = "AngioVac").
 * British spellings match US ones through `usSpelling` ("haemolysed" → hemolysed), on top of
 * the `british` forms listed in the glossary.
 *
 * How fuse.js is used, and why not over everything: fuse.js (bitap) scores the typo and
 * definition tiers, but a fuse.js search over all names (about 3,000 loose keys) or all 669
 * definitions takes 5–15 ms per query, several times the 2 ms per keystroke budget, and a
 * prebuilt index (`Fuse.createIndex`) only saves the build, not the search, which visits every
 * record. So each query first picks candidates cheaply and hands only those to a fresh
 * `new Fuse(candidates, …)` (tens of records: about 0.1 ms):
 *   - typos: the name forms sharing the most letter pairs (bigrams) with the query (q-gram
 *     lemma: each edit destroys at most two), at most TYPO_CANDIDATES of them; fuse.js decides
 *     which are within the typo threshold and scores them by errors per letter and by how far
 *     from the start of the form the match begins (`location` 0);
 *   - definitions: the entries whose definition has every query word at the start of one of its
 *     words (a sorted word list); fuse.js extended search scores each definition by how early
 *     each word appears, with its field-length norm favouring short definitions; a phrase
 *     typed as written in the definition, and central entries, are favoured on top.
 * See BENCHMARKS.md, "Popup search".
 *
 * Everything here is pure: no DOM, no extension APIs.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
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
  /** How many other entries list this one as related: how central the concept is. */
  links: number;
}

export type Tier = 0 | 1 | 2 | 3 | 4;

export interface SearchHit {
  id: string;
  /** Which name matched (for "ACT → activated clotting time" display); the headword for definition hits. */
  matched: string;
  tier: Tier;
  /** Lower is better. Exact matches (tier 0) come first; all other tiers share one scale. */
  score: number;
}

export function toSearchDocs(entries: readonly Entry[]): SearchDoc[] {
  const links = new Map<string, number>();
  for (const e of entries) {
    for (const r of new Set(e.related ?? [])) if (r !== e.id) links.set(r, (links.get(r) ?? 0) + 1);
  }
  return entries.map((e) => {
    const names = [e.term, ...(e.abbreviations ?? []), ...(e.aliases ?? []), ...(e.british ?? []), ...(e.plurals ?? [])];
    return { id: e.id, term: e.term, names, keys: names.map(looseKey), definition: e.definition, links: links.get(e.id) ?? 0 };
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

/** Largest share of a query's letters that may be wrong for a typo match (about one slip in three). */
const TYPO_RATE = 0.34;
/** Looser rate for "closest terms" when nothing matched. */
const SUGGEST_RATE = 0.6;
/** At most this many name forms, those sharing the most bigrams with the query, go to fuse.js. */
const TYPO_CANDIDATES = 48;
/** At most this many definitions go to fuse.js (exact word matches and short definitions first). */
const DEFINITION_CANDIDATES = 60;

/**
 * Costs (lower ranks higher). A prefix of the headword with nothing left to type costs 0; the
 * rest add up from there. `central` is subtracted, per doubling of the links to an entry.
 */
const COST = {
  /** An abbreviation, alias, British spelling or plural rather than the headword. */
  otherName: 0.03,
  /** A later word of a name ("bypass" in cardiopulmonary bypass), plus `perWord` per word in. */
  laterWord: 0.04,
  perWord: 0.01,
  /** Per doubling of the letters the user has not typed yet. */
  untyped: 0.02,
  /** A prefix that runs across a word break the query does not have and stops inside a word. */
  runOn: 0.08,
  /** A typo, plus `typoScale` × the fuse.js score (errors per letter, plus distance from the form's start). */
  typo: 0.05,
  typoScale: 1.5,
  /** A definition match, plus `definitionScale` × the fuse.js score. */
  definition: 0.3,
  definitionScale: 0.3,
  /** Every query word found as a whole word rather than the start of one. */
  wholeWords: -0.02,
  /** A multi-word query found as written, words side by side. */
  phrase: -0.05,
  /** Subtracted per doubling of (1 + the entries that list this one as related), up to 32. */
  central: 0.015,
} as const;

const log2 = Math.log2;
const untypedCost = (letters: number) => COST.untyped * log2(1 + Math.max(0, letters));
const centralBoost = (links: number) => COST.central * log2(1 + Math.min(links, 31));

/** A searchable form: a name's loose key or one of its tails ("vaecmo" → "ecmo"). */
interface Form {
  key: string;
  /** `key` in US spelling. */
  us: string;
  doc: number;
  name: number;
  /** 0 for a whole name; the word index for a tail. */
  word: number;
  /** Letters in the form's first word: a query no longer than that cannot run on past a break. */
  firstWord: number;
  /** False for a British form that reads the same in US spelling as another form of the entry. */
  typo: boolean;
}

const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'are', 'was', 'into', 'its', 'not', 'but', 'than', 'when', 'which']);

/** Word separators in names and queries. */
const SEPARATORS = /[\s\-–—/]+/;

/** Words of a text for the definition tier: loose (letters and digits, lower case, accents removed), US spelling. */
function words(text: string): string[] {
  const lower = text.toLowerCase();
  // ASCII fast path (most definitions): the same words as the general case.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: testing for ASCII
  const raw = /^[\x00-\x7f]*$/.test(lower) ? lower.split(/[^a-z0-9]+/) : lower.split(/[^\p{L}\p{N}]+/u).map(looseKey);
  const out: string[] = [];
  for (const w of raw) {
    const us = usSpelling(w);
    if (us.length >= 2) out.push(us);
  }
  return out;
}

/** Letters a–z and digits as 0–35; anything else (accented or Greek letters) shares 36. */
const letterCode = (c: number) => (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : 36);
const BIGRAMS = 37 * 37;
/** The two letters of a loose key at `i` as one number below BIGRAMS. */
const bigram = (s: string, i: number) => letterCode(s.charCodeAt(i)) * 37 + letterCode(s.charCodeAt(i + 1));

/** Ties within tier 0: the headword first, then shorter names. Tiny next to any cost. */
const nameBias = (i: number, key: string) => (i === 0 ? 0 : 0.0005) + key.length / 1e6;

/**
 * fuse.js over name forms (loose keys): bitap from the start of the form (`location` 0), so a
 * match further in costs `1 / distance` per letter on top of its errors per letter.
 */
const typoOptions = (threshold: number): IFuseOptions<string> => ({
  includeScore: true,
  shouldSort: false,
  threshold,
  location: 0,
  distance: 40,
  ignoreFieldNorm: true,
});

/**
 * fuse.js over definitions (words in loose US spelling, one space apart): extended search, so
 * each query word is its own term and all must match; each scores by how far from the start
 * it first occurs (`location` 0; `distance` 500 is longer than any definition, so every
 * occurrence qualifies), the terms' scores are averaged, and the field-length norm
 * (`fieldNormWeight` 0.5) favours short definitions: "gas exchange" puts the oxygenator ("The
 * gas exchange device of…") ahead of entries that mention gas exchange in passing.
 */
const DEFINITION_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  shouldSort: false,
  useExtendedSearch: true,
  threshold: 0.65,
  location: 0,
  distance: 500,
  fieldNormWeight: 0.5,
};

export class GlossarySearch {
  private forms: Form[] = [];
  /** Built on first use (or by `warm`): the typo prefilter and the definition words. */
  private typoIndex?: { forms: Form[]; postingStart: Int32Array; postings: Int32Array; counts: Uint16Array };
  private definitionIndex?: { vocab: string[]; vocabDocs: Map<string, number[]>; texts: string[] };

  constructor(readonly docs: SearchDoc[]) {
    docs.forEach((d, di) => {
      // One form per key and entry, from the name where it comes earliest.
      const forms = new Map<string, Form>();
      const add = (key: string, name: number, word: number, firstWord: number) => {
        const old = forms.get(key);
        if (key && (!old || word < old.word)) forms.set(key, { key, us: usSpelling(key), doc: di, name, word, firstWord, typo: true });
      };
      d.names.forEach((name, i) => {
        if (!SEPARATORS.test(name)) {
          add(d.keys[i], i, 0, d.keys[i].length);
          return;
        }
        const w = name.split(SEPARATORS).map(looseKey).filter(Boolean);
        add(d.keys[i], i, 0, w[0]?.length ?? 0);
        let tail = '';
        for (let j = w.length - 1; j >= 1; j--) {
          tail = w[j] + tail;
          add(tail, i, j, w[j].length);
        }
      });
      const us = new Set<string>();
      for (const f of forms.values()) {
        if (us.has(f.us)) f.typo = false;
        else us.add(f.us);
        this.forms.push(f);
      }
    });
  }

  /** Builds the parts that are otherwise built on first use (call when idle). */
  warm(): this {
    this.getTypoIndex();
    this.getDefinitionIndex();
    return this;
  }

  private getTypoIndex() {
    if (this.typoIndex) return this.typoIndex;
    // Typos are judged in US spelling, so "anaesthesia" and "anesthesia" find the same names;
    // a British form that reads the same in US spelling as another name of the entry is left out.
    const forms = this.forms.filter((f) => f.typo);
    // Bigram postings in two flat arrays (offsets per bigram, then form indexes): a few
    // hundred thousand numbers for a large glossary, built without a Map or an array per bigram.
    const last = new Int32Array(BIGRAMS);
    const sizes = new Int32Array(BIGRAMS + 1);
    const eachBigram = (fn: (g: number, fi: number) => void) => {
      last.fill(-1);
      forms.forEach((f, fi) => {
        // Typos are judged near the start of a form, so only its first letters are indexed.
        const end = Math.min(f.us.length, 24);
        for (let i = 0; i + 1 < end; i++) {
          const g = bigram(f.us, i);
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
    this.typoIndex = { forms, postingStart: sizes, postings, counts: new Uint16Array(forms.length) };
    return this.typoIndex;
  }

  private getDefinitionIndex() {
    if (this.definitionIndex) return this.definitionIndex;
    const vocabDocs = new Map<string, number[]>();
    const texts = this.docs.map((d, di) => {
      const ws = words(d.definition);
      for (const w of new Set(ws)) {
        const list = vocabDocs.get(w);
        if (list) list.push(di);
        else vocabDocs.set(w, [di]);
      }
      return ws.join(' ');
    });
    this.definitionIndex = { vocab: [...vocabDocs.keys()].sort(), vocabDocs, texts };
    return this.definitionIndex;
  }

  /** Ranked hits for what the user typed; at most `limit`. */
  search(query: string, limit = 25): SearchHit[] {
    const q = looseKey(query);
    if (!q) return [];
    const qus = usSpelling(q);
    // British-to-US prefixes only once the word is long enough to mean it ("coe" ≠ "ce…").
    const usPrefix = qus !== q && q.length >= 5;
    // Where the user put word breaks, in loose-key offsets ("perfusion st": 9), as typed and in US spelling.
    const queryBreaks = new Set<number>();
    const queryBreaksUs = new Set<number>();
    let offset = 0;
    let offsetUs = 0;
    for (const w of query.split(SEPARATORS)) {
      const k = looseKey(w);
      if (!k) continue;
      if (offset) {
        queryBreaks.add(offset);
        queryBreaksUs.add(offsetUs);
      }
      offset += k.length;
      offsetUs += usSpelling(k).length;
    }
    const literal = query.trim().toLowerCase().replace(/\s+/g, ' ');
    // An entry found by a name is not listed again for a typo or its definition.
    const hits = new Map<string, SearchHit>();
    const put = (hit: SearchHit) => {
      if (!hits.has(hit.id)) hits.set(hit.id, hit);
    };

    // The best exact or prefix match per entry, shown by the headword whenever it qualifies.
    const best = new Map<number, { tier: 0 | 1 | 2; score: number; name: number }>();
    for (const f of this.forms) {
      let tier: 0 | 1 | 2;
      let score: number;
      let name = f.name;
      if (f.word === 0 && (f.key === q || f.us === qus)) {
        // The name as typed (case aside) ahead of one that only matches loosely ("P:H" ≠ "pH").
        const d = this.docs[f.doc];
        const asTyped = d.names.findIndex((n, i) => d.keys[i] === f.key && n.toLowerCase() === literal);
        if (asTyped >= 0) name = asTyped;
        tier = 0;
        score = (asTyped >= 0 ? 0 : 0.001) + nameBias(name, f.key);
      } else if (f.key.startsWith(q) || (usPrefix && f.us.startsWith(qus))) {
        // Letters counted in the spelling that matched: "paediatric" covers 9 of "pediatricecmo".
        const asWritten = f.key.startsWith(q);
        tier = f.word === 0 ? 1 : 2;
        score =
          (f.name === 0 ? 0 : COST.otherName) +
          (f.word === 0 ? 0 : COST.laterWord + COST.perWord * f.word) +
          untypedCost(asWritten ? f.key.length - q.length : f.us.length - qus.length) +
          ((!asWritten || q.length > f.firstWord) &&
          runsOn(this.docs[f.doc].names[f.name], f.word, asWritten ? q.length : qus.length, asWritten ? queryBreaks : queryBreaksUs, !asWritten)
            ? COST.runOn
            : 0) -
          centralBoost(this.docs[f.doc].links);
      } else continue;
      // Per entry: an exact match wins; otherwise the lowest cost, prefix or later word.
      const old = best.get(f.doc);
      if (!old || (tier === 0 && old.tier !== 0)) best.set(f.doc, { tier, score, name });
      else if ((tier === 0) === (old.tier === 0)) {
        const keepHeadword = old.name === 0 && tier === old.tier;
        if (score < old.score) {
          old.score = score;
          old.tier = tier;
          if (!keepHeadword) old.name = name;
        } else if (name === 0 && tier === old.tier) old.name = 0;
      }
    }
    for (const [di, b] of best) put({ id: this.docs[di].id, matched: this.docs[di].names[b.name], tier: b.tier, score: b.score });

    if (q.length >= 4 && hits.size < limit) {
      for (const t of this.typos(q, TYPO_RATE)) put({ ...t, tier: 3 });
    }
    if (hits.size < limit) {
      for (const t of this.inDefinitions(query)) put(t);
    }
    return [...hits.values()].sort(rank).slice(0, limit);
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
   * Entries with a name form (a name or a tail of it) that fuse.js finds within `rate` errors
   * per letter of the query, near the form's start; both in US spelling. Only forms sharing
   * enough bigrams with the query are handed to fuse.js, the TYPO_CANDIDATES sharing the most.
   */
  private typos(query: string, rate: number): Omit<SearchHit, 'tier'>[] {
    const q = usSpelling(query);
    const max = Math.max(1, Math.floor(q.length * rate));
    const need = Math.max(1, q.length - 1 - 2 * max);
    const { forms, postingStart, postings, counts } = this.getTypoIndex();
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
    let candidates = touched.filter((fi) => counts[fi] >= need);
    if (candidates.length > TYPO_CANDIDATES) {
      candidates.sort((a, b) => counts[b] - counts[a] || forms[a].us.length - forms[b].us.length || a - b);
      candidates = candidates.slice(0, TYPO_CANDIDATES);
    }
    for (const fi of touched) counts[fi] = 0;
    if (!candidates.length) return [];

    const fuse = new Fuse(
      candidates.map((fi) => forms[fi].us),
      typoOptions(rate),
    );
    const best = new Map<number, { score: number; name: number }>();
    for (const r of fuse.search(q)) {
      const f = forms[candidates[r.refIndex]];
      const d = this.docs[f.doc];
      const s =
        COST.typo +
        COST.typoScale * (r.score ?? 1) +
        (f.name === 0 ? 0 : COST.otherName) +
        (f.word === 0 ? 0 : COST.laterWord + COST.perWord * f.word) +
        untypedCost(f.us.length - q.length) -
        centralBoost(d.links);
      const old = best.get(f.doc);
      if (!old || s < old.score) best.set(f.doc, { score: s, name: f.name });
    }
    return [...best].map(([di, b]) => ({ id: this.docs[di].id, matched: this.docs[di].names[b.name], score: b.score }));
  }

  /**
   * Entries whose definition has every query word (3+ letters) at the start of one of its
   * words, ranked by fuse.js (see DEFINITION_OPTIONS). A word that starts no definition word
   * is cut back, a letter at a time down to two thirds of it (at least 4 letters), until one
   * does ("reverses" finds "reversal", "anticoagulent" finds "anticoagulant"), and fuse.js is
   * given the part that was found: a word it cannot find costs it a full fuzzy scan of every
   * candidate definition (about 1 ms for 60), one it can find is placed with one `indexOf`.
   */
  private inDefinitions(query: string): SearchHit[] {
    const qw = [...new Set(words(query).filter((w) => w.length >= 3 && !STOP_WORDS.has(w)))];
    if (!qw.length) return [];
    const { vocab, vocabDocs, texts } = this.getDefinitionIndex();
    /** First vocabulary index of a word starting with `w`, or -1. */
    const firstWith = (w: string) => {
      let lo = 0;
      let hi = vocab.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (vocab[mid] < w) lo = mid + 1;
        else hi = mid;
      }
      return lo < vocab.length && vocab[lo].startsWith(w) ? lo : -1;
    };
    /** Candidate entries, with how many query words were only the start of a definition word (or cut back). */
    let docs: Map<number, number> | undefined;
    const found: string[] = [];
    for (const word of qw) {
      let w = word;
      let from = firstWith(w);
      const shortest = Math.max(4, Math.ceil((word.length * 2) / 3));
      while (from < 0 && w.length > shortest) {
        w = w.slice(0, -1);
        from = firstWith(w);
      }
      if (from < 0) return [];
      found.push(w);
      const withWord = new Map<number, number>();
      for (let i = from; i < vocab.length && vocab[i].startsWith(w); i++) {
        const partial = vocab[i] === word ? 0 : 1;
        for (const di of vocabDocs.get(vocab[i]) ?? []) {
          const prev = withWord.get(di);
          if (prev === undefined || partial < prev) withWord.set(di, partial);
        }
      }
      if (!docs) docs = withWord;
      else for (const [di, s] of docs) withWord.has(di) ? docs.set(di, s + (withWord.get(di) ?? 0)) : docs.delete(di);
      if (!docs.size) return [];
    }
    if (!docs) return [];
    const partial = docs;
    let candidates = [...partial.keys()];
    if (candidates.length > DEFINITION_CANDIDATES) {
      candidates.sort((a, b) => (partial.get(a) ?? 0) - (partial.get(b) ?? 0) || texts[a].length - texts[b].length || a - b);
      candidates = candidates.slice(0, DEFINITION_CANDIDATES);
    }

    const fuse = new Fuse(
      candidates.map((di) => texts[di]),
      DEFINITION_OPTIONS,
    );
    const scores = new Map<number, number>();
    for (const r of fuse.search(found.join(' '))) scores.set(candidates[r.refIndex], r.score ?? 1);
    const phrase = qw.length > 1 ? qw.join(' ') : '';
    return candidates.map((di) => {
      const d = this.docs[di];
      const score =
        COST.definition +
        COST.definitionScale * (scores.get(di) ?? 1) +
        (partial.get(di) ? 0 : COST.wholeWords) +
        (phrase && texts[di].includes(phrase) ? COST.phrase : 0) -
        centralBoost(d.links);
      return { id: d.id, matched: d.term, tier: 4 as const, score };
    });
  }
}

/**
 * True when the query runs across a word break of a name (from its word `from` on) that the
 * user did not type, and stops inside a word: "perfusionst" against "perfusion standards"
 * (more likely a slip in "perfusionist"), unlike "heartlung" against "heart-lung machine".
 * Only called for prefix matches, so the name is split here rather than for every form;
 * `us`: measured in US spelling, for a British query matched through it.
 */
function runsOn(name: string, from: number, typed: number, queryBreaks: Set<number>, us: boolean): boolean {
  if (!SEPARATORS.test(name)) return false;
  const w = name
    .split(SEPARATORS)
    .map((word) => (us ? usSpelling(looseKey(word)) : looseKey(word)))
    .filter(Boolean);
  let runOn = false;
  let at = 0;
  for (let j = from; j < w.length - 1; j++) {
    at += w[j].length;
    if (at === typed) return false;
    if (at > typed) return runOn;
    if (!queryBreaks.has(at)) runOn = true;
  }
  return runOn && typed < at + w[w.length - 1].length;
}

/** Exact matches first, then by score; equal scores in id order, so the list never reshuffles. */
function rank(a: SearchHit, b: SearchHit): number {
  return (a.tier === 0 ? 0 : 1) - (b.tier === 0 ? 0 : 1) || a.score - b.score || a.tier - b.tier || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
