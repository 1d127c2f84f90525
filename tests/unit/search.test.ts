/** The search engine's rules on a small hand-made glossary (ranking over the real one: search-ranking.test.ts). */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema';
import { GlossarySearch, toSearchDocs, usSpelling } from '../../src/core/search/search';

const entry = (id: string, term: string, extra: Partial<Entry> = {}): Entry => ({
  id,
  term,
  category: 'circuit',
  tags: ['equipment'],
  definition: `A made-up definition of ${term} for the search tests.`,
  sources: ['Test'],
  reviewed: '2026-01-01',
  ...extra,
});

const entries: Entry[] = [
  entry('alpha-pump', 'alpha pump', { abbreviations: ['AP'], aliases: ['roller alpha'] }),
  entry('alpha-pump-failure', 'alpha pump failure'),
  entry('apex', 'apex', { definition: 'The pointed end of the heart, near the potassium sensor of the test rig.' }),
  entry('beta-oxygenator', 'beta oxygenator', { aliases: ['beta-lung'], british: ['beta oxygenateur'] }),
  entry('haem-thing', 'hemodilution', { definition: 'Thinning of the blood by the prime volume of the circuit.' }),
  entry('gamma-ecmo', 'veno-arterial gamma ECMO', { abbreviations: ['VAG-ECMO'] }),
];
const search = new GlossarySearch(toSearchDocs(entries));
const ids = (q: string) => search.search(q).map((h) => h.id);

describe('GlossarySearch', () => {
  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('  - ')).toEqual([]);
  });

  it('ranks an exact abbreviation or alias first, then prefixes, shortest first', () => {
    expect(search.search('ap')[0]).toMatchObject({ id: 'alpha-pump', tier: 0, matched: 'AP' });
    expect(search.search('roller alpha')[0]).toMatchObject({ id: 'alpha-pump', tier: 0 });
    expect(ids('alpha pu')).toEqual(['alpha-pump', 'alpha-pump-failure']);
    expect(search.search('alpha pu').map((h) => h.tier)).toEqual([1, 1]);
  });

  it('ignores spaces, hyphens and dashes', () => {
    expect(ids('betalung')[0]).toBe('beta-oxygenator');
    expect(ids('beta–lung')[0]).toBe('beta-oxygenator');
    expect(ids('vag ecmo')[0]).toBe('gamma-ecmo');
  });

  it('finds a later word of a name (tier 2) after prefixes', () => {
    const hits = search.search('ecmo');
    expect(hits[0]).toMatchObject({ id: 'gamma-ecmo', tier: 2 });
    expect(search.search('failure')[0]).toMatchObject({ id: 'alpha-pump-failure', tier: 2 });
  });

  it('tolerates typos in proportion to the length typed', () => {
    expect(search.search('oxygentor')[0]).toMatchObject({ id: 'beta-oxygenator', tier: 3 });
    expect(search.search('hemodiltion')[0]).toMatchObject({ id: 'haem-thing', tier: 3 });
    // Three letters are too few to guess from.
    expect(search.search('apz').filter((h) => h.tier === 3)).toEqual([]);
    expect(search.search('zzzzzz')).toEqual([]);
  });

  it('maps British spellings to US ones', () => {
    expect(ids('haemodilution')[0]).toBe('haem-thing');
    expect(ids('haemodil')[0]).toBe('haem-thing');
  });

  it('searches the words of definitions last', () => {
    expect(search.search('potassium')[0]).toMatchObject({ id: 'apex', tier: 4, matched: 'apex' });
    expect(ids('blood prime')).toEqual(['haem-thing']);
    expect(ids('blood nothing')).toEqual([]);
  });

  it('respects the limit and never lists an entry twice', () => {
    const hits = search.search('a', 2);
    expect(hits).toHaveLength(2);
    const all = search.search('a', 50).map((h) => h.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('suggests the closest entries when nothing matches', () => {
    expect(search.search('oxgyenatr beta')).toEqual([]);
    expect(search.suggest('oxgyenatr beta').map((h) => h.id)).toContain('beta-oxygenator');
  });
});

describe('usSpelling', () => {
  it.each([
    ['haematocrit', 'hematocrit'],
    ['oesophageal', 'esophageal'],
    ['protaminesulphate', 'protaminesulfate'],
    ['haemolysed', 'hemolyzed'],
    ['anaesthesia', 'anesthesia'],
    ['hematocrit', 'hematocrit'],
  ])('%s → %s', (gb, us) => expect(usSpelling(gb)).toBe(us));
});

describe('typo tier (fuse.js over bigram candidates)', () => {
  const long = new GlossarySearch(
    toSearchDocs([entry('cpb', 'cardiopulmonary bypass'), entry('cardioplegia', 'cardioplegia'), entry('oxygenator', 'oxygenator'), entry('abcdef', 'abcdef')]),
  );
  it('takes insertions, deletions, substitutions and swapped letters as slips', () => {
    expect(long.search('oxygentor')[0]).toMatchObject({ id: 'oxygenator', tier: 3 });
    expect(long.search('oxygenatro')[0]).toMatchObject({ id: 'oxygenator', tier: 3 });
    expect(long.search('cardioplegai')[0]).toMatchObject({ id: 'cardioplegia', tier: 3 });
    expect(long.search('cardiopleiga')[0]).toMatchObject({ id: 'cardioplegia', tier: 3 });
  });
  it('matches the start of a longer name, and a later word of it', () => {
    expect(long.search('cardiopulmonry')[0]).toMatchObject({ id: 'cpb', tier: 3 });
    expect(long.search('bypas')[0]).toMatchObject({ id: 'cpb', tier: 2 });
    expect(long.search('bpyass')[0]).toMatchObject({ id: 'cpb', tier: 3 });
  });
  it('gives up beyond about one slip in three letters', () => {
    expect(long.search('uvwxyz')).toEqual([]);
    expect(long.search('abzzzz')).toEqual([]);
    expect(long.search('abcdzz')[0]).toMatchObject({ id: 'abcdef', tier: 3 });
  });
});
