/**
 * Finds the system browsers (Debian's chromium and firefox-esr). Tests never download one.
 * Outside CI a missing browser skips the e2e tests with a hint; with CI=true it is a failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isCI } from '../../support/ci';

function which(names: string[]): string | undefined {
  for (const n of names) {
    try {
      const p = execFileSync('which', [n], { encoding: 'utf8' }).trim();
      if (p && existsSync(p)) return p;
    } catch {
      /* not on PATH */
    }
  }
  return undefined;
}

export const chromiumPath = process.env.CHROMIUM_PATH || which(['chromium', 'chromium-browser', 'google-chrome']);
export const firefoxPath = process.env.FIREFOX_PATH || which(['firefox-esr', 'firefox']);
export { isCI } from '../../support/ci';

export function missingBrowserMessage(name: 'chromium' | 'firefox'): string {
  return `${name} not found: install it with "sudo apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'}" or set ${name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}; e2e tests for it are skipped.`;
}

/** Whether to skip a browser's suite. Throws under CI so a missing browser fails the run. */
export function skipWithout(name: 'chromium' | 'firefox'): boolean {
  const path = name === 'chromium' ? chromiumPath : firefoxPath;
  if (path) return false;
  if (isCI) throw new Error(`CI=true but ${missingBrowserMessage(name)}`);
  console.warn(missingBrowserMessage(name));
  return true;
}
