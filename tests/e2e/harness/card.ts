import { expect } from 'vitest';
import { headwordFor } from './glossary';
/**
 * Reads and drives the definition card through what a user and assistive technology see:
 * the <perfusion-glossary-card> host, its open shadow root, the dialog inside it, and the
 * highlighted terms' boxes on screen. Works with Playwright and puppeteer pages.
 */

export interface ArgPage {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
}

export interface LineBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TermGeometry {
  text: string;
  /** One box per line the term occupies (viewport coordinates). */
  lines: LineBox[];
  /** The right edge of the term's block (where a line's blank space ends). */
  blockRight: number;
  /** Ids of the closest ancestors, for debugging. */
  context: string;
}

/**
 * Finds the `nth` highlighted range whose text is `text` (or, with `within`, the first one
 * inside the element with that id), scrolls it into view if needed and returns its line boxes.
 */
export function termGeometry(page: ArgPage, text: string, opts: { nth?: number; within?: string } = {}): Promise<TermGeometry | null> {
  return page.evaluate(
    ({ text, nth, within }) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const found: Range[] = [];
      for (const [name, hl] of registry) {
        if (!name.startsWith('perfusion-glossary')) continue;
        for (const r of hl) if (r.toString() === text) found.push(r);
      }
      found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const scope = within ? document.getElementById(within) : null;
      const range = scope ? found.find((r) => scope.contains(r.startContainer)) : found[nth ?? 0];
      if (!range) return null;
      const lineBoxes = () => {
        const lines: { left: number; top: number; right: number; bottom: number }[] = [];
        for (const r of range.getClientRects()) {
          if (r.width <= 0 || r.height <= 0) continue;
          const line = lines.find((l) => Math.min(l.bottom, r.bottom) - Math.max(l.top, r.top) > r.height / 2);
          if (line) {
            line.left = Math.min(line.left, r.left);
            line.right = Math.max(line.right, r.right);
            line.top = Math.min(line.top, r.top);
            line.bottom = Math.max(line.bottom, r.bottom);
          } else lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
        }
        return lines;
      };
      let lines = lineBoxes();
      if (!lines.length || lines[0].top < 0 || lines[lines.length - 1].bottom > innerHeight) {
        range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        lines = lineBoxes();
      }
      const block = range.startContainer.parentElement?.closest('p,li,div,td,aside,section,article') ?? document.body;
      const ids: string[] = [];
      for (let el: Element | null = range.startContainer.parentElement; el; el = el.parentElement) if (el.id) ids.push(el.id);
      return { text, lines, blockRight: block.getBoundingClientRect().right, context: ids.join(' < ') };
    },
    { text, nth: opts.nth ?? 0, within: opts.within ?? '' },
  );
}

export const centre = (b: LineBox) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

export interface CardState {
  /** A dialog is rendered in the host's shadow root. */
  open: boolean;
  heading: string | null;
  entryId: string | null;
  rect: { left: number; top: number; width: number; height: number } | null;
  /** Computed font sizes (px) inside the shadow root. */
  headingFontSize: number | null;
  definitionFontSize: number | null;
  /** The card is rendered and is what the user sees at its own centre (nothing covers it). */
  visible: boolean;
  /** Accessible wiring of the dialog. */
  role: string | null;
  labelledBy: string | null;
  /** The host's parent element (BODY, or the fullscreen element's id). */
  hostParent: string | null;
  shadowMode: string | null;
  /** Focus is inside the card (the host is the document's active element). */
  focusInCard: boolean;
  /** The active element inside the shadow root (tag and text). */
  focused: string | null;
  saved: string | null;
  backLabel: string | null;
  relatedLinks: string[];
}

export function readCard(page: ArgPage): Promise<CardState> {
  return page.evaluate(() => {
    const host = document.querySelector('perfusion-glossary-card');
    const root = host?.shadowRoot ?? null;
    const card = root?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
    const h = card?.querySelector(`#${CSS.escape(card.getAttribute('aria-labelledby') ?? '')}`) ?? null;
    const def = card?.querySelector('.pg-definition') ?? null;
    const r = card?.getBoundingClientRect();
    let visible = false;
    if (card && r && r.width > 0 && r.height > 0 && card.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 40));
      visible = hit === host;
    }
    const active = root?.activeElement ?? null;
    return {
      open: !!card,
      heading: h?.textContent ?? null,
      entryId: card?.getAttribute('data-entry') ?? null,
      rect: r ? { left: r.left, top: r.top, width: r.width, height: r.height } : null,
      headingFontSize: h ? Number.parseFloat(getComputedStyle(h).fontSize) : null,
      definitionFontSize: def ? Number.parseFloat(getComputedStyle(def).fontSize) : null,
      visible,
      role: card?.getAttribute('role') ?? null,
      labelledBy: card?.getAttribute('aria-labelledby') ?? null,
      hostParent: host?.parentElement ? host.parentElement.id || host.parentElement.tagName : null,
      shadowMode: root?.mode ?? null,
      focusInCard: !!host && document.activeElement === host,
      focused: active ? `${active.tagName}:${(active.textContent ?? '').trim().slice(0, 40)}` : null,
      saved: card?.querySelector('.pg-card-save')?.getAttribute('aria-pressed') ?? null,
      backLabel: card?.querySelector('.pg-card-back')?.textContent ?? null,
      relatedLinks: [...(card?.querySelectorAll('.pg-related a') ?? [])].map((a) => a.textContent ?? ''),
    };
  }, undefined);
}

