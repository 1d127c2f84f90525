/**
 * Finds the open shadow roots of a page for the first pass without visiting every element.
 *
 * Visiting every element from a content script costs about as much as reading every text
 * node (each element visited gets a wrapper in the script's isolated world). Two native
 * queries hand back only the elements that can host a shadow root with content of its own:
 *  - custom elements (a hyphen in the name), where nearly every shadow root on the web lives:
 *    an XPath query, since no CSS selector tests part of a tag name;
 *  - the built-in elements that accept a shadow root (div, span, p, section …) when they have
 *    no child nodes: `:empty` (a built-in host with light content shows it through slots, and
 *    that content is read with the rest of the page).
 * Shadow roots inside the blocks the scanner reads, and in content added later, are found
 * by the segment walker and the mutation observer as they go.
 *
 * Each query is one native call that cannot be paused (about 10 ms for the custom elements
 * of a 3.8 MB page): the scanner runs them as separate steps of its time slices.
 */
import { SHADOW_HOSTS } from './segments';

const CUSTOM_ELEMENTS = `.//*[contains(local-name(), '-')]`;

function openRoot(el: Element, out: ShadowRoot[]) {
  const sr = el.shadowRoot;
  if (sr && sr.mode === 'open') out.push(sr);
}

/** Open shadow roots of custom elements under `root` (outside nested shadow trees). */
export function customElementShadowRoots(root: Element): ShadowRoot[] {
  const doc = root.ownerDocument;
  const out: ShadowRoot[] = [];
  if (typeof doc.evaluate === 'function') {
    const hosts = doc.evaluate(CUSTOM_ELEMENTS, root, null, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
    for (let i = 0; i < hosts.snapshotLength; i++) openRoot(hosts.snapshotItem(i) as Element, out);
    return out;
  }
  // No XPath (some test DOMs): walk the elements.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) if (n.tagName.includes('-')) openRoot(n, out);
  return out;
}

/** Open shadow roots of empty built-in hosts under `root`. */
export function emptyHostShadowRoots(root: Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  // One plain selector: `:empty` alone is far cheaper to match than a list of tags.
  for (const el of root.querySelectorAll(':empty')) if (SHADOW_HOSTS.has(el.tagName)) openRoot(el, out);
  return out;
}
