import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { skipWithout } from './harness/browsers';
import { axeScenario, type CardDriver, type CardState, cardElementBox, centre, expectIntactCard, fullscreenScenario, iframeScenario, modalDialogScenario, readCard, scrollScenario, sleep, termGeometry, waitForCard } from './harness/card';
import { launchChromium } from './harness/chromium';
import { headwordFor } from './harness/glossary';
import { waitForScan } from './harness/page-marks';
import { useSuite } from './harness/suite';

/** The parts of the extension API used from extension pages in these tests. */
interface ChromeApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, opts: { frameId: number }): Promise<{ res?: unknown } | undefined>;
  };
}
declare const chrome: ChromeApi;

/** The card is shown for `heading` and fully faded in (what the user sees). */
const isOpen = (heading: string) => (s: CardState) => s.open && s.heading === heading && s.visible;
const closed = (s: { open: boolean }) => !s.open;

describe.skipIf(skipWithout('chromium'))('Chromium: the definition card', () => {
  const suite = useSuite(() => launchChromium({ hasTouch: true }));
  let errors: string[] = [];
  const pages: Page[] = [];


  afterEach(async () => {
    for (const p of pages.splice(0)) await p.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await suite.session.context.newPage();
    pages.push(page);
    errors = suite.session.trackErrors(page);
    await page.goto(suite.server.url(path));
    await waitForScan(page);
    return page;
  }

  /** Hovers the centre of one line of a term, arriving in a few steps like a real pointer. */
  async function hover(page: Page, text: string, opts: { line?: number; within?: string; nth?: number } = {}) {
    const g = await termGeometry(page, text, opts);
    if (!g) throw new Error(`no highlighted "${text}" on the page`);
    const p = centre(g.lines[opts.line ?? 0]);
    await page.mouse.move(p.x, p.y, { steps: 4 });
    return g;
  }

  /** Moves the pointer to empty page margin (no text) and waits for a hover card to go. */
  async function moveAway(page: Page) {
    await page.mouse.move(8, 790, { steps: 2 });
    return waitForCard(page, closed);
  }

  it('opens the card of a hovered term on the demo article, in an open shadow root', async () => {
    const page = await open('/demo/article.html');
    expect(await page.$('perfusion-glossary-card')).toBeNull(); // nothing written before a hover
    const layout = () =>
      page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        width: document.documentElement.scrollWidth,
        paragraphs: [...document.querySelectorAll('p')].map((p) => p.getBoundingClientRect().top + scrollY),
      }));
    const before = await layout();
    for (const text of ['cardiopulmonary bypass', 'CPB', 'heparin', 'VA-ECMO']) {
      const heading = headwordFor(text);
      await hover(page, text, { nth: text === 'VA-ECMO' ? 1 : 0 });
      const card = await waitForCard(page, isOpen(heading));
      expect(card.heading, text).toBe(heading);
      expect(card.shadowMode).toBe('open');
      expect(card.role).toBe('dialog');
      expect(card.visible).toBe(true);
      expect(await layout(), 'the page layout does not move').toEqual(before);
      await moveAway(page);
    }
    expect(await page.locator('perfusion-glossary-card').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('waits for the pointer to rest: sweeping across terms opens nothing', async () => {
    const page = await open('/fixtures/card-basic.html');
    const g = await termGeometry(page, 'cardiopulmonary bypass', { within: 'intro' });
    const line = g!.lines[0];
    const y = (line.top + line.bottom) / 2;
    // Sweep across the whole paragraph quickly.
    await page.mouse.move(20, y);
    await page.mouse.move(line.right + 200, y, { steps: 6 });
    await page.mouse.move(8, 790, { steps: 2 });
    await sleep(500);
    // The host is created on the first card shown: none means no card opened, even briefly.
    expect(await page.$('perfusion-glossary-card')).toBeNull();
    // Resting on the same term opens it.
    const p = centre(line);
    await page.mouse.move(p.x, p.y, { steps: 2 });
    expect((await waitForCard(page, isOpen(headwordFor('cardiopulmonary bypass')))).open).toBe(true);
  });

  it('a term wrapped over two lines opens from both lines, but not from the blank after the line end', async () => {
    const page = await open('/fixtures/card-basic.html');
    const g = (await termGeometry(page, 'cardiopulmonary bypass', { within: 'narrow' }))!;
    expect(g.lines.length).toBe(2);
    // Blank space at the end of the first line, inside the paragraph.
    const first = g.lines[0];
    expect(g.blockRight - first.right).toBeGreaterThan(16);
    await page.mouse.move((first.right + g.blockRight) / 2, (first.top + first.bottom) / 2, { steps: 4 });
    await sleep(500);
    expect((await readCard(page)).open).toBe(false);
    for (const line of [0, 1]) {
      await hover(page, 'cardiopulmonary bypass', { within: 'narrow', line });
      const card = await waitForCard(page, isOpen(headwordFor('cardiopulmonary bypass')));
      expect(card.open).toBe(true);
      // The card sits next to the line that was hovered.
      expect(card.rect!.top).toBeGreaterThanOrEqual(g.lines[line].bottom);
      expect(card.rect!.top).toBeLessThan(g.lines[line].bottom + 20);
      await moveAway(page);
    }
  });

  it('stays open while the pointer moves into the card and hides after it leaves both', async () => {
    const page = await open('/fixtures/card-basic.html');
    const g = await hover(page, 'heparin', { within: 'intro' });
    let card = await waitForCard(page, isOpen(headwordFor('heparin')));
    // Into the card and around in it.
    const p = centre(g.lines[0]);
    await page.mouse.move(p.x, card.rect!.top + 20, { steps: 5 });
    await page.mouse.move(card.rect!.left + card.rect!.width / 2, card.rect!.top + card.rect!.height / 2, { steps: 5 });
    await sleep(700);
    card = await readCard(page);
    expect(card.heading).toBe(headwordFor('heparin'));
    card = await moveAway(page);
    expect(card.open).toBe(false);
  });

  it('Escape closes; a click pins the card; one card at a time', async () => {
    const page = await open('/fixtures/card-basic.html');
    await hover(page, 'heparin', { within: 'intro' });
    await waitForCard(page, isOpen(headwordFor('heparin')));
    await page.keyboard.press('Escape');
    expect((await waitForCard(page, closed)).open).toBe(false);

    const g = await termGeometry(page, 'activated clotting time', { within: 'intro' });
    const p = centre(g!.lines[0]);
    await page.mouse.click(p.x, p.y);
    await waitForCard(page, isOpen(headwordFor('activated clotting time')));
    await page.mouse.move(8, 790, { steps: 3 });
    await sleep(700);
    const pinned = await readCard(page);
    expect(pinned.heading).toBe(headwordFor('activated clotting time'));
    expect(pinned.focusInCard).toBe(true);
    // Clicking another term moves the (single) card there.
    const h = await termGeometry(page, 'heparin', { within: 'intro' });
    await page.mouse.click(centre(h!.lines[0]).x, centre(h!.lines[0]).y);
    await waitForCard(page, isOpen(headwordFor('heparin')));
    expect(await page.evaluate(() => document.querySelector('perfusion-glossary-card')!.shadowRoot!.querySelectorAll('[role="dialog"]').length)).toBe(1);
    // A click on plain text closes it.
    await page.mouse.click(30, 40);
    expect((await waitForCard(page, closed)).open).toBe(false);
  });

  it('keyboard: Alt+Shift+→/← move between terms, Tab reaches the links, Esc returns focus', async () => {
    const page = await open('/fixtures/card-basic.html');
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'before';
      b.textContent = 'Start here';
      document.querySelector('h1')!.after(b);
    });
    await page.focus('#before');
    const order = await page.evaluate(() => {
      const out: { text: string; top: number }[] = [];
      for (const [, hl] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) for (const r of hl) out.push({ text: r.toString(), top: r.getBoundingClientRect().top + scrollY });
      return out.filter((m) => m.top > 0).sort((a, b) => a.top - b.top);
    });
    await page.keyboard.press('Alt+Shift+ArrowRight');
    let card = await waitForCard(page, (s) => s.open && s.visible);
    const first = card.heading;
    expect(first).toBeTruthy();
    expect(card.focusInCard).toBe(true);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    card = await waitForCard(page, (s) => s.open && s.heading !== first);
    const second = card.heading;
    expect(second).not.toBe(first);
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    card = await waitForCard(page, (s) => s.heading === first);
    expect(card.heading).toBe(first);
    expect(order.length).toBeGreaterThan(3);

    // Tab goes into the card's controls and links.
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const s = await readCard(page);
      expect(s.focusInCard).toBe(true);
      seen.push(s.focused ?? '');
    }
    expect(seen.some((f) => f.startsWith('A:'))).toBe(true);

    await page.keyboard.press('Escape');
    card = await waitForCard(page, closed);
    expect(card.open).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');

    // Not while typing in a field.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'field';
      document.querySelector('h1')!.after(input);
    });
    await page.focus('#field');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await sleep(400);
    expect((await readCard(page)).open).toBe(false);
  });

  it('keyboard navigation wraps around and scrolls a term below the fold into view', async () => {
    const page = await open('/fixtures/card-basic.html');
    const lastBox = () =>
      page.evaluate(() => {
        const all: Range[] = [];
        for (const [, hl] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) all.push(...hl);
        all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        const r = all[all.length - 1];
        return { text: r.toString(), top: r.getBoundingClientRect().top, bottom: r.getBoundingClientRect().bottom };
      });
    expect((await lastBox()).top).toBeGreaterThan(800); // below the fold
    await page.keyboard.press('Alt+Shift+ArrowRight'); // the first term in view
    await waitForCard(page, (s) => s.open && s.visible);
    await page.keyboard.press('Alt+Shift+ArrowLeft'); // wraps to the last term on the page
    const last = await lastBox();
    expect(last.top).toBeGreaterThanOrEqual(0);
    expect(last.bottom).toBeLessThanOrEqual(800);
    const card = await waitForCard(page, (s) => s.open && s.visible && Math.abs(s.rect!.top - last.bottom) < 20);
    expect(card.visible).toBe(true);
    expect(Math.abs(card.rect!.top - last.bottom)).toBeLessThan(20);
  });

  it('touch: a tap on a term opens the card; a tap on a term inside a link follows the link', async () => {
    const page = await open('/fixtures/card-basic.html');
    const g = await termGeometry(page, 'perfusionist', { within: 'intro' });
    const p = centre(g!.lines[0]);
    await page.touchscreen.tap(p.x, p.y);
    const card = await waitForCard(page, isOpen(headwordFor('perfusionist')));
    expect(card.visible).toBe(true);
    await page.touchscreen.tap(30, 40);
    await waitForCard(page, closed);

    const l = await termGeometry(page, 'heparin', { within: 'dose-link' });
    expect(l).not.toBeNull();
    await page.touchscreen.tap(centre(l!.lines[0]).x, centre(l!.lines[0]).y);
    await page.waitForFunction(() => location.hash === '#dosing', undefined, { timeout: 3000 });
    await sleep(300);
    expect((await readCard(page)).open).toBe(false);
  });

  it('hostile page CSS leaves the card intact', async () => {
    const page = await open('/fixtures/card-hostile.html');
    await hover(page, 'cardiopulmonary bypass');
    const card = await waitForCard(page, isOpen(headwordFor('cardiopulmonary bypass')));
    expectIntactCard(card);
  });

  it('related terms swap the card and Back returns', async () => {
    const page = await open('/fixtures/card-basic.html');
    const g = await termGeometry(page, 'cardiopulmonary bypass', { within: 'intro' });
    await page.mouse.click(centre(g!.lines[0]).x, centre(g!.lines[0]).y);
    let card = await waitForCard(page, isOpen(headwordFor('cardiopulmonary bypass')));
    expect(card.relatedLinks.length).toBeGreaterThan(0);
    const link = (await cardElementBox(page, '.pg-related a'))!;
    await page.mouse.click(link.x, link.y);
    card = await waitForCard(page, isOpen(link.text));
    expect(card.heading).toBe(link.text);
    expect(card.backLabel).toContain('Back');
    const back = (await cardElementBox(page, '.pg-card-back'))!;
    await page.mouse.click(back.x, back.y);
    card = await waitForCard(page, isOpen(headwordFor('cardiopulmonary bypass')));
    expect(card.backLabel).toBeNull();
  });

  it('saves to the study list (kept across reloads) and opens the full entry in a tab', async () => {
    const page = await open('/fixtures/card-basic.html');
    const g = await termGeometry(page, 'heparin', { within: 'intro' });
    await page.mouse.click(centre(g!.lines[0]).x, centre(g!.lines[0]).y);
    let card = await waitForCard(page, isOpen(headwordFor('heparin')));
    expect(card.saved).toBe('false');
    const save = (await cardElementBox(page, '.pg-card-save'))!;
    await page.mouse.click(save.x, save.y);
    card = await waitForCard(page, (s) => s.saved === 'true');
    expect(card.saved).toBe('true');

    await page.reload();
    await waitForScan(page);
    const again = await termGeometry(page, 'heparin', { within: 'intro' });
    await page.mouse.click(centre(again!.lines[0]).x, centre(again!.lines[0]).y);
    card = await waitForCard(page, (s) => isOpen(headwordFor('heparin'))(s) && s.saved === 'true');
    expect(card.saved).toBe('true');

    const openBtn = (await cardElementBox(page, '.pg-card-open'))!;
    const [tab] = await Promise.all([suite.session.context.waitForEvent('page'), page.mouse.click(openBtn.x, openBtn.y)]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`chrome-extension://${suite.session.extensionId}/popup.html#entry=heparin`);
    // The extension page opens on that entry's full view.
    await tab.waitForSelector('.pg-term');
    expect(await tab.textContent('.pg-term')).toBe(headwordFor('heparin'));
    const stored = await tab.evaluate(() => chrome.storage.local.get('studyList'));
    expect(stored.studyList).toEqual(['heparin']);
    await tab.close();
  });

  /** The browser-neutral scenarios' view of a page (harness/card.ts). */
  function driver(page: Page): CardDriver {
    return {
      view: page,
      click: (selector) => page.click(selector),
      press: (key) => page.keyboard.press(key),
      pointer: async (x, y, opts) => {
        await page.mouse.move(x, y, { steps: 4 });
        if (opts?.click) await page.mouse.click(x, y);
      },
      frame: async (id) => {
        const el = (await page.$(`#${id}`))!;
        await el.scrollIntoViewIfNeeded();
        const frame = (await el.contentFrame())!;
        await waitForScan(frame);
        const box = (await el.boundingBox())!;
        return { view: frame, left: box.x, top: box.y };
      },
      axe: async () => {
        const r = await new AxeBuilder({ page }).include('perfusion-glossary-card').analyze();
        return { violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), passes: r.passes.length };
      },
    };
  }

  it('follows the term when the page scrolls', async () => {
    await scrollScenario(driver(await open('/fixtures/card-basic.html')));
  });

  it('works inside iframes, and fits a frame too short for it', async () => {
    await iframeScenario(driver(await open('/fixtures/card-basic.html')));
  });

  it('mounts inside a fullscreen element', async () => {
    await fullscreenScenario(driver(await open('/fixtures/card-basic.html')));
  });

  it('shows above a modal dialog for a term inside it; Esc closes the card first, then the dialog', async () => {
    await modalDialogScenario(driver(await open('/fixtures/card-basic.html')));
  });

  it('the popup\'s "reveal" scrolls to the first mark of an entry and opens its card', async () => {
    const page = await open('/fixtures/card-basic.html');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const popup = await suite.session.openPopup();
    // The popup page sends revealTerm to the test page's tab, as "On this page" does
    // (@webext-core/messaging's wire format: { id, type, data, timestamp } → { res }).
    const replies = await popup.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      const message = { id: 1, type: 'revealTerm', data: 'heparin', timestamp: Date.now() };
      return Promise.all(tabs.map((t) => (t.id === undefined ? null : chrome.tabs.sendMessage(t.id, message, { frameId: 0 }).catch(() => null))));
    });
    // Only the fixture tab has a heparin to reveal.
    expect(replies.filter((r) => r?.res === true).length).toBe(1);
    const card = await waitForCard(page, isOpen(headwordFor('heparin')));
    expect(card.visible).toBe(true);
    // It is the first heparin on the page, now scrolled into view under the card's anchor.
    const first = (await page.evaluate(() => {
      for (const [, hl] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
        for (const r of hl) if (r.toString() === 'heparin' && document.getElementById('intro')!.contains(r.startContainer)) return r.getBoundingClientRect().toJSON();
      return null;
    })) as DOMRect;
    expect(first.top).toBeGreaterThanOrEqual(0);
    expect(first.bottom).toBeLessThanOrEqual(800);
    expect(Math.abs(card.rect!.top - first.bottom)).toBeLessThan(20);
    await popup.close();
  });

  it('has no axe violations in the card, in light and dark themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open('/fixtures/card-basic.html');
      await page.emulateMedia({ colorScheme });
      await axeScenario(driver(page), colorScheme);
    }
  });
});
