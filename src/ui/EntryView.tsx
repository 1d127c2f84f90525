/**
 * One glossary entry, as shown in the hover card and in the popup. All text is rendered as
 * text nodes by Preact: nothing from the glossary or user entries is inserted as HTML.
 */
import type { Entry } from '../core/glossary/schema';
import { CATEGORIES } from '../core/glossary/vocabulary';
import { formatAbbreviations, formatValue, populationNote, prettyChem } from './format';

export interface EntryViewProps {
  entry: Entry;
  /** Shorter view (card): no explanation, at most three values, one formula without its variables and example. */
  compact?: boolean;
  /** Names of related entries by id (entries may be unknown, e.g. hidden). */
  relatedNames?: Record<string, string>;
  onRelated?: (id: string) => void;
  headingLevel?: 2 | 3;
  headingId?: string;
  /** Id for the definition paragraph (the card's dialog is described by it). */
  definitionId?: string;
}

export function EntryView({ entry, compact, relatedNames = {}, onRelated, headingLevel = 2, headingId, definitionId }: EntryViewProps) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const values = compact ? (entry.values ?? []).slice(0, 3) : (entry.values ?? []);
  const formulas = compact ? (entry.formulas ?? []).slice(0, 1) : (entry.formulas ?? []);
  const related = (entry.related ?? []).filter((id) => relatedNames[id]);
  return (
    <article class="pg-entry" lang="en">
      <header class="pg-head">
        <H class="pg-term" id={headingId}>
          {entry.term}
        </H>
        {entry.abbreviations?.length ? <span class="pg-abbr">{prettyChem(formatAbbreviations(entry.abbreviations))}</span> : null}
        <span class="pg-category">{CATEGORIES[entry.category as keyof typeof CATEGORIES] ?? entry.category}</span>
      </header>
      <p class="pg-definition" id={definitionId}>{prettyChem(entry.definition)}</p>
      {!compact && entry.explanation ? <p class="pg-explanation">{prettyChem(entry.explanation)}</p> : null}
      {values.length ? (
        <dl class="pg-values">
          {values.map((v) => {
            const who = populationNote(v);
            return (
              <div class="pg-value" key={v.label}>
                <dt>{v.label}</dt>
                <dd>
                  {formatValue(v)}
                  {who ? <span class="pg-population"> · {who}</span> : null}
                  {v.varies ? <span class="pg-varies"> · varies by institution</span> : null}
                  {!compact && v.note ? <span class="pg-note"> — {v.note}</span> : null}
                </dd>
              </div>
            );
          })}
        </dl>
      ) : null}
      {formulas.map((f) => (
        <section class="pg-formula" key={f.name}>
          <div class="pg-formula-name">{f.name}</div>
          <code class="pg-expression">{prettyChem(f.expression)}</code>
          {!compact ? (
            <ul class="pg-variables">
              {f.variables.map((v) => (
                <li key={v.symbol}>
                  <b>{prettyChem(v.symbol)}</b>: {v.meaning}
                  {v.unit ? ` (${v.unit})` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {!compact ? <p class="pg-example">Example: {prettyChem(f.example)}</p> : null}
        </section>
      ))}
      {related.length ? (
        <nav class="pg-related" aria-label="Related terms">
          <span class="pg-label">Related:</span>
          {related.map((id) => (
            <a
              href={`#${id}`}
              key={id}
              class="pg-related-link"
              onClick={(ev) => {
                ev.preventDefault();
                onRelated?.(id);
              }}
            >
              {relatedNames[id]}
            </a>
          ))}
        </nav>
      ) : null}
      <p class="pg-sources">
        <span class="pg-label">Sources:</span> {entry.sources.join('; ')}
      </p>
    </article>
  );
}
