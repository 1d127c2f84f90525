// @vitest-environment happy-dom
/**
 * The popup as a component: focus, the listbox keyboard model (↑/↓ wrapping, Home/End,
 * Enter, Esc), aria-activedescendant, the entry view with related entries and back, "On this
 * page" with reveal, recent entries, the per-site switch and the no-result state. The page
 * and the stored preferences are fakes.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema';
import type { PageTerms } from '../../src/platform/messaging';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import type { PageBridge, PopupStore } from '../../src/ui/popup/page-bridge';
import { useRenderRoot } from '../support/render-root';

const entry = (id: string, term: string, extra: Partial<Entry> = {}): Entry => ({
  id,
  term,
  category: 'circuit',
  tags: ['equipment'],
  definition: `A made-up definition of ${term} for the popup tests.`,
  sources: ['Test source'],
  reviewed: '2026-01-01',
  ...extra,
});

const ENTRIES: Entry[] = [
  entry('pump', 'pump', { related: ['pump-head', 'pump-boot'] }),
  entry('pump-head', 'pump head', { related: ['pump'] }),
  entry('pump-boot', 'pump boot'),
  entry('pump-console', 'pump console'),
  entry('oxygenator', 'oxygenator', { abbreviations: ['OXY'] }),
];

function fakes(terms: PageTerms | null = { terms: [{ entryId: 'oxygenator', count: 3 }, { entryId: 'pump', count: 1 }], perfusionPage: true, enabled: true }) {
  let recent: string[] = ['pump-boot'];
  let disabled: string[] = [];
  const page: PageBridge & { reveal: ReturnType<typeof vi.fn> } = {
    getTerms: vi.fn(async () => terms),
    reveal: vi.fn(async (_id: string) => true),
    site: vi.fn(async () => 'example.org'),
  };
  const store: PopupStore = {
    loadRecent: vi.fn(async () => recent),
    pushRecent: vi.fn(async (id: string) => {
      recent = [id, ...recent.filter((x) => x !== id)];
      return recent;
    }),
    siteEnabled: vi.fn(async (host: string) => !disabled.includes(host)),
    setSiteEnabled: vi.fn(async (host: string, on: boolean) => {
      disabled = on ? disabled.filter((h) => h !== host) : [...disabled, host];
    }),
    openSettings: vi.fn(),
  };
  return { page, store };
}

const getRoot = useRenderRoot();

const flush = () => act(async () => {
  await new Promise((r) => setTimeout(r, 0));
});
const box = () => getRoot().querySelector<HTMLInputElement>('[type="search"]') as HTMLInputElement;
const optionEls = () => [...getRoot().querySelectorAll<HTMLElement>('[role="option"]')];
const optionTerms = () => optionEls().map((o) => o.querySelector('.pg-option-term')?.textContent);
const activeOption = () => getRoot().querySelector<HTMLElement>('[role="option"][aria-selected="true"]');
const heading = () => getRoot().querySelector('h2')?.textContent;

async function mount(props: Partial<Parameters<typeof PopupApp>[0]> = {}) {
  const f = fakes();
  const close = vi.fn();
  await act(async () => {
    render(<PopupApp entries={ENTRIES} page={f.page} store={f.store} close={close} {...props} />, getRoot());
  });
  await flush();
  return { ...f, close };
}

async function type(text: string) {
  await act(async () => {
    box().value = text;
    box().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function key(k: string, target: Element = box(), init: KeyboardEventInit = {}) {
  let ev!: KeyboardEvent;
  await act(async () => {
    ev = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init });
    target.dispatchEvent(ev);
  });
  return ev;
}

describe('PopupApp keyboard and listbox', () => {
  it('focuses the search field on open', async () => {
    await mount();
    expect(document.activeElement).toBe(box());
    expect(box().getAttribute('type')).toBe('search'); // implicit role searchbox
  });

  it('moves through options with ↑/↓ (wrapping), Home and End, keeping aria-activedescendant in step', async () => {
    await mount();
    await type('pump');
    expect(optionTerms()).toEqual(['pump', 'pump boot', 'pump head', 'pump console']);
    const ids = optionEls().map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const current = () => box().getAttribute('aria-activedescendant');
    expect(current()).toBe(ids[0]);
    expect(activeOption()?.id).toBe(ids[0]);

    const down = await key('ArrowDown');
    expect(down.defaultPrevented).toBe(true);
    expect(current()).toBe(ids[1]);
    expect(activeOption()?.id).toBe(ids[1]);
    await key('ArrowDown');
    await key('ArrowDown');
    await key('ArrowDown');
    expect(current()).toBe(ids[0]); // wrapped
    await key('ArrowUp');
    expect(current()).toBe(ids[3]);
    await key('Home');
    expect(current()).toBe(ids[0]);
    await key('End');
    expect(current()).toBe(ids[3]);
    expect(getRoot().querySelector(`#${current()}`)?.getAttribute('role')).toBe('option');
    expect(box().getAttribute('aria-controls')).toBe(getRoot().querySelector('[role="listbox"]')?.id);
  });

  it('leaves Home and End to the caret until the list is being navigated', async () => {
    await mount();
    await type('pump');
    const home = await key('Home');
    expect(home.defaultPrevented).toBe(false);
  });

  it('scrolls the active option into view', async () => {
    await mount();
    await type('pump');
    const spy = vi.fn();
    for (const o of optionEls()) o.scrollIntoView = spy;
    await key('ArrowDown');
    expect(spy).toHaveBeenCalledWith({ block: 'nearest' });
  });

  it('opens the active option with Enter, navigates related entries, and goes back with Esc', async () => {
    const { store } = await mount();
    await type('pump');
    await key('Enter');
    expect(heading()).toBe('pump');
    expect(store.pushRecent).toHaveBeenCalledWith('pump');
    expect(document.activeElement?.textContent).toContain('Back to search');

    const related = [...getRoot().querySelectorAll<HTMLAnchorElement>('.pg-related-link')];
    expect(related.map((a) => a.textContent)).toEqual(['pump head', 'pump boot']);
    await act(async () => related[0].click());
    expect(heading()).toBe('pump head');
    expect(document.activeElement?.textContent).toContain('Back to pump');

    await key('Escape', document.activeElement as Element);
    expect(heading()).toBe('pump');
    await key('Escape', document.activeElement as Element);
    expect(heading()).toBeUndefined();
    expect(box().value).toBe('pump');
    expect(document.activeElement).toBe(box());
  });

  it('clears the field with Esc', async () => {
    await mount();
    await type('pump');
    const ev = await key('Escape');
    expect(ev.defaultPrevented).toBe(true);
    expect(box().value).toBe('');
    // With nothing typed Esc is left to the browser (which closes the popup).
    expect((await key('Escape')).defaultPrevented).toBe(false);
  });

  it('shows the terms of the page with counts and recent entries when the field is empty', async () => {
    await mount();
    const groups = [...getRoot().querySelectorAll('[role="group"]')].map((g) => ({
      name: getRoot().querySelector(`#${g.getAttribute('aria-labelledby')}`)?.textContent,
      options: [...g.querySelectorAll('[role="option"]')].map((o) => o.querySelector('.pg-option-term')?.textContent),
    }));
    expect(groups).toEqual([
      { name: 'On this page', options: ['oxygenator', 'pump'] },
      { name: 'Recently viewed', options: ['pump boot'] },
    ]);
    expect(optionEls()[0].querySelector('.pg-count')?.textContent).toBe('3×, 3 times on this page');
  });

  it('reveals a page term in the page and closes the popup', async () => {
    const { page, close } = await mount();
    await key('Enter');
    await flush();
    expect(page.reveal).toHaveBeenCalledWith('oxygenator');
    expect(close).toHaveBeenCalled();
    expect(heading()).toBeUndefined();
  });

  it('opens the entry instead when the page cannot reveal the term', async () => {
    const { page, close } = await mount();
    page.reveal.mockResolvedValueOnce(false);
    await key('ArrowDown');
    await key('Enter');
    await flush();
    expect(page.reveal).toHaveBeenCalledWith('pump');
    expect(close).not.toHaveBeenCalled();
    expect(heading()).toBe('pump');
  });

  it('turns marking off and on for the site', async () => {
    const { store } = await mount();
    const toggle = getRoot().querySelector<HTMLButtonElement>('[role="switch"]') as HTMLButtonElement;
    expect(toggle.textContent).toContain('example.org');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    await act(async () => toggle.click());
    expect(store.setSiteEnabled).toHaveBeenCalledWith('example.org', false);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(getRoot().textContent).toContain('Marking is off on this site.');
    expect(getRoot().querySelector('[role="group"]')?.textContent).not.toContain('On this page');
  });

  it('says when nothing matches and offers the closest terms as options', async () => {
    await mount();
    await type('oxgyenatorz pump');
    expect(getRoot().textContent).toContain('No entry matches');
    expect(getRoot().querySelector('[role="status"]')?.textContent).toContain('No entry matches');
    const group = getRoot().querySelector('[role="group"]');
    expect(getRoot().querySelector(`#${group?.getAttribute('aria-labelledby')}`)?.textContent).toBe('Closest terms');
    expect(optionTerms().length).toBeGreaterThan(0);
  });

  it('starts on an entry (#entry=) or a query (#q=)', async () => {
    const { store } = await mount({ initialEntry: 'pump-head' });
    expect(heading()).toBe('pump head');
    expect(store.pushRecent).toHaveBeenCalledWith('pump-head');
    render(null, getRoot());
    await mount({ initialQuery: 'oxy' });
    expect(box().value).toBe('oxy');
    expect(optionTerms()[0]).toBe('oxygenator');
  });

  it('opens the settings page', async () => {
    const { store } = await mount();
    const link = [...getRoot().querySelectorAll('button')].find((b) => b.textContent === 'Settings') as HTMLButtonElement;
    await act(async () => link.click());
    expect(store.openSettings).toHaveBeenCalled();
  });
});
