/**
 * The settings page in Firefox ESR: changes reach open tabs live (no reload), custom terms
 * are marked and searchable, a bad import changes nothing, and the toolbar badge follows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { launchFirefox } from './harness/firefox';
import { markPlaces, markTexts, readMarks, waitForScan } from './harness/page-marks';
import { badImportFile, SETTINGS_PAGE, SETTINGS_PAGE_DISTINCT, ZEBRA } from './harness/settings-page';
import { useSuite } from './harness/suite';

/**
 * Opens an extension page. Firefox's remote agent may never report the load of a
 * moz-extension:// page, so navigation is not awaited; the page is ready when `ready` exists.
 */
async function openExtensionPage(page: Page, url: string, ready: string) {
  void page.goto(url, { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => undefined);
  const end = Date.now() + 10_000;
  const state = () => page.evaluate((sel) => location.href + (document.querySelector(sel) ? ' ready' : ''), ready).catch(() => '');
  while ((await state()) !== `${url} ready`) {
    if (Date.now() > end) throw new Error(`${url} did not show ${ready}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface BrowserApi {
  tabs: { getCurrent(): Promise<{ id?: number }>; query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

/**
 * Badge texts of every tab but the extension page's own, read from that page. Without the
 * "tabs" permission tabs carry no URL, so the test looks for the fixture's badge among them.
 */
const otherBadges = (extensionPage: Page) =>
  extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser: BrowserApi }).browser;
    const current = await api.tabs.getCurrent();
    const tabs = await api.tabs.query({});
    return Promise.all(tabs.filter((t) => t.id !== undefined && t.id !== current.id).map((t) => api.action.getBadgeText({ tabId: t.id as number })));
  });

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

/**
 * Replaces a text field's value the way a user does: select its text, type over it. (Clearing
 * `value` directly would leave Preact's state holding the old text.)
 */
async function fill(page: Page, selector: string, value: string) {
  await page.$eval(selector, (el) => {
    (el as HTMLInputElement).focus();
    (el as HTMLInputElement).select();
  });
  await page.type(selector, value);
}

describe.skipIf(skipWithout('firefox'))('Firefox ESR: settings', () => {
  const suite = useSuite(launchFirefox);
  let page: Page;
  let options: Page;
  const tmp = mkdtempSync(join(tmpdir(), 'pg-settings-'));

  beforeAll(async () => {
    suite.server.put('/settings.html', SETTINGS_PAGE);
    page = await suite.session.browser.newPage();
    await page.goto(suite.server.url('/settings.html'));
    await waitForScan(page);
    options = await suite.session.browser.newPage();
    await openExtensionPage(options, `${suite.session.extensionBase}/options.html`, '#opt-enabled');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('the badge shows the number of distinct terms on the page', async () => {
    await expect.poll(() => otherBadges(options), { timeout: 5000 }).toContain(String(SETTINGS_PAGE_DISTINCT));
  });

  it('turning the site off in the settings removes its marks live, and the badge says "off"', async () => {
    expect(await markTexts(page)).toEqual(expect.arrayContaining(['cardiopulmonary bypass', 'CPB', 'heparin', 'ECMO']));
    await fill(options, '#opt-disabled-input', '127.0.0.1');
    await options.click('#opt-disabled-input ~ button[type="submit"]');
    await expect.poll(() => textOf(options, '.opt-site-list'), { timeout: 5000 }).toContain('127.0.0.1');
    await expect.poll(() => markTexts(page), { timeout: 5000 }).toEqual([]);
    await expect.poll(() => otherBadges(options), { timeout: 5000 }).toContain('off');
    await options.click('button[aria-label="Remove 127.0.0.1"]');
    await expect.poll(async () => (await markTexts(page)).length, { timeout: 5000 }).toBeGreaterThan(0);
    await expect.poll(() => otherBadges(options), { timeout: 5000 }).toContain(String(SETTINGS_PAGE_DISTINCT));
  });

  it('style and colour apply live, the colour without adding nodes to the page', async () => {
    const nodesBefore = await page.evaluate(() => document.querySelectorAll('*').length);
    await options.click('#opt-style-background');
    await expect
      .poll(async () => [...new Set((await readMarks(page)).map((m) => m.highlight))], { timeout: 5000 })
      .toEqual(['perfusion-glossary-background']);
    await fill(options, '#opt-color-hex', '#aa3300');
    await expect.poll(() => options.$eval('#opt-color-hex', (el) => (el as HTMLInputElement).value)).toBe('#aa3300');
    // Leaving the field commits it (a change event), as Enter does.
    await options.keyboard.press('Tab');
    await expect.poll(() => options.$eval('#opt-color-picker', (el) => (el as HTMLInputElement).value), { timeout: 5000 }).toBe('#aa3300');
    // The colour comes from a constructed stylesheet adopted by the document.
    await expect
      .poll(() => page.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('rgb(170, 51, 0)')))), { timeout: 5000 })
      .toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBe(nodesBefore);
    await options.click('#opt-style-dotted');
    await expect
      .poll(async () => [...new Set((await readMarks(page)).map((m) => m.highlight))], { timeout: 5000 })
      .toEqual(['perfusion-glossary']);
  });

  it('a custom term is marked on pages and found in the popup', async () => {
    await options.click('.opt-actions .opt-primary');
    await options.waitForSelector('#opt-f-term');
    await fill(options, '#opt-f-term', ZEBRA.term);
    await options.select('#opt-f-category', 'circuit');
    await options.click('#opt-f-tags');
    await fill(options, '#opt-f-definition', ZEBRA.definition);
    await fill(options, '#opt-f-sources', ZEBRA.source);
    await options.click('.opt-entry-form button[type="submit"]');
    await expect.poll(() => textOf(options, '.opt-term-list'), { timeout: 5000 }).toContain(ZEBRA.term);
    await expect.poll(() => markTexts(page), { timeout: 5000 }).toContain(ZEBRA.term);

    const popup = await suite.session.browser.newPage();
    await openExtensionPage(popup, `${suite.session.extensionBase}/popup.html`, '#pg-q');
    await popup.type('#pg-q', 'zebra');
    await expect.poll(() => textOf(popup, '[role="option"]'), { timeout: 5000 }).toContain(ZEBRA.term);
    await popup.close();
  });

  it('a custom term with a normal value and a formula shows them in its entry', async () => {
    await options.click('.opt-actions .opt-primary');
    await options.waitForSelector('#opt-f-term');
    await fill(options, '#opt-f-term', 'numbat oxygenator');
    await options.select('#opt-f-category', 'circuit');
    await options.click('#opt-f-tags');
    await fill(options, '#opt-f-definition', 'A made-up oxygenator used by the Firefox tests of value and formula rows.');
    await fill(options, '#opt-f-sources', 'Test notes, 2026');
    // The Add buttons sit directly in their fieldsets; each row's Remove button is inside the row.
    await options.click('.opt-values > button');
    await fill(options, '#opt-f-values-0-label', 'Rated blood flow');
    await fill(options, '#opt-f-values-0-max', 'seven');
    await fill(options, '#opt-f-values-0-unit', 'L/min');
    await options.click('.opt-formulas > button');
    await fill(options, '#opt-f-formulas-0-name', 'Numbat transfer rate');
    await fill(options, '#opt-f-formulas-0-expression', 'NTR = Q × 2');
    await fill(options, '#opt-f-formulas-0-variables', 'Q: blood flow [L/min]');
    await fill(options, '#opt-f-formulas-0-example', 'At 5 L/min: 5 × 2 = 10.');
    await options.click('.opt-entry-form button[type="submit"]');
    await expect.poll(() => textOf(options, '.opt-error-summary'), { timeout: 5000 }).toContain('Value 1 (high): must be a number');
    await fill(options, '#opt-f-values-0-max', '7');
    await options.click('.opt-entry-form button[type="submit"]');
    await expect.poll(() => textOf(options, '.opt-term-list'), { timeout: 5000 }).toContain('numbat oxygenator');

    const popup = await suite.session.browser.newPage();
    await openExtensionPage(popup, `${suite.session.extensionBase}/popup.html#entry=numbat-oxygenator`, '.pg-values');
    expect(await textOf(popup, '.pg-values')).toContain('≤ 7 L/min');
    expect(await textOf(popup, '.pg-formula')).toContain('NTR = Q × 2');
    await popup.close();
  });

  it('a matching rule typed in the form decides where a name is marked', async () => {
    await page.evaluate(() => {
      for (const [id, text] of [
        ['p-qk-1', 'The QKG read 40 before lunch.'],
        ['p-qk-2', 'Check the QKG on the oxygenator.'],
      ]) {
        const p = document.createElement('p');
        p.id = id;
        p.textContent = text;
        document.body.append(p);
      }
    });
    await options.click('.opt-actions .opt-primary');
    await options.waitForSelector('#opt-f-term');
    await fill(options, '#opt-f-term', 'quokka gauge');
    await fill(options, '#opt-f-abbreviations', 'QKG');
    await options.select('#opt-f-category', 'circuit');
    await options.click('#opt-f-tags');
    await fill(options, '#opt-f-definition', 'A made-up gauge used by the Firefox tests of matching rules.');
    await fill(options, '#opt-f-sources', 'Test notes, 2026');
    await options.click('.opt-rules > button');
    await options.select('#opt-f-rules-0-name', 'QKG');
    await fill(options, '#opt-f-rules-0-near', 'oxygenator');
    await fill(options, '#opt-f-rules-0-window', '0');
    await options.click('.opt-entry-form button[type="submit"]');
    await expect.poll(() => textOf(options, '.opt-error-summary'), { timeout: 5000 }).toContain('Rule 1 (within): must be a whole number of words, from 1 to 50');
    await fill(options, '#opt-f-rules-0-window', '4');
    await options.click('.opt-entry-form button[type="submit"]');
    await expect.poll(() => textOf(options, '.opt-term-list'), { timeout: 5000 }).toContain('quokka gauge');

    // Marked near "oxygenator" only: in the second paragraph, not the first.
    const paragraphs = async () => (await markPlaces(page)).filter((m) => m.text === 'QKG').map((m) => m.id);
    await expect.poll(paragraphs, { timeout: 5000 }).toEqual(['p-qk-2']);
  });

  it('importing a bad file shows what is wrong and keeps the data', async () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(file, badImportFile());
    const input = await options.$('input#opt-import-file');
    await input?.uploadFile(file);
    await expect.poll(() => textOf(options, '#opt-import-error'), { timeout: 5000 }).toContain('Nothing was imported from bad.json');
    expect(await textOf(options, '#opt-import-error')).toContain('entries[1] (“short-one”), field “definition”: must be at least 20 characters');
    const again = await suite.session.browser.newPage();
    await openExtensionPage(again, `${suite.session.extensionBase}/options.html`, '.opt-term-list');
    expect(await textOf(again, '.opt-term-list')).toContain(ZEBRA.term);
    expect(await textOf(again, '.opt-term-list')).not.toContain('okapi filter');
    expect(await markTexts(page)).toContain(ZEBRA.term);
  });
});
