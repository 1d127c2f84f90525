/**
 * npm run bench:marking — speed of marking, measured side by side in one headless Chromium run:
 *   ours   : our first full pass (walk + match + decide + register highlights), in time slices
 *   floor  : a bare TreeWalker pass reading every text node once
 *   mark.js: mark.js 8.11.1 given the same surface forms, in batches of 100 (it overflows its
 *            stack with ~2,000 keywords at once)
 * plus long animation frames (> 50 ms) overlapping our pass, and, with the built extension
 * loaded, the time from navigation start to the first marks being registered.
 * Options: --runs N (default 7), --no-markjs, --pages a.html,b.html, --write (update BENCHMARKS.md)
 *
 * "cold" is the first pass after the code is loaded into the page (what a freshly injected
 * content script does: V8 has not optimised anything yet); ours/floor are medians of the
 * following warm runs, alternating floor and ours.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness/browsers';
import { CORPUS, hasCorpus, ROOT, startServer } from '../tests/e2e/harness/server';

const args = process.argv.slice(2);
const opt = (n: string) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(opt('--runs') ?? 7);
const WITH_MARKJS = !args.includes('--no-markjs');

if (!chromiumPath) {
  console.error('chromium not found (apt-get install chromium, or set CHROMIUM_PATH)');
  process.exit(1);
}
if (!hasCorpus) {
  console.error(`The corpus is missing at ${CORPUS}; the benchmark needs it.`);
  process.exit(1);
}

const DEFAULT_PAGES = [
  'pages/stress-es6-spec-2015.html',
  'pages/wikipedia-2.html',
  'medical/bedside-notebook__anaesthesia_cardiac_cpb.html',
  'medical/bedside-notebook__disease_haeme_hitt.html',
  'medical/bedside-notebook__management_cvs_ecmo_overview.html',
  'medical/bedside-notebook__management_cvs_va.html',
  'medical/bedside-notebook__management_cvs_vv.html',
];
const pages = opt('--pages')?.split(',') ?? DEFAULT_PAGES;

const bundle = await build({
  entryPoints: [join(ROOT, 'bench', 'page-entry.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  target: 'chrome120',
  minify: true,
});
const benchScript = bundle.outputFiles[0].text;
const markjs = readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');

/** What bench/page-entry.ts exposes in the page. */
interface BenchApi {
  ours(): Promise<{ ms: number; marks: number; longFrames: number[] }>;
  floor(): { ms: number; nodes: number; chars: number };
  forms(): string[];
  markjs(): Promise<{ ms: number; count: number; batches: number; done: number }>;
}
type BenchWindow = Window & { __bench: BenchApi };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const server = await startServer();
const flags = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: flags });
const ext = join(ROOT, '.output', 'chrome-mv3');
const extContext = existsSync(ext)
  ? await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pg-bench-')), {
      executablePath: chromiumPath,
      headless: true,
      args: [...flags, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    })
  : undefined;

interface Row {
  page: string;
  nodes: number;
  marks: number;
  floor: number;
  ours: number;
  cold: number;
  ratio: number;
  budget: number;
  ok: boolean;
  /** Long animation frames overlapping a warm pass (max over runs) and the cold pass. */
  longFrames: number;
  coldLongFrames: number;
  markjs?: number;
  markjsMarks?: number;
  markjsPartial?: string;
  firstMarks?: number;
}
const rows: Row[] = [];

