import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { markTexts, waitForScan } from './harness/page-marks';
import { startServer, type TestServer } from './harness/server';

describe.skipIf(skipWithout('chromium'))('Chromium: the extension on the demo article', () => {
  let session: ChromiumSession;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('marks perfusion terms without touching the DOM', async () => {
    const page = await session.context.newPage();
    const errors = session.trackErrors(page);
    await page.goto(server.url('/demo/article.html'));
    await waitForScan(page);
    const marks = await markTexts(page);
    console.log(marks);
    expect(marks).toContain('cardiopulmonary bypass');
    expect(marks).toContain('CPB');
    expect(marks).toContain('VA-ECMO');
    expect(errors).toEqual([]);
  });
});
