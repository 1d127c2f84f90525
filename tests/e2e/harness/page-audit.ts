/**
 * In-page audit used by the corpus tests: every mark with its context, and any mark that sits
 * inside an element the extension must never mark.
 */
interface EvalPage {
  evaluate<R>(fn: () => R): Promise<R>;
}

export interface Audit {
  marks: { text: string; context: string }[];
  forbidden: { text: string; inside: string }[];
}

export function auditMarks(page: EvalPage): Promise<Audit> {
  return page.evaluate(() => {
    const FORBIDDEN = 'script,style,noscript,template,textarea,input,select,option,code,pre,kbd,samp,[contenteditable]:not([contenteditable="false"]),perfusion-glossary-card';
    const marks: { text: string; context: string }[] = [];
    const forbidden: { text: string; inside: string }[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, hl] of registry) {
      if (!name.startsWith('perfusion-glossary')) continue;
      for (const r of hl) {
        const text = r.toString();
        const el = r.startContainer.parentElement;
        const bad = el?.closest(FORBIDDEN);
        if (bad) forbidden.push({ text, inside: bad.tagName });
        const all = (r.startContainer as Text).data ?? '';
        const context = all.slice(Math.max(0, r.startOffset - 40), r.startOffset + text.length + 40).replace(/\s+/g, ' ');
        marks.push({ text, context });
      }
    }
    return { marks, forbidden };
  });
}
