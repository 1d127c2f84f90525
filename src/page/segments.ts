/**
 * Walks a DOM subtree in document order and yields runs of text that read as one line of
 * prose: consecutive text nodes under the same block, joined across inline elements and
 * split at block boundaries, line breaks and skipped elements. The DOM is only read.
 */
import { normalizeForMatch } from '../core/text/normalize';
import { blockOf, isInline, shouldSkip } from './skip';

export interface Segment {
  block: Element;
  nodes: Text[];
  /** Offset of each node's text within `text`. */
  starts: number[];
  /** Normalised text of all nodes (same length as the raw text). */
  text: string;
}

/** Cheap test: does this string contain a letter that could start a term? */
const HAS_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff]/;

/**
 * Yields segments under `root`. Open shadow roots are walked after their host's light DOM.
 * `onShadowRoot` is told about each shadow root found (to attach observers and styles).
 */
export function* walkSegments(root: Node, onShadowRoot?: (sr: ShadowRoot) => void): Generator<Segment> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let nodes: Text[] = [];
  let block: Element | null = null;
  const shadows: ShadowRoot[] = [];

  const flush = (): Segment | undefined => {
    if (nodes.length === 0 || !block) {
      nodes = [];
      return undefined;
    }
    const starts: number[] = [];
    let text = '';
    for (const n of nodes) {
      starts.push(text.length);
      text += normalizeForMatch(n.data);
    }
    const seg = { block, nodes, starts, text };
    nodes = [];
    return HAS_LETTER.test(text) ? seg : undefined;
  };

  if (root.nodeType === 1 && shouldSkip(root as Element)) return;
  let node: Node | null = walker.currentNode;
  if (node === root) node = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const text = node as Text;
      const b = blockOf(text);
      if (b !== block && nodes.length) {
        const seg = flush();
        if (seg) yield seg;
      }
      block = b;
      nodes.push(text);
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    if (!isInline(el) || shouldSkip(el)) {
      const seg = flush();
      if (seg) yield seg;
    }
    if (shouldSkip(el)) {
      node = skipSubtree(walker, root);
      continue;
    }
    const sr = (el as HTMLElement).shadowRoot;
    if (sr && sr.mode === 'open') shadows.push(sr);
    node = walker.nextNode();
  }
  const seg = flush();
  if (seg) yield seg;
  for (const sr of shadows) {
    onShadowRoot?.(sr);
    yield* walkSegments(sr, onShadowRoot);
  }
}

/** Moves the walker past the current node's subtree; returns the next node or null. */
function skipSubtree(walker: TreeWalker, root: Node): Node | null {
  for (let n: Node | null = walker.currentNode; n && n !== root; n = walker.parentNode()) {
    const sib = walker.nextSibling();
    if (sib) return sib;
  }
  return null;
}

/** Maps a segment offset to a text node and offset within it. */
export function locate(seg: Segment, offset: number, preferEnd = false): { node: Text; offset: number } {
  let lo = 0;
  let hi = seg.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (seg.starts[mid] < offset || (!preferEnd && seg.starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: seg.nodes[lo], offset: offset - seg.starts[lo] };
}
