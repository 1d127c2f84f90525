/**
 * The small-frames scenario, written once for both browsers: a 1 × 1 frame and a hidden frame
 * start nothing (no start mark, no marks) until the page shows them, then mark as usual.
 * Playwright and puppeteer pages both have goto, evaluate, frames and mainFrame.
 */
import { expect } from 'vitest';
import { markTexts, waitForScan } from './page-marks';

type EvalFrame = Parameters<typeof markTexts>[0];
type ScenarioPage = EvalFrame & {
  goto(url: string): Promise<unknown>;
  frames(): EvalFrame[];
  mainFrame(): EvalFrame;
};

export async function expectSmallFramesWaitUntilShown(page: ScenarioPage, url: string): Promise<void> {
  await page.goto(url);
  await waitForScan(page);
  await expect.poll(() => page.frames().length, { timeout: 5000 }).toBe(3);
  const frames = page.frames().filter((f) => f !== page.mainFrame());
  await new Promise((r) => setTimeout(r, 500));
  for (const frame of frames) {
    expect(await frame.evaluate(() => performance.getEntriesByName('perfusion-glossary:start').length)).toBe(0);
    expect(await markTexts(frame)).toEqual([]);
  }
  await page.evaluate(() => {
    const pixel = document.getElementById('pixel') as HTMLIFrameElement;
    pixel.width = '600';
    pixel.height = '120';
    (document.getElementById('hidden') as HTMLIFrameElement).style.display = 'block';
  });
  for (const frame of frames) await expect.poll(() => markTexts(frame), { timeout: 5000 }).toEqual(['VA-ECMO', 'perfusionist']);
}
