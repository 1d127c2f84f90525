/**
 * Match data of the effective glossary, built in the content script from the bundled match
 * data (compiled at build time) and the user's custom entries (compiled here, at run time, only
 * when there are any). A custom entry with a bundled id replaces that entry's forms.
 */
import type { Entry } from '../glossary/schema';
import { compileMatchData, type MatchData } from './match-data';

export function combineMatchData(bundled: MatchData, custom: readonly Entry[]): MatchData {
  if (custom.length === 0) return bundled;
  const extra = compileMatchData([...custom]);
  const replaced = new Set(custom.map((e) => e.id));
  const entryOffset = bundled.entries.length;
  const formOffset = bundled.forms.length;
  // Replaced bundled entries keep their index (so indexes stay stable) but their forms leave
  // the matcher's index, so they are never matched.
  const kept = (f: number) => !replaced.has(bundled.entries[bundled.forms[f].e].id);
  const merge = (ours: Record<number, number[]>, theirs: Record<number, number[]>) => {
    const out: Record<number, number[]> = {};
    for (const key of Object.keys(ours).map(Number)) {
      const list = ours[key].filter(kept);
      if (list.length) out[key] = list;
    }
    for (const key of Object.keys(theirs).map(Number)) out[key] = [...(out[key] ?? []), ...theirs[key].map((f) => f + formOffset)];
    return out;
  };
  const index = {
    firsts: [...new Set([...bundled.index.firsts, ...extra.index.firsts])],
    singles: merge(bundled.index.singles, extra.index.singles),
    pairs: merge(bundled.index.pairs, extra.index.pairs),
  };
  // Pre-scan sets: the union (a replaced form left in only costs a needless read).
  const union = (a: number[][], b: number[][]) => a.map((set, i) => [...set, ...(b[i] ?? [])]);
  return {
    entries: [...bundled.entries, ...extra.entries],
    forms: [...bundled.forms, ...extra.forms.map((f) => ({ ...f, e: f.e + entryOffset }))],
    index,
    prescan: {
      unrestricted: union(bundled.prescan.unrestricted, extra.prescan.unrestricted),
      restricted: union(bundled.prescan.restricted, extra.prescan.restricted),
    },
  };
}

/**
 * Indexes of entries not to mark: hidden bundled ids (unless a custom entry replaced them) and
 * entries of categories the user turned off.
 */
export function hiddenEntryIndexes(data: MatchData, hiddenIds: readonly string[], hiddenCategories: readonly string[], customIds: ReadonlySet<string> = new Set()): Set<number> {
  const out = new Set<number>();
  // Nothing hidden: the entries are not read (deferred match data stays unparsed).
  if (hiddenIds.length === 0 && hiddenCategories.length === 0) return out;
  const ids = new Set(hiddenIds);
  const cats = new Set(hiddenCategories);
  data.entries.forEach((e, i) => {
    if (cats.has(e.category) || (ids.has(e.id) && !customIds.has(e.id))) out.add(i);
  });
  return out;
}
