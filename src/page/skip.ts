/** Which elements the marker never reads, and which ones continue a line of text. */

export const CARD_TAG = 'PERFUSION-GLOSSARY-CARD';

/** Elements whose text is never marked (scripts, forms, code, editors, media, our UI). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'TT', 'BUTTON', 'SVG', 'svg', 'MATH', 'math', 'IFRAME', 'FRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'DATALIST', CARD_TAG,
]);

/** Inline elements: text on both sides of them belongs to the same run ("DO<sub>2</sub>i"). */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL',
  'LABEL', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'NOBR', 'STRIKE', 'WBR',
]);

const EDITOR_CLASSES = ['monaco-editor', 'ace_editor', 'CodeMirror', 'cm-editor', 'ql-editor', 'ProseMirror'];

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName);
}

/** Attribute-based skips as one selector: a single native call per element with attributes. */
const SKIP_SELECTOR = [
  '[hidden]',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="code"]',
  '[role="combobox"]',
  '[role="searchbox"]',
  '[data-perfusion-glossary-ui]',
  ...EDITOR_CLASSES.map((c) => `.${c}`),
].join(',');

/** Fast version for the walker: tag first, attributes only when the element has any. */
export function shouldSkipFast(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  return el.hasAttributes() && el.matches(SKIP_SELECTOR);
}

export function shouldSkip(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  const role = el.getAttribute('role');
  if (role === 'textbox' || role === 'code' || role === 'combobox' || role === 'searchbox') return true;
  if (el.hasAttribute('data-perfusion-glossary-ui')) return true;
  const cls = el.getAttribute('class');
  if (cls && EDITOR_CLASSES.some((c) => cls.includes(c))) return true;
  return false;
}

/** True when `node` is inside something we skip (used for text that changes in place). */
export function insideSkipped(node: Node, root: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) {
    if (shouldSkip(el)) return true;
  }
  return false;
}

/** The element whose text run a text node belongs to: its nearest non-inline ancestor. */
export function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && isInline(el) && el.parentElement) el = el.parentElement;
  return el;
}
