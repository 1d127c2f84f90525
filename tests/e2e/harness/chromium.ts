/**
 * Playwright (playwright-core) driving Debian's chromium with the built extension loaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumPath } from './browsers';
import { ROOT } from './server';

export const CHROME_EXTENSION = join(ROOT, '.output', 'chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Opens the popup page in a tab (as a user would see it in the toolbar bubble). */
  openPopup(query?: string): Promise<Page>;
  /** Collects console errors and page errors of a page. */
  trackErrors(page: Page): string[];
  close(): Promise<void>;
}

export async function launchChromium(opts: { colorScheme?: 'light' | 'dark'; extension?: string; hasTouch?: boolean } = {}): Promise<ChromiumSession> {
  const ext = opts.extension ?? CHROME_EXTENSION;
  const userDataDir = mkdtempSync(join(tmpdir(), 'pg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    hasTouch: opts.hasTouch ?? false,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async openPopup(query) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${query ? `?${query}` : ''}`);
      return page;
    },
    trackErrors(page) {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      return errors;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
