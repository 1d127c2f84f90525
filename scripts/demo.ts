/**
 * npm run demo                         build, then open Chromium with the extension on the demo article
 * npm run demo -- --screenshot out.png build, then write a headless screenshot (also used when there is no display)
 * Options: --dark (dark colour scheme), --no-build, --hover "term" (rest the pointer on a marked
 * term so its card opens; the screenshot is then cropped to the term and the card unless --full)
 *
 *   npm run demo -- --no-build --screenshot docs/card-light.png --hover "cardiopulmonary bypass"
 *   npm run demo -- --no-build --screenshot docs/card-dark.png --hover "cardiopulmonary bypass" --dark
 */
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, missingBrowserMessage } from '../tests/e2e/harness/browsers';
import { startServer } from '../tests/e2e/harness/server';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const root = new URL('..', import.meta.url).pathname;
if (!flag('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });
if (!chromiumPath) {
  console.error(missingBrowserMessage('chromium'));
  process.exit(1);
}

const screenshot = option('--screenshot') ?? (process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? undefined : 'demo-screenshot.png');
const headless = screenshot !== undefined;
const ext = join(root, '.output', 'chrome-mv3');
const server = await startServer();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pg-demo-')), {
  executablePath: chromiumPath,
  headless,
  colorScheme: flag('--dark') ? 'dark' : 'light',
  viewport: { width: 1100, height: 900 },
  args: [
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(server.url('/demo/article.html'));
await page.waitForFunction(() => performance.getEntriesByName('perfusion-glossary:scan').length > 0, undefined, { timeout: 20_000 });

const hover = option('--hover');
let clip: { x: number; y: number; width: number; height: number } | undefined;
if (hover) {
  const box = await page.evaluate((text) => {
    for (const [name, hl] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (!name.startsWith('perfusion-glossary')) continue;
      for (const r of hl) {
        if (r.toString() !== text) continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const b = [...r.getClientRects()].find((c) => c.width > 0) ?? r.getBoundingClientRect();
        // Crop to the article column around the term, so the card is seen in its page.
        const column = r.startContainer.parentElement?.closest('main,article,body')?.getBoundingClientRect() ?? b;
        return { x: b.left + b.width / 2, y: b.top + b.height / 2, left: Math.min(b.left, column.left), top: b.top, right: Math.max(b.right, column.right), bottom: b.bottom };
      }
    }
    return null;
  }, hover);
  if (!box) {
    console.error(`"${hover}" is not marked on the demo article.`);
    process.exitCode = 1;
  } else {
    await page.mouse.move(box.x - 30, box.y - 40);
    await page.mouse.move(box.x, box.y, { steps: 5 });
    const card = await page
      .waitForFunction(
        () => {
          const el = document.querySelector('perfusion-glossary-card')?.shadowRoot?.querySelector('[role="dialog"] h2');
          return el ? el.closest('[role="dialog"]')!.getBoundingClientRect().toJSON() : null;
        },
        undefined,
        { timeout: 5000 },
      )
      .then((h) => h.jsonValue() as Promise<DOMRect>)
      .catch(() => null);
    if (!card) console.error('The card did not open.');
    await page.waitForTimeout(400); // fade-in
    if (card && !flag('--full')) {
      const pad = 28;
      const vp = page.viewportSize()!;
      const left = Math.max(0, Math.min(box.left, card.left) - pad);
      const top = Math.max(0, Math.min(box.top, card.top) - pad);
      const right = Math.min(vp.width, Math.max(box.right, card.right) + pad);
      const bottom = Math.min(vp.height, Math.max(box.bottom, card.bottom) + pad);
      clip = { x: left, y: top, width: right - left, height: bottom - top };
    }
  }
}

if (screenshot) {
  const out = resolve(process.cwd(), screenshot);
  await page.screenshot({ path: out, clip });
  console.log(`Screenshot written to ${out}`);
  await context.close();
  await server.close();
} else {
  console.log('Chromium is open with Perfusion Glossary on the demo article. Close the window to finish.');
  await new Promise<void>((r) => context.on('close', () => r()));
  await server.close();
}
