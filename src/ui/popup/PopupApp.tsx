/**
 * The toolbar popup: a search field over the glossary with results as a listbox (combobox
 * pattern: focus stays in the field, aria-activedescendant names the active option), the full
 * entry view with related-term navigation and back, the terms found on the page being read,
 * recently viewed entries, and the per-site marking switch.
 *
 * Keys in the search field: ↑/↓ move (wrapping), Home/End jump to the first/last option once
 * the list is being navigated (or the field is empty; otherwise they move the caret),
 * Enter opens, Esc clears the field. In an entry: Esc, Backspace or Alt+← go back.
 */
import { Fragment } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Entry } from '../../core/glossary/schema';
import { GlossarySearch, toSearchDocs } from '../../core/search/search';
import type { PageTerms } from '../../platform/messaging';
import { EntryView } from '../EntryView';
import { formatAbbreviations, prettyChem } from '../format';
import type { PageBridge, PopupStore } from './page-bridge';

export interface PopupAppProps {
  entries: readonly Entry[];
  page: PageBridge;
  store: PopupStore;
  /** Entry to open first (`#entry=`). */
  initialEntry?: string;
  /** Query to start with (`#q=`). */
  initialQuery?: string;
  /** Closes the popup after a term was revealed in the page (window.close in the extension). */
  close?: () => void;
}

type RowKind = 'result' | 'page' | 'recent' | 'suggest';

interface Row {
  id: string;
  kind: RowKind;
  label: string;
  /** Right-hand detail: the abbreviations, or the name that matched. */
  detail?: string;
  /** Count of marks in the page (page rows). */
  count?: number;
  definition?: string;
}

interface Group {
  key: string;
  label?: string;
  rows: Row[];
}

const RESULT_LIMIT = 25;

