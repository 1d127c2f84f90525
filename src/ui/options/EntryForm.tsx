/** Add or edit one custom entry: the bundled schema's fields, with errors next to each field. */
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Entry } from '../../core/glossary/schema';
import { CATEGORIES, CATEGORY_IDS, EXAM_TAG_IDS, EXAM_TAGS } from '../../core/glossary/vocabulary';
import { checkForm, emptyForm, type FieldName, type FormCheck, type FormValues, formFromEntry, idFromTerm, MARKING_CHOICES, namesOf } from './entry-form-model';
import { FormulaRows } from './FormulaRows';
import { RuleRows } from './RuleRows';
import { ValueRows } from './ValueRows';

export interface EntryFormProps {
  bundled: readonly Entry[];
  custom: readonly Entry[];
  hidden: readonly string[];
  /** The entry being edited: a custom entry, or a bundled one to replace with a copy. */
  editing?: { entry: Entry; kind: 'custom' | 'bundled' };
  onSave(entry: Entry, replacing?: string): Promise<string | undefined>;
  onCancel(): void;
}

const ORDER: FieldName[] = ['term', 'id', 'abbreviations', 'aliases', 'british', 'plurals', 'category', 'marking', 'rules', 'tags', 'definition', 'explanation', 'values', 'formulas', 'related', 'sources', 'reviewed'];

