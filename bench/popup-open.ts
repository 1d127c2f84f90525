/**
 * Popup open-to-interactive in headless Chromium (not a test): for each run, a fresh page
 * loads popup.html; "ready" is the perfusion-glossary:popup-ready mark (search field rendered
 * and focused, ms since navigation start); then one key is typed and "first keystroke" is the
 * time from its keydown to the results in the DOM and painted (the search is built lazily on
 * that first query, so its cost is included). "Own script" is the time from the first line of
 * the popup's code (perfusion-glossary:popup-start) to ready: the rest of "ready" is the
 * browser loading an extension page, which an empty page pays too: runs alternate with an
 * empty extension page (one tiny module script, added to a temporary copy of the build), whose
 * time to the same kind of mark is printed beside ours. Needs `npm run build` first.
 *
 *   npm run bench:popup            # 15 runs
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../tests/e2e/harness/browsers';
import { CHROME_EXTENSION, launchChromium } from '../tests/e2e/harness/chromium';
import { median } from './stats';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
if (!chromiumPath || !existsSync(join(CHROME_EXTENSION, 'manifest.json'))) {
  console.error('Needs chromium and a build: npm run build');
  process.exit(1);
}

// A copy of the build with an empty page in it: the browser's own cost of opening an
// extension page, measured in the same browser, alternating with the popup.
const extension = mkdtempSync(join(tmpdir(), 'pg-bench-ext-'));
cpSync(CHROME_EXTENSION, extension, { recursive: true });
writeFileSync(join(extension, 'bench-empty.html'), '<!doctype html><meta charset="utf-8"><title>empty</title><script type="module" src="bench-empty.js"></script><p>empty</p>');
writeFileSync(join(extension, 'bench-empty.js'), "performance.mark('bench-empty:ready');");
const session = await launchChromium({ extension });
const empty: number[] = [];
const ready: number[] = [];
const own: number[] = [];
const keystroke: number[] = [];
const dom: number[] = [];
const build: number[] = [];
const total: number[] = [];
let entries = 0;
try {
  for (let r = 0; r < RUNS; r++) {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.waitForFunction(() => performance.getEntriesByName('perfusion-glossary:popup-ready').length > 0);
    await page.evaluate(() => {
      const w = window as unknown as { __pg: { key?: number; dom?: number; results?: number } };
      w.__pg = {};
      document.addEventListener('keydown', () => (w.__pg.key ??= performance.now()), true);
      new MutationObserver(() => {
        if (w.__pg.key === undefined || w.__pg.results !== undefined) return;
        if (document.querySelector('[aria-label="Search results"] [role="option"]')) {
          w.__pg.results = -1;
          w.__pg.dom = performance.now();
          requestAnimationFrame(() => setTimeout(() => (w.__pg.results = performance.now()), 0));
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.keyboard.press('c');
    await page.waitForFunction(() => ((window as unknown as { __pg: { results?: number } }).__pg.results ?? -1) > 0);
    const m = await page.evaluate(() => {
      const w = window as unknown as { __pg: { key: number; dom: number; results: number } };
      const mark = performance.getEntriesByName('perfusion-glossary:popup-ready')[0].startTime;
      const start = performance.getEntriesByName('perfusion-glossary:popup-start')[0]?.startTime ?? 0;
      const build = performance.getEntriesByName('perfusion-glossary:search-build')[0]?.duration ?? Number.NaN;
      return { ready: mark, own: mark - start, build, keystroke: w.__pg.results - w.__pg.key, dom: w.__pg.dom - w.__pg.key, entries: Number(document.querySelector('.pg-empty')?.textContent?.match(/(\d+) entries/)?.[1] ?? 0) };
    });
    ready.push(m.ready);
    own.push(m.own);
    keystroke.push(m.keystroke);
    dom.push(m.dom);
    build.push(m.build);
    total.push(m.ready + m.keystroke);
    entries ||= m.entries;
    await page.close();

    const blank = await session.context.newPage();
    await blank.goto(`chrome-extension://${session.extensionId}/bench-empty.html`);
    await blank.waitForFunction(() => performance.getEntriesByName('bench-empty:ready').length > 0);
    empty.push(await blank.evaluate(() => performance.getEntriesByName('bench-empty:ready')[0].startTime));
    await blank.close();
  }
} finally {
  await session.close();
  rmSync(extension, { recursive: true, force: true });
}
const f = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`Popup open-to-interactive, headless Chromium, ${RUNS} runs (first run cold)${entries ? `, ${entries} entries` : ''}`);
console.log(`  ready (field focused, since navigation start): median ${f(median(ready))}, first ${f(ready[0])}, max ${f(Math.max(...ready))}`);
console.log(`    of which the popup's own script (glossary, app, first render): median ${f(median(own))}, first ${f(own[0])}`);
console.log(`  an empty extension page, same browser, alternating: median ${f(median(empty))}, first ${f(empty[0])}`);
console.log(`    ready ÷ empty page: ${(median(ready) / median(empty)).toFixed(2)} (medians)`);
console.log(`  first keystroke → results painted:             median ${f(median(keystroke))}, first ${f(keystroke[0])}, max ${f(Math.max(...keystroke))}`);
console.log(`    of which keydown → results in the DOM:        median ${f(median(dom))}, first ${f(dom[0])}`);
console.log(`  building the search (idle, after first paint):  median ${f(median(build))}, first ${f(build[0])}`);
console.log(`  open to interactive (sum):                     median ${f(median(total))}, first ${f(total[0])}, max ${f(Math.max(...total))}`);
