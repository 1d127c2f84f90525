/**
 * puppeteer-core driving Debian's firefox-esr over WebDriver BiDi, with the built Firefox
 * extension installed as a temporary add-on.
 */
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { firefoxPath } from './browsers';
import { ROOT } from './server';

export const FIREFOX_EXTENSION = join(ROOT, '.output', 'firefox-mv3');
export const GECKO_ID = 'perfusion-glossary@example.org';
/** Fixed internal UUID so tests can open moz-extension:// pages. */
export const FIREFOX_UUID = '6b1d2c1e-8f43-4c59-9a51-3f0f3a6b7c21';

export interface FirefoxSession {
  browser: Browser;
  extensionBase: string;
  close(): Promise<void>;
}

/** colorScheme: what the pages are told the user prefers (Firefox has no runtime emulation over BiDi). */
export async function launchFirefox(opts: { colorScheme?: 'light' | 'dark' } = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages (the popup) only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // MV3 host permissions granted without a prompt for the temporary add-on.
      'extensions.originControls.grantByDefault': true,
      // 0: dark, 1: light (for prefers-color-scheme in pages).
      'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  return {
    browser,
    extensionBase: `moz-extension://${FIREFOX_UUID}`,
    close: () => browser.close(),
  };
}
