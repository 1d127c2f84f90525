/**
 * Paints marks. With the CSS Custom Highlight API the page's DOM is never written: marks
 * are Range objects registered in CSS.highlights. Only where the API is missing do we fall
 * back to wrapping text in <perfusion-glossary-mark data-perfusion-glossary> elements.
 */

export const HIGHLIGHT_NAME = 'perfusion-glossary';

export interface Painter {
  readonly kind: 'highlight' | 'wrapper';
  add(range: Range, entryId: string): void;
  remove(range: Range): void;
  clear(): void;
  /** Style name so settings can switch the look (dotted, solid, background). */
  setStyle(style: string): void;
}

export function createPainter(doc: Document = document): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const css = win?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  if (css?.highlights && typeof win?.Highlight === 'function') return new HighlightPainter(css.highlights, win.Highlight);
  return new WrapperPainter(doc);
}

/**
 * Registers its highlight with the first mark, not before: registering even an empty one
 * makes the browser repaint the page, which on a very large page is a long frame of its own.
 */
class HighlightPainter implements Painter {
  readonly kind = 'highlight';
  private highlight: Highlight;
  private name = HIGHLIGHT_NAME;
  private registered = false;

  constructor(
    private registry: HighlightRegistry,
    HighlightCtor: typeof Highlight,
  ) {
    this.highlight = new HighlightCtor();
  }

  add(range: Range) {
    this.highlight.add(range);
    if (!this.registered) {
      this.registry.set(this.name, this.highlight);
      this.registered = true;
    }
  }

  remove(range: Range) {
    this.highlight.delete(range);
  }

  clear() {
    this.highlight.clear();
  }

  setStyle(style: string) {
    const next = style === 'dotted' ? HIGHLIGHT_NAME : `${HIGHLIGHT_NAME}-${style}`;
    if (next === this.name) return;
    if (this.registered) {
      this.registry.delete(this.name);
      this.registry.set(next, this.highlight);
    }
    this.name = next;
  }
}

const WRAPPER_TAG = 'perfusion-glossary-mark';

/** Fallback for browsers without the Highlight API. Wraps each text-node part of a range. */
class WrapperPainter implements Painter {
  readonly kind = 'wrapper';
  private wrappers = new Map<Range, Element[]>();
  private style = 'dotted';

  constructor(private doc: Document) {}

  add(range: Range, entryId: string) {
    const parts: Element[] = [];
    for (const { node, start, end } of textParts(range)) {
      if (end < node.data.length) node.splitText(end);
      const middle = start > 0 ? node.splitText(start) : node;
      const wrap = this.doc.createElement(WRAPPER_TAG);
      wrap.setAttribute('data-perfusion-glossary', entryId);
      wrap.setAttribute('data-style', this.style);
      middle.parentNode?.insertBefore(wrap, middle);
      wrap.appendChild(middle);
      parts.push(wrap);
    }
    if (parts.length) {
      // Boundaries inside the wrappers' own text survive later splits of neighbouring text.
      const first = parts[0].firstChild as Text;
      const last = parts[parts.length - 1].lastChild as Text;
      range.setStart(first, 0);
      range.setEnd(last, last.data.length);
    }
    this.wrappers.set(range, parts);
  }

  remove(range: Range) {
    for (const wrap of this.wrappers.get(range) ?? []) unwrap(wrap);
    this.wrappers.delete(range);
  }

  clear() {
    for (const r of [...this.wrappers.keys()]) this.remove(r);
  }

  setStyle(style: string) {
    this.style = style;
    for (const parts of this.wrappers.values()) for (const w of parts) w.setAttribute('data-style', style);
  }
}

function unwrap(wrap: Element) {
  const parent = wrap.parentNode;
  if (!parent) return;
  while (wrap.firstChild) parent.insertBefore(wrap.firstChild, wrap);
  parent.removeChild(wrap);
  parent.normalize();
}

/** The text-node pieces a range covers, in document order. */
function textParts(range: Range): { node: Text; start: number; end: number }[] {
  const { startContainer: sc, endContainer: ec } = range;
  if (sc === ec && sc.nodeType === 3) return [{ node: sc as Text, start: range.startOffset, end: range.endOffset }];
  const doc = sc.ownerDocument as Document;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const parts: { node: Text; start: number; end: number }[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(n)) continue;
    const start = n === sc ? range.startOffset : 0;
    const end = n === ec ? range.endOffset : n.data.length;
    if (end > start) parts.push({ node: n, start, end });
  }
  return parts;
}
