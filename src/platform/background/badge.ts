/**
 * The toolbar badge, kept by the background from the content scripts' reports: the number of
 * distinct terms marked in the tab (all frames), or "off" where marking is off for the site.
 */
import { browser } from 'wxt/browser';
import { type FrameReport, tabBadgeText } from '../../core/settings/badge';
import { onMessage } from '../messaging';

const COUNT_COLOR = '#1f5f8b';
const OFF_COLOR = '#6b7280';

export function registerBadge(): void {
  const tabs = new Map<number, Map<number, FrameReport>>();
  onMessage('reportBadge', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return;
    const frames = tabs.get(tabId) ?? new Map<number, FrameReport>();
    frames.set(sender.frameId ?? 0, data);
    tabs.set(tabId, frames);
    const text = tabBadgeText(frames);
    await Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      text ? browser.action.setBadgeBackgroundColor({ tabId, color: text === 'off' ? OFF_COLOR : COUNT_COLOR }) : undefined,
    ]).catch(() => undefined); // the tab closed meanwhile
  });
  // A new document in the tab: its frames report afresh. (Status is visible without "tabs".)
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') tabs.delete(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => tabs.delete(tabId));
}
