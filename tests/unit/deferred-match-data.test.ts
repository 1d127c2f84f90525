/**
 * The content script's match data is parsed in two steps: the pre-scan sets at once, and the
 * rest (entries, forms, index) only when something reads it. Pages with no term never do.
 */
import { describe, expect, it } from 'vitest';
import { hiddenEntryIndexes } from '../../src/core/match/combine';
import { deferredMatchData, loadMatchData } from '../../src/core/match/match-data';
import { deferredFixtureData, FIXTURE_DATA, FIXTURE_TEXTS } from '../support/fixture-glossary';

describe('deferredMatchData', () => {
  it('parses only the pre-scan sets until entries, forms or index are read', () => {
    const data = deferredFixtureData();
    expect(data.prescan).toEqual(FIXTURE_DATA.prescan);
    expect(data.loaded).toBe(false);
    expect(data.forms.length).toBe(FIXTURE_DATA.forms.length);
    expect(data.loaded).toBe(true);
  });

  it('gives the same data as loading both parts at once, parsed once', () => {
    const data = deferredFixtureData();
    const eager = loadMatchData(JSON.parse(FIXTURE_TEXTS.data), JSON.parse(FIXTURE_TEXTS.prescan));
    expect(data.entries).toEqual(eager.entries);
    expect(data.forms).toEqual(eager.forms);
    expect(data.index).toEqual(eager.index);
    // Every read returns the same objects: the text is parsed once.
    expect(data.forms).toBe(data.forms);
    expect(data.entries).toBe(data.entries);
  });

  it('round-trips the compiled data through its two shipped parts', () => {
    const data = deferredFixtureData();
    expect({ entries: data.entries, forms: data.forms, index: data.index, prescan: data.prescan }).toEqual(JSON.parse(JSON.stringify(FIXTURE_DATA)));
  });

  it('a malformed rest fails where it is read, with the parser’s error', () => {
    const data = deferredMatchData(FIXTURE_TEXTS.prescan, '{"entries": [');
    expect(data.prescan).toEqual(FIXTURE_DATA.prescan);
    expect(() => data.forms).toThrow(SyntaxError);
  });
});

describe('hiddenEntryIndexes', () => {
  it('does not read the entries when nothing is hidden', () => {
    const data = deferredFixtureData();
    expect(hiddenEntryIndexes(data, [], []).size).toBe(0);
    expect(data.loaded).toBe(false);
  });

  it('reads them when an entry or a category is hidden', () => {
    const data = deferredFixtureData();
    const cpb = FIXTURE_DATA.entries.findIndex((e) => e.id === 'cardiopulmonary-bypass');
    expect([...hiddenEntryIndexes(data, ['cardiopulmonary-bypass'], [])]).toEqual([cpb]);
    expect(data.loaded).toBe(true);
  });
});
