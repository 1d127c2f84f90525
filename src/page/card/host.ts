/**
 * The card's host: <perfusion-glossary-card> with an open shadow root, made by WXT's
 * createShadowRootUi the first time a card is shown (pages where nobody hovers a term get no
 * DOM writes at all). For a term inside a fullscreen element, a modal dialog or an open
 * popover the host moves into it, since those are drawn above everything else in the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import cardCss from '../../ui/card/card.css?inline';
import entryCss from '../../ui/entry.css?inline';
import { CARD_TAG } from '../skip';

export const HOST_NAME = CARD_TAG.toLowerCase();

/** Elements that render no children: a card appended inside them would not show. */
const REPLACED = new Set(['VIDEO', 'IMG', 'CANVAS', 'IFRAME', 'EMBED', 'OBJECT', 'AUDIO', 'INPUT', 'TEXTAREA', 'SELECT']);

/**
 * The host is reset with `all: initial` (WXT adds it) and pinned as a zero-size fixed box on
 * top of everything. !important in the shadow root's :host rules beats any page rule, even
 * an !important one, so hostile page CSS cannot hide, move or resize the host.
 */
const HOST_CSS = `:host {
  position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important;
  overflow: visible !important; display: block !important; z-index: 2147483647 !important;
  pointer-events: none !important; visibility: visible !important; opacity: 1 !important;
  transform: none !important; filter: none !important; contain: none !important;
}`;

/** Top-layer elements: anything outside them is drawn underneath (and, for a modal, inert). */
const TOP_LAYER = ':modal, :popover-open, :fullscreen';

function inTopLayer(el: Element): boolean {
  try {
    return el.matches(TOP_LAYER);
  } catch {
    return false; // engines without these pseudo-classes
  }
}

/**
 * Where the host goes for a card about `near`: inside the nearest top-layer ancestor of the
 * term (modal dialog, open popover, fullscreen element), else inside the fullscreen element,
 * else the body.
 */
export function hostParent(doc: Document, near?: Node | null): Element {
  for (let el = near?.nodeType === 1 ? (near as Element) : (near?.parentElement ?? null); el; el = el.parentElement) {
    if (inTopLayer(el) && !REPLACED.has(el.tagName)) return el;
  }
  const fs = doc.fullscreenElement;
  if (fs && !REPLACED.has(fs.tagName)) return fs;
  return doc.body ?? doc.documentElement;
}

export interface CardHost {
  /** The element to render into (inside the shadow root). */
  container: HTMLElement;
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Moves the host next to the term's top layer (or back to the body) if needed. */
  place(near?: Node | null): void;
  remove(): void;
}

export async function createCardHost(ctx: ContentScriptContext, doc: Document = document): Promise<CardHost> {
  const ui: ShadowRootContentScriptUi<void> = await createShadowRootUi<void>(ctx, {
    name: HOST_NAME,
    mode: 'open',
    position: 'inline',
    anchor: () => hostParent(doc),
    append: 'last',
    css: `${HOST_CSS}\n${entryCss}\n${cardCss}`,
    // Keys typed in the card do not reach the page's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount: () => undefined,
  });
    ui.shadowHost.setAttribute('data-perfusion-glossary-ui', '');
  ui.mount();
  return {
    container: ui.uiContainer,
    host: ui.shadowHost,
    shadow: ui.shadow,
    place(near) {
      const parent = hostParent(doc, near);
      if (ui.shadowHost.parentNode !== parent) parent.append(ui.shadowHost);
    },
    remove: () => ui.remove(),
  };
}
