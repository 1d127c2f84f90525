/**
 * Renders assets/icon.svg to the PNG sizes the manifest uses (public/icon/<size>.png), with the
 * system Chromium. Run after changing the SVG: npx tsx scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness/browsers';

const root = new URL('..', import.meta.url).pathname;
const svg = readFileSync(join(root, 'assets', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: join(root, 'public', 'icon', `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log('Icons written to public/icon/.');
