/**
 * Long animation frames of page loads with the built extension, and which of them are ours.
 *
 * Each page of the marking benchmark is loaded fresh, with the extension (Chromium, headless),
 * while a trace with V8's sampling profiler runs. Every long frame (over 50 ms) from the
 * content script's start to the end of its first pass is split into the extension's time and
 * the rest (see frame-attribution.ts). A frame is counted as caused by marking when the rest
 * alone would not have made it long.
 *
 * The profiler slows our code down a little, so the extension's share is, if anything,
 * overstated. Run `npm run build` first.
 * Usage: tsx bench/long-frames.ts [--loads N] [--write]; PAGES=a.html,b.html for other corpus pages.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness/browsers';
import { ROOT, startServer } from '../tests/e2e/harness/server';
import { ExtensionTime, startTrace } from './frame-attribution';
import { MARKING_PAGES, QUIET_CHROMIUM_FLAGS } from './pages';

const args = process.argv.slice(2);
const LOADS = args.includes('--loads') ? Number(args[args.indexOf('--loads') + 1]) : 5;
const LONG_FRAME_MS = 50;
const PAGES = process.env.PAGES ? process.env.PAGES.split(',') : MARKING_PAGES;

const ext = join(ROOT, '.output', 'chrome-mv3');
if (!chromiumPath || !existsSync(ext) || !existsSync(join(ROOT, '..', 'shared', 'corpus'))) {
  console.log('Needs Chromium on PATH, the built extension (npm run build) and ../shared/corpus: skipped.');
  process.exit(0);
}

/** Records the page's long animation frames from the start (main world). */
const LOAF_RECORDER = `(() => {
  window.__loafs = [];
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) window.__loafs.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

interface Loaf {
  start: number;
  duration: number;
  blocking: number;
}

const server = await startServer();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pg-frames-')), {
  executablePath: chromiumPath,
  headless: true,
  args: [...QUIET_CHROMIUM_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});

interface Row {
  page: string;
  loads: number;
  long: number;
  ours: number;
  /** The extension's share of the frames caused by marking, and their durations (ms). */
  caused: { duration: number; ours: number; blocking: number }[];
  /** The extension's busy time from script start to marks, median over loads (ms). */
  busy: number;
}

const rows: Row[] = [];
for (const p of PAGES) {
  const row: Row = { page: p, loads: LOADS, long: 0, ours: 0, caused: [], busy: 0 };
  const busy: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    await page.route((u) => !u.href.startsWith(server.origin), (r) => r.abort());
    await page.addInitScript(LOAF_RECORDER);
    const stop = await startTrace(await context.newCDPSession(page));
    await page.goto(server.url(`/corpus/${p}?strip=scripts`), { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('perfusion-glossary:scan').length > 0, undefined, { timeout: 120_000 });
    await page.waitForTimeout(200); // pending frame entries
    const m = (await page.evaluate(() => {
      const scan = performance.getEntriesByName('perfusion-glossary:scan')[0];
      const start = performance.getEntriesByName('perfusion-glossary:start')[0];
      return { scriptStart: start.startTime, end: scan.startTime + scan.duration, loafs: (window as unknown as { __loafs: Loaf[] }).__loafs };
    })) as { scriptStart: number; end: number; loafs: Loaf[] };
    const time = new ExtensionTime(await stop(), { name: 'perfusion-glossary:start', startTime: m.scriptStart });
    busy.push(time.within(m.scriptStart, m.end - m.scriptStart));
    for (const f of m.loafs) {
      if (f.duration <= LONG_FRAME_MS || f.start >= m.end || f.start + f.duration <= m.scriptStart) continue;
      row.long++;
      const ours = time.within(f.start, f.duration);
      if (ours > 0 && f.duration - ours <= LONG_FRAME_MS) {
        row.ours++;
        row.caused.push({ duration: f.duration, ours, blocking: f.blocking });
      }
    }
    await page.close();
  }
  busy.sort((a, b) => a - b);
  row.busy = busy[Math.floor(busy.length / 2)];
  rows.push(row);
  const detail = row.caused.map((c) => `${c.duration.toFixed(0)} ms frame, ${c.ours.toFixed(0)} ms ours, blocking ${c.blocking.toFixed(0)} ms`).join('; ');
  console.log(`${p}: ${row.long} long frames in ${LOADS} loads, ${row.ours} caused by marking${detail ? ` (${detail})` : ''}; extension busy ${row.busy.toFixed(1)} ms from script start to marks`);
}
await context.close();
await server.close();

if (args.includes('--write')) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const fmt = (r: Row) =>
    `| ${r.page} | ${r.loads} | ${r.long} | ${r.ours} | ${r.caused.map((c) => `${c.duration.toFixed(0)} / ${c.ours.toFixed(0)} / ${c.blocking.toFixed(0)}`).join('; ') || '—'} | ${r.busy.toFixed(1)} |`;
  const table = [
    '| page | loads | long frames (> 50 ms), script start → marks | caused by marking | those frames: duration / ours / blocking (ms) | extension busy, script start → marks (ms, median) |',
    '|---|---:|---:|---:|---|---:|',
    ...rows.map(fmt),
  ].join('\n');
  const section = `<!-- frames:start -->\n${table}\n\n${new Date().toISOString().slice(0, 10)}, headless Chromium with the built extension, traced with V8's sampling profiler (\`npm run bench:frames\`).\n<!-- frames:end -->`;
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.includes('<!-- frames:start -->') ? text.replace(/<!-- frames:start -->[\s\S]*<!-- frames:end -->/, section) : `${text}\n### Long frames at page load, attributed\n\n${section}\n`);
  console.log('BENCHMARKS.md updated.');
}
