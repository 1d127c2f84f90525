/**
 * The toolbar popup: a search field over the glossary, results as a listbox, the full
 * entry view with related-term navigation, and the terms found on the current page.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Entry } from '../../core/glossary/schema';
import { GlossarySearch, toSearchDocs } from '../../core/search/search';
import type { PageTerms } from '../../platform/messaging';
import { EntryView } from '../EntryView';
import { prettyChem } from '../format';
import type { PageBridge } from './page-bridge';

export interface PopupAppProps {
  entries: Entry[];
  page: PageBridge;
  /** Recently viewed entry ids (newest first) and a way to record one. */
  recent?: { load(): Promise<string[]>; push(id: string): Promise<void> };
  /** Entry to show first (the card's "Open full entry" opens popup.html#entry=<id>). */
  initialEntry?: string;
}

export function PopupApp({ entries, page, recent, initialEntry }: PopupAppProps) {
  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const names = useMemo(() => Object.fromEntries(entries.map((e) => [e.id, e.term])), [entries]);
  const search = useMemo(() => new GlossarySearch(toSearchDocs(entries)), [entries]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [stack, setStack] = useState<string[]>(() => (initialEntry && entries.some((e) => e.id === initialEntry) ? [initialEntry] : []));
  const [pageTerms, setPageTerms] = useState<PageTerms | null | undefined>(undefined);
  const [recentIds, setRecentIds] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    page.getTerms().then(setPageTerms, () => setPageTerms(null));
    recent?.load().then(setRecentIds, () => undefined);
  }, [page, recent]);

  const hits = useMemo(() => search.search(query, 25), [search, query]);
  const suggestions = useMemo(
    () => (query && hits.length === 0 ? search.suggest(query, 3).map((h) => h.id) : []),
    [search, query, hits.length],
  );

  const viewing = stack.length ? byId.get(stack[stack.length - 1]) : undefined;

  const open = (id: string) => {
    setStack((s) => [...s, id]);
    recent?.push(id).then(() => recent.load().then(setRecentIds));
  };
  const back = () => {
    setStack((s) => s.slice(0, -1));
    setTimeout(() => input.current?.focus(), 0);
  };

  // Rows shown in the listbox: search hits, or (empty query) page terms then recent entries.
  const rows: { id: string; label: string; detail?: string; section?: string }[] = query
    ? hits.map((h) => ({
        id: h.id,
        label: byId.get(h.id)?.term ?? h.id,
        detail: h.matched !== byId.get(h.id)?.term ? h.matched : undefined,
      }))
    : [
        ...(pageTerms?.terms ?? [])
          .filter((t) => byId.has(t.entryId))
          .map((t) => ({ id: t.entryId, label: names[t.entryId], detail: `×${t.count}`, section: 'page' })),
        ...recentIds.filter((id) => byId.has(id)).map((id) => ({ id, label: names[id], section: 'recent' })),
      ];

  useEffect(() => setActive(0), [query]);

  const choose = (row: (typeof rows)[number]) => {
    if (row.section === 'page') void page.reveal(row.id);
    open(row.id);
  };

  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      setActive((a) => Math.min(rows.length - 1, a + 1));
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (ev.key === 'Enter') {
      const row = rows[active];
      if (row) {
        ev.preventDefault();
        choose(row);
      }
    } else if (ev.key === 'Escape') {
      if (query) {
        ev.preventDefault();
        setQuery('');
      }
    }
  };

  if (viewing) {
    return (
      <div
        class="pg-popup"
        onKeyDown={(ev) => {
          if (ev.key === 'Escape' || (ev.key === 'Backspace' && (ev.target as HTMLElement).tagName !== 'INPUT')) {
            ev.preventDefault();
            back();
          }
        }}
      >
        <div class="pg-toolbar">
          <button type="button" class="pg-back" onClick={back} ref={(b) => b?.focus()}>
            ← Back
          </button>
        </div>
        <EntryView entry={viewing} relatedNames={names} onRelated={open} />
      </div>
    );
  }

  const listId = 'pg-results';
  const section = (name: string) => rows.findIndex((r) => r.section === name);
  return (
    <div class="pg-popup">
      <label class="pg-search-label" for="pg-q">
        Search the perfusion glossary
      </label>
      <input
        id="pg-q"
        ref={input}
        type="search"
        role="searchbox"
        class="pg-search"
        placeholder="Term, abbreviation or typo: cpb, va ecmo, oxygentor…"
        autocomplete="off"
        spellcheck={false}
        value={query}
        aria-controls={listId}
        aria-activedescendant={rows[active] ? `pg-opt-${active}` : undefined}
        onInput={(ev) => setQuery((ev.target as HTMLInputElement).value)}
        onKeyDown={onKey}
      />
      {rows.length ? (
        <ul id={listId} role="listbox" class="pg-results" aria-label={query ? 'Search results' : 'On this page and recent'}>
          {rows.map((r, i) => (
            <>
              {!query && i === section('page') ? (
                <li role="presentation" class="pg-section" key="s-page">
                  On this page
                </li>
              ) : null}
              {!query && i === section('recent') ? (
                <li role="presentation" class="pg-section" key="s-recent">
                  Recently viewed
                </li>
              ) : null}
              <li
                id={`pg-opt-${i}`}
                key={`${r.section ?? 'q'}-${r.id}`}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'pg-option pg-active' : 'pg-option'}
                onMouseDown={(ev) => ev.preventDefault()}
                onClick={() => choose(r)}
                onMouseMove={() => setActive(i)}
              >
                <span class="pg-option-term">{r.label}</span>
                {r.detail ? <span class="pg-option-detail">{prettyChem(r.detail)}</span> : null}
              </li>
            </>
          ))}
        </ul>
      ) : query ? (
        <div class="pg-empty" role="status">
          <p>No entry matches “{query}”.</p>
          {suggestions.length ? (
            <p>
              Closest:{' '}
              {suggestions.map((id, i) => (
                <>
                  {i ? ', ' : ''}
                  <a
                    href={`#${id}`}
                    key={id}
                    onClick={(ev) => {
                      ev.preventDefault();
                      open(id);
                    }}
                  >
                    {names[id]}
                  </a>
                </>
              ))}
            </p>
          ) : null}
        </div>
      ) : (
        <div class="pg-empty" role="status">
          {pageTerms === undefined ? (
            <p>Looking for terms on this page…</p>
          ) : (
            <p>
              No glossary terms found on this page. Type to search {entries.length} entries.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
