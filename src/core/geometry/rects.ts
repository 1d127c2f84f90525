/**
 * Geometry of a marked term on screen (no DOM): the client rects of its range grouped into
 * one box per line, and which line box (if any) contains a point.
 *
 * A range's getClientRects() can return several rects per line (one per text node, plus the
 * boxes of inline elements such as <sub>) and, in some engines, empty rects at line edges.
 * Grouping them per line gives the box a reader sees underlined: a term wrapped over two
 * lines has two boxes, and the blank space after the end of the first line is in neither.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Rects that share more than half of the smaller height vertically are on the same line. */
function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const smaller = Math.min(a.bottom - a.top, b.bottom - b.top);
  return overlap > smaller / 2;
}

/** One box per line, in the order the lines first appear in `rects` (document order). */
export function lineBoxes(rects: Iterable<Box>): Box[] {
  const lines: Box[] = [];
  for (const r of rects) {
    if (!(r.right > r.left && r.bottom > r.top)) continue; // collapsed edge rects
    const line = lines.find((l) => sameLine(l, r));
    if (line) {
      line.left = Math.min(line.left, r.left);
      line.top = Math.min(line.top, r.top);
      line.right = Math.max(line.right, r.right);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else {
      lines.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
  }
  return lines;
}

/**
 * Index of the box containing (x, y), or -1. `slop` widens boxes vertically only (the
 * underline sits at the bottom edge); horizontally the text's own extent is the limit, so
 * the empty end of a line never counts.
 */
export function boxAt(boxes: readonly Box[], x: number, y: number, slop = 1): number {
  return boxes.findIndex((b) => x >= b.left && x <= b.right && y >= b.top - slop && y <= b.bottom + slop);
}
