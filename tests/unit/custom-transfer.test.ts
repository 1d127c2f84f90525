import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Entry } from '../../src/core/glossary/schema';
import { exportCustomData, formatImportProblem, type ImportResult, importCustomData } from '../../src/core/glossary/transfer';
import { FIXTURE_ENTRIES } from '../support/fixture-glossary';

const entry = (id: string, term: string, over: Partial<Entry> = {}): Entry => ({
  id,
  term,
  category: 'circuit',
  tags: ['equipment'],
  definition: `${term}: a definition written by the user, long enough to pass.`,
  sources: ['My notes, 2025'],
  reviewed: '2026-01-10',
  ...over,
});
const A = entry('centrifugal-pump', 'centrifugal pump', { abbreviations: ['CFP'], explanation: 'A longer explanation of why this matters on bypass and in ECMO circuits.' });
const B = entry('arterial-filter', 'arterial line filter', { related: ['centrifugal-pump', 'roller-pump'] });
const empty = { entries: [], hidden: [] };
const messages = (r: ImportResult) => (r.ok ? [] : r.problems.map(formatImportProblem));

describe('export and import', () => {
  it('round-trips exactly: export → import → export', () => {
    const data = { entries: [A, B], hidden: ['pump', 'lvad'] };
    const file = exportCustomData(data);
    const r = importCustomData(file, FIXTURE_ENTRIES, empty);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toEqual(data);
    expect(exportCustomData(r.data)).toBe(file);
    expect(r).toMatchObject({ added: 2, replaced: 0, hiddenAdded: 2 });
  });

  it('merges into existing data: same ids are replaced, others kept', () => {
    const A2 = { ...A, definition: 'A revised definition of the centrifugal pump, long enough.' };
    const r = importCustomData(exportCustomData({ entries: [A2], hidden: ['pump'] }), FIXTURE_ENTRIES, { entries: [A, B], hidden: ['pump'] });
    expect(r.ok && r.data).toEqual({ entries: [B, A2], hidden: ['pump'] });
    expect(r).toMatchObject({ added: 0, replaced: 1, hiddenAdded: 0 });
  });

  it('accepts a bare array of entries (the glossary file format)', () => {
    const r = importCustomData(JSON.stringify([A]), FIXTURE_ENTRIES, empty);
    expect(r.ok && r.data.entries).toEqual([A]);
  });

  it('refuses malformed files and says what is wrong', () => {
    expect(messages(importCustomData('{"format": ', FIXTURE_ENTRIES, empty))[0]).toMatch(/^file: is not valid JSON/);
    expect(messages(importCustomData('"hello"', FIXTURE_ENTRIES, empty))).toEqual(['file: must hold a JSON object (an export) or an array of entries']);
    expect(messages(importCustomData('{"entries": []}', FIXTURE_ENTRIES, empty))[0]).toMatch(/is not a Perfusion Glossary export/);
    expect(messages(importCustomData('{"format": "perfusion-glossary/custom-terms", "version": 9, "entries": []}', FIXTURE_ENTRIES, empty))[0]).toMatch(/newer version/);
    expect(messages(importCustomData('{"format": "perfusion-glossary/custom-terms", "version": 1, "entries": {}}', FIXTURE_ENTRIES, empty))).toEqual(['file: "entries" must be an array of entries']);
    expect(messages(importCustomData('{"format": "perfusion-glossary/custom-terms", "version": 1, "entries": [], "settings": {}}', FIXTURE_ENTRIES, empty))).toEqual(['file: has unknown field "settings"']);
  });

  it('refuses a partly invalid file, naming each entry index, id and field', () => {
    const bad = JSON.stringify({ format: 'perfusion-glossary/custom-terms', version: 1, entries: [A, { ...B, definition: 'short', category: 'plumbing' }], hidden: ['nope'] });
    expect(messages(importCustomData(bad, FIXTURE_ENTRIES, empty))).toEqual([
      'entries[1] (“arterial-filter”), field “category”: must be one of the categories in src/core/glossary/vocabulary.ts',
      'entries[1] (“arterial-filter”), field “definition”: must be at least 20 characters',
      'hidden[0]: "nope" is not the id of a bundled entry',
    ]);
  });

  it('refuses a file that clashes with what the user already has', () => {
    const mineNow = { entries: [entry('my-pump', 'my pump', { abbreviations: ['CFP'] })], hidden: [] };
    expect(messages(importCustomData(exportCustomData({ entries: [A], hidden: [] }), FIXTURE_ENTRIES, mineNow))).toEqual([
      'entries[0] (“centrifugal-pump”), field “abbreviations.0”: "CFP" is already a form of your custom entry 1 "my pump"',
    ]);
  });

  it('does not blame the file for problems the user’s data already had', () => {
    const stale = { entries: [entry('my-cpb', 'my bypass', { abbreviations: ['CPB'] })], hidden: ['removed-in-update'] };
    const r = importCustomData(exportCustomData({ entries: [A], hidden: [] }), FIXTURE_ENTRIES, stale);
    expect(r.ok).toBe(true);
  });
});

describe('storage of custom entries', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
    vi.restoreAllMocks();
  });

  it('writes entries and the hidden list, and reads them back', async () => {
    const s = await import('../../src/platform/settings');
    await s.setCustomData({ entries: [A], hidden: ['pump'] });
    expect(await s.getCustomData()).toEqual({ entries: [A], hidden: ['pump'] });
    expect((await s.loadEffectiveGlossary(FIXTURE_ENTRIES)).some((e) => e.id === 'pump')).toBe(false);
    expect(await (await s.effectiveLookup(FIXTURE_ENTRIES)).get('centrifugal-pump')).toEqual(A);
  });

  it('reports a full storage clearly and keeps what was there', async () => {
    const s = await import('../../src/platform/settings');
    await s.setCustomData({ entries: [A], hidden: [] });
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      // The first write (the new entries) hits the quota; the restore succeeds.
      if (calls++ === 0) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    const err = await s.setCustomData({ entries: [A, B], hidden: ['pump'] }).catch((e) => e);
    expect(err).toBeInstanceOf(s.StorageFullError);
    expect(err.message).toMatch(/storage for Perfusion Glossary is full, so nothing was saved/);
    vi.restoreAllMocks();
    expect(await s.getCustomData()).toEqual({ entries: [A], hidden: [] });
  });

  it('recognises the quota errors of Chrome and Firefox', async () => {
    const { isQuotaError } = await import('../../src/platform/settings');
    expect(isQuotaError(new Error('Resource::kQuotaBytes quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe(true);
    expect(isQuotaError({ name: 'QuotaExceededError', message: 'x' })).toBe(true);
    expect(isQuotaError(new Error('Network down'))).toBe(false);
  });
});
