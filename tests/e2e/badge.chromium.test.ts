/**
 * The toolbar badge of a tab with an iframe, in Chromium: it counts the distinct terms of
 * every frame, and still does after the extension's service worker has been stopped (as
 * Chromium stops it when idle) and a single frame reports again.
 */
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { launchChromium } from './harness/chromium';
import { markTexts, waitForScan } from './harness/page-marks';
import { useSuite } from './harness/suite';

interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

// Two distinct terms in the top document, two others in the iframe.
const TOP = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Badge test</title></head><body>
<p id="p1">The patient went on cardiopulmonary bypass after heparin was given.</p>
<iframe src="/badge-frame.html" width="600" height="200" title="notes"></iframe>
</body></html>`;
const FRAME = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body>
<p>The oxygenator was changed before ECMO was started.</p>
</body></html>`;

describe.skipIf(skipWithout('chromium'))('Chromium: badge across frames and worker restarts', () => {
  const suite = useSuite(launchChromium);
  let page: Page;
  /** An extension page: it reads the badge, whether or not the service worker is running. */
  let ext: Page;
  let cdp: CDPSession;
  let tabId: number;

  const badge = () => ext.evaluate((id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: id }), tabId);
  /** DevTools targets of the extension's service worker (none while it is stopped). */
  const workerTargets = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; targetId: string; url: string }[] };
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${suite.session.extensionId}/`));
  };

  beforeAll(async () => {
    suite.server.put('/badge-top.html', TOP);
    suite.server.put('/badge-frame.html', FRAME);
    ext = await suite.session.context.newPage();
    await ext.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
    page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/badge-top.html'));
    await waitForScan(page);
    const frame = page.frames().find((f) => f.url().endsWith('/badge-frame.html'));
    if (!frame) throw new Error('the iframe did not load');
    await waitForScan(frame);
    await page.bringToFront();
    tabId = await ext.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id as number;
    });
    cdp = await suite.session.context.newCDPSession(page);
  });

  it('counts the distinct terms of the top document and its iframe together', async () => {
    expect(await markTexts(page)).toEqual(['cardiopulmonary bypass', 'heparin']);
    await expect.poll(() => badge(), { timeout: 5000 }).toBe('4');
  });

  it('after the service worker is stopped, one frame reporting again does not hide the others', async () => {
    // Stop it, as Chromium does when it has been idle: close its DevTools target.
    const [running] = await workerTargets();
    expect(running).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: running.targetId });
    await expect.poll(async () => (await workerTargets()).length, { timeout: 5000 }).toBe(0);

    // New text in the top document only: its frame reports, which starts the worker afresh.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Cardioplegia was given every twenty minutes.';
      document.body.append(p);
    });
    await expect.poll(() => markTexts(page), { timeout: 5000 }).toContain('Cardioplegia');
    await expect.poll(async () => (await workerTargets()).length, { timeout: 5000 }).toBe(1);
    await expect.poll(() => badge(), { timeout: 5000 }).toBe('5');
  });
});
