// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { cachedSource } from '../../src/core/card/entry-source';
import type { Entry } from '../../src/core/glossary/schema';
import { CATEGORIES } from '../../src/core/glossary/vocabulary';
import type { StudyList } from '../../src/platform/study-list';
import { toggleId } from '../../src/platform/study-list';
import { Card } from '../../src/ui/card/Card';
import { useRenderRoot } from '../support/render-root';

const base = { tags: ['pbse'], sources: ['Gravlee et al., Cardiopulmonary Bypass, 4th ed., 2015', 'EACTS/EACTA/EBCP 2019'], reviewed: '2025-01-01' };
const entries: Entry[] = [
  {
    ...base,
    id: 'cardiopulmonary-bypass',
    term: 'cardiopulmonary bypass',
    abbreviations: ['CPB'],
    category: 'fundamentals',
    definition: 'A circuit that takes over the work of the heart and lungs so the surgeon can operate on a still heart.',
    values: [{ label: 'Pump flow index', min: 2.2, max: 2.4, unit: 'L/min/m²', varies: true }],
    formulas: [
      {
        name: 'Target pump flow',
        expression: 'Q = BSA × CI',
        variables: [{ symbol: 'Q', meaning: 'pump flow', unit: 'L/min' }],
        example: 'BSA 2.0 m² at 2.4 L/min/m² gives 4.8 L/min.',
      },
    ],
    related: ['heparin', 'hidden-entry'],
  },
  {
    ...base,
    id: 'heparin',
    term: 'heparin',
    category: 'pharmacology',
    definition: 'An anticoagulant given before bypass; its effect is followed with the activated clotting time.',
    related: ['cardiopulmonary-bypass'],
  },
  {
    ...base,
    id: 'hostile',
    term: '<b>bold</b> term',
    category: 'fundamentals',
    definition: '<img src=x onerror="window.__pwned = true"> & <script>window.__pwned = true</script> text',
    abbreviations: ['<i>X</i>'],
  },
] as Entry[];

const byId = new Map(entries.map((e) => [e.id, e]));
const names = Object.fromEntries(entries.map((e) => [e.id, e.term]));

