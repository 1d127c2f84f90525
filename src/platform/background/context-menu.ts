/**
 * "Look up “%s” in Perfusion Glossary" on a text selection: opens the popup page in a tab
 * with the selection as its query (popup.html#q=…).
 */
import { browser } from 'wxt/browser';

export const LOOKUP_MENU_ID = 'perfusion-glossary-lookup';
export const MAX_QUERY = 100;

/** The popup page's hash for a looked-up selection: whitespace collapsed, at most 100 characters. */
export function lookupHash(selection: string): string {
  const q = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  return `#q=${encodeURIComponent(q)}`;
}

async function createMenu() {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: LOOKUP_MENU_ID,
    title: 'Look up “%s” in Perfusion Glossary',
    contexts: ['selection'],
  });
}

export function registerContextMenu(): void {
  // Menus persist across background restarts; they are (re)made on install, update and start.
  browser.runtime.onInstalled.addListener(() => void createMenu().catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void createMenu().catch(() => undefined));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU_ID || !info.selectionText?.trim()) return;
    void browser.tabs.create({
      url: browser.runtime.getURL('/popup.html') + lookupHash(info.selectionText),
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.windowId !== undefined && tab.windowId >= 0 ? { windowId: tab.windowId } : {}),
      ...(tab?.id !== undefined && tab.id >= 0 ? { openerTabId: tab.id } : {}),
    });
  });
}
