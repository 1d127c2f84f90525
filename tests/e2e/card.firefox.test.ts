import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { KeyInput, Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { type ArgPage, axeScenario, type CardDriver, type CardState, cardElementBox, centre, expectIntactCard, fullscreenScenario, iframeScenario, modalDialogScenario, readCard, scrollScenario, sleep, termGeometry, waitForCard } from './harness/card';
import { launchFirefox } from './harness/firefox';
import { headwordFor } from './harness/glossary';
import { waitForScan } from './harness/page-marks';
import { useSuite } from './harness/suite';

/** axe-core's own script, injected into the page (there is no @axe-core package for puppeteer over BiDi here). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const isOpen = (heading: string) => (s: CardState) => s.open && s.heading === heading && s.visible;
const closed = (s: CardState) => !s.open;

/** puppeteer's evaluate takes its arguments as a rest parameter; the card harness passes one. */
const adapt = (page: Page): ArgPage => ({ evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg) });

describe.skipIf(skipWithout('firefox'))('Firefox ESR: the definition card', () => {
  const suite = useSuite(launchFirefox);
  const pages: Page[] = [];

  afterEach(async () => {
    for (const p of pages.splice(0)) await p.close();
  });

  async function open(path: string): Promise<{ page: Page; view: ArgPage }> {
    const page = await suite.session.browser.newPage();
    pages.push(page);
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(suite.server.url(path));
    await waitForScan(page);
    return { page, view: adapt(page) };
  }

  async function hover(page: Page, view: ArgPage, text: string, opts: { line?: number; within?: string; nth?: number } = {}) {
    const g = await termGeometry(view, text, opts);
    if (!g) throw new Error(`no highlighted "${text}" on the page`);
    const p = centre(g.lines[opts.line ?? 0]);
    await page.mouse.move(p.x, p.y, { steps: 4 });
    return g;
  }

  async function moveAway(page: Page, view: ArgPage) {
    await page.mouse.move(8, 790, { steps: 2 });
    return waitForCard(view, closed);
  }

  async function shortcut(page: Page, key: 'ArrowRight' | 'ArrowLeft') {
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press(key);
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
  }

  it('opens the card of hovered terms on the demo article', async () => {
    const { page, view } = await open('/demo/article.html');
    expect(await page.$('perfusion-glossary-card')).toBeNull();
    for (const text of ['cardiopulmonary bypass', 'CPB', 'heparin']) {
      const heading = headwordFor(text);
      await hover(page, view, text);
      const card = await waitForCard(view, isOpen(heading));
      expect(card.heading, text).toBe(heading);
      expect(card.visible).toBe(true);
      expect(card.shadowMode).toBe('open');
      expect(card.role).toBe('dialog');
      expect(card.labelledBy).toBeTruthy();
      expect((await moveAway(page, view)).open).toBe(false);
    }
  });

  it('a wrapped term opens from both lines, not from the blank after the line end', async () => {
    const { page, view } = await open('/fixtures/card-basic.html');
    const g = (await termGeometry(view, 'cardiopulmonary bypass', { within: 'narrow' }))!;
    expect(g.lines.length).toBe(2);
    const first = g.lines[0];
    expect(g.blockRight - first.right).toBeGreaterThan(16);
    await page.mouse.move((first.right + g.blockRight) / 2, (first.top + first.bottom) / 2, { steps: 4 });
    await sleep(500);
    expect((await readCard(view)).open).toBe(false);
    for (const line of [0, 1]) {
      await hover(page, view, 'cardiopulmonary bypass', { within: 'narrow', line });
      const card = await waitForCard(view, isOpen(headwordFor('cardiopulmonary bypass')));
      expect(card.open).toBe(true);
      expect(card.rect!.top).toBeGreaterThanOrEqual(g.lines[line].bottom);
      await moveAway(page, view);
    }
  });

  it('stays open while the pointer moves into the card; Escape closes it', async () => {
    const { page, view } = await open('/fixtures/card-basic.html');
    const g = await hover(page, view, 'heparin', { within: 'intro' });
    let card = await waitForCard(view, isOpen(headwordFor('heparin')));
    await page.mouse.move(centre(g.lines[0]).x, card.rect!.top + 20, { steps: 5 });
    await page.mouse.move(card.rect!.left + card.rect!.width / 2, card.rect!.top + card.rect!.height / 2, { steps: 5 });
    await sleep(700);
    card = await readCard(view);
    expect(card.heading).toBe(headwordFor('heparin'));
    await page.keyboard.press('Escape');
    expect((await waitForCard(view, closed)).open).toBe(false);
  });

  it('keyboard: Alt+Shift+→/← move between terms with focus in the card; Esc gives focus back', async () => {
    const { page, view } = await open('/fixtures/card-basic.html');
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'before';
      b.textContent = 'Start here';
      document.querySelector('h1')!.after(b);
    });
    await page.focus('#before');
    await shortcut(page, 'ArrowRight');
    let card = await waitForCard(view, (s) => s.open && s.visible);
    const first = card.heading;
    expect(first).toBeTruthy();
    expect(card.focusInCard).toBe(true);
    await shortcut(page, 'ArrowRight');
    card = await waitForCard(view, (s) => s.open && s.heading !== first);
    expect(card.heading).not.toBe(first);
    await shortcut(page, 'ArrowLeft');
    card = await waitForCard(view, (s) => s.heading === first);
    expect(card.heading).toBe(first);
    await page.keyboard.press('Tab');
    expect((await readCard(view)).focusInCard).toBe(true);
    await page.keyboard.press('Escape');
    expect((await waitForCard(view, closed)).open).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
  });

  it('touch: a tap opens the card; a tap on a term inside a link follows the link', async () => {
    const { page, view } = await open('/fixtures/card-basic.html');
    const g = (await termGeometry(view, 'perfusionist', { within: 'intro' }))!;
    await page.touchscreen.tap(centre(g.lines[0]).x, centre(g.lines[0]).y);
    const card = await waitForCard(view, isOpen(headwordFor('perfusionist')));
    expect(card.visible).toBe(true);
    await page.touchscreen.tap(30, 40);
    await waitForCard(view, closed);

    const l = (await termGeometry(view, 'heparin', { within: 'dose-link' }))!;
    await page.touchscreen.tap(centre(l.lines[0]).x, centre(l.lines[0]).y);
    await page.waitForFunction(() => location.hash === '#dosing', { timeout: 3000 });
    await sleep(300);
    expect((await readCard(view)).open).toBe(false);
  });

  it('hostile page CSS leaves the card intact', async () => {
    const { page, view } = await open('/fixtures/card-hostile.html');
    await hover(page, view, 'cardiopulmonary bypass');
    const card = await waitForCard(view, isOpen(headwordFor('cardiopulmonary bypass')));
    expectIntactCard(card);
  });

  it('related terms swap the card and Back returns', async () => {
    const { page, view } = await open('/fixtures/card-basic.html');
    const g = (await termGeometry(view, 'cardiopulmonary bypass', { within: 'intro' }))!;
    await page.mouse.click(centre(g.lines[0]).x, centre(g.lines[0]).y);
    let card = await waitForCard(view, isOpen(headwordFor('cardiopulmonary bypass')));
    expect(card.relatedLinks.length).toBeGreaterThan(0);
    const link = (await cardElementBox(view, '.pg-related a'))!;
    await page.mouse.click(link.x, link.y);
    card = await waitForCard(view, isOpen(link.text));
    expect(card.heading).toBe(link.text);
    const back = (await cardElementBox(view, '.pg-card-back'))!;
    await page.mouse.click(back.x, back.y);
    card = await waitForCard(view, isOpen(headwordFor('cardiopulmonary bypass')));
    expect(card.backLabel).toBeNull();
  });

  /** The browser-neutral scenarios' view of a page (harness/card.ts). */
  function driver(page: Page): CardDriver {
    const view = adapt(page);
    return {
      view,
      click: (selector) => page.click(selector),
      press: (key) => page.keyboard.press(key as KeyInput),
      pointer: async (x, y, opts) => {
        await page.mouse.move(x, y, { steps: 4 });
        if (opts?.click) await page.mouse.click(x, y);
      },
      frame: async (id) => {
        const el = (await page.$(`#${id}`))!;
        await el.scrollIntoView();
        const frame = (await el.contentFrame())!;
        await waitForScan(frame);
        const box = (await el.boundingBox())!;
        return { view: { evaluate: (fn, arg) => frame.evaluate(fn as (a: unknown) => never, arg) }, left: box.x, top: box.y };
      },
      axe: async () => {
        await page.evaluate(AXE_SOURCE);
        return (await page.evaluate(async () => {
          type Axe = { run(ctx: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[]; passes: unknown[] }> };
          const r = await (window as unknown as { axe: Axe }).axe.run({ include: [['perfusion-glossary-card']] });
          return { violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), passes: r.passes.length };
        })) as { violations: string[]; passes: number };
      },
    };
  }

  it('follows the term when the page scrolls', async () => {
    await scrollScenario(driver((await open('/fixtures/card-basic.html')).page));
  });

  it('works inside iframes, and fits a frame too short for it', async () => {
    await iframeScenario(driver((await open('/fixtures/card-basic.html')).page));
  });

  it('mounts inside a fullscreen element', async () => {
    await fullscreenScenario(driver((await open('/fixtures/card-basic.html')).page));
  });

  it('shows above a modal dialog for a term inside it; Esc closes the card first, then the dialog', async () => {
    await modalDialogScenario(driver((await open('/fixtures/card-basic.html')).page));
  });

  it('has no axe violations in the card, in light and dark themes', async () => {
    // Dark needs a browser of its own: the preference is read at launch.
    const dark = await launchFirefox({ colorScheme: 'dark' });
    try {
      for (const [scheme, browser] of [['light', suite.session.browser], ['dark', dark.browser]] as const) {
        const page = await browser.newPage();
        pages.push(page);
        await page.setViewport({ width: 1100, height: 800 });
        await page.goto(suite.server.url('/fixtures/card-basic.html'));
        await waitForScan(page);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        await axeScenario(driver(page), scheme);
      }
    } finally {
      for (const p of pages.splice(0)) await p.close();
      await dark.close();
    }
  });
});
