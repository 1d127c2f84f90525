import { describe, expect, it } from 'vitest';
import { formatCustomProblem, mergeGlossary } from '../../src/core/glossary/merge';
import type { Entry } from '../../src/core/glossary/schema';
import { combineMatchData, hiddenEntryIndexes } from '../../src/core/match/combine';
import { Matcher } from '../../src/core/match/matcher';
import { FIXTURE_DATA, FIXTURE_ENTRIES } from '../support/fixture-glossary';

const mine = (over: Partial<Entry> = {}): Entry => ({
  id: 'centrifugal-pump',
  term: 'centrifugal pump',
  abbreviations: ['CFP'],
  category: 'circuit',
  tags: ['equipment'],
  definition: 'A pump that moves blood with a spinning impeller or cone; flow depends on speed and afterload.',
  sources: ['My lecture notes, 2025'],
  reviewed: '2026-01-10',
  ...over,
});
const problems = (r: ReturnType<typeof mergeGlossary>) => r.problems.map((p) => formatCustomProblem(p));

describe('mergeGlossary', () => {
  it('adds valid custom entries to the bundled ones', () => {
    const r = mergeGlossary(FIXTURE_ENTRIES, [mine()], []);
    expect(r.problems).toEqual([]);
    expect(r.entries).toHaveLength(FIXTURE_ENTRIES.length + 1);
    expect(r.entries.find((e) => e.id === 'centrifugal-pump')?.term).toBe('centrifugal pump');
    expect(r.entries.map((e) => e.id)).toEqual([...r.entries.map((e) => e.id)].sort());
  });

  it('a custom entry with a bundled id replaces that entry', () => {
    const override = mine({ id: 'roller-pump', term: 'roller pump', abbreviations: undefined, definition: 'My own definition of a roller pump, long enough.' });
    const r = mergeGlossary(FIXTURE_ENTRIES, [override], []);
    expect(r.problems).toEqual([]);
    expect(r.overridden).toEqual(['roller-pump']);
    expect(r.entries.filter((e) => e.id === 'roller-pump')).toEqual([override]);
    expect(r.entries).toHaveLength(FIXTURE_ENTRIES.length);
  });

  it('hides bundled entries and reports hidden ids that name none', () => {
    const r = mergeGlossary(FIXTURE_ENTRIES, [], ['pump', 'no-such-entry']);
    expect(r.entries.some((e) => e.id === 'pump')).toBe(false);
    expect(r.hidden).toEqual(['pump']);
    expect(problems(r)).toEqual(['Hidden entry 2 (“no-such-entry”): "no-such-entry" is not the id of a bundled entry']);
  });

  it('an override wins over hiding the same id', () => {
    const r = mergeGlossary(FIXTURE_ENTRIES, [mine({ id: 'pump', term: 'blood pump', abbreviations: undefined })], ['pump']);
    expect(r.problems).toEqual([]);
    expect(r.entries.find((e) => e.id === 'pump')?.term).toBe('blood pump');
    expect(r.hidden).toEqual([]);
  });

  it('reports schema problems with the entry index, id and field', () => {
    const r = mergeGlossary(FIXTURE_ENTRIES, [mine(), mine({ id: 'x-y', definition: 'short' }), 'junk'], []);
    expect(problems(r)).toEqual([
      'Entry 2 (“x-y”), field “definition”: must be at least 20 characters',
      'Entry 3, field “(entry)”: must be an object with the fields of a glossary entry',
    ]);
    expect(r.custom.map((e) => e.id)).toEqual(['centrifugal-pump']);
  });

  it('reports surface forms that clash with bundled or other custom entries', () => {
    const r = mergeGlossary(FIXTURE_ENTRIES, [mine({ abbreviations: ['CPB'] }), mine({ id: 'other', term: 'centrifugal pump', abbreviations: undefined })], []);
    expect(problems(r)).toEqual([
      'Entry 1 (“centrifugal-pump”), field “abbreviations.0”: "CPB" is already a form of the bundled entry "cardiopulmonary bypass" (cardiopulmonary-bypass); use another form, mark yours only where a page defines it, hide that entry, or give your entry the id "cardiopulmonary-bypass" to replace it',
      'Entry 2 (“other”), field “term”: "centrifugal pump" is already a form of your custom entry 1 "centrifugal pump"',
    ]);
    // Entries with problems are left out of the effective glossary.
    expect(r.entries.some((e) => e.id === 'centrifugal-pump' || e.id === 'other')).toBe(false);
  });

  it('allows a clashing form once the bundled owner is hidden, or when it is "defined"', () => {
    expect(mergeGlossary(FIXTURE_ENTRIES, [mine({ abbreviations: ['CPB'] })], ['cardiopulmonary-bypass']).problems).toEqual([]);
    const defined = mine({ abbreviations: ['CPB'], matching: { CPB: { match: 'defined' } } });
    expect(mergeGlossary(FIXTURE_ENTRIES, [defined], []).problems).toEqual([]);
    // Case matters for abbreviations: "cpb" as an alias (case-insensitive) clashes too.
    expect(problems(mergeGlossary(FIXTURE_ENTRIES, [mine({ aliases: ['Cardiopulmonary Bypass'] })], []))[0]).toMatch(/aliases\.0/);
  });

  it('checks related ids against the effective glossary and duplicate ids', () => {
    const r = mergeGlossary(FIXTURE_ENTRIES, [mine({ related: ['roller-pump', 'pump', 'nowhere'] }), mine()], ['pump']);
    expect(problems(r)).toEqual([
      'Entry 1 (“centrifugal-pump”), field “related.1”: "pump" is hidden',
      'Entry 1 (“centrifugal-pump”), field “related.2”: unknown entry id "nowhere"',
      'Entry 2 (“centrifugal-pump”), field “id”: "centrifugal-pump" is already used by custom entry 1',
    ]);
  });

  it('drops related links to hidden entries from bundled entries', () => {
    const bundled = [...FIXTURE_ENTRIES.filter((e) => e.id !== 'roller-pump'), { ...FIXTURE_ENTRIES.find((e) => e.id === 'roller-pump')!, related: ['pump'] }];
    const r = mergeGlossary(bundled, [], ['pump']);
    expect(r.entries.find((e) => e.id === 'roller-pump')).not.toHaveProperty('related');
  });
});

