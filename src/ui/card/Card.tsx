/**
 * The definition card shown over a page: one glossary entry in compact form, related terms
 * that swap the card to another entry (with Back), and the actions "Open full entry" and
 * "Save to study list". A non-modal dialog labelled by the headword and described by the
 * definition. All glossary text is rendered as text nodes.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntrySource } from '../../core/card/entry-source';
import type { Entry } from '../../core/glossary/schema';
import type { StudyList } from '../../platform/study-list';
import { EntryView } from '../EntryView';

export interface CardProps {
  /** The entry the card opened on (render with a new `key` for each opening). */
  entryId: string;
  source: EntrySource;
  /** Headwords by id, for related links and while an entry loads. */
  names: Record<string, string>;
  studyList: StudyList;
  openFull(id: string): void;
  close(): void;
  /** Element ids (unique per document). */
  headingId?: string;
  definitionId?: string;
}

export function Card({ entryId, source, names, studyList, openFull, close, headingId = 'pg-card-term', definitionId = 'pg-card-definition' }: CardProps) {
  const [stack, setStack] = useState<string[]>([entryId]);
  const id = stack[stack.length - 1];
  const [entry, setEntry] = useState<Entry | null | undefined>(() => source.peek(id));
  const [saved, setSaved] = useState<string[] | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    let live = true;
    setEntry(source.peek(id));
    source.load(id).then(
      (e) => live && setEntry(e),
      () => live && setEntry(null),
    );
    return () => {
      live = false;
    };
  }, [id, source]);

  useEffect(() => {
    let live = true;
    studyList.get().then((ids) => live && setSaved(ids), () => undefined);
    const stop = studyList.watch((ids) => setSaved(ids));
    return () => {
      live = false;
      stop();
    };
  }, [studyList]);

  // The card re-positions itself when its size changes (floating-ui's autoUpdate); focus
  // stays in the card when the link or button that had it went away.
  useLayoutEffect(() => {
    if (refocus.current && entry !== undefined) {
      refocus.current = false;
      dialog.current?.focus({ preventScroll: true });
    }
  }, [entry, id]);

  /** Keeps keyboard focus in the card when the link or button that had it goes away. */
  const navigate = (next: string[]) => {
    const root = dialog.current?.getRootNode() as Document | ShadowRoot | undefined;
    refocus.current = !!root?.activeElement && !!dialog.current?.contains(root.activeElement);
    setStack(next);
  };

  const isSaved = saved?.includes(id) ?? false;
  const previous = stack.length > 1 ? stack[stack.length - 2] : undefined;

  return (
    <div
      class="pg-card"
      role="dialog"
      aria-labelledby={headingId}
      aria-describedby={entry ? definitionId : undefined}
      tabIndex={-1}
      ref={dialog}
      data-entry={id}
    >
      <div class="pg-card-body">
        <div class="pg-card-bar">
          {previous ? (
            <button type="button" class="pg-card-back" onClick={() => navigate(stack.slice(0, -1))}>
              <span aria-hidden="true">← </span>Back<span class="pg-sr"> to {names[previous] ?? previous}</span>
            </button>
          ) : null}
          <button type="button" class="pg-card-close" aria-label="Close" title="Close (Esc)" onClick={close}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" fill="none" />
            </svg>
          </button>
        </div>
        {entry ? (
          <EntryView
            entry={entry}
            compact
            relatedNames={names}
            onRelated={(rid) => navigate([...stack, rid])}
            headingLevel={2}
            headingId={headingId}
            definitionId={definitionId}
          />
        ) : (
          <article class="pg-entry" lang="en">
            <header class="pg-head">
              <h2 class="pg-term" id={headingId}>
                {names[id] ?? id}
              </h2>
            </header>
            <p class="pg-definition pg-card-status" role="status">
              {entry === undefined ? 'Loading…' : 'This entry is not available.'}
            </p>
          </article>
        )}
      </div>
      <div class="pg-card-actions">
        <button type="button" class="pg-card-open" onClick={() => openFull(id)}>
          Open full entry
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
            <path d="M6 3H3v10h10v-3M9 3h4v4M13 3L7.5 8.5" stroke="currentColor" stroke-width="1.6" fill="none" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
        </button>
        <button
          type="button"
          class="pg-card-save"
          aria-pressed={isSaved}
          disabled={saved === null}
          onClick={() => {
            setSaved((ids) => (ids ? (isSaved ? ids.filter((x) => x !== id) : [id, ...ids]) : ids));
            studyList.toggle(id).catch(() => studyList.get().then(setSaved));
          }}
        >
          <span aria-hidden="true" class="pg-star">
            {isSaved ? '★' : '☆'}
          </span>
          {isSaved ? 'Saved to study list' : 'Save to study list'}
        </button>
      </div>
    </div>
  );
}
