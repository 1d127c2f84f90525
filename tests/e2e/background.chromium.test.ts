/**
 * The background's context menu and keyboard command, in Chromium.
 *
 * Headless Chromium has no menus to right-click and does not route shortcut keys to
 * extensions, so these tests hand the browser's own events to the extension's listeners from
 * its service worker (`chrome.contextMenus.onClicked.dispatch`, `chrome.commands.onCommand.dispatch`,
 * with the real tab): only the step from the user's click or key press to that event is not
 * covered. What follows it is: the listeners, messaging to the page, storage, and what the
 * user then sees.
 */
import type { Page, Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOGGLE_SITE_COMMAND } from '../../src/platform/background/commands';
import { LOOKUP_MENU_ID } from '../../src/platform/background/context-menu';
import { skipWithout } from './harness/browsers';
import { launchChromium } from './harness/chromium';
import { markTexts, waitForScan } from './harness/page-marks';
import { useSuite } from './harness/suite';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bypass notes</title></head><body>
<p id="p1">Before cardiopulmonary bypass the perfusionist checked the oxygenator and the heparin dose.</p>
</body></html>`;

interface Tab {
  id?: number;
  index: number;
  windowId: number;
}
interface ChromeEvents {
  tabs: { query(q: object): Promise<Tab[]> };
  contextMenus: { update(id: string, props: object): Promise<void>; onClicked: { dispatch(info: object, tab: Tab): void } };
  commands: { onCommand: { dispatch(command: string, tab?: Tab): void } };
}

describe.skipIf(skipWithout('chromium'))('Chromium: context menu and keyboard command', () => {
  const suite = useSuite(launchChromium);
  let page: Page;
  let worker: Worker;
  let tab: Tab;

  /** Runs `fn` in the extension's service worker with `chrome` and an argument. */
  const inWorker = <A, R>(fn: (chrome: ChromeEvents, arg: A) => R | Promise<R>, arg: A) =>
    worker.evaluate(({ src, a }) => new Function('chrome', 'a', `return (${src})(chrome, a);`)((globalThis as unknown as { chrome: unknown }).chrome, a), { src: fn.toString(), a: arg }) as Promise<R>;

  beforeAll(async () => {
    suite.server.put('/background-page.html', PAGE);
    page = await suite.session.context.newPage();
    for (const p of suite.session.context.pages()) if (p !== page) await p.close();
    await page.goto(suite.server.url('/background-page.html'));
    await waitForScan(page);
    [worker] = suite.session.context.serviceWorkers();
    // The one open tab: the fixture page.
    const tabs = await inWorker((chrome) => chrome.tabs.query({}), undefined);
    expect(tabs).toHaveLength(1);
    tab = tabs[0];
  });

  it('the selection menu item exists after install', async () => {
    // update() rejects for an id that was never created.
    const created = await inWorker((chrome, id) => chrome.contextMenus.update(id, {}).then(() => true, (e: Error) => e.message), LOOKUP_MENU_ID);
    expect(created).toBe(true);
  });

  it('"Look up" on a selection opens the glossary next to the page, searching for the selection', async () => {
    // A second tab after the reader's: the glossary must open between them, not at the end.
    await suite.session.context.newPage();
    try {
      const opened = suite.session.context.waitForEvent('page');
      await inWorker(({ contextMenus }, a) => contextMenus.onClicked.dispatch({ menuItemId: a.id, selectionText: '  veno-arterial\n ECMO ', editable: false }, a.tab), { id: LOOKUP_MENU_ID, tab });
      const popup = await opened;
      await popup.waitForLoadState();
      expect(popup.url()).toBe(`chrome-extension://${suite.session.extensionId}/popup.html#q=veno-arterial%20ECMO`);
      await expect.poll(() => popup.getByRole('searchbox').inputValue()).toBe('veno-arterial ECMO');
      await expect.poll(() => popup.getByRole('option').first().textContent(), { timeout: 5000 }).toContain('veno-arterial ECMO');
      // Opened beside the reader's tab, which keeps its place.
      const tabs = await inWorker((chrome) => chrome.tabs.query({}), undefined);
      expect(tabs).toHaveLength(3);
      const [first, second] = [...tabs].sort((x, y) => x.index - y.index);
      expect(first.id).toBe(tab.id);
      expect(await popup.evaluate(() => new Promise((r) => (globalThis as unknown as { chrome: { tabs: { getCurrent(cb: (t?: { id?: number }) => void): void } } }).chrome.tabs.getCurrent((t) => r(t?.id))))).toBe(second.id);
    } finally {
      // Back to the reader's tab alone, whatever happened.
      for (const p of suite.session.context.pages()) if (p !== page) await p.close();
    }
  });

  it('a blank selection or another menu item opens nothing', async () => {
    await inWorker(({ contextMenus }, a) => {
      contextMenus.onClicked.dispatch({ menuItemId: a.id, selectionText: ' \n ', editable: false }, a.tab);
      contextMenus.onClicked.dispatch({ menuItemId: 'someone-else', selectionText: 'ECMO', editable: false }, a.tab);
    }, { id: LOOKUP_MENU_ID, tab });
    // Give a wrongly opened tab time to appear.
    await page.waitForTimeout(500);
    expect(suite.session.context.pages()).toHaveLength(1);
  });

  it('the "toggle marking on this site" command turns the page\'s marks off, then on again', async () => {
    expect(await markTexts(page)).toEqual(['cardiopulmonary bypass', 'perfusionist', 'oxygenator', 'heparin']);
    await inWorker(({ commands }, a) => commands.onCommand.dispatch(a.command, a.tab), { command: TOGGLE_SITE_COMMAND, tab });
    await expect.poll(() => markTexts(page), { timeout: 5000 }).toEqual([]);
    // The choice is the site's: a reload stays unmarked.
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await markTexts(page)).toEqual([]);
    // Without a tab (a shortcut pressed with the window focused) it acts on the active tab.
    await page.bringToFront();
    await inWorker(({ commands }, command) => commands.onCommand.dispatch(command), TOGGLE_SITE_COMMAND);
    await expect.poll(() => markTexts(page), { timeout: 5000 }).toEqual(['cardiopulmonary bypass', 'perfusionist', 'oxygenator', 'heparin']);
  });
});
