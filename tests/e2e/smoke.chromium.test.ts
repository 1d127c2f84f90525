import { describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { launchChromium } from './harness/chromium';
import { markTexts, waitForScan } from './harness/page-marks';
import { useSuite } from './harness/suite';

describe.skipIf(skipWithout('chromium'))('Chromium: the extension on the demo article', () => {
  const suite = useSuite(launchChromium);

  it('marks perfusion terms without touching the DOM', async () => {
    const page = await suite.session.context.newPage();
    const errors = suite.session.trackErrors(page);
    await page.goto(suite.server.url('/demo/article.html'));
    await waitForScan(page);
    const marks = await markTexts(page);
    console.log(marks);
    expect(marks).toContain('cardiopulmonary bypass');
    expect(marks).toContain('CPB');
    expect(marks).toContain('VA-ECMO');
    expect(errors).toEqual([]);
  });
});
