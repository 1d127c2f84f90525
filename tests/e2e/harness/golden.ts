/**
 * Reads a golden fixture page: each element with data-expect lists the marks that must
 * appear inside it, in order. Returns expected and actual lists per element, plus marks
 * that fall outside every such element (there must be none).
 */
interface EvalPage {
  evaluate<R>(fn: () => R): Promise<R>;
}

export interface GoldenResult {
  rows: { id: string; expected: string[]; actual: string[] }[];
  stray: string[];
}

export function readGolden(page: EvalPage): Promise<GoldenResult> {
  return page.evaluate(() => {
    const clean = (s: string) => s.replace(/\u00ad/g, '').replace(/[\u00a0\u202f]/g, ' ');
    const ranges: Range[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, hl] of registry) if (name.startsWith('perfusion-glossary')) ranges.push(...hl);
    const owners = [...document.querySelectorAll('[data-expect]')];
    const rows = owners.map((el) => ({
      id: el.id,
      expected: (el.getAttribute('data-expect') ?? '').split('|').filter(Boolean).map(clean),
      actual: [] as string[],
      el,
    }));
    const stray: string[] = [];
    const sorted = ranges.slice().sort((a, b) => {
      const ra = a.startContainer.getRootNode() === document ? 0 : 1;
      const rb = b.startContainer.getRootNode() === document ? 0 : 1;
      if (ra !== rb) return ra - rb;
      return ra === 0 ? a.compareBoundaryPoints(Range.START_TO_START, b) : 0;
    });
    for (const r of sorted) {
      let node: Node | null = r.startContainer;
      let owner: Element | null = null;
      while (node && !owner) {
        if (node instanceof Element && node.hasAttribute('data-expect')) owner = node;
        node = node instanceof ShadowRoot ? node.host : node.parentNode;
      }
      const row = rows.find((x) => x.el === owner);
      if (row) row.actual.push(clean(r.toString()));
      else stray.push(r.toString());
    }
    return { rows: rows.map(({ id, expected, actual }) => ({ id, expected, actual })), stray };
  });
}