describe('combineMatchData', () => {
  const matchText = (data: ReturnType<typeof combineMatchData>, text: string) => new Matcher(data).match(text).map((c) => data.entries[c.form.e].id);

  it('returns the bundled data untouched when there are no custom entries', () => {
    expect(combineMatchData(FIXTURE_DATA, [])).toBe(FIXTURE_DATA);
  });
  it('adds custom forms and replaces the forms of overridden entries', () => {
    const data = combineMatchData(FIXTURE_DATA, [mine(), mine({ id: 'roller-pump', term: 'peristaltic pump', abbreviations: undefined })]);
    expect(matchText(data, 'the centrifugal pump and the CFP')).toEqual(['centrifugal-pump', 'centrifugal-pump']);
    expect(matchText(data, 'a peristaltic pump')).toEqual(['roller-pump']);
    // Only the bare "pump" form (never marked) is left of "roller pump".
    expect(matchText(data, 'a roller pump')).toEqual(['pump']);
    expect(matchText(data, 'on CPB')).toEqual(['cardiopulmonary-bypass']);
  });
  it('lists entries not to mark: hidden ids and hidden categories', () => {
    const data = combineMatchData(FIXTURE_DATA, [mine({ id: 'pump', term: 'blood pump', abbreviations: undefined })]);
    const idx = hiddenEntryIndexes(data, ['pump', 'lvad'], ['ecls'], new Set(['pump']));
    const ids = [...idx].map((i) => data.entries[i].id).sort();
    expect(ids).toEqual(['ecmo', 'lvad', 'va-ecmo']);
  });
});