/** Polls the card until `pred` holds; returns the last state (check it with expect). */
export async function waitForCard(page: ArgPage, pred: (s: CardState) => boolean, timeout = 5000): Promise<CardState> {
  const end = Date.now() + timeout;
  let state = await readCard(page);
  while (!pred(state) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    state = await readCard(page);
  }
  return state;
}

/** Clicks an element inside the card's shadow root (by selector, or the nth match of it). */
export function cardElementBox(page: ArgPage, selector: string, nth = 0): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate(
    ({ selector, nth }) => {
      const el = document.querySelector('perfusion-glossary-card')?.shadowRoot?.querySelectorAll(selector)[nth];
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: el.textContent ?? '' };
    },
    { selector, nth },
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * What a reader needs to see of a card on a hostile page: visible, readable type sizes that
 * ignore the page's root font size, and a sensible box.
 */
export function expectIntactCard(card: CardState): void {
  expect(card.visible).toBe(true);
  expect(card.headingFontSize).toBeGreaterThanOrEqual(15);
  expect(card.headingFontSize).toBeLessThanOrEqual(20);
  expect(card.definitionFontSize).toBeGreaterThanOrEqual(13);
  expect(card.definitionFontSize).toBeLessThanOrEqual(16);
  expect(card.rect!.width).toBeGreaterThan(250);
  expect(card.rect!.width).toBeLessThan(420);
  expect(card.rect!.height).toBeGreaterThan(120);
  expect(card.rect!.height).toBeLessThanOrEqual(500);
}

/** What a browser-neutral card scenario needs from a test: its page and the browser's input. */
export interface CardDriver {
  view: ArgPage;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Moves the pointer to a point of the top page's viewport in a few steps (and clicks there). */
  pointer(x: number, y: number, opts?: { click?: boolean }): Promise<void>;
  /** The iframe with this id, scrolled into view and scanned: what runs in it, and where its box is in the page. */
  frame(id: string): Promise<{ view: ArgPage; left: number; top: number }>;
  /** axe-core run on the card's host: each violation as "rule: targets", and how many rules passed. */
  axe(): Promise<{ violations: string[]; passes: number }>;
}

/** The card is open on the entry of `text` and fully shown. */
const isOpenOn = (text: string) => {
  const heading = headwordFor(text);
  return (s: CardState) => s.open && s.heading === heading && s.visible;
};

