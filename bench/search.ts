/**
 * Popup search benchmark (not a test): median time per keystroke over the compiled glossary,
 * typing each query character by character, and the cost of building the search when the
 * popup opens (parsing the glossary, the names index, then the typo and definition indexes).
 * Then, for comparison, fuse.js asked to search everything (all name keys, all definitions),
 * with and without a prebuilt index: what the search avoids by giving fuse.js candidates only.
 *
 *   npm run bench:search                 # generated/glossary.json as compiled
 *   npm run bench:search -- --scale 3    # every entry three times (a larger glossary)
 *
 * Popup open-to-interactive time is measured in headless Chromium by bench/popup-open.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import type { Entry } from '../src/core/glossary/schema';
import { GlossarySearch, toSearchDocs } from '../src/core/search/search';
import { median, percentile } from './stats';

const ROOT = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const scale = Number(args[args.indexOf('--scale') + 1]) || 1;

const base = JSON.parse(readFileSync(join(ROOT, 'generated', 'glossary.json'), 'utf8')) as Entry[];
const entries: Entry[] = [];
for (let s = 0; s < scale; s++) for (const e of base) entries.push(s === 0 ? e : { ...e, id: `${e.id}-${s}` });

/** What people type: exact names, abbreviations, prefixes, typos, British spellings, definitions. */
export const TYPED = [
  'act',
  'cpb',
  'va ecmo',
  'angio vac',
  'heart lung',
  'haematocrit',
  'ischaemia',
  'oxygentor',
  'cardioplegai',
  'protamin',
  'del nido',
  'heparin resistance',
  'mean arterial pressure',
  'anticoagulant',
  'potassium',
  'extracorporal',
  'perfusionst',
  'gas exchange',
  'salmon sperm',
  'xyzzy',
];

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

// ——— building the search at open ———
// The popup parses the glossary with its code, builds the names index once it has painted,
// then the typo and definition indexes in a second idle slice (`warm`).
const json = JSON.stringify(entries);
const OPEN_RUNS = 31;
const parseOnly: number[] = [];
const build: number[] = [];
const warm: number[] = [];
for (let r = 0; r < OPEN_RUNS; r++) {
  let t = performance.now();
  const parsed = JSON.parse(json) as Entry[];
  parseOnly.push(performance.now() - t);
  t = performance.now();
  const s = new GlossarySearch(toSearchDocs(parsed));
  build.push(performance.now() - t);
  t = performance.now();
  s.warm();
  warm.push(performance.now() - t);
}

// ——— typing ———
const search = new GlossarySearch(toSearchDocs(entries));
const RUNS = 15;
for (const q of TYPED) for (let i = 1; i <= q.length; i++) search.search(q.slice(0, i)); // warm up
const perKeystroke: number[] = [];
const perQuery: { q: string; median: number; max: number }[] = [];
for (const q of TYPED) {
  const mine: number[] = [];
  for (let i = 1; i <= q.length; i++) {
    const times: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      search.search(q.slice(0, i));
      times.push(performance.now() - t);
    }
    mine.push(median(times));
  }
  perKeystroke.push(...mine);
  perQuery.push({ q, median: median(mine), max: Math.max(...mine) });
}

console.log(`Popup search over ${entries.length} entries (${base.length} compiled × ${scale}), Node ${process.version}`);
console.log(`  per keystroke: median ${fmt(median(perKeystroke))}, p95 ${fmt(percentile(perKeystroke, 0.95))}, max ${fmt(Math.max(...perKeystroke))} (${perKeystroke.length} keystrokes × ${RUNS} runs)`);
for (const r of perQuery) console.log(`    ${JSON.stringify(r.q).padEnd(26)} median ${fmt(r.median)}  max ${fmt(r.max)}`);
console.log(`  at open, ${OPEN_RUNS} runs (first is cold; median):`);
console.log(`    parse glossary JSON      first ${fmt(parseOnly[0])}, median ${fmt(median(parseOnly))}`);
console.log(`    build names index        first ${fmt(build[0])}, median ${fmt(median(build))}`);
console.log(`    warm typo + definitions  first ${fmt(warm[0])}, median ${fmt(median(warm))}`);

// ——— fuse.js over everything (the alternative not taken) ———
const docs = toSearchDocs(entries);
const nameKeys = [...new Set(docs.flatMap((d) => d.keys))];
const FULL_RUNS = 9;
const timeFull = (fn: () => unknown) => {
  fn();
  const times: number[] = [];
  for (let r = 0; r < FULL_RUNS; r++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
};
const namesOptions = { includeScore: true, threshold: 0.34, location: 0, distance: 40, ignoreFieldNorm: true };
const fuseNames = new Fuse(nameKeys, namesOptions);
const fuseNamesPrebuilt = new Fuse(nameKeys, namesOptions, Fuse.parseIndex(JSON.parse(JSON.stringify(Fuse.createIndex([], nameKeys)))));
const fuseDefinitions = new Fuse(
  docs.map((d) => d.definition),
  { includeScore: true, useExtendedSearch: true, threshold: 0.65, location: 0, distance: 500 },
);
const FULL_QUERIES = ['oxygentor', 'cardioplegai', 'extracorporal', 'heparin resistance', 'anticoagulant', 'gas exchange'];
console.log(`  fuse.js over everything, median of ${FULL_RUNS} (${nameKeys.length} name keys, ${docs.length} definitions):`);
for (const q of FULL_QUERIES) {
  const loose = q.replace(/[^a-z]/g, '');
  console.log(
    `    ${JSON.stringify(q).padEnd(22)} names ${fmt(timeFull(() => fuseNames.search(loose, { limit: 25 })))}` +
      `, prebuilt index ${fmt(timeFull(() => fuseNamesPrebuilt.search(loose, { limit: 25 })))}` +
      `, definitions ${fmt(timeFull(() => fuseDefinitions.search(q, { limit: 25 })))}`,
  );
}