function memoryStudyList(initial: string[] = []): StudyList & { ids: string[] } {
  const listeners = new Set<(ids: string[]) => void>();
  const list = {
    ids: initial,
    get: async () => list.ids,
    async toggle(id: string) {
      list.ids = toggleId(list.ids, id);
      for (const l of listeners) l(list.ids);
      return list.ids.includes(id);
    },
    watch(cb: (ids: string[]) => void) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return list;
}

const getRoot = useRenderRoot();

/** Lets promises (entry loading, study list) settle and Preact re-render. */
async function flush() {
  for (let i = 0; i < 3; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
}

async function mount(entryId: string, opts: { studyList?: StudyList; openFull?: (id: string) => void; close?: () => void } = {}) {
  const load = vi.fn(async (id: string) => byId.get(id) ?? null);
  const source = cachedSource(load);
  await act(() => {
    render(
      <Card
        entryId={entryId}
        source={source}
        names={names}
        studyList={opts.studyList ?? memoryStudyList()}
        openFull={opts.openFull ?? (() => undefined)}
        close={opts.close ?? (() => undefined)}
      />,
      getRoot(),
    );
  });
  await flush();
  return { load };
}

const q = <T extends Element = HTMLElement>(sel: string) => getRoot().querySelector<T>(sel);
const heading = () => q('#pg-card-term')?.textContent;
const button = (text: string) => [...getRoot().querySelectorAll('button')].find((b) => b.textContent?.includes(text)) as HTMLButtonElement;

describe('Card content', () => {
  it('shows the headword, abbreviation, category, definition, values, formula and sources', async () => {
    await mount('cardiopulmonary-bypass');
    const dialog = q('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('pg-card-term');
    expect(heading()).toBe('cardiopulmonary bypass');
    expect(q('#pg-card-term')?.tagName).toBe('H2');
    expect(q('.pg-abbr')?.textContent).toBe('CPB');
    expect(q('.pg-category')?.textContent).toBe(CATEGORIES.fundamentals);
    expect(q(`#${dialog.getAttribute('aria-describedby')}`)?.textContent).toBe(byId.get('cardiopulmonary-bypass')!.definition);
    expect(q('.pg-values')?.textContent).toContain('Pump flow index');
    expect(q('.pg-values')?.textContent).toContain('2.2–2.4 L/min/m²');
    expect(q('.pg-expression')?.textContent).toBe('Q = BSA × CI');
    expect(q('.pg-sources')?.textContent).toContain('Gravlee et al.');
    expect(q('.pg-sources')?.textContent).toContain('EACTS/EACTA/EBCP 2019');
  });

  it('lists only related entries that exist, as links', async () => {
    await mount('cardiopulmonary-bypass');
    const links = [...getRoot().querySelectorAll('.pg-related a')].map((a) => a.textContent);
    expect(links).toEqual(['heparin']);
  });

  it('renders HTML in glossary text as text, never as markup', async () => {
    await mount('hostile');
    expect(heading()).toBe('<b>bold</b> term');
    expect(q('.pg-definition')?.textContent).toBe(byId.get('hostile')!.definition);
    expect(q('.pg-abbr')?.textContent).toBe('<i>X</i>');
    expect(getRoot().querySelector('img, script, b, i')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('shows the headword and a notice for an entry that cannot be loaded', async () => {
    await mount('hidden-entry');
    expect(heading()).toBe('hidden-entry');
    expect(q('[role="status"]')?.textContent).toBe('This entry is not available.');
  });
});

describe('Card navigation and actions', () => {
  it('a related link swaps the card to that entry, and Back returns', async () => {
    const { load } = await mount('cardiopulmonary-bypass');
    expect(q('.pg-card-back')).toBeNull();
    await act(() => q<HTMLAnchorElement>('.pg-related a')!.click());
    await flush();
    expect(heading()).toBe('heparin');
    expect(q('.pg-card')?.getAttribute('data-entry')).toBe('heparin');
    expect(q('.pg-card-back')?.textContent).toContain('Back');
    expect(q('.pg-card-back')?.textContent).toContain('to cardiopulmonary bypass');
    // heparin links back to bypass: a second hop, then Back twice.
    await act(() => q<HTMLAnchorElement>('.pg-related a')!.click());
    await flush();
    expect(heading()).toBe('cardiopulmonary bypass');
    await act(() => q<HTMLButtonElement>('.pg-card-back')!.click());
    await flush();
    expect(heading()).toBe('heparin');
    await act(() => q<HTMLButtonElement>('.pg-card-back')!.click());
    await flush();
    expect(heading()).toBe('cardiopulmonary bypass');
    expect(q('.pg-card-back')).toBeNull();
    // Entries already loaded are not fetched again.
    expect(load.mock.calls.map((c) => c[0])).toEqual(['cardiopulmonary-bypass', 'heparin']);
  });

  it('saves to and removes from the study list, showing the saved state', async () => {
    const list = memoryStudyList(['heparin']);
    await mount('cardiopulmonary-bypass', { studyList: list });
    const save = q<HTMLButtonElement>('.pg-card-save')!;
    expect(save.getAttribute('aria-pressed')).toBe('false');
    expect(save.textContent).toContain('Save to study list');
    await act(() => save.click());
    await flush();
    expect(list.ids).toEqual(['cardiopulmonary-bypass', 'heparin']);
    expect(save.getAttribute('aria-pressed')).toBe('true');
    expect(save.textContent).toContain('Saved to study list');
    await act(() => save.click());
    await flush();
    expect(list.ids).toEqual(['heparin']);
    expect(save.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the saved state of the entry on screen and follows changes from elsewhere', async () => {
    const list = memoryStudyList(['heparin']);
    await mount('heparin', { studyList: list });
    expect(q('.pg-card-save')?.getAttribute('aria-pressed')).toBe('true');
    await act(async () => {
      await list.toggle('heparin');
    });
    expect(q('.pg-card-save')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('"Open full entry" asks for the entry on screen; the close button closes', async () => {
    const openFull = vi.fn();
    const close = vi.fn();
    await mount('cardiopulmonary-bypass', { openFull, close });
    await act(() => q<HTMLAnchorElement>('.pg-related a')!.click());
    await flush();
    await act(() => button('Open full entry').click());
    expect(openFull).toHaveBeenCalledWith('heparin');
    await act(() => q<HTMLButtonElement>('button[aria-label="Close"]')!.click());
    expect(close).toHaveBeenCalledTimes(1);
  });
});
