/**
 * The toolbar popup in Chromium: search, the full entry with related navigation and back,
 * "On this page" for a fixture tab (the popup page is opened as a tab with ?tab=<id>, since
 * headless Chromium cannot open the real toolbar bubble), revealing a term in that tab, and
 * axe-core on each state.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { launchChromium } from './harness/chromium';
import { waitForScan } from './harness/page-marks';
import { useSuite } from './harness/suite';
import { otherTabId } from './harness/tabs';

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const options = (popup: Page) => popup.getByRole('option');
const optionTexts = (popup: Page) => options(popup).evaluateAll((els) => els.map((e) => (e.querySelector('.pg-option-term')?.textContent ?? '').trim()));

describe.skipIf(skipWithout('chromium'))('Chromium: the popup', () => {
  const suite = useSuite(launchChromium);
  let fixture: Page;
  let tabId: number;

  beforeAll(async () => {
    fixture = await suite.session.context.newPage();
    for (const p of suite.session.context.pages()) if (p !== fixture) await p.close();
    await fixture.goto(suite.server.url('/fixtures/popup-page.html'));
    await waitForScan(fixture);
    // The fixture's tab id, asked from an extension page: without the "tabs" permission URLs
    // are hidden, so it is the one tab that is not the asking page.
    const probe = await suite.session.openPopup();
    tabId = await probe.evaluate(otherTabId);
    await probe.close();
    expect(tabId).toBeGreaterThan(0);
  });

  it('searches as you type and opens entries, related entries and back', async () => {
    const popup = await suite.session.openPopup();
    const errors = suite.session.trackErrors(popup);
    const box = popup.getByRole('searchbox');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    // Empty state: no page to read (the popup is its own tab here) and nothing viewed yet.
    await expect.poll(() => popup.getByText(/Type to search \d+ entries/).count()).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);

    // No result: said in words and in the live status, with the closest terms when there are any.
    await box.pressSequentially('qqxqq');
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('No entry matches qqxqq');
    expect(await axeViolations(popup)).toEqual([]);
    await box.fill('');

    await box.pressSequentially('oxygentor');
    await expect.poll(() => optionTexts(popup).then((t) => t[0])).toBe('oxygenator');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options(popup).first().getAttribute('id'));
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });

    await box.press('Enter');
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).textContent()).toBe('oxygenator');
    expect(await axeViolations(popup)).toEqual([]);

    // A related entry, then back to the first one, then back to the results.
    const related = popup.getByRole('navigation', { name: 'Related terms' }).getByRole('link').first();
    const relatedName = (await related.textContent()) ?? '';
    await related.click();
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).textContent()).toBe(relatedName);
    await popup.getByRole('button', { name: /Back to oxygenator/ }).click();
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).textContent()).toBe('oxygenator');
    await popup.keyboard.press('Escape');
    await expect.poll(() => box.inputValue()).toBe('oxygentor');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);

    // Esc clears; the entries just viewed are listed as recent, the last one shown first.
    await box.press('Escape');
    await expect.poll(() => box.inputValue()).toBe('');
    const recent = popup.getByRole('group', { name: 'Recently viewed' }).getByRole('option');
    await expect.poll(() => recent.evaluateAll((els) => els.map((e) => e.querySelector('.pg-option-term')?.textContent))).toEqual(['oxygenator', relatedName]);
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('opens directly on an entry (#entry=) and on a query (#q=)', async () => {
    const popup = await suite.session.context.newPage();
    await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html#entry=cardiopulmonary-bypass`);
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).textContent()).toBe('cardiopulmonary bypass');
    await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html#q=va%20ecmo`);
    await popup.reload();
    await expect.poll(() => optionTexts(popup).then((t) => t[0])).toBe('veno-arterial ECMO');
    await popup.close();
  });

  it('lists the terms of the page with counts and reveals one in the page', async () => {
    const popup = await suite.session.openPopup(`tab=${tabId}`);
    const errors = suite.session.trackErrors(popup);
    const onPage = popup.getByRole('group', { name: 'On this page' }).getByRole('option');
    await expect.poll(() => onPage.count()).toBeGreaterThan(0);
    const counts = Object.fromEntries(
      await onPage.evaluateAll((els) => els.map((e) => [e.getAttribute('data-entry'), Number(e.querySelector('.pg-count [aria-hidden]')?.textContent?.replace('×', ''))])),
    );
    expect(counts['cardiopulmonary-bypass']).toBe(5);
    expect(counts.heparin).toBe(2);
    expect(counts['protamine-sulfate']).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);

    // The per-site switch shows the fixture's host.
    expect(await popup.getByRole('switch').textContent()).toContain('127.0.0.1');

    expect(await fixture.evaluate(() => window.scrollY)).toBe(0);
    const box = popup.getByRole('searchbox');
    const index = await onPage.evaluateAll((els) => els.findIndex((e) => e.getAttribute('data-entry') === 'protamine-sulfate'));
    for (let i = 0; i < index; i++) await box.press('ArrowDown');
    expect(errors).toEqual([]);
    // The popup closes itself once the page has the term in view.
    const closed = popup.waitForEvent('close', { timeout: 5000 });
    await box.press('Enter').catch((err) => {
      if (!popup.isClosed()) throw err;
    });
    await expect.poll(() => fixture.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await closed;
    expect(await fixture.evaluate(() => {
      const far = document.getElementById('far')?.getBoundingClientRect();
      return !!far && far.bottom > 0 && far.top < window.innerHeight;
    })).toBe(true);
  });

  it('turns marking off and on for the site, live', async () => {
    const popup = await suite.session.openPopup(`tab=${tabId}`);
    const toggle = popup.getByRole('switch');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    const marks = () => fixture.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights ?? new Map())].filter(([n]) => n.startsWith('perfusion-glossary')).reduce((s, [, h]) => s + h.size, 0) + document.querySelectorAll('[data-perfusion-glossary]').length);
    expect(await marks()).toBeGreaterThan(0);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await expect.poll(marks).toBe(0);
    expect(await popup.getByText('Marking is off on this site.').count()).toBe(1);
    await toggle.click();
    await expect.poll(marks).toBeGreaterThan(0);
    await expect.poll(() => popup.getByRole('group', { name: 'On this page' }).getByRole('option').count()).toBeGreaterThan(0);
    await popup.close();
  });
});
