/**
 * The media-query scenario, written once for both browsers: the page opens narrow, is
 * widened, then narrowed again, and at each width exactly what its media queries show is
 * marked. Playwright and puppeteer differ only in how a page is resized (`setWidth`).
 */
import { expect } from 'vitest';
import { markTexts, waitForScan } from './page-marks';

type ScenarioPage = Parameters<typeof markTexts>[0] & { goto(url: string): Promise<unknown> };

export async function expectMarksFollowMediaQueries(page: ScenarioPage, url: string, setWidth: (width: number) => Promise<void>): Promise<void> {
  await setWidth(600);
  await page.goto(url);
  await waitForScan(page);
  expect(await markTexts(page)).toEqual(['cardioplegia']);
  await setWidth(1000);
  await expect.poll(() => markTexts(page), { timeout: 5000 }).toEqual(['hemofilter']);
  await setWidth(600);
  await expect.poll(() => markTexts(page), { timeout: 5000 }).toEqual(['cardioplegia']);
}
