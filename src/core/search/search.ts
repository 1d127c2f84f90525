/**
 * Glossary search for the popup. Three tiers, in order:
 *   1. exact match of a headword, abbreviation, alias or spelling ("act", "cpb", "haematocrit");
 *   2. prefix match ("protamin", "heart lung");
 *   3. fuzzy match with fuse.js (typos: "oxygentor", "cardioplegai"), then definitions.
 * Names are compared as loose keys (letters and digits only, lower case, accents removed),
 * so spaces, hyphens and dashes never matter ("va ecmo" = "VA-ECMO", "angio vac" = "AngioVac").
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Entry } from '../glossary/schema';
import { looseKey } from '../text/normalize';

export interface SearchDoc {
  id: string;
  term: string;
  /** Loose keys of every name of the entry, headword first. */
  keys: string[];
  /** Names as written, parallel to keys. */
  names: string[];
  definition: string;
}

export interface SearchHit {
  id: string;
  /** Which name matched (for "ACT → activated clotting time" display). */
  matched: string;
  tier: 0 | 1 | 2 | 3;
  score: number;
}

export function toSearchDocs(entries: Entry[]): SearchDoc[] {
  return entries.map((e) => {
    const names = [e.term, ...(e.abbreviations ?? []), ...(e.aliases ?? []), ...(e.british ?? []), ...(e.plurals ?? [])];
    return { id: e.id, term: e.term, names, keys: names.map(looseKey), definition: e.definition };
  });
}

const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.38,
  minMatchCharLength: 2,
  keys: [
    { name: 'keys', weight: 3 },
    { name: 'definition', weight: 0.4 },
  ],
};

export class GlossarySearch {
  private fuse: Fuse<SearchDoc>;

  constructor(
    readonly docs: SearchDoc[],
    index?: ReturnType<typeof Fuse.createIndex<SearchDoc>>,
  ) {
    this.fuse = new Fuse(docs, FUSE_OPTIONS, index);
  }

  static createIndex(docs: SearchDoc[]) {
    return Fuse.createIndex(FUSE_OPTIONS.keys ?? [], docs);
  }

  search(query: string, limit = 20): SearchHit[] {
    const q = looseKey(query);
    if (!q) return [];
    const hits = new Map<string, SearchHit>();
    const put = (hit: SearchHit) => {
      const old = hits.get(hit.id);
      if (!old || hit.tier < old.tier || (hit.tier === old.tier && hit.score < old.score)) hits.set(hit.id, hit);
    };
    for (const d of this.docs) {
      d.keys.forEach((k, i) => {
        // Headword ahead of other names at the same tier; shorter names ahead of longer.
        const bias = (i === 0 ? 0 : 0.001) + k.length / 1e6;
        if (k === q) put({ id: d.id, matched: d.names[i], tier: 0, score: bias });
        else if (k.startsWith(q)) put({ id: d.id, matched: d.names[i], tier: 1, score: bias + (k.length - q.length) / 1000 });
      });
    }
    if (hits.size < limit && q.length >= 3) {
      for (const r of this.fuse.search(q, { limit: limit * 2 })) {
        const keyMatch = r.matches?.find((m) => m.key === 'keys');
        put({
          id: r.item.id,
          matched: keyMatch?.refIndex !== undefined ? r.item.names[keyMatch.refIndex] : r.item.term,
          tier: 2,
          score: r.score ?? 1,
        });
      }
      // Words inside names ("clamp" → aortic cross-clamp) when nothing else is close.
      for (const d of this.docs) {
        const idx = d.names.findIndex((n) => n.toLowerCase().split(/[\s\-–]+/).some((w) => looseKey(w).startsWith(q)));
        if (idx >= 0) put({ id: d.id, matched: d.names[idx], tier: 3, score: d.keys[idx].length / 1000 });
      }
    }
    return [...hits.values()].sort((a, b) => a.tier - b.tier || a.score - b.score).slice(0, limit);
  }

  private loose?: Fuse<SearchDoc>;

  /** Closest entries for a query with no results ("did you mean"). */
  suggest(query: string, limit = 3): SearchHit[] {
    const q = looseKey(query);
    if (!q) return [];
    this.loose ??= new Fuse(this.docs, { ...FUSE_OPTIONS, threshold: 0.7, keys: [{ name: 'keys', weight: 1 }] });
    return this.loose.search(q, { limit }).map((r) => ({ id: r.item.id, matched: r.item.term, tier: 2 as const, score: r.score ?? 1 }));
  }
}
