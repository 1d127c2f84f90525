/**
 * The toolbar badge, kept by the background from the content scripts' reports: the number of
 * distinct terms marked in the tab (all frames), or "off" where marking is off for the site.
 *
 * The reports live in session storage as well as in memory. An MV3 service worker (or
 * Firefox's event page) is stopped when idle and starts again empty; without the stored
 * reports, the first report after a restart, from one frame, would set the tab's badge from
 * that frame alone and undercount the others. Session storage is memory only, cleared when
 * the browser closes, and never leaves the machine.
 */
import { storage } from '@wxt-dev/storage';
import { browser } from 'wxt/browser';
import { type FrameReport, tabBadgeText } from '../../core/settings/badge';
import { onMessage } from '../messaging';

const COUNT_COLOR = '#1f5f8b';
const OFF_COLOR = '#6b7280';

/** Reports by tab id, then by frame id (object keys: stored as JSON). */
export type StoredReports = Record<string, Record<string, FrameReport>>;

/** Where the reports outlive the worker. */
export interface ReportStore {
  load(): Promise<StoredReports>;
  save(reports: StoredReports): Promise<void>;
}

export const sessionReportStore = (): ReportStore => {
  const item = storage.defineItem<StoredReports>('session:badgeReports', { fallback: {} });
  return { load: () => item.getValue(), save: (r) => item.setValue(r) };
};

/**
 * The reports of every tab. The first call after the worker starts reads the stored ones;
 * from then on memory is authoritative (the worker's handlers run one at a time, so no
 * update is lost between a read and a write), and every change is written through.
 */
export function createTabReports(store: ReportStore) {
  let reports: StoredReports | undefined;
  let loading: Promise<StoredReports> | undefined;
  const ready = async (): Promise<StoredReports> => {
    if (reports) return reports;
    loading ??= store.load().then(
      (r) => (reports ??= r && typeof r === 'object' ? r : {}),
      () => (reports ??= {}), // storage unavailable: count from this worker's reports only
    );
    return loading;
  };
  const save = (r: StoredReports) => store.save(r).catch(() => undefined);
  return {
    /** Records a frame's report; returns the tab's badge text. */
    async report(tabId: number, frameId: number, report: FrameReport): Promise<string> {
      const all = await ready();
      all[tabId] ??= {};
      const tab = all[tabId];
      tab[frameId] = report;
      void save(all);
      return tabBadgeText(new Map(Object.entries(tab).map(([f, r]) => [Number(f), r])));
    },
    /** A tab navigated or closed: its frames report afresh. */
    async forget(tabId: number): Promise<void> {
      const all = await ready();
      if (!(tabId in all)) return;
      delete all[tabId];
      await save(all);
    },
  };
}

export function registerBadge(store: ReportStore = sessionReportStore()): void {
  const tabs = createTabReports(store);
  onMessage('reportBadge', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return;
    const text = await tabs.report(tabId, sender.frameId ?? 0, data);
    await Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      text ? browser.action.setBadgeBackgroundColor({ tabId, color: text === 'off' ? OFF_COLOR : COUNT_COLOR }) : undefined,
    ]).catch(() => undefined); // the tab closed meanwhile
  });
  // A new document in the tab: its frames report afresh. (Status is visible without "tabs".)
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void tabs.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
}
