import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { markTexts, waitForScan } from './harness/page-marks';
import { startServer, type TestServer } from './harness/server';

describe.skipIf(skipWithout('firefox'))('Firefox ESR: the extension on a local page', () => {
  let session: FirefoxSession;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('marks terms on the demo article with CSS highlights', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('/demo/article.html'));
    await waitForScan(page);
    const marks = await markTexts(page);
    expect(marks).toContain('cardiopulmonary bypass');
    expect(marks).toContain('VA-ECMO');
    expect(marks).not.toContain('CI');
  });
});
