/**
 * The user's own terms: add, edit, delete; replace or hide bundled entries; import and export.
 * Every change is validated against the bundled glossary before it is written.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { formatCustomProblem, mergeGlossary } from '../../core/glossary/merge';
import type { Entry } from '../../core/glossary/schema';
import { type CustomData, exportCustomData, formatImportProblem, type ImportProblem, importCustomData } from '../../core/glossary/transfer';
import { CATEGORIES } from '../../core/glossary/vocabulary';
import { Section } from './controls';
import { EntryForm } from './EntryForm';
import { withEntry } from './entry-form-model';

export interface CustomTermsSectionProps {
  bundled: readonly Entry[];
  custom: CustomData;
  /** Writes custom data; resolves to an error message, or undefined when saved. */
  save(data: CustomData): Promise<string | undefined>;
  announce(message: string): void;
  /** Offers a file to download (the export). */
  download(name: string, text: string): void;
}

type Editing = { entry: Entry; kind: 'custom' | 'bundled' } | 'new' | null;

export function CustomTermsSection({ bundled, custom, save, announce, download }: CustomTermsSectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [importProblems, setImportProblems] = useState<{ file: string; problems: ImportProblem[] } | null>(null);
  const [undo, setUndo] = useState<{ label: string; data: CustomData } | null>(null);
  const [pick, setPick] = useState('');
  const [pickError, setPickError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const bundledById = useMemo(() => new Map(bundled.map((e) => [e.id, e])), [bundled]);
  const pickList = useMemo(() => [...bundled].sort((a, b) => a.term.localeCompare(b.term)), [bundled]);
  const problems = useMemo(() => mergeGlossary(bundled, custom.entries, custom.hidden).problems, [bundled, custom]);

  const commit = async (data: CustomData, message: string, undoLabel?: string) => {
    const before = custom;
    const err = await save(data);
    if (err) return err;
    announce(message);
    setUndo(undoLabel ? { label: undoLabel, data: before } : null);
    return undefined;
  };

  const onSaveEntry = async (entry: Entry, replacing?: string) => {
    const next = withEntry(custom.entries, custom.hidden, entry, replacing);
    const err = await commit(next, replacing ? `Saved “${entry.term}”.` : bundledById.has(entry.id) ? `Saved your version of “${entry.term}”.` : `Added “${entry.term}”.`);
    if (!err) setEditing(null);
    return err;
  };

  const remove = (e: Entry) =>
    void commit({ ...custom, entries: custom.entries.filter((x) => x.id !== e.id) }, `Deleted “${e.term}”.`, `Undo deleting “${e.term}”`);

  const findBundled = (): Entry | undefined => {
    const q = pick.trim().toLowerCase();
    const hit = bundled.find((e) => e.id === q || e.term.toLowerCase() === q || `${e.term} (${e.id})`.toLowerCase() === q);
    setPickError(hit ? '' : q ? `No bundled entry is called “${pick.trim()}”. Choose one from the list.` : 'Type a term first.');
    return hit;
  };

  const hide = () => {
    const e = findBundled();
    if (!e) return;
    if (custom.hidden.includes(e.id)) {
      setPickError(`“${e.term}” is already hidden.`);
      return;
    }
    setPick('');
    void commit({ ...custom, hidden: [...custom.hidden, e.id] }, `“${e.term}” is hidden: it is no longer marked or found.`, `Undo hiding “${e.term}”`);
  };

  const editCopy = () => {
    const e = findBundled();
    if (!e) return;
    const own = custom.entries.find((x) => x.id === e.id);
    setEditing(own ? { entry: own, kind: 'custom' } : { entry: e, kind: 'bundled' });
    setPick('');
  };

  const onFile = async (file: File) => {
    setImportProblems(null);
    const text = await file.text();
    const result = importCustomData(text, bundled, custom);
    if (!result.ok) {
      setImportProblems({ file: file.name, problems: result.problems });
      announce(`Nothing was imported from ${file.name}.`);
      return;
    }
    const parts = [
      result.added ? `${result.added} new ${result.added === 1 ? 'term' : 'terms'}` : '',
      result.replaced ? `${result.replaced} replaced` : '',
      result.hiddenAdded ? `${result.hiddenAdded} bundled ${result.hiddenAdded === 1 ? 'entry' : 'entries'} hidden` : '',
    ].filter(Boolean);
    const err = await commit(result.data, `Imported ${file.name}: ${parts.join(', ') || 'nothing new'}.`, 'Undo the import');
    if (err) setImportProblems({ file: file.name, problems: [{ where: 'storage', message: err }] });
  };

  const exportFile = () => {
    download('perfusion-glossary-custom-terms.json', exportCustomData(custom));
    announce(`Exported ${custom.entries.length} ${custom.entries.length === 1 ? 'term' : 'terms'} and ${custom.hidden.length} hidden ${custom.hidden.length === 1 ? 'entry' : 'entries'}.`);
  };

  return (
    <Section
      id="custom"
      title="Your own terms"
      intro="Add terms your team uses, replace a bundled definition with your own wording, or hide entries you do not want. Your terms follow the same rules as the bundled glossary, are marked on pages and are found in search."
    >
      {undo ? (
        <p class="opt-undo">
          <button
            type="button"
            class="opt-button opt-small"
            onClick={() => {
              const data = undo.data;
              setUndo(null);
              void commit(data, 'Undone.');
            }}
          >
            {undo.label}
          </button>
        </p>
      ) : null}

      {editing ? (
        <EntryForm
          key={editing === 'new' ? 'new' : `${editing.kind}-${editing.entry.id}`}
          bundled={bundled}
          custom={custom.entries}
          hidden={custom.hidden}
          editing={editing === 'new' ? undefined : editing}
          onSave={onSaveEntry}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div class="opt-actions">
          <button type="button" class="opt-button opt-primary" onClick={() => setEditing('new')}>
            Add a term
          </button>
          <button type="button" class="opt-button" onClick={exportFile}>
            Export to a file
          </button>
          <button type="button" class="opt-button" onClick={() => fileInput.current?.click()}>
            Import from a file…
          </button>
          <input
            ref={fileInput}
            id="opt-import-file"
            type="file"
            accept="application/json,.json"
            class="opt-visually-hidden"
            tabIndex={-1}
            aria-label="Import custom terms from a JSON file"
            onChange={(ev) => {
              const input = ev.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void onFile(file);
            }}
          />
        </div>
      )}

      {importProblems ? (
        <div class="opt-error-summary" role="alert" id="opt-import-error">
          <p>
            Nothing was imported from {importProblems.file}; your terms are unchanged.{' '}
            {importProblems.problems.length === 1 ? 'The problem:' : `${importProblems.problems.length} problems:`}
          </p>
          <ul>
            {importProblems.problems.slice(0, 20).map((p) => (
              <li key={formatImportProblem(p)}>{formatImportProblem(p)}</li>
            ))}
          </ul>
          {importProblems.problems.length > 20 ? <p>… and {importProblems.problems.length - 20} more.</p> : null}
          <button type="button" class="opt-button opt-small" onClick={() => setImportProblems(null)}>
            Dismiss
          </button>
        </div>
      ) : null}

      <h3 id="opt-custom-list-title">Your terms ({custom.entries.length})</h3>
      {custom.entries.length ? (
        <ul class="opt-term-list" aria-labelledby="opt-custom-list-title">
          {custom.entries.map((e, i) => {
            const own = problems.filter((p) => p.list === 'entries' && p.index === i);
            return (
              <li key={e.id}>
                <div class="opt-term-main">
                  <span class="opt-term">{e.term}</span>
                  {e.abbreviations?.length ? <span class="opt-abbr">{e.abbreviations.join(', ')}</span> : null}
                  <span class="opt-muted"> · {CATEGORIES[e.category]}</span>
                  {bundledById.has(e.id) ? <span class="opt-tag">replaces the bundled entry</span> : null}
                  {own.length ? (
                    <p class="opt-error">
                      Not in use until fixed: {own.map((p) => formatCustomProblem(p).replace(/^Entry \d+ \(“[^”]*”\), /, '')).join('; ')}
                    </p>
                  ) : null}
                </div>
                <div class="opt-term-actions">
                  <button type="button" class="opt-button opt-small" aria-label={`Edit ${e.term}`} onClick={() => setEditing({ entry: e, kind: 'custom' })}>
                    Edit
                  </button>
                  <button type="button" class="opt-button opt-small opt-danger" aria-label={`Delete ${e.term}`} onClick={() => remove(e)}>
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="opt-empty">No terms of your own yet.</p>
      )}

      <h3>Bundled entries</h3>
      <div class="opt-row">
        <label for="opt-pick" class="opt-label">
          Find a bundled entry to hide or to replace with your own version
        </label>
        <div class="opt-inline-form">
          <input
            id="opt-pick"
            class="opt-input"
            type="text"
            list="opt-pick-list"
            autocomplete="off"
            value={pick}
            placeholder="Start typing a term…"
            aria-invalid={pickError ? true : undefined}
            aria-describedby={pickError ? 'opt-pick-error' : undefined}
            onInput={(ev) => setPick((ev.currentTarget as HTMLInputElement).value)}
          />
          <datalist id="opt-pick-list">
            {pickList.map((e) => (
              <option key={e.id} value={`${e.term} (${e.id})`} />
            ))}
          </datalist>
          <button type="button" class="opt-button" onClick={hide}>
            Hide it
          </button>
          <button type="button" class="opt-button" onClick={editCopy}>
            Edit your version
          </button>
        </div>
        {pickError ? (
          <p class="opt-error" id="opt-pick-error" role="alert">
            {pickError}
          </p>
        ) : null}
      </div>
      <h4 id="opt-hidden-title">Hidden entries ({custom.hidden.length})</h4>
      {custom.hidden.length ? (
        <ul class="opt-term-list" aria-labelledby="opt-hidden-title">
          {custom.hidden.map((id) => {
            const e = bundledById.get(id);
            return (
              <li key={id}>
                <div class="opt-term-main">
                  <span class="opt-term">{e?.term ?? id}</span>
                  {e ? null : <span class="opt-muted"> (no longer in the glossary)</span>}
                </div>
                <button
                  type="button"
                  class="opt-button opt-small"
                  aria-label={`Show ${e?.term ?? id} again`}
                  onClick={() => void commit({ ...custom, hidden: custom.hidden.filter((x) => x !== id) }, `“${e?.term ?? id}” is shown again.`)}
                >
                  Show again
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="opt-empty">None: every bundled entry is marked and searchable.</p>
      )}
    </Section>
  );
}
