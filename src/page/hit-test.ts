/**
 * Which marked term is under a point of the viewport.
 *
 * The caret position at the point (caretPositionFromPoint, or WebKit/Blink's older
 * caretRangeFromPoint) gives a text node and offset; the scanner says which marks cover it;
 * the mark's line boxes confirm that the point is really on the term's text. The caret snaps
 * to the nearest character, so without that last check the blank space after the end of a
 * line, or the margin beside a paragraph, would count as the term that ends the line.
 */
import { type Box, boxAt, lineBoxes } from '../core/geometry/rects';
import type { Mark } from './scanner';

export interface MarkIndex {
  marksAt(node: Node, offset: number): Mark[];
}

export interface Hit {
  mark: Mark;
  /** Index of the line box of the mark under the point. */
  line: number;
  box: Box;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, opts?: unknown) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under (x, y), or null. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    /* points outside the viewport throw in some engines */
  }
  return null;
}

export function lineBoxesOf(range: Range): Box[] {
  return lineBoxes(range.getClientRects());
}

/** The marked term under (x, y), with the line box the point is on. */
export function hitTest(index: MarkIndex, doc: Document, x: number, y: number): Hit | null {
  const pos = caretAt(doc, x, y);
  if (!pos || pos.node.nodeType !== Node.TEXT_NODE) return null;
  // The caret lands before or after the character under the point: look at both sides.
  const seen = new Set<Mark>();
  const candidates = [...index.marksAt(pos.node, pos.offset), ...(pos.offset > 0 ? index.marksAt(pos.node, pos.offset - 1) : [])];
  for (const mark of candidates) {
    if (seen.has(mark)) continue;
    seen.add(mark);
    const boxes = lineBoxesOf(mark.range);
    const line = boxAt(boxes, x, y);
    if (line >= 0) return { mark, line, box: boxes[line] };
  }
  return null;
}
