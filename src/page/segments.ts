/**
 * Walks a DOM subtree in document order and yields runs of text that read as one line of
 * prose: consecutive text nodes under the same block, joined across inline elements and
 * split at block boundaries, line breaks and skipped elements. The DOM is only read.
 *
 * This is the hot loop of a page scan, so it avoids per-node work where it can: inline
 * elements without attributes pass straight through, the block of a text node is only
 * recomputed when its parent changes, and shadow roots are looked for on elements that
 * can host one.
 */
import { normalizeForMatch } from '../core/text/normalize';
import { blockOf, isInline, shouldSkipFast } from './skip';

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

/** Elements that can carry a shadow root (custom elements and these built-ins). */
export const SHADOW_HOSTS = new Set(['DIV', 'SPAN', 'ARTICLE', 'ASIDE', 'SECTION', 'MAIN', 'NAV', 'HEADER', 'FOOTER', 'BLOCKQUOTE', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BODY']);

/**
 * Yields segments under `root`. Open shadow roots are walked after their host's light DOM.
 * `onShadowRoot` is told about each shadow root found (to attach observers and styles).
 * `wanted`, when given, picks the segments of `root`'s light DOM worth yielding (the others
 * are not even normalised); shadow roots' segments are always yielded.
 */
export function* walkSegments(root: Node, onShadowRoot?: (sr: ShadowRoot) => void, wanted?: (nodes: Text[]) => boolean): Generator<Segment> {
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === 1 && shouldSkipFast(root as Element, (root as Element).tagName)) return;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let nodes: Text[] = [];
  let block: Element | null = null;
  let lastParent: Node | null = null;
  const shadows: ShadowRoot[] = [];

  const flush = (): Segment | undefined => {
    const list = nodes;
    nodes = [];
    lastParent = null;
    if (list.length === 0 || !block || (wanted && !wanted(list))) return undefined;
    let text: string;
    let starts: number[];
    if (list.length === 1) {
      text = normalizeForMatch(list[0].data);
      starts = [0];
    } else {
      starts = [];
      text = '';
      for (const n of list) {
        starts.push(text.length);
        text += normalizeForMatch(n.data);
      }
    }
    return HAS_LETTER.test(text) ? { block, nodes: list, starts, text } : undefined;
  };

  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const parent = node.parentNode;
      if (parent !== lastParent) {
        const b = parent && parent.nodeType === 1 && !isInline(parent as Element) ? (parent as Element) : blockOf(node);
        if (b !== block && nodes.length) {
          const seg = flush();
          if (seg) yield seg;
        }
        block = b;
        lastParent = parent;
      }
      nodes.push(node as Text);
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    const tag = el.tagName;
    const inline = isInline(el);
    if (inline && !el.hasAttributes()) {
      node = walker.nextNode();
      continue;
    }
    const skip = shouldSkipFast(el, tag);
    if (!inline || skip) {
      const seg = flush();
      if (seg) yield seg;
    }
    if (skip) {
      node = skipSubtree(walker, root);
      continue;
    }
    if (SHADOW_HOSTS.has(tag) || tag.includes('-')) {
      const sr = (el as HTMLElement).shadowRoot;
      if (sr && sr.mode === 'open') shadows.push(sr);
    }
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
