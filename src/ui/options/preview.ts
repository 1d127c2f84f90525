/**
 * The settings page's preview: marks drawn with the same CSS highlights and the same colour
 * sheet as on web pages (the page imports content/style.css), so what you see is what pages get.
 */
import type { HighlightStyle } from '../../core/settings/model';
import { createMarkColour } from '../../page/mark-colour';
import { HIGHLIGHT_NAME } from '../../page/painter';

const nameOf = (style: HighlightStyle) => (style === 'dotted' ? HIGHLIGHT_NAME : `${HIGHLIGHT_NAME}-${style}`);

let colour: ReturnType<typeof createMarkColour> | undefined;

export function paintPreview(el: HTMLElement, terms: string[], style: HighlightStyle, color: string): () => void {
  colour ??= createMarkColour(document);
  colour.set(color);
  const registry = (CSS as unknown as { highlights?: HighlightRegistry }).highlights;
  if (!registry || typeof Highlight !== 'function') return () => undefined;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    for (const term of terms) {
      const re = new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
      for (const m of n.data.matchAll(re)) {
        const r = document.createRange();
        r.setStart(n, m.index ?? 0);
        r.setEnd(n, (m.index ?? 0) + m[0].length);
        ranges.push(r);
      }
    }
  }
  const name = nameOf(style);
  registry.set(name, new Highlight(...ranges));
  return () => registry.delete(name);
}
