/**
 * The badge's per-tab reports outlive the background worker: an MV3 service worker is stopped
 * when idle, and the first report after a restart must still count every frame of the tab.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { FrameReport } from '../../src/core/settings/badge';
import { createTabReports, type ReportStore, type StoredReports, sessionReportStore } from '../../src/platform/background/badge';

const marked = (...entryIds: string[]): FrameReport => ({ entryIds, off: false, showCount: true });

/** A store like session storage: it keeps a copy, as structured cloning would. */
function memoryStore(): ReportStore & { saved: StoredReports } {
  const s = {
    saved: {} as StoredReports,
    load: async () => structuredClone(s.saved),
    save: async (r: StoredReports) => {
      s.saved = structuredClone(r);
    },
  };
  return s;
}

describe('badge reports', () => {
  beforeEach(() => fakeBrowser.reset());

  it('count the distinct terms of every frame of a tab', async () => {
    const tabs = createTabReports(memoryStore());
    expect(await tabs.report(7, 0, marked('cpb', 'ecmo'))).toBe('2');
    expect(await tabs.report(7, 3, marked('ecmo', 'heparin'))).toBe('3');
    // Another tab is counted apart.
    expect(await tabs.report(8, 0, marked('act'))).toBe('1');
  });

  it('after the worker restarts, a report from one frame still counts the others', async () => {
    const store = memoryStore();
    const before = createTabReports(store);
    await before.report(7, 0, marked('cpb', 'ecmo'));
    await before.report(7, 3, marked('heparin', 'act'));
    // A new worker: nothing in memory, the stored reports only.
    const after = createTabReports(store);
    expect(await after.report(7, 0, marked('cpb', 'ecmo', 'oxygenator'))).toBe('5');
  });

  it('a navigation or a closed tab forgets that tab only, also for the next worker', async () => {
    const store = memoryStore();
    const tabs = createTabReports(store);
    await tabs.report(7, 0, marked('cpb'));
    await tabs.report(7, 3, marked('ecmo'));
    await tabs.report(8, 0, marked('act'));
    await tabs.forget(7);
    expect(await tabs.report(7, 0, marked('heparin'))).toBe('1');
    const next = createTabReports(store);
    expect(await next.report(8, 1, marked('cpb'))).toBe('2');
  });

  it('reports that arrive while the stored ones are still loading are none of them lost', async () => {
    const store = memoryStore();
    store.saved = { 7: { 0: marked('cpb') } };
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const slow: ReportStore = {
      load: async () => {
        await gate;
        return store.load();
      },
      save: store.save,
    };
    const tabs = createTabReports(slow);
    const texts = Promise.all([tabs.report(7, 1, marked('ecmo')), tabs.report(7, 2, marked('act'))]);
    release();
    expect(await texts).toEqual(['2', '3']);
    expect(Object.keys(store.saved[7]).sort()).toEqual(['0', '1', '2']);
  });

  it('with storage failing, it still counts from the reports it has seen', async () => {
    const broken: ReportStore = {
      load: async () => {
        throw new Error('no session storage');
      },
      save: async () => {
        throw new Error('no session storage');
      },
    };
    const tabs = createTabReports(broken);
    expect(await tabs.report(7, 0, marked('cpb'))).toBe('1');
    expect(await tabs.report(7, 1, marked('ecmo'))).toBe('2');
  });

  it('keeps "off" from the top frame', async () => {
    const tabs = createTabReports(memoryStore());
    await tabs.report(7, 1, marked('ecmo'));
    expect(await tabs.report(7, 0, { entryIds: [], off: true, showCount: true })).toBe('off');
  });

  it('are kept in the browser\'s session storage, where a new worker finds them', async () => {
    const first = createTabReports(sessionReportStore());
    await first.report(7, 0, marked('cpb', 'ecmo'));
    await first.report(7, 3, marked('heparin'));
    const stored = async () => ((await fakeBrowser.storage.session.get('badgeReports')).badgeReports ?? {}) as StoredReports;
    await expect.poll(async () => Object.keys((await stored())[7] ?? {}).sort()).toEqual(['0', '3']);
    const second = createTabReports(sessionReportStore());
    expect(await second.report(7, 0, marked('cpb', 'ecmo'))).toBe('3');
  });
});