/** Polls `fn` in the page until it returns true. */
async function until(view: ArgPage, fn: () => boolean, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await view.evaluate(fn, undefined))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn.toString().slice(0, 80)}`);
    await sleep(50);
  }
}

/** Points at one line of a highlighted term (in `view`, a frame at `offset` of the page, or the page itself). */
export async function pointAtTerm(
  d: CardDriver,
  text: string,
  opts: { within?: string; nth?: number; line?: number; click?: boolean; view?: ArgPage; offset?: { left: number; top: number } } = {},
): Promise<TermGeometry> {
  const g = await termGeometry(opts.view ?? d.view, text, opts);
  if (!g) throw new Error(`no highlighted "${text}" in the ${opts.view ? 'frame' : 'page'}`);
  const p = centre(g.lines[opts.line ?? 0]);
  await d.pointer((opts.offset?.left ?? 0) + p.x, (opts.offset?.top ?? 0) + p.y, { click: opts.click });
  return g;
}

/**
 * On card-basic.html: a term inside a modal <dialog> (hidden until opened, so marked by the
 * mutation observer) opens its card above the dialog; Escape closes the card first, then
 * the dialog. The same steps in every browser.
 */
export async function modalDialogScenario(d: CardDriver): Promise<void> {
  const dialogOpen = () => (document.getElementById('modal') as HTMLDialogElement).open;
  await d.click('#open-modal');
  await until(d.view, dialogOpen);
  await until(d.view, () => {
    for (const [, hl] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights)
      for (const r of hl) if (document.getElementById('in-modal')?.contains(r.startContainer)) return true;
    return false;
  });
  await pointAtTerm(d, 'perfusionist', { within: 'in-modal' });
  const card = await waitForCard(d.view, isOpenOn('perfusionist'));
  expect(card.hostParent).toBe('modal');
  expect(card.visible).toBe(true);
  await d.press('Escape');
  await waitForCard(d.view, (s) => !s.open);
  expect(await d.view.evaluate(dialogOpen, undefined)).toBe(true);
  await d.press('Escape');
  await until(d.view, () => !(document.getElementById('modal') as HTMLDialogElement).open);
}

/** On card-basic.html: a pinned card moves with its term when the page scrolls. */
export async function scrollScenario(d: CardDriver): Promise<void> {
  await pointAtTerm(d, 'heparin', { within: 'far', click: true });
  const before = await waitForCard(d.view, isOpenOn('heparin'));
  expect(before.open).toBe(true);
  await d.view.evaluate(() => window.scrollBy(0, 60), undefined);
  await sleep(250);
  const after = await readCard(d.view);
  expect(after.open).toBe(true);
  // The card moved with the term (sub-pixel line positions round either way).
  expect(Math.abs(before.rect!.top - after.rect!.top - 60)).toBeLessThanOrEqual(2);
}

/**
 * On card-basic.html: terms inside iframes open their card in the frame. In a frame too short
 * for the card beside the term (#small-frame, 110 px), the card still fits the frame: the
 * reader sees its heading, its close button and the start of the definition, and scrolls
 * the card to reach the rest and its actions.
 */
export async function iframeScenario(d: CardDriver): Promise<void> {
  const tall = await d.frame('frame');
  await pointAtTerm(d, 'cardiopulmonary bypass', { view: tall.view, offset: tall });
  const card = await waitForCard(tall.view, isOpenOn('cardiopulmonary bypass'));
  expect(card.visible).toBe(true);
  expect(card.rect!.height).toBeGreaterThan(140);

  const small = await d.frame('small-frame');
  await pointAtTerm(d, 'cardiopulmonary bypass', { view: small.view, offset: small, click: true });
  await waitForCard(small.view, isOpenOn('cardiopulmonary bypass'));
  const seen = () =>
    small.view.evaluate(() => {
      const root = document.querySelector('perfusion-glossary-card')!.shadowRoot!;
      const card = root.querySelector<HTMLElement>('[role="dialog"]')!;
      const c = card.getBoundingClientRect();
      // On screen: inside the frame's viewport and not scrolled out of the card.
      const shown = (sel: string) => {
        const el = root.querySelector(sel);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        const top = Math.max(r.top, c.top, 0);
        const bottom = Math.min(r.bottom, c.bottom, innerHeight);
        return r.width > 0 && bottom - top >= Math.min(12, r.height) && r.left >= 0 && r.right <= innerWidth;
      };
      const inFrame = c.top >= 0 && c.left >= 0 && c.bottom <= innerHeight && c.right <= innerWidth;
      return { inFrame, viewport: innerHeight, heading: shown('.pg-term'), close: shown('.pg-card-close'), definition: shown('.pg-definition'), actions: shown('.pg-card-actions') };
    }, undefined);
  const first = await seen();
  expect(first.viewport).toBeLessThan(140);
  expect(first).toMatchObject({ inFrame: true, heading: true, close: true, definition: true });
  await small.view.evaluate(() => {
    const card = document.querySelector('perfusion-glossary-card')!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;
    card.scrollTop = card.scrollHeight;
  }, undefined);
  expect(await seen()).toMatchObject({ inFrame: true, actions: true });
}

/** On card-basic.html: in fullscreen the card mounts in the fullscreen element, and back in the body after. */
export async function fullscreenScenario(d: CardDriver): Promise<void> {
  await d.click('#go-fullscreen');
  await until(d.view, () => document.fullscreenElement?.id === 'stage');
  await pointAtTerm(d, 'extracorporeal membrane oxygenation', { within: 'staged' });
  const card = await waitForCard(d.view, isOpenOn('extracorporeal membrane oxygenation'));
  expect(card.hostParent).toBe('stage');
  expect(card.visible).toBe(true);
  await d.view.evaluate(() => void document.exitFullscreen(), undefined);
  await until(d.view, () => !document.fullscreenElement);
  await sleep(150);
  expect((await readCard(d.view)).hostParent).toBe('BODY');
}

/** On card-basic.html, in the theme the browser is set to: axe finds nothing wrong in an open card with its Back control. */
export async function axeScenario(d: CardDriver, theme: string): Promise<void> {
  await pointAtTerm(d, 'cardiopulmonary bypass', { within: 'intro', click: true });
  await waitForCard(d.view, isOpenOn('cardiopulmonary bypass'));
  const link = (await cardElementBox(d.view, '.pg-related a'))!;
  await d.pointer(link.x, link.y, { click: true });
  await waitForCard(d.view, (s) => s.backLabel !== null);
  const result = await d.axe();
  expect(result.violations, theme).toEqual([]);
  expect(result.passes).toBeGreaterThan(5);
}
