/**
 * Keyboard commands (declared in wxt.config.ts). `_execute_action` (open the popup) is handled
 * by the browser; "toggle-site" asks the page's top frame to turn marking on or off for its
 * site, since only the page knows its hostname without the "tabs" permission.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';

export const TOGGLE_SITE_COMMAND = 'toggle-site';

export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== TOGGLE_SITE_COMMAND) return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    // No content script on browser pages and the web store: nothing to toggle there.
    await sendMessage('toggleSite', undefined, { tabId, frameId: 0 }).catch(() => undefined);
  });
}
