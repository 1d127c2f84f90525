/**
 * Places the card next to one line of a marked term with @floating-ui/dom and keeps it
 * there while the page scrolls or resizes. The reference is a virtual element whose box is
 * the term's line box on that line (so a term wrapped over two lines gets the card at the
 * line the reader pointed at), recomputed on every update.
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { CARD_MARGIN, cardHeight } from '../../core/card/card-size';
import { lineBoxesOf } from '../hit-test';

const GAP = 6;

export function lineAnchor(range: Range, line: number): VirtualElement {
  const rect = () => {
    const boxes = lineBoxesOf(range);
    const b = boxes[Math.min(line, boxes.length - 1)];
    if (!b) return { x: 0, y: 0, left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
    return { x: b.left, y: b.top, left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.right - b.left, height: b.bottom - b.top };
  };
  const context = range.startContainer.parentElement ?? undefined;
  return { getBoundingClientRect: rect, getClientRects: () => [rect()], contextElement: context };
}

/** Whether the range still has a box on screen (it can vanish when the page changes). */
export function isRendered(range: Range): boolean {
  return lineBoxesOf(range).length > 0;
}

/** Positions `card` at `anchor` now and on every scroll/resize/layout change; returns a stop function. */
export function follow(anchor: VirtualElement, card: HTMLElement, onDetached?: () => void): () => void {
  let stopped = false;
  const update = () => {
    const r = anchor.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) {
      onDetached?.();
      return;
    }
    void computePosition(anchor, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP),
        flip({ padding: CARD_MARGIN, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
        size({
          padding: CARD_MARGIN,
          apply({ availableHeight, elements }) {
            const { height, compact } = cardHeight(availableHeight, window.innerHeight);
            elements.floating.style.maxHeight = `${height}px`;
            // Too short for a scrolling text above a fixed action bar: the whole card scrolls.
            elements.floating.toggleAttribute('data-compact', compact);
          },
        }),
        // Across, and down/up only when the card had to be taller than the room beside the
        // term (a short frame): then it covers the term rather than leave the frame.
        shift({ padding: CARD_MARGIN, crossAxis: true }),
        hide({ strategy: 'referenceHidden' }),
      ],
    }).then(({ x, y, middlewareData }) => {
      if (stopped) return;
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
      card.style.visibility = middlewareData.hide?.referenceHidden ? 'hidden' : 'visible';
    });
  };
  const stop = autoUpdate(anchor, card, update, { animationFrame: false });
  return () => {
    stopped = true;
    stop();
  };
}
