/** The popup's link to the active tab's content script. */
import { browser } from 'wxt/browser';
import { type PageTerms, sendMessage } from '../../platform/messaging';

export interface PageBridge {
  getTerms(): Promise<PageTerms | null>;
  reveal(entryId: string): Promise<boolean>;
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function createPageBridge(): PageBridge {
  return {
    async getTerms() {
      const id = await activeTabId();
      if (id === undefined) return null;
      try {
        return await sendMessage('getPageTerms', undefined, id);
      } catch {
        return null; // no content script there (browser pages, the store, PDFs)
      }
    },
    async reveal(entryId) {
      const id = await activeTabId();
      if (id === undefined) return false;
      try {
        return await sendMessage('revealTerm', entryId, id);
      } catch {
        return false;
      }
    },
  };
}
