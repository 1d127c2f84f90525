/** Abbreviation owners found through the form index agree with a full index of the glossary. */
import { describe, expect, it } from 'vitest';
import { AbbreviationOwners } from '../../src/core/match/definitions';
import { shippedMatchData } from '../support/shipped-match-data';

const data = shippedMatchData();

describe('AbbreviationOwners', () => {
  it('gives, for every case-sensitive form of the glossary, the entries that own it, in form order', () => {
    // The oracle: every case-sensitive form's tokens → its entries.
    const full = new Map<string, number[]>();
    for (const f of data.forms) {
      if (!f.cs) continue;
      const list = full.get(f.t.join(' ')) ?? [];
      if (!list.includes(f.e)) list.push(f.e);
      full.set(f.t.join(' '), list);
    }
    const owners = new AbbreviationOwners(data);
    const wrong = [...full].filter(([key, want]) => JSON.stringify(owners.get(key.split(' '))) !== JSON.stringify(want)).map(([key]) => key);
    expect(full.size).toBeGreaterThan(300);
    expect(wrong).toEqual([]);
    // Shared abbreviations keep every owner (RCP: cerebral perfusion and cardioplegia, say).
    expect([...full.values()].some((list) => list.length > 1)).toBe(true);
  });

  it('knows nothing of case-insensitive forms, other cases, or words that own nothing', () => {
    const owners = new AbbreviationOwners(data);
    expect(owners.get(['cpb'])).toBeUndefined();
    expect(owners.get(['oxygenator'])).toBeUndefined();
    expect(owners.get(['NOTATERM'])).toBeUndefined();
    expect(owners.get(['CPB'])?.map((e) => data.entries[e].id)).toEqual(['cardiopulmonary-bypass']);
  });
});
