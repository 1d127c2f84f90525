import { describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { launchFirefox } from './harness/firefox';
import { readGolden } from './harness/golden';
import { expectMarksFollowMediaQueries } from './harness/media-scenario';
import { markTexts, waitForScan } from './harness/page-marks';
import { expectMarksFollowCssReveals } from './harness/reveal-scenario';
import { expectSmallFramesWaitUntilShown } from './harness/small-frames-scenario';
import { useSuite } from './harness/suite';

describe.skipIf(skipWithout('firefox'))('Firefox ESR: marking', () => {
  const suite = useSuite(launchFirefox);

  it('marks exactly the expected terms on the golden fixture', async () => {
    const page = await suite.session.browser.newPage();
    await page.goto(suite.server.url('/fixtures/marking-golden.html'));
    await waitForScan(page);
    const { rows, stray } = await readGolden(page);
    for (const row of rows) expect(row.actual, row.id).toEqual(row.expected);
    expect(stray).toEqual([]);
    await page.close();
  });

  it('runs in same-origin and cross-origin iframes', async () => {
    const page = await suite.session.browser.newPage();
    await page.goto(suite.server.url('/fixtures/marking-frames.html'));
    await waitForScan(page);
    await expect.poll(() => page.frames().length, { timeout: 5000 }).toBe(3);
    for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
      // Polled on a timer: a frame the browser is not rendering runs no animation frames.
      await frame.waitForFunction(() => performance.getEntriesByName('perfusion-glossary:scan').length > 0, { timeout: 10_000, polling: 100 });
      expect(await markTexts(frame)).toEqual(['VA-ECMO', 'perfusionist']);
    }
    await page.close();
  });

  it('a 1 × 1 frame and a hidden frame start only once they are shown, then mark as usual', async () => {
    const page = await suite.session.browser.newPage();
    await expectSmallFramesWaitUntilShown(page, suite.server.url('/fixtures/marking-frames-small.html'));
    await page.close();
  });

  it('marks content added later and follows removals', async () => {
    const page = await suite.session.browser.newPage();
    await page.goto(suite.server.url('/fixtures/marking-dynamic.html'));
    await waitForScan(page);
    await page.evaluate(() => (window as unknown as { appendBurst: (n: number, t: string) => void }).appendBurst(30, 'on VA-ECMO'));
    await expect.poll(async () => (await markTexts(page)).length, { timeout: 5000 }).toBe(30);
    await page.evaluate(() => (window as unknown as { removeItems: () => void }).removeItems());
    await expect.poll(() => markTexts(page), { timeout: 5000 }).toEqual([]);
    await page.close();
  });

  it('marks content that CSS shows (class, [hidden]) and unmarks it when hidden again', async () => {
    const page = await suite.session.browser.newPage();
    await page.goto(suite.server.url('/fixtures/marking-dynamic.html'));
    await waitForScan(page);
    expect(await markTexts(page)).toEqual([]);
    const sorted = async () => (await markTexts(page)).sort();
    await page.evaluate(() => {
      document.getElementById('faq')?.classList.remove('collapsed');
      (document.getElementById('later') as HTMLElement).hidden = false;
    });
    await expect.poll(sorted, { timeout: 5000 }).toEqual(['AngioVac', 'ECMO']);
    await page.evaluate(() => document.getElementById('faq')?.classList.add('collapsed'));
    await expect.poll(sorted, { timeout: 5000 }).toEqual(['AngioVac']);
    await page.close();
  });

  it('re-checks what media queries show and hide when the window is resized', async () => {
    const page = await suite.session.browser.newPage();
    await expectMarksFollowMediaQueries(page, suite.server.url('/fixtures/marking-media.html'), (width) => page.setViewport({ width, height: 800 }));
    await page.close();
  });

  it('marks what :hover, :focus-within, :target and popovers show, and unmarks it when hidden again', async () => {
    const page = await suite.session.browser.newPage();
    await expectMarksFollowCssReveals(page, suite.server.url('/fixtures/marking-reveal.html'));
    await page.close();
  });
});
