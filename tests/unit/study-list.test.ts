import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createStudyList, toggleId } from '../../src/platform/study-list';

describe('toggleId', () => {
  it('adds new ids first and removes saved ones', () => {
    expect(toggleId([], 'heparin')).toEqual(['heparin']);
    expect(toggleId(['heparin'], 'cardiopulmonary-bypass')).toEqual(['cardiopulmonary-bypass', 'heparin']);
    expect(toggleId(['cardiopulmonary-bypass', 'heparin'], 'heparin')).toEqual(['cardiopulmonary-bypass']);
  });
});

describe('study list in browser.storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is kept under "studyList" as an array of entry ids', async () => {
    const list = createStudyList();
    expect(await list.get()).toEqual([]);
    expect(await list.toggle('heparin')).toBe(true);
    expect(await list.toggle('activated-clotting-time')).toBe(true);
    expect(await fakeBrowser.storage.local.get('studyList')).toEqual({ studyList: ['activated-clotting-time', 'heparin'] });
    expect(await list.toggle('heparin')).toBe(false);
    expect(await list.get()).toEqual(['activated-clotting-time']);
  });

  it('tells watchers about changes from any context', async () => {
    const list = createStudyList();
    const seen: string[][] = [];
    const stop = list.watch((ids) => seen.push(ids));
    await fakeBrowser.storage.local.set({ studyList: ['heparin'] });
    await list.toggle('cardioplegia');
    stop();
    await list.toggle('heparin');
    expect(seen).toEqual([['heparin'], ['cardioplegia', 'heparin']]);
  });
});
