/**
 * The settings page in Chromium: changes reach open tabs live (no reload), custom terms are
 * marked and searchable, a bad import changes nothing, and the toolbar badge matches the page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { launchChromium } from './harness/chromium';
import { markPlaces, markTexts, readMarks, waitForScan } from './harness/page-marks';
import { badImportFile, SETTINGS_PAGE, SETTINGS_PAGE_DISTINCT, ZEBRA } from './harness/settings-page';
import { useSuite } from './harness/suite';

/** The part of the extension API the tests call in the service worker. */
interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

/** Text of the first element matching `selector`, or '' when there is none yet. */
const textOf = async (p: Page, selector: string) => (await p.locator(selector).first().textContent({ timeout: 1000 }).catch(() => '')) ?? '';

describe.skipIf(skipWithout('chromium'))('Chromium: settings', () => {
  const suite = useSuite(launchChromium);
  let worker: Worker;
  let options: Page;
  let page: Page;

  const openOptions = async () => {
    const p = await suite.session.context.newPage();
    await p.goto(`chrome-extension://${suite.session.extensionId}/options.html`);
    await p.waitForSelector('#opt-enabled');
    return p;
  };
  /** The page's tab id: the active tab while the page is in front (tab URLs need "tabs"). */
  let pageTabId: number;
  const activeTabId = () =>
    worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id as number;
    });
  const badge = () => worker.evaluate((id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: id }), pageTabId);

  beforeAll(async () => {
    suite.server.put('/settings.html', SETTINGS_PAGE);
    [worker] = suite.session.context.serviceWorkers();
    page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/settings.html'));
    await waitForScan(page);
    await page.bringToFront();
    pageTabId = await activeTabId();
    options = await openOptions();
  });

  it('the badge shows the number of distinct terms on the page', async () => {
    const marks = await markTexts(page);
    expect(marks).toEqual(expect.arrayContaining(['cardiopulmonary bypass', 'CPB', 'heparin', 'ECMO']));
    await expect.poll(() => badge(), { timeout: 5000 }).toBe(String(SETTINGS_PAGE_DISTINCT));
  });

  it('turning the site off in the settings removes its marks live, and the badge says "off"', async () => {
    expect((await markTexts(page)).length).toBeGreaterThan(0);
    await options.bringToFront();
    await options.fill('#opt-disabled-input', '127.0.0.1');
    await options.click('text=Add site');
    await expect.poll(() => textOf(options, '.opt-site-list'), { timeout: 5000 }).toContain('127.0.0.1');
    // The page was not reloaded: its marks go away in place.
    await expect.poll(() => markTexts(page), { timeout: 5000 }).toEqual([]);
    await expect.poll(() => badge(), { timeout: 5000 }).toBe('off');
    await options.click('button[aria-label="Remove 127.0.0.1"]');
    await expect.poll(async () => (await markTexts(page)).length, { timeout: 5000 }).toBeGreaterThan(0);
    await expect.poll(() => badge(), { timeout: 5000 }).toBe(String(SETTINGS_PAGE_DISTINCT));
  });

  it('the global switch, style and colour apply live', async () => {
    await options.click('label[for="opt-style-solid"]');
    await expect
      .poll(async () => [...new Set((await readMarks(page)).map((m) => m.highlight))], { timeout: 5000 })
      .toEqual(['perfusion-glossary-solid']);
    await options.fill('#opt-color-hex', '#aa3300');
    await options.press('#opt-color-hex', 'Enter');
    // The colour comes from a constructed stylesheet (serialised as rgb()): no node is added to the page.
    const nodesBefore = await page.evaluate(() => document.querySelectorAll('*').length);
    await expect
      .poll(() => page.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('rgb(170, 51, 0)')))), { timeout: 5000 })
      .toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBe(nodesBefore);
    await options.click('label[for="opt-style-dotted"]');
    await options.click('label[for="opt-enabled"]');
    await expect.poll(() => markTexts(page), { timeout: 5000 }).toEqual([]);
    await options.click('label[for="opt-enabled"]');
    await expect.poll(async () => (await markTexts(page)).length, { timeout: 5000 }).toBeGreaterThan(0);
  });

  it('a custom term is marked on pages and found in the popup', async () => {
    await options.bringToFront();
    await options.click('text=Add a term');
    await options.fill('#opt-f-term', ZEBRA.term);
    await options.selectOption('#opt-f-category', 'circuit');
    await options.check('#opt-f-tags');
    await options.fill('#opt-f-definition', ZEBRA.definition);
    await options.fill('#opt-f-sources', ZEBRA.source);
    await options.click('text=Save term');
    await expect.poll(() => textOf(options, '.opt-term-list'), { timeout: 5000 }).toContain(ZEBRA.term);
    // The open page picks it up live.
    await expect.poll(() => markTexts(page), { timeout: 5000 }).toContain(ZEBRA.term);
    await expect.poll(() => badge(), { timeout: 5000 }).toBe(String(SETTINGS_PAGE_DISTINCT + 1));

    const popup = await suite.session.openPopup();
    await popup.fill('#pg-q', 'zebra');
    await expect.poll(() => textOf(popup, '[role="option"]'), { timeout: 5000 }).toContain(ZEBRA.term);
    await popup.close();
  });

  it('"where to mark it": a term kept off pages is still found in the popup, and is marked once allowed', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'p-quokka';
      p.textContent = 'The quokka shunt was clamped.';
      document.body.append(p);
    });
    await options.bringToFront();
    await options.click('text=Add a term');
    await options.fill('#opt-f-term', 'quokka shunt');
    await options.selectOption('#opt-f-category', 'circuit');
    await options.selectOption('#opt-f-marking', 'never');
    await options.check('#opt-f-tags');
    await options.fill('#opt-f-definition', 'A made-up shunt used by the end-to-end tests of the settings page.');
    await options.fill('#opt-f-sources', 'Test notes, 2026');
    await options.click('text=Save term');
    await expect.poll(() => textOf(options, '.opt-term-list'), { timeout: 5000 }).toContain('quokka shunt');
    const popup = await suite.session.openPopup();
    await popup.fill('#pg-q', 'quokka');
    await expect.poll(() => textOf(popup, '[role="option"]'), { timeout: 5000 }).toContain('quokka shunt');
    await popup.close();
    // Custom terms reach open pages within a few hundred ms (the next step shows it): give it
    // longer, then the term must still not be marked.
    await page.waitForTimeout(1500);
    expect(await markTexts(page)).toContain(ZEBRA.term);
    expect(await markTexts(page)).not.toContain('quokka shunt');

    await options.bringToFront();
    await options.click('button[aria-label="Edit quokka shunt"]');
    expect(await options.inputValue('#opt-f-marking')).toBe('never');
    await options.selectOption('#opt-f-marking', 'anywhere');
    await options.click('text=Save changes');
    await expect.poll(() => markTexts(page), { timeout: 5000 }).toContain('quokka shunt');
  });

  it('normal values and formulas: a problem is explained on its row; what is saved shows in the entry', async () => {
    await options.bringToFront();
    await options.click('text=Add a term');
    await options.fill('#opt-f-term', 'wombat filter');
    await options.selectOption('#opt-f-category', 'circuit');
    await options.check('#opt-f-tags');
    await options.fill('#opt-f-definition', 'A made-up arterial filter used by the end-to-end tests of value rows.');
    await options.fill('#opt-f-sources', 'Test notes, 2026');
    await options.click('text=Add a value');
    await options.click('text=Add a value');
    await options.fill('#opt-f-values-1-label', 'Pressure drop at 5 L/min');
    await options.fill('#opt-f-values-1-min', 'twelve');
    await options.fill('#opt-f-values-1-unit', 'mmHg');
    await options.click('text=Save term');
    await expect.poll(() => textOf(options, '.opt-error-summary'), { timeout: 5000 }).toContain('Value 2 (low): must be a number');
    // The figure in error is marked, described by the message, and has the focus.
    expect(await options.getAttribute('#opt-f-values-1-min', 'aria-invalid')).toBe('true');
    expect(await options.getAttribute('#opt-f-values-1-min', 'aria-describedby')).toBe('opt-f-values-error');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('opt-f-values-1-min');
    expect(await options.getAttribute('#opt-f-values-0-min', 'aria-invalid')).toBeNull();
    // The message goes as the number is fixed; the blank first row is removed and not saved.
    await options.fill('#opt-f-values-1-min', '12');
    await options.fill('#opt-f-values-1-max', '18.5');
    await options.selectOption('#opt-f-values-1-population', 'adult');
    await options.check('#opt-f-values-1-varies');
    await options.click('button[aria-label="Remove value 1"]');
    await expect.poll(() => options.locator('.opt-error-summary').count(), { timeout: 5000 }).toBe(0);

    await options.click('text=Add a formula');
    await options.fill('#opt-f-formulas-0-name', 'Wombat pressure index');
    await options.fill('#opt-f-formulas-0-expression', 'WPI = ΔP / Q');
    await options.fill('#opt-f-formulas-0-variables', 'ΔP: pressure drop [mmHg]\nQ blood flow');
    await options.fill('#opt-f-formulas-0-example', 'ΔP 15 mmHg at Q 5 L/min: 15 / 5 = 3 mmHg per L/min.');
    await options.click('text=Save term');
    await expect.poll(() => textOf(options, '.opt-error-summary'), { timeout: 5000 }).toContain('Formula 1 (variables): line 2 should read');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('opt-f-formulas-0-variables');
    await options.fill('#opt-f-formulas-0-variables', 'ΔP: pressure drop [mmHg]\nQ: blood flow [L/min]');
    await options.click('text=Save term');
    await expect.poll(() => textOf(options, '.opt-term-list'), { timeout: 5000 }).toContain('wombat filter');

    const popup = await suite.session.context.newPage();
    await popup.goto(`chrome-extension://${suite.session.extensionId}/popup.html#entry=wombat-filter`);
    await expect.poll(() => textOf(popup, '.pg-values'), { timeout: 5000 }).toContain('Pressure drop at 5 L/min');
    const values = await textOf(popup, '.pg-values');
    expect(values).toContain('12–18.5 mmHg');
    expect(values).toContain('adults');
    expect(values).toContain('varies by institution');
    const formula = await textOf(popup, '.pg-formula');
    expect(formula).toContain('Wombat pressure index');
    expect(formula).toContain('WPI = ΔP / Q');
    expect(formula).toContain('blood flow');
    expect(formula).toContain('15 / 5 = 3');
    await popup.close();

    // Editing shows the saved value in its row.
    await options.bringToFront();
    await options.click('button[aria-label="Edit wombat filter"]');
    expect(await options.inputValue('#opt-f-values-0-max')).toBe('18.5');
    expect(await options.locator('#opt-f-values-1-label').count()).toBe(0);
    expect(await options.inputValue('#opt-f-formulas-0-variables')).toBe('ΔP: pressure drop [mmHg]\nQ: blood flow [L/min]');
    await options.click('text=Cancel');
  });

  it('matching rules of a single name: a problem is explained on its row; the saved rule decides where the name is marked', async () => {
    await page.evaluate(() => {
      for (const [id, text] of [
        ['p-nbt-1', 'The NBT read 40 before lunch.'],
        ['p-nbt-2', 'Check the NBT on the oxygenator.'],
      ]) {
        const p = document.createElement('p');
        p.id = id;
        p.textContent = text;
        document.body.append(p);
      }
    });
    await options.bringToFront();
    await options.click('text=Add a term');
    await options.fill('#opt-f-term', 'numbat gauge');
    await options.fill('#opt-f-abbreviations', 'NBT');
    await options.selectOption('#opt-f-category', 'circuit');
    await options.check('#opt-f-tags');
    await options.fill('#opt-f-definition', 'A made-up gauge used by the end-to-end tests of matching rules.');
    await options.fill('#opt-f-sources', 'Test notes, 2026');
    await options.click('text=Add a rule');
    // The name list follows the names typed above.
    expect(await options.locator('#opt-f-rules-0-name option').allTextContents()).toEqual(['Choose a name…', 'numbat gauge', 'NBT']);
    await options.selectOption('#opt-f-rules-0-name', 'NBT');
    await options.fill('#opt-f-rules-0-near', 'oxygenator');
    await options.fill('#opt-f-rules-0-window', 'lots');
    await options.click('text=Save term');
    await expect.poll(() => textOf(options, '.opt-error-summary'), { timeout: 5000 }).toContain('Rule 1 (within): must be a whole number of words, from 1 to 50');
    expect(await options.getAttribute('#opt-f-rules-0-window', 'aria-invalid')).toBe('true');
    expect(await options.getAttribute('#opt-f-rules-0-window', 'aria-describedby')).toBe('opt-f-rules-error');
    expect(await options.evaluate(() => document.activeElement?.id)).toBe('opt-f-rules-0-window');
    await options.fill('#opt-f-rules-0-window', '4');
    await options.click('text=Save term');
    await expect.poll(() => textOf(options, '.opt-term-list'), { timeout: 5000 }).toContain('numbat gauge');

    // Marked near "oxygenator" only: in the second paragraph, not the first.
    const nbtParagraphs = async () => (await markPlaces(page)).filter((m) => m.text === 'NBT').map((m) => m.id);
    await expect.poll(nbtParagraphs, { timeout: 5000 }).toEqual(['p-nbt-2']);

    // Editing shows the rule in its row.
    await options.bringToFront();
    await options.click('button[aria-label="Edit numbat gauge"]');
    expect(await options.inputValue('#opt-f-rules-0-name')).toBe('NBT');
    expect(await options.inputValue('#opt-f-rules-0-near')).toBe('oxygenator');
    expect(await options.inputValue('#opt-f-rules-0-window')).toBe('4');
    // Removing the rule: the name is marked everywhere.
    await options.click('button[aria-label="Remove rule 1"]');
    await options.click('text=Save changes');
    await expect.poll(async () => (await nbtParagraphs()).sort(), { timeout: 5000 }).toEqual(['p-nbt-1', 'p-nbt-2']);
  });

  it('the settings page has no accessibility violations (axe), with the form, a value row, a formula row and a rule row open too', async () => {
    const audit = async () =>
      (await new AxeBuilder({ page: options }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await audit()).toEqual([]);
    await options.click('text=Add a term');
    await options.click('text=Add a value');
    await options.click('text=Add a formula');
    await options.click('text=Add a rule');
    await options.click('text=Save term');
    expect(await audit()).toEqual([]);
    await options.click('text=Cancel');
  });

  it('the form explains what is wrong, field by field', async () => {
    await options.click('text=Add a term');
    await options.fill('#opt-f-term', 'Cardiopulmonary Bypass');
    await options.click('text=Save term');
    await expect.poll(() => textOf(options, '.opt-error-summary'), { timeout: 5000 }).toContain('Choose a category');
    expect(await options.getAttribute('#opt-f-definition', 'aria-invalid')).toBe('true');
    await options.click('text=Cancel');
  });

  it('importing a bad file shows what is wrong and keeps the data', async () => {
    const chooser = options.waitForEvent('filechooser');
    await options.click('text=Import from a file…');
    await (await chooser).setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(badImportFile()) });
    await expect.poll(() => textOf(options, '#opt-import-error'), { timeout: 5000 }).toContain('Nothing was imported from bad.json');
    expect(await textOf(options, '#opt-import-error')).toContain('entries[1] (“short-one”), field “definition”: must be at least 20 characters');
    // Nothing was written: the custom term is still there, the valid entry of the file is not.
    await options.reload();
    await options.waitForSelector('#opt-enabled');
    await expect.poll(() => textOf(options, '.opt-term-list'), { timeout: 5000 }).toContain(ZEBRA.term);
    expect(await textOf(options, '.opt-term-list')).not.toContain('okapi filter');
    expect(await markTexts(page)).toContain(ZEBRA.term);
  });
});