for (const p of pages) {
  const url = server.url(`/corpus/${p}?strip=scripts`);
  const page = await browser.newPage();
  await page.route((u) => !u.href.startsWith(server.origin), (r) => r.abort());
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.addScriptTag({ content: benchScript });
  const floors: number[] = [];
  const ourTimes: number[] = [];
  let marks = 0;
  let nodes = 0;
  let longFrames = 0;
  const cold = await page.evaluate(() => (window as unknown as BenchWindow).__bench.ours());
  const coldLongFrames = cold.longFrames.length;
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order so neither side always runs on a warmer cache.
    const f = await page.evaluate(() => (window as unknown as BenchWindow).__bench.floor());
    const o = await page.evaluate(() => (window as unknown as BenchWindow).__bench.ours());
    floors.push(f.ms);
    ourTimes.push(o.ms);
    nodes = f.nodes;
    marks = o.marks;
    longFrames = Math.max(longFrames, o.longFrames.length);
  }
  const floor = median(floors);
  const ours = median(ourTimes);
  const row: Row = { page: p, nodes, marks, floor, ours, cold: cold.ms, ratio: ours / floor, budget: 3 * floor + 5, ok: ours <= 3 * floor + 5, longFrames, coldLongFrames };

  if (WITH_MARKJS) {
    await page.addScriptTag({ content: markjs });
    const r = await page.evaluate(() => (window as unknown as BenchWindow).__bench.markjs());
    // Stopped early: extrapolate linearly over the batches it did not reach (said in the table).
    row.markjs = r.done < r.batches ? (r.ms / r.done) * r.batches : r.ms;
    row.markjsPartial = r.done < r.batches ? `${r.done}/${r.batches} batches in ${(r.ms / 1000).toFixed(0)} s` : undefined;
    row.markjsMarks = r.count;
  }
  await page.close();

  if (extContext) {
    const times: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      const ep = await extContext.newPage();
      await ep.route((u) => !u.href.startsWith(server.origin), (r) => r.abort());
      await ep.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await ep.waitForFunction(() => performance.getEntriesByName('perfusion-glossary:scan').length > 0, undefined, { timeout: 120_000 });
      // Navigation start is time 0: the measure's end is when the first pass's marks are all registered.
      times.push(await ep.evaluate(() => {
        const m = performance.getEntriesByName('perfusion-glossary:scan')[0];
        return m.startTime + m.duration;
      }));
      await ep.close();
    }
    row.firstMarks = median(times);
  }
  rows.push(row);
  console.log(
    `${p}: ${nodes} text nodes, ${marks} marks | floor ${floor.toFixed(1)} ms | ours ${ours.toFixed(1)} ms (${row.ratio.toFixed(2)}× floor; budget ${row.budget.toFixed(1)} ms ${row.ok ? 'OK' : 'OVER'}) | cold ${cold.ms.toFixed(1)} ms | long frames warm ${longFrames}, cold ${coldLongFrames}` +
      (row.markjs !== undefined ? ` | mark.js ${row.markjsPartial ? '≈ ' : ''}${row.markjs.toFixed(0)} ms (${(row.markjs / ours).toFixed(0)}× ours, ${row.markjsMarks} marks${row.markjsPartial ? `, stopped: ${row.markjsPartial}` : ''})` : '') +
      (row.firstMarks !== undefined ? ` | load→marks ${row.firstMarks.toFixed(0)} ms` : ''),
  );
}

await extContext?.close();
await browser.close();
await server.close();

const fmt = (n: number | undefined, d = 1) => (n === undefined ? '—' : n.toFixed(d));
const table = [
  '| page | text nodes | marks | floor (ms) | ours (ms) | ours ÷ floor | budget 3×floor+5 (ms) | within | cold first pass (ms) | long frames > 50 ms, warm / cold | mark.js (ms) | mark.js ÷ ours | navigation → marks (ms) |',
  '|---|---:|---:|---:|---:|---:|---:|:-:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.page} | ${r.nodes} | ${r.marks} | ${fmt(r.floor)} | ${fmt(r.ours)} | ${r.ratio.toFixed(2)} | ${fmt(r.budget)} | ${r.ok ? 'yes' : '**no**'} | ${fmt(r.cold)} | ${r.longFrames} / ${r.coldLongFrames} | ${r.markjsPartial ? `≈ ${fmt(r.markjs, 0)} (stopped: ${r.markjsPartial})` : fmt(r.markjs, 0)} | ${r.markjs ? (r.markjs / r.ours).toFixed(0) : '—'} | ${fmt(r.firstMarks, 0)} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);

if (args.includes('--write')) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const section = `<!-- marking:start -->\n${table}\n\nFloor and ours: medians of ${RUNS} warm runs each, alternating, in one page; cold: the first pass after the code is injected; ${new Date().toISOString().slice(0, 10)}, headless Chromium ${process.env.CHROMIUM_VERSION ?? ''}, page scripts stripped. mark.js 8.11.1 got the same surface forms in batches of 100 (it overflows its stack on ~2,000 keywords at once).\n<!-- marking:end -->`;
  const next = text.includes('<!-- marking:start -->') ? text.replace(/<!-- marking:start -->[\s\S]*<!-- marking:end -->/, section) : `${text}\n## Marking\n\n${section}\n`;
  writeFileSync(file, next);
  console.log('BENCHMARKS.md updated.');
}
const over = rows.filter((r) => !r.ok || r.longFrames > 0);
for (const r of rows.filter((x) => x.coldLongFrames > 0)) console.log(`${r.page}: a long frame during the cold pass (first run of freshly injected code)`);
if (over.length) console.log(`Targets missed on: ${over.map((r) => r.page).join(', ')}`);
