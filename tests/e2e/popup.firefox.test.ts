/**
 * The toolbar popup in Firefox ESR: the popup page opened as a tab at its fixed
 * moz-extension:// address, with ?tab=<id> naming the fixture tab for "On this page".
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { launchFirefox } from './harness/firefox';
import { waitForScan } from './harness/page-marks';
import { useSuite } from './harness/suite';
import { otherTabId } from './harness/tabs';

const optionTerms = (page: Page) =>
  page.$$eval('[role="option"]', (els) => els.map((e) => (e.querySelector('.pg-option-term')?.textContent ?? '').trim()));
const headingText = (page: Page) => page.$eval('h2', (h) => h.textContent).catch(() => null);

/**
 * Opens an extension page. Firefox's remote agent may never report the load of a
 * moz-extension:// page, so navigation is not awaited; the page is ready when its script ran.
 */
async function openExtensionPage(page: Page, url: string) {
  void page.goto(url, { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => undefined);
  await until(
    () => page.evaluate(() => location.href + (document.querySelector('#app')?.childElementCount ? ' ready' : '')).catch(() => ''),
    (v) => v.startsWith(url) && v.endsWith(' ready'),
    10_000,
  );
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await read();
  while (!ok(v)) {
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
    v = await read();
  }
  return v;
}

describe.skipIf(skipWithout('firefox'))('Firefox ESR: the popup', () => {
  const suite = useSuite(launchFirefox);
  let fixture: Page;
  let tabId: number;

  beforeAll(async () => {
    fixture = await suite.session.browser.newPage();
    for (const p of await suite.session.browser.pages()) if (p !== fixture) await p.close();
    await fixture.goto(suite.server.url('/fixtures/popup-page.html'));
    await waitForScan(fixture);
    const probe = await suite.session.browser.newPage();
    await openExtensionPage(probe, `${suite.session.extensionBase}/popup.html`);
    tabId = await probe.evaluate(otherTabId);
    await probe.close();
    expect(tabId).toBeGreaterThan(0);
  });

  it('searches, opens an entry, follows a related entry and comes back', async () => {
    const popup = await suite.session.browser.newPage();
    await openExtensionPage(popup, `${suite.session.extensionBase}/popup.html`);
    await until(() => popup.evaluate(() => document.activeElement?.getAttribute('type')), (t) => t === 'search');
    await popup.keyboard.type('cardioplegai');
    await until(() => optionTerms(popup), (t) => t[0] === 'cardioplegia');
    expect(await popup.$eval('[type="search"]', (el) => el.getAttribute('aria-activedescendant'))).toBe(await popup.$eval('[role="option"]', (el) => el.id));
    await popup.keyboard.press('Enter');
    await until(() => headingText(popup), (h) => h === 'cardioplegia');

    const relatedName = await popup.$eval('.pg-related-link', (a) => a.textContent ?? '');
    await popup.click('.pg-related-link');
    await until(() => headingText(popup), (h) => h === relatedName);
    await popup.keyboard.press('Escape');
    await until(() => headingText(popup), (h) => h === 'cardioplegia');
    await popup.keyboard.press('Escape');
    await until(() => headingText(popup), (h) => h === null);
    expect(await popup.$eval('[type="search"]', (el) => (el as HTMLInputElement).value)).toBe('cardioplegai');
    await popup.close();
  });

  it('lists the terms of the page with counts and reveals one', async () => {
    const popup = await suite.session.browser.newPage();
    await openExtensionPage(popup, `${suite.session.extensionBase}/popup.html?tab=${tabId}`);
    const rows = await until(
      () => popup.$$eval('[role="group"] [role="option"]', (els) => els.map((e) => [e.getAttribute('data-entry'), e.querySelector('.pg-count [aria-hidden]')?.textContent ?? ''])),
      (r) => r.length > 0,
    );
    const counts = Object.fromEntries(rows);
    expect(counts['cardiopulmonary-bypass']).toBe('5×');
    expect(counts.heparin).toBe('2×');
    expect(counts['protamine-sulfate']).toBe('1×');

    expect(await fixture.evaluate(() => window.scrollY)).toBe(0);
    await popup.click('[data-entry="protamine-sulfate"]').catch(() => undefined); // the popup may close at once
    await until(() => fixture.evaluate(() => window.scrollY), (y) => y > 1000);
  });
});
