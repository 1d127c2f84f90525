/**
 * The popup's link to the browser: the page being read (its content script and site), and
 * the stored preferences. PopupApp only sees these interfaces, so tests pass fakes.
 */
import { browser } from 'wxt/browser';
import { pushRecent, siteOf } from '../../core/prefs/lists';
import { markingState, toggleSite } from '../../core/settings/sites';
import { type PageTerms, sendMessage } from '../../platform/messaging';
import { applySitePatch, getSettings, getSiteLists } from '../../platform/settings';
import { recentEntries } from '../../platform/storage';

export interface PageBridge {
  /** Terms marked in the page, or null when there is no content script (browser pages, PDFs). */
  getTerms(): Promise<PageTerms | null>;
  /** Asks the page to scroll to the first mark of an entry and open its card. */
  reveal(entryId: string): Promise<boolean>;
  /** The page's hostname, or null when it has no per-site switch. */
  site(): Promise<string | null>;
}

export interface PopupStore {
  loadRecent(): Promise<string[]>;
  /** Records a viewed entry; resolves to the new list. */
  pushRecent(id: string): Promise<string[]>;
  /** Whether marking is on for this site, by the same rule the content script follows. */
  siteEnabled(host: string): Promise<boolean>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
  openSettings(): void;
}

/** @param tabOverride read this tab instead of the active one (`?tab=` in tests). */
export function createPageBridge(tabOverride?: number): PageBridge {
  const tab = async () => {
    if (tabOverride !== undefined) return browser.tabs.get(tabOverride).catch(() => undefined);
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    return active;
  };
  /** The tab to message, or undefined where no content script can run (browser and extension pages). */
  const scriptable = async () => {
    const t = await tab();
    if (t?.id === undefined) return undefined;
    return !t.url || /^(https?|file):/.test(t.url) ? t.id : undefined;
  };
  let terms: Promise<PageTerms | null> | undefined;
  const getTerms = async () => {
    const id = await scriptable();
    if (id === undefined) return null;
    try {
      return await sendMessage('getPageTerms', undefined, id);
    } catch {
      return null; // no content script there (browser pages, the store, PDFs)
    }
  };
  return {
    getTerms() {
      terms = getTerms();
      return terms;
    },
    async reveal(entryId) {
      const id = await scriptable();
      if (id === undefined) return false;
      try {
        return await sendMessage('revealTerm', entryId, id);
      } catch {
        return false;
      }
    },
    async site() {
      // The URL is visible with activeTab (a real toolbar click); otherwise ask the page itself.
      const url = (await tab())?.url;
      if (url) return siteOf(url);
      const host = (await (terms ?? getTerms()))?.host;
      return host ? siteOf(`https://${host}/`) : null;
    },
  };
}

export function createPopupStore(): PopupStore {
  return {
    loadRecent: () => recentEntries.getValue(),
    async pushRecent(id) {
      const list = pushRecent(await recentEntries.getValue(), id);
      await recentEntries.setValue(list);
      return list;
    },
    async siteEnabled(host) {
      const [settings, lists] = await Promise.all([getSettings(), getSiteLists()]);
      return markingState(settings, lists, host).on;
    },
    async setSiteEnabled(host, enabled) {
      // Works in both site modes (block list, allow list) and with the global switch.
      const [settings, lists] = await Promise.all([getSettings(), getSiteLists()]);
      if (markingState(settings, lists, host).on !== enabled) await applySitePatch(toggleSite(settings, lists, host));
    },
    openSettings() {
      void browser.runtime.openOptionsPage();
    },
  };
}
