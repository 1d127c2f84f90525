/**
 * The extension over every real page of the shared corpus, with the pages' own scripts
 * stripped so that any DOM write would be ours. Checks: zero writes to the page's DOM,
 * zero marks in skipped elements, zero console errors from the extension, and on the
 * non-medical pages exactly the marks we reviewed (tests/e2e/corpus-expected.json: each mark
 * there was read in its page context and judged right; a new mark fails until reviewed).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { launchChromium } from './harness/chromium';
import { corpusPages, skipWithoutCorpus } from './harness/corpus';
import { domWrites, recordDomWrites } from './harness/dom-writes';
import { type Audit, auditMarks } from './harness/page-audit';
import { waitForScan } from './harness/page-marks';
import { ROOT } from './harness/server';
import { useSuite } from './harness/suite';

const EXPECTED_FILE = join(ROOT, 'tests', 'e2e', 'corpus-expected.json');
const REPORT_FILE = join(ROOT, 'test-results', 'corpus-marks.json');

describe.skipIf(skipWithout('chromium') || skipWithoutCorpus())('Chromium: the whole corpus', () => {
  const suite = useSuite(launchChromium);
  const results = new Map<string, Audit & { writes: string[]; errors: string[] }>();

  beforeAll(async () => {
    // No request leaves the machine: everything but our test server is refused.
    await suite.session.context.route((url) => !url.href.startsWith(suite.server.origin), (route) => route.abort());
    const page = await suite.session.context.newPage();
    await recordDomWrites(page);
    let errors: string[] = [];
    const ours = `chrome-extension://${suite.session.extensionId}/`;
    page.on('console', (m) => {
      // Only our extension's errors: saved pages also reference other extensions' files.
      if (m.type() === 'error' && m.location().url.startsWith(ours)) errors.push(m.text());
    });
    page.on('pageerror', (e) => {
      if (String(e.stack).includes(ours)) errors.push(String(e));
    });
    for (const folder of ['pages', 'medical'] as const) {
      for (const name of corpusPages(folder)) {
        errors = [];
        await page.goto(suite.server.url(`/corpus/${folder}/${name}?strip=scripts`), { waitUntil: 'load', timeout: 60_000 });
        await waitForScan(page, 60_000);
        await page.waitForTimeout(50);
        const audit = await auditMarks(page);
        const writes = await domWrites(page);
        results.set(`${folder}/${name}`, { ...audit, writes, errors });
      }
    }
    await page.close();
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    const report = Object.fromEntries([...results].map(([k, v]) => [k, v.marks]));
    writeFileSync(REPORT_FILE, JSON.stringify(report, null, 1));
  }, 900_000);


  it('visits every page (130 saved pages, the stress page, 5 medical pages)', () => {
    expect(corpusPages('pages').length).toBeGreaterThanOrEqual(131);
    expect(corpusPages('medical').length).toBe(5);
    expect(results.size).toBe(corpusPages('pages').length + corpusPages('medical').length);
  });

  it('never writes to a page DOM', () => {
    const offenders = [...results].filter(([, r]) => r.writes.length).map(([k, r]) => `${k}: ${r.writes.slice(0, 3).join(', ')}`);
    expect(offenders).toEqual([]);
  });

  it('never marks inside scripts, styles, form fields, code or editors', () => {
    const offenders = [...results].flatMap(([k, r]) => r.forbidden.map((f) => `${k}: "${f.text}" in <${f.inside}>`));
    expect(offenders).toEqual([]);
  });

  it('logs no console errors', () => {
    const offenders = [...results].flatMap(([k, r]) => r.errors.map((e) => `${k}: ${e}`));
    expect(offenders).toEqual([]);
  });

  it('marks on non-medical pages are exactly the reviewed ones', () => {
    const actual: Record<string, string[]> = {};
    for (const [k, r] of results) {
      if (!k.startsWith('pages/') || r.marks.length === 0) continue;
      actual[k] = r.marks.map((m) => m.text).sort();
    }
    const lines = Object.entries(actual).flatMap(([k, texts]) => texts.map((t) => `${k}\t${t}`));
    console.log(`Marks on non-medical pages (${lines.length}):\n${lines.join('\n')}`);
    if (process.env.UPDATE_CORPUS_EXPECTED === '1') writeFileSync(EXPECTED_FILE, `${JSON.stringify(actual, null, 1)}\n`);
    const expected = existsSync(EXPECTED_FILE) ? JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) : {};
    expect(actual).toEqual(expected);
  });

  it('marks the clinical terms on the medical pages', () => {
    const ecmo = results.get('medical/bedside-notebook__management_cvs_ecmo_overview.html');
    const texts = new Set(ecmo?.marks.map((m) => m.text));
    for (const t of ['ECMO', 'VA ECMO', 'VV ECMO']) expect(texts.has(t) || texts.has(t.replace(' ', '-')), t).toBe(true);
    for (const [k, r] of results) if (k.startsWith('medical/')) expect(r.marks.length, k).toBeGreaterThan(20);
  });
});
