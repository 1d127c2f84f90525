/**
 * The CSS-reveal scenario, written once for both browsers: a :hover menu, a :focus-within
 * panel, a :target section and a popover each show a term with no change to the DOM, and it is marked
 * while shown and unmarked when hidden again. Playwright and puppeteer pages both have
 * goto, hover, focus and evaluate.
 */
import { expect } from 'vitest';
import { markTexts, waitForScan } from './page-marks';

type ScenarioPage = Parameters<typeof markTexts>[0] & {
  goto(url: string): Promise<unknown>;
  hover(selector: string): Promise<unknown>;
  focus(selector: string): Promise<unknown>;
};

export async function expectMarksFollowCssReveals(page: ScenarioPage, url: string): Promise<void> {
  await page.goto(url);
  await page.hover('#intro');
  await waitForScan(page);
  const marks = () => markTexts(page);
  expect(await marks()).toEqual([]);

  await page.hover('#menu');
  await expect.poll(marks, { timeout: 5000 }).toEqual(['cardioplegia']);
  await page.hover('#intro');
  await expect.poll(marks, { timeout: 5000 }).toEqual([]);

  await page.focus('#open');
  await expect.poll(marks, { timeout: 5000 }).toEqual(['hemofilter']);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect.poll(marks, { timeout: 5000 }).toEqual([]);

  await page.evaluate(() => {
    location.hash = 'notes';
  });
  await expect.poll(marks, { timeout: 5000 }).toEqual(['AngioVac']);
  await page.evaluate(() => {
    location.hash = '';
  });
  await expect.poll(marks, { timeout: 5000 }).toEqual([]);

  await page.evaluate(() => (document.getElementById('pop') as HTMLElement & { showPopover(): void }).showPopover());
  await expect.poll(marks, { timeout: 5000 }).toEqual(['ECMO']);
  await page.evaluate(() => (document.getElementById('pop') as HTMLElement & { hidePopover(): void }).hidePopover());
  await expect.poll(marks, { timeout: 5000 }).toEqual([]);
}
