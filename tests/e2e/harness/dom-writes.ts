/**
 * Records every change to a page's DOM after parsing ends (what changes then is not the
 * parser's doing), so a test can assert the extension wrote nothing.
 */
import type { Page } from 'playwright-core';

export async function recordDomWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __writes: string[] };
    w.__writes = [];
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((recs) => {
        for (const r of recs) w.__writes.push(`${r.type} ${r.target.nodeName}`);
      }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  });
}

export function domWrites(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __writes: string[] }).__writes);
}
