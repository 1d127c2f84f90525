import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/harness/server';
(async () => {
const b = await build({ entryPoints: ['bench/page-entry.ts'], bundle: true, format: 'iife', write: false, minify: true });
const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
for (const p of (process.argv[2] ?? 'pages/stress-es6-spec-2015.html,pages/wikipedia-2.html,medical/bedside-notebook__anaesthesia_cardiac_cpb.html').split(',')) {
const page = await browser.newPage();
await page.route((u) => !u.href.startsWith(server.origin), (r) => r.abort());
await page.goto(server.url(`/corpus/${p}?strip=scripts`));
await page.addScriptTag({ content: b.outputFiles[0].text });
const fl: number[] = [], ou: number[] = []; let first: any; let parts: any[] = [];
for (let i = 0; i < 9; i++) { const f = await page.evaluate(() => (window as any).__bench.floor()); const o = await page.evaluate(() => (window as any).__bench.ours()); fl.push(f.ms); ou.push(o.ms); first ??= o; parts.push(o.parts); }
const mf = Math.min(...fl), mo = Math.min(...ou);
console.log(p.slice(0, 40).padEnd(40), 'floor min', mf.toFixed(1), 'ours min', mo.toFixed(1), 'ratio', (mo / mf).toFixed(2), 'budget', (3 * mf + 5).toFixed(1), 'first', first.ms.toFixed(1), 'hot', first.parts.hot, 'marks', first.marks, JSON.stringify(parts[parts.length-1]));
}
await browser.close(); await server.close();
})();
