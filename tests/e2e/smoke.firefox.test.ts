import { describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { launchFirefox } from './harness/firefox';
import { markTexts, waitForScan } from './harness/page-marks';
import { useSuite } from './harness/suite';

describe.skipIf(skipWithout('firefox'))('Firefox ESR: the extension on a local page', () => {
  const suite = useSuite(launchFirefox);

  it('marks terms on the demo article with CSS highlights', async () => {
    const page = await suite.session.browser.newPage();
    await page.goto(suite.server.url('/demo/article.html'));
    await waitForScan(page);
    const marks = await markTexts(page);
    expect(marks).toContain('cardiopulmonary bypass');
    expect(marks).toContain('VA-ECMO');
    expect(marks).not.toContain('CI');
  });
});