export function EntryForm({ bundled, custom, hidden, editing, onSave, onCancel }: EntryFormProps) {
  const [values, setValues] = useState<FormValues>(() => (editing ? formFromEntry(editing.entry) : emptyForm()));
  const [idTouched, setIdTouched] = useState(!!editing);
  const [check, setCheck] = useState<FormCheck | null>(null);
  const [saveError, setSaveError] = useState('');
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const replacing = editing?.kind === 'custom' ? editing.entry.id : undefined;
  const idLocked = !!editing;
  const ctx = useMemo(() => ({ bundled, custom, hidden, replacing }), [bundled, custom, hidden, replacing]);
  const names = useMemo(() => namesOf(values), [values]);

  const set = <K extends FieldName>(key: K, value: FormValues[K]) => {
    const next = { ...values, [key]: value };
    if (key === 'term' && !idTouched) next.id = idFromTerm(value as string);
    setValues(next);
    // Re-check as the user fixes things, once a save attempt has shown errors.
    if (check) setCheck(checkForm(next, ctx));
  };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    const result = checkForm(values, ctx);
    setCheck(result);
    setSaveError('');
    if (!result.entry) {
      const first = ORDER.find((f) => result.fields[f]);
      // A row's inputs (values, formulas, rules) exist before this render marks the one in error: found by its id.
      const selector = first && isRowField(first) ? `#${rowInputId(first, result)}` : first ? `[data-field="${first}"]` : '.opt-error-summary';
      const el = formRef.current?.querySelector<HTMLElement>(selector);
      el?.focus();
      return;
    }
    setBusy(true);
    const err = await onSave(result.entry, replacing);
    setBusy(false);
    if (err) setSaveError(err);
  };

  const errors = check?.fields ?? {};
  const errorCount = Object.keys(errors).length + (check?.general.length ?? 0);
  const title = !editing ? 'Add a term' : editing.kind === 'bundled' ? `Your version of “${editing.entry.term}”` : `Edit “${editing.entry.term}”`;

  return (
    <form class="opt-entry-form" ref={formRef} onSubmit={submit} noValidate aria-labelledby="opt-form-title">
      <h3 id="opt-form-title">{title}</h3>
      {editing?.kind === 'bundled' ? (
        <p class="opt-hint">Saving creates your own entry with the id “{editing.entry.id}”, which replaces the bundled one on pages and in search. Delete it to get the bundled entry back.</p>
      ) : null}
      {check && errorCount ? (
        <div class="opt-error-summary" role="alert" tabIndex={-1}>
          <p>
            {errorCount === 1 ? 'One thing to fix' : `${errorCount} things to fix`} before saving:
          </p>
          <ul>
            {ORDER.filter((f) => errors[f]).map((f) => (
              <li key={f}>
                <a href={`#${isRowField(f) ? rowInputId(f, check) : `opt-f-${f}`}`}>{LABELS[f]}</a>: {errors[f]}
              </li>
            ))}
            {check.general.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div class="opt-grid">
        <Field name="term" label="Term" hint="The headword, as you would write it in a sentence (US spelling)." error={errors.term} required>
          {(p) => <input {...p} class="opt-input" type="text" value={values.term} onInput={(ev) => set('term', (ev.currentTarget as HTMLInputElement).value)} />}
        </Field>
        <Field name="id" label="Id" hint={idLocked ? 'Ids never change once saved.' : 'Made from the term; kebab-case, e.g. centrifugal-pump.'} error={errors.id} required>
          {(p) => (
            <input
              {...p}
              class="opt-input"
              type="text"
              spellcheck={false}
              readOnly={idLocked}
              value={values.id}
              onInput={(ev) => {
                setIdTouched(true);
                set('id', (ev.currentTarget as HTMLInputElement).value);
              }}
            />
          )}
        </Field>
        <Field name="abbreviations" label="Abbreviations" hint="Comma-separated, matched in this exact case: CPB, DO2i, 2,3-DPG." error={errors.abbreviations}>
          {(p) => <input {...p} class="opt-input" type="text" spellcheck={false} value={values.abbreviations} onInput={(ev) => set('abbreviations', (ev.currentTarget as HTMLInputElement).value)} />}
        </Field>
        <Field name="aliases" label="Other names" hint="Comma-separated synonyms and spelling variants." error={errors.aliases}>
          {(p) => <input {...p} class="opt-input" type="text" value={values.aliases} onInput={(ev) => set('aliases', (ev.currentTarget as HTMLInputElement).value)} />}
        </Field>
        <Field name="british" label="British spellings" hint="Comma-separated: haemofiltration." error={errors.british}>
          {(p) => <input {...p} class="opt-input" type="text" value={values.british} onInput={(ev) => set('british', (ev.currentTarget as HTMLInputElement).value)} />}
        </Field>
        <Field name="plurals" label="Irregular plurals" hint="Only irregular ones: cannulae. Regular plurals are automatic." error={errors.plurals}>
          {(p) => <input {...p} class="opt-input" type="text" value={values.plurals} onInput={(ev) => set('plurals', (ev.currentTarget as HTMLInputElement).value)} />}
        </Field>
        <Field name="category" label="Category" error={errors.category} required>
          {(p) => (
            <select {...p} class="opt-input" value={values.category} onChange={(ev) => set('category', (ev.currentTarget as HTMLSelectElement).value)}>
              <option value="">Choose a category…</option>
              {CATEGORY_IDS.map((c) => (
                <option key={c} value={c}>
                  {CATEGORIES[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="marking"
          label="Where to mark it"
          hint="For all its names, unless a name's own rule below says otherwise. Use “only on pages about perfusion” for a word with everyday meanings, and “only where the page defines it” to share an abbreviation with another entry."
          error={errors.marking}
        >
          {(p) => (
            <select {...p} class="opt-input" value={values.marking} onChange={(ev) => set('marking', (ev.currentTarget as HTMLSelectElement).value as FormValues['marking'])}>
              {MARKING_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <RuleRows rows={values.rules} names={names} error={errors.rules} errorAt={check?.ruleAt} onChange={(rows) => set('rules', rows)} />

      <fieldset class="opt-fieldset opt-tags" aria-describedby={errors.tags ? 'opt-f-tags-error' : 'opt-f-tags-hint'}>
        <legend class="opt-label">
          Study tags <span class="opt-required">(at least one)</span>
        </legend>
        <p class="opt-hint" id="opt-f-tags-hint">
          Where the term belongs in exam preparation.
        </p>
        <div class="opt-checkgrid">
          {EXAM_TAG_IDS.map((t, i) => (
            <div class="opt-check" key={t}>
              <input
                type="checkbox"
                id={i === 0 ? 'opt-f-tags' : `opt-f-tag-${t}`}
                data-field={i === 0 ? 'tags' : undefined}
                checked={values.tags.includes(t)}
                aria-invalid={errors.tags ? true : undefined}
                onChange={(ev) => {
                  const on = (ev.currentTarget as HTMLInputElement).checked;
                  set('tags', on ? EXAM_TAG_IDS.filter((x) => x === t || values.tags.includes(x)) : values.tags.filter((x) => x !== t));
                }}
              />
              <label for={i === 0 ? 'opt-f-tags' : `opt-f-tag-${t}`}>{EXAM_TAGS[t]}</label>
            </div>
          ))}
        </div>
        {errors.tags ? (
          <p class="opt-error" id="opt-f-tags-error">
            {errors.tags}
          </p>
        ) : null}
      </fieldset>

      <Field
        name="definition"
        label="Definition"
        hint={`One or two plain sentences, 20–320 characters (${values.definition.trim().length} so far).`}
        error={errors.definition}
        required
      >
        {(p) => <textarea {...p} class="opt-input" rows={3} value={values.definition} onInput={(ev) => set('definition', (ev.currentTarget as HTMLTextAreaElement).value)} />}
      </Field>
      <Field name="explanation" label="Explanation" hint="Optional, 40–1,400 characters: why it matters, typical use, pitfalls." error={errors.explanation}>
        {(p) => <textarea {...p} class="opt-input" rows={4} value={values.explanation} onInput={(ev) => set('explanation', (ev.currentTarget as HTMLTextAreaElement).value)} />}
      </Field>
      <ValueRows rows={values.values} error={errors.values} errorAt={check?.valueAt} onChange={(rows) => set('values', rows)} />
      <FormulaRows rows={values.formulas} error={errors.formulas} errorAt={check?.formulaAt} onChange={(rows) => set('formulas', rows)} />
      <div class="opt-grid">
        <Field name="related" label="Related entries" hint="Ids, comma-separated: cardiopulmonary-bypass, heparin." error={errors.related}>
          {(p) => <input {...p} class="opt-input" type="text" spellcheck={false} value={values.related} onInput={(ev) => set('related', (ev.currentTarget as HTMLInputElement).value)} />}
        </Field>
        <Field name="reviewed" label="Checked on" hint="When you last checked it against its sources." error={errors.reviewed} required>
          {(p) => <input {...p} class="opt-input" type="date" value={values.reviewed} onInput={(ev) => set('reviewed', (ev.currentTarget as HTMLInputElement).value)} />}
        </Field>
      </div>
      <Field name="sources" label="Sources" hint="One per line: guideline, textbook or your course notes, with the year." error={errors.sources} required>
        {(p) => <textarea {...p} class="opt-input" rows={2} value={values.sources} onInput={(ev) => set('sources', (ev.currentTarget as HTMLTextAreaElement).value)} />}
      </Field>
      {saveError ? (
        <p class="opt-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <div class="opt-actions">
        <button type="submit" class="opt-button opt-primary" disabled={busy}>
          {editing?.kind === 'custom' ? 'Save changes' : 'Save term'}
        </button>
        <button type="button" class="opt-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const LABELS: Record<FieldName, string> = {
  term: 'Term',
  id: 'Id',
  abbreviations: 'Abbreviations',
  aliases: 'Other names',
  british: 'British spellings',
  plurals: 'Irregular plurals',
  category: 'Category',
  marking: 'Where to mark it',
  rules: 'Matching rules',
  tags: 'Study tags',
  definition: 'Definition',
  explanation: 'Explanation',
  values: 'Normal values and targets',
  formulas: 'Formulas',
  related: 'Related entries',
  sources: 'Sources',
  reviewed: 'Checked on',
};

type RowField = 'values' | 'formulas' | 'rules';

/** The fields shown as row lists: a problem there points at an input of one row. */
const isRowField = (f: FieldName): f is RowField => f === 'values' || f === 'formulas' || f === 'rules';

/** The id of the input a value, formula or rule problem points at (the first row's first input when unknown). */
function rowInputId(field: RowField, check: FormCheck): string {
  if (field === 'values') return `opt-f-values-${check.valueAt?.row ?? 0}-${check.valueAt?.part ?? 'label'}`;
  if (field === 'rules') return `opt-f-rules-${check.ruleAt?.row ?? 0}-${check.ruleAt?.part ?? 'name'}`;
  return `opt-f-formulas-${check.formulaAt?.row ?? 0}-${check.formulaAt?.part ?? 'name'}`;
}

interface FieldProps {
  name: FieldName;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (p: Record<string, unknown>) => ComponentChildren;
}

function Field({ name, label, hint, error, required, children }: FieldProps) {
  const id = `opt-f-${name}`;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`opt-field${error ? ' opt-field-invalid' : ''}`}>
      <label for={id} class="opt-label">
        {label} {required ? <span class="opt-required">(required)</span> : null}
      </label>
      {children({ id, name, 'data-field': name, 'aria-invalid': error ? true : undefined, 'aria-describedby': described, 'aria-required': required || undefined })}
      {hint ? (
        <p class="opt-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="opt-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
