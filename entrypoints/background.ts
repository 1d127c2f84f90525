import { browser } from 'wxt/browser';
import glossary from '../generated/glossary.json';
import type { Entry } from '../src/core/glossary/schema';
import { onMessage } from '../src/platform/messaging';

const byId = new Map((glossary as Entry[]).map((e) => [e.id, e]));

export default defineBackground(() => {
  onMessage('getEntry', ({ data }) => byId.get(data) ?? null);
  // Content scripts cannot open the toolbar popup reliably, so the card's "Open full entry"
  // opens the popup page in a tab next to the one the reader is on.
  onMessage('openEntry', async ({ data, sender }) => {
    if (!byId.has(data)) return;
    const url = browser.runtime.getURL(`/popup.html#entry=${encodeURIComponent(data)}`);
    const tab = sender.tab;
    await browser.tabs.create({
      url,
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
      ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
    });
  });
});