export function PopupApp({ entries, page, store, initialEntry, initialQuery, close }: PopupAppProps) {
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const names = useMemo(() => Object.fromEntries(entries.map((e) => [e.id, e.term])), [entries]);
  // Built once the popup has painted (or on the first query, if that comes sooner).
  const searchRef = useRef<GlossarySearch | null>(null);
  const getSearch = useCallback(() => {
    if (!searchRef.current) {
      const t = performance.now();
      searchRef.current = new GlossarySearch(toSearchDocs(entries));
      performance.measure?.('perfusion-glossary:search-build', { start: t });
    }
    return searchRef.current;
  }, [entries]);

  const [query, setQuery] = useState(initialQuery ?? '');
  const [active, setActive] = useState(0);
  /** True once the user moved through the list with the arrow keys (Home/End then apply to it). */
  const [navigating, setNavigating] = useState(false);
  const [stack, setStack] = useState<string[]>(initialEntry && byId.has(initialEntry) ? [initialEntry] : []);
  const [pageTerms, setPageTerms] = useState<PageTerms | null | undefined>(undefined);
  const [recentIds, setRecentIds] = useState<string[]>([]);
  const [site, setSite] = useState<string | null | undefined>(undefined);
  const [siteOn, setSiteOn] = useState(true);
  const input = useRef<HTMLInputElement>(null);
  const backButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Names first, then the typo and definition indexes, each in its own idle slice.
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1));
    idle(() => {
      getSearch();
      idle(() => getSearch().warm());
    });
  }, [getSearch]);

  useEffect(() => {
    page.getTerms().then(setPageTerms, () => setPageTerms(null));
    store.loadRecent().then(setRecentIds, () => undefined);
    page.site().then(
      (host) => {
        setSite(host);
        if (host) store.siteEnabled(host).then(setSiteOn, () => undefined);
      },
      () => setSite(null),
    );
  }, [page, store]);

  const viewing = stack.length ? byId.get(stack[stack.length - 1]) : undefined;

  // Focus: the field in the search view, the Back button in an entry.
  useLayoutEffect(() => {
    if (viewing) {
      window.scrollTo?.(0, 0);
      backButton.current?.focus();
    } else input.current?.focus();
  }, [viewing]);

  const hits = useMemo(() => (query.trim() ? getSearch().search(query, RESULT_LIMIT) : []), [getSearch, query]);
  const suggestions = useMemo(() => (query.trim() && hits.length === 0 ? getSearch().suggest(query, 3) : []), [getSearch, query, hits.length]);

  const groups: Group[] = useMemo(() => {
    const row = (id: string, kind: RowKind, extra: Partial<Row> = {}): Row => {
      const e = byId.get(id);
      return { id, kind, label: e?.term ?? id, detail: e?.abbreviations?.length ? formatAbbreviations(e.abbreviations.slice(0, 2)) : undefined, definition: e?.definition, ...extra };
    };
    if (query.trim()) {
      if (hits.length) {
        return [
          {
            key: 'results',
            rows: hits.map((h) => {
              const r = row(h.id, 'result');
              // Show the name that matched when it is not the headword or a listed abbreviation.
              const e = byId.get(h.id);
              if (e && h.matched !== e.term && !(e.abbreviations ?? []).includes(h.matched) && h.matched.length <= 28) r.detail = h.matched;
              return r;
            }),
          },
        ];
      }
      return suggestions.length ? [{ key: 'suggest', label: 'Closest terms', rows: suggestions.map((h) => row(h.id, 'suggest')) }] : [];
    }
    const out: Group[] = [];
    const onPage = (pageTerms?.terms ?? []).filter((t) => byId.has(t.entryId));
    if (onPage.length) out.push({ key: 'page', label: 'On this page', rows: onPage.map((t) => row(t.entryId, 'page', { count: t.count })) });
    const recent = recentIds.filter((id) => byId.has(id));
    if (recent.length) out.push({ key: 'recent', label: 'Recently viewed', rows: recent.map((id) => row(id, 'recent')) });
    return out;
  }, [query, hits, suggestions, pageTerms, recentIds, byId]);

  const rows = useMemo(() => groups.flatMap((g) => g.rows), [groups]);
  const activeIndex = rows.length ? Math.min(active, rows.length - 1) : -1;

  useEffect(() => {
    setActive(0);
    setNavigating(false);
  }, [query]);

  // Keep the active option visible when moving with the keyboard.
  useEffect(() => {
    if (activeIndex < 0 || !navigating) return;
    const el = list.current?.querySelector<HTMLElement>(`#pg-opt-${activeIndex}`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex, navigating]);

  const open = (id: string) => setStack((s) => [...s, id]);

  // Every entry shown counts as viewed: from the list, a related link, #entry= or Back.
  const viewingId = viewing?.id;
  useEffect(() => {
    if (viewingId) store.pushRecent(viewingId).then(setRecentIds, () => undefined);
  }, [viewingId, store]);
  const back = () => setStack((s) => s.slice(0, -1));

  // #entry= / #q= while the page is open (a tab reused for "open full entry").
  useEffect(() => {
    const onHash = () => {
      const h = new URLSearchParams(location.hash.replace(/^#/, ''));
      const id = h.get('entry');
      if (id && byId.has(id)) setStack([id]);
      const q = h.get('q');
      if (q !== null) {
        setStack([]);
        setQuery(q);
      }
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [byId]);

  // Keys of the entry view: Esc, Backspace and Alt+← go back.
  useEffect(() => {
    if (!viewing) return;
    const onKeyDown = (ev: KeyboardEvent) => {
      if (ev.defaultPrevented) return;
      if (ev.key === 'Escape' || ev.key === 'Backspace' || (ev.key === 'ArrowLeft' && ev.altKey)) {
        ev.preventDefault();
        setStack((s) => s.slice(0, -1));
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [viewing]);

  const choose = (row: Row) => {
    if (row.kind !== 'page') return open(row.id);
    page.reveal(row.id).then(
      (ok) => {
        // Not in the page any more (or the page cannot answer): show the entry here instead.
        if (ok) close?.();
        else open(row.id);
      },
      () => open(row.id),
    );
  };

  const toggleSite = () => {
    if (!site) return;
    const on = !siteOn;
    setSiteOn(on);
    if (!on) setPageTerms((t) => (t ? { ...t, terms: [], enabled: false } : t));
    store.setSiteEnabled(site, on).then(() => {
      // The content script rescans when the setting changes; read its terms once it has.
      if (on) setTimeout(() => page.getTerms().then(setPageTerms, () => undefined), 400);
    });
  };

  const move = (to: number) => {
    if (!rows.length) return;
    setNavigating(true);
    setActive(((to % rows.length) + rows.length) % rows.length);
  };

  const onKey = (ev: KeyboardEvent) => {
    const listKeys = navigating || !query;
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      move(activeIndex + 1);
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      move(activeIndex - 1);
    } else if ((ev.key === 'Home' || ev.key === 'End') && listKeys && rows.length && !ev.shiftKey) {
      ev.preventDefault();
      move(ev.key === 'Home' ? 0 : rows.length - 1);
    } else if (ev.key === 'PageDown' || ev.key === 'PageUp') {
      if (!rows.length) return;
      ev.preventDefault();
      move(Math.max(0, Math.min(rows.length - 1, activeIndex + (ev.key === 'PageDown' ? 8 : -8))));
    } else if (ev.key === 'Enter') {
      const row = rows[activeIndex];
      if (row) {
        ev.preventDefault();
        choose(row);
      }
    } else if (ev.key === 'Escape') {
      if (query) {
        ev.preventDefault();
        ev.stopPropagation();
        setQuery('');
      }
    }
  };

  if (viewing) {
    return (
      <div class="pg-popup pg-entry-page">
        <main>
          <h1 class="pg-sr">Perfusion Glossary</h1>
          <div class="pg-toolbar">
            <button type="button" class="pg-back" onClick={back} ref={backButton}>
              <span aria-hidden="true">← </span>
              {stack.length > 1 ? `Back to ${names[stack[stack.length - 2]] ?? 'previous entry'}` : 'Back to search'}
            </button>
          </div>
          <EntryView entry={viewing} relatedNames={names} onRelated={open} headingId="pg-entry-title" />
        </main>
      </div>
    );
  }

  const listId = 'pg-results';
  const count = hits.length;
  const status = !query.trim()
    ? ''
    : count
      ? `${count === RESULT_LIMIT ? `${count}+` : count} ${count === 1 ? 'entry' : 'entries'}`
      : `No entry matches ${query.trim()}`;
  const expanded = rows.length > 0;
  let index = 0;

  return (
    <div class="pg-popup">
      <main class="pg-main">
      <h1 class="pg-sr">Perfusion Glossary</h1>
      <div class="pg-search-row">
        <label class="pg-search-label" for="pg-q">
          Search the perfusion glossary
        </label>
        <input
          id="pg-q"
          ref={input}
          type="search"
          class="pg-search"
          placeholder="Term, abbreviation or typo: cpb, va ecmo…"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          value={query}
          aria-controls={expanded ? listId : undefined}
          aria-activedescendant={activeIndex >= 0 ? `pg-opt-${activeIndex}` : undefined}
          aria-describedby="pg-hint"
          onInput={(ev) => setQuery((ev.target as HTMLInputElement).value)}
          onKeyDown={onKey}
        />
        <p id="pg-hint" class="pg-sr">
          Use the up and down arrow keys to move through the results and Enter to open one.
        </p>
      </div>
      <div class="pg-sr" role="status" aria-live="polite">
        {status}
      </div>

      {query.trim() && !count ? (
        <div class="pg-empty">
          <p>
            No entry matches “<b>{query.trim()}</b>”.
          </p>
          {!suggestions.length ? <p class="pg-muted">Try a shorter word, an abbreviation, or the term in other words.</p> : null}
        </div>
      ) : null}

      {expanded ? (
        <div id={listId} ref={list} role="listbox" class="pg-results" aria-label={query.trim() ? 'Search results' : 'On this page and recently viewed'}>
          {groups.map((g) => {
            const options = g.rows.map((r) => {
              const i = index++;
              const isActive = i === activeIndex;
              return (
                <div
                  id={`pg-opt-${i}`}
                  key={`${g.key}-${r.id}`}
                  role="option"
                  tabIndex={-1}
                  aria-selected={isActive}
                  class={isActive ? 'pg-option pg-active' : 'pg-option'}
                  data-entry={r.id}
                  onMouseDown={(ev) => ev.preventDefault()}
                  onClick={() => choose(r)}
                  onMouseMove={() => i !== activeIndex && setActive(i)}
                >
                  <span class="pg-option-main">
                    <span class="pg-option-term">{r.label}</span>
                    {r.detail ? <span class="pg-option-detail">{prettyChem(r.detail)}</span> : null}
                    {r.count !== undefined ? (
                      <span class="pg-count">
                        <span aria-hidden="true">{r.count}×</span>
                        <span class="pg-sr">, {r.count === 1 ? 'once' : `${r.count} times`} on this page</span>
                      </span>
                    ) : null}
                  </span>
                  {r.definition && r.kind !== 'page' ? <span class="pg-option-def">{prettyChem(r.definition)}</span> : null}
                </div>
              );
            });
            return g.label ? (
              // biome-ignore lint/a11y/useSemanticElements: a group of options inside a listbox, not a form
              <div role="group" key={g.key} aria-labelledby={`pg-group-${g.key}`} class="pg-group">
                <div role="presentation" id={`pg-group-${g.key}`} class="pg-section">
                  {g.label}
                </div>
                {options}
              </div>
            ) : (
              <Fragment key={g.key}>{options}</Fragment>
            );
          })}
        </div>
      ) : null}

      {!query.trim() ? <PageNote pageTerms={pageTerms} siteOn={siteOn} entriesCount={entries.length} hasRecent={recentIds.some((id) => byId.has(id))} /> : null}
      </main>

      <footer class="pg-footer">
        {site ? (
          <button type="button" role="switch" aria-checked={siteOn} class="pg-switch" onClick={toggleSite}>
            <span class="pg-switch-track" aria-hidden="true">
              <span class="pg-switch-thumb" />
            </span>
            <span class="pg-switch-label">
              Mark terms on <b>{site}</b>
            </span>
          </button>
        ) : (
          <span />
        )}
        <button type="button" class="pg-link-button" onClick={() => store.openSettings()}>
          Settings
        </button>
      </footer>
    </div>
  );
}

/** What the empty query says about the page besides its terms. */
function PageNote({
  pageTerms,
  siteOn,
  entriesCount,
  hasRecent,
}: {
  pageTerms: PageTerms | null | undefined;
  siteOn: boolean;
  entriesCount: number;
  hasRecent: boolean;
}) {
  let note: string | null;
  if (pageTerms === undefined) note = 'Looking for terms on this page…';
  else if (!siteOn || pageTerms?.enabled === false) note = 'Marking is off on this site.';
  else if (pageTerms === null) note = hasRecent ? null : 'Terms can’t be read on this page.';
  else if (!pageTerms.terms.length) note = 'No glossary terms on this page.';
  else note = null;
  return (
    <div class="pg-empty">
      {note ? <p class="pg-muted">{note}</p> : null}
      {!hasRecent && !pageTerms?.terms.length ? (
        <p class="pg-muted">
          Type to search {entriesCount} entries by name, abbreviation or a misspelling (“oxygentor” finds oxygenator).
        </p>
      ) : null}
    </div>
  );
}
