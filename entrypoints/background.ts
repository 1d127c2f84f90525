import { browser } from 'wxt/browser';
import { bundledGlossary } from '../src/core/glossary/bundled';
import { registerBadge } from '../src/platform/background/badge';
import { registerCommands } from '../src/platform/background/commands';
import { registerContextMenu } from '../src/platform/background/context-menu';
import { onMessage } from '../src/platform/messaging';
import { effectiveLookup } from '../src/platform/settings';

const byId = new Map(bundledGlossary().map((e) => [e.id, e]));

export default defineBackground(() => {
  // The user's custom entries replace or extend the bundled ones; hidden entries are not found.
  const entries = effectiveLookup([...byId.values()]);
  onMessage('getEntry', ({ data }) => entries.get(data));
  // Content scripts cannot open the toolbar popup reliably, so the card's "Open full entry"
  // opens the popup page in a tab next to the one the reader is on.
  onMessage('openEntry', async ({ data, sender }) => {
    if (!(await entries.get(data))) return;
    const url = browser.runtime.getURL(`/popup.html#entry=${encodeURIComponent(data)}`);
    const tab = sender.tab;
    await browser.tabs.create({
      url,
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
      ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
    });
  });
  registerBadge();
  registerContextMenu();
  registerCommands();
});
