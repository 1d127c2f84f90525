import { describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { launchChromium } from './harness/chromium';
import { domWrites, recordDomWrites } from './harness/dom-writes';
import { readGolden } from './harness/golden';
import { expectMarksFollowMediaQueries } from './harness/media-scenario';
import { markTexts, waitForScan } from './harness/page-marks';
import { expectMarksFollowCssReveals } from './harness/reveal-scenario';
import { expectSmallFramesWaitUntilShown } from './harness/small-frames-scenario';
import { useSuite } from './harness/suite';

describe.skipIf(skipWithout('chromium'))('Chromium: marking', () => {
  const suite = useSuite(launchChromium);

  it('marks exactly the expected terms on the golden fixture', async () => {
    const page = await suite.session.context.newPage();
    const errors = suite.session.trackErrors(page);
    await page.goto(suite.server.url('/fixtures/marking-golden.html'));
    await waitForScan(page);
    const { rows, stray } = await readGolden(page);
    for (const row of rows) expect(row.actual, row.id).toEqual(row.expected);
    expect(stray).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('paints with the Highlight API and writes nothing to the page DOM', async () => {
    const page = await suite.session.context.newPage();
    await recordDomWrites(page);
    await page.goto(suite.server.url('/demo/article.html'));
    await waitForScan(page);
    await page.waitForTimeout(300);
    expect(await domWrites(page)).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('[data-perfusion-glossary]').length)).toBe(0);
    const names = await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]);
    expect(names).toEqual(['perfusion-glossary']);
    expect((await markTexts(page)).length).toBeGreaterThan(20);
    await page.close();
  });

  it('runs in same-origin and cross-origin iframes', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('/fixtures/marking-frames.html'));
    await waitForScan(page);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames).toHaveLength(2);
    const origins = new Set(frames.map((f) => new URL(f.url()).host));
    expect(origins.size).toBe(2);
    for (const frame of frames) {
      // Polled on a timer: a frame the browser is not rendering runs no animation frames.
      await frame.waitForFunction(() => performance.getEntriesByName('perfusion-glossary:scan').length > 0, undefined, { polling: 100 });
      expect(await markTexts(frame)).toEqual(['VA-ECMO', 'perfusionist']);
    }
    expect(await markTexts(page)).toEqual(['cardiopulmonary bypass']);
    await page.close();
  });

  it('a 1 × 1 frame and a hidden frame start only once they are shown, then mark as usual', async () => {
    const page = await suite.session.context.newPage();
    await expectSmallFramesWaitUntilShown(page, suite.server.url('/fixtures/marking-frames-small.html'));
    await page.close();
  });

  describe('dynamic pages', () => {
    it('marks bursts of added content, follows changes and removals, without feedback loops', async () => {
      const page = await suite.session.context.newPage();
      await page.goto(suite.server.url('/fixtures/marking-dynamic.html'));
      await waitForScan(page);
      expect(await markTexts(page)).toEqual([]);
      const before = await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);

      await page.evaluate(() => {
        const w = window as unknown as { appendBurst: (n: number, t: string) => void };
        for (let i = 0; i < 5; i++) w.appendBurst(40, 'on VA-ECMO after cardiopulmonary bypass');
      });
      await expect.poll(async () => (await markTexts(page)).length, { timeout: 5000 }).toBe(400);

      await page.evaluate(() => (window as unknown as { changeIntro: (t: string) => void }).changeIntro('Now the perfusionist is here.'));
      await expect.poll(async () => (await markTexts(page)).filter((t) => t === 'perfusionist').length, { timeout: 5000 }).toBe(1);

      await page.evaluate(() => (window as unknown as { removeItems: () => void }).removeItems());
      await expect.poll(() => markTexts(page), { timeout: 5000 }).toEqual(['perfusionist']);

      // The page's own observer saw only its own changes: the extension wrote nothing.
      const after = await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(after);
      expect(after - before).toBeLessThan(500);
      await page.close();
    });

    it('marks content that CSS shows (class, [hidden], <details>) and unmarks it when hidden again', async () => {
      const page = await suite.session.context.newPage();
      await page.goto(suite.server.url('/fixtures/marking-dynamic.html'));
      await waitForScan(page);
      expect(await markTexts(page)).toEqual([]);
      const sorted = async () => (await markTexts(page)).sort();

      await page.evaluate(() => document.getElementById('faq')?.classList.remove('collapsed'));
      await expect.poll(sorted, { timeout: 5000 }).toEqual(['ECMO']);
      await page.evaluate(() => {
        (document.getElementById('later') as HTMLElement).hidden = false;
      });
      await expect.poll(sorted, { timeout: 5000 }).toEqual(['AngioVac', 'ECMO']);
      await page.evaluate(() => {
        (document.getElementById('more') as HTMLDetailsElement).open = true;
      });
      await expect.poll(sorted, { timeout: 5000 }).toEqual(['AngioVac', 'ECMO', 'cardioplegia']);

      await page.evaluate(() => {
        document.getElementById('faq')?.classList.add('collapsed');
        (document.getElementById('later') as HTMLElement).hidden = true;
      });
      await expect.poll(sorted, { timeout: 5000 }).toEqual(['cardioplegia']);
      await page.close();
    });

    it('re-checks what media queries show and hide when the window is resized', async () => {
      const page = await suite.session.context.newPage();
      await expectMarksFollowMediaQueries(page, suite.server.url('/fixtures/marking-media.html'), (width) => page.setViewportSize({ width, height: 800 }));
      await page.close();
    });

    it('marks what :hover, :focus-within, :target and popovers show, and unmarks it when hidden again', async () => {
      const page = await suite.session.context.newPage();
      const errors = suite.session.trackErrors(page);
      await expectMarksFollowCssReveals(page, suite.server.url('/fixtures/marking-reveal.html'));
      expect(errors).toEqual([]);
      await page.close();
    });

    it('follows single-page-app navigation', async () => {
      const page = await suite.session.context.newPage();
      await page.goto(suite.server.url('/fixtures/marking-dynamic.html'));
      await waitForScan(page);
      await page.evaluate(() =>
        (window as unknown as { route: (p: string, h: string) => void }).route('/fixtures/marking-dynamic.html?article=2', '<h1>AngioVac</h1><p>An AngioVac case on ECMO.</p>'),
      );
      await expect.poll(() => markTexts(page), { timeout: 5000 }).toEqual(['AngioVac', 'AngioVac', 'ECMO']);
      await page.close();
    });
  });
});
